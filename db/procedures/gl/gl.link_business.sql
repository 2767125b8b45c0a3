-- gl.link_business(text, text[]) → integer
-- 做什么: 房屋与单元挂接之后，建立这些单元上的登记业务与交易业务的挂接（gl.yw_gl），并让因「未挂接」而不合格的暂存
--         登记数据重新校验。
-- 规则: seed §5.2.4.1 第 2–4 项（基于楼盘表关联关系和权利人信息，建立房屋交易与所有权登记、抵押备案与抵押登记、
--   查封备案与查封登记的关联）、§5.2.4.2 第 2–5 项、§5.2.1.6（不合格数据经关联后重新校验）；docs/linking.md「业务挂接」。
--   房屋 = 单元挂接（gl.fw_dy）所指楼盘表的户。按 (gllx, djywh, jyywh) 反连接，重复执行不新增：
--     SYQ_JY  所有权 ↔ 该房屋已办结的存量房/商品房合同备案业务（CLFBA、SPFBA），买受人证件号与该所有权权利人证件号
--             有交集，自动，0.95；
--     DY_DYBA 抵押权 ↔ 该房屋的抵押备案（已备案/已注销，有业务号），抵押权人相同，自动，抵押人也相同 1 否则 0.8；
--     CF_XZ   查封 ↔ 该房屋的行政限制（限制文号 = 查封文号），设立业务号，精确，1；
--     YG_HT   预告（非预抵押）↔ 该房屋的商品房备案/网签业务（合同编号相同 1，否则买受人名称与预告权利人相同 0.9）。
--   暂存行：这些单元上「不合格」的 stg.djsj 行重新置为「待校验」（下一次校验运行再查），写一行操作日志。
-- 参数: p_czr 操作人；p_bdcdyh 新挂接的不动产单元号
-- 返回: 新增的业务挂接数
-- 错误: 无
-- 调用: gl.link_run、人工挂接
-- 读写表: 读 gl.fw_dy、lpb.h、djjg.fdcq/qlr/dyaq/dyaq_dy/cfdj/ygdj、yw.jyyw、ht.*；写 gl.yw_gl、stg.djsj、audit.czrz

CREATE OR REPLACE FUNCTION gl.link_business(p_czr text, p_bdcdyh text[])
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n integer;
    v_k integer := 0;
    v_r integer;
BEGIN
    IF coalesce(cardinality(p_bdcdyh), 0) = 0 THEN
        RETURN 0;
    END IF;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    SELECT DISTINCT ON (f.ywh, j.ywh) 'SYQ_JY', j.ywh, f.ywh, NULL::text, 0.95, '自动',
           json_build_object('yj', '房屋挂接与权利人证件号', 'fwbm', h.fwbm, 'bdcdyh', f.bdcdyh, 'zjhm', q.zjhm)::jsonb,
           p_czr
      FROM djjg.fdcq f
      JOIN gl.fw_dy g ON g.bdcdyh = f.bdcdyh AND g.zt = '有效'
      JOIN lpb.h h ON h.fwbm = g.fwbm
      JOIN djjg.qlr q ON q.ywh = f.ywh AND q.sqrlb = '权利人' AND q.zjhm IS NOT NULL
      JOIN (SELECT c.h_id, c.htbh, s.zjhm FROM ht.clfht c JOIN ht.clfht_dsr s ON s.ht_id = c.id AND s.jslx = '买受人'
            UNION ALL
            SELECT c.h_id, c.htbh, s.zjhm FROM ht.spfht c JOIN ht.spfht_dsr s ON s.ht_id = c.id AND s.jslx = '买受人') m
           ON m.h_id = h.id AND upper(m.zjhm) = upper(q.zjhm)
      JOIN yw.jyyw j ON j.htbh = m.htbh AND j.ywlx IN ('CLFBA', 'SPFBA') AND j.zt = '办结'
     WHERE f.bdcdyh IN (SELECT unnest(p_bdcdyh))
       AND NOT EXISTS (SELECT 1 FROM gl.yw_gl l WHERE l.gllx = 'SYQ_JY' AND l.djywh = f.ywh AND l.jyywh = j.ywh)
     ORDER BY f.ywh, j.ywh;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    SELECT DISTINCT ON (a.ywh, b.ywh) 'DY_DYBA', b.ywh, a.ywh, NULL::text,
           CASE WHEN b.dyr = a.dyr THEN 1 ELSE 0.8 END, '自动',
           json_build_object('yj', '房屋挂接与抵押权人', 'dybah', b.dybah, 'fwbm', h.fwbm, 'bdcdyh', d.bdcdyh,
                             'dyqr', a.dyqr)::jsonb,
           p_czr
      FROM djjg.dyaq_dy d
      JOIN djjg.dyaq a ON a.ywh = d.ywh
      JOIN gl.fw_dy g ON g.bdcdyh = d.bdcdyh AND g.zt = '有效'
      JOIN lpb.h h ON h.fwbm = g.fwbm
      JOIN ht.dyba_h bh ON bh.h_id = h.id
      JOIN ht.dyba b ON b.id = bh.dyba_id AND b.dyqr = a.dyqr AND b.ywh IS NOT NULL AND b.bazt IN ('已备案', '已注销')
     WHERE d.bdcdyh IN (SELECT unnest(p_bdcdyh))
       AND NOT EXISTS (SELECT 1 FROM gl.yw_gl l WHERE l.gllx = 'DY_DYBA' AND l.djywh = a.ywh AND l.jyywh = b.ywh)
     ORDER BY a.ywh, b.ywh;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    SELECT DISTINCT ON (cf.ywh, x.szywh) 'CF_XZ', x.szywh, cf.ywh, NULL::text, 1, '精确',
           json_build_object('yj', '房屋挂接与查封文号', 'cfwh', cf.cfwh, 'xzbh', x.xzbh, 'fwbm', h.fwbm,
                             'bdcdyh', cf.bdcdyh)::jsonb,
           p_czr
      FROM djjg.cfdj cf
      JOIN gl.fw_dy g ON g.bdcdyh = cf.bdcdyh AND g.zt = '有效'
      JOIN lpb.h h ON h.fwbm = g.fwbm
      JOIN ht.xzxz x ON x.h_id = h.id AND x.xzwh = cf.cfwh AND x.szywh IS NOT NULL
     WHERE cf.bdcdyh IN (SELECT unnest(p_bdcdyh))
       AND NOT EXISTS (SELECT 1 FROM gl.yw_gl l WHERE l.gllx = 'CF_XZ' AND l.djywh = cf.ywh AND l.jyywh = x.szywh)
     ORDER BY cf.ywh, x.szywh;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    SELECT DISTINCT ON (y.ywh) 'YG_HT', j.ywh, y.ywh, NULL::text,
           CASE WHEN j.htbh = y.htbh THEN 1 ELSE 0.9 END, '自动',
           json_build_object('yj', CASE WHEN j.htbh = y.htbh THEN '房屋挂接与合同编号' ELSE '房屋挂接与买受人' END,
                             'htbh', j.htbh, 'fwbm', h.fwbm, 'bdcdyh', y.bdcdyh)::jsonb,
           p_czr
      FROM djjg.ygdj y
      JOIN gl.fw_dy g ON g.bdcdyh = y.bdcdyh AND g.zt = '有效'
      JOIN lpb.h h ON h.fwbm = g.fwbm
      JOIN ht.spfht c ON c.h_id = h.id AND c.htzt NOT IN ('已撤销', '草签')
      JOIN yw.jyyw j ON j.htbh = c.htbh AND j.ywlx IN ('SPFBA', 'SPFWQ') AND j.zt NOT IN ('撤件', '驳回')
     WHERE y.bdcdyh IN (SELECT unnest(p_bdcdyh)) AND coalesce(y.ygdjzl, '1') NOT IN ('3', '4')
       AND (j.htbh = y.htbh
            OR EXISTS (SELECT 1 FROM ht.spfht_dsr s
                        WHERE s.ht_id = c.id AND s.jslx = '买受人' AND strpos(coalesce(y.qlr, ''), s.mc) > 0))
       AND NOT EXISTS (SELECT 1 FROM gl.yw_gl l WHERE l.gllx = 'YG_HT' AND l.djywh = y.ywh)
     ORDER BY y.ywh, j.htbh = y.htbh DESC, j.ywlx = 'SPFBA' DESC, j.slsj DESC;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE stg.djsj d
       SET jyzt = '待校验'
     WHERE d.jyzt = '不合格' AND d.bdcdyh IN (SELECT unnest(p_bdcdyh));
    GET DIAGNOSTICS v_r = ROW_COUNT;
    IF v_r > 0 THEN
        INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgh, ly, yy)
        VALUES (p_czr, '重新校验', 'stg.djsj', NULL,
                json_build_object('units', cardinality(p_bdcdyh), 'rows', v_r)::jsonb, 'job', '单元已挂接房屋');
    END IF;
    RETURN v_k;
END
$$;

COMMENT ON FUNCTION gl.link_business(text, text[]) IS
    '业务挂接：新挂接单元上的所有权、抵押权、查封、预告与交易业务挂接；这些单元的不合格暂存行重新校验';
