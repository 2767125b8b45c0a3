-- jh.reconcile_repush(text, text, text[]) → integer
-- 做什么: 每日补推（对账，seed §5.2.1.4）的补推：在一条流的源库重新发出缺失或不一致的行的变更，
--         由运行中的流按幂等应用写入目标（新变更的来源位置更大，所以会被应用）。
-- 规则: docs/reconcile.md。
--       S2、S3、S4：对这些行做一次不改值的 UPDATE（SET gxsj = gxsj，集合语句按行主键连接：不含 \ 的键文本
--         按 | 切开并转换为主键列类型后经主键索引连接，含 \ 的少数键按行主键文本表达式连接），
--         逻辑复制为每行发出一条新的 UPDATE 变更（REPLICA IDENTITY FULL，整行映像）；
--         表须在该流的源模式中（S2 share_jy，S3、S4 share_dj），主键列读系统目录。
--       S1：p_zj 是交易业务号，逐个调用 outbox.push_business 重推（同一事务写发件箱）；
--         某个业务重推失败（已不存在、状态不是办结或撤件）时跳过它，发出 WARNING，继续其余业务。
--       另一种补推是 Debezium 增量快照（信号表 jh.xh），见 docs/reconcile.md；这里用重新发出变更。
-- 参数: p_stream 流；p_bm 表（模式.表；S1 忽略）；p_zj 行主键文本数组（格式同 jh.row_key；S1 为业务号）
-- 返回: 重新发出的行数（S1 为重推成功的业务数）
-- 错误: 22023 流无效，或表不在该流的源模式中、不存在、没有主键
-- 调用: connector/reconcile.py（分块，每块一个事务）
-- 读写表: 写（不改值）share_jy.* 或 share_dj.*；S1 读写 outbox.push_business 所读写的表

CREATE OR REPLACE FUNCTION jh.reconcile_repush(p_stream text, p_bm text, p_zj text[])
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n      integer := 0;
    v_ywh    text;
    v_schema text;
    v_zjl    text[];
    v_tab    text;
    v_join   text;
    v_m      integer := 0;
BEGIN
    IF p_stream = 'S1' THEN
        FOR v_ywh IN SELECT DISTINCT u FROM unnest(p_zj) AS u WHERE u IS NOT NULL ORDER BY 1 LOOP
            BEGIN
                PERFORM outbox.push_business(v_ywh);
                v_n := v_n + 1;
            EXCEPTION WHEN OTHERS THEN
                RAISE WARNING '补推业务 % 失败：%', v_ywh, SQLERRM;
            END;
        END LOOP;
        RETURN v_n;
    END IF;
    v_schema := CASE p_stream WHEN 'S2' THEN 'share_jy' WHEN 'S3' THEN 'share_dj' WHEN 'S4' THEN 'share_dj' END;
    IF v_schema IS NULL THEN
        RAISE EXCEPTION '补推：未知的流 %', p_stream USING ERRCODE = '22023';
    END IF;
    IF split_part(p_bm, '.', 1) <> v_schema THEN
        RAISE EXCEPTION '补推：流 % 的源表在模式 % 中，不能补推 %', p_stream, v_schema, p_bm
            USING ERRCODE = '22023';
    END IF;
    v_tab := substr(p_bm, length(v_schema) + 2);
    v_zjl := jh.key_columns(p_bm);
    IF v_zjl IS NULL OR array_length(v_zjl, 1) IS NULL THEN
        RAISE EXCEPTION '补推：表 % 不存在或没有主键', p_bm USING ERRCODE = '22023';
    END IF;
    -- 不含 \ 的行主键文本按 | 切开、转换为主键列的类型后连接，走主键索引；含 \（值中有 \ 或 |）的少数键
    -- 按行主键表达式连接（要扫表）。
    SELECT string_agg(format('t.%I = split_part(k.zj, ''|'', %s)::%s', a.attname, i.n,
                             format_type(a.atttypid, a.atttypmod)), ' AND ' ORDER BY i.n)
      INTO v_join
      FROM generate_series(1, array_length(v_zjl, 1)) AS i(n)
      JOIN pg_catalog.pg_attribute a
        ON a.attrelid = (quote_ident(v_schema) || '.' || quote_ident(v_tab))::regclass
       AND a.attname = v_zjl[i.n];
    EXECUTE format('UPDATE %I.%I AS t SET gxsj = t.gxsj '
                   || 'FROM (SELECT DISTINCT u AS zj FROM unnest($1) AS u WHERE strpos(u, %L) = 0) AS k WHERE %s',
                   v_schema, v_tab, '\', v_join)
        USING p_zj;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    EXECUTE format('UPDATE %I.%I AS t SET gxsj = t.gxsj '
                   || 'FROM (SELECT DISTINCT u AS zj FROM unnest($1) AS u WHERE strpos(u, %L) > 0) AS k '
                   || 'WHERE %s = k.zj',
                   v_schema, v_tab, '\', jh.reconcile_key_expr('t', v_zjl))
        USING p_zj;
    GET DIAGNOSTICS v_m = ROW_COUNT;
    v_n := v_n + v_m;
    RETURN v_n;
END
$$;

COMMENT ON FUNCTION jh.reconcile_repush(text, text, text[]) IS
    '补推：在源库重新发出指定行的变更（S2–S4 不改值的 UPDATE；S1 按业务号 outbox.push_business 重推），返回行数或业务数';
