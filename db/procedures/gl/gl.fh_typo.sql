-- gl.fh_typo(text, text) → integer
-- 做什么: 判断两个房号的差别是不是一处笔误：相邻两位互换（1203 / 1230）为 1，只有一位数字不同（1203 / 1208）为 2，
--         其他（相同、长度不同、差两处以上、超过 6 位、任一为空）为 0。
-- 规则: seed §5.2.4.1（房号）；docs/linking.md「比对项与得分」。登记端手工录入的房号常有一处之差；但同层相邻的房号
--   （1201 / 1202）也只差一位，所以「一位不同」不算支持，只比「完全不同」少扣分（gl.pair_points），由面积等其他项定夺。
--   逐位展开比较（不用 generate_series 子查询），可被内联，百万对时每对约 1 微秒。
-- 参数: a、b 规范化房号（数字文本，可空）
-- 返回: 0、1 或 2，见上
-- 错误: 无
-- 调用: gl.pair_points
-- 读写表: 无

CREATE OR REPLACE FUNCTION gl.fh_typo(a text, b text)
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE
        WHEN a IS NULL OR b IS NULL OR a = b OR length(a) <> length(b) OR length(a) > 6 THEN 0
        WHEN (length(a) >= 2 AND a = substr(b, 2, 1) || substr(b, 1, 1) || substr(b, 3))
          OR (length(a) >= 3 AND a = substr(b, 1, 1) || substr(b, 3, 1) || substr(b, 2, 1) || substr(b, 4))
          OR (length(a) >= 4 AND a = substr(b, 1, 2) || substr(b, 4, 1) || substr(b, 3, 1) || substr(b, 5))
          OR (length(a) >= 5 AND a = substr(b, 1, 3) || substr(b, 5, 1) || substr(b, 4, 1) || substr(b, 6))
          OR (length(a) >= 6 AND a = substr(b, 1, 4) || substr(b, 6, 1) || substr(b, 5, 1)) THEN 1
        WHEN (substr(a, 1, 1) <> substr(b, 1, 1))::integer + (substr(a, 2, 1) <> substr(b, 2, 1))::integer
           + (substr(a, 3, 1) <> substr(b, 3, 1))::integer + (substr(a, 4, 1) <> substr(b, 4, 1))::integer
           + (substr(a, 5, 1) <> substr(b, 5, 1))::integer + (substr(a, 6, 1) <> substr(b, 6, 1))::integer = 1 THEN 2
        ELSE 0
    END
$$;

COMMENT ON FUNCTION gl.fh_typo(text, text) IS '房号的差别：1 相邻两位互换，2 只有一位不同，0 其他';
