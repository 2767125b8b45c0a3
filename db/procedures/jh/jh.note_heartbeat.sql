-- jh.note_heartbeat(text, bigint) → void
-- 做什么: 记录流的心跳：源库心跳表 jh.xt 的变更到达目标库时，更新该流的来源时间与延迟，
--         使空闲的流也显示真实的延迟（而不是最后一个业务批次时的旧值）。
-- 规则: issue 3 第 4、5 项（心跳；lag_ms = 来源提交 → 目标应用）；延迟 = clock_timestamp() − 心跳提交时间。
--       只在心跳比已记录的来源时间新时更新 last_source_ts 与 last_lag_ms；不改计数。
-- 参数: p_stream 流；p_ts_ms 心跳在源库的提交时间（Unix 毫秒，Debezium source.ts_ms）
-- 返回: 无
-- 错误: 无
-- 调用: connector/handler.py（每批最多一次）
-- 读写表: 写 jh.lzt

CREATE OR REPLACE FUNCTION jh.note_heartbeat(p_stream text, p_ts_ms bigint)
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    v_ts  timestamptz := to_timestamp(p_ts_ms / 1000.0);
    v_now timestamptz := clock_timestamp();
BEGIN
    PERFORM jh.record_stream_state(p_stream, 0, 0, 0, false, NULL, NULL);  -- makes sure the row exists
    UPDATE jh.lzt t
       SET last_source_ts = v_ts,
           last_lag_ms = least(greatest(round(extract(epoch FROM v_now - v_ts) * 1000), 0), 2147483647)::integer,
           gxsj = v_now
     WHERE t.lsl = p_stream
       AND (t.last_source_ts IS NULL OR t.last_source_ts <= v_ts);
END;
$$;

COMMENT ON FUNCTION jh.note_heartbeat(text, bigint) IS
    '记录流的心跳：以心跳的来源提交时间更新 jh.lzt 的来源时间与延迟，空闲时延迟也真实';
