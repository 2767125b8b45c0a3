-- ycsl.sj_dyba(bigint, text) → jsonb
-- 做什么: 抵押备案的一窗收件（seed §5.2.2.3-3）：前置收件验证不动产登记信息是否完备，不完备的转入不动产权属数据完善
--         （第 1 项：ycsl.wsrw 任务，该件 待完善，推送受理结果「待完善」）；完备的自动转入（第 2 项）：建交易业务 DYBA、
--         抵押备案 ht.dyba（已备案，备案号 DYBA + 年份 + 8 位）与 ht.dyba_h，业务办结（发件箱推送共享交易库），该件 已确认，
--         推送受理结果、核验结果、确认结果（第 4 项主动上传）；交易安全拒绝的驳回并挂起二次受理限定（第 3 项，ycsl.sj_bh）。
-- 规则: docs/onewindow.md「抵押备案」。由 ycsl.sj_js 在收件之后调用。
--   输入（P0001，中文指明字段，DETAIL InvalidInput）：抵押人 sbxx.dyr（缺省为申报人中抵押人的名称，以顿号连接）与其证件号码
--     sbxx.dyrzjhm（缺省为第一个抵押人的证件号码）必填；抵押权人 sbxx.dyqr（缺省为申报人中的抵押权人）必填，sbxx.dyqrzjhm
--     可选；sbxx.dyfs 抵押方式 1/一般抵押（缺省）或 2/最高额抵押；一般抵押须 sbxx.bdbzzqse（被担保主债权数额），最高额抵押须
--     sbxx.zgzqse（最高债权数额），均为大于 0 的数；sbxx.zwlxqssj、zwlxjssj（债务履行起止日期，YYYY-MM-DD）可选，止不早于起；
--     sbxx.dylx（抵押类型）可选，取 ht.dyba 允许的值（缺省 现房抵押）；sbxx.htbh（关联的买卖合同）可选。
--     证件种类：申报人中该人的证件种类，否则按号码推断（身份证 1、统一社会信用代码 8）。
--   完备（缺一条记一条，中文）：该户有不动产单元（gl.dy_of_fw）；这些单元（或记该房屋编码的）有现势房地产权 djjg.fdcq
--     （qszt 1，取登记时间最晚的）；它记有不动产权证书号（fdcq.bdcqzh，或该业务权利人所持证书号）；它记有权利人
--     （djjg.qlr 同业务号、权利人），权利人记有证件号码，且抵押人（sbxx.dyrzjhm 与申报人中的抵押人）之一是权利人。
--     不完备：写 ycsl.wsrw（该件已有待完善任务时更新其缺少内容），步骤「前置收件」不通过「转入不动产权属数据完善：…」，
--     该件 待完善。再次提交（ycsl.sj_js 对待完善的件再次受理）且已完备时，该件的待完善任务置为 已完善。
--   自动转入在 BEGIN … EXCEPTION 块中进行，块首 SET CONSTRAINTS ALL IMMEDIATE：抵押备案成为已备案时交易安全触发器
--     （AQ02 查封、AQ03 异议、AQ04 预告、AQ06 行政限制、AQ07 灭失）在语句结束时校验；它的拒绝（JYAQ1）在块内捕获，块内写入
--     全部回滚，改为驳回（步骤「核验」驳回，原因取 DETAIL）。规则不在这里重复。块后 SET CONSTRAINTS ALL DEFERRED 恢复。
--     注意：块首的 SET CONSTRAINTS 也会触发调用方此前在本事务中留下的待校验事件，应在单独的事务中调用。
--   自动转入写入（依次）：yw.jyyw（DYBA，在办）；步骤 前置收件、受理；ht.dyba（待备案，ywh）与 ht.dyba_h（该户，抵押面积取
--     实测、否则预测建筑面积）；ht.dyba 置 已备案（dybah、basj = now()）——交易安全在此校验；步骤 核验、抵押备案；业务 办结；
--     步骤 确认；该件 已确认；推送 pushAcceptanceResult「受理通过」、pushVerificationResult「核验通过」、
--     pushConfirmationResult「抵押备案完成」（dybah）。
-- 参数: p_sj_id 收件 ID；p_czr 经办人
-- 返回: 应答（ycsl.sj_dy；jg 受理通过 / 待完善 / 驳回）
-- 错误: 见规则
-- 调用: ycsl.sj_js
-- 读写表: 读 ycsl.sj、ycsl.sbr、lpb.h、lpb.ljz、lpb.zrz、lpb.xm、gl.fw_dy、djjg.fdcq、djjg.qlr；写 ycsl.wsrw、yw.jyyw、
--         ht.dyba、ht.dyba_h、ycsl.sj、ycsl.bz、yw.jyyw_hj、ycsl.ts；经触发器写 outbox.fjx

CREATE OR REPLACE FUNCTION ycsl.sj_dyba(p_sj_id bigint, p_czr text)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_sj       ycsl.sj%ROWTYPE;
    v_x        jsonb;
    v_t        text;
    v_dyr      text;
    v_dyrzjhm  text;
    v_dyrzjzl  varchar;
    v_dyzjhm   text[];
    v_dyqr     text;
    v_dyqrzjhm text;
    v_dyqrzjzl varchar;
    v_dyfs     text;
    v_dylx     text;
    v_bdbz     numeric;
    v_zgzq     numeric;
    v_qssj     date;
    v_jssj     date;
    v_htbh     text;
    v_h        record;
    v_dy       text[];
    v_fdcq     record;
    v_bdcqzh   text;
    v_qs       text[] := '{}';
    v_yy       text[] := '{}';
    v_ywh      text;
    v_dyba     bigint;
    v_dybah    text;
    v_sm       text;
    v_detail   text;
    v_msg      text;
BEGIN
    SELECT s.* INTO v_sj FROM ycsl.sj s WHERE s.id = p_sj_id;
    v_x := v_sj.sbxx;

    -- 输入 -----------------------------------------------------------------------------------------------------
    v_dyr := coalesce(nullif(btrim(v_x ->> 'dyr'), ''),
                      (SELECT string_agg(r.mc, '、' ORDER BY r.sxh) FROM ycsl.sbr r
                        WHERE r.sj_id = p_sj_id AND r.jslx = '抵押人'));
    IF v_dyr IS NULL THEN
        RAISE EXCEPTION 'sbxx.dyr（抵押人）不能为空（或在 sbr 中给出抵押人）' USING DETAIL = 'InvalidInput';
    END IF;
    v_dyrzjhm := coalesce(nullif(btrim(v_x ->> 'dyrzjhm'), ''),
                          (SELECT r.zjhm FROM ycsl.sbr r
                            WHERE r.sj_id = p_sj_id AND r.jslx = '抵押人' AND r.zjhm IS NOT NULL
                            ORDER BY r.sxh LIMIT 1));
    IF v_dyrzjhm IS NULL THEN
        RAISE EXCEPTION 'sbxx.dyrzjhm（抵押人证件号码）不能为空（或在 sbr 中给出抵押人的证件号码）'
            USING DETAIL = 'InvalidInput';
    END IF;
    IF length(v_dyrzjhm) > 50 THEN
        RAISE EXCEPTION 'sbxx.dyrzjhm（抵押人证件号码）不能超过 50 个字符' USING DETAIL = 'InvalidInput';
    END IF;
    v_dyzjhm := ARRAY(SELECT v_dyrzjhm
                      UNION
                      SELECT r.zjhm FROM ycsl.sbr r
                       WHERE r.sj_id = p_sj_id AND r.jslx = '抵押人' AND r.zjhm IS NOT NULL);
    v_dyrzjzl := coalesce((SELECT r.zjzl FROM ycsl.sbr r
                            WHERE r.sj_id = p_sj_id AND r.jslx = '抵押人' AND r.zjhm = v_dyrzjhm
                            ORDER BY r.sxh LIMIT 1),
                          CASE WHEN std.is_valid_sfzh(v_dyrzjhm) THEN '1'
                               WHEN std.is_valid_uscc(v_dyrzjhm) THEN '8' END);
    v_dyqr := coalesce(nullif(btrim(v_x ->> 'dyqr'), ''),
                       (SELECT string_agg(r.mc, '、' ORDER BY r.sxh) FROM ycsl.sbr r
                         WHERE r.sj_id = p_sj_id AND r.jslx = '抵押权人'));
    IF v_dyqr IS NULL THEN
        RAISE EXCEPTION 'sbxx.dyqr（抵押权人）不能为空（或在 sbr 中给出抵押权人）' USING DETAIL = 'InvalidInput';
    END IF;
    v_dyqrzjhm := coalesce(nullif(btrim(v_x ->> 'dyqrzjhm'), ''),
                           (SELECT r.zjhm FROM ycsl.sbr r
                             WHERE r.sj_id = p_sj_id AND r.jslx = '抵押权人' AND r.zjhm IS NOT NULL
                             ORDER BY r.sxh LIMIT 1));
    IF length(v_dyqrzjhm) > 50 THEN
        RAISE EXCEPTION 'sbxx.dyqrzjhm（抵押权人证件号码）不能超过 50 个字符' USING DETAIL = 'InvalidInput';
    END IF;
    v_dyqrzjzl := coalesce((SELECT r.zjzl FROM ycsl.sbr r
                             WHERE r.sj_id = p_sj_id AND r.jslx = '抵押权人' AND r.zjhm = v_dyqrzjhm
                             ORDER BY r.sxh LIMIT 1),
                           CASE WHEN std.is_valid_uscc(v_dyqrzjhm) THEN '8'
                                WHEN std.is_valid_sfzh(v_dyqrzjhm) THEN '1' END);
    v_t := btrim(v_x ->> 'dyfs');
    v_dyfs := CASE WHEN coalesce(v_t, '') = '' OR v_t IN ('1', '一般抵押') THEN '1'
                   WHEN v_t IN ('2', '最高额抵押') THEN '2' END;
    IF v_dyfs IS NULL THEN
        RAISE EXCEPTION 'sbxx.dyfs（抵押方式）只能是 1（一般抵押）或 2（最高额抵押），收到「%」', v_t
            USING DETAIL = 'InvalidInput';
    END IF;
    v_t := btrim(v_x ->> 'bdbzzqse');
    IF coalesce(v_t, '') <> '' THEN
        IF v_t ~ '^[0-9]{1,16}(\.[0-9]+)?$' THEN
            v_bdbz := round(v_t::numeric, 2);
        END IF;
        IF v_bdbz IS NULL OR v_bdbz <= 0 THEN
            RAISE EXCEPTION 'sbxx.bdbzzqse（被担保主债权数额）须为大于 0 的数（元），收到「%」', v_t
                USING DETAIL = 'InvalidInput';
        END IF;
    END IF;
    v_t := btrim(v_x ->> 'zgzqse');
    IF coalesce(v_t, '') <> '' THEN
        IF v_t ~ '^[0-9]{1,16}(\.[0-9]+)?$' THEN
            v_zgzq := round(v_t::numeric, 2);
        END IF;
        IF v_zgzq IS NULL OR v_zgzq <= 0 THEN
            RAISE EXCEPTION 'sbxx.zgzqse（最高债权数额）须为大于 0 的数（元），收到「%」', v_t
                USING DETAIL = 'InvalidInput';
        END IF;
    END IF;
    IF v_dyfs = '1' AND v_bdbz IS NULL THEN
        RAISE EXCEPTION 'sbxx.bdbzzqse（被担保主债权数额）不能为空（一般抵押）' USING DETAIL = 'InvalidInput';
    END IF;
    IF v_dyfs = '2' AND v_zgzq IS NULL THEN
        RAISE EXCEPTION 'sbxx.zgzqse（最高债权数额）不能为空（最高额抵押）' USING DETAIL = 'InvalidInput';
    END IF;
    v_t := btrim(v_x ->> 'zwlxqssj');
    IF coalesce(v_t, '') <> '' THEN
        IF v_t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
            BEGIN
                v_qssj := v_t::date;
            EXCEPTION
                WHEN data_exception THEN
                    v_qssj := NULL;
            END;
        END IF;
        IF v_qssj IS NULL THEN
            RAISE EXCEPTION 'sbxx.zwlxqssj（债务履行起始日期）须为 YYYY-MM-DD 格式的有效日期，收到「%」', v_t
                USING DETAIL = 'InvalidInput';
        END IF;
    END IF;
    v_t := btrim(v_x ->> 'zwlxjssj');
    IF coalesce(v_t, '') <> '' THEN
        IF v_t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
            BEGIN
                v_jssj := v_t::date;
            EXCEPTION
                WHEN data_exception THEN
                    v_jssj := NULL;
            END;
        END IF;
        IF v_jssj IS NULL THEN
            RAISE EXCEPTION 'sbxx.zwlxjssj（债务履行结束日期）须为 YYYY-MM-DD 格式的有效日期，收到「%」', v_t
                USING DETAIL = 'InvalidInput';
        END IF;
    END IF;
    IF v_jssj < v_qssj THEN
        RAISE EXCEPTION 'sbxx.zwlxjssj（债务履行结束日期）不能早于 sbxx.zwlxqssj（债务履行起始日期）'
            USING DETAIL = 'InvalidInput';
    END IF;
    v_dylx := coalesce(nullif(btrim(v_x ->> 'dylx'), ''), '现房抵押');
    IF v_dylx NOT IN ('预售商品房抵押', '在建工程抵押', '现房抵押', '其他') THEN
        RAISE EXCEPTION 'sbxx.dylx（抵押类型）只能是 预售商品房抵押、在建工程抵押、现房抵押 或 其他，收到「%」', v_dylx
            USING DETAIL = 'InvalidInput';
    END IF;
    v_htbh := nullif(btrim(v_x ->> 'htbh'), '');
    IF length(v_htbh) > 50 THEN
        RAISE EXCEPTION 'sbxx.htbh（合同编号）不能超过 50 个字符' USING DETAIL = 'InvalidInput';
    END IF;
    UPDATE ycsl.sj s SET htbh = v_htbh, gxsj = now() WHERE s.id = p_sj_id;

    -- 前置收件：不动产登记信息是否完备 ------------------------------------------------------------------------
    SELECT h.id, h.fwbm, coalesce(h.scjzmj, h.ycjzmj) AS jzmj, x.qxdm, x.xmbh INTO v_h
      FROM lpb.h h
      JOIN lpb.ljz l ON l.id = h.ljz_id
      JOIN lpb.zrz z ON z.id = l.zrz_id
      JOIN lpb.xm x ON x.id = z.xm_id
     WHERE h.id = v_sj.h_id;
    v_dy := ARRAY(SELECT d.bdcdyh FROM gl.dy_of_fw(v_h.fwbm) d ORDER BY d.bdcdyh);
    IF coalesce(array_length(v_dy, 1), 0) = 0 THEN
        v_qs := v_qs || ('房屋 ' || v_h.fwbm || ' 未挂接不动产单元（没有对应的不动产单元号）');
    ELSE
        SELECT f.ywh, f.bdcdyh, f.bdcqzh INTO v_fdcq
          FROM djjg.fdcq f
         WHERE (f.bdcdyh = ANY (v_dy) OR f.fwbm = v_h.fwbm) AND f.qszt = '1'
         ORDER BY f.djsj DESC NULLS LAST, f.id DESC
         LIMIT 1;
        IF v_fdcq.ywh IS NULL THEN
            v_qs := v_qs || ('房屋 ' || v_h.fwbm || ' 没有现势房地产权登记（不动产单元 ' || array_to_string(v_dy, '、')
                             || '）');
        ELSE
            v_bdcqzh := coalesce(nullif(btrim(v_fdcq.bdcqzh), ''),
                                 (SELECT q.bdcqzh FROM djjg.qlr q
                                   WHERE q.ywh = v_fdcq.ywh AND q.sqrlb = '权利人' AND btrim(q.bdcqzh) <> ''
                                   ORDER BY q.sxh LIMIT 1));
            IF v_bdcqzh IS NULL THEN
                v_qs := v_qs || ('现势房地产权（登记业务号 ' || v_fdcq.ywh || '）未记载不动产权证书号');
            END IF;
            IF NOT EXISTS (SELECT 1 FROM djjg.qlr q WHERE q.ywh = v_fdcq.ywh AND q.sqrlb = '权利人') THEN
                v_qs := v_qs || ('现势房地产权（登记业务号 ' || v_fdcq.ywh || '）未记载权利人');
            ELSIF NOT EXISTS (SELECT 1 FROM djjg.qlr q
                               WHERE q.ywh = v_fdcq.ywh AND q.sqrlb = '权利人' AND btrim(q.zjhm) <> '') THEN
                v_qs := v_qs || ('现势房地产权（登记业务号 ' || v_fdcq.ywh || '）的权利人未记载证件号码');
            ELSIF NOT EXISTS (SELECT 1 FROM djjg.qlr q
                               WHERE q.ywh = v_fdcq.ywh AND q.sqrlb = '权利人' AND q.zjhm = ANY (v_dyzjhm)) THEN
                v_qs := v_qs || ('抵押人 ' || v_dyr || ' 不是房屋 ' || v_h.fwbm || ' 现势房地产权（登记业务号 '
                                 || v_fdcq.ywh || '）的权利人');
            END IF;
        END IF;
    END IF;
    IF coalesce(array_length(v_qs, 1), 0) > 0 THEN
        UPDATE ycsl.wsrw w SET qsnr = v_qs, fwbm = v_h.fwbm WHERE w.slbh = v_sj.slbh AND w.zt = '待完善';
        IF NOT FOUND THEN
            INSERT INTO ycsl.wsrw (slbh, fwbm, qsnr) VALUES (v_sj.slbh, v_h.fwbm, v_qs);
        END IF;
        PERFORM ycsl.bz_jl(v_sj.slbh, '前置收件', '不通过',
                           '转入不动产权属数据完善：' || array_to_string(v_qs, '；'), p_czr);
        UPDATE ycsl.sj s SET zt = '待完善', gxsj = now() WHERE s.id = p_sj_id;
        v_sm := '不动产登记信息不完备，已转入不动产权属数据完善';
        PERFORM ycsl.ts_xr('pushAcceptanceResult', v_sj.slbh,
                           json_build_object('jg', '待完善', 'sm', v_sm, 'yy', array_to_json(v_qs))::jsonb);
        RETURN ycsl.sj_dy(p_sj_id, '待完善', v_sm, v_qs);
    END IF;
    UPDATE ycsl.wsrw w SET zt = '已完善', wcsj = now() WHERE w.slbh = v_sj.slbh AND w.zt = '待完善';

    -- 自动转入 ------------------------------------------------------------------------------------------------
    BEGIN
        SET CONSTRAINTS ALL IMMEDIATE;
        v_ywh := ycsl.bh_sc('ywh');
        INSERT INTO yw.jyyw (ywh, ywlx, slbh, fwbm, h_id, htbh, qxdm, xmbh, zt, slr, bz)
        VALUES (v_ywh, 'DYBA', v_sj.slbh, v_h.fwbm, v_h.id, v_htbh, v_h.qxdm, v_h.xmbh, '在办', p_czr,
                '一窗受理 抵押备案自动转入（一窗受理号 ' || v_sj.slbh || '）');
        UPDATE ycsl.sj s SET jyywh = v_ywh, gxsj = now() WHERE s.id = p_sj_id;
        PERFORM ycsl.bz_jl(v_sj.slbh, '前置收件', '通过',
                           '不动产登记信息完备：不动产单元 ' || coalesce(v_fdcq.bdcdyh, '') || '，不动产权证书号 '
                           || v_bdcqzh, p_czr);
        PERFORM ycsl.bz_jl(v_sj.slbh, '受理', '通过', '自动转入抵押备案，交易业务号 ' || v_ywh, p_czr);
        INSERT INTO ht.dyba (ywh, htbh, dylx, dyfs, dyr, dyrzjzl, dyrzjhm, dyqr, dyqrzjzl, dyqrzjhm, bdbzzqse, zgzqse,
                             zwlxqssj, zwlxjssj, dyfw, bazt)
        VALUES (v_ywh, v_htbh, v_dylx, v_dyfs, v_dyr, v_dyrzjzl, v_dyrzjhm, v_dyqr, v_dyqrzjzl, v_dyqrzjhm, v_bdbz,
                v_zgzq, v_qssj, v_jssj, nullif(btrim(v_x ->> 'dyfw'), ''), '待备案')
        RETURNING id INTO v_dyba;
        INSERT INTO ht.dyba_h (dyba_id, h_id, fwbm, dymj) VALUES (v_dyba, v_h.id, v_h.fwbm, v_h.jzmj);
        v_dybah := ycsl.bh_sc('dybah');
        UPDATE ht.dyba b SET bazt = '已备案', dybah = v_dybah, basj = now(), gxsj = now() WHERE b.id = v_dyba;
        UPDATE ycsl.sj s SET dyba_id = v_dyba, gxsj = now() WHERE s.id = p_sj_id;
        PERFORM ycsl.bz_jl(v_sj.slbh, '核验', '通过', '交易安全核验通过', p_czr);
        PERFORM ycsl.bz_jl(v_sj.slbh, '抵押备案', '通过', '抵押备案号 ' || v_dybah, p_czr);
        UPDATE yw.jyyw y SET zt = '办结', bjsj = now(), gxsj = now() WHERE y.ywh = v_ywh;
        PERFORM ycsl.bz_jl(v_sj.slbh, '确认', '通过', '抵押备案已确认', p_czr);
        UPDATE ycsl.sj s SET zt = '已确认', gxsj = now() WHERE s.id = p_sj_id;
        PERFORM ycsl.ts_xr('pushAcceptanceResult', v_sj.slbh,
                           json_build_object('jg', '受理通过', 'sm', '前置收件验证通过，已自动转入抵押备案',
                                             'jyywh', v_ywh)::jsonb);
        PERFORM ycsl.ts_xr('pushVerificationResult', v_sj.slbh,
                           json_build_object('jg', '核验通过',
                                             'sm', '不动产登记信息与交易安全核验通过',
                                             'bdcdyh', v_fdcq.bdcdyh, 'bdcqzh', v_bdcqzh)::jsonb);
        PERFORM ycsl.ts_xr('pushConfirmationResult', v_sj.slbh,
                           json_build_object('jg', '抵押备案完成', 'sm', '抵押备案号 ' || v_dybah,
                                             'dybah', v_dybah, 'jyywh', v_ywh)::jsonb);
    EXCEPTION
        WHEN SQLSTATE 'JYAQ1' THEN
            GET STACKED DIAGNOSTICS v_detail = PG_EXCEPTION_DETAIL, v_msg = MESSAGE_TEXT;
            v_yy := ycsl.aq_yy(v_detail, v_msg);
    END;
    SET CONSTRAINTS ALL DEFERRED;
    IF coalesce(array_length(v_yy, 1), 0) > 0 THEN
        RETURN ycsl.sj_bh(p_sj_id, '核验', v_yy, p_czr);
    END IF;
    v_sm := '前置收件验证通过，已自动转入抵押备案：抵押备案号 ' || v_dybah;
    RETURN ycsl.sj_dy(p_sj_id, '受理通过', v_sm, '{}'::text[]);
END
$$;

COMMENT ON FUNCTION ycsl.sj_dyba(bigint, text) IS
    '抵押备案一窗收件：前置收件验证登记信息完备（不完备转入权属数据完善），完备的自动转入抵押备案（业务、备案、办结、推送），交易安全拒绝的驳回并挂起限定';
