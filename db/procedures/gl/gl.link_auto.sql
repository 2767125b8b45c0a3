-- gl.link_auto(text, integer, integer) → integer
-- 做什么: 评分挂接：在比对对 gl.bdd 中，把彼此都是对方最优候选、得分够高且明显胜过各自次优候选的对挂接（挂接方式 自动）。
-- 规则: seed §5.2.4.1；docs/linking.md「自动挂接的判定」。错挂比漏挂更糟，所以宁缺毋滥：
--   挂接 = 两端名次都是 1（一一对应）且 证据得分 ≥ p_min 且 与两端次优候选的分差都 ≥ p_cj（没有次优视为足够），
--   并且幢号、单元不矛盾、房号相同或只差一处笔误。做两轮：第二轮在去掉第一轮已挂接的房屋与单元后重新排名
--   （已被更有把握地挂走的对象不再算竞争者）。匹配得分 ppdf = 1 / (1 + e^(−(得分 − 6) / 2))。
-- 参数: p_czr 操作人；p_min 最低证据得分（默认 12）；p_cj 最小分差（默认 3）
-- 返回: 新挂接数
-- 错误: 无
-- 调用: gl.link_run
-- 读写表: 读 gl.bdd；写 gl.fw_dy

CREATE OR REPLACE FUNCTION gl.link_auto(p_czr text, p_min integer, p_cj integer)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n   integer;
    v_k   integer := 0;
    v_min integer := coalesce(p_min, 12);
    v_cj  integer := coalesce(p_cj, 3);
BEGIN
    -- 第一轮：gl.link_pairs 已排好名次
    INSERT INTO gl.fw_dy (fwbm, bdcdyh, ppdf, glfs, glyj, czr)
    SELECT b.fwbm, b.bdcdyh, round(1 / (1 + exp(-(b.df - 6) / 2.0)), 4), '自动',
           gl.pair_reasons(b.fx) || json_build_object('得分', b.df, '分差', least(coalesce(b.fwcj, 99), coalesce(b.dycj, 99)),
                                                      '依据', '评分挂接（第 1 轮）')::jsonb,
           p_czr
      FROM gl.bdd b
     WHERE b.fwmc = 1 AND b.dymc = 1 AND b.df >= v_min
       AND coalesce(b.fwcj, 99) >= v_cj AND coalesce(b.dycj, 99) >= v_cj
       AND b.fx[3] >= 0 AND b.fx[4] >= 0 AND b.fx[5] >= 1
       AND NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.fwbm = b.fwbm)
       AND NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.bdcdyh = b.bdcdyh);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    -- 第二轮：只看两端都还没挂接的对，重新排名
    INSERT INTO gl.fw_dy (fwbm, bdcdyh, ppdf, glfs, glyj, czr)
    SELECT r.fwbm, r.bdcdyh, round(1 / (1 + exp(-(r.df - 6) / 2.0)), 4), '自动',
           gl.pair_reasons(r.fx) || json_build_object('得分', r.df, '分差', least(coalesce(r.cf, 99), coalesce(r.cd, 99)),
                                                      '依据', '评分挂接（第 2 轮）')::jsonb,
           p_czr
      FROM (SELECT b.fwbm, b.bdcdyh, b.df, b.fx,
                   row_number() OVER wf AS rf, row_number() OVER wd AS rd,
                   b.df - lead(b.df) OVER wf AS cf, b.df - lead(b.df) OVER wd AS cd
              FROM gl.bdd b
             WHERE NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.fwbm = b.fwbm)
               AND NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.bdcdyh = b.bdcdyh)
            WINDOW wf AS (PARTITION BY b.fwbm ORDER BY b.df DESC, b.bdcdyh),
                   wd AS (PARTITION BY b.bdcdyh ORDER BY b.df DESC, b.fwbm)) r
     WHERE r.rf = 1 AND r.rd = 1 AND r.df >= v_min
       AND coalesce(r.cf, 99) >= v_cj AND coalesce(r.cd, 99) >= v_cj
       AND r.fx[3] >= 0 AND r.fx[4] >= 0 AND r.fx[5] >= 1;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;
    RETURN v_k;
END
$$;

COMMENT ON FUNCTION gl.link_auto(text, integer, integer) IS
    '评分挂接：两端互为最优、得分 ≥ 阈值且胜过次优足够多的对挂接（两轮）；其余留作候选';
