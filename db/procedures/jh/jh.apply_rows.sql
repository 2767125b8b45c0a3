-- jh.apply_rows(text, anyarray) → jsonb
-- 做什么: 应用的核心：对一组已规整的变更行（jh.apply_changes 从 Debezium 批次规整而来，或死信重试）
--         求行主键、批内去重、按来源位置去掉旧变更，S2/S3 按共享主表路由（决定、放出待处理行、分类），
--         写目标表（S1–S3 经 jh.write_rows，S4 经 jh.stage_rows 写暂存），无法应用的行记入死信。
-- 规则: 1 行主键: S1–S3 从目标库目录读主键列（jh.key_columns），S4 从 jh.lyb；表不属于本流的模式
--         （S1、S2 只写 share_jy，S3 只写 share_dj，S4 只收 share_dj）或不存在 → 死信 JH001，无主键 JH002，
--         映像缺主键值 JH003；规整时已发现的错误（JH004 等）直接记入死信。
--       2 批内同一行的多个变更只取最后一个（来源位置最大，再按批内位置）；其余计为 skipped_older。
--       3 来源位置不大于已记录位置的变更不再应用（skipped_older）：S1–S3 比 jh.hwz（含删除墓碑）；
--         S2/S3 的共享主表新增/修改还比 jh.lyjc（不转发的版本也不会被更旧的版本推翻）；S4 比 stg.djsj.lywz；
--         进入未转发、待处理时若已有同一行同一或更新位置的记录，也计为 skipped_older（重放不重复记录）。
--       4 路由（S2/S3，§5.2.1.3）: 本批的共享主表新增/修改行由 jh.route_decisions 一次决定，MERGE 进 jh.lyjc；
--         刚决定的业务：其 jh.ddcl 待处理行全部放出，若决定为转发，其 jh.wzf 中原因为 YWWZF 的行也放出补发，
--         放出的行与本批一起再去重、再比 jh.hwz。然后逐行分类（一条语句）:
--           共享主表新增/修改 → 按自己的决定；共享主表删除 → 按该业务已有的决定，无决定记未转发 YWWJC；
--           明细行（其余表，按行的 ywh）→ 业务已决定转发则应用，决定不转发则记未转发 YWWZF（带业务原因），
--           尚无决定则进入 jh.ddcl 等待；无 ywh 的明细记未转发 WYWH。
--         未转发记入 jh.wzf（每行保留最新一次，含映像），待处理记入 jh.ddcl（同）。
--       5 应用: 每张目标表一条 DELETE、一条 MERGE；出错时逐行重做，失败行记入死信 jh.sx（jh.park_rows），
--         批次其余行照常。S1–S3 成功行记入 jh.hwz。
--       集合语句，不逐行循环（逐行只在死信回退中）。不更新 jh.lzt（由调用方更新）。
--       p_rows 的类型是 anyarray（多态），实际总是 jh.bgh[]：SQL lint（pglast）解析不了 PL/pgSQL 签名与声明中
--       非 public 模式的类型，局部变量因此用 p_rows%TYPE 与 jh.bgh%ROWTYPE 声明。
-- 参数: p_stream 流（S1–S4）；p_rows 规整后的变更行（jh.bgh[]，xh 在本次调用内唯一）
-- 返回: {"applied": n, "skipped_older": n, "filtered": n, "pending": n, "dead_letters": n, "decisions": n,
--       "released": n, "rows": 输入行数, "max_lywz": n, "max_lysj": 时间,
--       "retry_failed": [死信 ID…], "retry_superseded": [死信 ID…]}
--       （后两项只对死信重试的行：仍失败的；因已有更新的变更而未应用的）
-- 错误: 未知的流 → 22023；单行的数据错误不抛出（记入死信）
-- 调用: jh.apply_changes、jh.retry_dead_letter、jh.retry_dead_letters
-- 读写表: 读写 jh.hwz、jh.lyjc、jh.wzf、jh.ddcl、jh.sx、目标表（share_jy.*、share_dj.*）、stg.djsj；
--         读 jh.lygz、jh.xzfw、jh.lyb、pg_catalog

CREATE OR REPLACE FUNCTION jh.apply_rows(p_stream text, p_rows anyarray)
RETURNS jsonb
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

COMMENT ON FUNCTION jh.apply_rows(text, anyarray) IS
    '应用核心：对规整后的变更行求主键、批内去重、按来源位置去旧，S2/S3 按共享主表路由（决定、放出待处理、分类记入未转发或待处理），写目标表或暂存，失败行记入死信；返回各项计数';
