-- jh.reconcile_items_sql(text, text, text) → text
-- 做什么: 生成每日补推（对账，seed §5.2.1.4）一条流一侧（源或目标）的「比对项」查询：每个比对项一行
--         (bm 表, zj 行主键文本, ywh 业务号, hz 哈希)。jh.reconcile_buckets 按桶汇总它，jh.reconcile_keys
--         取指定桶的逐项哈希；两侧各在自己的库中执行（不跨库），由 connector/reconcile.py 比较。
-- 规则: docs/reconcile.md。查询参数：$1 起始时间（timestamptz，NULL 为全部），$2 主键表（jsonb 数组 [{bm, zjl}]，jh.reconcile_key_map 的结果，仅 S1 源侧用）。
--       S2（share_jy）、S3（share_dj）两侧：该模式每张有主键的表每行一项，zj 为主键文本（同 jh.row_key），
--         hz = md5(整行文本 t::text)，不排除任何列；起始时间按 gxsj 过滤。
--       S4 源侧（jy_front.share_dj）：每行一项，hz = md5(zj # gxsj 的 UTC 文本)，即比对存在与版本（gxsj）；
--       S4 目标侧（jy.stg.djsj）：czlx 不是 D 的暂存行，bm = 'share_dj.' || lybm，zj = lyzj，
--         hz 同上，gxsj 取自行映像 sjnr。
--       S1（按业务号）：每个业务一项（bm = 'share_jy.gxzb'，zj = ywh）。源侧（jy.outbox.fjx）：起始时间后
--         推送过共享主表的业务，mxsl 取其最后一次推送的共享主表；每个明细行（mbb + 主键，主键列取 $2）的
--         「所属业务」是该行最后一条发件箱行的 ywh（D 行视为不存在）。目标侧（jy_front.share_jy）：gxzb 行及
--         ywh 等于该业务、gxsj 在起始时间后的明细行。hz = md5(ywh # mxsl # 明细行数 # 明细键哈希之和)，
--         与顺序、排序规则无关。
--       只由系统目录中的表名、列名用 format(%I/%L) 生成，值只经参数传入。
-- 参数: p_stream 流（S1–S4）；p_side 'source' 或 'target'；p_bm 只取这张表（模式.表；NULL 为全部）
-- 返回: SQL 查询文本（列 bm、zj、ywh、hz，均为 text）
-- 错误: 22023 流或侧无效
-- 调用: jh.reconcile_buckets、jh.reconcile_keys
-- 读写表: 读 pg_catalog.pg_class、pg_namespace、pg_attribute（及 jh.key_columns）；生成的查询读 share_jy.*、
--         share_dj.*、stg.djsj 或 outbox.fjx

CREATE OR REPLACE FUNCTION jh.reconcile_items_sql(p_stream text, p_side text, p_bm text)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_schema  text;
    v_t       record;
    v_key     text;
    v_since   text;
    v_ywh     text;
    v_part    text;
    v_sql     text;
    v_gxsj    text := 'coalesce(to_char((%s) AT TIME ZONE ''UTC'', ''YYYY-MM-DD HH24:MI:SS.US''), '''')';
    v_int60   text := '(''x'' || substr(md5(%s), 1, 15))::bit(60)::bigint';
BEGIN
    IF p_stream NOT IN ('S1', 'S2', 'S3', 'S4') OR p_side NOT IN ('source', 'target') THEN
        RAISE EXCEPTION '补推对账：无效的流或侧（%，%）', p_stream, p_side USING ERRCODE = '22023';
    END IF;

    -- S4 目标：jy 的暂存表 stg.djsj（一张表含全部来源表）
    IF p_stream = 'S4' AND p_side = 'target' THEN
        RETURN 'SELECT ''share_dj.'' || d.lybm::text AS bm, d.lyzj AS zj, d.ywh AS ywh, '
            || 'md5(d.lyzj || ''#'' || '
            || format(v_gxsj, '(d.sjnr ->> ''gxsj'')::timestamptz') || ') AS hz '
            || 'FROM stg.djsj d WHERE d.czlx <> ''D'' '
            || 'AND ($1::timestamptz IS NULL OR (d.sjnr ->> ''gxsj'')::timestamptz >= $1)'
            || CASE WHEN p_bm IS NULL THEN '' ELSE format(' AND d.lybm = %L', split_part(p_bm, '.', 2)) END;
    END IF;

    -- S1 源：jy 的发件箱，按业务号
    IF p_stream = 'S1' AND p_side = 'source' THEN
        RETURN 'WITH k AS (SELECT e ->> ''bm'' AS mbb, ARRAY(SELECT jsonb_array_elements_text(e -> ''zjl'')) AS zjl '
            || 'FROM jsonb_array_elements($2) e), '
            || 'f AS (SELECT f.id, f.ywh, f.czlx, f.sjnr, CASE WHEN strpos(f.mbb, ''.'') > 0 THEN f.mbb::text '
            || 'ELSE ''share_jy.'' || f.mbb END AS mbb FROM outbox.fjx f '
            || 'WHERE f.ywh IS NOT NULL AND ($1::timestamptz IS NULL OR f.cjsj >= $1)), '
            || 'g AS (SELECT DISTINCT ON (f.ywh) f.ywh, f.sjnr ->> ''mxsl'' AS mxsl FROM f '
            || 'WHERE f.mbb = ''share_jy.gxzb'' ORDER BY f.ywh, f.id DESC), '
            || 'o AS (SELECT DISTINCT ON (x.mbb, x.zj) x.mbb, x.zj, x.ywh, x.czlx FROM '
            || '(SELECT f.id, f.mbb, f.ywh, f.czlx, jh.row_key(f.sjnr, k.zjl) AS zj FROM f '
            || 'JOIN k ON k.mbb = f.mbb WHERE f.mbb <> ''share_jy.gxzb'') x '
            || 'WHERE x.zj IS NOT NULL ORDER BY x.mbb, x.zj, x.id DESC), '
            || 'd AS (SELECT o.ywh, count(*) AS n, sum(' || format(v_int60, 'o.mbb || '':'' || o.zj') || ') AS s '
            || 'FROM o WHERE o.czlx <> ''D'' GROUP BY o.ywh) '
            || 'SELECT ''share_jy.gxzb''::text AS bm, g.ywh AS zj, g.ywh AS ywh, '
            || 'md5(g.ywh || ''#'' || coalesce(g.mxsl, ''-'') || ''#'' || coalesce(d.n, 0)::text || ''#'' '
            || '|| coalesce(d.s, 0)::text) AS hz FROM g LEFT JOIN d ON d.ywh = g.ywh';
    END IF;

    v_schema := CASE WHEN p_stream IN ('S1', 'S2') THEN 'share_jy' ELSE 'share_dj' END;
    FOR v_t IN
        SELECT c.relname::text AS tab,
               jh.key_columns(v_schema || '.' || c.relname::text) AS zjl,
               EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                        WHERE a.attrelid = c.oid AND a.attname = 'gxsj' AND a.attnum > 0
                          AND NOT a.attisdropped) AS has_gxsj,
               EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                        WHERE a.attrelid = c.oid AND a.attname = 'ywh' AND a.attnum > 0
                          AND NOT a.attisdropped) AS has_ywh
          FROM pg_catalog.pg_class c
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = v_schema
           AND c.relkind IN ('r', 'p')
           AND (p_bm IS NULL OR v_schema || '.' || c.relname::text = p_bm OR p_stream = 'S1')
           AND NOT (p_stream = 'S1' AND c.relname = 'gxzb')
         ORDER BY c.relname
    LOOP
        CONTINUE WHEN v_t.zjl IS NULL OR array_length(v_t.zjl, 1) IS NULL;
        v_key := jh.reconcile_key_expr('t', v_t.zjl);
        v_since := CASE WHEN v_t.has_gxsj THEN ' WHERE ($1::timestamptz IS NULL OR t.gxsj >= $1)' ELSE '' END;
        v_ywh := CASE WHEN v_t.has_ywh THEN 't.ywh::text' ELSE 'NULL::text' END;
        IF p_stream = 'S1' THEN  -- 目标侧的明细行：(表, 主键, 业务号)
            v_part := format('SELECT %L::text AS mbb, %s AS zj, %s AS ywh FROM %I.%I t%s',
                             v_schema || '.' || v_t.tab, v_key, v_ywh, v_schema, v_t.tab, v_since);
        ELSIF p_stream = 'S4' THEN  -- 源侧：存在与版本（gxsj）
            v_part := format('SELECT %L::text AS bm, %s AS zj, %s AS ywh, md5(%s || ''#'' || %s) AS hz FROM %I.%I t%s',
                             v_schema || '.' || v_t.tab, v_key, v_ywh, v_key,
                             CASE WHEN v_t.has_gxsj THEN format(v_gxsj, 't.gxsj') ELSE '''''' END,
                             v_schema, v_t.tab, v_since);
        ELSE  -- S2、S3：整行文本
            v_part := format('SELECT %L::text AS bm, %s AS zj, %s AS ywh, md5(t::text) AS hz FROM %I.%I t%s',
                             v_schema || '.' || v_t.tab, v_key, v_ywh, v_schema, v_t.tab, v_since);
        END IF;
        v_sql := CASE WHEN v_sql IS NULL THEN v_part ELSE v_sql || ' UNION ALL ' || v_part END;
    END LOOP;

    IF p_stream = 'S1' THEN  -- 目标侧：共享主表 + 按业务号归集的明细行
        RETURN 'SELECT ''share_jy.gxzb''::text AS bm, g.ywh AS zj, g.ywh AS ywh, '
            || 'md5(g.ywh || ''#'' || coalesce(g.mxsl::text, ''-'') || ''#'' || coalesce(d.n, 0)::text || ''#'' '
            || '|| coalesce(d.s, 0)::text) AS hz FROM share_jy.gxzb g LEFT JOIN '
            || '(SELECT x.ywh, count(*) AS n, sum(' || format(v_int60, 'x.mbb || '':'' || x.zj') || ') AS s FROM ('
            || coalesce(v_sql, 'SELECT NULL::text AS mbb, NULL::text AS zj, NULL::text AS ywh WHERE false')
            || ') x GROUP BY x.ywh) d ON d.ywh = g.ywh '
            || 'WHERE ($1::timestamptz IS NULL OR g.gxsj >= $1)';
    END IF;
    RETURN coalesce(v_sql,
                    'SELECT NULL::text AS bm, NULL::text AS zj, NULL::text AS ywh, NULL::text AS hz WHERE false');
END
$$;

COMMENT ON FUNCTION jh.reconcile_items_sql(text, text, text) IS
    '补推对账：生成一条流一侧的比对项查询（表、行主键文本、业务号、哈希；S1 按业务号），供分桶与逐项比对';
