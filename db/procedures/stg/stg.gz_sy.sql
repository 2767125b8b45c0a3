-- stg.gz_sy(jsonb, text, text, char, jsonb) → boolean
-- 做什么: 判断一条校验规则是否适用于一个批次行（所有检查过程 stg.jc_* 的共同范围条件）。
-- 规则: 适用 = 行不是删除（czlx ≠ D，删除墓碑不校验）且 规则的登记种类为空或等于行的 djzl 且 规则的来源表为空或
--       等于行的 lybm 且 参数 djxl_bh（登记小类须包含的词）、djxl_bbh（须不包含的词）满足（docs/validation.md）。
--       写成单表达式 LANGUAGE sql，规划器内联，百万行批次不按行调用函数。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；p_djzl、p_lybm、p_czlx、p_sjnr 批次行（stg.jypc）的登记种类、来源表、操作类型、映像
-- 返回: true 适用
-- 错误: 无
-- 调用: 各检查过程 stg.jc_*
-- 读写表: 无

CREATE OR REPLACE FUNCTION stg.gz_sy(p_gz jsonb, p_djzl text, p_lybm text, p_czlx char, p_sjnr jsonb)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
AS $$
SELECT p_czlx <> 'D'
       AND (p_gz ->> 'djzl' IS NULL OR p_djzl = p_gz ->> 'djzl')
       AND (p_gz ->> 'lybm' IS NULL OR p_lybm = p_gz ->> 'lybm')
       AND (p_gz -> 'cs' ->> 'djxl_bh' IS NULL OR strpos(coalesce(p_sjnr ->> 'djxl', ''), p_gz -> 'cs' ->> 'djxl_bh') > 0)
       AND (p_gz -> 'cs' ->> 'djxl_bbh' IS NULL OR strpos(coalesce(p_sjnr ->> 'djxl', ''), p_gz -> 'cs' ->> 'djxl_bbh') = 0)
$$;

COMMENT ON FUNCTION stg.gz_sy(jsonb, text, text, char, jsonb) IS
    '校验规则是否适用于批次行：非删除行，登记种类、来源表相符，登记小类满足 djxl_bh / djxl_bbh';
