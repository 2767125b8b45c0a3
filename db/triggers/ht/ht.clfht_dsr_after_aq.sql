-- ht.clfht_dsr_after_aq() → trigger；延迟约束触发器 clfht_dsr_after_aq_tg ON ht.clfht_dsr
-- 做什么: 存量房合同的买受人增加、删除或改变时，对已签约 / 已备案的合同重新校验预告登记规则 AQ04（预告权利人须是买受人之一）。
-- 规则: seed §5.2.1.3；《民法典》第二百二十一条；docs/guards.md「何时校验」。DEFERRABLE INITIALLY DEFERRED：提交时校验。
--       需要校验的事件：插入或删除买受人；更新时身份类别、证件号码、名称或所属合同改变（新、旧合同都查）。
--       触发时 aq.jc_dx 重新读取合同，合同已不存在或不是已签约 / 已备案时不校验（与合同同时插入时合同自身的触发器已做
--       全部规则的校验，这里只多查一次 AQ04）。文件可重复执行。
-- 参数: 无（触发器函数，用 NEW/OLD 与 TG_OP）
-- 返回: NULL
-- 错误: JYAQ1 交易安全校验未通过（AQ04）
-- 调用: aq.jc_dx
-- 读写表: 读 ht.clfht_dsr（NEW/OLD）；经 aq.jc_dx 读合同与登记结果，锁 lpb.h，写 aq.fx、audit.czrz

CREATE OR REPLACE FUNCTION ht.clfht_dsr_after_aq()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.jslx = '买受人' THEN
            PERFORM aq.jc_dx('clfht', NEW.ht_id, NULL, ARRAY['AQ04']);
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        IF OLD.jslx = '买受人' THEN
            PERFORM aq.jc_dx('clfht', OLD.ht_id, NULL, ARRAY['AQ04']);
        END IF;
    ELSIF (NEW.jslx, NEW.zjhm, NEW.mc, NEW.ht_id) IS DISTINCT FROM (OLD.jslx, OLD.zjhm, OLD.mc, OLD.ht_id)
          AND (NEW.jslx = '买受人' OR OLD.jslx = '买受人') THEN
        PERFORM aq.jc_dx('clfht', NEW.ht_id, NULL, ARRAY['AQ04']);
        IF NEW.ht_id <> OLD.ht_id THEN
            PERFORM aq.jc_dx('clfht', OLD.ht_id, NULL, ARRAY['AQ04']);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION ht.clfht_dsr_after_aq() IS
    '存量房合同当事人交易安全触发器函数：买受人变化时（提交时）对已签约、已备案的合同重新校验预告登记规则 AQ04';

DROP TRIGGER IF EXISTS clfht_dsr_after_aq_tg ON ht.clfht_dsr;
CREATE CONSTRAINT TRIGGER clfht_dsr_after_aq_tg
    AFTER INSERT OR UPDATE OR DELETE ON ht.clfht_dsr
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    EXECUTE PROCEDURE ht.clfht_dsr_after_aq();

COMMENT ON TRIGGER clfht_dsr_after_aq_tg ON ht.clfht_dsr IS
    '存量房合同买受人变化时在提交时重新校验预告登记规则 AQ04（预告权利人须是买受人之一）';
