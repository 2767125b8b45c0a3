-- ht.clfht_after_aq() → trigger；延迟约束触发器 clfht_after_aq_tg ON ht.clfht
-- 做什么: 存量房合同签约或备案时做交易安全校验（aq.jc_dx → aq.jc_h → aq.jc_fw），不通过则提交失败（JYAQ1），任何写入途径都绕不过。
-- 规则: seed §3.2.1、§5.2.1.3；docs/guards.md。DEFERRABLE INITIALLY DEFERRED 的约束触发器：在事务提交时才校验，
--       看到的是合同在提交时的样子（买受人 ht.clfht_dsr 在合同行之后插入）。需要校验的事件：
--         插入时 htzt 为 已签约 / 已备案；更新时 htzt 从别的状态变为 已签约 / 已备案；已签约 / 已备案时 h_id 改变。
--       触发时 aq.jc_dx 重新读取合同（其间可能又变了），不再是已签约 / 已备案的不校验。其他更新（已签约 → 已备案、
--       改价款、撤销、注销）不校验。SET CONSTRAINTS clfht_after_aq_tg IMMEDIATE 可在语句结束时立即校验。
--       文件可重复执行（DROP TRIGGER IF EXISTS 后再建）。
-- 参数: 无（触发器函数，用 NEW/OLD 与 TG_OP）
-- 返回: NULL（AFTER 行触发器的返回值不用）
-- 错误: JYAQ1 交易安全校验未通过；40001 可重复读下并发修改同一户（见 aq.jc_h）
-- 调用: aq.jc_dx
-- 读写表: 读 ht.clfht（NEW/OLD）；经 aq.jc_dx 读合同、当事人与登记结果，锁 lpb.h，写 aq.fx、audit.czrz

CREATE OR REPLACE FUNCTION ht.clfht_after_aq()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.htzt NOT IN ('已签约', '已备案') THEN
            RETURN NULL;
        END IF;
    ELSIF NEW.htzt NOT IN ('已签约', '已备案')
          OR (OLD.htzt IN ('已签约', '已备案') AND NEW.h_id = OLD.h_id) THEN
        RETURN NULL;
    END IF;
    PERFORM aq.jc_dx('clfht', NEW.id, NULL, NULL);
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION ht.clfht_after_aq() IS
    '存量房合同交易安全触发器函数：签约、备案或换户时（提交时）校验该户，不通过则拒绝提交（JYAQ1）';

DROP TRIGGER IF EXISTS clfht_after_aq_tg ON ht.clfht;
CREATE CONSTRAINT TRIGGER clfht_after_aq_tg
    AFTER INSERT OR UPDATE ON ht.clfht
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    EXECUTE PROCEDURE ht.clfht_after_aq();

COMMENT ON TRIGGER clfht_after_aq_tg ON ht.clfht IS
    '存量房合同签约、备案或换户时在提交时做交易安全校验（一房多卖、查封、异议、预告、抵押、行政限制、灭失）';
