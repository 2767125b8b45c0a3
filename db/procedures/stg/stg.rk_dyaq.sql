-- stg.rk_dyaq() → integer
-- 做什么: 把本批要入库的抵押权登簿结果（lybm = dbjg / dbjg_dy，登记种类 抵押权）写入抵押权 djjg.dyaq（一业务一行）与
--         抵押单元 djjg.dyaq_dy（一单元一行，多证抵押）；删除墓碑删去对应业务（单元随外键级联）或单元。
-- 规则: seed §5.2.1.6（数据入库）、§5.2.2.3 第 5 项（不动产抵押数据完善：多证抵押、抵押证明号、抵押房屋范围）；
--       docs/loading.md。
--   1. 抵押权：每个业务号一行，取本批的登簿结果行；本批只有其登簿结果单元行时取暂存中所属登簿结果的映像（单元行
--      不因二分重试的先后而违反外键）。字段同名取自映像：bdcdyh（登簿结果自身的主单元）、djlx、djyy、dybdclx、dyfs、
--      dyr、dyqr、bdbzzqse、zgzqse、zwlxqssj、zwlxjssj、syywh、qxdm、djjg、dbr、djsj、fj、qszt；bdcdjzmh ← bdcqzh。
--      qszt 空为 1，已为 2 的不被重推的 1 改回；bdcdjzmh 为空时保留原值；注销列（zxdyywh、zxdyyy、zxsj）只由
--      stg.rk_zxdj 写，在建建筑物列与抵押范围（zjjzwzl、zjjzwdyfw、zgzqqdss）只由 stg.rk_wsh 写。
--   2. 抵押单元：登簿结果自身的 bdcdyh 加每条登簿结果单元（本批的与本批重载业务已入库的）；同一单元取单元行；
--      fwbm 取挂接（同 stg.rk_fdcq）；zl ← zl；dymj = 单元建筑面积（映像 jzmj，空则 djjg.bdcdy 的建筑面积）；
--      bdcqzh = 该单元现势房地产权（qszt 1，最近登记）的证书号，无则上手业务号所指房地产权该单元的证书号；已有
--      证书号的不改（抵押时的证书）；djsj ← djsj。
--   3. 与生产行完全相同的行不进入 MERGE；MERGE 源按键去重。
--   4. 删除墓碑：dbjg 的 D 行删去该业务号的抵押权（抵押单元级联删除）；dbjg_dy 的 D 行删去该抵押单元（除非它仍是
--      所属登簿结果自身的 bdcdyh）。
-- 参数: 无（读 stg.jypc 中 rk = true 的行）
-- 返回: 写入或删除的行数（抵押权与抵押单元合计，不含级联）
-- 错误: 数据库拒绝（金额或日期无法转换、期限先后、代码不在字典等）时抛出，由 stg.validate_batch 二分找出失败行（RK00）
-- 调用: stg.load_rows
-- 读写表: 读 stg.jypc、stg.djsj、gl.fw_dy、lpb.h、djjg.bdcdy、djjg.fdcq；写 djjg.dyaq、djjg.dyaq_dy

CREATE OR REPLACE FUNCTION stg.rk_dyaq()
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n integer;
    v_u integer;
    v_d integer;
    v_e integer;
BEGIN
    v_d := 0;
    v_e := 0;
    -- 删除墓碑：本批有删除行时才做（stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        DELETE FROM djjg.dyaq t
         USING stg.jypc p
         WHERE p.rk AND p.czlx = 'D' AND p.lybm = 'dbjg' AND t.ywh = p.ywh;
        GET DIAGNOSTICS v_d = ROW_COUNT;

        DELETE FROM djjg.dyaq_dy t
         USING stg.jypc p
         WHERE p.rk AND p.czlx = 'D' AND p.lybm = 'dbjg_dy' AND t.ywh = p.ywh AND t.bdcdyh = p.sjnr ->> 'bdcdyh'
           AND NOT EXISTS (SELECT 1 FROM stg.djsj f
                            WHERE f.lybm = 'dbjg' AND f.lyzj = replace(replace(p.ywh, '\', '\\'), '|', '\|')
                                  AND f.czlx <> 'D' AND f.bdcdyh = t.bdcdyh);
        GET DIAGNOSTICS v_e = ROW_COUNT;
    END IF;

    MERGE INTO djjg.dyaq t
    USING (SELECT s.ywh, s.bdcdyh, s.djlx, s.djyy, s.dybdclx, s.dyfs, s.dyr, s.dyqr, s.bdbzzqse, s.zgzqse,
                  s.zwlxqssj, s.zwlxjssj, coalesce(s.bdcdjzmh, o.bdcdjzmh) AS bdcdjzmh, s.syywh, s.qxdm, s.djjg,
                  s.dbr, s.djsj, s.fj, CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END AS qszt
             FROM (SELECT a.ywh,
                          a.bdcdyh,
                          a.sjnr ->> 'djlx' AS djlx,
                          a.sjnr ->> 'djyy' AS djyy,
                          a.sjnr ->> 'dybdclx' AS dybdclx,
                          a.sjnr ->> 'dyfs' AS dyfs,
                          a.sjnr ->> 'dyr' AS dyr,
                          a.sjnr ->> 'dyqr' AS dyqr,
                          (a.sjnr ->> 'bdbzzqse')::numeric(18,2) AS bdbzzqse,
                          (a.sjnr ->> 'zgzqse')::numeric(18,2) AS zgzqse,
                          (a.sjnr ->> 'zwlxqssj')::date AS zwlxqssj,
                          (a.sjnr ->> 'zwlxjssj')::date AS zwlxjssj,
                          a.sjnr ->> 'bdcqzh' AS bdcdjzmh,
                          a.sjnr ->> 'syywh' AS syywh,
                          a.sjnr ->> 'qxdm' AS qxdm,
                          a.sjnr ->> 'djjg' AS djjg,
                          a.sjnr ->> 'dbr' AS dbr,
                          (a.sjnr ->> 'djsj')::timestamptz AS djsj,
                          a.sjnr ->> 'fj' AS fj,
                          coalesce(a.sjnr ->> 'qszt', '1') AS qszt
                     FROM (SELECT DISTINCT ON (b.ywh) b.ywh, b.bdcdyh, b.sjnr
                             FROM (SELECT p.ywh, p.sjnr ->> 'bdcdyh' AS bdcdyh, p.sjnr, 0 AS yx
                                     FROM stg.jypc p
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg' AND p.djzl = '抵押权'
                                   UNION ALL
                                   SELECT p.ywh, f.bdcdyh, f.sjnr, 1
                                     FROM stg.jypc p
                                     JOIN stg.djsj f ON f.lybm = 'dbjg' AND f.lyzj = replace(replace(p.ywh, '\', '\\'), '|', '\|')
                                           AND f.czlx <> 'D'
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg_dy' AND p.djzl = '抵押权') b
                            ORDER BY b.ywh, b.yx) a) s
             LEFT JOIN djjg.dyaq o ON o.ywh = s.ywh
            WHERE o.id IS NULL
               OR (o.bdcdyh, o.djlx, o.djyy, o.dybdclx, o.dyfs, o.dyr, o.dyqr, o.bdbzzqse, o.zgzqse, o.zwlxqssj,
                   o.zwlxjssj, o.bdcdjzmh, o.syywh, o.qxdm, o.djjg, o.dbr, o.djsj, o.fj, o.qszt)
                  IS DISTINCT FROM
                  (s.bdcdyh, s.djlx, s.djyy, s.dybdclx, s.dyfs, s.dyr, s.dyqr, s.bdbzzqse, s.zgzqse, s.zwlxqssj,
                   s.zwlxjssj, coalesce(s.bdcdjzmh, o.bdcdjzmh), s.syywh, s.qxdm, s.djjg, s.dbr, s.djsj, s.fj,
                   CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END)) s
       ON (t.ywh = s.ywh)
     WHEN MATCHED THEN
        UPDATE SET bdcdyh = s.bdcdyh, djlx = s.djlx, djyy = s.djyy, dybdclx = s.dybdclx, dyfs = s.dyfs, dyr = s.dyr,
                   dyqr = s.dyqr, bdbzzqse = s.bdbzzqse, zgzqse = s.zgzqse, zwlxqssj = s.zwlxqssj,
                   zwlxjssj = s.zwlxjssj, bdcdjzmh = s.bdcdjzmh, syywh = s.syywh, qxdm = s.qxdm, djjg = s.djjg,
                   dbr = s.dbr, djsj = s.djsj, fj = s.fj, qszt = s.qszt, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, bdcdyh, djlx, djyy, dybdclx, dyfs, dyr, dyqr, bdbzzqse, zgzqse, zwlxqssj, zwlxjssj, bdcdjzmh,
                syywh, qxdm, djjg, dbr, djsj, fj, qszt)
        VALUES (s.ywh, s.bdcdyh, s.djlx, s.djyy, s.dybdclx, s.dyfs, s.dyr, s.dyqr, s.bdbzzqse, s.zgzqse,
                s.zwlxqssj, s.zwlxjssj, s.bdcdjzmh, s.syywh, s.qxdm, s.djjg, s.dbr, s.djsj, s.fj, s.qszt);
    GET DIAGNOSTICS v_n = ROW_COUNT;

    MERGE INTO djjg.dyaq_dy t
    USING (SELECT s.ywh, s.bdcdyh, s.fwbm, s.zl, coalesce(o.bdcqzh, s.bdcqzh) AS bdcqzh, s.dymj, s.djsj
             FROM (SELECT u.ywh,
                          u.bdcdyh,
                          coalesce(g.fwbm, h.fwbm) AS fwbm,
                          u.sjnr ->> 'zl' AS zl,
                          coalesce((SELECT f.bdcqzh FROM djjg.fdcq f
                                     WHERE f.bdcdyh = u.bdcdyh AND f.qszt = '1' AND f.bdcqzh IS NOT NULL
                                     ORDER BY f.djsj DESC, f.id DESC LIMIT 1),
                                   (SELECT f.bdcqzh FROM djjg.fdcq f
                                     WHERE f.ywh = u.sjnr ->> 'syywh' AND f.bdcdyh = u.bdcdyh)) AS bdcqzh,
                          coalesce((u.sjnr ->> 'jzmj')::numeric(12,2), b.jzmj) AS dymj,
                          (u.sjnr ->> 'djsj')::timestamptz AS djsj
                     FROM (SELECT DISTINCT ON (a.ywh, a.bdcdyh) a.ywh, a.bdcdyh, a.sjnr
                             FROM (SELECT p.ywh, p.sjnr ->> 'bdcdyh' AS bdcdyh, p.sjnr,
                                          CASE WHEN p.lybm = 'dbjg_dy' THEN 0 ELSE 1 END AS yx
                                     FROM stg.jypc p
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND p.djzl = '抵押权'
                                      AND p.sjnr ->> 'bdcdyh' IS NOT NULL
                                   UNION ALL
                                   SELECT p.ywh, d.bdcdyh, p.sjnr || d.sjnr, 0
                                     FROM stg.jypc p
                                     JOIN stg.djsj d ON d.ywh = p.ywh AND (d.lybm = 'dbjg_dy') IS TRUE AND d.czlx <> 'D'
                                                    AND (d.jyzt = '已入库') IS TRUE
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg' AND p.djzl = '抵押权') a
                            ORDER BY a.ywh, a.bdcdyh, a.yx) u
                     LEFT JOIN gl.fw_dy g ON g.bdcdyh = u.bdcdyh AND g.zt = '有效'
                     LEFT JOIN lpb.h h ON h.fwbm = u.sjnr ->> 'fwbm'
                     LEFT JOIN djjg.bdcdy b ON b.bdcdyh = u.bdcdyh) s
             LEFT JOIN djjg.dyaq_dy o ON o.ywh = s.ywh AND o.bdcdyh = s.bdcdyh
            WHERE o.id IS NULL
               OR (o.fwbm, o.zl, o.bdcqzh, o.dymj, o.djsj)
                  IS DISTINCT FROM (s.fwbm, s.zl, coalesce(o.bdcqzh, s.bdcqzh), s.dymj, s.djsj)) s
       ON (t.ywh = s.ywh AND t.bdcdyh = s.bdcdyh)
     WHEN MATCHED THEN
        UPDATE SET fwbm = s.fwbm, zl = s.zl, bdcqzh = s.bdcqzh, dymj = s.dymj, djsj = s.djsj, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, bdcdyh, fwbm, zl, bdcqzh, dymj, djsj)
        VALUES (s.ywh, s.bdcdyh, s.fwbm, s.zl, s.bdcqzh, s.dymj, s.djsj);
    GET DIAGNOSTICS v_u = ROW_COUNT;
    RETURN v_n + v_u + v_d + v_e;
END
$$;

COMMENT ON FUNCTION stg.rk_dyaq() IS
    '抵押权登簿结果入库：每业务一行合并到 djjg.dyaq，每单元一行合并到 djjg.dyaq_dy（多证抵押；单元证书号取现势房地产权，抵押面积取单元建筑面积；与生产行相同的不写），删除墓碑删去业务或单元；返回写入与删除的行数';
