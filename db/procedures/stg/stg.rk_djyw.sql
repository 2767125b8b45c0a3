-- stg.rk_djyw() → integer
-- 做什么: 把本批要入库的共享主表行（lybm = gxzb）写入登记业务 djjg.djyw；删除墓碑删去对应业务行。
-- 规则: seed §5.2.1.6（数据入库）、§5.2.1.7 第 4 项。按业务号 ywh MERGE（幂等：同一行重复入库结果不变）；
--       字段同名取自映像（docs/validation.md「入库映射」）；rksj 为入库时刻。
-- 参数: 无（读 stg.jypc 中 rk = true 的行）
-- 返回: 写入或删除的行数
-- 错误: 数据库拒绝（如时间无法转换）时抛出，由 stg.validate_batch 二分找出失败行
-- 调用: stg.load_rows
-- 读写表: 读 stg.jypc；写 djjg.djyw

CREATE OR REPLACE FUNCTION stg.rk_djyw()
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n integer;
    v_d integer;
BEGIN
    MERGE INTO djjg.djyw t
    USING (SELECT p.sjnr ->> 'ywh' AS ywh,
                  p.sjnr ->> 'ywlx' AS ywlx,
                  p.sjnr ->> 'djlx' AS djlx,
                  p.sjnr ->> 'qllx' AS qllx,
                  p.sjnr ->> 'djxl' AS djxl,
                  p.sjnr ->> 'ywzt' AS ywzt,
                  p.sjnr ->> 'fwbm' AS fwbm,
                  p.sjnr ->> 'bdcdyh' AS bdcdyh,
                  p.sjnr ->> 'htbh' AS htbh,
                  p.sjnr ->> 'slbh' AS slbh,
                  p.sjnr ->> 'jyywh' AS jyywh,
                  p.sjnr ->> 'glywh' AS glywh,
                  p.sjnr ->> 'bdcqzh' AS bdcqzh,
                  p.sjnr ->> 'qxdm' AS qxdm,
                  (p.sjnr ->> 'mxsl')::integer AS mxsl,
                  (p.sjnr ->> 'bjsj')::timestamptz AS bjsj,
                  (p.sjnr ->> 'tssj')::timestamptz AS tssj
             FROM stg.jypc p
            WHERE p.rk AND p.lybm = 'gxzb' AND p.czlx <> 'D') s
       ON (t.ywh = s.ywh)
     WHEN MATCHED THEN
        UPDATE SET ywlx = s.ywlx, djlx = s.djlx, qllx = s.qllx, djxl = s.djxl, ywzt = s.ywzt, fwbm = s.fwbm,
                   bdcdyh = s.bdcdyh, htbh = s.htbh, slbh = s.slbh, jyywh = s.jyywh, glywh = s.glywh,
                   bdcqzh = s.bdcqzh, qxdm = s.qxdm, mxsl = s.mxsl, bjsj = s.bjsj, tssj = s.tssj, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, ywlx, djlx, qllx, djxl, ywzt, fwbm, bdcdyh, htbh, slbh, jyywh, glywh, bdcqzh, qxdm, mxsl,
                bjsj, tssj)
        VALUES (s.ywh, s.ywlx, s.djlx, s.qllx, s.djxl, s.ywzt, s.fwbm, s.bdcdyh, s.htbh, s.slbh, s.jyywh, s.glywh,
                s.bdcqzh, s.qxdm, s.mxsl, s.bjsj, s.tssj);
    GET DIAGNOSTICS v_n = ROW_COUNT;

    DELETE FROM djjg.djyw t
     USING stg.jypc p
     WHERE p.rk AND p.lybm = 'gxzb' AND p.czlx = 'D' AND t.ywh = p.ywh;
    GET DIAGNOSTICS v_d = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

COMMENT ON FUNCTION stg.rk_djyw() IS
    '共享主表行入库：按业务号合并到登记业务 djjg.djyw，删除墓碑删去业务行；返回写入与删除的行数';
