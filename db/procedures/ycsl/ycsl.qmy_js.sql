-- ycsl.qmy_js(text, text, jsonb, text) → jsonb
-- 做什么: 接收合同签字影像（OneWindowService.receiveSignatureImages，seed §5.2.2.2 提供根据合同编号接收合同签字影像资料
--         接口），幂等地记下签字页（ycsl.fj，附件类型 签字页）。合同是一窗存量房网签预录的草签合同时（§5.2.2.3-1 第 2–5 项）
--         依次办理：签约（已签约，推送「签约成功」）→ 备案（已备案、备案号 CLBA + 年份 + 8 位，推送「备案成功」）→ 交易确定
--         （交易业务 CLFWQ 办结，发件箱推送共享交易库；推送确认结果「确认通过」），该件 已确认。交易安全拒绝签约时
--         （第 7 项）：该件 未通过，步骤「签约」不通过（原因），业务 驳回，合同 已撤销，推送 pushContractResult「审核未通过」。
--         其他合同（不是一窗预录的、已不是草签、该件已不是预录）只记下签字页并应答，不改变任何状态。
-- 规则: docs/onewindow.md「签字页」。
--   幂等：pg_advisory_xact_lock(hashtext('ycsl.receiveSignatureImages'), hashtext(htbh))；（receiveSignatureImages, htbh, qqid）
--     已应答过的原样返回（ycsl.qq）。须在 READ COMMITTED 下调用。
--   输入（P0001，DETAIL InvalidInput）：htbh、qqid 必填；p_fj 为非空 JSON 数组，每项 {wjm, wjlx, dx, sha256}（ycsl.fj_jl 检查，
--     错误指明 fj[n].字段）。合同编号在存量房、商品房合同中都没有：P0001「htbh（合同编号）「X」不存在」（DETAIL NotFound）。
--   一窗申请：ycsl.sj 中流程 CLFWQ、合同为这份存量房合同的最近一件（锁住该行）。
--   签约由交易安全触发器校验（草签 → 已签约，docs/guards.md）：在 BEGIN … EXCEPTION 块中 SET CONSTRAINTS ALL IMMEDIATE 后
--     更新合同，触发器在语句结束时校验，拒绝（JYAQ1）在块内捕获，块内写入全部回滚（ycsl.aq_yy 取原因）；同一户另有
--     已签约/已备案的存量房合同时部分唯一索引 clfht_h_id_yx_uq 的冲突同样当作拒绝（原因取 aq.jc_fw 的一房多卖说明）。
--     块后 SET CONSTRAINTS ALL DEFERRED。规则不在这里重复。openGauss 同样支持 SET CONSTRAINTS 与 GET STACKED DIAGNOSTICS。
--   步骤：接收签字页（通过，份数）、签约、备案、交易确定（通过）；楼盘表该户 fwzt 依次为 已签约、已备案（已灭失的不改）。
-- 参数: p_htbh 合同编号；p_qqid 请求编号；p_fj 签字页文件信息数组；p_czr 经办人（空时记「一窗受理平台」）
-- 返回: 应答 {"htbh","htzt","htbah","slbh","zt","fjsl","jg","sm","yy"}：htzt、htbah 为合同当前值；slbh、zt 为一窗申请
--       （没有时为 null）；fjsl 为本次的签字页份数；jg 确认通过 / 审核未通过 / 已接收；yy 为原因数组（无则 []）
-- 错误: 见规则
-- 调用: Python 层 OneWindowService.receiveSignatureImages
-- 读写表: 读写 ycsl.qq、ycsl.sj、ht.clfht、yw.jyyw、lpb.h；读 ht.spfht、ht.clfht_dsr；写 ycsl.fj、ycsl.bz、yw.jyyw_hj、ycsl.ts；
--         经触发器写 outbox.fjx

CREATE OR REPLACE FUNCTION ycsl.qmy_js(p_htbh text, p_qqid text, p_fj jsonb, p_czr text)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_htbh   text := btrim(p_htbh);
    v_qqid   text := btrim(p_qqid);
    v_czr    text := coalesce(nullif(btrim(p_czr), ''), '一窗受理平台');
    v_dy     jsonb;
    v_lx     text;
    v_ht     record;
    v_sj     ycsl.sj%ROWTYPE;
    v_n      integer;
    v_yy     text[] := '{}';
    v_jg     text;
    v_sm     text;
    v_htbah  text;
    v_zjhm   text[];
    v_detail text;
    v_msg    text;
BEGIN
    IF coalesce(v_htbh, '') = '' OR length(v_htbh) > 50 THEN
        RAISE EXCEPTION 'htbh（合同编号）不能为空，且不超过 50 个字符' USING DETAIL = 'InvalidInput';
    END IF;
    IF coalesce(v_qqid, '') = '' OR length(v_qqid) > 100 THEN
        RAISE EXCEPTION 'qqid（请求编号）不能为空，且不超过 100 个字符' USING DETAIL = 'InvalidInput';
    END IF;

    PERFORM pg_advisory_xact_lock(hashtext('ycsl.receiveSignatureImages'), hashtext(v_htbh));
    SELECT q.dy INTO v_dy FROM ycsl.qq q
     WHERE q.cz = 'receiveSignatureImages' AND q.jz = v_htbh AND q.qqid = v_qqid;
    IF FOUND THEN
        RETURN v_dy;
    END IF;

    IF p_fj IS NULL OR jsonb_typeof(p_fj) <> 'array' OR jsonb_array_length(p_fj) = 0 THEN
        RAISE EXCEPTION 'fj（签字页影像）须为非空 JSON 数组' USING DETAIL = 'InvalidInput';
    END IF;
    SELECT c.id, c.h_id, c.htzt INTO v_ht FROM ht.clfht c WHERE c.htbh = v_htbh FOR UPDATE;
    IF FOUND THEN
        v_lx := 'clfht';
    ELSIF EXISTS (SELECT 1 FROM ht.spfht p WHERE p.htbh = v_htbh) THEN
        v_lx := 'spfht';
    ELSE
        RAISE EXCEPTION 'htbh（合同编号）「%」不存在', v_htbh USING DETAIL = 'NotFound';
    END IF;
    SELECT s.* INTO v_sj FROM ycsl.sj s
     WHERE s.htbh = v_htbh AND s.htlx = v_lx AND s.lc = 'CLFWQ'
     ORDER BY s.id DESC
     LIMIT 1
       FOR UPDATE;
    v_n := ycsl.fj_jl(v_sj.slbh, v_htbh, '签字页', p_fj, '一窗');

    IF v_sj.id IS NOT NULL AND v_sj.zt = '预录' AND v_lx = 'clfht' AND v_ht.htzt = '草签' THEN
        PERFORM ycsl.bz_jl(v_sj.slbh, '接收签字页', '通过', '收到签字页 ' || v_n || ' 份', v_czr);
        v_zjhm := ARRAY(SELECT d.zjhm FROM ht.clfht_dsr d
                         WHERE d.ht_id = v_ht.id AND d.jslx = '买受人' AND d.zjhm IS NOT NULL ORDER BY d.sxh);
        BEGIN
            SET CONSTRAINTS ALL IMMEDIATE;
            UPDATE ht.clfht c SET htzt = '已签约', qyrq = current_date, gxsj = now() WHERE c.id = v_ht.id;
            UPDATE lpb.h h SET fwzt = '已签约', gxsj = now()
             WHERE h.id = v_ht.h_id AND h.fwzt NOT IN ('已灭失', '已签约', '已备案');
            PERFORM ycsl.bz_jl(v_sj.slbh, '签约', '通过', '存量房合同 ' || v_htbh || ' 已签约', v_czr);
            PERFORM ycsl.ts_xr('pushContractResult', v_sj.slbh,
                               json_build_object('jg', '签约成功', 'sm', '存量房合同 ' || v_htbh || ' 已签约',
                                                 'htbh', v_htbh, 'qyrq', current_date::text)::jsonb);
            v_htbah := ycsl.bh_sc('clfhtbah');
            UPDATE ht.clfht c SET htzt = '已备案', htbah = v_htbah, barq = current_date, gxsj = now()
             WHERE c.id = v_ht.id;
            UPDATE lpb.h h SET fwzt = '已备案', gxsj = now()
             WHERE h.id = v_ht.h_id AND h.fwzt NOT IN ('已灭失', '已备案');
            PERFORM ycsl.bz_jl(v_sj.slbh, '备案', '通过',
                               '存量房合同 ' || v_htbh || ' 已备案，备案号 ' || v_htbah, v_czr);
            PERFORM ycsl.ts_xr('pushContractResult', v_sj.slbh,
                               json_build_object('jg', '备案成功',
                                                 'sm', '存量房合同 ' || v_htbh || ' 已备案，备案号 ' || v_htbah,
                                                 'htbh', v_htbh, 'htbah', v_htbah,
                                                 'barq', current_date::text)::jsonb);
            UPDATE yw.jyyw y SET zt = '办结', bjsj = now(), gxsj = now() WHERE y.ywh = v_sj.jyywh AND y.zt = '在办';
            PERFORM ycsl.bz_jl(v_sj.slbh, '交易确定', '通过', '交易已确定，交易业务号 ' || v_sj.jyywh, v_czr);
            PERFORM ycsl.ts_xr('pushConfirmationResult', v_sj.slbh,
                               json_build_object('jg', '确认通过', 'sm', '存量房交易已确定',
                                                 'htbh', v_htbh, 'htbah', v_htbah, 'jyywh', v_sj.jyywh)::jsonb);
            UPDATE ycsl.sj s SET zt = '已确认', gxsj = now() WHERE s.id = v_sj.id;
        EXCEPTION
            WHEN SQLSTATE 'JYAQ1' THEN
                GET STACKED DIAGNOSTICS v_detail = PG_EXCEPTION_DETAIL, v_msg = MESSAGE_TEXT;
                v_yy := ycsl.aq_yy(v_detail, v_msg);
            WHEN unique_violation THEN
                IF SQLERRM NOT LIKE '%h_id_yx_uq%' THEN
                    RAISE;
                END IF;
                v_yy := ARRAY(SELECT c.xx FROM aq.jc_fw('clfht', v_ht.h_id, v_ht.id, v_zjhm) c ORDER BY c.gzbm);
                IF coalesce(array_length(v_yy, 1), 0) = 0 THEN
                    v_yy := ARRAY['房屋 ' || v_sj.fwbm || ' 已有另一份已签约或已备案的合同（一房多卖）'];
                END IF;
        END;
        SET CONSTRAINTS ALL DEFERRED;
        IF coalesce(array_length(v_yy, 1), 0) > 0 THEN
            UPDATE ht.clfht c SET htzt = '已撤销', cxsj = now(),
                                  cxyy = '一窗受理 ' || v_sj.slbh || ' 交易安全审核未通过', gxsj = now()
             WHERE c.id = v_ht.id;
            UPDATE yw.jyyw y SET zt = '驳回', bjsj = now(), gxsj = now() WHERE y.ywh = v_sj.jyywh AND y.zt = '在办';
            PERFORM ycsl.bz_jl(v_sj.slbh, '签约', '不通过', array_to_string(v_yy, '；'), v_czr);
            UPDATE ycsl.sj s SET zt = '未通过', gxsj = now() WHERE s.id = v_sj.id;
            v_jg := '审核未通过';
            v_sm := '交易安全审核未通过，存量房合同 ' || v_htbh || ' 已撤销';
            PERFORM ycsl.ts_xr('pushContractResult', v_sj.slbh,
                               json_build_object('jg', v_jg, 'sm', v_sm, 'htbh', v_htbh,
                                                 'yy', array_to_json(v_yy))::jsonb);
        ELSE
            v_jg := '确认通过';
            v_sm := '存量房合同 ' || v_htbh || ' 已签约、备案（备案号 ' || v_htbah || '），交易已确定';
        END IF;
    ELSE
        v_jg := '已接收';
        v_sm := '已接收签字页 ' || v_n || ' 份';
        IF v_sj.id IS NOT NULL THEN
            v_sm := v_sm || '（一窗受理号 ' || v_sj.slbh || ' 状态为' || v_sj.zt || '，不改变办理状态）';
            PERFORM ycsl.bz_jl(v_sj.slbh, '接收签字页', '通过', v_sm, v_czr);
        END IF;
    END IF;

    SELECT json_build_object(
               'htbh', v_htbh, 'htzt', coalesce(c.htzt, p.htzt), 'htbah', coalesce(c.htbah, p.htbah),
               'slbh', s.slbh, 'zt', s.zt, 'fjsl', v_n, 'jg', v_jg, 'sm', v_sm, 'yy', array_to_json(v_yy))::jsonb
      INTO v_dy
      FROM (SELECT 1) AS d (x)
      LEFT JOIN ht.clfht c ON v_lx = 'clfht' AND c.htbh = v_htbh
      LEFT JOIN ht.spfht p ON v_lx = 'spfht' AND p.htbh = v_htbh
      LEFT JOIN ycsl.sj s ON s.id = v_sj.id;
    INSERT INTO ycsl.qq (cz, jz, qqid, dy) VALUES ('receiveSignatureImages', v_htbh, v_qqid, v_dy);
    RETURN v_dy;
END
$$;

COMMENT ON FUNCTION ycsl.qmy_js(text, text, jsonb, text) IS
    '接收合同签字影像（receiveSignatureImages）：幂等记下签字页；一窗预录的草签存量房合同依次签约、备案、交易确定并推送，交易安全拒绝则审核未通过';
