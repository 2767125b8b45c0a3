-- xz.zd_sz(bigint[], jsonb) → TABLE(id bigint, gx jsonb)
-- 做什么: 字段改值（通用修正过程）：把所选各暂存行映像中的一个字段改为给定的值；值为空即置为空（null）。
-- 规则: seed §5.2.3（数据修正）、§5.2.1.6（不合格数据经对接工具处理后重新校验）；docs/corrections.md。
--       只返回映像中有该字段、且值确有变化的行（删除墓碑不改）。新值按文字写入；该字段原为 JSON 数字
--       （如影像的文件大小 dx）而新值是数字写法（^-?[0-9]+(\.[0-9]+)?$）时写为数字，保持映像的类型。
--       空白的新值视为空。来源主键不能改：执行器 xz.run 与 stg.correct_rows 拒绝。只读，一条集合语句。
--       适用于所有登记种类；不特别对应某条校验规则。
-- 参数: p_ids 暂存行ID；p_cs {"zd": 字段名（必填）, "z": 新值（文字，可空）}
-- 返回: 每个要改的行一条：(id, {"字段": 新值})
-- 错误: 参数 zd 缺少 → 22023（执行器已先检查，直接调用时才会遇到）
-- 调用: xz.run（修正过程目录 xz.gc 中的 xz.zd_sz）
-- 读写表: 读 stg.djsj

CREATE OR REPLACE FUNCTION xz.zd_sz(p_ids bigint[], p_cs jsonb)
RETURNS TABLE (id bigint, gx jsonb)
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_zd  text := btrim(p_cs ->> 'zd');
    v_z   text := CASE WHEN btrim(p_cs ->> 'z') <> '' THEN p_cs ->> 'z' END;
BEGIN
    IF coalesce(v_zd, '') = '' THEN
        RAISE EXCEPTION '修正过程 xz.zd_sz 须有参数 zd（字段）' USING ERRCODE = '22023';
    END IF;

    RETURN QUERY
    SELECT t.id, json_build_object(v_zd, t.xz)::jsonb
      FROM (SELECT d.id, d.sjnr -> v_zd AS jz,
                   CASE WHEN v_z IS NULL THEN 'null'::jsonb
                        WHEN jsonb_typeof(d.sjnr -> v_zd) = 'number' AND btrim(v_z) COLLATE "C" ~ '^-?[0-9]+(\.[0-9]+)?$'
                        THEN to_jsonb(btrim(v_z)::numeric)
                        ELSE to_jsonb(v_z)
                   END AS xz
              FROM stg.djsj d
             WHERE d.id = ANY (p_ids) AND d.czlx <> 'D' AND d.sjnr ? v_zd) t
     WHERE t.xz IS DISTINCT FROM t.jz;
END
$$;

COMMENT ON FUNCTION xz.zd_sz(bigint[], jsonb) IS
    '修正过程 字段改值：把所选暂存行映像中的字段 zd 改为值 z（空即置为空），只返回确有变化的行；只读';
