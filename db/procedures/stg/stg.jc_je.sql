-- stg.jc_je(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 金额与面积检查：规则参数 zd 所列字段有值（非空白）而不是数字，或不大于 0（参数 fz 为真时：小于 0）的
--         批次行不通过；参数 zsyx 为真时，所列字段全为空的行也不通过。一行的全部不通过字段合成一条说明。
-- 规则: seed §5.2.1.6（数据效检）、§5.2.1.7 第 2 项；TD/T 1066 的金额（元）与面积（m²）字段。
--       数字 = 去首尾空白后匹配 ^-?[0-9]+(\.[0-9]+)?$（Debezium 把 numeric 传成 "100.00" 这样的文本，整数列传成
--       JSON 数字），只有匹配时才转换为 numeric，任何输入都不报错。
--       按参数拼成一条动态查询，对批次一次扫描，每个字段一个 CASE；说明以「；」连接。
--       规则如 DYQ04（至少一项且为正）、SYQ09（为正）、DY04（非负）。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；p_gz -> 'cs' = {"zd": ["字段", …], "fz": 布尔（真 = 允许 0，默认须 > 0）,
--       "zsyx": 布尔（真 = 至少一个字段有值）}，范围条件见 stg.gz_sy
-- 返回: 不通过的批次行 ID（每行至多一条），与说明（如「被担保主债权数额 bdbzzqse=「-5」须大于 0」）
-- 错误: 参数 zd 不是非空数组 → 22023（规则目录配置错误，不是数据错误）
-- 调用: stg.check_and_load（stg.validate_batch 的校验步骤，按规则目录动态调用）
-- 读写表: 读 stg.jypc

CREATE OR REPLACE FUNCTION stg.jc_je(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_mc    jsonb := '{"bdbzzqse": "被担保主债权数额", "zgzqse": "最高债权数额", "fdcjyjg": "房地产交易价格",
                       "qdjg": "取得价格", "jzmj": "建筑面积", "tnjzmj": "套内建筑面积", "ftjzmj": "分摊建筑面积",
                       "zdmj": "宗地面积", "je": "金额", "dx": "文件大小", "sl": "数量"}';
    v_fz    boolean := coalesce((p_gz -> 'cs' ->> 'fz')::boolean, false);
    v_zsyx  boolean := coalesce((p_gz -> 'cs' ->> 'zsyx')::boolean, false);
    v_cs    text;
    v_kong  text;
    v_mcs   text;
BEGIN
    IF jsonb_typeof(p_gz -> 'cs' -> 'zd') IS DISTINCT FROM 'array' OR jsonb_array_length(p_gz -> 'cs' -> 'zd') = 0 THEN
        RAISE EXCEPTION '规则 % 的参数须为 {"zd": ["字段", …], "fz": 布尔, "zsyx": 布尔}（收到 %）',
              p_gz ->> 'gzdm', p_gz -> 'cs' USING ERRCODE = '22023';
    END IF;

    SELECT string_agg(format(
               'CASE WHEN btrim(p.sjnr ->> %1$L) = '''' THEN NULL'
               ' WHEN NOT (btrim(p.sjnr ->> %1$L) COLLATE "C" ~ ''^-?[0-9]+(\.[0-9]+)?$'') THEN %2$L || (p.sjnr ->> %1$L) || ''」不是数字'''
               ' WHEN btrim(p.sjnr ->> %1$L)::numeric %3$s 0 THEN %2$L || (p.sjnr ->> %1$L) || %4$L END',
               f.zd,
               coalesce(v_mc ->> f.zd || ' ', '') || f.zd || '=「',
               CASE WHEN v_fz THEN '<' ELSE '<=' END,
               CASE WHEN v_fz THEN '」不得为负' ELSE '」须大于 0' END), ', ' ORDER BY f.n),
           string_agg(format('coalesce(btrim(p.sjnr ->> %L), '''') = ''''', f.zd), ' AND ' ORDER BY f.n),
           string_agg(coalesce(v_mc ->> f.zd || ' ', '') || f.zd, '、' ORDER BY f.n)
      INTO v_cs, v_kong, v_mcs
      FROM jsonb_array_elements_text(p_gz -> 'cs' -> 'zd') WITH ORDINALITY AS f(zd, n);

    IF v_zsyx THEN
        v_cs := format('CASE WHEN %s THEN %L END, ', v_kong, v_mcs || ' 至少须填一项') || v_cs;
    END IF;

    RETURN QUERY EXECUTE
        'SELECT t.id, t.xx FROM (SELECT p.id, concat_ws(''；'', ' || v_cs || ') AS xx'
        '  FROM stg.jypc p WHERE stg.gz_sy($1, p.djzl, p.lybm, p.czlx, p.sjnr)) t'
        ' WHERE t.xx <> '''''
      USING p_gz;
END
$$;

COMMENT ON FUNCTION stg.jc_je(jsonb) IS
    '金额与面积检查：参数 zd 所列字段有值而不是数字或不大于 0（fz 为真时小于 0）的批次行不通过；zsyx 为真时所列字段全空也不通过';
