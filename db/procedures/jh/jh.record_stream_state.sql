-- jh.record_stream_state(text, bigint, bigint, bigint, boolean, timestamptz, bigint) → integer
-- 做什么: 在应用或重试的同一事务中更新流状态 jh.lzt（jydj status 与运维页读取）。
-- 规则: applied、skipped、filtered 按本次计数累加；dead_letters、pending
--       重新数出当前值（jh.sx 中该流 待重试 的行数、jh.ddcl 中该流的行数）；一个 Debezium 批次（p_batch）
--       还更新 batches、last_event_at（clock_timestamp()）；给出来源提交时间时更新 last_source_ts 与
--       last_lag_ms = clock_timestamp() − 来源提交时间（毫秒，来源提交 → 目标应用）；last_lywz 取较大者。
--       该流还没有状态行时新建（UPDATE 后 INSERT；并发新建冲突时再 UPDATE 一次）。
-- 参数: p_stream 流；p_applied 本次应用行数；p_skipped 本次跳过行数（skipped_older 加 S1 忽略的发件箱修改/删除）；
--       p_filtered 本次未转发行数；p_batch 是否一个 Debezium 批次；
--       p_source_ts 本批最新变更的来源提交时间（可空）；p_lywz 本批最大来源位置（可空）
-- 返回: 本次算出的延迟毫秒数（未给来源提交时间时为 NULL）
-- 错误: 无
-- 调用: jh.apply_changes、jh.retry_dead_letter、jh.retry_dead_letters
-- 读写表: 写 jh.lzt；读 jh.sx、jh.ddcl

CREATE OR REPLACE FUNCTION jh.record_stream_state(p_stream text, p_applied bigint, p_skipped bigint,
                                                  p_filtered bigint, p_batch boolean,
                                                  p_source_ts timestamptz, p_lywz bigint)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_applied  bigint := coalesce(p_applied, 0);
    v_skipped  bigint := coalesce(p_skipped, 0);
    v_filtered bigint := coalesce(p_filtered, 0);
    v_dead     bigint;
    v_pending  bigint;
    v_now      timestamptz := clock_timestamp();
    v_lag      integer;
BEGIN
    SELECT count(*) INTO v_dead FROM jh.sx s WHERE s.lsl = p_stream AND s.cszt = '待重试';
    SELECT count(*) INTO v_pending FROM jh.ddcl d WHERE d.lsl = p_stream;
    IF p_source_ts IS NOT NULL THEN
        v_lag := least(greatest(round(extract(epoch FROM v_now - p_source_ts) * 1000), -2147483648),
                       2147483647)::integer;
    END IF;
    FOR i IN 1..2 LOOP
        UPDATE jh.lzt t
           SET applied = t.applied + v_applied,
               skipped = t.skipped + v_skipped,
               filtered = t.filtered + v_filtered,
               dead_letters = v_dead,
               pending = v_pending,
               batches = t.batches + CASE WHEN p_batch THEN 1 ELSE 0 END,
               last_event_at = CASE WHEN p_batch THEN v_now ELSE t.last_event_at END,
               last_source_ts = coalesce(p_source_ts, t.last_source_ts),
               last_lag_ms = coalesce(v_lag, t.last_lag_ms),
               last_lywz = greatest(t.last_lywz, p_lywz),
               gxsj = now()
         WHERE t.lsl = p_stream;
        IF FOUND THEN
            RETURN v_lag;
        END IF;
        BEGIN
            INSERT INTO jh.lzt (lsl, applied, skipped, filtered, dead_letters, pending, batches,
                                last_event_at, last_source_ts, last_lag_ms, last_lywz)
            VALUES (p_stream, v_applied, v_skipped, v_filtered, v_dead, v_pending,
                    CASE WHEN p_batch THEN 1 ELSE 0 END, CASE WHEN p_batch THEN v_now END,
                    p_source_ts, v_lag, p_lywz);
            RETURN v_lag;
        EXCEPTION WHEN unique_violation THEN
            NULL;  -- 另一事务刚新建了这一行：再 UPDATE 一次
        END;
    END LOOP;
    RETURN v_lag;
END
$$;

COMMENT ON FUNCTION jh.record_stream_state(text, bigint, bigint, bigint, boolean, timestamptz, bigint) IS
    '更新流状态 jh.lzt：累加已应用、跳过、未转发行数，重数待重试死信与待处理行，批次还更新最近事件时间、来源提交时间与延迟（毫秒）';
