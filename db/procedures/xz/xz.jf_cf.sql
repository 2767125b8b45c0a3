-- xz.jf_cf(bigint[], jsonb) → TABLE(id bigint, gx jsonb)
-- 做什么: 解封指明查封：把所选解封登记暂存行的上手业务号 syywh 改为该不动产单元已登记、尚未解封的查封业务；
--         单元上有几个时按参数 cfwh（查封文号）选定；只有恰好一个时才改。
-- 规则: TD/T 1066 CFDJ（解封业务号）；修正规则 CF06（stg.jc_jf：解封须指明已登记且未解除的查封）。
--   解封行 = 来源表 dbjg、登记种类 查封、登记小类含「解封」。单元 = 暂存行的不动产单元号（去首尾空白）。
--   候选 = djjg.cfdj 中该单元的查封：解封业务号 jfywh 为空、qszt 不是 2，参数 cfwh 有值时查封文号（去首尾空白）
--   须与之相同；且暂存区没有另一件尚未入库（待校验、合格）、非删除的解封（业务号不同于本行）已指明它（同 stg.jc_jf）。
--   一个查封有几个单元时在 djjg.cfdj 中有几行，按业务号计为一个。没有单元号、映像没有 syywh、候选不是恰好一个、
--   上手业务号已相同的行不改；删除墓碑不改。只读，一条集合语句：按单元号连接 djjg.cfdj（有索引）。
-- 参数: p_ids 暂存行ID；p_cs {"cfwh": 查封文号}（可省）
-- 返回: 每个要改的行一条：(id, {"syywh": "查封业务号"})
-- 错误: 无
-- 调用: xz.run（修正过程目录 xz.gc 中的 xz.jf_cf）
-- 读写表: 读 stg.djsj、stg.dcl、djjg.cfdj

CREATE OR REPLACE FUNCTION xz.jf_cf(p_ids bigint[], p_cs jsonb)
RETURNS TABLE (id bigint, gx jsonb)
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_cfwh  text := nullif(btrim(p_cs ->> 'cfwh'), '');
BEGIN
    RETURN QUERY
    WITH r AS (
        SELECT d.id, coalesce(d.ywh, '') AS ywh, btrim(d.bdcdyh) AS dyh, d.sjnr ->> 'syywh' AS v
          FROM stg.djsj d
         WHERE d.id = ANY (p_ids) AND d.czlx <> 'D' AND d.lybm = 'dbjg' AND d.djzl = '查封'
           AND strpos(coalesce(d.sjnr ->> 'djxl', ''), '解封') > 0 AND d.sjnr ? 'syywh' AND btrim(d.bdcdyh) <> ''
    ),
    c AS (
        SELECT DISTINCT r.id, f.ywh AS cf
          FROM r
          JOIN djjg.cfdj f ON f.bdcdyh = r.dyh
         WHERE coalesce(btrim(f.jfywh), '') = '' AND coalesce(f.qszt, '1') <> '2' AND f.ywh <> r.ywh
           AND (v_cfwh IS NULL OR btrim(f.cfwh) = v_cfwh)
           AND NOT EXISTS (SELECT 1 FROM stg.dcl q JOIN stg.djsj x ON x.id = q.id
                            WHERE q.jyzt IN ('待校验', '合格') AND q.djzl = '查封' AND x.lybm = 'dbjg'
                              AND x.czlx <> 'D' AND strpos(coalesce(x.sjnr ->> 'djxl', ''), '解封') > 0
                              AND btrim(x.sjnr ->> 'syywh') = f.ywh AND coalesce(x.ywh, '') <> r.ywh)
    )
    SELECT r.id, json_build_object('syywh', min(c.cf))::jsonb
      FROM r
      JOIN c ON c.id = r.id
     GROUP BY r.id, r.v
    HAVING count(*) = 1 AND min(c.cf) IS DISTINCT FROM r.v;
END
$$;

COMMENT ON FUNCTION xz.jf_cf(bigint[], jsonb) IS
    '修正过程 解封指明查封：解封行的上手业务号改为该单元唯一已登记、未解封的查封（几个时按参数 cfwh 查封文号选定）；只读';
