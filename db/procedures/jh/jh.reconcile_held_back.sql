-- jh.reconcile_held_back(text, jsonb) → TABLE(bm text, zj text, yy text, yysm text)
-- 做什么: 每日补推（对账，seed §5.2.1.4）：在一条流的目标库里，从源有而目标缺失或不一致的行中找出
--         「有意未转发」的行：它们不算缺失，也不补推，在报告中单列为 held_back。
-- 规则: docs/reconcile.md、docs/exchange.md。按以下顺序取第一条命中的原因:
--         S2、S3：行在 jh.wzf（未转发，原因取 wzf.yy）→ 行在 jh.ddcl（DDCL 待处理，所属业务尚无决定）→
--                 行在 jh.sx 且待重试（SX 死信，原因取错误代码）→ 所属业务在 jh.lyjc 不转发（原因取 lyjc.yy）；
--         S4：行在 jh.sx（bm 为来源表）且待重试；
--         S1：该业务（zj = ywh）有待重试的死信（jh.sx.ywh），例如共享主表的 ywlx 为 QT。
-- 参数: p_stream 流；p_rows JSON 数组，每个元素 {"bm": 表, "zj": 行主键文本（S1 为业务号）, "ywh": 业务号}
-- 返回: 有意未转发的行：表、行主键文本、原因代码、原因说明（中文）
-- 错误: 22023 流无效
-- 调用: connector/reconcile.py
-- 读写表: 读 jh.wzf、jh.ddcl、jh.sx、jh.lyjc

CREATE OR REPLACE FUNCTION jh.reconcile_held_back(p_stream text, p_rows jsonb)
RETURNS TABLE(bm text, zj text, yy text, yysm text)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_stream NOT IN ('S1', 'S2', 'S3', 'S4') THEN
        RAISE EXCEPTION '补推对账：未知的流 %', p_stream USING ERRCODE = '22023';
    END IF;
    RETURN QUERY
    SELECT r.bm, r.zj, coalesce(r.wzf_yy, r.ddcl_yy, r.sx_yy, r.lyjc_yy), coalesce(r.wzf_sm, r.ddcl_sm, r.sx_sm, r.lyjc_sm)
      FROM (SELECT e.bm, e.zj,
                   w.yy::text AS wzf_yy,
                   '未转发：' || w.yysm AS wzf_sm,
                   CASE WHEN p.id IS NOT NULL THEN 'DDCL' END AS ddcl_yy,
                   CASE WHEN p.id IS NOT NULL THEN '待处理：所属业务 ' || p.ywh || ' 的共享主表尚未到达' END AS ddcl_sm,
                   (SELECT 'SX:' || s.cwdm FROM jh.sx s
                     WHERE s.lsl = p_stream AND s.cszt = '待重试'
                       AND ((p_stream = 'S1' AND s.ywh = e.zj) OR (p_stream <> 'S1' AND s.bm = e.bm AND s.zj = e.zj))
                     ORDER BY s.id DESC LIMIT 1) AS sx_yy,
                   (SELECT '死信（待重试）：' || s.cwxx FROM jh.sx s
                     WHERE s.lsl = p_stream AND s.cszt = '待重试'
                       AND ((p_stream = 'S1' AND s.ywh = e.zj) OR (p_stream <> 'S1' AND s.bm = e.bm AND s.zj = e.zj))
                     ORDER BY s.id DESC LIMIT 1) AS sx_sm,
                   l.yy::text AS lyjc_yy,
                   '所属业务 ' || l.ywh || ' 未转发：' || l.yysm AS lyjc_sm
              FROM (SELECT x ->> 'bm' AS bm, x ->> 'zj' AS zj, x ->> 'ywh' AS ywh
                      FROM jsonb_array_elements(p_rows) AS x) e
              LEFT JOIN jh.wzf w ON w.lsl = p_stream AND w.bm = e.bm AND w.zj = e.zj
              LEFT JOIN jh.ddcl p ON p.lsl = p_stream AND p.bm = e.bm AND p.zj = e.zj
              LEFT JOIN jh.lyjc l ON l.lsl = p_stream AND l.ywh = e.ywh AND NOT l.zf) r
     WHERE coalesce(r.wzf_yy, r.ddcl_yy, r.sx_yy, r.lyjc_yy) IS NOT NULL;
END
$$;

COMMENT ON FUNCTION jh.reconcile_held_back(text, jsonb) IS
    '补推对账：在目标库找出缺失或不一致行中有意未转发的（未转发记录、待处理、死信、所属业务不转发）及原因';
