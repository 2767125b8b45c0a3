-- gj.qx_hs(varchar, bigint[]) → integer
-- 做什么: 数据对接工具修正暂存登记数据前的权限检查（与修正同一事务）：用户须已启用、不是只读用户；数据管理员只能
--         处理其登记种类与区县范围内的行（区县见 gj.xzq；区县不明的行只有不限区县的用户能处理）。
-- 规则: seed §5.2.3（按角色与数据范围授权）；GB/T 22239-2019 §8.1.4.2（最小权限）；docs/steward.md「用户与角色」。
-- 参数: p_yhm 用户名；p_ids 暂存行 ID
-- 返回: 检查的行数
-- 错误: 42501（中文，指明用户、行、登记种类或区县）：无权；P0002 用户或行不存在
-- 调用: api/steward（修正、重新校验）
-- 读写表: 读 gj.yh、stg.djsj、zd.xzqh

CREATE OR REPLACE FUNCTION gj.qx_hs(p_yhm varchar, p_ids bigint[])
RETURNS integer
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_yh  gj.yh%ROWTYPE;
    v_bad text;
    v_n   integer;
BEGIN
    SELECT y.* INTO v_yh FROM gj.yh y WHERE y.yhm = p_yhm;
    IF NOT FOUND OR v_yh.zt <> '启用' THEN
        RAISE EXCEPTION '用户「%」不存在或已停用', coalesce(p_yhm, '') USING ERRCODE = '42501';
    END IF;
    IF v_yh.js = 'viewer' THEN
        RAISE EXCEPTION '用户「%」是只读用户，不能修正数据', p_yhm USING ERRCODE = '42501';
    END IF;
    SELECT count(*) INTO v_n FROM stg.djsj d WHERE d.id = ANY (p_ids);
    IF v_n < coalesce(cardinality(p_ids), 0) THEN
        RAISE EXCEPTION '暂存行 % 不存在',
            (SELECT string_agg(i::text, '、') FROM unnest(p_ids) AS i WHERE NOT EXISTS (SELECT 1 FROM stg.djsj d WHERE d.id = i))
            USING ERRCODE = 'P0002';
    END IF;
    IF v_yh.js = 'admin' THEN
        RETURN v_n;
    END IF;
    SELECT string_agg(format('%s（%s）', d.id, d.djzl), '、' ORDER BY d.id) INTO v_bad
      FROM stg.djsj d
     WHERE d.id = ANY (p_ids) AND v_yh.djzl IS NOT NULL AND NOT (d.djzl = ANY (v_yh.djzl));
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '用户「%」只能处理登记种类 % 的数据，暂存行 % 不在其范围内',
            p_yhm, array_to_string(v_yh.djzl, '、'), v_bad USING ERRCODE = '42501';
    END IF;
    SELECT string_agg(format('%s（区县 %s）', d.id, coalesce(gj.xzq(d.sjnr, d.bdcdyh), '不明')), '、' ORDER BY d.id)
      INTO v_bad
      FROM stg.djsj d
     WHERE d.id = ANY (p_ids) AND v_yh.xzqdm IS NOT NULL
       AND NOT (coalesce(gj.xzq(d.sjnr, d.bdcdyh), '') = ANY (v_yh.xzqdm));
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '用户「%」只能处理区县 % 的数据，暂存行 % 不在其范围内',
            p_yhm, array_to_string(v_yh.xzqdm, '、'), v_bad USING ERRCODE = '42501';
    END IF;
    RETURN v_n;
END
$$;

COMMENT ON FUNCTION gj.qx_hs(varchar, bigint[]) IS '修正暂存登记数据前的权限检查：启用、非只读、登记种类与区县在用户范围内';
