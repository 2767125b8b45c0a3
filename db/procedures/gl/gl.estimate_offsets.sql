-- gl.estimate_offsets() → integer
-- 做什么: 推算登记端各幢的层偏移：底部有架空层或商铺的楼，交易端按名义层（住宅第一层记 1 层）编房号，登记端却常按
--         实际层记（同一套房，交易端 801、登记端 1001）。偏移已知时，单元的比对用层与房号换算回名义层（gz_mc、gz_mfh）。
-- 规则: seed §5.2.4.1（所在层）；docs/linking.md「名义层与实际层」。逐套房看不出偏移（同一立面上下层面积相同），
--   须按幢看：同幢（项目词干 + 幢号，或路名门牌 + 幢号）两端的层范围，登记端最高层 = 交易端最高名义层 + k 且
--   登记端最低层 ≥ 交易端最低名义层 + k（k = 1–3）时，该幢登记端偏移 k；两种分幢键给出不同偏移时不用。
--   无偏移的单元 gz_mc = gz_c、gz_mfh = gz_fh。跳过 4、13、14 层号的楼（实际层低于名义层）由交易端的
--   gl.estimate_floors 处理，不在这里。只改值有变化的行。
-- 参数: 无
-- 返回: 更新的单元数
-- 错误: 无
-- 调用: gl.link_run（features 步骤）
-- 读写表: 读 gl.fwtz；读写 gl.dytz

CREATE OR REPLACE FUNCTION gl.estimate_offsets()
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n integer;
BEGIN
    UPDATE gl.dytz t
       SET gz_pyc = c.k,
           gz_mc = CASE WHEN c.k IS NULL THEN t.gz_c ELSE t.gz_c - c.k END,
           gz_mfh = CASE WHEN c.k IS NULL OR length(t.gz_fh) < 3 THEN t.gz_fh
                         ELSE (t.gz_c - c.k) || right(t.gz_fh, 2) END
      FROM (SELECT d.bdcdyh,
                   CASE WHEN o1.k IS NOT NULL AND o2.k IS NOT NULL AND o1.k <> o2.k THEN NULL
                        ELSE coalesce(o1.k, o2.k) END AS k
              FROM gl.dytz d
              LEFT JOIN (SELECT db.xm, db.zh, db.mx - jb.mx AS k
                           FROM (SELECT x.gz_xmjc AS xm, x.gz_zh AS zh, max(x.gz_c) AS mx, min(x.gz_c) AS mn
                                   FROM gl.dytz x WHERE x.gz_xmjc IS NOT NULL AND x.gz_zh IS NOT NULL
                                  GROUP BY 1, 2) db
                           JOIN (SELECT x.gz_xmjc AS xm, x.gz_zh AS zh, max(x.gz_c) AS mx, min(x.gz_c) AS mn
                                   FROM gl.fwtz x WHERE x.gz_xmjc IS NOT NULL AND x.gz_zh IS NOT NULL
                                  GROUP BY 1, 2) jb ON jb.xm = db.xm AND jb.zh = db.zh
                          WHERE db.mx - jb.mx BETWEEN 1 AND 3 AND db.mn >= jb.mn + (db.mx - jb.mx)) o1
                ON o1.xm = d.gz_xmjc AND o1.zh = d.gz_zh
              LEFT JOIN (SELECT db.dl, db.zh, db.mx - jb.mx AS k
                           FROM (SELECT x.gz_dl AS dl, x.gz_zh AS zh, max(x.gz_c) AS mx, min(x.gz_c) AS mn
                                   FROM gl.dytz x WHERE x.gz_dl IS NOT NULL AND x.gz_zh IS NOT NULL
                                  GROUP BY 1, 2) db
                           JOIN (SELECT x.gz_dl AS dl, x.gz_zh AS zh, max(x.gz_c) AS mx, min(x.gz_c) AS mn
                                   FROM gl.fwtz x WHERE x.gz_dl IS NOT NULL AND x.gz_zh IS NOT NULL
                                  GROUP BY 1, 2) jb ON jb.dl = db.dl AND jb.zh = db.zh
                          WHERE db.mx - jb.mx BETWEEN 1 AND 3 AND db.mn >= jb.mn + (db.mx - jb.mx)) o2
                ON o2.dl = d.gz_dl AND o2.zh = d.gz_zh) c
     WHERE t.bdcdyh = c.bdcdyh
       AND (t.gz_pyc IS DISTINCT FROM c.k
            OR t.gz_mc IS DISTINCT FROM CASE WHEN c.k IS NULL THEN t.gz_c ELSE t.gz_c - c.k END
            OR t.gz_mfh IS DISTINCT FROM CASE WHEN c.k IS NULL OR length(t.gz_fh) < 3 THEN t.gz_fh
                                              ELSE (t.gz_c - c.k) || right(t.gz_fh, 2) END);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;

COMMENT ON FUNCTION gl.estimate_offsets() IS
    '推算登记端各幢的层偏移（架空层、商铺：登记端按实际层记），换算出按名义层的比对用层与房号';
