-- stg.rk_qlr() → integer
-- 做什么: 把本批要入库的权利人/义务人行（lybm = qlr）写入 djjg.qlr；删除墓碑删去对应当事人行。
-- 规则: seed §5.2.2.3 第 4 项之 4「接收权利双方数据」、§5.2.1.6（数据入库）；docs/loading.md。按 (ywh, sqrlb, sxh)
--       MERGE；字段同名取自映像；权利比例 qlbl 由 stg.qlbl_num 换算为 0–1 小数（0.5、50%、1/2）；bdcdyh 取所属
--       登簿结果（暂存中同 ywh 的 dbjg 行）的不动产单元号（多单元业务为空）；登记时间 djsj 取该业务已入库权利的
--       登簿时间，尚无时保留原值、由 stg.rk_wsh 补上；共享库没有的列（xb、gyqk、qzysxlh、sfczr）不写。
--       与生产行完全相同的行不进入 MERGE。
-- 参数: 无（读 stg.jypc 中 rk = true 的行）
-- 返回: 写入或删除的行数
-- 错误: 数据库拒绝（顺序号无法转换、权利比例越界、代码不在字典等）时抛出，由 stg.validate_batch 二分找出失败行（RK00）
-- 调用: stg.load_rows
-- 读写表: 读 stg.jypc、stg.djsj、djjg.fdcq/dyaq/ygdj/cfdj/yydj/zxdj；写 djjg.qlr

CREATE OR REPLACE FUNCTION stg.rk_qlr()
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
        DELETE FROM djjg.qlr t
         USING stg.jypc p
         WHERE p.rk AND p.lybm = 'qlr' AND p.czlx = 'D'
           AND t.ywh = p.sjnr ->> 'ywh' AND t.sqrlb = p.sjnr ->> 'sqrlb' AND t.sxh = (p.sjnr ->> 'sxh')::integer;
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.qlr t
    USING (SELECT s.ywh, coalesce(s.bdcdyh, o.bdcdyh) AS bdcdyh, s.sqrlb, s.sxh, s.qlrmc, s.zjzl, s.zjhm, s.qlrlx,
                  s.gyfs, s.qlbl, s.bdcqzh, s.dh, s.dz, coalesce(s.djsj, o.djsj) AS djsj
             FROM (SELECT p.ywh,
                          (SELECT f.bdcdyh FROM stg.djsj f
                            WHERE f.lybm = 'dbjg' AND f.lyzj = replace(replace(p.ywh, '\', '\\'), '|', '\|')
                                  AND f.czlx <> 'D') AS bdcdyh,
                          p.sjnr ->> 'sqrlb' AS sqrlb,
                          (p.sjnr ->> 'sxh')::integer AS sxh,
                          p.sjnr ->> 'qlrmc' AS qlrmc,
                          p.sjnr ->> 'zjzl' AS zjzl,
                          p.sjnr ->> 'zjhm' AS zjhm,
                          p.sjnr ->> 'qlrlx' AS qlrlx,
                          p.sjnr ->> 'gyfs' AS gyfs,
                          stg.qlbl_num(p.sjnr ->> 'qlbl') AS qlbl,
                          p.sjnr ->> 'bdcqzh' AS bdcqzh,
                          p.sjnr ->> 'dh' AS dh,
                          p.sjnr ->> 'dz' AS dz,
                          coalesce((SELECT max(f.djsj) FROM djjg.fdcq f WHERE f.ywh = p.ywh),
                                   (SELECT a.djsj FROM djjg.dyaq a WHERE a.ywh = p.ywh),
                                   (SELECT max(g.djsj) FROM djjg.ygdj g WHERE g.ywh = p.ywh),
                                   (SELECT max(c.djsj) FROM djjg.cfdj c WHERE c.ywh = p.ywh),
                                   (SELECT max(y.djsj) FROM djjg.yydj y WHERE y.ywh = p.ywh),
                                   (SELECT max(z.djsj) FROM djjg.zxdj z WHERE z.ywh = p.ywh)) AS djsj
                     FROM (SELECT p.sjnr ->> 'ywh' AS ywh, p.sjnr
                             FROM stg.jypc p
                            WHERE p.rk AND p.lybm = 'qlr' AND p.czlx <> 'D') p) s
             LEFT JOIN djjg.qlr o ON o.ywh = s.ywh AND o.sqrlb = s.sqrlb AND o.sxh = s.sxh
            WHERE o.id IS NULL
               OR (o.bdcdyh, o.qlrmc, o.zjzl, o.zjhm, o.qlrlx, o.gyfs, o.qlbl, o.bdcqzh, o.dh, o.dz, o.djsj)
                  IS DISTINCT FROM
                  (coalesce(s.bdcdyh, o.bdcdyh), s.qlrmc, s.zjzl, s.zjhm, s.qlrlx, s.gyfs, s.qlbl, s.bdcqzh,
                   s.dh, s.dz, coalesce(s.djsj, o.djsj))) s
       ON (t.ywh = s.ywh AND t.sqrlb = s.sqrlb AND t.sxh = s.sxh)
     WHEN MATCHED THEN
        UPDATE SET bdcdyh = s.bdcdyh, qlrmc = s.qlrmc, zjzl = s.zjzl, zjhm = s.zjhm, qlrlx = s.qlrlx,
                   gyfs = s.gyfs, qlbl = s.qlbl, bdcqzh = s.bdcqzh, dh = s.dh, dz = s.dz, djsj = s.djsj,
                   rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, bdcdyh, sqrlb, sxh, qlrmc, zjzl, zjhm, qlrlx, gyfs, qlbl, bdcqzh, dh, dz, djsj)
        VALUES (s.ywh, s.bdcdyh, s.sqrlb, s.sxh, s.qlrmc, s.zjzl, s.zjhm, s.qlrlx, s.gyfs, s.qlbl, s.bdcqzh,
                s.dh, s.dz, s.djsj);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

COMMENT ON FUNCTION stg.rk_qlr() IS
    '权利人行入库：按 (业务号, 申请人类别, 顺序号) 合并到 djjg.qlr（权利比例换算、单元号取所属登簿结果；与生产行相同的不写），删除墓碑删去当事人行；返回写入与删除的行数';
