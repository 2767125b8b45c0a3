--
-- PostgreSQL database dump
--

--
-- Name: jh; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA jh;

--
-- Name: SCHEMA jh; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA jh IS '交换控制：CDC 流 S1–S4 的应用函数所用的行位置、路由规则与决定、未转发记录、待处理行、死信和流状态';

--
-- Name: share_dj; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA share_dj;

--
-- Name: SCHEMA share_dj; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA share_dj IS '共享登记库：不动产登记端推送给房产交易端的数据（登记楼盘表、登簿结果、发证、收费、影像、赋码申请）';

--
-- Name: share_jy; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA share_jy;

--
-- Name: SCHEMA share_jy; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA share_jy IS '共享交易库：房产交易端推送给不动产登记端的数据（测绘成果、合同备案、行政限制、抵押备案、赋码结果）';

--
-- Name: std; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA std;

--
-- Name: SCHEMA std; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA std IS '编码校验：标准编码校验函数（函数由过程文件创建，本迁移只建空模式）';

--
-- Name: bgh; Type: TYPE; Schema: jh; Owner: -
--

CREATE TYPE jh.bgh AS (
	xh integer,
	ly character(1),
	sxid bigint,
	bm text,
	czlx character(1),
	zj text,
	ywh text,
	sjnr jsonb,
	lywz bigint,
	lysj timestamp with time zone,
	cwdm text,
	cwxx text
);

--
-- Name: TYPE bgh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TYPE jh.bgh IS '变更行：jh.apply_changes 把 Debezium 变更规整为此类型的数组，交给 jh.apply_rows 等函数';

--
-- Name: COLUMN bgh.xh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.xh IS '本次调用内的序号（批内位置；补发、重试的行排在后面）';

--
-- Name: COLUMN bgh.ly; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.ly IS '来源：B 本批变更，P 从待处理放出，W 从未转发补发，X 死信重试';

--
-- Name: COLUMN bgh.sxid; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.sxid IS '死信 ID（重试时）';

--
-- Name: COLUMN bgh.bm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.bm IS '目标表（模式.表；S4 为来源表）';

--
-- Name: COLUMN bgh.czlx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.czlx IS '操作：I 新增 / U 修改 / D 删除';

--
-- Name: COLUMN bgh.zj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.zj IS '行主键文本（格式同 jh.hwz.zj）';

--
-- Name: COLUMN bgh.ywh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.ywh IS '所属业务号';

--
-- Name: COLUMN bgh.sjnr; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.sjnr IS '行映像（新增、修改为变更后，删除为变更前）';

--
-- Name: COLUMN bgh.lywz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.lywz IS '来源位置（源库 WAL LSN）';

--
-- Name: COLUMN bgh.lysj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.lysj IS '来源提交时间';

--
-- Name: COLUMN bgh.cwdm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.cwdm IS '错误代码（SQLSTATE，行进入死信）；未转发的行在函数内部借用为原因代码';

--
-- Name: COLUMN bgh.cwxx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.cwxx IS '错误信息；未转发的行在函数内部借用为原因说明';

--
-- Name: apply_changes(text, jsonb); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.apply_changes(p_stream text, p_changes jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
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
$_$;

--
-- Name: FUNCTION apply_changes(p_stream text, p_changes jsonb); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.apply_changes(p_stream text, p_changes jsonb) IS 'CDC 流 S1–S4 的应用入口（每个 Debezium 批次一次、一个事务）：规整变更（S1 拆开发件箱），幂等应用（按来源位置），S2/S3 按共享主表路由，S4 写暂存，无法应用的行记入死信，更新流状态；返回各项计数';

--
-- Name: apply_rows(text, anyarray); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.apply_rows(p_stream text, p_rows anyarray) RETURNS jsonb
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_schema   text;
    v_gxzb     text;
    v_all      p_rows%TYPE;
    v_bad      p_rows%TYPE;
    v_live     p_rows%TYPE;
    v_rel      p_rows%TYPE;
    v_cls      p_rows%TYPE;
    v_apply    p_rows%TYPE;
    v_filt     p_rows%TYPE;
    v_pend     p_rows%TYPE;
    v_failed   p_rows%TYPE := '{}';
    v_dec      text[] := '{}';
    v_deczf    text[] := '{}';
    v_n_ok     integer;
    v_n        integer;
    v_maxxh    integer;
    v_skip     integer := 0;
    v_filtered integer := 0;
    v_pending  integer := 0;
    v_decided  integer := 0;
    v_released integer := 0;
    v_applied  integer := 0;
    v_x_old    bigint[] := '{}';
    v_x_bad    bigint[] := '{}';
    v_n_app    integer;
    v_keys     jsonb;
    v_n_pend   integer;
BEGIN
    IF p_stream IS NULL OR p_stream NOT IN ('S1', 'S2', 'S3', 'S4') THEN
        RAISE EXCEPTION '未知的流 %（应为 S1–S4）', p_stream USING ERRCODE = '22023';
    END IF;
    IF coalesce(array_length(p_rows, 1), 0) = 0 THEN
        RETURN json_build_object('applied', 0, 'skipped_older', 0, 'filtered', 0, 'pending', 0,
                                 'dead_letters', 0, 'decisions', 0, 'released', 0,
                                 'rows', 0, 'max_lywz', NULL, 'max_lysj', NULL,
                                 'retry_failed', array_to_json(v_x_bad),
                                 'retry_superseded', array_to_json(v_x_old))::jsonb;
    END IF;
    v_schema := CASE WHEN p_stream IN ('S1', 'S2') THEN 'share_jy' ELSE 'share_dj' END;
    v_gxzb := CASE p_stream WHEN 'S2' THEN 'share_jy.gxzb' WHEN 'S3' THEN 'share_dj.gxzb' END;

    -- 1 行主键与规整错误。表 → 主键列先算成一个映射（每张表查一次目录），逐行只取映射，不做连接：
    --   连接在 PL/pgSQL 的通用计划里（unnest 估计 100 行）会变成嵌套循环，每行重查一次目录
    SELECT json_object_agg(d.bm,
                           CASE WHEN p_stream = 'S4'
                                THEN (SELECT l.zjl::text FROM jh.lyb l WHERE l.lsl = 'S4' AND l.lybm = d.bm)
                                ELSE jh.key_columns(d.bm)::text
                           END)::jsonb
      INTO v_keys
      FROM (SELECT DISTINCT u.bm FROM unnest(p_rows) AS u WHERE u.bm IS NOT NULL) AS d;
    SELECT array_agg(ROW(k.xh, k.ly, k.sxid, k.bm, k.czlx, k.zj, k.ywh, k.sjnr, k.lywz, k.lysj,
                         CASE WHEN k.cwdm IS NOT NULL THEN k.cwdm
                              WHEN k.ns IS DISTINCT FROM v_schema OR k.zjl IS NULL THEN 'JH001'
                              WHEN array_length(k.zjl, 1) IS NULL OR array_length(k.zjl, 1) > 6 THEN 'JH002'
                              WHEN k.zj IS NULL THEN 'JH003'
                         END,
                         CASE WHEN k.cwdm IS NOT NULL THEN k.cwxx
                              WHEN k.ns IS DISTINCT FROM v_schema
                                  THEN format('流 %s 只处理模式 %s 的表，收到 %s', p_stream, v_schema, k.bm)
                              WHEN k.zjl IS NULL THEN format('目标库中没有表 %s', k.bm)
                              WHEN array_length(k.zjl, 1) IS NULL THEN format('表 %s 没有主键', k.bm)
                              WHEN array_length(k.zjl, 1) > 6 THEN format('表 %s 的主键超过 6 列', k.bm)
                              WHEN k.zj IS NULL
                                  THEN format('行映像缺少主键列（%s）的值', array_to_string(k.zjl, ', '))
                         END)::jh.bgh
                     ORDER BY k.xh),
           sum(CASE WHEN k.cwdm IS NOT NULL OR k.ns IS DISTINCT FROM v_schema OR k.zj IS NULL THEN 1 ELSE 0 END),
           max(k.xh)
      INTO v_all, v_n, v_maxxh
      FROM (SELECT j.xh, j.ly, j.sxid, j.bm, j.czlx, j.sjnr, j.lywz, j.lysj, j.cwdm, j.cwxx, j.zjl, j.ns,
                   jh.row_key(j.sjnr, j.zjl) AS zj,
                   coalesce(j.ywh, j.sjnr ->> 'ywh') AS ywh
              FROM (SELECT b.xh, b.ly, b.sxid, b.bm, b.czlx, b.sjnr, b.lywz, b.lysj, b.cwdm, b.cwxx, b.ywh,
                           (v_keys ->> b.bm)::text[] AS zjl,
                           split_part(b.bm, '.', 1) AS ns
                      FROM unnest(p_rows) AS b
                    OFFSET 0) AS j
            OFFSET 0) AS k;
    IF v_n > 0 THEN
        v_bad := ARRAY(SELECT b FROM unnest(v_all) AS b WHERE b.cwdm IS NOT NULL ORDER BY b.xh);
    ELSE
        v_bad := '{}';
    END IF;
    v_n_ok := array_length(v_all, 1) - coalesce(array_length(v_bad, 1), 0);

    -- 2、3 批内去重（同一行取最后一个变更），去掉不新于已记录位置的变更
    IF p_stream = 'S4' THEN
        v_live := ARRAY(
            SELECT d.r
              FROM (SELECT DISTINCT ON (b.bm, b.zj) b AS r
                      FROM unnest(v_all) AS b
                     WHERE b.cwdm IS NULL
                     ORDER BY b.bm, b.zj, b.lywz DESC, b.xh DESC) AS d
             WHERE NOT EXISTS (SELECT 1
                                 FROM stg.djsj s
                                WHERE s.lybm = split_part((d.r).bm, '.', 2)
                                  AND s.lyzj = (d.r).zj
                                  AND s.lywz >= (d.r).lywz));
    ELSE
        v_live := ARRAY(
            SELECT d.r
              FROM (SELECT DISTINCT ON (b.bm, b.zj) b AS r
                      FROM unnest(v_all) AS b
                     WHERE b.cwdm IS NULL
                     ORDER BY b.bm, b.zj, b.lywz DESC, b.xh DESC) AS d
             WHERE NOT EXISTS (SELECT 1
                                 FROM jh.hwz h
                                WHERE h.bm = (d.r).bm
                                  AND h.zj = (d.r).zj
                                  AND h.lywz >= (d.r).lywz)
               AND NOT ((d.r).bm = v_gxzb
                        AND (d.r).czlx <> 'D'
                        AND EXISTS (SELECT 1
                                      FROM jh.lyjc j
                                     WHERE j.lsl = p_stream
                                       AND j.ywh = (d.r).ywh
                                       AND j.lywz >= (d.r).lywz)));
    END IF;
    v_skip := v_n_ok - coalesce(array_length(v_live, 1), 0);

    IF p_stream IN ('S2', 'S3') THEN
        -- 4a 决定本批的共享主表行
        v_dec := ARRAY(SELECT b.ywh FROM unnest(v_live) AS b WHERE b.bm = v_gxzb AND b.czlx <> 'D');
        IF array_length(v_dec, 1) > 0 THEN
            MERGE INTO jh.lyjc AS j
            USING (SELECT p_stream AS lsl, g.ywh, g.sjnr ->> 'ywlx' AS ywlx, d.zf, d.yy, d.yysm, g.lywz
                     FROM jh.route_decisions(p_stream,
                                             ARRAY(SELECT b.sjnr FROM unnest(v_live) AS b
                                                    WHERE b.bm = v_gxzb AND b.czlx <> 'D'
                                                    ORDER BY b.xh)) AS d
                     JOIN unnest(v_live) AS g
                       ON g.bm = v_gxzb AND g.czlx <> 'D' AND g.ywh = d.ywh) AS s
               ON (j.lsl = s.lsl AND j.ywh = s.ywh)
             WHEN MATCHED THEN
                UPDATE SET ywlx = s.ywlx, zf = s.zf, yy = s.yy, yysm = s.yysm, lywz = s.lywz, jcsj = now()
             WHEN NOT MATCHED THEN
                INSERT (lsl, ywh, ywlx, zf, yy, yysm, lywz)
                VALUES (s.lsl, s.ywh, s.ywlx, s.zf, s.yy, s.yysm, s.lywz);
            GET DIAGNOSTICS v_decided = ROW_COUNT;
            v_deczf := ARRAY(SELECT j.ywh FROM jh.lyjc j
                              WHERE j.lsl = p_stream AND j.zf AND j.ywh IN (SELECT unnest(v_dec)));

            -- 4b 放出刚决定的业务的待处理行；转发的业务补发其未转发明细
            v_rel := ARRAY(
                SELECT ROW(v_maxxh + (row_number() OVER (ORDER BY q.lywz, q.ly, q.id))::integer,
                           q.ly, NULL, q.bm, q.czlx, q.zj, q.ywh, q.sjnr, q.lywz, q.lysj, NULL, NULL)::jh.bgh
                  FROM (SELECT 'P' AS ly, p.id, p.bm, p.czlx, p.zj, p.ywh, p.sjnr, p.lywz, p.lysj
                          FROM jh.ddcl p
                         WHERE p.lsl = p_stream AND p.ywh IN (SELECT unnest(v_dec))
                        UNION ALL
                        SELECT 'W', w.id, w.bm, w.czlx, w.zj, w.ywh, w.sjnr, w.lywz, NULL
                          FROM jh.wzf w
                         WHERE w.lsl = p_stream AND w.ywh IN (SELECT unnest(v_deczf))
                           AND w.yy = 'YWWZF' AND w.sjnr IS NOT NULL) AS q);
            v_released := coalesce(array_length(v_rel, 1), 0);
            IF v_released > 0 THEN
                DELETE FROM jh.ddcl p WHERE p.lsl = p_stream AND p.ywh IN (SELECT unnest(v_dec));
                DELETE FROM jh.wzf w
                 WHERE w.lsl = p_stream AND w.ywh IN (SELECT unnest(v_deczf))
                   AND w.yy = 'YWWZF' AND w.sjnr IS NOT NULL;
                v_n := coalesce(array_length(v_live, 1), 0) + v_released;
                v_live := ARRAY(
                    SELECT d.r
                      FROM (SELECT DISTINCT ON (b.bm, b.zj) b AS r
                              FROM unnest(v_live || v_rel) AS b
                             ORDER BY b.bm, b.zj, b.lywz DESC, b.xh DESC) AS d
                     WHERE (d.r).ly NOT IN ('P', 'W')
                        OR NOT EXISTS (SELECT 1
                                         FROM jh.hwz h
                                        WHERE h.bm = (d.r).bm
                                          AND h.zj = (d.r).zj
                                          AND h.lywz >= (d.r).lywz));
                v_skip := v_skip + v_n - coalesce(array_length(v_live, 1), 0);
            END IF;
        END IF;

        -- 4c 分类：cwdm 为空 = 应用，'~P' = 待处理，其他 = 未转发原因代码（cwxx 为原因说明）
        SELECT array_agg(ROW(c.xh, c.ly, c.sxid, c.bm, c.czlx, c.zj, c.ywh, c.sjnr, c.lywz, c.lysj,
                             c.fl, c.sm)::jh.bgh ORDER BY c.xh),
               sum(CASE WHEN c.fl IS NULL THEN 1 ELSE 0 END),
               sum(CASE WHEN c.fl = '~P' THEN 1 ELSE 0 END)
          INTO v_cls, v_n_app, v_n_pend
          FROM (SELECT b.xh, b.ly, b.sxid, b.bm, b.czlx, b.zj, b.ywh, b.sjnr, b.lywz, b.lysj,
                       CASE WHEN b.ywh IS NULL THEN 'WYWH'
                            WHEN j.ywh IS NULL AND b.bm = v_gxzb THEN 'YWWJC'
                            WHEN j.ywh IS NULL THEN '~P'
                            WHEN j.zf THEN NULL
                            WHEN b.bm = v_gxzb THEN j.yy
                            ELSE 'YWWZF'
                       END AS fl,
                       CASE WHEN b.ywh IS NULL THEN '明细行没有业务号 ywh，无法按共享主表路由'
                            WHEN j.ywh IS NULL AND b.bm = v_gxzb
                                THEN '删除的业务 ' || b.ywh || ' 没有转发决定（从未转发），删除不转发'
                            WHEN j.ywh IS NULL THEN NULL
                            WHEN j.zf THEN NULL
                            WHEN b.bm = v_gxzb THEN j.yysm
                            ELSE '所属业务 ' || b.ywh || ' 未转发：' || j.yysm
                       END AS sm
                  FROM unnest(v_live) AS b
                  LEFT JOIN jh.lyjc j ON j.lsl = p_stream AND j.ywh = b.ywh) AS c;
        IF v_n_app = coalesce(array_length(v_cls, 1), 0) THEN  -- 常见情形：全部转发，不必再分
            v_apply := v_cls;
        ELSE
            v_apply := ARRAY(SELECT b FROM unnest(v_cls) AS b WHERE b.cwdm IS NULL ORDER BY b.xh);
            IF v_n_pend > 0 THEN
                v_pend := ARRAY(SELECT b FROM unnest(v_cls) AS b WHERE b.cwdm = '~P' ORDER BY b.xh);
            END IF;
            v_filt := ARRAY(SELECT b FROM unnest(v_cls) AS b WHERE b.cwdm <> '~P' ORDER BY b.xh);
        END IF;

        -- 4d 未转发记录（同一行已有同一或更新位置的记录时不再记）
        IF array_length(v_filt, 1) > 0 THEN
            MERGE INTO jh.wzf AS w
            USING (SELECT f.bm, f.zj, f.ywh, f.czlx, f.sjnr, f.cwdm AS yy, f.cwxx AS yysm, f.lywz
                     FROM unnest(v_filt) AS f
                    WHERE NOT EXISTS (SELECT 1 FROM jh.wzf x
                                       WHERE x.lsl = p_stream AND x.bm = f.bm AND x.zj = f.zj
                                         AND x.lywz >= f.lywz)) AS s
               ON (w.lsl = p_stream AND w.bm = s.bm AND w.zj = s.zj)
             WHEN MATCHED THEN
                UPDATE SET ywh = s.ywh, czlx = s.czlx, sjnr = s.sjnr, yy = s.yy, yysm = s.yysm,
                           lywz = s.lywz, jlsj = now()
             WHEN NOT MATCHED THEN
                INSERT (lsl, bm, zj, ywh, czlx, sjnr, yy, yysm, lywz)
                VALUES (p_stream, s.bm, s.zj, s.ywh, s.czlx, s.sjnr, s.yy, s.yysm, s.lywz);
            GET DIAGNOSTICS v_filtered = ROW_COUNT;
            v_skip := v_skip + array_length(v_filt, 1) - v_filtered;
        END IF;

        -- 4e 待处理（同上）
        IF array_length(v_pend, 1) > 0 THEN
            MERGE INTO jh.ddcl AS p
            USING (SELECT f.bm, f.zj, f.ywh, f.czlx, f.sjnr, f.lywz, f.lysj
                     FROM unnest(v_pend) AS f
                    WHERE NOT EXISTS (SELECT 1 FROM jh.ddcl x
                                       WHERE x.lsl = p_stream AND x.bm = f.bm AND x.zj = f.zj
                                         AND x.lywz >= f.lywz)) AS s
               ON (p.lsl = p_stream AND p.bm = s.bm AND p.zj = s.zj)
             WHEN MATCHED THEN
                UPDATE SET ywh = s.ywh, czlx = s.czlx, sjnr = s.sjnr, lywz = s.lywz, lysj = s.lysj,
                           jrsj = now()
             WHEN NOT MATCHED THEN
                INSERT (lsl, bm, zj, ywh, czlx, sjnr, lywz, lysj)
                VALUES (p_stream, s.bm, s.zj, s.ywh, s.czlx, s.sjnr, s.lywz, s.lysj);
            GET DIAGNOSTICS v_pending = ROW_COUNT;
            v_skip := v_skip + array_length(v_pend, 1) - v_pending;
        END IF;
    ELSE
        v_apply := v_live;
    END IF;

    -- 5 应用
    IF array_length(v_apply, 1) > 0 THEN
        IF p_stream = 'S4' THEN
            v_failed := jh.stage_rows(v_apply);
        ELSE
            v_failed := jh.write_rows(p_stream, v_apply);
        END IF;
        v_applied := array_length(v_apply, 1) - coalesce(array_length(v_failed, 1), 0);
    END IF;

    -- 死信
    v_bad := v_bad || v_failed;
    PERFORM jh.park_rows(p_stream, v_bad);

    -- 死信重试的行：仍失败的；因已有更新变更而未应用的
    IF EXISTS (SELECT 1 FROM unnest(p_rows) AS b WHERE b.sxid IS NOT NULL) THEN
        v_x_bad := ARRAY(SELECT b.sxid FROM unnest(v_bad) AS b WHERE b.sxid IS NOT NULL ORDER BY 1);
        v_x_old := ARRAY(SELECT b.sxid
                           FROM unnest(v_all) AS b
                          WHERE b.sxid IS NOT NULL
                            AND b.cwdm IS NULL
                            AND b.xh NOT IN (SELECT l.xh FROM unnest(v_live) AS l)
                          ORDER BY 1);
    END IF;

    RETURN json_build_object('applied', v_applied,
                             'skipped_older', v_skip,
                             'filtered', v_filtered,
                             'pending', v_pending,
                             'dead_letters', coalesce(array_length(v_bad, 1), 0),
                             'decisions', v_decided,
                             'released', v_released,
                             'rows', array_length(p_rows, 1),
                             'max_lywz', (SELECT max(b.lywz) FROM unnest(p_rows) AS b),
                             'max_lysj', (SELECT max(b.lysj) FROM unnest(p_rows) AS b),
                             'retry_failed', array_to_json(v_x_bad),
                             'retry_superseded', array_to_json(v_x_old))::jsonb;
END
$$;

--
-- Name: FUNCTION apply_rows(p_stream text, p_rows anyarray); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.apply_rows(p_stream text, p_rows anyarray) IS '应用核心：对规整后的变更行求主键、批内去重、按来源位置去旧，S2/S3 按共享主表路由（决定、放出待处理、分类记入未转发或待处理），写目标表或暂存，失败行记入死信；返回各项计数';

--
-- Name: key_columns(text); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.key_columns(p_bm text) RETURNS text[]
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    v_oid oid;
    v_zjl text[];
BEGIN
    SELECT r.oid
      INTO v_oid
      FROM pg_catalog.pg_class r
      JOIN pg_catalog.pg_namespace s ON s.oid = r.relnamespace
     WHERE s.nspname = split_part(p_bm, '.', 1)
       AND r.relname = substr(p_bm, length(split_part(p_bm, '.', 1)) + 2)
       AND r.relkind IN ('r', 'p');
    IF v_oid IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT array_agg(a.attname::text ORDER BY k.n)
      INTO v_zjl
      FROM pg_catalog.pg_index i
      JOIN generate_series(0, 31) AS k(n) ON k.n < i.indnatts
      JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n]
     WHERE i.indrelid = v_oid
       AND i.indisprimary;
    RETURN coalesce(v_zjl, '{}'::text[]);
END
$$;

--
-- Name: FUNCTION key_columns(p_bm text); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.key_columns(p_bm text) IS '表的主键列名（按主键顺序，读系统目录）；无主键返回空数组，表不存在返回 NULL';

--
-- Name: note_heartbeat(text, bigint); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.note_heartbeat(p_stream text, p_ts_ms bigint) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_ts  timestamptz := to_timestamp(p_ts_ms / 1000.0);
    v_now timestamptz := clock_timestamp();
BEGIN
    PERFORM jh.record_stream_state(p_stream, 0, 0, 0, false, NULL, NULL);  -- makes sure the row exists
    UPDATE jh.lzt t
       SET last_source_ts = v_ts,
           last_lag_ms = least(greatest(round(extract(epoch FROM v_now - v_ts) * 1000), 0), 2147483647)::integer,
           gxsj = v_now
     WHERE t.lsl = p_stream
       AND (t.last_source_ts IS NULL OR t.last_source_ts <= v_ts);
END;
$$;

--
-- Name: FUNCTION note_heartbeat(p_stream text, p_ts_ms bigint); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.note_heartbeat(p_stream text, p_ts_ms bigint) IS '记录流的心跳：以心跳的来源提交时间更新 jh.lzt 的来源时间与延迟，空闲时延迟也真实';

--
-- Name: park_rows(text, anyarray); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.park_rows(p_stream text, p_rows anyarray) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer := 0;
    v_m integer := 0;
BEGIN
    IF coalesce(array_length(p_rows, 1), 0) = 0 THEN
        RETURN 0;
    END IF;

    -- 重试中的行：更新原死信行
    UPDATE jh.sx s
       SET cwdm = left(coalesce(b.cwdm, 'XX000'), 5),
           cwxx = coalesce(b.cwxx, '未知错误'),
           cscs = s.cscs + 1,
           cssj = now()
      FROM unnest(p_rows) AS b
     WHERE b.sxid IS NOT NULL
       AND s.id = b.sxid;
    GET DIAGNOSTICS v_n = ROW_COUNT;

    -- 同一变更已在死信中（重放）：只刷新错误
    UPDATE jh.sx s
       SET cwdm = left(coalesce(b.cwdm, 'XX000'), 5),
           cwxx = coalesce(b.cwxx, '未知错误')
      FROM unnest(p_rows) AS b
     WHERE b.sxid IS NULL
       AND s.lsl = p_stream
       AND s.bm = b.bm
       AND s.zj IS NOT DISTINCT FROM b.zj
       AND s.lywz IS NOT DISTINCT FROM b.lywz
       AND s.cszt = '待重试'
       AND (s.cwdm, s.cwxx) IS DISTINCT FROM (left(coalesce(b.cwdm, 'XX000'), 5), coalesce(b.cwxx, '未知错误'));

    INSERT INTO jh.sx (lsl, bm, zj, ywh, czlx, sjnr, lywz, lysj, cwdm, cwxx)
    SELECT p_stream, coalesce(b.bm, '（未知）'), b.zj, b.ywh,
           CASE WHEN b.czlx IN ('I', 'U', 'D') THEN b.czlx END,
           b.sjnr, b.lywz, b.lysj,
           left(coalesce(b.cwdm, 'XX000'), 5), coalesce(b.cwxx, '未知错误')
      FROM unnest(p_rows) AS b
     WHERE b.sxid IS NULL
       AND NOT EXISTS (SELECT 1
                         FROM jh.sx s
                        WHERE s.lsl = p_stream
                          AND s.bm = b.bm
                          AND s.zj IS NOT DISTINCT FROM b.zj
                          AND s.lywz IS NOT DISTINCT FROM b.lywz
                          AND s.cszt = '待重试')
     ORDER BY b.xh;
    GET DIAGNOSTICS v_m = ROW_COUNT;
    RETURN v_n + v_m;
END
$$;

--
-- Name: FUNCTION park_rows(p_stream text, p_rows anyarray); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.park_rows(p_stream text, p_rows anyarray) IS '把无法应用的行写入死信 jh.sx（SQLSTATE、错误信息）：重试中的行更新原死信，重放的同一变更只刷新错误，其余新增；返回写入行数';

--
-- Name: reconcile_begin(text, date, boolean, integer, integer); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_begin(p_stream text, p_since date, p_repush boolean, p_buckets integer, p_pid integer) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_id bigint;
BEGIN
    INSERT INTO jh.btbg (lsl, kssj, qsrq, sfbt, tss, jcid)
    VALUES (p_stream, clock_timestamp(), p_since, coalesce(p_repush, true), coalesce(p_buckets, 1024), p_pid)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

--
-- Name: FUNCTION reconcile_begin(p_stream text, p_since date, p_repush boolean, p_buckets integer, p_pid integer); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_begin(p_stream text, p_since date, p_repush boolean, p_buckets integer, p_pid integer) IS '补推对账开始：在流的目标库写一行补推报告（运行中），返回报告 ID';

--
-- Name: reconcile_buckets(text, text, timestamp with time zone, integer, jsonb); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_buckets(p_stream text, p_side text, p_since timestamp with time zone, p_buckets integer, p_keys jsonb) RETURNS TABLE(bm text, tno integer, hs bigint, hz numeric)
    LANGUAGE plpgsql STABLE
    AS $_$
BEGIN
    IF p_buckets IS NULL OR p_buckets < 1 OR p_buckets > 1048576 THEN
        RAISE EXCEPTION '补推对账：桶数须在 1 到 1048576 之间（%）', p_buckets USING ERRCODE = '22023';
    END IF;
    RETURN QUERY EXECUTE
        'SELECT i.bm, mod((''x'' || substr(md5(i.zj), 1, 7))::bit(28)::integer, $3) AS tno, '
        || 'count(*)::bigint AS hs, sum((''x'' || substr(i.hz, 1, 15))::bit(60)::bigint) AS hz '
        || 'FROM (' || jh.reconcile_items_sql(p_stream, p_side, NULL) || ') i '
        || 'GROUP BY 1, 2'
        USING p_since, p_keys, p_buckets;
END
$_$;

--
-- Name: FUNCTION reconcile_buckets(p_stream text, p_side text, p_since timestamp with time zone, p_buckets integer, p_keys jsonb); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_buckets(p_stream text, p_side text, p_since timestamp with time zone, p_buckets integer, p_keys jsonb) IS '补推对账第一步：本库一侧每张表每个桶的比对项数与哈希和（一条集合语句）';

--
-- Name: reconcile_finish(bigint, jsonb); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_finish(p_id bigint, p_report jsonb) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE jh.btbg
       SET jssj = clock_timestamp(),
           checked = coalesce((p_report ->> 'checked')::bigint, 0),
           different = coalesce((p_report ->> 'different')::bigint, 0),
           missing = coalesce((p_report ->> 'missing')::bigint, 0),
           extra = coalesce((p_report ->> 'extra')::bigint, 0),
           held_back = coalesce((p_report ->> 'held_back')::bigint, 0),
           repushed = coalesce((p_report ->> 'repushed')::bigint, 0),
           still_missing = coalesce((p_report ->> 'still_missing')::bigint, 0),
           zt = coalesce(p_report ->> 'status', '失败'),
           sm = p_report ->> 'message',
           mx = p_report -> 'details'
     WHERE id = p_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION '补推报告 % 不存在', p_id USING ERRCODE = 'P0002';
    END IF;
END
$$;

--
-- Name: FUNCTION reconcile_finish(p_id bigint, p_report jsonb); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_finish(p_id bigint, p_report jsonb) IS '补推对账结束：把一条流的结果（各项计数、状态、说明、明细）写入其补推报告行';

--
-- Name: reconcile_held_back(text, jsonb); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_held_back(p_stream text, p_rows jsonb) RETURNS TABLE(bm text, zj text, yy text, yysm text)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    IF p_stream NOT IN ('S1', 'S2', 'S3', 'S4') THEN
        RAISE EXCEPTION '补推对账：未知的流 %', p_stream USING ERRCODE = '22023';
    END IF;
    RETURN QUERY
    SELECT r.bm, r.zj, coalesce(r.wzf_yy, r.ddcl_yy, r.sx_yy, r.lyjc_yy), coalesce(r.wzf_sm, r.ddcl_sm, r.sx_sm, r.lyjc_sm)
      FROM (SELECT e.bm, e.zj,
                   w.yy::text AS wzf_yy,
                   '未转发：' || w.yysm AS wzf_sm,
                   CASE WHEN p.id IS NOT NULL THEN 'DDCL' END AS ddcl_yy,
                   CASE WHEN p.id IS NOT NULL THEN '待处理：所属业务 ' || p.ywh || ' 的共享主表尚未到达' END AS ddcl_sm,
                   (SELECT 'SX:' || s.cwdm FROM jh.sx s
                     WHERE s.lsl = p_stream AND s.cszt = '待重试'
                       AND ((p_stream = 'S1' AND s.ywh = e.zj) OR (p_stream <> 'S1' AND s.bm = e.bm AND s.zj = e.zj))
                     ORDER BY s.id DESC LIMIT 1) AS sx_yy,
                   (SELECT '死信（待重试）：' || s.cwxx FROM jh.sx s
                     WHERE s.lsl = p_stream AND s.cszt = '待重试'
                       AND ((p_stream = 'S1' AND s.ywh = e.zj) OR (p_stream <> 'S1' AND s.bm = e.bm AND s.zj = e.zj))
                     ORDER BY s.id DESC LIMIT 1) AS sx_sm,
                   l.yy::text AS lyjc_yy,
                   '所属业务 ' || l.ywh || ' 未转发：' || l.yysm AS lyjc_sm
              FROM (SELECT x ->> 'bm' AS bm, x ->> 'zj' AS zj, x ->> 'ywh' AS ywh
                      FROM jsonb_array_elements(p_rows) AS x) e
              LEFT JOIN jh.wzf w ON w.lsl = p_stream AND w.bm = e.bm AND w.zj = e.zj
              LEFT JOIN jh.ddcl p ON p.lsl = p_stream AND p.bm = e.bm AND p.zj = e.zj
              LEFT JOIN jh.lyjc l ON l.lsl = p_stream AND l.ywh = e.ywh AND NOT l.zf) r
     WHERE coalesce(r.wzf_yy, r.ddcl_yy, r.sx_yy, r.lyjc_yy) IS NOT NULL;
END
$$;

--
-- Name: FUNCTION reconcile_held_back(p_stream text, p_rows jsonb); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_held_back(p_stream text, p_rows jsonb) IS '补推对账：在目标库找出缺失或不一致行中有意未转发的（未转发记录、待处理、死信、所属业务不转发）及原因';

--
-- Name: reconcile_items_sql(text, text, text); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_items_sql(p_stream text, p_side text, p_bm text) RETURNS text
    LANGUAGE plpgsql STABLE
    AS $_$
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
$_$;

--
-- Name: FUNCTION reconcile_items_sql(p_stream text, p_side text, p_bm text); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_items_sql(p_stream text, p_side text, p_bm text) IS '补推对账：生成一条流一侧的比对项查询（表、行主键文本、业务号、哈希；S1 按业务号），供分桶与逐项比对';

--
-- Name: reconcile_key_expr(text, text[]); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_key_expr(p_alias text, p_zjl text[]) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $$
DECLARE
    v_expr text;
    v_i    integer;
BEGIN
    IF p_zjl IS NULL OR array_length(p_zjl, 1) IS NULL THEN
        RETURN NULL;
    END IF;
    FOR v_i IN 1 .. array_length(p_zjl, 1) LOOP
        v_expr := CASE WHEN v_i = 1 THEN '' ELSE v_expr || ' || ''|'' || ' END
            || format('replace(replace((%s.%I)::text, %L, %L), %L, %L)',
                      p_alias, p_zjl[v_i], '\', '\\', '|', '\|');
    END LOOP;
    RETURN v_expr;
END
$$;

--
-- Name: FUNCTION reconcile_key_expr(p_alias text, p_zjl text[]); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_key_expr(p_alias text, p_zjl text[]) IS '补推对账：生成由主键列算出行主键文本（格式同 jh.row_key）的 SQL 表达式';

--
-- Name: reconcile_key_map(text); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_key_map(p_schema text) RETURNS jsonb
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    v_map jsonb;
BEGIN
    SELECT json_agg(json_build_object('bm', k.bm, 'zjl', k.zjl) ORDER BY k.bm)::jsonb
      INTO v_map
      FROM (SELECT p_schema || '.' || c.relname::text AS bm, jh.key_columns(p_schema || '.' || c.relname::text) AS zjl
              FROM pg_catalog.pg_class c
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = p_schema
               AND c.relkind IN ('r', 'p')) k
     WHERE array_length(k.zjl, 1) IS NOT NULL;
    RETURN coalesce(v_map, '[]'::jsonb);
END
$$;

--
-- Name: FUNCTION reconcile_key_map(p_schema text); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_key_map(p_schema text) IS '补推对账：一个模式中各表的主键列（JSON 数组），供读不到本库目录的另一库使用';

--
-- Name: reconcile_keys(text, text, timestamp with time zone, integer, jsonb, text, integer[]); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_keys(p_stream text, p_side text, p_since timestamp with time zone, p_buckets integer, p_keys jsonb, p_bm text, p_tno integer[]) RETURNS TABLE(zj text, ywh text, hz text)
    LANGUAGE plpgsql STABLE
    AS $_$
BEGIN
    IF p_buckets IS NULL OR p_buckets < 1 OR p_buckets > 1048576 THEN
        RAISE EXCEPTION '补推对账：桶数须在 1 到 1048576 之间（%）', p_buckets USING ERRCODE = '22023';
    END IF;
    RETURN QUERY EXECUTE
        'SELECT i.zj, i.ywh, i.hz FROM (' || jh.reconcile_items_sql(p_stream, p_side, p_bm) || ') i '
        || 'WHERE i.bm = $5 AND ($4::integer[] IS NULL '
        || 'OR mod((''x'' || substr(md5(i.zj), 1, 7))::bit(28)::integer, $3) = ANY ($4))'
        USING p_since, p_keys, p_buckets, p_tno, p_bm;
END
$_$;

--
-- Name: FUNCTION reconcile_keys(p_stream text, p_side text, p_since timestamp with time zone, p_buckets integer, p_keys jsonb, p_bm text, p_tno integer[]); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_keys(p_stream text, p_side text, p_since timestamp with time zone, p_buckets integer, p_keys jsonb, p_bm text, p_tno integer[]) IS '补推对账第二步：本库一侧一张表指定桶中每个比对项的行主键文本、业务号与哈希';

--
-- Name: reconcile_latest(text); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_latest(p_stream text) RETURNS jsonb
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    v_r jsonb;
BEGIN
    SELECT json_build_object('id', b.id, 'stream', b.lsl, 'started_at', b.kssj, 'finished_at', b.jssj,
                             'since', b.qsrq, 'repush', b.sfbt, 'buckets', b.tss, 'checked', b.checked,
                             'different', b.different, 'missing', b.missing, 'extra', b.extra,
                             'held_back', b.held_back, 'repushed', b.repushed, 'still_missing', b.still_missing,
                             'status', b.zt, 'message', b.sm)::jsonb
      INTO v_r
      FROM jh.btbg b
     WHERE b.lsl = p_stream
     ORDER BY b.id DESC
     LIMIT 1;
    RETURN v_r;
END
$$;

--
-- Name: FUNCTION reconcile_latest(p_stream text); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_latest(p_stream text) IS '一条流最近一次补推报告（JSON，不含明细样例），供 jydj status 读取';

--
-- Name: reconcile_repush(text, text, text[]); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_repush(p_stream text, p_bm text, p_zj text[]) RETURNS integer
    LANGUAGE plpgsql
    AS $_$
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
$_$;

--
-- Name: FUNCTION reconcile_repush(p_stream text, p_bm text, p_zj text[]); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_repush(p_stream text, p_bm text, p_zj text[]) IS '补推：在源库重新发出指定行的变更（S2–S4 不改值的 UPDATE；S1 按业务号 outbox.push_business 重推），返回行数或业务数';

--
-- Name: record_stream_state(text, bigint, bigint, bigint, boolean, timestamp with time zone, bigint); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.record_stream_state(p_stream text, p_applied bigint, p_skipped bigint, p_filtered bigint, p_batch boolean, p_source_ts timestamp with time zone, p_lywz bigint) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_applied  bigint := coalesce(p_applied, 0);
    v_skipped  bigint := coalesce(p_skipped, 0);
    v_filtered bigint := coalesce(p_filtered, 0);
    v_dead     bigint;
    v_pending  bigint;
    v_now      timestamptz := clock_timestamp();
    v_lag      integer;
BEGIN
    SELECT count(*) INTO v_dead FROM jh.sx s WHERE s.lsl = p_stream AND s.cszt = '待重试';
    SELECT count(*) INTO v_pending FROM jh.ddcl d WHERE d.lsl = p_stream;
    IF p_source_ts IS NOT NULL THEN
        v_lag := least(greatest(round(extract(epoch FROM v_now - p_source_ts) * 1000), -2147483648),
                       2147483647)::integer;
    END IF;
    FOR i IN 1..2 LOOP
        UPDATE jh.lzt t
           SET applied = t.applied + v_applied,
               skipped = t.skipped + v_skipped,
               filtered = t.filtered + v_filtered,
               dead_letters = v_dead,
               pending = v_pending,
               batches = t.batches + CASE WHEN p_batch THEN 1 ELSE 0 END,
               last_event_at = CASE WHEN p_batch THEN v_now ELSE t.last_event_at END,
               last_source_ts = coalesce(p_source_ts, t.last_source_ts),
               last_lag_ms = coalesce(v_lag, t.last_lag_ms),
               last_lywz = greatest(t.last_lywz, p_lywz),
               gxsj = now()
         WHERE t.lsl = p_stream;
        IF FOUND THEN
            RETURN v_lag;
        END IF;
        BEGIN
            INSERT INTO jh.lzt (lsl, applied, skipped, filtered, dead_letters, pending, batches,
                                last_event_at, last_source_ts, last_lag_ms, last_lywz)
            VALUES (p_stream, v_applied, v_skipped, v_filtered, v_dead, v_pending,
                    CASE WHEN p_batch THEN 1 ELSE 0 END, CASE WHEN p_batch THEN v_now END,
                    p_source_ts, v_lag, p_lywz);
            RETURN v_lag;
        EXCEPTION WHEN unique_violation THEN
            NULL;  -- 另一事务刚新建了这一行：再 UPDATE 一次
        END;
    END LOOP;
    RETURN v_lag;
END
$$;

--
-- Name: FUNCTION record_stream_state(p_stream text, p_applied bigint, p_skipped bigint, p_filtered bigint, p_batch boolean, p_source_ts timestamp with time zone, p_lywz bigint); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.record_stream_state(p_stream text, p_applied bigint, p_skipped bigint, p_filtered bigint, p_batch boolean, p_source_ts timestamp with time zone, p_lywz bigint) IS '更新流状态 jh.lzt：累加已应用、跳过、未转发行数，重数待重试死信与待处理行，批次还更新最近事件时间、来源提交时间与延迟（毫秒）';

--
-- Name: registration_kind(text, jsonb); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.registration_kind(p_lybm text, p_sjnr jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$
SELECT CASE
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'dbjg_dy' THEN NULL
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'bdcdy' THEN '单元'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'td' THEN '土地'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'qlr' THEN '权利人'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'zs' THEN '证书'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'sf' THEN '收费'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'yx' THEN '影像'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'fwbm_sq' THEN '赋码申请'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) NOT IN ('dbjg', 'gxzb') THEN '其他'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'gxzb' AND p_sjnr ->> 'ywlx' = 'LPB' THEN '单元'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'gxzb' AND p_sjnr ->> 'ywlx' = 'ZS' THEN '证书'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'gxzb' AND p_sjnr ->> 'ywlx' = 'SF' THEN '收费'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'gxzb' AND p_sjnr ->> 'ywlx' = 'YX' THEN '影像'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'gxzb' AND p_sjnr ->> 'ywlx' = 'FWBMSQ' THEN '赋码申请'
           WHEN p_sjnr ->> 'djlx' = '400' THEN '注销'
           -- codes before words: 预售商品房抵押权预告登记 (ygdjzl 3/4) holds both 预告 and 抵押
           WHEN p_sjnr ->> 'djlx' = '700' AND p_sjnr ->> 'ygdjzl' IN ('3', '4') THEN '预抵押'
           WHEN strpos(p_sjnr ->> 'djxl', '预抵押') > 0 OR strpos(p_sjnr ->> 'djxl', '抵押权预告') > 0
               THEN '预抵押'
           WHEN strpos(p_sjnr ->> 'djxl', '预告') > 0 THEN '预告'
           WHEN strpos(p_sjnr ->> 'djxl', '查封') > 0 OR strpos(p_sjnr ->> 'djxl', '解封') > 0 THEN '查封'
           WHEN strpos(p_sjnr ->> 'djxl', '异议') > 0 THEN '异议'
           WHEN strpos(p_sjnr ->> 'djxl', '抵押') > 0 THEN '抵押权'
           WHEN p_sjnr ->> 'djlx' = '700' AND (p_sjnr ->> 'ygdjzl' IN ('3', '4') OR p_sjnr ->> 'qllx' = '37')
               THEN '预抵押'
           WHEN p_sjnr ->> 'djlx' = '700' THEN '预告'
           WHEN p_sjnr ->> 'djlx' = '800' THEN '查封'
           WHEN p_sjnr ->> 'djlx' = '600' THEN '异议'
           WHEN p_sjnr ->> 'qllx' = '37' THEN '抵押权'
           WHEN p_sjnr ->> 'qllx' = '96' THEN '预告'
           WHEN p_sjnr ->> 'qllx' IN ('1', '2', '3', '4', '5', '6', '7', '8', '94') THEN '所有权'
           ELSE '其他'
       END
$$;

--
-- Name: FUNCTION registration_kind(p_lybm text, p_sjnr jsonb); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.registration_kind(p_lybm text, p_sjnr jsonb) IS 'S4 暂存行的登记种类（stg.djsj.djzl）：按来源表，登簿结果与共享主表 DB 按登记类型、登记小类、权利类型、预告登记种类推导；dbjg_dy 返回 NULL（随所属登簿结果）';

--
-- Name: retry_dead_letter(bigint); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.retry_dead_letter(p_id bigint) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_sx  jh.sx%ROWTYPE;
    v_res jsonb;
    v_bad boolean;
    v_old boolean;
BEGIN
    SELECT s.* INTO v_sx FROM jh.sx s WHERE s.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '死信 % 不存在', p_id USING ERRCODE = 'P0002';
    END IF;
    IF v_sx.cszt <> '待重试' THEN
        RETURN v_sx.cszt = '已重试';
    END IF;
    v_res := jh.apply_rows(
        v_sx.lsl,
        ARRAY[ROW(1, 'X', v_sx.id, v_sx.bm, v_sx.czlx, NULL, v_sx.ywh, v_sx.sjnr, v_sx.lywz, v_sx.lysj,
                  CASE WHEN v_sx.czlx IS NULL OR v_sx.lywz IS NULL OR v_sx.sjnr IS NULL THEN 'JH004' END,
                  CASE WHEN v_sx.czlx IS NULL OR v_sx.lywz IS NULL OR v_sx.sjnr IS NULL
                       THEN '死信缺少操作、来源位置或行数据，无法重试（可修正后再试，或置为已放弃）'
                  END)::jh.bgh]);
    v_bad := (v_res -> 'retry_failed') @> ('[' || p_id || ']')::jsonb;
    v_old := (v_res -> 'retry_superseded') @> ('[' || p_id || ']')::jsonb;
    IF NOT v_bad THEN
        UPDATE jh.sx s
           SET cszt = '已重试',
               cscs = s.cscs + 1,
               cssj = now(),
               cwxx = CASE WHEN v_old THEN s.cwxx || '（重试时已有同一行更新的变更，本变更不再应用）'
                           ELSE s.cwxx END
         WHERE s.id = p_id;
    END IF;
    PERFORM jh.record_stream_state(v_sx.lsl, (v_res ->> 'applied')::bigint, (v_res ->> 'skipped_older')::bigint,
                                   (v_res ->> 'filtered')::bigint, false, NULL, NULL);
    RETURN NOT v_bad;
END
$$;

--
-- Name: FUNCTION retry_dead_letter(p_id bigint); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.retry_dead_letter(p_id bigint) IS '重试一条死信（用修正后的 sjnr，经与 apply_changes 相同的路径）：成功或已被更新变更取代 → 已重试并返回 true；仍失败 → 待重试、记新错误并返回 false';

--
-- Name: retry_dead_letters(text); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.retry_dead_letters(p_stream text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_ids  bigint[];
    v_res  jsonb;
    v_bad  bigint[];
    v_old  bigint[];
    v_n    integer;
BEGIN
    IF p_stream IS NULL OR p_stream NOT IN ('S1', 'S2', 'S3', 'S4') THEN
        RAISE EXCEPTION '未知的流 %（应为 S1–S4）', p_stream USING ERRCODE = '22023';
    END IF;
    -- 锁住要重试的死信，同一死信不会被两个会话同时重试
    v_ids := ARRAY(SELECT s.id FROM jh.sx s
                    WHERE s.lsl = p_stream AND s.cszt = '待重试'
                    ORDER BY s.id
                      FOR UPDATE);
    IF coalesce(array_length(v_ids, 1), 0) = 0 THEN
        RETURN 0;
    END IF;
    v_res := jh.apply_rows(p_stream, ARRAY(
                   SELECT ROW((row_number() OVER (ORDER BY s.lywz, s.id))::integer, 'X', s.id, s.bm, s.czlx,
                               NULL, s.ywh, s.sjnr, s.lywz, s.lysj,
                               CASE WHEN s.czlx IS NULL OR s.lywz IS NULL OR s.sjnr IS NULL THEN 'JH004' END,
                               CASE WHEN s.czlx IS NULL OR s.lywz IS NULL OR s.sjnr IS NULL
                                    THEN '死信缺少操作、来源位置或行数据，无法重试（可修正后再试，或置为已放弃）'
                               END)::jh.bgh
                      FROM jh.sx s
                     WHERE s.id IN (SELECT unnest(v_ids))
                     ORDER BY s.lywz, s.id));
    v_bad := ARRAY(SELECT (x.v)::bigint FROM jsonb_array_elements_text(v_res -> 'retry_failed') AS x(v));
    v_old := ARRAY(SELECT (x.v)::bigint FROM jsonb_array_elements_text(v_res -> 'retry_superseded') AS x(v));
    UPDATE jh.sx s
       SET cszt = '已重试',
           cscs = s.cscs + 1,
           cssj = now(),
           cwxx = CASE WHEN s.id = ANY (v_old)
                       THEN s.cwxx || '（重试时已有同一行更新的变更，本变更不再应用）'
                       ELSE s.cwxx END
     WHERE s.id IN (SELECT unnest(v_ids))
       AND s.id NOT IN (SELECT unnest(v_bad))
       AND s.cszt = '待重试';
    GET DIAGNOSTICS v_n = ROW_COUNT;
    PERFORM jh.record_stream_state(p_stream, (v_res ->> 'applied')::bigint, (v_res ->> 'skipped_older')::bigint,
                                   (v_res ->> 'filtered')::bigint, false, NULL, NULL);
    RETURN v_n;
END
$$;

--
-- Name: FUNCTION retry_dead_letters(p_stream text); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.retry_dead_letters(p_stream text) IS '重试一个流全部待重试的死信（用修正后的 sjnr，经与 apply_changes 相同的路径）：成功或已被更新变更取代 → 已重试，仍失败 → 待重试并记新错误；返回转为已重试的行数';

--
-- Name: route_decision(text, jsonb); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.route_decision(p_stream text, p_gxzb jsonb) RETURNS TABLE(zf boolean, yy text, yysm text)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY
    SELECT d.zf, d.yy, d.yysm
      FROM jh.route_decisions(p_stream, ARRAY[p_gxzb]) AS d;
END
$$;

--
-- Name: FUNCTION route_decision(p_stream text, p_gxzb jsonb); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.route_decision(p_stream text, p_gxzb jsonb) IS '路由决定（单行版）：一条共享主表行按 jh.lygz 路由规则与 jh.xzfw 行政区范围是否转发，返回是否转发、原因代码与中文原因';

--
-- Name: route_decisions(text, jsonb[]); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.route_decisions(p_stream text, p_gxzb jsonb[]) RETURNS TABLE(ywh text, zf boolean, yy text, yysm text)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
RETURN QUERY
WITH g AS (  -- unnest 而不是 p_gxzb[i]：按下标取变长元素要从头数，一万行就成了平方级
    SELECT u.n, u.r ->> 'ywh' AS ywh, u.r ->> 'ywlx' AS ywlx, u.r ->> 'ywzt' AS ywzt, u.r ->> 'qxdm' AS qxdm, u.r
      FROM (SELECT row_number() OVER () AS n, x AS r FROM unnest(p_gxzb) AS x) AS u
), gz AS (
    SELECT z.lsl, z.ywlx, z.gzdm, z.gzlx, z.btzd, z.yxzt, z.sxh, z.gzsm
      FROM jh.lygz z
     WHERE z.lsl = p_stream
       AND z.sfqy
), bt AS (  -- 每个 (行, 适用规则) 的检查结果；不通过时给出具体情况
    SELECT g.n, z.sxh, z.gzdm, z.gzsm,
           CASE z.gzlx
               WHEN 'YWZT' THEN CASE WHEN g.ywzt = ANY (z.yxzt) THEN NULL
                                     ELSE '业务状态：' || coalesce(g.ywzt, '空') END
               WHEN 'QXFW' THEN CASE WHEN EXISTS (SELECT 1 FROM jh.xzfw f
                                                    WHERE f.qxdm = g.qxdm AND f.sfyx) THEN NULL
                                     ELSE '区县代码：' || coalesce(g.qxdm, '空') END
               WHEN 'BTZD' THEN (SELECT '缺少：' || string_agg(c.col, '、' ORDER BY c.i)
                                   FROM (SELECT i, z.btzd[i] AS col
                                           FROM generate_series(1, coalesce(array_length(z.btzd, 1), 0)) AS i) c
                                  WHERE coalesce(btrim(g.r ->> c.col), '') = ''
                                 HAVING count(*) > 0)
           END AS qk
      FROM g
      JOIN gz z ON z.ywlx = g.ywlx
               OR (z.ywlx = '*'
                   AND NOT EXISTS (SELECT 1 FROM gz s
                                    WHERE s.ywlx = g.ywlx AND s.gzlx = z.gzlx))
), sb AS (  -- 每行第一条不通过的规则
    SELECT DISTINCT ON (bt.n) bt.n, bt.gzdm, bt.gzsm || '（' || bt.qk || '）' AS yysm
      FROM bt
     WHERE bt.qk IS NOT NULL
     ORDER BY bt.n, bt.sxh, bt.gzdm
)
SELECT g.ywh,
       sb.n IS NULL,
       coalesce(sb.gzdm, 'ZF')::text,
       coalesce(sb.yysm, '符合转发规则')::text
  FROM g
  LEFT JOIN sb ON sb.n = g.n
 ORDER BY g.n;
END
$$;

--
-- Name: FUNCTION route_decisions(p_stream text, p_gxzb jsonb[]); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.route_decisions(p_stream text, p_gxzb jsonb[]) IS '路由决定（集合版）：按 jh.lygz 路由规则与 jh.xzfw 行政区范围，对一组共享主表行决定是否转发；返回每行的业务号、是否转发、原因代码（ZF 或第一条不通过规则的代码）与中文原因';

--
-- Name: row_key(jsonb, text[]); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.row_key(p_sjnr jsonb, p_zjl text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$
SELECT CASE
           WHEN p_zjl IS NULL OR array_length(p_zjl, 1) IS NULL THEN NULL
           WHEN array_length(p_zjl, 1) = 1 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|')
           WHEN array_length(p_zjl, 1) = 2 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|') || '|'
               || replace(replace(p_sjnr ->> p_zjl[2], '\', '\\'), '|', '\|')
           WHEN array_length(p_zjl, 1) = 3 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[2], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[3], '\', '\\'), '|', '\|')
           WHEN array_length(p_zjl, 1) = 4 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[2], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[3], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[4], '\', '\\'), '|', '\|')
           WHEN array_length(p_zjl, 1) = 5 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[2], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[3], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[4], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[5], '\', '\\'), '|', '\|')
           WHEN array_length(p_zjl, 1) = 6 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[2], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[3], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[4], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[5], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[6], '\', '\\'), '|', '\|')
           ELSE NULL
       END
$$;

--
-- Name: FUNCTION row_key(p_sjnr jsonb, p_zjl text[]); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.row_key(p_sjnr jsonb, p_zjl text[]) IS '行主键文本：主键列值按主键顺序以 | 连接（值中的 \ 与 | 前加 \）；任一主键值缺失时返回 NULL';

--
-- Name: stage_merge(anyarray); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.stage_merge(p_rows anyarray) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n   integer;
    v_ids bigint[];
BEGIN
    PERFORM set_config('jydj.dcl', 'off', true);
    MERGE INTO stg.djsj AS t
    USING (SELECT CASE WHEN strpos(b.bm, '.') > 0 THEN split_part(b.bm, '.', 2) ELSE b.bm END AS lybm,
                  b.zj AS lyzj,
                  b.ywh,
                  b.sjnr ->> 'djlx' AS djlx,
                  b.sjnr ->> 'qllx' AS qllx,
                  coalesce(jh.registration_kind(b.bm, b.sjnr), '其他') AS djzl,
                  b.sjnr ->> 'bdcdyh' AS bdcdyh,
                  b.sjnr ->> 'fwbm' AS fwbm,
                  b.czlx,
                  b.sjnr,
                  b.lywz
             FROM unnest(p_rows) AS b) AS s
       ON (t.lybm = s.lybm AND t.lyzj = s.lyzj)
     WHEN MATCHED THEN
        UPDATE SET ywh = s.ywh, djlx = s.djlx, qllx = s.qllx, djzl = s.djzl, bdcdyh = s.bdcdyh,
                   fwbm = s.fwbm, czlx = s.czlx, sjnr = s.sjnr, lywz = s.lywz, jssj = now(),
                   jyzt = '待校验', jyjg = NULL, jysj = NULL
     WHEN NOT MATCHED THEN
        INSERT (lybm, lyzj, ywh, djlx, qllx, djzl, bdcdyh, fwbm, czlx, sjnr, lywz)
        VALUES (s.lybm, s.lyzj, s.ywh, s.djlx, s.qllx, s.djzl, s.bdcdyh, s.fwbm, s.czlx, s.sjnr, s.lywz);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    PERFORM set_config('jydj.dcl', '', true);

    -- 待处理队列：合并的行都是 待校验（已在队列的改状态与种类，不在的加入）
    v_ids := ARRAY(SELECT d.id
                     FROM stg.djsj d
                    WHERE (d.lybm, d.lyzj) IN (SELECT CASE WHEN strpos(b.bm, '.') > 0 THEN split_part(b.bm, '.', 2)
                                                           ELSE b.bm END, b.zj
                                                 FROM unnest(p_rows) AS b));
    UPDATE stg.dcl q
       SET jyzt = '待校验', djzl = d.djzl
      FROM stg.djsj d
     WHERE d.id = ANY (v_ids) AND q.id = d.id AND (q.jyzt <> '待校验' OR q.djzl <> d.djzl);
    -- 先定出不在队列的行再插入：读与写不在同一语句（同一语句里插入的行会被反连接的顺序扫描一再读过）
    v_ids := ARRAY(SELECT x.id FROM unnest(v_ids) AS x(id)
                    WHERE NOT EXISTS (SELECT 1 FROM stg.dcl q WHERE q.id = x.id));
    INSERT INTO stg.dcl (id, jyzt, djzl)
    SELECT d.id, '待校验', d.djzl FROM stg.djsj d WHERE d.id = ANY (v_ids);
    RETURN v_n;
END
$$;

--
-- Name: FUNCTION stage_merge(p_rows anyarray); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.stage_merge(p_rows anyarray) IS 'S4：把一组变更行按 (lybm, lyzj) MERGE 进暂存 stg.djsj（重置为待校验）；错误原样抛出，由 jh.stage_rows 逐行处理';

--
-- Name: stage_rows(anyarray); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.stage_rows(p_rows anyarray) RETURNS anyarray
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_r     jh.bgh%ROWTYPE;
    v_bad   p_rows%TYPE := '{}';
    v_state text;
    v_msg   text;
BEGIN
    IF coalesce(array_length(p_rows, 1), 0) = 0 THEN
        RETURN v_bad;
    END IF;
    BEGIN
        PERFORM jh.stage_merge(p_rows);
    EXCEPTION WHEN OTHERS THEN
        FOREACH v_r IN ARRAY p_rows LOOP
            BEGIN
                PERFORM jh.stage_merge(ARRAY[v_r]);
            EXCEPTION WHEN OTHERS THEN
                v_state := SQLSTATE;
                v_msg := SQLERRM;
                v_bad := v_bad || ROW(v_r.xh, v_r.ly, v_r.sxid, v_r.bm, v_r.czlx, v_r.zj, v_r.ywh,
                                        v_r.sjnr, v_r.lywz, v_r.lysj, v_state, v_msg)::jh.bgh;
            END;
        END LOOP;
    END;

    -- 登簿结果单元随所属登簿结果的登记种类
    UPDATE stg.djsj c
       SET djzl = p.djzl,
           jyzt = '待校验',
           jyjg = NULL,
           jysj = NULL
      FROM stg.djsj p
     WHERE c.lybm = 'dbjg_dy'
       AND p.lybm = 'dbjg'
       AND p.ywh = c.ywh
       AND c.djzl <> p.djzl
       AND c.ywh IN (SELECT b.ywh FROM unnest(p_rows) AS b
                      WHERE b.bm IN ('share_dj.dbjg', 'share_dj.dbjg_dy'));
    RETURN v_bad;
END
$$;

--
-- Name: FUNCTION stage_rows(p_rows anyarray); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.stage_rows(p_rows anyarray) IS 'S4：把共享登记库的变更行按 (lybm, lyzj) 合并进暂存 stg.djsj（登记种类、关键字段、整行映像、来源位置，重置为待校验）；出错时逐行重做并返回失败行';

--
-- Name: stream_alive(text, integer); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.stream_alive(p_stream text, p_pid integer) RETURNS void
    LANGUAGE sql
    AS $$
UPDATE jh.lzt SET xtsj = clock_timestamp(), jcid = p_pid WHERE lsl = p_stream AND zt <> 'stopped'
$$;

--
-- Name: FUNCTION stream_alive(p_stream text, p_pid integer); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.stream_alive(p_stream text, p_pid integer) IS '运行中的流报存活（每 5 秒），进程被杀后状态据此判为 stopped';

--
-- Name: stream_set_state(text, text, integer, text, integer); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.stream_set_state(p_stream text, p_state text, p_pid integer, p_error text, p_restarts integer) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF p_state NOT IN ('running', 'stopped', 'failed') THEN
        RAISE EXCEPTION '未知的流状态 %（应为 running、stopped 或 failed）', p_state USING ERRCODE = '22023';
    END IF;
    PERFORM jh.record_stream_state(p_stream, 0, 0, 0, false, NULL, NULL);  -- makes sure the row exists
    UPDATE jh.lzt t
       SET zt = p_state,
           jcid = CASE WHEN p_state = 'stopped' THEN NULL ELSE p_pid END,
           xtsj = clock_timestamp(),
           qdsj = CASE WHEN p_state = 'running' THEN clock_timestamp() ELSE t.qdsj END,
           cwxx = coalesce(p_error, t.cwxx),
           cqcs = coalesce(p_restarts, t.cqcs),
           gxsj = clock_timestamp()
     WHERE t.lsl = p_stream;
END;
$$;

--
-- Name: FUNCTION stream_set_state(p_stream text, p_state text, p_pid integer, p_error text, p_restarts integer); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.stream_set_state(p_stream text, p_state text, p_pid integer, p_error text, p_restarts integer) IS '记录流的运行状态（running/stopped/failed）、进程号、重启次数与最近一次中断原因';

--
-- Name: write_rows(text, anyarray); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.write_rows(p_stream text, p_rows anyarray) RETURNS anyarray
    LANGUAGE plpgsql
    AS $_$
DECLARE
    v_bm     text;
    v_sch    text;
    v_tab    text;
    v_zjl    text[];
    v_sel    text;
    v_set    text;
    v_ins    text;
    v_val    text;
    v_tk     text;
    v_xk     text;
    v_on     text;
    v_ups    p_rows%TYPE;
    v_dels   p_rows%TYPE;
    v_src    text;
    v_bin    text;
    v_merge  text;
    v_delete text;
    v_r      jh.bgh%ROWTYPE;
    v_bad    p_rows%TYPE := '{}';
    v_badxh  integer[] := '{}';
    v_total  integer;
    v_nu     integer;
    v_nd     integer;
    v_state  text;
    v_msg    text;
BEGIN
    IF coalesce(array_length(p_rows, 1), 0) = 0 THEN
        RETURN v_bad;
    END IF;

    v_total := array_length(p_rows, 1);
    FOR v_bm, v_nu, v_nd IN
        SELECT b.bm, sum(CASE WHEN b.czlx <> 'D' THEN 1 ELSE 0 END), sum(CASE WHEN b.czlx = 'D' THEN 1 ELSE 0 END)
          FROM unnest(p_rows) AS b
         GROUP BY b.bm
         ORDER BY b.bm
    LOOP
        v_sch := split_part(v_bm, '.', 1);
        v_tab := substr(v_bm, length(v_sch) + 2);
        v_zjl := jh.key_columns(v_bm);
        -- 按表、按操作分开（unnest 保持顺序）；只有一张表且无删除时直接用原数组，不复制
        IF v_nu = v_total THEN
            v_ups := p_rows;
            v_dels := '{}';
        ELSE
            v_ups := ARRAY(SELECT b FROM unnest(p_rows) AS b WHERE b.bm = v_bm AND b.czlx <> 'D');
            v_dels := CASE WHEN v_nd > 0
                           THEN ARRAY(SELECT b FROM unnest(p_rows) AS b WHERE b.bm = v_bm AND b.czlx = 'D')
                           ELSE '{}' END;
        END IF;
        -- 语句的各段：本批第一个映像中有的目标列（按列序；主键列总在其中）与主键列
        SELECT string_agg(format('(x.r).%I', a.attname), ', ' ORDER BY a.attnum),
               string_agg(CASE WHEN a.attname::text <> ALL (v_zjl) THEN format('%I = s.%I', a.attname, a.attname) END,
                          ', ' ORDER BY a.attnum),
               string_agg(format('%I', a.attname), ', ' ORDER BY a.attnum),
               string_agg(format('s.%I', a.attname), ', ' ORDER BY a.attnum)
          INTO v_sel, v_set, v_ins, v_val
          FROM pg_catalog.pg_attribute a
          JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = v_sch
           AND c.relname = v_tab
           AND a.attnum > 0
           AND NOT a.attisdropped
           AND (a.attname::text = ANY (v_zjl) OR (v_ups[1]).sjnr ? a.attname::text);
        SELECT string_agg(format('t.%I', k), ', '),
               string_agg(format('(x.r).%I', k), ', '),
               string_agg(format('t.%I = s.%I', k, k), ' AND ')
          INTO v_tk, v_xk, v_on
          FROM unnest(v_zjl) AS k;

        -- bytea 列：Debezium（binary.handling.mode=hex）给的是不带 \x 的十六进制串，补上 \x 成为 PostgreSQL 的
        -- 十六进制输入；已是 \x 形式的（S1 发件箱行由 to_jsonb 生成）与 null 不变
        SELECT string_agg(format(' || CASE WHEN b.sjnr ->> %L IS NULL OR left(b.sjnr ->> %L, 2) = %L THEN %L::jsonb'
                                 ' ELSE json_build_object(%L, %L || (b.sjnr ->> %L))::jsonb END',
                                 a.attname, a.attname, '\x', '{}', a.attname, '\x', a.attname),
                          '' ORDER BY a.attnum)
          INTO v_bin
          FROM pg_catalog.pg_attribute a
          JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = v_sch AND c.relname = v_tab AND a.attnum > 0 AND NOT a.attisdropped
           AND a.atttypid = 'bytea'::regtype;
        -- 源：每行映像转换为目标表的行类型（OFFSET 0 使每行只转换一次）
        v_src := format('(SELECT jsonb_populate_record(NULL::%I.%I, b.sjnr%s) AS r FROM unnest($1) AS b OFFSET 0) AS x',
                        v_sch, v_tab, coalesce(v_bin, ''));
        v_delete := format('DELETE FROM %I.%I AS t WHERE (%s) IN (SELECT %s FROM %s)', v_sch, v_tab, v_tk, v_xk, v_src);
        v_merge := format('MERGE INTO %I.%I AS t USING (SELECT %s FROM %s) AS s ON (%s)%s'
                          ' WHEN NOT MATCHED THEN INSERT (%s) VALUES (%s)',
                          v_sch, v_tab, v_sel, v_src, v_on,
                          CASE WHEN v_set IS NOT NULL THEN ' WHEN MATCHED THEN UPDATE SET ' || v_set ELSE '' END,
                          v_ins, v_val);
        BEGIN
            IF v_nd > 0 THEN
                EXECUTE v_delete USING v_dels;
            END IF;
            IF v_nu > 0 THEN
                EXECUTE v_merge USING v_ups;
            END IF;
        EXCEPTION WHEN OTHERS THEN
            -- 整批失败：逐行重做，失败的行留给死信
            FOREACH v_r IN ARRAY v_dels || v_ups LOOP
                BEGIN
                    IF v_r.czlx = 'D' THEN
                        EXECUTE v_delete USING ARRAY[v_r];
                    ELSE
                        EXECUTE v_merge USING ARRAY[v_r];
                    END IF;
                EXCEPTION WHEN OTHERS THEN
                    v_state := SQLSTATE;
                    v_msg := SQLERRM;
                    v_bad := v_bad || ROW(v_r.xh, v_r.ly, v_r.sxid, v_r.bm, v_r.czlx, v_r.zj, v_r.ywh,
                                            v_r.sjnr, v_r.lywz, v_r.lysj, v_state, v_msg)::jh.bgh;
                    v_badxh := v_badxh || v_r.xh;
                END;
            END LOOP;
        END;
    END LOOP;

    -- 行位置：成功应用的行（删除即墓碑）
    MERGE INTO jh.hwz AS h
    USING (SELECT b.bm, b.zj, b.lywz, b.czlx
             FROM unnest(p_rows) AS b
            WHERE b.xh NOT IN (SELECT unnest(v_badxh))) AS s
       ON (h.bm = s.bm AND h.zj = s.zj)
     WHEN MATCHED THEN
        UPDATE SET lywz = s.lywz, czlx = s.czlx, lsl = p_stream, gxsj = now()
     WHEN NOT MATCHED THEN
        INSERT (bm, zj, lywz, czlx, lsl) VALUES (s.bm, s.zj, s.lywz, s.czlx, p_stream);

    RETURN v_bad;
END
$_$;

--
-- Name: FUNCTION write_rows(p_stream text, p_rows anyarray); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.write_rows(p_stream text, p_rows anyarray) IS '把定为应用的行写入目标表：每表一条 DELETE 与一条 MERGE（按目录中的主键，映像按列类型转换）；整批出错时逐行重做并返回失败行；成功行记入行位置 jh.hwz';

--
-- Name: fwbm_check_char(text); Type: FUNCTION; Schema: std; Owner: -
--

CREATE FUNCTION std.fwbm_check_char(p_body text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $_$
SELECT CASE WHEN p_body COLLATE "C" ~ '^[0-9]{22}$' THEN
           substr('0123456789X',
                  (SELECT sum(substr(p_body, g.i, 1)::integer
                              * ('{2,4,8,5,10,9,7,3,6,1,2,4,8,5,10,9,7,3,6,1,2,4}'::integer[])[g.i])::integer % 11
                     FROM generate_series(1, 22) AS g(i)) + 1,
                  1)
       END
$_$;

--
-- Name: FUNCTION fwbm_check_char(p_body text); Type: COMMENT; Schema: std; Owner: -
--

COMMENT ON FUNCTION std.fwbm_check_char(p_body text) IS '房屋编码校验码（平台约定，同 jydj.codes.fwbm_check_char）：22 位本体码 S = Σ 数字·(2^i mod 11)，取 ''0123456789X''[S mod 11]；非 22 位数字返回 NULL';

--
-- Name: is_valid_bdcdyh(text); Type: FUNCTION; Schema: std; Owner: -
--

CREATE FUNCTION std.is_valid_bdcdyh(p_bdcdyh text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$
SELECT p_bdcdyh COLLATE "C"
       ~ '^[1-8][0-9]{11}(G[BSXDEFHGWY]|J[ABSXCDEFHGWY]|Z[BSXDEFHGWY])[0-9]{5}([FLQ][0-9]{8}|W00000000)$'
$_$;

--
-- Name: FUNCTION is_valid_bdcdyh(p_bdcdyh text); Type: COMMENT; Schema: std; Owner: -
--

COMMENT ON FUNCTION std.is_valid_bdcdyh(p_bdcdyh text) IS '校验不动产单元号（GB/T 37346-2019）28 位结构：6 位县级行政区划（首位 1–8）+ 3 位地籍区 + 3 位地籍子区 + 宗地特征码（G/J/Z + ABSXCDEFHGWY，A、C 只能跟 J）+ 5 位宗地顺序号 + 定着物特征码 F/L/Q/W + 8 位定着物单元号（W 时须为 00000000）；无校验位；NULL 返回 NULL，其他非法输入返回 false';

--
-- Name: is_valid_fwbm(text); Type: FUNCTION; Schema: std; Owner: -
--

CREATE FUNCTION std.is_valid_fwbm(p_fwbm text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$
SELECT p_fwbm COLLATE "C"
       ~ '^[1-8][0-9]{8}(19|20)[0-9]{2}(?!0000)[0-9]{4}[0-9]{5}[0-9X]([0-9]{2})?$'
$_$;

--
-- Name: FUNCTION is_valid_fwbm(p_fwbm text); Type: COMMENT; Schema: std; Owner: -
--

COMMENT ON FUNCTION std.is_valid_fwbm(p_fwbm text) IS '校验房屋编码（JGJ/T 246-2012）结构：23 位 = 9 位行政区划（首位 1–8）+ 4 位竣工年份（1900–2099）+ 4 位幢顺序码（非 0000）+ 5 位户顺序码（00000 为幢）+ 1 位校验码（0–9/X，只查字符集：标准的校验码对照表未核实，不校验数值）；另接受 25 位（加 2 位逻辑幢对应码）；NULL 返回 NULL，其他非法输入返回 false';

--
-- Name: is_valid_sfzh(text); Type: FUNCTION; Schema: std; Owner: -
--

CREATE FUNCTION std.is_valid_sfzh(p_sfzh text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$
SELECT CASE
    WHEN p_sfzh IS NULL THEN NULL
    -- 18 位: 首位 1–8，第 2–17 位数字，末位 0–9/X/x；再用算术查出生日期与校验码
    -- （长度 + 简单正则比逐段定长正则快约 15%: PG 正则的代价随状态数增长）
    WHEN length(p_sfzh) = 18 AND p_sfzh COLLATE "C" ~ '^[1-8][0-9]+[0-9Xx]$' THEN
        substr(p_sfzh, 7, 4)::int BETWEEN 1900 AND 2099
        AND substr(p_sfzh, 11, 2)::int BETWEEN 1 AND 12
        AND substr(p_sfzh, 13, 2)::int BETWEEN 1 AND CASE substr(p_sfzh, 11, 2)::int
                WHEN 2 THEN 28 + (substr(p_sfzh, 7, 4)::int % 4 = 0
                                  AND (substr(p_sfzh, 7, 4)::int % 100 <> 0
                                       OR substr(p_sfzh, 7, 4)::int % 400 = 0))::int
                WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30
                ELSE 31
            END
        AND upper(substr(p_sfzh, 18, 1)) = substr('10X98765432',
              (  7 * substr(p_sfzh,  1, 1)::int +  9 * substr(p_sfzh,  2, 1)::int
              + 10 * substr(p_sfzh,  3, 1)::int +  5 * substr(p_sfzh,  4, 1)::int
              +  8 * substr(p_sfzh,  5, 1)::int +  4 * substr(p_sfzh,  6, 1)::int
              +  2 * substr(p_sfzh,  7, 1)::int +  1 * substr(p_sfzh,  8, 1)::int
              +  6 * substr(p_sfzh,  9, 1)::int +  3 * substr(p_sfzh, 10, 1)::int
              +  7 * substr(p_sfzh, 11, 1)::int +  9 * substr(p_sfzh, 12, 1)::int
              + 10 * substr(p_sfzh, 13, 1)::int +  5 * substr(p_sfzh, 14, 1)::int
              +  8 * substr(p_sfzh, 15, 1)::int +  4 * substr(p_sfzh, 16, 1)::int
              +  2 * substr(p_sfzh, 17, 1)::int) % 11 + 1, 1)
    -- 15 位（旧号码）: 地址码 + YY MM DD（19YY）+ 顺序码，无校验码
    WHEN length(p_sfzh) = 15 AND p_sfzh COLLATE "C" ~ '^[1-8][0-9]+$' THEN
        substr(p_sfzh, 9, 2)::int BETWEEN 1 AND 12
        AND substr(p_sfzh, 11, 2)::int BETWEEN 1 AND CASE substr(p_sfzh, 9, 2)::int
                -- 19YY 年: 1900 年不是闰年，其余能被 4 整除的是闰年
                WHEN 2 THEN 28 + (substr(p_sfzh, 7, 2)::int % 4 = 0 AND substr(p_sfzh, 7, 2)::int <> 0)::int
                WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30
                ELSE 31
            END
    ELSE false
END
$_$;

--
-- Name: FUNCTION is_valid_sfzh(p_sfzh text); Type: COMMENT; Schema: std; Owner: -
--

COMMENT ON FUNCTION std.is_valid_sfzh(p_sfzh text) IS '校验居民身份证号码（GB 11643-1999 18 位，含 ISO 7064 MOD 11-2 校验码，接受小写 x；兼容 GB 11643-1989 15 位旧号码）：地址码首位 1–8，出生日期须为 1900–2099 年间真实日期，不校验地址码在出生年份是否存在；NULL 返回 NULL，其他非法输入返回 false，不抛异常';

--
-- Name: is_valid_uscc(text); Type: FUNCTION; Schema: std; Owner: -
--

CREATE FUNCTION std.is_valid_uscc(p_uscc text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$
SELECT CASE
    WHEN p_uscc IS NULL THEN NULL
    WHEN p_uscc COLLATE "C" ~ '^[1-9ANY][0-9ABCDEFGHJKLMNPQRTUWXY][0-9]{6}[0-9ABCDEFGHJKLMNPQRTUWXY]{10}$' THEN
        substr(p_uscc, 18, 1) = substr('0123456789ABCDEFGHJKLMNPQRTUWXY',
            (31 - (
                   1 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc,  1, 1)) - 1)
                +  3 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc,  2, 1)) - 1)
                +  9 * substr(p_uscc,  3, 1)::int
                + 27 * substr(p_uscc,  4, 1)::int
                + 19 * substr(p_uscc,  5, 1)::int
                + 26 * substr(p_uscc,  6, 1)::int
                + 16 * substr(p_uscc,  7, 1)::int
                + 17 * substr(p_uscc,  8, 1)::int
                + 20 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc,  9, 1)) - 1)
                + 29 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc, 10, 1)) - 1)
                + 25 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc, 11, 1)) - 1)
                + 13 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc, 12, 1)) - 1)
                +  8 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc, 13, 1)) - 1)
                + 24 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc, 14, 1)) - 1)
                + 10 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc, 15, 1)) - 1)
                + 30 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc, 16, 1)) - 1)
                + 28 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc, 17, 1)) - 1)
            ) % 31) % 31 + 1, 1)
    ELSE false
END
$_$;

--
-- Name: FUNCTION is_valid_uscc(p_uscc text); Type: COMMENT; Schema: std; Owner: -
--

COMMENT ON FUNCTION std.is_valid_uscc(p_uscc text) IS '校验统一社会信用代码（GB 32100-2015）：18 位取自 0-9 与 ABCDEFGHJKLMNPQRTUWXY（只收大写），首位为登记管理部门码 1–9/A/N/Y，第 3–8 位为数字，第 18 位为模 31 校验码；接受 N/A/Y 开头的代码；NULL 返回 NULL，其他非法输入返回 false，不抛异常';

--
-- Name: btbg; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.btbg (
    id bigint NOT NULL,
    lsl character varying(10) NOT NULL,
    kssj timestamp with time zone DEFAULT now() NOT NULL,
    jssj timestamp with time zone,
    qsrq date,
    sfbt boolean DEFAULT true NOT NULL,
    tss integer DEFAULT 1024 NOT NULL,
    checked bigint DEFAULT 0 NOT NULL,
    different bigint DEFAULT 0 NOT NULL,
    missing bigint DEFAULT 0 NOT NULL,
    extra bigint DEFAULT 0 NOT NULL,
    held_back bigint DEFAULT 0 NOT NULL,
    repushed bigint DEFAULT 0 NOT NULL,
    still_missing bigint DEFAULT 0 NOT NULL,
    zt character varying(10) DEFAULT '运行中'::character varying NOT NULL,
    sm text,
    mx jsonb,
    jcid integer,
    CONSTRAINT btbg_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S1'::character varying, 'S2'::character varying, 'S3'::character varying, 'S4'::character varying])::text[]))),
    CONSTRAINT btbg_zt_ck CHECK (((zt)::text = ANY ((ARRAY['运行中'::character varying, '一致'::character varying, '已补齐'::character varying, '仍有缺失'::character varying, '仅报告'::character varying, '待应用'::character varying, '失败'::character varying])::text[])))
);

--
-- Name: TABLE btbg; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.btbg IS '补推报告：每日对账（seed §5.2.1.4）每次运行每条流一行，在该流的目标库；按业务号或行主键分桶比对源与目标的哈希，补推缺失与不一致的行，记录检查、不一致、缺失、多余、有意未转发、补推与仍缺失的数量；jydj status 读每流最新一行';

--
-- Name: COLUMN btbg.id; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.id IS 'ID（主键）';

--
-- Name: COLUMN btbg.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.lsl IS '流（S1–S4）';

--
-- Name: COLUMN btbg.kssj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.kssj IS '开始时间';

--
-- Name: COLUMN btbg.jssj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.jssj IS '结束时间（运行中为空）';

--
-- Name: COLUMN btbg.qsrq; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.qsrq IS '起始日期（--since：只比对更新时间在此日零时之后的行；为空表示全部）';

--
-- Name: COLUMN btbg.sfbt; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.sfbt IS '是否补推（false 即 --no-repush：只报告）';

--
-- Name: COLUMN btbg.tss; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.tss IS '分桶数（按主键或业务号的哈希取模）';

--
-- Name: COLUMN btbg.checked; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.checked IS '检查数：比对的源行数（S1 为业务数）';

--
-- Name: COLUMN btbg.different; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.different IS '不一致数：源与目标都有、内容不同的行（S1：共享主表明细行数不同或明细不全的业务）';

--
-- Name: COLUMN btbg.missing; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.missing IS '缺失数：源有、目标没有的行（S1：目标无共享主表的业务）；不含有意未转发的';

--
-- Name: COLUMN btbg.extra; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.extra IS '多余数：目标有、源没有的行（只报告，不删除）';

--
-- Name: COLUMN btbg.held_back; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.held_back IS '有意未转发数：缺失或不一致、但按路由未转发（jh.lyjc 不转发、jh.wzf）、在待处理（jh.ddcl）或死信（jh.sx 待重试）中的行，不算缺失、不补推';

--
-- Name: COLUMN btbg.repushed; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.repushed IS '补推数：重新发出变更的源行数（S1 为重推的业务数）';

--
-- Name: COLUMN btbg.still_missing; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.still_missing IS '仍缺失数：等待流应用补推后复查仍缺失或不一致的行；流未运行时等于补推数；只报告时等于缺失数加不一致数';

--
-- Name: COLUMN btbg.zt; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.zt IS '状态：运行中 / 一致（无差异）/ 已补齐（补推后复查一致）/ 仍有缺失 / 仅报告（--no-repush 且有差异）/ 待应用（已补推但流未运行）/ 失败';

--
-- Name: COLUMN btbg.sm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.sm IS '说明（中文，如流未运行、失败原因）';

--
-- Name: COLUMN btbg.mx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.mx IS '明细（JSON）：按表的计数与各类行主键的样例（每类最多 50 个）';

--
-- Name: COLUMN btbg.jcid; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.jcid IS '运行对账的进程号';

--
-- Name: btbg_id_seq; Type: SEQUENCE; Schema: jh; Owner: -
--

CREATE SEQUENCE jh.btbg_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: btbg_id_seq; Type: SEQUENCE OWNED BY; Schema: jh; Owner: -
--

ALTER SEQUENCE jh.btbg_id_seq OWNED BY jh.btbg.id;

--
-- Name: ddcl; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.ddcl (
    id bigint NOT NULL,
    lsl character varying(10) NOT NULL,
    bm text NOT NULL,
    zj text NOT NULL,
    ywh text NOT NULL,
    czlx character(1) NOT NULL,
    sjnr jsonb NOT NULL,
    lywz bigint NOT NULL,
    lysj timestamp with time zone,
    jrsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ddcl_czlx_ck CHECK ((czlx = ANY (ARRAY['I'::bpchar, 'U'::bpchar, 'D'::bpchar]))),
    CONSTRAINT ddcl_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S2'::character varying, 'S3'::character varying])::text[])))
);

--
-- Name: TABLE ddcl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.ddcl IS '待处理：所属业务尚无路由决定（共享主表行未到）的明细行，每个目标行保留最新一次；该业务的共享主表行到达并决定后，在同一调用中应用或记入未转发';

--
-- Name: COLUMN ddcl.id; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.id IS 'ID（主键）';

--
-- Name: COLUMN ddcl.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.lsl IS '流（S2 / S3）';

--
-- Name: COLUMN ddcl.bm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.bm IS '目标表（模式.表）';

--
-- Name: COLUMN ddcl.zj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.zj IS '行主键文本（格式同 jh.hwz.zj）';

--
-- Name: COLUMN ddcl.ywh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.ywh IS '所属业务号（等待其共享主表行）';

--
-- Name: COLUMN ddcl.czlx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.czlx IS '操作：I 新增 / U 修改 / D 删除';

--
-- Name: COLUMN ddcl.sjnr; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.sjnr IS '行数据（Debezium 行映像，JSON；删除时为删除前映像）';

--
-- Name: COLUMN ddcl.lywz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.lywz IS '来源位置（源库 WAL LSN）';

--
-- Name: COLUMN ddcl.lysj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.lysj IS '来源提交时间（Debezium source.ts_ms）';

--
-- Name: COLUMN ddcl.jrsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.jrsj IS '进入待处理的时间';

--
-- Name: ddcl_id_seq; Type: SEQUENCE; Schema: jh; Owner: -
--

CREATE SEQUENCE jh.ddcl_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: ddcl_id_seq; Type: SEQUENCE OWNED BY; Schema: jh; Owner: -
--

ALTER SEQUENCE jh.ddcl_id_seq OWNED BY jh.ddcl.id;

--
-- Name: hwz; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.hwz (
    bm text NOT NULL,
    zj text NOT NULL,
    lywz bigint NOT NULL,
    czlx character(1) NOT NULL,
    lsl character varying(10) NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT hwz_czlx_ck CHECK ((czlx = ANY (ARRAY['I'::bpchar, 'U'::bpchar, 'D'::bpchar]))),
    CONSTRAINT hwz_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S1'::character varying, 'S2'::character varying, 'S3'::character varying, 'S4'::character varying])::text[])))
);

--
-- Name: TABLE hwz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.hwz IS '行位置：每个目标行最后一次应用的来源位置；来源位置不大于此值的变更（重放、重复、迟到的旧变更）不再应用；删除后保留此行作为墓碑，迟到的旧插入不能复活该行';

--
-- Name: COLUMN hwz.bm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.hwz.bm IS '目标表（模式.表，主键之一）';

--
-- Name: COLUMN hwz.zj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.hwz.zj IS '行主键文本（主键列值按主键顺序以 | 连接；值中的 \ 与 | 前加 \；主键之一）';

--
-- Name: COLUMN hwz.lywz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.hwz.lywz IS '最后应用的变更的来源位置（源库 WAL LSN，整数）';

--
-- Name: COLUMN hwz.czlx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.hwz.czlx IS '最后应用的操作：I 新增 / U 修改 / D 删除（D 即墓碑）';

--
-- Name: COLUMN hwz.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.hwz.lsl IS '写入该行的流';

--
-- Name: COLUMN hwz.gxsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.hwz.gxsj IS '应用时间';

--
-- Name: lyb; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.lyb (
    lsl character varying(10) NOT NULL,
    lybm character varying(100) NOT NULL,
    zjl text[] NOT NULL,
    sm text,
    CONSTRAINT lyb_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S1'::character varying, 'S2'::character varying, 'S3'::character varying, 'S4'::character varying])::text[])))
);

--
-- Name: TABLE lyb; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.lyb IS '来源表：目标库读不到来源库目录时（S4 把 jy_front.share_dj 写入 jy 暂存）所需的来源表主键列；行主键文本 lyzj 按此列序生成';

--
-- Name: COLUMN lyb.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyb.lsl IS '流（主键之一）';

--
-- Name: COLUMN lyb.lybm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyb.lybm IS '来源表（模式.表，主键之一）';

--
-- Name: COLUMN lyb.zjl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyb.zjl IS '主键列（按主键顺序）';

--
-- Name: COLUMN lyb.sm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyb.sm IS '说明';

--
-- Name: lygz; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.lygz (
    id bigint NOT NULL,
    lsl character varying(10) NOT NULL,
    ywlx character varying(10) NOT NULL,
    gzdm character varying(30) NOT NULL,
    gzlx character varying(10) NOT NULL,
    btzd text[],
    yxzt text[],
    sxh integer DEFAULT 100 NOT NULL,
    sfqy boolean DEFAULT true NOT NULL,
    gzsm text NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT lygz_btzd_ck CHECK ((((gzlx)::text <> 'BTZD'::text) OR (btzd IS NOT NULL))),
    CONSTRAINT lygz_gzlx_ck CHECK (((gzlx)::text = ANY ((ARRAY['YWZT'::character varying, 'QXFW'::character varying, 'BTZD'::character varying])::text[]))),
    CONSTRAINT lygz_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S2'::character varying, 'S3'::character varying])::text[]))),
    CONSTRAINT lygz_yxzt_ck CHECK ((((gzlx)::text <> 'YWZT'::text) OR (yxzt IS NOT NULL)))
);

--
-- Name: TABLE lygz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.lygz IS '路由规则：S2/S3 据共享主表（gxzb）一行决定是否转发该业务；适用于某业务类型的全部启用规则都通过才转发；同一检查类别（gzlx）有该业务类型的专用规则时，通用规则（ywlx=*）不再适用';

--
-- Name: COLUMN lygz.id; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.id IS 'ID（主键）';

--
-- Name: COLUMN lygz.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.lsl IS '流：S2 共享交易库→不动产端前置共享交易库，S3 共享登记库→房产端前置共享登记库';

--
-- Name: COLUMN lygz.ywlx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.ywlx IS '适用的业务类型（共享主表 ywlx），* 表示任意类型';

--
-- Name: COLUMN lygz.gzdm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.gzdm IS '规则代码（唯一；不转发时作为原因代码记入 lyjc.yy 与 wzf.yy）';

--
-- Name: COLUMN lygz.gzlx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.gzlx IS '检查类别：YWZT 业务状态须在 yxzt 中，QXFW 区县代码须在 jh.xzfw 有效范围内，BTZD btzd 所列字段须非空';

--
-- Name: COLUMN lygz.btzd; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.btzd IS '必填字段（共享主表列名数组，BTZD 规则用）';

--
-- Name: COLUMN lygz.yxzt; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.yxzt IS '允许的业务状态（ywzt 值数组，YWZT 规则用）';

--
-- Name: COLUMN lygz.sxh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.sxh IS '检查顺序号（小者先查；有多条不通过时取最先的一条作为原因）';

--
-- Name: COLUMN lygz.sfqy; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.sfqy IS '是否启用';

--
-- Name: COLUMN lygz.gzsm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.gzsm IS '规则说明（中文；不转发时作为原因说明的开头）';

--
-- Name: COLUMN lygz.gxsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.gxsj IS '更新时间';

--
-- Name: lygz_id_seq; Type: SEQUENCE; Schema: jh; Owner: -
--

CREATE SEQUENCE jh.lygz_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: lygz_id_seq; Type: SEQUENCE OWNED BY; Schema: jh; Owner: -
--

ALTER SEQUENCE jh.lygz_id_seq OWNED BY jh.lygz.id;

--
-- Name: lyjc; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.lyjc (
    lsl character varying(10) NOT NULL,
    ywh text NOT NULL,
    ywlx text,
    zf boolean NOT NULL,
    yy character varying(30) NOT NULL,
    yysm text NOT NULL,
    lywz bigint NOT NULL,
    jcsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT lyjc_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S2'::character varying, 'S3'::character varying])::text[])))
);

--
-- Name: TABLE lyjc; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.lyjc IS '路由决定：S2/S3 对每个业务（共享主表一行）的转发决定；明细行随所属业务的决定转发或不转发；共享主表的更新版本（lywz 更大）重新决定';

--
-- Name: COLUMN lyjc.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyjc.lsl IS '流（S2 / S3，主键之一）';

--
-- Name: COLUMN lyjc.ywh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyjc.ywh IS '业务号（共享主表 ywh，主键之一）';

--
-- Name: COLUMN lyjc.ywlx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyjc.ywlx IS '业务类型（决定时共享主表的 ywlx）';

--
-- Name: COLUMN lyjc.zf; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyjc.zf IS '是否转发';

--
-- Name: COLUMN lyjc.yy; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyjc.yy IS '原因代码：ZF 符合全部规则；否则为第一条不通过规则的 gzdm';

--
-- Name: COLUMN lyjc.yysm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyjc.yysm IS '原因说明（中文）';

--
-- Name: COLUMN lyjc.lywz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyjc.lywz IS '据以决定的共享主表版本的来源位置（源库 WAL LSN）';

--
-- Name: COLUMN lyjc.jcsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyjc.jcsj IS '决定时间';

--
-- Name: lzt; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.lzt (
    lsl character varying(10) NOT NULL,
    applied bigint DEFAULT 0 NOT NULL,
    skipped bigint DEFAULT 0 NOT NULL,
    filtered bigint DEFAULT 0 NOT NULL,
    dead_letters bigint DEFAULT 0 NOT NULL,
    pending bigint DEFAULT 0 NOT NULL,
    batches bigint DEFAULT 0 NOT NULL,
    last_event_at timestamp with time zone,
    last_source_ts timestamp with time zone,
    last_lag_ms integer,
    last_lywz bigint,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    zt character varying(10) DEFAULT 'stopped'::character varying NOT NULL,
    jcid integer,
    xtsj timestamp with time zone,
    qdsj timestamp with time zone,
    cwxx text,
    cqcs integer DEFAULT 0 NOT NULL,
    CONSTRAINT lzt_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S1'::character varying, 'S2'::character varying, 'S3'::character varying, 'S4'::character varying])::text[]))),
    CONSTRAINT lzt_zt_ck CHECK (((zt)::text = ANY ((ARRAY['running'::character varying, 'stopped'::character varying, 'failed'::character varying])::text[])))
);

--
-- Name: TABLE lzt; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.lzt IS '流状态：每流一行，在该流的目标库中（S1、S3 在 jy_front，S2 在 dj_front，S4 在 jy）；jh.apply_changes 与重试函数在同一事务中更新，jydj status 读取';

--
-- Name: COLUMN lzt.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.lsl IS '流（S1–S4，主键）';

--
-- Name: COLUMN lzt.applied; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.applied IS '累计已应用行数';

--
-- Name: COLUMN lzt.skipped; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.skipped IS '累计跳过行数（重放、重复、迟到的旧变更，批内被同一行更新变更取代的，S1 发件箱的修改与删除）';

--
-- Name: COLUMN lzt.filtered; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.filtered IS '累计未转发行数（记入 jh.wzf 的次数）';

--
-- Name: COLUMN lzt.dead_letters; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.dead_letters IS '当前待重试的死信行数（jh.sx 中 cszt=待重试）';

--
-- Name: COLUMN lzt.pending; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.pending IS '当前待处理行数（jh.ddcl 中该流的行）';

--
-- Name: COLUMN lzt.batches; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.batches IS '累计处理的批次数';

--
-- Name: COLUMN lzt.last_event_at; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.last_event_at IS '最近一次应用批次的时间';

--
-- Name: COLUMN lzt.last_source_ts; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.last_source_ts IS '最近批次中最新变更的来源提交时间';

--
-- Name: COLUMN lzt.last_lag_ms; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.last_lag_ms IS '最近批次的延迟（毫秒）：应用时刻 clock_timestamp() 减来源提交时间';

--
-- Name: COLUMN lzt.last_lywz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.last_lywz IS '最近批次中最大的来源位置（源库 WAL LSN）';

--
-- Name: COLUMN lzt.gxsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.gxsj IS '更新时间';

--
-- Name: COLUMN lzt.zt; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.zt IS '运行状态：running 运行中 / stopped 已停止 / failed 失败（等待自动重启）；存活时间超过 20 秒未更新的 running 视为 stopped';

--
-- Name: COLUMN lzt.jcid; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.jcid IS '运行该流的进程号';

--
-- Name: COLUMN lzt.xtsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.xtsj IS '存活时间：运行进程每 5 秒更新一次';

--
-- Name: COLUMN lzt.qdsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.qdsj IS '最近一次启动时间';

--
-- Name: COLUMN lzt.cwxx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.cwxx IS '最近一次中断的原因';

--
-- Name: COLUMN lzt.cqcs; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.cqcs IS '自最近一次启动以来的自动重启次数';

--
-- Name: sx; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.sx (
    id bigint NOT NULL,
    lsl character varying(10) NOT NULL,
    bm text NOT NULL,
    zj text,
    ywh text,
    czlx character(1),
    sjnr jsonb,
    lywz bigint,
    lysj timestamp with time zone,
    cwdm character varying(5) NOT NULL,
    cwxx text NOT NULL,
    jrsj timestamp with time zone DEFAULT now() NOT NULL,
    cszt character varying(10) DEFAULT '待重试'::character varying NOT NULL,
    cscs integer DEFAULT 0 NOT NULL,
    cssj timestamp with time zone,
    CONSTRAINT sx_cszt_ck CHECK (((cszt)::text = ANY ((ARRAY['待重试'::character varying, '已重试'::character varying, '已放弃'::character varying])::text[]))),
    CONSTRAINT sx_czlx_ck CHECK ((czlx = ANY (ARRAY['I'::bpchar, 'U'::bpchar, 'D'::bpchar]))),
    CONSTRAINT sx_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S1'::character varying, 'S2'::character varying, 'S3'::character varying, 'S4'::character varying])::text[])))
);

--
-- Name: TABLE sx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.sx IS '死信：无法应用的行（值不能转换、违反约束、未知目标表、变更格式错误）及错误；批次其余行照常应用；修正 sjnr 或约束后用 jh.retry_dead_letter / jh.retry_dead_letters 重试';

--
-- Name: COLUMN sx.id; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.id IS 'ID（主键）';

--
-- Name: COLUMN sx.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.lsl IS '流（S1–S4）';

--
-- Name: COLUMN sx.bm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.bm IS '目标表（模式.表；S4 为来源表）；变更未能解析出目标表时为来源表';

--
-- Name: COLUMN sx.zj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.zj IS '行主键文本（格式同 jh.hwz.zj；无法得出时为空）';

--
-- Name: COLUMN sx.ywh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.ywh IS '所属业务号（行的 ywh）';

--
-- Name: COLUMN sx.czlx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.czlx IS '操作：I 新增 / U 修改 / D 删除（无法识别时为空）';

--
-- Name: COLUMN sx.sjnr; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.sjnr IS '行数据（JSON 行映像，S1 为拆出的 sjnr）；重试时按此值应用，可先修正';

--
-- Name: COLUMN sx.lywz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.lywz IS '来源位置（源库 WAL LSN）';

--
-- Name: COLUMN sx.lysj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.lysj IS '来源提交时间';

--
-- Name: COLUMN sx.cwdm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.cwdm IS '错误代码（SQLSTATE；JH001 未知目标表，JH002 目标表无主键，JH003 行映像缺主键值，JH004 变更格式错误）';

--
-- Name: COLUMN sx.cwxx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.cwxx IS '错误信息（最近一次）';

--
-- Name: COLUMN sx.jrsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.jrsj IS '进入死信的时间';

--
-- Name: COLUMN sx.cszt; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.cszt IS '重试状态：待重试 / 已重试（已应用或已按路由处理）/ 已放弃（人工放弃，或已被更新的变更取代）';

--
-- Name: COLUMN sx.cscs; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.cscs IS '重试次数';

--
-- Name: COLUMN sx.cssj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.cssj IS '最近一次重试时间';

--
-- Name: sx_id_seq; Type: SEQUENCE; Schema: jh; Owner: -
--

CREATE SEQUENCE jh.sx_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: sx_id_seq; Type: SEQUENCE OWNED BY; Schema: jh; Owner: -
--

ALTER SEQUENCE jh.sx_id_seq OWNED BY jh.sx.id;

--
-- Name: wzf; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.wzf (
    id bigint NOT NULL,
    lsl character varying(10) NOT NULL,
    bm text NOT NULL,
    zj text NOT NULL,
    ywh text,
    czlx character(1) NOT NULL,
    sjnr jsonb,
    yy character varying(30) NOT NULL,
    yysm text NOT NULL,
    lywz bigint NOT NULL,
    jlsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT wzf_czlx_ck CHECK ((czlx = ANY (ARRAY['I'::bpchar, 'U'::bpchar, 'D'::bpchar]))),
    CONSTRAINT wzf_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S2'::character varying, 'S3'::character varying])::text[])))
);

--
-- Name: TABLE wzf; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.wzf IS '未转发记录：路由不转发的每一行及其原因（每个目标行保留最新一次）；所属业务之后改为转发时，原因为 YWWZF 的行在同一调用中补发并从此表删除';

--
-- Name: COLUMN wzf.id; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.id IS 'ID（主键）';

--
-- Name: COLUMN wzf.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.lsl IS '流（S2 / S3）';

--
-- Name: COLUMN wzf.bm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.bm IS '目标表（模式.表）';

--
-- Name: COLUMN wzf.zj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.zj IS '行主键文本（格式同 jh.hwz.zj）';

--
-- Name: COLUMN wzf.ywh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.ywh IS '所属业务号（行的 ywh）';

--
-- Name: COLUMN wzf.czlx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.czlx IS '操作：I 新增 / U 修改 / D 删除';

--
-- Name: COLUMN wzf.sjnr; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.sjnr IS '行数据（Debezium 行映像，JSON；删除时为删除前映像），补发时使用';

--
-- Name: COLUMN wzf.yy; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.yy IS '原因代码：规则代码（jh.lygz.gzdm）、YWWZF 所属业务未转发、YWWJC 删除的业务无转发决定、WYWH 无业务号';

--
-- Name: COLUMN wzf.yysm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.yysm IS '原因说明（中文）';

--
-- Name: COLUMN wzf.lywz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.lywz IS '来源位置（源库 WAL LSN）';

--
-- Name: COLUMN wzf.jlsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.jlsj IS '记录时间';

--
-- Name: wzf_id_seq; Type: SEQUENCE; Schema: jh; Owner: -
--

CREATE SEQUENCE jh.wzf_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: wzf_id_seq; Type: SEQUENCE OWNED BY; Schema: jh; Owner: -
--

ALTER SEQUENCE jh.wzf_id_seq OWNED BY jh.wzf.id;

--
-- Name: xh; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.xh (
    id character varying(42) NOT NULL,
    type character varying(32) NOT NULL,
    data character varying(2048)
);

ALTER TABLE ONLY jh.xh REPLICA IDENTITY FULL;

--
-- Name: TABLE xh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.xh IS '信号：写入一行即向本库上的 Debezium 引擎发信号（如 execute-snapshot 增量快照，用于补推）；列名按 Debezium 约定';

--
-- Name: COLUMN xh.id; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xh.id IS '信号编号（主键）';

--
-- Name: COLUMN xh.type; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xh.type IS '信号类型（execute-snapshot、stop-snapshot、pause-snapshot、resume-snapshot、log）';

--
-- Name: COLUMN xh.data; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xh.data IS '信号内容（JSON 文本，如 {"data-collections":["share_jy.spfht"],"type":"incremental"}）';

--
-- Name: xt; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.xt (
    lsl character varying(10) NOT NULL,
    xtsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT xt_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S1'::character varying, 'S2'::character varying, 'S3'::character varying, 'S4'::character varying])::text[])))
);

ALTER TABLE ONLY jh.xt REPLICA IDENTITY FULL;

--
-- Name: TABLE xt; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.xt IS '心跳：每流一行，由该流在源库的 Debezium 心跳语句定时更新；变更随流到达目标库，用来在空闲时确认位置、计算延迟';

--
-- Name: COLUMN xt.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xt.lsl IS '流（S1–S4，主键）';

--
-- Name: COLUMN xt.xtsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xt.xtsj IS '最近一次心跳时间';

--
-- Name: xzfw; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.xzfw (
    qxdm character varying(12) NOT NULL,
    qxmc text NOT NULL,
    sfyx boolean DEFAULT true NOT NULL,
    bz text,
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: TABLE xzfw; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.xzfw IS '行政区范围：本平台交换的区县；共享主表 qxdm 不在其中（或已停用）的业务不转发（路由规则 QXFW）';

--
-- Name: COLUMN xzfw.qxdm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xzfw.qxdm IS '行政区划代码（GB/T 2260 区县级，主键）';

--
-- Name: COLUMN xzfw.qxmc; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xzfw.qxmc IS '区县名称';

--
-- Name: COLUMN xzfw.sfyx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xzfw.sfyx IS '是否有效（false 时该区县的业务不转发）';

--
-- Name: COLUMN xzfw.bz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xzfw.bz IS '备注';

--
-- Name: COLUMN xzfw.gxsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xzfw.gxsj IS '更新时间';

--
-- Name: alembic_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alembic_version (
    version_num character varying(32) NOT NULL
);

--
-- Name: bdcdy; Type: TABLE; Schema: share_dj; Owner: -
--

CREATE TABLE share_dj.bdcdy (
    bdcdyh character varying(28) NOT NULL,
    ywh text NOT NULL,
    fwbm character varying(32),
    zddm character varying(32),
    zrzh character varying(50),
    ljzh character varying(50),
    zl text,
    zh text,
    dyh text,
    szc text,
    sjc integer,
    hh text,
    shbw text,
    jzmj numeric(12,2),
    tnjzmj numeric(12,2),
    ftjzmj numeric(12,2),
    ghyt character varying(10),
    fwjg character varying(10),
    fwxz character varying(10),
    fwlx character varying(10),
    zcs integer,
    dyzt character varying(30),
    qxdm character varying(12),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_dj.bdcdy REPLICA IDENTITY FULL;

--
-- Name: TABLE bdcdy; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON TABLE share_dj.bdcdy IS '不动产单元：登记楼盘表中的房屋不动产单元（户），房产端据以挂接房屋编码与不动产单元号';

--
-- Name: COLUMN bdcdy.bdcdyh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.bdcdyh IS '不动产单元号（GB/T 37346，主键）';

--
-- Name: COLUMN bdcdy.ywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN bdcdy.fwbm; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.fwbm IS '房屋编码（登记端所持，常为空或过期）';

--
-- Name: COLUMN bdcdy.zddm; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.zddm IS '宗地代码';

--
-- Name: COLUMN bdcdy.zrzh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.zrzh IS '自然幢号';

--
-- Name: COLUMN bdcdy.ljzh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.ljzh IS '逻辑幢号';

--
-- Name: COLUMN bdcdy.zl; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.zl IS '坐落';

--
-- Name: COLUMN bdcdy.zh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.zh IS '幢号（栋）';

--
-- Name: COLUMN bdcdy.dyh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.dyh IS '单元号';

--
-- Name: COLUMN bdcdy.szc; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.szc IS '所在层（名义层）';

--
-- Name: COLUMN bdcdy.sjc; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.sjc IS '实际层';

--
-- Name: COLUMN bdcdy.hh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.hh IS '户号';

--
-- Name: COLUMN bdcdy.shbw; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.shbw IS '室号部位（房号）';

--
-- Name: COLUMN bdcdy.jzmj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.jzmj IS '建筑面积（m²）';

--
-- Name: COLUMN bdcdy.tnjzmj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.tnjzmj IS '套内建筑面积（m²）';

--
-- Name: COLUMN bdcdy.ftjzmj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.ftjzmj IS '分摊建筑面积（m²）';

--
-- Name: COLUMN bdcdy.ghyt; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.ghyt IS '规划用途（FWYT 代码）';

--
-- Name: COLUMN bdcdy.fwjg; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.fwjg IS '房屋结构（FWJG 代码）';

--
-- Name: COLUMN bdcdy.fwxz; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.fwxz IS '房屋性质（FWXZ 代码）';

--
-- Name: COLUMN bdcdy.fwlx; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.fwlx IS '房屋类型（FWLX 代码）';

--
-- Name: COLUMN bdcdy.zcs; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.zcs IS '总层数';

--
-- Name: COLUMN bdcdy.dyzt; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.dyzt IS '单元状态（现势、历史：分割合并后原单元为历史）';

--
-- Name: COLUMN bdcdy.qxdm; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.qxdm IS '行政区划代码';

--
-- Name: COLUMN bdcdy.gxsj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.bdcdy.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: dbjg; Type: TABLE; Schema: share_dj; Owner: -
--

CREATE TABLE share_dj.dbjg (
    ywh text NOT NULL,
    jyywh text,
    slbh character varying(50),
    djlx character varying(10) NOT NULL,
    qllx character varying(10),
    djxl character varying(30),
    bdcdyh character varying(28),
    fwbm character varying(32),
    zl text,
    bdcqzh text,
    djyy text,
    syywh text,
    djsj timestamp with time zone,
    dbr text,
    djjg text,
    qszt character varying(10),
    qxdm character varying(12),
    fj text,
    jzmj numeric(12,2),
    fdcjyjg numeric(18,2),
    ghyt character varying(10),
    fwxz character varying(10),
    dybdclx character varying(10),
    dyfs character varying(10),
    dyr text,
    dyqr text,
    bdbzzqse numeric(18,2),
    zgzqse numeric(18,2),
    zwlxqssj date,
    zwlxjssj date,
    ygdjzl character varying(10),
    htbh character varying(50),
    qdjg numeric(18,2),
    cfjg text,
    cflx character varying(10),
    cfwj text,
    cfwh text,
    cfqssj date,
    cfjssj date,
    cffw text,
    jfywh text,
    yysx text,
    zxywh text,
    zxyy text,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT dbjg_djlx_ck CHECK (((djlx)::text = ANY ((ARRAY['100'::character varying, '200'::character varying, '300'::character varying, '400'::character varying, '500'::character varying, '600'::character varying, '700'::character varying, '800'::character varying, '900'::character varying])::text[])))
);

ALTER TABLE ONLY share_dj.dbjg REPLICA IDENTITY FULL;

--
-- Name: TABLE dbjg; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON TABLE share_dj.dbjg IS '登簿结果：不动产统一登记簿的登记结果，每个登记业务一行；各权利类型特有字段可为空（房地产权、抵押权、预告、查封、异议、注销）';

--
-- Name: COLUMN dbjg.ywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.ywh IS '登记业务号（主键）';

--
-- Name: COLUMN dbjg.jyywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.jyywh IS '交易业务号（登记所依据的交易业务）';

--
-- Name: COLUMN dbjg.slbh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.slbh IS '一窗受理编号';

--
-- Name: COLUMN dbjg.djlx; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.djlx IS '登记类型（DJLX 代码）';

--
-- Name: COLUMN dbjg.qllx; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.qllx IS '权利类型（QLLX 代码）';

--
-- Name: COLUMN dbjg.djxl; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.djxl IS '登记小类（如 预告、预抵押、抵押权、查封、解封、异议）';

--
-- Name: COLUMN dbjg.bdcdyh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.bdcdyh IS '不动产单元号（多单元时为第一个，全部见 dbjg_dy）';

--
-- Name: COLUMN dbjg.fwbm; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.fwbm IS '房屋编码（登记端所持，可能为空）';

--
-- Name: COLUMN dbjg.zl; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.zl IS '坐落';

--
-- Name: COLUMN dbjg.bdcqzh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.bdcqzh IS '不动产权证书号或登记证明号';

--
-- Name: COLUMN dbjg.djyy; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.djyy IS '登记原因';

--
-- Name: COLUMN dbjg.syywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.syywh IS '上手业务号（本次登记所承接的前一登记业务）';

--
-- Name: COLUMN dbjg.djsj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.djsj IS '登簿时间';

--
-- Name: COLUMN dbjg.dbr; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.dbr IS '登簿人';

--
-- Name: COLUMN dbjg.djjg; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.djjg IS '登记机构';

--
-- Name: COLUMN dbjg.qszt; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.qszt IS '权属状态（QSZT：0 临时 1 现势 2 历史 3 终止）';

--
-- Name: COLUMN dbjg.qxdm; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.qxdm IS '行政区划代码';

--
-- Name: COLUMN dbjg.fj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.fj IS '附记';

--
-- Name: COLUMN dbjg.jzmj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.jzmj IS '建筑面积（m²，房地产权）';

--
-- Name: COLUMN dbjg.fdcjyjg; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.fdcjyjg IS '房地产交易价格（元，房地产权）';

--
-- Name: COLUMN dbjg.ghyt; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.ghyt IS '规划用途（房地产权）';

--
-- Name: COLUMN dbjg.fwxz; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.fwxz IS '房屋性质（房地产权）';

--
-- Name: COLUMN dbjg.dybdclx; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.dybdclx IS '抵押不动产类型（DYBDCLX，抵押权）';

--
-- Name: COLUMN dbjg.dyfs; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.dyfs IS '抵押方式（DYFS：1 一般抵押 2 最高额抵押，抵押权）';

--
-- Name: COLUMN dbjg.dyr; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.dyr IS '抵押人（抵押权）';

--
-- Name: COLUMN dbjg.dyqr; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.dyqr IS '抵押权人（抵押权）';

--
-- Name: COLUMN dbjg.bdbzzqse; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.bdbzzqse IS '被担保主债权数额（元，抵押权）';

--
-- Name: COLUMN dbjg.zgzqse; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.zgzqse IS '最高债权数额（元，最高额抵押）';

--
-- Name: COLUMN dbjg.zwlxqssj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.zwlxqssj IS '债务履行起始日期（抵押权、预抵押）';

--
-- Name: COLUMN dbjg.zwlxjssj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.zwlxjssj IS '债务履行结束日期（抵押权、预抵押）';

--
-- Name: COLUMN dbjg.ygdjzl; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.ygdjzl IS '预告登记种类（YGDJZL：1 预售商品房买卖预告 2 其它买卖预告 3 预售商品房抵押权预告 4 其它抵押权预告）';

--
-- Name: COLUMN dbjg.htbh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.htbh IS '合同编号（预告登记、转移登记所依据的合同）';

--
-- Name: COLUMN dbjg.qdjg; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.qdjg IS '取得价格（元，预告）';

--
-- Name: COLUMN dbjg.cfjg; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.cfjg IS '查封机关（查封）';

--
-- Name: COLUMN dbjg.cflx; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.cflx IS '查封类型（CFLX：1 查封 2 轮候查封 3 预查封 4 轮候预查封 5 续封）';

--
-- Name: COLUMN dbjg.cfwj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.cfwj IS '查封文件（查封）';

--
-- Name: COLUMN dbjg.cfwh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.cfwh IS '查封文号（查封）';

--
-- Name: COLUMN dbjg.cfqssj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.cfqssj IS '查封起始日期（查封）';

--
-- Name: COLUMN dbjg.cfjssj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.cfjssj IS '查封结束日期（查封）';

--
-- Name: COLUMN dbjg.cffw; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.cffw IS '查封范围（查封）';

--
-- Name: COLUMN dbjg.jfywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.jfywh IS '解封业务号（查封被解除时填写）';

--
-- Name: COLUMN dbjg.yysx; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.yysx IS '异议事项（异议登记）';

--
-- Name: COLUMN dbjg.zxywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.zxywh IS '被注销的业务号（注销登记、解封、注销异议等所注销的登记业务）';

--
-- Name: COLUMN dbjg.zxyy; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.zxyy IS '注销原因';

--
-- Name: COLUMN dbjg.gxsj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: dbjg_dy; Type: TABLE; Schema: share_dj; Owner: -
--

CREATE TABLE share_dj.dbjg_dy (
    ywh text NOT NULL,
    bdcdyh character varying(28) NOT NULL,
    fwbm character varying(32),
    zl text,
    jzmj numeric(12,2),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_dj.dbjg_dy REPLICA IDENTITY FULL;

--
-- Name: TABLE dbjg_dy; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON TABLE share_dj.dbjg_dy IS '登簿结果单元：一个登记业务涉及的全部不动产单元，每个单元一行（单单元也有一行）';

--
-- Name: COLUMN dbjg_dy.ywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg_dy.ywh IS '登记业务号（主键之一）';

--
-- Name: COLUMN dbjg_dy.bdcdyh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg_dy.bdcdyh IS '不动产单元号（主键之一）';

--
-- Name: COLUMN dbjg_dy.fwbm; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg_dy.fwbm IS '房屋编码（登记端所持，可能为空）';

--
-- Name: COLUMN dbjg_dy.zl; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg_dy.zl IS '坐落';

--
-- Name: COLUMN dbjg_dy.jzmj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg_dy.jzmj IS '建筑面积（m²）';

--
-- Name: COLUMN dbjg_dy.gxsj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.dbjg_dy.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: fwbm_sq; Type: TABLE; Schema: share_dj; Owner: -
--

CREATE TABLE share_dj.fwbm_sq (
    sqid character varying(50) NOT NULL,
    ywh text NOT NULL,
    bdcdyh character varying(28) NOT NULL,
    sqyy character varying(30) NOT NULL,
    zl text,
    zh text,
    dyh text,
    szc text,
    fh text,
    jzmj numeric(12,2),
    tnjzmj numeric(12,2),
    ftjzmj numeric(12,2),
    ghyt character varying(10),
    yfwbm text,
    qxdm character varying(12),
    sqsj timestamp with time zone,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT fwbm_sq_sqyy_ck CHECK (((sqyy)::text = ANY ((ARRAY['分割'::character varying, '合并'::character varying, '存量缺失'::character varying])::text[])))
);

ALTER TABLE ONLY share_dj.fwbm_sq REPLICA IDENTITY FULL;

--
-- Name: TABLE fwbm_sq; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON TABLE share_dj.fwbm_sq IS '房屋编码申请：登记端对缺失房屋编码的单元（分割、合并、存量缺失）申请赋码（seed §5.1.2），每个新单元一行';

--
-- Name: COLUMN fwbm_sq.sqid; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.sqid IS '申请编号（主键；答复见 share_jy.fwbm_jg.sqid）';

--
-- Name: COLUMN fwbm_sq.ywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN fwbm_sq.bdcdyh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.bdcdyh IS '需要赋码的不动产单元号';

--
-- Name: COLUMN fwbm_sq.sqyy; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.sqyy IS '申请原因：分割 / 合并 / 存量缺失';

--
-- Name: COLUMN fwbm_sq.zl; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.zl IS '坐落';

--
-- Name: COLUMN fwbm_sq.zh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.zh IS '幢号（栋）';

--
-- Name: COLUMN fwbm_sq.dyh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.dyh IS '单元号';

--
-- Name: COLUMN fwbm_sq.szc; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.szc IS '所在层（名义层）';

--
-- Name: COLUMN fwbm_sq.fh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.fh IS '房号';

--
-- Name: COLUMN fwbm_sq.jzmj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.jzmj IS '建筑面积（m²）';

--
-- Name: COLUMN fwbm_sq.tnjzmj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.tnjzmj IS '套内建筑面积（m²）';

--
-- Name: COLUMN fwbm_sq.ftjzmj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.ftjzmj IS '分摊建筑面积（m²）';

--
-- Name: COLUMN fwbm_sq.ghyt; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.ghyt IS '规划用途（FWYT 代码）';

--
-- Name: COLUMN fwbm_sq.yfwbm; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.yfwbm IS '原房屋编码（分割的原房屋、合并的各原房屋，多个以英文逗号分隔）';

--
-- Name: COLUMN fwbm_sq.qxdm; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.qxdm IS '行政区划代码';

--
-- Name: COLUMN fwbm_sq.sqsj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.sqsj IS '申请时间';

--
-- Name: COLUMN fwbm_sq.gxsj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.fwbm_sq.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: gxzb; Type: TABLE; Schema: share_dj; Owner: -
--

CREATE TABLE share_dj.gxzb (
    ywh text NOT NULL,
    ywlx character varying(10) NOT NULL,
    djlx character varying(10),
    qllx character varying(10),
    djxl character varying(30),
    ywzt character varying(30) NOT NULL,
    fwbm character varying(32),
    bdcdyh character varying(28),
    htbh character varying(50),
    slbh character varying(50),
    jyywh text,
    glywh text,
    bdcqzh text,
    qxdm character varying(12),
    mxsl integer,
    bjsj timestamp with time zone,
    tssj timestamp with time zone DEFAULT now() NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    bz text,
    CONSTRAINT gxzb_db_djlx_ck CHECK ((((ywlx)::text <> 'DB'::text) OR (djlx IS NOT NULL))),
    CONSTRAINT gxzb_djlx_ck CHECK (((djlx)::text = ANY ((ARRAY['100'::character varying, '200'::character varying, '300'::character varying, '400'::character varying, '500'::character varying, '600'::character varying, '700'::character varying, '800'::character varying, '900'::character varying])::text[]))),
    CONSTRAINT gxzb_ywlx_ck CHECK (((ywlx)::text = ANY ((ARRAY['LPB'::character varying, 'DB'::character varying, 'ZS'::character varying, 'FWBMSQ'::character varying, 'SF'::character varying, 'YX'::character varying])::text[]))),
    CONSTRAINT gxzb_ywzt_ck CHECK (((ywzt)::text = ANY ((ARRAY['登簿'::character varying, '注销'::character varying, '已发证'::character varying, '已申请'::character varying, '已收费'::character varying, '已归档'::character varying, '撤销'::character varying])::text[])))
);

ALTER TABLE ONLY share_dj.gxzb REPLICA IDENTITY FULL;

--
-- Name: TABLE gxzb; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON TABLE share_dj.gxzb IS '共享主表（共享登记库）：每个推送的登记业务一行，路由过程据其关键字段决定是否经 S3 转发到房产端前置共享登记库。各表之间不建外键：行由流推送，可能重推且先后次序不定，以业务号和自然键关联';

--
-- Name: COLUMN gxzb.ywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.ywh IS '业务号（登记端业务号，主键；发证、收费、影像推送用各自业务号，经 glywh 指向登记业务）';

--
-- Name: COLUMN gxzb.ywlx; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.ywlx IS '业务类型：LPB 登记楼盘表（不动产单元、土地），DB 登簿（细分见 djlx/qllx），ZS 发证，FWBMSQ 房屋编码申请，SF 收费，YX 影像';

--
-- Name: COLUMN gxzb.djlx; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.djlx IS '登记类型（DJLX：100 首次 200 转移 300 变更 400 注销 500 更正 600 异议 700 预告 800 查封 900 其它；登簿业务必填）';

--
-- Name: COLUMN gxzb.qllx; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.qllx IS '权利类型（QLLX 代码，如 4 国有建设用地使用权/房屋所有权；抵押权等代码按版本见字典）';

--
-- Name: COLUMN gxzb.djxl; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.djxl IS '登记小类（登记端业务细分，如 预告、预抵押、抵押权、查封、解封、异议）';

--
-- Name: COLUMN gxzb.ywzt; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.ywzt IS '业务状态：登簿 / 注销 / 已发证 / 已申请 / 已收费 / 已归档 / 撤销';

--
-- Name: COLUMN gxzb.fwbm; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.fwbm IS '房屋编码（登记端所持，可能为空或过期）';

--
-- Name: COLUMN gxzb.bdcdyh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.bdcdyh IS '不动产单元号（多单元时为第一个，全部见 dbjg_dy）';

--
-- Name: COLUMN gxzb.htbh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.htbh IS '合同编号（预告登记、转移登记所依据的合同）';

--
-- Name: COLUMN gxzb.slbh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.slbh IS '一窗受理编号';

--
-- Name: COLUMN gxzb.jyywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.jyywh IS '交易业务号（登记所依据的交易业务，share_jy.gxzb.ywh）';

--
-- Name: COLUMN gxzb.glywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.glywh IS '关联业务号（发证、收费、影像所属的登记业务号）';

--
-- Name: COLUMN gxzb.bdcqzh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.bdcqzh IS '不动产权证书号或登记证明号（发证业务）';

--
-- Name: COLUMN gxzb.qxdm; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.qxdm IS '行政区划代码（区县）';

--
-- Name: COLUMN gxzb.mxsl; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.mxsl IS '本业务推送的明细行总数（路由可据此判断明细是否到齐）';

--
-- Name: COLUMN gxzb.bjsj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.bjsj IS '办结时间（登簿业务为登簿时间）';

--
-- Name: COLUMN gxzb.tssj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.tssj IS '推送时间（写入共享登记库的时间）';

--
-- Name: COLUMN gxzb.gxsj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: COLUMN gxzb.bz; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.gxzb.bz IS '备注';

--
-- Name: qlr; Type: TABLE; Schema: share_dj; Owner: -
--

CREATE TABLE share_dj.qlr (
    ywh text NOT NULL,
    sqrlb character varying(30) NOT NULL,
    sxh integer NOT NULL,
    qlrmc text NOT NULL,
    zjzl character varying(10),
    zjhm character varying(50),
    qlrlx character varying(10),
    gyfs character varying(10),
    qlbl character varying(50),
    bdcqzh text,
    dh character varying(50),
    dz text,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT qlr_sqrlb_ck CHECK (((sqrlb)::text = ANY ((ARRAY['权利人'::character varying, '义务人'::character varying])::text[])))
);

ALTER TABLE ONLY share_dj.qlr REPLICA IDENTITY FULL;

--
-- Name: TABLE qlr; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON TABLE share_dj.qlr IS '权利人/义务人：登记业务的权利人与义务人，每人一行';

--
-- Name: COLUMN qlr.ywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.qlr.ywh IS '登记业务号（主键之一）';

--
-- Name: COLUMN qlr.sqrlb; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.qlr.sqrlb IS '申请人类别：权利人 / 义务人（主键之一）';

--
-- Name: COLUMN qlr.sxh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.qlr.sxh IS '顺序号（主键之一）';

--
-- Name: COLUMN qlr.qlrmc; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.qlr.qlrmc IS '权利人（义务人）名称';

--
-- Name: COLUMN qlr.zjzl; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.qlr.zjzl IS '证件种类（ZJZL 代码）';

--
-- Name: COLUMN qlr.zjhm; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.qlr.zjhm IS '证件号码';

--
-- Name: COLUMN qlr.qlrlx; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.qlr.qlrlx IS '权利人类型（QLRLX：1 个人 2 企业 3 事业单位 4 国家机关 99 其它）';

--
-- Name: COLUMN qlr.gyfs; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.qlr.gyfs IS '共有方式（GYFS 代码）';

--
-- Name: COLUMN qlr.qlbl; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.qlr.qlbl IS '权利比例';

--
-- Name: COLUMN qlr.bdcqzh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.qlr.bdcqzh IS '该权利人所持不动产权证书号';

--
-- Name: COLUMN qlr.dh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.qlr.dh IS '联系电话';

--
-- Name: COLUMN qlr.dz; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.qlr.dz IS '通讯地址';

--
-- Name: COLUMN qlr.gxsj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.qlr.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: sf; Type: TABLE; Schema: share_dj; Owner: -
--

CREATE TABLE share_dj.sf (
    ywh text NOT NULL,
    sxh integer NOT NULL,
    djywh text,
    sfdh character varying(50),
    sfxm text NOT NULL,
    sfbz text,
    sl numeric(12,2),
    je numeric(18,2) NOT NULL,
    jfrmc text,
    sfsj timestamp with time zone,
    sfzt character varying(30),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_dj.sf REPLICA IDENTITY FULL;

--
-- Name: TABLE sf; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON TABLE share_dj.sf IS '收费：登记业务的收费明细，每个收费项目一行';

--
-- Name: COLUMN sf.ywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.sf.ywh IS '推送该行的收费业务号（主键之一）';

--
-- Name: COLUMN sf.sxh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.sf.sxh IS '顺序号（主键之一）';

--
-- Name: COLUMN sf.djywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.sf.djywh IS '所属登记业务号';

--
-- Name: COLUMN sf.sfdh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.sf.sfdh IS '收费单号（缴款书号）';

--
-- Name: COLUMN sf.sfxm; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.sf.sfxm IS '收费项目（登记费、证书工本费等）';

--
-- Name: COLUMN sf.sfbz; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.sf.sfbz IS '收费标准';

--
-- Name: COLUMN sf.sl; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.sf.sl IS '数量';

--
-- Name: COLUMN sf.je; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.sf.je IS '金额（元）';

--
-- Name: COLUMN sf.jfrmc; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.sf.jfrmc IS '缴费人名称';

--
-- Name: COLUMN sf.sfsj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.sf.sfsj IS '收费时间';

--
-- Name: COLUMN sf.sfzt; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.sf.sfzt IS '收费状态（已收、已退）';

--
-- Name: COLUMN sf.gxsj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.sf.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: td; Type: TABLE; Schema: share_dj; Owner: -
--

CREATE TABLE share_dj.td (
    zddm character varying(32) NOT NULL,
    ywh text NOT NULL,
    bdcdyh character varying(28),
    zl text,
    zdmj numeric(12,2),
    tdyt character varying(10),
    qllx character varying(10),
    qlxz character varying(30),
    syqx text,
    tdsyqssj date,
    tdsyjssj date,
    qxdm character varying(12),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_dj.td REPLICA IDENTITY FULL;

--
-- Name: TABLE td; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON TABLE share_dj.td IS '土地：宗地基础信息（房屋所在宗地）';

--
-- Name: COLUMN td.zddm; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.td.zddm IS '宗地代码（主键）';

--
-- Name: COLUMN td.ywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.td.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN td.bdcdyh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.td.bdcdyh IS '土地不动产单元号（宗地代码+W00000000）';

--
-- Name: COLUMN td.zl; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.td.zl IS '坐落';

--
-- Name: COLUMN td.zdmj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.td.zdmj IS '宗地面积（m²）';

--
-- Name: COLUMN td.tdyt; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.td.tdyt IS '土地用途（GB/T 21010 代码）';

--
-- Name: COLUMN td.qllx; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.td.qllx IS '权利类型（QLLX 代码）';

--
-- Name: COLUMN td.qlxz; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.td.qlxz IS '权利性质（出让、划拨等）';

--
-- Name: COLUMN td.syqx; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.td.syqx IS '使用期限（文字描述）';

--
-- Name: COLUMN td.tdsyqssj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.td.tdsyqssj IS '土地使用起始日期';

--
-- Name: COLUMN td.tdsyjssj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.td.tdsyjssj IS '土地使用结束日期';

--
-- Name: COLUMN td.qxdm; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.td.qxdm IS '行政区划代码';

--
-- Name: COLUMN td.gxsj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.td.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: yx; Type: TABLE; Schema: share_dj; Owner: -
--

CREATE TABLE share_dj.yx (
    ywh text NOT NULL,
    sha256 character(64) NOT NULL,
    djywh text,
    clmc text,
    wjmc text NOT NULL,
    wjlx character varying(100),
    dx bigint,
    cclj text NOT NULL,
    scsj timestamp with time zone,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT yx_dx_ck CHECK ((dx >= 0)),
    CONSTRAINT yx_sha256_ck CHECK ((sha256 ~ '^[0-9a-f]{64}$'::text))
);

ALTER TABLE ONLY share_dj.yx REPLICA IDENTITY FULL;

--
-- Name: TABLE yx; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON TABLE share_dj.yx IS '影像索引：登记业务影像资料的索引（只存索引与摘要，不存文件内容）';

--
-- Name: COLUMN yx.ywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.yx.ywh IS '推送该行的影像业务号（主键之一）';

--
-- Name: COLUMN yx.sha256; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.yx.sha256 IS '文件内容 SHA-256 摘要（小写十六进制，主键之一）';

--
-- Name: COLUMN yx.djywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.yx.djywh IS '所属登记业务号';

--
-- Name: COLUMN yx.clmc; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.yx.clmc IS '材料名称（如 身份证明、购房合同、登记审批表）';

--
-- Name: COLUMN yx.wjmc; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.yx.wjmc IS '文件名称';

--
-- Name: COLUMN yx.wjlx; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.yx.wjlx IS '文件类型（MIME 类型或扩展名）';

--
-- Name: COLUMN yx.dx; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.yx.dx IS '文件大小（字节）';

--
-- Name: COLUMN yx.cclj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.yx.cclj IS '存储路径（影像服务器上的位置）';

--
-- Name: COLUMN yx.scsj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.yx.scsj IS '上传时间';

--
-- Name: COLUMN yx.gxsj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.yx.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: zs; Type: TABLE; Schema: share_dj; Owner: -
--

CREATE TABLE share_dj.zs (
    bdcqzh text NOT NULL,
    ywh text NOT NULL,
    djywh text,
    zslx character varying(30) NOT NULL,
    bdcdyh character varying(28),
    qlrmc text,
    zl text,
    qzysxlh character varying(50),
    fzsj timestamp with time zone,
    fzr text,
    lzrmc text,
    lzrzjhm character varying(50),
    zszt character varying(30),
    qxdm character varying(12),
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT zs_zslx_ck CHECK (((zslx)::text = ANY ((ARRAY['不动产权证书'::character varying, '不动产登记证明'::character varying])::text[])))
);

ALTER TABLE ONLY share_dj.zs REPLICA IDENTITY FULL;

--
-- Name: TABLE zs; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON TABLE share_dj.zs IS '证书/证明：不动产权证书与不动产登记证明的发证信息，每本一行';

--
-- Name: COLUMN zs.bdcqzh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.zs.bdcqzh IS '不动产权证书号或登记证明号（主键）';

--
-- Name: COLUMN zs.ywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.zs.ywh IS '推送该行的发证业务号（share_dj.gxzb.ywh）';

--
-- Name: COLUMN zs.djywh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.zs.djywh IS '证书所属的登记业务号';

--
-- Name: COLUMN zs.zslx; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.zs.zslx IS '证书类型：不动产权证书 / 不动产登记证明';

--
-- Name: COLUMN zs.bdcdyh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.zs.bdcdyh IS '不动产单元号';

--
-- Name: COLUMN zs.qlrmc; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.zs.qlrmc IS '持证人名称';

--
-- Name: COLUMN zs.zl; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.zs.zl IS '坐落';

--
-- Name: COLUMN zs.qzysxlh; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.zs.qzysxlh IS '权证印刷序列号';

--
-- Name: COLUMN zs.fzsj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.zs.fzsj IS '发证时间';

--
-- Name: COLUMN zs.fzr; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.zs.fzr IS '发证人';

--
-- Name: COLUMN zs.lzrmc; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.zs.lzrmc IS '领证人名称';

--
-- Name: COLUMN zs.lzrzjhm; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.zs.lzrzjhm IS '领证人证件号码';

--
-- Name: COLUMN zs.zszt; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.zs.zszt IS '证书状态（有效、注销、作废）';

--
-- Name: COLUMN zs.qxdm; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.zs.qxdm IS '行政区划代码';

--
-- Name: COLUMN zs.gxsj; Type: COMMENT; Schema: share_dj; Owner: -
--

COMMENT ON COLUMN share_dj.zs.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: chc; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.chc (
    ljzh character varying(50) NOT NULL,
    ch character varying(50) NOT NULL,
    zrzh character varying(50),
    ywh text NOT NULL,
    sjc integer,
    myc text,
    cjzmj numeric(12,2),
    ctnjzmj numeric(12,2),
    cftjzmj numeric(12,2),
    cg numeric(8,2),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_jy.chc REPLICA IDENTITY FULL;

--
-- Name: TABLE chc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.chc IS '测绘层：楼盘表层信息（测绘入库时推送）';

--
-- Name: COLUMN chc.ljzh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chc.ljzh IS '逻辑幢号（主键之一）';

--
-- Name: COLUMN chc.ch; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chc.ch IS '层号（逻辑幢内唯一的层标识，主键之一）';

--
-- Name: COLUMN chc.zrzh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chc.zrzh IS '所属自然幢号';

--
-- Name: COLUMN chc.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chc.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN chc.sjc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chc.sjc IS '实际层（物理层序，地下为负）';

--
-- Name: COLUMN chc.myc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chc.myc IS '名义层（对外标注的层名）';

--
-- Name: COLUMN chc.cjzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chc.cjzmj IS '层建筑面积（m²）';

--
-- Name: COLUMN chc.ctnjzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chc.ctnjzmj IS '层套内建筑面积（m²）';

--
-- Name: COLUMN chc.cftjzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chc.cftjzmj IS '层分摊建筑面积（m²）';

--
-- Name: COLUMN chc.cg; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chc.cg IS '层高（m）';

--
-- Name: COLUMN chc.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chc.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: chh_sc; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.chh_sc (
    fwbm character varying(32) NOT NULL,
    ycfwbm character varying(32),
    bdcdyh character varying(28),
    xmbh character varying(50),
    zrzh character varying(50),
    ljzh character varying(50),
    ch character varying(50),
    ywh text NOT NULL,
    zl text,
    zh text,
    dyh text,
    szc text,
    sjc integer,
    fh text,
    hx character varying(10),
    fwyt character varying(10),
    fwjg character varying(10),
    fwxz character varying(10),
    fwlx character varying(10),
    jzmj numeric(12,2),
    tnjzmj numeric(12,2),
    ftjzmj numeric(12,2),
    ftxs numeric(12,6),
    fwzt character varying(30),
    qxdm character varying(12),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_jy.chh_sc REPLICA IDENTITY FULL;

--
-- Name: TABLE chh_sc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.chh_sc IS '测绘户（实测）：楼盘表实测户室（测绘入库时推送）';

--
-- Name: COLUMN chh_sc.fwbm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.fwbm IS '房屋编码（JGJ/T 246，主键）';

--
-- Name: COLUMN chh_sc.ycfwbm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.ycfwbm IS '对应预测户的房屋编码（预测户→实测户对应；与 fwbm 相同时也填写）';

--
-- Name: COLUMN chh_sc.bdcdyh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.bdcdyh IS '不动产单元号（登记端已赋号并挂接时填写，可为空）';

--
-- Name: COLUMN chh_sc.xmbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.xmbh IS '测绘项目编号';

--
-- Name: COLUMN chh_sc.zrzh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.zrzh IS '自然幢号';

--
-- Name: COLUMN chh_sc.ljzh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.ljzh IS '逻辑幢号（楼栋编号）';

--
-- Name: COLUMN chh_sc.ch; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.ch IS '层号（对应 chc.ch）';

--
-- Name: COLUMN chh_sc.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN chh_sc.zl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.zl IS '房屋坐落';

--
-- Name: COLUMN chh_sc.zh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.zh IS '幢号（栋）';

--
-- Name: COLUMN chh_sc.dyh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.dyh IS '单元号';

--
-- Name: COLUMN chh_sc.szc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.szc IS '所在层（名义层）';

--
-- Name: COLUMN chh_sc.sjc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.sjc IS '实际层';

--
-- Name: COLUMN chh_sc.fh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.fh IS '房号（室号部位）';

--
-- Name: COLUMN chh_sc.hx; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.hx IS '户型（HX 代码）';

--
-- Name: COLUMN chh_sc.fwyt; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.fwyt IS '房屋用途（FWYT 代码）';

--
-- Name: COLUMN chh_sc.fwjg; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.fwjg IS '房屋结构（FWJG 代码）';

--
-- Name: COLUMN chh_sc.fwxz; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.fwxz IS '房屋性质（FWXZ 代码）';

--
-- Name: COLUMN chh_sc.fwlx; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.fwlx IS '房屋类型（FWLX 代码）';

--
-- Name: COLUMN chh_sc.jzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.jzmj IS '实测建筑面积（m²）';

--
-- Name: COLUMN chh_sc.tnjzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.tnjzmj IS '实测套内建筑面积（m²）';

--
-- Name: COLUMN chh_sc.ftjzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.ftjzmj IS '实测分摊建筑面积（m²）';

--
-- Name: COLUMN chh_sc.ftxs; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.ftxs IS '分摊系数';

--
-- Name: COLUMN chh_sc.fwzt; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.fwzt IS '房屋交易状态（可售、已签约、已备案、已限制等，推送时的状态）';

--
-- Name: COLUMN chh_sc.qxdm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.qxdm IS '行政区划代码';

--
-- Name: COLUMN chh_sc.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_sc.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: chh_yc; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.chh_yc (
    fwbm character varying(32) NOT NULL,
    bdcdyh character varying(28),
    xmbh character varying(50),
    zrzh character varying(50),
    ljzh character varying(50),
    ch character varying(50),
    ywh text NOT NULL,
    zl text,
    zh text,
    dyh text,
    szc text,
    sjc integer,
    fh text,
    hx character varying(10),
    fwyt character varying(10),
    fwjg character varying(10),
    fwxz character varying(10),
    fwlx character varying(10),
    jzmj numeric(12,2),
    tnjzmj numeric(12,2),
    ftjzmj numeric(12,2),
    ftxs numeric(12,6),
    fwzt character varying(30),
    qxdm character varying(12),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_jy.chh_yc REPLICA IDENTITY FULL;

--
-- Name: TABLE chh_yc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.chh_yc IS '测绘户（预测）：楼盘表预测户室（测绘入库时推送）';

--
-- Name: COLUMN chh_yc.fwbm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.fwbm IS '房屋编码（JGJ/T 246，主键）';

--
-- Name: COLUMN chh_yc.bdcdyh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.bdcdyh IS '不动产单元号（登记端已赋号并挂接时填写，可为空）';

--
-- Name: COLUMN chh_yc.xmbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.xmbh IS '测绘项目编号';

--
-- Name: COLUMN chh_yc.zrzh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.zrzh IS '自然幢号';

--
-- Name: COLUMN chh_yc.ljzh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.ljzh IS '逻辑幢号（楼栋编号）';

--
-- Name: COLUMN chh_yc.ch; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.ch IS '层号（对应 chc.ch）';

--
-- Name: COLUMN chh_yc.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN chh_yc.zl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.zl IS '房屋坐落';

--
-- Name: COLUMN chh_yc.zh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.zh IS '幢号（栋）';

--
-- Name: COLUMN chh_yc.dyh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.dyh IS '单元号';

--
-- Name: COLUMN chh_yc.szc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.szc IS '所在层（名义层）';

--
-- Name: COLUMN chh_yc.sjc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.sjc IS '实际层';

--
-- Name: COLUMN chh_yc.fh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.fh IS '房号（室号部位）';

--
-- Name: COLUMN chh_yc.hx; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.hx IS '户型（HX 代码）';

--
-- Name: COLUMN chh_yc.fwyt; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.fwyt IS '房屋用途（FWYT 代码）';

--
-- Name: COLUMN chh_yc.fwjg; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.fwjg IS '房屋结构（FWJG 代码）';

--
-- Name: COLUMN chh_yc.fwxz; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.fwxz IS '房屋性质（FWXZ 代码）';

--
-- Name: COLUMN chh_yc.fwlx; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.fwlx IS '房屋类型（FWLX 代码）';

--
-- Name: COLUMN chh_yc.jzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.jzmj IS '预测建筑面积（m²）';

--
-- Name: COLUMN chh_yc.tnjzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.tnjzmj IS '预测套内建筑面积（m²）';

--
-- Name: COLUMN chh_yc.ftjzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.ftjzmj IS '预测分摊建筑面积（m²）';

--
-- Name: COLUMN chh_yc.ftxs; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.ftxs IS '分摊系数';

--
-- Name: COLUMN chh_yc.fwzt; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.fwzt IS '房屋交易状态（可售、已签约、已备案、已限制等，推送时的状态）';

--
-- Name: COLUMN chh_yc.qxdm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.qxdm IS '行政区划代码';

--
-- Name: COLUMN chh_yc.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chh_yc.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: chljz; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.chljz (
    ljzh character varying(50) NOT NULL,
    zrzh character varying(50),
    xmbh character varying(50),
    ywh text NOT NULL,
    zh text,
    mph text,
    zl text,
    ycjzmj numeric(12,2),
    scjzmj numeric(12,2),
    fwjg character varying(10),
    fwyt character varying(10),
    jzwzt character varying(10),
    zcs integer,
    dscs integer,
    dxcs integer,
    jgrq date,
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_jy.chljz REPLICA IDENTITY FULL;

--
-- Name: TABLE chljz; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.chljz IS '测绘逻辑幢：楼盘表逻辑幢（楼栋，测绘入库时推送）';

--
-- Name: COLUMN chljz.ljzh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.ljzh IS '逻辑幢号（楼栋编号，主键）';

--
-- Name: COLUMN chljz.zrzh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.zrzh IS '所属自然幢号';

--
-- Name: COLUMN chljz.xmbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.xmbh IS '测绘项目编号';

--
-- Name: COLUMN chljz.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN chljz.zh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.zh IS '幢号（楼栋名称，如 3 栋）';

--
-- Name: COLUMN chljz.mph; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.mph IS '门牌号';

--
-- Name: COLUMN chljz.zl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.zl IS '坐落';

--
-- Name: COLUMN chljz.ycjzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.ycjzmj IS '预测建筑面积（m²）';

--
-- Name: COLUMN chljz.scjzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.scjzmj IS '实测建筑面积（m²）';

--
-- Name: COLUMN chljz.fwjg; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.fwjg IS '房屋结构（FWJG 代码）';

--
-- Name: COLUMN chljz.fwyt; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.fwyt IS '房屋用途（FWYT 代码）';

--
-- Name: COLUMN chljz.jzwzt; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.jzwzt IS '建筑物状态（JZWZT：1 历史 2 期房 3 现房 4 虚拟）';

--
-- Name: COLUMN chljz.zcs; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.zcs IS '总层数';

--
-- Name: COLUMN chljz.dscs; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.dscs IS '地上层数';

--
-- Name: COLUMN chljz.dxcs; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.dxcs IS '地下层数';

--
-- Name: COLUMN chljz.jgrq; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.jgrq IS '竣工日期';

--
-- Name: COLUMN chljz.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chljz.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: chxm; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.chxm (
    xmbh character varying(50) NOT NULL,
    ywh text NOT NULL,
    xmmc text,
    zl text,
    kfqymc text,
    kfqyzjhm character varying(50),
    chdw text,
    chlx character varying(30),
    ysxkzh character varying(100),
    zdmj numeric(12,2),
    zjzmj numeric(12,2),
    qxdm character varying(12),
    rksj timestamp with time zone,
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_jy.chxm REPLICA IDENTITY FULL;

--
-- Name: TABLE chxm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.chxm IS '测绘项目：房产测绘成果的项目信息（测绘入库时推送）';

--
-- Name: COLUMN chxm.xmbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chxm.xmbh IS '测绘项目编号（主键）';

--
-- Name: COLUMN chxm.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chxm.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN chxm.xmmc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chxm.xmmc IS '项目名称';

--
-- Name: COLUMN chxm.zl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chxm.zl IS '项目坐落';

--
-- Name: COLUMN chxm.kfqymc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chxm.kfqymc IS '开发企业名称';

--
-- Name: COLUMN chxm.kfqyzjhm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chxm.kfqyzjhm IS '开发企业证件号码（统一社会信用代码）';

--
-- Name: COLUMN chxm.chdw; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chxm.chdw IS '测绘单位';

--
-- Name: COLUMN chxm.chlx; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chxm.chlx IS '测绘类型：预测 / 实测';

--
-- Name: COLUMN chxm.ysxkzh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chxm.ysxkzh IS '预售许可证号';

--
-- Name: COLUMN chxm.zdmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chxm.zdmj IS '占地面积（m²）';

--
-- Name: COLUMN chxm.zjzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chxm.zjzmj IS '总建筑面积（m²）';

--
-- Name: COLUMN chxm.qxdm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chxm.qxdm IS '行政区划代码';

--
-- Name: COLUMN chxm.rksj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chxm.rksj IS '测绘成果入库时间';

--
-- Name: COLUMN chxm.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chxm.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: chzrz; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.chzrz (
    zrzh character varying(50) NOT NULL,
    xmbh character varying(50),
    ywh text NOT NULL,
    zddm character varying(32),
    bdcdyh character varying(28),
    jzwmc text,
    zl text,
    jgrq date,
    zcs integer,
    dscs integer,
    dxcs integer,
    zzdmj numeric(12,2),
    ycjzmj numeric(12,2),
    scjzmj numeric(12,2),
    ghyt character varying(10),
    fwjg character varying(10),
    zts integer,
    qxdm character varying(12),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_jy.chzrz REPLICA IDENTITY FULL;

--
-- Name: TABLE chzrz; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.chzrz IS '测绘自然幢：楼盘表自然幢（测绘入库时推送）';

--
-- Name: COLUMN chzrz.zrzh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.zrzh IS '自然幢号（主键）';

--
-- Name: COLUMN chzrz.xmbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.xmbh IS '测绘项目编号';

--
-- Name: COLUMN chzrz.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN chzrz.zddm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.zddm IS '宗地代码';

--
-- Name: COLUMN chzrz.bdcdyh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.bdcdyh IS '不动产单元号（幢整体单元，未知时为空）';

--
-- Name: COLUMN chzrz.jzwmc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.jzwmc IS '建筑物名称';

--
-- Name: COLUMN chzrz.zl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.zl IS '坐落';

--
-- Name: COLUMN chzrz.jgrq; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.jgrq IS '竣工日期';

--
-- Name: COLUMN chzrz.zcs; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.zcs IS '总层数';

--
-- Name: COLUMN chzrz.dscs; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.dscs IS '地上层数';

--
-- Name: COLUMN chzrz.dxcs; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.dxcs IS '地下层数';

--
-- Name: COLUMN chzrz.zzdmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.zzdmj IS '幢占地面积（m²）';

--
-- Name: COLUMN chzrz.ycjzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.ycjzmj IS '预测建筑面积（m²）';

--
-- Name: COLUMN chzrz.scjzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.scjzmj IS '实测建筑面积（m²）';

--
-- Name: COLUMN chzrz.ghyt; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.ghyt IS '规划用途（FWYT 代码）';

--
-- Name: COLUMN chzrz.fwjg; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.fwjg IS '房屋结构（FWJG 代码）';

--
-- Name: COLUMN chzrz.zts; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.zts IS '总套数';

--
-- Name: COLUMN chzrz.qxdm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.qxdm IS '行政区划代码';

--
-- Name: COLUMN chzrz.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.chzrz.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: clfht; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.clfht (
    htbh character varying(50) NOT NULL,
    htbah character varying(50),
    ywh text NOT NULL,
    slbh character varying(50),
    bdcqzh text,
    jjjgmc text,
    zjjgje numeric(18,2),
    qyrq date,
    barq date,
    htje numeric(18,2),
    fkfs character varying(30),
    dkje numeric(18,2),
    htzt character varying(30),
    qxdm character varying(12),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_jy.clfht REPLICA IDENTITY FULL;

--
-- Name: TABLE clfht; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.clfht IS '存量房合同主表：存量房买卖合同（网签）及其备案信息（合同备案时推送）';

--
-- Name: COLUMN clfht.htbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht.htbh IS '合同编号（主键）';

--
-- Name: COLUMN clfht.htbah; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht.htbah IS '合同备案号';

--
-- Name: COLUMN clfht.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN clfht.slbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht.slbh IS '一窗受理编号';

--
-- Name: COLUMN clfht.bdcqzh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht.bdcqzh IS '不动产权证书号（或原房屋所有权证号）';

--
-- Name: COLUMN clfht.jjjgmc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht.jjjgmc IS '经纪机构名称';

--
-- Name: COLUMN clfht.zjjgje; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht.zjjgje IS '资金监管金额（元）';

--
-- Name: COLUMN clfht.qyrq; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht.qyrq IS '签约日期';

--
-- Name: COLUMN clfht.barq; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht.barq IS '备案日期';

--
-- Name: COLUMN clfht.htje; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht.htje IS '合同成交金额（元）';

--
-- Name: COLUMN clfht.fkfs; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht.fkfs IS '付款方式（一次性付款、按揭贷款等）';

--
-- Name: COLUMN clfht.dkje; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht.dkje IS '贷款金额（元）';

--
-- Name: COLUMN clfht.htzt; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht.htzt IS '合同状态（已签约、已备案、已注销等）';

--
-- Name: COLUMN clfht.qxdm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht.qxdm IS '行政区划代码';

--
-- Name: COLUMN clfht.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: clfht_cmr; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.clfht_cmr (
    htbh character varying(50) NOT NULL,
    sxh integer NOT NULL,
    ywh text NOT NULL,
    cmrmc text NOT NULL,
    zjzl character varying(10),
    zjhm character varying(50),
    dh character varying(50),
    dz text,
    dlrmc text,
    dlrzjhm character varying(50),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_jy.clfht_cmr REPLICA IDENTITY FULL;

--
-- Name: TABLE clfht_cmr; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.clfht_cmr IS '存量房合同出卖人：合同的出卖人，每人一行';

--
-- Name: COLUMN clfht_cmr.htbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_cmr.htbh IS '合同编号（主键之一）';

--
-- Name: COLUMN clfht_cmr.sxh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_cmr.sxh IS '顺序号（主键之一）';

--
-- Name: COLUMN clfht_cmr.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_cmr.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN clfht_cmr.cmrmc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_cmr.cmrmc IS '出卖人名称（姓名或单位名称）';

--
-- Name: COLUMN clfht_cmr.zjzl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_cmr.zjzl IS '证件种类（ZJZL 代码）';

--
-- Name: COLUMN clfht_cmr.zjhm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_cmr.zjhm IS '证件号码';

--
-- Name: COLUMN clfht_cmr.dh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_cmr.dh IS '联系电话';

--
-- Name: COLUMN clfht_cmr.dz; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_cmr.dz IS '通讯地址';

--
-- Name: COLUMN clfht_cmr.dlrmc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_cmr.dlrmc IS '代理人名称';

--
-- Name: COLUMN clfht_cmr.dlrzjhm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_cmr.dlrzjhm IS '代理人证件号码';

--
-- Name: COLUMN clfht_cmr.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_cmr.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: clfht_h; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.clfht_h (
    htbh character varying(50) NOT NULL,
    fwbm character varying(32) NOT NULL,
    ywh text NOT NULL,
    bdcdyh character varying(28),
    bdcqzh text,
    zl text,
    zh text,
    dyh text,
    szc text,
    fh text,
    fwyt character varying(10),
    jzmj numeric(12,2),
    tnjzmj numeric(12,2),
    ftjzmj numeric(12,2),
    dj numeric(18,2),
    zj numeric(18,2),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_jy.clfht_h REPLICA IDENTITY FULL;

--
-- Name: TABLE clfht_h; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.clfht_h IS '存量房合同户：合同所含房屋，每套一行';

--
-- Name: COLUMN clfht_h.htbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.htbh IS '合同编号（主键之一）';

--
-- Name: COLUMN clfht_h.fwbm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.fwbm IS '房屋编码（主键之一）';

--
-- Name: COLUMN clfht_h.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN clfht_h.bdcdyh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.bdcdyh IS '不动产单元号（已挂接时填写）';

--
-- Name: COLUMN clfht_h.bdcqzh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.bdcqzh IS '该房屋的不动产权证书号';

--
-- Name: COLUMN clfht_h.zl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.zl IS '房屋坐落';

--
-- Name: COLUMN clfht_h.zh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.zh IS '幢号（栋）';

--
-- Name: COLUMN clfht_h.dyh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.dyh IS '单元号';

--
-- Name: COLUMN clfht_h.szc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.szc IS '所在层（名义层）';

--
-- Name: COLUMN clfht_h.fh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.fh IS '房号';

--
-- Name: COLUMN clfht_h.fwyt; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.fwyt IS '房屋用途（FWYT 代码）';

--
-- Name: COLUMN clfht_h.jzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.jzmj IS '建筑面积（m²）';

--
-- Name: COLUMN clfht_h.tnjzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.tnjzmj IS '套内建筑面积（m²）';

--
-- Name: COLUMN clfht_h.ftjzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.ftjzmj IS '分摊建筑面积（m²）';

--
-- Name: COLUMN clfht_h.dj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.dj IS '单价（元/m²）';

--
-- Name: COLUMN clfht_h.zj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.zj IS '该房屋成交总价（元）';

--
-- Name: COLUMN clfht_h.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_h.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: clfht_msr; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.clfht_msr (
    htbh character varying(50) NOT NULL,
    sxh integer NOT NULL,
    ywh text NOT NULL,
    msrmc text NOT NULL,
    zjzl character varying(10),
    zjhm character varying(50),
    gyfs character varying(10),
    qlbl character varying(50),
    dh character varying(50),
    dz text,
    dlrmc text,
    dlrzjhm character varying(50),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_jy.clfht_msr REPLICA IDENTITY FULL;

--
-- Name: TABLE clfht_msr; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.clfht_msr IS '存量房合同买受人：合同的买受人，每人一行';

--
-- Name: COLUMN clfht_msr.htbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_msr.htbh IS '合同编号（主键之一）';

--
-- Name: COLUMN clfht_msr.sxh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_msr.sxh IS '顺序号（主键之一）';

--
-- Name: COLUMN clfht_msr.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_msr.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN clfht_msr.msrmc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_msr.msrmc IS '买受人名称（姓名或单位名称）';

--
-- Name: COLUMN clfht_msr.zjzl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_msr.zjzl IS '证件种类（ZJZL 代码）';

--
-- Name: COLUMN clfht_msr.zjhm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_msr.zjhm IS '证件号码';

--
-- Name: COLUMN clfht_msr.gyfs; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_msr.gyfs IS '共有方式（GYFS：0 单独所有 1 共同共有 2 按份共有 3 其它共有）';

--
-- Name: COLUMN clfht_msr.qlbl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_msr.qlbl IS '权利比例（按份共有的份额）';

--
-- Name: COLUMN clfht_msr.dh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_msr.dh IS '联系电话';

--
-- Name: COLUMN clfht_msr.dz; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_msr.dz IS '通讯地址';

--
-- Name: COLUMN clfht_msr.dlrmc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_msr.dlrmc IS '代理人名称';

--
-- Name: COLUMN clfht_msr.dlrzjhm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_msr.dlrzjhm IS '代理人证件号码';

--
-- Name: COLUMN clfht_msr.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.clfht_msr.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: dyba; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.dyba (
    dybah character varying(50) NOT NULL,
    ywh text NOT NULL,
    slbh character varying(50),
    htbh character varying(50),
    dylx character varying(30),
    dyfs character varying(10),
    dyr text,
    dyrzjhm character varying(50),
    dyqr text,
    dyqrzjhm character varying(50),
    bdbzzqse numeric(18,2),
    zgzqse numeric(18,2),
    zwlxqssj date,
    zwlxjssj date,
    fwbm character varying(32),
    bdcdyh character varying(28),
    zl text,
    bazt character varying(30),
    basj timestamp with time zone,
    zxsj timestamp with time zone,
    qxdm character varying(12),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_jy.dyba REPLICA IDENTITY FULL;

--
-- Name: TABLE dyba; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.dyba IS '抵押备案：房管部门办理的抵押（预售商品房抵押、在建工程抵押等）备案信息（抵押备案时推送）';

--
-- Name: COLUMN dyba.dybah; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.dybah IS '抵押备案号（主键）';

--
-- Name: COLUMN dyba.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN dyba.slbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.slbh IS '一窗受理编号';

--
-- Name: COLUMN dyba.htbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.htbh IS '所涉购房合同编号';

--
-- Name: COLUMN dyba.dylx; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.dylx IS '抵押类型（预售商品房抵押、在建工程抵押、现房抵押等）';

--
-- Name: COLUMN dyba.dyfs; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.dyfs IS '抵押方式（DYFS：1 一般抵押 2 最高额抵押）';

--
-- Name: COLUMN dyba.dyr; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.dyr IS '抵押人';

--
-- Name: COLUMN dyba.dyrzjhm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.dyrzjhm IS '抵押人证件号码';

--
-- Name: COLUMN dyba.dyqr; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.dyqr IS '抵押权人';

--
-- Name: COLUMN dyba.dyqrzjhm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.dyqrzjhm IS '抵押权人证件号码';

--
-- Name: COLUMN dyba.bdbzzqse; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.bdbzzqse IS '被担保主债权数额（元）';

--
-- Name: COLUMN dyba.zgzqse; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.zgzqse IS '最高债权数额（元）';

--
-- Name: COLUMN dyba.zwlxqssj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.zwlxqssj IS '债务履行起始日期';

--
-- Name: COLUMN dyba.zwlxjssj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.zwlxjssj IS '债务履行结束日期';

--
-- Name: COLUMN dyba.fwbm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.fwbm IS '抵押房屋的房屋编码（多套时为第一套，全部见 dyba_h）';

--
-- Name: COLUMN dyba.bdcdyh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.bdcdyh IS '不动产单元号（已挂接时填写）';

--
-- Name: COLUMN dyba.zl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.zl IS '坐落';

--
-- Name: COLUMN dyba.bazt; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.bazt IS '备案状态（已备案、已注销）';

--
-- Name: COLUMN dyba.basj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.basj IS '备案时间';

--
-- Name: COLUMN dyba.zxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.zxsj IS '注销时间';

--
-- Name: COLUMN dyba.qxdm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.qxdm IS '行政区划代码';

--
-- Name: COLUMN dyba.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: dyba_h; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.dyba_h (
    dybah character varying(50) NOT NULL,
    fwbm character varying(32) NOT NULL,
    ywh text NOT NULL,
    bdcdyh character varying(28),
    zl text,
    jzmj numeric(12,2),
    dyje numeric(18,2),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_jy.dyba_h REPLICA IDENTITY FULL;

--
-- Name: TABLE dyba_h; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.dyba_h IS '抵押备案户：抵押备案所含房屋，每套一行（单套也有一行）';

--
-- Name: COLUMN dyba_h.dybah; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba_h.dybah IS '抵押备案号（主键之一）';

--
-- Name: COLUMN dyba_h.fwbm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba_h.fwbm IS '房屋编码（主键之一）';

--
-- Name: COLUMN dyba_h.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba_h.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN dyba_h.bdcdyh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba_h.bdcdyh IS '不动产单元号（已挂接时填写）';

--
-- Name: COLUMN dyba_h.zl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba_h.zl IS '坐落';

--
-- Name: COLUMN dyba_h.jzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba_h.jzmj IS '建筑面积（m²）';

--
-- Name: COLUMN dyba_h.dyje; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba_h.dyje IS '该房屋担保金额（元）';

--
-- Name: COLUMN dyba_h.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.dyba_h.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: fwbm_jg; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.fwbm_jg (
    sqid character varying(50) NOT NULL,
    ywh text NOT NULL,
    sqywh text,
    bdcdyh character varying(28),
    fwbm character varying(32),
    jgdm character varying(10) NOT NULL,
    jgxx text,
    fmsj timestamp with time zone,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT fwbm_jg_jgdm_fwbm_ck CHECK ((((jgdm)::text <> '0'::text) OR (fwbm IS NOT NULL)))
);

ALTER TABLE ONLY share_jy.fwbm_jg REPLICA IDENTITY FULL;

--
-- Name: TABLE fwbm_jg; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.fwbm_jg IS '房屋编码赋码结果：对共享登记库 fwbm_sq 房屋编码申请的答复（seed §5.1.2），每个申请一行';

--
-- Name: COLUMN fwbm_jg.sqid; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.fwbm_jg.sqid IS '申请编号（对应 share_dj.fwbm_sq.sqid，主键）';

--
-- Name: COLUMN fwbm_jg.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.fwbm_jg.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN fwbm_jg.sqywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.fwbm_jg.sqywh IS '申请所在的共享登记库业务号（share_dj.gxzb.ywh）';

--
-- Name: COLUMN fwbm_jg.bdcdyh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.fwbm_jg.bdcdyh IS '申请所涉不动产单元号';

--
-- Name: COLUMN fwbm_jg.fwbm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.fwbm_jg.fwbm IS '赋予的房屋编码（失败时为空）';

--
-- Name: COLUMN fwbm_jg.jgdm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.fwbm_jg.jgdm IS '结果代码：0 成功，其它为失败原因代码';

--
-- Name: COLUMN fwbm_jg.jgxx; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.fwbm_jg.jgxx IS '结果说明';

--
-- Name: COLUMN fwbm_jg.fmsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.fwbm_jg.fmsj IS '赋码时间';

--
-- Name: COLUMN fwbm_jg.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.fwbm_jg.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: gxzb; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.gxzb (
    ywh text NOT NULL,
    ywlx character varying(10) NOT NULL,
    ywzt character varying(30) NOT NULL,
    fwbm character varying(32),
    bdcdyh character varying(28),
    htbh character varying(50),
    htbah character varying(50),
    slbh character varying(50),
    xmbh character varying(50),
    glywh text,
    qxdm character varying(12),
    fwsl integer,
    mxsl integer,
    bjsj timestamp with time zone,
    tssj timestamp with time zone DEFAULT now() NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    bz text,
    CONSTRAINT gxzb_ywlx_ck CHECK (((ywlx)::text = ANY ((ARRAY['CHRK'::character varying, 'SPFBA'::character varying, 'CLFBA'::character varying, 'JYQR'::character varying, 'XZXZ'::character varying, 'XZJC'::character varying, 'DYBA'::character varying, 'FWBM'::character varying])::text[]))),
    CONSTRAINT gxzb_ywzt_ck CHECK (((ywzt)::text = ANY ((ARRAY['办结'::character varying, '撤销'::character varying])::text[])))
);

ALTER TABLE ONLY share_jy.gxzb REPLICA IDENTITY FULL;

--
-- Name: TABLE gxzb; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.gxzb IS '共享主表（共享交易库）：每个推送的交易业务一行，路由过程据其关键字段决定是否经 S2 转发到不动产端前置共享交易库。各表之间不建外键：行由流推送，可能重推且先后次序不定，以业务号和自然键关联';

--
-- Name: COLUMN gxzb.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.ywh IS '业务号（交易业务号，主键）';

--
-- Name: COLUMN gxzb.ywlx; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.ywlx IS '业务类型：CHRK 测绘入库，SPFBA 商品房合同备案，CLFBA 存量房合同备案，JYQR 交易确认，XZXZ 行政限制设立，XZJC 行政限制解除，DYBA 抵押备案，FWBM 房屋编码赋码结果';

--
-- Name: COLUMN gxzb.ywzt; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.ywzt IS '业务状态：办结 / 撤销';

--
-- Name: COLUMN gxzb.fwbm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.fwbm IS '房屋编码（单套业务的房屋；多套时为第一套，全部见明细表）';

--
-- Name: COLUMN gxzb.bdcdyh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.bdcdyh IS '不动产单元号（已挂接时填写）';

--
-- Name: COLUMN gxzb.htbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.htbh IS '合同编号（合同备案、交易确认、抵押备案所涉合同）';

--
-- Name: COLUMN gxzb.htbah; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.htbah IS '合同备案号';

--
-- Name: COLUMN gxzb.slbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.slbh IS '一窗受理编号';

--
-- Name: COLUMN gxzb.xmbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.xmbh IS '测绘项目编号（测绘入库业务）';

--
-- Name: COLUMN gxzb.glywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.glywh IS '关联业务号（行政限制解除对应的设立业务、赋码结果对应的共享登记库申请业务等）';

--
-- Name: COLUMN gxzb.qxdm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.qxdm IS '行政区划代码（区县，GB/T 2260，如 511702 通川区）';

--
-- Name: COLUMN gxzb.fwsl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.fwsl IS '涉及房屋套数';

--
-- Name: COLUMN gxzb.mxsl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.mxsl IS '本业务推送的明细行总数（路由可据此判断明细是否到齐）';

--
-- Name: COLUMN gxzb.bjsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.bjsj IS '业务办结（或撤销）时间';

--
-- Name: COLUMN gxzb.tssj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.tssj IS '推送时间（写入共享交易库的时间）';

--
-- Name: COLUMN gxzb.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: COLUMN gxzb.bz; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.gxzb.bz IS '备注';

--
-- Name: spfht; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.spfht (
    htbh character varying(50) NOT NULL,
    htbah character varying(50),
    ywh text NOT NULL,
    slbh character varying(50),
    xmbh character varying(50),
    ysxkzh character varying(100),
    qyrq date,
    barq date,
    htje numeric(18,2),
    fkfs character varying(30),
    dkje numeric(18,2),
    htzt character varying(30),
    qxdm character varying(12),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_jy.spfht REPLICA IDENTITY FULL;

--
-- Name: TABLE spfht; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.spfht IS '商品房合同主表：商品房买卖合同（网签）及其备案信息（合同备案时推送）';

--
-- Name: COLUMN spfht.htbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht.htbh IS '合同编号（主键）';

--
-- Name: COLUMN spfht.htbah; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht.htbah IS '合同备案号';

--
-- Name: COLUMN spfht.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN spfht.slbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht.slbh IS '一窗受理编号';

--
-- Name: COLUMN spfht.xmbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht.xmbh IS '测绘项目编号';

--
-- Name: COLUMN spfht.ysxkzh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht.ysxkzh IS '预售许可证号';

--
-- Name: COLUMN spfht.qyrq; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht.qyrq IS '签约日期';

--
-- Name: COLUMN spfht.barq; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht.barq IS '备案日期';

--
-- Name: COLUMN spfht.htje; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht.htje IS '合同成交金额（元）';

--
-- Name: COLUMN spfht.fkfs; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht.fkfs IS '付款方式（一次性付款、按揭贷款等）';

--
-- Name: COLUMN spfht.dkje; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht.dkje IS '贷款金额（元）';

--
-- Name: COLUMN spfht.htzt; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht.htzt IS '合同状态（已签约、已备案、已注销等）';

--
-- Name: COLUMN spfht.qxdm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht.qxdm IS '行政区划代码';

--
-- Name: COLUMN spfht.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: spfht_cmr; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.spfht_cmr (
    htbh character varying(50) NOT NULL,
    sxh integer NOT NULL,
    ywh text NOT NULL,
    cmrmc text NOT NULL,
    zjzl character varying(10),
    zjhm character varying(50),
    dh character varying(50),
    dz text,
    dlrmc text,
    dlrzjhm character varying(50),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_jy.spfht_cmr REPLICA IDENTITY FULL;

--
-- Name: TABLE spfht_cmr; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.spfht_cmr IS '商品房合同出卖人：合同的出卖人，每人一行';

--
-- Name: COLUMN spfht_cmr.htbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_cmr.htbh IS '合同编号（主键之一）';

--
-- Name: COLUMN spfht_cmr.sxh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_cmr.sxh IS '顺序号（主键之一）';

--
-- Name: COLUMN spfht_cmr.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_cmr.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN spfht_cmr.cmrmc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_cmr.cmrmc IS '出卖人名称（姓名或单位名称）';

--
-- Name: COLUMN spfht_cmr.zjzl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_cmr.zjzl IS '证件种类（ZJZL 代码）';

--
-- Name: COLUMN spfht_cmr.zjhm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_cmr.zjhm IS '证件号码';

--
-- Name: COLUMN spfht_cmr.dh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_cmr.dh IS '联系电话';

--
-- Name: COLUMN spfht_cmr.dz; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_cmr.dz IS '通讯地址';

--
-- Name: COLUMN spfht_cmr.dlrmc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_cmr.dlrmc IS '代理人名称';

--
-- Name: COLUMN spfht_cmr.dlrzjhm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_cmr.dlrzjhm IS '代理人证件号码';

--
-- Name: COLUMN spfht_cmr.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_cmr.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: spfht_h; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.spfht_h (
    htbh character varying(50) NOT NULL,
    fwbm character varying(32) NOT NULL,
    ywh text NOT NULL,
    bdcdyh character varying(28),
    zl text,
    zh text,
    dyh text,
    szc text,
    fh text,
    fwyt character varying(10),
    jzmj numeric(12,2),
    tnjzmj numeric(12,2),
    ftjzmj numeric(12,2),
    dj numeric(18,2),
    zj numeric(18,2),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_jy.spfht_h REPLICA IDENTITY FULL;

--
-- Name: TABLE spfht_h; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.spfht_h IS '商品房合同户：合同所含房屋，每套一行';

--
-- Name: COLUMN spfht_h.htbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_h.htbh IS '合同编号（主键之一）';

--
-- Name: COLUMN spfht_h.fwbm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_h.fwbm IS '房屋编码（主键之一）';

--
-- Name: COLUMN spfht_h.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_h.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN spfht_h.bdcdyh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_h.bdcdyh IS '不动产单元号（已挂接时填写）';

--
-- Name: COLUMN spfht_h.zl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_h.zl IS '房屋坐落';

--
-- Name: COLUMN spfht_h.zh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_h.zh IS '幢号（栋）';

--
-- Name: COLUMN spfht_h.dyh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_h.dyh IS '单元号';

--
-- Name: COLUMN spfht_h.szc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_h.szc IS '所在层（名义层）';

--
-- Name: COLUMN spfht_h.fh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_h.fh IS '房号';

--
-- Name: COLUMN spfht_h.fwyt; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_h.fwyt IS '房屋用途（FWYT 代码）';

--
-- Name: COLUMN spfht_h.jzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_h.jzmj IS '建筑面积（m²）';

--
-- Name: COLUMN spfht_h.tnjzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_h.tnjzmj IS '套内建筑面积（m²）';

--
-- Name: COLUMN spfht_h.ftjzmj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_h.ftjzmj IS '分摊建筑面积（m²）';

--
-- Name: COLUMN spfht_h.dj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_h.dj IS '单价（元/m²）';

--
-- Name: COLUMN spfht_h.zj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_h.zj IS '该房屋成交总价（元）';

--
-- Name: COLUMN spfht_h.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_h.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: spfht_msr; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.spfht_msr (
    htbh character varying(50) NOT NULL,
    sxh integer NOT NULL,
    ywh text NOT NULL,
    msrmc text NOT NULL,
    zjzl character varying(10),
    zjhm character varying(50),
    gyfs character varying(10),
    qlbl character varying(50),
    dh character varying(50),
    dz text,
    dlrmc text,
    dlrzjhm character varying(50),
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE ONLY share_jy.spfht_msr REPLICA IDENTITY FULL;

--
-- Name: TABLE spfht_msr; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.spfht_msr IS '商品房合同买受人：合同的买受人，每人一行';

--
-- Name: COLUMN spfht_msr.htbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_msr.htbh IS '合同编号（主键之一）';

--
-- Name: COLUMN spfht_msr.sxh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_msr.sxh IS '顺序号（主键之一）';

--
-- Name: COLUMN spfht_msr.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_msr.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN spfht_msr.msrmc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_msr.msrmc IS '买受人名称（姓名或单位名称）';

--
-- Name: COLUMN spfht_msr.zjzl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_msr.zjzl IS '证件种类（ZJZL 代码）';

--
-- Name: COLUMN spfht_msr.zjhm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_msr.zjhm IS '证件号码';

--
-- Name: COLUMN spfht_msr.gyfs; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_msr.gyfs IS '共有方式（GYFS：0 单独所有 1 共同共有 2 按份共有 3 其它共有）';

--
-- Name: COLUMN spfht_msr.qlbl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_msr.qlbl IS '权利比例（按份共有的份额）';

--
-- Name: COLUMN spfht_msr.dh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_msr.dh IS '联系电话';

--
-- Name: COLUMN spfht_msr.dz; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_msr.dz IS '通讯地址';

--
-- Name: COLUMN spfht_msr.dlrmc; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_msr.dlrmc IS '代理人名称';

--
-- Name: COLUMN spfht_msr.dlrzjhm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_msr.dlrzjhm IS '代理人证件号码';

--
-- Name: COLUMN spfht_msr.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.spfht_msr.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: xzxz; Type: TABLE; Schema: share_jy; Owner: -
--

CREATE TABLE share_jy.xzxz (
    xzbh character varying(50) NOT NULL,
    ywh text NOT NULL,
    szywh text,
    jcywh text,
    xzlx character varying(30),
    fwbm character varying(32),
    bdcdyh character varying(28),
    htbh character varying(50),
    zl text,
    xzjg text,
    xzwh text,
    xzyy text,
    xzqssj date,
    xzjssj date,
    xzzt character varying(30) NOT NULL,
    jcsj timestamp with time zone,
    jcwh text,
    jcyy text,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT xzxz_xzzt_ck CHECK (((xzzt)::text = ANY ((ARRAY['有效'::character varying, '已解除'::character varying])::text[])))
);

ALTER TABLE ONLY share_jy.xzxz REPLICA IDENTITY FULL;

--
-- Name: TABLE xzxz; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON TABLE share_jy.xzxz IS '行政限制：房管部门对房屋设立的行政限制（限购、限售、预查封、冻结、合同限制等），设立与解除时推送；解除时同一行更新';

--
-- Name: COLUMN xzxz.xzbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.xzbh IS '限制编号（主键）';

--
-- Name: COLUMN xzxz.ywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';

--
-- Name: COLUMN xzxz.szywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.szywh IS '设立业务号';

--
-- Name: COLUMN xzxz.jcywh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.jcywh IS '解除业务号（未解除为空）';

--
-- Name: COLUMN xzxz.xzlx; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.xzlx IS '限制类型（限购、限售、预查封、冻结、合同限制等）';

--
-- Name: COLUMN xzxz.fwbm; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.fwbm IS '被限制房屋的房屋编码';

--
-- Name: COLUMN xzxz.bdcdyh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.bdcdyh IS '不动产单元号（已挂接时填写）';

--
-- Name: COLUMN xzxz.htbh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.htbh IS '被限制的合同编号（合同限制时填写）';

--
-- Name: COLUMN xzxz.zl; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.zl IS '房屋坐落';

--
-- Name: COLUMN xzxz.xzjg; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.xzjg IS '限制机关';

--
-- Name: COLUMN xzxz.xzwh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.xzwh IS '限制文号';

--
-- Name: COLUMN xzxz.xzyy; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.xzyy IS '限制原因';

--
-- Name: COLUMN xzxz.xzqssj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.xzqssj IS '限制起始日期';

--
-- Name: COLUMN xzxz.xzjssj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.xzjssj IS '限制结束日期';

--
-- Name: COLUMN xzxz.xzzt; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.xzzt IS '限制状态：有效 / 已解除';

--
-- Name: COLUMN xzxz.jcsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.jcsj IS '解除时间';

--
-- Name: COLUMN xzxz.jcwh; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.jcwh IS '解除文号';

--
-- Name: COLUMN xzxz.jcyy; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.jcyy IS '解除原因';

--
-- Name: COLUMN xzxz.gxsj; Type: COMMENT; Schema: share_jy; Owner: -
--

COMMENT ON COLUMN share_jy.xzxz.gxsj IS '更新时间（源端最后修改该行的时间）';

--
-- Name: btbg id; Type: DEFAULT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.btbg ALTER COLUMN id SET DEFAULT nextval('jh.btbg_id_seq'::regclass);

--
-- Name: ddcl id; Type: DEFAULT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.ddcl ALTER COLUMN id SET DEFAULT nextval('jh.ddcl_id_seq'::regclass);

--
-- Name: lygz id; Type: DEFAULT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.lygz ALTER COLUMN id SET DEFAULT nextval('jh.lygz_id_seq'::regclass);

--
-- Name: sx id; Type: DEFAULT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.sx ALTER COLUMN id SET DEFAULT nextval('jh.sx_id_seq'::regclass);

--
-- Name: wzf id; Type: DEFAULT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.wzf ALTER COLUMN id SET DEFAULT nextval('jh.wzf_id_seq'::regclass);

--
-- Name: btbg btbg_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.btbg
    ADD CONSTRAINT btbg_pk PRIMARY KEY (id);

--
-- Name: ddcl ddcl_lsl_bm_zj_uq; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.ddcl
    ADD CONSTRAINT ddcl_lsl_bm_zj_uq UNIQUE (lsl, bm, zj);

--
-- Name: ddcl ddcl_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.ddcl
    ADD CONSTRAINT ddcl_pk PRIMARY KEY (id);

--
-- Name: hwz hwz_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.hwz
    ADD CONSTRAINT hwz_pk PRIMARY KEY (bm, zj);

--
-- Name: lyb lyb_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.lyb
    ADD CONSTRAINT lyb_pk PRIMARY KEY (lsl, lybm);

--
-- Name: lygz lygz_gzdm_uq; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.lygz
    ADD CONSTRAINT lygz_gzdm_uq UNIQUE (gzdm);

--
-- Name: lygz lygz_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.lygz
    ADD CONSTRAINT lygz_pk PRIMARY KEY (id);

--
-- Name: lyjc lyjc_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.lyjc
    ADD CONSTRAINT lyjc_pk PRIMARY KEY (lsl, ywh);

--
-- Name: lzt lzt_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.lzt
    ADD CONSTRAINT lzt_pk PRIMARY KEY (lsl);

--
-- Name: sx sx_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.sx
    ADD CONSTRAINT sx_pk PRIMARY KEY (id);

--
-- Name: wzf wzf_lsl_bm_zj_uq; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.wzf
    ADD CONSTRAINT wzf_lsl_bm_zj_uq UNIQUE (lsl, bm, zj);

--
-- Name: wzf wzf_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.wzf
    ADD CONSTRAINT wzf_pk PRIMARY KEY (id);

--
-- Name: xh xh_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.xh
    ADD CONSTRAINT xh_pk PRIMARY KEY (id);

--
-- Name: xt xt_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.xt
    ADD CONSTRAINT xt_pk PRIMARY KEY (lsl);

--
-- Name: xzfw xzfw_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.xzfw
    ADD CONSTRAINT xzfw_pk PRIMARY KEY (qxdm);

--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);

--
-- Name: bdcdy bdcdy_pk; Type: CONSTRAINT; Schema: share_dj; Owner: -
--

ALTER TABLE ONLY share_dj.bdcdy
    ADD CONSTRAINT bdcdy_pk PRIMARY KEY (bdcdyh);

--
-- Name: dbjg_dy dbjg_dy_pk; Type: CONSTRAINT; Schema: share_dj; Owner: -
--

ALTER TABLE ONLY share_dj.dbjg_dy
    ADD CONSTRAINT dbjg_dy_pk PRIMARY KEY (ywh, bdcdyh);

--
-- Name: dbjg dbjg_pk; Type: CONSTRAINT; Schema: share_dj; Owner: -
--

ALTER TABLE ONLY share_dj.dbjg
    ADD CONSTRAINT dbjg_pk PRIMARY KEY (ywh);

--
-- Name: fwbm_sq fwbm_sq_pk; Type: CONSTRAINT; Schema: share_dj; Owner: -
--

ALTER TABLE ONLY share_dj.fwbm_sq
    ADD CONSTRAINT fwbm_sq_pk PRIMARY KEY (sqid);

--
-- Name: gxzb gxzb_pk; Type: CONSTRAINT; Schema: share_dj; Owner: -
--

ALTER TABLE ONLY share_dj.gxzb
    ADD CONSTRAINT gxzb_pk PRIMARY KEY (ywh);

--
-- Name: qlr qlr_pk; Type: CONSTRAINT; Schema: share_dj; Owner: -
--

ALTER TABLE ONLY share_dj.qlr
    ADD CONSTRAINT qlr_pk PRIMARY KEY (ywh, sqrlb, sxh);

--
-- Name: sf sf_pk; Type: CONSTRAINT; Schema: share_dj; Owner: -
--

ALTER TABLE ONLY share_dj.sf
    ADD CONSTRAINT sf_pk PRIMARY KEY (ywh, sxh);

--
-- Name: td td_pk; Type: CONSTRAINT; Schema: share_dj; Owner: -
--

ALTER TABLE ONLY share_dj.td
    ADD CONSTRAINT td_pk PRIMARY KEY (zddm);

--
-- Name: yx yx_pk; Type: CONSTRAINT; Schema: share_dj; Owner: -
--

ALTER TABLE ONLY share_dj.yx
    ADD CONSTRAINT yx_pk PRIMARY KEY (ywh, sha256);

--
-- Name: zs zs_pk; Type: CONSTRAINT; Schema: share_dj; Owner: -
--

ALTER TABLE ONLY share_dj.zs
    ADD CONSTRAINT zs_pk PRIMARY KEY (bdcqzh);

--
-- Name: chc chc_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.chc
    ADD CONSTRAINT chc_pk PRIMARY KEY (ljzh, ch);

--
-- Name: chh_sc chh_sc_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.chh_sc
    ADD CONSTRAINT chh_sc_pk PRIMARY KEY (fwbm);

--
-- Name: chh_yc chh_yc_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.chh_yc
    ADD CONSTRAINT chh_yc_pk PRIMARY KEY (fwbm);

--
-- Name: chljz chljz_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.chljz
    ADD CONSTRAINT chljz_pk PRIMARY KEY (ljzh);

--
-- Name: chxm chxm_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.chxm
    ADD CONSTRAINT chxm_pk PRIMARY KEY (xmbh);

--
-- Name: chzrz chzrz_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.chzrz
    ADD CONSTRAINT chzrz_pk PRIMARY KEY (zrzh);

--
-- Name: clfht_cmr clfht_cmr_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.clfht_cmr
    ADD CONSTRAINT clfht_cmr_pk PRIMARY KEY (htbh, sxh);

--
-- Name: clfht_h clfht_h_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.clfht_h
    ADD CONSTRAINT clfht_h_pk PRIMARY KEY (htbh, fwbm);

--
-- Name: clfht_msr clfht_msr_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.clfht_msr
    ADD CONSTRAINT clfht_msr_pk PRIMARY KEY (htbh, sxh);

--
-- Name: clfht clfht_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.clfht
    ADD CONSTRAINT clfht_pk PRIMARY KEY (htbh);

--
-- Name: dyba_h dyba_h_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.dyba_h
    ADD CONSTRAINT dyba_h_pk PRIMARY KEY (dybah, fwbm);

--
-- Name: dyba dyba_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.dyba
    ADD CONSTRAINT dyba_pk PRIMARY KEY (dybah);

--
-- Name: fwbm_jg fwbm_jg_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.fwbm_jg
    ADD CONSTRAINT fwbm_jg_pk PRIMARY KEY (sqid);

--
-- Name: gxzb gxzb_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.gxzb
    ADD CONSTRAINT gxzb_pk PRIMARY KEY (ywh);

--
-- Name: spfht_cmr spfht_cmr_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.spfht_cmr
    ADD CONSTRAINT spfht_cmr_pk PRIMARY KEY (htbh, sxh);

--
-- Name: spfht_h spfht_h_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.spfht_h
    ADD CONSTRAINT spfht_h_pk PRIMARY KEY (htbh, fwbm);

--
-- Name: spfht_msr spfht_msr_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.spfht_msr
    ADD CONSTRAINT spfht_msr_pk PRIMARY KEY (htbh, sxh);

--
-- Name: spfht spfht_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.spfht
    ADD CONSTRAINT spfht_pk PRIMARY KEY (htbh);

--
-- Name: xzxz xzxz_pk; Type: CONSTRAINT; Schema: share_jy; Owner: -
--

ALTER TABLE ONLY share_jy.xzxz
    ADD CONSTRAINT xzxz_pk PRIMARY KEY (xzbh);

--
-- Name: btbg_kssj_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX btbg_kssj_ix ON jh.btbg USING btree (kssj);

--
-- Name: btbg_lsl_id_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX btbg_lsl_id_ix ON jh.btbg USING btree (lsl, id);

--
-- Name: ddcl_lsl_ywh_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX ddcl_lsl_ywh_ix ON jh.ddcl USING btree (lsl, ywh);

--
-- Name: lygz_lsl_ywlx_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX lygz_lsl_ywlx_ix ON jh.lygz USING btree (lsl, ywlx);

--
-- Name: lyjc_jcsj_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX lyjc_jcsj_ix ON jh.lyjc USING btree (jcsj);

--
-- Name: sx_bm_zj_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX sx_bm_zj_ix ON jh.sx USING btree (bm, zj);

--
-- Name: sx_lsl_cszt_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX sx_lsl_cszt_ix ON jh.sx USING btree (lsl, cszt);

--
-- Name: wzf_jlsj_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX wzf_jlsj_ix ON jh.wzf USING btree (jlsj);

--
-- Name: wzf_lsl_ywh_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX wzf_lsl_ywh_ix ON jh.wzf USING btree (lsl, ywh);

--
-- Name: bdcdy_fwbm_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX bdcdy_fwbm_ix ON share_dj.bdcdy USING btree (fwbm);

--
-- Name: bdcdy_ljzh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX bdcdy_ljzh_ix ON share_dj.bdcdy USING btree (ljzh);

--
-- Name: bdcdy_ywh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX bdcdy_ywh_ix ON share_dj.bdcdy USING btree (ywh);

--
-- Name: bdcdy_zddm_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX bdcdy_zddm_ix ON share_dj.bdcdy USING btree (zddm);

--
-- Name: bdcdy_zrzh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX bdcdy_zrzh_ix ON share_dj.bdcdy USING btree (zrzh);

--
-- Name: dbjg_bdcdyh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX dbjg_bdcdyh_ix ON share_dj.dbjg USING btree (bdcdyh);

--
-- Name: dbjg_bdcqzh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX dbjg_bdcqzh_ix ON share_dj.dbjg USING btree (bdcqzh);

--
-- Name: dbjg_djlx_qllx_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX dbjg_djlx_qllx_ix ON share_dj.dbjg USING btree (djlx, qllx);

--
-- Name: dbjg_dy_bdcdyh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX dbjg_dy_bdcdyh_ix ON share_dj.dbjg_dy USING btree (bdcdyh);

--
-- Name: dbjg_dy_fwbm_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX dbjg_dy_fwbm_ix ON share_dj.dbjg_dy USING btree (fwbm);

--
-- Name: dbjg_fwbm_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX dbjg_fwbm_ix ON share_dj.dbjg USING btree (fwbm);

--
-- Name: dbjg_htbh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX dbjg_htbh_ix ON share_dj.dbjg USING btree (htbh);

--
-- Name: dbjg_jfywh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX dbjg_jfywh_ix ON share_dj.dbjg USING btree (jfywh);

--
-- Name: dbjg_jyywh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX dbjg_jyywh_ix ON share_dj.dbjg USING btree (jyywh);

--
-- Name: dbjg_slbh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX dbjg_slbh_ix ON share_dj.dbjg USING btree (slbh);

--
-- Name: dbjg_syywh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX dbjg_syywh_ix ON share_dj.dbjg USING btree (syywh);

--
-- Name: dbjg_zxywh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX dbjg_zxywh_ix ON share_dj.dbjg USING btree (zxywh);

--
-- Name: fwbm_sq_bdcdyh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX fwbm_sq_bdcdyh_ix ON share_dj.fwbm_sq USING btree (bdcdyh);

--
-- Name: fwbm_sq_ywh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX fwbm_sq_ywh_ix ON share_dj.fwbm_sq USING btree (ywh);

--
-- Name: gxzb_bdcdyh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX gxzb_bdcdyh_ix ON share_dj.gxzb USING btree (bdcdyh);

--
-- Name: gxzb_bdcqzh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX gxzb_bdcqzh_ix ON share_dj.gxzb USING btree (bdcqzh);

--
-- Name: gxzb_fwbm_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX gxzb_fwbm_ix ON share_dj.gxzb USING btree (fwbm);

--
-- Name: gxzb_glywh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX gxzb_glywh_ix ON share_dj.gxzb USING btree (glywh);

--
-- Name: gxzb_gxsj_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX gxzb_gxsj_ix ON share_dj.gxzb USING btree (gxsj);

--
-- Name: gxzb_htbh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX gxzb_htbh_ix ON share_dj.gxzb USING btree (htbh);

--
-- Name: gxzb_jyywh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX gxzb_jyywh_ix ON share_dj.gxzb USING btree (jyywh);

--
-- Name: gxzb_slbh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX gxzb_slbh_ix ON share_dj.gxzb USING btree (slbh);

--
-- Name: gxzb_ywlx_ywzt_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX gxzb_ywlx_ywzt_ix ON share_dj.gxzb USING btree (ywlx, ywzt);

--
-- Name: qlr_bdcqzh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX qlr_bdcqzh_ix ON share_dj.qlr USING btree (bdcqzh);

--
-- Name: qlr_zjhm_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX qlr_zjhm_ix ON share_dj.qlr USING btree (zjhm);

--
-- Name: sf_djywh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX sf_djywh_ix ON share_dj.sf USING btree (djywh);

--
-- Name: sf_sfdh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX sf_sfdh_ix ON share_dj.sf USING btree (sfdh);

--
-- Name: td_bdcdyh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX td_bdcdyh_ix ON share_dj.td USING btree (bdcdyh);

--
-- Name: td_ywh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX td_ywh_ix ON share_dj.td USING btree (ywh);

--
-- Name: yx_djywh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX yx_djywh_ix ON share_dj.yx USING btree (djywh);

--
-- Name: yx_sha256_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX yx_sha256_ix ON share_dj.yx USING btree (sha256);

--
-- Name: zs_bdcdyh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX zs_bdcdyh_ix ON share_dj.zs USING btree (bdcdyh);

--
-- Name: zs_djywh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX zs_djywh_ix ON share_dj.zs USING btree (djywh);

--
-- Name: zs_lzrzjhm_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX zs_lzrzjhm_ix ON share_dj.zs USING btree (lzrzjhm);

--
-- Name: zs_qzysxlh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX zs_qzysxlh_ix ON share_dj.zs USING btree (qzysxlh);

--
-- Name: zs_ywh_ix; Type: INDEX; Schema: share_dj; Owner: -
--

CREATE INDEX zs_ywh_ix ON share_dj.zs USING btree (ywh);

--
-- Name: chc_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chc_ywh_ix ON share_jy.chc USING btree (ywh);

--
-- Name: chc_zrzh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chc_zrzh_ix ON share_jy.chc USING btree (zrzh);

--
-- Name: chh_sc_bdcdyh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chh_sc_bdcdyh_ix ON share_jy.chh_sc USING btree (bdcdyh);

--
-- Name: chh_sc_ljzh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chh_sc_ljzh_ix ON share_jy.chh_sc USING btree (ljzh);

--
-- Name: chh_sc_xmbh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chh_sc_xmbh_ix ON share_jy.chh_sc USING btree (xmbh);

--
-- Name: chh_sc_ycfwbm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chh_sc_ycfwbm_ix ON share_jy.chh_sc USING btree (ycfwbm);

--
-- Name: chh_sc_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chh_sc_ywh_ix ON share_jy.chh_sc USING btree (ywh);

--
-- Name: chh_sc_zrzh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chh_sc_zrzh_ix ON share_jy.chh_sc USING btree (zrzh);

--
-- Name: chh_yc_bdcdyh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chh_yc_bdcdyh_ix ON share_jy.chh_yc USING btree (bdcdyh);

--
-- Name: chh_yc_ljzh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chh_yc_ljzh_ix ON share_jy.chh_yc USING btree (ljzh);

--
-- Name: chh_yc_xmbh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chh_yc_xmbh_ix ON share_jy.chh_yc USING btree (xmbh);

--
-- Name: chh_yc_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chh_yc_ywh_ix ON share_jy.chh_yc USING btree (ywh);

--
-- Name: chh_yc_zrzh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chh_yc_zrzh_ix ON share_jy.chh_yc USING btree (zrzh);

--
-- Name: chljz_xmbh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chljz_xmbh_ix ON share_jy.chljz USING btree (xmbh);

--
-- Name: chljz_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chljz_ywh_ix ON share_jy.chljz USING btree (ywh);

--
-- Name: chljz_zrzh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chljz_zrzh_ix ON share_jy.chljz USING btree (zrzh);

--
-- Name: chxm_kfqyzjhm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chxm_kfqyzjhm_ix ON share_jy.chxm USING btree (kfqyzjhm);

--
-- Name: chxm_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chxm_ywh_ix ON share_jy.chxm USING btree (ywh);

--
-- Name: chzrz_bdcdyh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chzrz_bdcdyh_ix ON share_jy.chzrz USING btree (bdcdyh);

--
-- Name: chzrz_xmbh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chzrz_xmbh_ix ON share_jy.chzrz USING btree (xmbh);

--
-- Name: chzrz_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chzrz_ywh_ix ON share_jy.chzrz USING btree (ywh);

--
-- Name: chzrz_zddm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX chzrz_zddm_ix ON share_jy.chzrz USING btree (zddm);

--
-- Name: clfht_bdcqzh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX clfht_bdcqzh_ix ON share_jy.clfht USING btree (bdcqzh);

--
-- Name: clfht_cmr_dlrzjhm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX clfht_cmr_dlrzjhm_ix ON share_jy.clfht_cmr USING btree (dlrzjhm);

--
-- Name: clfht_cmr_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX clfht_cmr_ywh_ix ON share_jy.clfht_cmr USING btree (ywh);

--
-- Name: clfht_cmr_zjhm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX clfht_cmr_zjhm_ix ON share_jy.clfht_cmr USING btree (zjhm);

--
-- Name: clfht_h_bdcdyh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX clfht_h_bdcdyh_ix ON share_jy.clfht_h USING btree (bdcdyh);

--
-- Name: clfht_h_bdcqzh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX clfht_h_bdcqzh_ix ON share_jy.clfht_h USING btree (bdcqzh);

--
-- Name: clfht_h_fwbm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX clfht_h_fwbm_ix ON share_jy.clfht_h USING btree (fwbm);

--
-- Name: clfht_h_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX clfht_h_ywh_ix ON share_jy.clfht_h USING btree (ywh);

--
-- Name: clfht_htbah_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX clfht_htbah_ix ON share_jy.clfht USING btree (htbah);

--
-- Name: clfht_msr_dlrzjhm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX clfht_msr_dlrzjhm_ix ON share_jy.clfht_msr USING btree (dlrzjhm);

--
-- Name: clfht_msr_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX clfht_msr_ywh_ix ON share_jy.clfht_msr USING btree (ywh);

--
-- Name: clfht_msr_zjhm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX clfht_msr_zjhm_ix ON share_jy.clfht_msr USING btree (zjhm);

--
-- Name: clfht_slbh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX clfht_slbh_ix ON share_jy.clfht USING btree (slbh);

--
-- Name: clfht_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX clfht_ywh_ix ON share_jy.clfht USING btree (ywh);

--
-- Name: dyba_bdcdyh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX dyba_bdcdyh_ix ON share_jy.dyba USING btree (bdcdyh);

--
-- Name: dyba_dyqrzjhm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX dyba_dyqrzjhm_ix ON share_jy.dyba USING btree (dyqrzjhm);

--
-- Name: dyba_dyrzjhm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX dyba_dyrzjhm_ix ON share_jy.dyba USING btree (dyrzjhm);

--
-- Name: dyba_fwbm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX dyba_fwbm_ix ON share_jy.dyba USING btree (fwbm);

--
-- Name: dyba_h_bdcdyh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX dyba_h_bdcdyh_ix ON share_jy.dyba_h USING btree (bdcdyh);

--
-- Name: dyba_h_fwbm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX dyba_h_fwbm_ix ON share_jy.dyba_h USING btree (fwbm);

--
-- Name: dyba_h_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX dyba_h_ywh_ix ON share_jy.dyba_h USING btree (ywh);

--
-- Name: dyba_htbh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX dyba_htbh_ix ON share_jy.dyba USING btree (htbh);

--
-- Name: dyba_slbh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX dyba_slbh_ix ON share_jy.dyba USING btree (slbh);

--
-- Name: dyba_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX dyba_ywh_ix ON share_jy.dyba USING btree (ywh);

--
-- Name: fwbm_jg_bdcdyh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX fwbm_jg_bdcdyh_ix ON share_jy.fwbm_jg USING btree (bdcdyh);

--
-- Name: fwbm_jg_fwbm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX fwbm_jg_fwbm_ix ON share_jy.fwbm_jg USING btree (fwbm);

--
-- Name: fwbm_jg_sqywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX fwbm_jg_sqywh_ix ON share_jy.fwbm_jg USING btree (sqywh);

--
-- Name: fwbm_jg_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX fwbm_jg_ywh_ix ON share_jy.fwbm_jg USING btree (ywh);

--
-- Name: gxzb_bdcdyh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX gxzb_bdcdyh_ix ON share_jy.gxzb USING btree (bdcdyh);

--
-- Name: gxzb_fwbm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX gxzb_fwbm_ix ON share_jy.gxzb USING btree (fwbm);

--
-- Name: gxzb_glywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX gxzb_glywh_ix ON share_jy.gxzb USING btree (glywh);

--
-- Name: gxzb_gxsj_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX gxzb_gxsj_ix ON share_jy.gxzb USING btree (gxsj);

--
-- Name: gxzb_htbah_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX gxzb_htbah_ix ON share_jy.gxzb USING btree (htbah);

--
-- Name: gxzb_htbh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX gxzb_htbh_ix ON share_jy.gxzb USING btree (htbh);

--
-- Name: gxzb_slbh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX gxzb_slbh_ix ON share_jy.gxzb USING btree (slbh);

--
-- Name: gxzb_xmbh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX gxzb_xmbh_ix ON share_jy.gxzb USING btree (xmbh);

--
-- Name: gxzb_ywlx_ywzt_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX gxzb_ywlx_ywzt_ix ON share_jy.gxzb USING btree (ywlx, ywzt);

--
-- Name: spfht_cmr_dlrzjhm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX spfht_cmr_dlrzjhm_ix ON share_jy.spfht_cmr USING btree (dlrzjhm);

--
-- Name: spfht_cmr_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX spfht_cmr_ywh_ix ON share_jy.spfht_cmr USING btree (ywh);

--
-- Name: spfht_cmr_zjhm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX spfht_cmr_zjhm_ix ON share_jy.spfht_cmr USING btree (zjhm);

--
-- Name: spfht_h_bdcdyh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX spfht_h_bdcdyh_ix ON share_jy.spfht_h USING btree (bdcdyh);

--
-- Name: spfht_h_fwbm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX spfht_h_fwbm_ix ON share_jy.spfht_h USING btree (fwbm);

--
-- Name: spfht_h_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX spfht_h_ywh_ix ON share_jy.spfht_h USING btree (ywh);

--
-- Name: spfht_htbah_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX spfht_htbah_ix ON share_jy.spfht USING btree (htbah);

--
-- Name: spfht_msr_dlrzjhm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX spfht_msr_dlrzjhm_ix ON share_jy.spfht_msr USING btree (dlrzjhm);

--
-- Name: spfht_msr_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX spfht_msr_ywh_ix ON share_jy.spfht_msr USING btree (ywh);

--
-- Name: spfht_msr_zjhm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX spfht_msr_zjhm_ix ON share_jy.spfht_msr USING btree (zjhm);

--
-- Name: spfht_slbh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX spfht_slbh_ix ON share_jy.spfht USING btree (slbh);

--
-- Name: spfht_xmbh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX spfht_xmbh_ix ON share_jy.spfht USING btree (xmbh);

--
-- Name: spfht_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX spfht_ywh_ix ON share_jy.spfht USING btree (ywh);

--
-- Name: xzxz_bdcdyh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX xzxz_bdcdyh_ix ON share_jy.xzxz USING btree (bdcdyh);

--
-- Name: xzxz_fwbm_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX xzxz_fwbm_ix ON share_jy.xzxz USING btree (fwbm);

--
-- Name: xzxz_htbh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX xzxz_htbh_ix ON share_jy.xzxz USING btree (htbh);

--
-- Name: xzxz_jcywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX xzxz_jcywh_ix ON share_jy.xzxz USING btree (jcywh);

--
-- Name: xzxz_szywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX xzxz_szywh_ix ON share_jy.xzxz USING btree (szywh);

--
-- Name: xzxz_ywh_ix; Type: INDEX; Schema: share_jy; Owner: -
--

CREATE INDEX xzxz_ywh_ix ON share_jy.xzxz USING btree (ywh);

--
-- PostgreSQL database dump complete
--
