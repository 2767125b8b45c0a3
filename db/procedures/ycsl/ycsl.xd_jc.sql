-- ycsl.xd_jc(text, text, text) → integer
-- 做什么: 解除一件一窗申请的二次受理限定（驳回时挂起，seed §5.2.2.3-2 第 3 项、§5.2.2.3-3 第 3 项）：xd 置 false，记操作日志与
--         办件步骤；之后一窗受理平台可以用同一受理号再次分发（ycsl.sj_js 再次受理）。
-- 规则: docs/onewindow.md「二次受理限定」。操作人与原因必填；受理号须存在；没有挂起限定时不改动，返回 0。
--       操作日志 audit.czrz：czlx 解除二次受理限定，dxb ycsl.sj，dxzj 受理号，bgq/bgh 该行前后值，yy 原因，
--       ly 为会话设置 jydj.ly（web/cli/api/job，默认 cli，见 aq.ly）。步骤：解除二次受理限定（完成，说明为原因）。
-- 参数: p_slbh 一窗受理号；p_czr 操作人；p_yy 解除原因
-- 返回: 解除的件数（1，或没有挂起时 0）
-- 错误: 参数为空（P0001，DETAIL InvalidInput）；受理号不存在（P0001，DETAIL NotFound）
-- 调用: 数据对接工具、Python 层（jydj）
-- 读写表: 读写 ycsl.sj；写 audit.czrz、ycsl.bz、yw.jyyw_hj

CREATE OR REPLACE FUNCTION ycsl.xd_jc(p_slbh text, p_czr text, p_yy text)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_old   ycsl.sj%ROWTYPE;
    v_new   ycsl.sj%ROWTYPE;
BEGIN
    IF coalesce(btrim(p_slbh), '') = '' THEN
        RAISE EXCEPTION 'slbh（一窗受理号）不能为空' USING DETAIL = 'InvalidInput';
    END IF;
    IF coalesce(btrim(p_czr), '') = '' THEN
        RAISE EXCEPTION 'czr（操作人）不能为空' USING DETAIL = 'InvalidInput';
    END IF;
    IF coalesce(btrim(p_yy), '') = '' THEN
        RAISE EXCEPTION 'yy（解除原因）不能为空' USING DETAIL = 'InvalidInput';
    END IF;
    SELECT s.* INTO v_old FROM ycsl.sj s WHERE s.slbh = btrim(p_slbh) FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'slbh（一窗受理号）「%」不存在', btrim(p_slbh) USING DETAIL = 'NotFound';
    END IF;
    IF NOT v_old.xd THEN
        RETURN 0;
    END IF;
    UPDATE ycsl.sj s SET xd = false, gxsj = now() WHERE s.id = v_old.id RETURNING s.* INTO v_new;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    VALUES (btrim(p_czr), '解除二次受理限定', 'ycsl.sj', v_old.slbh, row_to_json(v_old)::jsonb,
            row_to_json(v_new)::jsonb, aq.ly(), btrim(p_yy));
    PERFORM ycsl.bz_jl(v_old.slbh, '解除二次受理限定', '完成', btrim(p_yy), btrim(p_czr));
    RETURN 1;
END
$$;

COMMENT ON FUNCTION ycsl.xd_jc(text, text, text) IS
    '解除一件一窗申请的二次受理限定（记操作日志与办件步骤），之后可用同一受理号再次受理';
