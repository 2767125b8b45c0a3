-- gl.learn_aliases(text) → integer
-- 做什么: 从已核实的挂接学得项目别名：登记端对某项目的写法（规范键）在挂接中稳定地对应交易端的另一个项目规范键时，
--         记入 gl.xmbm（来源 学得），以后比对时把该写法当作交易端的项目。
-- 规则: seed §5.2.4.1（项目名称）；docs/linking.md「项目别名」。只用精确与人工挂接（不用评分挂接，避免自我强化）；
--   一个登记端写法学得别名的条件：支持它的挂接 ≥ 3 条，且占该写法全部这类挂接的 ≥ 90%；两端词干相同的不需要别名；
--   人工维护的别名不被覆盖；学得的别名随证据更新（sl）。
-- 参数: p_czr 操作人（记入 gl.xmbm.czr）
-- 返回: 新增或更新的别名数
-- 错误: 无
-- 调用: gl.link_run（精确挂接之后）
-- 读写表: 读 gl.fw_dy、gl.fwtz、gl.dytz；写 gl.xmbm

CREATE OR REPLACE FUNCTION gl.learn_aliases(p_czr text)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n integer;
BEGIN
    MERGE INTO gl.xmbm t
    USING (SELECT c.bm, c.gz_xm, c.sl
             FROM (SELECT d.gz_xm AS bm, f.gz_xm, count(*) AS sl,
                          sum(count(*)) OVER (PARTITION BY d.gz_xm) AS zs,
                          bool_or(d.gz_xmjc = f.gz_xmjc) AS tg
                     FROM gl.fw_dy g
                     JOIN gl.fwtz f ON f.fwbm = g.fwbm
                     JOIN gl.dytz d ON d.bdcdyh = g.bdcdyh
                    WHERE g.glfs IN ('精确', '人工') AND d.gz_xm IS NOT NULL AND f.gz_xm IS NOT NULL
                      AND d.gz_xm <> f.gz_xm
                    GROUP BY d.gz_xm, f.gz_xm) c
            WHERE c.sl >= 3 AND c.sl >= 0.9 * c.zs AND NOT c.tg
              AND NOT EXISTS (SELECT 1 FROM gl.xmbm x
                               WHERE x.bm = c.bm
                                 AND (x.ly = '人工' OR (x.gz_xm = c.gz_xm AND x.sl = c.sl)))) s
       ON (t.bm = s.bm)
    WHEN MATCHED THEN
         UPDATE SET gz_xm = s.gz_xm, sl = s.sl::integer, czr = p_czr, sj = now()
    WHEN NOT MATCHED THEN
         INSERT (bm, gz_xm, ly, sl, czr) VALUES (s.bm, s.gz_xm, '学得', s.sl::integer, p_czr);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;

COMMENT ON FUNCTION gl.learn_aliases(text) IS '从精确与人工挂接学得项目别名（登记端写法 → 交易端项目规范键），记入 gl.xmbm';
