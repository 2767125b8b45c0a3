-- stg.jc_zx(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 注销指明被注销业务：注销登记所记被注销业务号须指向已登记的权利，且该权利未被另一件业务注销。
-- 规则: TD/T 1066 注销登记；规则 ZX02。被注销业务号为空的行通过（必填由 ZX01 / stg.jc_bt 检查）。
--   1. 已登记 = 已入库：djjg.fdcq、djjg.dyaq、djjg.ygdj、djjg.cfdj、djjg.yydj 之一有该 ywh；或暂存：stg.djsj 中来源表 dbjg、
--      该业务号、登记种类不是 注销、校验状态不是 不合格、不是删除（同批的也算）。找不到 → 不通过「未登记」。
--   2. 已被注销 = djjg.zxdj 有该 zxywh 而业务号不同于本行；或 djjg.dyaq.zxdyywh、djjg.ygdj.zxygywh、djjg.yydj.zxyyywh
--      有值且不同于本行业务号；或暂存区另有尚未入库（待校验、合格）、非删除的注销登簿结果（dbjg）记同一被注销
--      业务号而业务号不同（已入库的注销由 djjg.zxdj 与上述注销列代表，不必扫描暂存区的全部历史）。
--      → 不通过「已被注销」。同一业务重推（业务号相同）不算。
--   集合运算，且不依赖批次表的统计信息（未 ANALYZE 时嵌套循环也只是逐行查索引）：「未登记」为批次对各表按业务号
--   （均有索引）的反连接，「已被注销」为按业务号、被注销业务号（有索引）的连接，暂存注销之间的比较用窗口函数
--   （按被注销业务号分区，一次排序）；不做批次与批次的连接。只对不通过的行按 ID 分组，「未登记」优先。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；无检查参数，范围条件见 stg.gz_sy
-- 返回: 不通过的批次行 ID（每行至多一条），与说明（如「被注销业务号 zxywh=「X」未登记……」）
-- 错误: 无
-- 调用: stg.check_and_load（stg.validate_batch 的校验步骤，按规则目录动态调用）
-- 读写表: 读 stg.jypc、stg.djsj、stg.dcl、djjg.fdcq、djjg.dyaq、djjg.ygdj、djjg.cfdj、djjg.yydj、djjg.zxdj

CREATE OR REPLACE FUNCTION stg.jc_zx(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    RETURN QUERY
    WITH s AS (
        SELECT p.id, coalesce(p.ywh, '') AS ywh, btrim(p.sjnr ->> 'zxywh') AS v
          FROM stg.jypc p
         WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
           AND btrim(p.sjnr ->> 'zxywh') <> ''
    ),
    -- 暂存区尚未入库的注销，按被注销业务号与本批行比较（窗口：同一被注销业务号的最小、最大业务号）
    zc AS (
        SELECT x.id, x.v, x.pc, x.ywh,
               min(CASE WHEN NOT x.pc THEN x.ywh END) OVER (PARTITION BY x.v) AS mn,
               max(CASE WHEN NOT x.pc THEN x.ywh END) OVER (PARTITION BY x.v) AS mx
          FROM (SELECT s.id, s.v, s.ywh, true AS pc FROM s
                UNION ALL
                SELECT d.id, btrim(d.sjnr ->> 'zxywh'), coalesce(d.ywh, ''), false
                  FROM stg.dcl q
                  JOIN stg.djsj d ON d.id = q.id
                 WHERE q.jyzt IN ('待校验', '合格') AND q.djzl = '注销' AND d.lybm = 'dbjg' AND d.czlx <> 'D'
                   AND btrim(d.sjnr ->> 'zxywh') <> ''
                OFFSET 0) x
    )
    -- 不通过的行（说明前的数字定先后：1 未登记，2 已被注销；每行取最小的一条）
    SELECT t.id, '被注销业务号 zxywh=「' || substr(min(t.xx), 2)
      FROM (SELECT s.id,
                   '1' || s.v || '」未登记：生产库与暂存区都没有该权利（所有权、抵押权、预告、查封、异议），或它校验不合格'
                   AS xx
              FROM s
             WHERE NOT EXISTS (SELECT 1 FROM djjg.fdcq f WHERE f.ywh = s.v)
               AND NOT EXISTS (SELECT 1 FROM djjg.dyaq a WHERE a.ywh = s.v)
               AND NOT EXISTS (SELECT 1 FROM djjg.ygdj g WHERE g.ywh = s.v)
               AND NOT EXISTS (SELECT 1 FROM djjg.cfdj c WHERE c.ywh = s.v)
               AND NOT EXISTS (SELECT 1 FROM djjg.yydj y WHERE y.ywh = s.v)
               AND NOT EXISTS (SELECT 1 FROM stg.djsj d
                                WHERE d.ywh = s.v AND d.lybm = 'dbjg' AND d.djzl <> '注销' AND d.jyzt <> '不合格'
                                  AND d.czlx <> 'D')
            UNION ALL
            SELECT s.id, '2' || s.v || '」已被注销业务「' || z.ywh || '」注销'
              FROM s JOIN djjg.zxdj z ON z.zxywh = s.v
             WHERE z.ywh <> s.ywh
            UNION ALL
            SELECT s.id, '2' || s.v || '」已被注销业务「' || a.zxdyywh || '」注销'
              FROM s JOIN djjg.dyaq a ON a.ywh = s.v
             WHERE btrim(a.zxdyywh) <> '' AND a.zxdyywh <> s.ywh
            UNION ALL
            SELECT s.id, '2' || s.v || '」已被注销业务「' || g.zxygywh || '」注销'
              FROM s JOIN djjg.ygdj g ON g.ywh = s.v
             WHERE btrim(g.zxygywh) <> '' AND g.zxygywh <> s.ywh
            UNION ALL
            SELECT s.id, '2' || s.v || '」已被注销业务「' || y.zxyyywh || '」注销'
              FROM s JOIN djjg.yydj y ON y.ywh = s.v
             WHERE btrim(y.zxyyywh) <> '' AND y.zxyyywh <> s.ywh
            UNION ALL
            SELECT zc.id, '2' || zc.v || '」已被注销业务「' || CASE WHEN zc.mn <> zc.ywh THEN zc.mn ELSE zc.mx END
                          || '」注销'
              FROM zc
             WHERE zc.pc AND (zc.mn <> zc.ywh OR zc.mx <> zc.ywh)) t
     GROUP BY t.id;
END
$$;

COMMENT ON FUNCTION stg.jc_zx(jsonb) IS
    '注销指明被注销业务：被注销业务号须指向已入库或暂存合格的权利，且未被另一件业务注销，否则不通过';
