-- jh.apply_changes(text, jsonb) → jsonb
-- 做什么: 流 S1–S4 的唯一入口：Python 连接器对每个 Debezium 批次在目标库的一个事务中调用一次。把批次
--         规整为变更行（S1 拆开发件箱行），交给 jh.apply_rows 幂等地应用（S2/S3 先路由），
--         无法应用的行记入死信，批次其余行照常；同一事务中更新流状态 jh.lzt。
-- 规则: 契约见 docs/exchange.md「应用契约」。p_changes 是按来源顺序排列的 JSON 数组，每个元素
--         {"tbl": "share_jy.spfht", "op": "c"|"u"|"d"|"r", "lsn": 123, "ts_ms": 1764230000000,
--          "before": {…}|null, "after": {…}|null}
--       （Debezium 行映像：decimal.handling.mode=string，time.precision.mode=isostring，NULL 为 JSON null；
--       lsn = source.lsn，ts_ms = source.ts_ms 来源提交时间）。元素也可以是 Debezium 的原样事件信封
--       {"before", "after", "source": {"schema", "table", "lsn", "ts_ms", …}, "op", …}：缺 tbl、lsn 时取
--       source.schema || '.' || source.table、source.lsn；有 source 时 ts_ms 取 source.ts_ms（信封顶层的 ts_ms
--       是 Debezium 处理事件的时间，不是来源提交时间）。连接器因此不必先改写批次。
--       c、r → 新增（I），u → 修改（U），d → 删除（D，用 before 映像的主键）；目标表与来源表同名。
--       S1（来源 jy 的 outbox.fjx）：c、r 拆开为 after.mbb 表（无模式名时补 share_jy.）的一行：
--         行 = after.sjnr（JSON 对象，或 Debezium 把 jsonb 列给成的 JSON 文本），操作 = after.czlx；
--         发件箱只追加，其 u、d 忽略（计入 ignored）；其他来源表记死信 JH001。
--       S4（来源 jy_front 的 share_dj.*）：写入 jy 暂存 stg.djsj（jh.stage_rows）。
--       规整错误（未知 op、缺行映像、lsn 不是非负整数、S1 缺 mbb/czlx/sjnr）→ 死信 JH004。
--       规整是一条集合语句：jsonb_array_elements 加 row_number() 得批内位置；各层子查询 OFFSET 0，
--       使每个 JSON 取值只算一次（子查询被展开时，被多次引用的表达式会被重复计算）。
-- 参数: p_stream 流（S1–S4）；p_changes 变更数组（JSON array）
-- 返回: {"applied": n, "skipped_older": n, "filtered": n, "pending": n, "dead_letters": n,
--        "ignored": n, "decisions": n, "released": n, "lag_ms": n|null}
-- 错误: 未知的流或 p_changes 不是数组 → 22023（整批失败，连接器重放）；单行数据错误不抛出（记入死信）
-- 调用: Python 连接器（每个 Debezium 批次一次，一个事务）
-- 读写表: 见 jh.apply_rows；写 jh.lzt

CREATE OR REPLACE FUNCTION jh.apply_changes(p_stream text, p_changes jsonb)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_ignored integer;
    v_src_ts  timestamptz;
    v_lywz    bigint;
    v_res     jsonb;
    v_lag     integer;
BEGIN
    IF p_stream IS NULL OR p_stream NOT IN ('S1', 'S2', 'S3', 'S4') THEN
        RAISE EXCEPTION '未知的流 %（应为 S1–S4）', p_stream USING ERRCODE = '22023';
    END IF;
    IF jsonb_typeof(p_changes) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'p_changes 应为 JSON 数组，收到 %', coalesce(jsonb_typeof(p_changes), 'NULL')
            USING ERRCODE = '22023';
    END IF;

    -- 规整（一条语句；S1 拆开发件箱行）并应用
    v_res := jh.apply_rows(p_stream, ARRAY(
        SELECT ROW(z.xh, 'B', NULL, z.bm, z.czlx, NULL, z.ywh, z.sjnr, z.lywz, z.lysj,
                   CASE WHEN z.cw IS NOT NULL THEN z.cwdm END, z.cw)::jh.bgh
          FROM (SELECT y.xh, y.bm, y.czlx, y.sjnr, y.lywz, y.lysj, y.hl, y.ob,
                       coalesce(y.sjnr ->> 'ywh', y.a ->> 'ywh') AS ywh,
                       CASE WHEN y.tbl IS NULL THEN 'JH004' WHEN p_stream = 'S1' AND y.tbl <> 'outbox.fjx' THEN 'JH001'
                            ELSE 'JH004' END AS cwdm,
                       CASE WHEN y.hl THEN NULL
                            WHEN y.tbl IS NULL THEN '变更缺少 tbl（来源表）'
                            WHEN p_stream = 'S1' AND y.tbl <> 'outbox.fjx'
                                THEN 'S1 只应用发件箱 outbox.fjx 的变更，收到 ' || y.tbl
                            WHEN y.op IS NULL OR y.op NOT IN ('c', 'r', 'u', 'd')
                                THEN '未知的操作 op：' || coalesce(y.op, 'null')
                            WHEN y.lywz IS NULL
                                THEN 'lsn 不是非负整数：' || coalesce(y.c ->> 'lsn', y.c -> 'source' ->> 'lsn', 'null')
                            WHEN y.ob AND y.bm IS NULL THEN '发件箱行缺少 mbb（目标表）'
                            WHEN y.ob AND y.czlx IS NULL
                                THEN '发件箱行的 czlx 不是 I/U/D：' || coalesce(y.a ->> 'czlx', 'null')
                            WHEN y.ob AND y.sjnr IS NULL THEN '发件箱行缺少 sjnr（行数据）或不是 JSON 对象'
                            WHEN y.sjnr IS NULL AND y.op = 'd' THEN '删除变更缺少 before 映像'
                            WHEN y.sjnr IS NULL THEN '变更缺少 after 映像'
                       END AS cw
                  FROM (SELECT x.xh, x.c, x.tbl, x.op, x.a, x.lywz, x.lysj, x.ob,
                               (x.ob AND x.op IS NOT NULL AND x.op IN ('u', 'd')) AS hl,
                               CASE WHEN NOT x.ob THEN x.tbl
                                    WHEN x.a ->> 'mbb' IS NULL THEN NULL
                                    WHEN strpos(x.a ->> 'mbb', '.') > 0 THEN x.a ->> 'mbb'
                                    ELSE 'share_jy.' || (x.a ->> 'mbb')
                               END AS bm,
                               CASE WHEN x.ob
                                        THEN CASE WHEN x.a ->> 'czlx' IN ('I', 'U', 'D') THEN x.a ->> 'czlx' END
                                    WHEN x.op IN ('c', 'r') THEN 'I'
                                    WHEN x.op = 'u' THEN 'U'
                                    WHEN x.op = 'd' THEN 'D'
                               END AS czlx,
                               CASE WHEN x.ob THEN
                                        CASE jsonb_typeof(x.a -> 'sjnr')
                                            WHEN 'object' THEN x.a -> 'sjnr'
                                            WHEN 'string' THEN (x.a ->> 'sjnr')::jsonb
                                        END
                                    WHEN x.op = 'd' AND jsonb_typeof(x.c -> 'before') = 'object' THEN x.c -> 'before'
                                    WHEN x.op <> 'd' AND jsonb_typeof(x.a) = 'object' THEN x.a
                               END AS sjnr
                          FROM (SELECT w.xh, w.c, w.tbl, w.op, w.c -> 'after' AS a,
                                       (p_stream = 'S1' AND w.tbl IS NOT DISTINCT FROM 'outbox.fjx') AS ob,
                                       CASE WHEN w.lsn ~ '^[0-9]{1,18}$' THEN w.lsn::bigint END AS lywz,
                                       CASE WHEN w.ts_ms ~ '^[0-9]{1,15}$'
                                            THEN to_timestamp(w.ts_ms::double precision / 1000)
                                       END AS lysj
                                  FROM (SELECT (row_number() OVER ())::integer AS xh, e.c,
                                               coalesce(e.c ->> 'tbl',
                                                        (e.c -> 'source' ->> 'schema') || '.'
                                                        || (e.c -> 'source' ->> 'table')) AS tbl,
                                               e.c ->> 'op' AS op,
                                               coalesce(e.c ->> 'lsn', e.c -> 'source' ->> 'lsn') AS lsn,
                                               coalesce(e.c -> 'source' ->> 'ts_ms', e.c ->> 'ts_ms') AS ts_ms
                                          FROM jsonb_array_elements(p_changes) AS e(c)) AS w
                                OFFSET 0) AS x
                        OFFSET 0) AS y
                OFFSET 0) AS z
         WHERE NOT z.hl
         ORDER BY z.xh));
    -- S1 忽略的发件箱修改/删除；本批最新来源提交时间与最大来源位置（不含忽略的变更）
    v_ignored := jsonb_array_length(p_changes) - (v_res ->> 'rows')::integer;
    v_src_ts := (v_res ->> 'max_lysj')::timestamptz;
    v_lywz := (v_res ->> 'max_lywz')::bigint;

    v_lag := jh.record_stream_state(p_stream, (v_res ->> 'applied')::bigint,
                                    (v_res ->> 'skipped_older')::bigint + v_ignored,
                                    (v_res ->> 'filtered')::bigint, true, v_src_ts, v_lywz);
    RETURN json_build_object('applied', (v_res ->> 'applied')::integer,
                             'skipped_older', (v_res ->> 'skipped_older')::integer,
                             'filtered', (v_res ->> 'filtered')::integer,
                             'pending', (v_res ->> 'pending')::integer,
                             'dead_letters', (v_res ->> 'dead_letters')::integer,
                             'ignored', v_ignored,
                             'decisions', (v_res ->> 'decisions')::integer,
                             'released', (v_res ->> 'released')::integer,
                             'lag_ms', v_lag)::jsonb;
END
$$;

COMMENT ON FUNCTION jh.apply_changes(text, jsonb) IS
    'CDC 流 S1–S4 的应用入口（每个 Debezium 批次一次、一个事务）：规整变更（S1 拆开发件箱），幂等应用（按来源位置），S2/S3 按共享主表路由，S4 写暂存，无法应用的行记入死信，更新流状态；返回各项计数';
