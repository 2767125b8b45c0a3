-- stg.djsj_dcl() → trigger；触发器 djsj_dcl_tg ON stg.djsj
-- 做什么: 暂存行新增、删除或校验状态、登记种类改变时，同步待处理队列 stg.dcl：未入库（待校验、合格、不合格）的行
--         在队列中且状态、种类与暂存行相同，已入库或已删除的行不在队列中。
-- 规则: jy_0015（队列代替暂存表上的校验状态索引，使状态回写成为 HOT 更新）；seed §5.2.1.6。
--       事务级设置 jydj.dcl 为 off 时不触发（WHEN 条件）：校验运行的状态回写（stg.check_and_load）与之后的
--       集合语句自己同步队列，省去每行一次的触发器调用；回写之后即恢复设置。其余写状态的语句（S4 暂存、
--       重新校验、挂接后重新排队、修正）都经此同步。
-- 参数: 无（触发器函数，用 NEW、OLD、TG_OP）
-- 返回: NULL（AFTER 行触发器的返回值不用）
-- 错误: 无
-- 调用: 无（由 INSERT、DELETE、UPDATE OF jyzt, djzl ON stg.djsj 触发）
-- 读写表: 写 stg.dcl

CREATE OR REPLACE FUNCTION stg.djsj_dcl()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM stg.dcl WHERE id = OLD.id;
        RETURN NULL;
    END IF;
    IF NEW.jyzt = '已入库' THEN
        DELETE FROM stg.dcl WHERE id = NEW.id;
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO stg.dcl (id, jyzt, djzl) VALUES (NEW.id, NEW.jyzt, NEW.djzl);
        RETURN NULL;
    END IF;
    IF NEW.jyzt = OLD.jyzt AND NEW.djzl = OLD.djzl AND OLD.jyzt <> '已入库' THEN
        RETURN NULL;
    END IF;
    UPDATE stg.dcl SET jyzt = NEW.jyzt, djzl = NEW.djzl WHERE id = NEW.id;
    IF NOT FOUND THEN
        INSERT INTO stg.dcl (id, jyzt, djzl) VALUES (NEW.id, NEW.jyzt, NEW.djzl);
    END IF;
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION stg.djsj_dcl() IS
    '暂存行新增、删除或校验状态、登记种类改变时同步待处理队列 stg.dcl（只含未入库的行）';

DROP TRIGGER IF EXISTS djsj_dcl_tg ON stg.djsj;
CREATE TRIGGER djsj_dcl_tg
    AFTER INSERT OR DELETE OR UPDATE OF jyzt, djzl ON stg.djsj
    FOR EACH ROW
    WHEN (coalesce(current_setting('jydj.dcl', true), '') <> 'off')
    EXECUTE PROCEDURE stg.djsj_dcl();

COMMENT ON TRIGGER djsj_dcl_tg ON stg.djsj IS '同步待处理队列 stg.dcl（事务级设置 jydj.dcl = off 时由调用者自己同步）';
