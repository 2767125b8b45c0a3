-- jh.registration_kind(text, jsonb) → text
-- 做什么: S4 把共享登记库的一行写入 jy 暂存 stg.djsj 时，定出它的登记种类 djzl（决定由哪个校验过程处理）。
-- 规则: 取值即 stg.djsj.djzl 检查约束的 15 个词（docs/exchange.md「S4 登记种类」）：
--         按来源表: bdcdy 单元，td 土地，qlr 权利人，zs 证书，sf 收费，yx 影像，fwbm_sq 赋码申请；
--         gxzb 按 ywlx: LPB 单元，ZS 证书，SF 收费，YX 影像，FWBMSQ 赋码申请，DB 同 dbjg；
--         dbjg（及 gxzb 的 DB）按登记类型、登记小类、权利类型、预告登记种类，先中先得:
--           djlx 400 注销登记 → 注销；djxl 含 预抵押 → 预抵押；djxl 含 预告 → 预告；djxl 含 查封/解封 → 查封；
--           djxl 含 异议 → 异议；djxl 含 抵押 → 抵押权；djlx 700 预告登记 → ygdjzl 3/4（抵押权预告）或 qllx 37
--           为 预抵押，否则 预告；djlx 800 → 查封；djlx 600 → 异议；qllx 37 抵押权 → 抵押权；qllx 96 → 预告；
--           qllx 1–8、94（土地所有权/使用权、房地产权、业主共有部分）→ 所有权；其余 → 其他。
--         dbjg_dy 返回 NULL：它随所属登簿结果（同 ywh 的 dbjg）的种类，由 jh.stage_rows 补上。
--       表名可带或不带模式名（share_dj.dbjg 或 dbjg）。写成无 FROM、无子查询的单表达式，以便在 MERGE 中内联。
-- 参数: p_lybm 来源表；p_sjnr 行映像
-- 返回: 登记种类；未知来源表返回 其他；dbjg_dy 返回 NULL
-- 错误: 无
-- 调用: jh.stage_rows
-- 读写表: 无

CREATE OR REPLACE FUNCTION jh.registration_kind(p_lybm text, p_sjnr jsonb)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
SELECT CASE
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'dbjg_dy' THEN NULL
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'bdcdy' THEN '单元'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'td' THEN '土地'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'qlr' THEN '权利人'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'zs' THEN '证书'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'sf' THEN '收费'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'yx' THEN '影像'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'fwbm_sq' THEN '赋码申请'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) NOT IN ('dbjg', 'gxzb') THEN '其他'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'gxzb' AND p_sjnr ->> 'ywlx' = 'LPB' THEN '单元'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'gxzb' AND p_sjnr ->> 'ywlx' = 'ZS' THEN '证书'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'gxzb' AND p_sjnr ->> 'ywlx' = 'SF' THEN '收费'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'gxzb' AND p_sjnr ->> 'ywlx' = 'YX' THEN '影像'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'gxzb' AND p_sjnr ->> 'ywlx' = 'FWBMSQ' THEN '赋码申请'
           WHEN p_sjnr ->> 'djlx' = '400' THEN '注销'
           -- codes before words: 预售商品房抵押权预告登记 (ygdjzl 3/4) holds both 预告 and 抵押
           WHEN p_sjnr ->> 'djlx' = '700' AND p_sjnr ->> 'ygdjzl' IN ('3', '4') THEN '预抵押'
           WHEN strpos(p_sjnr ->> 'djxl', '预抵押') > 0 OR strpos(p_sjnr ->> 'djxl', '抵押权预告') > 0
               THEN '预抵押'
           WHEN strpos(p_sjnr ->> 'djxl', '预告') > 0 THEN '预告'
           WHEN strpos(p_sjnr ->> 'djxl', '查封') > 0 OR strpos(p_sjnr ->> 'djxl', '解封') > 0 THEN '查封'
           WHEN strpos(p_sjnr ->> 'djxl', '异议') > 0 THEN '异议'
           WHEN strpos(p_sjnr ->> 'djxl', '抵押') > 0 THEN '抵押权'
           WHEN p_sjnr ->> 'djlx' = '700' AND (p_sjnr ->> 'ygdjzl' IN ('3', '4') OR p_sjnr ->> 'qllx' = '37')
               THEN '预抵押'
           WHEN p_sjnr ->> 'djlx' = '700' THEN '预告'
           WHEN p_sjnr ->> 'djlx' = '800' THEN '查封'
           WHEN p_sjnr ->> 'djlx' = '600' THEN '异议'
           WHEN p_sjnr ->> 'qllx' = '37' THEN '抵押权'
           WHEN p_sjnr ->> 'qllx' = '96' THEN '预告'
           WHEN p_sjnr ->> 'qllx' IN ('1', '2', '3', '4', '5', '6', '7', '8', '94') THEN '所有权'
           ELSE '其他'
       END
$$;

COMMENT ON FUNCTION jh.registration_kind(text, jsonb) IS
    'S4 暂存行的登记种类（stg.djsj.djzl）：按来源表，登簿结果与共享主表 DB 按登记类型、登记小类、权利类型、预告登记种类推导；dbjg_dy 返回 NULL（随所属登簿结果）';
