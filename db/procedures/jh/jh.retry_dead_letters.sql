-- jh.retry_dead_letters(text) → integer
-- 做什么: 重试一个流的全部 待重试 死信：按来源位置顺序经与 jh.apply_changes 相同的路径（jh.apply_rows：
--         求主键、按来源位置去旧、S2/S3 路由、写目标表或暂存）一次应用，通常在修正死信的 sjnr 或目标约束之后。
-- 规则: 用死信当前的 sjnr（可能已被修正）、czlx、lywz；成功（已应用，或按路由记入未转发、待处理）→ 已重试；
--       已有更新的变更（来源位置不新于 jh.hwz 等）而不必应用 → 已重试，cwxx 注明已被取代；
--       仍失败 → 仍为 待重试，cwdm、cwxx 为新的错误，cscs 加 1。同一事务中更新 jh.lzt（不计为批次）。
--       整批先试，出错的表再逐行（同 jh.write_rows），所以一行仍坏不妨碍其他行。
-- 参数: p_stream 流（S1–S4）
-- 返回: 本次不再待重试的死信行数（已重试）
-- 错误: 未知的流 → 22023
-- 调用: 运维（数据对接工具、jydj 命令）、定时任务
-- 读写表: 读写 jh.sx，及 jh.apply_rows 所读写的表；写 jh.lzt

CREATE OR REPLACE FUNCTION jh.retry_dead_letters(p_stream text)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_ids  bigint[];
    v_res  jsonb;
    v_bad  bigint[];
    v_old  bigint[];
    v_n    integer;
BEGIN
    IF p_stream IS NULL OR p_stream NOT IN ('S1', 'S2', 'S3', 'S4') THEN
        RAISE EXCEPTION '未知的流 %（应为 S1–S4）', p_stream USING ERRCODE = '22023';
    END IF;
    -- 锁住要重试的死信，同一死信不会被两个会话同时重试
    v_ids := ARRAY(SELECT s.id FROM jh.sx s
                    WHERE s.lsl = p_stream AND s.cszt = '待重试'
                    ORDER BY s.id
                      FOR UPDATE);
    IF coalesce(array_length(v_ids, 1), 0) = 0 THEN
        RETURN 0;
    END IF;
    v_res := jh.apply_rows(p_stream, ARRAY(
                   SELECT ROW((row_number() OVER (ORDER BY s.lywz, s.id))::integer, 'X', s.id, s.bm, s.czlx,
                               NULL, s.ywh, s.sjnr, s.lywz, s.lysj,
                               CASE WHEN s.czlx IS NULL OR s.lywz IS NULL OR s.sjnr IS NULL THEN 'JH004' END,
                               CASE WHEN s.czlx IS NULL OR s.lywz IS NULL OR s.sjnr IS NULL
                                    THEN '死信缺少操作、来源位置或行数据，无法重试（可修正后再试，或置为已放弃）'
                               END)::jh.bgh
                      FROM jh.sx s
                     WHERE s.id IN (SELECT unnest(v_ids))
                     ORDER BY s.lywz, s.id));
    v_bad := ARRAY(SELECT (x.v)::bigint FROM jsonb_array_elements_text(v_res -> 'retry_failed') AS x(v));
    v_old := ARRAY(SELECT (x.v)::bigint FROM jsonb_array_elements_text(v_res -> 'retry_superseded') AS x(v));
    UPDATE jh.sx s
       SET cszt = '已重试',
           cscs = s.cscs + 1,
           cssj = now(),
           cwxx = CASE WHEN s.id = ANY (v_old)
                       THEN s.cwxx || '（重试时已有同一行更新的变更，本变更不再应用）'
                       ELSE s.cwxx END
     WHERE s.id IN (SELECT unnest(v_ids))
       AND s.id NOT IN (SELECT unnest(v_bad))
       AND s.cszt = '待重试';
    GET DIAGNOSTICS v_n = ROW_COUNT;
    PERFORM jh.record_stream_state(p_stream, (v_res ->> 'applied')::bigint, (v_res ->> 'skipped_older')::bigint,
                                   (v_res ->> 'filtered')::bigint, false, NULL, NULL);
    RETURN v_n;
END
$$;

COMMENT ON FUNCTION jh.retry_dead_letters(text) IS
    '重试一个流全部待重试的死信（用修正后的 sjnr，经与 apply_changes 相同的路径）：成功或已被更新变更取代 → 已重试，仍失败 → 待重试并记新错误；返回转为已重试的行数';
