-- stg.rk_sf() → integer
-- 做什么: 把本批要入库的收费行（lybm = sf）写入 djjg.sf；删除墓碑删去对应收费明细。
-- 规则: seed §5.2.1.3（收费信息）、§5.2.1.6（数据入库）；docs/loading.md。按 (ywh, sxh) MERGE；字段同名取自映像并转换
--       为列类型（金额 numeric(18,2)，数量 numeric(12,2)，收费时间 timestamptz）；与生产行完全相同的行不进入 MERGE。
-- 参数: 无（读 stg.jypc 中 rk = true 的行）
-- 返回: 写入或删除的行数
-- 错误: 数据库拒绝（金额无法转换、负金额等）时抛出，由 stg.validate_batch 二分找出失败行（RK00）
-- 调用: stg.load_rows
-- 读写表: 读 stg.jypc；写 djjg.sf

CREATE OR REPLACE FUNCTION stg.rk_sf()
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
        DELETE FROM djjg.sf t
         USING stg.jypc p
         WHERE p.rk AND p.lybm = 'sf' AND p.czlx = 'D'
           AND t.ywh = p.sjnr ->> 'ywh' AND t.sxh = (p.sjnr ->> 'sxh')::integer;
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.sf t
    USING (SELECT s.*
             FROM (SELECT p.sjnr ->> 'ywh' AS ywh,
                          (p.sjnr ->> 'sxh')::integer AS sxh,
                          p.sjnr ->> 'djywh' AS djywh,
                          p.sjnr ->> 'sfdh' AS sfdh,
                          p.sjnr ->> 'sfxm' AS sfxm,
                          p.sjnr ->> 'sfbz' AS sfbz,
                          (p.sjnr ->> 'sl')::numeric(12,2) AS sl,
                          (p.sjnr ->> 'je')::numeric(18,2) AS je,
                          p.sjnr ->> 'jfrmc' AS jfrmc,
                          (p.sjnr ->> 'sfsj')::timestamptz AS sfsj,
                          p.sjnr ->> 'sfzt' AS sfzt
                     FROM stg.jypc p
                    WHERE p.rk AND p.lybm = 'sf' AND p.czlx <> 'D') s
             LEFT JOIN djjg.sf o ON o.ywh = s.ywh AND o.sxh = s.sxh
            WHERE o.id IS NULL
               OR (o.djywh, o.sfdh, o.sfxm, o.sfbz, o.sl, o.je, o.jfrmc, o.sfsj, o.sfzt)
                  IS DISTINCT FROM (s.djywh, s.sfdh, s.sfxm, s.sfbz, s.sl, s.je, s.jfrmc, s.sfsj, s.sfzt)) s
       ON (t.ywh = s.ywh AND t.sxh = s.sxh)
     WHEN MATCHED THEN
        UPDATE SET djywh = s.djywh, sfdh = s.sfdh, sfxm = s.sfxm, sfbz = s.sfbz, sl = s.sl, je = s.je,
                   jfrmc = s.jfrmc, sfsj = s.sfsj, sfzt = s.sfzt, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, sxh, djywh, sfdh, sfxm, sfbz, sl, je, jfrmc, sfsj, sfzt)
        VALUES (s.ywh, s.sxh, s.djywh, s.sfdh, s.sfxm, s.sfbz, s.sl, s.je, s.jfrmc, s.sfsj, s.sfzt);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

COMMENT ON FUNCTION stg.rk_sf() IS
    '收费行入库：按 (业务号, 顺序号) 合并到 djjg.sf（与生产行相同的不写），删除墓碑删去收费明细；返回写入与删除的行数';
