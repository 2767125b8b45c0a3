-- stg.rk_ygdj() → integer
-- 做什么: 把本批要入库的预告与预抵押登簿结果（lybm = dbjg / dbjg_dy，登记种类 预告、预抵押）写入预告登记 djjg.ygdj，
--         一单元一行；删除墓碑删去对应业务或单元的行。
-- 规则: seed §5.2.1.6（数据入库）、§5.2.2.3 第 6 项（不动产预告预抵数据完善）；docs/loading.md。
--   1. 单元、去重、房屋编码、相同行不写、删除墓碑同 stg.rk_fdcq。
--   2. 字段同名取自映像：ygdjzl（预抵押为空时记 3 预售商品房抵押权预告）、djlx、djyy、htbh、ghyt、fwxz、jzmj、qdjg、
--      bdbzzqse、zwlxqssj、zwlxjssj、syywh、qxdm、djjg、dbr、djsj、fj、qszt；bdczl ← zl；bdcdjzmh ← bdcqzh；
--      qlr ← dyqr、ywr ← dyr（预抵押的抵押权人、抵押人；预告由 stg.rk_wsh 从权利人补）。
--   3. qszt 空为 1；已为 2 的行不被重推的 1 改回；bdcdjzmh、qlr、ywr 为空时保留原值（完善所填）；注销列
--      （zxygywh、zxsj）只由注销入库 stg.rk_zxdj 写。
-- 参数: 无（读 stg.jypc 中 rk = true 的行）
-- 返回: 写入或删除的行数
-- 错误: 数据库拒绝（时间或金额无法转换、代码不在字典、期限先后等）时抛出，由 stg.validate_batch 二分找出失败行（RK00）
-- 调用: stg.load_rows
-- 读写表: 读 stg.jypc、stg.djsj、gl.fw_dy、lpb.h；写 djjg.ygdj

CREATE OR REPLACE FUNCTION stg.rk_ygdj()
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n integer;
    v_d integer;
BEGIN
    v_d := 0;
    -- 删除墓碑：本批有删除行时才做（stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        DELETE FROM djjg.ygdj t
         USING stg.jypc p
         WHERE p.rk AND p.czlx = 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND t.ywh = p.ywh
           AND (p.lybm = 'dbjg'
                OR (t.bdcdyh = p.sjnr ->> 'bdcdyh'
                    AND NOT EXISTS (SELECT 1 FROM stg.djsj f
                                     WHERE f.lybm = 'dbjg' AND f.lyzj = replace(replace(p.ywh, '\', '\\'), '|', '\|')
                                           AND f.czlx <> 'D' AND f.bdcdyh = t.bdcdyh)));
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.ygdj t
    USING (SELECT s.ywh, s.bdcdyh, s.fwbm, s.bdczl, s.ygdjzl, s.djlx, s.djyy, coalesce(s.ywr, o.ywr) AS ywr,
                  coalesce(s.qlr, o.qlr) AS qlr, s.htbh, s.ghyt, s.fwxz, s.jzmj, s.qdjg, s.bdbzzqse, s.zwlxqssj,
                  s.zwlxjssj, coalesce(s.bdcdjzmh, o.bdcdjzmh) AS bdcdjzmh, s.syywh, s.qxdm, s.djjg, s.dbr, s.djsj,
                  s.fj, CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END AS qszt
             FROM (SELECT u.ywh,
                          u.bdcdyh,
                          coalesce(g.fwbm, h.fwbm) AS fwbm,
                          u.sjnr ->> 'zl' AS bdczl,
                          coalesce(u.sjnr ->> 'ygdjzl', CASE WHEN u.djzl = '预抵押' THEN '3' END) AS ygdjzl,
                          u.sjnr ->> 'djlx' AS djlx,
                          u.sjnr ->> 'djyy' AS djyy,
                          u.sjnr ->> 'dyr' AS ywr,
                          u.sjnr ->> 'dyqr' AS qlr,
                          u.sjnr ->> 'htbh' AS htbh,
                          u.sjnr ->> 'ghyt' AS ghyt,
                          u.sjnr ->> 'fwxz' AS fwxz,
                          (u.sjnr ->> 'jzmj')::numeric(12,2) AS jzmj,
                          (u.sjnr ->> 'qdjg')::numeric(18,2) AS qdjg,
                          (u.sjnr ->> 'bdbzzqse')::numeric(18,2) AS bdbzzqse,
                          (u.sjnr ->> 'zwlxqssj')::date AS zwlxqssj,
                          (u.sjnr ->> 'zwlxjssj')::date AS zwlxjssj,
                          u.sjnr ->> 'bdcqzh' AS bdcdjzmh,
                          u.sjnr ->> 'syywh' AS syywh,
                          u.sjnr ->> 'qxdm' AS qxdm,
                          u.sjnr ->> 'djjg' AS djjg,
                          u.sjnr ->> 'dbr' AS dbr,
                          (u.sjnr ->> 'djsj')::timestamptz AS djsj,
                          u.sjnr ->> 'fj' AS fj,
                          coalesce(u.sjnr ->> 'qszt', '1') AS qszt
                     FROM (SELECT DISTINCT ON (a.ywh, a.bdcdyh) a.ywh, a.bdcdyh, a.djzl, a.sjnr
                             FROM (SELECT p.ywh, p.sjnr ->> 'bdcdyh' AS bdcdyh, p.djzl, p.sjnr,
                                          CASE WHEN p.lybm = 'dbjg_dy' THEN 0 ELSE 1 END AS yx
                                     FROM stg.jypc p
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm IN ('dbjg', 'dbjg_dy')
                                      AND p.djzl IN ('预告', '预抵押') AND p.sjnr ->> 'bdcdyh' IS NOT NULL
                                   UNION ALL
                                   SELECT p.ywh, d.bdcdyh, p.djzl, p.sjnr || d.sjnr, 0
                                     FROM stg.jypc p
                                     JOIN stg.djsj d ON d.ywh = p.ywh AND (d.lybm = 'dbjg_dy') IS TRUE AND d.czlx <> 'D'
                                                    AND (d.jyzt = '已入库') IS TRUE
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg'
                                      AND p.djzl IN ('预告', '预抵押')) a
                            ORDER BY a.ywh, a.bdcdyh, a.yx) u
                     LEFT JOIN gl.fw_dy g ON g.bdcdyh = u.bdcdyh AND g.zt = '有效'
                     LEFT JOIN lpb.h h ON h.fwbm = u.sjnr ->> 'fwbm') s
             LEFT JOIN djjg.ygdj o ON o.ywh = s.ywh AND o.bdcdyh = s.bdcdyh
            WHERE o.id IS NULL
               OR (o.fwbm, o.bdczl, o.ygdjzl, o.djlx, o.djyy, o.ywr, o.qlr, o.htbh, o.ghyt, o.fwxz, o.jzmj, o.qdjg,
                   o.bdbzzqse, o.zwlxqssj, o.zwlxjssj, o.bdcdjzmh, o.syywh, o.qxdm, o.djjg, o.dbr, o.djsj, o.fj,
                   o.qszt)
                  IS DISTINCT FROM
                  (s.fwbm, s.bdczl, s.ygdjzl, s.djlx, s.djyy, coalesce(s.ywr, o.ywr), coalesce(s.qlr, o.qlr), s.htbh,
                   s.ghyt, s.fwxz, s.jzmj, s.qdjg, s.bdbzzqse, s.zwlxqssj, s.zwlxjssj,
                   coalesce(s.bdcdjzmh, o.bdcdjzmh), s.syywh, s.qxdm, s.djjg, s.dbr, s.djsj, s.fj,
                   CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END)) s
       ON (t.ywh = s.ywh AND t.bdcdyh = s.bdcdyh)
     WHEN MATCHED THEN
        UPDATE SET fwbm = s.fwbm, bdczl = s.bdczl, ygdjzl = s.ygdjzl, djlx = s.djlx, djyy = s.djyy, ywr = s.ywr,
                   qlr = s.qlr, htbh = s.htbh, ghyt = s.ghyt, fwxz = s.fwxz, jzmj = s.jzmj, qdjg = s.qdjg,
                   bdbzzqse = s.bdbzzqse, zwlxqssj = s.zwlxqssj, zwlxjssj = s.zwlxjssj, bdcdjzmh = s.bdcdjzmh,
                   syywh = s.syywh, qxdm = s.qxdm, djjg = s.djjg, dbr = s.dbr, djsj = s.djsj, fj = s.fj,
                   qszt = s.qszt, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, bdcdyh, fwbm, bdczl, ygdjzl, djlx, djyy, ywr, qlr, htbh, ghyt, fwxz, jzmj, qdjg, bdbzzqse,
                zwlxqssj, zwlxjssj, bdcdjzmh, syywh, qxdm, djjg, dbr, djsj, fj, qszt)
        VALUES (s.ywh, s.bdcdyh, s.fwbm, s.bdczl, s.ygdjzl, s.djlx, s.djyy, s.ywr, s.qlr, s.htbh, s.ghyt, s.fwxz,
                s.jzmj, s.qdjg, s.bdbzzqse, s.zwlxqssj, s.zwlxjssj, s.bdcdjzmh, s.syywh, s.qxdm, s.djjg, s.dbr,
                s.djsj, s.fj, s.qszt);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

COMMENT ON FUNCTION stg.rk_ygdj() IS
    '预告与预抵押登簿结果入库：每单元一行按 (业务号, 单元号) 合并到 djjg.ygdj（房屋编码取挂接，预抵押的抵押双方入权利人、义务人，历史状态不被改回；与生产行相同的不写），删除墓碑删去业务或单元的行；返回写入与删除的行数';
