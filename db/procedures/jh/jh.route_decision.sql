-- jh.route_decision(text, jsonb) → TABLE(zf boolean, yy text, yysm text)
-- 做什么: 路由决定（单行版）：一条共享主表行映像按路由规则是否转发、为什么。供人工查询、测试和工具使用；
--         应用函数用集合版 jh.route_decisions，两者是同一套逻辑。
-- 规则: 同 jh.route_decisions（规则即数据：jh.lygz、jh.xzfw；专用规则取代同类别的通用规则；
--       全部通过才转发，否则原因取第一条不通过的规则）。
-- 参数: p_stream 流（S2 / S3）；p_gxzb 共享主表一行（JSON 对象）
-- 返回: 一行：是否转发、原因代码（ZF 或规则代码）、原因说明（中文）
-- 错误: 无
-- 调用: 运维查询、测试
-- 读写表: 读 jh.lygz、jh.xzfw（经 jh.route_decisions）

CREATE OR REPLACE FUNCTION jh.route_decision(p_stream text, p_gxzb jsonb)
RETURNS TABLE(zf boolean, yy text, yysm text)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    RETURN QUERY
    SELECT d.zf, d.yy, d.yysm
      FROM jh.route_decisions(p_stream, ARRAY[p_gxzb]) AS d;
END
$$;

COMMENT ON FUNCTION jh.route_decision(text, jsonb) IS
    '路由决定（单行版）：一条共享主表行按 jh.lygz 路由规则与 jh.xzfw 行政区范围是否转发，返回是否转发、原因代码与中文原因';
