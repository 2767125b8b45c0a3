-- ht.dyba_after_aq() → trigger；延迟约束触发器 dyba_after_aq_tg ON ht.dyba
-- 做什么: 抵押备案办结（bazt 成为 已备案）时，对它的每一户做交易安全校验（aq.jc_dx → aq.jc_h → aq.jc_fw），不通过则提交
--         失败（JYAQ1）。抵押备案适用 AQ02 查封、AQ03 异议、AQ04 预告（预告权利人须是抵押人）、AQ06 行政限制、AQ07 灭失。
-- 规则: seed §3.2.1、§5.2.1.3；docs/guards.md。DEFERRABLE INITIALLY DEFERRED：提交时校验，看到提交时的 ht.dyba_h。
--       需要校验的事件：插入时 bazt 为 已备案，或更新时 bazt 从别的状态变为 已备案（全部规则）；已备案时抵押人证件号码
--       dyrzjhm 改变（只查 AQ04）。触发时 aq.jc_dx 重新读取抵押备案，不再是已备案的不校验。
--       抵押备案房屋的增加与换户由 ht.dyba_h 上的触发器 dyba_h_after_aq_tg 校验。文件可重复执行。
-- 参数: 无（触发器函数，用 NEW/OLD 与 TG_OP）
-- 返回: NULL
-- 错误: JYAQ1 交易安全校验未通过；40001 可重复读下并发修改同一户
-- 调用: aq.jc_dx
-- 读写表: 读 ht.dyba（NEW/OLD）；经 aq.jc_dx 读 ht.dyba_h 与登记结果，锁 lpb.h，写 aq.fx、audit.czrz

CREATE OR REPLACE FUNCTION ht.dyba_after_aq()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.bazt <> '已备案' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' OR OLD.bazt <> '已备案' THEN
        PERFORM aq.jc_dx('dyba', NEW.id, NULL, NULL);
    ELSIF NEW.dyrzjhm IS DISTINCT FROM OLD.dyrzjhm THEN
        PERFORM aq.jc_dx('dyba', NEW.id, NULL, ARRAY['AQ04']);
    END IF;
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION ht.dyba_after_aq() IS
    '抵押备案交易安全触发器函数：成为已备案时（提交时）逐户校验，抵押人证件号码改变时重查 AQ04，不通过则拒绝提交（JYAQ1）';

DROP TRIGGER IF EXISTS dyba_after_aq_tg ON ht.dyba;
CREATE CONSTRAINT TRIGGER dyba_after_aq_tg
    AFTER INSERT OR UPDATE ON ht.dyba
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    EXECUTE PROCEDURE ht.dyba_after_aq();

COMMENT ON TRIGGER dyba_after_aq_tg ON ht.dyba IS
    '抵押备案成为已备案时在提交时逐户做交易安全校验（查封、异议、预告、行政限制、灭失）';
