-- stg.rk_zs() → integer
-- 做什么: 把本批要入库的证书/证明行（lybm = zs）写入 djjg.zs；删除墓碑删去对应证书行。
-- 规则: seed §5.2.2.3 第 4 项之 4「接收不动产登记证书」、§5.2.1.6（数据入库）；docs/loading.md。按证号 bdcqzh MERGE：
--       ywh = 证书所属的登记业务（djywh，空则 ywh），权利表按它回填证号（stg.rk_wsh）；qlr = 映像的 qlrmc
--       （生产表无 qlrmc 列）；zslx 原值；zszt 原值，空为 有效；发证时间 fzsj 转 timestamptz；登记时间 djsj 取所属
--       登记业务已入库权利的登簿时间，尚无权利时保留原值、由 stg.rk_wsh 补上。与生产行完全相同的行不进入 MERGE。
-- 参数: 无（读 stg.jypc 中 rk = true 的行）
-- 返回: 写入或删除的行数
-- 错误: 数据库拒绝（发证时间无法转换、证书状态不在 有效/注销/作废、超长等）时抛出，由 stg.validate_batch 二分找出
--       失败行（RK00）
-- 调用: stg.load_rows
-- 读写表: 读 stg.jypc、djjg.fdcq/dyaq/ygdj/cfdj/yydj/zxdj；写 djjg.zs

CREATE OR REPLACE FUNCTION stg.rk_zs()
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
        DELETE FROM djjg.zs t
         USING stg.jypc p
         WHERE p.rk AND p.lybm = 'zs' AND p.czlx = 'D' AND t.bdcqzh = p.sjnr ->> 'bdcqzh';
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.zs t
    USING (SELECT s.bdcqzh, s.zslx, s.ywh, s.bdcdyh, s.qlr, s.zl, s.qzysxlh, s.fzsj, s.zszt, s.qxdm,
                  coalesce(s.djsj, o.djsj) AS djsj
             FROM (SELECT p.sjnr ->> 'bdcqzh' AS bdcqzh,
                          p.sjnr ->> 'zslx' AS zslx,
                          p.djywh AS ywh,
                          p.sjnr ->> 'bdcdyh' AS bdcdyh,
                          p.sjnr ->> 'qlrmc' AS qlr,
                          p.sjnr ->> 'zl' AS zl,
                          p.sjnr ->> 'qzysxlh' AS qzysxlh,
                          (p.sjnr ->> 'fzsj')::timestamptz AS fzsj,
                          coalesce(p.sjnr ->> 'zszt', '有效') AS zszt,
                          p.sjnr ->> 'qxdm' AS qxdm,
                          coalesce((SELECT max(f.djsj) FROM djjg.fdcq f WHERE f.ywh = p.djywh),
                                   (SELECT a.djsj FROM djjg.dyaq a WHERE a.ywh = p.djywh),
                                   (SELECT max(g.djsj) FROM djjg.ygdj g WHERE g.ywh = p.djywh),
                                   (SELECT max(c.djsj) FROM djjg.cfdj c WHERE c.ywh = p.djywh),
                                   (SELECT max(y.djsj) FROM djjg.yydj y WHERE y.ywh = p.djywh),
                                   (SELECT max(z.djsj) FROM djjg.zxdj z WHERE z.ywh = p.djywh)) AS djsj
                     FROM (SELECT p.sjnr, coalesce(p.sjnr ->> 'djywh', p.sjnr ->> 'ywh') AS djywh
                             FROM stg.jypc p
                            WHERE p.rk AND p.lybm = 'zs' AND p.czlx <> 'D') p) s
             LEFT JOIN djjg.zs o ON o.bdcqzh = s.bdcqzh
            WHERE o.id IS NULL
               OR (o.zslx, o.ywh, o.bdcdyh, o.qlr, o.zl, o.qzysxlh, o.fzsj, o.zszt, o.qxdm, o.djsj)
                  IS DISTINCT FROM
                  (s.zslx, s.ywh, s.bdcdyh, s.qlr, s.zl, s.qzysxlh, s.fzsj, s.zszt, s.qxdm, coalesce(s.djsj, o.djsj))) s
       ON (t.bdcqzh = s.bdcqzh)
     WHEN MATCHED THEN
        UPDATE SET zslx = s.zslx, ywh = s.ywh, bdcdyh = s.bdcdyh, qlr = s.qlr, zl = s.zl, qzysxlh = s.qzysxlh,
                   fzsj = s.fzsj, zszt = s.zszt, qxdm = s.qxdm, djsj = s.djsj, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (bdcqzh, zslx, ywh, bdcdyh, qlr, zl, qzysxlh, fzsj, zszt, qxdm, djsj)
        VALUES (s.bdcqzh, s.zslx, s.ywh, s.bdcdyh, s.qlr, s.zl, s.qzysxlh, s.fzsj, s.zszt, s.qxdm, s.djsj);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

COMMENT ON FUNCTION stg.rk_zs() IS
    '证书/证明行入库：按证号合并到 djjg.zs（业务号取所属登记业务，qlrmc 入 qlr，状态空为有效；与生产行相同的不写），删除墓碑删去证书行；返回写入与删除的行数';
