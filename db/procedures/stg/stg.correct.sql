-- stg.correct(bigint, jsonb, text, text, text, text) → jsonb
-- 做什么: 修正一条未入库的暂存行（不合格或待入库），写操作日志，然后立即重新校验，通过即入库。
--         对接工具（数据对接工具的「修正」）与 jydj validate --fix 调用同一函数。一行的薄包装：
--         全部检查与写入由成批修正 stg.correct_rows 完成（修正执行器 xz.run 也用它）。
-- 规则: seed §5.2.1.6（不合格数据经不动产对接工具关联和处理后重新校验）、§5.2.3（数据修正日志）；docs/validation.md。
--       p_gx 是 {字段: 新值} 的对象：字段须是该行映像已有的列（来源表的列，Debezium 映像含全部列），
--       值为 JSON 字符串、数字或 null；不能改来源主键（改主键等于另一行，应由登记端重推）。
--       新映像 = 旧映像 || p_gx；业务号、不动产单元号、房屋编码、登记类型、权利类型列与登记种类随之更新。
--       已入库的行不能在此修正（生产数据的更正走登记端更正登记）；修正原因必填。
--       日志 audit.czrz 一行：操作 修正暂存行，对象 stg.djsj / 行ID，变更前后只记改动的字段，来源、IP、原因。
--       然后置 待校验 并调用 stg.validate_batch(NULL, NULL, 操作人, ARRAY[行ID])（与定时校验串行）。
--       即 stg.correct_rows({"行ID": p_gx}, …) 的第一行结果；报错信息与之相同（只涉及一行时不注明行ID）。
-- 参数: p_id 暂存行ID；p_gx 改动；p_czr 操作人；p_yy 原因；p_ly 来源 web/cli/api/job；p_ip 客户端地址（可空）
-- 返回: {"id", "jyzt", "jyjg"}：重新校验后的状态与校验结果
-- 错误: 行不存在 → P0002；行已入库、原因为空、p_gx 不是非空对象、字段不是该行的列、改来源主键 → 22023
--       （中文信息指明字段）
-- 调用: 数据对接工具、jydj validate --fix
-- 读写表: 经 stg.correct_rows 读写 stg.djsj、读 jh.lyb、写 audit.czrz，经 stg.validate_batch 写生产表

CREATE OR REPLACE FUNCTION stg.correct(p_id bigint, p_gx jsonb, p_czr text, p_yy text, p_ly text, p_ip text)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
BEGIN
    IF p_id IS NULL THEN
        RAISE EXCEPTION '暂存行 % 不存在', p_id USING ERRCODE = 'P0002';
    END IF;
    RETURN stg.correct_rows(json_build_object(p_id::text, p_gx)::jsonb, p_czr, p_yy, p_ly, p_ip) -> 'rows' -> 0;
END
$$;

COMMENT ON FUNCTION stg.correct(bigint, jsonb, text, text, text, text) IS
    '修正一条未入库的暂存行（改映像中的非主键字段），记操作日志，立即重新校验并在通过时入库；返回新的状态与校验结果';
