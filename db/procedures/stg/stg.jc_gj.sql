-- stg.jc_gj(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 单元挂接检查：有不动产单元号的批次行，其单元须已挂接交易楼盘表的房屋，否则不通过。
-- 规则: seed §5.2.1.6（数据关联：登记数据须与交易楼盘表的房屋关联，交易安全依赖它）。通过 =
--       gl.fw_dy 有该不动产单元号的有效挂接（zt = 有效），或行映像的房屋编码 fwbm 有值且是 lpb.h 的房屋编码
--       （入库时据此补挂接）。没有不动产单元号的行通过（必填与多证抵押由 stg.jc_bt、stg.jc_dy 检查）。
--       登簿结果单元（dbjg_dy）行的映像叠加在所属登簿结果之上，取本行的单元号与房屋编码。
--       一条集合语句：两个反连接（挂接表与户表都按唯一键查找）。规则如 SYQ05、DYQ07、DJDY03。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；无检查参数，范围条件见 stg.gz_sy
-- 返回: 不通过的批次行 ID，与说明（「不动产单元号 bdcdyh=「X」未挂接交易楼盘表的房屋……」）
-- 错误: 无
-- 调用: stg.check_and_load（stg.validate_batch 的校验步骤，按规则目录动态调用）
-- 读写表: 读 stg.jypc、gl.fw_dy、lpb.h

CREATE OR REPLACE FUNCTION stg.jc_gj(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    RETURN QUERY
    SELECT p.id,
           '不动产单元号 bdcdyh=「' || p.bdcdyh || '」未挂接交易楼盘表的房屋（挂接表中没有它的有效挂接，'
           || CASE WHEN coalesce(btrim(p.sjnr ->> 'fwbm'), '') = '' THEN '且未填房屋编码 fwbm）'
                   ELSE '房屋编码 fwbm=「' || (p.sjnr ->> 'fwbm') || '」也不在楼盘表中）' END
           || '：请先在对接工具中挂接'
      FROM stg.jypc p
     WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
       AND btrim(p.bdcdyh) <> ''
       AND NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.bdcdyh = p.bdcdyh AND g.zt = '有效')
       AND NOT EXISTS (SELECT 1 FROM lpb.h h WHERE h.fwbm = p.sjnr ->> 'fwbm');
END
$$;

COMMENT ON FUNCTION stg.jc_gj(jsonb) IS
    '单元挂接检查：有不动产单元号的批次行须在挂接表有有效挂接，或所记房屋编码是楼盘表的房屋编码，否则不通过';
