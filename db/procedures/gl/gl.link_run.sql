-- gl.link_run(text, text[], integer, integer) → jsonb
-- 做什么: 数据挂接运行：刷新特征、精确挂接、学得别名、分块比对、评分挂接、重建候选、建立业务挂接，链接一切尚未挂接的
--         房屋与单元；返回各步的计数与耗时。
-- 规则: seed §5.2.4.1（自动挂接）、§5.2.4.2（不能自动的交人工：候选）；docs/linking.md。步骤（p_steps 为空时全做）：
--     features   gl.refresh_features（楼盘表、登记单元、暂存单元 → 特征）、gl.estimate_offsets（登记端层偏移）
--     exact      gl.link_exact（所记编码一致且核实）
--     aliases    gl.learn_aliases（从精确与人工挂接学项目别名）
--     pairs      gl.link_pairs（分块比对打分）
--     auto       gl.link_auto（互为最优、得分与分差够的对）
--     candidates gl.link_candidates（其余的前 5 个候选）
--     business   gl.link_business（本事务新挂接单元上的业务挂接与重新校验）
--   同一时刻只有一个挂接运行（事务级咨询锁 73010002）；jydj link run 在一个事务里逐步调用本函数以显示进度，
--   本事务中新建的挂接 = gjsj 等于事务开始时刻 now() 的挂接。
-- 参数: p_czr 操作人；p_steps 要做的步骤（NULL 为全部）；p_min 自动挂接最低得分（NULL 为 12）；p_cj 最小分差（NULL 为 3）
-- 返回: {"步骤名": {"n": 计数, "ms": 毫秒}, …, "linked": 本事务新挂接数, "unlinked_fw": 未挂接房屋数,
--        "unlinked_dy": 未挂接单元数}
-- 错误: p_steps 中有未知步骤时抛出「未知的挂接步骤」
-- 调用: jydj link run、定时任务 link、数据对接工具
-- 读写表: 见各步骤

CREATE OR REPLACE FUNCTION gl.link_run(p_czr text, p_steps text[], p_min integer, p_cj integer)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_all   text[] := ARRAY['features', 'exact', 'aliases', 'pairs', 'auto', 'candidates', 'business'];
    v_step  text;
    v_t     timestamptz;
    v_n     bigint;
    v_res   jsonb := '{}'::jsonb;
BEGIN
    IF p_steps IS NOT NULL AND NOT (p_steps <@ v_all) THEN
        RAISE EXCEPTION '未知的挂接步骤：%（可用：%）', array_to_string(p_steps, ','), array_to_string(v_all, ',')
            USING ERRCODE = '22023';
    END IF;
    PERFORM pg_advisory_xact_lock(73010002);
    PERFORM set_config('work_mem', '256MB', true);
    FOREACH v_step IN ARRAY v_all LOOP
        CONTINUE WHEN p_steps IS NOT NULL AND NOT (v_step = ANY (p_steps));
        v_t := clock_timestamp();
        IF v_step = 'features' THEN
            v_n := (SELECT (r ->> 'fw')::bigint + (r ->> 'dy')::bigint FROM (SELECT gl.refresh_features() AS r) x);
            PERFORM gl.estimate_offsets();
            ANALYZE gl.fwtz;
            ANALYZE gl.dytz;
        ELSIF v_step = 'exact' THEN
            v_n := gl.link_exact(p_czr);
            ANALYZE gl.fw_dy;
        ELSIF v_step = 'aliases' THEN
            v_n := gl.learn_aliases(p_czr);
        ELSIF v_step = 'pairs' THEN
            v_n := gl.link_pairs();
        ELSIF v_step = 'auto' THEN
            v_n := gl.link_auto(p_czr, p_min, p_cj);
            ANALYZE gl.fw_dy;
        ELSIF v_step = 'candidates' THEN
            v_n := gl.link_candidates(5);
        ELSE
            v_n := gl.link_business(p_czr, ARRAY(SELECT g.bdcdyh::text FROM gl.fw_dy g
                                                  WHERE g.gjsj = now() AND g.glfs IN ('精确', '自动')));
        END IF;
        v_res := v_res || json_build_object(v_step, json_build_object(
                     'n', v_n, 'ms', round(extract(epoch FROM clock_timestamp() - v_t) * 1000)))::jsonb;
    END LOOP;
    RETURN v_res || json_build_object(
        'linked', (SELECT count(*) FROM gl.fw_dy g WHERE g.gjsj = now()),
        'unlinked_fw', (SELECT count(*) FROM gl.fwtz f WHERE NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.fwbm = f.fwbm)),
        'unlinked_dy', (SELECT count(*) FROM gl.dytz d
                         WHERE NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.bdcdyh = d.bdcdyh)))::jsonb;
END
$$;

COMMENT ON FUNCTION gl.link_run(text, text[], integer, integer) IS
    '数据挂接运行：刷新特征、精确挂接、学得别名、分块比对、评分挂接、候选、业务挂接（可只做其中几步），返回计数与耗时';
