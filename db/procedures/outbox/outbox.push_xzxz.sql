-- outbox.push_xzxz(text, text) → integer
-- 做什么: 行政限制设立（XZXZ）或解除（XZJC）业务办结时，把该业务设立或解除的行政限制写入发件箱
--         share_jy.xzxz，每条限制一行（解除时推送同一 xzbh 的行，带解除业务号、解除时间与已解除状态）。
-- 规则: seed §5.1.1（行政限制信息推送交易共享库）、§5.2.1.7；列对照见 docs/outbox.md。
--       取 ht.xzxz 中 szywh 或 jcywh 等于本业务号的行，一条 INSERT … SELECT；sjnr = row_to_json(子查询行)::jsonb，
--       键即 share_jy.xzxz 列名；ywh 为本业务号，gxsj 为 now()。房屋编码优先取限制快照 ht.xzxz.fwbm，
--       坐落取 lpb.h，不动产单元号取有效挂接 gl.fw_dy。htbh 只在合同限制时填写：本业务的合同编号，
--       否则该户已签约/已备案的商品房或存量房合同。
-- 参数: p_ywh 交易业务号；p_czlx 操作类型 I/U
-- 返回: 写入发件箱的明细行数（没有对应的限制时为 0）
-- 错误: 无
-- 调用: outbox.push_business
-- 读写表: 读 yw.jyyw、ht.xzxz、lpb.h、ht.spfht、ht.clfht、gl.fw_dy；写 outbox.fjx

CREATE OR REPLACE FUNCTION outbox.push_xzxz(p_ywh text, p_czlx text)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_ywlx varchar(10);
    v_htbh varchar(50);
    v_n    integer;
BEGIN
    SELECT y.ywlx, y.htbh INTO v_ywlx, v_htbh FROM yw.jyyw y WHERE y.ywh = p_ywh;

    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.xzxz', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT x.xzbh,
                   p_ywh AS ywh,
                   x.szywh,
                   x.jcywh,
                   x.xzlx,
                   coalesce(x.fwbm, h.fwbm) AS fwbm,
                   g.bdcdyh,
                   CASE WHEN x.xzlx = '合同限制' THEN
                       coalesce(v_htbh,
                                (SELECT s.htbh FROM ht.spfht s
                                  WHERE s.h_id = x.h_id AND s.htzt IN ('已签约', '已备案')),
                                (SELECT c.htbh FROM ht.clfht c
                                  WHERE c.h_id = x.h_id AND c.htzt IN ('已签约', '已备案')))
                   END AS htbh,
                   h.zl,
                   x.xzjg,
                   x.xzwh,
                   x.xzyy,
                   x.xzqssj,
                   x.xzjssj,
                   x.xzzt,
                   x.jcsj,
                   x.jcwh,
                   x.jcyy,
                   now() AS gxsj
              FROM ht.xzxz x
              JOIN lpb.h h ON h.id = x.h_id
              LEFT JOIN gl.fw_dy g ON g.fwbm = h.fwbm AND g.zt = '有效'
             WHERE x.szywh = p_ywh OR x.jcywh = p_ywh
             ORDER BY x.xzbh) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;

COMMENT ON FUNCTION outbox.push_xzxz(text, text) IS
    '行政限制推送：把设立业务号或解除业务号等于本业务的 ht.xzxz 行写入发件箱 share_jy.xzxz（一条集合语句）；返回写入的明细行数';
