-- xz.fwbm_gj(bigint[], jsonb) → TABLE(id bigint, gx jsonb)
-- 做什么: 房屋编码取挂接：把所选暂存行的房屋编码 fwbm 改为挂接表中该不动产单元有效挂接的房屋编码。
-- 规则: seed §5.1.2（房屋编码以交易楼盘表为准）、§5.2.1.6（数据关联）；修正规则 SYQ03、DY03（房屋编码格式，警告），
--       并在单元挂接规则（SYQ05、DYQ07、YG04、YDY07、CF05、YY04、DJDY03）不通过的行旁提示：数据管理员挂接后
--       用它把行的房屋编码改为挂接的编码并立即重新校验。
--       单元 = 暂存行的不动产单元号（去首尾空白）；挂接 = gl.fw_dy 中该单元 zt = 有效 的一行（单元号唯一）。
--       单元未挂接、映像没有 fwbm、房屋编码已相同的行不改；删除墓碑不改。只读，一条集合语句（按唯一键连接）。
-- 参数: p_ids 暂存行ID；p_cs 无参数（{}）
-- 返回: 每个要改的行一条：(id, {"fwbm": "房屋编码"})
-- 错误: 无
-- 调用: xz.run（修正过程目录 xz.gc 中的 xz.fwbm_gj）
-- 读写表: 读 stg.djsj、gl.fw_dy

CREATE OR REPLACE FUNCTION xz.fwbm_gj(p_ids bigint[], p_cs jsonb)
RETURNS TABLE (id bigint, gx jsonb)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    RETURN QUERY
    SELECT d.id, json_build_object('fwbm', g.fwbm)::jsonb
      FROM stg.djsj d
      JOIN gl.fw_dy g ON g.bdcdyh = btrim(d.bdcdyh) AND g.zt = '有效'
     WHERE d.id = ANY (p_ids) AND d.czlx <> 'D' AND d.sjnr ? 'fwbm'
       AND (d.sjnr ->> 'fwbm') IS DISTINCT FROM g.fwbm;
END
$$;

COMMENT ON FUNCTION xz.fwbm_gj(bigint[], jsonb) IS
    '修正过程 房屋编码取挂接：房屋编码 fwbm 改为该不动产单元在 gl.fw_dy 中有效挂接的房屋编码；未挂接的行不改；只读';
