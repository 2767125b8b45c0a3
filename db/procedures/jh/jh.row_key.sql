-- jh.row_key(jsonb, text[]) → text
-- 做什么: 由一行的 JSON 映像和主键列名得出行主键文本，用作 jh.hwz / jh.wzf / jh.ddcl / jh.sx 的 zj
--         与 stg.djsj 的 lyzj。
-- 规则: 主键列值（->> 文本）按主键顺序以 | 连接；值中的 \ 写成 \\、| 写成 \|，所以不同的键不会得到
--       相同的文本；只有一列时即该值本身（不含 \ 与 | 时不变）。值取 Debezium 映像的原样文本，
--       同一源表的映像格式一致（整数、字符串），不做类型规范化。
--       支持 1–6 个主键列（更多时返回 NULL，调用方记为死信 JH002）。写成不含子查询的单表达式
--       LANGUAGE sql、IMMUTABLE、非 STRICT，以便在集合语句中内联（含子查询的函数不能内联，逐行调用慢一个数量级）。
-- 参数: p_sjnr 行映像（JSON 对象）；p_zjl 主键列名（按主键顺序）
-- 返回: 行主键文本；任一主键列缺失或为 null、p_zjl 为空或超过 6 列时返回 NULL
-- 错误: 无
-- 调用: jh.apply_rows
-- 读写表: 无

CREATE OR REPLACE FUNCTION jh.row_key(p_sjnr jsonb, p_zjl text[])
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
SELECT CASE
           WHEN p_zjl IS NULL OR array_length(p_zjl, 1) IS NULL THEN NULL
           WHEN array_length(p_zjl, 1) = 1 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|')
           WHEN array_length(p_zjl, 1) = 2 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|') || '|'
               || replace(replace(p_sjnr ->> p_zjl[2], '\', '\\'), '|', '\|')
           WHEN array_length(p_zjl, 1) = 3 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[2], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[3], '\', '\\'), '|', '\|')
           WHEN array_length(p_zjl, 1) = 4 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[2], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[3], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[4], '\', '\\'), '|', '\|')
           WHEN array_length(p_zjl, 1) = 5 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[2], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[3], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[4], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[5], '\', '\\'), '|', '\|')
           WHEN array_length(p_zjl, 1) = 6 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[2], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[3], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[4], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[5], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[6], '\', '\\'), '|', '\|')
           ELSE NULL
       END
$$;

COMMENT ON FUNCTION jh.row_key(jsonb, text[]) IS
    '行主键文本：主键列值按主键顺序以 | 连接（值中的 \ 与 | 前加 \）；任一主键值缺失时返回 NULL';
