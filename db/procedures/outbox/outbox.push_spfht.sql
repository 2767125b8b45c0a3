-- outbox.push_spfht(text, text, text, boolean) → integer
-- 做什么: 把一份商品房合同写入发件箱：合同主表 share_jy.spfht（当前状态）；p_mx 为真时再写合同户 spfht_h、
--         出卖人 spfht_cmr、买受人 spfht_msr（商品房网签/备案办结时）。交易确认、合同撤销、撤件只写主表。
-- 规则: seed §5.1.1（网签备案信息推送交易共享库）、§5.2.1.7；列对照见 docs/outbox.md。
--       每张目标表一条 INSERT … SELECT；sjnr = row_to_json(子查询行)::jsonb，键即 share_jy 目标表列名；
--       每行 ywh 为推送的业务号，gxsj 为 now()，slbh 为推送业务的一窗受理号。
--       合同户取 ht.spfht.h_id 所指 lpb.h：房屋编码优先取合同快照 ht.spfht.fwbm（目标主键 (htbh, fwbm) 保持稳定），
--       面积按户的面积类型取实测或预测，建筑面积优先取合同面积 ht.spfht.jzmj；单价 = 成交金额 / 建筑面积，
--       总价 = 成交金额（一份合同一户）。当事人按 jslx 分为出卖人、买受人，名称 mc → cmrmc / msrmc，
--       份额 qlbl 转成文本。源端没有的列（贷款金额、代理人）为 null。没有房屋编码的户不写合同户。
-- 参数: p_ywh 推送的交易业务号；p_htbh 合同编号；p_czlx 操作类型 I/U；p_mx 是否连同合同户与当事人一起推送
-- 返回: 写入发件箱的明细行数（合同不存在时为 0）
-- 错误: 无
-- 调用: outbox.push_business
-- 读写表: 读 yw.jyyw、ht.spfht、ht.spfht_dsr、lpb.h、lpb.ljz、lpb.zrz、lpb.xm、gl.fw_dy；写 outbox.fjx

CREATE OR REPLACE FUNCTION outbox.push_spfht(p_ywh text, p_htbh text, p_czlx text, p_mx boolean)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_ywlx  varchar(10);
    v_slbh  varchar(50);
    v_ht_id bigint;
    v_n     integer;
    v_total integer := 0;
BEGIN
    SELECT y.ywlx, y.slbh INTO v_ywlx, v_slbh FROM yw.jyyw y WHERE y.ywh = p_ywh;
    SELECT s.id INTO v_ht_id FROM ht.spfht s WHERE s.htbh = p_htbh;
    IF v_ht_id IS NULL THEN
        RETURN 0;
    END IF;

    -- 合同主表
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.spfht', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT s.htbh,
                   s.htbah,
                   p_ywh AS ywh,
                   v_slbh AS slbh,
                   x.xmbh,
                   s.ysxkzh,
                   s.qyrq,
                   s.barq,
                   s.htje,
                   s.fkfs,
                   NULL::numeric AS dkje,
                   s.htzt,
                   coalesce(s.qxdm, x.qxdm) AS qxdm,
                   now() AS gxsj
              FROM ht.spfht s
              JOIN lpb.h h ON h.id = s.h_id
              JOIN lpb.ljz l ON l.id = h.ljz_id
              JOIN lpb.zrz z ON z.id = l.zrz_id
              JOIN lpb.xm x ON x.id = z.xm_id
             WHERE s.id = v_ht_id) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    IF NOT coalesce(p_mx, false) THEN
        RETURN v_total;
    END IF;

    -- 合同户
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.spfht_h', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT s.htbh,
                   coalesce(s.fwbm, h.fwbm) AS fwbm,
                   p_ywh AS ywh,
                   g.bdcdyh,
                   coalesce(h.zl, s.zl) AS zl,
                   z.jzwmc AS zh,
                   h.dyh,
                   h.szc,
                   h.fh,
                   h.fwyt,
                   coalesce(s.jzmj, h.scjzmj, h.ycjzmj) AS jzmj,
                   CASE WHEN h.mjlx = '实测' THEN h.sctnjzmj ELSE h.yctnjzmj END AS tnjzmj,
                   CASE WHEN h.mjlx = '实测' THEN h.scftjzmj ELSE h.ycftjzmj END AS ftjzmj,
                   round(s.htje / nullif(coalesce(s.jzmj, h.scjzmj, h.ycjzmj), 0), 2) AS dj,
                   s.htje AS zj,
                   now() AS gxsj
              FROM ht.spfht s
              JOIN lpb.h h ON h.id = s.h_id
              JOIN lpb.ljz l ON l.id = h.ljz_id
              JOIN lpb.zrz z ON z.id = l.zrz_id
              LEFT JOIN gl.fw_dy g ON g.fwbm = h.fwbm AND g.zt = '有效'
             WHERE s.id = v_ht_id
               AND coalesce(s.fwbm, h.fwbm) IS NOT NULL) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 出卖人
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.spfht_cmr', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT p_htbh AS htbh,
                   d.sxh,
                   p_ywh AS ywh,
                   d.mc AS cmrmc,
                   d.zjzl,
                   d.zjhm,
                   d.dh,
                   d.dz,
                   NULL::text AS dlrmc,
                   NULL::text AS dlrzjhm,
                   now() AS gxsj
              FROM ht.spfht_dsr d
             WHERE d.ht_id = v_ht_id
               AND d.jslx = '出卖人'
             ORDER BY d.sxh) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 买受人
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.spfht_msr', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT p_htbh AS htbh,
                   d.sxh,
                   p_ywh AS ywh,
                   d.mc AS msrmc,
                   d.zjzl,
                   d.zjhm,
                   d.gyfs,
                   d.qlbl::text AS qlbl,
                   d.dh,
                   d.dz,
                   NULL::text AS dlrmc,
                   NULL::text AS dlrzjhm,
                   now() AS gxsj
              FROM ht.spfht_dsr d
             WHERE d.ht_id = v_ht_id
               AND d.jslx = '买受人'
             ORDER BY d.sxh) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    RETURN v_total;
END
$$;

COMMENT ON FUNCTION outbox.push_spfht(text, text, text, boolean) IS
    '商品房合同推送：把合同主表 spfht（当前状态）写入发件箱，p_mx 为真时连同合同户 spfht_h、出卖人 spfht_cmr、买受人 spfht_msr；返回写入的明细行数';
