-- stg.jc_zjhm(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 证件号码检查：证件种类为身份证（1）的权利人，证件号码须为有效的公民身份号码；为统一社会信用代码（8）的，
--         须为有效的统一社会信用代码；这两种证件而号码为空的也不通过。其他证件种类通过。
-- 规则: GB 11643-1999（std.is_valid_sfzh，兼容 15 位旧号码）、GB 32100-2015（std.is_valid_uscc）；规则 QLR02。
--       证件种类去首尾空白后比较；号码按原值校验，不做清洗。一条集合语句，std 函数内联。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；无检查参数，范围条件见 stg.gz_sy
-- 返回: 不通过的批次行 ID，与说明（如「证件号码 zjhm=「X」不是有效的公民身份号码（GB 11643，证件种类 zjzl=1 身份证）」）
-- 错误: 无
-- 调用: stg.check_and_load（stg.validate_batch 的校验步骤，按规则目录动态调用）
-- 读写表: 读 stg.jypc

CREATE OR REPLACE FUNCTION stg.jc_zjhm(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    RETURN QUERY
    SELECT t.id,
           CASE WHEN t.hm = '' THEN '证件号码 zjhm 为空（证件种类 zjzl=' || t.zl || ' ' || t.zlmc || '须填号码）'
                ELSE '证件号码 zjhm=「' || t.hm || '」不是有效的'
                     || CASE t.zl WHEN '1' THEN '公民身份号码（GB 11643' ELSE '统一社会信用代码（GB 32100' END
                     || '，证件种类 zjzl=' || t.zl || ' ' || t.zlmc || '）'
           END
      FROM (SELECT p.id, btrim(p.sjnr ->> 'zjzl') AS zl, coalesce(p.sjnr ->> 'zjhm', '') AS hm,
                   CASE btrim(p.sjnr ->> 'zjzl') WHEN '1' THEN '身份证' ELSE '统一社会信用代码' END AS zlmc
              FROM stg.jypc p
             WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
               AND btrim(p.sjnr ->> 'zjzl') IN ('1', '8')) t
     WHERE btrim(t.hm) = ''
        OR NOT coalesce(CASE t.zl WHEN '1' THEN std.is_valid_sfzh(t.hm) ELSE std.is_valid_uscc(t.hm) END, false);
END
$$;

COMMENT ON FUNCTION stg.jc_zjhm(jsonb) IS
    '证件号码检查：证件种类 1 的号码须为有效公民身份号码（GB 11643），种类 8 的须为有效统一社会信用代码（GB 32100），两者号码为空也不通过';
