-- stg.jc_jf(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 解封指明其查封：解封登记须以上手业务号指明所解除的查封，该查封须已登记且未被另一件解封解除。
-- 规则: TD/T 1066 CFDJ（解封业务号）；规则 CF06，范围为登记小类含「解封」的查封种类行（参数 djxl_bh，见 stg.gz_sy）。
--   1. 上手业务号 syywh 为空 → 不通过。
--   2. 已登记的查封 = djjg.cfdj 有该 ywh；或暂存区 stg.djsj 中来源表 dbjg、登记种类 查封、登记小类不含「解封」、
--      校验状态不是 不合格、不是删除的该业务号（同批的也算）。找不到 → 不通过「不是已登记的查封」。
--   3. 已解封 = djjg.cfdj.jfywh 有值且不同于本行业务号；或暂存的该查封行（非 不合格、非删除）映像的 jfywh 有值且
--      不同于本行业务号；或暂存区另有尚未入库（待校验、合格）、非删除的解封登簿结果（登记小类含「解封」）记同一
--      上手业务号而业务号不同（已入库的解封由 djjg.cfdj.jfywh 代表）。→ 不通过「已解除」。
--   集合运算，且不依赖批次表的统计信息（未 ANALYZE 时嵌套循环也只是逐行查索引）：「不是查封」为批次对 djjg.cfdj、
--   stg.djsj 按业务号（有索引）的反连接，「已解除」为按业务号的连接，暂存解封之间的比较用窗口函数（按上手业务号
--   分区，一次排序）；不做批次与批次的连接。只对不通过的行按 ID 分组，说明按 为空、不是查封、已解除 的先后取一条。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；p_gz -> 'cs' = {"djxl_bh": "解封"}（只用于范围），范围条件见 stg.gz_sy
-- 返回: 不通过的批次行 ID（每行至多一条），与说明（如「上手业务号 syywh=「X」不是已登记的查封……」）
-- 错误: 无
-- 调用: stg.check_and_load（stg.validate_batch 的校验步骤，按规则目录动态调用）
-- 读写表: 读 stg.jypc、stg.djsj、stg.dcl、djjg.cfdj

CREATE OR REPLACE FUNCTION stg.jc_jf(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    RETURN QUERY
    WITH s AS (
        SELECT p.id, coalesce(p.ywh, '') AS ywh, coalesce(btrim(p.sjnr ->> 'syywh'), '') AS v
          FROM stg.jypc p
         WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
    ),
    -- 暂存区尚未入库的解封，按上手业务号与本批行比较（窗口：同一上手业务号的最小、最大业务号）
    zc AS (
        SELECT x.id, x.v, x.pc, x.ywh,
               min(CASE WHEN NOT x.pc THEN x.ywh END) OVER (PARTITION BY x.v) AS mn,
               max(CASE WHEN NOT x.pc THEN x.ywh END) OVER (PARTITION BY x.v) AS mx
          FROM (SELECT s.id, s.v, s.ywh, true AS pc FROM s WHERE s.v <> ''
                UNION ALL
                SELECT d.id, btrim(d.sjnr ->> 'syywh'), coalesce(d.ywh, ''), false
                  FROM stg.dcl q
                  JOIN stg.djsj d ON d.id = q.id
                 WHERE q.jyzt IN ('待校验', '合格') AND q.djzl = '查封' AND d.lybm = 'dbjg' AND d.czlx <> 'D'
                   AND strpos(coalesce(d.sjnr ->> 'djxl', ''), '解封') > 0 AND btrim(d.sjnr ->> 'syywh') <> ''
                OFFSET 0) x
    )
    -- 不通过的行（说明前的数字定先后：1 为空，2 不是已登记的查封，3 已解除；每行取最小的一条）
    SELECT t.id, substr(min(t.xx), 2)
      FROM (SELECT s.id, '1上手业务号 syywh 为空：解封登记须指明所解除的查封' AS xx
              FROM s
             WHERE s.v = ''
            UNION ALL
            SELECT s.id, '2上手业务号 syywh=「' || s.v || '」不是已登记的查封（生产库与暂存区都没有该查封，或它校验不合格）'
              FROM s
             WHERE s.v <> ''
               AND NOT EXISTS (SELECT 1 FROM djjg.cfdj c WHERE c.ywh = s.v)
               AND NOT EXISTS (SELECT 1 FROM stg.djsj d
                                WHERE d.ywh = s.v AND d.lybm = 'dbjg' AND d.djzl = '查封'
                                  AND strpos(coalesce(d.sjnr ->> 'djxl', ''), '解封') = 0
                                  AND d.jyzt <> '不合格' AND d.czlx <> 'D')
            UNION ALL
            SELECT s.id, '3上手业务号 syywh=「' || s.v || '」的查封已被解封业务「' || c.jfywh || '」解除'
              FROM s JOIN djjg.cfdj c ON c.ywh = s.v
             WHERE s.v <> '' AND btrim(c.jfywh) <> '' AND c.jfywh <> s.ywh
            UNION ALL
            SELECT s.id, '3上手业务号 syywh=「' || s.v || '」的查封已被解封业务「' || (d.sjnr ->> 'jfywh') || '」解除'
              FROM s JOIN stg.djsj d ON d.ywh = s.v
             WHERE s.v <> '' AND d.lybm = 'dbjg' AND d.djzl = '查封' AND d.jyzt <> '不合格' AND d.czlx <> 'D'
               AND btrim(d.sjnr ->> 'jfywh') <> '' AND d.sjnr ->> 'jfywh' <> s.ywh
            UNION ALL
            SELECT zc.id, '3上手业务号 syywh=「' || zc.v || '」的查封已被解封业务「'
                          || CASE WHEN zc.mn <> zc.ywh THEN zc.mn ELSE zc.mx END || '」解除'
              FROM zc
             WHERE zc.pc AND (zc.mn <> zc.ywh OR zc.mx <> zc.ywh)) t
     GROUP BY t.id;
END
$$;

COMMENT ON FUNCTION stg.jc_jf(jsonb) IS
    '解封指明其查封：登记小类含解封的行须以上手业务号指明已登记（已入库或暂存合格）且未被另一件解封解除的查封，否则不通过';
