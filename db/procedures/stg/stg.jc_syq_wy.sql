-- stg.jc_syq_wy(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 一个单元一个现势所有权：现势的所有权登簿结果行，若同一不动产单元另有一个现势所有权（上下手除外），不通过。
-- 规则: TD/T 1066 权属状态（QSZT 1 现势）；规则 SYQ08。本行 r 为现势 = qszt 为空或 1。另一个现势所有权 o =
--       已入库的 djjg.fdcq（同 bdcdyh，qszt = 1），或本批（stg.jypc）另一行：来源表 dbjg、所有权、非删除、
--       同 bdcdyh、qszt 为空或 1。上下手除外：o.ywh ≠ r.ywh，且 o.ywh ≠ r 的上手业务号，且 o 的上手业务号 ≠ r.ywh
--       （转移登记与其上手、同一业务的重推不算冲突；上手被入库过程置为历史）。
--       集合运算，且不依赖批次表的统计信息（批次表刚填满、未 ANALYZE 时估计为 1 行）：本批的同单元行用窗口函数
--       （按单元号分区，一次排序；排序前先算出窄列，不带行映像）汇成数组，只在一个单元有两行以上时展开比较，
--       不做批次自连接；已入库的按 djjg.fdcq 的单元号索引查找。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；无检查参数，范围条件见 stg.gz_sy
-- 返回: 不通过的批次行 ID（每行至多一条），与说明（「不动产单元号 bdcdyh=「X」已有现势所有权：已入库业务「Y」……」）
-- 错误: 无
-- 调用: stg.check_and_load（stg.validate_batch 的校验步骤，按规则目录动态调用）
-- 读写表: 读 stg.jypc、djjg.fdcq

CREATE OR REPLACE FUNCTION stg.jc_syq_wy(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    RETURN QUERY
    WITH w AS (
        SELECT b.id, b.bdcdyh, b.ywh, b.syywh, b.sy,
               count(*) OVER (PARTITION BY b.bdcdyh) AS n,
               array_agg(b.ywh) OVER (PARTITION BY b.bdcdyh) AS ys,
               array_agg(b.syywh) OVER (PARTITION BY b.bdcdyh) AS ss
          FROM (SELECT p.id, p.bdcdyh, coalesce(p.ywh, '') AS ywh, coalesce(btrim(p.sjnr ->> 'syywh'), '') AS syywh,
                       stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr) AS sy
                  FROM stg.jypc p
                 WHERE p.lybm = 'dbjg' AND p.djzl = '所有权' AND p.czlx <> 'D'
                   AND coalesce(btrim(p.sjnr ->> 'qszt'), '') IN ('1', '')
                   AND btrim(p.bdcdyh) <> ''
                OFFSET 0) b
    ),
    o AS (
        SELECT w.id, w.bdcdyh, '同批' AS ly, u.y AS ywh
          FROM w
         CROSS JOIN LATERAL unnest(w.ys, w.ss) AS u(y, s)
         WHERE w.sy AND w.n > 1 AND u.y <> w.ywh AND u.y <> w.syywh AND u.s <> w.ywh
        UNION ALL
        SELECT w.id, w.bdcdyh, '已入库', f.ywh
          FROM w
          JOIN djjg.fdcq f ON f.bdcdyh = w.bdcdyh
         WHERE w.sy AND f.qszt = '1' AND f.ywh <> w.ywh AND f.ywh <> w.syywh AND coalesce(f.syywh, '') <> w.ywh
    )
    SELECT o.id,
           '不动产单元号 bdcdyh=「' || o.bdcdyh || '」已有现势所有权：'
           || string_agg(o.ly || '业务「' || o.ywh || '」', '、' ORDER BY o.ly DESC, o.ywh)
           || '（本行既不是它的上手也不是它的下手；请核对权属状态 qszt 与上手业务号 syywh）'
      FROM o
     GROUP BY o.id, o.bdcdyh;
END
$$;

COMMENT ON FUNCTION stg.jc_syq_wy(jsonb) IS
    '一个单元一个现势所有权：现势所有权登簿结果行，若同一单元另有已入库或同批的现势所有权（上下手除外），不通过';
