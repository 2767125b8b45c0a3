-- ycsl.ts_jg(bigint, boolean, numeric, text, jsonb) → void
-- 做什么: 记下一次推送尝试的结果：写调用日志 ycsl.tsrz；成功则推送 已送达（sdsj、对方应答 dy）；失败则次数加一、记错误，
--         按指数退避安排下次尝试，超过上限则 已放弃。
-- 规则: docs/onewindow.md「推送」。状态：
--         待发送 —成功→ 已送达（终态）
--         待发送 —失败→ 待发送（cs + 1，zhcw = 错误，xcsj = now() + least(1 小时, 2 秒 × 2^原 cs)：第 n 次失败后等
--                       2 秒 × 2^(n−1)，即 2、4、8 秒…，第 12 次起为 1 小时）
--         待发送 —失败且（cs 达到 50 次，或写入已满 3 天）→ 已放弃（终态，不再领取；运维可改回待发送重推）
--       推送已不是待发送时（重复报告）只记日志，不改状态。
-- 参数: p_id 推送 ID；p_cg 是否成功；p_hs 耗时（毫秒）；p_cw 错误信息（失败时）；p_dy 对方的应答（JSON；送达时也记入
--       ycsl.ts.dy，失败时只记入日志）
-- 返回: 无
-- 错误: p_id 不存在、p_cg 为空（P0001）
-- 调用: Python 层的推送发送程序（在领取 ycsl.ts_qc 的同一事务中）
-- 读写表: 读写 ycsl.ts；写 ycsl.tsrz

CREATE OR REPLACE FUNCTION ycsl.ts_jg(p_id bigint, p_cg boolean, p_hs numeric, p_cw text, p_dy jsonb)
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    v_ts    ycsl.ts%ROWTYPE;
BEGIN
    IF p_cg IS NULL THEN
        RAISE EXCEPTION 'cg（是否成功）不能为空' USING DETAIL = 'InvalidInput';
    END IF;
    SELECT t.* INTO v_ts FROM ycsl.ts t WHERE t.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'id（推送 ID）「%」不存在', p_id USING DETAIL = 'NotFound';
    END IF;
    INSERT INTO ycsl.tsrz (ts_id, sj, cg, hs, cw, dy) VALUES (p_id, clock_timestamp(), p_cg, p_hs, p_cw, p_dy);
    IF v_ts.zt <> '待发送' THEN
        RETURN;
    END IF;
    IF p_cg THEN
        UPDATE ycsl.ts t SET zt = '已送达', cs = t.cs + 1, sdsj = clock_timestamp(), dy = p_dy WHERE t.id = p_id;
    ELSIF v_ts.cs + 1 >= 50 OR now() >= v_ts.cjsj + interval '3 days' THEN
        UPDATE ycsl.ts t SET zt = '已放弃', cs = t.cs + 1, zhcw = p_cw WHERE t.id = p_id;
    ELSE
        UPDATE ycsl.ts t
           SET cs = t.cs + 1, zhcw = p_cw,
               xcsj = now() + least(interval '1 hour', interval '2 seconds' * power(2, least(t.cs, 20)))
         WHERE t.id = p_id;
    END IF;
END
$$;

COMMENT ON FUNCTION ycsl.ts_jg(bigint, boolean, numeric, text, jsonb) IS
    '记一次一窗推送尝试：写调用日志；成功则已送达，失败则按 2 秒×2^(n−1)（至多 1 小时）退避重试，50 次或 3 天后已放弃';
