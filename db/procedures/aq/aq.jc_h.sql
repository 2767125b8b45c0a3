-- aq.jc_h(text, bigint, text, bigint, text[], text[]) → integer
-- 做什么: 触发器对一份合同（或一笔抵押备案）在一户上的交易安全校验：锁住该户，调用 aq.jc_fw，不通过的规则有有效的
--         一次性放行 aq.fx 时予以放行；仍有不通过的规则则拒绝（抛出 JYAQ1），全部通过时把用到的放行标记为已使用并记
--         操作日志。
-- 规则: seed §3.2.1、§5.2.1.3；docs/guards.md「并发」「放行」。
--   并发：先 SELECT … FROM lpb.h WHERE id = … FOR NO KEY UPDATE 锁住该户，同时卖同一户的两个事务（如一个商品房合同、一个
--   存量房合同）在这里排队；READ COMMITTED 下后者在前者提交后才取得锁，其后的查询是新快照，看得见前者的合同（AQ01 拒绝）。
--   用 NO KEY UPDATE 而不是 UPDATE：两个事务插入合同时外键检查各自持有该户的 KEY SHARE 锁直到提交，FOR UPDATE 与之冲突，
--   两个事务提交时会互相等待（死锁）；NO KEY UPDATE 与 KEY SHARE 相容、彼此互斥（openGauss 3.0 起同样支持）。
--   REPEATABLE READ / SERIALIZABLE 下快照在事务开始时已定，看不见前者：因此再 UPDATE lpb.h SET gxsj = gxsj 一次，
--   前者提交后后者的锁定或更新以 40001 serialization_failure 失败（由应用重试，重试时的新快照会看见前者）。
--   放行：同一规则编码、对象类型、对象编号、户的放行，有效期未过，未使用（或已被本事务使用：同一事务对同一对象
--   再次校验时仍然有效）；多个可用时取最早的一个。只有该户的全部不通过规则都被放行时才通过，此时才标记已使用。
--   拒绝：RAISE EXCEPTION USING ERRCODE = 'JYAQ1'，MESSAGE = '交易安全校验未通过：' || 第一条（带规则编码与名称），
--   DETAIL = 全部未放行的不通过规则的 JSON 数组 [{"gzbm":…,"xx":…}]，HINT = 放行与登记抵押权人同意的办法。
-- 参数: p_lx 对象类型 spfht/clfht/dyba；p_dx_id 对象 ID；p_dxbh 对象编号（合同编号 htbh 或抵押备案号 dybah）；p_h_id 户 ID；
--       p_zjhm 受让方证件号码（买受人或抵押人）；p_gz 只检查这些规则（NULL 为全部）
-- 返回: 本次使用的放行数
-- 错误: JYAQ1 交易安全校验未通过；40001 可重复读下并发修改同一户；aq.jc_fw 的错误
-- 调用: aq.jc_dx（合同与抵押备案的延迟约束触发器）
-- 读写表: 锁 lpb.h（可重复读下更新其 gxsj）；读 aq.fx 与 aq.jc_fw 所读各表；写 aq.fx、audit.czrz

CREATE OR REPLACE FUNCTION aq.jc_h(p_lx text, p_dx_id bigint, p_dxbh text, p_h_id bigint, p_zjhm text[],
                                   p_gz text[])
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_tx    bigint;
    v_r     record;
    v_fx    bigint;
    v_fxs   bigint[] := '{}';
    v_bad   json[] := '{}';
    v_first text;
    v_old   aq.fx%ROWTYPE;
    v_new   aq.fx%ROWTYPE;
    v_i     bigint;
BEGIN
    PERFORM 1 FROM lpb.h h WHERE h.id = p_h_id FOR NO KEY UPDATE;
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        UPDATE lpb.h h SET gxsj = h.gxsj WHERE h.id = p_h_id;
    END IF;
    v_tx := txid_current();
    FOR v_r IN SELECT c.gzbm, c.gzmc, c.xx
                 FROM aq.jc_fw(p_lx, p_h_id, p_dx_id, p_zjhm) c
                WHERE p_gz IS NULL OR c.gzbm = ANY (p_gz)
                ORDER BY c.gzbm LOOP
        v_fx := NULL;
        SELECT f.id INTO v_fx
          FROM aq.fx f
         WHERE f.dxbh = p_dxbh AND f.h_id = p_h_id AND f.gzbm = v_r.gzbm AND f.dxlx = p_lx
           AND f.yxq >= now() AND (NOT f.sybz OR f.syswh = v_tx)
         ORDER BY f.sybz DESC, f.id
         LIMIT 1;
        IF v_fx IS NULL THEN
            v_bad := v_bad || json_build_object('gzbm', v_r.gzbm, 'xx', v_r.xx);
            IF v_first IS NULL THEN
                v_first := v_r.gzbm || ' ' || v_r.gzmc || '：' || v_r.xx;
            END IF;
        ELSE
            v_fxs := v_fxs || v_fx;
        END IF;
    END LOOP;

    IF v_first IS NOT NULL THEN
        RAISE EXCEPTION USING
            ERRCODE = 'JYAQ1',
            MESSAGE = '交易安全校验未通过：' || v_first,
            DETAIL = array_to_json(v_bad)::text,
            HINT = '确需办理的，由具有 jydj_aq_fx 角色的人员对该规则、该' ||
                   CASE WHEN p_lx = 'dyba' THEN '抵押备案' ELSE '合同' END || '（' || coalesce(p_dxbh, '') ||
                   '）登记一次性放行：SELECT aq.fx_sq(规则编码, 对象类型, 对象编号, 房屋编码, 操作人, 原因)' ||
                   '（jydj guard override）；AQ05 可登记抵押权人同意：aq.dyty_dj（jydj guard consent）';
    END IF;

    FOR v_i IN SELECT DISTINCT u.id FROM unnest(v_fxs) AS u(id) ORDER BY u.id LOOP
        SELECT f.* INTO v_old FROM aq.fx f WHERE f.id = v_i AND NOT f.sybz;
        IF v_old.id IS NOT NULL THEN
            UPDATE aq.fx f SET sybz = true, sysj = now(), syswh = v_tx WHERE f.id = v_i RETURNING f.* INTO v_new;
            INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
            VALUES (session_user, '交易安全放行使用', 'aq.fx', v_i::text, row_to_json(v_old)::jsonb,
                    row_to_json(v_new)::jsonb, aq.ly(),
                    '放行 ' || v_new.gzbm || ' 用于 ' || p_lx || ' ' || p_dxbh || '（放行原因：' || v_new.yy || '）');
        END IF;
    END LOOP;
    RETURN coalesce(array_length(v_fxs, 1), 0);
END
$$;

COMMENT ON FUNCTION aq.jc_h(text, bigint, text, bigint, text[], text[]) IS
    '触发器对一份合同或抵押备案在一户上的交易安全校验：锁户、校验、按一次性放行放行，不通过则抛出 JYAQ1（DETAIL 为全部违规的 JSON 数组）';
