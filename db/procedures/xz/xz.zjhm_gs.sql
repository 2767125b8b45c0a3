-- xz.zjhm_gs(bigint[], jsonb) → TABLE(id bigint, gx jsonb)
-- 做什么: 证件号码规范化：整理权利人暂存行（来源表 qlr）的证件号码 zjhm 的写法。
-- 规则: GB 11643-1999 公民身份号码（18 位，ISO 7064 MOD 11-2 校验码）、GB 11643-1989（15 位旧号码）、
--       GB 32100-2015 统一社会信用代码；修正规则 QLR02（stg.jc_zjhm）。
--   1. 所有证件种类：全角数字、全角字母、全角空格换成半角，去首尾空白（空格、制表、换行）。
--   2. 证件种类 zjzl 为 1（身份证）或 8（统一社会信用代码）：字母改为大写（身份证末位 x → X）。
--   3. 身份证为 15 位旧号码且是有效号码（std.is_valid_sfzh）：升为 18 位——第 6 位后插入出生年份的世纪 19，
--      末位补校验码：S = Σ aᵢ·wᵢ（wᵢ = 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2），校验码 = '10X98765432' 的第 (S mod 11)+1 位。
--      在同一条语句中按位算出（集合运算，不逐行循环）。
--   整理后身份证须通过 std.is_valid_sfzh、统一社会信用代码须通过 std.is_valid_uscc，否则不改（写法以外的错误，
--   如校验码不对、位数不对，须核对原件后用「字段改值」改）；其他证件种类只做第 1 步。
--   结果为空、与原值相同、映像的 zjhm 不是文字的行不改；删除墓碑不改。只读。
-- 参数: p_ids 暂存行ID；p_cs 无参数（{}）
-- 返回: 每个要改的行一条：(id, {"zjhm": "整理后的号码"})
-- 错误: 无
-- 调用: xz.run（修正过程目录 xz.gc 中的 xz.zjhm_gs）
-- 读写表: 读 stg.djsj

CREATE OR REPLACE FUNCTION xz.zjhm_gs(p_ids bigint[], p_cs jsonb)
RETURNS TABLE (id bigint, gx jsonb)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    RETURN QUERY
    SELECT u.id, json_build_object('zjhm', u.xz)::jsonb
      FROM (SELECT t.id, t.v, t.zl,
                   CASE WHEN t.s17 IS NOT NULL AND coalesce(std.is_valid_sfzh(t.h), false) THEN
                            t.s17 || substr('10X98765432',
                                  (  7 * substr(t.s17,  1, 1)::int +  9 * substr(t.s17,  2, 1)::int
                                  + 10 * substr(t.s17,  3, 1)::int +  5 * substr(t.s17,  4, 1)::int
                                  +  8 * substr(t.s17,  5, 1)::int +  4 * substr(t.s17,  6, 1)::int
                                  +  2 * substr(t.s17,  7, 1)::int +  1 * substr(t.s17,  8, 1)::int
                                  +  6 * substr(t.s17,  9, 1)::int +  3 * substr(t.s17, 10, 1)::int
                                  +  7 * substr(t.s17, 11, 1)::int +  9 * substr(t.s17, 12, 1)::int
                                  + 10 * substr(t.s17, 13, 1)::int +  5 * substr(t.s17, 14, 1)::int
                                  +  8 * substr(t.s17, 15, 1)::int +  4 * substr(t.s17, 16, 1)::int
                                  +  2 * substr(t.s17, 17, 1)::int) % 11 + 1, 1)
                        WHEN t.zl IN ('1', '8') THEN upper(t.h)
                        ELSE t.h
                   END AS xz
              FROM (SELECT s.id, s.v, s.zl, s.h,
                           CASE WHEN s.zl = '1' AND s.h COLLATE "C" ~ '^[0-9]{15}$'
                                THEN substr(s.h, 1, 6) || '19' || substr(s.h, 7) END AS s17
                      FROM (SELECT d.id, d.sjnr ->> 'zjhm' AS v, btrim(d.sjnr ->> 'zjzl') AS zl,
                                   btrim(translate(d.sjnr ->> 'zjhm',
                                                   '０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ'
                                                   || 'ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ　',
                                                   '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz '),
                                         E' \t\r\n') AS h
                              FROM stg.djsj d
                             WHERE d.id = ANY (p_ids) AND d.czlx <> 'D' AND d.lybm = 'qlr'
                               AND jsonb_typeof(d.sjnr -> 'zjhm') = 'string') s
                    OFFSET 0) t
            OFFSET 0) u
     WHERE u.xz <> '' AND u.xz <> u.v
       AND CASE u.zl WHEN '1' THEN coalesce(std.is_valid_sfzh(u.xz), false)
                     WHEN '8' THEN coalesce(std.is_valid_uscc(u.xz), false)
                     ELSE true END;
END
$$;

COMMENT ON FUNCTION xz.zjhm_gs(bigint[], jsonb) IS
    '修正过程 证件号码规范化：权利人证件号码去首尾空白、全角转半角，身份证末位 x 改 X、15 位旧号码升 18 位（补 19 与校验码）；整理后仍无效的不改；只读';
