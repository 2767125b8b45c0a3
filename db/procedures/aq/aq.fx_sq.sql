-- aq.fx_sq(text, text, text, varchar, text, text, interval) → bigint
-- 做什么: 登记一次性放行：让一份合同（或一笔抵押备案）在一户上的一条交易安全规则通过一次（如法院已出具解封裁定而登记端
--         尚未解封）。只有 jydj_aq_fx 角色的成员可以登记；登记写入 aq.fx 并记操作日志。
-- 规则: seed §3.2.1；等保 2.0 安全审计；docs/guards.md「放行」。
--   当前数据库用户须是 jydj_aq_fx 的成员（pg_has_role(current_user, 'jydj_aq_fx', 'MEMBER')；超级用户视为成员），
--   否则拒绝（JYAQ2）。放行人 p_czr 与原因 p_yy 必填；规则须存在且适用于该对象类型；房屋编码须在楼盘表中；对象编号
--   对应的合同（抵押备案）已存在时，它须在这一户上（抵押备案：这一户是它的房屋之一；尚无房屋的不查）。
--   有效期自登记时起算（默认 1 天），过期未用即失效。
--   放行只对（规则编码, 对象类型, 对象编号, 户）有效，且只用一次：校验通过时由 aq.jc_h 标记已使用。
--   操作日志：czlx 交易安全放行，dxb aq.fx，dxzj 放行 ID，bgh 放行行（JSON），yy 原因，ly 为会话设置 jydj.ly（默认 cli）。
-- 参数: p_gzbm 规则编码（AQ01…）；p_dxlx 对象类型 spfht/clfht/dyba；p_dxbh 合同编号或抵押备案号；p_fwbm 房屋编码；
--       p_czr 放行人；p_yy 原因；p_yxq 有效期（默认 1 天）
-- 返回: 放行 ID（aq.fx.id）
-- 错误: JYAQ2 不是 jydj_aq_fx 成员；22023 参数为空或不合法（中文信息指明参数）；P0002 规则或房屋不存在
-- 调用: jydj guard override、数据对接工具（后续）
-- 读写表: 读 aq.gz、lpb.h、ht.spfht、ht.clfht、ht.dyba、ht.dyba_h；写 aq.fx、audit.czrz

CREATE OR REPLACE FUNCTION aq.fx_sq(p_gzbm text, p_dxlx text, p_dxbh text, p_fwbm varchar, p_czr text, p_yy text,
                                    p_yxq interval DEFAULT interval '1 day')
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    v_gzbm  varchar;
    v_sy    text[];
    v_h     bigint;
    v_oh    bigint;
    v_row   aq.fx%ROWTYPE;
BEGIN
    IF NOT pg_has_role(current_user, 'jydj_aq_fx', 'MEMBER') THEN
        RAISE EXCEPTION USING
            ERRCODE = 'JYAQ2',
            MESSAGE = '无权放行：数据库用户 ' || current_user || ' 不是角色 jydj_aq_fx 的成员',
            HINT = '放行须由获授权人员办理（GRANT jydj_aq_fx TO 该用户）';
    END IF;
    IF coalesce(btrim(p_czr), '') = '' THEN
        RAISE EXCEPTION '放行人 p_czr 不能为空' USING ERRCODE = '22023';
    END IF;
    IF coalesce(btrim(p_yy), '') = '' THEN
        RAISE EXCEPTION '放行原因 p_yy 不能为空' USING ERRCODE = '22023';
    END IF;
    IF p_dxlx IS NULL OR p_dxlx NOT IN ('spfht', 'clfht', 'dyba') THEN
        RAISE EXCEPTION '对象类型 p_dxlx 只能是 spfht（商品房合同）、clfht（存量房合同）或 dyba（抵押备案），收到「%」',
            p_dxlx USING ERRCODE = '22023';
    END IF;
    IF coalesce(btrim(p_dxbh), '') = '' THEN
        RAISE EXCEPTION '对象编号 p_dxbh（合同编号或抵押备案号）不能为空' USING ERRCODE = '22023';
    END IF;
    IF p_yxq IS NULL OR p_yxq <= interval '0' THEN
        RAISE EXCEPTION '有效期 p_yxq 须大于 0（收到「%」）', p_yxq USING ERRCODE = '22023';
    END IF;
    SELECT g.gzbm, g.sy INTO v_gzbm, v_sy FROM aq.gz g WHERE g.gzbm = upper(btrim(p_gzbm));
    IF v_gzbm IS NULL THEN
        RAISE EXCEPTION '规则编码 p_gzbm=「%」不存在（见 aq.gz：AQ01…AQ07）', p_gzbm USING ERRCODE = 'P0002';
    END IF;
    IF NOT (p_dxlx = ANY (v_sy)) THEN
        RAISE EXCEPTION '规则 % 不适用于对象类型 p_dxlx=「%」（适用：%）', v_gzbm, p_dxlx, array_to_string(v_sy, '、')
            USING ERRCODE = '22023';
    END IF;
    SELECT h.id INTO v_h FROM lpb.h h WHERE h.fwbm = p_fwbm;
    IF v_h IS NULL THEN
        RAISE EXCEPTION '房屋编码 p_fwbm=「%」不在楼盘表中', p_fwbm USING ERRCODE = 'P0002';
    END IF;
    IF p_dxlx = 'spfht' THEN
        SELECT s.h_id INTO v_oh FROM ht.spfht s WHERE s.htbh = btrim(p_dxbh);
    ELSIF p_dxlx = 'clfht' THEN
        SELECT c.h_id INTO v_oh FROM ht.clfht c WHERE c.htbh = btrim(p_dxbh);
    ELSE
        -- 多户抵押备案：该户在其中即可（尚无房屋的备案不查）
        SELECT bh.h_id INTO v_oh FROM ht.dyba b JOIN ht.dyba_h bh ON bh.dyba_id = b.id
         WHERE b.dybah = btrim(p_dxbh)
         ORDER BY bh.h_id = v_h DESC
         LIMIT 1;
    END IF;
    IF v_oh IS NOT NULL AND v_oh <> v_h THEN
        RAISE EXCEPTION '对象编号 p_dxbh=「%」的%不在房屋 p_fwbm=「%」上', p_dxbh,
            CASE WHEN p_dxlx = 'dyba' THEN '抵押备案' ELSE '合同' END, p_fwbm USING ERRCODE = '22023';
    END IF;

    INSERT INTO aq.fx (gzbm, dxlx, dxbh, h_id, fwbm, czr, yy, yxq)
    VALUES (v_gzbm, p_dxlx, btrim(p_dxbh), v_h, p_fwbm, btrim(p_czr), btrim(p_yy), now() + p_yxq)
    RETURNING * INTO v_row;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    VALUES (v_row.czr, '交易安全放行', 'aq.fx', v_row.id::text, NULL, row_to_json(v_row)::jsonb, aq.ly(),
            v_row.yy);
    RETURN v_row.id;
END
$$;

COMMENT ON FUNCTION aq.fx_sq(text, text, text, varchar, text, text, interval) IS
    '登记一次性放行（须 jydj_aq_fx 角色）：一份合同或抵押备案在一户上的一条交易安全规则通过一次，限期有效，记操作日志';
