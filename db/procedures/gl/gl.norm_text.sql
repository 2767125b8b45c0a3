-- gl.norm_text(text) → text
-- 做什么: 把坐落、项目名称等文本规范成可比对的形式，两端用同一规则，得到相同的写法。
-- 规则: seed §5.2.4.1（按房屋坐落、项目名称批量挂接）；docs/linking.md「规范化」。依次：
--   1. 全角数字、字母、符号转半角；去掉空白与标点（逗号、句号、顿号、间隔号、冒号、引号）；
--   2. 期数：（一期）/ 一期 / 1期 / I期 / Ⅰ期 → 1期（罗马数字 Ⅰ–Ⅴ、I–V）；
--   3. 紧接 栋 幢 座 单元 层 楼 号 室 期 的中文数字转阿拉伯数字（十二层 → 12层，二十三号 → 23号，两单元 → 2单元）；
--   4. 幢、座、#、号楼、栋号 统一为「栋」；「第」去掉；数字后的「楼」接数字时为层（12楼1203 → 12层1203）；
--      末尾房号后的 室、号、号房、房 去掉。
--   每一步先做廉价判断（正则匹配、strpos），只在需要时做替换，保证大批量时的速度（约 10 µs/行）。
-- 参数: p 原文（可空）
-- 返回: 规范文本；原文为空或只剩空白时返回 NULL
-- 错误: 无
-- 调用: gl.parse_zl、gl.norm_estate、gl.import_rows、gl.refresh_features
-- 读写表: 无

CREATE OR REPLACE FUNCTION gl.norm_text(p text)
RETURNS text
LANGUAGE plpgsql
IMMUTABLE
AS $$
DECLARE
    t text;
    m text[];
    v_n text;
BEGIN
    IF p IS NULL THEN
        RETURN NULL;
    END IF;
    t := p;
    -- 1. 只有含全角字符、空白或标点时才做长 translate（它按字符逐个比对，是这里最贵的一步）
    IF t !~ '^[0-9A-Za-z一-龥()#-]*$' THEN
        t := translate(t, '０１２３４５６７８９＃－—（）ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚⅠⅡⅢⅣⅤ 　	,，.。、·:：;；"“”''‘’',
                          '0123456789#--()ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz12345');
    END IF;
    IF t = '' THEN
        RETURN NULL;
    END IF;
    t := upper(t);
    -- 2. 期数
    IF strpos(t, '期') > 0 THEN
        t := regexp_replace(t, '\(([^()]{1,4}期)\)', '\1', 'g');
        IF t ~ '[IV]期' THEN
            t := regexp_replace(t, '(^|[^IV])IV期', '\14期', 'g');
            t := regexp_replace(t, '(^|[^IV])III期', '\13期', 'g');
            t := regexp_replace(t, '(^|[^IV])II期', '\12期', 'g');
            t := regexp_replace(t, '(^|[^IV])I期', '\11期', 'g');
            t := regexp_replace(t, '(^|[^IV])V期', '\15期', 'g');
        END IF;
    END IF;
    -- 3. 标记前的中文数字
    IF t ~ '[零〇一二两三四五六七八九十]+(栋|幢|座|单元|层|楼|号|室|期)' THEN
        FOR m IN SELECT regexp_matches(t, '([零〇一二两三四五六七八九十]+)(栋|幢|座|单元|层|楼|号|室|期)', 'g') LOOP
            v_n := translate(m[1], '零〇一二两三四五六七八九', '001223456789');
            v_n := CASE
                       WHEN v_n ~ '^[0-9]+$' THEN v_n
                       WHEN v_n = '十' THEN '10'
                       WHEN v_n ~ '^十[0-9]$' THEN '1' || substr(v_n, 2)
                       WHEN v_n ~ '^[0-9]十$' THEN substr(v_n, 1, 1) || '0'
                       WHEN v_n ~ '^[0-9]十[0-9]$' THEN substr(v_n, 1, 1) || substr(v_n, 3)
                       ELSE m[1]
                   END;
            t := replace(t, m[1] || m[2], v_n || m[2]);
        END LOOP;
    END IF;
    -- 4. 标记统一（先用 strpos 判断，避免对每行都跑正则）
    IF strpos(t, '第') > 0 THEN
        t := regexp_replace(t, '第([0-9]+)', '\1', 'g');
    END IF;
    IF strpos(t, '幢') > 0 OR strpos(t, '座') > 0 OR strpos(t, '#') > 0 OR strpos(t, '号楼') > 0
       OR strpos(t, '栋号') > 0 THEN
        t := regexp_replace(t, '([0-9]+)(号楼|栋号|幢|座|#)', '\1栋', 'g');
    END IF;
    IF strpos(t, '楼') > 0 THEN
        t := regexp_replace(t, '([0-9]+)楼([0-9])', '\1层\2', 'g');
    END IF;
    IF right(t, 1) IN ('室', '号', '房') THEN
        t := regexp_replace(t, '([0-9]+)(号房|室|号|房)$', '\1');
    END IF;
    RETURN nullif(t, '');
END
$$;

COMMENT ON FUNCTION gl.norm_text(text) IS
    '文本规范化：全角转半角、去空白标点、期数统一、标记前中文数字转阿拉伯数字、幢座#号楼统一为栋、楼→层、去末尾室号';
