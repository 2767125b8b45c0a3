-- gl.link_candidates(integer) → integer
-- 做什么: 重建候选对 gl.hxd：自动挂接没能确定的房屋与单元，各取得分最高的前 p_n 个候选，带名次与中文理由，供人工挂接。
-- 规则: seed §5.2.4（技术手段不能自动关联的，人工清理关联）、§5.2.4.2；docs/linking.md「候选」。候选来自本次运行的
--   比对对 gl.bdd 中两端都还没挂接的对；名次在剩余的对中重新排（fwmc 为在该房屋的候选中的名次，dymc 为在该单元的
--   候选中的名次，不在前 p_n 名为空）；证据得分 ≤ 0 的对不作候选。整表重建（每次挂接运行覆盖所有未挂接对象）。
-- 参数: p_n 每个房屋、每个单元的候选数（默认 5）
-- 返回: 写入的候选对数
-- 错误: 无
-- 调用: gl.link_run
-- 读写表: 读 gl.bdd、gl.fw_dy；写 gl.hxd

CREATE OR REPLACE FUNCTION gl.link_candidates(p_n integer)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n  integer;
    v_top integer := coalesce(p_n, 5);
BEGIN
    DELETE FROM gl.hxd;
    INSERT INTO gl.hxd (fwbm, bdcdyh, df, ppdf, fwmc, dymc, ly)
    SELECT r.fwbm, r.bdcdyh, r.df, round(1 / (1 + exp(-(r.df - 6) / 2.0)), 4),
           CASE WHEN r.rf <= v_top THEN r.rf END, CASE WHEN r.rd <= v_top THEN r.rd END,
           gl.pair_reasons(r.fx) || json_build_object('得分', r.df)::jsonb
      FROM (SELECT b.fwbm, b.bdcdyh, b.df, b.fx,
                   row_number() OVER (PARTITION BY b.fwbm ORDER BY b.df DESC, b.bdcdyh) AS rf,
                   row_number() OVER (PARTITION BY b.bdcdyh ORDER BY b.df DESC, b.fwbm) AS rd
              FROM gl.bdd b
             WHERE b.df > 0
               AND NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.fwbm = b.fwbm)
               AND NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.bdcdyh = b.bdcdyh)) r
     WHERE r.rf <= v_top OR r.rd <= v_top;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;

COMMENT ON FUNCTION gl.link_candidates(integer) IS '重建候选对：未挂接的房屋与单元各取得分最高的前 N 个候选（名次、得分、理由）';
