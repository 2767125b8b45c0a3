-- ycsl.sj_js(text, text, text, jsonb, jsonb, text) → jsonb
-- 做什么: 接收一窗受理平台分发的申请（OneWindowService.receiveApplication：申报人信息、申报基本信息、申报附件信息），
--         幂等地收件并按流程开始交易端的办理：存量房网签预录（ycsl.sj_clfwq）、交易备案前置收件与自动转入
--         （ycsl.sj_jyba）、抵押备案前置收件与自动转入（ycsl.sj_dyba）。返回的应答由 Python 层交给调用方。
-- 规则: seed §5.1.3、§5.2.2.2（提供接收申报人信息、申报基本信息、申报附件信息接口）、§5.2.2.3；docs/onewindow.md。
--   幂等：先 pg_advisory_xact_lock(hashtext('ycsl.receiveApplication'), hashtext(slbh))，同一受理号的调用依次进行；
--     （receiveApplication, slbh, qqid）已应答过的，原样返回第一次的应答（ycsl.qq），什么也不改。须在 READ COMMITTED 下调用
--     （取得锁后的语句才看得见前一个事务提交的应答）。调用失败（报错）不留应答，同一请求可以重试。
--   同一受理号已收件（另一个请求编号）：状态为 已驳回 且未挂起二次受理限定（已由 ycsl.xd_jc 解除），或状态为 待完善
--     （抵押备案转入权属数据完善后再次提交）时，按新的申报再次受理（申报人替换，步骤接着记「再次收件」）；挂起限定时拒绝
--     「二次受理限定：…」；其他状态拒绝「一窗受理号 X 已收件（状态 …）」。
--   输入检查（P0001，中文信息指明字段，DETAIL 为 InvalidInput）：slbh ≤ 50 字符、qqid ≤ 100 字符必填；lc 为 CLFWQ/JYBA/DYBA；
--     sbxx 为 JSON 对象，sbxx.fwbm 必填且在楼盘表中（不在时 DETAIL 为 NotFound）；sbr 为 JSON 数组（可空），每项
--     {jslx 出卖人/买受人/抵押人/抵押权人/代理人, mc 必填, zjzl 证件种类代码或名称（zd.zjzl）, zjhm ≤ 50 字符（身份证、
--     统一社会信用代码须校验通过）, dh}；sbxx.fj（可选）为申报附件数组（ycsl.fj_jl）。各流程另查的字段见各自过程。
--   拒绝（已收件、二次受理限定）也是 P0001，DETAIL 为 Conflict。
-- 参数: p_slbh 一窗受理号；p_lc 流程 CLFWQ/JYBA/DYBA；p_qqid 请求编号；p_sbr 申报人数组；p_sbxx 申报基本信息；
--       p_czr 经办人（空时记「一窗受理平台」）
-- 返回: 应答 {"slbh","lc","zt","htbh","htbah","htzt","dybah","jyywh","xd","djywh","bdcqzh","djsj","jg","sm","yy"}
--       （ycsl.sj_dy；jg 为 受理通过 / 审核未通过 / 驳回 / 待完善）
-- 错误: 见规则；各流程过程的错误
-- 调用: Python 层 OneWindowService.receiveApplication
-- 读写表: 读写 ycsl.qq、ycsl.sj、ycsl.sbr；读 lpb.h、zd.zjzl；写 ycsl.bz、ycsl.fj；经各流程过程写 ht、yw、ycsl.ts 等

CREATE OR REPLACE FUNCTION ycsl.sj_js(p_slbh text, p_lc text, p_qqid text, p_sbr jsonb, p_sbxx jsonb, p_czr text)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_slbh  text := btrim(p_slbh);
    v_qqid  text := btrim(p_qqid);
    v_lc    text := upper(btrim(p_lc));
    v_czr   text := coalesce(nullif(btrim(p_czr), ''), '一窗受理平台');
    v_dy    jsonb;
    v_sj    ycsl.sj%ROWTYPE;
    v_fwbm  text;
    v_h     bigint;
    v_sbr   jsonb := coalesce(p_sbr, '[]'::jsonb);
    v_e     jsonb;
    v_i     integer;
    v_jslx  text;
    v_mc    text;
    v_zjzl  text;
    v_zjdm  varchar;
    v_zjhm  text;
    v_dh    text;
    v_zc    boolean := false;
BEGIN
    IF coalesce(v_slbh, '') = '' THEN
        RAISE EXCEPTION 'slbh（一窗受理号）不能为空' USING DETAIL = 'InvalidInput';
    END IF;
    IF length(v_slbh) > 50 THEN
        RAISE EXCEPTION 'slbh（一窗受理号）不能超过 50 个字符' USING DETAIL = 'InvalidInput';
    END IF;
    IF coalesce(v_qqid, '') = '' OR length(v_qqid) > 100 THEN
        RAISE EXCEPTION 'qqid（请求编号）不能为空，且不超过 100 个字符' USING DETAIL = 'InvalidInput';
    END IF;

    PERFORM pg_advisory_xact_lock(hashtext('ycsl.receiveApplication'), hashtext(v_slbh));
    SELECT q.dy INTO v_dy FROM ycsl.qq q
     WHERE q.cz = 'receiveApplication' AND q.jz = v_slbh AND q.qqid = v_qqid;
    IF FOUND THEN
        RETURN v_dy;
    END IF;

    IF v_lc IS NULL OR v_lc NOT IN ('CLFWQ', 'JYBA', 'DYBA') THEN
        RAISE EXCEPTION 'lc（流程）只能是 CLFWQ（存量房网签）、JYBA（交易备案）或 DYBA（抵押备案），收到「%」', p_lc
            USING DETAIL = 'InvalidInput';
    END IF;
    IF p_sbxx IS NULL OR jsonb_typeof(p_sbxx) <> 'object' THEN
        RAISE EXCEPTION 'sbxx（申报基本信息）须为 JSON 对象' USING DETAIL = 'InvalidInput';
    END IF;
    IF jsonb_typeof(v_sbr) <> 'array' THEN
        RAISE EXCEPTION 'sbr（申报人）须为 JSON 数组' USING DETAIL = 'InvalidInput';
    END IF;
    v_fwbm := btrim(p_sbxx ->> 'fwbm');
    IF coalesce(v_fwbm, '') = '' THEN
        RAISE EXCEPTION 'sbxx.fwbm（房屋编码）不能为空' USING DETAIL = 'InvalidInput';
    END IF;
    SELECT h.id INTO v_h FROM lpb.h h WHERE h.fwbm = v_fwbm;
    IF v_h IS NULL THEN
        RAISE EXCEPTION 'sbxx.fwbm（房屋编码）「%」不在楼盘表中', v_fwbm USING DETAIL = 'NotFound';
    END IF;
    -- 申报人逐项检查（先查完再写）
    FOR v_i IN 0 .. jsonb_array_length(v_sbr) - 1 LOOP
        v_e := v_sbr -> v_i;
        IF jsonb_typeof(v_e) <> 'object' THEN
            RAISE EXCEPTION 'sbr[%]（申报人）须为 JSON 对象', v_i + 1 USING DETAIL = 'InvalidInput';
        END IF;
        v_jslx := btrim(v_e ->> 'jslx');
        IF v_jslx IS NULL OR v_jslx NOT IN ('出卖人', '买受人', '抵押人', '抵押权人', '代理人') THEN
            RAISE EXCEPTION 'sbr[%].jslx（角色）只能是 出卖人、买受人、抵押人、抵押权人 或 代理人，收到「%」', v_i + 1,
                v_e ->> 'jslx' USING DETAIL = 'InvalidInput';
        END IF;
        IF coalesce(btrim(v_e ->> 'mc'), '') = '' THEN
            RAISE EXCEPTION 'sbr[%].mc（名称）不能为空', v_i + 1 USING DETAIL = 'InvalidInput';
        END IF;
        v_zjzl := btrim(v_e ->> 'zjzl');
        IF coalesce(v_zjzl, '') <> '' THEN
            SELECT z.dm INTO v_zjdm FROM zd.zjzl z WHERE z.dm = v_zjzl OR z.mc = v_zjzl ORDER BY z.dm = v_zjzl DESC LIMIT 1;
            IF v_zjdm IS NULL THEN
                RAISE EXCEPTION 'sbr[%].zjzl（证件种类）「%」不是证件种类代码或名称（zd.zjzl）', v_i + 1, v_zjzl
                    USING DETAIL = 'InvalidInput';
            END IF;
        ELSE
            v_zjdm := NULL;
        END IF;
        v_zjhm := btrim(v_e ->> 'zjhm');
        IF length(v_zjhm) > 50 THEN
            RAISE EXCEPTION 'sbr[%].zjhm（证件号码）不能超过 50 个字符', v_i + 1 USING DETAIL = 'InvalidInput';
        END IF;
        IF v_zjdm = '1' AND coalesce(v_zjhm, '') <> '' AND NOT std.is_valid_sfzh(v_zjhm) THEN
            RAISE EXCEPTION 'sbr[%].zjhm（证件号码）不是有效的居民身份证号码（GB 11643）：「%」', v_i + 1, v_zjhm
                USING DETAIL = 'InvalidInput';
        END IF;
        IF v_zjdm = '8' AND coalesce(v_zjhm, '') <> '' AND NOT std.is_valid_uscc(v_zjhm) THEN
            RAISE EXCEPTION 'sbr[%].zjhm（证件号码）不是有效的统一社会信用代码（GB 32100）：「%」', v_i + 1, v_zjhm
                USING DETAIL = 'InvalidInput';
        END IF;
        IF length(btrim(v_e ->> 'dh')) > 50 THEN
            RAISE EXCEPTION 'sbr[%].dh（电话）不能超过 50 个字符', v_i + 1 USING DETAIL = 'InvalidInput';
        END IF;
    END LOOP;
    IF p_sbxx ? 'fj' AND jsonb_typeof(p_sbxx -> 'fj') NOT IN ('array', 'null') THEN
        RAISE EXCEPTION 'sbxx.fj（申报附件）须为 JSON 数组' USING DETAIL = 'InvalidInput';
    END IF;

    SELECT s.* INTO v_sj FROM ycsl.sj s WHERE s.slbh = v_slbh FOR UPDATE;
    IF FOUND THEN
        IF v_sj.xd THEN
            RAISE EXCEPTION '二次受理限定：一窗受理号 % 已驳回并挂起二次受理限定（%），解除限定后方可再次受理', v_slbh,
                v_sj.xdyy USING DETAIL = 'Conflict';
        END IF;
        IF v_sj.zt NOT IN ('已驳回', '待完善') THEN
            RAISE EXCEPTION '一窗受理号 % 已收件（状态 %）', v_slbh, v_sj.zt USING DETAIL = 'Conflict';
        END IF;
        v_zc := true;
        UPDATE ycsl.sj s
           SET lc = v_lc, fwbm = v_fwbm, h_id = v_h, htlx = NULL, htbh = NULL, dyba_id = NULL, jyywh = NULL,
               sbxx = p_sbxx, xdyy = NULL, czr = v_czr, gxsj = now()
         WHERE s.id = v_sj.id
        RETURNING s.* INTO v_sj;
        DELETE FROM ycsl.sbr r WHERE r.sj_id = v_sj.id;
    ELSE
        INSERT INTO ycsl.sj (slbh, lc, zt, fwbm, h_id, sbxx, czr)
        VALUES (v_slbh, v_lc, '预录', v_fwbm, v_h, p_sbxx, v_czr)
        RETURNING * INTO v_sj;
    END IF;

    FOR v_i IN 0 .. jsonb_array_length(v_sbr) - 1 LOOP
        v_e := v_sbr -> v_i;
        v_zjzl := btrim(v_e ->> 'zjzl');
        INSERT INTO ycsl.sbr (sj_id, sxh, jslx, mc, zjzl, zjhm, dh)
        VALUES (v_sj.id, v_i + 1, btrim(v_e ->> 'jslx'), btrim(v_e ->> 'mc'),
                (SELECT z.dm FROM zd.zjzl z WHERE z.dm = v_zjzl OR z.mc = v_zjzl ORDER BY z.dm = v_zjzl DESC LIMIT 1),
                nullif(btrim(v_e ->> 'zjhm'), ''), nullif(btrim(v_e ->> 'dh'), ''));
    END LOOP;
    IF jsonb_typeof(p_sbxx -> 'fj') = 'array' THEN
        PERFORM ycsl.fj_jl(v_slbh, NULL, '申报附件', p_sbxx -> 'fj', '一窗');
    END IF;
    IF v_zc THEN
        PERFORM ycsl.bz_jl(v_slbh, '再次收件', '通过',
                           '一窗受理平台再次分发（' || v_lc || '），按新的申报重新办理', v_czr);
    END IF;

    IF v_lc = 'CLFWQ' THEN
        v_dy := ycsl.sj_clfwq(v_sj.id, v_czr);
    ELSIF v_lc = 'JYBA' THEN
        v_dy := ycsl.sj_jyba(v_sj.id, v_czr);
    ELSE
        v_dy := ycsl.sj_dyba(v_sj.id, v_czr);
    END IF;
    INSERT INTO ycsl.qq (cz, jz, qqid, dy) VALUES ('receiveApplication', v_slbh, v_qqid, v_dy);
    RETURN v_dy;
END
$$;

COMMENT ON FUNCTION ycsl.sj_js(text, text, text, jsonb, jsonb, text) IS
    '接收一窗受理分发件（receiveApplication）：幂等收件，检查申报，按流程办理存量房网签预录、交易备案或抵押备案，返回应答';
