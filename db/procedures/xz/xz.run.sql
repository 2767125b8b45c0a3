-- xz.run(text, bigint[], jsonb, boolean, text, text, text, text) → jsonb
-- 做什么: 修正执行器：按修正过程目录 xz.gc 执行一个具名修正过程。试运行只显示所选各行改动前后的值，什么也不写；
--         执行则在调用者的事务中写入全部改动（stg.correct_rows：每行一条操作日志、立即重新校验、通过即入库），
--         再为这次执行记一条操作日志。数据对接工具的「数据修正」与 jydj correct run 调用它。
-- 规则: seed §5.2.3（数据修正只能经评审的过程、操作留痕）、§5.2.1.6（修正后重新校验）；docs/corrections.md。
--   1. 过程：p_gcm 须是目录 xz.gc 中已启用的一行，否则拒绝（决不执行目录以外的名字）；函数
--      <gcm>(bigint[], jsonb) 须已安装。动态调用用 format('%s', regproc)，名字由数据库加引号。
--   2. 参数 p_cs（{参数名: 值}，NULL 视为 {}）：值为 null 或空白文字的视为未填；不得有目录参数说明（xz.gc.cs）以外的
--      参数名；必填的须有值；类型须符合：number 为数字或数字写法的文字，choice 为 choices 之一，field 为文字，
--      text 为文字或数字；field 参数须是每个所选行映像中的列，且不是来源主键（jh.lyb）。
--   3. 行 p_ids（去重、去空）：至少一行；都须存在（P0002）；不得已入库；登记种类须在过程的适用种类 xz.gc.djzl 中
--      （为空不限）。执行（不是试运行）时修正原因 p_yy 必填，操作人、来源（web/cli/api/job）须有效，并先取得
--      咨询锁 73010001、按 ID 锁住这些行（与校验运行和其他修正串行）。
--   4. 调用过程，只取所选行的结果，每个字段只留确有变化的（新值与映像中的原值不同）；没有变化的行列入 unchanged。
--   5. 试运行（p_sy 为真或空）：返回 {"gcm", "sy": true, "rows": [{"id", "lybm", "lyzj", "djzl", "bdcdyh",
--      "bgq": {字段: 原值}, "bgh": {字段: 新值}}], "unchanged": [行ID]}，不写任何表。
--   6. 执行（p_sy 为假）：有改动时调用一次 stg.correct_rows({行ID: 改动}, 操作人, 原因, 来源, IP)；然后写操作日志
--      audit.czrz 一条：操作 执行修正，对象 xz.gc / 过程名，变更后 {"cs": 参数, "ids": [所选行], "results":
--      {"changed": [改动的行], "unchanged": [未改的行], "loaded", "qualified", "unqualified"}}，原因、来源、IP。
--      全部在调用者的事务中：任何一步出错，什么也不留下（调用者回滚）。
-- 参数: p_gcm 过程名（如 xz.mj_lpb）；p_ids 暂存行ID；p_cs 参数；p_sy 是否试运行；p_czr 操作人；p_yy 原因；
--       p_ly 来源 web/cli/api/job；p_ip 客户端地址（可空）
-- 返回: 试运行见 5；执行返回 {"gcm", "sy": false, "rows": [{"id", "bgq", "bgh", "jyzt", "jyjg"}], "unchanged": [行ID],
--       "loaded", "qualified", "unqualified"}（重新校验后的状态；qualified 含已入库）
-- 错误: 过程不在目录或已停用、参数不合说明、字段不是映像的列或是主键、没有选行、行已入库、登记种类不适用、
--       执行时原因为空、操作人为空、来源无效 → 22023；行不存在 → P0002；目录中的过程未安装 → 42883；
--       stg.correct_rows 的错误原样抛出
-- 调用: 数据对接工具（数据修正）、jydj correct run、jydj.corrections.run_correction
-- 读写表: 读 xz.gc、stg.djsj、jh.lyb，及所调用修正过程读的表；执行时写 audit.czrz，经 stg.correct_rows 写 stg.djsj
--         与生产表

CREATE OR REPLACE FUNCTION xz.run(p_gcm text, p_ids bigint[], p_cs jsonb, p_sy boolean, p_czr text, p_yy text,
                                  p_ly text, p_ip text)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_gc    xz.gc%ROWTYPE;
    v_sy    boolean := coalesce(p_sy, true);
    v_cs    jsonb;
    v_ids   bigint[];
    v_fn    regprocedure;
    v_bad   text;
    v_out   jsonb;
    v_ch    jsonb;
    v_gx    jsonb;
    v_unch  jsonb;
    v_res   jsonb;
    v_rows  jsonb;
BEGIN
    -- 1. 过程
    SELECT g.* INTO v_gc FROM xz.gc g WHERE g.gcm = p_gcm AND g.qy;
    IF NOT FOUND THEN
        RAISE EXCEPTION '修正过程「%」不在修正过程目录 xz.gc 中或已停用，不能执行', coalesce(p_gcm, '')
            USING ERRCODE = '22023';
    END IF;
    v_fn := to_regprocedure(v_gc.gcm || '(bigint[], jsonb)');
    IF v_fn IS NULL THEN
        RAISE EXCEPTION '修正过程「%」在目录中，但数据库中没有函数 %(bigint[], jsonb)：请运行 jydj db migrate 安装',
            v_gc.gcm, v_gc.gcm USING ERRCODE = '42883';
    END IF;

    -- 2. 参数（null 与空白文字视为未填）
    IF p_cs IS NOT NULL AND jsonb_typeof(p_cs) <> 'object' THEN
        RAISE EXCEPTION '修正过程 % 的参数须是 {参数名: 值} 的对象（收到 %）', v_gc.gcm, p_cs USING ERRCODE = '22023';
    END IF;
    SELECT coalesce(json_object_agg(e.key, e.value)::jsonb, '{}'::jsonb) INTO v_cs
      FROM jsonb_each(coalesce(p_cs, '{}'::jsonb)) AS e(key, value)
     WHERE jsonb_typeof(e.value) <> 'null'
       AND NOT (jsonb_typeof(e.value) = 'string' AND btrim(e.value #>> '{}') = '');
    SELECT string_agg(k.key, '、' ORDER BY k.key) INTO v_bad
      FROM jsonb_object_keys(coalesce(p_cs, '{}'::jsonb)) AS k(key)
     WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v_gc.cs) AS s(sm) WHERE s.sm ->> 'name' = k.key);
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '修正过程 %（%）没有参数 %', v_gc.gcm, v_gc.mc, v_bad USING ERRCODE = '22023';
    END IF;
    SELECT string_agg((s.sm ->> 'label') || '（' || (s.sm ->> 'name') || '）', '、' ORDER BY s.n) INTO v_bad
      FROM jsonb_array_elements(v_gc.cs) WITH ORDINALITY AS s(sm, n)
     WHERE coalesce((s.sm ->> 'required')::boolean, false) AND NOT (v_cs ? (s.sm ->> 'name'));
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '修正过程 %（%）缺少必填参数：%', v_gc.gcm, v_gc.mc, v_bad USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(x.xx, '；' ORDER BY x.n) INTO v_bad
      FROM (SELECT s.n,
                   '参数 ' || (s.sm ->> 'label') || '（' || (s.sm ->> 'name') || '）'
                   || CASE s.sm ->> 'type'
                          WHEN 'number' THEN
                              CASE WHEN jsonb_typeof(e.value) = 'number'
                                     OR (jsonb_typeof(e.value) = 'string'
                                         AND btrim(e.value #>> '{}') COLLATE "C" ~ '^-?[0-9]+(\.[0-9]+)?$') THEN NULL
                                   ELSE '须是数字' END
                          WHEN 'choice' THEN
                              CASE WHEN jsonb_typeof(e.value) IN ('string', 'number')
                                        AND (s.sm -> 'choices') ? (e.value #>> '{}') THEN NULL
                                   ELSE '须是以下之一：'
                                        || (SELECT string_agg(c.v, '、')
                                              FROM jsonb_array_elements_text(s.sm -> 'choices') AS c(v)) END
                          WHEN 'field' THEN
                              CASE WHEN jsonb_typeof(e.value) = 'string' THEN NULL ELSE '须是字段名（文字）' END
                          ELSE
                              CASE WHEN jsonb_typeof(e.value) IN ('string', 'number') THEN NULL ELSE '须是文字' END
                      END
                   || '（收到 ' || e.value::text || '）' AS xx
              FROM jsonb_array_elements(v_gc.cs) WITH ORDINALITY AS s(sm, n)
              JOIN jsonb_each(v_cs) AS e(key, value) ON e.key = s.sm ->> 'name') x;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '修正过程 %（%）的%', v_gc.gcm, v_gc.mc, v_bad USING ERRCODE = '22023';
    END IF;

    -- 3. 行
    SELECT array_agg(x.id ORDER BY x.id) INTO v_ids
      FROM (SELECT DISTINCT i.id FROM unnest(p_ids) AS i(id) WHERE i.id IS NOT NULL) x;
    IF v_ids IS NULL THEN
        RAISE EXCEPTION '须至少选择一个暂存行' USING ERRCODE = '22023';
    END IF;
    IF NOT v_sy THEN
        IF coalesce(btrim(p_yy), '') = '' THEN
            RAISE EXCEPTION '修正原因 yy 必填' USING ERRCODE = '22023';
        END IF;
        IF coalesce(btrim(p_czr), '') = '' THEN
            RAISE EXCEPTION '操作人 czr 必填' USING ERRCODE = '22023';
        END IF;
        IF p_ly IS NULL OR p_ly NOT IN ('web', 'cli', 'api', 'job') THEN
            RAISE EXCEPTION '来源 ly 须是 web、cli、api、job 之一（收到 %）', coalesce(p_ly, 'NULL') USING ERRCODE = '22023';
        END IF;
        PERFORM pg_advisory_xact_lock(73010001);
        PERFORM 1 FROM stg.djsj d WHERE d.id = ANY (v_ids) ORDER BY d.id FOR UPDATE;
    END IF;
    SELECT string_agg(i.id::text, '、' ORDER BY i.id) INTO v_bad
      FROM unnest(v_ids) AS i(id)
     WHERE NOT EXISTS (SELECT 1 FROM stg.djsj d WHERE d.id = i.id);
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '暂存行 % 不存在', v_bad USING ERRCODE = 'P0002';
    END IF;
    SELECT string_agg(d.id || '（' || d.lybm || '：' || d.lyzj || '）', '、' ORDER BY d.id) INTO v_bad
      FROM stg.djsj d
     WHERE d.id = ANY (v_ids) AND d.jyzt = '已入库';
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '暂存行 %已入库，不能在此修正；生产数据的更正请由登记端办理更正登记后重推', v_bad
            USING ERRCODE = '22023';
    END IF;
    IF v_gc.djzl IS NOT NULL THEN
        SELECT string_agg(d.id || '（' || d.djzl || '）', '、' ORDER BY d.id) INTO v_bad
          FROM stg.djsj d
         WHERE d.id = ANY (v_ids) AND NOT (d.djzl = ANY (v_gc.djzl));
        IF v_bad IS NOT NULL THEN
            RAISE EXCEPTION '暂存行 %的登记种类不适用修正过程 %（%），它只用于：%', v_bad, v_gc.gcm, v_gc.mc,
                array_to_string(v_gc.djzl, '、') USING ERRCODE = '22023';
        END IF;
    END IF;
    SELECT string_agg(x.xx, '；' ORDER BY x.n) INTO v_bad
      FROM (SELECT s.n,
                   '字段 ' || (v_cs ->> (s.sm ->> 'name')) || ' 不是来源表 '
                   || string_agg(DISTINCT d.lybm, '、') || ' 的列（暂存行 '
                   || string_agg(d.id::text, '、' ORDER BY d.id) || '），不能修正' AS xx
              FROM jsonb_array_elements(v_gc.cs) WITH ORDINALITY AS s(sm, n)
              JOIN stg.djsj d ON d.id = ANY (v_ids)
             WHERE s.sm ->> 'type' = 'field' AND v_cs ? (s.sm ->> 'name')
               AND NOT (d.sjnr ? (v_cs ->> (s.sm ->> 'name')))
             GROUP BY s.n, s.sm) x;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '%', v_bad USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(x.xx, '；' ORDER BY x.n) INTO v_bad
      FROM (SELECT s.n,
                   '字段 ' || (v_cs ->> (s.sm ->> 'name')) || ' 是来源表 ' || string_agg(DISTINCT d.lybm, '、')
                   || ' 的主键，不能修正（改主键即另一行，请由登记端重推）' AS xx
              FROM jsonb_array_elements(v_gc.cs) WITH ORDINALITY AS s(sm, n)
              JOIN stg.djsj d ON d.id = ANY (v_ids)
              JOIN jh.lyb b ON b.lsl = 'S4' AND b.lybm = 'share_dj.' || d.lybm
             WHERE s.sm ->> 'type' = 'field' AND (v_cs ->> (s.sm ->> 'name')) = ANY (b.zjl)
             GROUP BY s.n, s.sm) x;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '%', v_bad USING ERRCODE = '22023';
    END IF;

    -- 4. 调用过程（名字来自目录，经 regproc 加引号）
    EXECUTE format('SELECT json_agg(json_build_object(''id'', r.id, ''gx'', r.gx))::jsonb FROM %s($1, $2) AS r',
                   v_fn::regproc)
       INTO v_out
      USING v_ids, v_cs;
    -- 只留所选的行、确有变化的字段
    SELECT coalesce(json_agg(json_build_object('id', c.id, 'lybm', c.lybm, 'lyzj', c.lyzj, 'djzl', c.djzl,
                                               'bdcdyh', c.bdcdyh, 'bgq', c.bgq, 'bgh', c.bgh) ORDER BY c.id)::jsonb,
                    '[]'::jsonb)
      INTO v_ch
      FROM (SELECT d.id, d.lybm, d.lyzj, d.djzl, d.bdcdyh,
                   json_object_agg(k.key, d.sjnr -> k.key)::jsonb AS bgq,
                   json_object_agg(k.key, k.value)::jsonb AS bgh
              FROM jsonb_array_elements(coalesce(v_out, '[]'::jsonb)) AS o(r)
              JOIN stg.djsj d ON d.id = (o.r ->> 'id')::bigint
             CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(o.r -> 'gx') = 'object' THEN o.r -> 'gx'
                                                ELSE '{}'::jsonb END) AS k(key, value)
             WHERE d.id = ANY (v_ids) AND k.value IS DISTINCT FROM d.sjnr -> k.key
             GROUP BY d.id, d.lybm, d.lyzj, d.djzl, d.bdcdyh) c;
    SELECT coalesce(json_agg(i.id ORDER BY i.id)::jsonb, '[]'::jsonb) INTO v_unch
      FROM unnest(v_ids) AS i(id)
     WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v_ch) AS c(r) WHERE (c.r ->> 'id')::bigint = i.id);

    -- 5. 试运行
    IF v_sy THEN
        RETURN json_build_object('gcm', v_gc.gcm, 'sy', true, 'rows', v_ch, 'unchanged', v_unch)::jsonb;
    END IF;

    -- 6. 执行
    IF v_ch = '[]'::jsonb THEN
        v_res := '{"rows": [], "qualified": 0, "unqualified": 0, "loaded": 0}'::jsonb;
    ELSE
        SELECT json_object_agg(c.r ->> 'id', c.r -> 'bgh')::jsonb INTO v_gx
          FROM jsonb_array_elements(v_ch) AS c(r);
        v_res := stg.correct_rows(v_gx, p_czr, p_yy, p_ly, p_ip);
    END IF;
    SELECT coalesce(json_agg(json_build_object('id', (c.r ->> 'id')::bigint, 'bgq', c.r -> 'bgq', 'bgh', c.r -> 'bgh',
                                               'jyzt', s.r ->> 'jyzt', 'jyjg', s.r -> 'jyjg')
                             ORDER BY (c.r ->> 'id')::bigint)::jsonb, '[]'::jsonb)
      INTO v_rows
      FROM jsonb_array_elements(v_ch) AS c(r)
      LEFT JOIN jsonb_array_elements(v_res -> 'rows') AS s(r) ON s.r -> 'id' = c.r -> 'id';

    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, ip, yy)
    VALUES (p_czr, '执行修正', 'xz.gc', v_gc.gcm, NULL,
            json_build_object('cs', v_cs, 'ids', to_json(v_ids),
                              'results', json_build_object(
                                  'changed', (SELECT coalesce(json_agg((c.r ->> 'id')::bigint ORDER BY (c.r ->> 'id')::bigint), '[]')
                                                FROM jsonb_array_elements(v_ch) AS c(r)),
                                  'unchanged', v_unch,
                                  'loaded', v_res -> 'loaded',
                                  'qualified', v_res -> 'qualified',
                                  'unqualified', v_res -> 'unqualified'))::jsonb,
            p_ly, p_ip, p_yy);

    RETURN json_build_object('gcm', v_gc.gcm, 'sy', false, 'rows', v_rows, 'unchanged', v_unch,
                             'loaded', v_res -> 'loaded', 'qualified', v_res -> 'qualified',
                             'unqualified', v_res -> 'unqualified')::jsonb;
END
$$;

COMMENT ON FUNCTION xz.run(text, bigint[], jsonb, boolean, text, text, text, text) IS
    '修正执行器：只执行修正过程目录 xz.gc 中已启用的过程，检查参数与所选行；试运行返回改动前后、不写；执行经 stg.correct_rows 写入、记日志、重新校验，并记一条执行日志';
