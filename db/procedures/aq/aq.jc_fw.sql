-- aq.jc_fw(text, bigint, bigint, text[]) → TABLE(gzbm, gzmc, xx)
-- 做什么: 交易安全校验（只读）：对一户房屋，按将要办理的业务种类检查启用的规则 aq.gz，每条不通过的规则返回一行，
--         带中文说明（指明房屋编码、阻止交易的对象及其编号）。合同与抵押备案上的延迟约束触发器（经 aq.jc_dx、aq.jc_h）、
--         一窗受理预检与 web 服务都调用它；它不写任何表。
-- 规则: seed §3.2.1（防一房多卖、已抵押房屋违规出售）、§5.2.1.3（房管结合接口进行登记状态、限制状态的校验）；docs/guards.md。
--   该户的单元 = gl.dy_of_fw(房屋编码)（有效挂接与房地产权所记编码）；登记结果按单元号或其自身的 fwbm 列找到该户。
--   AQ01 一房多卖（合同）：同一户另有已签约/已备案的商品房或存量房合同（不含对象本身），且没有登记时间（日期）不早于
--        该合同签约日期（无则建立日期）的房地产权（该合同已由所有权登记完成）。
--   AQ02 查封/预查封：现势查封登记 djjg.cfdj（qszt 1）；或有效、未到期（xzjssj 空或不早于今天）的查封、预查封类行政限制。
--   AQ03 异议：现势异议登记 djjg.yydj。
--   AQ04 预告：现势预告登记 djjg.ygdj（预抵押 ygdjzl 3、4 除外：它是抵押，归 AQ05），其权利人（djjg.qlr 同业务号
--        权利人的证件号码；该业务没有记证件号码的权利人时按名称：qlr 行与 ygdj.qlr 所记名称，对比对象的买受人或抵押人
--        名称）不含 p_zjhm 中任何一个；p_zjhm 为空时有预告即不通过。
--   AQ05 抵押未经同意（合同，且设置 aq.sz dy_xyty = true）：现势抵押权（经 djjg.dyaq_dy 单元或 dyaq.bdcdyh）、现势预抵押、
--        已备案的抵押备案（ht.dyba_h），其中任一没有本户本合同的抵押权人同意 aq.dyty（抵押权人名称相同，或同意所记
--        证明号/备案号与之相同）。
--   AQ06 行政限制：有效、未到期、类型不是查封/预查封的 ht.xzxz。
--   AQ07 房屋已灭失：lpb.h.fwzt = 已灭失。
--   规则只对 aq.gz 中启用（qy）且适用于该业务种类（sy 含 p_lx）的规则检查；放行 aq.fx 不在这里考虑（见 aq.jc_h）。
-- 参数: p_lx 业务种类 spfht 商品房合同 / clfht 存量房合同 / dyba 抵押备案；p_h_id 户 ID；p_dx_id 对象自身的 ID（合同或
--       抵押备案的 id，使它不与自己比较；尚未建立时为 NULL）；p_zjhm 受让方证件号码（合同为买受人，抵押备案为抵押人）
-- 返回: 每条不通过的规则一行（gzbm 规则编码、gzmc 规则名称、xx 中文说明），按规则编码排序；全部通过时无行
-- 错误: p_lx 不是三者之一（22023）；户不在楼盘表（P0002）
-- 调用: aq.jc_h（触发器校验）、jydj guard check、一窗受理预检与 web 服务
-- 读写表: 读 aq.gz、aq.sz、aq.dyty、lpb.h、ht.spfht、ht.spfht_dsr、ht.clfht、ht.clfht_dsr、ht.xzxz、ht.dyba、ht.dyba_h、
--         gl.fw_dy（经 gl.dy_of_fw）、djjg.fdcq、djjg.cfdj、djjg.yydj、djjg.ygdj、djjg.qlr、djjg.dyaq、djjg.dyaq_dy；不写

CREATE OR REPLACE FUNCTION aq.jc_fw(p_lx text, p_h_id bigint, p_dx_id bigint, p_zjhm text[])
RETURNS TABLE (gzbm varchar, gzmc text, xx text)
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_fwbm  varchar;
    v_fwzt  varchar;
    v_fw    text;
    v_gz    varchar[];
    v_dy    varchar[];
    v_zjhm  text[];
    v_mc    text[];
    v_htbh  varchar;
    v_xx    text;
BEGIN
    IF p_lx IS NULL OR p_lx NOT IN ('spfht', 'clfht', 'dyba') THEN
        RAISE EXCEPTION '业务种类 p_lx 只能是 spfht（商品房合同）、clfht（存量房合同）或 dyba（抵押备案），收到「%」', p_lx
            USING ERRCODE = '22023';
    END IF;
    SELECT h.fwbm, h.fwzt INTO v_fwbm, v_fwzt FROM lpb.h h WHERE h.id = p_h_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION '户 ID h_id=% 不在楼盘表 lpb.h 中', p_h_id USING ERRCODE = 'P0002';
    END IF;
    v_fw := coalesce(v_fwbm, '（未赋码，户 ID ' || p_h_id || '）');
    v_gz := ARRAY(SELECT g.gzbm FROM aq.gz g WHERE g.qy AND p_lx = ANY (g.sy));
    IF coalesce(array_length(v_gz, 1), 0) = 0 THEN
        RETURN;
    END IF;
    v_dy := ARRAY(SELECT d.bdcdyh FROM gl.dy_of_fw(v_fwbm) d WHERE v_fwbm IS NOT NULL);
    v_zjhm := ARRAY(SELECT DISTINCT btrim(z.zjhm) FROM unnest(p_zjhm) AS z(zjhm) WHERE btrim(z.zjhm) <> '');

    -- AQ01 一房多卖 ------------------------------------------------------------------------------------------
    IF 'AQ01' = ANY (v_gz) THEN
        SELECT string_agg(t.lb || ' ' || t.htbh || '（' || t.htzt || '，签约日期 ' || t.rq::text || '）', '、'
                          ORDER BY t.rq, t.htbh)
          INTO v_xx
          FROM (SELECT '商品房合同'::text AS lb, s.htbh, s.htzt, coalesce(s.qyrq, s.cjsj::date) AS rq
                  FROM ht.spfht s
                 WHERE s.h_id = p_h_id AND s.htzt IN ('已签约', '已备案')
                   AND (p_lx <> 'spfht' OR p_dx_id IS NULL OR s.id <> p_dx_id)
                UNION ALL
                SELECT '存量房合同'::text, c.htbh, c.htzt, coalesce(c.qyrq, c.cjsj::date)
                  FROM ht.clfht c
                 WHERE c.h_id = p_h_id AND c.htzt IN ('已签约', '已备案')
                   AND (p_lx <> 'clfht' OR p_dx_id IS NULL OR c.id <> p_dx_id)) t
         WHERE NOT EXISTS (SELECT 1 FROM djjg.fdcq f
                            WHERE (f.bdcdyh = ANY (v_dy) OR f.fwbm = v_fwbm) AND f.djsj::date >= t.rq);
        IF v_xx IS NOT NULL THEN
            RETURN QUERY SELECT g.gzbm, g.gzmc,
                                '房屋 ' || v_fw || ' 已有有效合同：' || v_xx || '，尚未办理所有权登记，不能再签约或备案（一房多卖）'
                           FROM aq.gz g WHERE g.gzbm = 'AQ01';
        END IF;
    END IF;

    -- AQ02 查封/预查封 --------------------------------------------------------------------------------------
    IF 'AQ02' = ANY (v_gz) THEN
        SELECT string_agg(t.s, '；' ORDER BY t.s)
          INTO v_xx
          FROM (SELECT DISTINCT '查封登记 查封文号 ' || coalesce(c.cfwh, '（未记载）')
                                || coalesce('，' || c.cfjg, '') || '（登记业务号 ' || c.ywh || '）' AS s
                  FROM djjg.cfdj c
                 WHERE (c.bdcdyh = ANY (v_dy) OR c.fwbm = v_fwbm) AND c.qszt = '1'
                UNION
                SELECT '行政限制（' || x.xzlx || '）限制编号 ' || x.xzbh || coalesce('，限制文号 ' || x.xzwh, '')
                       || coalesce('，' || x.xzjg, '')
                  FROM ht.xzxz x
                 WHERE x.h_id = p_h_id AND x.xzzt = '有效' AND x.xzlx IN ('查封', '预查封')
                   AND (x.xzjssj IS NULL OR x.xzjssj >= current_date)) t;
        IF v_xx IS NOT NULL THEN
            RETURN QUERY SELECT g.gzbm, g.gzmc, '房屋 ' || v_fw || ' 已被查封：' || v_xx
                           FROM aq.gz g WHERE g.gzbm = 'AQ02';
        END IF;
    END IF;

    -- AQ03 异议 ---------------------------------------------------------------------------------------------
    IF 'AQ03' = ANY (v_gz) THEN
        SELECT string_agg(t.s, '、' ORDER BY t.s)
          INTO v_xx
          FROM (SELECT DISTINCT coalesce('异议登记证明号 ' || y.bdcdjzmh, '异议登记业务号 ' || y.ywh)
                                || coalesce('（' || left(y.yysx, 60) || '）', '') AS s
                  FROM djjg.yydj y
                 WHERE (y.bdcdyh = ANY (v_dy) OR y.fwbm = v_fwbm) AND y.qszt = '1') t;
        IF v_xx IS NOT NULL THEN
            RETURN QUERY SELECT g.gzbm, g.gzmc, '房屋 ' || v_fw || ' 有异议登记：' || v_xx
                           FROM aq.gz g WHERE g.gzbm = 'AQ03';
        END IF;
    END IF;

    -- AQ04 预告 ---------------------------------------------------------------------------------------------
    IF 'AQ04' = ANY (v_gz) THEN
        -- 名称比对只在预告没有记证件号码的权利人时用：对象的买受人（合同）或抵押人（抵押备案）名称
        IF p_dx_id IS NOT NULL THEN
            IF p_lx = 'spfht' THEN
                v_mc := ARRAY(SELECT btrim(d.mc) FROM ht.spfht_dsr d WHERE d.ht_id = p_dx_id AND d.jslx = '买受人');
            ELSIF p_lx = 'clfht' THEN
                v_mc := ARRAY(SELECT btrim(d.mc) FROM ht.clfht_dsr d WHERE d.ht_id = p_dx_id AND d.jslx = '买受人');
            ELSE
                v_mc := ARRAY(SELECT btrim(m.mc)
                                FROM ht.dyba b, regexp_split_to_table(b.dyr, '[、,，;；/]+') AS m(mc)
                               WHERE b.id = p_dx_id AND btrim(m.mc) <> '');
            END IF;
        END IF;
        SELECT string_agg(t.s, '、' ORDER BY t.s)
          INTO v_xx
          FROM (SELECT DISTINCT '预告登记证明号 ' || coalesce(y.bdcdjzmh, '（未记载，登记业务号 ' || y.ywh || '）')
                                || '，预告权利人 '
                                || coalesce(y.qlr,
                                            (SELECT string_agg(q.qlrmc, '、' ORDER BY q.sxh) FROM djjg.qlr q
                                              WHERE q.ywh = y.ywh AND q.sqrlb = '权利人'),
                                            '（未记载）') AS s
                  FROM djjg.ygdj y
                 WHERE (y.bdcdyh = ANY (v_dy) OR y.fwbm = v_fwbm) AND y.qszt = '1'
                   AND coalesce(y.ygdjzl, '1') NOT IN ('3', '4')
                   AND NOT (coalesce(array_length(v_zjhm, 1), 0) > 0
                            AND (EXISTS (SELECT 1 FROM djjg.qlr q
                                          WHERE q.ywh = y.ywh AND q.sqrlb = '权利人' AND q.zjhm = ANY (v_zjhm))
                                 OR (NOT EXISTS (SELECT 1 FROM djjg.qlr q
                                                  WHERE q.ywh = y.ywh AND q.sqrlb = '权利人'
                                                    AND btrim(q.zjhm) <> '')
                                     AND EXISTS (SELECT 1
                                                   FROM (SELECT btrim(q.qlrmc) AS mc FROM djjg.qlr q
                                                          WHERE q.ywh = y.ywh AND q.sqrlb = '权利人'
                                                         UNION
                                                         SELECT btrim(n.mc)
                                                           FROM regexp_split_to_table(coalesce(y.qlr, ''),
                                                                                      '[、,，;；/]+') AS n(mc)) w
                                                  WHERE w.mc <> '' AND w.mc = ANY (v_mc)))))) t;
        IF v_xx IS NOT NULL THEN
            RETURN QUERY SELECT g.gzbm, g.gzmc,
                                '房屋 ' || v_fw || ' 已办理预告登记，预告权利人不是本次'
                                || CASE WHEN p_lx = 'dyba' THEN '抵押人' ELSE '买受人' END || '：' || v_xx
                           FROM aq.gz g WHERE g.gzbm = 'AQ04';
        END IF;
    END IF;

    -- AQ05 抵押未经抵押权人同意 ------------------------------------------------------------------------------
    IF 'AQ05' = ANY (v_gz) AND p_lx IN ('spfht', 'clfht')
       AND coalesce((SELECT s.csz FROM aq.sz s WHERE s.csm = 'dy_xyty'), 'true') = 'true' THEN
        IF p_dx_id IS NOT NULL THEN
            IF p_lx = 'spfht' THEN
                v_htbh := (SELECT s.htbh FROM ht.spfht s WHERE s.id = p_dx_id);
            ELSE
                v_htbh := (SELECT c.htbh FROM ht.clfht c WHERE c.id = p_dx_id);
            END IF;
        END IF;
        SELECT string_agg(t.s, '、' ORDER BY t.s)
          INTO v_xx
          FROM (SELECT DISTINCT m.lb || coalesce('，抵押权人 ' || m.dyqr, '') AS s
                  FROM (SELECT coalesce('抵押权 证明号 ' || a.bdcdjzmh, '抵押权 登记业务号 ' || a.ywh) AS lb,
                               a.bdcdjzmh AS zmh, a.dyqr
                          FROM djjg.dyaq a
                         WHERE a.qszt = '1'
                           AND (a.bdcdyh = ANY (v_dy)
                                OR a.ywh IN (SELECT d.ywh FROM djjg.dyaq_dy d
                                              WHERE d.bdcdyh = ANY (v_dy) OR d.fwbm = v_fwbm))
                        UNION ALL
                        SELECT coalesce('预抵押 证明号 ' || y.bdcdjzmh, '预抵押 登记业务号 ' || y.ywh), y.bdcdjzmh, y.qlr
                          FROM djjg.ygdj y
                         WHERE (y.bdcdyh = ANY (v_dy) OR y.fwbm = v_fwbm) AND y.qszt = '1' AND y.ygdjzl IN ('3', '4')
                        UNION ALL
                        SELECT '抵押备案 备案号 ' || coalesce(b.dybah, '（未记载）'), b.dybah, b.dyqr
                          FROM ht.dyba b JOIN ht.dyba_h bh ON bh.dyba_id = b.id
                         WHERE bh.h_id = p_h_id AND b.bazt = '已备案') m
                 WHERE NOT EXISTS (SELECT 1 FROM aq.dyty ty
                                    WHERE ty.h_id = p_h_id AND ty.htbh = v_htbh
                                      AND (btrim(ty.dyqr) = btrim(m.dyqr) OR ty.dyzmh = m.zmh))) t;
        IF v_xx IS NOT NULL THEN
            RETURN QUERY SELECT g.gzbm, g.gzmc,
                                '房屋 ' || v_fw || ' 已抵押，未登记抵押权人同意转让'
                                || coalesce('（合同 ' || v_htbh || '）', '') || '：' || v_xx
                           FROM aq.gz g WHERE g.gzbm = 'AQ05';
        END IF;
    END IF;

    -- AQ06 行政限制 -----------------------------------------------------------------------------------------
    IF 'AQ06' = ANY (v_gz) THEN
        SELECT string_agg(x.xzlx || ' 限制编号 ' || x.xzbh || coalesce('，限制文号 ' || x.xzwh, '')
                          || coalesce('，' || x.xzjg, '')
                          || coalesce('，至 ' || x.xzjssj::text, ''), '、' ORDER BY x.xzbh)
          INTO v_xx
          FROM ht.xzxz x
         WHERE x.h_id = p_h_id AND x.xzzt = '有效' AND x.xzlx NOT IN ('查封', '预查封')
           AND (x.xzjssj IS NULL OR x.xzjssj >= current_date);
        IF v_xx IS NOT NULL THEN
            RETURN QUERY SELECT g.gzbm, g.gzmc, '房屋 ' || v_fw || ' 有行政限制：' || v_xx
                           FROM aq.gz g WHERE g.gzbm = 'AQ06';
        END IF;
    END IF;

    -- AQ07 房屋已灭失 ---------------------------------------------------------------------------------------
    IF 'AQ07' = ANY (v_gz) AND v_fwzt = '已灭失' THEN
        RETURN QUERY SELECT g.gzbm, g.gzmc,
                            '房屋 ' || v_fw || ' 在楼盘表中已灭失，不能'
                            || CASE WHEN p_lx = 'dyba' THEN '办理抵押备案' ELSE '签约或备案' END
                       FROM aq.gz g WHERE g.gzbm = 'AQ07';
    END IF;
    RETURN;
END
$$;

COMMENT ON FUNCTION aq.jc_fw(text, bigint, bigint, text[]) IS
    '交易安全校验（只读）：一户房屋对将要办理的合同或抵押备案，每条不通过的启用规则一行（规则编码、名称、指明房屋与阻止对象的中文说明）';
