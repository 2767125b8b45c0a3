-- gl.dy_of_fw(varchar) → TABLE(bdcdyh)
-- 做什么: 一个房屋（房屋编码）对应的全部不动产单元号：有效挂接 gl.fw_dy 的单元，加上房地产权 djjg.fdcq 所记房屋编码
--         为它的单元（与 stg.rk_wsh 更正楼盘表状态时「该户的全部单元」同一口径）。交易安全校验（aq.*）与查询接口
--         （QueryService、RegistrationStateService 按 fwbm 查询登记状态）用它把房屋换成单元。
-- 规则: seed §5.2.4.1（房屋编码 ↔ 不动产单元号）、§3.2.1；docs/linking.md、docs/guards.md。
-- 参数: p_fwbm 房屋编码
-- 返回: 单元号（去重）；没有挂接也没有记该编码的房地产权时无行
-- 错误: 无
-- 调用: aq.* 校验过程、api（jydj 接口服务）
-- 读写表: 读 gl.fw_dy、djjg.fdcq

CREATE OR REPLACE FUNCTION gl.dy_of_fw(p_fwbm varchar)
RETURNS TABLE (bdcdyh varchar)
LANGUAGE sql
STABLE
AS $$
    SELECT g.bdcdyh FROM gl.fw_dy g WHERE g.fwbm = p_fwbm AND g.zt = '有效'
    UNION
    SELECT f.bdcdyh FROM djjg.fdcq f WHERE f.fwbm = p_fwbm AND f.bdcdyh IS NOT NULL
$$;

COMMENT ON FUNCTION gl.dy_of_fw(varchar) IS
    '房屋编码对应的全部不动产单元号：有效挂接的单元，加上房地产权所记房屋编码为它的单元';
