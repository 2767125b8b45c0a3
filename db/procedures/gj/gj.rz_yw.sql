-- gj.rz_yw(text, text, text, bigint[], jsonb, boolean, text, text) → bigint
-- 做什么: 在 jy 的操作日志 audit.czrz 记下数据对接工具「运行监控」页上一次人工运维操作（重试一条死信、重试一个流的
--         全部死信）：谁、哪条流、哪些死信、结果。死信 jh.sx 与重试函数 jh.retry_dead_letter / jh.retry_dead_letters
--         在各流的目标库（S1、S3 在 jy_front，S2 在 dj_front，S4 在 jy），前置库没有 audit.czrz，所以由页面在 jy 调用本函数。
-- 规则: seed §5.2.3（操作留痕：每次人工操作都记日志，失败的尝试也记，cgbz = false）；GB/T 22239-2019 §8.1.4.3
--       （安全审计）。dxb 为 jh.sx；dxzj 为「流:死信ID」（重试一条）或「流」（全部重试）；bgq 为
--       {"lsl": 流, "mbk": 目标库, "ids": 本次处理的死信 ID}；bgh 为结果（调用方给出，如已重试、仍失败的 ID 与错误）。
--       目标库与 jy 不是同一事务：页面先在目标库重试，再调用本函数并提交 jy，最后提交目标库（jy 写不进日志则目标库回滚，
--       操作不生效）；S4 的目标就是 jy，重试与日志同一事务。
-- 参数: p_czr 操作人（登录用户名）；p_cz 操作 重试死信 / 全部重试死信；p_lsl 流 S1–S4；p_ids 死信 ID（jh.sx.id，
--       重试死信时恰好一个）；p_jg 结果 JSON；p_cg 是否成功执行（false：重试过程出错、目标库不可用或提交失败）；
--       p_ly 来源 web / cli / api（空为 web）；p_ip 客户端地址
-- 返回: 新日志行的 ID（audit.czrz.id）
-- 错误: 22023 操作人为空、操作或流不合规、重试死信未给出恰好一个 ID、成功标志为空
-- 调用: api/steward/ops.py（运行监控：重试、全部重试）
-- 读写表: 写 audit.czrz

CREATE OR REPLACE FUNCTION gj.rz_yw(p_czr text, p_cz text, p_lsl text, p_ids bigint[], p_jg jsonb, p_cg boolean,
                                   p_ly text, p_ip text)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    v_id  bigint;
    v_mbk text;
BEGIN
    IF p_czr IS NULL OR btrim(p_czr) = '' THEN
        RAISE EXCEPTION '操作人 czr 不能为空' USING ERRCODE = '22023';
    END IF;
    IF p_cz IS NULL OR p_cz NOT IN ('重试死信', '全部重试死信') THEN
        RAISE EXCEPTION '操作 cz 须为 重试死信 或 全部重试死信（收到「%」）', coalesce(p_cz, '') USING ERRCODE = '22023';
    END IF;
    IF p_lsl IS NULL OR p_lsl NOT IN ('S1', 'S2', 'S3', 'S4') THEN
        RAISE EXCEPTION '未知的流 %（应为 S1–S4）', coalesce(p_lsl, '') USING ERRCODE = '22023';
    END IF;
    IF p_cz = '重试死信' AND coalesce(array_length(p_ids, 1), 0) <> 1 THEN
        RAISE EXCEPTION '重试死信须给出恰好一个死信 ID' USING ERRCODE = '22023';
    END IF;
    IF p_cg IS NULL THEN
        RAISE EXCEPTION '成功标志 cg 不能为空' USING ERRCODE = '22023';
    END IF;
    v_mbk := CASE p_lsl WHEN 'S2' THEN 'dj_front' WHEN 'S4' THEN 'jy' ELSE 'jy_front' END;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, ip, cgbz)
    VALUES (p_czr, p_cz, 'jh.sx',
            CASE WHEN p_cz = '重试死信' THEN p_lsl || ':' || p_ids[1] ELSE p_lsl END,
            json_build_object('lsl', p_lsl, 'mbk', v_mbk,
                              'ids', array_to_json(coalesce(p_ids, ARRAY[]::bigint[])))::jsonb,
            p_jg, coalesce(p_ly, 'web'), p_ip, p_cg)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

COMMENT ON FUNCTION gj.rz_yw(text, text, text, bigint[], jsonb, boolean, text, text) IS
    '记下运行监控页的一次人工运维操作（重试死信、全部重试死信）到操作日志：操作人、流、死信 ID、结果、是否成功';
