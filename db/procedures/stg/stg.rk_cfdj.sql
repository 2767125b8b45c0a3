-- stg.rk_cfdj() → integer
-- 做什么: 把本批要入库的查封登簿结果（登记种类 查封，登记小类不含 解封）写入查封登记 djjg.cfdj，一单元一行；
--         解封登簿结果不新增行，而是在所解除的查封行上记解封；删除墓碑删去对应行或撤回解封。
-- 规则: seed §5.2.1.6（数据入库）、§5.2.2.3 第 7 项（不动产查封限制数据完善）；docs/loading.md。
--   1. 查封：单元、去重、房屋编码、相同行不写、删除墓碑同 stg.rk_fdcq；字段同名取自映像：djlx、cfjg、cflx、cfwj、cfwh、
--      cfqssj、cfjssj、cffw、jfywh（为空时保留原值）、qxdm、djjg、dbr、djsj、fj、qszt（空为 1；已为 2 的不改回）。
--   2. 解封（登记小类含 解封，以上手业务号 syywh 指明所解除的查封）：更新该查封的行——解封登簿结果有单元
--      （自身 bdcdyh 或登簿结果单元行）时只更新这些单元，自身 bdcdyh 为空时更新该查封的全部单元：
--      jfywh = 解封业务号，jfjg ← cfjg，jfwh ← cfwh，jfwj ← cfwj，jfdbr ← dbr，jfsj ← djsj，qszt = 2。
--      一行被本批两件解封指向时取登记时间最晚的一件。值已相同的行不写。
--   3. 登簿结果删除墓碑（任何种类）：以它为解封业务号的查封行撤回解封（解封列清空，qszt = 1）。
--   解封与撤回是派生的改动，不改 rksj（rksj 只记查封行本身的入库）。
-- 参数: 无（读 stg.jypc 中 rk = true 的行）
-- 返回: 写入、更新或删除的行数
-- 错误: 数据库拒绝（日期无法转换、查封期限先后、代码不在字典等）时抛出，由 stg.validate_batch 二分找出失败行（RK00）
-- 调用: stg.load_rows
-- 读写表: 读 stg.jypc、stg.djsj、gl.fw_dy、lpb.h；写 djjg.cfdj

CREATE OR REPLACE FUNCTION stg.rk_cfdj()
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n integer;
    v_d integer;
    v_j integer;
    v_c integer;
BEGIN
    v_d := 0;
    v_c := 0;
    -- 删除墓碑：本批有删除行时才做（stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        DELETE FROM djjg.cfdj t
         USING stg.jypc p
         WHERE p.rk AND p.czlx = 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND t.ywh = p.ywh
           AND (p.lybm = 'dbjg'
                OR (t.bdcdyh = p.sjnr ->> 'bdcdyh'
                    AND NOT EXISTS (SELECT 1 FROM stg.djsj f
                                     WHERE f.lybm = 'dbjg' AND f.lyzj = replace(replace(p.ywh, '\', '\\'), '|', '\|')
                                           AND f.czlx <> 'D' AND f.bdcdyh = t.bdcdyh)));
        GET DIAGNOSTICS v_d = ROW_COUNT;

        -- 删除的解封（或注销）业务：撤回它记在查封上的解封
        UPDATE djjg.cfdj t
           SET jfywh = NULL, jfjg = NULL, jfwh = NULL, jfwj = NULL, jfdbr = NULL, jfsj = NULL, qszt = '1'
         WHERE t.jfywh IN (SELECT p.ywh FROM stg.jypc p WHERE p.rk AND p.czlx = 'D' AND p.lybm = 'dbjg');
        GET DIAGNOSTICS v_c = ROW_COUNT;
    END IF;

    MERGE INTO djjg.cfdj t
    USING (SELECT s.ywh, s.bdcdyh, s.fwbm, s.djlx, s.cfjg, s.cflx, s.cfwj, s.cfwh, s.cfqssj, s.cfjssj, s.cffw,
                  coalesce(s.jfywh, o.jfywh) AS jfywh, s.qxdm, s.djjg, s.dbr, s.djsj, s.fj,
                  CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END AS qszt
             FROM (SELECT u.ywh,
                          u.bdcdyh,
                          coalesce(g.fwbm, h.fwbm) AS fwbm,
                          u.sjnr ->> 'djlx' AS djlx,
                          u.sjnr ->> 'cfjg' AS cfjg,
                          u.sjnr ->> 'cflx' AS cflx,
                          u.sjnr ->> 'cfwj' AS cfwj,
                          u.sjnr ->> 'cfwh' AS cfwh,
                          (u.sjnr ->> 'cfqssj')::date AS cfqssj,
                          (u.sjnr ->> 'cfjssj')::date AS cfjssj,
                          u.sjnr ->> 'cffw' AS cffw,
                          u.sjnr ->> 'jfywh' AS jfywh,
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
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND p.djzl = '查封'
                                      AND strpos(coalesce(p.sjnr ->> 'djxl', ''), '解封') = 0
                                      AND p.sjnr ->> 'bdcdyh' IS NOT NULL
                                   UNION ALL
                                   SELECT p.ywh, d.bdcdyh, p.sjnr || d.sjnr, 0
                                     FROM stg.jypc p
                                     JOIN stg.djsj d ON d.ywh = p.ywh AND (d.lybm = 'dbjg_dy') IS TRUE AND d.czlx <> 'D'
                                                    AND (d.jyzt = '已入库') IS TRUE
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg' AND p.djzl = '查封'
                                      AND strpos(coalesce(p.sjnr ->> 'djxl', ''), '解封') = 0) a
                            ORDER BY a.ywh, a.bdcdyh, a.yx) u
                     LEFT JOIN gl.fw_dy g ON g.bdcdyh = u.bdcdyh AND g.zt = '有效'
                     LEFT JOIN lpb.h h ON h.fwbm = u.sjnr ->> 'fwbm') s
             LEFT JOIN djjg.cfdj o ON o.ywh = s.ywh AND o.bdcdyh = s.bdcdyh
            WHERE o.id IS NULL
               OR (o.fwbm, o.djlx, o.cfjg, o.cflx, o.cfwj, o.cfwh, o.cfqssj, o.cfjssj, o.cffw, o.jfywh, o.qxdm, o.djjg,
                   o.dbr, o.djsj, o.fj, o.qszt)
                  IS DISTINCT FROM
                  (s.fwbm, s.djlx, s.cfjg, s.cflx, s.cfwj, s.cfwh, s.cfqssj, s.cfjssj, s.cffw,
                   coalesce(s.jfywh, o.jfywh), s.qxdm, s.djjg, s.dbr, s.djsj, s.fj,
                   CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END)) s
       ON (t.ywh = s.ywh AND t.bdcdyh = s.bdcdyh)
     WHEN MATCHED THEN
        UPDATE SET fwbm = s.fwbm, djlx = s.djlx, cfjg = s.cfjg, cflx = s.cflx, cfwj = s.cfwj, cfwh = s.cfwh,
                   cfqssj = s.cfqssj, cfjssj = s.cfjssj, cffw = s.cffw, jfywh = s.jfywh, qxdm = s.qxdm,
                   djjg = s.djjg, dbr = s.dbr, djsj = s.djsj, fj = s.fj, qszt = s.qszt, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, bdcdyh, fwbm, djlx, cfjg, cflx, cfwj, cfwh, cfqssj, cfjssj, cffw, jfywh, qxdm, djjg, dbr, djsj,
                fj, qszt)
        VALUES (s.ywh, s.bdcdyh, s.fwbm, s.djlx, s.cfjg, s.cflx, s.cfwj, s.cfwh, s.cfqssj, s.cfjssj, s.cffw,
                s.jfywh, s.qxdm, s.djjg, s.dbr, s.djsj, s.fj, s.qszt);
    GET DIAGNOSTICS v_n = ROW_COUNT;

    -- 解封：记在所解除的查封行上
    UPDATE djjg.cfdj t
       SET jfywh = r.ywh, jfjg = r.cfjg, jfwh = r.cfwh, jfwj = r.cfwj, jfdbr = r.dbr, jfsj = r.djsj, qszt = '2'
      FROM (SELECT DISTINCT ON (c.id) c.id, j.ywh, j.cfjg, j.cfwh, j.cfwj, j.dbr, j.djsj
              FROM (SELECT p.ywh,
                           p.lybm,
                           p.sjnr ->> 'syywh' AS syywh,
                           p.sjnr ->> 'bdcdyh' AS bdcdyh,
                           p.sjnr ->> 'cfjg' AS cfjg,
                           p.sjnr ->> 'cfwh' AS cfwh,
                           p.sjnr ->> 'cfwj' AS cfwj,
                           p.sjnr ->> 'dbr' AS dbr,
                           (p.sjnr ->> 'djsj')::timestamptz AS djsj
                      FROM stg.jypc p
                     WHERE p.rk AND p.czlx <> 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND p.djzl = '查封'
                       AND strpos(coalesce(p.sjnr ->> 'djxl', ''), '解封') > 0) j
              JOIN djjg.cfdj c ON c.ywh = j.syywh AND (c.bdcdyh = j.bdcdyh OR (j.lybm = 'dbjg' AND j.bdcdyh IS NULL))
             ORDER BY c.id, j.djsj DESC, j.ywh DESC) r
     WHERE t.id = r.id
       AND (t.jfywh, t.jfjg, t.jfwh, t.jfwj, t.jfdbr, t.jfsj, t.qszt)
           IS DISTINCT FROM (r.ywh, r.cfjg, r.cfwh, r.cfwj, r.dbr, r.djsj, '2');
    GET DIAGNOSTICS v_j = ROW_COUNT;
    RETURN v_n + v_d + v_j + v_c;
END
$$;

COMMENT ON FUNCTION stg.rk_cfdj() IS
    '查封登簿结果入库：查封每单元一行按 (业务号, 单元号) 合并到 djjg.cfdj，解封记在所解除的查封行上（解封列、qszt 2），删除墓碑删去行或撤回解封；返回写入、更新与删除的行数';
