-- stg.rk_yx() → integer
-- 做什么: 把本批要入库的影像索引行（lybm = yx）写入 djjg.yx；删除墓碑删去对应索引行。
-- 规则: seed §5.2.1.3（影像信息）、§5.2.1.6（数据入库）；docs/loading.md。ywh = 影像所属的登记业务（djywh，空则
--       来源行的业务号 ywh；影像业务本身见 djjg.djyw 的 glywh），按 (ywh, sha256) MERGE，同键多行取暂存 ID 最大的一行；
--       字段同名取自映像（大小 bigint）；登记时间 djsj 取该登记业务已入库权利的登簿时间，尚无权利时保留原值、
--       由 stg.rk_wsh 在权利入库后补上。与生产行完全相同的行不进入 MERGE。删除墓碑按同样的键删除。
-- 参数: 无（读 stg.jypc 中 rk = true 的行）
-- 返回: 写入或删除的行数
-- 错误: 数据库拒绝（SHA-256 格式、负大小、超长等）时抛出，由 stg.validate_batch 二分找出失败行（RK00）
-- 调用: stg.load_rows
-- 读写表: 读 stg.jypc、djjg.fdcq/dyaq/ygdj/cfdj/yydj/zxdj；写 djjg.yx

CREATE OR REPLACE FUNCTION stg.rk_yx()
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
        DELETE FROM djjg.yx t
         USING stg.jypc p
         WHERE p.rk AND p.lybm = 'yx' AND p.czlx = 'D'
           AND t.ywh = coalesce(p.sjnr ->> 'djywh', p.sjnr ->> 'ywh') AND t.sha256 = p.sjnr ->> 'sha256';
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.yx t
    USING (SELECT s.ywh, s.sha256, s.clmc, s.wjmc, s.wjlx, s.dx, s.cclj, coalesce(s.djsj, o.djsj) AS djsj
             FROM (SELECT p.djywh AS ywh,
                          p.sjnr ->> 'sha256' AS sha256,
                          p.sjnr ->> 'clmc' AS clmc,
                          p.sjnr ->> 'wjmc' AS wjmc,
                          p.sjnr ->> 'wjlx' AS wjlx,
                          (p.sjnr ->> 'dx')::bigint AS dx,
                          p.sjnr ->> 'cclj' AS cclj,
                          coalesce((SELECT max(f.djsj) FROM djjg.fdcq f WHERE f.ywh = p.djywh),
                                   (SELECT a.djsj FROM djjg.dyaq a WHERE a.ywh = p.djywh),
                                   (SELECT max(g.djsj) FROM djjg.ygdj g WHERE g.ywh = p.djywh),
                                   (SELECT max(c.djsj) FROM djjg.cfdj c WHERE c.ywh = p.djywh),
                                   (SELECT max(y.djsj) FROM djjg.yydj y WHERE y.ywh = p.djywh),
                                   (SELECT max(z.djsj) FROM djjg.zxdj z WHERE z.ywh = p.djywh)) AS djsj
                     FROM (SELECT DISTINCT ON (coalesce(p.sjnr ->> 'djywh', p.sjnr ->> 'ywh'), p.sjnr ->> 'sha256')
                                  p.sjnr, coalesce(p.sjnr ->> 'djywh', p.sjnr ->> 'ywh') AS djywh
                             FROM stg.jypc p
                            WHERE p.rk AND p.lybm = 'yx' AND p.czlx <> 'D'
                            ORDER BY coalesce(p.sjnr ->> 'djywh', p.sjnr ->> 'ywh'), p.sjnr ->> 'sha256', p.id DESC) p) s
             LEFT JOIN djjg.yx o ON o.ywh = s.ywh AND o.sha256 = s.sha256
            WHERE o.id IS NULL
               OR (o.clmc, o.wjmc, o.wjlx, o.dx, o.cclj, o.djsj)
                  IS DISTINCT FROM (s.clmc, s.wjmc, s.wjlx, s.dx, s.cclj, coalesce(s.djsj, o.djsj))) s
       ON (t.ywh = s.ywh AND t.sha256 = s.sha256)
     WHEN MATCHED THEN
        UPDATE SET clmc = s.clmc, wjmc = s.wjmc, wjlx = s.wjlx, dx = s.dx, cclj = s.cclj, djsj = s.djsj,
                   rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, sha256, clmc, wjmc, wjlx, dx, cclj, djsj)
        VALUES (s.ywh, s.sha256, s.clmc, s.wjmc, s.wjlx, s.dx, s.cclj, s.djsj);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

COMMENT ON FUNCTION stg.rk_yx() IS
    '影像索引行入库：按 (所属登记业务号, SHA-256) 合并到 djjg.yx（登记时间取所属登记业务的登簿时间；与生产行相同的不写），删除墓碑删去索引行；返回写入与删除的行数';
