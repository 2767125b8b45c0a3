-- stg.correct_rows(jsonb, text, text, text, text) → jsonb
-- 做什么: 成批修正未入库的暂存行（不合格或待入库）：一次检查、每行一条操作日志、一条更新语句，然后对这些行
--         只调用一次 stg.validate_batch 重新校验，通过即入库。stg.correct（一行）与修正执行器 xz.run 都调用它。
-- 规则: seed §5.2.1.6（不合格数据经不动产对接工具关联和处理后重新校验）、§5.2.3（数据修正日志）；
--       docs/validation.md、docs/corrections.md。与 stg.correct 原来对一行所做的相同：
--   1. 串行：pg_advisory_xact_lock(73010001)（与校验运行、其他修正依次进行），再按 ID 顺序锁住这些行（FOR UPDATE）。
--   2. 检查（依次，任一不满足即报错，什么也不写）：p_gx 是 {"暂存行ID": {字段: 新值}, …} 的非空对象，键为整数；
--      行都存在；没有已入库的行（生产数据的更正走登记端更正登记）；修正原因必填；每行的改动是非空对象；
--      字段须是该行映像已有的列（来源表的列，Debezium 映像含全部列）；不能改来源主键（jh.lyb 的主键列，
--      改成相同的值不算改）；新值为 JSON 字符串、数字或 null。只涉及一行时报错信息与旧 stg.correct 完全相同；
--      涉及多行时在信息后注明暂存行ID。
--   3. 日志 audit.czrz：每行一条，操作 修正暂存行，对象 stg.djsj / 行ID，变更前后只记改动的字段，来源、IP、原因。
--   4. 更新：新映像 = 旧映像 || 改动；业务号、不动产单元号、房屋编码、登记类型、权利类型列与登记种类随之更新；
--      置 待校验，清空校验结果。
--   5. 调用一次 stg.validate_batch(NULL, NULL, 操作人, 这些行的ID)。
-- 参数: p_gx {"暂存行ID": {字段: 新值}, …}；p_czr 操作人；p_yy 原因；p_ly 来源 web/cli/api/job；p_ip 客户端地址（可空）
-- 返回: {"rows": [{"id", "jyzt", "jyjg"}, …]（按 ID），"qualified", "unqualified", "loaded", "waiting"}：
--       重新校验后各行的状态与校验结果，及本次校验的计数（qualified 含入库与待入库）
-- 错误: 行不存在 → P0002；p_gx 不是非空对象或键不是整数、行已入库、原因为空、某行改动不是非空对象、
--       字段不是该行的列、改来源主键、新值不是标量 → 22023（中文信息指明字段）
-- 调用: stg.correct、xz.run
-- 读写表: 读写 stg.djsj；读 jh.lyb；写 audit.czrz；经 stg.validate_batch 写生产表

CREATE OR REPLACE FUNCTION stg.correct_rows(p_gx jsonb, p_czr text, p_yy text, p_ly text, p_ip text)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_ids  bigint[];
    v_one  boolean;
    v_bad  text;
    v_res  jsonb;
BEGIN
    IF p_gx IS NULL OR jsonb_typeof(p_gx) <> 'object' OR p_gx = '{}'::jsonb THEN
        RAISE EXCEPTION '修正内容须是 {暂存行ID: {字段: 新值}} 的非空对象' USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(k.key, '、' ORDER BY k.key) INTO v_bad
      FROM jsonb_object_keys(p_gx) AS k(key)
     WHERE k.key !~ '^(0|-?[1-9][0-9]{0,17})$';
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '修正内容的键须是暂存行ID（整数），收到 %', v_bad USING ERRCODE = '22023';
    END IF;
    SELECT array_agg(k.key::bigint ORDER BY k.key::bigint) INTO v_ids FROM jsonb_object_keys(p_gx) AS k(key);
    v_one := cardinality(v_ids) = 1;

    -- 1. 串行，锁行
    PERFORM pg_advisory_xact_lock(73010001);
    PERFORM 1 FROM stg.djsj d WHERE d.id = ANY (v_ids) ORDER BY d.id FOR UPDATE;

    -- 2. 检查
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
    IF coalesce(btrim(p_yy), '') = '' THEN
        RAISE EXCEPTION '修正原因 yy 必填' USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(g.key, '、' ORDER BY g.key::bigint) INTO v_bad
      FROM jsonb_each(p_gx) AS g(key, value)
     WHERE jsonb_typeof(g.value) <> 'object' OR g.value = '{}'::jsonb;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '修正内容须是 {字段: 新值} 的非空对象%', CASE WHEN v_one THEN '' ELSE '（暂存行 ' || v_bad || '）' END
            USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(x.xx, '；' ORDER BY x.id) INTO v_bad
      FROM (SELECT d.id,
                   '字段 ' || string_agg(k.key, '、' ORDER BY k.key) || ' 不是来源表 ' || d.lybm || ' 的列，不能修正'
                   || CASE WHEN v_one THEN '' ELSE '（暂存行 ' || d.id || '）' END AS xx
              FROM stg.djsj d
              JOIN jsonb_each(p_gx) AS g(key, value) ON g.key::bigint = d.id
             CROSS JOIN LATERAL jsonb_object_keys(g.value) AS k(key)
             WHERE d.id = ANY (v_ids) AND NOT (d.sjnr ? k.key)
             GROUP BY d.id, d.lybm) x;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '%', v_bad USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(x.xx, '；' ORDER BY x.id) INTO v_bad
      FROM (SELECT d.id,
                   '字段 ' || string_agg(k.key, '、' ORDER BY k.key) || ' 是来源表 ' || d.lybm
                   || ' 的主键，不能修正（改主键即另一行，请由登记端重推）'
                   || CASE WHEN v_one THEN '' ELSE '（暂存行 ' || d.id || '）' END AS xx
              FROM stg.djsj d
              JOIN jsonb_each(p_gx) AS g(key, value) ON g.key::bigint = d.id
             CROSS JOIN LATERAL jsonb_object_keys(g.value) AS k(key)
              JOIN jh.lyb b ON b.lsl = 'S4' AND b.lybm = 'share_dj.' || d.lybm AND k.key = ANY (b.zjl)
             WHERE d.id = ANY (v_ids) AND g.value -> k.key IS DISTINCT FROM d.sjnr -> k.key
             GROUP BY d.id, d.lybm) x;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '%', v_bad USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(x.xx, '；' ORDER BY x.id) INTO v_bad
      FROM (SELECT g.key::bigint AS id,
                   '字段 ' || string_agg(k.key, '、' ORDER BY k.key) || ' 的新值须是字符串、数字或 null'
                   || CASE WHEN v_one THEN '' ELSE '（暂存行 ' || g.key || '）' END AS xx
              FROM jsonb_each(p_gx) AS g(key, value)
             CROSS JOIN LATERAL jsonb_each(g.value) AS k(key, value)
             WHERE jsonb_typeof(k.value) NOT IN ('string', 'number', 'null')
             GROUP BY g.key) x;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '%', v_bad USING ERRCODE = '22023';
    END IF;

    -- 3. 日志：每行一条，只记改动的字段
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, ip, yy)
    SELECT p_czr, '修正暂存行', 'stg.djsj', d.id::text,
           (SELECT json_object_agg(k.key, d.sjnr -> k.key)::jsonb FROM jsonb_object_keys(g.value) AS k(key)),
           g.value, p_ly, p_ip, p_yy
      FROM stg.djsj d
      JOIN jsonb_each(p_gx) AS g(key, value) ON g.key::bigint = d.id
     WHERE d.id = ANY (v_ids)
     ORDER BY d.id;

    -- 4. 更新
    UPDATE stg.djsj d
       SET sjnr = n.sjnr,
           ywh = n.sjnr ->> 'ywh',
           bdcdyh = n.sjnr ->> 'bdcdyh',
           fwbm = n.sjnr ->> 'fwbm',
           djlx = n.sjnr ->> 'djlx',
           qllx = n.sjnr ->> 'qllx',
           djzl = coalesce(jh.registration_kind(d.lybm, n.sjnr), d.djzl),
           jyzt = '待校验',
           jyjg = NULL,
           jysj = NULL
      FROM (SELECT x.id, x.sjnr || g.value AS sjnr
              FROM stg.djsj x
              JOIN jsonb_each(p_gx) AS g(key, value) ON g.key::bigint = x.id
             WHERE x.id = ANY (v_ids)) n
     WHERE d.id = n.id;

    -- 5. 重新校验（只这些行）
    v_res := stg.validate_batch(NULL, NULL, p_czr, v_ids);
    RETURN (SELECT json_build_object(
                       'rows', json_agg(json_build_object('id', d.id, 'jyzt', d.jyzt, 'jyjg', d.jyjg) ORDER BY d.id),
                       'qualified', v_res -> 'qualified',
                       'unqualified', v_res -> 'unqualified',
                       'loaded', v_res -> 'loaded',
                       'waiting', v_res -> 'waiting')::jsonb
              FROM stg.djsj d
             WHERE d.id = ANY (v_ids));
END
$$;

COMMENT ON FUNCTION stg.correct_rows(jsonb, text, text, text, text) IS
    '成批修正未入库的暂存行（{行ID: {字段: 新值}}，只改映像中的非主键字段）：每行记一条操作日志，一次更新，只调用一次校验并在通过时入库；返回各行新的状态与校验结果及计数';
