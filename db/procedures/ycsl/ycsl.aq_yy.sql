-- ycsl.aq_yy(text, text) → text[]
-- 做什么: 把交易安全拒绝（SQLSTATE JYAQ1）的 DETAIL 换成中文原因数组，供一窗受理的驳回、审核未通过使用。
-- 规则: docs/guards.md「The refusal」：DETAIL 是 JSON 数组 [{"gzbm": 规则编码, "xx": 中文说明}, …]，列出全部未放行的
--       违规；原因取各项的 xx，按数组顺序（即规则编码顺序）。DETAIL 不是这个形状时（不应发生）退回用 MESSAGE 一条。
-- 参数: p_detail 异常的 DETAIL（PG_EXCEPTION_DETAIL）；p_msg 异常的 MESSAGE（MESSAGE_TEXT）
-- 返回: 原因数组（至少一条）
-- 错误: 无
-- 调用: ycsl.sj_jyba、ycsl.sj_dyba、ycsl.qmy_js（捕获 JYAQ1 时）
-- 读写表: 无

CREATE OR REPLACE FUNCTION ycsl.aq_yy(p_detail text, p_msg text)
RETURNS text[]
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_j     jsonb;
    v_yy    text[] := '{}';
    v_i     integer;
BEGIN
    BEGIN
        v_j := p_detail::jsonb;
    EXCEPTION
        WHEN others THEN
            v_j := NULL;
    END;
    IF v_j IS NOT NULL AND jsonb_typeof(v_j) = 'array' THEN
        FOR v_i IN 0 .. jsonb_array_length(v_j) - 1 LOOP
            IF coalesce(v_j -> v_i ->> 'xx', '') <> '' THEN
                v_yy := v_yy || (v_j -> v_i ->> 'xx');
            END IF;
        END LOOP;
    END IF;
    IF coalesce(array_length(v_yy, 1), 0) = 0 THEN
        v_yy := ARRAY[coalesce(p_msg, '交易安全校验未通过')];
    END IF;
    RETURN v_yy;
END
$$;

COMMENT ON FUNCTION ycsl.aq_yy(text, text) IS
    '交易安全拒绝（JYAQ1）的 DETAIL（JSON 数组）换成中文原因数组（各项的 xx）';
