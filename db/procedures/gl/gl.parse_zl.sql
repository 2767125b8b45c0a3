-- gl.parse_zl(text) → text[]
-- 做什么: 从规范化后的坐落（gl.norm_text 的结果）解析出路名门牌、项目名称、幢号、单元号、层与房号。
-- 规则: seed §5.2.4.1、§5.2.4.2（按房屋坐落、楼层查找）；docs/linking.md「坐落解析」。
--   1. 去掉可有可无的行政区前缀：四川省、达州市、达州的区县（GB/T 2260：通川区、达川区、宣汉县、开江县、大竹县、
--      渠县、万源市）与其后的街道、镇、乡名；
--   2. 路名门牌：开头的「某路/街/大道/巷 + 数字 + 号」→ 路名门牌（如 朝阳西路628）；
--   3. 其余按「项目 幢栋 [单元] [层] 房号」或连字符写法「项目 幢-单元-房号」「项目 幢-房号」解析；
--      解析不出幢与房号时，项目名称取剩余全文；
--   4. 没写层时由房号推出（去掉末两位：1203 → 12）。
--   返回数组而不是行集（标量函数在大批量 UPDATE/SELECT 中开销小得多）；前缀逐段比较、按标记字的位置（strpos）
--   切分，不用带捕获组的正则（后者每行要多花数微秒）。
-- 参数: p 规范化坐落（可空）
-- 返回: text[8]：[1] 路名门牌 [2] 项目名称 [3] 幢号 [4] 单元号 [5] 层 [6] 房号 [7] 去前缀后的全文 [8] 区县名；
--       解析不出的为 NULL；
--       输入为空时返回 NULL
-- 错误: 无
-- 调用: gl.norm_features
-- 读写表: 无

CREATE OR REPLACE FUNCTION gl.parse_zl(p text)
RETURNS text[]
LANGUAGE plpgsql
IMMUTABLE
AS $$
DECLARE
    t    text;
    v_dl text;
    v_xm text;
    v_zh text;
    v_dy text;
    v_c  text;
    v_fh text;
    v_dz text;
    v_qx text;
    v_pre text;
    v_door text;
    v_rest text;
    v_parts text[];
    k integer;
BEGIN
    IF p IS NULL THEN
        RETURN NULL;
    END IF;
    t := p;
    -- 行政区前缀：逐段比较开头几个字（不用正则，这是每行都走的路径）
    IF left(t, 3) = '四川省' THEN t := substr(t, 4); END IF;
    IF left(t, 3) = '达州市' THEN t := substr(t, 4); END IF;
    IF left(t, 3) IN ('通川区', '达川区', '宣汉县', '开江县', '大竹县', '万源市') THEN
        v_qx := left(t, 3);
        t := substr(t, 4);
    ELSIF left(t, 2) = '渠县' THEN
        v_qx := '渠县';
        t := substr(t, 3);
    END IF;
    -- 街道、镇、乡名（2–6 个字，其中没有数字）
    k := strpos(t, '街道');
    IF k BETWEEN 3 AND 7 AND left(t, k - 1) !~ '[0-9]' THEN
        t := substr(t, k + 2);
    ELSE
        k := strpos(left(t, 7), '镇');
        IF k = 0 THEN k := strpos(left(t, 7), '乡'); END IF;
        IF k BETWEEN 3 AND 7 AND left(t, k - 1) !~ '[0-9]' AND length(t) > k THEN
            t := substr(t, k + 1);
        END IF;
    END IF;
    v_dz := t;
    -- 路名门牌：第一个「号」之前是「路名 + 数字」
    k := strpos(t, '号');
    IF k > 2 THEN
        v_pre := left(t, k - 1);
        v_door := substring(v_pre from '[0-9]+$');
        v_pre := left(v_pre, k - 1 - coalesce(length(v_door), 0));
        IF v_door IS NOT NULL AND length(v_pre) BETWEEN 2 AND 12 AND v_pre !~ '[0-9]'
           AND (right(v_pre, 1) IN ('路', '街', '巷') OR right(v_pre, 2) = '大道') THEN
            v_dl := v_pre || v_door;
            t := substr(t, k + 1);
        END IF;
    END IF;
    -- 「项目 N栋 [N单元] [N层] 房号」：按标记字的位置切分（比带捕获组的正则快得多）
    k := strpos(t, '栋');
    IF k > 1 THEN
        v_pre := left(t, k - 1);
        v_zh := substring(v_pre from '[0-9]+$');
        v_xm := left(v_pre, k - 1 - coalesce(length(v_zh), 0));
        v_rest := ltrim(substr(t, k + 1), '-');
        k := strpos(v_rest, '单元');
        IF k > 1 THEN
            v_dy := left(v_rest, k - 1);
            v_rest := ltrim(substr(v_rest, k + 2), '-');
        END IF;
        k := strpos(v_rest, '层');
        IF k > 1 THEN
            v_c := left(v_rest, k - 1);
            v_rest := substr(v_rest, k + 1);
        END IF;
        v_fh := v_rest;
    ELSE
        -- 连字符写法「项目 幢-单元-房号」「项目 幢-房号」
        v_rest := substring(t from '[0-9]+(?:-[0-9]+){1,2}$');
        IF v_rest IS NOT NULL THEN
            v_xm := left(t, length(t) - length(v_rest));
            v_parts := string_to_array(v_rest, '-');
            v_zh := v_parts[1];
            IF array_length(v_parts, 1) = 3 THEN
                v_dy := v_parts[2];
                v_fh := v_parts[3];
            ELSE
                v_fh := v_parts[2];
            END IF;
        ELSE
            v_xm := t;
        END IF;
    END IF;
    IF v_zh !~ '^[0-9]{1,4}$' THEN v_zh := NULL; END IF;
    IF v_dy !~ '^[0-9]{1,3}$' THEN v_dy := NULL; END IF;
    IF v_c !~ '^-?[0-9]{1,3}$' THEN v_c := NULL; END IF;
    IF v_fh !~ '^[0-9]{1,8}$' THEN v_fh := NULL; END IF;
    IF v_c IS NULL AND length(v_fh) >= 3 THEN
        v_c := left(v_fh, length(v_fh) - 2);
    END IF;
    RETURN ARRAY[v_dl, nullif(v_xm, ''), ltrim(v_zh, '0'), ltrim(v_dy, '0'), ltrim(v_c, '0'), v_fh, v_dz, v_qx];
END
$$;

COMMENT ON FUNCTION gl.parse_zl(text) IS
    '坐落解析：去行政区前缀后解析出 [路名门牌, 项目名称, 幢号, 单元号, 层, 房号, 去前缀全文, 区县]（输入为 gl.norm_text 规范化的坐落）';
