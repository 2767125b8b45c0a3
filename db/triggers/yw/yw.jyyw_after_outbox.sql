-- yw.jyyw_after_outbox() → trigger；触发器 jyyw_after_outbox_tg ON yw.jyyw
-- 做什么: 交易业务办结时，在同一事务中把它要共享的行写入发件箱（调用 outbox.push_business），S1 再把发件箱
--         推送到前置库 jy_front.share_jy。
-- 规则: seed §5.1.1（写入房管库时同时推送交易共享库，带交易业务号）、§5.2.1.5、§5.2.1.7；docs/outbox.md。
--       推送的时机（AFTER INSERT OR UPDATE，FOR EACH ROW）：
--         插入时 zt 已是办结；或更新时 zt 从别的状态变为办结（含撤件后重新办结）——推送办结；
--         更新时 zt 从办结变为撤件——推送撤销。
--       其他情况不写：插入为在办/驳回/撤件、已办结业务改其他列、在办改驳回等。
--       触发器在业务行这条语句结束时读取业务数据（合同、限制、备案、楼盘表），所以业务过程应先写好业务数据，
--       最后把业务行置为办结。文件可重复执行（DROP TRIGGER IF EXISTS 后再建）。
-- 参数: 无（触发器函数，用 NEW/OLD 与 TG_OP）
-- 返回: NULL（AFTER 行触发器的返回值不用）
-- 错误: outbox.push_business 的错误（业务不存在等，正常路径不会发生）使业务语句失败
-- 调用: outbox.push_business
-- 读写表: 读 yw.jyyw（NEW/OLD）；经 outbox.push_business 写 outbox.fjx

CREATE OR REPLACE FUNCTION yw.jyyw_after_outbox()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.zt = '办结' THEN
            PERFORM outbox.push_business(NEW.ywh);
        END IF;
    ELSIF TG_OP = 'UPDATE' THEN
        IF NEW.zt = '办结' AND OLD.zt <> '办结' THEN
            PERFORM outbox.push_business(NEW.ywh);
        ELSIF NEW.zt = '撤件' AND OLD.zt = '办结' THEN
            PERFORM outbox.push_business(NEW.ywh);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION yw.jyyw_after_outbox() IS
    '交易业务发件箱触发器函数：业务插入即办结、更新为办结时推送办结，已办结业务撤件时推送撤销（调用 outbox.push_business，同一事务）';

DROP TRIGGER IF EXISTS jyyw_after_outbox_tg ON yw.jyyw;
CREATE TRIGGER jyyw_after_outbox_tg
    AFTER INSERT OR UPDATE ON yw.jyyw
    FOR EACH ROW
    EXECUTE PROCEDURE yw.jyyw_after_outbox();

COMMENT ON TRIGGER jyyw_after_outbox_tg ON yw.jyyw IS
    '交易业务办结（或已办结业务撤件）时把共享数据写入发件箱 outbox.fjx（同一事务）';
