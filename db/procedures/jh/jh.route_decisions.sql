-- jh.route_decisions(text, jsonb[]) → TABLE(ywh text, zf boolean, yy text, yysm text)
-- 做什么: 路由决定（集合版）：对一组共享主表（gxzb）行映像，按路由规则 jh.lygz 与行政区范围 jh.xzfw
--         一次决定每个业务是否转发（S2 share_jy.gxzb，S3 share_dj.gxzb）。jh.apply_rows 对一批中的全部
--         共享主表行调用一次；jh.route_decision 是它的单行版。
-- 规则: seed §5.2.1.3「依据共享主表的关键字段进行判断是否需要推送」；规则即数据（jh.lygz）:
--         适用规则 = 本流启用的、ywlx 等于该行 ywlx 或为 * 的规则；同一检查类别 gzlx 有该 ywlx 的专用规则时，
--         该类别的通用规则（*）不适用（例如 S3 FWBMSQ 的业务状态规则取代 S3 的通用业务状态规则）。
--         检查类别: YWZT ywzt 须在 yxzt 中；QXFW qxdm 须在 jh.xzfw 中且 sfyx；BTZD btzd 所列字段须非空
--         （null 或只有空白都算空）。
--         全部适用规则通过 → 转发（yy = ZF）；否则不转发，原因取 sxh 最小（再按 gzdm）的不通过规则:
--         yy = gzdm，yysm = gzsm + 具体情况（如「业务状态：在办」「区县代码：510100」「缺少：htbh、fwbm」）。
--         没有任何适用规则的业务转发。不用 LATERAL（openGauss 兼容）。一条集合语句；写成 PL/pgSQL 的
--         RETURN QUERY，计划在会话内缓存。
-- 参数: p_stream 流（S2 / S3）；p_gxzb 共享主表行映像数组（每个元素一行，需含 ywh）
-- 返回: 每个输入行一行：业务号、是否转发、原因代码、原因说明（中文）
-- 错误: 无（映像缺字段按空值判断）
-- 调用: jh.apply_rows、jh.route_decision
-- 读写表: 读 jh.lygz、jh.xzfw

CREATE OR REPLACE FUNCTION jh.route_decisions(p_stream text, p_gxzb jsonb[])
RETURNS TABLE(ywh text, zf boolean, yy text, yysm text)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
RETURN QUERY
WITH g AS (  -- unnest 而不是 p_gxzb[i]：按下标取变长元素要从头数，一万行就成了平方级
    SELECT u.n, u.r ->> 'ywh' AS ywh, u.r ->> 'ywlx' AS ywlx, u.r ->> 'ywzt' AS ywzt, u.r ->> 'qxdm' AS qxdm, u.r
      FROM (SELECT row_number() OVER () AS n, x AS r FROM unnest(p_gxzb) AS x) AS u
), gz AS (
    SELECT z.lsl, z.ywlx, z.gzdm, z.gzlx, z.btzd, z.yxzt, z.sxh, z.gzsm
      FROM jh.lygz z
     WHERE z.lsl = p_stream
       AND z.sfqy
), bt AS (  -- 每个 (行, 适用规则) 的检查结果；不通过时给出具体情况
    SELECT g.n, z.sxh, z.gzdm, z.gzsm,
           CASE z.gzlx
               WHEN 'YWZT' THEN CASE WHEN g.ywzt = ANY (z.yxzt) THEN NULL
                                     ELSE '业务状态：' || coalesce(g.ywzt, '空') END
               WHEN 'QXFW' THEN CASE WHEN EXISTS (SELECT 1 FROM jh.xzfw f
                                                    WHERE f.qxdm = g.qxdm AND f.sfyx) THEN NULL
                                     ELSE '区县代码：' || coalesce(g.qxdm, '空') END
               WHEN 'BTZD' THEN (SELECT '缺少：' || string_agg(c.col, '、' ORDER BY c.i)
                                   FROM (SELECT i, z.btzd[i] AS col
                                           FROM generate_series(1, coalesce(array_length(z.btzd, 1), 0)) AS i) c
                                  WHERE coalesce(btrim(g.r ->> c.col), '') = ''
                                 HAVING count(*) > 0)
           END AS qk
      FROM g
      JOIN gz z ON z.ywlx = g.ywlx
               OR (z.ywlx = '*'
                   AND NOT EXISTS (SELECT 1 FROM gz s
                                    WHERE s.ywlx = g.ywlx AND s.gzlx = z.gzlx))
), sb AS (  -- 每行第一条不通过的规则
    SELECT DISTINCT ON (bt.n) bt.n, bt.gzdm, bt.gzsm || '（' || bt.qk || '）' AS yysm
      FROM bt
     WHERE bt.qk IS NOT NULL
     ORDER BY bt.n, bt.sxh, bt.gzdm
)
SELECT g.ywh,
       sb.n IS NULL,
       coalesce(sb.gzdm, 'ZF')::text,
       coalesce(sb.yysm, '符合转发规则')::text
  FROM g
  LEFT JOIN sb ON sb.n = g.n
 ORDER BY g.n;
END
$$;

COMMENT ON FUNCTION jh.route_decisions(text, jsonb[]) IS
    '路由决定（集合版）：按 jh.lygz 路由规则与 jh.xzfw 行政区范围，对一组共享主表行决定是否转发；返回每行的业务号、是否转发、原因代码（ZF 或第一条不通过规则的代码）与中文原因';
