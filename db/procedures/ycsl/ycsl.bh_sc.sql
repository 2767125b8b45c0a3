-- ycsl.bh_sc(text) → text
-- 做什么: 生成一窗受理办理中用到的编号：交易业务号、存量房合同编号、合同备案号、抵押备案号。编号 = 前缀 + 年份 + 定长序号，
--         序号取自本模式的序列（不用 max()+1：并发的两个事务不会取到同一个号）。
-- 规则: 格式与存量数据、模拟程序一致（jydj/seed/generate.py、jydj/simulate/housing.py）：
--         ywh       YC   + 年 + 9 位（ycsl.ywh_xl；一窗受理生成的交易业务，与房管系统的 JY 业务号分开）
--         clfhtbh   CLF  + 年 + 8 位（ycsl.clfhtbh_xl，ht.clfht.htbh）
--         spfhtbah  BA   + 年 + 8 位（ycsl.spfhtbah_xl，ht.spfht.htbah）
--         clfhtbah  CLBA + 年 + 8 位（ycsl.clfhtbah_xl，ht.clfht.htbah）
--         dybah     DYBA + 年 + 8 位（ycsl.dybah_xl，ht.dyba.dybah）
--       年份为北京时间的当年；序号不按年重置（与存量数据相同）。存量数据与模拟程序用同样的前缀，序列可能取到已有的号：
--       取到的号已存在时，把序列推到该前缀已用的最大序号，再取下一个（只在相撞时查一次最大值）。序号超过定长时照常加长。
-- 参数: p_lx 编号种类：ywh / clfhtbh / spfhtbah / clfhtbah / dybah
-- 返回: 新编号（本事务提交前其他事务也不会取到同一个号）
-- 错误: p_lx 不是上述之一（P0001）
-- 调用: ycsl.sj_clfwq、ycsl.sj_jyba、ycsl.sj_dyba、ycsl.qmy_js
-- 读写表: 读 yw.jyyw、ht.clfht、ht.spfht、ht.dyba（查重与最大序号）；序列 ycsl.*_xl

CREATE OR REPLACE FUNCTION ycsl.bh_sc(p_lx text)
RETURNS text
LANGUAGE plpgsql
AS $$
DECLARE
    v_qz    text;
    v_ws    integer;
    v_xl    text;
    v_n     bigint;
    v_bh    text;
    v_max   bigint;
    v_zz    text;
    v_cz    boolean;
BEGIN
    IF p_lx = 'ywh' THEN
        v_qz := 'YC'; v_ws := 9; v_xl := 'ycsl.ywh_xl';
    ELSIF p_lx = 'clfhtbh' THEN
        v_qz := 'CLF'; v_ws := 8; v_xl := 'ycsl.clfhtbh_xl';
    ELSIF p_lx = 'spfhtbah' THEN
        v_qz := 'BA'; v_ws := 8; v_xl := 'ycsl.spfhtbah_xl';
    ELSIF p_lx = 'clfhtbah' THEN
        v_qz := 'CLBA'; v_ws := 8; v_xl := 'ycsl.clfhtbah_xl';
    ELSIF p_lx = 'dybah' THEN
        v_qz := 'DYBA'; v_ws := 8; v_xl := 'ycsl.dybah_xl';
    ELSE
        RAISE EXCEPTION '编号种类 p_lx 只能是 ywh、clfhtbh、spfhtbah、clfhtbah 或 dybah，收到「%」', p_lx;
    END IF;
    v_qz := v_qz || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY');
    v_zz := '^' || v_qz || '([0-9]+)$';
    LOOP
        v_n := nextval(v_xl::regclass);
        v_bh := v_qz || lpad(v_n::text, greatest(v_ws, length(v_n::text)), '0');
        IF p_lx = 'ywh' THEN
            v_cz := EXISTS (SELECT 1 FROM yw.jyyw y WHERE y.ywh = v_bh);
        ELSIF p_lx = 'clfhtbh' THEN
            v_cz := EXISTS (SELECT 1 FROM ht.clfht c WHERE c.htbh = v_bh);
        ELSIF p_lx = 'spfhtbah' THEN
            v_cz := EXISTS (SELECT 1 FROM ht.spfht s WHERE s.htbah = v_bh);
        ELSIF p_lx = 'clfhtbah' THEN
            v_cz := EXISTS (SELECT 1 FROM ht.clfht c WHERE c.htbah = v_bh);
        ELSE
            v_cz := EXISTS (SELECT 1 FROM ht.dyba b WHERE b.dybah = v_bh);
        END IF;
        IF NOT v_cz THEN
            RETURN v_bh;
        END IF;
        -- 相撞：推到该前缀已用的最大序号之后
        IF p_lx = 'ywh' THEN
            SELECT max(substring(y.ywh FROM v_zz)::bigint) INTO v_max FROM yw.jyyw y WHERE y.ywh LIKE v_qz || '%';
        ELSIF p_lx = 'clfhtbh' THEN
            SELECT max(substring(c.htbh FROM v_zz)::bigint) INTO v_max FROM ht.clfht c WHERE c.htbh LIKE v_qz || '%';
        ELSIF p_lx = 'spfhtbah' THEN
            SELECT max(substring(s.htbah FROM v_zz)::bigint) INTO v_max FROM ht.spfht s WHERE s.htbah LIKE v_qz || '%';
        ELSIF p_lx = 'clfhtbah' THEN
            SELECT max(substring(c.htbah FROM v_zz)::bigint) INTO v_max FROM ht.clfht c WHERE c.htbah LIKE v_qz || '%';
        ELSE
            SELECT max(substring(b.dybah FROM v_zz)::bigint) INTO v_max FROM ht.dyba b WHERE b.dybah LIKE v_qz || '%';
        END IF;
        IF coalesce(v_max, 0) > v_n THEN
            PERFORM setval(v_xl::regclass, v_max);
        END IF;
    END LOOP;
END
$$;

COMMENT ON FUNCTION ycsl.bh_sc(text) IS
    '一窗受理的编号：交易业务号 YC、存量房合同编号 CLF、合同备案号 BA/CLBA、抵押备案号 DYBA + 年份 + 定长序号（取自序列，遇到已有编号时跳过）';
