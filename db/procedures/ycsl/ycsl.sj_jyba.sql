-- ycsl.sj_jyba(bigint, text) → jsonb
-- 做什么: 交易备案的一窗收件（seed §5.2.2.3-2）：前置收件验证分发件是否满足交易备案条件（第 1 项）；合格的自动转入（第 2 项）：
--         与交易系统的受理、审核、备案、确认合并办完——建交易业务（SPFBA / CLFBA），合同备案（已备案、备案号、备案日期），
--         业务办结（发件箱触发器推送共享交易库），该件 已确认，推送受理结果、备案结果、确认结果与合同附件（第 4 项主动上传）；
--         不合格的驳回并挂起二次受理限定（第 3 项，ycsl.sj_bh）。
-- 规则: docs/onewindow.md「交易备案」。由 ycsl.sj_js 在收件之后调用。
--   输入：sbxx.htbh（合同编号）必填（P0001，DETAIL InvalidInput）。
--   前置收件（不合格即驳回，原因逐条）：合同须存在（先查存量房合同 ht.clfht，再查商品房合同 ht.spfht）；须是 sbxx.fwbm 这一户
--     的合同；状态须为 已签约 或 草签；交易安全预检 aq.jc_fw(合同种类, 户, 合同 ID, 该合同买受人证件号码[]) 通过。
--     预检之前锁住该户（SELECT … FOR NO KEY UPDATE，与交易安全触发器同一把锁），预检与备案之间别的事务不能在该户上签约。
--     已签约 → 已备案 不触发交易安全触发器（docs/guards.md），所以预检是这一步的交易安全校验；规则本身只在 aq.jc_fw 中。
--   自动转入在 BEGIN … EXCEPTION 块中进行，块首 SET CONSTRAINTS ALL IMMEDIATE：合同上的延迟约束触发器（草签 → 已备案时）
--     在语句结束时而不是提交时校验，它的拒绝（SQLSTATE JYAQ1，DETAIL 为违规的 JSON 数组，见 ycsl.aq_yy）在块内捕获，
--     块内的写入全部回滚，改为驳回（步骤「审核」驳回）；同一户另有已签约/已备案合同时部分唯一索引 *_h_id_yx_uq 的冲突
--     同样改为驳回（原因取 aq.jc_fw 的一房多卖说明）。块后 SET CONSTRAINTS ALL DEFERRED 恢复（只有交易安全触发器是
--     可延迟的，它们本是 INITIALLY DEFERRED）。openGauss 同样支持 SET CONSTRAINTS 与 GET STACKED DIAGNOSTICS。
--     注意：块首的 SET CONSTRAINTS 也会触发调用方此前在本事务中留下的待校验事件，因此应在单独的事务中调用本过程。
--   自动转入写入（依次）：交易业务 yw.jyyw（SPFBA 或 CLFBA，在办，slbh、htbh、户、区县、项目）；步骤 前置收件、受理、审核
--     （通过）；合同 htzt 已备案，htbah（没有时按序列生成：商品房 BA、存量房 CLBA + 年份 + 8 位），barq 今天（不早于签约日期），
--     草签的 qyrq 记今天；楼盘表该户 fwzt 已备案（已灭失的不改）；步骤 备案；业务 办结（发件箱推送）；步骤 交易确认；
--     该件 已确认；推送 pushAcceptanceResult「受理通过」、pushContractResult「备案成功」、pushConfirmationResult「确认通过」、
--     pushContractAttachments（发送程序生成并附上盖业务章的电子合同）。
-- 参数: p_sj_id 收件 ID；p_czr 经办人
-- 返回: 应答（ycsl.sj_dy；jg 受理通过 / 驳回）
-- 错误: sbxx.htbh 为空（P0001）；其余不合格均为驳回应答，不报错
-- 调用: ycsl.sj_js
-- 读写表: 读 ycsl.sj、ht.clfht、ht.spfht 及其当事人、lpb.h、lpb.ljz、lpb.zrz、lpb.xm 与 aq.jc_fw 所读各表；
--         写 yw.jyyw、ht.clfht 或 ht.spfht、lpb.h、ycsl.sj、ycsl.bz、yw.jyyw_hj、ycsl.ts；经触发器写 outbox.fjx

CREATE OR REPLACE FUNCTION ycsl.sj_jyba(p_sj_id bigint, p_czr text)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_sj     ycsl.sj%ROWTYPE;
    v_htbh   text;
    v_lx     text;
    v_ht     record;
    v_h      record;
    v_zjhm   text[];
    v_yy     text[] := '{}';
    v_hj     text := '前置收件';
    v_ywh    text;
    v_htbah  text;
    v_barq   date;
    v_sm     text;
    v_detail text;
    v_msg    text;
BEGIN
    SELECT s.* INTO v_sj FROM ycsl.sj s WHERE s.id = p_sj_id;
    v_htbh := btrim(v_sj.sbxx ->> 'htbh');
    IF coalesce(v_htbh, '') = '' THEN
        RAISE EXCEPTION 'sbxx.htbh（合同编号）不能为空（交易备案）' USING DETAIL = 'InvalidInput';
    END IF;
    UPDATE ycsl.sj s SET htbh = v_htbh, gxsj = now() WHERE s.id = p_sj_id;

    SELECT h.id, h.fwbm, x.qxdm, x.xmbh INTO v_h
      FROM lpb.h h
      JOIN lpb.ljz l ON l.id = h.ljz_id
      JOIN lpb.zrz z ON z.id = l.zrz_id
      JOIN lpb.xm x ON x.id = z.xm_id
     WHERE h.id = v_sj.h_id;
    PERFORM 1 FROM lpb.h h WHERE h.id = v_sj.h_id FOR NO KEY UPDATE;

    SELECT c.id, c.h_id, c.htzt, c.htbah, c.qyrq INTO v_ht FROM ht.clfht c WHERE c.htbh = v_htbh FOR UPDATE;
    IF FOUND THEN
        v_lx := 'clfht';
        v_zjhm := ARRAY(SELECT d.zjhm FROM ht.clfht_dsr d
                         WHERE d.ht_id = v_ht.id AND d.jslx = '买受人' AND d.zjhm IS NOT NULL ORDER BY d.sxh);
    ELSE
        SELECT p.id, p.h_id, p.htzt, p.htbah, p.qyrq INTO v_ht FROM ht.spfht p WHERE p.htbh = v_htbh FOR UPDATE;
        IF FOUND THEN
            v_lx := 'spfht';
            v_zjhm := ARRAY(SELECT d.zjhm FROM ht.spfht_dsr d
                             WHERE d.ht_id = v_ht.id AND d.jslx = '买受人' AND d.zjhm IS NOT NULL ORDER BY d.sxh);
        END IF;
    END IF;

    IF v_lx IS NULL THEN
        v_yy := ARRAY['合同 ' || v_htbh || ' 不存在（商品房合同、存量房合同中都没有这个合同编号）'];
    ELSE
        UPDATE ycsl.sj s SET htlx = v_lx, gxsj = now() WHERE s.id = p_sj_id;
        IF v_ht.h_id <> v_sj.h_id THEN
            v_yy := v_yy || ('合同 ' || v_htbh || ' 不是房屋 ' || v_sj.fwbm || ' 的合同（合同所涉房屋 '
                             || coalesce((SELECT h.fwbm FROM lpb.h h WHERE h.id = v_ht.h_id),
                                         '（未赋码，户 ID ' || v_ht.h_id || '）') || '）');
        ELSE
            IF v_ht.htzt NOT IN ('已签约', '草签') THEN
                v_yy := v_yy || ('合同 ' || v_htbh || ' 的状态为' || v_ht.htzt || '，不能办理交易备案（须为已签约或草签）');
            END IF;
            v_yy := v_yy || ARRAY(SELECT c.xx FROM aq.jc_fw(v_lx, v_ht.h_id, v_ht.id, v_zjhm) c ORDER BY c.gzbm);
        END IF;
    END IF;
    IF coalesce(array_length(v_yy, 1), 0) > 0 THEN
        RETURN ycsl.sj_bh(p_sj_id, '前置收件', v_yy, p_czr);
    END IF;

    -- 自动转入 ------------------------------------------------------------------------------------------------
    BEGIN
        SET CONSTRAINTS ALL IMMEDIATE;
        v_ywh := ycsl.bh_sc('ywh');
        INSERT INTO yw.jyyw (ywh, ywlx, slbh, fwbm, h_id, htbh, qxdm, xmbh, zt, slr, bz)
        VALUES (v_ywh, CASE v_lx WHEN 'clfht' THEN 'CLFBA' ELSE 'SPFBA' END, v_sj.slbh, v_h.fwbm, v_h.id, v_htbh,
                v_h.qxdm, v_h.xmbh, '在办', p_czr, '一窗受理 交易备案自动转入（一窗受理号 ' || v_sj.slbh || '）');
        UPDATE ycsl.sj s SET jyywh = v_ywh, gxsj = now() WHERE s.id = p_sj_id;
        PERFORM ycsl.bz_jl(v_sj.slbh, '前置收件', '通过',
                           '分发件满足交易备案条件：合同 ' || v_htbh || '（' || v_ht.htzt || '）', p_czr);
        PERFORM ycsl.bz_jl(v_sj.slbh, '受理', '通过', '自动转入交易备案，交易业务号 ' || v_ywh, p_czr);
        PERFORM ycsl.bz_jl(v_sj.slbh, '审核', '通过', '交易安全审核通过', p_czr);
        v_htbah := coalesce(v_ht.htbah, ycsl.bh_sc(CASE v_lx WHEN 'clfht' THEN 'clfhtbah' ELSE 'spfhtbah' END));
        v_barq := greatest(current_date, coalesce(v_ht.qyrq, current_date));
        IF v_lx = 'clfht' THEN
            UPDATE ht.clfht c SET htzt = '已备案', htbah = v_htbah, qyrq = coalesce(c.qyrq, current_date),
                                  barq = v_barq, gxsj = now()
             WHERE c.id = v_ht.id;
        ELSE
            UPDATE ht.spfht p SET htzt = '已备案', htbah = v_htbah, qyrq = coalesce(p.qyrq, current_date),
                                  barq = v_barq, gxsj = now()
             WHERE p.id = v_ht.id;
        END IF;
        UPDATE lpb.h h SET fwzt = '已备案', gxsj = now() WHERE h.id = v_h.id AND h.fwzt NOT IN ('已灭失', '已备案');
        PERFORM ycsl.bz_jl(v_sj.slbh, '备案', '通过', '合同 ' || v_htbh || ' 已备案，备案号 ' || v_htbah, p_czr);
        UPDATE yw.jyyw y SET zt = '办结', bjsj = now(), gxsj = now() WHERE y.ywh = v_ywh;
        PERFORM ycsl.bz_jl(v_sj.slbh, '交易确认', '通过', '交易已确认', p_czr);
        UPDATE ycsl.sj s SET zt = '已确认', gxsj = now() WHERE s.id = p_sj_id;
        PERFORM ycsl.ts_xr('pushAcceptanceResult', v_sj.slbh,
                           json_build_object('jg', '受理通过', 'sm', '前置收件验证通过，已自动转入交易备案',
                                             'htbh', v_htbh, 'jyywh', v_ywh)::jsonb);
        PERFORM ycsl.ts_xr('pushContractResult', v_sj.slbh,
                           json_build_object('jg', '备案成功',
                                             'sm', '合同 ' || v_htbh || ' 已备案，备案号 ' || v_htbah,
                                             'htbh', v_htbh, 'htbah', v_htbah, 'barq', v_barq::text)::jsonb);
        PERFORM ycsl.ts_xr('pushConfirmationResult', v_sj.slbh,
                           json_build_object('jg', '确认通过', 'sm', '交易已确认', 'htbh', v_htbh,
                                             'htbah', v_htbah, 'jyywh', v_ywh)::jsonb);
        PERFORM ycsl.ts_xr('pushContractAttachments', v_sj.slbh,
                           json_build_object('jg', '备案成功', 'sm', '网签合同信息及房管业务章电子合同附件',
                                             'htbh', v_htbh, 'htbah', v_htbah, 'htlx', v_lx)::jsonb);
    EXCEPTION
        WHEN SQLSTATE 'JYAQ1' THEN
            GET STACKED DIAGNOSTICS v_detail = PG_EXCEPTION_DETAIL, v_msg = MESSAGE_TEXT;
            v_yy := ycsl.aq_yy(v_detail, v_msg);
            v_hj := '审核';
        WHEN unique_violation THEN
            IF SQLERRM NOT LIKE '%h_id_yx_uq%' THEN
                RAISE;
            END IF;
            v_yy := ARRAY(SELECT c.xx FROM aq.jc_fw(v_lx, v_ht.h_id, v_ht.id, v_zjhm) c ORDER BY c.gzbm);
            IF coalesce(array_length(v_yy, 1), 0) = 0 THEN
                v_yy := ARRAY['房屋 ' || v_sj.fwbm || ' 已有另一份已签约或已备案的合同（一房多卖）'];
            END IF;
            v_hj := '审核';
    END;
    SET CONSTRAINTS ALL DEFERRED;
    IF coalesce(array_length(v_yy, 1), 0) > 0 THEN
        RETURN ycsl.sj_bh(p_sj_id, v_hj, v_yy, p_czr);
    END IF;
    v_sm := '前置收件验证通过，已自动转入交易备案：合同 ' || v_htbh || ' 已备案（备案号 ' || v_htbah || '），交易已确认';
    RETURN ycsl.sj_dy(p_sj_id, '受理通过', v_sm, '{}'::text[]);
END
$$;

COMMENT ON FUNCTION ycsl.sj_jyba(bigint, text) IS
    '交易备案一窗收件：前置收件验证合同与交易安全，合格的自动转入（业务、备案、办结、确认、推送），不合格的驳回并挂起二次受理限定';
