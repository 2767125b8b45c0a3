-- ycsl.sj_bh(bigint, text, text[], text) → jsonb
-- 做什么: 驳回一件一窗申请并挂起二次受理限定（交易备案、抵押备案的前置收件不合格或交易安全审核未通过）：
--         状态 已驳回，xd = true，记步骤（驳回，带原因），推送受理结果「驳回」给一窗受理平台，返回应答。
-- 规则: seed §5.2.2.3-2 第 3 项、§5.2.2.3-3 第 3 项（对不合格分发件退回政务一体化平台，同时挂起二次受理限定）。
--       挂起期间同一受理号不能再次受理（ycsl.sj_js 拒绝），由 ycsl.xd_jc 解除。
--       推送 pushAcceptanceResult：{"jg": "驳回", "sm": …, "yy": [原因…], "xd": true}（另有 slbh、lc、sj）。
-- 参数: p_sj_id 收件 ID；p_hjmc 驳回所在的环节（前置收件、审核、核验）；p_yy 原因（中文，至少一条）；p_czr 经办人
-- 返回: 应答（ycsl.sj_dy 的形状，jg 驳回）
-- 错误: 无
-- 调用: ycsl.sj_jyba、ycsl.sj_dyba
-- 读写表: 写 ycsl.sj、ycsl.bz（经 ycsl.bz_jl）、ycsl.ts（经 ycsl.ts_xr）

CREATE OR REPLACE FUNCTION ycsl.sj_bh(p_sj_id bigint, p_hjmc text, p_yy text[], p_czr text)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_slbh  text;
    v_lc    text;
    v_yy    text := array_to_string(p_yy, '；');
    v_sm    text;
BEGIN
    UPDATE ycsl.sj s SET zt = '已驳回', xd = true, xdyy = v_yy, gxsj = now()
     WHERE s.id = p_sj_id
    RETURNING s.slbh, s.lc INTO v_slbh, v_lc;
    v_sm := CASE WHEN v_lc = 'DYBA' THEN '抵押备案' ELSE '交易备案' END
            || p_hjmc || '未通过，已退回一窗受理平台并挂起二次受理限定';
    PERFORM ycsl.bz_jl(v_slbh, p_hjmc, '驳回', v_yy, p_czr);
    PERFORM ycsl.ts_xr('pushAcceptanceResult', v_slbh,
                       json_build_object('jg', '驳回', 'sm', v_sm, 'yy', array_to_json(p_yy), 'xd', true)::jsonb);
    RETURN ycsl.sj_dy(p_sj_id, '驳回', v_sm, p_yy);
END
$$;

COMMENT ON FUNCTION ycsl.sj_bh(bigint, text, text[], text) IS
    '驳回一件一窗申请并挂起二次受理限定：已驳回、记步骤与原因、推送受理结果「驳回」';
