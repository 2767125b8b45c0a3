-- stg.qlbl_num(text) → numeric
-- 做什么: 把登记端的权利比例文本换成 0–1 的小数（djjg.qlr.qlbl 为 numeric(5,4)），不抛异常。
-- 规则: 接受三种写法（TD/T 1066 QLBL 为文本，实际数据常见）：小数 0.5、百分数 50% 或 50.5%、分数 1/2；
--       首尾空白忽略；分母为 0、格式不符时返回 NULL；结果四舍五入到 4 位小数。范围 (0, 1] 由检查过程
--       stg.jc_qlbl（规则 QLR04）判断，本函数只换算。写成单表达式 LANGUAGE sql，可内联。
-- 参数: p_v 权利比例文本
-- 返回: 小数；无法换算或 NULL 输入返回 NULL
-- 错误: 无
-- 调用: stg.jc_qlbl、stg.rk_qlr
-- 读写表: 无

CREATE OR REPLACE FUNCTION stg.qlbl_num(p_v text)
RETURNS numeric
LANGUAGE sql
IMMUTABLE
AS $$
SELECT CASE
           WHEN btrim(p_v) COLLATE "C" ~ '^[0-9]+(\.[0-9]+)?$' THEN round(btrim(p_v)::numeric, 4)
           WHEN btrim(p_v) COLLATE "C" ~ '^[0-9]+(\.[0-9]+)?%$'
               THEN round(rtrim(btrim(p_v), '%')::numeric / 100, 4)
           WHEN btrim(p_v) COLLATE "C" ~ '^[0-9]+/[0-9]*[1-9][0-9]*$'
               THEN round(split_part(btrim(p_v), '/', 1)::numeric / split_part(btrim(p_v), '/', 2)::numeric, 4)
           ELSE NULL
       END
$$;

COMMENT ON FUNCTION stg.qlbl_num(text) IS
    '权利比例文本换算为小数：0.5、50%、1/2 三种写法，四舍五入到 4 位；无法换算返回 NULL';
