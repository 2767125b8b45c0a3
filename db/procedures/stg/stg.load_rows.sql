-- stg.load_rows() → jsonb
-- 做什么: 把本批要入库的行（stg.jypc.rk）写入生产表，再做数据完善。由 stg.validate_batch 在校验之后调用。
-- 规则: seed §5.2.1.6（数据入库）、§5.2.1.7 第 4 项（符合规则的数据转移至交易正式库）、§5.2.2.3 第 4–7 项
--       （数据完善）；docs/validation.md。每个入库过程一条或几条集合语句，按自然键 MERGE，重复入库不改变结果；
--       删除墓碑（czlx D）删去对应的生产行。任何一步失败都抛出，本函数的全部改动随调用者的子事务回滚。
--       顺序：登记业务、单元、土地 → 各类权利 → 注销与解封 → 权利人、证书、影像、收费 → 房屋编码赋码 → 完善。
-- 参数: 无
-- 返回: {入库过程名: 写入行数}
-- 错误: 生产表拒绝（约束、类型转换）时抛出原错误
-- 调用: stg.validate_batch
-- 读写表: 读 stg.jypc；写 djjg.*、gl.yw_gl、lpb.h、lpb.fwbm_fp、yw.jyyw（经各入库过程）

CREATE OR REPLACE FUNCTION stg.load_rows()
RETURNS jsonb
LANGUAGE plpgsql
AS $$
BEGIN
    RETURN json_build_object(
        'rk_djyw', stg.rk_djyw()
    )::jsonb;
END
$$;

COMMENT ON FUNCTION stg.load_rows() IS
    '把本批合格行写入生产表并做数据完善（依次调用各入库过程 stg.rk_*）；返回各过程写入行数';
