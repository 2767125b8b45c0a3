-- outbox.push_dyba(text, text) → integer
-- 做什么: 抵押备案（DYBA）或抵押备案注销（DYZX）业务办结时，把所涉抵押备案写入发件箱：share_jy.dyba 一份备案
--         一行（当前备案状态），share_jy.dyba_h 备案的每一户一行。
-- 规则: seed §5.2.1.7；列对照见 docs/outbox.md。
--       DYBA：取 ht.dyba.ywh = 本业务号的备案。DYZX：yw.jyyw 与 ht.dyba 之间没有注销业务号列，取已注销或已撤销、
--       且合同编号等于本业务合同编号或所含房屋为本业务房屋（h_id 或 fwbm）的备案中注销时间最近的一份。
--       没有备案号（待备案）的备案不推送（目标主键 dybah 非空）；没有房屋编码的户不写 dyba_h。
--       每张目标表一条 INSERT … SELECT；sjnr = row_to_json(子查询行)::jsonb，键即 share_jy 目标表列名；
--       ywh 为本业务号，gxsj 为 now()，slbh 为本业务的一窗受理号。主表 fwbm/bdcdyh/zl 为备案的第一户
--       （ht.dyba_h.id 最小）；dyba_h.jzmj 取抵押面积，没有时取户的实测或预测建筑面积；
--       dyba_h.dyje 只在单套抵押时填写（= 被担保主债权数额，或最高债权数额），多套时为 null（交易端不分摊）。
-- 参数: p_ywh 交易业务号；p_czlx 操作类型 I/U
-- 返回: 写入发件箱的明细行数（没有对应的备案时为 0）
-- 错误: 无
-- 调用: outbox.push_business
-- 读写表: 读 yw.jyyw、ht.dyba、ht.dyba_h、lpb.h、lpb.ljz、lpb.zrz、lpb.xm、gl.fw_dy；写 outbox.fjx

CREATE OR REPLACE FUNCTION outbox.push_dyba(p_ywh text, p_czlx text)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_ywlx  varchar(10);
    v_slbh  varchar(50);
    v_qxdm  varchar(12);
    v_ids   bigint[];
    v_n     integer;
    v_total integer := 0;
BEGIN
    SELECT y.ywlx, y.slbh, y.qxdm INTO v_ywlx, v_slbh, v_qxdm FROM yw.jyyw y WHERE y.ywh = p_ywh;
    IF v_ywlx = 'DYZX' THEN
        v_ids := ARRAY(
            SELECT d.id
              FROM ht.dyba d
              JOIN yw.jyyw y ON y.ywh = p_ywh
             WHERE d.bazt IN ('已注销', '已撤销')
               AND d.dybah IS NOT NULL
               AND (d.htbh = y.htbh
                    OR EXISTS (SELECT 1
                                 FROM ht.dyba_h dh
                                WHERE dh.dyba_id = d.id
                                  AND (dh.h_id = y.h_id OR dh.fwbm = y.fwbm)))
             ORDER BY d.zxsj DESC NULLS LAST, d.id DESC
             LIMIT 1);
    ELSE
        v_ids := ARRAY(SELECT d.id FROM ht.dyba d WHERE d.ywh = p_ywh AND d.dybah IS NOT NULL ORDER BY d.id);
    END IF;
    IF coalesce(array_length(v_ids, 1), 0) = 0 THEN
        RETURN 0;
    END IF;

    -- 抵押备案（主表的房屋取备案的第一户）
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.dyba', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT d.dybah,
                   p_ywh AS ywh,
                   v_slbh AS slbh,
                   d.htbh,
                   d.dylx,
                   d.dyfs,
                   d.dyr,
                   d.dyrzjhm,
                   d.dyqr,
                   d.dyqrzjhm,
                   d.bdbzzqse,
                   d.zgzqse,
                   d.zwlxqssj,
                   d.zwlxjssj,
                   coalesce(dh.fwbm, h.fwbm) AS fwbm,
                   g.bdcdyh,
                   h.zl,
                   d.bazt,
                   d.basj,
                   d.zxsj,
                   coalesce(v_qxdm, x.qxdm) AS qxdm,
                   now() AS gxsj
              FROM ht.dyba d
              LEFT JOIN (SELECT m.dyba_id, min(m.id) AS id
                           FROM ht.dyba_h m
                          WHERE m.dyba_id = ANY (v_ids)
                          GROUP BY m.dyba_id) f ON f.dyba_id = d.id
              LEFT JOIN ht.dyba_h dh ON dh.id = f.id
              LEFT JOIN lpb.h h ON h.id = dh.h_id
              LEFT JOIN lpb.ljz l ON l.id = h.ljz_id
              LEFT JOIN lpb.zrz z ON z.id = l.zrz_id
              LEFT JOIN lpb.xm x ON x.id = z.xm_id
              LEFT JOIN gl.fw_dy g ON g.fwbm = h.fwbm AND g.zt = '有效'
             WHERE d.id = ANY (v_ids)
             ORDER BY d.dybah) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 抵押备案户
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.dyba_h', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT d.dybah,
                   coalesce(dh.fwbm, h.fwbm) AS fwbm,
                   p_ywh AS ywh,
                   g.bdcdyh,
                   h.zl,
                   coalesce(dh.dymj, h.scjzmj, h.ycjzmj) AS jzmj,
                   CASE WHEN count(*) OVER (PARTITION BY d.id) = 1
                        THEN coalesce(d.bdbzzqse, d.zgzqse) END AS dyje,
                   now() AS gxsj
              FROM ht.dyba d
              JOIN ht.dyba_h dh ON dh.dyba_id = d.id
              JOIN lpb.h h ON h.id = dh.h_id
              LEFT JOIN gl.fw_dy g ON g.fwbm = h.fwbm AND g.zt = '有效'
             WHERE d.id = ANY (v_ids)
             ORDER BY d.dybah, dh.id) t
     WHERE t.fwbm IS NOT NULL;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    RETURN v_total;
END
$$;

COMMENT ON FUNCTION outbox.push_dyba(text, text) IS
    '抵押备案推送：把本业务的抵押备案（DYBA：ht.dyba.ywh 为本业务；DYZX：本业务合同或房屋上最近注销的备案）写入发件箱 share_jy.dyba 与每户一行的 dyba_h；返回写入的明细行数';
