-- std.is_valid_bdcdyh(text) → boolean
-- 做什么: 校验不动产单元号（BDCDYH）的 28 位结构（只看代码本身，不查地籍库）。
-- 规则: GB/T 37346-2019 不动产单元设定与代码编制规则（domain.md §1）:
--         [1–6]   县级行政区划代码（GB/T 2260）: 6 位数字，首位 1–8（不查码表）；
--         [7–9]   地籍区、[10–12] 地籍子区: 各 3 位数字（000 也接受: 厂商的虚拟单元惯例）；
--         [13–14] 宗地/宗海特征码: 第 1 位 G 国家 / J 集体 / Z 未确定或有争议土地所有权，
--                 第 2 位 A B S X C D E F H G W Y 之一，其中 A（集体土地所有权宗地）与
--                 C（宅基地使用权宗地）只能跟在 J 后面；
--         [15–19] 宗地/宗海顺序号: 5 位数字（00000 也接受: 厂商的虚拟单元惯例，domain.md §1）；
--         [20]    定着物特征码: F 房屋等建筑物构筑物 / L 森林林木 / Q 其他定着物 / W 无定着物；
--         [21–28] 定着物单元号: 8 位数字；定着物特征码为 W 时必须是 00000000（纯土地单元 = 宗地代码 + W00000000）。
--       国标没有校验位，所以只校验结构。字母只收大写；不做清洗（空格、全角、小写均返回 false）。
--       只用 ASCII [0-9]（不用 \d）并加 COLLATE "C"，非确定性排序规则的列也不会报错。
--       写成单表达式 LANGUAGE sql、无 SET 子句、非 STRICT，以便规划器内联，百万行级调用保持快速。
-- 参数: p_bdcdyh 不动产单元号（28 位）
-- 返回: true 结构合法；false 不合法（含空串、乱码）；输入为 NULL 时返回 NULL（openGauss A 兼容模式下 '' 即 NULL）
-- 错误: 无（任何非法输入都返回 false，不抛异常）
-- 调用: 无（只用正则）
-- 读写表: 无

CREATE OR REPLACE FUNCTION std.is_valid_bdcdyh(p_bdcdyh text)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
AS $$
SELECT p_bdcdyh COLLATE "C"
       ~ '^[1-8][0-9]{11}(G[BSXDEFHGWY]|J[ABSXCDEFHGWY]|Z[BSXDEFHGWY])[0-9]{5}([FLQ][0-9]{8}|W00000000)$'
$$;

COMMENT ON FUNCTION std.is_valid_bdcdyh(text) IS
    '校验不动产单元号（GB/T 37346-2019）28 位结构：6 位县级行政区划（首位 1–8）+ 3 位地籍区 + 3 位地籍子区 + 宗地特征码（G/J/Z + ABSXCDEFHGWY，A、C 只能跟 J）+ 5 位宗地顺序号 + 定着物特征码 F/L/Q/W + 8 位定着物单元号（W 时须为 00000000）；无校验位；NULL 返回 NULL，其他非法输入返回 false';
