-- stg.correct(bigint, jsonb, text, text, text, text) → jsonb
-- 做什么: 修正一条未入库的暂存行（不合格或待入库），写操作日志，然后立即重新校验，通过即入库。
--         对接工具（数据对接工具的「修正」）与 jydj validate --fix 调用同一函数。
-- 规则: seed §5.2.1.6（不合格数据经不动产对接工具关联和处理后重新校验）、§5.2.3（数据修正日志）；docs/validation.md。
--       p_gx 是 {字段: 新值} 的对象：字段须是该行映像已有的列（来源表的列，Debezium 映像含全部列），
--       值为 JSON 字符串、数字或 null；不能改来源主键（改主键等于另一行，应由登记端重推）。
--       新映像 = 旧映像 || p_gx；业务号、不动产单元号、房屋编码、登记类型、权利类型列与登记种类随之更新。
--       已入库的行不能在此修正（生产数据的更正走登记端更正登记）；修正原因必填。
--       日志 audit.czrz 一行：操作 修正暂存行，对象 stg.djsj / 行ID，变更前后只记改动的字段，来源、IP、原因。
--       然后置 待校验 并调用 stg.validate_batch(NULL, NULL, 操作人, ARRAY[行ID])（与定时校验串行）。
-- 参数: p_id 暂存行ID；p_gx 改动；p_czr 操作人；p_yy 原因；p_ly 来源 web/cli/api/job；p_ip 客户端地址（可空）
-- 返回: {"id", "jyzt", "jyjg"}：重新校验后的状态与校验结果
-- 错误: 行不存在 → P0002；行已入库、原因为空、p_gx 不是非空对象、字段不是该行的列、改来源主键 → 22023
--       （中文信息指明字段）
-- 调用: 数据对接工具、jydj validate --fix
-- 读写表: 读写 stg.djsj；读 jh.lyb；写 audit.czrz；经 stg.validate_batch 写生产表

CREATE OR REPLACE FUNCTION stg.correct(p_id bigint, p_gx jsonb, p_czr text, p_yy text, p_ly text, p_ip text)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_row  stg.djsj%ROWTYPE;
    v_bad  text;
    v_new  jsonb;
BEGIN
    PERFORM pg_advisory_xact_lock(73010001);
    SELECT d.* INTO v_row FROM stg.djsj d WHERE d.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '暂存行 % 不存在', p_id USING ERRCODE = 'P0002';
    END IF;
    IF v_row.jyzt = '已入库' THEN
        RAISE EXCEPTION '暂存行 %（%：%）已入库，不能在此修正；生产数据的更正请由登记端办理更正登记后重推',
            p_id, v_row.lybm, v_row.lyzj USING ERRCODE = '22023';
    END IF;
    IF coalesce(btrim(p_yy), '') = '' THEN
        RAISE EXCEPTION '修正原因 yy 必填' USING ERRCODE = '22023';
    END IF;
    IF p_gx IS NULL OR jsonb_typeof(p_gx) <> 'object' OR p_gx = '{}'::jsonb THEN
        RAISE EXCEPTION '修正内容须是 {字段: 新值} 的非空对象' USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(k.key, '、' ORDER BY k.key) INTO v_bad
      FROM jsonb_object_keys(p_gx) AS k(key)
     WHERE NOT (v_row.sjnr ? k.key);
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '字段 % 不是来源表 % 的列，不能修正', v_bad, v_row.lybm USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(k.key, '、' ORDER BY k.key) INTO v_bad
      FROM jsonb_object_keys(p_gx) AS k(key)
      JOIN jh.lyb b ON b.lsl = 'S4' AND b.lybm = 'share_dj.' || v_row.lybm AND k.key = ANY (b.zjl)
     WHERE p_gx -> k.key IS DISTINCT FROM v_row.sjnr -> k.key;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '字段 % 是来源表 % 的主键，不能修正（改主键即另一行，请由登记端重推）', v_bad, v_row.lybm
            USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(k.key, '、' ORDER BY k.key) INTO v_bad
      FROM jsonb_each(p_gx) AS k(key, value)
     WHERE jsonb_typeof(k.value) NOT IN ('string', 'number', 'null');
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '字段 % 的新值须是字符串、数字或 null', v_bad USING ERRCODE = '22023';
    END IF;

    v_new := v_row.sjnr || p_gx;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, ip, yy)
    SELECT p_czr, '修正暂存行', 'stg.djsj', p_id::text,
           json_object_agg(k.key, v_row.sjnr -> k.key)::jsonb, p_gx, p_ly, p_ip, p_yy
      FROM jsonb_object_keys(p_gx) AS k(key);

    UPDATE stg.djsj d
       SET sjnr = v_new,
           ywh = v_new ->> 'ywh',
           bdcdyh = v_new ->> 'bdcdyh',
           fwbm = v_new ->> 'fwbm',
           djlx = v_new ->> 'djlx',
           qllx = v_new ->> 'qllx',
           djzl = coalesce(jh.registration_kind(d.lybm, v_new), d.djzl),
           jyzt = '待校验',
           jyjg = NULL,
           jysj = NULL
     WHERE d.id = p_id;

    PERFORM stg.validate_batch(NULL, NULL, p_czr, ARRAY[p_id]);
    RETURN (SELECT json_build_object('id', d.id, 'jyzt', d.jyzt, 'jyjg', d.jyjg)::jsonb
              FROM stg.djsj d WHERE d.id = p_id);
END
$$;

COMMENT ON FUNCTION stg.correct(bigint, jsonb, text, text, text, text) IS
    '修正一条未入库的暂存行（改映像中的非主键字段），记操作日志，立即重新校验并在通过时入库；返回新的状态与校验结果';
