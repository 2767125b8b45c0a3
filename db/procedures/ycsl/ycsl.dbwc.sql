-- ycsl.dbwc(text, text, text, jsonb, text) → jsonb
-- 做什么: 接收登簿完成信息（OneWindowService.receiveRegistrationCompleted，seed §5.2.2.2 提供登簿完成信息接收接口）：
--         按一窗受理号（或登记业务号）找到该件，记下登记业务号、不动产权证书号、登簿时间，该件 已登簿，记步骤「登簿完成」。
-- 规则: docs/onewindow.md「登簿完成」。
--   幂等：pg_advisory_xact_lock(hashtext('ycsl.receiveRegistrationCompleted'), hashtext(业务键))，业务键为 slbh，没有 slbh 时为
--     登记业务号；（receiveRegistrationCompleted, 业务键, qqid）已应答过的原样返回（ycsl.qq）。须在 READ COMMITTED 下调用。
--   输入（P0001，DETAIL InvalidInput）：qqid 必填；p_dbxx 为 JSON 对象（可空）；登记业务号 p_djywh（或 dbxx.djywh）必填；
--     dbxx.bdcqzh（不动产权证书号或证明号）可选，≤ 100 字符；dbxx.djsj（登簿时间，ISO 8601）可选，缺省为现在。
--   找件：给了 slbh 时按 slbh（不存在：P0001，DETAIL NotFound）；否则按登记业务号：登记业务 djjg.djyw 所记的一窗受理号或
--     交易业务号，或业务挂接 gl.yw_gl（jyywh ↔ djywh）所连的交易业务（yw.jyyw.ywh 即该件的 jyywh，或该业务所记的 slbh），
--     取最近的一件；找不到：P0001「djywh（登记业务号）「X」没有关联的一窗受理件」（DETAIL NotFound）。
--   状态：已确认、已备案 的件接收；已登簿 且登记业务号相同的，不再改动，应答「已接收」（重复通知）；已登簿而登记业务号不同、
--     其他状态（预录、待完善、已驳回、未通过、已撤件：交易端尚未办完或已终止）拒绝（P0001，DETAIL Conflict）。
-- 参数: p_slbh 一窗受理号（可空）；p_djywh 登记业务号（可空，可放在 dbxx.djywh）；p_qqid 请求编号；p_dbxx 登簿信息；
--       p_czr 经办人（空时记「一窗受理平台」）
-- 返回: 应答（ycsl.sj_dy；jg 已接收；djywh、bdcqzh、djsj 为记下的登簿信息）
-- 错误: 见规则
-- 调用: Python 层 OneWindowService.receiveRegistrationCompleted
-- 读写表: 读写 ycsl.qq、ycsl.sj；读 djjg.djyw、gl.yw_gl、yw.jyyw；写 ycsl.bz、yw.jyyw_hj

CREATE OR REPLACE FUNCTION ycsl.dbwc(p_slbh text, p_djywh text, p_qqid text, p_dbxx jsonb, p_czr text)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_slbh   text := nullif(btrim(p_slbh), '');
    v_qqid   text := btrim(p_qqid);
    v_czr    text := coalesce(nullif(btrim(p_czr), ''), '一窗受理平台');
    v_dbxx   jsonb := coalesce(p_dbxx, '{}'::jsonb);
    v_djywh  text;
    v_jz     text;
    v_dy     jsonb;
    v_sj     ycsl.sj%ROWTYPE;
    v_bdcqzh text;
    v_t      text;
    v_djsj   timestamptz;
    v_sm     text;
BEGIN
    IF jsonb_typeof(v_dbxx) <> 'object' THEN
        RAISE EXCEPTION 'dbxx（登簿信息）须为 JSON 对象' USING DETAIL = 'InvalidInput';
    END IF;
    v_djywh := coalesce(nullif(btrim(p_djywh), ''), nullif(btrim(v_dbxx ->> 'djywh'), ''));
    IF v_slbh IS NULL AND v_djywh IS NULL THEN
        RAISE EXCEPTION 'slbh（一窗受理号）与 djywh（登记业务号）不能都为空' USING DETAIL = 'InvalidInput';
    END IF;
    IF length(v_slbh) > 50 THEN
        RAISE EXCEPTION 'slbh（一窗受理号）不能超过 50 个字符' USING DETAIL = 'InvalidInput';
    END IF;
    IF coalesce(v_qqid, '') = '' OR length(v_qqid) > 100 THEN
        RAISE EXCEPTION 'qqid（请求编号）不能为空，且不超过 100 个字符' USING DETAIL = 'InvalidInput';
    END IF;
    v_jz := coalesce(v_slbh, v_djywh);
    IF length(v_jz) > 100 THEN
        RAISE EXCEPTION 'djywh（登记业务号）不能超过 100 个字符' USING DETAIL = 'InvalidInput';
    END IF;

    PERFORM pg_advisory_xact_lock(hashtext('ycsl.receiveRegistrationCompleted'), hashtext(v_jz));
    SELECT q.dy INTO v_dy FROM ycsl.qq q
     WHERE q.cz = 'receiveRegistrationCompleted' AND q.jz = v_jz AND q.qqid = v_qqid;
    IF FOUND THEN
        RETURN v_dy;
    END IF;

    IF v_djywh IS NULL THEN
        RAISE EXCEPTION 'djywh（登记业务号）不能为空' USING DETAIL = 'InvalidInput';
    END IF;
    v_bdcqzh := nullif(btrim(v_dbxx ->> 'bdcqzh'), '');
    IF length(v_bdcqzh) > 100 THEN
        RAISE EXCEPTION 'dbxx.bdcqzh（不动产权证书号）不能超过 100 个字符' USING DETAIL = 'InvalidInput';
    END IF;
    v_t := nullif(btrim(v_dbxx ->> 'djsj'), '');
    IF v_t IS NOT NULL THEN
        IF v_t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$' THEN
            BEGIN
                v_djsj := v_t::timestamptz;
            EXCEPTION
                WHEN data_exception THEN
                    v_djsj := NULL;
            END;
        END IF;
        IF v_djsj IS NULL THEN
            RAISE EXCEPTION 'dbxx.djsj（登簿时间）须为 ISO 8601 时间（如 2026-11-28T09:30:00+08:00），收到「%」', v_t
                USING DETAIL = 'InvalidInput';
        END IF;
    END IF;

    IF v_slbh IS NOT NULL THEN
        SELECT s.* INTO v_sj FROM ycsl.sj s WHERE s.slbh = v_slbh FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'slbh（一窗受理号）「%」不存在', v_slbh USING DETAIL = 'NotFound';
        END IF;
    ELSE
        SELECT s.* INTO v_sj
          FROM ycsl.sj s
         WHERE s.slbh IN (SELECT d.slbh FROM djjg.djyw d WHERE d.ywh = v_djywh AND d.slbh IS NOT NULL)
            OR s.jyywh IN (SELECT d.jyywh FROM djjg.djyw d WHERE d.ywh = v_djywh AND d.jyywh IS NOT NULL)
            OR s.jyywh IN (SELECT g.jyywh FROM gl.yw_gl g WHERE g.djywh = v_djywh AND g.jyywh IS NOT NULL)
            OR s.slbh IN (SELECT y.slbh FROM gl.yw_gl g JOIN yw.jyyw y ON y.ywh = g.jyywh
                           WHERE g.djywh = v_djywh AND y.slbh IS NOT NULL)
         ORDER BY s.id DESC
         LIMIT 1
           FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'djywh（登记业务号）「%」没有关联的一窗受理件', v_djywh USING DETAIL = 'NotFound';
        END IF;
    END IF;

    IF v_sj.zt = '已登簿' THEN
        IF v_sj.djywh <> v_djywh THEN
            RAISE EXCEPTION '一窗受理号 % 已登簿（登记业务号 %），不能再记登记业务号 %', v_sj.slbh, v_sj.djywh, v_djywh
                USING DETAIL = 'Conflict';
        END IF;
        v_sm := '一窗受理号 ' || v_sj.slbh || ' 已登簿（重复通知，未改变）';
    ELSIF v_sj.zt NOT IN ('已确认', '已备案') THEN
        RAISE EXCEPTION '一窗受理号 % 的状态为%，不能接收登簿完成信息（交易端须已确认）', v_sj.slbh, v_sj.zt
            USING DETAIL = 'Conflict';
    ELSE
        UPDATE ycsl.sj s SET djywh = v_djywh, bdcqzh = v_bdcqzh, djsj = coalesce(v_djsj, now()), zt = '已登簿',
                             gxsj = now()
         WHERE s.id = v_sj.id;
        PERFORM ycsl.bz_jl(v_sj.slbh, '登簿完成', '完成',
                           '登记业务号 ' || v_djywh || coalesce('，不动产权证书号 ' || v_bdcqzh, ''), v_czr);
        v_sm := '登簿完成信息已接收';
    END IF;
    v_dy := ycsl.sj_dy(v_sj.id, '已接收', v_sm, '{}'::text[]);
    INSERT INTO ycsl.qq (cz, jz, qqid, dy) VALUES ('receiveRegistrationCompleted', v_jz, v_qqid, v_dy);
    RETURN v_dy;
END
$$;

COMMENT ON FUNCTION ycsl.dbwc(text, text, text, jsonb, text) IS
    '接收登簿完成信息（receiveRegistrationCompleted）：幂等；按一窗受理号或登记业务号找件，记登记业务号、证书号、登簿时间，已登簿';
