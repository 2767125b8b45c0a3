-- stg.is_date(text) → boolean
-- 做什么: 判断映像中的日期或时间文本能否转换为日期（前 10 位为存在的公历日期 YYYY-MM-DD），不抛异常。
-- 规则: Debezium 以 isostring 传日期（2026-11-27 或 2026-11-27Z）与时间（2026-11-27T08:00:00.000000Z）
--       （docs/exchange.md）；本函数只看前 10 位：格式、年份 0001–9999、月份 01–12、日不超过当月天数（含闰年）。
--       写成单表达式 LANGUAGE sql，可内联；只在格式正确时才做日期运算，故任何输入都不报错。
-- 参数: p_v 文本
-- 返回: true 可转换；false 不可转换；NULL 输入返回 NULL
-- 错误: 无
-- 调用: 检查过程 stg.jc_rq；入库过程在转换前判断
-- 读写表: 无

CREATE OR REPLACE FUNCTION stg.is_date(p_v text)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
AS $$
SELECT CASE
           WHEN p_v IS NULL THEN NULL
           WHEN NOT (p_v COLLATE "C" ~ '^(?!0000)[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([T ].*|Z)?$') THEN false
           ELSE substr(p_v, 9, 2)::integer
                <= extract(day FROM (substr(p_v, 1, 7) || '-01')::date + interval '1 month' - interval '1 day')
       END
$$;

COMMENT ON FUNCTION stg.is_date(text) IS
    '日期文本能否转换：前 10 位为存在的公历日期（YYYY-MM-DD，可带时间或 Z）；不抛异常，NULL 返回 NULL';
