-- aq.ly() → varchar
-- 做什么: 交易安全过程写操作日志 audit.czrz 时的来源 ly：会话设置 jydj.ly（web/cli/api/job，由调用方在事务或会话中设置），
--         未设置或不是这四个值之一时为 cli（DBA 在 psql 中直接操作即属此类）。
-- 规则: audit.czrz.ly 只接受 web、cli、api、job（czrz_ly_ck）；seed §5.2.3 操作留痕。
-- 参数: 无（读 current_setting('jydj.ly', true)）
-- 返回: web / cli / api / job
-- 错误: 无
-- 调用: aq.fx_sq、aq.dyty_dj、aq.jc_h（放行使用）、审计触发器 aq.gz_after_audit、aq.sz_after_audit
-- 读写表: 无

CREATE OR REPLACE FUNCTION aq.ly()
RETURNS varchar
LANGUAGE sql
STABLE
AS $$
    SELECT CASE WHEN current_setting('jydj.ly', true) IN ('web', 'cli', 'api', 'job')
                THEN current_setting('jydj.ly', true)::varchar
                ELSE 'cli'::varchar END
$$;

COMMENT ON FUNCTION aq.ly() IS '交易安全操作日志的来源：会话设置 jydj.ly（web/cli/api/job），否则 cli';
