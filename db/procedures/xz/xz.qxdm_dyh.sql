-- xz.qxdm_dyh(bigint[], jsonb) → TABLE(id bigint, gx jsonb)
-- 做什么: 区县代码取单元号：把所选暂存行的区县代码 qxdm 改为其不动产单元号的前 6 位。
-- 规则: GB/T 37346（不动产单元号前 6 位为所在县级行政区划代码，GB/T 2260）；修正代码值规则中的区县代码
--       （SYQ04、DYQ03、YG03、YDY03、CF03、YY03、ZX03、ZS03：qxdm 不在 zd.xzqh 中）。
--       单元号取映像 bdcdyh（去首尾空白）；只有前 6 位是 zd.xzqh 的代码（含已撤销的旧代码，与 stg.jc_zd 相同）时才改。
--       映像没有 qxdm、没有单元号、区县代码已相同的行不改；删除墓碑不改。只读，一条集合语句（按主键连接代码表）。
-- 参数: p_ids 暂存行ID；p_cs 无参数（{}）
-- 返回: 每个要改的行一条：(id, {"qxdm": "6 位代码"})
-- 错误: 无
-- 调用: xz.run（修正过程目录 xz.gc 中的 xz.qxdm_dyh）
-- 读写表: 读 stg.djsj、zd.xzqh

CREATE OR REPLACE FUNCTION xz.qxdm_dyh(p_ids bigint[], p_cs jsonb)
RETURNS TABLE (id bigint, gx jsonb)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    RETURN QUERY
    SELECT d.id, json_build_object('qxdm', x.dm)::jsonb
      FROM stg.djsj d
      JOIN zd.xzqh x ON x.dm = left(btrim(d.sjnr ->> 'bdcdyh'), 6)
     WHERE d.id = ANY (p_ids) AND d.czlx <> 'D' AND d.sjnr ? 'qxdm'
       AND (d.sjnr ->> 'qxdm') IS DISTINCT FROM x.dm;
END
$$;

COMMENT ON FUNCTION xz.qxdm_dyh(bigint[], jsonb) IS
    '修正过程 区县代码取单元号：区县代码 qxdm 改为不动产单元号的前 6 位（须是行政区划代码表 zd.xzqh 的代码）；只读';
