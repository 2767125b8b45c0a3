-- gl.norm_row(text, text, text, text, text, text) → text[]
-- 做什么: 由一个房屋（单元）的项目名称、坐落、幢号、单元号、所在层、房号原值得出规范化比对键：结构化列有值时优先，
--         缺的从坐落全文解析（gl.parse_zl）补上。
-- 规则: seed §5.2.4.1（权利人、坐落、面积、所在层、项目名称）；docs/linking.md「规范化」。
--   幢号、单元号、层、房号取原值中的数字（中文数字先经 gl.norm_text 转换：「三」「3栋」「三幢」都是 3），去前导零；
--   只有纯数字的原值不经 gl.norm_text（大批量时的速度）；项目名称原值为空时取坐落中解析出的项目名称；
--   项目规范键 = 去「小区」；词干 = 再去期数前的通名（花园 家园 苑 城 府 公寓 大厦 广场 山庄 新村 雅居 佳园）；
--   层为空而房号有三位以上时取房号去掉末两位。
-- 参数: p_xmmc 项目名称、p_zl 坐落、p_zh 幢号、p_dy 单元号、p_szc 所在层、p_fh 房号（都可空）
-- 返回: text[9]：[1] 项目规范键 [2] 项目词干 [3] 路名门牌 [4] 幢号 [5] 单元号 [6] 层 [7] 房号 [8] 规范坐落 [9] 区县
-- 错误: 无
-- 调用: gl.import_rows、gl.refresh_features
-- 读写表: 无

CREATE OR REPLACE FUNCTION gl.norm_row(p_xmmc text, p_zl text, p_zh text, p_dy text, p_szc text, p_fh text)
RETURNS text[]
LANGUAGE plpgsql
IMMUTABLE
AS $$
DECLARE
    a    text[];
    v_xm text;
    v_jc text;
    v_zh text;
    v_dy text;
    v_c  text;
    v_fh text;
BEGIN
    a := coalesce(gl.parse_zl(gl.norm_text(p_zl)), ARRAY[NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL]::text[]);
    v_xm := coalesce(gl.norm_text(p_xmmc), a[2]);
    IF v_xm IS NOT NULL THEN
        v_xm := nullif(replace(v_xm, '小区', ''), '');
        v_jc := nullif(regexp_replace(v_xm, '(花园|家园|苑|城|府|公寓|大厦|广场|山庄|新村|雅居|佳园)+([0-9]+期)?$', '\2'), '');
    END IF;
    v_zh := CASE WHEN p_zh ~ '^[0-9]+$' THEN p_zh
                 WHEN btrim(p_zh) <> '' THEN substring(gl.norm_text(p_zh || '栋') from '[0-9]+') END;
    v_dy := CASE WHEN p_dy ~ '^[0-9]+$' THEN p_dy
                 WHEN btrim(p_dy) <> '' THEN substring(gl.norm_text(p_dy || '单元') from '[0-9]+') END;
    v_c := CASE WHEN p_szc ~ '^[0-9]+$' THEN p_szc
                WHEN btrim(p_szc) <> '' THEN substring(gl.norm_text(p_szc || '层') from '[0-9]+') END;
    v_fh := CASE WHEN p_fh ~ '^[0-9]+$' THEN p_fh
                 WHEN btrim(p_fh) <> '' THEN substring(gl.norm_text(p_fh) from '[0-9]+$') END;
    v_zh := nullif(ltrim(coalesce(v_zh, a[3]), '0'), '');
    v_dy := nullif(ltrim(coalesce(v_dy, a[4]), '0'), '');
    v_fh := coalesce(v_fh, a[6]);
    v_c := nullif(ltrim(coalesce(v_c, a[5]), '0'), '');
    IF v_c IS NULL AND length(v_fh) >= 3 THEN
        v_c := nullif(ltrim(left(v_fh, length(v_fh) - 2), '0'), '');
    END IF;
    IF length(v_c) > 3 THEN v_c := NULL; END IF;
    IF length(v_zh) > 6 THEN v_zh := NULL; END IF;
    IF length(v_fh) > 10 THEN v_fh := right(v_fh, 10); END IF;
    RETURN ARRAY[v_xm, v_jc, a[1], v_zh, v_dy, v_c, v_fh, a[7], a[8]];
END
$$;

COMMENT ON FUNCTION gl.norm_row(text, text, text, text, text, text) IS
    '比对键：[项目规范键, 项目词干, 路名门牌, 幢号, 单元号, 层, 房号, 规范坐落, 区县]；结构化列优先，缺的由坐落解析补上';
