-- stg.jc_bt(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 必填项检查：规则参数 zd 所列字段在行映像中为空（JSON null、缺键或只有空白）的批次行不通过。
-- 规则: seed §5.2.1.7 第 2 项（登记数据验证脚本）；各登记种类的必填字段见 stg.jygz 中 jcgc = stg.jc_bt 的规则
--       （如 SYQ01、DYQ01、CF01）。一条集合语句：批次行 × 所列字段，按行聚合缺少的字段名。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；p_gz -> 'cs' = {"zd": ["字段", …]}，范围条件见 stg.gz_sy
-- 返回: 不通过的批次行 ID，与说明「缺少必填项：字段1、字段2」
-- 错误: 无
-- 调用: stg.validate_batch（按规则目录动态调用）
-- 读写表: 读 stg.jypc

CREATE OR REPLACE FUNCTION stg.jc_bt(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    RETURN QUERY
    SELECT p.id, '缺少必填项：' || string_agg(f.zd, '、' ORDER BY f.n)
      FROM stg.jypc p
      CROSS JOIN (SELECT t.zd, row_number() OVER () AS n
                    FROM jsonb_array_elements_text(p_gz -> 'cs' -> 'zd') AS t(zd)) f
     WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
       AND coalesce(btrim(p.sjnr ->> f.zd), '') = ''
     GROUP BY p.id;
END
$$;

COMMENT ON FUNCTION stg.jc_bt(jsonb) IS
    '必填项检查：参数 zd 所列字段为空的批次行不通过，说明列出缺少的字段';
