-- outbox.push_clfht(text, text, text, boolean) → integer
-- 做什么: 把一份存量房合同写入发件箱：合同主表 share_jy.clfht（当前状态）；p_mx 为真时再写合同户 clfht_h、
--         出卖人 clfht_cmr、买受人 clfht_msr（存量房网签/备案办结时）。交易确认、合同撤销、撤件只写主表。
-- 规则: seed §5.1.1（网签备案信息推送交易共享库）、§5.2.1.7；列对照见 docs/outbox.md。
--       每张目标表一条 INSERT … SELECT；sjnr = row_to_json(子查询行)::jsonb，键即 share_jy 目标表列名；
--       每行 ywh 为推送的业务号，gxsj 为 now()，slbh 为推送业务的一窗受理号。
--       经纪机构 jjjg → jjjgmc；交易端只有资金监管标志（zjjgbz）没有监管金额，zjjgje 为 null。
--       合同户取 ht.clfht.h_id 所指 lpb.h：房屋编码优先取合同快照 ht.clfht.fwbm，不动产单元号优先取有效挂接
--       gl.fw_dy、其次合同快照 ht.clfht.bdcdyh，证书号 bdcqzh 取合同；面积按户的面积类型取实测或预测，
--       建筑面积优先取合同面积；单价 = 成交金额 / 建筑面积，总价 = 成交金额。当事人 mc → cmrmc / msrmc。
--       源端没有的列（贷款金额、代理人）为 null。没有房屋编码的户不写合同户。
-- 参数: p_ywh 推送的交易业务号；p_htbh 合同编号；p_czlx 操作类型 I/U；p_mx 是否连同合同户与当事人一起推送
-- 返回: 写入发件箱的明细行数（合同不存在时为 0）
-- 错误: 无
-- 调用: outbox.push_business
-- 读写表: 读 yw.jyyw、ht.clfht、ht.clfht_dsr、lpb.h、lpb.ljz、lpb.zrz、lpb.xm、gl.fw_dy；写 outbox.fjx

CREATE OR REPLACE FUNCTION outbox.push_clfht(p_ywh text, p_htbh text, p_czlx text, p_mx boolean)
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
    SELECT c.id INTO v_ht_id FROM ht.clfht c WHERE c.htbh = p_htbh;
    IF v_ht_id IS NULL THEN
        RETURN 0;
    END IF;

    -- 合同主表
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.clfht', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT c.htbh,
                   c.htbah,
                   p_ywh AS ywh,
                   v_slbh AS slbh,
                   c.bdcqzh,
                   c.jjjg AS jjjgmc,
                   NULL::numeric AS zjjgje,
                   c.qyrq,
                   c.barq,
                   c.htje,
                   c.fkfs,
                   NULL::numeric AS dkje,
                   c.htzt,
                   coalesce(c.qxdm, x.qxdm) AS qxdm,
                   now() AS gxsj
              FROM ht.clfht c
              JOIN lpb.h h ON h.id = c.h_id
              JOIN lpb.ljz l ON l.id = h.ljz_id
              JOIN lpb.zrz z ON z.id = l.zrz_id
              JOIN lpb.xm x ON x.id = z.xm_id
             WHERE c.id = v_ht_id) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    IF NOT coalesce(p_mx, false) THEN
        RETURN v_total;
    END IF;

    -- 合同户
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.clfht_h', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT c.htbh,
                   coalesce(c.fwbm, h.fwbm) AS fwbm,
                   p_ywh AS ywh,
                   coalesce(g.bdcdyh, c.bdcdyh) AS bdcdyh,
                   c.bdcqzh,
                   coalesce(h.zl, c.zl) AS zl,
                   z.jzwmc AS zh,
                   h.dyh,
                   h.szc,
                   h.fh,
                   h.fwyt,
                   coalesce(c.jzmj, h.scjzmj, h.ycjzmj) AS jzmj,
                   CASE WHEN h.mjlx = '实测' THEN h.sctnjzmj ELSE h.yctnjzmj END AS tnjzmj,
                   CASE WHEN h.mjlx = '实测' THEN h.scftjzmj ELSE h.ycftjzmj END AS ftjzmj,
                   round(c.htje / nullif(coalesce(c.jzmj, h.scjzmj, h.ycjzmj), 0), 2) AS dj,
                   c.htje AS zj,
                   now() AS gxsj
              FROM ht.clfht c
              JOIN lpb.h h ON h.id = c.h_id
              JOIN lpb.ljz l ON l.id = h.ljz_id
              JOIN lpb.zrz z ON z.id = l.zrz_id
              LEFT JOIN gl.fw_dy g ON g.fwbm = h.fwbm AND g.zt = '有效'
             WHERE c.id = v_ht_id
               AND coalesce(c.fwbm, h.fwbm) IS NOT NULL) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 出卖人
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.clfht_cmr', p_czlx, row_to_json(t)::jsonb
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
              FROM ht.clfht_dsr d
             WHERE d.ht_id = v_ht_id
               AND d.jslx = '出卖人'
             ORDER BY d.sxh) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 买受人
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.clfht_msr', p_czlx, row_to_json(t)::jsonb
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
              FROM ht.clfht_dsr d
             WHERE d.ht_id = v_ht_id
               AND d.jslx = '买受人'
             ORDER BY d.sxh) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    RETURN v_total;
END
$$;

COMMENT ON FUNCTION outbox.push_clfht(text, text, text, boolean) IS
    '存量房合同推送：把合同主表 clfht（当前状态）写入发件箱，p_mx 为真时连同合同户 clfht_h、出卖人 clfht_cmr、买受人 clfht_msr；返回写入的明细行数';
