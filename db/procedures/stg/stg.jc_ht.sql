-- stg.jc_ht(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 预告对应商品房合同：批次行所记合同编号有值而在交易库的商品房合同（ht.spfht.htbh）中找不到时不通过。
-- 规则: seed §5.2.2.3（预告登记与新建商品房合同关联）；规则 YG05（警告级：记入校验结果，仍可入库）。
--       空值通过；合同状态不限（已撤销的合同也算找到）。一条集合语句：按合同编号（唯一索引）反连接。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；p_gz -> 'cs' = {"zd": "合同编号字段"}（缺省 htbh），范围条件见 stg.gz_sy
-- 返回: 不通过的批次行 ID，与说明（「合同编号 htbh=「X」在交易库的商品房合同中找不到」）
-- 错误: 无
-- 调用: stg.check_and_load（stg.validate_batch 的校验步骤，按规则目录动态调用）
-- 读写表: 读 stg.jypc、ht.spfht

CREATE OR REPLACE FUNCTION stg.jc_ht(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_zd  text := coalesce(p_gz -> 'cs' ->> 'zd', 'htbh');
BEGIN
    RETURN QUERY
    SELECT p.id, '合同编号 ' || v_zd || '=「' || (p.sjnr ->> v_zd) || '」在交易库的商品房合同中找不到'
      FROM stg.jypc p
     WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
       AND btrim(p.sjnr ->> v_zd) <> ''
       AND NOT EXISTS (SELECT 1 FROM ht.spfht h WHERE h.htbh = p.sjnr ->> v_zd);
END
$$;

COMMENT ON FUNCTION stg.jc_ht(jsonb) IS
    '预告对应商品房合同：所记合同编号有值而不在交易库商品房合同 ht.spfht 中的批次行不通过（YG05 警告）';
