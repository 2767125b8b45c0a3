-- stg.rk_zxdj() → integer
-- 做什么: 把本批要入库的注销登簿结果（lybm = dbjg / dbjg_dy，登记种类 注销，登记类型 400）写入注销登记 djjg.zxdj，
--         一单元一行，并在被注销的权利上记注销；删除墓碑删去注销行并撤回它记下的注销。
-- 规则: seed §5.2.1.6（数据入库）、§5.2.2.3 第 4–7 项（上下手、注销与设立的关系）；docs/loading.md。
--   1. 单元：注销登簿结果自身的 bdcdyh 加登簿结果单元行（同 stg.rk_fdcq）；两者都没有时为被注销业务（zxywh）的全部
--      单元（djjg.fdcq、dyaq_dy、ygdj、cfdj、yydj 中该业务号的行）。同一单元取单元行。
--   2. zxlx = 被注销业务的种类：在 fdcq 中 → 房地产权，dyaq → 抵押权，ygdj → 预告（含预抵押），cfdj → 查封，
--      yydj → 异议，否则 其他。字段：ywh、zxywh、djlx、zxyy、qxdm、djjg、dbr、djsj（转 timestamptz）。
--      按 (ywh, zxywh, bdcdyh) MERGE，与生产行相同的行不写。
--   3. 被注销的权利（本批注销业务的注销行所指，按单元；抵押权按业务）：
--      dyaq  zxdyywh = 注销业务号、zxdyyy ← zxyy、zxsj ← djsj、qszt 2；
--      ygdj  zxygywh、zxsj、qszt 2；yydj zxyyywh、zxyyyy、zxyydbr、zxyydjsj、qszt 2；
--      cfdj  jfywh、jfdbr、jfsj、qszt 2；fdcq qszt 2。值已相同的行不写；这些派生改动不改 rksj。
--   4. 删除墓碑（dbjg 的 D 行，不论种类）：先撤回它记下的注销（抵押权、预告、异议的注销列清空，qszt 1；房地产权
--      在没有下手时 qszt 1；查封的撤回在 stg.rk_cfdj），再删去该业务号的注销行；dbjg_dy 的 D 行删去该单元的注销行。
-- 参数: 无（读 stg.jypc 中 rk = true 的行）
-- 返回: 写入、更新或删除的行数
-- 错误: 数据库拒绝（被注销业务号为空、时间无法转换、代码不在字典等）时抛出，由 stg.validate_batch 二分找出失败行（RK00）
-- 调用: stg.load_rows（在各权利入库之后）
-- 读写表: 读 stg.jypc、stg.djsj；写 djjg.zxdj、djjg.dyaq、djjg.ygdj、djjg.yydj、djjg.cfdj、djjg.fdcq

CREATE OR REPLACE FUNCTION stg.rk_zxdj()
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n  integer;
    v_k  integer := 0;
    v_sc text[] := '{}';
    v_zx text[];
BEGIN
    -- 4. 删除墓碑（本批有删除行时才做，stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）：
    --    撤回删除的登簿结果记下的注销，删去注销行
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        v_sc := ARRAY(SELECT p.ywh FROM stg.jypc p WHERE p.rk AND p.czlx = 'D' AND p.lybm = 'dbjg');
        UPDATE djjg.dyaq t
           SET zxdyywh = NULL, zxdyyy = NULL, zxsj = NULL, qszt = '1'
         WHERE t.zxdyywh IN (SELECT unnest(v_sc));
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;

        UPDATE djjg.yydj t
           SET zxyyywh = NULL, zxyyyy = NULL, zxyydbr = NULL, zxyydjsj = NULL, qszt = '1'
         WHERE t.zxyyywh IN (SELECT unnest(v_sc));
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;

        UPDATE djjg.ygdj t
           SET zxygywh = NULL, zxsj = NULL, qszt = '1'
          FROM djjg.zxdj z
         WHERE z.ywh IN (SELECT unnest(v_sc))
           AND t.ywh = z.zxywh AND t.bdcdyh = z.bdcdyh AND t.zxygywh = z.ywh;
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;

        UPDATE djjg.fdcq t
           SET qszt = '1'
          FROM djjg.zxdj z
         WHERE z.ywh IN (SELECT unnest(v_sc))
           AND t.ywh = z.zxywh AND t.bdcdyh = z.bdcdyh AND t.qszt = '2'
           AND NOT EXISTS (SELECT 1 FROM djjg.fdcq s WHERE s.syywh = t.ywh AND s.ywh <> t.ywh AND s.bdcdyh = t.bdcdyh);
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;

        DELETE FROM djjg.zxdj t
         USING stg.jypc p
         WHERE p.rk AND p.czlx = 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND t.ywh = p.ywh
           AND (p.lybm = 'dbjg'
                OR (t.bdcdyh = p.sjnr ->> 'bdcdyh'
                    AND NOT EXISTS (SELECT 1 FROM stg.djsj f
                                     WHERE f.lybm = 'dbjg' AND f.lyzj = replace(replace(p.ywh, '\', '\\'), '|', '\|')
                                           AND f.czlx <> 'D' AND f.bdcdyh = t.bdcdyh)));
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;
    END IF;

    -- 1–2. 注销行
    MERGE INTO djjg.zxdj t
    USING (SELECT s.*
             FROM (SELECT u.ywh,
                          u.bdcdyh,
                          u.sjnr ->> 'zxywh' AS zxywh,
                          CASE WHEN EXISTS (SELECT 1 FROM djjg.fdcq r WHERE r.ywh = u.sjnr ->> 'zxywh') THEN '房地产权'
                               WHEN EXISTS (SELECT 1 FROM djjg.dyaq r WHERE r.ywh = u.sjnr ->> 'zxywh') THEN '抵押权'
                               WHEN EXISTS (SELECT 1 FROM djjg.ygdj r WHERE r.ywh = u.sjnr ->> 'zxywh') THEN '预告'
                               WHEN EXISTS (SELECT 1 FROM djjg.cfdj r WHERE r.ywh = u.sjnr ->> 'zxywh') THEN '查封'
                               WHEN EXISTS (SELECT 1 FROM djjg.yydj r WHERE r.ywh = u.sjnr ->> 'zxywh') THEN '异议'
                               ELSE '其他'
                          END AS zxlx,
                          u.sjnr ->> 'djlx' AS djlx,
                          u.sjnr ->> 'zxyy' AS zxyy,
                          u.sjnr ->> 'qxdm' AS qxdm,
                          u.sjnr ->> 'djjg' AS djjg,
                          u.sjnr ->> 'dbr' AS dbr,
                          (u.sjnr ->> 'djsj')::timestamptz AS djsj
                     FROM (SELECT DISTINCT ON (a.ywh, a.bdcdyh) a.ywh, a.bdcdyh, a.sjnr
                             FROM (SELECT p.ywh, p.sjnr ->> 'bdcdyh' AS bdcdyh, p.sjnr,
                                          CASE WHEN p.lybm = 'dbjg_dy' THEN 0 ELSE 1 END AS yx
                                     FROM stg.jypc p
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND p.djzl = '注销'
                                      AND p.sjnr ->> 'bdcdyh' IS NOT NULL
                                   UNION ALL
                                   SELECT p.ywh, d.bdcdyh, p.sjnr || d.sjnr, 0
                                     FROM stg.jypc p
                                     JOIN stg.djsj d ON d.ywh = p.ywh AND (d.lybm = 'dbjg_dy') IS TRUE AND d.czlx <> 'D'
                                                    AND (d.jyzt = '已入库') IS TRUE
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg' AND p.djzl = '注销'
                                   UNION ALL
                                   SELECT p.ywh, r.bdcdyh, p.sjnr, 2
                                     FROM stg.jypc p
                                     JOIN (SELECT f.ywh, f.bdcdyh FROM djjg.fdcq f
                                           UNION ALL SELECT d.ywh, d.bdcdyh FROM djjg.dyaq_dy d
                                           UNION ALL SELECT g.ywh, g.bdcdyh FROM djjg.ygdj g
                                           UNION ALL SELECT c.ywh, c.bdcdyh FROM djjg.cfdj c
                                           UNION ALL SELECT y.ywh, y.bdcdyh FROM djjg.yydj y) r
                                       ON r.ywh = p.sjnr ->> 'zxywh'
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg' AND p.djzl = '注销'
                                      AND p.sjnr ->> 'bdcdyh' IS NULL
                                      AND NOT EXISTS (SELECT 1 FROM stg.djsj d
                                                       WHERE d.ywh = p.ywh AND (d.lybm = 'dbjg_dy') IS TRUE AND d.czlx <> 'D')) a
                            ORDER BY a.ywh, a.bdcdyh, a.yx) u) s
             LEFT JOIN djjg.zxdj o ON o.ywh = s.ywh AND o.zxywh = s.zxywh AND o.bdcdyh = s.bdcdyh
            WHERE o.id IS NULL
               OR (o.zxlx, o.djlx, o.zxyy, o.qxdm, o.djjg, o.dbr, o.djsj)
                  IS DISTINCT FROM (s.zxlx, s.djlx, s.zxyy, s.qxdm, s.djjg, s.dbr, s.djsj)) s
       ON (t.ywh = s.ywh AND t.zxywh = s.zxywh AND t.bdcdyh = s.bdcdyh)
     WHEN MATCHED THEN
        UPDATE SET zxlx = s.zxlx, djlx = s.djlx, zxyy = s.zxyy, qxdm = s.qxdm, djjg = s.djjg, dbr = s.dbr,
                   djsj = s.djsj, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, bdcdyh, zxywh, zxlx, djlx, zxyy, qxdm, djjg, dbr, djsj)
        VALUES (s.ywh, s.bdcdyh, s.zxywh, s.zxlx, s.djlx, s.zxyy, s.qxdm, s.djjg, s.dbr, s.djsj);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    -- 3. 被注销的权利
    v_zx := ARRAY(SELECT DISTINCT p.ywh FROM stg.jypc p
                   WHERE p.rk AND p.czlx <> 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND p.djzl = '注销');
    v_n := 0;
    IF coalesce(array_length(v_zx, 1), 0) > 0 THEN
        UPDATE djjg.dyaq t
           SET zxdyywh = z.ywh, zxdyyy = z.zxyy, zxsj = z.djsj, qszt = '2'
          FROM (SELECT DISTINCT ON (z.zxywh) z.zxywh, z.ywh, z.zxyy, z.djsj
                  FROM djjg.zxdj z
                 WHERE z.ywh IN (SELECT unnest(v_zx))
                 ORDER BY z.zxywh, z.djsj DESC, z.ywh DESC) z
         WHERE t.ywh = z.zxywh
           AND (t.zxdyywh, t.zxdyyy, t.zxsj, t.qszt) IS DISTINCT FROM (z.ywh, z.zxyy, z.djsj, '2');
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;

        UPDATE djjg.ygdj t
           SET zxygywh = z.ywh, zxsj = z.djsj, qszt = '2'
          FROM (SELECT DISTINCT ON (z.zxywh, z.bdcdyh) z.zxywh, z.bdcdyh, z.ywh, z.djsj
                  FROM djjg.zxdj z
                 WHERE z.ywh IN (SELECT unnest(v_zx))
                 ORDER BY z.zxywh, z.bdcdyh, z.djsj DESC, z.ywh DESC) z
         WHERE t.ywh = z.zxywh AND t.bdcdyh = z.bdcdyh
           AND (t.zxygywh, t.zxsj, t.qszt) IS DISTINCT FROM (z.ywh, z.djsj, '2');
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;

        UPDATE djjg.yydj t
           SET zxyyywh = z.ywh, zxyyyy = z.zxyy, zxyydbr = z.dbr, zxyydjsj = z.djsj, qszt = '2'
          FROM (SELECT DISTINCT ON (z.zxywh, z.bdcdyh) z.zxywh, z.bdcdyh, z.ywh, z.zxyy, z.dbr, z.djsj
                  FROM djjg.zxdj z
                 WHERE z.ywh IN (SELECT unnest(v_zx))
                 ORDER BY z.zxywh, z.bdcdyh, z.djsj DESC, z.ywh DESC) z
         WHERE t.ywh = z.zxywh AND t.bdcdyh = z.bdcdyh
           AND (t.zxyyywh, t.zxyyyy, t.zxyydbr, t.zxyydjsj, t.qszt) IS DISTINCT FROM (z.ywh, z.zxyy, z.dbr, z.djsj, '2');
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;

        UPDATE djjg.cfdj t
           SET jfywh = z.ywh, jfdbr = z.dbr, jfsj = z.djsj, qszt = '2'
          FROM (SELECT DISTINCT ON (z.zxywh, z.bdcdyh) z.zxywh, z.bdcdyh, z.ywh, z.dbr, z.djsj
                  FROM djjg.zxdj z
                 WHERE z.ywh IN (SELECT unnest(v_zx))
                 ORDER BY z.zxywh, z.bdcdyh, z.djsj DESC, z.ywh DESC) z
         WHERE t.ywh = z.zxywh AND t.bdcdyh = z.bdcdyh
           AND (t.jfywh, t.jfdbr, t.jfsj, t.qszt) IS DISTINCT FROM (z.ywh, z.dbr, z.djsj, '2');
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;

        UPDATE djjg.fdcq t
           SET qszt = '2'
          FROM djjg.zxdj z
         WHERE z.ywh IN (SELECT unnest(v_zx))
           AND t.ywh = z.zxywh AND t.bdcdyh = z.bdcdyh AND t.qszt IS DISTINCT FROM '2';
        GET DIAGNOSTICS v_n = ROW_COUNT;
    END IF;
    RETURN v_k + v_n;
END
$$;

COMMENT ON FUNCTION stg.rk_zxdj() IS
    '注销登簿结果入库：每单元一行合并到 djjg.zxdj（注销类型取被注销业务所在的权利表），并在被注销的抵押权、预告、异议、查封、房地产权上记注销与历史状态；删除墓碑撤回注销并删去注销行；返回写入、更新与删除的行数';
