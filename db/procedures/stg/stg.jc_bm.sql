-- stg.jc_bm(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 编码格式检查：规则参数 zd 所指字段有值（非空白）而不符合参数 bm 所指编码规则的批次行不通过。
-- 规则: seed §5.2.1.6（数据效检）；编码规则见 std.is_valid_*：bdcdyh 不动产单元号 GB/T 37346（std.is_valid_bdcdyh），
--       fwbm 房屋编码 JGJ/T 246（std.is_valid_fwbm），sfzh 公民身份号码 GB 11643（std.is_valid_sfzh），
--       uscc 统一社会信用代码 GB 32100（std.is_valid_uscc），sha256 为 64 位小写十六进制（FIPS 180-4）。
--       空值不在此检查（必填由 stg.jc_bt 管）。检查原值，不做清洗（首尾空格、全角、小写字母都不通过）。
--       一条集合语句，std 函数为单表达式 SQL 函数，规划器内联。规则如 SYQ02、SYQ03、DY03、YX02。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；p_gz -> 'cs' = {"zd": "字段", "bm": "bdcdyh|fwbm|sfzh|uscc|sha256"}，
--       范围条件见 stg.gz_sy
-- 返回: 不通过的批次行 ID，与说明（如「不动产单元号 bdcdyh=「X」不符合 GB/T 37346」）
-- 错误: 参数 bm 不是上述五种之一 → 22023（规则目录配置错误，不是数据错误）
-- 调用: stg.check_and_load（stg.validate_batch 的校验步骤，按规则目录动态调用）
-- 读写表: 读 stg.jypc

CREATE OR REPLACE FUNCTION stg.jc_bm(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_zd  text := p_gz -> 'cs' ->> 'zd';
    v_bm  text := p_gz -> 'cs' ->> 'bm';
    v_mc  text;
    v_gf  text;
BEGIN
    v_mc := coalesce('{"bdcdyh": "不动产单元号", "fwbm": "房屋编码", "zjhm": "证件号码", "sha256": "SHA-256",
                       "lzrzjhm": "领证人证件号码", "tyshxydm": "统一社会信用代码"}'::jsonb ->> v_zd || ' ', '');
    v_gf := CASE v_bm
                WHEN 'bdcdyh' THEN '不符合 GB/T 37346'
                WHEN 'fwbm' THEN '不符合 JGJ/T 246'
                WHEN 'sfzh' THEN '不是有效的公民身份号码（GB 11643）'
                WHEN 'uscc' THEN '不是有效的统一社会信用代码（GB 32100）'
                WHEN 'sha256' THEN '不是 64 位小写十六进制的 SHA-256 摘要'
            END;
    IF v_zd IS NULL OR v_gf IS NULL THEN
        RAISE EXCEPTION '规则 % 的参数须为 {"zd": 字段, "bm": bdcdyh|fwbm|sfzh|uscc|sha256}（收到 %）',
            p_gz ->> 'gzdm', p_gz -> 'cs' USING ERRCODE = '22023';
    END IF;

    RETURN QUERY
    SELECT p.id, v_mc || v_zd || '=「' || (p.sjnr ->> v_zd) || '」' || v_gf
      FROM stg.jypc p
     WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
       AND coalesce(btrim(p.sjnr ->> v_zd), '') <> ''
       AND NOT coalesce(CASE v_bm
                            WHEN 'bdcdyh' THEN std.is_valid_bdcdyh(p.sjnr ->> v_zd)
                            WHEN 'fwbm' THEN std.is_valid_fwbm(p.sjnr ->> v_zd)
                            WHEN 'sfzh' THEN std.is_valid_sfzh(p.sjnr ->> v_zd)
                            WHEN 'uscc' THEN std.is_valid_uscc(p.sjnr ->> v_zd)
                            ELSE (p.sjnr ->> v_zd) COLLATE "C" ~ '^[0-9a-f]{64}$'
                        END, false);
END
$$;

COMMENT ON FUNCTION stg.jc_bm(jsonb) IS
    '编码格式检查：参数 zd 所指字段有值而不符合参数 bm 所指编码（不动产单元号、房屋编码、身份证号、统一社会信用代码、SHA-256）的批次行不通过';
