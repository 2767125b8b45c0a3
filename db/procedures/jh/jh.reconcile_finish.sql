-- jh.reconcile_finish(bigint, jsonb) → void
-- 做什么: 每日补推（对账，seed §5.2.1.4）结束时把一条流的结果写入它的补推报告行（jh.reconcile_begin 所建）。
-- 规则: docs/reconcile.md。p_report 的键: checked、different、missing、extra、held_back、repushed、
--       still_missing（整数，缺省 0）；status（jh.btbg.zt 的取值之一）；message（说明）；details（明细 JSON）。
--       结束时间取 clock_timestamp()。
-- 参数: p_id 报告 ID；p_report 结果（JSON 对象）
-- 返回: 无
-- 错误: P0002 报告不存在；23514 状态不是允许的取值
-- 调用: connector/reconcile.py
-- 读写表: 写 jh.btbg

CREATE OR REPLACE FUNCTION jh.reconcile_finish(p_id bigint, p_report jsonb)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE jh.btbg
       SET jssj = clock_timestamp(),
           checked = coalesce((p_report ->> 'checked')::bigint, 0),
           different = coalesce((p_report ->> 'different')::bigint, 0),
           missing = coalesce((p_report ->> 'missing')::bigint, 0),
           extra = coalesce((p_report ->> 'extra')::bigint, 0),
           held_back = coalesce((p_report ->> 'held_back')::bigint, 0),
           repushed = coalesce((p_report ->> 'repushed')::bigint, 0),
           still_missing = coalesce((p_report ->> 'still_missing')::bigint, 0),
           zt = coalesce(p_report ->> 'status', '失败'),
           sm = p_report ->> 'message',
           mx = p_report -> 'details'
     WHERE id = p_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION '补推报告 % 不存在', p_id USING ERRCODE = 'P0002';
    END IF;
END
$$;

COMMENT ON FUNCTION jh.reconcile_finish(bigint, jsonb) IS '补推对账结束：把一条流的结果（各项计数、状态、说明、明细）写入其补推报告行';
