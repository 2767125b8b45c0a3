-- gl.candidates(text, integer) → TABLE(fwbm, bdcdyh, df, ppdf, mc, ly)
-- 做什么: 给一个房屋（房屋编码）或一个单元（不动产单元号）现算最好的挂接候选，带得分、名次与中文理由，供数据对接工具的
--         人工挂接页面使用。
-- 规则: seed §5.2.4.2 第 1 项（通过房屋坐落、面积、楼层等信息查找交易楼盘表，建立房屋编号和不动产单元号之间的关系）；
--   docs/linking.md「候选」。与批量挂接同一套分块键与打分（gl.pair_points）：对方须与它在项目词干 + 幢号、路名门牌 +
--   幢号、权利人证件号或所记房屋编码之一上相同；已挂接别的对象的对方不列出（已挂接的这一对本身列出）；按得分降序，同分按编码。
-- 参数: p_key 房屋编码或不动产单元号（在 gl.fwtz 中找到按房屋，否则按单元）；p_n 返回个数（NULL 为 5）
-- 返回: 候选行；p_key 两边都找不到时无行
-- 错误: 无
-- 调用: 数据对接工具、api
-- 读写表: 读 gl.fwtz、gl.dytz、gl.fw_dy

CREATE OR REPLACE FUNCTION gl.candidates(p_key text, p_n integer)
RETURNS TABLE (fwbm text, bdcdyh text, df integer, ppdf numeric, mc integer, ly jsonb)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    RETURN QUERY
    WITH kf AS (SELECT x.* FROM gl.fwtz x WHERE x.fwbm = p_key),
         kd AS (SELECT x.* FROM gl.dytz x WHERE x.bdcdyh = p_key AND NOT EXISTS (SELECT 1 FROM kf)),
         pf AS (SELECT f.fwbm AS k1, d.bdcdyh AS k2 FROM kf f JOIN gl.dytz d ON d.gz_xmjc = f.gz_xmjc AND d.gz_zh = f.gz_zh
                UNION SELECT f.fwbm, d.bdcdyh FROM kf f JOIN gl.dytz d ON d.gz_dl = f.gz_dl AND d.gz_zh = f.gz_zh
                UNION SELECT f.fwbm, d.bdcdyh FROM kf f JOIN gl.dytz d ON d.zjhm = f.zjhm
                UNION SELECT f.fwbm, d.bdcdyh FROM kf f JOIN gl.dytz d ON d.fwbm = f.fwbm
                UNION SELECT f.fwbm, d.bdcdyh FROM kd d JOIN gl.fwtz f ON f.gz_xmjc = d.gz_xmjc AND f.gz_zh = d.gz_zh
                UNION SELECT f.fwbm, d.bdcdyh FROM kd d JOIN gl.fwtz f ON f.gz_dl = d.gz_dl AND f.gz_zh = d.gz_zh
                UNION SELECT f.fwbm, d.bdcdyh FROM kd d JOIN gl.fwtz f ON f.zjhm = d.zjhm
                UNION SELECT f.fwbm, d.bdcdyh FROM kd d JOIN gl.fwtz f ON f.fwbm = d.fwbm),
         pairs AS (
        SELECT f.fwbm, d.bdcdyh,
               gl.pair_points(f.gz_xm, f.gz_xmjc, f.gz_dl, f.gz_zh, f.gz_dy, f.gz_c, f.gz_sjc, f.gz_fh, f.gz_sjfh,
                              f.jzmj, f.tnmj, f.zjhm, f.qlrmc, f.fwbm,
                              coalesce(a.gz_xm, d.gz_xm), d.gz_xmjc, d.gz_dl, d.gz_zh, d.gz_dy, d.gz_mc, d.gz_mfh,
                              d.jzmj, d.tnmj, d.zjhm, d.qlrmc, d.fwbm, f.gz_qx, d.gz_qx) AS fx
          FROM pf
          JOIN gl.fwtz f ON f.fwbm = pf.k1
          JOIN gl.dytz d ON d.bdcdyh = pf.k2
          LEFT JOIN gl.xmbm a ON a.bm = d.gz_xm
         WHERE NOT EXISTS (SELECT 1 FROM gl.fw_dy g
                            WHERE (g.bdcdyh = d.bdcdyh AND g.fwbm <> f.fwbm) OR (g.fwbm = f.fwbm AND g.bdcdyh <> d.bdcdyh)))
    SELECT s.fwbm::text, s.bdcdyh::text, s.df, round(1 / (1 + exp(-(s.df - 6) / 2.0)), 4),
           (row_number() OVER (ORDER BY s.df DESC, s.fwbm, s.bdcdyh))::integer,
           gl.pair_reasons(s.fx) || json_build_object('得分', s.df)::jsonb
      FROM (SELECT p.fwbm, p.bdcdyh, p.fx,
                   (p.fx[1] + p.fx[2] + p.fx[3] + p.fx[4] + p.fx[5] + p.fx[6] + p.fx[7] + p.fx[8] + p.fx[9]
                    + p.fx[10] + p.fx[11])::integer AS df
              FROM pairs p) s
     ORDER BY s.df DESC, s.fwbm, s.bdcdyh
     LIMIT coalesce(p_n, 5);
END
$$;

COMMENT ON FUNCTION gl.candidates(text, integer) IS
    '单个房屋或单元的挂接候选（现算）：同一套分块键与打分，按得分降序，带名次与中文理由';
