-- stg.jc_qlbl(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 权利比例检查：权利比例有值（非空白）而无法换算为小数，或换算后不在 (0, 1] 之间的批次行不通过。
-- 规则: TD/T 1066 QLR（QLBL 为文本）；规则 QLR04。换算见 stg.qlbl_num（0.5、50%、1/2 三种写法，不抛异常）；
--       入库列 djjg.qlr.qlbl 为 numeric(5,4)。一条集合语句，stg.qlbl_num 内联。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；无检查参数，范围条件见 stg.gz_sy
-- 返回: 不通过的批次行 ID，与说明（如「权利比例 qlbl=「150%」不在 0 到 1 之间（换算为 1.5000）」）
-- 错误: 无
-- 调用: stg.check_and_load（stg.validate_batch 的校验步骤，按规则目录动态调用）
-- 读写表: 读 stg.jypc

CREATE OR REPLACE FUNCTION stg.jc_qlbl(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    RETURN QUERY
    SELECT t.id,
           '权利比例 qlbl=「' || t.v || '」'
           || CASE WHEN t.n IS NULL THEN '不是小数、百分数或分数（如 0.5、50%、1/2）'
                   ELSE '不在 0 到 1 之间（换算为 ' || t.n || '）' END
      FROM (SELECT p.id, p.sjnr ->> 'qlbl' AS v, stg.qlbl_num(p.sjnr ->> 'qlbl') AS n
              FROM stg.jypc p
             WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
               AND btrim(p.sjnr ->> 'qlbl') <> ''
            OFFSET 0) t
     WHERE t.n IS NULL OR t.n <= 0 OR t.n > 1;
END
$$;

COMMENT ON FUNCTION stg.jc_qlbl(jsonb) IS
    '权利比例检查：权利比例有值而无法换算（小数、百分数、分数）或不在 (0, 1] 之间的批次行不通过';
