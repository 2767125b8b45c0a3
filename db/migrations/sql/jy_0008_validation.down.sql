-- 回退 jy_0008_validation: 删除登记结果专题、校验规则与工作表、登记业务与单元镜像、房屋编码分配记录。
-- 注意: 已入库的登记业务、单元、土地、收费镜像与赋码记录一并删除；stg.djsj 与其他 djjg 表保留。
DROP VIEW djzt.fwdj;
DROP VIEW djzt.dyxz;
DROP VIEW djzt.ql;
DROP SCHEMA djzt;
DROP SEQUENCE yw.fmywh_xl;
DROP TABLE lpb.fwbm_fp;
DROP TABLE djjg.sf;
DROP TABLE djjg.td;
DROP TABLE djjg.bdcdy;
DROP TABLE djjg.djyw;
DROP TABLE stg.jysb;
DROP TABLE stg.jypc;
DROP TABLE stg.jygz;
COMMENT ON COLUMN stg.djsj.jyjg IS '校验结果（不合格的规则代码及说明，JSON 数组）';
-- 本修订起 db/procedures/stg/ 安装的函数（校验、入库、修正）随之删除；回到本修订时由 jydj db migrate 重新安装。
DO $$
DECLARE
    v_f text;
BEGIN
    FOR v_f IN SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p
                WHERE p.pronamespace = 'stg'::regnamespace LOOP
        EXECUTE 'DROP FUNCTION ' || v_f;
    END LOOP;
END
$$;
