-- gl.norm_estate(text) → TABLE(xm text, xmjc text)
-- 做什么: 由规范化后的项目名称（gl.norm_text 的结果）得出项目规范键与项目词干。
-- 规则: seed §5.2.4.1（项目名称）；docs/linking.md「项目名称」。规范键 xm = 去掉「小区」（项目常被写成「X小区」）；
--   词干 xmjc = 规范键再去掉期数前的通名（花园 家园 苑 城 府 公寓 大厦 广场 山庄 新村 雅居 佳园，可叠用），期数保留：
--   「金色港湾花园2期」「金色港湾2期」的词干都是「金色港湾2期」，一期与二期仍是不同项目。
-- 参数: p 规范化项目名称（可空）
-- 返回: 一行（xm, xmjc）；输入为空时都为 NULL
-- 错误: 无
-- 调用: gl.norm_features
-- 读写表: 无

CREATE OR REPLACE FUNCTION gl.norm_estate(p text)
RETURNS TABLE (xm text, xmjc text)
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT k.xm,
           nullif(regexp_replace(k.xm, '(花园|家园|苑|城|府|公寓|大厦|广场|山庄|新村|雅居|佳园)+([0-9]+期)?$', '\2'), '')
      FROM (SELECT nullif(replace(p, '小区', ''), '') AS xm) k
$$;

COMMENT ON FUNCTION gl.norm_estate(text) IS '项目名称规范键（去「小区」）与词干（再去期数前的通名，保留期数）';
