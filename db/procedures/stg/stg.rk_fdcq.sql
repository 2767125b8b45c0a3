-- stg.rk_fdcq() → integer
-- 做什么: 把本批要入库的所有权登簿结果（lybm = dbjg / dbjg_dy，登记种类 所有权）写入房地产权 djjg.fdcq，一单元一行；
--         删除墓碑删去对应业务（dbjg）或单元（dbjg_dy）的行。
-- 规则: seed §5.2.1.6（数据入库）、§5.2.2.3 第 4 项（不动产权属数据完善）；docs/loading.md。
--   1. 单元：登簿结果自身的 bdcdyh，加同业务号的每条登簿结果单元（本批的 dbjg_dy 行已叠加所属登簿结果映像；本批
--      重载的登簿结果另取其已入库的单元行）；同一 (ywh, bdcdyh) 取单元行（其坐落、面积为该单元的），MERGE 源不重复。
--   2. 字段同名取自映像并转为列类型：djlx、djyy、qllx、fdzl ← zl、jzmj、ghyt、fwxz、fdcjyjg、bdcqzh、qxdm、djjg、dbr、
--      djsj、fj、syywh、qszt；登簿结果没有的列（zyjzmj、ftjzmj、szc、zcs、fwjg）不写。
--   3. fwbm = 该单元的有效挂接房屋编码（gl.fw_dy），无挂接时为映像的 fwbm（须在 lpb.h 中存在），否则为空。
--   4. qszt 空为 1（现势）；已为 2（历史，上下手或注销所致）的行不被重推的 1 改回；bdcqzh 为空时保留原值（证书回填）。
--   5. 与生产行完全相同的行不进入 MERGE（重放不写任何行，id 与 rksj 不变）。
--   6. 删除墓碑：dbjg 的 D 行删去该业务号的全部行（不论登记种类）；dbjg_dy 的 D 行删去该单元的行（除非它仍是
--      所属登簿结果自身的 bdcdyh）。
-- 参数: 无（读 stg.jypc 中 rk = true 的行）
-- 返回: 写入或删除的行数
-- 错误: 数据库拒绝（时间或金额无法转换、代码不在字典、超长等）时抛出，由 stg.validate_batch 二分找出失败行（RK00）
-- 调用: stg.load_rows
-- 读写表: 读 stg.jypc、stg.djsj、gl.fw_dy、lpb.h；写 djjg.fdcq

CREATE OR REPLACE FUNCTION stg.rk_fdcq()
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
        DELETE FROM djjg.fdcq t
         USING stg.jypc p
         WHERE p.rk AND p.czlx = 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND t.ywh = p.ywh
           AND (p.lybm = 'dbjg'
                OR (t.bdcdyh = p.sjnr ->> 'bdcdyh'
                    AND NOT EXISTS (SELECT 1 FROM stg.djsj f
                                     WHERE f.lybm = 'dbjg' AND f.lyzj = replace(replace(p.ywh, '\', '\\'), '|', '\|')
                                           AND f.czlx <> 'D' AND f.bdcdyh = t.bdcdyh)));
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.fdcq t
    USING (SELECT s.ywh, s.bdcdyh, s.fwbm, s.djlx, s.djyy, s.qllx, s.fdzl, s.jzmj, s.ghyt, s.fwxz, s.fdcjyjg,
                  coalesce(s.bdcqzh, o.bdcqzh) AS bdcqzh, s.qxdm, s.djjg, s.dbr, s.djsj, s.fj, s.syywh,
                  CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END AS qszt
             FROM (SELECT u.ywh,
                          u.bdcdyh,
                          coalesce(g.fwbm, h.fwbm) AS fwbm,
                          u.sjnr ->> 'djlx' AS djlx,
                          u.sjnr ->> 'djyy' AS djyy,
                          u.sjnr ->> 'qllx' AS qllx,
                          u.sjnr ->> 'zl' AS fdzl,
                          (u.sjnr ->> 'jzmj')::numeric(12,2) AS jzmj,
                          u.sjnr ->> 'ghyt' AS ghyt,
                          u.sjnr ->> 'fwxz' AS fwxz,
                          (u.sjnr ->> 'fdcjyjg')::numeric(18,2) AS fdcjyjg,
                          u.sjnr ->> 'bdcqzh' AS bdcqzh,
                          u.sjnr ->> 'qxdm' AS qxdm,
                          u.sjnr ->> 'djjg' AS djjg,
                          u.sjnr ->> 'dbr' AS dbr,
                          (u.sjnr ->> 'djsj')::timestamptz AS djsj,
                          u.sjnr ->> 'fj' AS fj,
                          u.sjnr ->> 'syywh' AS syywh,
                          coalesce(u.sjnr ->> 'qszt', '1') AS qszt
                     FROM (SELECT DISTINCT ON (a.ywh, a.bdcdyh) a.ywh, a.bdcdyh, a.sjnr
                             FROM (SELECT p.ywh, p.sjnr ->> 'bdcdyh' AS bdcdyh, p.sjnr,
                                          CASE WHEN p.lybm = 'dbjg_dy' THEN 0 ELSE 1 END AS yx
                                     FROM stg.jypc p
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm IN ('dbjg', 'dbjg_dy')
                                      AND p.djzl = '所有权' AND p.sjnr ->> 'bdcdyh' IS NOT NULL
                                   UNION ALL
                                   SELECT p.ywh, d.bdcdyh, p.sjnr || d.sjnr, 0
                                     FROM stg.jypc p
                                     JOIN stg.djsj d ON d.ywh = p.ywh AND (d.lybm = 'dbjg_dy') IS TRUE AND d.czlx <> 'D'
                                                    AND (d.jyzt = '已入库') IS TRUE
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg' AND p.djzl = '所有权') a
                            ORDER BY a.ywh, a.bdcdyh, a.yx) u
                     LEFT JOIN gl.fw_dy g ON g.bdcdyh = u.bdcdyh AND g.zt = '有效'
                     LEFT JOIN lpb.h h ON h.fwbm = u.sjnr ->> 'fwbm') s
             LEFT JOIN djjg.fdcq o ON o.ywh = s.ywh AND o.bdcdyh = s.bdcdyh
            WHERE o.id IS NULL
               OR (o.fwbm, o.djlx, o.djyy, o.qllx, o.fdzl, o.jzmj, o.ghyt, o.fwxz, o.fdcjyjg, o.bdcqzh, o.qxdm,
                   o.djjg, o.dbr, o.djsj, o.fj, o.syywh, o.qszt)
                  IS DISTINCT FROM
                  (s.fwbm, s.djlx, s.djyy, s.qllx, s.fdzl, s.jzmj, s.ghyt, s.fwxz, s.fdcjyjg,
                   coalesce(s.bdcqzh, o.bdcqzh), s.qxdm, s.djjg, s.dbr, s.djsj, s.fj, s.syywh,
                   CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END)) s
       ON (t.ywh = s.ywh AND t.bdcdyh = s.bdcdyh)
     WHEN MATCHED THEN
        UPDATE SET fwbm = s.fwbm, djlx = s.djlx, djyy = s.djyy, qllx = s.qllx, fdzl = s.fdzl, jzmj = s.jzmj,
                   ghyt = s.ghyt, fwxz = s.fwxz, fdcjyjg = s.fdcjyjg, bdcqzh = s.bdcqzh, qxdm = s.qxdm,
                   djjg = s.djjg, dbr = s.dbr, djsj = s.djsj, fj = s.fj, syywh = s.syywh, qszt = s.qszt,
                   rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, bdcdyh, fwbm, djlx, djyy, qllx, fdzl, jzmj, ghyt, fwxz, fdcjyjg, bdcqzh, qxdm, djjg, dbr,
                djsj, fj, syywh, qszt)
        VALUES (s.ywh, s.bdcdyh, s.fwbm, s.djlx, s.djyy, s.qllx, s.fdzl, s.jzmj, s.ghyt, s.fwxz, s.fdcjyjg,
                s.bdcqzh, s.qxdm, s.djjg, s.dbr, s.djsj, s.fj, s.syywh, s.qszt);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

COMMENT ON FUNCTION stg.rk_fdcq() IS
    '所有权登簿结果入库：每单元一行按 (业务号, 单元号) 合并到 djjg.fdcq（房屋编码取挂接，历史状态不被改回；与生产行相同的不写），删除墓碑删去业务或单元的行；返回写入与删除的行数';
