-- ht.dyba_h_after_aq() → trigger；延迟约束触发器 dyba_h_after_aq_tg ON ht.dyba_h
-- 做什么: 已备案的抵押备案增加一户或换户时，对这一户做交易安全校验（aq.jc_dx，只查这一户），不通过则提交失败（JYAQ1）。
-- 规则: seed §3.2.1、§5.2.1.3；docs/guards.md。DEFERRABLE INITIALLY DEFERRED：提交时校验。需要校验的事件：插入；
--       更新时 h_id 或 dyba_id 改变。触发时重新读取这一行与它的抵押备案：行已删除或抵押备案不是已备案时不校验（与抵押
--       备案同时插入时，抵押备案自身的触发器已逐户校验，这里对这一户再查一次）。文件可重复执行。
-- 参数: 无（触发器函数，用 NEW/OLD 与 TG_OP）
-- 返回: NULL
-- 错误: JYAQ1 交易安全校验未通过；40001 可重复读下并发修改同一户
-- 调用: aq.jc_dx
-- 读写表: 读 ht.dyba_h；经 aq.jc_dx 读 ht.dyba 与登记结果，锁 lpb.h，写 aq.fx、audit.czrz

CREATE OR REPLACE FUNCTION ht.dyba_h_after_aq()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    v_dyba  bigint;
    v_h     bigint;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.h_id = OLD.h_id AND NEW.dyba_id = OLD.dyba_id THEN
        RETURN NULL;
    END IF;
    SELECT bh.dyba_id, bh.h_id INTO v_dyba, v_h FROM ht.dyba_h bh WHERE bh.id = NEW.id;
    IF v_dyba IS NOT NULL THEN
        PERFORM aq.jc_dx('dyba', v_dyba, v_h, NULL);
    END IF;
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION ht.dyba_h_after_aq() IS
    '抵押备案房屋交易安全触发器函数：已备案的抵押备案增加一户或换户时（提交时）校验这一户，不通过则拒绝提交（JYAQ1）';

DROP TRIGGER IF EXISTS dyba_h_after_aq_tg ON ht.dyba_h;
CREATE CONSTRAINT TRIGGER dyba_h_after_aq_tg
    AFTER INSERT OR UPDATE ON ht.dyba_h
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    EXECUTE PROCEDURE ht.dyba_h_after_aq();

COMMENT ON TRIGGER dyba_h_after_aq_tg ON ht.dyba_h IS
    '已备案的抵押备案增加一户或换户时在提交时对这一户做交易安全校验';
