-- aq.jc_dx(text, bigint, bigint, text[]) → integer
-- 做什么: 按对象重新读取一份合同或一笔抵押备案（触发时它可能已经变了），仍是已签约/已备案（抵押备案：已备案）时，对它的
--         房屋逐户做交易安全校验（aq.jc_h）；不再是时不校验。合同与抵押备案上的延迟约束触发器都调用它。
-- 规则: seed §3.2.1、§5.2.1.3；docs/guards.md「何时校验」。
--   合同（spfht/clfht）：户 = 合同当前的 h_id，受让方证件号码 = 该合同全部买受人的证件号码（ht.*_dsr，jslx 买受人）。
--   抵押备案（dyba）：户 = ht.dyba_h 中的每一户（p_h_id 给出时只查这一户），按户 ID 顺序加锁校验（避免死锁）；
--   受让方证件号码 = 抵押人证件号码 dyba.dyrzjhm。
-- 参数: p_lx 对象类型 spfht/clfht/dyba；p_dx_id 对象 ID；p_h_id 只查这一户（抵押备案；合同忽略）；p_gz 只检查这些规则
--       （NULL 为全部；当事人变化只查 AQ04）
-- 返回: 校验的户数（对象不存在或不是已签约/已备案时为 0）
-- 错误: aq.jc_h 的错误（JYAQ1 校验未通过、40001）；p_lx 不合法（22023）
-- 调用: 触发器函数 ht.spfht_after_aq、ht.clfht_after_aq、ht.spfht_dsr_after_aq、ht.clfht_dsr_after_aq、ht.dyba_after_aq、
--       ht.dyba_h_after_aq
-- 读写表: 读 ht.spfht、ht.spfht_dsr、ht.clfht、ht.clfht_dsr、ht.dyba、ht.dyba_h；经 aq.jc_h 锁 lpb.h、写 aq.fx、audit.czrz

CREATE OR REPLACE FUNCTION aq.jc_dx(p_lx text, p_dx_id bigint, p_h_id bigint, p_gz text[])
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_bh    varchar;
    v_zt    varchar;
    v_h     bigint;
    v_zjhm  text[];
    v_dyr   varchar;
    v_n     integer := 0;
BEGIN
    IF p_lx = 'spfht' THEN
        SELECT s.htbh, s.htzt, s.h_id INTO v_bh, v_zt, v_h FROM ht.spfht s WHERE s.id = p_dx_id;
        v_zjhm := ARRAY(SELECT d.zjhm FROM ht.spfht_dsr d
                         WHERE d.ht_id = p_dx_id AND d.jslx = '买受人' AND d.zjhm IS NOT NULL ORDER BY d.sxh);
    ELSIF p_lx = 'clfht' THEN
        SELECT c.htbh, c.htzt, c.h_id INTO v_bh, v_zt, v_h FROM ht.clfht c WHERE c.id = p_dx_id;
        v_zjhm := ARRAY(SELECT d.zjhm FROM ht.clfht_dsr d
                         WHERE d.ht_id = p_dx_id AND d.jslx = '买受人' AND d.zjhm IS NOT NULL ORDER BY d.sxh);
    ELSIF p_lx = 'dyba' THEN
        SELECT b.dybah, b.bazt, b.dyrzjhm INTO v_bh, v_zt, v_dyr FROM ht.dyba b WHERE b.id = p_dx_id;
        IF v_zt IS NULL OR v_zt <> '已备案' THEN
            RETURN 0;
        END IF;
        v_zjhm := CASE WHEN v_dyr IS NULL THEN '{}'::text[] ELSE ARRAY[v_dyr::text] END;
        FOR v_h IN SELECT DISTINCT bh.h_id FROM ht.dyba_h bh
                    WHERE bh.dyba_id = p_dx_id AND (p_h_id IS NULL OR bh.h_id = p_h_id)
                    ORDER BY bh.h_id LOOP
            PERFORM aq.jc_h('dyba', p_dx_id, v_bh, v_h, v_zjhm, p_gz);
            v_n := v_n + 1;
        END LOOP;
        RETURN v_n;
    ELSE
        RAISE EXCEPTION '对象类型 p_lx 只能是 spfht、clfht 或 dyba，收到「%」', p_lx USING ERRCODE = '22023';
    END IF;
    IF v_zt IS NULL OR v_zt NOT IN ('已签约', '已备案') THEN
        RETURN 0;
    END IF;
    PERFORM aq.jc_h(p_lx, p_dx_id, v_bh, v_h, v_zjhm, p_gz);
    RETURN 1;
END
$$;

COMMENT ON FUNCTION aq.jc_dx(text, bigint, bigint, text[]) IS
    '重新读取合同或抵押备案，仍为已签约/已备案时逐户做交易安全校验（aq.jc_h）；供合同、当事人与抵押备案的延迟约束触发器调用';
