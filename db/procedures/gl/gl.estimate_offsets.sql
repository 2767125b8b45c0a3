-- gl.estimate_offsets() → integer
-- 做什么: 推算登记端每一幢记层的习惯，把单元的层与房号换算成交易端的名义层（比对用层 gz_mc、比对用房号 gz_mfh）。
--         交易端按名义层编房号；登记端有的楼按实际层记：底部有架空层、商铺的楼（交易端 801 是登记端 1001，
--         偏移 +k），不设 4、13、14 层号的楼（交易端 1501 是登记端 1201）。逐套房看不出来（同一立面上下层面积相同），
--         要按幢看。
-- 规则: seed §5.2.4.1（所在层）；docs/linking.md「名义层与实际层」。登记端的幢 = 不动产单元号前 24 位（宗地代码 +
--   定着物特征码 F + 幢号，GB/T 37346），与地址写法无关。两种证据，前者优先：
--   1. 所记房屋编码：幢内登记端所记编码在交易端存在的单元（≥ 3 个），比较登记端的层与该房屋的名义层、实际层
--      （gl.estimate_floors 推算）：≥ 80% 相同为「名义」；≥ 80% 等于实际层且实际层 ≠ 名义层为「实际」
--      （换算：交易端该幢实际层 → 名义层）；≥ 80% 差同一个 k（1–3）为「偏移 k」；
--   2. 层范围：该幢的单元按路名门牌 + 幢号（或项目词干 + 幢号，交易端该词干该幢号只在一处时）对到交易端的楼，
--      登记端最高层 = 交易端最高名义层 + k 且最低层 ≥ 交易端最低名义层 + k（k = 1–3）为「偏移 k」。
--   其他单元比对用层、房号即原值。只改值有变化的行。
-- 参数: 无
-- 返回: 更新的单元数
-- 错误: 无
-- 调用: gl.link_run（features 步骤，在 gl.refresh_features 之后）
-- 读写表: 读 gl.fwtz；读写 gl.dytz

CREATE OR REPLACE FUNCTION gl.estimate_offsets()
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n integer;
BEGIN
    UPDATE gl.dytz t
       SET gz_pyc = c.k, gz_mc = c.mc,
           gz_mfh = CASE WHEN c.mc IS DISTINCT FROM t.gz_c AND length(t.gz_fh) >= 3 THEN c.mc || right(t.gz_fh, 2)
                         ELSE t.gz_fh END
      FROM (WITH hp AS (  -- 登记端所记编码在交易端存在的单元，按登记端的幢
                 SELECT left(d.bdcdyh, 24) AS zb, d.gz_c AS dc, f.gz_c AS fc, f.gz_sjc AS fsj,
                        f.gz_xm, f.gz_dl, f.gz_zh, f.gz_dy
                   FROM gl.dytz d JOIN gl.fwtz f ON f.fwbm = d.fwbm
                  WHERE substr(d.bdcdyh, 20, 1) = 'F' AND d.gz_c IS NOT NULL AND f.gz_c IS NOT NULL),
            ht AS (  -- 每幢的证据数，及与名义层、实际层相同的个数
                 SELECT h.zb, count(*) AS tot, count(*) FILTER (WHERE h.dc = h.fc) AS nm,
                        count(*) FILTER (WHERE h.dc = h.fsj AND h.fsj <> h.fc) AS ns
                   FROM hp h GROUP BY h.zb HAVING count(*) >= 3),
            hk AS (  -- 每幢最常见的层差
                 SELECT DISTINCT ON (x.zb) x.zb, x.k, x.n
                   FROM (SELECT h.zb, h.dc - h.fc AS k, count(*) AS n FROM hp h GROUP BY 1, 2) x
                  ORDER BY x.zb, x.n DESC, x.k),
            hb AS (  -- 每幢所记编码最常指向的交易端的楼
                 SELECT DISTINCT ON (x.zb) x.zb, x.xm, x.dl, x.zh
                   FROM (SELECT h.zb, h.gz_xm AS xm, h.gz_dl AS dl, h.gz_zh AS zh, count(*) AS n
                           FROM hp h GROUP BY 1, 2, 3, 4) x
                  ORDER BY x.zb, x.n DESC),
            hz AS (  -- 每幢的习惯：M 名义层、S 实际层、P 偏移 k（≥ 3 个证据、≥ 80% 一致）
                 SELECT t.zb,
                        CASE WHEN t.nm >= 0.8 * t.tot THEN 'M'
                             WHEN t.ns >= 0.8 * t.tot THEN 'S'
                             WHEN k.n >= 0.8 * t.tot AND k.k BETWEEN 1 AND 3 THEN 'P' END AS xg,
                        k.k, b.xm, b.dl, b.zh
                   FROM ht t JOIN hk k ON k.zb = t.zb JOIN hb b ON b.zb = t.zb),
            sm AS (  -- 交易端各楼 实际层 → 名义层
                 SELECT DISTINCT ON (1, 2, 3, 4) coalesce(f.gz_xm, '') AS xm, coalesce(f.gz_dl, '') AS dl,
                        f.gz_zh AS zh, f.gz_sjc AS sjc, f.gz_c AS c
                   FROM gl.fwtz f WHERE f.gz_sjc IS NOT NULL AND f.gz_sjc <> f.gz_c
                  ORDER BY 1, 2, 3, 4, 5),
            r1 AS (SELECT db.xm, db.zh, db.mx - jb.mx AS k
                     FROM (SELECT x.gz_xmjc AS xm, x.gz_zh AS zh, max(x.gz_c) AS mx, min(x.gz_c) AS mn
                             FROM gl.dytz x WHERE x.gz_xmjc IS NOT NULL AND x.gz_zh IS NOT NULL
                            GROUP BY 1, 2) db
                     JOIN (SELECT x.gz_xmjc AS xm, x.gz_zh AS zh, max(x.gz_c) AS mx, min(x.gz_c) AS mn
                             FROM gl.fwtz x WHERE x.gz_xmjc IS NOT NULL AND x.gz_zh IS NOT NULL
                            GROUP BY 1, 2
                           HAVING count(DISTINCT x.gz_dl) <= 1) jb ON jb.xm = db.xm AND jb.zh = db.zh
                    WHERE db.mx - jb.mx BETWEEN 1 AND 3 AND db.mn >= jb.mn + (db.mx - jb.mx)),
            r2 AS (SELECT db.dl, db.zh, db.mx - jb.mx AS k
                     FROM (SELECT x.gz_dl AS dl, x.gz_zh AS zh, max(x.gz_c) AS mx, min(x.gz_c) AS mn
                             FROM gl.dytz x WHERE x.gz_dl IS NOT NULL AND x.gz_zh IS NOT NULL
                            GROUP BY 1, 2) db
                     JOIN (SELECT x.gz_dl AS dl, x.gz_zh AS zh, max(x.gz_c) AS mx, min(x.gz_c) AS mn
                             FROM gl.fwtz x WHERE x.gz_dl IS NOT NULL AND x.gz_zh IS NOT NULL
                            GROUP BY 1, 2) jb ON jb.dl = db.dl AND jb.zh = db.zh
                    WHERE db.mx - jb.mx BETWEEN 1 AND 3 AND db.mn >= jb.mn + (db.mx - jb.mx))
            SELECT u.bdcdyh, u.k,
                   CASE WHEN u.gz_c IS NULL THEN NULL
                        WHEN u.xg = 'S' THEN coalesce(u.sm_c, u.gz_c)
                        WHEN u.k IS NOT NULL THEN u.gz_c - u.k
                        ELSE u.gz_c END AS mc
              FROM (SELECT d.bdcdyh, d.gz_c, z.xg, s.c AS sm_c,
                           CASE WHEN z.xg = 'P' THEN z.k
                                WHEN z.xg IS NOT NULL THEN NULL
                                WHEN o1.k IS NOT NULL AND o2.k IS NOT NULL AND o1.k <> o2.k THEN NULL
                                ELSE coalesce(o1.k, o2.k) END AS k
                      FROM gl.dytz d
                      LEFT JOIN hz z ON z.zb = left(d.bdcdyh, 24)
                      LEFT JOIN r1 o1 ON o1.xm = d.gz_xmjc AND o1.zh = d.gz_zh
                      LEFT JOIN r2 o2 ON o2.dl = d.gz_dl AND o2.zh = d.gz_zh
                      LEFT JOIN sm s ON z.xg = 'S' AND s.xm = coalesce(z.xm, '') AND s.dl = coalesce(z.dl, '')
                                    AND s.zh = z.zh AND s.sjc = d.gz_c) u) c
     WHERE t.bdcdyh = c.bdcdyh
       AND (t.gz_pyc IS DISTINCT FROM c.k OR t.gz_mc IS DISTINCT FROM c.mc
            OR t.gz_mfh IS DISTINCT FROM CASE WHEN c.mc IS DISTINCT FROM t.gz_c AND length(t.gz_fh) >= 3
                                              THEN c.mc || right(t.gz_fh, 2) ELSE t.gz_fh END);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;

COMMENT ON FUNCTION gl.estimate_offsets() IS
    '推算登记端各幢记层的习惯（名义层、实际层、偏移 k），换算出按交易端名义层的比对用层与房号';
