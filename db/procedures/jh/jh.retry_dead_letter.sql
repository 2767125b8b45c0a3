-- jh.retry_dead_letter(bigint) → boolean
-- 做什么: 重试一条死信：用它当前的 sjnr（可先修正）经与 jh.apply_changes 相同的路径（jh.apply_rows）应用。
-- 规则: 同 jh.retry_dead_letters，只处理这一行：成功（已应用，或按路由记入未转发、待处理）或已被同一行
--       更新的变更取代 → 已重试；仍失败 → 仍为 待重试，记新的错误，cscs 加 1。已是 已重试 / 已放弃 的死信
--       不再处理。同一事务中更新 jh.lzt（不计为批次）。
-- 参数: p_id 死信 ID（jh.sx.id）
-- 返回: true 已不再待重试（本次成功，或此前已重试）；false 仍失败或已放弃
-- 错误: 死信不存在 → P0002
-- 调用: 运维（数据对接工具）
-- 读写表: 读写 jh.sx，及 jh.apply_rows 所读写的表；写 jh.lzt

CREATE OR REPLACE FUNCTION jh.retry_dead_letter(p_id bigint)
RETURNS boolean
LANGUAGE plpgsql
AS $$
DECLARE
    v_sx  jh.sx%ROWTYPE;
    v_res jsonb;
    v_bad boolean;
    v_old boolean;
BEGIN
    SELECT s.* INTO v_sx FROM jh.sx s WHERE s.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '死信 % 不存在', p_id USING ERRCODE = 'P0002';
    END IF;
    IF v_sx.cszt <> '待重试' THEN
        RETURN v_sx.cszt = '已重试';
    END IF;
    v_res := jh.apply_rows(
        v_sx.lsl,
        ARRAY[ROW(1, 'X', v_sx.id, v_sx.bm, v_sx.czlx, NULL, v_sx.ywh, v_sx.sjnr, v_sx.lywz, v_sx.lysj,
                  CASE WHEN v_sx.czlx IS NULL OR v_sx.lywz IS NULL OR v_sx.sjnr IS NULL THEN 'JH004' END,
                  CASE WHEN v_sx.czlx IS NULL OR v_sx.lywz IS NULL OR v_sx.sjnr IS NULL
                       THEN '死信缺少操作、来源位置或行数据，无法重试（可修正后再试，或置为已放弃）'
                  END)::jh.bgh]);
    v_bad := (v_res -> 'retry_failed') @> ('[' || p_id || ']')::jsonb;
    v_old := (v_res -> 'retry_superseded') @> ('[' || p_id || ']')::jsonb;
    IF NOT v_bad THEN
        UPDATE jh.sx s
           SET cszt = '已重试',
               cscs = s.cscs + 1,
               cssj = now(),
               cwxx = CASE WHEN v_old THEN s.cwxx || '（重试时已有同一行更新的变更，本变更不再应用）'
                           ELSE s.cwxx END
         WHERE s.id = p_id;
    END IF;
    PERFORM jh.record_stream_state(v_sx.lsl, (v_res ->> 'applied')::bigint, (v_res ->> 'skipped_older')::bigint,
                                   (v_res ->> 'filtered')::bigint, false, NULL, NULL);
    RETURN NOT v_bad;
END
$$;

COMMENT ON FUNCTION jh.retry_dead_letter(bigint) IS
    '重试一条死信（用修正后的 sjnr，经与 apply_changes 相同的路径）：成功或已被更新变更取代 → 已重试并返回 true；仍失败 → 待重试、记新错误并返回 false';
