-- zd.dm_yy() → trigger；触发器 <代码表>_dm_yy_tg ON zd.<代码表>（zd.dmyy 所列的 15 张代码表）
-- 做什么: 删除代码表的行或改动其代码值 dm 时，若生产登记表仍有行引用该代码（引用关系见目录 zd.dmyy），拒绝该语句。
-- 规则: jy_0015 去掉 djjg → zd 的外键（入库前由代码值规则集合检查，见 stg.jygz 的 stg.jc_zd 规则）；字典一侧的
--       保证由本触发器给出，与原外键的 ON DELETE / ON UPDATE NO ACTION 相同。字典的约定本就是停用置 yxbz = false、
--       不删行（jy_0002 头注释）。引用的查找是顺序扫描（代码列不再建索引）：代码表的删改是少有的维护操作。
-- 参数: 无（触发器函数，用 OLD、NEW、TG_TABLE_SCHEMA、TG_TABLE_NAME）
-- 返回: 删除时 OLD，修改时 NEW（放行）
-- 错误: 23503 「代码 zd.<表>=「<dm>」仍被 <表>.<列> 引用……」
-- 调用: 无（由 DELETE 或 UPDATE OF dm ON zd.<代码表> 触发）
-- 读写表: 读 zd.dmyy 与其中列出的 djjg 表

CREATE OR REPLACE FUNCTION zd.dm_yy()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    v_dmb  text := TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME;
    v_bm   text;
    v_lm   text;
    v_yy   boolean;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.dm = OLD.dm THEN
            RETURN NEW;
        END IF;
    END IF;
    FOR v_bm, v_lm IN
        SELECT y.bm, y.lm FROM zd.dmyy y WHERE y.dmb = v_dmb ORDER BY y.bm, y.lm
    LOOP
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s t WHERE t.%I = $1)', v_bm, v_lm) INTO v_yy USING OLD.dm;
        IF v_yy THEN
            RAISE EXCEPTION '代码 %=「%」仍被 %.% 引用，不能删除或改动代码值；停用请置 yxbz = false', v_dmb, OLD.dm, v_bm, v_lm
                USING ERRCODE = '23503';
        END IF;
    END LOOP;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

COMMENT ON FUNCTION zd.dm_yy() IS
    '代码表删行或改代码值时，若生产登记表仍引用该代码（目录 zd.dmyy）则拒绝（代替 jy_0015 去掉的外键的字典一侧）';

DROP TRIGGER IF EXISTS cflx_dm_yy_tg ON zd.cflx;
CREATE TRIGGER cflx_dm_yy_tg
    BEFORE DELETE OR UPDATE OF dm ON zd.cflx
    FOR EACH ROW
    EXECUTE PROCEDURE zd.dm_yy();
COMMENT ON TRIGGER cflx_dm_yy_tg ON zd.cflx IS '仍被生产登记表引用的代码不能删除或改代码值';

DROP TRIGGER IF EXISTS djlx_dm_yy_tg ON zd.djlx;
CREATE TRIGGER djlx_dm_yy_tg
    BEFORE DELETE OR UPDATE OF dm ON zd.djlx
    FOR EACH ROW
    EXECUTE PROCEDURE zd.dm_yy();
COMMENT ON TRIGGER djlx_dm_yy_tg ON zd.djlx IS '仍被生产登记表引用的代码不能删除或改代码值';

DROP TRIGGER IF EXISTS dybdclx_dm_yy_tg ON zd.dybdclx;
CREATE TRIGGER dybdclx_dm_yy_tg
    BEFORE DELETE OR UPDATE OF dm ON zd.dybdclx
    FOR EACH ROW
    EXECUTE PROCEDURE zd.dm_yy();
COMMENT ON TRIGGER dybdclx_dm_yy_tg ON zd.dybdclx IS '仍被生产登记表引用的代码不能删除或改代码值';

DROP TRIGGER IF EXISTS dyfs_dm_yy_tg ON zd.dyfs;
CREATE TRIGGER dyfs_dm_yy_tg
    BEFORE DELETE OR UPDATE OF dm ON zd.dyfs
    FOR EACH ROW
    EXECUTE PROCEDURE zd.dm_yy();
COMMENT ON TRIGGER dyfs_dm_yy_tg ON zd.dyfs IS '仍被生产登记表引用的代码不能删除或改代码值';

DROP TRIGGER IF EXISTS fwjg_dm_yy_tg ON zd.fwjg;
CREATE TRIGGER fwjg_dm_yy_tg
    BEFORE DELETE OR UPDATE OF dm ON zd.fwjg
    FOR EACH ROW
    EXECUTE PROCEDURE zd.dm_yy();
COMMENT ON TRIGGER fwjg_dm_yy_tg ON zd.fwjg IS '仍被生产登记表引用的代码不能删除或改代码值';

DROP TRIGGER IF EXISTS fwxz_dm_yy_tg ON zd.fwxz;
CREATE TRIGGER fwxz_dm_yy_tg
    BEFORE DELETE OR UPDATE OF dm ON zd.fwxz
    FOR EACH ROW
    EXECUTE PROCEDURE zd.dm_yy();
COMMENT ON TRIGGER fwxz_dm_yy_tg ON zd.fwxz IS '仍被生产登记表引用的代码不能删除或改代码值';

DROP TRIGGER IF EXISTS fwyt_dm_yy_tg ON zd.fwyt;
CREATE TRIGGER fwyt_dm_yy_tg
    BEFORE DELETE OR UPDATE OF dm ON zd.fwyt
    FOR EACH ROW
    EXECUTE PROCEDURE zd.dm_yy();
COMMENT ON TRIGGER fwyt_dm_yy_tg ON zd.fwyt IS '仍被生产登记表引用的代码不能删除或改代码值';

DROP TRIGGER IF EXISTS gyfs_dm_yy_tg ON zd.gyfs;
CREATE TRIGGER gyfs_dm_yy_tg
    BEFORE DELETE OR UPDATE OF dm ON zd.gyfs
    FOR EACH ROW
    EXECUTE PROCEDURE zd.dm_yy();
COMMENT ON TRIGGER gyfs_dm_yy_tg ON zd.gyfs IS '仍被生产登记表引用的代码不能删除或改代码值';

DROP TRIGGER IF EXISTS qllx_dm_yy_tg ON zd.qllx;
CREATE TRIGGER qllx_dm_yy_tg
    BEFORE DELETE OR UPDATE OF dm ON zd.qllx
    FOR EACH ROW
    EXECUTE PROCEDURE zd.dm_yy();
COMMENT ON TRIGGER qllx_dm_yy_tg ON zd.qllx IS '仍被生产登记表引用的代码不能删除或改代码值';

DROP TRIGGER IF EXISTS qlrlx_dm_yy_tg ON zd.qlrlx;
CREATE TRIGGER qlrlx_dm_yy_tg
    BEFORE DELETE OR UPDATE OF dm ON zd.qlrlx
    FOR EACH ROW
    EXECUTE PROCEDURE zd.dm_yy();
COMMENT ON TRIGGER qlrlx_dm_yy_tg ON zd.qlrlx IS '仍被生产登记表引用的代码不能删除或改代码值';

DROP TRIGGER IF EXISTS qszt_dm_yy_tg ON zd.qszt;
CREATE TRIGGER qszt_dm_yy_tg
    BEFORE DELETE OR UPDATE OF dm ON zd.qszt
    FOR EACH ROW
    EXECUTE PROCEDURE zd.dm_yy();
COMMENT ON TRIGGER qszt_dm_yy_tg ON zd.qszt IS '仍被生产登记表引用的代码不能删除或改代码值';

DROP TRIGGER IF EXISTS xb_dm_yy_tg ON zd.xb;
CREATE TRIGGER xb_dm_yy_tg
    BEFORE DELETE OR UPDATE OF dm ON zd.xb
    FOR EACH ROW
    EXECUTE PROCEDURE zd.dm_yy();
COMMENT ON TRIGGER xb_dm_yy_tg ON zd.xb IS '仍被生产登记表引用的代码不能删除或改代码值';

DROP TRIGGER IF EXISTS xzqh_dm_yy_tg ON zd.xzqh;
CREATE TRIGGER xzqh_dm_yy_tg
    BEFORE DELETE OR UPDATE OF dm ON zd.xzqh
    FOR EACH ROW
    EXECUTE PROCEDURE zd.dm_yy();
COMMENT ON TRIGGER xzqh_dm_yy_tg ON zd.xzqh IS '仍被生产登记表引用的代码不能删除或改代码值';

DROP TRIGGER IF EXISTS ygdjzl_dm_yy_tg ON zd.ygdjzl;
CREATE TRIGGER ygdjzl_dm_yy_tg
    BEFORE DELETE OR UPDATE OF dm ON zd.ygdjzl
    FOR EACH ROW
    EXECUTE PROCEDURE zd.dm_yy();
COMMENT ON TRIGGER ygdjzl_dm_yy_tg ON zd.ygdjzl IS '仍被生产登记表引用的代码不能删除或改代码值';

DROP TRIGGER IF EXISTS zjzl_dm_yy_tg ON zd.zjzl;
CREATE TRIGGER zjzl_dm_yy_tg
    BEFORE DELETE OR UPDATE OF dm ON zd.zjzl
    FOR EACH ROW
    EXECUTE PROCEDURE zd.dm_yy();
COMMENT ON TRIGGER zjzl_dm_yy_tg ON zd.zjzl IS '仍被生产登记表引用的代码不能删除或改代码值';
