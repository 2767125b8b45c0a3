-- jh.reconcile_begin(text, date, boolean, integer, integer) → bigint
-- 做什么: 每日补推（对账，seed §5.2.1.4）开始时在一条流的目标库写一行补推报告（状态 运行中），
--         结束时由 jh.reconcile_finish 填入结果；进程中途被杀时该行停在 运行中、结束时间为空。
-- 规则: docs/reconcile.md。
-- 参数: p_stream 流（S1–S4）；p_since 起始日期（NULL 为全部）；p_repush 是否补推；p_buckets 桶数；
--       p_pid 运行对账的进程号
-- 返回: 报告 ID（jh.btbg.id）
-- 错误: 23514 流不是 S1–S4（检查约束）
-- 调用: connector/reconcile.py
-- 读写表: 写 jh.btbg

CREATE OR REPLACE FUNCTION jh.reconcile_begin(p_stream text, p_since date, p_repush boolean, p_buckets integer,
                                              p_pid integer)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    v_id bigint;
BEGIN
    INSERT INTO jh.btbg (lsl, kssj, qsrq, sfbt, tss, jcid)
    VALUES (p_stream, clock_timestamp(), p_since, coalesce(p_repush, true), coalesce(p_buckets, 1024), p_pid)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

COMMENT ON FUNCTION jh.reconcile_begin(text, date, boolean, integer, integer) IS
    '补推对账开始：在流的目标库写一行补推报告（运行中），返回报告 ID';
