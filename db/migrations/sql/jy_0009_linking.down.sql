-- 回退 jy_0009_linking: 删除挂接特征、候选、项目别名与工作表；恢复 gl.fw_dy 房屋编码到楼盘表的外键。
-- 注意: 若已有挂接指向楼盘表之外的（导入的）房屋编码，恢复外键会失败：先解除这些挂接。
DROP TABLE gl.drhc;
DROP TABLE gl.bdd;
DROP TABLE gl.xmbm;
DROP TABLE gl.hxd;
DROP TABLE gl.dytz;
DROP TABLE gl.fwtz;
DROP TRIGGER IF EXISTS h_fwbm_gl_tg ON lpb.h;
DROP FUNCTION IF EXISTS lpb.h_fwbm_gl();
ALTER TABLE gl.fw_dy ADD CONSTRAINT fw_dy_fwbm_fk FOREIGN KEY (fwbm) REFERENCES lpb.h (fwbm) ON UPDATE CASCADE;
COMMENT ON COLUMN gl.fw_dy.fwbm IS '房屋编码（lpb.h.fwbm，唯一）';
-- 本修订起 db/procedures/gl/ 安装的函数随之删除；回到本修订时由 jydj db migrate 重新安装。
DO $$
DECLARE
    v_f text;
BEGIN
    FOR v_f IN SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p
                WHERE p.pronamespace = 'gl'::regnamespace LOOP
        EXECUTE 'DROP FUNCTION ' || v_f;
    END LOOP;
END
$$;
DROP EXTENSION IF EXISTS pg_trgm;
