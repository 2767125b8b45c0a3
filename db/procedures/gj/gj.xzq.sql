-- gj.xzq(jsonb, text) → varchar
-- 做什么: 一条暂存登记数据所属的区县（6 位行政区划代码）：映像中的区县代码 qxdm，没有时取不动产单元号的前 6 位
--         （GB/T 37346：单元号前 6 位是县级行政区划代码）。数据管理员的区县范围与数据情况统计都按它。
-- 规则: seed §5.2.3（按区县分配数据管理权限、按区县统计）；GB/T 37346-2019 §4；GB/T 2260。
-- 参数: p_sjnr 暂存行映像 stg.djsj.sjnr；p_bdcdyh 不动产单元号 stg.djsj.bdcdyh
-- 返回: 6 位代码；两者都没有（或单元号不足 6 位）时为 NULL
-- 错误: 无
-- 调用: gj.qx_hs、数据对接工具的队列与统计
-- 读写表: 无

CREATE OR REPLACE FUNCTION gj.xzq(p_sjnr jsonb, p_bdcdyh text)
RETURNS varchar
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT CASE
               WHEN coalesce(btrim(p_sjnr ->> 'qxdm'), '') ~ '^[0-9]{6}$' THEN btrim(p_sjnr ->> 'qxdm')
               WHEN p_bdcdyh ~ '^[0-9]{6}' THEN substr(p_bdcdyh, 1, 6)
           END::varchar
$$;

COMMENT ON FUNCTION gj.xzq(jsonb, text) IS '暂存登记数据所属区县：映像的 qxdm，没有时取不动产单元号前 6 位';
