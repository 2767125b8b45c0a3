-- gj.rz_dc(text, text, text, jsonb, bigint, boolean, text, text) → bigint
-- 做什么: 在操作日志 audit.czrz 记下数据对接工具的一次数据导出（数据修正日志、数据情况统计导出为 Excel 或 CSV）：
--         谁、何时、导出什么、按什么条件、导出了多少行、是否截断。导出只读数据，但导出本身要留痕。
-- 规则: seed §5.2.3（数据修正日志、数据情况统计；操作留痕）；GB/T 22239-2019 §8.1.4.3（安全审计：重要的用户行为
--       应审计）。czlx 为 导出数据修正日志（dxb audit.czrz）或 导出数据情况统计（dxb stg.djsj）；dxzj 为文件格式
--       xlsx / csv；bgh 为 {"tj": 筛选条件, "gs": 格式, "hs": 导出行数, "jd": 是否因行数上限截断}。
--       由页面在一个读写事务中、生成文件之后调用；没有原因（yy 为空）。
-- 参数: p_czr 操作人（登录用户名）；p_cz 操作 导出数据修正日志 / 导出数据情况统计；p_gs 格式 xlsx / csv；
--       p_tj 筛选条件 JSON（页面的查询参数；空为 {}）；p_hs 导出的行数；p_jd 是否截断；
--       p_ly 来源 web / cli / api / job（空为 web）；p_ip 客户端地址（可空）
-- 返回: 新日志行的 ID（audit.czrz.id）
-- 错误: 22023 操作人为空、操作或格式不合规、行数为空或为负
-- 调用: api/steward/log.py、api/steward/stats.py（导出）
-- 读写表: 写 audit.czrz

CREATE OR REPLACE FUNCTION gj.rz_dc(p_czr text, p_cz text, p_gs text, p_tj jsonb, p_hs bigint, p_jd boolean,
                                   p_ly text, p_ip text)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    v_id bigint;
BEGIN
    IF p_czr IS NULL OR btrim(p_czr) = '' THEN
        RAISE EXCEPTION '操作人 czr 不能为空' USING ERRCODE = '22023';
    END IF;
    IF p_cz IS NULL OR p_cz NOT IN ('导出数据修正日志', '导出数据情况统计') THEN
        RAISE EXCEPTION '操作 cz 须为 导出数据修正日志 或 导出数据情况统计（收到「%」）', coalesce(p_cz, '')
            USING ERRCODE = '22023';
    END IF;
    IF p_gs IS NULL OR p_gs NOT IN ('xlsx', 'csv') THEN
        RAISE EXCEPTION '导出格式须为 xlsx 或 csv（收到「%」）', coalesce(p_gs, '') USING ERRCODE = '22023';
    END IF;
    IF p_hs IS NULL OR p_hs < 0 THEN
        RAISE EXCEPTION '导出行数须为不小于 0 的整数' USING ERRCODE = '22023';
    END IF;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgh, ly, ip)
    VALUES (p_czr, p_cz, CASE WHEN p_cz = '导出数据修正日志' THEN 'audit.czrz' ELSE 'stg.djsj' END, p_gs,
            json_build_object('tj', coalesce(p_tj, '{}'::jsonb), 'gs', p_gs, 'hs', p_hs,
                              'jd', coalesce(p_jd, false))::jsonb,
            coalesce(p_ly, 'web'), p_ip)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

COMMENT ON FUNCTION gj.rz_dc(text, text, text, jsonb, bigint, boolean, text, text) IS
    '记下数据对接工具的一次数据导出（数据修正日志、数据情况统计）到操作日志：操作人、格式、筛选条件、导出行数、是否截断';
