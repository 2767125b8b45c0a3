-- lpb.h_fwbm_gl() → trigger；触发器 h_fwbm_gl_tg ON lpb.h
-- 做什么: 楼盘表房屋的房屋编码改变时，把挂接 gl.fw_dy 与挂接特征 gl.fwtz、候选 gl.hxd 中的旧编码同步改为新编码，
--         房屋与单元的挂接不因改码而断开。
-- 规则: seed §5.2.4（交易楼盘表与登记楼盘表一一对应）；取代 jy_0009 之前 gl.fw_dy → lpb.h 外键的 ON UPDATE CASCADE
--       （外键已去掉，因为存量导入的房屋可以尚不在楼盘表中）。新编码已挂接别的单元时，唯一约束使改码语句失败。
-- 参数: 无（触发器函数，用 NEW/OLD）
-- 返回: NULL（AFTER 行触发器的返回值不用）
-- 错误: 新编码已有挂接或特征行时违反唯一约束，楼盘表的改码语句随之失败
-- 调用: 无（由 UPDATE OF fwbm ON lpb.h 触发）
-- 读写表: 写 gl.fw_dy、gl.fwtz、gl.hxd

CREATE OR REPLACE FUNCTION lpb.h_fwbm_gl()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.fwbm IS DISTINCT FROM OLD.fwbm AND OLD.fwbm IS NOT NULL THEN
        UPDATE gl.fw_dy SET fwbm = NEW.fwbm WHERE fwbm = OLD.fwbm;
        UPDATE gl.fwtz SET fwbm = NEW.fwbm, gxsj = now() WHERE fwbm = OLD.fwbm;
        UPDATE gl.hxd SET fwbm = NEW.fwbm WHERE fwbm = OLD.fwbm;
    END IF;
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION lpb.h_fwbm_gl() IS
    '楼盘表房屋改码时同步挂接、挂接特征与候选中的房屋编码（取代原外键的 ON UPDATE CASCADE）';

DROP TRIGGER IF EXISTS h_fwbm_gl_tg ON lpb.h;
CREATE TRIGGER h_fwbm_gl_tg
    AFTER UPDATE OF fwbm ON lpb.h
    FOR EACH ROW
    EXECUTE PROCEDURE lpb.h_fwbm_gl();

COMMENT ON TRIGGER h_fwbm_gl_tg ON lpb.h IS '房屋编码改变时同步 gl.fw_dy、gl.fwtz、gl.hxd 中的房屋编码';
