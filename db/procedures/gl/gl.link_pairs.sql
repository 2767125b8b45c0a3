-- gl.link_pairs() → integer
-- 做什么: 分块找出尚未挂接的房屋与单元中可能是同一套房的对，逐对打分并排名，写入比对对工作表 gl.bdd。
-- 规则: seed §5.2.4.1（批量数据处理，初始化交易与登记的关系）；docs/linking.md「分块」。不做全量笛卡尔积，
--   只比对至少在一组分块键上相同的对（各组取并集）。前五组都限同一县级行政区：房屋编码与不动产单元号的前 6 位
--   都是县级行政区划代码（JGJ/T 246、GB/T 37346），各区县常有同名项目，不限区县时分块随全市规模平方增长：
--     1. 项目词干 + 幢号 + 房号（交易端房号或按实际层书写的房号）；
--     2. 路名门牌 + 幢号 + 房号（同上）——项目名称写法不同、旧名、别名时靠它；
--     3. 项目别名（gl.xmbm）所指的项目 + 幢号 + 房号；
--     4. 项目词干 + 幢号 + 层（名义层或实际层）+ 单元（一端缺单元时不限）——房号有笔误时靠它；
--     5. 权利人证件号；6. 登记端所记房屋编码（未核实，只作分块）。
--   每对由 gl.pair_points 打分（分项得分 fx，和为证据得分 df）；再按房屋、按单元分别排名（fwmc、dymc），
--   并记与次优候选的分差（fwcj、dycj；没有次优为空）。一条 INSERT … SELECT，集合运算。打分子查询带 OFFSET 0，
--   防止优化器把内联的打分表达式展开到求和与排序的每一处（否则每对要算十多遍）。
-- 参数: 无（读挂接特征表中没有有效或待确认挂接的行）
-- 返回: 写入 gl.bdd 的对数
-- 错误: 无
-- 调用: gl.link_run
-- 读写表: 读 gl.fwtz、gl.dytz、gl.fw_dy、gl.xmbm；写 gl.bdd

CREATE OR REPLACE FUNCTION gl.link_pairs()
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n integer;
BEGIN
    TRUNCATE gl.bdd;
    INSERT INTO gl.bdd (fwbm, bdcdyh, df, fx, fwmc, dymc, fwcj, dycj)
    WITH f AS (SELECT x.*, left(x.fwbm, 6) AS qxdm
                 FROM gl.fwtz x WHERE NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.fwbm = x.fwbm)),
         d AS (SELECT x.*, left(x.bdcdyh, 6) AS qxdm, a.gz_xm AS bm_xm
                 FROM gl.dytz x
                 LEFT JOIN gl.xmbm a ON a.bm = x.gz_xm
                WHERE NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.bdcdyh = x.bdcdyh)),
         p AS (SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.qxdm = f.qxdm AND d.gz_xmjc = f.gz_xmjc AND d.gz_zh = f.gz_zh
                                                    AND d.gz_mfh = f.gz_fh
               UNION
               SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.qxdm = f.qxdm AND d.gz_xmjc = f.gz_xmjc AND d.gz_zh = f.gz_zh
                                                    AND d.gz_mfh = f.gz_sjfh
               UNION
               SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.qxdm = f.qxdm AND d.gz_dl = f.gz_dl AND d.gz_zh = f.gz_zh
                                                    AND d.gz_mfh = f.gz_fh
               UNION
               SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.qxdm = f.qxdm AND d.gz_dl = f.gz_dl AND d.gz_zh = f.gz_zh
                                                    AND d.gz_mfh = f.gz_sjfh
               UNION
               SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.qxdm = f.qxdm AND d.bm_xm = f.gz_xm AND d.gz_zh = f.gz_zh
                                                    AND d.gz_mfh = f.gz_fh
               UNION
               SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.qxdm = f.qxdm AND d.gz_xmjc = f.gz_xmjc AND d.gz_zh = f.gz_zh
                                                    AND d.gz_mc = f.gz_c
                                                    AND (d.gz_dy = f.gz_dy OR d.gz_dy IS NULL OR f.gz_dy IS NULL)
               UNION
               SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.qxdm = f.qxdm AND d.gz_xmjc = f.gz_xmjc AND d.gz_zh = f.gz_zh
                                                    AND d.gz_mc = f.gz_sjc
                                                    AND (d.gz_dy = f.gz_dy OR d.gz_dy IS NULL OR f.gz_dy IS NULL)
               UNION
               SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.zjhm = f.zjhm
               UNION
               SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.fwbm = f.fwbm),
         s AS (SELECT p.fwbm, p.bdcdyh,
                      gl.pair_points(f.gz_xm, f.gz_xmjc, f.gz_dl, f.gz_zh, f.gz_dy, f.gz_c, f.gz_sjc, f.gz_fh, f.gz_sjfh,
                                     f.jzmj, f.tnmj, f.zjhm, f.qlrmc, f.fwbm,
                                     coalesce(d.bm_xm, d.gz_xm), d.gz_xmjc, d.gz_dl, d.gz_zh, d.gz_dy, d.gz_mc, d.gz_mfh,
                                     d.jzmj, d.tnmj, d.zjhm, d.qlrmc, d.fwbm, f.gz_qx, d.gz_qx) AS fx
                 FROM p
                 JOIN f ON f.fwbm = p.fwbm
                 JOIN d ON d.bdcdyh = p.bdcdyh
               OFFSET 0),
         t AS (SELECT s.fwbm, s.bdcdyh, s.fx,
                      (s.fx[1] + s.fx[2] + s.fx[3] + s.fx[4] + s.fx[5] + s.fx[6] + s.fx[7] + s.fx[8] + s.fx[9]
                       + s.fx[10] + s.fx[11])::integer AS df
                 FROM s)
    SELECT t.fwbm, t.bdcdyh, t.df, t.fx,
           row_number() OVER wf, row_number() OVER wd,
           t.df - lead(t.df) OVER wf, t.df - lead(t.df) OVER wd
      FROM t
    WINDOW wf AS (PARTITION BY t.fwbm ORDER BY t.df DESC, t.bdcdyh),
           wd AS (PARTITION BY t.bdcdyh ORDER BY t.df DESC, t.fwbm);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    ANALYZE gl.bdd;
    RETURN v_n;
END
$$;

COMMENT ON FUNCTION gl.link_pairs() IS
    '分块比对：尚未挂接的房屋与单元按项目、路名门牌、别名、层、证件号、所记编码分块找对，打分并按两端排名，写入 gl.bdd';
