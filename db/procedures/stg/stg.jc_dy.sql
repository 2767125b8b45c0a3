-- stg.jc_dy(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 至少一个抵押单元：登簿结果行没有不动产单元号，又没有任何登簿结果单元行时不通过。
-- 规则: seed §5.2.2.3（多证抵押：一件抵押权抵押多个单元时，单元记在共享登记库 dbjg_dy，一单元一行）；规则 DYQ09。
--       通过 = 本行 bdcdyh 有值，或暂存区 stg.djsj 有来源表 dbjg_dy、同业务号、不是删除的行（任何校验状态；
--       单元行自身的校验由 DJDY 规则负责）。一条集合语句：按业务号（有索引）反连接。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；无检查参数，范围条件见 stg.gz_sy
-- 返回: 不通过的批次行 ID，与说明（「不动产单元号 bdcdyh 为空，且没有登簿结果单元（dbjg_dy）行……」）
-- 错误: 无
-- 调用: stg.check_and_load（stg.validate_batch 的校验步骤，按规则目录动态调用）
-- 读写表: 读 stg.jypc、stg.djsj

CREATE OR REPLACE FUNCTION stg.jc_dy(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    RETURN QUERY
    SELECT p.id,
           '不动产单元号 bdcdyh 为空，且没有业务号 ywh=「' || coalesce(p.ywh, '') || '」的登簿结果单元（dbjg_dy）行：'
           || '抵押权须至少有一个抵押单元'
      FROM stg.jypc p
     WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
       AND coalesce(btrim(p.bdcdyh), '') = ''
       AND NOT EXISTS (SELECT 1 FROM stg.djsj d WHERE d.ywh = p.ywh AND d.lybm = 'dbjg_dy' AND d.czlx <> 'D');
END
$$;

COMMENT ON FUNCTION stg.jc_dy(jsonb) IS
    '至少一个抵押单元：不动产单元号为空且暂存区没有同业务号登簿结果单元（dbjg_dy）行的批次行不通过';
