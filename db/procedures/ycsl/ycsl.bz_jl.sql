-- ycsl.bz_jl(text, text, text, text, text) → integer
-- 做什么: 记一件一窗申请的一个办件步骤（办件审核进度 getProgress 所示）：写 ycsl.bz，序号接着该受理号已有的步骤；
--         该件已生成交易业务时，同时记入该业务的环节 yw.jyyw_hj（房管系统自己的办件记录）。
-- 规则: seed §5.2.2.2（根据一窗受理号办件审核进度）。结果 jg：通过 / 不通过 / 驳回 / 撤件 / 完成。
--       记入 yw.jyyw_hj 时结果换成它的取值：驳回 → 退回，完成 → 通过，其余相同；环节序号接着该业务已有的环节。
--       调用方已锁住该件（ycsl.sj 行 FOR UPDATE，或刚插入），同一受理号的序号不会并发冲突。
-- 参数: p_slbh 一窗受理号；p_hjmc 环节名称；p_jg 结果；p_sm 说明（可空）；p_czr 经办人（可空）
-- 返回: 步骤序号
-- 错误: 结果不在取值中（23514，检查约束）；受理号不存在（23503，外键）
-- 调用: ycsl.sj_js、ycsl.sj_clfwq、ycsl.sj_jyba、ycsl.sj_dyba、ycsl.sj_bh、ycsl.qmy_js、ycsl.cj、ycsl.dbwc、ycsl.xd_jc
-- 读写表: 读 ycsl.sj；写 ycsl.bz、yw.jyyw_hj

CREATE OR REPLACE FUNCTION ycsl.bz_jl(p_slbh text, p_hjmc text, p_jg text, p_sm text, p_czr text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_xh    integer;
    v_ywh   text;
    v_sj    timestamptz := clock_timestamp();
BEGIN
    v_xh := coalesce((SELECT max(b.xh) FROM ycsl.bz b WHERE b.slbh = p_slbh), 0) + 1;
    INSERT INTO ycsl.bz (slbh, xh, hjmc, jg, sm, czr, sj) VALUES (p_slbh, v_xh, p_hjmc, p_jg, p_sm, p_czr, v_sj);
    SELECT s.jyywh INTO v_ywh FROM ycsl.sj s WHERE s.slbh = p_slbh;
    IF v_ywh IS NOT NULL THEN
        INSERT INTO yw.jyyw_hj (ywh, hjxh, hjmc, jg, kssj, jssj, czr, bz)
        VALUES (v_ywh, coalesce((SELECT max(h.hjxh) FROM yw.jyyw_hj h WHERE h.ywh = v_ywh), 0) + 1, p_hjmc,
                CASE p_jg WHEN '驳回' THEN '退回' WHEN '完成' THEN '通过' ELSE p_jg END, v_sj, v_sj, p_czr, p_sm);
    END IF;
    RETURN v_xh;
END
$$;

COMMENT ON FUNCTION ycsl.bz_jl(text, text, text, text, text) IS
    '记一件一窗申请的办件步骤（ycsl.bz，序号递增），已有交易业务时同时记入 yw.jyyw_hj';
