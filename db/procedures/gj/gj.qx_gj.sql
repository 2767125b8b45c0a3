-- gj.qx_gj(varchar, text, text) → void
-- 做什么: 数据对接工具人工挂接（楼盘表挂接）前的权限检查（与挂接同一事务）：用户须已启用、不是只读用户；限定区县的
--         数据管理员只能挂接其区县的房屋与单元（单元的区县取单元号前 6 位，房屋的区县取楼盘表项目的区县代码）。
-- 规则: seed §5.2.3、§5.2.4.2（人工清理挂接）；GB/T 22239-2019 §8.1.4.2（最小权限）；docs/steward.md。
-- 参数: p_yhm 用户名；p_fwbm 房屋编码；p_bdcdyh 不动产单元号
-- 返回: 无
-- 错误: 42501（中文，指明用户、房屋或单元与区县）：无权
-- 调用: api/steward（楼盘表挂接、解除挂接）
-- 读写表: 读 gj.yh、lpb.h、lpb.ljz、lpb.zrz、lpb.xm

CREATE OR REPLACE FUNCTION gj.qx_gj(p_yhm varchar, p_fwbm text, p_bdcdyh text)
RETURNS void
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_yh  gj.yh%ROWTYPE;
    v_fw  varchar;
BEGIN
    SELECT y.* INTO v_yh FROM gj.yh y WHERE y.yhm = p_yhm;
    IF NOT FOUND OR v_yh.zt <> '启用' THEN
        RAISE EXCEPTION '用户「%」不存在或已停用', coalesce(p_yhm, '') USING ERRCODE = '42501';
    END IF;
    IF v_yh.js = 'viewer' THEN
        RAISE EXCEPTION '用户「%」是只读用户，不能挂接', p_yhm USING ERRCODE = '42501';
    END IF;
    IF v_yh.js = 'admin' OR v_yh.xzqdm IS NULL THEN
        RETURN;
    END IF;
    IF NOT (coalesce(substr(p_bdcdyh, 1, 6), '') = ANY (v_yh.xzqdm)) THEN
        RAISE EXCEPTION '用户「%」只能挂接区县 % 的数据，不动产单元号 bdcdyh=「%」属区县 %',
            p_yhm, array_to_string(v_yh.xzqdm, '、'), p_bdcdyh, coalesce(substr(p_bdcdyh, 1, 6), '不明')
            USING ERRCODE = '42501';
    END IF;
    SELECT x.qxdm INTO v_fw
      FROM lpb.h h
      JOIN lpb.ljz l ON l.id = h.ljz_id
      JOIN lpb.zrz z ON z.id = l.zrz_id
      JOIN lpb.xm x ON x.id = z.xm_id
     WHERE h.fwbm = p_fwbm
     LIMIT 1;
    IF v_fw IS NOT NULL AND NOT (v_fw = ANY (v_yh.xzqdm)) THEN
        RAISE EXCEPTION '用户「%」只能挂接区县 % 的数据，房屋编码 fwbm=「%」属区县 %',
            p_yhm, array_to_string(v_yh.xzqdm, '、'), p_fwbm, v_fw USING ERRCODE = '42501';
    END IF;
END
$$;

COMMENT ON FUNCTION gj.qx_gj(varchar, text, text) IS '人工挂接前的权限检查：启用、非只读、房屋与单元的区县在用户范围内';
