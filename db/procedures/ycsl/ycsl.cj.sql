-- ycsl.cj(text, text, text, text) → jsonb
-- 做什么: 根据一窗受理号撤件（OneWindowService.withdrawApplication，seed §5.2.2.2 根据一窗受理号撤件办件接口；§5.2.2.3-1
--         第 6 项：根据一窗撤件信息进行网签撤销备案）：撤销本件生成或备案的合同、本件办理的抵押备案，交易业务撤件，
--         该件 已撤件，记步骤「撤件」，推送受理结果「已撤件」。
-- 规则: docs/onewindow.md「撤件」。
--   幂等：pg_advisory_xact_lock(hashtext('ycsl.withdrawApplication'), hashtext(slbh))；（withdrawApplication, slbh, qqid）已应答
--     过的原样返回（ycsl.qq），所以同一请求重发得到第一次的应答；另一个请求编号对已撤件的件拒绝。须在 READ COMMITTED 下调用。
--   输入（P0001，DETAIL InvalidInput）：slbh、qqid、yy（撤件原因）必填。受理号不存在：P0001（DETAIL NotFound）。
--   拒绝（P0001，DETAIL Conflict）：该件已登簿（「一窗受理号 X 已登簿，不能撤件」）或已撤件。
--   撤销（依次；先改合同与抵押备案，最后改业务，发件箱触发器读到的是撤销后的合同或备案）：
--     合同：本件生成了交易业务（存量房网签的预录合同，或交易备案自动转入时备案的合同）且合同未撤销、未注销时 → 已撤销
--       （cxsj、cxyy = 「一窗受理撤件：原因」）；楼盘表该户 fwzt 为 已签约/已备案 且该户再无已签约/已备案合同时恢复为
--       已登记（djzt = 1）或 可售；
--     抵押备案：本件办理的 ht.dyba 待备案/已备案 → 已撤销（zxsj、zxyy）；
--     交易业务：在办或办结 → 撤件（bjsj = now()）；办结 → 撤件时发件箱触发器推送撤销（docs/outbox.md）。
--   推送 pushAcceptanceResult：{"jg": "已撤件", "sm": "一窗受理件已撤件：原因", "yy": [原因]}。
-- 参数: p_slbh 一窗受理号；p_yy 撤件原因；p_qqid 请求编号；p_czr 经办人（空时记「一窗受理平台」）
-- 返回: 应答（ycsl.sj_dy；jg 已撤件，yy 为 [撤件原因]）
-- 错误: 见规则
-- 调用: Python 层 OneWindowService.withdrawApplication
-- 读写表: 读写 ycsl.qq、ycsl.sj、ht.clfht、ht.spfht、ht.dyba、yw.jyyw、lpb.h；写 ycsl.bz、yw.jyyw_hj、ycsl.ts；
--         经触发器写 outbox.fjx

CREATE OR REPLACE FUNCTION ycsl.cj(p_slbh text, p_yy text, p_qqid text, p_czr text)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_slbh  text := btrim(p_slbh);
    v_qqid  text := btrim(p_qqid);
    v_yy    text := btrim(p_yy);
    v_czr   text := coalesce(nullif(btrim(p_czr), ''), '一窗受理平台');
    v_dy    jsonb;
    v_sj    ycsl.sj%ROWTYPE;
    v_cxyy  text;
    v_sm    text;
BEGIN
    IF coalesce(v_slbh, '') = '' OR length(v_slbh) > 50 THEN
        RAISE EXCEPTION 'slbh（一窗受理号）不能为空，且不超过 50 个字符' USING DETAIL = 'InvalidInput';
    END IF;
    IF coalesce(v_qqid, '') = '' OR length(v_qqid) > 100 THEN
        RAISE EXCEPTION 'qqid（请求编号）不能为空，且不超过 100 个字符' USING DETAIL = 'InvalidInput';
    END IF;

    PERFORM pg_advisory_xact_lock(hashtext('ycsl.withdrawApplication'), hashtext(v_slbh));
    SELECT q.dy INTO v_dy FROM ycsl.qq q
     WHERE q.cz = 'withdrawApplication' AND q.jz = v_slbh AND q.qqid = v_qqid;
    IF FOUND THEN
        RETURN v_dy;
    END IF;

    IF coalesce(v_yy, '') = '' THEN
        RAISE EXCEPTION 'yy（撤件原因）不能为空' USING DETAIL = 'InvalidInput';
    END IF;
    SELECT s.* INTO v_sj FROM ycsl.sj s WHERE s.slbh = v_slbh FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'slbh（一窗受理号）「%」不存在', v_slbh USING DETAIL = 'NotFound';
    END IF;
    IF v_sj.zt = '已登簿' THEN
        RAISE EXCEPTION '一窗受理号 % 已登簿，不能撤件', v_slbh USING DETAIL = 'Conflict';
    END IF;
    IF v_sj.zt = '已撤件' THEN
        RAISE EXCEPTION '一窗受理号 % 已撤件', v_slbh USING DETAIL = 'Conflict';
    END IF;

    v_cxyy := '一窗受理撤件：' || v_yy;
    IF v_sj.jyywh IS NOT NULL AND v_sj.htbh IS NOT NULL THEN
        IF v_sj.htlx = 'clfht' THEN
            UPDATE ht.clfht c SET htzt = '已撤销', cxsj = now(), cxyy = v_cxyy, gxsj = now()
             WHERE c.htbh = v_sj.htbh AND c.htzt NOT IN ('已撤销', '已注销');
        ELSIF v_sj.htlx = 'spfht' THEN
            UPDATE ht.spfht p SET htzt = '已撤销', cxsj = now(), cxyy = v_cxyy, gxsj = now()
             WHERE p.htbh = v_sj.htbh AND p.htzt NOT IN ('已撤销', '已注销');
        END IF;
        UPDATE lpb.h h SET fwzt = CASE WHEN h.djzt = 1 THEN '已登记' ELSE '可售' END, gxsj = now()
         WHERE h.id = v_sj.h_id AND h.fwzt IN ('已签约', '已备案')
           AND NOT EXISTS (SELECT 1 FROM ht.clfht c WHERE c.h_id = h.id AND c.htzt IN ('已签约', '已备案'))
           AND NOT EXISTS (SELECT 1 FROM ht.spfht p WHERE p.h_id = h.id AND p.htzt IN ('已签约', '已备案'));
    END IF;
    IF v_sj.dyba_id IS NOT NULL THEN
        UPDATE ht.dyba b SET bazt = '已撤销', zxsj = now(), zxyy = v_cxyy, gxsj = now()
         WHERE b.id = v_sj.dyba_id AND b.bazt IN ('待备案', '已备案');
    END IF;
    IF v_sj.jyywh IS NOT NULL THEN
        UPDATE yw.jyyw y SET zt = '撤件', bjsj = now(), gxsj = now()
         WHERE y.ywh = v_sj.jyywh AND y.zt IN ('在办', '办结');
    END IF;
    UPDATE ycsl.sj s SET zt = '已撤件', gxsj = now() WHERE s.id = v_sj.id;
    PERFORM ycsl.bz_jl(v_slbh, '撤件', '撤件', v_yy, v_czr);
    v_sm := '一窗受理件已撤件：' || v_yy;
    PERFORM ycsl.ts_xr('pushAcceptanceResult', v_slbh,
                       json_build_object('jg', '已撤件', 'sm', v_sm, 'yy', array_to_json(ARRAY[v_yy]))::jsonb);
    v_dy := ycsl.sj_dy(v_sj.id, '已撤件', v_sm, ARRAY[v_yy]);
    INSERT INTO ycsl.qq (cz, jz, qqid, dy) VALUES ('withdrawApplication', v_slbh, v_qqid, v_dy);
    RETURN v_dy;
END
$$;

COMMENT ON FUNCTION ycsl.cj(text, text, text, text) IS
    '根据一窗受理号撤件（withdrawApplication）：幂等；撤销本件生成或备案的合同、本件的抵押备案，业务撤件，推送已撤件；已登簿的拒绝';
