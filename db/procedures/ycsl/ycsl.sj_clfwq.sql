-- ycsl.sj_clfwq(bigint, text) → jsonb
-- 做什么: 存量房网签的一窗收件（seed §5.2.2.3-1 第 1 项：根据一窗信息生成存量房签约预录信息）：生成草签的存量房合同
--         （合同编号 CLF + 年份 + 8 位）及其出卖人、买受人，交易业务 CLFWQ（在办，带一窗受理号），记步骤「收件」「预录」，
--         再做交易安全预检（aq.jc_fw，只读）。预检不通过（第 7 项：审核为未通过，告知一窗审核未通过）：该件 未通过，
--         步骤「审核」不通过（原因），业务 驳回，合同 已撤销，推送 pushContractResult「审核未通过」；通过：该件 预录，推送
--         pushAcceptanceResult「受理通过」，等待签字页（ycsl.qmy_js）。
-- 规则: docs/onewindow.md「存量房网签」。由 ycsl.sj_js 在收件（锁、幂等、申报人与房屋已检查）之后调用。
--   输入（P0001，中文指明字段，DETAIL InvalidInput）：申报人须至少有一个出卖人和一个买受人；sbxx.htje（成交金额）必填，
--     大于 0 的数（合同表 htje 非空）；sbxx.jzmj（建筑面积）可选，不小于 0（缺省取楼盘表实测、否则预测建筑面积）；
--     sbxx.fkfs（付款方式）可选，取合同表允许的值；sbxx.bdcqzh（不动产权证书号）可选，≤ 100 字符（缺省取该户现势房地产权
--     的证书号）；sbxx.jjjg、jjjgtyshxydm（经纪机构）、zjjgbz（资金监管，布尔）可选。
--   合同：h_id、fwbm、坐落 zl 取楼盘表；区县 qxdm 取项目；bdcdyh 取该户的有效挂接，否则现势房地产权的单元；当事人按申报
--     顺序（各角色内 sxh 从 1 起）写入 ht.clfht_dsr。合同是草签，交易安全触发器不校验草签（docs/guards.md），所以预检
--     调用 aq.jc_fw('clfht', 户, 新合同 ID, 买受人证件号码[])——不重复规则本身。
--   交易业务号 YC + 年份 + 9 位（ycsl.bh_sc），slr = 经办人。
-- 参数: p_sj_id 收件 ID；p_czr 经办人
-- 返回: 应答（ycsl.sj_dy；jg 受理通过 / 审核未通过，审核未通过时 yy 为交易安全的中文原因）
-- 错误: 见规则
-- 调用: ycsl.sj_js
-- 读写表: 读 ycsl.sj、ycsl.sbr、lpb.h、lpb.ljz、lpb.zrz、lpb.xm、gl.fw_dy、djjg.fdcq 及 aq.jc_fw 所读各表；
--         写 ht.clfht、ht.clfht_dsr、yw.jyyw、ycsl.sj、ycsl.bz、yw.jyyw_hj、ycsl.ts

CREATE OR REPLACE FUNCTION ycsl.sj_clfwq(p_sj_id bigint, p_czr text)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_sj     ycsl.sj%ROWTYPE;
    v_x      jsonb;
    v_t      text;
    v_htje   numeric;
    v_jzmj   numeric;
    v_fkfs   text;
    v_bdcqzh text;
    v_zjjg   boolean;
    v_h      record;
    v_bdcdyh text;
    v_fdcq   record;
    v_htbh   text;
    v_ywh    text;
    v_ht     bigint;
    v_yy     text[];
    v_sm     text;
BEGIN
    SELECT s.* INTO v_sj FROM ycsl.sj s WHERE s.id = p_sj_id;
    v_x := v_sj.sbxx;
    IF NOT EXISTS (SELECT 1 FROM ycsl.sbr r WHERE r.sj_id = p_sj_id AND r.jslx = '出卖人')
       OR NOT EXISTS (SELECT 1 FROM ycsl.sbr r WHERE r.sj_id = p_sj_id AND r.jslx = '买受人') THEN
        RAISE EXCEPTION 'sbr（申报人）须至少有一个出卖人和一个买受人（存量房网签）' USING DETAIL = 'InvalidInput';
    END IF;
    v_t := btrim(v_x ->> 'htje');
    IF coalesce(v_t, '') = '' THEN
        RAISE EXCEPTION 'sbxx.htje（成交金额）不能为空（存量房网签）' USING DETAIL = 'InvalidInput';
    END IF;
    IF v_t ~ '^[0-9]{1,16}(\.[0-9]+)?$' THEN
        v_htje := round(v_t::numeric, 2);
    END IF;
    IF v_htje IS NULL OR v_htje <= 0 THEN
        RAISE EXCEPTION 'sbxx.htje（成交金额）须为大于 0 的数（元），收到「%」', v_t USING DETAIL = 'InvalidInput';
    END IF;
    v_t := btrim(v_x ->> 'jzmj');
    IF coalesce(v_t, '') <> '' THEN
        IF v_t !~ '^[0-9]{1,10}(\.[0-9]+)?$' THEN
            RAISE EXCEPTION 'sbxx.jzmj（建筑面积）须为不小于 0 的数（m²），收到「%」', v_t USING DETAIL = 'InvalidInput';
        END IF;
        v_jzmj := round(v_t::numeric, 2);
    END IF;
    v_fkfs := nullif(btrim(v_x ->> 'fkfs'), '');
    IF v_fkfs IS NOT NULL AND v_fkfs NOT IN ('一次性付款', '分期付款', '按揭贷款', '公积金贷款', '组合贷款', '其他') THEN
        RAISE EXCEPTION 'sbxx.fkfs（付款方式）只能是 一次性付款、分期付款、按揭贷款、公积金贷款、组合贷款 或 其他，收到「%」',
            v_fkfs USING DETAIL = 'InvalidInput';
    END IF;
    v_bdcqzh := nullif(btrim(v_x ->> 'bdcqzh'), '');
    IF length(v_bdcqzh) > 100 THEN
        RAISE EXCEPTION 'sbxx.bdcqzh（不动产权证书号）不能超过 100 个字符' USING DETAIL = 'InvalidInput';
    END IF;
    v_t := lower(btrim(v_x ->> 'zjjgbz'));
    IF coalesce(v_t, '') <> '' AND v_t NOT IN ('true', 'false') THEN
        RAISE EXCEPTION 'sbxx.zjjgbz（资金监管标志）须为 true 或 false，收到「%」', v_x ->> 'zjjgbz'
            USING DETAIL = 'InvalidInput';
    END IF;
    v_zjjg := coalesce(v_t = 'true', false);

    SELECT h.id, h.fwbm, h.zl, coalesce(h.scjzmj, h.ycjzmj) AS jzmj, x.qxdm, x.xmbh
      INTO v_h
      FROM lpb.h h
      JOIN lpb.ljz l ON l.id = h.ljz_id
      JOIN lpb.zrz z ON z.id = l.zrz_id
      JOIN lpb.xm x ON x.id = z.xm_id
     WHERE h.id = v_sj.h_id;
    SELECT g.bdcdyh INTO v_bdcdyh FROM gl.fw_dy g WHERE g.fwbm = v_h.fwbm AND g.zt = '有效';
    SELECT f.bdcdyh, f.bdcqzh INTO v_fdcq
      FROM djjg.fdcq f
     WHERE (f.bdcdyh IN (SELECT d.bdcdyh FROM gl.dy_of_fw(v_h.fwbm) d) OR f.fwbm = v_h.fwbm) AND f.qszt = '1'
     ORDER BY f.djsj DESC NULLS LAST, f.id DESC
     LIMIT 1;

    v_htbh := ycsl.bh_sc('clfhtbh');
    v_ywh := ycsl.bh_sc('ywh');
    INSERT INTO yw.jyyw (ywh, ywlx, slbh, fwbm, h_id, htbh, qxdm, xmbh, zt, slr, bz)
    VALUES (v_ywh, 'CLFWQ', v_sj.slbh, v_h.fwbm, v_h.id, v_htbh, v_h.qxdm, v_h.xmbh, '在办', p_czr,
            '一窗受理 存量房网签（一窗受理号 ' || v_sj.slbh || '）');
    INSERT INTO ht.clfht (htbh, h_id, fwbm, bdcdyh, bdcqzh, zl, qxdm, htje, jzmj, fkfs, jjjg, jjjgtyshxydm, zjjgbz, htzt)
    VALUES (v_htbh, v_h.id, v_h.fwbm, coalesce(v_bdcdyh, v_fdcq.bdcdyh), coalesce(v_bdcqzh, v_fdcq.bdcqzh), v_h.zl,
            v_h.qxdm, v_htje, coalesce(v_jzmj, v_h.jzmj), v_fkfs, nullif(btrim(v_x ->> 'jjjg'), ''),
            nullif(btrim(v_x ->> 'jjjgtyshxydm'), ''), v_zjjg, '草签')
    RETURNING id INTO v_ht;
    INSERT INTO ht.clfht_dsr (ht_id, jslx, sxh, mc, zjzl, zjhm, dh)
    SELECT v_ht, r.jslx, row_number() OVER (PARTITION BY r.jslx ORDER BY r.sxh), r.mc, r.zjzl, r.zjhm, r.dh
      FROM ycsl.sbr r
     WHERE r.sj_id = p_sj_id AND r.jslx IN ('出卖人', '买受人');
    UPDATE ycsl.sj s SET htlx = 'clfht', htbh = v_htbh, jyywh = v_ywh, gxsj = now() WHERE s.id = p_sj_id;
    PERFORM ycsl.bz_jl(v_sj.slbh, '收件', '通过', '收到一窗受理分发件（存量房网签），交易业务号 ' || v_ywh, p_czr);
    PERFORM ycsl.bz_jl(v_sj.slbh, '预录', '通过', '生成存量房签约预录信息：合同编号 ' || v_htbh || '（草签）', p_czr);

    v_yy := ARRAY(SELECT c.xx
                    FROM aq.jc_fw('clfht', v_h.id, v_ht,
                                  ARRAY(SELECT d.zjhm FROM ht.clfht_dsr d
                                         WHERE d.ht_id = v_ht AND d.jslx = '买受人' AND d.zjhm IS NOT NULL)) c
                   ORDER BY c.gzbm);
    IF coalesce(array_length(v_yy, 1), 0) > 0 THEN
        UPDATE ht.clfht c SET htzt = '已撤销', cxsj = now(),
                              cxyy = '一窗受理 ' || v_sj.slbh || ' 交易安全审核未通过', gxsj = now()
         WHERE c.id = v_ht;
        UPDATE yw.jyyw y SET zt = '驳回', bjsj = now(), gxsj = now() WHERE y.ywh = v_ywh;
        PERFORM ycsl.bz_jl(v_sj.slbh, '审核', '不通过', array_to_string(v_yy, '；'), p_czr);
        UPDATE ycsl.sj s SET zt = '未通过', gxsj = now() WHERE s.id = p_sj_id;
        v_sm := '交易安全审核未通过，存量房合同 ' || v_htbh || ' 已撤销';
        PERFORM ycsl.ts_xr('pushContractResult', v_sj.slbh,
                           json_build_object('jg', '审核未通过', 'sm', v_sm, 'htbh', v_htbh,
                                             'yy', array_to_json(v_yy))::jsonb);
        RETURN ycsl.sj_dy(p_sj_id, '审核未通过', v_sm, v_yy);
    END IF;
    UPDATE ycsl.sj s SET zt = '预录', gxsj = now() WHERE s.id = p_sj_id;
    v_sm := '已生成存量房签约预录信息（合同编号 ' || v_htbh || '），待上传签字页';
    PERFORM ycsl.ts_xr('pushAcceptanceResult', v_sj.slbh,
                       json_build_object('jg', '受理通过', 'sm', v_sm, 'htbh', v_htbh, 'jyywh', v_ywh)::jsonb);
    RETURN ycsl.sj_dy(p_sj_id, '受理通过', v_sm, '{}'::text[]);
END
$$;

COMMENT ON FUNCTION ycsl.sj_clfwq(bigint, text) IS
    '存量房网签一窗收件：生成草签合同与当事人、CLFWQ 业务（在办）、步骤收件与预录，交易安全预检；不通过则撤销合同、驳回业务、推送审核未通过';
