-- aq.dyty_dj(varchar, text, text, text, text, text) → bigint
-- 做什么: 登记抵押权人同意：抵押房屋转让时，经办人收到抵押权人的同意书后登记；此后该户该合同的交易安全校验 AQ05 对
--         这一抵押权人（或这一证明号/备案号）的抵押通过。记操作日志。
-- 规则: 《民法典》第四百零六条（抵押期间转让抵押财产应当及时通知抵押权人；当事人约定禁止或限制转让的从约定）；
--   seed §3.2.1（已抵押房屋违规出售）；docs/guards.md「抵押权人同意」。同意是经办人录入的材料，不需要放行角色，
--   但经办人 p_czr 与说明 p_yy（同意书文号、材料）必填；抵押权人名称须与抵押所记一致，或填写证明号/备案号 p_dyzmh。
--   房屋编码须在楼盘表中；合同编号 p_htbh 对应的合同已存在时，它须在这一户上。
--   操作日志：czlx 抵押权人同意，dxb aq.dyty，dxzj 同意 ID，bgh 同意行（JSON），yy 说明，ly 为会话设置 jydj.ly（默认 cli）。
-- 参数: p_fwbm 房屋编码；p_htbh 所同意的转让合同编号；p_dyqr 抵押权人名称；p_dyzmh 不动产登记证明号或抵押备案号（可空）；
--       p_czr 经办人；p_yy 说明
-- 返回: 同意 ID（aq.dyty.id）
-- 错误: 22023 参数为空或合同不在该户（中文信息指明参数）；P0002 房屋不存在
-- 调用: jydj guard consent、一窗受理（后续）
-- 读写表: 读 lpb.h、ht.spfht、ht.clfht；写 aq.dyty、audit.czrz

CREATE OR REPLACE FUNCTION aq.dyty_dj(p_fwbm varchar, p_htbh text, p_dyqr text, p_dyzmh text, p_czr text, p_yy text)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    v_h    bigint;
    v_oh   bigint;
    v_row  aq.dyty%ROWTYPE;
BEGIN
    IF coalesce(btrim(p_czr), '') = '' THEN
        RAISE EXCEPTION '经办人 p_czr 不能为空' USING ERRCODE = '22023';
    END IF;
    IF coalesce(btrim(p_yy), '') = '' THEN
        RAISE EXCEPTION '说明 p_yy（同意书文号或材料）不能为空' USING ERRCODE = '22023';
    END IF;
    IF coalesce(btrim(p_htbh), '') = '' THEN
        RAISE EXCEPTION '合同编号 p_htbh 不能为空' USING ERRCODE = '22023';
    END IF;
    IF coalesce(btrim(p_dyqr), '') = '' THEN
        RAISE EXCEPTION '抵押权人 p_dyqr 不能为空' USING ERRCODE = '22023';
    END IF;
    SELECT h.id INTO v_h FROM lpb.h h WHERE h.fwbm = p_fwbm;
    IF v_h IS NULL THEN
        RAISE EXCEPTION '房屋编码 p_fwbm=「%」不在楼盘表中', p_fwbm USING ERRCODE = 'P0002';
    END IF;
    SELECT t.h_id INTO v_oh
      FROM (SELECT s.h_id FROM ht.spfht s WHERE s.htbh = btrim(p_htbh)
            UNION ALL
            SELECT c.h_id FROM ht.clfht c WHERE c.htbh = btrim(p_htbh)) t
     ORDER BY t.h_id = v_h DESC
     LIMIT 1;
    IF v_oh IS NOT NULL AND v_oh <> v_h THEN
        RAISE EXCEPTION '合同编号 p_htbh=「%」的合同不在房屋 p_fwbm=「%」上', p_htbh, p_fwbm USING ERRCODE = '22023';
    END IF;

    INSERT INTO aq.dyty (h_id, fwbm, htbh, dyqr, dyzmh, czr, yy)
    VALUES (v_h, p_fwbm, btrim(p_htbh), btrim(p_dyqr), nullif(btrim(p_dyzmh), ''), btrim(p_czr), btrim(p_yy))
    RETURNING * INTO v_row;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    VALUES (v_row.czr, '抵押权人同意', 'aq.dyty', v_row.id::text, NULL, row_to_json(v_row)::jsonb, aq.ly(),
            v_row.yy);
    RETURN v_row.id;
END
$$;

COMMENT ON FUNCTION aq.dyty_dj(varchar, text, text, text, text, text) IS
    '登记抵押权人同意转让（经办人录入，记操作日志）：该户该合同的 AQ05 对这一抵押权人或证明号通过';
