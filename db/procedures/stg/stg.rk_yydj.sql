-- stg.rk_yydj() → integer
-- 做什么: 把本批要入库的异议登簿结果（lybm = dbjg / dbjg_dy，登记种类 异议）写入异议登记 djjg.yydj，一单元一行；
--         删除墓碑删去对应业务或单元的行。
-- 规则: seed §5.2.1.6（数据入库）；docs/loading.md。单元、去重、房屋编码、相同行不写、删除墓碑同 stg.rk_fdcq；
--       字段同名取自映像：djlx、yysx、bdcdjzmh ← bdcqzh（为空时保留原值，证书回填）、qxdm、djjg、dbr、djsj、fj、
--       qszt（空为 1；已为 2 的不被重推的 1 改回）；注销异议列（zxyyywh、zxyyyy、zxyydbr、zxyydjsj）只由注销入库
--       stg.rk_zxdj 写。
-- 参数: 无（读 stg.jypc 中 rk = true 的行）
-- 返回: 写入或删除的行数
-- 错误: 数据库拒绝（时间无法转换、代码不在字典、超长等）时抛出，由 stg.validate_batch 二分找出失败行（RK00）
-- 调用: stg.load_rows
-- 读写表: 读 stg.jypc、stg.djsj、gl.fw_dy、lpb.h；写 djjg.yydj

CREATE OR REPLACE FUNCTION stg.rk_yydj()
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
        DELETE FROM djjg.yydj t
         USING stg.jypc p
         WHERE p.rk AND p.czlx = 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND t.ywh = p.ywh
           AND (p.lybm = 'dbjg'
                OR (t.bdcdyh = p.sjnr ->> 'bdcdyh'
                    AND NOT EXISTS (SELECT 1 FROM stg.djsj f
                                     WHERE f.lybm = 'dbjg' AND f.lyzj = replace(replace(p.ywh, '\', '\\'), '|', '\|')
                                           AND f.czlx <> 'D' AND f.bdcdyh = t.bdcdyh)));
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.yydj t
    USING (SELECT s.ywh, s.bdcdyh, s.fwbm, s.djlx, s.yysx, coalesce(s.bdcdjzmh, o.bdcdjzmh) AS bdcdjzmh, s.qxdm,
                  s.djjg, s.dbr, s.djsj, s.fj, CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END AS qszt
             FROM (SELECT u.ywh,
                          u.bdcdyh,
                          coalesce(g.fwbm, h.fwbm) AS fwbm,
                          u.sjnr ->> 'djlx' AS djlx,
                          u.sjnr ->> 'yysx' AS yysx,
                          u.sjnr ->> 'bdcqzh' AS bdcdjzmh,
                          u.sjnr ->> 'qxdm' AS qxdm,
                          u.sjnr ->> 'djjg' AS djjg,
                          u.sjnr ->> 'dbr' AS dbr,
                          (u.sjnr ->> 'djsj')::timestamptz AS djsj,
                          u.sjnr ->> 'fj' AS fj,
                          coalesce(u.sjnr ->> 'qszt', '1') AS qszt
                     FROM (SELECT DISTINCT ON (a.ywh, a.bdcdyh) a.ywh, a.bdcdyh, a.sjnr
                             FROM (SELECT p.ywh, p.sjnr ->> 'bdcdyh' AS bdcdyh, p.sjnr,
                                          CASE WHEN p.lybm = 'dbjg_dy' THEN 0 ELSE 1 END AS yx
                                     FROM stg.jypc p
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND p.djzl = '异议'
                                      AND p.sjnr ->> 'bdcdyh' IS NOT NULL
                                   UNION ALL
                                   SELECT p.ywh, d.bdcdyh, p.sjnr || d.sjnr, 0
                                     FROM stg.jypc p
                                     JOIN stg.djsj d ON d.ywh = p.ywh AND (d.lybm = 'dbjg_dy') IS TRUE AND d.czlx <> 'D'
                                                    AND (d.jyzt = '已入库') IS TRUE
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg' AND p.djzl = '异议') a
                            ORDER BY a.ywh, a.bdcdyh, a.yx) u
                     LEFT JOIN gl.fw_dy g ON g.bdcdyh = u.bdcdyh AND g.zt = '有效'
                     LEFT JOIN lpb.h h ON h.fwbm = u.sjnr ->> 'fwbm') s
             LEFT JOIN djjg.yydj o ON o.ywh = s.ywh AND o.bdcdyh = s.bdcdyh
            WHERE o.id IS NULL
               OR (o.fwbm, o.djlx, o.yysx, o.bdcdjzmh, o.qxdm, o.djjg, o.dbr, o.djsj, o.fj, o.qszt)
                  IS DISTINCT FROM
                  (s.fwbm, s.djlx, s.yysx, coalesce(s.bdcdjzmh, o.bdcdjzmh), s.qxdm, s.djjg, s.dbr, s.djsj, s.fj,
                   CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END)) s
       ON (t.ywh = s.ywh AND t.bdcdyh = s.bdcdyh)
     WHEN MATCHED THEN
        UPDATE SET fwbm = s.fwbm, djlx = s.djlx, yysx = s.yysx, bdcdjzmh = s.bdcdjzmh, qxdm = s.qxdm, djjg = s.djjg,
                   dbr = s.dbr, djsj = s.djsj, fj = s.fj, qszt = s.qszt, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, bdcdyh, fwbm, djlx, yysx, bdcdjzmh, qxdm, djjg, dbr, djsj, fj, qszt)
        VALUES (s.ywh, s.bdcdyh, s.fwbm, s.djlx, s.yysx, s.bdcdjzmh, s.qxdm, s.djjg, s.dbr, s.djsj, s.fj, s.qszt);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

COMMENT ON FUNCTION stg.rk_yydj() IS
    '异议登簿结果入库：每单元一行按 (业务号, 单元号) 合并到 djjg.yydj（房屋编码取挂接，历史状态不被改回；与生产行相同的不写），删除墓碑删去业务或单元的行；返回写入与删除的行数';
