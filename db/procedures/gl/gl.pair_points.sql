-- gl.pair_points(…) → smallint[]
-- 做什么: 给一对房屋（交易端）与单元（登记端）的各比对项打分，返回分项得分；证据得分为各项之和。
-- 规则: seed §5.2.4.1（权利人、证书、坐落、面积、所在层、项目名称）；docs/linking.md「比对项与得分」。各项（正为支持，
--   负为反对，缺值为 0）：
--   [1] 项目  规范键相同 +4；词干相同 +3；期数不同 −4；名称相似（pg_trgm ≥ 0.5）+1；其他不同 −3
--   [2] 路名门牌  相同 +2；不同 −3
--   [3] 幢号  相同 +3；不同 −8
--   [4] 单元  相同 +2；不同 −6
--   [5] 房号  相同 +6；等于按实际层书写的房号 +5；相邻两位互换（笔误）+1；只一位不同 −4（也可能是同层邻户）；
--             其他不同 −8
--   [6] 层  与名义层或实际层相同 +1；不同 −3
--   [7] 建筑面积  相对差 ≤0.2% +3，≤1% +2，≤3.5%（复测）+1，≤8% −2，更大 −6
--   [8] 套内面积  ≤1% +1，>8% −2
--   [9] 权利人  证件号相同 +4；证件号缺而名称相同 +2
--   [10] 房屋编码  登记端所记房屋编码等于该房屋编码 +3（未经核实的旧编码只作旁证）
--   [11] 区县  坐落写明的区县相同 +1；不同 −6（各区县有同名项目）
-- 参数: 交易端 f_*（项目规范键、词干、路名门牌、幢、单元、名义层、实际层、房号、实际层房号、建筑面积、套内面积、
--       证件号、权利人、房屋编码）与登记端 d_*（同名各项，无实际层；d_fwbm 为登记端所记房屋编码），最后是两端的区县
-- 返回: smallint[11]，见上
-- 错误: 无
-- 调用: gl.link_pairs（批量打分）、gl.candidates（单个房屋或单元的候选）
-- 读写表: 无

CREATE OR REPLACE FUNCTION gl.pair_points(
    f_xm text, f_xmjc text, f_dl text, f_zh text, f_dy text, f_c integer, f_sjc integer, f_fh text, f_sjfh text,
    f_jzmj numeric, f_tnmj numeric, f_zjhm text, f_qlrmc text, f_fwbm text,
    d_xm text, d_xmjc text, d_dl text, d_zh text, d_dy text, d_c integer, d_fh text,
    d_jzmj numeric, d_tnmj numeric, d_zjhm text, d_qlrmc text, d_fwbm text, f_qx text, d_qx text)
RETURNS smallint[]
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT ARRAY[
        CASE WHEN f_xm IS NULL OR d_xm IS NULL THEN 0
             WHEN f_xm = d_xm THEN 4
             WHEN f_xmjc = d_xmjc THEN 3
             WHEN substring(f_xm from '([0-9]+)期$') <> substring(d_xm from '([0-9]+)期$') THEN -4
             WHEN public.similarity(f_xm, d_xm) >= 0.5 THEN 1
             ELSE -3 END,
        CASE WHEN f_dl IS NULL OR d_dl IS NULL THEN 0 WHEN f_dl = d_dl THEN 2 ELSE -3 END,
        CASE WHEN f_zh IS NULL OR d_zh IS NULL THEN 0 WHEN f_zh = d_zh THEN 3 ELSE -8 END,
        CASE WHEN f_dy IS NULL OR d_dy IS NULL THEN 0 WHEN f_dy = d_dy THEN 2 ELSE -6 END,
        CASE WHEN f_fh IS NULL OR d_fh IS NULL THEN 0
             WHEN f_fh = d_fh THEN 6
             WHEN f_sjfh = d_fh THEN 5
             ELSE CASE gl.fh_typo(f_fh, d_fh) WHEN 1 THEN 1 WHEN 2 THEN -4 ELSE -8 END END,
        CASE WHEN f_c IS NULL OR d_c IS NULL THEN 0 WHEN d_c IN (f_c, f_sjc) THEN 1 ELSE -3 END,
        CASE WHEN f_jzmj IS NULL OR d_jzmj IS NULL OR f_jzmj = 0 THEN 0
             WHEN abs(f_jzmj - d_jzmj) <= 0.002 * f_jzmj THEN 3
             WHEN abs(f_jzmj - d_jzmj) <= 0.01 * f_jzmj THEN 2
             WHEN abs(f_jzmj - d_jzmj) <= 0.035 * f_jzmj THEN 1
             WHEN abs(f_jzmj - d_jzmj) <= 0.08 * f_jzmj THEN -2
             ELSE -6 END,
        CASE WHEN f_tnmj IS NULL OR d_tnmj IS NULL OR f_tnmj = 0 THEN 0
             WHEN abs(f_tnmj - d_tnmj) <= 0.01 * f_tnmj THEN 1
             WHEN abs(f_tnmj - d_tnmj) > 0.08 * f_tnmj THEN -2
             ELSE 0 END,
        CASE WHEN f_zjhm = d_zjhm THEN 4
             WHEN (f_zjhm IS NULL OR d_zjhm IS NULL) AND f_qlrmc = d_qlrmc THEN 2
             ELSE 0 END,
        CASE WHEN f_fwbm = d_fwbm THEN 3 ELSE 0 END,
        CASE WHEN f_qx IS NULL OR d_qx IS NULL THEN 0 WHEN f_qx = d_qx THEN 1 ELSE -6 END
    ]::smallint[]
$$;

COMMENT ON FUNCTION gl.pair_points(text, text, text, text, text, integer, integer, text, text, numeric, numeric, text, text,
                                   text, text, text, text, text, text, integer, text, numeric, numeric, text, text, text,
                                   text, text) IS
    '房屋–单元比对的分项得分 [项目, 路名门牌, 幢, 单元, 房号, 层, 建筑面积, 套内面积, 权利人, 房屋编码, 区县]，和为证据得分';
