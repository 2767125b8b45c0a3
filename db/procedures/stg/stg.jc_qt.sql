-- stg.jc_qt(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 登记种类可识别：范围内（登记种类 其他）的每个批次行都不通过，说明列出推导种类所用的三个字段的值。
-- 规则: seed §5.2.1.7 第 3 项；规则 QT01。登记种类由 jh.registration_kind 在暂存时按登记类型、登记小类、权利类型推导，
--       推不出本平台支持的种类（所有权、抵押权、预告、预抵押、查封、异议、注销）即为 其他，不能入库；
--       登记端更正后重推即重新推导。一条集合语句。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；无检查参数，范围条件见 stg.gz_sy（规则的登记种类为 其他）
-- 返回: 范围内每个批次行 ID，与说明「登记种类无法识别：登记类型 djlx=「…」、登记小类 djxl=「…」、权利类型 qllx=「…」」
-- 错误: 无
-- 调用: stg.check_and_load（stg.validate_batch 的校验步骤，按规则目录动态调用）
-- 读写表: 读 stg.jypc

CREATE OR REPLACE FUNCTION stg.jc_qt(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    RETURN QUERY
    SELECT p.id,
           '登记种类无法识别：登记类型 djlx=「' || coalesce(p.sjnr ->> 'djlx', '') || '」、登记小类 djxl=「'
           || coalesce(p.sjnr ->> 'djxl', '') || '」、权利类型 qllx=「' || coalesce(p.sjnr ->> 'qllx', '')
           || '」推不出所有权、抵押权、预告、预抵押、查封、异议或注销'
      FROM stg.jypc p
     WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr);
END
$$;

COMMENT ON FUNCTION stg.jc_qt(jsonb) IS
    '登记种类可识别：登记种类为 其他 的批次行一律不通过，说明列出登记类型、登记小类与权利类型';
