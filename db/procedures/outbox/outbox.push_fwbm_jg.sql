-- outbox.push_fwbm_jg(text, text) → integer
-- 做什么: 房屋编码赋码（FWBM）业务办结时，把赋码结果写入发件箱 share_jy.fwbm_jg（答复共享登记库的
--         房屋编码申请 share_dj.fwbm_sq，seed §5.1.2）。
-- 规则: 约定赋码业务的 yw.jyyw.bz 记申请编号 sqid，yw.jyyw.fwbm 记赋予的房屋编码（docs/outbox.md）。
--       申请按 sqid 在暂存 stg.djsj（lybm = 'fwbm_sq'，lyzj = sqid）中找；找不到时取该房屋有效挂接的不动产单元号
--       最近一次申请；再找不到时 sqid 直接用 bz。申请所在业务号 sqywh、不动产单元号取自申请（没有时取挂接）。
--       结果代码 jgdm：有房屋编码为 '0'（成功，jgxx '赋码成功'），否则 '1'（jgxx '未赋码'）。fmsj = 业务办结时间。
--       sqid 仍为空时不写（目标主键非空）。一条 INSERT … SELECT；sjnr 键即 share_jy.fwbm_jg 列名；gxsj 为 now()。
-- 参数: p_ywh 交易业务号；p_czlx 操作类型 I/U
-- 返回: 写入发件箱的明细行数（0 或 1）
-- 错误: 无
-- 调用: outbox.push_business
-- 读写表: 读 yw.jyyw、stg.djsj、gl.fw_dy；写 outbox.fjx

CREATE OR REPLACE FUNCTION outbox.push_fwbm_jg(p_ywh text, p_czlx text)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_ywlx varchar(10);
    v_n    integer;
BEGIN
    SELECT y.ywlx INTO v_ywlx FROM yw.jyyw y WHERE y.ywh = p_ywh;

    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.fwbm_jg', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT coalesce(s.lyzj, y.bz) AS sqid,
                   p_ywh AS ywh,
                   s.ywh AS sqywh,
                   coalesce(s.bdcdyh, g.bdcdyh) AS bdcdyh,
                   y.fwbm,
                   CASE WHEN y.fwbm IS NOT NULL THEN '0' ELSE '1' END AS jgdm,
                   CASE WHEN y.fwbm IS NOT NULL THEN '赋码成功' ELSE '未赋码' END AS jgxx,
                   y.bjsj AS fmsj,
                   now() AS gxsj
              FROM yw.jyyw y
              LEFT JOIN gl.fw_dy g ON g.fwbm = y.fwbm AND g.zt = '有效'
              LEFT JOIN stg.djsj s ON s.id = coalesce(
                  (SELECT d.id FROM stg.djsj d WHERE d.lybm = 'fwbm_sq' AND d.lyzj = y.bz),
                  (SELECT max(d.id) FROM stg.djsj d WHERE d.lybm = 'fwbm_sq' AND d.bdcdyh = g.bdcdyh))
             WHERE y.ywh = p_ywh) t
     WHERE t.sqid IS NOT NULL;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;

COMMENT ON FUNCTION outbox.push_fwbm_jg(text, text) IS
    '房屋编码赋码结果推送：按 yw.jyyw.bz 记的申请编号与 yw.jyyw.fwbm 记的房屋编码写入发件箱 share_jy.fwbm_jg（jgdm 0 成功）；返回写入的明细行数';
