-- gl.link_exact(text) → integer
-- 做什么: 精确挂接：登记端单元所记的房屋编码正是某个尚未挂接的房屋，且比对核实无矛盾时，直接挂接（挂接方式 精确，得分 1）。
-- 规则: seed §5.2.4.1 第 1 项（通过房屋编号和不动产单元号对应）；docs/linking.md「精确挂接」。旧编码会因分户、合户、
--   重新编号而过时，所以编码一致还须核实（gl.pair_points 的分项）：幢号、单元不矛盾，房号相同（或按实际层书写相同），
--   建筑面积差不超过 3.5%（缺面积时不比）；登记端缺单元号时面积差须在 1% 以内（别的单元同号房也会被错记成这个编码）；
--   同一编码被两个以上单元所记时不用它。核实不过的留给评分挂接。
-- 参数: p_czr 操作人（记入 gl.fw_dy.czr）
-- 返回: 新挂接数
-- 错误: 无
-- 调用: gl.link_run
-- 读写表: 读 gl.fwtz、gl.dytz；写 gl.fw_dy

CREATE OR REPLACE FUNCTION gl.link_exact(p_czr text)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n integer;
BEGIN
    INSERT INTO gl.fw_dy (fwbm, bdcdyh, ppdf, glfs, glyj, czr)
    SELECT c.fwbm, c.bdcdyh, 1, '精确',
           gl.pair_reasons(c.fx) || json_build_object('依据', '登记端所记房屋编码一致，比对核实无矛盾')::jsonb, p_czr
      FROM (SELECT f.fwbm, d.bdcdyh,
                   gl.pair_points(f.gz_xm, f.gz_xmjc, f.gz_dl, f.gz_zh, f.gz_dy, f.gz_c, f.gz_sjc, f.gz_fh, f.gz_sjfh,
                                  f.jzmj, f.tnmj, f.zjhm, f.qlrmc, f.fwbm,
                                  d.gz_xm, d.gz_xmjc, d.gz_dl, d.gz_zh, d.gz_dy, d.gz_mc, d.gz_mfh,
                                  d.jzmj, d.tnmj, d.zjhm, d.qlrmc, d.fwbm, f.gz_qx, d.gz_qx) AS fx
              FROM gl.dytz d
              JOIN gl.fwtz f ON f.fwbm = d.fwbm
             WHERE NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.bdcdyh = d.bdcdyh)
               AND NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.fwbm = f.fwbm)
               AND NOT EXISTS (SELECT 1 FROM gl.dytz o WHERE o.fwbm = d.fwbm AND o.bdcdyh <> d.bdcdyh)) c
     WHERE c.fx[3] >= 0 AND c.fx[4] >= 0 AND c.fx[5] >= 5 AND c.fx[7] >= 0 AND (c.fx[4] > 0 OR c.fx[7] >= 2);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;

COMMENT ON FUNCTION gl.link_exact(text) IS
    '精确挂接：登记端所记房屋编码一致且幢、单元、房号、面积核实无矛盾的单元直接挂接（得分 1）';
