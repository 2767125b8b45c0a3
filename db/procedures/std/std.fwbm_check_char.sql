-- std.fwbm_check_char(text) → text
-- 做什么: 按平台约定计算房屋编码（FWBM）22 位本体码的校验码（1 个字符），赋码过程 stg.rk_fm 用它生成新编码。
-- 规则: JGJ/T 246-2012 房屋代码编码标准（domain.md §2）：S = Σ aᵢ·wᵢ（i = 1..22，aᵢ 为第 i 位数字），
--       权 wᵢ = 2^i mod 11，即 2 4 8 5 10 9 7 3 6 1 2 4 8 5 10 9 7 3 6 1 2 4；
--       校验码 = '0123456789X' 的第 (S mod 11) + 1 个字符。标准的 S mod 11 → 字符对照表未核实（见
--       std.is_valid_fwbm 头注释），这里是平台的约定，与 jydj/codes.py 的 fwbm_check_char 完全一致
--       （tests/test_house_codes.py 用 Hypothesis 对照）。std.is_valid_fwbm 仍不检查校验码的数值。
--       只收 22 位 ASCII 数字（COLLATE "C"，不用 \d）；不做清洗。单表达式 LANGUAGE sql、无 SET 子句、
--       非 STRICT，规划器可内联。
-- 参数: p_body 22 位本体码（9 位行政区划 + 4 位年份 + 4 位幢顺序码 + 5 位户顺序码）
-- 返回: 校验码 '0'–'9' 或 'X'；输入不是 22 位 ASCII 数字（含空串、NULL）时返回 NULL
--       （Python 版对非法输入抛 ValueError）
-- 错误: 无
-- 调用: stg.rk_fm
-- 读写表: 无

CREATE OR REPLACE FUNCTION std.fwbm_check_char(p_body text)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$
SELECT CASE WHEN p_body COLLATE "C" ~ '^[0-9]{22}$' THEN
           substr('0123456789X',
                  (SELECT sum(substr(p_body, g.i, 1)::integer
                              * ('{2,4,8,5,10,9,7,3,6,1,2,4,8,5,10,9,7,3,6,1,2,4}'::integer[])[g.i])::integer % 11
                     FROM generate_series(1, 22) AS g(i)) + 1,
                  1)
       END
$$;

COMMENT ON FUNCTION std.fwbm_check_char(text) IS
    '房屋编码校验码（平台约定，同 jydj.codes.fwbm_check_char）：22 位本体码 S = Σ 数字·(2^i mod 11)，取 ''0123456789X''[S mod 11]；非 22 位数字返回 NULL';
