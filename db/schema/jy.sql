--
-- PostgreSQL database dump
--

--
-- Name: aq; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA aq;

--
-- Name: SCHEMA aq; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA aq IS '交易安全：签约、备案、抵押备案前对房屋的校验规则、设置、一次性放行与抵押权人同意';

--
-- Name: audit; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA audit;

--
-- Name: SCHEMA audit; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA audit IS '审计：操作日志（数据修正、挂接等操作的前后值）';

--
-- Name: djjg; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA djjg;

--
-- Name: SCHEMA djjg; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA djjg IS '登记结果镜像：经校验入库的不动产登记结果（TD/T 1066 的权利人、房地产权、抵押权、预告、查封、异议、注销、证书、影像索引）';

--
-- Name: djzt; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA djzt;

--
-- Name: SCHEMA djzt; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA djzt IS '登记结果专题：以不动产单元与房屋为中心，汇总已入库的登记结果（只读视图）';

--
-- Name: gj; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA gj;

--
-- Name: SCHEMA gj; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA gj IS '数据对接工具：用户、角色与数据范围（登记种类、区县）';

--
-- Name: gl; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA gl;

--
-- Name: SCHEMA gl; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA gl IS '挂接：房屋编码与不动产单元号的对应，交易业务与登记业务的关联';

--
-- Name: ht; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA ht;

--
-- Name: SCHEMA ht; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA ht IS '合同与备案：商品房合同、存量房合同及其当事人，行政限制，抵押备案';

--
-- Name: jh; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA jh;

--
-- Name: SCHEMA jh; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA jh IS '交换控制：CDC 流 S1–S4 的应用函数所用的行位置、路由规则与决定、未转发记录、待处理行、死信和流状态';

--
-- Name: jk; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA jk;

--
-- Name: SCHEMA jk; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA jk IS '对接接口：web 服务的合作方（凭据、来源地址）与调用日志';

--
-- Name: lpb; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA lpb;

--
-- Name: SCHEMA lpb; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA lpb IS '楼盘表：项目、自然幢、逻辑幢、层、户（房管测绘成果，房屋编码所在）';

--
-- Name: outbox; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA outbox;

--
-- Name: SCHEMA outbox; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA outbox IS '发件箱：业务办结时由触发器写入、经 S1 推送到共享交易库的变更';

--
-- Name: std; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA std;

--
-- Name: SCHEMA std; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA std IS '编码校验：标准编码校验函数（函数由过程文件创建，本迁移只建空模式）';

--
-- Name: stg; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA stg;

--
-- Name: SCHEMA stg; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA stg IS '暂存：经 S4 从前置共享登记库到达、尚待校验入库的登记原始数据';

--
-- Name: xz; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA xz;

--
-- Name: SCHEMA xz; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA xz IS '数据修正：经评审的具名修正过程及其目录，数据管理员只能通过它们修正不合格的暂存登记数据';

--
-- Name: ycsl; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA ycsl;

--
-- Name: SCHEMA ycsl; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA ycsl IS '一窗受理：一窗受理平台分发件的收件、申报人、附件、办件步骤、请求幂等、向一窗受理平台的推送发件箱与调用日志、不动产权属数据完善任务';

--
-- Name: yw; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA yw;

--
-- Name: SCHEMA yw; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA yw IS '交易业务：交易业务号、一窗受理号及办理环节';

--
-- Name: zd; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA zd;

--
-- Name: SCHEMA zd; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA zd IS '字典：代码表（TD/T 1066 不动产登记数据库标准代码、GB/T 2260 行政区划），每种代码一张表';

--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';

--
-- Name: bgh; Type: TYPE; Schema: jh; Owner: -
--

CREATE TYPE jh.bgh AS (
	xh integer,
	ly character(1),
	sxid bigint,
	bm text,
	czlx character(1),
	zj text,
	ywh text,
	sjnr jsonb,
	lywz bigint,
	lysj timestamp with time zone,
	cwdm text,
	cwxx text
);

--
-- Name: TYPE bgh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TYPE jh.bgh IS '变更行：jh.apply_changes 把 Debezium 变更规整为此类型的数组，交给 jh.apply_rows 等函数';

--
-- Name: COLUMN bgh.xh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.xh IS '本次调用内的序号（批内位置；补发、重试的行排在后面）';

--
-- Name: COLUMN bgh.ly; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.ly IS '来源：B 本批变更，P 从待处理放出，W 从未转发补发，X 死信重试';

--
-- Name: COLUMN bgh.sxid; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.sxid IS '死信 ID（重试时）';

--
-- Name: COLUMN bgh.bm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.bm IS '目标表（模式.表；S4 为来源表）';

--
-- Name: COLUMN bgh.czlx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.czlx IS '操作：I 新增 / U 修改 / D 删除';

--
-- Name: COLUMN bgh.zj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.zj IS '行主键文本（格式同 jh.hwz.zj）';

--
-- Name: COLUMN bgh.ywh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.ywh IS '所属业务号';

--
-- Name: COLUMN bgh.sjnr; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.sjnr IS '行映像（新增、修改为变更后，删除为变更前）';

--
-- Name: COLUMN bgh.lywz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.lywz IS '来源位置（源库 WAL LSN）';

--
-- Name: COLUMN bgh.lysj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.lysj IS '来源提交时间';

--
-- Name: COLUMN bgh.cwdm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.cwdm IS '错误代码（SQLSTATE，行进入死信）；未转发的行在函数内部借用为原因代码';

--
-- Name: COLUMN bgh.cwxx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.bgh.cwxx IS '错误信息；未转发的行在函数内部借用为原因说明';

--
-- Name: dyty_dj(character varying, text, text, text, text, text); Type: FUNCTION; Schema: aq; Owner: -
--

CREATE FUNCTION aq.dyty_dj(p_fwbm character varying, p_htbh text, p_dyqr text, p_dyzmh text, p_czr text, p_yy text) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_h    bigint;
    v_oh   bigint;
    v_row  aq.dyty%ROWTYPE;
BEGIN
    IF coalesce(btrim(p_czr), '') = '' THEN
        RAISE EXCEPTION '经办人 p_czr 不能为空' USING ERRCODE = '22023';
    END IF;
    IF coalesce(btrim(p_yy), '') = '' THEN
        RAISE EXCEPTION '说明 p_yy（同意书文号或材料）不能为空' USING ERRCODE = '22023';
    END IF;
    IF coalesce(btrim(p_htbh), '') = '' THEN
        RAISE EXCEPTION '合同编号 p_htbh 不能为空' USING ERRCODE = '22023';
    END IF;
    IF coalesce(btrim(p_dyqr), '') = '' THEN
        RAISE EXCEPTION '抵押权人 p_dyqr 不能为空' USING ERRCODE = '22023';
    END IF;
    SELECT h.id INTO v_h FROM lpb.h h WHERE h.fwbm = p_fwbm;
    IF v_h IS NULL THEN
        RAISE EXCEPTION '房屋编码 p_fwbm=「%」不在楼盘表中', p_fwbm USING ERRCODE = 'P0002';
    END IF;
    SELECT t.h_id INTO v_oh
      FROM (SELECT s.h_id FROM ht.spfht s WHERE s.htbh = btrim(p_htbh)
            UNION ALL
            SELECT c.h_id FROM ht.clfht c WHERE c.htbh = btrim(p_htbh)) t
     ORDER BY t.h_id = v_h DESC
     LIMIT 1;
    IF v_oh IS NOT NULL AND v_oh <> v_h THEN
        RAISE EXCEPTION '合同编号 p_htbh=「%」的合同不在房屋 p_fwbm=「%」上', p_htbh, p_fwbm USING ERRCODE = '22023';
    END IF;

    INSERT INTO aq.dyty (h_id, fwbm, htbh, dyqr, dyzmh, czr, yy)
    VALUES (v_h, p_fwbm, btrim(p_htbh), btrim(p_dyqr), nullif(btrim(p_dyzmh), ''), btrim(p_czr), btrim(p_yy))
    RETURNING * INTO v_row;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    VALUES (v_row.czr, '抵押权人同意', 'aq.dyty', v_row.id::text, NULL, row_to_json(v_row)::jsonb, aq.ly(),
            v_row.yy);
    RETURN v_row.id;
END
$$;

--
-- Name: FUNCTION dyty_dj(p_fwbm character varying, p_htbh text, p_dyqr text, p_dyzmh text, p_czr text, p_yy text); Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON FUNCTION aq.dyty_dj(p_fwbm character varying, p_htbh text, p_dyqr text, p_dyzmh text, p_czr text, p_yy text) IS '登记抵押权人同意转让（经办人录入，记操作日志）：该户该合同的 AQ05 对这一抵押权人或证明号通过';

--
-- Name: fx_sq(text, text, text, character varying, text, text, interval); Type: FUNCTION; Schema: aq; Owner: -
--

CREATE FUNCTION aq.fx_sq(p_gzbm text, p_dxlx text, p_dxbh text, p_fwbm character varying, p_czr text, p_yy text, p_yxq interval DEFAULT '1 day'::interval) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_gzbm  varchar;
    v_sy    text[];
    v_h     bigint;
    v_oh    bigint;
    v_row   aq.fx%ROWTYPE;
BEGIN
    IF NOT pg_has_role(current_user, 'jydj_aq_fx', 'MEMBER') THEN
        RAISE EXCEPTION USING
            ERRCODE = 'JYAQ2',
            MESSAGE = '无权放行：数据库用户 ' || current_user || ' 不是角色 jydj_aq_fx 的成员',
            HINT = '放行须由获授权人员办理（GRANT jydj_aq_fx TO 该用户）';
    END IF;
    IF coalesce(btrim(p_czr), '') = '' THEN
        RAISE EXCEPTION '放行人 p_czr 不能为空' USING ERRCODE = '22023';
    END IF;
    IF coalesce(btrim(p_yy), '') = '' THEN
        RAISE EXCEPTION '放行原因 p_yy 不能为空' USING ERRCODE = '22023';
    END IF;
    IF p_dxlx IS NULL OR p_dxlx NOT IN ('spfht', 'clfht', 'dyba') THEN
        RAISE EXCEPTION '对象类型 p_dxlx 只能是 spfht（商品房合同）、clfht（存量房合同）或 dyba（抵押备案），收到「%」',
            p_dxlx USING ERRCODE = '22023';
    END IF;
    IF coalesce(btrim(p_dxbh), '') = '' THEN
        RAISE EXCEPTION '对象编号 p_dxbh（合同编号或抵押备案号）不能为空' USING ERRCODE = '22023';
    END IF;
    IF p_yxq IS NULL OR p_yxq <= interval '0' THEN
        RAISE EXCEPTION '有效期 p_yxq 须大于 0（收到「%」）', p_yxq USING ERRCODE = '22023';
    END IF;
    SELECT g.gzbm, g.sy INTO v_gzbm, v_sy FROM aq.gz g WHERE g.gzbm = upper(btrim(p_gzbm));
    IF v_gzbm IS NULL THEN
        RAISE EXCEPTION '规则编码 p_gzbm=「%」不存在（见 aq.gz：AQ01…AQ07）', p_gzbm USING ERRCODE = 'P0002';
    END IF;
    IF NOT (p_dxlx = ANY (v_sy)) THEN
        RAISE EXCEPTION '规则 % 不适用于对象类型 p_dxlx=「%」（适用：%）', v_gzbm, p_dxlx, array_to_string(v_sy, '、')
            USING ERRCODE = '22023';
    END IF;
    SELECT h.id INTO v_h FROM lpb.h h WHERE h.fwbm = p_fwbm;
    IF v_h IS NULL THEN
        RAISE EXCEPTION '房屋编码 p_fwbm=「%」不在楼盘表中', p_fwbm USING ERRCODE = 'P0002';
    END IF;
    IF p_dxlx = 'spfht' THEN
        SELECT s.h_id INTO v_oh FROM ht.spfht s WHERE s.htbh = btrim(p_dxbh);
    ELSIF p_dxlx = 'clfht' THEN
        SELECT c.h_id INTO v_oh FROM ht.clfht c WHERE c.htbh = btrim(p_dxbh);
    ELSE
        -- 多户抵押备案：该户在其中即可（尚无房屋的备案不查）
        SELECT bh.h_id INTO v_oh FROM ht.dyba b JOIN ht.dyba_h bh ON bh.dyba_id = b.id
         WHERE b.dybah = btrim(p_dxbh)
         ORDER BY bh.h_id = v_h DESC
         LIMIT 1;
    END IF;
    IF v_oh IS NOT NULL AND v_oh <> v_h THEN
        RAISE EXCEPTION '对象编号 p_dxbh=「%」的%不在房屋 p_fwbm=「%」上', p_dxbh,
            CASE WHEN p_dxlx = 'dyba' THEN '抵押备案' ELSE '合同' END, p_fwbm USING ERRCODE = '22023';
    END IF;

    INSERT INTO aq.fx (gzbm, dxlx, dxbh, h_id, fwbm, czr, yy, yxq)
    VALUES (v_gzbm, p_dxlx, btrim(p_dxbh), v_h, p_fwbm, btrim(p_czr), btrim(p_yy), now() + p_yxq)
    RETURNING * INTO v_row;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    VALUES (v_row.czr, '交易安全放行', 'aq.fx', v_row.id::text, NULL, row_to_json(v_row)::jsonb, aq.ly(),
            v_row.yy);
    RETURN v_row.id;
END
$$;

--
-- Name: FUNCTION fx_sq(p_gzbm text, p_dxlx text, p_dxbh text, p_fwbm character varying, p_czr text, p_yy text, p_yxq interval); Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON FUNCTION aq.fx_sq(p_gzbm text, p_dxlx text, p_dxbh text, p_fwbm character varying, p_czr text, p_yy text, p_yxq interval) IS '登记一次性放行（须 jydj_aq_fx 角色）：一份合同或抵押备案在一户上的一条交易安全规则通过一次，限期有效，记操作日志';

--
-- Name: gz_after_audit(); Type: FUNCTION; Schema: aq; Owner: -
--

CREATE FUNCTION aq.gz_after_audit() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_bgq  jsonb;
    v_bgh  jsonb;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        v_bgq := row_to_json(OLD)::jsonb;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        v_bgh := row_to_json(NEW)::jsonb;
    END IF;
    IF TG_OP = 'UPDATE'
       AND (NEW.gzbm, NEW.gzmc, NEW.ms, NEW.yj, NEW.sy, NEW.qy)
           IS NOT DISTINCT FROM (OLD.gzbm, OLD.gzmc, OLD.ms, OLD.yj, OLD.sy, OLD.qy) THEN
        RETURN NULL;
    END IF;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    VALUES (coalesce(nullif(btrim(current_setting('jydj.czr', true)), ''), session_user::text),
            '交易安全规则变更', 'aq.gz', coalesce(v_bgh, v_bgq) ->> 'gzbm', v_bgq, v_bgh, aq.ly(),
            nullif(btrim(current_setting('jydj.yy', true)), ''));
    RETURN NULL;
END
$$;

--
-- Name: FUNCTION gz_after_audit(); Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON FUNCTION aq.gz_after_audit() IS '交易安全规则审计触发器函数：aq.gz 的每次增、改、删记操作日志（前后整行；操作人取 jydj.czr 或登录用户，原因取 jydj.yy）';

--
-- Name: jc_dx(text, bigint, bigint, text[]); Type: FUNCTION; Schema: aq; Owner: -
--

CREATE FUNCTION aq.jc_dx(p_lx text, p_dx_id bigint, p_h_id bigint, p_gz text[]) RETURNS integer
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

--
-- Name: FUNCTION jc_dx(p_lx text, p_dx_id bigint, p_h_id bigint, p_gz text[]); Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON FUNCTION aq.jc_dx(p_lx text, p_dx_id bigint, p_h_id bigint, p_gz text[]) IS '重新读取合同或抵押备案，仍为已签约/已备案时逐户做交易安全校验（aq.jc_h）；供合同、当事人与抵押备案的延迟约束触发器调用';

--
-- Name: jc_fw(text, bigint, bigint, text[]); Type: FUNCTION; Schema: aq; Owner: -
--

CREATE FUNCTION aq.jc_fw(p_lx text, p_h_id bigint, p_dx_id bigint, p_zjhm text[]) RETURNS TABLE(gzbm character varying, gzmc text, xx text)
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    v_fwbm  varchar;
    v_fwzt  varchar;
    v_fw    text;
    v_gz    varchar[];
    v_dy    varchar[];
    v_zjhm  text[];
    v_mc    text[];
    v_htbh  varchar;
    v_xx    text;
BEGIN
    IF p_lx IS NULL OR p_lx NOT IN ('spfht', 'clfht', 'dyba') THEN
        RAISE EXCEPTION '业务种类 p_lx 只能是 spfht（商品房合同）、clfht（存量房合同）或 dyba（抵押备案），收到「%」', p_lx
            USING ERRCODE = '22023';
    END IF;
    SELECT h.fwbm, h.fwzt INTO v_fwbm, v_fwzt FROM lpb.h h WHERE h.id = p_h_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION '户 ID h_id=% 不在楼盘表 lpb.h 中', p_h_id USING ERRCODE = 'P0002';
    END IF;
    v_fw := coalesce(v_fwbm, '（未赋码，户 ID ' || p_h_id || '）');
    v_gz := ARRAY(SELECT g.gzbm FROM aq.gz g WHERE g.qy AND p_lx = ANY (g.sy));
    IF coalesce(array_length(v_gz, 1), 0) = 0 THEN
        RETURN;
    END IF;
    v_dy := ARRAY(SELECT d.bdcdyh FROM gl.dy_of_fw(v_fwbm) d WHERE v_fwbm IS NOT NULL);
    v_zjhm := ARRAY(SELECT DISTINCT btrim(z.zjhm) FROM unnest(p_zjhm) AS z(zjhm) WHERE btrim(z.zjhm) <> '');

    -- AQ01 一房多卖 ------------------------------------------------------------------------------------------
    IF 'AQ01' = ANY (v_gz) THEN
        SELECT string_agg(t.lb || ' ' || t.htbh || '（' || t.htzt || '，签约日期 ' || t.rq::text || '）', '、'
                          ORDER BY t.rq, t.htbh)
          INTO v_xx
          FROM (SELECT '商品房合同'::text AS lb, s.htbh, s.htzt, coalesce(s.qyrq, s.cjsj::date) AS rq
                  FROM ht.spfht s
                 WHERE s.h_id = p_h_id AND s.htzt IN ('已签约', '已备案')
                   AND (p_lx <> 'spfht' OR p_dx_id IS NULL OR s.id <> p_dx_id)
                UNION ALL
                SELECT '存量房合同'::text, c.htbh, c.htzt, coalesce(c.qyrq, c.cjsj::date)
                  FROM ht.clfht c
                 WHERE c.h_id = p_h_id AND c.htzt IN ('已签约', '已备案')
                   AND (p_lx <> 'clfht' OR p_dx_id IS NULL OR c.id <> p_dx_id)) t
         WHERE NOT EXISTS (SELECT 1 FROM djjg.fdcq f
                            WHERE (f.bdcdyh = ANY (v_dy) OR f.fwbm = v_fwbm) AND f.djsj::date >= t.rq);
        IF v_xx IS NOT NULL THEN
            RETURN QUERY SELECT g.gzbm, g.gzmc,
                                '房屋 ' || v_fw || ' 已有有效合同：' || v_xx || '，尚未办理所有权登记，不能再签约或备案（一房多卖）'
                           FROM aq.gz g WHERE g.gzbm = 'AQ01';
        END IF;
    END IF;

    -- AQ02 查封/预查封 --------------------------------------------------------------------------------------
    IF 'AQ02' = ANY (v_gz) THEN
        SELECT string_agg(t.s, '；' ORDER BY t.s)
          INTO v_xx
          FROM (SELECT DISTINCT '查封登记 查封文号 ' || coalesce(c.cfwh, '（未记载）')
                                || coalesce('，' || c.cfjg, '') || '（登记业务号 ' || c.ywh || '）' AS s
                  FROM djjg.cfdj c
                 WHERE (c.bdcdyh = ANY (v_dy) OR c.fwbm = v_fwbm) AND c.qszt = '1'
                UNION
                SELECT '行政限制（' || x.xzlx || '）限制编号 ' || x.xzbh || coalesce('，限制文号 ' || x.xzwh, '')
                       || coalesce('，' || x.xzjg, '')
                  FROM ht.xzxz x
                 WHERE x.h_id = p_h_id AND x.xzzt = '有效' AND x.xzlx IN ('查封', '预查封')
                   AND (x.xzjssj IS NULL OR x.xzjssj >= current_date)) t;
        IF v_xx IS NOT NULL THEN
            RETURN QUERY SELECT g.gzbm, g.gzmc, '房屋 ' || v_fw || ' 已被查封：' || v_xx
                           FROM aq.gz g WHERE g.gzbm = 'AQ02';
        END IF;
    END IF;

    -- AQ03 异议 ---------------------------------------------------------------------------------------------
    IF 'AQ03' = ANY (v_gz) THEN
        SELECT string_agg(t.s, '、' ORDER BY t.s)
          INTO v_xx
          FROM (SELECT DISTINCT coalesce('异议登记证明号 ' || y.bdcdjzmh, '异议登记业务号 ' || y.ywh)
                                || coalesce('（' || left(y.yysx, 60) || '）', '') AS s
                  FROM djjg.yydj y
                 WHERE (y.bdcdyh = ANY (v_dy) OR y.fwbm = v_fwbm) AND y.qszt = '1') t;
        IF v_xx IS NOT NULL THEN
            RETURN QUERY SELECT g.gzbm, g.gzmc, '房屋 ' || v_fw || ' 有异议登记：' || v_xx
                           FROM aq.gz g WHERE g.gzbm = 'AQ03';
        END IF;
    END IF;

    -- AQ04 预告 ---------------------------------------------------------------------------------------------
    IF 'AQ04' = ANY (v_gz) THEN
        -- 名称比对只在预告没有记证件号码的权利人时用：对象的买受人（合同）或抵押人（抵押备案）名称
        IF p_dx_id IS NOT NULL THEN
            IF p_lx = 'spfht' THEN
                v_mc := ARRAY(SELECT btrim(d.mc) FROM ht.spfht_dsr d WHERE d.ht_id = p_dx_id AND d.jslx = '买受人');
            ELSIF p_lx = 'clfht' THEN
                v_mc := ARRAY(SELECT btrim(d.mc) FROM ht.clfht_dsr d WHERE d.ht_id = p_dx_id AND d.jslx = '买受人');
            ELSE
                v_mc := ARRAY(SELECT btrim(m.mc)
                                FROM ht.dyba b, regexp_split_to_table(b.dyr, '[、,，;；/]+') AS m(mc)
                               WHERE b.id = p_dx_id AND btrim(m.mc) <> '');
            END IF;
        END IF;
        SELECT string_agg(t.s, '、' ORDER BY t.s)
          INTO v_xx
          FROM (SELECT DISTINCT '预告登记证明号 ' || coalesce(y.bdcdjzmh, '（未记载，登记业务号 ' || y.ywh || '）')
                                || '，预告权利人 '
                                || coalesce(y.qlr,
                                            (SELECT string_agg(q.qlrmc, '、' ORDER BY q.sxh) FROM djjg.qlr q
                                              WHERE q.ywh = y.ywh AND q.sqrlb = '权利人'),
                                            '（未记载）') AS s
                  FROM djjg.ygdj y
                 WHERE (y.bdcdyh = ANY (v_dy) OR y.fwbm = v_fwbm) AND y.qszt = '1'
                   AND coalesce(y.ygdjzl, '1') NOT IN ('3', '4')
                   AND NOT (coalesce(array_length(v_zjhm, 1), 0) > 0
                            AND (EXISTS (SELECT 1 FROM djjg.qlr q
                                          WHERE q.ywh = y.ywh AND q.sqrlb = '权利人' AND q.zjhm = ANY (v_zjhm))
                                 OR (NOT EXISTS (SELECT 1 FROM djjg.qlr q
                                                  WHERE q.ywh = y.ywh AND q.sqrlb = '权利人'
                                                    AND btrim(q.zjhm) <> '')
                                     AND EXISTS (SELECT 1
                                                   FROM (SELECT btrim(q.qlrmc) AS mc FROM djjg.qlr q
                                                          WHERE q.ywh = y.ywh AND q.sqrlb = '权利人'
                                                         UNION
                                                         SELECT btrim(n.mc)
                                                           FROM regexp_split_to_table(coalesce(y.qlr, ''),
                                                                                      '[、,，;；/]+') AS n(mc)) w
                                                  WHERE w.mc <> '' AND w.mc = ANY (v_mc)))))) t;
        IF v_xx IS NOT NULL THEN
            RETURN QUERY SELECT g.gzbm, g.gzmc,
                                '房屋 ' || v_fw || ' 已办理预告登记，预告权利人不是本次'
                                || CASE WHEN p_lx = 'dyba' THEN '抵押人' ELSE '买受人' END || '：' || v_xx
                           FROM aq.gz g WHERE g.gzbm = 'AQ04';
        END IF;
    END IF;

    -- AQ05 抵押未经抵押权人同意 ------------------------------------------------------------------------------
    IF 'AQ05' = ANY (v_gz) AND p_lx IN ('spfht', 'clfht')
       AND coalesce((SELECT s.csz FROM aq.sz s WHERE s.csm = 'dy_xyty'), 'true') = 'true' THEN
        IF p_dx_id IS NOT NULL THEN
            IF p_lx = 'spfht' THEN
                v_htbh := (SELECT s.htbh FROM ht.spfht s WHERE s.id = p_dx_id);
            ELSE
                v_htbh := (SELECT c.htbh FROM ht.clfht c WHERE c.id = p_dx_id);
            END IF;
        END IF;
        SELECT string_agg(t.s, '、' ORDER BY t.s)
          INTO v_xx
          FROM (SELECT DISTINCT m.lb || coalesce('，抵押权人 ' || m.dyqr, '') AS s
                  FROM (SELECT coalesce('抵押权 证明号 ' || a.bdcdjzmh, '抵押权 登记业务号 ' || a.ywh) AS lb,
                               a.bdcdjzmh AS zmh, a.dyqr
                          FROM djjg.dyaq a
                         WHERE a.qszt = '1'
                           AND (a.bdcdyh = ANY (v_dy)
                                OR a.ywh IN (SELECT d.ywh FROM djjg.dyaq_dy d
                                              WHERE d.bdcdyh = ANY (v_dy) OR d.fwbm = v_fwbm))
                        UNION ALL
                        SELECT coalesce('预抵押 证明号 ' || y.bdcdjzmh, '预抵押 登记业务号 ' || y.ywh), y.bdcdjzmh, y.qlr
                          FROM djjg.ygdj y
                         WHERE (y.bdcdyh = ANY (v_dy) OR y.fwbm = v_fwbm) AND y.qszt = '1' AND y.ygdjzl IN ('3', '4')
                        UNION ALL
                        SELECT '抵押备案 备案号 ' || coalesce(b.dybah, '（未记载）'), b.dybah, b.dyqr
                          FROM ht.dyba b JOIN ht.dyba_h bh ON bh.dyba_id = b.id
                         WHERE bh.h_id = p_h_id AND b.bazt = '已备案') m
                 WHERE NOT EXISTS (SELECT 1 FROM aq.dyty ty
                                    WHERE ty.h_id = p_h_id AND ty.htbh = v_htbh
                                      AND (btrim(ty.dyqr) = btrim(m.dyqr) OR ty.dyzmh = m.zmh))) t;
        IF v_xx IS NOT NULL THEN
            RETURN QUERY SELECT g.gzbm, g.gzmc,
                                '房屋 ' || v_fw || ' 已抵押，未登记抵押权人同意转让'
                                || coalesce('（合同 ' || v_htbh || '）', '') || '：' || v_xx
                           FROM aq.gz g WHERE g.gzbm = 'AQ05';
        END IF;
    END IF;

    -- AQ06 行政限制 -----------------------------------------------------------------------------------------
    IF 'AQ06' = ANY (v_gz) THEN
        SELECT string_agg(x.xzlx || ' 限制编号 ' || x.xzbh || coalesce('，限制文号 ' || x.xzwh, '')
                          || coalesce('，' || x.xzjg, '')
                          || coalesce('，至 ' || x.xzjssj::text, ''), '、' ORDER BY x.xzbh)
          INTO v_xx
          FROM ht.xzxz x
         WHERE x.h_id = p_h_id AND x.xzzt = '有效' AND x.xzlx NOT IN ('查封', '预查封')
           AND (x.xzjssj IS NULL OR x.xzjssj >= current_date);
        IF v_xx IS NOT NULL THEN
            RETURN QUERY SELECT g.gzbm, g.gzmc, '房屋 ' || v_fw || ' 有行政限制：' || v_xx
                           FROM aq.gz g WHERE g.gzbm = 'AQ06';
        END IF;
    END IF;

    -- AQ07 房屋已灭失 ---------------------------------------------------------------------------------------
    IF 'AQ07' = ANY (v_gz) AND v_fwzt = '已灭失' THEN
        RETURN QUERY SELECT g.gzbm, g.gzmc,
                            '房屋 ' || v_fw || ' 在楼盘表中已灭失，不能'
                            || CASE WHEN p_lx = 'dyba' THEN '办理抵押备案' ELSE '签约或备案' END
                       FROM aq.gz g WHERE g.gzbm = 'AQ07';
    END IF;
    RETURN;
END
$$;

--
-- Name: FUNCTION jc_fw(p_lx text, p_h_id bigint, p_dx_id bigint, p_zjhm text[]); Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON FUNCTION aq.jc_fw(p_lx text, p_h_id bigint, p_dx_id bigint, p_zjhm text[]) IS '交易安全校验（只读）：一户房屋对将要办理的合同或抵押备案，每条不通过的启用规则一行（规则编码、名称、指明房屋与阻止对象的中文说明）';

--
-- Name: jc_h(text, bigint, text, bigint, text[], text[]); Type: FUNCTION; Schema: aq; Owner: -
--

CREATE FUNCTION aq.jc_h(p_lx text, p_dx_id bigint, p_dxbh text, p_h_id bigint, p_zjhm text[], p_gz text[]) RETURNS integer
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

--
-- Name: FUNCTION jc_h(p_lx text, p_dx_id bigint, p_dxbh text, p_h_id bigint, p_zjhm text[], p_gz text[]); Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON FUNCTION aq.jc_h(p_lx text, p_dx_id bigint, p_dxbh text, p_h_id bigint, p_zjhm text[], p_gz text[]) IS '触发器对一份合同或抵押备案在一户上的交易安全校验：锁户、校验、按一次性放行放行，不通过则抛出 JYAQ1（DETAIL 为全部违规的 JSON 数组）';

--
-- Name: ly(); Type: FUNCTION; Schema: aq; Owner: -
--

CREATE FUNCTION aq.ly() RETURNS character varying
    LANGUAGE sql STABLE
    AS $$
    SELECT CASE WHEN current_setting('jydj.ly', true) IN ('web', 'cli', 'api', 'job')
                THEN current_setting('jydj.ly', true)::varchar
                ELSE 'cli'::varchar END
$$;

--
-- Name: FUNCTION ly(); Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON FUNCTION aq.ly() IS '交易安全操作日志的来源：会话设置 jydj.ly（web/cli/api/job），否则 cli';

--
-- Name: sz_after_audit(); Type: FUNCTION; Schema: aq; Owner: -
--

CREATE FUNCTION aq.sz_after_audit() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_bgq  jsonb;
    v_bgh  jsonb;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        v_bgq := row_to_json(OLD)::jsonb;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        v_bgh := row_to_json(NEW)::jsonb;
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.csm, NEW.csz, NEW.ms) IS NOT DISTINCT FROM (OLD.csm, OLD.csz, OLD.ms) THEN
        RETURN NULL;
    END IF;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    VALUES (coalesce(nullif(btrim(current_setting('jydj.czr', true)), ''), session_user::text),
            '交易安全设置变更', 'aq.sz', coalesce(v_bgh, v_bgq) ->> 'csm', v_bgq, v_bgh, aq.ly(),
            nullif(btrim(current_setting('jydj.yy', true)), ''));
    RETURN NULL;
END
$$;

--
-- Name: FUNCTION sz_after_audit(); Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON FUNCTION aq.sz_after_audit() IS '交易安全设置审计触发器函数：aq.sz 的每次增、改、删记操作日志（前后整行；操作人取 jydj.czr 或登录用户，原因取 jydj.yy）';

--
-- Name: dl_jl(character varying, boolean, text, text, integer, integer); Type: FUNCTION; Schema: gj; Owner: -
--

CREATE FUNCTION gj.dl_jl(p_yhm character varying, p_cg boolean, p_fs text, p_ip text, p_sx integer, p_sdfz integer) RETURNS jsonb
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_yh  gj.yh%ROWTYPE;
    v_jg  text;
    v_cz  text;
BEGIN
    IF p_sx IS NULL OR p_sx < 1 OR p_sdfz IS NULL OR p_sdfz < 1 THEN
        RAISE EXCEPTION '失败上限 p_sx 与锁定分钟数 p_sdfz 须为正整数' USING ERRCODE = '22023';
    END IF;
    SELECT y.* INTO v_yh FROM gj.yh y WHERE y.yhm = p_yhm FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgh, ly, ip, cgbz)
        VALUES (coalesce(p_yhm, ''), '登录失败', 'gj.yh', p_yhm,
                json_build_object('fs', p_fs, 'yy', '用户不存在')::jsonb, 'web', p_ip, false);
        RETURN json_build_object('jg', '失败', 'sbcs', NULL, 'sdzz', NULL, 'hhbb', NULL, 'js', NULL)::jsonb;
    END IF;

    IF v_yh.zt = '停用' THEN
        v_jg := '停用';
        v_cz := '登录被拒';
    ELSIF v_yh.sdzz IS NOT NULL AND v_yh.sdzz > now() THEN
        v_jg := '锁定';
        v_cz := '登录被拒';
    ELSIF p_cg THEN
        v_jg := '成功';
        v_cz := '登录';
        UPDATE gj.yh y SET sbcs = 0, sdzz = NULL, zhdl = now() WHERE y.yhm = p_yhm;
    ELSE
        UPDATE gj.yh y
           SET sbcs = CASE WHEN y.sdzz IS NOT NULL THEN 1 ELSE y.sbcs + 1 END,  -- 锁定已到期：重新计数
               sdzz = CASE WHEN (CASE WHEN y.sdzz IS NOT NULL THEN 1 ELSE y.sbcs + 1 END) >= p_sx
                           THEN now() + p_sdfz * interval '1 minute' END
         WHERE y.yhm = p_yhm
        RETURNING * INTO v_yh;
        v_jg := CASE WHEN v_yh.sdzz IS NOT NULL THEN '锁定' ELSE '失败' END;
        v_cz := CASE WHEN v_yh.sdzz IS NOT NULL THEN '账户锁定' ELSE '登录失败' END;
    END IF;

    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgh, ly, ip, cgbz)
    SELECT p_yhm, v_cz, 'gj.yh', p_yhm,
           json_build_object('fs', p_fs, 'jg', v_jg, 'sbcs', y.sbcs, 'sdzz', y.sdzz)::jsonb,
           'web', p_ip, v_jg = '成功'
      FROM gj.yh y WHERE y.yhm = p_yhm;
    RETURN (SELECT json_build_object('jg', v_jg, 'sbcs', y.sbcs, 'sdzz', y.sdzz, 'hhbb', y.hhbb, 'js', y.js)::jsonb
              FROM gj.yh y WHERE y.yhm = p_yhm);
END
$$;

--
-- Name: FUNCTION dl_jl(p_yhm character varying, p_cg boolean, p_fs text, p_ip text, p_sx integer, p_sdfz integer); Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON FUNCTION gj.dl_jl(p_yhm character varying, p_cg boolean, p_fs text, p_ip text, p_sx integer, p_sdfz integer) IS '记录一次登录结果：停用与锁定时拒绝，累计连续失败并在达到上限时锁定，成功时清零；写操作日志';

--
-- Name: qx_gj(character varying, text, text); Type: FUNCTION; Schema: gj; Owner: -
--

CREATE FUNCTION gj.qx_gj(p_yhm character varying, p_fwbm text, p_bdcdyh text) RETURNS void
    LANGUAGE plpgsql STABLE
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

--
-- Name: FUNCTION qx_gj(p_yhm character varying, p_fwbm text, p_bdcdyh text); Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON FUNCTION gj.qx_gj(p_yhm character varying, p_fwbm text, p_bdcdyh text) IS '人工挂接前的权限检查：启用、非只读、房屋与单元的区县在用户范围内';

--
-- Name: qx_hs(character varying, bigint[]); Type: FUNCTION; Schema: gj; Owner: -
--

CREATE FUNCTION gj.qx_hs(p_yhm character varying, p_ids bigint[]) RETURNS integer
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    v_yh  gj.yh%ROWTYPE;
    v_bad text;
    v_n   integer;
BEGIN
    SELECT y.* INTO v_yh FROM gj.yh y WHERE y.yhm = p_yhm;
    IF NOT FOUND OR v_yh.zt <> '启用' THEN
        RAISE EXCEPTION '用户「%」不存在或已停用', coalesce(p_yhm, '') USING ERRCODE = '42501';
    END IF;
    IF v_yh.js = 'viewer' THEN
        RAISE EXCEPTION '用户「%」是只读用户，不能修正数据', p_yhm USING ERRCODE = '42501';
    END IF;
    SELECT count(*) INTO v_n FROM stg.djsj d WHERE d.id = ANY (p_ids);
    IF v_n < coalesce(cardinality(p_ids), 0) THEN
        RAISE EXCEPTION '暂存行 % 不存在',
            (SELECT string_agg(i::text, '、') FROM unnest(p_ids) AS i WHERE NOT EXISTS (SELECT 1 FROM stg.djsj d WHERE d.id = i))
            USING ERRCODE = 'P0002';
    END IF;
    IF v_yh.js = 'admin' THEN
        RETURN v_n;
    END IF;
    SELECT string_agg(format('%s（%s）', d.id, d.djzl), '、' ORDER BY d.id) INTO v_bad
      FROM stg.djsj d
     WHERE d.id = ANY (p_ids) AND v_yh.djzl IS NOT NULL AND NOT (d.djzl = ANY (v_yh.djzl));
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '用户「%」只能处理登记种类 % 的数据，暂存行 % 不在其范围内',
            p_yhm, array_to_string(v_yh.djzl, '、'), v_bad USING ERRCODE = '42501';
    END IF;
    SELECT string_agg(format('%s（区县 %s）', d.id, coalesce(gj.xzq(d.sjnr, d.bdcdyh), '不明')), '、' ORDER BY d.id)
      INTO v_bad
      FROM stg.djsj d
     WHERE d.id = ANY (p_ids) AND v_yh.xzqdm IS NOT NULL
       AND NOT (coalesce(gj.xzq(d.sjnr, d.bdcdyh), '') = ANY (v_yh.xzqdm));
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '用户「%」只能处理区县 % 的数据，暂存行 % 不在其范围内',
            p_yhm, array_to_string(v_yh.xzqdm, '、'), v_bad USING ERRCODE = '42501';
    END IF;
    RETURN v_n;
END
$$;

--
-- Name: FUNCTION qx_hs(p_yhm character varying, p_ids bigint[]); Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON FUNCTION gj.qx_hs(p_yhm character varying, p_ids bigint[]) IS '修正暂存登记数据前的权限检查：启用、非只读、登记种类与区县在用户范围内';

--
-- Name: rz_dc(text, text, text, jsonb, bigint, boolean, text, text); Type: FUNCTION; Schema: gj; Owner: -
--

CREATE FUNCTION gj.rz_dc(p_czr text, p_cz text, p_gs text, p_tj jsonb, p_hs bigint, p_jd boolean, p_ly text, p_ip text) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_id bigint;
BEGIN
    IF p_czr IS NULL OR btrim(p_czr) = '' THEN
        RAISE EXCEPTION '操作人 czr 不能为空' USING ERRCODE = '22023';
    END IF;
    IF p_cz IS NULL OR p_cz NOT IN ('导出数据修正日志', '导出数据情况统计') THEN
        RAISE EXCEPTION '操作 cz 须为 导出数据修正日志 或 导出数据情况统计（收到「%」）', coalesce(p_cz, '')
            USING ERRCODE = '22023';
    END IF;
    IF p_gs IS NULL OR p_gs NOT IN ('xlsx', 'csv') THEN
        RAISE EXCEPTION '导出格式须为 xlsx 或 csv（收到「%」）', coalesce(p_gs, '') USING ERRCODE = '22023';
    END IF;
    IF p_hs IS NULL OR p_hs < 0 THEN
        RAISE EXCEPTION '导出行数须为不小于 0 的整数' USING ERRCODE = '22023';
    END IF;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgh, ly, ip)
    VALUES (p_czr, p_cz, CASE WHEN p_cz = '导出数据修正日志' THEN 'audit.czrz' ELSE 'stg.djsj' END, p_gs,
            json_build_object('tj', coalesce(p_tj, '{}'::jsonb), 'gs', p_gs, 'hs', p_hs,
                              'jd', coalesce(p_jd, false))::jsonb,
            coalesce(p_ly, 'web'), p_ip)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

--
-- Name: FUNCTION rz_dc(p_czr text, p_cz text, p_gs text, p_tj jsonb, p_hs bigint, p_jd boolean, p_ly text, p_ip text); Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON FUNCTION gj.rz_dc(p_czr text, p_cz text, p_gs text, p_tj jsonb, p_hs bigint, p_jd boolean, p_ly text, p_ip text) IS '记下数据对接工具的一次数据导出（数据修正日志、数据情况统计）到操作日志：操作人、格式、筛选条件、导出行数、是否截断';

--
-- Name: rz_yw(text, text, text, bigint[], jsonb, boolean, text, text); Type: FUNCTION; Schema: gj; Owner: -
--

CREATE FUNCTION gj.rz_yw(p_czr text, p_cz text, p_lsl text, p_ids bigint[], p_jg jsonb, p_cg boolean, p_ly text, p_ip text) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_id  bigint;
    v_mbk text;
BEGIN
    IF p_czr IS NULL OR btrim(p_czr) = '' THEN
        RAISE EXCEPTION '操作人 czr 不能为空' USING ERRCODE = '22023';
    END IF;
    IF p_cz IS NULL OR p_cz NOT IN ('重试死信', '全部重试死信') THEN
        RAISE EXCEPTION '操作 cz 须为 重试死信 或 全部重试死信（收到「%」）', coalesce(p_cz, '') USING ERRCODE = '22023';
    END IF;
    IF p_lsl IS NULL OR p_lsl NOT IN ('S1', 'S2', 'S3', 'S4') THEN
        RAISE EXCEPTION '未知的流 %（应为 S1–S4）', coalesce(p_lsl, '') USING ERRCODE = '22023';
    END IF;
    IF p_cz = '重试死信' AND coalesce(array_length(p_ids, 1), 0) <> 1 THEN
        RAISE EXCEPTION '重试死信须给出恰好一个死信 ID' USING ERRCODE = '22023';
    END IF;
    IF p_cg IS NULL THEN
        RAISE EXCEPTION '成功标志 cg 不能为空' USING ERRCODE = '22023';
    END IF;
    v_mbk := CASE p_lsl WHEN 'S2' THEN 'dj_front' WHEN 'S4' THEN 'jy' ELSE 'jy_front' END;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, ip, cgbz)
    VALUES (p_czr, p_cz, 'jh.sx',
            CASE WHEN p_cz = '重试死信' THEN p_lsl || ':' || p_ids[1] ELSE p_lsl END,
            json_build_object('lsl', p_lsl, 'mbk', v_mbk,
                              'ids', array_to_json(coalesce(p_ids, ARRAY[]::bigint[])))::jsonb,
            p_jg, coalesce(p_ly, 'web'), p_ip, p_cg)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

--
-- Name: FUNCTION rz_yw(p_czr text, p_cz text, p_lsl text, p_ids bigint[], p_jg jsonb, p_cg boolean, p_ly text, p_ip text); Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON FUNCTION gj.rz_yw(p_czr text, p_cz text, p_lsl text, p_ids bigint[], p_jg jsonb, p_cg boolean, p_ly text, p_ip text) IS '记下运行监控页的一次人工运维操作（重试死信、全部重试死信）到操作日志：操作人、流、死信 ID、结果、是否成功';

--
-- Name: tj_djsj(date, date, character varying, character varying, character varying, text, character varying[], character varying[]); Type: FUNCTION; Schema: gj; Owner: -
--

CREATE FUNCTION gj.tj_djsj(p_q date, p_z date, p_djzl character varying, p_xzqdm character varying, p_jyzt character varying, p_wd text, p_fw_djzl character varying[], p_fw_xzqdm character varying[]) RETURNS TABLE(fz character varying, mc character varying, px integer, dxy bigint, hg bigint, bhg bigint, yrk bigint, hj bigint)
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    v_xzq boolean := p_wd = '区县' OR p_xzqdm IS NOT NULL OR p_fw_xzqdm IS NOT NULL;
BEGIN
    IF p_wd IS NULL OR p_wd NOT IN ('日', '月', '种类', '区县', '状态') THEN
        RAISE EXCEPTION '统计维度须为 日、月、种类、区县 或 状态（收到「%」）', coalesce(p_wd, '') USING ERRCODE = '22023';
    END IF;
    IF p_jyzt IS NOT NULL AND p_jyzt NOT IN ('待校验', '合格', '不合格', '已入库') THEN
        RAISE EXCEPTION '校验状态须为 待校验、合格、不合格 或 已入库（收到「%」）', p_jyzt USING ERRCODE = '22023';
    END IF;
    IF p_q IS NOT NULL AND p_z IS NOT NULL AND p_q > p_z THEN
        RAISE EXCEPTION '起始日期 % 晚于截止日期 %', p_q, p_z USING ERRCODE = '22023';
    END IF;

    RETURN QUERY
    SELECT g.fz::varchar,
           (CASE WHEN p_wd = '区县' THEN coalesce(x.mc, g.fz, '不明') ELSE g.fz END)::varchar,
           (CASE p_wd
                WHEN '区县' THEN coalesce(x.pxh, 9999)
                WHEN '种类' THEN coalesce(k.px, 99)
                WHEN '状态' THEN coalesce(s.px, 9)
                ELSE 0
            END)::integer,
           g.dxy, g.hg, g.bhg, g.yrk, g.hj
      FROM (SELECT CASE WHEN p_wd = '日' THEN to_char(r.rq, 'YYYY-MM-DD')
                        WHEN p_wd = '月' THEN to_char(r.rq, 'YYYY-MM')
                        ELSE r.wb
                   END AS fz,
                   r.dxy, r.hg, r.bhg, r.yrk, r.hj
              FROM (SELECT CASE WHEN p_wd = '日' THEN (d.jssj AT TIME ZONE 'Asia/Shanghai')::date
                                WHEN p_wd = '月' THEN date_trunc('month', d.jssj AT TIME ZONE 'Asia/Shanghai')::date
                           END AS rq,
                           CASE WHEN p_wd = '种类' THEN d.djzl::text
                                WHEN p_wd = '状态' THEN d.jyzt::text
                                WHEN p_wd = '区县' THEN d.xzq::text
                           END AS wb,
                           sum(CASE WHEN d.jyzt = '待校验' THEN 1 ELSE 0 END)::bigint AS dxy,
                           sum(CASE WHEN d.jyzt = '合格' THEN 1 ELSE 0 END)::bigint AS hg,
                           sum(CASE WHEN d.jyzt = '不合格' THEN 1 ELSE 0 END)::bigint AS bhg,
                           sum(CASE WHEN d.jyzt = '已入库' THEN 1 ELSE 0 END)::bigint AS yrk,
                           count(*)::bigint AS hj
                      FROM (SELECT t.jssj, t.djzl, t.jyzt,
                                   CASE WHEN v_xzq THEN gj.xzq(t.sjnr, t.bdcdyh) END AS xzq
                              FROM stg.djsj t
                             WHERE (p_q IS NULL OR t.jssj >= (p_q::timestamp AT TIME ZONE 'Asia/Shanghai'))
                               AND (p_z IS NULL OR t.jssj < ((p_z + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'))
                               AND (p_djzl IS NULL OR t.djzl = p_djzl)
                               AND (p_jyzt IS NULL OR t.jyzt = p_jyzt)
                               AND (p_fw_djzl IS NULL OR t.djzl = ANY (p_fw_djzl))
                           ) d
                     WHERE (p_xzqdm IS NULL OR d.xzq = p_xzqdm)
                       AND (p_fw_xzqdm IS NULL OR d.xzq = ANY (p_fw_xzqdm))
                     GROUP BY 1, 2
                   ) r
           ) g
      LEFT JOIN zd.xzqh x ON p_wd = '区县' AND x.dm = g.fz
      LEFT JOIN (VALUES ('所有权', 1), ('抵押权', 2), ('预告', 3), ('预抵押', 4), ('查封', 5), ('异议', 6), ('注销', 7),
                        ('权利人', 8), ('证书', 9), ('影像', 10), ('单元', 11), ('土地', 12), ('收费', 13),
                        ('赋码申请', 14), ('其他', 15)) AS k (djzl, px)
             ON p_wd = '种类' AND k.djzl = g.fz
      LEFT JOIN (VALUES ('待校验', 1), ('合格', 2), ('不合格', 3), ('已入库', 4)) AS s (jyzt, px)
             ON p_wd = '状态' AND s.jyzt = g.fz
     ORDER BY 3, 1;
END
$$;

--
-- Name: FUNCTION tj_djsj(p_q date, p_z date, p_djzl character varying, p_xzqdm character varying, p_jyzt character varying, p_wd text, p_fw_djzl character varying[], p_fw_xzqdm character varying[]); Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON FUNCTION gj.tj_djsj(p_q date, p_z date, p_djzl character varying, p_xzqdm character varying, p_jyzt character varying, p_wd text, p_fw_djzl character varying[], p_fw_xzqdm character varying[]) IS '数据情况统计：按推送时间（日、月）、登记种类、区县或校验状态分组统计暂存登记数据的行数（各校验状态与合计），可按时间、种类、区县、状态筛选并限定数据范围；一次扫描';

--
-- Name: xzq(jsonb, text); Type: FUNCTION; Schema: gj; Owner: -
--

CREATE FUNCTION gj.xzq(p_sjnr jsonb, p_bdcdyh text) RETURNS character varying
    LANGUAGE sql IMMUTABLE
    AS $_$
    SELECT CASE
               WHEN coalesce(btrim(p_sjnr ->> 'qxdm'), '') ~ '^[0-9]{6}$' THEN btrim(p_sjnr ->> 'qxdm')
               WHEN p_bdcdyh ~ '^[0-9]{6}' THEN substr(p_bdcdyh, 1, 6)
           END::varchar
$_$;

--
-- Name: FUNCTION xzq(p_sjnr jsonb, p_bdcdyh text); Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON FUNCTION gj.xzq(p_sjnr jsonb, p_bdcdyh text) IS '暂存登记数据所属区县：映像的 qxdm，没有时取不动产单元号前 6 位';

--
-- Name: yh_bc(character varying, text, character varying, character varying[], character varying[], text, text, text); Type: FUNCTION; Schema: gj; Owner: -
--

CREATE FUNCTION gj.yh_bc(p_yhm character varying, p_xm text, p_js character varying, p_djzl character varying[], p_xzqdm character varying[], p_mmzy text, p_czr text, p_ly text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    v_old  gj.yh%ROWTYPE;
    v_bad  text;
    v_new  boolean;
BEGIN
    IF p_yhm IS NULL OR p_yhm !~ '^[A-Za-z0-9][A-Za-z0-9_.@-]{1,63}$' THEN
        RAISE EXCEPTION '用户名 yhm「%」不合规：须为 2–64 位字母、数字或 _ . @ -，以字母或数字开头', coalesce(p_yhm, '')
            USING ERRCODE = '22023';
    END IF;
    IF p_js IS NULL OR p_js NOT IN ('admin', 'steward', 'viewer') THEN
        RAISE EXCEPTION '角色 js 须为 admin（管理员）、steward（数据管理员）或 viewer（只读）（收到「%」）',
            coalesce(p_js, '') USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(k, '、') INTO v_bad
      FROM unnest(p_djzl) AS k
     WHERE k IS NULL OR k NOT IN ('所有权', '抵押权', '预告', '预抵押', '查封', '异议', '注销', '权利人', '证书',
                                  '影像', '单元', '土地', '收费', '赋码申请', '其他');
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '登记种类 djzl 中「%」不是平台的登记种类', v_bad USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(coalesce(k, '空'), '、') INTO v_bad
      FROM unnest(p_xzqdm) AS k
     WHERE NOT EXISTS (SELECT 1 FROM zd.xzqh z WHERE z.dm = k);
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '区县 xzqdm 中「%」不是行政区划代码表 zd.xzqh 中的代码', v_bad USING ERRCODE = '22023';
    END IF;

    SELECT y.* INTO v_old FROM gj.yh y WHERE y.yhm = p_yhm FOR UPDATE;
    v_new := NOT FOUND;
    IF v_new THEN
        INSERT INTO gj.yh (yhm, xm, js, djzl, xzqdm, mmzy, czr)
        VALUES (p_yhm, p_xm, p_js, p_djzl, p_xzqdm, p_mmzy, p_czr);
    ELSE
        UPDATE gj.yh y
           SET xm = coalesce(p_xm, y.xm),
               js = p_js,
               djzl = p_djzl,
               xzqdm = p_xzqdm,
               mmzy = coalesce(p_mmzy, y.mmzy),
               hhbb = y.hhbb + CASE
                          WHEN p_mmzy IS NOT NULL OR y.js IS DISTINCT FROM p_js
                               OR y.djzl IS DISTINCT FROM p_djzl OR y.xzqdm IS DISTINCT FROM p_xzqdm THEN 1
                          ELSE 0 END,
               gxsj = now()
         WHERE y.yhm = p_yhm;
    END IF;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly)
    VALUES (p_czr, CASE WHEN v_new THEN '建立用户' ELSE '修改用户' END, 'gj.yh', p_yhm,
            CASE WHEN v_new THEN NULL
                 ELSE json_build_object('xm', v_old.xm, 'js', v_old.js, 'djzl', v_old.djzl, 'xzqdm', v_old.xzqdm)::jsonb
            END,
            json_build_object('xm', coalesce(p_xm, v_old.xm), 'js', p_js, 'djzl', p_djzl, 'xzqdm', p_xzqdm,
                              'kl', CASE WHEN p_mmzy IS NOT NULL THEN '已设置' END)::jsonb,
            coalesce(p_ly, 'cli'));
    RETURN json_build_object('yhm', p_yhm, 'js', p_js, 'djzl', p_djzl, 'xzqdm', p_xzqdm, 'xj', v_new)::jsonb;
END
$_$;

--
-- Name: FUNCTION yh_bc(p_yhm character varying, p_xm text, p_js character varying, p_djzl character varying[], p_xzqdm character varying[], p_mmzy text, p_czr text, p_ly text); Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON FUNCTION gj.yh_bc(p_yhm character varying, p_xm text, p_js character varying, p_djzl character varying[], p_xzqdm character varying[], p_mmzy text, p_czr text, p_ly text) IS '建立或修改数据对接工具用户（角色、登记种类与区县范围、口令摘要），范围或口令变化时使旧会话失效，记操作日志';

--
-- Name: yh_zt(character varying, text, text, text, text); Type: FUNCTION; Schema: gj; Owner: -
--

CREATE FUNCTION gj.yh_zt(p_yhm character varying, p_cz text, p_czr text, p_ly text, p_yy text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_old gj.yh%ROWTYPE;
BEGIN
    IF p_cz IS NULL OR p_cz NOT IN ('停用', '启用', '解锁') THEN
        RAISE EXCEPTION '操作 cz 须为 停用、启用 或 解锁（收到「%」）', coalesce(p_cz, '') USING ERRCODE = '22023';
    END IF;
    SELECT y.* INTO v_old FROM gj.yh y WHERE y.yhm = p_yhm FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '用户 %「%」不存在', 'yhm', coalesce(p_yhm, '') USING ERRCODE = 'P0002';
    END IF;
    IF (p_cz = '停用' AND v_old.zt = '停用') OR (p_cz = '启用' AND v_old.zt = '启用')
       OR (p_cz = '解锁' AND v_old.sbcs = 0 AND v_old.sdzz IS NULL) THEN
        RETURN 0;
    END IF;
    UPDATE gj.yh y
       SET zt = CASE p_cz WHEN '停用' THEN '停用' WHEN '启用' THEN '启用' ELSE y.zt END,
           sbcs = CASE WHEN p_cz = '停用' THEN y.sbcs ELSE 0 END,
           sdzz = CASE WHEN p_cz = '停用' THEN y.sdzz END,
           hhbb = y.hhbb + CASE WHEN p_cz = '停用' THEN 1 ELSE 0 END,
           gxsj = now()
     WHERE y.yhm = p_yhm;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    SELECT p_czr, p_cz || '用户', 'gj.yh', p_yhm,
           json_build_object('zt', v_old.zt, 'sbcs', v_old.sbcs, 'sdzz', v_old.sdzz)::jsonb,
           json_build_object('zt', y.zt, 'sbcs', y.sbcs, 'sdzz', y.sdzz)::jsonb, coalesce(p_ly, 'cli'), p_yy
      FROM gj.yh y WHERE y.yhm = p_yhm;
    RETURN 1;
END
$$;

--
-- Name: FUNCTION yh_zt(p_yhm character varying, p_cz text, p_czr text, p_ly text, p_yy text); Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON FUNCTION gj.yh_zt(p_yhm character varying, p_cz text, p_czr text, p_ly text, p_yy text) IS '停用、启用或解锁数据对接工具用户（记操作日志）';

--
-- Name: candidates(text, integer); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.candidates(p_key text, p_n integer) RETURNS TABLE(fwbm text, bdcdyh text, df integer, ppdf numeric, mc integer, ly jsonb)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY
    WITH kf AS (SELECT x.* FROM gl.fwtz x WHERE x.fwbm = p_key),
         kd AS (SELECT x.* FROM gl.dytz x WHERE x.bdcdyh = p_key AND NOT EXISTS (SELECT 1 FROM kf)),
         pf AS (SELECT f.fwbm AS k1, d.bdcdyh AS k2 FROM kf f JOIN gl.dytz d ON d.gz_xmjc = f.gz_xmjc AND d.gz_zh = f.gz_zh
                UNION SELECT f.fwbm, d.bdcdyh FROM kf f JOIN gl.dytz d ON d.gz_dl = f.gz_dl AND d.gz_zh = f.gz_zh
                UNION SELECT f.fwbm, d.bdcdyh FROM kf f JOIN gl.dytz d ON d.zjhm = f.zjhm
                UNION SELECT f.fwbm, d.bdcdyh FROM kf f JOIN gl.dytz d ON d.fwbm = f.fwbm
                UNION SELECT f.fwbm, d.bdcdyh FROM kd d JOIN gl.fwtz f ON f.gz_xmjc = d.gz_xmjc AND f.gz_zh = d.gz_zh
                UNION SELECT f.fwbm, d.bdcdyh FROM kd d JOIN gl.fwtz f ON f.gz_dl = d.gz_dl AND f.gz_zh = d.gz_zh
                UNION SELECT f.fwbm, d.bdcdyh FROM kd d JOIN gl.fwtz f ON f.zjhm = d.zjhm
                UNION SELECT f.fwbm, d.bdcdyh FROM kd d JOIN gl.fwtz f ON f.fwbm = d.fwbm),
         pairs AS (
        SELECT f.fwbm, d.bdcdyh,
               gl.pair_points(f.gz_xm, f.gz_xmjc, f.gz_dl, f.gz_zh, f.gz_dy, f.gz_c, f.gz_sjc, f.gz_fh, f.gz_sjfh,
                              f.jzmj, f.tnmj, f.zjhm, f.qlrmc, f.fwbm,
                              coalesce(a.gz_xm, d.gz_xm), d.gz_xmjc, d.gz_dl, d.gz_zh, d.gz_dy, d.gz_mc, d.gz_mfh,
                              d.jzmj, d.tnmj, d.zjhm, d.qlrmc, d.fwbm, f.gz_qx, d.gz_qx) AS fx
          FROM pf
          JOIN gl.fwtz f ON f.fwbm = pf.k1
          JOIN gl.dytz d ON d.bdcdyh = pf.k2
          LEFT JOIN gl.xmbm a ON a.bm = d.gz_xm
         WHERE NOT EXISTS (SELECT 1 FROM gl.fw_dy g
                            WHERE (g.bdcdyh = d.bdcdyh AND g.fwbm <> f.fwbm) OR (g.fwbm = f.fwbm AND g.bdcdyh <> d.bdcdyh)))
    SELECT s.fwbm::text, s.bdcdyh::text, s.df, round(1 / (1 + exp(-(s.df - 6) / 2.0)), 4),
           (row_number() OVER (ORDER BY s.df DESC, s.fwbm, s.bdcdyh))::integer,
           gl.pair_reasons(s.fx) || json_build_object('得分', s.df)::jsonb
      FROM (SELECT p.fwbm, p.bdcdyh, p.fx,
                   (p.fx[1] + p.fx[2] + p.fx[3] + p.fx[4] + p.fx[5] + p.fx[6] + p.fx[7] + p.fx[8] + p.fx[9]
                    + p.fx[10] + p.fx[11])::integer AS df
              FROM pairs p) s
     ORDER BY s.df DESC, s.fwbm, s.bdcdyh
     LIMIT coalesce(p_n, 5);
END
$$;

--
-- Name: FUNCTION candidates(p_key text, p_n integer); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.candidates(p_key text, p_n integer) IS '单个房屋或单元的挂接候选（现算）：同一套分块键与打分，按得分降序，带名次与中文理由';

--
-- Name: dy_of_fw(character varying); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.dy_of_fw(p_fwbm character varying) RETURNS TABLE(bdcdyh character varying)
    LANGUAGE sql STABLE
    AS $$
    SELECT g.bdcdyh FROM gl.fw_dy g WHERE g.fwbm = p_fwbm AND g.zt = '有效'
    UNION
    SELECT f.bdcdyh FROM djjg.fdcq f WHERE f.fwbm = p_fwbm AND f.bdcdyh IS NOT NULL
$$;

--
-- Name: FUNCTION dy_of_fw(p_fwbm character varying); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.dy_of_fw(p_fwbm character varying) IS '房屋编码对应的全部不动产单元号：有效挂接的单元，加上房地产权所记房屋编码为它的单元';

--
-- Name: estimate_floors(text[]); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.estimate_floors(p_fwbm text[]) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
BEGIN
    UPDATE gl.fwtz t
       SET gz_sjc = r.sjc,
           gz_sjfh = CASE WHEN r.sjc <> t.gz_c AND length(t.gz_fh) >= 3 THEN r.sjc || right(t.gz_fh, 2) END
      FROM (SELECT f.fwbm,
                   (dense_rank() OVER w + min(f.gz_c) OVER w - 1)::integer AS sjc
              FROM gl.fwtz f
             WHERE f.gz_c IS NOT NULL AND f.gz_zh IS NOT NULL
               AND (p_fwbm IS NULL
                    OR (coalesce(f.gz_xm, ''), coalesce(f.gz_dl, ''), f.gz_zh) IN
                       (SELECT coalesce(x.gz_xm, ''), coalesce(x.gz_dl, ''), x.gz_zh
                          FROM gl.fwtz x WHERE x.fwbm IN (SELECT unnest(p_fwbm))))
            WINDOW w AS (PARTITION BY f.gz_xm, f.gz_dl, f.gz_zh, f.gz_dy ORDER BY f.gz_c)) r
     WHERE t.fwbm = r.fwbm
       AND (t.gz_sjc IS DISTINCT FROM r.sjc
            OR t.gz_sjfh IS DISTINCT FROM CASE WHEN r.sjc <> t.gz_c AND length(t.gz_fh) >= 3
                                               THEN r.sjc || right(t.gz_fh, 2) END);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;

--
-- Name: FUNCTION estimate_floors(p_fwbm text[]); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.estimate_floors(p_fwbm text[]) IS '推算交易端房屋的实际层（同幢同单元名义层的次序 + 最低名义层 − 1）与以实际层书写的房号';

--
-- Name: estimate_offsets(); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.estimate_offsets() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
BEGIN
    UPDATE gl.dytz t
       SET gz_pyc = c.k, gz_mc = c.mc,
           gz_mfh = CASE WHEN c.mc IS DISTINCT FROM t.gz_c AND length(t.gz_fh) >= 3 THEN c.mc || right(t.gz_fh, 2)
                         ELSE t.gz_fh END
      FROM (WITH hp AS (  -- 登记端所记编码在交易端存在的单元，按登记端的幢
                 SELECT left(d.bdcdyh, 24) AS zb, d.gz_c AS dc, f.gz_c AS fc, f.gz_sjc AS fsj,
                        f.gz_xm, f.gz_dl, f.gz_zh, f.gz_dy
                   FROM gl.dytz d JOIN gl.fwtz f ON f.fwbm = d.fwbm
                  WHERE substr(d.bdcdyh, 20, 1) = 'F' AND d.gz_c IS NOT NULL AND f.gz_c IS NOT NULL),
            ht AS (  -- 每幢的证据数，及与名义层、实际层相同的个数
                 SELECT h.zb, count(*) AS tot, count(*) FILTER (WHERE h.dc = h.fc) AS nm,
                        count(*) FILTER (WHERE h.dc = h.fsj AND h.fsj <> h.fc) AS ns
                   FROM hp h GROUP BY h.zb HAVING count(*) >= 3),
            hk AS (  -- 每幢最常见的层差
                 SELECT DISTINCT ON (x.zb) x.zb, x.k, x.n
                   FROM (SELECT h.zb, h.dc - h.fc AS k, count(*) AS n FROM hp h GROUP BY 1, 2) x
                  ORDER BY x.zb, x.n DESC, x.k),
            hb AS (  -- 每幢所记编码最常指向的交易端的楼
                 SELECT DISTINCT ON (x.zb) x.zb, x.xm, x.dl, x.zh
                   FROM (SELECT h.zb, h.gz_xm AS xm, h.gz_dl AS dl, h.gz_zh AS zh, count(*) AS n
                           FROM hp h GROUP BY 1, 2, 3, 4) x
                  ORDER BY x.zb, x.n DESC),
            hz AS (  -- 每幢的习惯：M 名义层、S 实际层、P 偏移 k（≥ 3 个证据、≥ 80% 一致）
                 SELECT t.zb,
                        CASE WHEN t.nm >= 0.8 * t.tot THEN 'M'
                             WHEN t.ns >= 0.8 * t.tot THEN 'S'
                             WHEN k.n >= 0.8 * t.tot AND k.k BETWEEN 1 AND 3 THEN 'P' END AS xg,
                        k.k, b.xm, b.dl, b.zh
                   FROM ht t JOIN hk k ON k.zb = t.zb JOIN hb b ON b.zb = t.zb),
            sm AS (  -- 交易端各楼 实际层 → 名义层
                 SELECT DISTINCT ON (1, 2, 3, 4) coalesce(f.gz_xm, '') AS xm, coalesce(f.gz_dl, '') AS dl,
                        f.gz_zh AS zh, f.gz_sjc AS sjc, f.gz_c AS c
                   FROM gl.fwtz f WHERE f.gz_sjc IS NOT NULL AND f.gz_sjc <> f.gz_c
                  ORDER BY 1, 2, 3, 4, 5),
            r1 AS (SELECT db.xm, db.zh, db.mx - jb.mx AS k
                     FROM (SELECT x.gz_xmjc AS xm, x.gz_zh AS zh, max(x.gz_c) AS mx, min(x.gz_c) AS mn
                             FROM gl.dytz x WHERE x.gz_xmjc IS NOT NULL AND x.gz_zh IS NOT NULL
                            GROUP BY 1, 2) db
                     JOIN (SELECT x.gz_xmjc AS xm, x.gz_zh AS zh, max(x.gz_c) AS mx, min(x.gz_c) AS mn
                             FROM gl.fwtz x WHERE x.gz_xmjc IS NOT NULL AND x.gz_zh IS NOT NULL
                            GROUP BY 1, 2
                           HAVING count(DISTINCT x.gz_dl) <= 1) jb ON jb.xm = db.xm AND jb.zh = db.zh
                    WHERE db.mx - jb.mx BETWEEN 1 AND 3 AND db.mn >= jb.mn + (db.mx - jb.mx)),
            r2 AS (SELECT db.dl, db.zh, db.mx - jb.mx AS k
                     FROM (SELECT x.gz_dl AS dl, x.gz_zh AS zh, max(x.gz_c) AS mx, min(x.gz_c) AS mn
                             FROM gl.dytz x WHERE x.gz_dl IS NOT NULL AND x.gz_zh IS NOT NULL
                            GROUP BY 1, 2) db
                     JOIN (SELECT x.gz_dl AS dl, x.gz_zh AS zh, max(x.gz_c) AS mx, min(x.gz_c) AS mn
                             FROM gl.fwtz x WHERE x.gz_dl IS NOT NULL AND x.gz_zh IS NOT NULL
                            GROUP BY 1, 2) jb ON jb.dl = db.dl AND jb.zh = db.zh
                    WHERE db.mx - jb.mx BETWEEN 1 AND 3 AND db.mn >= jb.mn + (db.mx - jb.mx))
            SELECT u.bdcdyh, u.k,
                   CASE WHEN u.gz_c IS NULL THEN NULL
                        WHEN u.xg = 'S' THEN coalesce(u.sm_c, u.gz_c)
                        WHEN u.k IS NOT NULL THEN u.gz_c - u.k
                        ELSE u.gz_c END AS mc
              FROM (SELECT d.bdcdyh, d.gz_c, z.xg, s.c AS sm_c,
                           CASE WHEN z.xg = 'P' THEN z.k
                                WHEN z.xg IS NOT NULL THEN NULL
                                WHEN o1.k IS NOT NULL AND o2.k IS NOT NULL AND o1.k <> o2.k THEN NULL
                                ELSE coalesce(o1.k, o2.k) END AS k
                      FROM gl.dytz d
                      LEFT JOIN hz z ON z.zb = left(d.bdcdyh, 24)
                      LEFT JOIN r1 o1 ON o1.xm = d.gz_xmjc AND o1.zh = d.gz_zh
                      LEFT JOIN r2 o2 ON o2.dl = d.gz_dl AND o2.zh = d.gz_zh
                      LEFT JOIN sm s ON z.xg = 'S' AND s.xm = coalesce(z.xm, '') AND s.dl = coalesce(z.dl, '')
                                    AND s.zh = z.zh AND s.sjc = d.gz_c) u) c
     WHERE t.bdcdyh = c.bdcdyh
       AND (t.gz_pyc IS DISTINCT FROM c.k OR t.gz_mc IS DISTINCT FROM c.mc
            OR t.gz_mfh IS DISTINCT FROM CASE WHEN c.mc IS DISTINCT FROM t.gz_c AND length(t.gz_fh) >= 3
                                              THEN c.mc || right(t.gz_fh, 2) ELSE t.gz_fh END);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;

--
-- Name: FUNCTION estimate_offsets(); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.estimate_offsets() IS '推算登记端各幢记层的习惯（名义层、实际层、偏移 k），换算出按交易端名义层的比对用层与房号';

--
-- Name: fh_typo(text, text); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.fh_typo(a text, b text) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$
    SELECT CASE
        WHEN a IS NULL OR b IS NULL OR a = b OR length(a) <> length(b) OR length(a) > 6 THEN 0
        WHEN (length(a) >= 2 AND a = substr(b, 2, 1) || substr(b, 1, 1) || substr(b, 3))
          OR (length(a) >= 3 AND a = substr(b, 1, 1) || substr(b, 3, 1) || substr(b, 2, 1) || substr(b, 4))
          OR (length(a) >= 4 AND a = substr(b, 1, 2) || substr(b, 4, 1) || substr(b, 3, 1) || substr(b, 5))
          OR (length(a) >= 5 AND a = substr(b, 1, 3) || substr(b, 5, 1) || substr(b, 4, 1) || substr(b, 6))
          OR (length(a) >= 6 AND a = substr(b, 1, 4) || substr(b, 6, 1) || substr(b, 5, 1)) THEN 1
        WHEN (substr(a, 1, 1) <> substr(b, 1, 1))::integer + (substr(a, 2, 1) <> substr(b, 2, 1))::integer
           + (substr(a, 3, 1) <> substr(b, 3, 1))::integer + (substr(a, 4, 1) <> substr(b, 4, 1))::integer
           + (substr(a, 5, 1) <> substr(b, 5, 1))::integer + (substr(a, 6, 1) <> substr(b, 6, 1))::integer = 1 THEN 2
        ELSE 0
    END
$$;

--
-- Name: FUNCTION fh_typo(a text, b text); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.fh_typo(a text, b text) IS '房号的差别：1 相邻两位互换，2 只有一位不同，0 其他';

--
-- Name: import_rows(text, text, text, text); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.import_rows(p_side text, p_wj text, p_czr text, p_ly text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    v_rows   integer;
    v_errors jsonb;
    v_bad    integer;
    v_new    integer := 0;
    v_chg    integer := 0;
    v_n      integer;
    v_res    jsonb;
BEGIN
    IF p_side IS NULL OR p_side NOT IN ('jy', 'dj') THEN
        RAISE EXCEPTION '导入端 side 只能是 jy 或 dj（收到「%」）', p_side USING ERRCODE = '22023';
    END IF;
    SELECT count(*) INTO v_rows FROM gl.drhc WHERE pc = pg_backend_pid();

    -- 清洗：去首尾空白，空串为 NULL（就地改缓冲行，后面的校验与并入都读清洗后的值）
    UPDATE gl.drhc SET c1 = nullif(btrim(c1), ''), c2 = nullif(btrim(c2), ''), c3 = nullif(btrim(c3), ''),
                       c4 = nullif(btrim(c4), ''), c5 = nullif(btrim(c5), ''), c6 = nullif(btrim(c6), ''),
                       c7 = nullif(btrim(c7), ''), c8 = nullif(btrim(c8), ''), c9 = nullif(btrim(c9), ''),
                       c10 = nullif(btrim(c10), ''), c11 = nullif(btrim(c11), ''), c12 = nullif(btrim(c12), ''),
                       c13 = nullif(btrim(c13), '')
     WHERE pc = pg_backend_pid();

    -- 校验：每行第一个不通过的原因
    UPDATE gl.drhc r
       SET xx = v.xx
      FROM (SELECT d.hh,
                   CASE
                       WHEN d.c1 IS NULL THEN
                           CASE WHEN p_side = 'jy' THEN '房屋编码 fwbm 不能为空' ELSE '不动产单元号 bdcdyh 不能为空' END
                       WHEN p_side = 'dj' AND NOT std.is_valid_bdcdyh(d.c1) THEN
                           '不动产单元号 bdcdyh=「' || d.c1 || '」不符合 GB/T 37346（28 位：行政区划、地籍区、地籍子区、宗地特征码与顺序号、定着物特征码与单元号）'
                       WHEN p_side = 'jy' AND length(d.c1) > 32 THEN '房屋编码 fwbm=「' || d.c1 || '」超过 32 个字符'
                       WHEN p_side = 'dj' AND length(d.c2) > 32 THEN '房屋编码 fwbm=「' || d.c2 || '」超过 32 个字符'
                       WHEN d.first_hh < d.hh THEN
                           CASE WHEN p_side = 'jy' THEN '房屋编码 fwbm' ELSE '不动产单元号 bdcdyh' END
                           || '=「' || d.c1 || '」在文件中重复（第 ' || d.first_hh || ' 行已有），本行不导入'
                       WHEN d.jzmj IS NOT NULL AND NOT (d.jzmj ~ '^[0-9]{1,5}(\.[0-9]{1,4})?$') THEN
                           '建筑面积 jzmj=「' || d.jzmj || '」不是 0–99999 的数（单位平方米，最多 4 位小数）'
                       WHEN d.tnmj IS NOT NULL AND NOT (d.tnmj ~ '^[0-9]{1,5}(\.[0-9]{1,4})?$') THEN
                           '套内面积 tnmj=「' || d.tnmj || '」不是 0–99999 的数（单位平方米，最多 4 位小数）'
                       WHEN d.zl IS NULL AND (d.zh IS NULL OR d.fh IS NULL) THEN
                           '坐落 zl 为空时幢号 zh 与房号 ' || CASE WHEN p_side = 'jy' THEN 'fh' ELSE 'hh' END
                           || ' 都须有值，否则无从比对'
                       WHEN greatest(length(d.c2), length(d.c3), length(d.c4), length(d.c5), length(d.c6), length(d.c7),
                                     length(d.c8), length(d.c9), length(d.c10), length(d.c11), length(d.c12),
                                     length(d.c13)) > 200 THEN '有字段超过 200 个字符'
                   END AS xx
              FROM (SELECT r.*, min(r.hh) OVER (PARTITION BY r.c1) AS first_hh,
                           CASE WHEN p_side = 'jy' THEN r.c8 ELSE r.c9 END AS jzmj,
                           CASE WHEN p_side = 'jy' THEN r.c9 ELSE r.c10 END AS tnmj,
                           CASE WHEN p_side = 'jy' THEN r.c3 ELSE r.c4 END AS zl,
                           CASE WHEN p_side = 'jy' THEN r.c4 ELSE r.c5 END AS zh,
                           CASE WHEN p_side = 'jy' THEN r.c7 ELSE r.c8 END AS fh
                      FROM gl.drhc r WHERE r.pc = pg_backend_pid()) d) v
     WHERE v.xx IS NOT NULL AND r.pc = pg_backend_pid() AND r.hh = v.hh;
    GET DIAGNOSTICS v_bad = ROW_COUNT;
    v_errors := coalesce((SELECT json_agg(json_build_object('hh', b.hh, 'xx', b.xx) ORDER BY b.hh)
                            FROM gl.drhc b WHERE b.pc = pg_backend_pid() AND b.xx IS NOT NULL)::jsonb, '[]'::jsonb);
    DELETE FROM gl.drhc WHERE pc = pg_backend_pid() AND xx IS NOT NULL;

    IF p_side = 'jy' THEN
        UPDATE gl.drhc d
           SET bg = CASE WHEN t.fwbm IS NULL THEN '新增' ELSE '更新' END
          FROM gl.drhc d0
          LEFT JOIN gl.fwtz t ON t.fwbm = d0.c1
         WHERE d0.pc = d.pc AND d0.hh = d.hh AND d.pc = pg_backend_pid()
           AND (t.fwbm IS NULL OR t.ly <> '导入'
                OR (t.xmmc, t.zl, t.zh, t.dyh, t.szc, t.fh, t.jzmj, t.tnmj, t.qlrmc, t.zjhm)
                   IS DISTINCT FROM (d.c2, d.c3, d.c4, d.c5, d.c6, d.c7, d.c8::numeric(12,2), d.c9::numeric(12,2),
                                     d.c10, d.c11));
        MERGE INTO gl.fwtz t
        USING (SELECT d.*, gl.norm_row(d.c2, d.c3, d.c4, d.c5, d.c6, d.c7) AS g
                 FROM gl.drhc d WHERE d.pc = pg_backend_pid() AND d.bg IS NOT NULL OFFSET 0) s
           ON (t.fwbm = s.c1)
        WHEN MATCHED THEN UPDATE SET
             ly = '导入', xmmc = s.c2, zl = s.c3, zh = s.c4, dyh = s.c5, szc = s.c6, fh = s.c7,
             jzmj = s.c8::numeric(12,2), tnmj = s.c9::numeric(12,2), qlrmc = s.c10, zjhm = upper(s.c11),
             gz_xm = s.g[1], gz_xmjc = s.g[2], gz_dl = s.g[3], gz_zh = s.g[4], gz_dy = s.g[5],
             gz_c = s.g[6]::integer, gz_fh = s.g[7], gz_dz = s.g[8], gz_qx = s.g[9], gxsj = now()
        WHEN NOT MATCHED THEN INSERT
             (fwbm, ly, xmmc, zl, zh, dyh, szc, fh, jzmj, tnmj, qlrmc, zjhm,
              gz_xm, gz_xmjc, gz_dl, gz_zh, gz_dy, gz_c, gz_fh, gz_dz, gz_qx)
             VALUES (s.c1, '导入', s.c2, s.c3, s.c4, s.c5, s.c6, s.c7, s.c8::numeric(12,2), s.c9::numeric(12,2),
                     s.c10, upper(s.c11), s.g[1], s.g[2], s.g[3], s.g[4], s.g[5], s.g[6]::integer, s.g[7], s.g[8], s.g[9]);
        SELECT count(*) FILTER (WHERE bg = '新增'), count(*) FILTER (WHERE bg = '更新') INTO v_new, v_chg
          FROM gl.drhc WHERE pc = pg_backend_pid();
        IF v_new + v_chg > 0 THEN
            PERFORM gl.estimate_floors(ARRAY(SELECT d.c1 FROM gl.drhc d WHERE d.pc = pg_backend_pid() AND d.bg IS NOT NULL));
        END IF;
    ELSE
        UPDATE gl.drhc d
           SET bg = CASE WHEN t.bdcdyh IS NULL THEN '新增' ELSE '更新' END
          FROM gl.drhc d0
          LEFT JOIN gl.dytz t ON t.bdcdyh = d0.c1
         WHERE d0.pc = d.pc AND d0.hh = d.hh AND d.pc = pg_backend_pid()
           AND (t.bdcdyh IS NULL OR t.ly <> '导入'
                OR (t.fwbm, t.xmmc, t.zl, t.zh, t.dyh, t.szc, t.hh, t.jzmj, t.tnmj, t.qlrmc, t.zjhm, t.bdcqzh)
                   IS DISTINCT FROM (d.c2, d.c3, d.c4, d.c5, d.c6, d.c7, d.c8, d.c9::numeric(12,2),
                                     d.c10::numeric(12,2), d.c11, d.c12, d.c13));
        MERGE INTO gl.dytz t
        USING (SELECT d.*, gl.norm_row(d.c3, d.c4, d.c5, d.c6, d.c7, d.c8) AS g
                 FROM gl.drhc d WHERE d.pc = pg_backend_pid() AND d.bg IS NOT NULL OFFSET 0) s
           ON (t.bdcdyh = s.c1)
        WHEN MATCHED THEN UPDATE SET
             ly = '导入', fwbm = s.c2, xmmc = s.c3, zl = s.c4, zh = s.c5, dyh = s.c6, szc = s.c7, hh = s.c8,
             jzmj = s.c9::numeric(12,2), tnmj = s.c10::numeric(12,2), qlrmc = s.c11, zjhm = upper(s.c12),
             bdcqzh = s.c13,
             gz_xm = coalesce((SELECT a.gz_xm FROM gl.xmbm a WHERE a.bm = s.g[1]), s.g[1]), gz_xmjc = s.g[2],
             gz_dl = s.g[3], gz_zh = s.g[4], gz_dy = s.g[5], gz_c = s.g[6]::integer, gz_fh = s.g[7],
             gz_dz = s.g[8], gz_qx = s.g[9], gz_pyc = NULL, gz_mc = s.g[6]::integer, gz_mfh = s.g[7], gxsj = now()
        WHEN NOT MATCHED THEN INSERT
             (bdcdyh, ly, fwbm, xmmc, zl, zh, dyh, szc, hh, jzmj, tnmj, qlrmc, zjhm, bdcqzh,
              gz_xm, gz_xmjc, gz_dl, gz_zh, gz_dy, gz_c, gz_fh, gz_dz, gz_qx, gz_mc, gz_mfh)
             VALUES (s.c1, '导入', s.c2, s.c3, s.c4, s.c5, s.c6, s.c7, s.c8, s.c9::numeric(12,2),
                     s.c10::numeric(12,2), s.c11, upper(s.c12), s.c13,
                     coalesce((SELECT a.gz_xm FROM gl.xmbm a WHERE a.bm = s.g[1]), s.g[1]), s.g[2], s.g[3], s.g[4],
                     s.g[5], s.g[6]::integer, s.g[7], s.g[8], s.g[9], s.g[6]::integer, s.g[7]);
        SELECT count(*) FILTER (WHERE bg = '新增'), count(*) FILTER (WHERE bg = '更新') INTO v_new, v_chg
          FROM gl.drhc WHERE pc = pg_backend_pid();
    END IF;

    v_res := json_build_object('side', p_side, 'rows', v_rows, 'new', v_new, 'changed', v_chg,
                               'same', v_rows - v_bad - v_new - v_chg, 'bad', v_bad)::jsonb;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgh, ly)
    VALUES (p_czr, '挂接数据导入', CASE WHEN p_side = 'jy' THEN 'gl.fwtz' ELSE 'gl.dytz' END, p_wj,
            v_res || json_build_object('wj', p_wj)::jsonb, p_ly);
    DELETE FROM gl.drhc WHERE pc = pg_backend_pid();
    RETURN v_res || json_build_object('errors', v_errors)::jsonb;
END
$_$;

--
-- Name: FUNCTION import_rows(p_side text, p_wj text, p_czr text, p_ly text); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.import_rows(p_side text, p_wj text, p_czr text, p_ly text) IS '存量导入：校验导入缓冲 gl.drhc 的 CSV 行，合格的并入挂接特征表（原值相同不写），返回行数统计与坏行（行号与原因）';

--
-- Name: learn_aliases(text); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.learn_aliases(p_czr text) RETURNS integer
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

--
-- Name: FUNCTION learn_aliases(p_czr text); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.learn_aliases(p_czr text) IS '从精确与人工挂接学得项目别名（登记端写法 → 交易端项目规范键），记入 gl.xmbm';

--
-- Name: link_auto(text, integer, integer); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.link_auto(p_czr text, p_min integer, p_cj integer) RETURNS integer
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

--
-- Name: FUNCTION link_auto(p_czr text, p_min integer, p_cj integer); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.link_auto(p_czr text, p_min integer, p_cj integer) IS '评分挂接：两端互为最优、得分 ≥ 阈值且胜过次优足够多的对挂接（两轮）；其余留作候选';

--
-- Name: link_business(text, text[]); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.link_business(p_czr text, p_bdcdyh text[]) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
    v_k integer := 0;
    v_r integer;
BEGIN
    IF coalesce(cardinality(p_bdcdyh), 0) = 0 THEN
        RETURN 0;
    END IF;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    SELECT DISTINCT ON (f.ywh, j.ywh) 'SYQ_JY', j.ywh, f.ywh, NULL::text, 0.95, '自动',
           json_build_object('yj', '房屋挂接与权利人证件号', 'fwbm', h.fwbm, 'bdcdyh', f.bdcdyh, 'zjhm', q.zjhm)::jsonb,
           p_czr
      FROM djjg.fdcq f
      JOIN gl.fw_dy g ON g.bdcdyh = f.bdcdyh AND g.zt = '有效'
      JOIN lpb.h h ON h.fwbm = g.fwbm
      JOIN djjg.qlr q ON q.ywh = f.ywh AND q.sqrlb = '权利人' AND q.zjhm IS NOT NULL
      JOIN (SELECT c.h_id, c.htbh, s.zjhm FROM ht.clfht c JOIN ht.clfht_dsr s ON s.ht_id = c.id AND s.jslx = '买受人'
            UNION ALL
            SELECT c.h_id, c.htbh, s.zjhm FROM ht.spfht c JOIN ht.spfht_dsr s ON s.ht_id = c.id AND s.jslx = '买受人') m
           ON m.h_id = h.id AND upper(m.zjhm) = upper(q.zjhm)
      JOIN yw.jyyw j ON j.htbh = m.htbh AND j.ywlx IN ('CLFBA', 'SPFBA') AND j.zt = '办结'
     WHERE f.bdcdyh IN (SELECT unnest(p_bdcdyh))
       AND NOT EXISTS (SELECT 1 FROM gl.yw_gl l WHERE l.gllx = 'SYQ_JY' AND l.djywh = f.ywh AND l.jyywh = j.ywh)
     ORDER BY f.ywh, j.ywh;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    SELECT DISTINCT ON (a.ywh, b.ywh) 'DY_DYBA', b.ywh, a.ywh, NULL::text,
           CASE WHEN b.dyr = a.dyr THEN 1 ELSE 0.8 END, '自动',
           json_build_object('yj', '房屋挂接与抵押权人', 'dybah', b.dybah, 'fwbm', h.fwbm, 'bdcdyh', d.bdcdyh,
                             'dyqr', a.dyqr)::jsonb,
           p_czr
      FROM djjg.dyaq_dy d
      JOIN djjg.dyaq a ON a.ywh = d.ywh
      JOIN gl.fw_dy g ON g.bdcdyh = d.bdcdyh AND g.zt = '有效'
      JOIN lpb.h h ON h.fwbm = g.fwbm
      JOIN ht.dyba_h bh ON bh.h_id = h.id
      JOIN ht.dyba b ON b.id = bh.dyba_id AND b.dyqr = a.dyqr AND b.ywh IS NOT NULL AND b.bazt IN ('已备案', '已注销')
     WHERE d.bdcdyh IN (SELECT unnest(p_bdcdyh))
       AND NOT EXISTS (SELECT 1 FROM gl.yw_gl l WHERE l.gllx = 'DY_DYBA' AND l.djywh = a.ywh AND l.jyywh = b.ywh)
     ORDER BY a.ywh, b.ywh;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    SELECT DISTINCT ON (cf.ywh, x.szywh) 'CF_XZ', x.szywh, cf.ywh, NULL::text, 1, '精确',
           json_build_object('yj', '房屋挂接与查封文号', 'cfwh', cf.cfwh, 'xzbh', x.xzbh, 'fwbm', h.fwbm,
                             'bdcdyh', cf.bdcdyh)::jsonb,
           p_czr
      FROM djjg.cfdj cf
      JOIN gl.fw_dy g ON g.bdcdyh = cf.bdcdyh AND g.zt = '有效'
      JOIN lpb.h h ON h.fwbm = g.fwbm
      JOIN ht.xzxz x ON x.h_id = h.id AND x.xzwh = cf.cfwh AND x.szywh IS NOT NULL
     WHERE cf.bdcdyh IN (SELECT unnest(p_bdcdyh))
       AND NOT EXISTS (SELECT 1 FROM gl.yw_gl l WHERE l.gllx = 'CF_XZ' AND l.djywh = cf.ywh AND l.jyywh = x.szywh)
     ORDER BY cf.ywh, x.szywh;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    SELECT DISTINCT ON (y.ywh) 'YG_HT', j.ywh, y.ywh, NULL::text,
           CASE WHEN j.htbh = y.htbh THEN 1 ELSE 0.9 END, '自动',
           json_build_object('yj', CASE WHEN j.htbh = y.htbh THEN '房屋挂接与合同编号' ELSE '房屋挂接与买受人' END,
                             'htbh', j.htbh, 'fwbm', h.fwbm, 'bdcdyh', y.bdcdyh)::jsonb,
           p_czr
      FROM djjg.ygdj y
      JOIN gl.fw_dy g ON g.bdcdyh = y.bdcdyh AND g.zt = '有效'
      JOIN lpb.h h ON h.fwbm = g.fwbm
      JOIN ht.spfht c ON c.h_id = h.id AND c.htzt NOT IN ('已撤销', '草签')
      JOIN yw.jyyw j ON j.htbh = c.htbh AND j.ywlx IN ('SPFBA', 'SPFWQ') AND j.zt NOT IN ('撤件', '驳回')
     WHERE y.bdcdyh IN (SELECT unnest(p_bdcdyh)) AND coalesce(y.ygdjzl, '1') NOT IN ('3', '4')
       AND (j.htbh = y.htbh
            OR EXISTS (SELECT 1 FROM ht.spfht_dsr s
                        WHERE s.ht_id = c.id AND s.jslx = '买受人' AND strpos(coalesce(y.qlr, ''), s.mc) > 0))
       AND NOT EXISTS (SELECT 1 FROM gl.yw_gl l WHERE l.gllx = 'YG_HT' AND l.djywh = y.ywh)
     ORDER BY y.ywh, j.htbh = y.htbh DESC, j.ywlx = 'SPFBA' DESC, j.slsj DESC;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE stg.djsj d
       SET jyzt = '待校验'
     WHERE d.jyzt = '不合格' AND d.bdcdyh IN (SELECT unnest(p_bdcdyh));
    GET DIAGNOSTICS v_r = ROW_COUNT;
    IF v_r > 0 THEN
        INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgh, ly, yy)
        VALUES (p_czr, '重新校验', 'stg.djsj', NULL,
                json_build_object('units', cardinality(p_bdcdyh), 'rows', v_r)::jsonb, 'job', '单元已挂接房屋');
    END IF;
    RETURN v_k;
END
$$;

--
-- Name: FUNCTION link_business(p_czr text, p_bdcdyh text[]); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.link_business(p_czr text, p_bdcdyh text[]) IS '业务挂接：新挂接单元上的所有权、抵押权、查封、预告与交易业务挂接；这些单元的不合格暂存行重新校验';

--
-- Name: link_candidates(integer); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.link_candidates(p_n integer) RETURNS integer
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

--
-- Name: FUNCTION link_candidates(p_n integer); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.link_candidates(p_n integer) IS '重建候选对：未挂接的房屋与单元各取得分最高的前 N 个候选（名次、得分、理由）';

--
-- Name: link_exact(text); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.link_exact(p_czr text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
BEGIN
    INSERT INTO gl.fw_dy (fwbm, bdcdyh, ppdf, glfs, glyj, czr)
    SELECT c.fwbm, c.bdcdyh, 1, '精确',
           gl.pair_reasons(c.fx) || json_build_object('依据', '登记端所记房屋编码一致，比对核实无矛盾')::jsonb, p_czr
      FROM (SELECT f.fwbm, d.bdcdyh,
                   gl.pair_points(f.gz_xm, f.gz_xmjc, f.gz_dl, f.gz_zh, f.gz_dy, f.gz_c, f.gz_sjc, f.gz_fh, f.gz_sjfh,
                                  f.jzmj, f.tnmj, f.zjhm, f.qlrmc, f.fwbm,
                                  d.gz_xm, d.gz_xmjc, d.gz_dl, d.gz_zh, d.gz_dy, d.gz_mc, d.gz_mfh,
                                  d.jzmj, d.tnmj, d.zjhm, d.qlrmc, d.fwbm, f.gz_qx, d.gz_qx) AS fx
              FROM gl.dytz d
              JOIN gl.fwtz f ON f.fwbm = d.fwbm
             WHERE NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.bdcdyh = d.bdcdyh)
               AND NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.fwbm = f.fwbm)
               AND NOT EXISTS (SELECT 1 FROM gl.dytz o WHERE o.fwbm = d.fwbm AND o.bdcdyh <> d.bdcdyh)) c
     WHERE c.fx[3] >= 0 AND c.fx[4] >= 0 AND c.fx[5] >= 5 AND c.fx[7] >= 0 AND (c.fx[4] > 0 OR c.fx[7] >= 2);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;

--
-- Name: FUNCTION link_exact(p_czr text); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.link_exact(p_czr text) IS '精确挂接：登记端所记房屋编码一致且幢、单元、房号、面积核实无矛盾的单元直接挂接（得分 1）';

--
-- Name: link_manual(text, text, text, text, text, text); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.link_manual(p_cz text, p_fwbm text, p_bdcdyh text, p_czr text, p_ly text, p_yy text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_old gl.fw_dy%ROWTYPE;
    v_n   integer := 0;
BEGIN
    IF p_cz IS NULL OR p_cz NOT IN ('挂接', '解除') THEN
        RAISE EXCEPTION '操作 cz 只能是「挂接」或「解除」（收到「%」）', p_cz USING ERRCODE = '22023';
    END IF;
    IF coalesce(btrim(p_fwbm), '') = '' OR coalesce(btrim(p_bdcdyh), '') = '' THEN
        RAISE EXCEPTION '房屋编码 fwbm 与不动产单元号 bdcdyh 都不能为空' USING ERRCODE = '22023';
    END IF;
    IF p_cz = '解除' THEN
        IF coalesce(btrim(p_yy), '') = '' THEN
            RAISE EXCEPTION '解除挂接须填写原因 yy' USING ERRCODE = '22023';
        END IF;
        DELETE FROM gl.fw_dy g WHERE g.fwbm = p_fwbm AND g.bdcdyh = p_bdcdyh RETURNING g.* INTO v_old;
        IF v_old.id IS NULL THEN
            RAISE EXCEPTION '房屋编码 fwbm=「%」与不动产单元号 bdcdyh=「%」之间没有挂接', p_fwbm, p_bdcdyh
                USING ERRCODE = 'P0002';
        END IF;
        INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
        VALUES (p_czr, '解除挂接', 'gl.fw_dy', p_fwbm || '|' || p_bdcdyh, to_jsonb(v_old), NULL, p_ly, p_yy);
        RETURN json_build_object('cz', p_cz, 'fwbm', p_fwbm, 'bdcdyh', p_bdcdyh)::jsonb;
    END IF;

    IF NOT EXISTS (SELECT 1 FROM lpb.h h WHERE h.fwbm = p_fwbm)
       AND NOT EXISTS (SELECT 1 FROM gl.fwtz f WHERE f.fwbm = p_fwbm) THEN
        RAISE EXCEPTION '房屋编码 fwbm=「%」不在楼盘表中，也不是导入的房屋', p_fwbm USING ERRCODE = 'P0002';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM djjg.bdcdy b WHERE b.bdcdyh = p_bdcdyh)
       AND NOT EXISTS (SELECT 1 FROM gl.dytz d WHERE d.bdcdyh = p_bdcdyh) THEN
        RAISE EXCEPTION '不动产单元号 bdcdyh=「%」不在登记单元中，也不是暂存或导入的单元', p_bdcdyh
            USING ERRCODE = 'P0002';
    END IF;
    SELECT g.* INTO v_old FROM gl.fw_dy g WHERE g.fwbm = p_fwbm OR g.bdcdyh = p_bdcdyh LIMIT 1;
    IF v_old.id IS NOT NULL THEN
        IF v_old.fwbm = p_fwbm AND v_old.bdcdyh = p_bdcdyh THEN
            RETURN json_build_object('cz', p_cz, 'fwbm', p_fwbm, 'bdcdyh', p_bdcdyh, 'business', 0)::jsonb;
        END IF;
        RAISE EXCEPTION '一一对应：房屋编码 fwbm=「%」或不动产单元号 bdcdyh=「%」已挂接（%—%，方式 %），请先解除',
            p_fwbm, p_bdcdyh, v_old.fwbm, v_old.bdcdyh, v_old.glfs USING ERRCODE = '22023';
    END IF;
    INSERT INTO gl.fw_dy (fwbm, bdcdyh, ppdf, glfs, glyj, czr)
    VALUES (p_fwbm, p_bdcdyh, 1, '人工',
            json_build_object('依据', '人工挂接', '原因', p_yy)::jsonb
            || coalesce((SELECT c.ly FROM gl.candidates(p_fwbm, 50) c WHERE c.bdcdyh = p_bdcdyh), '{}'::jsonb),
            p_czr);
    DELETE FROM gl.hxd h WHERE h.fwbm = p_fwbm OR h.bdcdyh = p_bdcdyh;
    v_n := gl.link_business(p_czr, ARRAY[p_bdcdyh]);
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    VALUES (p_czr, '人工挂接', 'gl.fw_dy', p_fwbm || '|' || p_bdcdyh, NULL,
            (SELECT to_jsonb(g) FROM gl.fw_dy g WHERE g.fwbm = p_fwbm), p_ly, p_yy);
    RETURN json_build_object('cz', p_cz, 'fwbm', p_fwbm, 'bdcdyh', p_bdcdyh, 'business', v_n)::jsonb;
END
$$;

--
-- Name: FUNCTION link_manual(p_cz text, p_fwbm text, p_bdcdyh text, p_czr text, p_ly text, p_yy text); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.link_manual(p_cz text, p_fwbm text, p_bdcdyh text, p_czr text, p_ly text, p_yy text) IS '人工挂接或解除一个房屋与一个单元（一一对应，带理由与前后值记入操作日志；挂接后建立业务挂接、重新校验）';

--
-- Name: link_pairs(); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.link_pairs() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
BEGIN
    TRUNCATE gl.bdd;
    INSERT INTO gl.bdd (fwbm, bdcdyh, df, fx, fwmc, dymc, fwcj, dycj)
    WITH f AS (SELECT x.*, left(x.fwbm, 6) AS qxdm
                 FROM gl.fwtz x WHERE NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.fwbm = x.fwbm)),
         d AS (SELECT x.*, left(x.bdcdyh, 6) AS qxdm, a.gz_xm AS bm_xm
                 FROM gl.dytz x
                 LEFT JOIN gl.xmbm a ON a.bm = x.gz_xm
                WHERE NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.bdcdyh = x.bdcdyh)),
         p AS (SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.qxdm = f.qxdm AND d.gz_xmjc = f.gz_xmjc AND d.gz_zh = f.gz_zh
                                                    AND d.gz_mfh = f.gz_fh
               UNION
               SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.qxdm = f.qxdm AND d.gz_xmjc = f.gz_xmjc AND d.gz_zh = f.gz_zh
                                                    AND d.gz_mfh = f.gz_sjfh
               UNION
               SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.qxdm = f.qxdm AND d.gz_dl = f.gz_dl AND d.gz_zh = f.gz_zh
                                                    AND d.gz_mfh = f.gz_fh
               UNION
               SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.qxdm = f.qxdm AND d.gz_dl = f.gz_dl AND d.gz_zh = f.gz_zh
                                                    AND d.gz_mfh = f.gz_sjfh
               UNION
               SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.qxdm = f.qxdm AND d.bm_xm = f.gz_xm AND d.gz_zh = f.gz_zh
                                                    AND d.gz_mfh = f.gz_fh
               UNION
               SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.qxdm = f.qxdm AND d.gz_xmjc = f.gz_xmjc AND d.gz_zh = f.gz_zh
                                                    AND d.gz_mc = f.gz_c
                                                    AND (d.gz_dy = f.gz_dy OR d.gz_dy IS NULL OR f.gz_dy IS NULL)
               UNION
               SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.qxdm = f.qxdm AND d.gz_xmjc = f.gz_xmjc AND d.gz_zh = f.gz_zh
                                                    AND d.gz_mc = f.gz_sjc
                                                    AND (d.gz_dy = f.gz_dy OR d.gz_dy IS NULL OR f.gz_dy IS NULL)
               UNION
               SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.zjhm = f.zjhm
               UNION
               SELECT f.fwbm, d.bdcdyh FROM f JOIN d ON d.fwbm = f.fwbm),
         s AS (SELECT p.fwbm, p.bdcdyh,
                      gl.pair_points(f.gz_xm, f.gz_xmjc, f.gz_dl, f.gz_zh, f.gz_dy, f.gz_c, f.gz_sjc, f.gz_fh, f.gz_sjfh,
                                     f.jzmj, f.tnmj, f.zjhm, f.qlrmc, f.fwbm,
                                     coalesce(d.bm_xm, d.gz_xm), d.gz_xmjc, d.gz_dl, d.gz_zh, d.gz_dy, d.gz_mc, d.gz_mfh,
                                     d.jzmj, d.tnmj, d.zjhm, d.qlrmc, d.fwbm, f.gz_qx, d.gz_qx) AS fx
                 FROM p
                 JOIN f ON f.fwbm = p.fwbm
                 JOIN d ON d.bdcdyh = p.bdcdyh
               OFFSET 0),
         t AS (SELECT s.fwbm, s.bdcdyh, s.fx,
                      (s.fx[1] + s.fx[2] + s.fx[3] + s.fx[4] + s.fx[5] + s.fx[6] + s.fx[7] + s.fx[8] + s.fx[9]
                       + s.fx[10] + s.fx[11])::integer AS df
                 FROM s)
    SELECT t.fwbm, t.bdcdyh, t.df, t.fx,
           row_number() OVER wf, row_number() OVER wd,
           t.df - lead(t.df) OVER wf, t.df - lead(t.df) OVER wd
      FROM t
    WINDOW wf AS (PARTITION BY t.fwbm ORDER BY t.df DESC, t.bdcdyh),
           wd AS (PARTITION BY t.bdcdyh ORDER BY t.df DESC, t.fwbm);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    ANALYZE gl.bdd;
    RETURN v_n;
END
$$;

--
-- Name: FUNCTION link_pairs(); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.link_pairs() IS '分块比对：尚未挂接的房屋与单元按项目、路名门牌、别名、层、证件号、所记编码分块找对，打分并按两端排名，写入 gl.bdd';

--
-- Name: link_run(text, text[], integer, integer); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.link_run(p_czr text, p_steps text[], p_min integer, p_cj integer) RETURNS jsonb
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_all   text[] := ARRAY['features', 'exact', 'aliases', 'pairs', 'auto', 'candidates', 'business'];
    v_step  text;
    v_t     timestamptz;
    v_n     bigint;
    v_res   jsonb := '{}'::jsonb;
BEGIN
    IF p_steps IS NOT NULL AND NOT (p_steps <@ v_all) THEN
        RAISE EXCEPTION '未知的挂接步骤：%（可用：%）', array_to_string(p_steps, ','), array_to_string(v_all, ',')
            USING ERRCODE = '22023';
    END IF;
    PERFORM pg_advisory_xact_lock(73010002);
    PERFORM set_config('work_mem', '256MB', true);
    FOREACH v_step IN ARRAY v_all LOOP
        CONTINUE WHEN p_steps IS NOT NULL AND NOT (v_step = ANY (p_steps));
        v_t := clock_timestamp();
        IF v_step = 'features' THEN
            v_n := (SELECT (r ->> 'fw')::bigint + (r ->> 'dy')::bigint FROM (SELECT gl.refresh_features() AS r) x);
            PERFORM gl.estimate_offsets();
            ANALYZE gl.fwtz;
            ANALYZE gl.dytz;
        ELSIF v_step = 'exact' THEN
            v_n := gl.link_exact(p_czr);
            ANALYZE gl.fw_dy;
        ELSIF v_step = 'aliases' THEN
            v_n := gl.learn_aliases(p_czr);
        ELSIF v_step = 'pairs' THEN
            v_n := gl.link_pairs();
        ELSIF v_step = 'auto' THEN
            v_n := gl.link_auto(p_czr, p_min, p_cj);
            ANALYZE gl.fw_dy;
        ELSIF v_step = 'candidates' THEN
            v_n := gl.link_candidates(5);
        ELSE
            v_n := gl.link_business(p_czr, ARRAY(SELECT g.bdcdyh::text FROM gl.fw_dy g
                                                  WHERE g.gjsj = now() AND g.glfs IN ('精确', '自动')));
        END IF;
        v_res := v_res || json_build_object(v_step, json_build_object(
                     'n', v_n, 'ms', round(extract(epoch FROM clock_timestamp() - v_t) * 1000)))::jsonb;
    END LOOP;
    RETURN v_res || json_build_object(
        'linked', (SELECT count(*) FROM gl.fw_dy g WHERE g.gjsj = now()),
        'unlinked_fw', (SELECT count(*) FROM gl.fwtz f WHERE NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.fwbm = f.fwbm)),
        'unlinked_dy', (SELECT count(*) FROM gl.dytz d
                         WHERE NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.bdcdyh = d.bdcdyh)))::jsonb;
END
$$;

--
-- Name: FUNCTION link_run(p_czr text, p_steps text[], p_min integer, p_cj integer); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.link_run(p_czr text, p_steps text[], p_min integer, p_cj integer) IS '数据挂接运行：刷新特征、精确挂接、学得别名、分块比对、评分挂接、候选、业务挂接（可只做其中几步），返回计数与耗时';

--
-- Name: norm_estate(text); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.norm_estate(p text) RETURNS TABLE(xm text, xmjc text)
    LANGUAGE sql IMMUTABLE
    AS $_$
    SELECT k.xm,
           nullif(regexp_replace(k.xm, '(花园|家园|苑|城|府|公寓|大厦|广场|山庄|新村|雅居|佳园)+([0-9]+期)?$', '\2'), '')
      FROM (SELECT nullif(replace(p, '小区', ''), '') AS xm) k
$_$;

--
-- Name: FUNCTION norm_estate(p text); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.norm_estate(p text) IS '项目名称规范键（去「小区」）与词干（再去期数前的通名，保留期数）';

--
-- Name: norm_row(text, text, text, text, text, text); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.norm_row(p_xmmc text, p_zl text, p_zh text, p_dy text, p_szc text, p_fh text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE
    AS $_$
DECLARE
    a    text[];
    v_xm text;
    v_jc text;
    v_zh text;
    v_dy text;
    v_c  text;
    v_fh text;
BEGIN
    a := coalesce(gl.parse_zl(gl.norm_text(p_zl)), ARRAY[NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL]::text[]);
    v_xm := coalesce(gl.norm_text(p_xmmc), a[2]);
    IF v_xm IS NOT NULL THEN
        v_xm := nullif(replace(v_xm, '小区', ''), '');
        v_jc := nullif(regexp_replace(v_xm, '(花园|家园|苑|城|府|公寓|大厦|广场|山庄|新村|雅居|佳园)+([0-9]+期)?$', '\2'), '');
    END IF;
    v_zh := CASE WHEN p_zh ~ '^[0-9]+$' THEN p_zh
                 WHEN btrim(p_zh) <> '' THEN substring(gl.norm_text(p_zh || '栋') from '[0-9]+') END;
    v_dy := CASE WHEN p_dy ~ '^[0-9]+$' THEN p_dy
                 WHEN btrim(p_dy) <> '' THEN substring(gl.norm_text(p_dy || '单元') from '[0-9]+') END;
    v_c := CASE WHEN p_szc ~ '^[0-9]+$' THEN p_szc
                WHEN btrim(p_szc) <> '' THEN substring(gl.norm_text(p_szc || '层') from '[0-9]+') END;
    v_fh := CASE WHEN p_fh ~ '^[0-9]+$' THEN p_fh
                 WHEN btrim(p_fh) <> '' THEN substring(gl.norm_text(p_fh) from '[0-9]+$') END;
    v_zh := nullif(ltrim(coalesce(v_zh, a[3]), '0'), '');
    v_dy := nullif(ltrim(coalesce(v_dy, a[4]), '0'), '');
    v_fh := coalesce(v_fh, a[6]);
    v_c := nullif(ltrim(coalesce(v_c, a[5]), '0'), '');
    IF v_c IS NULL AND length(v_fh) >= 3 THEN
        v_c := nullif(ltrim(left(v_fh, length(v_fh) - 2), '0'), '');
    END IF;
    IF length(v_c) > 3 THEN v_c := NULL; END IF;
    IF length(v_zh) > 6 THEN v_zh := NULL; END IF;
    IF length(v_fh) > 10 THEN v_fh := right(v_fh, 10); END IF;
    RETURN ARRAY[v_xm, v_jc, a[1], v_zh, v_dy, v_c, v_fh, a[7], a[8]];
END
$_$;

--
-- Name: FUNCTION norm_row(p_xmmc text, p_zl text, p_zh text, p_dy text, p_szc text, p_fh text); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.norm_row(p_xmmc text, p_zl text, p_zh text, p_dy text, p_szc text, p_fh text) IS '比对键：[项目规范键, 项目词干, 路名门牌, 幢号, 单元号, 层, 房号, 规范坐落, 区县]；结构化列优先，缺的由坐落解析补上';

--
-- Name: norm_text(text); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.norm_text(p text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $_$
DECLARE
    t text;
    m text[];
    v_n text;
BEGIN
    IF p IS NULL THEN
        RETURN NULL;
    END IF;
    t := p;
    -- 1. 只有含全角字符、空白或标点时才做长 translate（它按字符逐个比对，是这里最贵的一步）
    IF t !~ '^[0-9A-Za-z一-龥()#-]*$' THEN
        t := translate(t, '０１２３４５６７８９＃－—（）ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚⅠⅡⅢⅣⅤ 　	,，.。、·:：;；"“”''‘’',
                          '0123456789#--()ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz12345');
    END IF;
    IF t = '' THEN
        RETURN NULL;
    END IF;
    t := upper(t);
    -- 2. 期数
    IF strpos(t, '期') > 0 THEN
        t := regexp_replace(t, '\(([^()]{1,4}期)\)', '\1', 'g');
        IF t ~ '[IV]期' THEN
            t := regexp_replace(t, '(^|[^IV])IV期', '\14期', 'g');
            t := regexp_replace(t, '(^|[^IV])III期', '\13期', 'g');
            t := regexp_replace(t, '(^|[^IV])II期', '\12期', 'g');
            t := regexp_replace(t, '(^|[^IV])I期', '\11期', 'g');
            t := regexp_replace(t, '(^|[^IV])V期', '\15期', 'g');
        END IF;
    END IF;
    -- 3. 标记前的中文数字
    IF t ~ '[零〇一二两三四五六七八九十]+(栋|幢|座|单元|层|楼|号|室|期)' THEN
        FOR m IN SELECT regexp_matches(t, '([零〇一二两三四五六七八九十]+)(栋|幢|座|单元|层|楼|号|室|期)', 'g') LOOP
            v_n := translate(m[1], '零〇一二两三四五六七八九', '001223456789');
            v_n := CASE
                       WHEN v_n ~ '^[0-9]+$' THEN v_n
                       WHEN v_n = '十' THEN '10'
                       WHEN v_n ~ '^十[0-9]$' THEN '1' || substr(v_n, 2)
                       WHEN v_n ~ '^[0-9]十$' THEN substr(v_n, 1, 1) || '0'
                       WHEN v_n ~ '^[0-9]十[0-9]$' THEN substr(v_n, 1, 1) || substr(v_n, 3)
                       ELSE m[1]
                   END;
            t := replace(t, m[1] || m[2], v_n || m[2]);
        END LOOP;
    END IF;
    -- 4. 标记统一（先用 strpos 判断，避免对每行都跑正则）
    IF strpos(t, '第') > 0 THEN
        t := regexp_replace(t, '第([0-9]+)', '\1', 'g');
    END IF;
    IF strpos(t, '幢') > 0 OR strpos(t, '座') > 0 OR strpos(t, '#') > 0 OR strpos(t, '号楼') > 0
       OR strpos(t, '栋号') > 0 THEN
        t := regexp_replace(t, '([0-9]+)(号楼|栋号|幢|座|#)', '\1栋', 'g');
    END IF;
    IF strpos(t, '楼') > 0 THEN
        t := regexp_replace(t, '([0-9]+)楼([0-9])', '\1层\2', 'g');
    END IF;
    IF right(t, 1) IN ('室', '号', '房') THEN
        t := regexp_replace(t, '([0-9]+)(号房|室|号|房)$', '\1');
    END IF;
    RETURN nullif(t, '');
END
$_$;

--
-- Name: FUNCTION norm_text(p text); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.norm_text(p text) IS '文本规范化：全角转半角、去空白标点、期数统一、标记前中文数字转阿拉伯数字、幢座#号楼统一为栋、楼→层、去末尾室号';

--
-- Name: pair_points(text, text, text, text, text, integer, integer, text, text, numeric, numeric, text, text, text, text, text, text, text, text, integer, text, numeric, numeric, text, text, text, text, text); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.pair_points(f_xm text, f_xmjc text, f_dl text, f_zh text, f_dy text, f_c integer, f_sjc integer, f_fh text, f_sjfh text, f_jzmj numeric, f_tnmj numeric, f_zjhm text, f_qlrmc text, f_fwbm text, d_xm text, d_xmjc text, d_dl text, d_zh text, d_dy text, d_c integer, d_fh text, d_jzmj numeric, d_tnmj numeric, d_zjhm text, d_qlrmc text, d_fwbm text, f_qx text, d_qx text) RETURNS smallint[]
    LANGUAGE sql IMMUTABLE
    AS $_$
    SELECT ARRAY[
        CASE WHEN f_xm IS NULL OR d_xm IS NULL THEN 0
             WHEN f_xm = d_xm THEN 4
             WHEN f_xmjc = d_xmjc THEN 3
             WHEN substring(f_xm from '([0-9]+)期$') <> substring(d_xm from '([0-9]+)期$') THEN -4
             WHEN public.similarity(f_xm, d_xm) >= 0.5 THEN 1
             ELSE -3 END,
        CASE WHEN f_dl IS NULL OR d_dl IS NULL THEN 0 WHEN f_dl = d_dl THEN 2 ELSE -3 END,
        CASE WHEN f_zh IS NULL OR d_zh IS NULL THEN 0 WHEN f_zh = d_zh THEN 3 ELSE -8 END,
        CASE WHEN f_dy IS NULL OR d_dy IS NULL THEN 0 WHEN f_dy = d_dy THEN 2 ELSE -6 END,
        CASE WHEN f_fh IS NULL OR d_fh IS NULL THEN 0
             WHEN f_fh = d_fh THEN 6
             WHEN f_sjfh = d_fh THEN 5
             ELSE CASE gl.fh_typo(f_fh, d_fh) WHEN 1 THEN 1 WHEN 2 THEN -4 ELSE -8 END END,
        CASE WHEN f_c IS NULL OR d_c IS NULL THEN 0 WHEN d_c IN (f_c, f_sjc) THEN 1 ELSE -3 END,
        CASE WHEN f_jzmj IS NULL OR d_jzmj IS NULL OR f_jzmj = 0 THEN 0
             WHEN abs(f_jzmj - d_jzmj) <= 0.002 * f_jzmj THEN 3
             WHEN abs(f_jzmj - d_jzmj) <= 0.01 * f_jzmj THEN 2
             WHEN abs(f_jzmj - d_jzmj) <= 0.035 * f_jzmj THEN 1
             WHEN abs(f_jzmj - d_jzmj) <= 0.08 * f_jzmj THEN -2
             ELSE -6 END,
        CASE WHEN f_tnmj IS NULL OR d_tnmj IS NULL OR f_tnmj = 0 THEN 0
             WHEN abs(f_tnmj - d_tnmj) <= 0.01 * f_tnmj THEN 1
             WHEN abs(f_tnmj - d_tnmj) > 0.08 * f_tnmj THEN -2
             ELSE 0 END,
        CASE WHEN f_zjhm = d_zjhm THEN 4
             WHEN (f_zjhm IS NULL OR d_zjhm IS NULL) AND f_qlrmc = d_qlrmc THEN 2
             ELSE 0 END,
        CASE WHEN f_fwbm = d_fwbm THEN 3 ELSE 0 END,
        CASE WHEN f_qx IS NULL OR d_qx IS NULL THEN 0 WHEN f_qx = d_qx THEN 1 ELSE -6 END
    ]::smallint[]
$_$;

--
-- Name: FUNCTION pair_points(f_xm text, f_xmjc text, f_dl text, f_zh text, f_dy text, f_c integer, f_sjc integer, f_fh text, f_sjfh text, f_jzmj numeric, f_tnmj numeric, f_zjhm text, f_qlrmc text, f_fwbm text, d_xm text, d_xmjc text, d_dl text, d_zh text, d_dy text, d_c integer, d_fh text, d_jzmj numeric, d_tnmj numeric, d_zjhm text, d_qlrmc text, d_fwbm text, f_qx text, d_qx text); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.pair_points(f_xm text, f_xmjc text, f_dl text, f_zh text, f_dy text, f_c integer, f_sjc integer, f_fh text, f_sjfh text, f_jzmj numeric, f_tnmj numeric, f_zjhm text, f_qlrmc text, f_fwbm text, d_xm text, d_xmjc text, d_dl text, d_zh text, d_dy text, d_c integer, d_fh text, d_jzmj numeric, d_tnmj numeric, d_zjhm text, d_qlrmc text, d_fwbm text, f_qx text, d_qx text) IS '房屋–单元比对的分项得分 [项目, 路名门牌, 幢, 单元, 房号, 层, 建筑面积, 套内面积, 权利人, 房屋编码, 区县]，和为证据得分';

--
-- Name: pair_reasons(smallint[]); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.pair_reasons(p smallint[]) RETURNS jsonb
    LANGUAGE sql IMMUTABLE
    AS $$
    SELECT json_build_object(
        '项目', CASE p[1] WHEN 4 THEN '相同' WHEN 3 THEN '词干相同' WHEN 1 THEN '相似' WHEN -4 THEN '期数不同'
                          WHEN -3 THEN '不同' ELSE '缺' END,
        '路名门牌', CASE p[2] WHEN 2 THEN '相同' WHEN -3 THEN '不同' ELSE '缺' END,
        '幢号', CASE p[3] WHEN 3 THEN '相同' WHEN -8 THEN '不同' ELSE '缺' END,
        '单元', CASE p[4] WHEN 2 THEN '相同' WHEN -6 THEN '不同' ELSE '缺' END,
        '房号', CASE p[5] WHEN 6 THEN '相同' WHEN 5 THEN '按实际层相同' WHEN 1 THEN '两位互换（笔误）' WHEN -4 THEN '一位不同' WHEN -8 THEN '不同'
                          ELSE '缺' END,
        '层', CASE p[6] WHEN 1 THEN '相同' WHEN -3 THEN '不同' ELSE '缺' END,
        '建筑面积', CASE p[7] WHEN 3 THEN '相同' WHEN 2 THEN '差≤1%' WHEN 1 THEN '差≤3.5%（复测）'
                              WHEN -2 THEN '差≤8%' WHEN -6 THEN '差>8%' ELSE '缺' END,
        '套内面积', CASE p[8] WHEN 1 THEN '相同' WHEN -2 THEN '差>8%' ELSE '缺或相近' END,
        '权利人', CASE p[9] WHEN 4 THEN '证件号相同' WHEN 2 THEN '名称相同' ELSE '无旁证' END,
        '房屋编码', CASE p[10] WHEN 3 THEN '登记端所记相同' ELSE '无' END,
        '区县', CASE p[11] WHEN 1 THEN '相同' WHEN -6 THEN '不同' ELSE '缺' END,
        '分项', p)::jsonb
$$;

--
-- Name: FUNCTION pair_reasons(p smallint[]); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.pair_reasons(p smallint[]) IS '分项得分转成中文理由（JSON），存入挂接依据与候选理由';

--
-- Name: parse_zl(text); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.parse_zl(p text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE
    AS $_$
DECLARE
    t    text;
    v_dl text;
    v_xm text;
    v_zh text;
    v_dy text;
    v_c  text;
    v_fh text;
    v_dz text;
    v_qx text;
    v_pre text;
    v_door text;
    v_rest text;
    v_parts text[];
    k integer;
BEGIN
    IF p IS NULL THEN
        RETURN NULL;
    END IF;
    t := p;
    -- 行政区前缀：逐段比较开头几个字（不用正则，这是每行都走的路径）
    IF left(t, 3) = '四川省' THEN t := substr(t, 4); END IF;
    IF left(t, 3) = '达州市' THEN t := substr(t, 4); END IF;
    IF left(t, 3) IN ('通川区', '达川区', '宣汉县', '开江县', '大竹县', '万源市') THEN
        v_qx := left(t, 3);
        t := substr(t, 4);
    ELSIF left(t, 2) = '渠县' THEN
        v_qx := '渠县';
        t := substr(t, 3);
    END IF;
    -- 街道、镇、乡名（2–6 个字，其中没有数字）
    k := strpos(t, '街道');
    IF k BETWEEN 3 AND 7 AND left(t, k - 1) !~ '[0-9]' THEN
        t := substr(t, k + 2);
    ELSE
        k := strpos(left(t, 7), '镇');
        IF k = 0 THEN k := strpos(left(t, 7), '乡'); END IF;
        IF k BETWEEN 3 AND 7 AND left(t, k - 1) !~ '[0-9]' AND length(t) > k THEN
            t := substr(t, k + 1);
        END IF;
    END IF;
    v_dz := t;
    -- 路名门牌：第一个「号」之前是「路名 + 数字」
    k := strpos(t, '号');
    IF k > 2 THEN
        v_pre := left(t, k - 1);
        v_door := substring(v_pre from '[0-9]+$');
        v_pre := left(v_pre, k - 1 - coalesce(length(v_door), 0));
        IF v_door IS NOT NULL AND length(v_pre) BETWEEN 2 AND 12 AND v_pre !~ '[0-9]'
           AND (right(v_pre, 1) IN ('路', '街', '巷') OR right(v_pre, 2) = '大道') THEN
            v_dl := v_pre || v_door;
            t := substr(t, k + 1);
        END IF;
    END IF;
    -- 「项目 N栋 [N单元] [N层] 房号」：按标记字的位置切分（比带捕获组的正则快得多）
    k := strpos(t, '栋');
    IF k > 1 THEN
        v_pre := left(t, k - 1);
        v_zh := substring(v_pre from '[0-9]+$');
        v_xm := left(v_pre, k - 1 - coalesce(length(v_zh), 0));
        v_rest := ltrim(substr(t, k + 1), '-');
        k := strpos(v_rest, '单元');
        IF k > 1 THEN
            v_dy := left(v_rest, k - 1);
            v_rest := ltrim(substr(v_rest, k + 2), '-');
        END IF;
        k := strpos(v_rest, '层');
        IF k > 1 THEN
            v_c := left(v_rest, k - 1);
            v_rest := substr(v_rest, k + 1);
        END IF;
        v_fh := v_rest;
    ELSE
        -- 连字符写法「项目 幢-单元-房号」「项目 幢-房号」
        v_rest := substring(t from '[0-9]+(?:-[0-9]+){1,2}$');
        IF v_rest IS NOT NULL THEN
            v_xm := left(t, length(t) - length(v_rest));
            v_parts := string_to_array(v_rest, '-');
            v_zh := v_parts[1];
            IF array_length(v_parts, 1) = 3 THEN
                v_dy := v_parts[2];
                v_fh := v_parts[3];
            ELSE
                v_fh := v_parts[2];
            END IF;
        ELSE
            v_xm := t;
        END IF;
    END IF;
    IF v_zh !~ '^[0-9]{1,4}$' THEN v_zh := NULL; END IF;
    IF v_dy !~ '^[0-9]{1,3}$' THEN v_dy := NULL; END IF;
    IF v_c !~ '^-?[0-9]{1,3}$' THEN v_c := NULL; END IF;
    IF v_fh !~ '^[0-9]{1,8}$' THEN v_fh := NULL; END IF;
    IF v_c IS NULL AND length(v_fh) >= 3 THEN
        v_c := left(v_fh, length(v_fh) - 2);
    END IF;
    RETURN ARRAY[v_dl, nullif(v_xm, ''), ltrim(v_zh, '0'), ltrim(v_dy, '0'), ltrim(v_c, '0'), v_fh, v_dz, v_qx];
END
$_$;

--
-- Name: FUNCTION parse_zl(p text); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.parse_zl(p text) IS '坐落解析：去行政区前缀后解析出 [路名门牌, 项目名称, 幢号, 单元号, 层, 房号, 去前缀全文, 区县]（输入为 gl.norm_text 规范化的坐落）';

--
-- Name: refresh_features(); Type: FUNCTION; Schema: gl; Owner: -
--

CREATE FUNCTION gl.refresh_features() RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    v_fw integer;
    v_dy integer;
BEGIN
    MERGE INTO gl.fwtz t
    USING (SELECT s.*, gl.norm_row(s.xmmc, s.zl, NULL, s.dyh, s.szc, s.fh) AS g
             FROM (SELECT h.fwbm, x.xmmc, h.zl, h.dyh, h.szc, h.fh,
                          coalesce(h.scjzmj, h.ycjzmj) AS jzmj, coalesce(h.sctnjzmj, h.yctnjzmj) AS tnmj,
                          o.mc AS qlrmc, upper(o.zjhm) AS zjhm
                     FROM lpb.h h
                     LEFT JOIN lpb.ljz l ON l.id = h.ljz_id
                     LEFT JOIN lpb.zrz z ON z.id = l.zrz_id
                     LEFT JOIN lpb.xm x ON x.id = z.xm_id
                     LEFT JOIN (SELECT DISTINCT ON (k.h_id) k.h_id, k.mc, k.zjhm
                                  FROM (SELECT c.h_id, s.mc, s.zjhm, c.cjsj, s.sxh
                                          FROM ht.spfht c JOIN ht.spfht_dsr s ON s.ht_id = c.id AND s.jslx = '买受人'
                                         WHERE c.htzt NOT IN ('已撤销', '草签')
                                        UNION ALL
                                        SELECT c.h_id, s.mc, s.zjhm, c.cjsj, s.sxh
                                          FROM ht.clfht c JOIN ht.clfht_dsr s ON s.ht_id = c.id AND s.jslx = '买受人'
                                         WHERE c.htzt NOT IN ('已撤销', '草签')) k
                                 ORDER BY k.h_id, k.cjsj DESC, k.sxh) o ON o.h_id = h.id
                    WHERE h.fwbm IS NOT NULL) s
             LEFT JOIN gl.fwtz e ON e.fwbm = s.fwbm
            WHERE e.fwbm IS NULL
               OR (e.ly = '楼盘表'
                   AND (e.xmmc, e.zl, e.dyh, e.szc, e.fh, e.jzmj, e.tnmj, e.qlrmc, e.zjhm)
                       IS DISTINCT FROM (s.xmmc, s.zl, s.dyh, s.szc, s.fh, s.jzmj, s.tnmj, s.qlrmc, s.zjhm))
           OFFSET 0) s
       ON (t.fwbm = s.fwbm)
    WHEN MATCHED THEN UPDATE SET
         xmmc = s.xmmc, zl = s.zl, dyh = s.dyh, szc = s.szc, fh = s.fh, jzmj = s.jzmj, tnmj = s.tnmj,
         qlrmc = s.qlrmc, zjhm = s.zjhm, gz_xm = s.g[1], gz_xmjc = s.g[2], gz_dl = s.g[3], gz_zh = s.g[4],
         gz_dy = s.g[5], gz_c = s.g[6]::integer, gz_fh = s.g[7], gz_dz = s.g[8], gz_qx = s.g[9], gxsj = now()
    WHEN NOT MATCHED THEN INSERT
         (fwbm, ly, xmmc, zl, dyh, szc, fh, jzmj, tnmj, qlrmc, zjhm,
          gz_xm, gz_xmjc, gz_dl, gz_zh, gz_dy, gz_c, gz_fh, gz_dz, gz_qx)
         VALUES (s.fwbm, '楼盘表', s.xmmc, s.zl, s.dyh, s.szc, s.fh, s.jzmj, s.tnmj, s.qlrmc, s.zjhm,
                 s.g[1], s.g[2], s.g[3], s.g[4], s.g[5], s.g[6]::integer, s.g[7], s.g[8], s.g[9]);
    GET DIAGNOSTICS v_fw = ROW_COUNT;
    IF v_fw > 0 THEN
        PERFORM gl.estimate_floors(NULL);
    END IF;

    MERGE INTO gl.dytz t
    USING (SELECT s.*, gl.norm_row(NULL, s.zl, s.zh, s.dyh, s.szc, s.hh) AS g
             FROM (SELECT u.bdcdyh, u.ly, u.fwbm, u.zl, u.zh, u.dyh, u.szc, u.hh, u.jzmj, u.tnmj,
                          q.qlrmc, upper(q.zjhm) AS zjhm, q.bdcqzh
                     FROM (SELECT b.bdcdyh, '登记'::varchar(10) AS ly, b.fwbm::text AS fwbm, b.zl, b.zh, b.dyh,
                                  b.szc::text AS szc, coalesce(b.shbw, b.hh::text) AS hh, b.jzmj, b.tnjzmj AS tnmj
                             FROM djjg.bdcdy b
                           UNION ALL
                           (SELECT DISTINCT ON (s.bdcdyh) s.bdcdyh, '暂存', s.sjnr ->> 'fwbm', s.sjnr ->> 'zl',
                                  s.sjnr ->> 'zh', s.sjnr ->> 'dyh', s.sjnr ->> 'szc',
                                  coalesce(s.sjnr ->> 'shbw', s.sjnr ->> 'hh'),
                                  CASE WHEN s.sjnr ->> 'jzmj' ~ '^[0-9]{1,8}(\.[0-9]+)?$'
                                       THEN (s.sjnr ->> 'jzmj')::numeric(12,2) END,
                                  CASE WHEN s.sjnr ->> 'tnjzmj' ~ '^[0-9]{1,8}(\.[0-9]+)?$'
                                       THEN (s.sjnr ->> 'tnjzmj')::numeric(12,2) END
                             FROM stg.djsj s
                            WHERE s.lybm = 'bdcdy' AND s.czlx <> 'D' AND s.jyzt <> '已入库' AND s.bdcdyh IS NOT NULL
                              AND NOT EXISTS (SELECT 1 FROM djjg.bdcdy b WHERE b.bdcdyh = s.bdcdyh)
                            ORDER BY s.bdcdyh, s.id DESC)) u
                     LEFT JOIN (SELECT DISTINCT ON (r.bdcdyh) r.bdcdyh, r.qlrmc, r.zjhm, r.bdcqzh
                                  FROM djjg.qlr r
                                 WHERE r.sqrlb = '权利人' AND r.bdcdyh IS NOT NULL
                                 ORDER BY r.bdcdyh, r.djsj DESC NULLS LAST, r.sxh) q ON q.bdcdyh = u.bdcdyh) s
             LEFT JOIN gl.dytz e ON e.bdcdyh = s.bdcdyh
            WHERE e.bdcdyh IS NULL
               OR (e.ly <> '导入'
                   AND (e.ly, e.fwbm, e.zl, e.zh, e.dyh, e.szc, e.hh, e.jzmj, e.tnmj, e.qlrmc, e.zjhm, e.bdcqzh)
                       IS DISTINCT FROM (s.ly, s.fwbm, s.zl, s.zh, s.dyh, s.szc, s.hh, s.jzmj, s.tnmj, s.qlrmc, s.zjhm,
                                         s.bdcqzh))
           OFFSET 0) s
       ON (t.bdcdyh = s.bdcdyh)
    WHEN MATCHED THEN UPDATE SET
         ly = s.ly, fwbm = s.fwbm, zl = s.zl, zh = s.zh, dyh = s.dyh, szc = s.szc, hh = s.hh, jzmj = s.jzmj,
         tnmj = s.tnmj, qlrmc = s.qlrmc, zjhm = s.zjhm, bdcqzh = s.bdcqzh,
         gz_xm = coalesce((SELECT a.gz_xm FROM gl.xmbm a WHERE a.bm = s.g[1]), s.g[1]), gz_xmjc = s.g[2],
         gz_dl = s.g[3], gz_zh = s.g[4], gz_dy = s.g[5], gz_c = s.g[6]::integer, gz_fh = s.g[7], gz_dz = s.g[8],
         gz_qx = s.g[9], gz_pyc = NULL, gz_mc = s.g[6]::integer, gz_mfh = s.g[7], gxsj = now()
    WHEN NOT MATCHED THEN INSERT
         (bdcdyh, ly, fwbm, zl, zh, dyh, szc, hh, jzmj, tnmj, qlrmc, zjhm, bdcqzh,
          gz_xm, gz_xmjc, gz_dl, gz_zh, gz_dy, gz_c, gz_fh, gz_dz, gz_qx, gz_mc, gz_mfh)
         VALUES (s.bdcdyh, s.ly, s.fwbm, s.zl, s.zh, s.dyh, s.szc, s.hh, s.jzmj, s.tnmj, s.qlrmc, s.zjhm, s.bdcqzh,
                 coalesce((SELECT a.gz_xm FROM gl.xmbm a WHERE a.bm = s.g[1]), s.g[1]), s.g[2], s.g[3], s.g[4],
                 s.g[5], s.g[6]::integer, s.g[7], s.g[8], s.g[9], s.g[6]::integer, s.g[7]);
    GET DIAGNOSTICS v_dy = ROW_COUNT;
    RETURN json_build_object('fw', v_fw, 'dy', v_dy)::jsonb;
END
$_$;

--
-- Name: FUNCTION refresh_features(); Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON FUNCTION gl.refresh_features() IS '用楼盘表、登记单元镜像与暂存单元刷新挂接特征（只写新行与变化行；导入的特征不覆盖）';

--
-- Name: clfht_after_aq(); Type: FUNCTION; Schema: ht; Owner: -
--

CREATE FUNCTION ht.clfht_after_aq() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.htzt NOT IN ('已签约', '已备案') THEN
            RETURN NULL;
        END IF;
    ELSIF NEW.htzt NOT IN ('已签约', '已备案')
          OR (OLD.htzt IN ('已签约', '已备案') AND NEW.h_id = OLD.h_id) THEN
        RETURN NULL;
    END IF;
    PERFORM aq.jc_dx('clfht', NEW.id, NULL, NULL);
    RETURN NULL;
END
$$;

--
-- Name: FUNCTION clfht_after_aq(); Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON FUNCTION ht.clfht_after_aq() IS '存量房合同交易安全触发器函数：签约、备案或换户时（提交时）校验该户，不通过则拒绝提交（JYAQ1）';

--
-- Name: clfht_dsr_after_aq(); Type: FUNCTION; Schema: ht; Owner: -
--

CREATE FUNCTION ht.clfht_dsr_after_aq() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.jslx = '买受人' THEN
            PERFORM aq.jc_dx('clfht', NEW.ht_id, NULL, ARRAY['AQ04']);
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        IF OLD.jslx = '买受人' THEN
            PERFORM aq.jc_dx('clfht', OLD.ht_id, NULL, ARRAY['AQ04']);
        END IF;
    ELSIF (NEW.jslx, NEW.zjhm, NEW.mc, NEW.ht_id) IS DISTINCT FROM (OLD.jslx, OLD.zjhm, OLD.mc, OLD.ht_id)
          AND (NEW.jslx = '买受人' OR OLD.jslx = '买受人') THEN
        PERFORM aq.jc_dx('clfht', NEW.ht_id, NULL, ARRAY['AQ04']);
        IF NEW.ht_id <> OLD.ht_id THEN
            PERFORM aq.jc_dx('clfht', OLD.ht_id, NULL, ARRAY['AQ04']);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

--
-- Name: FUNCTION clfht_dsr_after_aq(); Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON FUNCTION ht.clfht_dsr_after_aq() IS '存量房合同当事人交易安全触发器函数：买受人变化时（提交时）对已签约、已备案的合同重新校验预告登记规则 AQ04';

--
-- Name: dyba_after_aq(); Type: FUNCTION; Schema: ht; Owner: -
--

CREATE FUNCTION ht.dyba_after_aq() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.bazt <> '已备案' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' OR OLD.bazt <> '已备案' THEN
        PERFORM aq.jc_dx('dyba', NEW.id, NULL, NULL);
    ELSIF NEW.dyrzjhm IS DISTINCT FROM OLD.dyrzjhm THEN
        PERFORM aq.jc_dx('dyba', NEW.id, NULL, ARRAY['AQ04']);
    END IF;
    RETURN NULL;
END
$$;

--
-- Name: FUNCTION dyba_after_aq(); Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON FUNCTION ht.dyba_after_aq() IS '抵押备案交易安全触发器函数：成为已备案时（提交时）逐户校验，抵押人证件号码改变时重查 AQ04，不通过则拒绝提交（JYAQ1）';

--
-- Name: dyba_h_after_aq(); Type: FUNCTION; Schema: ht; Owner: -
--

CREATE FUNCTION ht.dyba_h_after_aq() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_dyba  bigint;
    v_h     bigint;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.h_id = OLD.h_id AND NEW.dyba_id = OLD.dyba_id THEN
        RETURN NULL;
    END IF;
    SELECT bh.dyba_id, bh.h_id INTO v_dyba, v_h FROM ht.dyba_h bh WHERE bh.id = NEW.id;
    IF v_dyba IS NOT NULL THEN
        PERFORM aq.jc_dx('dyba', v_dyba, v_h, NULL);
    END IF;
    RETURN NULL;
END
$$;

--
-- Name: FUNCTION dyba_h_after_aq(); Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON FUNCTION ht.dyba_h_after_aq() IS '抵押备案房屋交易安全触发器函数：已备案的抵押备案增加一户或换户时（提交时）校验这一户，不通过则拒绝提交（JYAQ1）';

--
-- Name: spfht_after_aq(); Type: FUNCTION; Schema: ht; Owner: -
--

CREATE FUNCTION ht.spfht_after_aq() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.htzt NOT IN ('已签约', '已备案') THEN
            RETURN NULL;
        END IF;
    ELSIF NEW.htzt NOT IN ('已签约', '已备案')
          OR (OLD.htzt IN ('已签约', '已备案') AND NEW.h_id = OLD.h_id) THEN
        RETURN NULL;
    END IF;
    PERFORM aq.jc_dx('spfht', NEW.id, NULL, NULL);
    RETURN NULL;
END
$$;

--
-- Name: FUNCTION spfht_after_aq(); Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON FUNCTION ht.spfht_after_aq() IS '商品房合同交易安全触发器函数：签约、备案或换户时（提交时）校验该户，不通过则拒绝提交（JYAQ1）';

--
-- Name: spfht_dsr_after_aq(); Type: FUNCTION; Schema: ht; Owner: -
--

CREATE FUNCTION ht.spfht_dsr_after_aq() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.jslx = '买受人' THEN
            PERFORM aq.jc_dx('spfht', NEW.ht_id, NULL, ARRAY['AQ04']);
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        IF OLD.jslx = '买受人' THEN
            PERFORM aq.jc_dx('spfht', OLD.ht_id, NULL, ARRAY['AQ04']);
        END IF;
    ELSIF (NEW.jslx, NEW.zjhm, NEW.mc, NEW.ht_id) IS DISTINCT FROM (OLD.jslx, OLD.zjhm, OLD.mc, OLD.ht_id)
          AND (NEW.jslx = '买受人' OR OLD.jslx = '买受人') THEN
        PERFORM aq.jc_dx('spfht', NEW.ht_id, NULL, ARRAY['AQ04']);
        IF NEW.ht_id <> OLD.ht_id THEN
            PERFORM aq.jc_dx('spfht', OLD.ht_id, NULL, ARRAY['AQ04']);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

--
-- Name: FUNCTION spfht_dsr_after_aq(); Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON FUNCTION ht.spfht_dsr_after_aq() IS '商品房合同当事人交易安全触发器函数：买受人变化时（提交时）对已签约、已备案的合同重新校验预告登记规则 AQ04';

--
-- Name: apply_changes(text, jsonb); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.apply_changes(p_stream text, p_changes jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    v_ignored integer;
    v_src_ts  timestamptz;
    v_lywz    bigint;
    v_res     jsonb;
    v_lag     integer;
BEGIN
    IF p_stream IS NULL OR p_stream NOT IN ('S1', 'S2', 'S3', 'S4') THEN
        RAISE EXCEPTION '未知的流 %（应为 S1–S4）', p_stream USING ERRCODE = '22023';
    END IF;
    IF jsonb_typeof(p_changes) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'p_changes 应为 JSON 数组，收到 %', coalesce(jsonb_typeof(p_changes), 'NULL')
            USING ERRCODE = '22023';
    END IF;

    -- 规整（一条语句；S1 拆开发件箱行）并应用
    v_res := jh.apply_rows(p_stream, ARRAY(
        SELECT ROW(z.xh, 'B', NULL, z.bm, z.czlx, NULL, z.ywh, z.sjnr, z.lywz, z.lysj,
                   CASE WHEN z.cw IS NOT NULL THEN z.cwdm END, z.cw)::jh.bgh
          FROM (SELECT y.xh, y.bm, y.czlx, y.sjnr, y.lywz, y.lysj, y.hl, y.ob,
                       coalesce(y.sjnr ->> 'ywh', y.a ->> 'ywh') AS ywh,
                       CASE WHEN y.tbl IS NULL THEN 'JH004' WHEN p_stream = 'S1' AND y.tbl <> 'outbox.fjx' THEN 'JH001'
                            ELSE 'JH004' END AS cwdm,
                       CASE WHEN y.hl THEN NULL
                            WHEN y.tbl IS NULL THEN '变更缺少 tbl（来源表）'
                            WHEN p_stream = 'S1' AND y.tbl <> 'outbox.fjx'
                                THEN 'S1 只应用发件箱 outbox.fjx 的变更，收到 ' || y.tbl
                            WHEN y.op IS NULL OR y.op NOT IN ('c', 'r', 'u', 'd')
                                THEN '未知的操作 op：' || coalesce(y.op, 'null')
                            WHEN y.lywz IS NULL
                                THEN 'lsn 不是非负整数：' || coalesce(y.c ->> 'lsn', y.c -> 'source' ->> 'lsn', 'null')
                            WHEN y.ob AND y.bm IS NULL THEN '发件箱行缺少 mbb（目标表）'
                            WHEN y.ob AND y.czlx IS NULL
                                THEN '发件箱行的 czlx 不是 I/U/D：' || coalesce(y.a ->> 'czlx', 'null')
                            WHEN y.ob AND y.sjnr IS NULL THEN '发件箱行缺少 sjnr（行数据）或不是 JSON 对象'
                            WHEN y.sjnr IS NULL AND y.op = 'd' THEN '删除变更缺少 before 映像'
                            WHEN y.sjnr IS NULL THEN '变更缺少 after 映像'
                       END AS cw
                  FROM (SELECT x.xh, x.c, x.tbl, x.op, x.a, x.lywz, x.lysj, x.ob,
                               (x.ob AND x.op IS NOT NULL AND x.op IN ('u', 'd')) AS hl,
                               CASE WHEN NOT x.ob THEN x.tbl
                                    WHEN x.a ->> 'mbb' IS NULL THEN NULL
                                    WHEN strpos(x.a ->> 'mbb', '.') > 0 THEN x.a ->> 'mbb'
                                    ELSE 'share_jy.' || (x.a ->> 'mbb')
                               END AS bm,
                               CASE WHEN x.ob
                                        THEN CASE WHEN x.a ->> 'czlx' IN ('I', 'U', 'D') THEN x.a ->> 'czlx' END
                                    WHEN x.op IN ('c', 'r') THEN 'I'
                                    WHEN x.op = 'u' THEN 'U'
                                    WHEN x.op = 'd' THEN 'D'
                               END AS czlx,
                               CASE WHEN x.ob THEN
                                        CASE jsonb_typeof(x.a -> 'sjnr')
                                            WHEN 'object' THEN x.a -> 'sjnr'
                                            WHEN 'string' THEN (x.a ->> 'sjnr')::jsonb
                                        END
                                    WHEN x.op = 'd' AND jsonb_typeof(x.c -> 'before') = 'object' THEN x.c -> 'before'
                                    WHEN x.op <> 'd' AND jsonb_typeof(x.a) = 'object' THEN x.a
                               END AS sjnr
                          FROM (SELECT w.xh, w.c, w.tbl, w.op, w.c -> 'after' AS a,
                                       (p_stream = 'S1' AND w.tbl IS NOT DISTINCT FROM 'outbox.fjx') AS ob,
                                       CASE WHEN w.lsn ~ '^[0-9]{1,18}$' THEN w.lsn::bigint END AS lywz,
                                       CASE WHEN w.ts_ms ~ '^[0-9]{1,15}$'
                                            THEN to_timestamp(w.ts_ms::double precision / 1000)
                                       END AS lysj
                                  FROM (SELECT (row_number() OVER ())::integer AS xh, e.c,
                                               coalesce(e.c ->> 'tbl',
                                                        (e.c -> 'source' ->> 'schema') || '.'
                                                        || (e.c -> 'source' ->> 'table')) AS tbl,
                                               e.c ->> 'op' AS op,
                                               coalesce(e.c ->> 'lsn', e.c -> 'source' ->> 'lsn') AS lsn,
                                               coalesce(e.c -> 'source' ->> 'ts_ms', e.c ->> 'ts_ms') AS ts_ms
                                          FROM jsonb_array_elements(p_changes) AS e(c)) AS w
                                OFFSET 0) AS x
                        OFFSET 0) AS y
                OFFSET 0) AS z
         WHERE NOT z.hl
         ORDER BY z.xh));
    -- S1 忽略的发件箱修改/删除；本批最新来源提交时间与最大来源位置（不含忽略的变更）
    v_ignored := jsonb_array_length(p_changes) - (v_res ->> 'rows')::integer;
    v_src_ts := (v_res ->> 'max_lysj')::timestamptz;
    v_lywz := (v_res ->> 'max_lywz')::bigint;

    v_lag := jh.record_stream_state(p_stream, (v_res ->> 'applied')::bigint,
                                    (v_res ->> 'skipped_older')::bigint + v_ignored,
                                    (v_res ->> 'filtered')::bigint, true, v_src_ts, v_lywz);
    RETURN json_build_object('applied', (v_res ->> 'applied')::integer,
                             'skipped_older', (v_res ->> 'skipped_older')::integer,
                             'filtered', (v_res ->> 'filtered')::integer,
                             'pending', (v_res ->> 'pending')::integer,
                             'dead_letters', (v_res ->> 'dead_letters')::integer,
                             'ignored', v_ignored,
                             'decisions', (v_res ->> 'decisions')::integer,
                             'released', (v_res ->> 'released')::integer,
                             'lag_ms', v_lag)::jsonb;
END
$_$;

--
-- Name: FUNCTION apply_changes(p_stream text, p_changes jsonb); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.apply_changes(p_stream text, p_changes jsonb) IS 'CDC 流 S1–S4 的应用入口（每个 Debezium 批次一次、一个事务）：规整变更（S1 拆开发件箱），幂等应用（按来源位置），S2/S3 按共享主表路由，S4 写暂存，无法应用的行记入死信，更新流状态；返回各项计数';

--
-- Name: apply_rows(text, anyarray); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.apply_rows(p_stream text, p_rows anyarray) RETURNS jsonb
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_schema   text;
    v_gxzb     text;
    v_all      p_rows%TYPE;
    v_bad      p_rows%TYPE;
    v_live     p_rows%TYPE;
    v_rel      p_rows%TYPE;
    v_cls      p_rows%TYPE;
    v_apply    p_rows%TYPE;
    v_filt     p_rows%TYPE;
    v_pend     p_rows%TYPE;
    v_failed   p_rows%TYPE := '{}';
    v_dec      text[] := '{}';
    v_deczf    text[] := '{}';
    v_n_ok     integer;
    v_n        integer;
    v_maxxh    integer;
    v_skip     integer := 0;
    v_filtered integer := 0;
    v_pending  integer := 0;
    v_decided  integer := 0;
    v_released integer := 0;
    v_applied  integer := 0;
    v_x_old    bigint[] := '{}';
    v_x_bad    bigint[] := '{}';
    v_n_app    integer;
    v_keys     jsonb;
    v_n_pend   integer;
BEGIN
    IF p_stream IS NULL OR p_stream NOT IN ('S1', 'S2', 'S3', 'S4') THEN
        RAISE EXCEPTION '未知的流 %（应为 S1–S4）', p_stream USING ERRCODE = '22023';
    END IF;
    IF coalesce(array_length(p_rows, 1), 0) = 0 THEN
        RETURN json_build_object('applied', 0, 'skipped_older', 0, 'filtered', 0, 'pending', 0,
                                 'dead_letters', 0, 'decisions', 0, 'released', 0,
                                 'rows', 0, 'max_lywz', NULL, 'max_lysj', NULL,
                                 'retry_failed', array_to_json(v_x_bad),
                                 'retry_superseded', array_to_json(v_x_old))::jsonb;
    END IF;
    v_schema := CASE WHEN p_stream IN ('S1', 'S2') THEN 'share_jy' ELSE 'share_dj' END;
    v_gxzb := CASE p_stream WHEN 'S2' THEN 'share_jy.gxzb' WHEN 'S3' THEN 'share_dj.gxzb' END;

    -- 1 行主键与规整错误。表 → 主键列先算成一个映射（每张表查一次目录），逐行只取映射，不做连接：
    --   连接在 PL/pgSQL 的通用计划里（unnest 估计 100 行）会变成嵌套循环，每行重查一次目录
    SELECT json_object_agg(d.bm,
                           CASE WHEN p_stream = 'S4'
                                THEN (SELECT l.zjl::text FROM jh.lyb l WHERE l.lsl = 'S4' AND l.lybm = d.bm)
                                ELSE jh.key_columns(d.bm)::text
                           END)::jsonb
      INTO v_keys
      FROM (SELECT DISTINCT u.bm FROM unnest(p_rows) AS u WHERE u.bm IS NOT NULL) AS d;
    SELECT array_agg(ROW(k.xh, k.ly, k.sxid, k.bm, k.czlx, k.zj, k.ywh, k.sjnr, k.lywz, k.lysj,
                         CASE WHEN k.cwdm IS NOT NULL THEN k.cwdm
                              WHEN k.ns IS DISTINCT FROM v_schema OR k.zjl IS NULL THEN 'JH001'
                              WHEN array_length(k.zjl, 1) IS NULL OR array_length(k.zjl, 1) > 6 THEN 'JH002'
                              WHEN k.zj IS NULL THEN 'JH003'
                         END,
                         CASE WHEN k.cwdm IS NOT NULL THEN k.cwxx
                              WHEN k.ns IS DISTINCT FROM v_schema
                                  THEN format('流 %s 只处理模式 %s 的表，收到 %s', p_stream, v_schema, k.bm)
                              WHEN k.zjl IS NULL THEN format('目标库中没有表 %s', k.bm)
                              WHEN array_length(k.zjl, 1) IS NULL THEN format('表 %s 没有主键', k.bm)
                              WHEN array_length(k.zjl, 1) > 6 THEN format('表 %s 的主键超过 6 列', k.bm)
                              WHEN k.zj IS NULL
                                  THEN format('行映像缺少主键列（%s）的值', array_to_string(k.zjl, ', '))
                         END)::jh.bgh
                     ORDER BY k.xh),
           sum(CASE WHEN k.cwdm IS NOT NULL OR k.ns IS DISTINCT FROM v_schema OR k.zj IS NULL THEN 1 ELSE 0 END),
           max(k.xh)
      INTO v_all, v_n, v_maxxh
      FROM (SELECT j.xh, j.ly, j.sxid, j.bm, j.czlx, j.sjnr, j.lywz, j.lysj, j.cwdm, j.cwxx, j.zjl, j.ns,
                   jh.row_key(j.sjnr, j.zjl) AS zj,
                   coalesce(j.ywh, j.sjnr ->> 'ywh') AS ywh
              FROM (SELECT b.xh, b.ly, b.sxid, b.bm, b.czlx, b.sjnr, b.lywz, b.lysj, b.cwdm, b.cwxx, b.ywh,
                           (v_keys ->> b.bm)::text[] AS zjl,
                           split_part(b.bm, '.', 1) AS ns
                      FROM unnest(p_rows) AS b
                    OFFSET 0) AS j
            OFFSET 0) AS k;
    IF v_n > 0 THEN
        v_bad := ARRAY(SELECT b FROM unnest(v_all) AS b WHERE b.cwdm IS NOT NULL ORDER BY b.xh);
    ELSE
        v_bad := '{}';
    END IF;
    v_n_ok := array_length(v_all, 1) - coalesce(array_length(v_bad, 1), 0);

    -- 2、3 批内去重（同一行取最后一个变更），去掉不新于已记录位置的变更
    IF p_stream = 'S4' THEN
        v_live := ARRAY(
            SELECT d.r
              FROM (SELECT DISTINCT ON (b.bm, b.zj) b AS r
                      FROM unnest(v_all) AS b
                     WHERE b.cwdm IS NULL
                     ORDER BY b.bm, b.zj, b.lywz DESC, b.xh DESC) AS d
             WHERE NOT EXISTS (SELECT 1
                                 FROM stg.djsj s
                                WHERE s.lybm = split_part((d.r).bm, '.', 2)
                                  AND s.lyzj = (d.r).zj
                                  AND s.lywz >= (d.r).lywz));
    ELSE
        v_live := ARRAY(
            SELECT d.r
              FROM (SELECT DISTINCT ON (b.bm, b.zj) b AS r
                      FROM unnest(v_all) AS b
                     WHERE b.cwdm IS NULL
                     ORDER BY b.bm, b.zj, b.lywz DESC, b.xh DESC) AS d
             WHERE NOT EXISTS (SELECT 1
                                 FROM jh.hwz h
                                WHERE h.bm = (d.r).bm
                                  AND h.zj = (d.r).zj
                                  AND h.lywz >= (d.r).lywz)
               AND NOT ((d.r).bm = v_gxzb
                        AND (d.r).czlx <> 'D'
                        AND EXISTS (SELECT 1
                                      FROM jh.lyjc j
                                     WHERE j.lsl = p_stream
                                       AND j.ywh = (d.r).ywh
                                       AND j.lywz >= (d.r).lywz)));
    END IF;
    v_skip := v_n_ok - coalesce(array_length(v_live, 1), 0);

    IF p_stream IN ('S2', 'S3') THEN
        -- 4a 决定本批的共享主表行
        v_dec := ARRAY(SELECT b.ywh FROM unnest(v_live) AS b WHERE b.bm = v_gxzb AND b.czlx <> 'D');
        IF array_length(v_dec, 1) > 0 THEN
            MERGE INTO jh.lyjc AS j
            USING (SELECT p_stream AS lsl, g.ywh, g.sjnr ->> 'ywlx' AS ywlx, d.zf, d.yy, d.yysm, g.lywz
                     FROM jh.route_decisions(p_stream,
                                             ARRAY(SELECT b.sjnr FROM unnest(v_live) AS b
                                                    WHERE b.bm = v_gxzb AND b.czlx <> 'D'
                                                    ORDER BY b.xh)) AS d
                     JOIN unnest(v_live) AS g
                       ON g.bm = v_gxzb AND g.czlx <> 'D' AND g.ywh = d.ywh) AS s
               ON (j.lsl = s.lsl AND j.ywh = s.ywh)
             WHEN MATCHED THEN
                UPDATE SET ywlx = s.ywlx, zf = s.zf, yy = s.yy, yysm = s.yysm, lywz = s.lywz, jcsj = now()
             WHEN NOT MATCHED THEN
                INSERT (lsl, ywh, ywlx, zf, yy, yysm, lywz)
                VALUES (s.lsl, s.ywh, s.ywlx, s.zf, s.yy, s.yysm, s.lywz);
            GET DIAGNOSTICS v_decided = ROW_COUNT;
            v_deczf := ARRAY(SELECT j.ywh FROM jh.lyjc j
                              WHERE j.lsl = p_stream AND j.zf AND j.ywh IN (SELECT unnest(v_dec)));

            -- 4b 放出刚决定的业务的待处理行；转发的业务补发其未转发明细
            v_rel := ARRAY(
                SELECT ROW(v_maxxh + (row_number() OVER (ORDER BY q.lywz, q.ly, q.id))::integer,
                           q.ly, NULL, q.bm, q.czlx, q.zj, q.ywh, q.sjnr, q.lywz, q.lysj, NULL, NULL)::jh.bgh
                  FROM (SELECT 'P' AS ly, p.id, p.bm, p.czlx, p.zj, p.ywh, p.sjnr, p.lywz, p.lysj
                          FROM jh.ddcl p
                         WHERE p.lsl = p_stream AND p.ywh IN (SELECT unnest(v_dec))
                        UNION ALL
                        SELECT 'W', w.id, w.bm, w.czlx, w.zj, w.ywh, w.sjnr, w.lywz, NULL
                          FROM jh.wzf w
                         WHERE w.lsl = p_stream AND w.ywh IN (SELECT unnest(v_deczf))
                           AND w.yy = 'YWWZF' AND w.sjnr IS NOT NULL) AS q);
            v_released := coalesce(array_length(v_rel, 1), 0);
            IF v_released > 0 THEN
                DELETE FROM jh.ddcl p WHERE p.lsl = p_stream AND p.ywh IN (SELECT unnest(v_dec));
                DELETE FROM jh.wzf w
                 WHERE w.lsl = p_stream AND w.ywh IN (SELECT unnest(v_deczf))
                   AND w.yy = 'YWWZF' AND w.sjnr IS NOT NULL;
                v_n := coalesce(array_length(v_live, 1), 0) + v_released;
                v_live := ARRAY(
                    SELECT d.r
                      FROM (SELECT DISTINCT ON (b.bm, b.zj) b AS r
                              FROM unnest(v_live || v_rel) AS b
                             ORDER BY b.bm, b.zj, b.lywz DESC, b.xh DESC) AS d
                     WHERE (d.r).ly NOT IN ('P', 'W')
                        OR NOT EXISTS (SELECT 1
                                         FROM jh.hwz h
                                        WHERE h.bm = (d.r).bm
                                          AND h.zj = (d.r).zj
                                          AND h.lywz >= (d.r).lywz));
                v_skip := v_skip + v_n - coalesce(array_length(v_live, 1), 0);
            END IF;
        END IF;

        -- 4c 分类：cwdm 为空 = 应用，'~P' = 待处理，其他 = 未转发原因代码（cwxx 为原因说明）
        SELECT array_agg(ROW(c.xh, c.ly, c.sxid, c.bm, c.czlx, c.zj, c.ywh, c.sjnr, c.lywz, c.lysj,
                             c.fl, c.sm)::jh.bgh ORDER BY c.xh),
               sum(CASE WHEN c.fl IS NULL THEN 1 ELSE 0 END),
               sum(CASE WHEN c.fl = '~P' THEN 1 ELSE 0 END)
          INTO v_cls, v_n_app, v_n_pend
          FROM (SELECT b.xh, b.ly, b.sxid, b.bm, b.czlx, b.zj, b.ywh, b.sjnr, b.lywz, b.lysj,
                       CASE WHEN b.ywh IS NULL THEN 'WYWH'
                            WHEN j.ywh IS NULL AND b.bm = v_gxzb THEN 'YWWJC'
                            WHEN j.ywh IS NULL THEN '~P'
                            WHEN j.zf THEN NULL
                            WHEN b.bm = v_gxzb THEN j.yy
                            ELSE 'YWWZF'
                       END AS fl,
                       CASE WHEN b.ywh IS NULL THEN '明细行没有业务号 ywh，无法按共享主表路由'
                            WHEN j.ywh IS NULL AND b.bm = v_gxzb
                                THEN '删除的业务 ' || b.ywh || ' 没有转发决定（从未转发），删除不转发'
                            WHEN j.ywh IS NULL THEN NULL
                            WHEN j.zf THEN NULL
                            WHEN b.bm = v_gxzb THEN j.yysm
                            ELSE '所属业务 ' || b.ywh || ' 未转发：' || j.yysm
                       END AS sm
                  FROM unnest(v_live) AS b
                  LEFT JOIN jh.lyjc j ON j.lsl = p_stream AND j.ywh = b.ywh) AS c;
        IF v_n_app = coalesce(array_length(v_cls, 1), 0) THEN  -- 常见情形：全部转发，不必再分
            v_apply := v_cls;
        ELSE
            v_apply := ARRAY(SELECT b FROM unnest(v_cls) AS b WHERE b.cwdm IS NULL ORDER BY b.xh);
            IF v_n_pend > 0 THEN
                v_pend := ARRAY(SELECT b FROM unnest(v_cls) AS b WHERE b.cwdm = '~P' ORDER BY b.xh);
            END IF;
            v_filt := ARRAY(SELECT b FROM unnest(v_cls) AS b WHERE b.cwdm <> '~P' ORDER BY b.xh);
        END IF;

        -- 4d 未转发记录（同一行已有同一或更新位置的记录时不再记）
        IF array_length(v_filt, 1) > 0 THEN
            MERGE INTO jh.wzf AS w
            USING (SELECT f.bm, f.zj, f.ywh, f.czlx, f.sjnr, f.cwdm AS yy, f.cwxx AS yysm, f.lywz
                     FROM unnest(v_filt) AS f
                    WHERE NOT EXISTS (SELECT 1 FROM jh.wzf x
                                       WHERE x.lsl = p_stream AND x.bm = f.bm AND x.zj = f.zj
                                         AND x.lywz >= f.lywz)) AS s
               ON (w.lsl = p_stream AND w.bm = s.bm AND w.zj = s.zj)
             WHEN MATCHED THEN
                UPDATE SET ywh = s.ywh, czlx = s.czlx, sjnr = s.sjnr, yy = s.yy, yysm = s.yysm,
                           lywz = s.lywz, jlsj = now()
             WHEN NOT MATCHED THEN
                INSERT (lsl, bm, zj, ywh, czlx, sjnr, yy, yysm, lywz)
                VALUES (p_stream, s.bm, s.zj, s.ywh, s.czlx, s.sjnr, s.yy, s.yysm, s.lywz);
            GET DIAGNOSTICS v_filtered = ROW_COUNT;
            v_skip := v_skip + array_length(v_filt, 1) - v_filtered;
        END IF;

        -- 4e 待处理（同上）
        IF array_length(v_pend, 1) > 0 THEN
            MERGE INTO jh.ddcl AS p
            USING (SELECT f.bm, f.zj, f.ywh, f.czlx, f.sjnr, f.lywz, f.lysj
                     FROM unnest(v_pend) AS f
                    WHERE NOT EXISTS (SELECT 1 FROM jh.ddcl x
                                       WHERE x.lsl = p_stream AND x.bm = f.bm AND x.zj = f.zj
                                         AND x.lywz >= f.lywz)) AS s
               ON (p.lsl = p_stream AND p.bm = s.bm AND p.zj = s.zj)
             WHEN MATCHED THEN
                UPDATE SET ywh = s.ywh, czlx = s.czlx, sjnr = s.sjnr, lywz = s.lywz, lysj = s.lysj,
                           jrsj = now()
             WHEN NOT MATCHED THEN
                INSERT (lsl, bm, zj, ywh, czlx, sjnr, lywz, lysj)
                VALUES (p_stream, s.bm, s.zj, s.ywh, s.czlx, s.sjnr, s.lywz, s.lysj);
            GET DIAGNOSTICS v_pending = ROW_COUNT;
            v_skip := v_skip + array_length(v_pend, 1) - v_pending;
        END IF;
    ELSE
        v_apply := v_live;
    END IF;

    -- 5 应用
    IF array_length(v_apply, 1) > 0 THEN
        IF p_stream = 'S4' THEN
            v_failed := jh.stage_rows(v_apply);
        ELSE
            v_failed := jh.write_rows(p_stream, v_apply);
        END IF;
        v_applied := array_length(v_apply, 1) - coalesce(array_length(v_failed, 1), 0);
    END IF;

    -- 死信
    v_bad := v_bad || v_failed;
    PERFORM jh.park_rows(p_stream, v_bad);

    -- 死信重试的行：仍失败的；因已有更新变更而未应用的
    IF EXISTS (SELECT 1 FROM unnest(p_rows) AS b WHERE b.sxid IS NOT NULL) THEN
        v_x_bad := ARRAY(SELECT b.sxid FROM unnest(v_bad) AS b WHERE b.sxid IS NOT NULL ORDER BY 1);
        v_x_old := ARRAY(SELECT b.sxid
                           FROM unnest(v_all) AS b
                          WHERE b.sxid IS NOT NULL
                            AND b.cwdm IS NULL
                            AND b.xh NOT IN (SELECT l.xh FROM unnest(v_live) AS l)
                          ORDER BY 1);
    END IF;

    RETURN json_build_object('applied', v_applied,
                             'skipped_older', v_skip,
                             'filtered', v_filtered,
                             'pending', v_pending,
                             'dead_letters', coalesce(array_length(v_bad, 1), 0),
                             'decisions', v_decided,
                             'released', v_released,
                             'rows', array_length(p_rows, 1),
                             'max_lywz', (SELECT max(b.lywz) FROM unnest(p_rows) AS b),
                             'max_lysj', (SELECT max(b.lysj) FROM unnest(p_rows) AS b),
                             'retry_failed', array_to_json(v_x_bad),
                             'retry_superseded', array_to_json(v_x_old))::jsonb;
END
$$;

--
-- Name: FUNCTION apply_rows(p_stream text, p_rows anyarray); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.apply_rows(p_stream text, p_rows anyarray) IS '应用核心：对规整后的变更行求主键、批内去重、按来源位置去旧，S2/S3 按共享主表路由（决定、放出待处理、分类记入未转发或待处理），写目标表或暂存，失败行记入死信；返回各项计数';

--
-- Name: key_columns(text); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.key_columns(p_bm text) RETURNS text[]
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    v_oid oid;
    v_zjl text[];
BEGIN
    SELECT r.oid
      INTO v_oid
      FROM pg_catalog.pg_class r
      JOIN pg_catalog.pg_namespace s ON s.oid = r.relnamespace
     WHERE s.nspname = split_part(p_bm, '.', 1)
       AND r.relname = substr(p_bm, length(split_part(p_bm, '.', 1)) + 2)
       AND r.relkind IN ('r', 'p');
    IF v_oid IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT array_agg(a.attname::text ORDER BY k.n)
      INTO v_zjl
      FROM pg_catalog.pg_index i
      JOIN generate_series(0, 31) AS k(n) ON k.n < i.indnatts
      JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n]
     WHERE i.indrelid = v_oid
       AND i.indisprimary;
    RETURN coalesce(v_zjl, '{}'::text[]);
END
$$;

--
-- Name: FUNCTION key_columns(p_bm text); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.key_columns(p_bm text) IS '表的主键列名（按主键顺序，读系统目录）；无主键返回空数组，表不存在返回 NULL';

--
-- Name: note_heartbeat(text, bigint); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.note_heartbeat(p_stream text, p_ts_ms bigint) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_ts  timestamptz := to_timestamp(p_ts_ms / 1000.0);
    v_now timestamptz := clock_timestamp();
BEGIN
    PERFORM jh.record_stream_state(p_stream, 0, 0, 0, false, NULL, NULL);  -- makes sure the row exists
    UPDATE jh.lzt t
       SET last_source_ts = v_ts,
           last_lag_ms = least(greatest(round(extract(epoch FROM v_now - v_ts) * 1000), 0), 2147483647)::integer,
           gxsj = v_now
     WHERE t.lsl = p_stream
       AND (t.last_source_ts IS NULL OR t.last_source_ts <= v_ts);
END;
$$;

--
-- Name: FUNCTION note_heartbeat(p_stream text, p_ts_ms bigint); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.note_heartbeat(p_stream text, p_ts_ms bigint) IS '记录流的心跳：以心跳的来源提交时间更新 jh.lzt 的来源时间与延迟，空闲时延迟也真实';

--
-- Name: park_rows(text, anyarray); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.park_rows(p_stream text, p_rows anyarray) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer := 0;
    v_m integer := 0;
BEGIN
    IF coalesce(array_length(p_rows, 1), 0) = 0 THEN
        RETURN 0;
    END IF;

    -- 重试中的行：更新原死信行
    UPDATE jh.sx s
       SET cwdm = left(coalesce(b.cwdm, 'XX000'), 5),
           cwxx = coalesce(b.cwxx, '未知错误'),
           cscs = s.cscs + 1,
           cssj = now()
      FROM unnest(p_rows) AS b
     WHERE b.sxid IS NOT NULL
       AND s.id = b.sxid;
    GET DIAGNOSTICS v_n = ROW_COUNT;

    -- 同一变更已在死信中（重放）：只刷新错误
    UPDATE jh.sx s
       SET cwdm = left(coalesce(b.cwdm, 'XX000'), 5),
           cwxx = coalesce(b.cwxx, '未知错误')
      FROM unnest(p_rows) AS b
     WHERE b.sxid IS NULL
       AND s.lsl = p_stream
       AND s.bm = b.bm
       AND s.zj IS NOT DISTINCT FROM b.zj
       AND s.lywz IS NOT DISTINCT FROM b.lywz
       AND s.cszt = '待重试'
       AND (s.cwdm, s.cwxx) IS DISTINCT FROM (left(coalesce(b.cwdm, 'XX000'), 5), coalesce(b.cwxx, '未知错误'));

    INSERT INTO jh.sx (lsl, bm, zj, ywh, czlx, sjnr, lywz, lysj, cwdm, cwxx)
    SELECT p_stream, coalesce(b.bm, '（未知）'), b.zj, b.ywh,
           CASE WHEN b.czlx IN ('I', 'U', 'D') THEN b.czlx END,
           b.sjnr, b.lywz, b.lysj,
           left(coalesce(b.cwdm, 'XX000'), 5), coalesce(b.cwxx, '未知错误')
      FROM unnest(p_rows) AS b
     WHERE b.sxid IS NULL
       AND NOT EXISTS (SELECT 1
                         FROM jh.sx s
                        WHERE s.lsl = p_stream
                          AND s.bm = b.bm
                          AND s.zj IS NOT DISTINCT FROM b.zj
                          AND s.lywz IS NOT DISTINCT FROM b.lywz
                          AND s.cszt = '待重试')
     ORDER BY b.xh;
    GET DIAGNOSTICS v_m = ROW_COUNT;
    RETURN v_n + v_m;
END
$$;

--
-- Name: FUNCTION park_rows(p_stream text, p_rows anyarray); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.park_rows(p_stream text, p_rows anyarray) IS '把无法应用的行写入死信 jh.sx（SQLSTATE、错误信息）：重试中的行更新原死信，重放的同一变更只刷新错误，其余新增；返回写入行数';

--
-- Name: reconcile_begin(text, date, boolean, integer, integer); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_begin(p_stream text, p_since date, p_repush boolean, p_buckets integer, p_pid integer) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_id bigint;
BEGIN
    INSERT INTO jh.btbg (lsl, kssj, qsrq, sfbt, tss, jcid)
    VALUES (p_stream, clock_timestamp(), p_since, coalesce(p_repush, true), coalesce(p_buckets, 1024), p_pid)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

--
-- Name: FUNCTION reconcile_begin(p_stream text, p_since date, p_repush boolean, p_buckets integer, p_pid integer); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_begin(p_stream text, p_since date, p_repush boolean, p_buckets integer, p_pid integer) IS '补推对账开始：在流的目标库写一行补推报告（运行中），返回报告 ID';

--
-- Name: reconcile_buckets(text, text, timestamp with time zone, integer, jsonb); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_buckets(p_stream text, p_side text, p_since timestamp with time zone, p_buckets integer, p_keys jsonb) RETURNS TABLE(bm text, tno integer, hs bigint, hz numeric)
    LANGUAGE plpgsql STABLE
    AS $_$
BEGIN
    IF p_buckets IS NULL OR p_buckets < 1 OR p_buckets > 1048576 THEN
        RAISE EXCEPTION '补推对账：桶数须在 1 到 1048576 之间（%）', p_buckets USING ERRCODE = '22023';
    END IF;
    RETURN QUERY EXECUTE
        'SELECT i.bm, mod((''x'' || substr(md5(i.zj), 1, 7))::bit(28)::integer, $3) AS tno, '
        || 'count(*)::bigint AS hs, sum((''x'' || substr(i.hz, 1, 15))::bit(60)::bigint) AS hz '
        || 'FROM (' || jh.reconcile_items_sql(p_stream, p_side, NULL) || ') i '
        || 'GROUP BY 1, 2'
        USING p_since, p_keys, p_buckets;
END
$_$;

--
-- Name: FUNCTION reconcile_buckets(p_stream text, p_side text, p_since timestamp with time zone, p_buckets integer, p_keys jsonb); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_buckets(p_stream text, p_side text, p_since timestamp with time zone, p_buckets integer, p_keys jsonb) IS '补推对账第一步：本库一侧每张表每个桶的比对项数与哈希和（一条集合语句）';

--
-- Name: reconcile_finish(bigint, jsonb); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_finish(p_id bigint, p_report jsonb) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE jh.btbg
       SET jssj = clock_timestamp(),
           checked = coalesce((p_report ->> 'checked')::bigint, 0),
           different = coalesce((p_report ->> 'different')::bigint, 0),
           missing = coalesce((p_report ->> 'missing')::bigint, 0),
           extra = coalesce((p_report ->> 'extra')::bigint, 0),
           held_back = coalesce((p_report ->> 'held_back')::bigint, 0),
           repushed = coalesce((p_report ->> 'repushed')::bigint, 0),
           still_missing = coalesce((p_report ->> 'still_missing')::bigint, 0),
           zt = coalesce(p_report ->> 'status', '失败'),
           sm = p_report ->> 'message',
           mx = p_report -> 'details'
     WHERE id = p_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION '补推报告 % 不存在', p_id USING ERRCODE = 'P0002';
    END IF;
END
$$;

--
-- Name: FUNCTION reconcile_finish(p_id bigint, p_report jsonb); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_finish(p_id bigint, p_report jsonb) IS '补推对账结束：把一条流的结果（各项计数、状态、说明、明细）写入其补推报告行';

--
-- Name: reconcile_held_back(text, jsonb); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_held_back(p_stream text, p_rows jsonb) RETURNS TABLE(bm text, zj text, yy text, yysm text)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    IF p_stream NOT IN ('S1', 'S2', 'S3', 'S4') THEN
        RAISE EXCEPTION '补推对账：未知的流 %', p_stream USING ERRCODE = '22023';
    END IF;
    RETURN QUERY
    SELECT r.bm, r.zj, coalesce(r.wzf_yy, r.ddcl_yy, r.sx_yy, r.lyjc_yy), coalesce(r.wzf_sm, r.ddcl_sm, r.sx_sm, r.lyjc_sm)
      FROM (SELECT e.bm, e.zj,
                   w.yy::text AS wzf_yy,
                   '未转发：' || w.yysm AS wzf_sm,
                   CASE WHEN p.id IS NOT NULL THEN 'DDCL' END AS ddcl_yy,
                   CASE WHEN p.id IS NOT NULL THEN '待处理：所属业务 ' || p.ywh || ' 的共享主表尚未到达' END AS ddcl_sm,
                   (SELECT 'SX:' || s.cwdm FROM jh.sx s
                     WHERE s.lsl = p_stream AND s.cszt = '待重试'
                       AND ((p_stream = 'S1' AND s.ywh = e.zj) OR (p_stream <> 'S1' AND s.bm = e.bm AND s.zj = e.zj))
                     ORDER BY s.id DESC LIMIT 1) AS sx_yy,
                   (SELECT '死信（待重试）：' || s.cwxx FROM jh.sx s
                     WHERE s.lsl = p_stream AND s.cszt = '待重试'
                       AND ((p_stream = 'S1' AND s.ywh = e.zj) OR (p_stream <> 'S1' AND s.bm = e.bm AND s.zj = e.zj))
                     ORDER BY s.id DESC LIMIT 1) AS sx_sm,
                   l.yy::text AS lyjc_yy,
                   '所属业务 ' || l.ywh || ' 未转发：' || l.yysm AS lyjc_sm
              FROM (SELECT x ->> 'bm' AS bm, x ->> 'zj' AS zj, x ->> 'ywh' AS ywh
                      FROM jsonb_array_elements(p_rows) AS x) e
              LEFT JOIN jh.wzf w ON w.lsl = p_stream AND w.bm = e.bm AND w.zj = e.zj
              LEFT JOIN jh.ddcl p ON p.lsl = p_stream AND p.bm = e.bm AND p.zj = e.zj
              LEFT JOIN jh.lyjc l ON l.lsl = p_stream AND l.ywh = e.ywh AND NOT l.zf) r
     WHERE coalesce(r.wzf_yy, r.ddcl_yy, r.sx_yy, r.lyjc_yy) IS NOT NULL;
END
$$;

--
-- Name: FUNCTION reconcile_held_back(p_stream text, p_rows jsonb); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_held_back(p_stream text, p_rows jsonb) IS '补推对账：在目标库找出缺失或不一致行中有意未转发的（未转发记录、待处理、死信、所属业务不转发）及原因';

--
-- Name: reconcile_items_sql(text, text, text); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_items_sql(p_stream text, p_side text, p_bm text) RETURNS text
    LANGUAGE plpgsql STABLE
    AS $_$
DECLARE
    v_schema  text;
    v_t       record;
    v_key     text;
    v_since   text;
    v_ywh     text;
    v_part    text;
    v_sql     text;
    v_gxsj    text := 'coalesce(to_char((%s) AT TIME ZONE ''UTC'', ''YYYY-MM-DD HH24:MI:SS.US''), '''')';
    v_int60   text := '(''x'' || substr(md5(%s), 1, 15))::bit(60)::bigint';
BEGIN
    IF p_stream NOT IN ('S1', 'S2', 'S3', 'S4') OR p_side NOT IN ('source', 'target') THEN
        RAISE EXCEPTION '补推对账：无效的流或侧（%，%）', p_stream, p_side USING ERRCODE = '22023';
    END IF;

    -- S4 目标：jy 的暂存表 stg.djsj（一张表含全部来源表）
    IF p_stream = 'S4' AND p_side = 'target' THEN
        RETURN 'SELECT ''share_dj.'' || d.lybm::text AS bm, d.lyzj AS zj, d.ywh AS ywh, '
            || 'md5(d.lyzj || ''#'' || '
            || format(v_gxsj, '(d.sjnr ->> ''gxsj'')::timestamptz') || ') AS hz '
            || 'FROM stg.djsj d WHERE d.czlx <> ''D'' '
            || 'AND ($1::timestamptz IS NULL OR (d.sjnr ->> ''gxsj'')::timestamptz >= $1)'
            || CASE WHEN p_bm IS NULL THEN '' ELSE format(' AND d.lybm = %L', split_part(p_bm, '.', 2)) END;
    END IF;

    -- S1 源：jy 的发件箱，按业务号
    IF p_stream = 'S1' AND p_side = 'source' THEN
        RETURN 'WITH k AS (SELECT e ->> ''bm'' AS mbb, ARRAY(SELECT jsonb_array_elements_text(e -> ''zjl'')) AS zjl '
            || 'FROM jsonb_array_elements($2) e), '
            || 'f AS (SELECT f.id, f.ywh, f.czlx, f.sjnr, CASE WHEN strpos(f.mbb, ''.'') > 0 THEN f.mbb::text '
            || 'ELSE ''share_jy.'' || f.mbb END AS mbb FROM outbox.fjx f '
            || 'WHERE f.ywh IS NOT NULL AND ($1::timestamptz IS NULL OR f.cjsj >= $1)), '
            || 'g AS (SELECT DISTINCT ON (f.ywh) f.ywh, f.sjnr ->> ''mxsl'' AS mxsl FROM f '
            || 'WHERE f.mbb = ''share_jy.gxzb'' ORDER BY f.ywh, f.id DESC), '
            || 'o AS (SELECT DISTINCT ON (x.mbb, x.zj) x.mbb, x.zj, x.ywh, x.czlx FROM '
            || '(SELECT f.id, f.mbb, f.ywh, f.czlx, jh.row_key(f.sjnr, k.zjl) AS zj FROM f '
            || 'JOIN k ON k.mbb = f.mbb WHERE f.mbb <> ''share_jy.gxzb'') x '
            || 'WHERE x.zj IS NOT NULL ORDER BY x.mbb, x.zj, x.id DESC), '
            || 'd AS (SELECT o.ywh, count(*) AS n, sum(' || format(v_int60, 'o.mbb || '':'' || o.zj') || ') AS s '
            || 'FROM o WHERE o.czlx <> ''D'' GROUP BY o.ywh) '
            || 'SELECT ''share_jy.gxzb''::text AS bm, g.ywh AS zj, g.ywh AS ywh, '
            || 'md5(g.ywh || ''#'' || coalesce(g.mxsl, ''-'') || ''#'' || coalesce(d.n, 0)::text || ''#'' '
            || '|| coalesce(d.s, 0)::text) AS hz FROM g LEFT JOIN d ON d.ywh = g.ywh';
    END IF;

    v_schema := CASE WHEN p_stream IN ('S1', 'S2') THEN 'share_jy' ELSE 'share_dj' END;
    FOR v_t IN
        SELECT c.relname::text AS tab,
               jh.key_columns(v_schema || '.' || c.relname::text) AS zjl,
               EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                        WHERE a.attrelid = c.oid AND a.attname = 'gxsj' AND a.attnum > 0
                          AND NOT a.attisdropped) AS has_gxsj,
               EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                        WHERE a.attrelid = c.oid AND a.attname = 'ywh' AND a.attnum > 0
                          AND NOT a.attisdropped) AS has_ywh
          FROM pg_catalog.pg_class c
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = v_schema
           AND c.relkind IN ('r', 'p')
           AND (p_bm IS NULL OR v_schema || '.' || c.relname::text = p_bm OR p_stream = 'S1')
           AND NOT (p_stream = 'S1' AND c.relname = 'gxzb')
         ORDER BY c.relname
    LOOP
        CONTINUE WHEN v_t.zjl IS NULL OR array_length(v_t.zjl, 1) IS NULL;
        v_key := jh.reconcile_key_expr('t', v_t.zjl);
        v_since := CASE WHEN v_t.has_gxsj THEN ' WHERE ($1::timestamptz IS NULL OR t.gxsj >= $1)' ELSE '' END;
        v_ywh := CASE WHEN v_t.has_ywh THEN 't.ywh::text' ELSE 'NULL::text' END;
        IF p_stream = 'S1' THEN  -- 目标侧的明细行：(表, 主键, 业务号)
            v_part := format('SELECT %L::text AS mbb, %s AS zj, %s AS ywh FROM %I.%I t%s',
                             v_schema || '.' || v_t.tab, v_key, v_ywh, v_schema, v_t.tab, v_since);
        ELSIF p_stream = 'S4' THEN  -- 源侧：存在与版本（gxsj）
            v_part := format('SELECT %L::text AS bm, %s AS zj, %s AS ywh, md5(%s || ''#'' || %s) AS hz FROM %I.%I t%s',
                             v_schema || '.' || v_t.tab, v_key, v_ywh, v_key,
                             CASE WHEN v_t.has_gxsj THEN format(v_gxsj, 't.gxsj') ELSE '''''' END,
                             v_schema, v_t.tab, v_since);
        ELSE  -- S2、S3：整行文本
            v_part := format('SELECT %L::text AS bm, %s AS zj, %s AS ywh, md5(t::text) AS hz FROM %I.%I t%s',
                             v_schema || '.' || v_t.tab, v_key, v_ywh, v_schema, v_t.tab, v_since);
        END IF;
        v_sql := CASE WHEN v_sql IS NULL THEN v_part ELSE v_sql || ' UNION ALL ' || v_part END;
    END LOOP;

    IF p_stream = 'S1' THEN  -- 目标侧：共享主表 + 按业务号归集的明细行
        RETURN 'SELECT ''share_jy.gxzb''::text AS bm, g.ywh AS zj, g.ywh AS ywh, '
            || 'md5(g.ywh || ''#'' || coalesce(g.mxsl::text, ''-'') || ''#'' || coalesce(d.n, 0)::text || ''#'' '
            || '|| coalesce(d.s, 0)::text) AS hz FROM share_jy.gxzb g LEFT JOIN '
            || '(SELECT x.ywh, count(*) AS n, sum(' || format(v_int60, 'x.mbb || '':'' || x.zj') || ') AS s FROM ('
            || coalesce(v_sql, 'SELECT NULL::text AS mbb, NULL::text AS zj, NULL::text AS ywh WHERE false')
            || ') x GROUP BY x.ywh) d ON d.ywh = g.ywh '
            || 'WHERE ($1::timestamptz IS NULL OR g.gxsj >= $1)';
    END IF;
    RETURN coalesce(v_sql,
                    'SELECT NULL::text AS bm, NULL::text AS zj, NULL::text AS ywh, NULL::text AS hz WHERE false');
END
$_$;

--
-- Name: FUNCTION reconcile_items_sql(p_stream text, p_side text, p_bm text); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_items_sql(p_stream text, p_side text, p_bm text) IS '补推对账：生成一条流一侧的比对项查询（表、行主键文本、业务号、哈希；S1 按业务号），供分桶与逐项比对';

--
-- Name: reconcile_key_expr(text, text[]); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_key_expr(p_alias text, p_zjl text[]) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $$
DECLARE
    v_expr text;
    v_i    integer;
BEGIN
    IF p_zjl IS NULL OR array_length(p_zjl, 1) IS NULL THEN
        RETURN NULL;
    END IF;
    FOR v_i IN 1 .. array_length(p_zjl, 1) LOOP
        v_expr := CASE WHEN v_i = 1 THEN '' ELSE v_expr || ' || ''|'' || ' END
            || format('replace(replace((%s.%I)::text, %L, %L), %L, %L)',
                      p_alias, p_zjl[v_i], '\', '\\', '|', '\|');
    END LOOP;
    RETURN v_expr;
END
$$;

--
-- Name: FUNCTION reconcile_key_expr(p_alias text, p_zjl text[]); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_key_expr(p_alias text, p_zjl text[]) IS '补推对账：生成由主键列算出行主键文本（格式同 jh.row_key）的 SQL 表达式';

--
-- Name: reconcile_key_map(text); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_key_map(p_schema text) RETURNS jsonb
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    v_map jsonb;
BEGIN
    SELECT json_agg(json_build_object('bm', k.bm, 'zjl', k.zjl) ORDER BY k.bm)::jsonb
      INTO v_map
      FROM (SELECT p_schema || '.' || c.relname::text AS bm, jh.key_columns(p_schema || '.' || c.relname::text) AS zjl
              FROM pg_catalog.pg_class c
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = p_schema
               AND c.relkind IN ('r', 'p')) k
     WHERE array_length(k.zjl, 1) IS NOT NULL;
    RETURN coalesce(v_map, '[]'::jsonb);
END
$$;

--
-- Name: FUNCTION reconcile_key_map(p_schema text); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_key_map(p_schema text) IS '补推对账：一个模式中各表的主键列（JSON 数组），供读不到本库目录的另一库使用';

--
-- Name: reconcile_keys(text, text, timestamp with time zone, integer, jsonb, text, integer[]); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_keys(p_stream text, p_side text, p_since timestamp with time zone, p_buckets integer, p_keys jsonb, p_bm text, p_tno integer[]) RETURNS TABLE(zj text, ywh text, hz text)
    LANGUAGE plpgsql STABLE
    AS $_$
BEGIN
    IF p_buckets IS NULL OR p_buckets < 1 OR p_buckets > 1048576 THEN
        RAISE EXCEPTION '补推对账：桶数须在 1 到 1048576 之间（%）', p_buckets USING ERRCODE = '22023';
    END IF;
    RETURN QUERY EXECUTE
        'SELECT i.zj, i.ywh, i.hz FROM (' || jh.reconcile_items_sql(p_stream, p_side, p_bm) || ') i '
        || 'WHERE i.bm = $5 AND ($4::integer[] IS NULL '
        || 'OR mod((''x'' || substr(md5(i.zj), 1, 7))::bit(28)::integer, $3) = ANY ($4))'
        USING p_since, p_keys, p_buckets, p_tno, p_bm;
END
$_$;

--
-- Name: FUNCTION reconcile_keys(p_stream text, p_side text, p_since timestamp with time zone, p_buckets integer, p_keys jsonb, p_bm text, p_tno integer[]); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_keys(p_stream text, p_side text, p_since timestamp with time zone, p_buckets integer, p_keys jsonb, p_bm text, p_tno integer[]) IS '补推对账第二步：本库一侧一张表指定桶中每个比对项的行主键文本、业务号与哈希';

--
-- Name: reconcile_latest(text); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_latest(p_stream text) RETURNS jsonb
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    v_r jsonb;
BEGIN
    SELECT json_build_object('id', b.id, 'stream', b.lsl, 'started_at', b.kssj, 'finished_at', b.jssj,
                             'since', b.qsrq, 'repush', b.sfbt, 'buckets', b.tss, 'checked', b.checked,
                             'different', b.different, 'missing', b.missing, 'extra', b.extra,
                             'held_back', b.held_back, 'repushed', b.repushed, 'still_missing', b.still_missing,
                             'status', b.zt, 'message', b.sm)::jsonb
      INTO v_r
      FROM jh.btbg b
     WHERE b.lsl = p_stream
     ORDER BY b.id DESC
     LIMIT 1;
    RETURN v_r;
END
$$;

--
-- Name: FUNCTION reconcile_latest(p_stream text); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_latest(p_stream text) IS '一条流最近一次补推报告（JSON，不含明细样例），供 jydj status 读取';

--
-- Name: reconcile_repush(text, text, text[]); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.reconcile_repush(p_stream text, p_bm text, p_zj text[]) RETURNS integer
    LANGUAGE plpgsql
    AS $_$
DECLARE
    v_n      integer := 0;
    v_ywh    text;
    v_schema text;
    v_zjl    text[];
    v_tab    text;
    v_join   text;
    v_m      integer := 0;
BEGIN
    IF p_stream = 'S1' THEN
        FOR v_ywh IN SELECT DISTINCT u FROM unnest(p_zj) AS u WHERE u IS NOT NULL ORDER BY 1 LOOP
            BEGIN
                PERFORM outbox.push_business(v_ywh);
                v_n := v_n + 1;
            EXCEPTION WHEN OTHERS THEN
                RAISE WARNING '补推业务 % 失败：%', v_ywh, SQLERRM;
            END;
        END LOOP;
        RETURN v_n;
    END IF;
    v_schema := CASE p_stream WHEN 'S2' THEN 'share_jy' WHEN 'S3' THEN 'share_dj' WHEN 'S4' THEN 'share_dj' END;
    IF v_schema IS NULL THEN
        RAISE EXCEPTION '补推：未知的流 %', p_stream USING ERRCODE = '22023';
    END IF;
    IF split_part(p_bm, '.', 1) <> v_schema THEN
        RAISE EXCEPTION '补推：流 % 的源表在模式 % 中，不能补推 %', p_stream, v_schema, p_bm
            USING ERRCODE = '22023';
    END IF;
    v_tab := substr(p_bm, length(v_schema) + 2);
    v_zjl := jh.key_columns(p_bm);
    IF v_zjl IS NULL OR array_length(v_zjl, 1) IS NULL THEN
        RAISE EXCEPTION '补推：表 % 不存在或没有主键', p_bm USING ERRCODE = '22023';
    END IF;
    -- 不含 \ 的行主键文本按 | 切开、转换为主键列的类型后连接，走主键索引；含 \（值中有 \ 或 |）的少数键
    -- 按行主键表达式连接（要扫表）。
    SELECT string_agg(format('t.%I = split_part(k.zj, ''|'', %s)::%s', a.attname, i.n,
                             format_type(a.atttypid, a.atttypmod)), ' AND ' ORDER BY i.n)
      INTO v_join
      FROM generate_series(1, array_length(v_zjl, 1)) AS i(n)
      JOIN pg_catalog.pg_attribute a
        ON a.attrelid = (quote_ident(v_schema) || '.' || quote_ident(v_tab))::regclass
       AND a.attname = v_zjl[i.n];
    EXECUTE format('UPDATE %I.%I AS t SET gxsj = t.gxsj '
                   || 'FROM (SELECT DISTINCT u AS zj FROM unnest($1) AS u WHERE strpos(u, %L) = 0) AS k WHERE %s',
                   v_schema, v_tab, '\', v_join)
        USING p_zj;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    EXECUTE format('UPDATE %I.%I AS t SET gxsj = t.gxsj '
                   || 'FROM (SELECT DISTINCT u AS zj FROM unnest($1) AS u WHERE strpos(u, %L) > 0) AS k '
                   || 'WHERE %s = k.zj',
                   v_schema, v_tab, '\', jh.reconcile_key_expr('t', v_zjl))
        USING p_zj;
    GET DIAGNOSTICS v_m = ROW_COUNT;
    v_n := v_n + v_m;
    RETURN v_n;
END
$_$;

--
-- Name: FUNCTION reconcile_repush(p_stream text, p_bm text, p_zj text[]); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.reconcile_repush(p_stream text, p_bm text, p_zj text[]) IS '补推：在源库重新发出指定行的变更（S2–S4 不改值的 UPDATE；S1 按业务号 outbox.push_business 重推），返回行数或业务数';

--
-- Name: record_job_run(text, timestamp with time zone, text, jsonb, text, integer); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.record_job_run(p_name text, p_started timestamp with time zone, p_status text, p_result jsonb, p_error text, p_pid integer) RETURNS bigint
    LANGUAGE sql
    AS $$
INSERT INTO jh.rwjl (rwmc, kssj, jssj, zt, jg, cwxx, jcid)
VALUES (p_name, p_started, clock_timestamp(), p_status, p_result, p_error, p_pid)
RETURNING id
$$;

--
-- Name: FUNCTION record_job_run(p_name text, p_started timestamp with time zone, p_status text, p_result jsonb, p_error text, p_pid integer); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.record_job_run(p_name text, p_started timestamp with time zone, p_status text, p_result jsonb, p_error text, p_pid integer) IS '记下定时任务的一次运行（开始、结束、结果、错误）';

--
-- Name: record_stream_state(text, bigint, bigint, bigint, boolean, timestamp with time zone, bigint); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.record_stream_state(p_stream text, p_applied bigint, p_skipped bigint, p_filtered bigint, p_batch boolean, p_source_ts timestamp with time zone, p_lywz bigint) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_applied  bigint := coalesce(p_applied, 0);
    v_skipped  bigint := coalesce(p_skipped, 0);
    v_filtered bigint := coalesce(p_filtered, 0);
    v_dead     bigint;
    v_pending  bigint;
    v_now      timestamptz := clock_timestamp();
    v_lag      integer;
BEGIN
    SELECT count(*) INTO v_dead FROM jh.sx s WHERE s.lsl = p_stream AND s.cszt = '待重试';
    SELECT count(*) INTO v_pending FROM jh.ddcl d WHERE d.lsl = p_stream;
    IF p_source_ts IS NOT NULL THEN
        v_lag := least(greatest(round(extract(epoch FROM v_now - p_source_ts) * 1000), -2147483648),
                       2147483647)::integer;
    END IF;
    FOR i IN 1..2 LOOP
        UPDATE jh.lzt t
           SET applied = t.applied + v_applied,
               skipped = t.skipped + v_skipped,
               filtered = t.filtered + v_filtered,
               dead_letters = v_dead,
               pending = v_pending,
               batches = t.batches + CASE WHEN p_batch THEN 1 ELSE 0 END,
               last_event_at = CASE WHEN p_batch THEN v_now ELSE t.last_event_at END,
               last_source_ts = coalesce(p_source_ts, t.last_source_ts),
               last_lag_ms = coalesce(v_lag, t.last_lag_ms),
               last_lywz = greatest(t.last_lywz, p_lywz),
               gxsj = now()
         WHERE t.lsl = p_stream;
        IF FOUND THEN
            RETURN v_lag;
        END IF;
        BEGIN
            INSERT INTO jh.lzt (lsl, applied, skipped, filtered, dead_letters, pending, batches,
                                last_event_at, last_source_ts, last_lag_ms, last_lywz)
            VALUES (p_stream, v_applied, v_skipped, v_filtered, v_dead, v_pending,
                    CASE WHEN p_batch THEN 1 ELSE 0 END, CASE WHEN p_batch THEN v_now END,
                    p_source_ts, v_lag, p_lywz);
            RETURN v_lag;
        EXCEPTION WHEN unique_violation THEN
            NULL;  -- 另一事务刚新建了这一行：再 UPDATE 一次
        END;
    END LOOP;
    RETURN v_lag;
END
$$;

--
-- Name: FUNCTION record_stream_state(p_stream text, p_applied bigint, p_skipped bigint, p_filtered bigint, p_batch boolean, p_source_ts timestamp with time zone, p_lywz bigint); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.record_stream_state(p_stream text, p_applied bigint, p_skipped bigint, p_filtered bigint, p_batch boolean, p_source_ts timestamp with time zone, p_lywz bigint) IS '更新流状态 jh.lzt：累加已应用、跳过、未转发行数，重数待重试死信与待处理行，批次还更新最近事件时间、来源提交时间与延迟（毫秒）';

--
-- Name: registration_kind(text, jsonb); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.registration_kind(p_lybm text, p_sjnr jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$
SELECT CASE
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'dbjg_dy' THEN NULL
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'bdcdy' THEN '单元'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'td' THEN '土地'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'qlr' THEN '权利人'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'zs' THEN '证书'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'sf' THEN '收费'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'yx' THEN '影像'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'fwbm_sq' THEN '赋码申请'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) NOT IN ('dbjg', 'gxzb') THEN '其他'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'gxzb' AND p_sjnr ->> 'ywlx' = 'LPB' THEN '单元'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'gxzb' AND p_sjnr ->> 'ywlx' = 'ZS' THEN '证书'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'gxzb' AND p_sjnr ->> 'ywlx' = 'SF' THEN '收费'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'gxzb' AND p_sjnr ->> 'ywlx' = 'YX' THEN '影像'
           WHEN substr(p_lybm, strpos(p_lybm, '.') + 1) = 'gxzb' AND p_sjnr ->> 'ywlx' = 'FWBMSQ' THEN '赋码申请'
           WHEN p_sjnr ->> 'djlx' = '400' THEN '注销'
           -- codes before words: 预售商品房抵押权预告登记 (ygdjzl 3/4) holds both 预告 and 抵押
           WHEN p_sjnr ->> 'djlx' = '700' AND p_sjnr ->> 'ygdjzl' IN ('3', '4') THEN '预抵押'
           WHEN strpos(p_sjnr ->> 'djxl', '预抵押') > 0 OR strpos(p_sjnr ->> 'djxl', '抵押权预告') > 0
               THEN '预抵押'
           WHEN strpos(p_sjnr ->> 'djxl', '预告') > 0 THEN '预告'
           WHEN strpos(p_sjnr ->> 'djxl', '查封') > 0 OR strpos(p_sjnr ->> 'djxl', '解封') > 0 THEN '查封'
           WHEN strpos(p_sjnr ->> 'djxl', '异议') > 0 THEN '异议'
           WHEN strpos(p_sjnr ->> 'djxl', '抵押') > 0 THEN '抵押权'
           WHEN p_sjnr ->> 'djlx' = '700' AND (p_sjnr ->> 'ygdjzl' IN ('3', '4') OR p_sjnr ->> 'qllx' = '37')
               THEN '预抵押'
           WHEN p_sjnr ->> 'djlx' = '700' THEN '预告'
           WHEN p_sjnr ->> 'djlx' = '800' THEN '查封'
           WHEN p_sjnr ->> 'djlx' = '600' THEN '异议'
           WHEN p_sjnr ->> 'qllx' = '37' THEN '抵押权'
           WHEN p_sjnr ->> 'qllx' = '96' THEN '预告'
           WHEN p_sjnr ->> 'qllx' IN ('1', '2', '3', '4', '5', '6', '7', '8', '94') THEN '所有权'
           ELSE '其他'
       END
$$;

--
-- Name: FUNCTION registration_kind(p_lybm text, p_sjnr jsonb); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.registration_kind(p_lybm text, p_sjnr jsonb) IS 'S4 暂存行的登记种类（stg.djsj.djzl）：按来源表，登簿结果与共享主表 DB 按登记类型、登记小类、权利类型、预告登记种类推导；dbjg_dy 返回 NULL（随所属登簿结果）';

--
-- Name: retry_dead_letter(bigint); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.retry_dead_letter(p_id bigint) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_sx  jh.sx%ROWTYPE;
    v_res jsonb;
    v_bad boolean;
    v_old boolean;
BEGIN
    SELECT s.* INTO v_sx FROM jh.sx s WHERE s.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '死信 % 不存在', p_id USING ERRCODE = 'P0002';
    END IF;
    IF v_sx.cszt <> '待重试' THEN
        RETURN v_sx.cszt = '已重试';
    END IF;
    v_res := jh.apply_rows(
        v_sx.lsl,
        ARRAY[ROW(1, 'X', v_sx.id, v_sx.bm, v_sx.czlx, NULL, v_sx.ywh, v_sx.sjnr, v_sx.lywz, v_sx.lysj,
                  CASE WHEN v_sx.czlx IS NULL OR v_sx.lywz IS NULL OR v_sx.sjnr IS NULL THEN 'JH004' END,
                  CASE WHEN v_sx.czlx IS NULL OR v_sx.lywz IS NULL OR v_sx.sjnr IS NULL
                       THEN '死信缺少操作、来源位置或行数据，无法重试（可修正后再试，或置为已放弃）'
                  END)::jh.bgh]);
    v_bad := (v_res -> 'retry_failed') @> ('[' || p_id || ']')::jsonb;
    v_old := (v_res -> 'retry_superseded') @> ('[' || p_id || ']')::jsonb;
    IF NOT v_bad THEN
        UPDATE jh.sx s
           SET cszt = '已重试',
               cscs = s.cscs + 1,
               cssj = now(),
               cwxx = CASE WHEN v_old THEN s.cwxx || '（重试时已有同一行更新的变更，本变更不再应用）'
                           ELSE s.cwxx END
         WHERE s.id = p_id;
    END IF;
    PERFORM jh.record_stream_state(v_sx.lsl, (v_res ->> 'applied')::bigint, (v_res ->> 'skipped_older')::bigint,
                                   (v_res ->> 'filtered')::bigint, false, NULL, NULL);
    RETURN NOT v_bad;
END
$$;

--
-- Name: FUNCTION retry_dead_letter(p_id bigint); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.retry_dead_letter(p_id bigint) IS '重试一条死信（用修正后的 sjnr，经与 apply_changes 相同的路径）：成功或已被更新变更取代 → 已重试并返回 true；仍失败 → 待重试、记新错误并返回 false';

--
-- Name: retry_dead_letters(text); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.retry_dead_letters(p_stream text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_ids  bigint[];
    v_res  jsonb;
    v_bad  bigint[];
    v_old  bigint[];
    v_n    integer;
BEGIN
    IF p_stream IS NULL OR p_stream NOT IN ('S1', 'S2', 'S3', 'S4') THEN
        RAISE EXCEPTION '未知的流 %（应为 S1–S4）', p_stream USING ERRCODE = '22023';
    END IF;
    -- 锁住要重试的死信，同一死信不会被两个会话同时重试
    v_ids := ARRAY(SELECT s.id FROM jh.sx s
                    WHERE s.lsl = p_stream AND s.cszt = '待重试'
                    ORDER BY s.id
                      FOR UPDATE);
    IF coalesce(array_length(v_ids, 1), 0) = 0 THEN
        RETURN 0;
    END IF;
    v_res := jh.apply_rows(p_stream, ARRAY(
                   SELECT ROW((row_number() OVER (ORDER BY s.lywz, s.id))::integer, 'X', s.id, s.bm, s.czlx,
                               NULL, s.ywh, s.sjnr, s.lywz, s.lysj,
                               CASE WHEN s.czlx IS NULL OR s.lywz IS NULL OR s.sjnr IS NULL THEN 'JH004' END,
                               CASE WHEN s.czlx IS NULL OR s.lywz IS NULL OR s.sjnr IS NULL
                                    THEN '死信缺少操作、来源位置或行数据，无法重试（可修正后再试，或置为已放弃）'
                               END)::jh.bgh
                      FROM jh.sx s
                     WHERE s.id IN (SELECT unnest(v_ids))
                     ORDER BY s.lywz, s.id));
    v_bad := ARRAY(SELECT (x.v)::bigint FROM jsonb_array_elements_text(v_res -> 'retry_failed') AS x(v));
    v_old := ARRAY(SELECT (x.v)::bigint FROM jsonb_array_elements_text(v_res -> 'retry_superseded') AS x(v));
    UPDATE jh.sx s
       SET cszt = '已重试',
           cscs = s.cscs + 1,
           cssj = now(),
           cwxx = CASE WHEN s.id = ANY (v_old)
                       THEN s.cwxx || '（重试时已有同一行更新的变更，本变更不再应用）'
                       ELSE s.cwxx END
     WHERE s.id IN (SELECT unnest(v_ids))
       AND s.id NOT IN (SELECT unnest(v_bad))
       AND s.cszt = '待重试';
    GET DIAGNOSTICS v_n = ROW_COUNT;
    PERFORM jh.record_stream_state(p_stream, (v_res ->> 'applied')::bigint, (v_res ->> 'skipped_older')::bigint,
                                   (v_res ->> 'filtered')::bigint, false, NULL, NULL);
    RETURN v_n;
END
$$;

--
-- Name: FUNCTION retry_dead_letters(p_stream text); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.retry_dead_letters(p_stream text) IS '重试一个流全部待重试的死信（用修正后的 sjnr，经与 apply_changes 相同的路径）：成功或已被更新变更取代 → 已重试，仍失败 → 待重试并记新错误；返回转为已重试的行数';

--
-- Name: route_decision(text, jsonb); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.route_decision(p_stream text, p_gxzb jsonb) RETURNS TABLE(zf boolean, yy text, yysm text)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY
    SELECT d.zf, d.yy, d.yysm
      FROM jh.route_decisions(p_stream, ARRAY[p_gxzb]) AS d;
END
$$;

--
-- Name: FUNCTION route_decision(p_stream text, p_gxzb jsonb); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.route_decision(p_stream text, p_gxzb jsonb) IS '路由决定（单行版）：一条共享主表行按 jh.lygz 路由规则与 jh.xzfw 行政区范围是否转发，返回是否转发、原因代码与中文原因';

--
-- Name: route_decisions(text, jsonb[]); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.route_decisions(p_stream text, p_gxzb jsonb[]) RETURNS TABLE(ywh text, zf boolean, yy text, yysm text)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
RETURN QUERY
WITH g AS (  -- unnest 而不是 p_gxzb[i]：按下标取变长元素要从头数，一万行就成了平方级
    SELECT u.n, u.r ->> 'ywh' AS ywh, u.r ->> 'ywlx' AS ywlx, u.r ->> 'ywzt' AS ywzt, u.r ->> 'qxdm' AS qxdm, u.r
      FROM (SELECT row_number() OVER () AS n, x AS r FROM unnest(p_gxzb) AS x) AS u
), gz AS (
    SELECT z.lsl, z.ywlx, z.gzdm, z.gzlx, z.btzd, z.yxzt, z.sxh, z.gzsm
      FROM jh.lygz z
     WHERE z.lsl = p_stream
       AND z.sfqy
), bt AS (  -- 每个 (行, 适用规则) 的检查结果；不通过时给出具体情况
    SELECT g.n, z.sxh, z.gzdm, z.gzsm,
           CASE z.gzlx
               WHEN 'YWZT' THEN CASE WHEN g.ywzt = ANY (z.yxzt) THEN NULL
                                     ELSE '业务状态：' || coalesce(g.ywzt, '空') END
               WHEN 'QXFW' THEN CASE WHEN EXISTS (SELECT 1 FROM jh.xzfw f
                                                    WHERE f.qxdm = g.qxdm AND f.sfyx) THEN NULL
                                     ELSE '区县代码：' || coalesce(g.qxdm, '空') END
               WHEN 'BTZD' THEN (SELECT '缺少：' || string_agg(c.col, '、' ORDER BY c.i)
                                   FROM (SELECT i, z.btzd[i] AS col
                                           FROM generate_series(1, coalesce(array_length(z.btzd, 1), 0)) AS i) c
                                  WHERE coalesce(btrim(g.r ->> c.col), '') = ''
                                 HAVING count(*) > 0)
           END AS qk
      FROM g
      JOIN gz z ON z.ywlx = g.ywlx
               OR (z.ywlx = '*'
                   AND NOT EXISTS (SELECT 1 FROM gz s
                                    WHERE s.ywlx = g.ywlx AND s.gzlx = z.gzlx))
), sb AS (  -- 每行第一条不通过的规则
    SELECT DISTINCT ON (bt.n) bt.n, bt.gzdm, bt.gzsm || '（' || bt.qk || '）' AS yysm
      FROM bt
     WHERE bt.qk IS NOT NULL
     ORDER BY bt.n, bt.sxh, bt.gzdm
)
SELECT g.ywh,
       sb.n IS NULL,
       coalesce(sb.gzdm, 'ZF')::text,
       coalesce(sb.yysm, '符合转发规则')::text
  FROM g
  LEFT JOIN sb ON sb.n = g.n
 ORDER BY g.n;
END
$$;

--
-- Name: FUNCTION route_decisions(p_stream text, p_gxzb jsonb[]); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.route_decisions(p_stream text, p_gxzb jsonb[]) IS '路由决定（集合版）：按 jh.lygz 路由规则与 jh.xzfw 行政区范围，对一组共享主表行决定是否转发；返回每行的业务号、是否转发、原因代码（ZF 或第一条不通过规则的代码）与中文原因';

--
-- Name: row_key(jsonb, text[]); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.row_key(p_sjnr jsonb, p_zjl text[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$
SELECT CASE
           WHEN p_zjl IS NULL OR array_length(p_zjl, 1) IS NULL THEN NULL
           WHEN array_length(p_zjl, 1) = 1 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|')
           WHEN array_length(p_zjl, 1) = 2 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|') || '|'
               || replace(replace(p_sjnr ->> p_zjl[2], '\', '\\'), '|', '\|')
           WHEN array_length(p_zjl, 1) = 3 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[2], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[3], '\', '\\'), '|', '\|')
           WHEN array_length(p_zjl, 1) = 4 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[2], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[3], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[4], '\', '\\'), '|', '\|')
           WHEN array_length(p_zjl, 1) = 5 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[2], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[3], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[4], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[5], '\', '\\'), '|', '\|')
           WHEN array_length(p_zjl, 1) = 6 THEN
               replace(replace(p_sjnr ->> p_zjl[1], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[2], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[3], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[4], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[5], '\', '\\'), '|', '\|')
               || '|' || replace(replace(p_sjnr ->> p_zjl[6], '\', '\\'), '|', '\|')
           ELSE NULL
       END
$$;

--
-- Name: FUNCTION row_key(p_sjnr jsonb, p_zjl text[]); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.row_key(p_sjnr jsonb, p_zjl text[]) IS '行主键文本：主键列值按主键顺序以 | 连接（值中的 \ 与 | 前加 \）；任一主键值缺失时返回 NULL';

--
-- Name: stage_merge(anyarray); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.stage_merge(p_rows anyarray) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n   integer;
    v_ids bigint[];
BEGIN
    PERFORM set_config('jydj.dcl', 'off', true);
    MERGE INTO stg.djsj AS t
    USING (SELECT CASE WHEN strpos(b.bm, '.') > 0 THEN split_part(b.bm, '.', 2) ELSE b.bm END AS lybm,
                  b.zj AS lyzj,
                  b.ywh,
                  b.sjnr ->> 'djlx' AS djlx,
                  b.sjnr ->> 'qllx' AS qllx,
                  coalesce(jh.registration_kind(b.bm, b.sjnr), '其他') AS djzl,
                  b.sjnr ->> 'bdcdyh' AS bdcdyh,
                  b.sjnr ->> 'fwbm' AS fwbm,
                  b.czlx,
                  b.sjnr,
                  b.lywz
             FROM unnest(p_rows) AS b) AS s
       ON (t.lybm = s.lybm AND t.lyzj = s.lyzj)
     WHEN MATCHED THEN
        UPDATE SET ywh = s.ywh, djlx = s.djlx, qllx = s.qllx, djzl = s.djzl, bdcdyh = s.bdcdyh,
                   fwbm = s.fwbm, czlx = s.czlx, sjnr = s.sjnr, lywz = s.lywz, jssj = now(),
                   jyzt = '待校验', jyjg = NULL, jysj = NULL
     WHEN NOT MATCHED THEN
        INSERT (lybm, lyzj, ywh, djlx, qllx, djzl, bdcdyh, fwbm, czlx, sjnr, lywz)
        VALUES (s.lybm, s.lyzj, s.ywh, s.djlx, s.qllx, s.djzl, s.bdcdyh, s.fwbm, s.czlx, s.sjnr, s.lywz);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    PERFORM set_config('jydj.dcl', '', true);

    -- 待处理队列：合并的行都是 待校验（已在队列的改状态与种类，不在的加入）
    v_ids := ARRAY(SELECT d.id
                     FROM stg.djsj d
                    WHERE (d.lybm, d.lyzj) IN (SELECT CASE WHEN strpos(b.bm, '.') > 0 THEN split_part(b.bm, '.', 2)
                                                           ELSE b.bm END, b.zj
                                                 FROM unnest(p_rows) AS b));
    UPDATE stg.dcl q
       SET jyzt = '待校验', djzl = d.djzl
      FROM stg.djsj d
     WHERE d.id = ANY (v_ids) AND q.id = d.id AND (q.jyzt <> '待校验' OR q.djzl <> d.djzl);
    -- 先定出不在队列的行再插入：读与写不在同一语句（同一语句里插入的行会被反连接的顺序扫描一再读过）
    v_ids := ARRAY(SELECT x.id FROM unnest(v_ids) AS x(id)
                    WHERE NOT EXISTS (SELECT 1 FROM stg.dcl q WHERE q.id = x.id));
    INSERT INTO stg.dcl (id, jyzt, djzl)
    SELECT d.id, '待校验', d.djzl FROM stg.djsj d WHERE d.id = ANY (v_ids);
    RETURN v_n;
END
$$;

--
-- Name: FUNCTION stage_merge(p_rows anyarray); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.stage_merge(p_rows anyarray) IS 'S4：把一组变更行按 (lybm, lyzj) MERGE 进暂存 stg.djsj（重置为待校验）；错误原样抛出，由 jh.stage_rows 逐行处理';

--
-- Name: stage_rows(anyarray); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.stage_rows(p_rows anyarray) RETURNS anyarray
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_r     jh.bgh%ROWTYPE;
    v_bad   p_rows%TYPE := '{}';
    v_state text;
    v_msg   text;
BEGIN
    IF coalesce(array_length(p_rows, 1), 0) = 0 THEN
        RETURN v_bad;
    END IF;
    BEGIN
        PERFORM jh.stage_merge(p_rows);
    EXCEPTION WHEN OTHERS THEN
        FOREACH v_r IN ARRAY p_rows LOOP
            BEGIN
                PERFORM jh.stage_merge(ARRAY[v_r]);
            EXCEPTION WHEN OTHERS THEN
                v_state := SQLSTATE;
                v_msg := SQLERRM;
                v_bad := v_bad || ROW(v_r.xh, v_r.ly, v_r.sxid, v_r.bm, v_r.czlx, v_r.zj, v_r.ywh,
                                        v_r.sjnr, v_r.lywz, v_r.lysj, v_state, v_msg)::jh.bgh;
            END;
        END LOOP;
    END;

    -- 登簿结果单元随所属登簿结果的登记种类
    UPDATE stg.djsj c
       SET djzl = p.djzl,
           jyzt = '待校验',
           jyjg = NULL,
           jysj = NULL
      FROM stg.djsj p
     WHERE c.lybm = 'dbjg_dy'
       AND p.lybm = 'dbjg'
       AND p.ywh = c.ywh
       AND c.djzl <> p.djzl
       AND c.ywh IN (SELECT b.ywh FROM unnest(p_rows) AS b
                      WHERE b.bm IN ('share_dj.dbjg', 'share_dj.dbjg_dy'));
    RETURN v_bad;
END
$$;

--
-- Name: FUNCTION stage_rows(p_rows anyarray); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.stage_rows(p_rows anyarray) IS 'S4：把共享登记库的变更行按 (lybm, lyzj) 合并进暂存 stg.djsj（登记种类、关键字段、整行映像、来源位置，重置为待校验）；出错时逐行重做并返回失败行';

--
-- Name: stream_alive(text, integer); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.stream_alive(p_stream text, p_pid integer) RETURNS void
    LANGUAGE sql
    AS $$
UPDATE jh.lzt SET xtsj = clock_timestamp(), jcid = p_pid WHERE lsl = p_stream AND zt <> 'stopped'
$$;

--
-- Name: FUNCTION stream_alive(p_stream text, p_pid integer); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.stream_alive(p_stream text, p_pid integer) IS '运行中的流报存活（每 5 秒），进程被杀后状态据此判为 stopped';

--
-- Name: stream_set_state(text, text, integer, text, integer); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.stream_set_state(p_stream text, p_state text, p_pid integer, p_error text, p_restarts integer) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF p_state NOT IN ('running', 'stopped', 'failed') THEN
        RAISE EXCEPTION '未知的流状态 %（应为 running、stopped 或 failed）', p_state USING ERRCODE = '22023';
    END IF;
    PERFORM jh.record_stream_state(p_stream, 0, 0, 0, false, NULL, NULL);  -- makes sure the row exists
    UPDATE jh.lzt t
       SET zt = p_state,
           jcid = CASE WHEN p_state = 'stopped' THEN NULL ELSE p_pid END,
           xtsj = clock_timestamp(),
           qdsj = CASE WHEN p_state = 'running' THEN clock_timestamp() ELSE t.qdsj END,
           cwxx = coalesce(p_error, t.cwxx),
           cqcs = coalesce(p_restarts, t.cqcs),
           gxsj = clock_timestamp()
     WHERE t.lsl = p_stream;
END;
$$;

--
-- Name: FUNCTION stream_set_state(p_stream text, p_state text, p_pid integer, p_error text, p_restarts integer); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.stream_set_state(p_stream text, p_state text, p_pid integer, p_error text, p_restarts integer) IS '记录流的运行状态（running/stopped/failed）、进程号、重启次数与最近一次中断原因';

--
-- Name: write_rows(text, anyarray); Type: FUNCTION; Schema: jh; Owner: -
--

CREATE FUNCTION jh.write_rows(p_stream text, p_rows anyarray) RETURNS anyarray
    LANGUAGE plpgsql
    AS $_$
DECLARE
    v_bm     text;
    v_sch    text;
    v_tab    text;
    v_zjl    text[];
    v_sel    text;
    v_set    text;
    v_ins    text;
    v_val    text;
    v_tk     text;
    v_xk     text;
    v_on     text;
    v_ups    p_rows%TYPE;
    v_dels   p_rows%TYPE;
    v_src    text;
    v_bin    text;
    v_merge  text;
    v_delete text;
    v_r      jh.bgh%ROWTYPE;
    v_bad    p_rows%TYPE := '{}';
    v_badxh  integer[] := '{}';
    v_total  integer;
    v_nu     integer;
    v_nd     integer;
    v_state  text;
    v_msg    text;
BEGIN
    IF coalesce(array_length(p_rows, 1), 0) = 0 THEN
        RETURN v_bad;
    END IF;

    v_total := array_length(p_rows, 1);
    FOR v_bm, v_nu, v_nd IN
        SELECT b.bm, sum(CASE WHEN b.czlx <> 'D' THEN 1 ELSE 0 END), sum(CASE WHEN b.czlx = 'D' THEN 1 ELSE 0 END)
          FROM unnest(p_rows) AS b
         GROUP BY b.bm
         ORDER BY b.bm
    LOOP
        v_sch := split_part(v_bm, '.', 1);
        v_tab := substr(v_bm, length(v_sch) + 2);
        v_zjl := jh.key_columns(v_bm);
        -- 按表、按操作分开（unnest 保持顺序）；只有一张表且无删除时直接用原数组，不复制
        IF v_nu = v_total THEN
            v_ups := p_rows;
            v_dels := '{}';
        ELSE
            v_ups := ARRAY(SELECT b FROM unnest(p_rows) AS b WHERE b.bm = v_bm AND b.czlx <> 'D');
            v_dels := CASE WHEN v_nd > 0
                           THEN ARRAY(SELECT b FROM unnest(p_rows) AS b WHERE b.bm = v_bm AND b.czlx = 'D')
                           ELSE '{}' END;
        END IF;
        -- 语句的各段：本批第一个映像中有的目标列（按列序；主键列总在其中）与主键列
        SELECT string_agg(format('(x.r).%I', a.attname), ', ' ORDER BY a.attnum),
               string_agg(CASE WHEN a.attname::text <> ALL (v_zjl) THEN format('%I = s.%I', a.attname, a.attname) END,
                          ', ' ORDER BY a.attnum),
               string_agg(format('%I', a.attname), ', ' ORDER BY a.attnum),
               string_agg(format('s.%I', a.attname), ', ' ORDER BY a.attnum)
          INTO v_sel, v_set, v_ins, v_val
          FROM pg_catalog.pg_attribute a
          JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = v_sch
           AND c.relname = v_tab
           AND a.attnum > 0
           AND NOT a.attisdropped
           AND (a.attname::text = ANY (v_zjl) OR (v_ups[1]).sjnr ? a.attname::text);
        SELECT string_agg(format('t.%I', k), ', '),
               string_agg(format('(x.r).%I', k), ', '),
               string_agg(format('t.%I = s.%I', k, k), ' AND ')
          INTO v_tk, v_xk, v_on
          FROM unnest(v_zjl) AS k;

        -- bytea 列：Debezium（binary.handling.mode=hex）给的是不带 \x 的十六进制串，补上 \x 成为 PostgreSQL 的
        -- 十六进制输入；已是 \x 形式的（S1 发件箱行由 to_jsonb 生成）与 null 不变
        SELECT string_agg(format(' || CASE WHEN b.sjnr ->> %L IS NULL OR left(b.sjnr ->> %L, 2) = %L THEN %L::jsonb'
                                 ' ELSE json_build_object(%L, %L || (b.sjnr ->> %L))::jsonb END',
                                 a.attname, a.attname, '\x', '{}', a.attname, '\x', a.attname),
                          '' ORDER BY a.attnum)
          INTO v_bin
          FROM pg_catalog.pg_attribute a
          JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = v_sch AND c.relname = v_tab AND a.attnum > 0 AND NOT a.attisdropped
           AND a.atttypid = 'bytea'::regtype;
        -- 源：每行映像转换为目标表的行类型（OFFSET 0 使每行只转换一次）
        v_src := format('(SELECT jsonb_populate_record(NULL::%I.%I, b.sjnr%s) AS r FROM unnest($1) AS b OFFSET 0) AS x',
                        v_sch, v_tab, coalesce(v_bin, ''));
        v_delete := format('DELETE FROM %I.%I AS t WHERE (%s) IN (SELECT %s FROM %s)', v_sch, v_tab, v_tk, v_xk, v_src);
        v_merge := format('MERGE INTO %I.%I AS t USING (SELECT %s FROM %s) AS s ON (%s)%s'
                          ' WHEN NOT MATCHED THEN INSERT (%s) VALUES (%s)',
                          v_sch, v_tab, v_sel, v_src, v_on,
                          CASE WHEN v_set IS NOT NULL THEN ' WHEN MATCHED THEN UPDATE SET ' || v_set ELSE '' END,
                          v_ins, v_val);
        BEGIN
            IF v_nd > 0 THEN
                EXECUTE v_delete USING v_dels;
            END IF;
            IF v_nu > 0 THEN
                EXECUTE v_merge USING v_ups;
            END IF;
        EXCEPTION WHEN OTHERS THEN
            -- 整批失败：逐行重做，失败的行留给死信
            FOREACH v_r IN ARRAY v_dels || v_ups LOOP
                BEGIN
                    IF v_r.czlx = 'D' THEN
                        EXECUTE v_delete USING ARRAY[v_r];
                    ELSE
                        EXECUTE v_merge USING ARRAY[v_r];
                    END IF;
                EXCEPTION WHEN OTHERS THEN
                    v_state := SQLSTATE;
                    v_msg := SQLERRM;
                    v_bad := v_bad || ROW(v_r.xh, v_r.ly, v_r.sxid, v_r.bm, v_r.czlx, v_r.zj, v_r.ywh,
                                            v_r.sjnr, v_r.lywz, v_r.lysj, v_state, v_msg)::jh.bgh;
                    v_badxh := v_badxh || v_r.xh;
                END;
            END LOOP;
        END;
    END LOOP;

    -- 行位置：成功应用的行（删除即墓碑）
    MERGE INTO jh.hwz AS h
    USING (SELECT b.bm, b.zj, b.lywz, b.czlx
             FROM unnest(p_rows) AS b
            WHERE b.xh NOT IN (SELECT unnest(v_badxh))) AS s
       ON (h.bm = s.bm AND h.zj = s.zj)
     WHEN MATCHED THEN
        UPDATE SET lywz = s.lywz, czlx = s.czlx, lsl = p_stream, gxsj = now()
     WHEN NOT MATCHED THEN
        INSERT (bm, zj, lywz, czlx, lsl) VALUES (s.bm, s.zj, s.lywz, s.czlx, p_stream);

    RETURN v_bad;
END
$_$;

--
-- Name: FUNCTION write_rows(p_stream text, p_rows anyarray); Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON FUNCTION jh.write_rows(p_stream text, p_rows anyarray) IS '把定为应用的行写入目标表：每表一条 DELETE 与一条 MERGE（按目录中的主键，映像按列类型转换）；整批出错时逐行重做并返回失败行；成功行记入行位置 jh.hwz';

--
-- Name: hzf_xz(character varying, text, character varying, text[], text[], text, text); Type: FUNCTION; Schema: jk; Owner: -
--

CREATE FUNCTION jk.hzf_xz(p_yhm character varying, p_mc text, p_myzy character varying, p_yxdz text[], p_kyfw text[], p_czr text, p_ly text) RETURNS bigint
    LANGUAGE plpgsql
    AS $_$
DECLARE
    v_id   bigint;
    v_bad  text;
BEGIN
    IF p_yhm IS NULL OR p_yhm !~ '^[a-z0-9][a-z0-9_.-]{2,63}$' THEN
        RAISE EXCEPTION '用户名 yhm 不合规：须为 3–64 位小写字母、数字、点、下划线或连字符，以字母或数字开头（收到 %）',
            coalesce(p_yhm, '空');
    END IF;
    IF p_mc IS NULL OR btrim(p_mc) = '' THEN
        RAISE EXCEPTION '合作方名称 mc 不能为空';
    END IF;
    IF p_myzy IS NULL OR p_myzy !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION '密钥摘要 myzy 须为 64 位小写十六进制（SHA-256）';
    END IF;
    IF p_yxdz IS NULL OR coalesce(array_length(p_yxdz, 1), 0) = 0 THEN
        RAISE EXCEPTION '允许的来源地址段 yxdz 至少要有一项（如 127.0.0.1/32）';
    END IF;
    v_bad := (SELECT string_agg(x, '、') FROM unnest(p_yxdz) AS u(x)
               WHERE x IS NULL OR x !~ '^[0-9a-fA-F:.]+(/[0-9]{1,3})?$');
    IF v_bad IS NULL THEN
        BEGIN
            PERFORM x::cidr FROM unnest(p_yxdz) AS u(x);
        EXCEPTION WHEN invalid_text_representation OR invalid_parameter_value THEN
            v_bad := array_to_string(p_yxdz, '、');
        END;
    END IF;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '允许的来源地址段 yxdz 不是合法的 CIDR：%（例：10.1.2.0/24、127.0.0.1/32）', v_bad;
    END IF;
    IF p_kyfw IS NULL OR coalesce(array_length(p_kyfw, 1), 0) = 0
       OR EXISTS (SELECT 1 FROM unnest(p_kyfw) AS u(x)
                   WHERE x IS NULL OR x NOT IN ('QueryService', 'RegistrationStateService', 'OneWindowService')) THEN
        RAISE EXCEPTION '可调用的服务 kyfw 须为 QueryService、RegistrationStateService、OneWindowService 中的一项或几项（收到 %）',
            coalesce(array_to_string(p_kyfw, '、'), '空');
    END IF;
    IF p_czr IS NULL OR btrim(p_czr) = '' THEN
        RAISE EXCEPTION '操作人 czr 不能为空';
    END IF;
    IF EXISTS (SELECT 1 FROM jk.hzf h WHERE h.yhm = p_yhm) THEN
        RAISE EXCEPTION '用户名 % 已存在：换一个用户名', p_yhm;
    END IF;

    INSERT INTO jk.hzf (yhm, mc, myzy, yxdz, kyfw, czr)
    VALUES (p_yhm, btrim(p_mc), p_myzy, p_yxdz, p_kyfw, p_czr)
    RETURNING id INTO v_id;

    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    SELECT p_czr, '新增接口合作方', 'jk.hzf', v_id::text, NULL,
           -- 审计记录不含密钥摘要
           json_build_object('id', h.id, 'yhm', h.yhm, 'mc', h.mc, 'yxdz', h.yxdz, 'kyfw', h.kyfw, 'zt', h.zt)::jsonb,
           coalesce(p_ly, 'cli'), NULL
      FROM jk.hzf h WHERE h.id = v_id;
    RETURN v_id;
END
$_$;

--
-- Name: FUNCTION hzf_xz(p_yhm character varying, p_mc text, p_myzy character varying, p_yxdz text[], p_kyfw text[], p_czr text, p_ly text); Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON FUNCTION jk.hzf_xz(p_yhm character varying, p_mc text, p_myzy character varying, p_yxdz text[], p_kyfw text[], p_czr text, p_ly text) IS '建立接口合作方（校验用户名、地址段、服务名；只存密钥摘要；记审计日志）';

--
-- Name: hzf_zt(character varying, character varying, text, text, text); Type: FUNCTION; Schema: jk; Owner: -
--

CREATE FUNCTION jk.hzf_zt(p_yhm character varying, p_zt character varying, p_czr text, p_ly text, p_yy text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_old jk.hzf%ROWTYPE;
BEGIN
    IF p_zt IS NULL OR p_zt NOT IN ('启用', '停用') THEN
        RAISE EXCEPTION '状态 zt 须为 启用 或 停用（收到 %）', coalesce(p_zt, '空');
    END IF;
    IF p_czr IS NULL OR btrim(p_czr) = '' THEN
        RAISE EXCEPTION '操作人 czr 不能为空';
    END IF;
    SELECT * INTO v_old FROM jk.hzf h WHERE h.yhm = p_yhm FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '接口合作方 % 不存在', coalesce(p_yhm, '空');
    END IF;
    IF v_old.zt = p_zt THEN
        RETURN 0;
    END IF;
    UPDATE jk.hzf SET zt = p_zt, gxsj = now() WHERE id = v_old.id;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    VALUES (p_czr, CASE p_zt WHEN '停用' THEN '停用接口合作方' ELSE '启用接口合作方' END, 'jk.hzf', v_old.id::text,
            json_build_object('yhm', v_old.yhm, 'zt', v_old.zt)::jsonb,
            json_build_object('yhm', v_old.yhm, 'zt', p_zt)::jsonb, coalesce(p_ly, 'cli'), p_yy);
    RETURN 1;
END
$$;

--
-- Name: FUNCTION hzf_zt(p_yhm character varying, p_zt character varying, p_czr text, p_ly text, p_yy text); Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON FUNCTION jk.hzf_zt(p_yhm character varying, p_zt character varying, p_czr text, p_ly text, p_yy text) IS '停用或启用接口合作方（记审计日志）';

--
-- Name: h_fwbm_gl(); Type: FUNCTION; Schema: lpb; Owner: -
--

CREATE FUNCTION lpb.h_fwbm_gl() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.fwbm IS DISTINCT FROM OLD.fwbm AND OLD.fwbm IS NOT NULL THEN
        UPDATE gl.fw_dy SET fwbm = NEW.fwbm WHERE fwbm = OLD.fwbm;
        UPDATE gl.fwtz SET fwbm = NEW.fwbm, gxsj = now() WHERE fwbm = OLD.fwbm;
        UPDATE gl.hxd SET fwbm = NEW.fwbm WHERE fwbm = OLD.fwbm;
    END IF;
    RETURN NULL;
END
$$;

--
-- Name: FUNCTION h_fwbm_gl(); Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON FUNCTION lpb.h_fwbm_gl() IS '楼盘表房屋改码时同步挂接、挂接特征与候选中的房屋编码（取代原外键的 ON UPDATE CASCADE）';

--
-- Name: purge(interval); Type: FUNCTION; Schema: outbox; Owner: -
--

CREATE FUNCTION outbox.purge(p_keep interval) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n bigint;
BEGIN
    IF p_keep IS NULL OR p_keep < interval '0' THEN
        RAISE EXCEPTION '发件箱保留期必须是非负的时间间隔，收到 %', p_keep
              USING ERRCODE = '22023';
    END IF;
    DELETE FROM outbox.fjx f WHERE f.cjsj < now() - p_keep;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;

--
-- Name: FUNCTION purge(p_keep interval); Type: COMMENT; Schema: outbox; Owner: -
--

COMMENT ON FUNCTION outbox.purge(p_keep interval) IS '发件箱清理：删除创建时间早于 now() - p_keep 的 outbox.fjx 行并返回删除行数；p_keep 为空或为负时报错';

--
-- Name: push_business(text); Type: FUNCTION; Schema: outbox; Owner: -
--

CREATE FUNCTION outbox.push_business(p_ywh text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_yw    record;
    v_s     record;
    v_start bigint;
    v_ywzt  varchar(10);
    v_gxlx  varchar(10);
    v_htlx  varchar(10);
    v_htbh  varchar(50);
    v_czlx  char(1);
    v_fwbm  varchar(32);
    v_bdcdyh varchar(28);
    v_fwsl  integer;
    v_bz    text;
    v_n     integer := 0;
BEGIN
    SELECT y.ywh, y.ywlx, y.zt, y.slbh, y.fwbm, y.h_id, y.htbh, y.xmbh, y.qxdm, y.bjsj
      INTO v_yw
      FROM yw.jyyw y
     WHERE y.ywh = p_ywh
       FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '交易业务 % 不存在', p_ywh USING ERRCODE = 'P0002';
    END IF;
    IF v_yw.zt = '办结' THEN
        v_ywzt := '办结';
    ELSIF v_yw.zt = '撤件' THEN
        v_ywzt := '撤销';
    ELSE
        RAISE EXCEPTION '交易业务 % 的状态是 %，只推送办结或撤件的业务', p_ywh, v_yw.zt;
    END IF;

    -- 合同类业务：找合同与合同种类
    v_htbh := v_yw.htbh;
    IF v_yw.ywlx IN ('SPFWQ', 'SPFBA', 'JYQR', 'HTCX') THEN
        IF v_htbh IS NULL AND v_yw.h_id IS NOT NULL THEN
            v_htbh := (SELECT s.htbh FROM ht.spfht s WHERE s.h_id = v_yw.h_id
                        ORDER BY (s.htzt IN ('已签约', '已备案')) DESC, s.gxsj DESC, s.id DESC LIMIT 1);
        END IF;
        IF EXISTS (SELECT 1 FROM ht.spfht s WHERE s.htbh = v_htbh) THEN
            v_htlx := 'spfht';
        END IF;
    END IF;
    IF v_htlx IS NULL AND v_yw.ywlx IN ('CLFWQ', 'CLFBA', 'JYQR', 'HTCX') THEN
        IF v_yw.htbh IS NULL AND v_yw.h_id IS NOT NULL THEN
            v_htbh := (SELECT c.htbh FROM ht.clfht c WHERE c.h_id = v_yw.h_id
                        ORDER BY (c.htzt IN ('已签约', '已备案')) DESC, c.gxsj DESC, c.id DESC LIMIT 1);
        END IF;
        IF EXISTS (SELECT 1 FROM ht.clfht c WHERE c.htbh = v_htbh) THEN
            v_htlx := 'clfht';
        END IF;
    END IF;

    -- 共享业务类型与状态
    v_gxlx := CASE
        WHEN v_yw.ywlx IN ('CHRK', 'FWBM', 'JYQR', 'XZXZ', 'XZJC', 'DYBA') THEN v_yw.ywlx
        WHEN v_yw.ywlx IN ('SPFWQ', 'SPFBA') THEN 'SPFBA'
        WHEN v_yw.ywlx IN ('CLFWQ', 'CLFBA') THEN 'CLFBA'
        WHEN v_yw.ywlx = 'HTCX' AND v_htlx = 'spfht' THEN 'SPFBA'
        WHEN v_yw.ywlx = 'HTCX' AND v_htlx = 'clfht' THEN 'CLFBA'
        WHEN v_yw.ywlx = 'DYZX' THEN 'DYBA'
        ELSE v_yw.ywlx
    END;
    IF v_yw.ywlx IN ('HTCX', 'DYZX') THEN
        v_ywzt := '撤销';
    END IF;
    IF v_gxlx NOT IN ('CHRK', 'SPFBA', 'CLFBA', 'JYQR', 'XZXZ', 'XZJC', 'DYBA', 'FWBM') THEN
        v_bz := '未知业务类型 ' || v_yw.ywlx || '：只推送共享主表';
    ELSIF v_gxlx <> v_yw.ywlx THEN
        v_bz := '交易业务类型 ' || v_yw.ywlx;
    END IF;

    -- 本业务号此前推送过的最后一行：之后的行即本次所写
    v_start := coalesce((SELECT max(f.id) FROM outbox.fjx f WHERE f.ywh = p_ywh), 0);
    v_czlx := CASE WHEN v_start = 0 AND v_ywzt = '办结' AND v_yw.ywlx NOT IN ('JYQR', 'XZJC')
                   THEN 'I' ELSE 'U' END;

    -- 明细
    IF v_yw.ywlx = 'CHRK' THEN
        v_n := outbox.push_lpb(p_ywh, v_czlx);
    ELSIF v_htlx = 'spfht' THEN
        v_n := outbox.push_spfht(p_ywh, v_htbh, v_czlx,
                                 v_ywzt = '办结' AND v_yw.ywlx IN ('SPFWQ', 'SPFBA'));
    ELSIF v_htlx = 'clfht' THEN
        v_n := outbox.push_clfht(p_ywh, v_htbh, v_czlx,
                                 v_ywzt = '办结' AND v_yw.ywlx IN ('CLFWQ', 'CLFBA'));
    ELSIF v_yw.ywlx IN ('XZXZ', 'XZJC') THEN
        v_n := outbox.push_xzxz(p_ywh, v_czlx);
    ELSIF v_yw.ywlx IN ('DYBA', 'DYZX') THEN
        v_n := outbox.push_dyba(p_ywh, v_czlx);
    ELSIF v_yw.ywlx = 'FWBM' THEN
        v_n := outbox.push_fwbm_jg(p_ywh, v_czlx);
    END IF;

    -- 从本次写入的明细归纳共享主表的关键字段
    SELECT count(DISTINCT CASE WHEN f.mbb IN ('share_jy.chh_sc', 'share_jy.chh_yc', 'share_jy.spfht_h',
                                              'share_jy.clfht_h', 'share_jy.xzxz', 'share_jy.dyba_h',
                                              'share_jy.fwbm_jg')
                               THEN f.sjnr ->> 'fwbm' END) AS fwsl,
           min(CASE WHEN f.mbb IN ('share_jy.chh_sc', 'share_jy.chh_yc', 'share_jy.spfht_h',
                                   'share_jy.clfht_h', 'share_jy.xzxz', 'share_jy.dyba_h', 'share_jy.fwbm_jg')
                     AND f.sjnr ->> 'fwbm' IS NOT NULL
                    THEN f.id END) AS fwbm_id,
           max(CASE WHEN f.mbb IN ('share_jy.spfht', 'share_jy.clfht', 'share_jy.dyba', 'share_jy.xzxz')
                    THEN f.sjnr ->> 'htbh' END) AS htbh,
           max(CASE WHEN f.mbb IN ('share_jy.spfht', 'share_jy.clfht')
                    THEN f.sjnr ->> 'htbah' END) AS htbah,
           max(CASE WHEN f.mbb IN ('share_jy.chxm', 'share_jy.spfht')
                    THEN f.sjnr ->> 'xmbh' END) AS xmbh,
           max(f.sjnr ->> 'qxdm') AS qxdm,
           max(CASE WHEN f.mbb = 'share_jy.xzxz' AND v_yw.ywlx = 'XZJC' THEN f.sjnr ->> 'szywh'
                    WHEN f.mbb = 'share_jy.fwbm_jg' THEN f.sjnr ->> 'sqywh' END) AS glywh
      INTO v_s
      FROM outbox.fjx f
     WHERE f.ywh = p_ywh
       AND f.id > v_start;

    v_fwbm := coalesce(
        v_yw.fwbm,
        (SELECT f.sjnr ->> 'fwbm' FROM outbox.fjx f WHERE f.id = v_s.fwbm_id),
        (SELECT h.fwbm FROM lpb.h h WHERE h.id = v_yw.h_id),
        (SELECT coalesce(s.fwbm, h.fwbm) FROM ht.spfht s JOIN lpb.h h ON h.id = s.h_id
          WHERE v_htlx = 'spfht' AND s.htbh = v_htbh),
        (SELECT coalesce(c.fwbm, h.fwbm) FROM ht.clfht c JOIN lpb.h h ON h.id = c.h_id
          WHERE v_htlx = 'clfht' AND c.htbh = v_htbh));
    v_bdcdyh := (SELECT g.bdcdyh FROM gl.fw_dy g WHERE g.fwbm = v_fwbm AND g.zt = '有效');
    v_fwsl := greatest(coalesce(v_s.fwsl, 0), CASE WHEN v_fwbm IS NOT NULL THEN 1 ELSE 0 END);

    -- 共享主表（最后写：收到它时本业务的明细已在同一事务中）
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_yw.ywlx, 'share_jy.gxzb', CASE WHEN v_start = 0 THEN 'I' ELSE 'U' END, row_to_json(t)::jsonb
      FROM (SELECT p_ywh AS ywh,
                   v_gxlx AS ywlx,
                   v_ywzt AS ywzt,
                   v_fwbm AS fwbm,
                   v_bdcdyh AS bdcdyh,
                   coalesce(v_htbh, v_s.htbh) AS htbh,
                   v_s.htbah AS htbah,
                   v_yw.slbh AS slbh,
                   coalesce(v_yw.xmbh, v_s.xmbh) AS xmbh,
                   v_s.glywh AS glywh,
                   coalesce(v_yw.qxdm, v_s.qxdm) AS qxdm,
                   v_fwsl AS fwsl,
                   v_n AS mxsl,
                   v_yw.bjsj AS bjsj,
                   now() AS tssj,
                   now() AS gxsj,
                   v_bz AS bz) t;

    RETURN v_n + 1;
END
$$;

--
-- Name: FUNCTION push_business(p_ywh text); Type: COMMENT; Schema: outbox; Owner: -
--

COMMENT ON FUNCTION outbox.push_business(p_ywh text) IS '推送一件交易业务到发件箱（同一事务）：按业务类型写明细行（楼盘表、合同、行政限制、抵押备案、赋码结果），最后写共享主表 gxzb（办结/撤销、路由关键字段、明细行数）；返回写入的总行数';

--
-- Name: push_clfht(text, text, text, boolean); Type: FUNCTION; Schema: outbox; Owner: -
--

CREATE FUNCTION outbox.push_clfht(p_ywh text, p_htbh text, p_czlx text, p_mx boolean) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_ywlx  varchar(10);
    v_slbh  varchar(50);
    v_ht_id bigint;
    v_n     integer;
    v_total integer := 0;
BEGIN
    SELECT y.ywlx, y.slbh INTO v_ywlx, v_slbh FROM yw.jyyw y WHERE y.ywh = p_ywh;
    SELECT c.id INTO v_ht_id FROM ht.clfht c WHERE c.htbh = p_htbh;
    IF v_ht_id IS NULL THEN
        RETURN 0;
    END IF;

    -- 合同主表
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.clfht', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT c.htbh,
                   c.htbah,
                   p_ywh AS ywh,
                   v_slbh AS slbh,
                   c.bdcqzh,
                   c.jjjg AS jjjgmc,
                   NULL::numeric AS zjjgje,
                   c.qyrq,
                   c.barq,
                   c.htje,
                   c.fkfs,
                   NULL::numeric AS dkje,
                   c.htzt,
                   coalesce(c.qxdm, x.qxdm) AS qxdm,
                   now() AS gxsj
              FROM ht.clfht c
              JOIN lpb.h h ON h.id = c.h_id
              JOIN lpb.ljz l ON l.id = h.ljz_id
              JOIN lpb.zrz z ON z.id = l.zrz_id
              JOIN lpb.xm x ON x.id = z.xm_id
             WHERE c.id = v_ht_id) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    IF NOT coalesce(p_mx, false) THEN
        RETURN v_total;
    END IF;

    -- 合同户
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.clfht_h', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT c.htbh,
                   coalesce(c.fwbm, h.fwbm) AS fwbm,
                   p_ywh AS ywh,
                   coalesce(g.bdcdyh, c.bdcdyh) AS bdcdyh,
                   c.bdcqzh,
                   coalesce(h.zl, c.zl) AS zl,
                   z.jzwmc AS zh,
                   h.dyh,
                   h.szc,
                   h.fh,
                   h.fwyt,
                   coalesce(c.jzmj, h.scjzmj, h.ycjzmj) AS jzmj,
                   CASE WHEN h.mjlx = '实测' THEN h.sctnjzmj ELSE h.yctnjzmj END AS tnjzmj,
                   CASE WHEN h.mjlx = '实测' THEN h.scftjzmj ELSE h.ycftjzmj END AS ftjzmj,
                   round(c.htje / nullif(coalesce(c.jzmj, h.scjzmj, h.ycjzmj), 0), 2) AS dj,
                   c.htje AS zj,
                   now() AS gxsj
              FROM ht.clfht c
              JOIN lpb.h h ON h.id = c.h_id
              JOIN lpb.ljz l ON l.id = h.ljz_id
              JOIN lpb.zrz z ON z.id = l.zrz_id
              LEFT JOIN gl.fw_dy g ON g.fwbm = h.fwbm AND g.zt = '有效'
             WHERE c.id = v_ht_id
               AND coalesce(c.fwbm, h.fwbm) IS NOT NULL) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 出卖人
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.clfht_cmr', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT p_htbh AS htbh,
                   d.sxh,
                   p_ywh AS ywh,
                   d.mc AS cmrmc,
                   d.zjzl,
                   d.zjhm,
                   d.dh,
                   d.dz,
                   NULL::text AS dlrmc,
                   NULL::text AS dlrzjhm,
                   now() AS gxsj
              FROM ht.clfht_dsr d
             WHERE d.ht_id = v_ht_id
               AND d.jslx = '出卖人'
             ORDER BY d.sxh) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 买受人
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.clfht_msr', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT p_htbh AS htbh,
                   d.sxh,
                   p_ywh AS ywh,
                   d.mc AS msrmc,
                   d.zjzl,
                   d.zjhm,
                   d.gyfs,
                   d.qlbl::text AS qlbl,
                   d.dh,
                   d.dz,
                   NULL::text AS dlrmc,
                   NULL::text AS dlrzjhm,
                   now() AS gxsj
              FROM ht.clfht_dsr d
             WHERE d.ht_id = v_ht_id
               AND d.jslx = '买受人'
             ORDER BY d.sxh) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    RETURN v_total;
END
$$;

--
-- Name: FUNCTION push_clfht(p_ywh text, p_htbh text, p_czlx text, p_mx boolean); Type: COMMENT; Schema: outbox; Owner: -
--

COMMENT ON FUNCTION outbox.push_clfht(p_ywh text, p_htbh text, p_czlx text, p_mx boolean) IS '存量房合同推送：把合同主表 clfht（当前状态）写入发件箱，p_mx 为真时连同合同户 clfht_h、出卖人 clfht_cmr、买受人 clfht_msr；返回写入的明细行数';

--
-- Name: push_dyba(text, text); Type: FUNCTION; Schema: outbox; Owner: -
--

CREATE FUNCTION outbox.push_dyba(p_ywh text, p_czlx text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_ywlx  varchar(10);
    v_slbh  varchar(50);
    v_qxdm  varchar(12);
    v_ids   bigint[];
    v_n     integer;
    v_total integer := 0;
BEGIN
    SELECT y.ywlx, y.slbh, y.qxdm INTO v_ywlx, v_slbh, v_qxdm FROM yw.jyyw y WHERE y.ywh = p_ywh;
    IF v_ywlx = 'DYZX' THEN
        v_ids := ARRAY(
            SELECT d.id
              FROM ht.dyba d
              JOIN yw.jyyw y ON y.ywh = p_ywh
             WHERE d.bazt IN ('已注销', '已撤销')
               AND d.dybah IS NOT NULL
               AND (d.htbh = y.htbh
                    OR EXISTS (SELECT 1
                                 FROM ht.dyba_h dh
                                WHERE dh.dyba_id = d.id
                                  AND (dh.h_id = y.h_id OR dh.fwbm = y.fwbm)))
             ORDER BY d.zxsj DESC NULLS LAST, d.id DESC
             LIMIT 1);
    ELSE
        v_ids := ARRAY(SELECT d.id FROM ht.dyba d WHERE d.ywh = p_ywh AND d.dybah IS NOT NULL ORDER BY d.id);
    END IF;
    IF coalesce(array_length(v_ids, 1), 0) = 0 THEN
        RETURN 0;
    END IF;

    -- 抵押备案（主表的房屋取备案的第一户）
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.dyba', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT d.dybah,
                   p_ywh AS ywh,
                   v_slbh AS slbh,
                   d.htbh,
                   d.dylx,
                   d.dyfs,
                   d.dyr,
                   d.dyrzjhm,
                   d.dyqr,
                   d.dyqrzjhm,
                   d.bdbzzqse,
                   d.zgzqse,
                   d.zwlxqssj,
                   d.zwlxjssj,
                   coalesce(dh.fwbm, h.fwbm) AS fwbm,
                   g.bdcdyh,
                   h.zl,
                   d.bazt,
                   d.basj,
                   d.zxsj,
                   coalesce(v_qxdm, x.qxdm) AS qxdm,
                   now() AS gxsj
              FROM ht.dyba d
              LEFT JOIN (SELECT m.dyba_id, min(m.id) AS id
                           FROM ht.dyba_h m
                          WHERE m.dyba_id = ANY (v_ids)
                          GROUP BY m.dyba_id) f ON f.dyba_id = d.id
              LEFT JOIN ht.dyba_h dh ON dh.id = f.id
              LEFT JOIN lpb.h h ON h.id = dh.h_id
              LEFT JOIN lpb.ljz l ON l.id = h.ljz_id
              LEFT JOIN lpb.zrz z ON z.id = l.zrz_id
              LEFT JOIN lpb.xm x ON x.id = z.xm_id
              LEFT JOIN gl.fw_dy g ON g.fwbm = h.fwbm AND g.zt = '有效'
             WHERE d.id = ANY (v_ids)
             ORDER BY d.dybah) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 抵押备案户
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.dyba_h', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT d.dybah,
                   coalesce(dh.fwbm, h.fwbm) AS fwbm,
                   p_ywh AS ywh,
                   g.bdcdyh,
                   h.zl,
                   coalesce(dh.dymj, h.scjzmj, h.ycjzmj) AS jzmj,
                   CASE WHEN count(*) OVER (PARTITION BY d.id) = 1
                        THEN coalesce(d.bdbzzqse, d.zgzqse) END AS dyje,
                   now() AS gxsj
              FROM ht.dyba d
              JOIN ht.dyba_h dh ON dh.dyba_id = d.id
              JOIN lpb.h h ON h.id = dh.h_id
              LEFT JOIN gl.fw_dy g ON g.fwbm = h.fwbm AND g.zt = '有效'
             WHERE d.id = ANY (v_ids)
             ORDER BY d.dybah, dh.id) t
     WHERE t.fwbm IS NOT NULL;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    RETURN v_total;
END
$$;

--
-- Name: FUNCTION push_dyba(p_ywh text, p_czlx text); Type: COMMENT; Schema: outbox; Owner: -
--

COMMENT ON FUNCTION outbox.push_dyba(p_ywh text, p_czlx text) IS '抵押备案推送：把本业务的抵押备案（DYBA：ht.dyba.ywh 为本业务；DYZX：本业务合同或房屋上最近注销的备案）写入发件箱 share_jy.dyba 与每户一行的 dyba_h；返回写入的明细行数';

--
-- Name: push_fwbm_jg(text, text); Type: FUNCTION; Schema: outbox; Owner: -
--

CREATE FUNCTION outbox.push_fwbm_jg(p_ywh text, p_czlx text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_ywlx varchar(10);
    v_n    integer;
BEGIN
    SELECT y.ywlx INTO v_ywlx FROM yw.jyyw y WHERE y.ywh = p_ywh;

    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.fwbm_jg', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT coalesce(s.lyzj, y.bz) AS sqid,
                   p_ywh AS ywh,
                   s.ywh AS sqywh,
                   coalesce(s.bdcdyh, g.bdcdyh) AS bdcdyh,
                   y.fwbm,
                   CASE WHEN y.fwbm IS NOT NULL THEN '0' ELSE '1' END AS jgdm,
                   CASE WHEN y.fwbm IS NOT NULL THEN '赋码成功' ELSE '未赋码' END AS jgxx,
                   y.bjsj AS fmsj,
                   now() AS gxsj
              FROM yw.jyyw y
              LEFT JOIN gl.fw_dy g ON g.fwbm = y.fwbm AND g.zt = '有效'
              LEFT JOIN stg.djsj s ON s.id = coalesce(
                  (SELECT d.id FROM stg.djsj d WHERE d.lybm = 'fwbm_sq' AND d.lyzj = y.bz),
                  (SELECT max(d.id) FROM stg.djsj d WHERE d.lybm = 'fwbm_sq' AND d.bdcdyh = g.bdcdyh))
             WHERE y.ywh = p_ywh) t
     WHERE t.sqid IS NOT NULL;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;

--
-- Name: FUNCTION push_fwbm_jg(p_ywh text, p_czlx text); Type: COMMENT; Schema: outbox; Owner: -
--

COMMENT ON FUNCTION outbox.push_fwbm_jg(p_ywh text, p_czlx text) IS '房屋编码赋码结果推送：按 yw.jyyw.bz 记的申请编号与 yw.jyyw.fwbm 记的房屋编码写入发件箱 share_jy.fwbm_jg（jgdm 0 成功）；返回写入的明细行数';

--
-- Name: push_lpb(text, text); Type: FUNCTION; Schema: outbox; Owner: -
--

CREATE FUNCTION outbox.push_lpb(p_ywh text, p_czlx text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_ywlx  varchar(10);
    v_bjsj  timestamptz;
    v_xm_id bigint;
    v_n     integer;
    v_total integer := 0;
BEGIN
    SELECT y.ywlx,
           y.bjsj,
           coalesce((SELECT x.id FROM lpb.xm x WHERE x.xmbh = y.xmbh),
                    (SELECT z.xm_id
                       FROM lpb.h h
                       JOIN lpb.ljz l ON l.id = h.ljz_id
                       JOIN lpb.zrz z ON z.id = l.zrz_id
                      WHERE h.id = y.h_id))
      INTO v_ywlx, v_bjsj, v_xm_id
      FROM yw.jyyw y
     WHERE y.ywh = p_ywh;
    IF v_xm_id IS NULL THEN
        RETURN 0;
    END IF;

    -- 测绘项目
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.chxm', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT x.xmbh,
                   p_ywh AS ywh,
                   x.xmmc,
                   x.zl,
                   x.kfqy AS kfqymc,
                   x.tyshxydm AS kfqyzjhm,
                   NULL::text AS chdw,
                   CASE WHEN EXISTS (SELECT 1
                                       FROM lpb.zrz z
                                       JOIN lpb.ljz l ON l.zrz_id = z.id
                                       JOIN lpb.h h ON h.ljz_id = l.id
                                      WHERE z.xm_id = x.id AND h.mjlx = '实测')
                        THEN '实测' ELSE '预测' END AS chlx,
                   x.ysxkzh,
                   NULL::numeric AS zdmj,
                   (SELECT sum(coalesce(z.scjzmj, z.ycjzmj)) FROM lpb.zrz z WHERE z.xm_id = x.id) AS zjzmj,
                   x.qxdm,
                   v_bjsj AS rksj,
                   now() AS gxsj
              FROM lpb.xm x
             WHERE x.id = v_xm_id
               AND x.xmbh IS NOT NULL) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 测绘自然幢
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.chzrz', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT z.zrzh,
                   x.xmbh,
                   p_ywh AS ywh,
                   coalesce(z.zddm, x.zddm) AS zddm,
                   NULL::text AS bdcdyh,
                   z.jzwmc,
                   z.zl,
                   z.jgrq,
                   z.zcs,
                   z.dscs,
                   z.dxcs,
                   NULL::numeric AS zzdmj,
                   z.ycjzmj,
                   z.scjzmj,
                   z.ghyt,
                   z.fwjg,
                   z.zts,
                   x.qxdm,
                   now() AS gxsj
              FROM lpb.zrz z
              JOIN lpb.xm x ON x.id = z.xm_id
             WHERE z.xm_id = v_xm_id
             ORDER BY z.zrzh) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 测绘逻辑幢（逻辑幢没有坐落，取自然幢坐落；幢号取自然幢的建筑物名称）
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.chljz', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT l.ljzh,
                   z.zrzh,
                   x.xmbh,
                   p_ywh AS ywh,
                   z.jzwmc AS zh,
                   l.mph,
                   z.zl,
                   l.ycjzmj,
                   l.scjzmj,
                   l.fwjg,
                   l.fwyt,
                   l.jzwzt,
                   l.zcs,
                   l.dscs,
                   l.dxcs,
                   l.jgrq,
                   now() AS gxsj
              FROM lpb.ljz l
              JOIN lpb.zrz z ON z.id = l.zrz_id
              JOIN lpb.xm x ON x.id = z.xm_id
             WHERE z.xm_id = v_xm_id
             ORDER BY z.zrzh, l.ljzh) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 测绘层（未指定逻辑幢的层对其自然幢的每个逻辑幢各一行）
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.chc', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT l.ljzh,
                   c.ch,
                   z.zrzh,
                   p_ywh AS ywh,
                   c.sjc,
                   c.myc,
                   c.cjzmj,
                   NULL::numeric AS ctnjzmj,
                   NULL::numeric AS cftjzmj,
                   c.cg,
                   now() AS gxsj
              FROM lpb.c c
              JOIN lpb.zrz z ON z.id = c.zrz_id
              JOIN lpb.ljz l ON l.zrz_id = c.zrz_id AND (c.ljz_id IS NULL OR l.id = c.ljz_id)
             WHERE z.xm_id = v_xm_id
             ORDER BY z.zrzh, l.ljzh, c.sjc, c.ch) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 测绘户（实测）：实测面积，ycfwbm 为同一户的房屋编码（预测户与实测户是楼盘表同一行）
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.chh_sc', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT h.fwbm,
                   h.fwbm AS ycfwbm,
                   g.bdcdyh,
                   x.xmbh,
                   z.zrzh,
                   l.ljzh,
                   c.ch,
                   p_ywh AS ywh,
                   h.zl,
                   z.jzwmc AS zh,
                   h.dyh,
                   h.szc,
                   h.sjcs AS sjc,
                   h.fh,
                   h.hx,
                   h.fwyt,
                   h.fwjg,
                   h.fwxz,
                   h.fwlx,
                   h.scjzmj AS jzmj,
                   h.sctnjzmj AS tnjzmj,
                   h.scftjzmj AS ftjzmj,
                   h.scftxs AS ftxs,
                   h.fwzt,
                   x.qxdm,
                   now() AS gxsj
              FROM lpb.h h
              JOIN lpb.ljz l ON l.id = h.ljz_id
              JOIN lpb.zrz z ON z.id = l.zrz_id
              JOIN lpb.xm x ON x.id = z.xm_id
              LEFT JOIN lpb.c c ON c.id = h.c_id
              LEFT JOIN gl.fw_dy g ON g.fwbm = h.fwbm AND g.zt = '有效'
             WHERE z.xm_id = v_xm_id
               AND h.mjlx = '实测'
               AND h.fwbm IS NOT NULL
             ORDER BY h.fwbm) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 测绘户（预测）：只有预测面积的户
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.chh_yc', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT h.fwbm,
                   g.bdcdyh,
                   x.xmbh,
                   z.zrzh,
                   l.ljzh,
                   c.ch,
                   p_ywh AS ywh,
                   h.zl,
                   z.jzwmc AS zh,
                   h.dyh,
                   h.szc,
                   h.sjcs AS sjc,
                   h.fh,
                   h.hx,
                   h.fwyt,
                   h.fwjg,
                   h.fwxz,
                   h.fwlx,
                   h.ycjzmj AS jzmj,
                   h.yctnjzmj AS tnjzmj,
                   h.ycftjzmj AS ftjzmj,
                   h.ycftxs AS ftxs,
                   h.fwzt,
                   x.qxdm,
                   now() AS gxsj
              FROM lpb.h h
              JOIN lpb.ljz l ON l.id = h.ljz_id
              JOIN lpb.zrz z ON z.id = l.zrz_id
              JOIN lpb.xm x ON x.id = z.xm_id
              LEFT JOIN lpb.c c ON c.id = h.c_id
              LEFT JOIN gl.fw_dy g ON g.fwbm = h.fwbm AND g.zt = '有效'
             WHERE z.xm_id = v_xm_id
               AND h.mjlx <> '实测'
               AND h.fwbm IS NOT NULL
             ORDER BY h.fwbm) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    RETURN v_total;
END
$$;

--
-- Name: FUNCTION push_lpb(p_ywh text, p_czlx text); Type: COMMENT; Schema: outbox; Owner: -
--

COMMENT ON FUNCTION outbox.push_lpb(p_ywh text, p_czlx text) IS '测绘入库推送：把交易业务所属项目的楼盘表（chxm、chzrz、chljz、chc，及每户一行的 chh_sc 实测或 chh_yc 预测）写入发件箱，每表一条集合语句；返回写入的明细行数';

--
-- Name: push_spfht(text, text, text, boolean); Type: FUNCTION; Schema: outbox; Owner: -
--

CREATE FUNCTION outbox.push_spfht(p_ywh text, p_htbh text, p_czlx text, p_mx boolean) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_ywlx  varchar(10);
    v_slbh  varchar(50);
    v_ht_id bigint;
    v_n     integer;
    v_total integer := 0;
BEGIN
    SELECT y.ywlx, y.slbh INTO v_ywlx, v_slbh FROM yw.jyyw y WHERE y.ywh = p_ywh;
    SELECT s.id INTO v_ht_id FROM ht.spfht s WHERE s.htbh = p_htbh;
    IF v_ht_id IS NULL THEN
        RETURN 0;
    END IF;

    -- 合同主表
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.spfht', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT s.htbh,
                   s.htbah,
                   p_ywh AS ywh,
                   v_slbh AS slbh,
                   x.xmbh,
                   s.ysxkzh,
                   s.qyrq,
                   s.barq,
                   s.htje,
                   s.fkfs,
                   NULL::numeric AS dkje,
                   s.htzt,
                   coalesce(s.qxdm, x.qxdm) AS qxdm,
                   now() AS gxsj
              FROM ht.spfht s
              JOIN lpb.h h ON h.id = s.h_id
              JOIN lpb.ljz l ON l.id = h.ljz_id
              JOIN lpb.zrz z ON z.id = l.zrz_id
              JOIN lpb.xm x ON x.id = z.xm_id
             WHERE s.id = v_ht_id) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    IF NOT coalesce(p_mx, false) THEN
        RETURN v_total;
    END IF;

    -- 合同户
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.spfht_h', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT s.htbh,
                   coalesce(s.fwbm, h.fwbm) AS fwbm,
                   p_ywh AS ywh,
                   g.bdcdyh,
                   coalesce(h.zl, s.zl) AS zl,
                   z.jzwmc AS zh,
                   h.dyh,
                   h.szc,
                   h.fh,
                   h.fwyt,
                   coalesce(s.jzmj, h.scjzmj, h.ycjzmj) AS jzmj,
                   CASE WHEN h.mjlx = '实测' THEN h.sctnjzmj ELSE h.yctnjzmj END AS tnjzmj,
                   CASE WHEN h.mjlx = '实测' THEN h.scftjzmj ELSE h.ycftjzmj END AS ftjzmj,
                   round(s.htje / nullif(coalesce(s.jzmj, h.scjzmj, h.ycjzmj), 0), 2) AS dj,
                   s.htje AS zj,
                   now() AS gxsj
              FROM ht.spfht s
              JOIN lpb.h h ON h.id = s.h_id
              JOIN lpb.ljz l ON l.id = h.ljz_id
              JOIN lpb.zrz z ON z.id = l.zrz_id
              LEFT JOIN gl.fw_dy g ON g.fwbm = h.fwbm AND g.zt = '有效'
             WHERE s.id = v_ht_id
               AND coalesce(s.fwbm, h.fwbm) IS NOT NULL) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 出卖人
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.spfht_cmr', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT p_htbh AS htbh,
                   d.sxh,
                   p_ywh AS ywh,
                   d.mc AS cmrmc,
                   d.zjzl,
                   d.zjhm,
                   d.dh,
                   d.dz,
                   NULL::text AS dlrmc,
                   NULL::text AS dlrzjhm,
                   now() AS gxsj
              FROM ht.spfht_dsr d
             WHERE d.ht_id = v_ht_id
               AND d.jslx = '出卖人'
             ORDER BY d.sxh) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 买受人
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.spfht_msr', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT p_htbh AS htbh,
                   d.sxh,
                   p_ywh AS ywh,
                   d.mc AS msrmc,
                   d.zjzl,
                   d.zjhm,
                   d.gyfs,
                   d.qlbl::text AS qlbl,
                   d.dh,
                   d.dz,
                   NULL::text AS dlrmc,
                   NULL::text AS dlrzjhm,
                   now() AS gxsj
              FROM ht.spfht_dsr d
             WHERE d.ht_id = v_ht_id
               AND d.jslx = '买受人'
             ORDER BY d.sxh) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    RETURN v_total;
END
$$;

--
-- Name: FUNCTION push_spfht(p_ywh text, p_htbh text, p_czlx text, p_mx boolean); Type: COMMENT; Schema: outbox; Owner: -
--

COMMENT ON FUNCTION outbox.push_spfht(p_ywh text, p_htbh text, p_czlx text, p_mx boolean) IS '商品房合同推送：把合同主表 spfht（当前状态）写入发件箱，p_mx 为真时连同合同户 spfht_h、出卖人 spfht_cmr、买受人 spfht_msr；返回写入的明细行数';

--
-- Name: push_xzxz(text, text); Type: FUNCTION; Schema: outbox; Owner: -
--

CREATE FUNCTION outbox.push_xzxz(p_ywh text, p_czlx text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_ywlx varchar(10);
    v_htbh varchar(50);
    v_n    integer;
BEGIN
    SELECT y.ywlx, y.htbh INTO v_ywlx, v_htbh FROM yw.jyyw y WHERE y.ywh = p_ywh;

    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.xzxz', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT x.xzbh,
                   p_ywh AS ywh,
                   x.szywh,
                   x.jcywh,
                   x.xzlx,
                   coalesce(x.fwbm, h.fwbm) AS fwbm,
                   g.bdcdyh,
                   CASE WHEN x.xzlx = '合同限制' THEN
                       coalesce(v_htbh,
                                (SELECT s.htbh FROM ht.spfht s
                                  WHERE s.h_id = x.h_id AND s.htzt IN ('已签约', '已备案')),
                                (SELECT c.htbh FROM ht.clfht c
                                  WHERE c.h_id = x.h_id AND c.htzt IN ('已签约', '已备案')))
                   END AS htbh,
                   h.zl,
                   x.xzjg,
                   x.xzwh,
                   x.xzyy,
                   x.xzqssj,
                   x.xzjssj,
                   x.xzzt,
                   x.jcsj,
                   x.jcwh,
                   x.jcyy,
                   now() AS gxsj
              FROM ht.xzxz x
              JOIN lpb.h h ON h.id = x.h_id
              LEFT JOIN gl.fw_dy g ON g.fwbm = h.fwbm AND g.zt = '有效'
             WHERE x.szywh = p_ywh OR x.jcywh = p_ywh
             ORDER BY x.xzbh) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;

--
-- Name: FUNCTION push_xzxz(p_ywh text, p_czlx text); Type: COMMENT; Schema: outbox; Owner: -
--

COMMENT ON FUNCTION outbox.push_xzxz(p_ywh text, p_czlx text) IS '行政限制推送：把设立业务号或解除业务号等于本业务的 ht.xzxz 行写入发件箱 share_jy.xzxz（一条集合语句）；返回写入的明细行数';

--
-- Name: fwbm_check_char(text); Type: FUNCTION; Schema: std; Owner: -
--

CREATE FUNCTION std.fwbm_check_char(p_body text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $_$
SELECT CASE WHEN p_body COLLATE "C" ~ '^[0-9]{22}$' THEN
           substr('0123456789X',
                  (SELECT sum(substr(p_body, g.i, 1)::integer
                              * ('{2,4,8,5,10,9,7,3,6,1,2,4,8,5,10,9,7,3,6,1,2,4}'::integer[])[g.i])::integer % 11
                     FROM generate_series(1, 22) AS g(i)) + 1,
                  1)
       END
$_$;

--
-- Name: FUNCTION fwbm_check_char(p_body text); Type: COMMENT; Schema: std; Owner: -
--

COMMENT ON FUNCTION std.fwbm_check_char(p_body text) IS '房屋编码校验码（平台约定，同 jydj.codes.fwbm_check_char）：22 位本体码 S = Σ 数字·(2^i mod 11)，取 ''0123456789X''[S mod 11]；非 22 位数字返回 NULL';

--
-- Name: is_valid_bdcdyh(text); Type: FUNCTION; Schema: std; Owner: -
--

CREATE FUNCTION std.is_valid_bdcdyh(p_bdcdyh text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$
SELECT p_bdcdyh COLLATE "C"
       ~ '^[1-8][0-9]{11}(G[BSXDEFHGWY]|J[ABSXCDEFHGWY]|Z[BSXDEFHGWY])[0-9]{5}([FLQ][0-9]{8}|W00000000)$'
$_$;

--
-- Name: FUNCTION is_valid_bdcdyh(p_bdcdyh text); Type: COMMENT; Schema: std; Owner: -
--

COMMENT ON FUNCTION std.is_valid_bdcdyh(p_bdcdyh text) IS '校验不动产单元号（GB/T 37346-2019）28 位结构：6 位县级行政区划（首位 1–8）+ 3 位地籍区 + 3 位地籍子区 + 宗地特征码（G/J/Z + ABSXCDEFHGWY，A、C 只能跟 J）+ 5 位宗地顺序号 + 定着物特征码 F/L/Q/W + 8 位定着物单元号（W 时须为 00000000）；无校验位；NULL 返回 NULL，其他非法输入返回 false';

--
-- Name: is_valid_fwbm(text); Type: FUNCTION; Schema: std; Owner: -
--

CREATE FUNCTION std.is_valid_fwbm(p_fwbm text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$
SELECT p_fwbm COLLATE "C"
       ~ '^[1-8][0-9]{8}(19|20)[0-9]{2}(?!0000)[0-9]{4}[0-9]{5}[0-9X]([0-9]{2})?$'
$_$;

--
-- Name: FUNCTION is_valid_fwbm(p_fwbm text); Type: COMMENT; Schema: std; Owner: -
--

COMMENT ON FUNCTION std.is_valid_fwbm(p_fwbm text) IS '校验房屋编码（JGJ/T 246-2012）结构：23 位 = 9 位行政区划（首位 1–8）+ 4 位竣工年份（1900–2099）+ 4 位幢顺序码（非 0000）+ 5 位户顺序码（00000 为幢）+ 1 位校验码（0–9/X，只查字符集：标准的校验码对照表未核实，不校验数值）；另接受 25 位（加 2 位逻辑幢对应码）；NULL 返回 NULL，其他非法输入返回 false';

--
-- Name: is_valid_sfzh(text); Type: FUNCTION; Schema: std; Owner: -
--

CREATE FUNCTION std.is_valid_sfzh(p_sfzh text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$
SELECT CASE
    WHEN p_sfzh IS NULL THEN NULL
    -- 18 位: 首位 1–8，第 2–17 位数字，末位 0–9/X/x；再用算术查出生日期与校验码
    -- （长度 + 简单正则比逐段定长正则快约 15%: PG 正则的代价随状态数增长）
    WHEN length(p_sfzh) = 18 AND p_sfzh COLLATE "C" ~ '^[1-8][0-9]+[0-9Xx]$' THEN
        substr(p_sfzh, 7, 4)::int BETWEEN 1900 AND 2099
        AND substr(p_sfzh, 11, 2)::int BETWEEN 1 AND 12
        AND substr(p_sfzh, 13, 2)::int BETWEEN 1 AND CASE substr(p_sfzh, 11, 2)::int
                WHEN 2 THEN 28 + (substr(p_sfzh, 7, 4)::int % 4 = 0
                                  AND (substr(p_sfzh, 7, 4)::int % 100 <> 0
                                       OR substr(p_sfzh, 7, 4)::int % 400 = 0))::int
                WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30
                ELSE 31
            END
        AND upper(substr(p_sfzh, 18, 1)) = substr('10X98765432',
              (  7 * substr(p_sfzh,  1, 1)::int +  9 * substr(p_sfzh,  2, 1)::int
              + 10 * substr(p_sfzh,  3, 1)::int +  5 * substr(p_sfzh,  4, 1)::int
              +  8 * substr(p_sfzh,  5, 1)::int +  4 * substr(p_sfzh,  6, 1)::int
              +  2 * substr(p_sfzh,  7, 1)::int +  1 * substr(p_sfzh,  8, 1)::int
              +  6 * substr(p_sfzh,  9, 1)::int +  3 * substr(p_sfzh, 10, 1)::int
              +  7 * substr(p_sfzh, 11, 1)::int +  9 * substr(p_sfzh, 12, 1)::int
              + 10 * substr(p_sfzh, 13, 1)::int +  5 * substr(p_sfzh, 14, 1)::int
              +  8 * substr(p_sfzh, 15, 1)::int +  4 * substr(p_sfzh, 16, 1)::int
              +  2 * substr(p_sfzh, 17, 1)::int) % 11 + 1, 1)
    -- 15 位（旧号码）: 地址码 + YY MM DD（19YY）+ 顺序码，无校验码
    WHEN length(p_sfzh) = 15 AND p_sfzh COLLATE "C" ~ '^[1-8][0-9]+$' THEN
        substr(p_sfzh, 9, 2)::int BETWEEN 1 AND 12
        AND substr(p_sfzh, 11, 2)::int BETWEEN 1 AND CASE substr(p_sfzh, 9, 2)::int
                -- 19YY 年: 1900 年不是闰年，其余能被 4 整除的是闰年
                WHEN 2 THEN 28 + (substr(p_sfzh, 7, 2)::int % 4 = 0 AND substr(p_sfzh, 7, 2)::int <> 0)::int
                WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30
                ELSE 31
            END
    ELSE false
END
$_$;

--
-- Name: FUNCTION is_valid_sfzh(p_sfzh text); Type: COMMENT; Schema: std; Owner: -
--

COMMENT ON FUNCTION std.is_valid_sfzh(p_sfzh text) IS '校验居民身份证号码（GB 11643-1999 18 位，含 ISO 7064 MOD 11-2 校验码，接受小写 x；兼容 GB 11643-1989 15 位旧号码）：地址码首位 1–8，出生日期须为 1900–2099 年间真实日期，不校验地址码在出生年份是否存在；NULL 返回 NULL，其他非法输入返回 false，不抛异常';

--
-- Name: is_valid_uscc(text); Type: FUNCTION; Schema: std; Owner: -
--

CREATE FUNCTION std.is_valid_uscc(p_uscc text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$
SELECT CASE
    WHEN p_uscc IS NULL THEN NULL
    WHEN p_uscc COLLATE "C" ~ '^[1-9ANY][0-9ABCDEFGHJKLMNPQRTUWXY][0-9]{6}[0-9ABCDEFGHJKLMNPQRTUWXY]{10}$' THEN
        substr(p_uscc, 18, 1) = substr('0123456789ABCDEFGHJKLMNPQRTUWXY',
            (31 - (
                   1 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc,  1, 1)) - 1)
                +  3 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc,  2, 1)) - 1)
                +  9 * substr(p_uscc,  3, 1)::int
                + 27 * substr(p_uscc,  4, 1)::int
                + 19 * substr(p_uscc,  5, 1)::int
                + 26 * substr(p_uscc,  6, 1)::int
                + 16 * substr(p_uscc,  7, 1)::int
                + 17 * substr(p_uscc,  8, 1)::int
                + 20 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc,  9, 1)) - 1)
                + 29 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc, 10, 1)) - 1)
                + 25 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc, 11, 1)) - 1)
                + 13 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc, 12, 1)) - 1)
                +  8 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc, 13, 1)) - 1)
                + 24 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc, 14, 1)) - 1)
                + 10 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc, 15, 1)) - 1)
                + 30 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc, 16, 1)) - 1)
                + 28 * (strpos('0123456789ABCDEFGHJKLMNPQRTUWXY' COLLATE "C", substr(p_uscc, 17, 1)) - 1)
            ) % 31) % 31 + 1, 1)
    ELSE false
END
$_$;

--
-- Name: FUNCTION is_valid_uscc(p_uscc text); Type: COMMENT; Schema: std; Owner: -
--

COMMENT ON FUNCTION std.is_valid_uscc(p_uscc text) IS '校验统一社会信用代码（GB 32100-2015）：18 位取自 0-9 与 ABCDEFGHJKLMNPQRTUWXY（只收大写），首位为登记管理部门码 1–9/A/N/Y，第 3–8 位为数字，第 18 位为模 31 校验码；接受 N/A/Y 开头的代码；NULL 返回 NULL，其他非法输入返回 false，不抛异常';

--
-- Name: check_and_load(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.check_and_load() RETURNS void
    LANGUAGE plpgsql
    AS $_$
DECLARE
    v_gz     stg.jygz%ROWTYPE;
    v_ids    bigint[];
    v_lo     integer[];
    v_hi     integer[];
    v_a      integer;
    v_b      integer;
    v_m      integer;
    v_min    bigint;
    v_max    bigint;
BEGIN
    -- 单元行叠加所属登簿结果的映像与种类
    UPDATE stg.jypc p
       SET sjnr = f.sjnr || p.sjnr, djzl = f.djzl, fzt = f.jyzt
      FROM stg.djsj f
     WHERE p.lybm = 'dbjg_dy' AND f.lybm = 'dbjg' AND f.ywh = p.ywh;

    -- 校验：每条规则一次集合调用（适用与否按本批出现的 登记种类/来源表 组合判断，工作表只扫一遍）
    FOR v_gz IN
        SELECT g.* FROM stg.jygz g
         WHERE g.qy
           AND g.gzdm IN (SELECT a.gzdm
                            FROM stg.jygz a
                            JOIN (SELECT DISTINCT p.djzl, p.lybm FROM stg.jypc p) z
                              ON (a.djzl IS NULL OR z.djzl = a.djzl) AND (a.lybm IS NULL OR z.lybm = a.lybm))
         ORDER BY g.pxh, g.gzdm
    LOOP
        EXECUTE format('INSERT INTO stg.jysb (id, gzdm, xx) SELECT t.id, $1, min(t.xx) FROM %s($2) t GROUP BY t.id',
                       v_gz.jcgc)
          USING v_gz.gzdm, row_to_json(v_gz)::jsonb;
    END LOOP;

    -- 合格与入库：认领时两者暂记为 true，这里只改不合格的行与待入库的单元行（工作表行宽，整批改写代价大）
    ANALYZE stg.jysb;
    UPDATE stg.jypc p
       SET hg = false, rk = false
     WHERE p.id IN (SELECT s.id FROM stg.jysb s JOIN stg.jygz g ON g.gzdm = s.gzdm WHERE g.yzcd = '错误');

    -- 入库：单元行等所属登簿结果
    UPDATE stg.jypc p
       SET rk = false
     WHERE p.rk AND p.lybm = 'dbjg_dy' AND p.czlx <> 'D' AND p.fzt IS DISTINCT FROM '已入库'
       AND NOT EXISTS (SELECT 1 FROM stg.jypc f WHERE f.lybm = 'dbjg' AND f.ywh = p.ywh AND f.hg);

    BEGIN
        PERFORM stg.load_rows();
    EXCEPTION WHEN OTHERS THEN
        -- 二分重试：v_ids[v_lo[k] .. v_hi[k]] 为待试区间
        SELECT array_agg(p.id ORDER BY p.id) INTO v_ids FROM stg.jypc p WHERE p.rk;
        v_lo := ARRAY[1];
        v_hi := ARRAY[array_length(v_ids, 1)];
        UPDATE stg.jypc SET rk = false WHERE rk;
        WHILE coalesce(array_length(v_lo, 1), 0) > 0 LOOP
            v_a := v_lo[array_length(v_lo, 1)];
            v_b := v_hi[array_length(v_hi, 1)];
            v_lo := v_lo[1:array_length(v_lo, 1) - 1];
            v_hi := v_hi[1:array_length(v_hi, 1) - 1];
            BEGIN
                UPDATE stg.jypc SET rk = true WHERE id = ANY (v_ids[v_a:v_b]);
                PERFORM stg.load_rows();
            EXCEPTION WHEN OTHERS THEN
                IF v_a = v_b THEN
                    INSERT INTO stg.jysb (id, gzdm, xx)
                    VALUES (v_ids[v_a], 'RK00', '入库失败（数据库拒绝）：' || SQLERRM);
                    UPDATE stg.jypc SET hg = false WHERE id = v_ids[v_a];
                ELSE
                    v_m := (v_a + v_b) / 2;
                    v_lo := v_lo || ARRAY[v_m + 1, v_a];
                    v_hi := v_hi || ARRAY[v_b, v_m];
                END IF;
            END;
        END LOOP;
        UPDATE stg.jypc p SET rk = NOT EXISTS (SELECT 1 FROM stg.jysb s WHERE s.id = p.id AND s.gzdm = 'RK00')
         WHERE p.id = ANY (v_ids);
    END;

    -- 回写状态。ID 范围条件让暂存表的主键扫描从本批最小 ID 开始，而不是从头走过已处理行（及其旧版本）。
    -- 暂存表没有含状态列的索引，这是 HOT 更新；触发器 stg.djsj_dcl 不逐行触发（jydj.dcl = off），队列随后集合同步
    SELECT min(p.id), max(p.id) INTO v_min, v_max FROM stg.jypc p;
    PERFORM set_config('jydj.dcl', 'off', true);
    UPDATE stg.djsj d
       SET jyzt = CASE WHEN p.rk THEN '已入库' WHEN p.hg THEN '合格' ELSE '不合格' END,
           jyjg = f.jg,
           jysj = now(),
           rksj = CASE WHEN p.rk THEN now() ELSE d.rksj END
      FROM stg.jypc p
      LEFT JOIN (SELECT s.id,
                        json_agg(json_build_object('gzdm', s.gzdm, 'gzmc', coalesce(g.gzmc, '入库失败'),
                                                   'yzcd', coalesce(g.yzcd, '错误'), 'zd', g.zd, 'xx', s.xx)
                                 ORDER BY coalesce(g.pxh, 100000), s.gzdm)::jsonb AS jg
                   FROM stg.jysb s
                   LEFT JOIN stg.jygz g ON g.gzdm = s.gzdm
                  GROUP BY s.id) f ON f.id = p.id
     WHERE d.id = p.id AND d.id BETWEEN v_min AND v_max;
    PERFORM set_config('jydj.dcl', '', true);

    -- 待处理队列：入库的行出队，其余的记下状态（本批的行都已在队列中；不在的补上）
    DELETE FROM stg.dcl q USING stg.jypc p WHERE q.id = p.id AND p.rk;
    UPDATE stg.dcl q
       SET jyzt = CASE WHEN p.hg THEN '合格' ELSE '不合格' END
      FROM stg.jypc p
     WHERE q.id = p.id AND NOT p.rk AND q.jyzt <> CASE WHEN p.hg THEN '合格' ELSE '不合格' END;
    v_ids := ARRAY(SELECT p.id FROM stg.jypc p
                    WHERE NOT p.rk AND NOT EXISTS (SELECT 1 FROM stg.dcl q WHERE q.id = p.id));
    INSERT INTO stg.dcl (id, jyzt, djzl)
    SELECT d.id, d.jyzt, d.djzl FROM stg.djsj d WHERE d.id = ANY (v_ids);
END
$_$;

--
-- Name: FUNCTION check_and_load(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.check_and_load() IS '校验并入库已认领到 stg.jypc 的暂存行：逐条规则集合校验，合格行入库（失败行二分隔离为 RK00），回写状态';

--
-- Name: correct(bigint, jsonb, text, text, text, text); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.correct(p_id bigint, p_gx jsonb, p_czr text, p_yy text, p_ly text, p_ip text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF p_id IS NULL THEN
        RAISE EXCEPTION '暂存行 % 不存在', p_id USING ERRCODE = 'P0002';
    END IF;
    RETURN stg.correct_rows(json_build_object(p_id::text, p_gx)::jsonb, p_czr, p_yy, p_ly, p_ip) -> 'rows' -> 0;
END
$$;

--
-- Name: FUNCTION correct(p_id bigint, p_gx jsonb, p_czr text, p_yy text, p_ly text, p_ip text); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.correct(p_id bigint, p_gx jsonb, p_czr text, p_yy text, p_ly text, p_ip text) IS '修正一条未入库的暂存行（改映像中的非主键字段），记操作日志，立即重新校验并在通过时入库；返回新的状态与校验结果';

--
-- Name: correct_rows(jsonb, text, text, text, text); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.correct_rows(p_gx jsonb, p_czr text, p_yy text, p_ly text, p_ip text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    v_ids  bigint[];
    v_one  boolean;
    v_bad  text;
    v_res  jsonb;
BEGIN
    IF p_gx IS NULL OR jsonb_typeof(p_gx) <> 'object' OR p_gx = '{}'::jsonb THEN
        RAISE EXCEPTION '修正内容须是 {暂存行ID: {字段: 新值}} 的非空对象' USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(k.key, '、' ORDER BY k.key) INTO v_bad
      FROM jsonb_object_keys(p_gx) AS k(key)
     WHERE k.key !~ '^(0|-?[1-9][0-9]{0,17})$';
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '修正内容的键须是暂存行ID（整数），收到 %', v_bad USING ERRCODE = '22023';
    END IF;
    SELECT array_agg(k.key::bigint ORDER BY k.key::bigint) INTO v_ids FROM jsonb_object_keys(p_gx) AS k(key);
    v_one := cardinality(v_ids) = 1;

    -- 1. 串行，锁行
    PERFORM pg_advisory_xact_lock(73010001);
    PERFORM 1 FROM stg.djsj d WHERE d.id = ANY (v_ids) ORDER BY d.id FOR UPDATE;

    -- 2. 检查
    SELECT string_agg(i.id::text, '、' ORDER BY i.id) INTO v_bad
      FROM unnest(v_ids) AS i(id)
     WHERE NOT EXISTS (SELECT 1 FROM stg.djsj d WHERE d.id = i.id);
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '暂存行 % 不存在', v_bad USING ERRCODE = 'P0002';
    END IF;
    SELECT string_agg(d.id || '（' || d.lybm || '：' || d.lyzj || '）', '、' ORDER BY d.id) INTO v_bad
      FROM stg.djsj d
     WHERE d.id = ANY (v_ids) AND d.jyzt = '已入库';
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '暂存行 %已入库，不能在此修正；生产数据的更正请由登记端办理更正登记后重推', v_bad
            USING ERRCODE = '22023';
    END IF;
    IF coalesce(btrim(p_yy), '') = '' THEN
        RAISE EXCEPTION '修正原因 yy 必填' USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(g.key, '、' ORDER BY g.key::bigint) INTO v_bad
      FROM jsonb_each(p_gx) AS g(key, value)
     WHERE jsonb_typeof(g.value) <> 'object' OR g.value = '{}'::jsonb;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '修正内容须是 {字段: 新值} 的非空对象%', CASE WHEN v_one THEN '' ELSE '（暂存行 ' || v_bad || '）' END
            USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(x.xx, '；' ORDER BY x.id) INTO v_bad
      FROM (SELECT d.id,
                   '字段 ' || string_agg(k.key, '、' ORDER BY k.key) || ' 不是来源表 ' || d.lybm || ' 的列，不能修正'
                   || CASE WHEN v_one THEN '' ELSE '（暂存行 ' || d.id || '）' END AS xx
              FROM stg.djsj d
              JOIN jsonb_each(p_gx) AS g(key, value) ON g.key::bigint = d.id
             CROSS JOIN LATERAL jsonb_object_keys(g.value) AS k(key)
             WHERE d.id = ANY (v_ids) AND NOT (d.sjnr ? k.key)
             GROUP BY d.id, d.lybm) x;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '%', v_bad USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(x.xx, '；' ORDER BY x.id) INTO v_bad
      FROM (SELECT d.id,
                   '字段 ' || string_agg(k.key, '、' ORDER BY k.key) || ' 是来源表 ' || d.lybm
                   || ' 的主键，不能修正（改主键即另一行，请由登记端重推）'
                   || CASE WHEN v_one THEN '' ELSE '（暂存行 ' || d.id || '）' END AS xx
              FROM stg.djsj d
              JOIN jsonb_each(p_gx) AS g(key, value) ON g.key::bigint = d.id
             CROSS JOIN LATERAL jsonb_object_keys(g.value) AS k(key)
              JOIN jh.lyb b ON b.lsl = 'S4' AND b.lybm = 'share_dj.' || d.lybm AND k.key = ANY (b.zjl)
             WHERE d.id = ANY (v_ids) AND g.value -> k.key IS DISTINCT FROM d.sjnr -> k.key
             GROUP BY d.id, d.lybm) x;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '%', v_bad USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(x.xx, '；' ORDER BY x.id) INTO v_bad
      FROM (SELECT g.key::bigint AS id,
                   '字段 ' || string_agg(k.key, '、' ORDER BY k.key) || ' 的新值须是字符串、数字或 null'
                   || CASE WHEN v_one THEN '' ELSE '（暂存行 ' || g.key || '）' END AS xx
              FROM jsonb_each(p_gx) AS g(key, value)
             CROSS JOIN LATERAL jsonb_each(g.value) AS k(key, value)
             WHERE jsonb_typeof(k.value) NOT IN ('string', 'number', 'null')
             GROUP BY g.key) x;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '%', v_bad USING ERRCODE = '22023';
    END IF;

    -- 3. 日志：每行一条，只记改动的字段
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, ip, yy)
    SELECT p_czr, '修正暂存行', 'stg.djsj', d.id::text,
           (SELECT json_object_agg(k.key, d.sjnr -> k.key)::jsonb FROM jsonb_object_keys(g.value) AS k(key)),
           g.value, p_ly, p_ip, p_yy
      FROM stg.djsj d
      JOIN jsonb_each(p_gx) AS g(key, value) ON g.key::bigint = d.id
     WHERE d.id = ANY (v_ids)
     ORDER BY d.id;

    -- 4. 更新
    UPDATE stg.djsj d
       SET sjnr = n.sjnr,
           ywh = n.sjnr ->> 'ywh',
           bdcdyh = n.sjnr ->> 'bdcdyh',
           fwbm = n.sjnr ->> 'fwbm',
           djlx = n.sjnr ->> 'djlx',
           qllx = n.sjnr ->> 'qllx',
           djzl = coalesce(jh.registration_kind(d.lybm, n.sjnr), d.djzl),
           jyzt = '待校验',
           jyjg = NULL,
           jysj = NULL
      FROM (SELECT x.id, x.sjnr || g.value AS sjnr
              FROM stg.djsj x
              JOIN jsonb_each(p_gx) AS g(key, value) ON g.key::bigint = x.id
             WHERE x.id = ANY (v_ids)) n
     WHERE d.id = n.id;

    -- 5. 重新校验（只这些行）
    v_res := stg.validate_batch(NULL, NULL, p_czr, v_ids);
    RETURN (SELECT json_build_object(
                       'rows', json_agg(json_build_object('id', d.id, 'jyzt', d.jyzt, 'jyjg', d.jyjg) ORDER BY d.id),
                       'qualified', v_res -> 'qualified',
                       'unqualified', v_res -> 'unqualified',
                       'loaded', v_res -> 'loaded',
                       'waiting', v_res -> 'waiting')::jsonb
              FROM stg.djsj d
             WHERE d.id = ANY (v_ids));
END
$_$;

--
-- Name: FUNCTION correct_rows(p_gx jsonb, p_czr text, p_yy text, p_ly text, p_ip text); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.correct_rows(p_gx jsonb, p_czr text, p_yy text, p_ly text, p_ip text) IS '成批修正未入库的暂存行（{行ID: {字段: 新值}}，只改映像中的非主键字段）：每行记一条操作日志，一次更新，只调用一次校验并在通过时入库；返回各行新的状态与校验结果及计数';

--
-- Name: djsj_dcl(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.djsj_dcl() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM stg.dcl WHERE id = OLD.id;
        RETURN NULL;
    END IF;
    IF NEW.jyzt = '已入库' THEN
        DELETE FROM stg.dcl WHERE id = NEW.id;
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO stg.dcl (id, jyzt, djzl) VALUES (NEW.id, NEW.jyzt, NEW.djzl);
        RETURN NULL;
    END IF;
    IF NEW.jyzt = OLD.jyzt AND NEW.djzl = OLD.djzl AND OLD.jyzt <> '已入库' THEN
        RETURN NULL;
    END IF;
    UPDATE stg.dcl SET jyzt = NEW.jyzt, djzl = NEW.djzl WHERE id = NEW.id;
    IF NOT FOUND THEN
        INSERT INTO stg.dcl (id, jyzt, djzl) VALUES (NEW.id, NEW.jyzt, NEW.djzl);
    END IF;
    RETURN NULL;
END
$$;

--
-- Name: FUNCTION djsj_dcl(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.djsj_dcl() IS '暂存行新增、删除或校验状态、登记种类改变时同步待处理队列 stg.dcl（只含未入库的行）';

--
-- Name: gz_sy(jsonb, text, text, character, jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.gz_sy(p_gz jsonb, p_djzl text, p_lybm text, p_czlx character, p_sjnr jsonb) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$
SELECT p_czlx <> 'D'
       AND (p_gz ->> 'djzl' IS NULL OR p_djzl = p_gz ->> 'djzl')
       AND (p_gz ->> 'lybm' IS NULL OR p_lybm = p_gz ->> 'lybm')
       AND (p_gz -> 'cs' ->> 'djxl_bh' IS NULL OR strpos(coalesce(p_sjnr ->> 'djxl', ''), p_gz -> 'cs' ->> 'djxl_bh') > 0)
       AND (p_gz -> 'cs' ->> 'djxl_bbh' IS NULL OR strpos(coalesce(p_sjnr ->> 'djxl', ''), p_gz -> 'cs' ->> 'djxl_bbh') = 0)
$$;

--
-- Name: FUNCTION gz_sy(p_gz jsonb, p_djzl text, p_lybm text, p_czlx character, p_sjnr jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.gz_sy(p_gz jsonb, p_djzl text, p_lybm text, p_czlx character, p_sjnr jsonb) IS '校验规则是否适用于批次行：非删除行，登记种类、来源表相符，登记小类满足 djxl_bh / djxl_bbh';

--
-- Name: is_date(text); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.is_date(p_v text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$
SELECT CASE
           WHEN p_v IS NULL THEN NULL
           WHEN NOT (p_v COLLATE "C" ~ '^(?!0000)[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([T ].*|Z)?$') THEN false
           ELSE substr(p_v, 9, 2)::integer
                <= extract(day FROM (substr(p_v, 1, 7) || '-01')::date + interval '1 month' - interval '1 day')
       END
$_$;

--
-- Name: FUNCTION is_date(p_v text); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.is_date(p_v text) IS '日期文本能否转换：前 10 位为存在的公历日期（YYYY-MM-DD，可带时间或 Z）；不抛异常，NULL 返回 NULL';

--
-- Name: jc_bm(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_bm(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $_$
DECLARE
    v_zd  text := p_gz -> 'cs' ->> 'zd';
    v_bm  text := p_gz -> 'cs' ->> 'bm';
    v_mc  text;
    v_gf  text;
BEGIN
    v_mc := coalesce('{"bdcdyh": "不动产单元号", "fwbm": "房屋编码", "zjhm": "证件号码", "sha256": "SHA-256",
                       "lzrzjhm": "领证人证件号码", "tyshxydm": "统一社会信用代码"}'::jsonb ->> v_zd || ' ', '');
    v_gf := CASE v_bm
                WHEN 'bdcdyh' THEN '不符合 GB/T 37346'
                WHEN 'fwbm' THEN '不符合 JGJ/T 246'
                WHEN 'sfzh' THEN '不是有效的公民身份号码（GB 11643）'
                WHEN 'uscc' THEN '不是有效的统一社会信用代码（GB 32100）'
                WHEN 'sha256' THEN '不是 64 位小写十六进制的 SHA-256 摘要'
            END;
    IF v_zd IS NULL OR v_gf IS NULL THEN
        RAISE EXCEPTION '规则 % 的参数须为 {"zd": 字段, "bm": bdcdyh|fwbm|sfzh|uscc|sha256}（收到 %）',
            p_gz ->> 'gzdm', p_gz -> 'cs' USING ERRCODE = '22023';
    END IF;

    RETURN QUERY
    SELECT p.id, v_mc || v_zd || '=「' || (p.sjnr ->> v_zd) || '」' || v_gf
      FROM stg.jypc p
     WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
       AND coalesce(btrim(p.sjnr ->> v_zd), '') <> ''
       AND NOT coalesce(CASE v_bm
                            WHEN 'bdcdyh' THEN std.is_valid_bdcdyh(p.sjnr ->> v_zd)
                            WHEN 'fwbm' THEN std.is_valid_fwbm(p.sjnr ->> v_zd)
                            WHEN 'sfzh' THEN std.is_valid_sfzh(p.sjnr ->> v_zd)
                            WHEN 'uscc' THEN std.is_valid_uscc(p.sjnr ->> v_zd)
                            ELSE (p.sjnr ->> v_zd) COLLATE "C" ~ '^[0-9a-f]{64}$'
                        END, false);
END
$_$;

--
-- Name: FUNCTION jc_bm(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_bm(p_gz jsonb) IS '编码格式检查：参数 zd 所指字段有值而不符合参数 bm 所指编码（不动产单元号、房屋编码、身份证号、统一社会信用代码、SHA-256）的批次行不通过';

--
-- Name: jc_bt(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_bt(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY
    SELECT p.id, '缺少必填项：' || string_agg(f.zd, '、' ORDER BY f.n)
      FROM stg.jypc p
      CROSS JOIN (SELECT t.zd, row_number() OVER () AS n
                    FROM jsonb_array_elements_text(p_gz -> 'cs' -> 'zd') AS t(zd)) f
     WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
       AND coalesce(btrim(p.sjnr ->> f.zd), '') = ''
     GROUP BY p.id;
END
$$;

--
-- Name: FUNCTION jc_bt(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_bt(p_gz jsonb) IS '必填项检查：参数 zd 所列字段为空的批次行不通过，说明列出缺少的字段';

--
-- Name: jc_dy(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_dy(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY
    SELECT p.id,
           '不动产单元号 bdcdyh 为空，且没有业务号 ywh=「' || coalesce(p.ywh, '') || '」的登簿结果单元（dbjg_dy）行：'
           || '抵押权须至少有一个抵押单元'
      FROM stg.jypc p
     WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
       AND coalesce(btrim(p.bdcdyh), '') = ''
       AND NOT EXISTS (SELECT 1 FROM stg.djsj d WHERE d.ywh = p.ywh AND d.lybm = 'dbjg_dy' AND d.czlx <> 'D');
END
$$;

--
-- Name: FUNCTION jc_dy(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_dy(p_gz jsonb) IS '至少一个抵押单元：不动产单元号为空且暂存区没有同业务号登簿结果单元（dbjg_dy）行的批次行不通过';

--
-- Name: jc_fm(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_fm(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    v_jc text := p_gz -> 'cs' ->> 'jc';
BEGIN
    IF v_jc = 'wfm' THEN
        RETURN QUERY
        SELECT p.id,
               CASE WHEN g.id IS NOT NULL
                    THEN '不动产单元 ' || p.bdcdyh || ' 已挂接房屋编码 ' || g.fwbm || '（' || g.zt
                         || '），不再赋码；如挂接有误请先在对接工具中解除挂接'
                    ELSE '本批申请 ' || (SELECT o.lyzj FROM stg.jypc o
                                          WHERE o.lybm = p.lybm AND o.czlx <> 'D' AND o.bdcdyh = p.bdcdyh
                                            AND o.id < p.id
                                          ORDER BY o.id LIMIT 1)
                         || ' 已为不动产单元 ' || p.bdcdyh || ' 申请赋码，同一单元只赋一次码'
               END
          FROM stg.jypc p
          LEFT JOIN gl.fw_dy g ON g.bdcdyh = p.bdcdyh
         WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
           AND NOT EXISTS (SELECT 1 FROM lpb.fwbm_fp f WHERE f.sqid = p.lyzj)
           AND (g.id IS NOT NULL
                OR EXISTS (SELECT 1 FROM stg.jypc o
                            WHERE o.lybm = p.lybm AND o.czlx <> 'D' AND o.bdcdyh = p.bdcdyh AND o.id < p.id
                              AND NOT EXISTS (SELECT 1 FROM lpb.fwbm_fp f WHERE f.sqid = o.lyzj)));
        RETURN;
    END IF;

    IF v_jc IS NULL OR v_jc NOT IN ('wy', 'pp') THEN
        RAISE EXCEPTION 'stg.jc_fm 的参数 cs.jc 须为 wfm、wy 或 pp（收到 %）', coalesce(v_jc, '空')
            USING ERRCODE = '22023';
    END IF;

    RETURN QUERY
    WITH sq AS (        -- 待赋码的申请（已答复的除外）
        SELECT p.id AS sid,
               p.lyzj AS sqid,
               nullif(btrim(p.sjnr ->> 'zh'), '') AS zh,
               nullif(btrim(p.sjnr ->> 'dyh'), '') AS dyh,
               nullif(btrim(p.sjnr ->> 'szc'), '') AS szc,
               nullif(btrim(p.sjnr ->> 'fh'), '') AS fh,
               nullif(btrim(p.sjnr ->> 'qxdm'), '') AS qxdm,
               nullif(btrim(p.sjnr ->> 'yfwbm'), '') AS yfwbm
          FROM stg.jypc p
         WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
           AND (v_jc = 'wy' OR p.rk)
           AND NOT EXISTS (SELECT 1 FROM lpb.fwbm_fp f WHERE f.sqid = p.lyzj)
    ),
    yb AS (             -- 原房屋编码，逐个
        SELECT u.sid, btrim(u.bm) AS bm
          FROM (SELECT s.sid, unnest(string_to_array(translate(s.yfwbm, '，、;； ', ',,,,,'), ',')) AS bm
                  FROM sq s
                 WHERE s.yfwbm IS NOT NULL) u
         WHERE length(btrim(u.bm)) > 0
    ),
    yz AS (             -- 原房屋编码所指的自然幢
        SELECT b.sid, l.zrz_id
          FROM yb b
          JOIN lpb.h h ON h.fwbm = b.bm
          JOIN lpb.ljz l ON l.id = h.ljz_id
        UNION
        SELECT b.sid, f.zrz_id
          FROM yb b
          JOIN lpb.fwbm_fp f ON f.fwbm = b.bm
        UNION
        SELECT b.sid, z.id
          FROM yb b
          JOIN lpb.zrz z ON left(z.fwbm, 17) = left(b.bm, 17)
         WHERE std.is_valid_fwbm(b.bm) AND std.is_valid_fwbm(z.fwbm)
    ),
    lz AS (             -- 申请所指的逻辑幢：原编码的幢优先，否则按幢号（限区县）
        SELECT y.sid, l.id AS ljz_id
          FROM yz y
          JOIN lpb.ljz l ON l.zrz_id = y.zrz_id
        UNION
        SELECT s.sid, m.ljz_id
          FROM sq s
          JOIN (SELECT l.id AS ljz_id, l.zrz_id, btrim(l.ljzh) AS mc FROM lpb.ljz l
                UNION ALL
                SELECT l.id, l.zrz_id, btrim(l.mph) FROM lpb.ljz l
                UNION ALL
                SELECT l.id, l.zrz_id, btrim(z.zrzh) FROM lpb.ljz l JOIN lpb.zrz z ON z.id = l.zrz_id
                UNION ALL
                SELECT l.id, l.zrz_id, btrim(z.jzwmc) FROM lpb.ljz l JOIN lpb.zrz z ON z.id = l.zrz_id) m
            ON m.mc = s.zh
          JOIN lpb.zrz z ON z.id = m.zrz_id
          JOIN lpb.xm x ON x.id = z.xm_id
         WHERE NOT EXISTS (SELECT 1 FROM yz y WHERE y.sid = s.sid)
           AND (s.qxdm IS NULL OR left(x.qxdm, 6) = left(s.qxdm, 6))
    ),
    hx AS (             -- 这些逻辑幢中单元、层、房号相符的现存户
        SELECT b.sid, h.id AS h_id, h.fwbm
          FROM lz b
          JOIN sq s ON s.sid = b.sid
          JOIN lpb.h h ON h.ljz_id = b.ljz_id
         WHERE h.fwzt <> '已灭失'
           AND coalesce(nullif(btrim(h.dyh), ''), '~') = coalesce(s.dyh, '~')
           AND coalesce(nullif(btrim(h.szc), ''), '~') = coalesce(s.szc, '~')
           AND coalesce(nullif(btrim(h.fh), ''), '~') = coalesce(s.fh, '~')
    ),
    hs AS (             -- 每个申请：相符的未编码户数、其中一户、相符的已编码户的一个编码
        SELECT hx.sid,
               sum(CASE WHEN hx.fwbm IS NULL THEN 1 ELSE 0 END) AS n,
               min(CASE WHEN hx.fwbm IS NULL THEN hx.h_id END) AS h_id,
               min(hx.fwbm) AS ybm
          FROM hx
         GROUP BY hx.sid
    ),
    jg AS (
        SELECT s.sid, s.sqid, s.zh, s.dyh, s.szc, s.fh, s.qxdm, s.yfwbm,
               EXISTS (SELECT 1 FROM lz b WHERE b.sid = s.sid) AS yzd,
               coalesce(t.n, 0) AS n,
               CASE WHEN t.n = 1 THEN t.h_id END AS h_id,
               t.ybm,
               z.zrzh,
               z.fwbm AS zbm,
               row_number() OVER (PARTITION BY CASE WHEN t.n = 1 THEN t.h_id END ORDER BY s.sid) AS rn,
               first_value(s.sqid) OVER (PARTITION BY CASE WHEN t.n = 1 THEN t.h_id END ORDER BY s.sid) AS sqid1
          FROM sq s
          LEFT JOIN hs t ON t.sid = s.sid
          LEFT JOIN lpb.h h ON h.id = t.h_id AND t.n = 1
          LEFT JOIN lpb.ljz l ON l.id = h.ljz_id
          LEFT JOIN lpb.zrz z ON z.id = l.zrz_id
    ),
    r AS (
        SELECT j.sid, j.h_id,
               CASE
                   WHEN NOT j.yzd THEN
                       '找不到申请的幢：原房屋编码 ' || coalesce(j.yfwbm, '（空）') || ' 与幢号 '
                       || coalesce(j.zh, '（空）') || '（区县 ' || coalesce(j.qxdm, '不限')
                       || '）都对不上交易楼盘表的自然幢或逻辑幢'
                   WHEN j.n = 0 THEN
                       '交易楼盘表中没有与申请相符的未编码房屋（幢 ' || coalesce(j.zh, '（空）') || '，单元 '
                       || coalesce(j.dyh, '（空）') || '，层 ' || coalesce(j.szc, '（空）') || '，房号 '
                       || coalesce(j.fh, '（空）') || '）'
                       || CASE WHEN j.ybm IS NOT NULL
                               THEN '；相符的房屋已有房屋编码 ' || j.ybm || '，请挂接而不是赋码'
                               ELSE '' END
                   WHEN j.n > 1 THEN
                       '交易楼盘表中有 ' || j.n || ' 户未编码房屋与申请相符（幢 ' || coalesce(j.zh, '（空）')
                       || '，单元 ' || coalesce(j.dyh, '（空）') || '，层 ' || coalesce(j.szc, '（空）')
                       || '，房号 ' || coalesce(j.fh, '（空）') || '），无法确定赋码的房屋'
                   WHEN NOT coalesce(std.is_valid_fwbm(j.zbm) AND substr(j.zbm, 18, 5) = '00000', false) THEN
                       '房屋所在自然幢 ' || j.zrzh || ' 没有有效的幢房屋编码（lpb.zrz.fwbm 为 '
                       || coalesce(j.zbm, '空') || '），无法赋码'
                   WHEN j.rn > 1 THEN
                       '本批申请 ' || j.sqid1 || ' 已指向同一房屋（户ID ' || j.h_id || '），一户只赋一次码'
               END AS xx
          FROM jg j
    )
    SELECT r.sid, CASE WHEN v_jc = 'wy' THEN r.xx ELSE r.h_id::text END
      FROM r
     WHERE (r.xx IS NOT NULL) = (v_jc = 'wy');
END
$$;

--
-- Name: FUNCTION jc_fm(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_fm(p_gz jsonb) IS '房屋编码申请检查：wfm（FM03）单元已挂接或本批重复则不通过；wy（FM04）须恰有一户相符的未编码房屋且幢有有效幢编码（按原房屋编码或幢号找幢，再按单元、层、房号找户）；pp 供 stg.rk_fm 取每个申请唯一相符的户ID';

--
-- Name: jc_gj(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_gj(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY
    SELECT p.id,
           '不动产单元号 bdcdyh=「' || p.bdcdyh || '」未挂接交易楼盘表的房屋（挂接表中没有它的有效挂接，'
           || CASE WHEN coalesce(btrim(p.sjnr ->> 'fwbm'), '') = '' THEN '且未填房屋编码 fwbm）'
                   ELSE '房屋编码 fwbm=「' || (p.sjnr ->> 'fwbm') || '」也不在楼盘表中）' END
           || '：请先在对接工具中挂接'
      FROM stg.jypc p
     WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
       AND btrim(p.bdcdyh) <> ''
       AND NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.bdcdyh = p.bdcdyh AND g.zt = '有效')
       AND NOT EXISTS (SELECT 1 FROM lpb.h h WHERE h.fwbm = p.sjnr ->> 'fwbm');
END
$$;

--
-- Name: FUNCTION jc_gj(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_gj(p_gz jsonb) IS '单元挂接检查：有不动产单元号的批次行须在挂接表有有效挂接，或所记房屋编码是楼盘表的房屋编码，否则不通过';

--
-- Name: jc_ht(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_ht(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    v_zd  text := coalesce(p_gz -> 'cs' ->> 'zd', 'htbh');
BEGIN
    RETURN QUERY
    SELECT p.id, '合同编号 ' || v_zd || '=「' || (p.sjnr ->> v_zd) || '」在交易库的商品房合同中找不到'
      FROM stg.jypc p
     WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
       AND btrim(p.sjnr ->> v_zd) <> ''
       AND NOT EXISTS (SELECT 1 FROM ht.spfht h WHERE h.htbh = p.sjnr ->> v_zd);
END
$$;

--
-- Name: FUNCTION jc_ht(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_ht(p_gz jsonb) IS '预告对应商品房合同：所记合同编号有值而不在交易库商品房合同 ht.spfht 中的批次行不通过（YG05 警告）';

--
-- Name: jc_je(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_je(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $_$
DECLARE
    v_mc    jsonb := '{"bdbzzqse": "被担保主债权数额", "zgzqse": "最高债权数额", "fdcjyjg": "房地产交易价格",
                       "qdjg": "取得价格", "jzmj": "建筑面积", "tnjzmj": "套内建筑面积", "ftjzmj": "分摊建筑面积",
                       "zdmj": "宗地面积", "je": "金额", "dx": "文件大小", "sl": "数量"}';
    v_fz    boolean := coalesce((p_gz -> 'cs' ->> 'fz')::boolean, false);
    v_zsyx  boolean := coalesce((p_gz -> 'cs' ->> 'zsyx')::boolean, false);
    v_cs    text;
    v_kong  text;
    v_mcs   text;
BEGIN
    IF jsonb_typeof(p_gz -> 'cs' -> 'zd') IS DISTINCT FROM 'array' OR jsonb_array_length(p_gz -> 'cs' -> 'zd') = 0 THEN
        RAISE EXCEPTION '规则 % 的参数须为 {"zd": ["字段", …], "fz": 布尔, "zsyx": 布尔}（收到 %）',
              p_gz ->> 'gzdm', p_gz -> 'cs' USING ERRCODE = '22023';
    END IF;

    SELECT string_agg(format(
               'CASE WHEN btrim(p.sjnr ->> %1$L) = '''' THEN NULL'
               ' WHEN NOT (btrim(p.sjnr ->> %1$L) COLLATE "C" ~ ''^-?[0-9]+(\.[0-9]+)?$'') THEN %2$L || (p.sjnr ->> %1$L) || ''」不是数字'''
               ' WHEN btrim(p.sjnr ->> %1$L)::numeric %3$s 0 THEN %2$L || (p.sjnr ->> %1$L) || %4$L END',
               f.zd,
               coalesce(v_mc ->> f.zd || ' ', '') || f.zd || '=「',
               CASE WHEN v_fz THEN '<' ELSE '<=' END,
               CASE WHEN v_fz THEN '」不得为负' ELSE '」须大于 0' END), ', ' ORDER BY f.n),
           string_agg(format('coalesce(btrim(p.sjnr ->> %L), '''') = ''''', f.zd), ' AND ' ORDER BY f.n),
           string_agg(coalesce(v_mc ->> f.zd || ' ', '') || f.zd, '、' ORDER BY f.n)
      INTO v_cs, v_kong, v_mcs
      FROM jsonb_array_elements_text(p_gz -> 'cs' -> 'zd') WITH ORDINALITY AS f(zd, n);

    IF v_zsyx THEN
        v_cs := format('CASE WHEN %s THEN %L END, ', v_kong, v_mcs || ' 至少须填一项') || v_cs;
    END IF;

    RETURN QUERY EXECUTE
        'SELECT t.id, t.xx FROM (SELECT p.id, concat_ws(''；'', ' || v_cs || ') AS xx'
        '  FROM stg.jypc p WHERE stg.gz_sy($1, p.djzl, p.lybm, p.czlx, p.sjnr)) t'
        ' WHERE t.xx <> '''''
      USING p_gz;
END
$_$;

--
-- Name: FUNCTION jc_je(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_je(p_gz jsonb) IS '金额与面积检查：参数 zd 所列字段有值而不是数字或不大于 0（fz 为真时小于 0）的批次行不通过；zsyx 为真时所列字段全空也不通过';

--
-- Name: jc_jf(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_jf(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY
    WITH s AS (
        SELECT p.id, coalesce(p.ywh, '') AS ywh, coalesce(btrim(p.sjnr ->> 'syywh'), '') AS v
          FROM stg.jypc p
         WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
    ),
    -- 暂存区尚未入库的解封，按上手业务号与本批行比较（窗口：同一上手业务号的最小、最大业务号）
    zc AS (
        SELECT x.id, x.v, x.pc, x.ywh,
               min(CASE WHEN NOT x.pc THEN x.ywh END) OVER (PARTITION BY x.v) AS mn,
               max(CASE WHEN NOT x.pc THEN x.ywh END) OVER (PARTITION BY x.v) AS mx
          FROM (SELECT s.id, s.v, s.ywh, true AS pc FROM s WHERE s.v <> ''
                UNION ALL
                SELECT d.id, btrim(d.sjnr ->> 'syywh'), coalesce(d.ywh, ''), false
                  FROM stg.dcl q
                  JOIN stg.djsj d ON d.id = q.id
                 WHERE q.jyzt IN ('待校验', '合格') AND q.djzl = '查封' AND d.lybm = 'dbjg' AND d.czlx <> 'D'
                   AND strpos(coalesce(d.sjnr ->> 'djxl', ''), '解封') > 0 AND btrim(d.sjnr ->> 'syywh') <> ''
                OFFSET 0) x
    )
    -- 不通过的行（说明前的数字定先后：1 为空，2 不是已登记的查封，3 已解除；每行取最小的一条）
    SELECT t.id, substr(min(t.xx), 2)
      FROM (SELECT s.id, '1上手业务号 syywh 为空：解封登记须指明所解除的查封' AS xx
              FROM s
             WHERE s.v = ''
            UNION ALL
            SELECT s.id, '2上手业务号 syywh=「' || s.v || '」不是已登记的查封（生产库与暂存区都没有该查封，或它校验不合格）'
              FROM s
             WHERE s.v <> ''
               AND NOT EXISTS (SELECT 1 FROM djjg.cfdj c WHERE c.ywh = s.v)
               AND NOT EXISTS (SELECT 1 FROM stg.djsj d
                                WHERE d.ywh = s.v AND d.lybm = 'dbjg' AND d.djzl = '查封'
                                  AND strpos(coalesce(d.sjnr ->> 'djxl', ''), '解封') = 0
                                  AND d.jyzt <> '不合格' AND d.czlx <> 'D')
            UNION ALL
            SELECT s.id, '3上手业务号 syywh=「' || s.v || '」的查封已被解封业务「' || c.jfywh || '」解除'
              FROM s JOIN djjg.cfdj c ON c.ywh = s.v
             WHERE s.v <> '' AND btrim(c.jfywh) <> '' AND c.jfywh <> s.ywh
            UNION ALL
            SELECT s.id, '3上手业务号 syywh=「' || s.v || '」的查封已被解封业务「' || (d.sjnr ->> 'jfywh') || '」解除'
              FROM s JOIN stg.djsj d ON d.ywh = s.v
             WHERE s.v <> '' AND d.lybm = 'dbjg' AND d.djzl = '查封' AND d.jyzt <> '不合格' AND d.czlx <> 'D'
               AND btrim(d.sjnr ->> 'jfywh') <> '' AND d.sjnr ->> 'jfywh' <> s.ywh
            UNION ALL
            SELECT zc.id, '3上手业务号 syywh=「' || zc.v || '」的查封已被解封业务「'
                          || CASE WHEN zc.mn <> zc.ywh THEN zc.mn ELSE zc.mx END || '」解除'
              FROM zc
             WHERE zc.pc AND (zc.mn <> zc.ywh OR zc.mx <> zc.ywh)) t
     GROUP BY t.id;
END
$$;

--
-- Name: FUNCTION jc_jf(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_jf(p_gz jsonb) IS '解封指明其查封：登记小类含解封的行须以上手业务号指明已登记（已入库或暂存合格）且未被另一件解封解除的查封，否则不通过';

--
-- Name: jc_mj(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_mj(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $_$
DECLARE
    v_zd    text := p_gz -> 'cs' ->> 'zd';
    v_xdwc  numeric := (p_gz -> 'cs' ->> 'xdwc')::numeric;
    v_mc    text;
BEGIN
    IF v_zd IS NULL OR v_xdwc IS NULL OR v_xdwc < 0 THEN
        RAISE EXCEPTION '规则 % 的参数须为 {"zd": 面积字段, "xdwc": 非负相对误差}（收到 %）',
              p_gz ->> 'gzdm', p_gz -> 'cs' USING ERRCODE = '22023';
    END IF;
    v_mc := coalesce('{"jzmj": "建筑面积", "tnjzmj": "套内建筑面积", "ftjzmj": "分摊建筑面积"}'::jsonb ->> v_zd || ' ', '')
            || v_zd;

    RETURN QUERY
    SELECT t.id,
           v_mc || '=「' || t.v || '」与楼盘表房屋 fwbm=「' || t.fwbm || '」的' || t.mjlx || '建筑面积 ' || t.mj
           || ' 相差 ' || round(abs(t.v::numeric - t.mj) * 100 / t.mj, 2) || '%，超过 '
           || rtrim(rtrim(to_char(v_xdwc * 100, 'FM999990.99'), '0'), '.') || '%'
      FROM (SELECT p.id, btrim(p.sjnr ->> v_zd) AS v, h.fwbm,
                   coalesce(h.scjzmj, h.ycjzmj) AS mj,
                   CASE WHEN h.scjzmj IS NOT NULL THEN '实测' ELSE '预测' END AS mjlx
              FROM stg.jypc p
              LEFT JOIN gl.fw_dy g ON g.bdcdyh = p.bdcdyh AND g.zt = '有效'
              JOIN lpb.h h ON h.fwbm = coalesce(g.fwbm, p.sjnr ->> 'fwbm')
             WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
               AND btrim(p.sjnr ->> v_zd) COLLATE "C" ~ '^-?[0-9]+(\.[0-9]+)?$'
               AND coalesce(h.scjzmj, h.ycjzmj) > 0
            OFFSET 0) t
     WHERE abs(t.v::numeric - t.mj) > v_xdwc * t.mj;
END
$_$;

--
-- Name: FUNCTION jc_mj(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_mj(p_gz jsonb) IS '面积一致检查：所记建筑面积与挂接房屋的楼盘表建筑面积（实测，无实测时预测）相差超过参数 xdwc 的批次行不通过';

--
-- Name: jc_qlbl(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_qlbl(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY
    SELECT t.id,
           '权利比例 qlbl=「' || t.v || '」'
           || CASE WHEN t.n IS NULL THEN '不是小数、百分数或分数（如 0.5、50%、1/2）'
                   ELSE '不在 0 到 1 之间（换算为 ' || t.n || '）' END
      FROM (SELECT p.id, p.sjnr ->> 'qlbl' AS v, stg.qlbl_num(p.sjnr ->> 'qlbl') AS n
              FROM stg.jypc p
             WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
               AND btrim(p.sjnr ->> 'qlbl') <> ''
            OFFSET 0) t
     WHERE t.n IS NULL OR t.n <= 0 OR t.n > 1;
END
$$;

--
-- Name: FUNCTION jc_qlbl(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_qlbl(p_gz jsonb) IS '权利比例检查：权利比例有值而无法换算（小数、百分数、分数）或不在 (0, 1] 之间的批次行不通过';

--
-- Name: jc_qt(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_qt(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY
    SELECT p.id,
           '登记种类无法识别：登记类型 djlx=「' || coalesce(p.sjnr ->> 'djlx', '') || '」、登记小类 djxl=「'
           || coalesce(p.sjnr ->> 'djxl', '') || '」、权利类型 qllx=「' || coalesce(p.sjnr ->> 'qllx', '')
           || '」推不出所有权、抵押权、预告、预抵押、查封、异议或注销'
      FROM stg.jypc p
     WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr);
END
$$;

--
-- Name: FUNCTION jc_qt(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_qt(p_gz jsonb) IS '登记种类可识别：登记种类为 其他 的批次行一律不通过，说明列出登记类型、登记小类与权利类型';

--
-- Name: jc_rq(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_rq(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $_$
DECLARE
    v_mc   jsonb := '{"djsj": "登记时间", "zwlxqssj": "债务履行起始时间", "zwlxjssj": "债务履行结束时间",
                      "cfqssj": "查封起始时间", "cfjssj": "查封结束时间", "tdsyqssj": "土地使用起始时间",
                      "tdsyjssj": "土地使用结束时间", "fzsj": "发证时间", "sfsj": "收费时间", "scsj": "上传时间",
                      "bjsj": "办结时间", "tssj": "推送时间", "zxsj": "注销时间"}';
    v_jt   boolean := p_gz -> 'cs' ? 'zd';
    v_a    text := coalesce(p_gz -> 'cs' ->> 'zd', p_gz -> 'cs' ->> 'q');
    v_b    text := CASE WHEN p_gz -> 'cs' ? 'zd' THEN NULL ELSE p_gz -> 'cs' ->> 'z' END;
    v_ma   text;
    v_mb   text;
    -- 通用格式（少见写法：其他小数位数、带时区偏移）；之后交 stg.is_date 查日历
    v_gs   text := '^[0-9]{4}-[0-9]{2}-[0-9]{2}(Z|[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?'
                   '(Z|[+-](0[0-9]|1[0-4])(:?[0-5][0-9])?)?)?$';
BEGIN
    IF v_a IS NULL OR (NOT v_jt AND v_b IS NULL) THEN
        RAISE EXCEPTION '规则 % 的参数须为 {"zd": 字段} 或 {"q": 起始字段, "z": 结束字段}（收到 %）',
              p_gz ->> 'gzdm', p_gz -> 'cs' USING ERRCODE = '22023';
    END IF;
    v_ma := coalesce(v_mc ->> v_a || ' ', '') || v_a;
    v_mb := coalesce(v_mc ->> v_b || ' ', '') || v_b;

    RETURN QUERY
    SELECT t.id,
           concat_ws('；',
                     CASE WHEN t.a <> '' AND t.ta IS NULL THEN v_ma || '=「' || t.a || '」不是有效的日期或时间' END,
                     CASE WHEN t.b <> '' AND t.tb IS NULL THEN v_mb || '=「' || t.b || '」不是有效的日期或时间' END,
                     CASE WHEN v_jt AND t.ta > now() THEN v_ma || '=「' || t.a || '」晚于当前时间' END,
                     CASE WHEN t.ta > t.tb
                          THEN v_ma || '=「' || t.a || '」晚于' || v_mb || '=「' || t.b || '」' END)
      FROM (SELECT s.id, s.a, s.b,
                   -- 常见写法（Debezium 的日期与 UTC 时间、日期 时:分[:秒]）只用字符串运算判断；其余走正则与 stg.is_date
                   CASE WHEN translate(s.a, '0123456789', '9999999999') COLLATE "C" IN
                                ('9999-99-99', '9999-99-99Z', '9999-99-99T99:99:99.999999Z', '9999-99-99T99:99:99Z',
                                 '9999-99-99T99:99:99.999Z', '9999-99-99T99:99:99', '9999-99-99 99:99:99',
                                 '9999-99-99T99:99', '9999-99-99 99:99')
                        THEN CASE WHEN substr(s.a, 6, 2) BETWEEN '01' AND '12' AND substr(s.a, 9, 2) >= '01'
                                       AND left(s.a, 4) <> '0000'
                                       AND substr(s.a, 9, 2)::integer <= CASE substr(s.a, 6, 2)
                                               WHEN '02' THEN 28 + (substr(s.a, 1, 4)::integer % 4 = 0
                                                                    AND (substr(s.a, 1, 4)::integer % 100 <> 0
                                                                         OR substr(s.a, 1, 4)::integer % 400 = 0))::integer
                                               WHEN '04' THEN 30 WHEN '06' THEN 30 WHEN '09' THEN 30 WHEN '11' THEN 30
                                               ELSE 31 END
                                       AND (length(s.a) <= 11
                                            OR (substr(s.a, 12, 2) < '24' AND substr(s.a, 15, 2) < '60'
                                                AND (length(s.a) < 19 OR substr(s.a, 18, 2) < '60')))
                                  THEN CASE WHEN length(s.a) <= 11 THEN left(s.a, 10)::date::timestamptz
                                            ELSE s.a::timestamptz END
                             END
                        WHEN s.a COLLATE "C" ~ v_gs AND left(s.a, 4) <> '0000' THEN
                            CASE WHEN stg.is_date(s.a) THEN
                                CASE WHEN length(s.a) <= 11 THEN left(s.a, 10)::date::timestamptz ELSE s.a::timestamptz END
                            END
                   END AS ta,
                   CASE WHEN translate(s.b, '0123456789', '9999999999') COLLATE "C" IN
                                ('9999-99-99', '9999-99-99Z', '9999-99-99T99:99:99.999999Z', '9999-99-99T99:99:99Z',
                                 '9999-99-99T99:99:99.999Z', '9999-99-99T99:99:99', '9999-99-99 99:99:99',
                                 '9999-99-99T99:99', '9999-99-99 99:99')
                        THEN CASE WHEN substr(s.b, 6, 2) BETWEEN '01' AND '12' AND substr(s.b, 9, 2) >= '01'
                                       AND left(s.b, 4) <> '0000'
                                       AND substr(s.b, 9, 2)::integer <= CASE substr(s.b, 6, 2)
                                               WHEN '02' THEN 28 + (substr(s.b, 1, 4)::integer % 4 = 0
                                                                    AND (substr(s.b, 1, 4)::integer % 100 <> 0
                                                                         OR substr(s.b, 1, 4)::integer % 400 = 0))::integer
                                               WHEN '04' THEN 30 WHEN '06' THEN 30 WHEN '09' THEN 30 WHEN '11' THEN 30
                                               ELSE 31 END
                                       AND (length(s.b) <= 11
                                            OR (substr(s.b, 12, 2) < '24' AND substr(s.b, 15, 2) < '60'
                                                AND (length(s.b) < 19 OR substr(s.b, 18, 2) < '60')))
                                  THEN CASE WHEN length(s.b) <= 11 THEN left(s.b, 10)::date::timestamptz
                                            ELSE s.b::timestamptz END
                             END
                        WHEN s.b COLLATE "C" ~ v_gs AND left(s.b, 4) <> '0000' THEN
                            CASE WHEN stg.is_date(s.b) THEN
                                CASE WHEN length(s.b) <= 11 THEN left(s.b, 10)::date::timestamptz ELSE s.b::timestamptz END
                            END
                   END AS tb
              FROM (SELECT p.id, btrim(p.sjnr ->> v_a) AS a, btrim(p.sjnr ->> v_b) AS b
                      FROM stg.jypc p
                     WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
                       AND (coalesce(btrim(p.sjnr ->> v_a), '') <> '' OR coalesce(btrim(p.sjnr ->> v_b), '') <> '')
                    OFFSET 0) s
            OFFSET 0) t
     WHERE (t.a <> '' AND t.ta IS NULL)
        OR (t.b <> '' AND t.tb IS NULL)
        OR (v_jt AND t.ta > now())
        OR t.ta > t.tb;
END
$_$;

--
-- Name: FUNCTION jc_rq(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_rq(p_gz jsonb) IS '日期检查：参数 zd 所指字段有值而不是有效日期时间或晚于当前时刻，或参数 q、z 所指起止字段有值而无效、起晚于止的批次行不通过';

--
-- Name: jc_ss(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_ss(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    v_zd   text := p_gz -> 'cs' ->> 'zd';
    v_bt   boolean := coalesce((p_gz -> 'cs' ->> 'bt')::boolean, false);
    v_xs   boolean := coalesce((p_gz -> 'cs' ->> 'xs')::boolean, false);
    v_lx   text[];
    v_mc   text;
    v_dq   bigint[] := '{}';
    v_lxmc text;
BEGIN
    IF v_zd IS NULL OR jsonb_typeof(p_gz -> 'cs' -> 'lx') IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION '规则 % 的参数须为 {"zd": 字段, "bt": 布尔, "lx": [登记种类, …], "xs": 布尔}（收到 %）',
              p_gz ->> 'gzdm', p_gz -> 'cs' USING ERRCODE = '22023';
    END IF;
    SELECT array_agg(t.lx) INTO v_lx FROM jsonb_array_elements_text(p_gz -> 'cs' -> 'lx') AS t(lx);
    v_lxmc := array_to_string(v_lx, '或');
    v_mc := coalesce('{"syywh": "上手业务号", "zxywh": "被注销业务号", "jfywh": "解封业务号"}'::jsonb ->> v_zd || ' ', '')
            || v_zd;

    -- 待处理（待校验、合格）的所有权暂存行，先取出 ID：按主键取这些行，而不是扫描全部登簿结果行再与队列连接
    IF v_xs AND '所有权' = ANY (v_lx) THEN
        v_dq := ARRAY(SELECT q.id FROM stg.dcl q
                       WHERE q.jyzt IN ('待校验', '合格') AND q.djzl = '所有权' ORDER BY q.id);
    END IF;

    RETURN QUERY
    WITH s AS (
        SELECT p.id, coalesce(p.ywh, '') AS ywh, coalesce(btrim(p.sjnr ->> v_zd), '') AS v
          FROM stg.jypc p
         WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
    ),
    -- 暂存区尚未入库的所有权，按其上手业务号与本批行比较（窗口：同一上手业务号的最小、最大业务号）
    zc AS (
        SELECT x.id, x.v, x.pc, x.ywh,
               min(CASE WHEN NOT x.pc THEN x.ywh END) OVER (PARTITION BY x.v) AS mn,
               max(CASE WHEN NOT x.pc THEN x.ywh END) OVER (PARTITION BY x.v) AS mx
          FROM (SELECT s.id, s.v, s.ywh, true AS pc FROM s WHERE s.v <> '' AND v_xs AND '所有权' = ANY (v_lx)
                UNION ALL
                SELECT d.id, btrim(d.sjnr ->> 'syywh'), coalesce(d.ywh, ''), false
                  FROM stg.djsj d
                 WHERE d.id = ANY (v_dq) AND d.lybm = 'dbjg' AND d.czlx <> 'D' AND btrim(d.sjnr ->> 'syywh') <> ''
                OFFSET 0) x
    )
    -- 不通过的行（说明前的数字定先后：1 为空，2 未登记，3 不再现势；每行取最小的一条）
    SELECT t.id, substr(min(t.xx), 2)
      FROM (SELECT s.id, '1' || v_mc || ' 为空：须指明上手的' || v_lxmc || '业务' AS xx
              FROM s
             WHERE s.v = '' AND v_bt
            UNION ALL
            SELECT s.id, '2' || v_mc || '=「' || s.v || '」未登记为' || v_lxmc
                         || '（生产库与暂存区都没有该业务，或它校验不合格）'
              FROM s
             WHERE s.v <> ''
               AND NOT EXISTS (SELECT 1 FROM djjg.fdcq f WHERE f.ywh = s.v AND '所有权' = ANY (v_lx))
               AND NOT EXISTS (SELECT 1 FROM djjg.dyaq a WHERE a.ywh = s.v AND '抵押权' = ANY (v_lx))
               AND NOT EXISTS (SELECT 1 FROM djjg.ygdj g
                                WHERE g.ywh = s.v AND '预告' = ANY (v_lx) AND coalesce(g.ygdjzl, '') NOT IN ('3', '4'))
               AND NOT EXISTS (SELECT 1 FROM djjg.ygdj g
                                WHERE g.ywh = s.v AND '预抵押' = ANY (v_lx) AND g.ygdjzl IN ('3', '4'))
               AND NOT EXISTS (SELECT 1 FROM djjg.cfdj c WHERE c.ywh = s.v AND '查封' = ANY (v_lx))
               AND NOT EXISTS (SELECT 1 FROM djjg.yydj y WHERE y.ywh = s.v AND '异议' = ANY (v_lx))
               AND NOT EXISTS (SELECT 1 FROM stg.djsj d
                                WHERE d.ywh = s.v AND d.lybm = 'dbjg' AND d.djzl = ANY (v_lx) AND d.jyzt <> '不合格'
                                  AND d.czlx <> 'D' AND d.id <> s.id)
            UNION ALL
            SELECT s.id, '3' || v_mc || '=「' || s.v || '」不再现势：已是所有权业务「' || f.ywh || '」的上手'
              FROM s
              JOIN djjg.fdcq f ON f.syywh = s.v
             WHERE s.v <> '' AND v_xs AND '所有权' = ANY (v_lx) AND f.qszt = '1' AND f.ywh <> s.ywh
            UNION ALL
            SELECT zc.id, '3' || v_mc || '=「' || zc.v || '」不再现势：已是所有权业务「'
                          || CASE WHEN zc.mn <> zc.ywh THEN zc.mn ELSE zc.mx END || '」的上手'
              FROM zc
             WHERE zc.pc AND (zc.mn <> zc.ywh OR zc.mx <> zc.ywh)
            UNION ALL
            SELECT s.id, '3' || v_mc || '=「' || s.v || '」不再现势：该预告已注销（'
                         || CASE WHEN btrim(g.zxygywh) <> '' THEN '注销业务号「' || g.zxygywh || '」'
                                 ELSE '权属状态 qszt=2 历史' END || '）'
              FROM s
              JOIN djjg.ygdj g ON g.ywh = s.v
             WHERE s.v <> '' AND v_xs AND '预告' = ANY (v_lx) AND coalesce(g.ygdjzl, '') NOT IN ('3', '4')
               AND (btrim(g.zxygywh) <> '' OR g.qszt = '2')) t
     GROUP BY t.id;
END
$$;

--
-- Name: FUNCTION jc_ss(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_ss(p_gz jsonb) IS '上手业务检查：上手业务号须指向已入库或暂存合格的、参数 lx 所列种类的登记业务（bt 必填，xs 须现势：所有权未被另一件承接、预告未注销）';

--
-- Name: jc_syq_wy(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_syq_wy(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY
    WITH w AS (
        SELECT b.id, b.bdcdyh, b.ywh, b.syywh, b.sy,
               count(*) OVER (PARTITION BY b.bdcdyh) AS n,
               array_agg(b.ywh) OVER (PARTITION BY b.bdcdyh) AS ys,
               array_agg(b.syywh) OVER (PARTITION BY b.bdcdyh) AS ss
          FROM (SELECT p.id, p.bdcdyh, coalesce(p.ywh, '') AS ywh, coalesce(btrim(p.sjnr ->> 'syywh'), '') AS syywh,
                       stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr) AS sy
                  FROM stg.jypc p
                 WHERE p.lybm = 'dbjg' AND p.djzl = '所有权' AND p.czlx <> 'D'
                   AND coalesce(btrim(p.sjnr ->> 'qszt'), '') IN ('1', '')
                   AND btrim(p.bdcdyh) <> ''
                OFFSET 0) b
    ),
    o AS (
        SELECT w.id, w.bdcdyh, '同批' AS ly, u.y AS ywh
          FROM w
         CROSS JOIN LATERAL unnest(w.ys, w.ss) AS u(y, s)
         WHERE w.sy AND w.n > 1 AND u.y <> w.ywh AND u.y <> w.syywh AND u.s <> w.ywh
        UNION ALL
        SELECT w.id, w.bdcdyh, '已入库', f.ywh
          FROM w
          JOIN djjg.fdcq f ON f.bdcdyh = w.bdcdyh
         WHERE w.sy AND f.qszt = '1' AND f.ywh <> w.ywh AND f.ywh <> w.syywh AND coalesce(f.syywh, '') <> w.ywh
    )
    SELECT o.id,
           '不动产单元号 bdcdyh=「' || o.bdcdyh || '」已有现势所有权：'
           || string_agg(o.ly || '业务「' || o.ywh || '」', '、' ORDER BY o.ly DESC, o.ywh)
           || '（本行既不是它的上手也不是它的下手；请核对权属状态 qszt 与上手业务号 syywh）'
      FROM o
     GROUP BY o.id, o.bdcdyh;
END
$$;

--
-- Name: FUNCTION jc_syq_wy(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_syq_wy(p_gz jsonb) IS '一个单元一个现势所有权：现势所有权登簿结果行，若同一单元另有已入库或同批的现势所有权（上下手除外），不通过';

--
-- Name: jc_zd(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_zd(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $_$
DECLARE
    v_mc   jsonb := '{"djlx": "登记类型", "qllx": "权利类型", "ghyt": "规划用途", "fwxz": "房屋性质",
                      "fwjg": "房屋结构", "fwlx": "房屋类型", "qxdm": "区县代码", "qszt": "权属状态",
                      "dybdclx": "抵押不动产类型", "dyfs": "抵押方式", "ygdjzl": "预告登记种类", "cflx": "查封类型",
                      "zjzl": "证件种类", "qlrlx": "权利人类型", "gyfs": "共有方式", "tdyt": "土地用途"}';
    v_cs   text;
BEGIN
    IF jsonb_typeof(p_gz -> 'cs' -> 'zd') IS DISTINCT FROM 'object' OR p_gz -> 'cs' -> 'zd' = '{}'::jsonb THEN
        RAISE EXCEPTION '规则 % 的参数须为 {"zd": {"字段": "代码表", …}}（收到 %）', p_gz ->> 'gzdm', p_gz -> 'cs'
              USING ERRCODE = '22023';
    END IF;

    SELECT string_agg(format(
               'CASE WHEN btrim(p.sjnr ->> %1$L) <> '''' AND NOT ((p.sjnr ->> %1$L) IN (SELECT z.dm FROM zd.%2$I z))'
               ' THEN %3$L || (p.sjnr ->> %1$L) || %4$L END',
               f.key, f.value,
               coalesce(v_mc ->> f.key || ' ', '') || f.key || '=「',
               '」不在代码表 zd.' || f.value || ' 中'), ', ')
      INTO v_cs
      FROM jsonb_each_text(p_gz -> 'cs' -> 'zd') f;

    RETURN QUERY EXECUTE
        'SELECT t.id, t.xx FROM (SELECT p.id, concat_ws(''；'', ' || v_cs || ') AS xx'
        '  FROM stg.jypc p WHERE stg.gz_sy($1, p.djzl, p.lybm, p.czlx, p.sjnr)) t'
        ' WHERE t.xx <> '''''
      USING p_gz;
END
$_$;

--
-- Name: FUNCTION jc_zd(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_zd(p_gz jsonb) IS '代码值检查：参数 zd 所列字段有值而不在对应代码表 zd.<表> 中的批次行不通过，一行的全部不通过字段合成一条说明';

--
-- Name: jc_zjhm(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_zjhm(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY
    SELECT t.id,
           CASE WHEN t.hm = '' THEN '证件号码 zjhm 为空（证件种类 zjzl=' || t.zl || ' ' || t.zlmc || '须填号码）'
                ELSE '证件号码 zjhm=「' || t.hm || '」不是有效的'
                     || CASE t.zl WHEN '1' THEN '公民身份号码（GB 11643' ELSE '统一社会信用代码（GB 32100' END
                     || '，证件种类 zjzl=' || t.zl || ' ' || t.zlmc || '）'
           END
      FROM (SELECT p.id, btrim(p.sjnr ->> 'zjzl') AS zl, coalesce(p.sjnr ->> 'zjhm', '') AS hm,
                   CASE btrim(p.sjnr ->> 'zjzl') WHEN '1' THEN '身份证' ELSE '统一社会信用代码' END AS zlmc
              FROM stg.jypc p
             WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
               AND btrim(p.sjnr ->> 'zjzl') IN ('1', '8')) t
     WHERE btrim(t.hm) = ''
        OR NOT coalesce(CASE t.zl WHEN '1' THEN std.is_valid_sfzh(t.hm) ELSE std.is_valid_uscc(t.hm) END, false);
END
$$;

--
-- Name: FUNCTION jc_zjhm(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_zjhm(p_gz jsonb) IS '证件号码检查：证件种类 1 的号码须为有效公民身份号码（GB 11643），种类 8 的须为有效统一社会信用代码（GB 32100），两者号码为空也不通过';

--
-- Name: jc_zx(jsonb); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.jc_zx(p_gz jsonb) RETURNS TABLE(id bigint, xx text)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY
    WITH s AS (
        SELECT p.id, coalesce(p.ywh, '') AS ywh, btrim(p.sjnr ->> 'zxywh') AS v
          FROM stg.jypc p
         WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
           AND btrim(p.sjnr ->> 'zxywh') <> ''
    ),
    -- 暂存区尚未入库的注销，按被注销业务号与本批行比较（窗口：同一被注销业务号的最小、最大业务号）
    zc AS (
        SELECT x.id, x.v, x.pc, x.ywh,
               min(CASE WHEN NOT x.pc THEN x.ywh END) OVER (PARTITION BY x.v) AS mn,
               max(CASE WHEN NOT x.pc THEN x.ywh END) OVER (PARTITION BY x.v) AS mx
          FROM (SELECT s.id, s.v, s.ywh, true AS pc FROM s
                UNION ALL
                SELECT d.id, btrim(d.sjnr ->> 'zxywh'), coalesce(d.ywh, ''), false
                  FROM stg.dcl q
                  JOIN stg.djsj d ON d.id = q.id
                 WHERE q.jyzt IN ('待校验', '合格') AND q.djzl = '注销' AND d.lybm = 'dbjg' AND d.czlx <> 'D'
                   AND btrim(d.sjnr ->> 'zxywh') <> ''
                OFFSET 0) x
    )
    -- 不通过的行（说明前的数字定先后：1 未登记，2 已被注销；每行取最小的一条）
    SELECT t.id, '被注销业务号 zxywh=「' || substr(min(t.xx), 2)
      FROM (SELECT s.id,
                   '1' || s.v || '」未登记：生产库与暂存区都没有该权利（所有权、抵押权、预告、查封、异议），或它校验不合格'
                   AS xx
              FROM s
             WHERE NOT EXISTS (SELECT 1 FROM djjg.fdcq f WHERE f.ywh = s.v)
               AND NOT EXISTS (SELECT 1 FROM djjg.dyaq a WHERE a.ywh = s.v)
               AND NOT EXISTS (SELECT 1 FROM djjg.ygdj g WHERE g.ywh = s.v)
               AND NOT EXISTS (SELECT 1 FROM djjg.cfdj c WHERE c.ywh = s.v)
               AND NOT EXISTS (SELECT 1 FROM djjg.yydj y WHERE y.ywh = s.v)
               AND NOT EXISTS (SELECT 1 FROM stg.djsj d
                                WHERE d.ywh = s.v AND d.lybm = 'dbjg' AND d.djzl <> '注销' AND d.jyzt <> '不合格'
                                  AND d.czlx <> 'D')
            UNION ALL
            SELECT s.id, '2' || s.v || '」已被注销业务「' || z.ywh || '」注销'
              FROM s JOIN djjg.zxdj z ON z.zxywh = s.v
             WHERE z.ywh <> s.ywh
            UNION ALL
            SELECT s.id, '2' || s.v || '」已被注销业务「' || a.zxdyywh || '」注销'
              FROM s JOIN djjg.dyaq a ON a.ywh = s.v
             WHERE btrim(a.zxdyywh) <> '' AND a.zxdyywh <> s.ywh
            UNION ALL
            SELECT s.id, '2' || s.v || '」已被注销业务「' || g.zxygywh || '」注销'
              FROM s JOIN djjg.ygdj g ON g.ywh = s.v
             WHERE btrim(g.zxygywh) <> '' AND g.zxygywh <> s.ywh
            UNION ALL
            SELECT s.id, '2' || s.v || '」已被注销业务「' || y.zxyyywh || '」注销'
              FROM s JOIN djjg.yydj y ON y.ywh = s.v
             WHERE btrim(y.zxyyywh) <> '' AND y.zxyyywh <> s.ywh
            UNION ALL
            SELECT zc.id, '2' || zc.v || '」已被注销业务「' || CASE WHEN zc.mn <> zc.ywh THEN zc.mn ELSE zc.mx END
                          || '」注销'
              FROM zc
             WHERE zc.pc AND (zc.mn <> zc.ywh OR zc.mx <> zc.ywh)) t
     GROUP BY t.id;
END
$$;

--
-- Name: FUNCTION jc_zx(p_gz jsonb); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.jc_zx(p_gz jsonb) IS '注销指明被注销业务：被注销业务号须指向已入库或暂存合格的权利，且未被另一件业务注销，否则不通过';

--
-- Name: load_rows(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.load_rows() RETURNS jsonb
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_zl    text[];
    v_sc    boolean;
    v_rkd   boolean;
    v_djyw  integer := 0;
    v_bdcdy integer := 0;
    v_td    integer := 0;
    v_fdcq  integer := 0;
    v_dyaq  integer := 0;
    v_ygdj  integer := 0;
    v_cfdj  integer := 0;
    v_yydj  integer := 0;
    v_zxdj  integer := 0;
    v_qlr   integer := 0;
    v_zs    integer := 0;
    v_yx    integer := 0;
    v_sf    integer := 0;
    v_fm    integer := 0;
    v_wsh   integer := 0;
    v_bm    text;
    v_n     integer;
BEGIN
    ANALYZE stg.jypc (lybm, djzl, czlx, rk, ywh, bdcdyh);

    SELECT coalesce(array_agg(DISTINCT CASE WHEN p.lybm = 'dbjg_dy' THEN 'dbjg' ELSE p.lybm END || '/' || p.djzl),
                    '{}'),
           coalesce(bool_or(p.czlx = 'D'), false),
           coalesce(bool_or(p.czlx = 'D' AND p.lybm IN ('dbjg', 'dbjg_dy')), false)
      INTO v_zl, v_sc, v_rkd
      FROM stg.jypc p
     WHERE p.rk;
    IF cardinality(v_zl) = 0 THEN
        RETURN '{}'::jsonb;
    END IF;
    PERFORM set_config('jydj.rk_sc', CASE WHEN v_sc THEN 'on' ELSE 'off' END, true);

    IF EXISTS (SELECT 1 FROM unnest(v_zl) AS z(zl) WHERE left(z.zl, 5) = 'gxzb/') THEN
        v_djyw := stg.rk_djyw();
    END IF;
    IF 'bdcdy/单元' = ANY (v_zl) THEN
        v_bdcdy := stg.rk_bdcdy();
    END IF;
    IF 'td/土地' = ANY (v_zl) THEN
        v_td := stg.rk_td();
    END IF;
    IF v_rkd OR 'dbjg/所有权' = ANY (v_zl) THEN
        v_fdcq := stg.rk_fdcq();
    END IF;
    IF v_rkd OR 'dbjg/抵押权' = ANY (v_zl) THEN
        v_dyaq := stg.rk_dyaq();
    END IF;
    IF v_rkd OR v_zl && ARRAY['dbjg/预告', 'dbjg/预抵押'] THEN
        v_ygdj := stg.rk_ygdj();
    END IF;
    IF v_rkd OR 'dbjg/查封' = ANY (v_zl) THEN
        v_cfdj := stg.rk_cfdj();
    END IF;
    IF v_rkd OR 'dbjg/异议' = ANY (v_zl) THEN
        v_yydj := stg.rk_yydj();
    END IF;
    IF v_rkd OR 'dbjg/注销' = ANY (v_zl) THEN
        v_zxdj := stg.rk_zxdj();
    END IF;
    IF 'qlr/权利人' = ANY (v_zl) THEN
        v_qlr := stg.rk_qlr();
    END IF;
    IF 'zs/证书' = ANY (v_zl) THEN
        v_zs := stg.rk_zs();
    END IF;
    IF 'yx/影像' = ANY (v_zl) THEN
        v_yx := stg.rk_yx();
    END IF;
    IF 'sf/收费' = ANY (v_zl) THEN
        v_sf := stg.rk_sf();
    END IF;
    IF 'fwbm_sq/赋码申请' = ANY (v_zl) THEN
        v_fm := stg.rk_fm();
    END IF;

    FOR v_bm, v_n IN
        SELECT t.bm, t.n
          FROM (VALUES ('djjg.djyw', v_djyw), ('djjg.fdcq', v_fdcq), ('djjg.dyaq', v_dyaq), ('djjg.dyaq_dy', v_dyaq),
                       ('djjg.ygdj', v_ygdj), ('djjg.cfdj', v_cfdj), ('djjg.yydj', v_yydj), ('djjg.zxdj', v_zxdj),
                       ('djjg.qlr', v_qlr), ('djjg.zs', v_zs), ('djjg.yx', v_yx)) AS t(bm, n)
          JOIN pg_catalog.pg_class c ON c.oid = t.bm::regclass
         WHERE t.n >= 1000 AND t.n > c.reltuples
    LOOP
        EXECUTE 'ANALYZE ' || v_bm;
    END LOOP;

    v_wsh := stg.rk_wsh();
    PERFORM set_config('jydj.rk_sc', '', true);
    RETURN json_build_object(
        'rk_djyw', v_djyw,
        'rk_bdcdy', v_bdcdy,
        'rk_td', v_td,
        'rk_fdcq', v_fdcq,
        'rk_dyaq', v_dyaq,
        'rk_ygdj', v_ygdj,
        'rk_cfdj', v_cfdj,
        'rk_yydj', v_yydj,
        'rk_zxdj', v_zxdj,
        'rk_qlr', v_qlr,
        'rk_zs', v_zs,
        'rk_yx', v_yx,
        'rk_sf', v_sf,
        'rk_fm', v_fm,
        'rk_wsh', v_wsh
    )::jsonb;
END
$$;

--
-- Name: FUNCTION load_rows(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.load_rows() IS '把本批合格行写入生产表并做数据完善（只调用有行可写的入库过程 stg.rk_*，最后调用完善过程 stg.rk_wsh）；返回各过程写入行数';

--
-- Name: qlbl_num(text); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.qlbl_num(p_v text) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $_$
SELECT CASE
           WHEN btrim(p_v) COLLATE "C" ~ '^[0-9]+(\.[0-9]+)?$' THEN round(btrim(p_v)::numeric, 4)
           WHEN btrim(p_v) COLLATE "C" ~ '^[0-9]+(\.[0-9]+)?%$'
               THEN round(rtrim(btrim(p_v), '%')::numeric / 100, 4)
           WHEN btrim(p_v) COLLATE "C" ~ '^[0-9]+/[0-9]*[1-9][0-9]*$'
               THEN round(split_part(btrim(p_v), '/', 1)::numeric / split_part(btrim(p_v), '/', 2)::numeric, 4)
           ELSE NULL
       END
$_$;

--
-- Name: FUNCTION qlbl_num(p_v text); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.qlbl_num(p_v text) IS '权利比例文本换算为小数：0.5、50%、1/2 三种写法，四舍五入到 4 位；无法换算返回 NULL';

--
-- Name: requeue(text, text, text, text, text); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.requeue(p_gzdm text, p_bdcdyh text, p_czr text, p_ly text, p_yy text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
BEGIN
    UPDATE stg.djsj d
       SET jyzt = '待校验'
     WHERE d.id IN (SELECT q.id FROM stg.dcl q WHERE q.jyzt = '不合格')
       AND d.jyzt = '不合格'
       AND (p_bdcdyh IS NULL OR d.bdcdyh = p_bdcdyh)
       AND (p_gzdm IS NULL OR d.jyjg @> json_build_array(json_build_object('gzdm', p_gzdm))::jsonb);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgh, ly, yy)
    VALUES (p_czr, '重新校验', 'stg.djsj', NULL,
            json_build_object('gzdm', p_gzdm, 'bdcdyh', p_bdcdyh, 'rows', v_n)::jsonb, p_ly, p_yy);
    RETURN v_n;
END
$$;

--
-- Name: FUNCTION requeue(p_gzdm text, p_bdcdyh text, p_czr text, p_ly text, p_yy text); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.requeue(p_gzdm text, p_bdcdyh text, p_czr text, p_ly text, p_yy text) IS '把不合格的暂存行（可限规则、单元）重新置为待校验，记操作日志；返回行数';

--
-- Name: rk_bdcdy(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.rk_bdcdy() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
    v_d integer;
BEGIN
    v_d := 0;
    -- 删除墓碑：本批有删除行时才做（stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        DELETE FROM djjg.bdcdy t
         USING stg.jypc p
         WHERE p.rk AND p.lybm = 'bdcdy' AND p.czlx = 'D' AND t.bdcdyh = p.sjnr ->> 'bdcdyh';
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.bdcdy t
    USING (SELECT s.*
             FROM (SELECT p.sjnr ->> 'bdcdyh' AS bdcdyh,
                          p.sjnr ->> 'ywh' AS ywh,
                          p.sjnr ->> 'fwbm' AS fwbm,
                          p.sjnr ->> 'zddm' AS zddm,
                          p.sjnr ->> 'zrzh' AS zrzh,
                          p.sjnr ->> 'ljzh' AS ljzh,
                          p.sjnr ->> 'zl' AS zl,
                          p.sjnr ->> 'zh' AS zh,
                          p.sjnr ->> 'dyh' AS dyh,
                          p.sjnr ->> 'szc' AS szc,
                          (p.sjnr ->> 'sjc')::integer AS sjc,
                          p.sjnr ->> 'hh' AS hh,
                          p.sjnr ->> 'shbw' AS shbw,
                          (p.sjnr ->> 'jzmj')::numeric(12,2) AS jzmj,
                          (p.sjnr ->> 'tnjzmj')::numeric(12,2) AS tnjzmj,
                          (p.sjnr ->> 'ftjzmj')::numeric(12,2) AS ftjzmj,
                          p.sjnr ->> 'ghyt' AS ghyt,
                          p.sjnr ->> 'fwjg' AS fwjg,
                          p.sjnr ->> 'fwxz' AS fwxz,
                          p.sjnr ->> 'fwlx' AS fwlx,
                          (p.sjnr ->> 'zcs')::integer AS zcs,
                          p.sjnr ->> 'qxdm' AS qxdm
                     FROM stg.jypc p
                    WHERE p.rk AND p.lybm = 'bdcdy' AND p.czlx <> 'D') s
             LEFT JOIN djjg.bdcdy o ON o.bdcdyh = s.bdcdyh
            WHERE o.id IS NULL
               OR (o.ywh, o.fwbm, o.zddm, o.zrzh, o.ljzh, o.zl, o.zh, o.dyh, o.szc, o.sjc, o.hh, o.shbw, o.jzmj,
                   o.tnjzmj, o.ftjzmj, o.ghyt, o.fwjg, o.fwxz, o.fwlx, o.zcs, o.qxdm)
                  IS DISTINCT FROM
                  (s.ywh, s.fwbm, s.zddm, s.zrzh, s.ljzh, s.zl, s.zh, s.dyh, s.szc, s.sjc, s.hh, s.shbw, s.jzmj,
                   s.tnjzmj, s.ftjzmj, s.ghyt, s.fwjg, s.fwxz, s.fwlx, s.zcs, s.qxdm)) s
       ON (t.bdcdyh = s.bdcdyh)
     WHEN MATCHED THEN
        UPDATE SET ywh = s.ywh, fwbm = s.fwbm, zddm = s.zddm, zrzh = s.zrzh, ljzh = s.ljzh, zl = s.zl, zh = s.zh,
                   dyh = s.dyh, szc = s.szc, sjc = s.sjc, hh = s.hh, shbw = s.shbw, jzmj = s.jzmj,
                   tnjzmj = s.tnjzmj, ftjzmj = s.ftjzmj, ghyt = s.ghyt, fwjg = s.fwjg, fwxz = s.fwxz,
                   fwlx = s.fwlx, zcs = s.zcs, qxdm = s.qxdm, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (bdcdyh, ywh, fwbm, zddm, zrzh, ljzh, zl, zh, dyh, szc, sjc, hh, shbw, jzmj, tnjzmj, ftjzmj, ghyt,
                fwjg, fwxz, fwlx, zcs, qxdm)
        VALUES (s.bdcdyh, s.ywh, s.fwbm, s.zddm, s.zrzh, s.ljzh, s.zl, s.zh, s.dyh, s.szc, s.sjc, s.hh, s.shbw,
                s.jzmj, s.tnjzmj, s.ftjzmj, s.ghyt, s.fwjg, s.fwxz, s.fwlx, s.zcs, s.qxdm);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

--
-- Name: FUNCTION rk_bdcdy(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.rk_bdcdy() IS '不动产单元行入库：按不动产单元号合并到 djjg.bdcdy（与生产行相同的不写），删除墓碑删去单元行；返回写入与删除的行数';

--
-- Name: rk_cfdj(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.rk_cfdj() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
    v_d integer;
    v_j integer;
    v_c integer;
BEGIN
    v_d := 0;
    v_c := 0;
    -- 删除墓碑：本批有删除行时才做（stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        DELETE FROM djjg.cfdj t
         USING stg.jypc p
         WHERE p.rk AND p.czlx = 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND t.ywh = p.ywh
           AND (p.lybm = 'dbjg'
                OR (t.bdcdyh = p.sjnr ->> 'bdcdyh'
                    AND NOT EXISTS (SELECT 1 FROM stg.djsj f
                                     WHERE f.lybm = 'dbjg' AND f.lyzj = replace(replace(p.ywh, '\', '\\'), '|', '\|')
                                           AND f.czlx <> 'D' AND f.bdcdyh = t.bdcdyh)));
        GET DIAGNOSTICS v_d = ROW_COUNT;

        -- 删除的解封（或注销）业务：撤回它记在查封上的解封
        UPDATE djjg.cfdj t
           SET jfywh = NULL, jfjg = NULL, jfwh = NULL, jfwj = NULL, jfdbr = NULL, jfsj = NULL, qszt = '1'
         WHERE t.jfywh IN (SELECT p.ywh FROM stg.jypc p WHERE p.rk AND p.czlx = 'D' AND p.lybm = 'dbjg');
        GET DIAGNOSTICS v_c = ROW_COUNT;
    END IF;

    MERGE INTO djjg.cfdj t
    USING (SELECT s.ywh, s.bdcdyh, s.fwbm, s.djlx, s.cfjg, s.cflx, s.cfwj, s.cfwh, s.cfqssj, s.cfjssj, s.cffw,
                  coalesce(s.jfywh, o.jfywh) AS jfywh, s.qxdm, s.djjg, s.dbr, s.djsj, s.fj,
                  CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END AS qszt
             FROM (SELECT u.ywh,
                          u.bdcdyh,
                          coalesce(g.fwbm, h.fwbm) AS fwbm,
                          u.sjnr ->> 'djlx' AS djlx,
                          u.sjnr ->> 'cfjg' AS cfjg,
                          u.sjnr ->> 'cflx' AS cflx,
                          u.sjnr ->> 'cfwj' AS cfwj,
                          u.sjnr ->> 'cfwh' AS cfwh,
                          (u.sjnr ->> 'cfqssj')::date AS cfqssj,
                          (u.sjnr ->> 'cfjssj')::date AS cfjssj,
                          u.sjnr ->> 'cffw' AS cffw,
                          u.sjnr ->> 'jfywh' AS jfywh,
                          u.sjnr ->> 'qxdm' AS qxdm,
                          u.sjnr ->> 'djjg' AS djjg,
                          u.sjnr ->> 'dbr' AS dbr,
                          (u.sjnr ->> 'djsj')::timestamptz AS djsj,
                          u.sjnr ->> 'fj' AS fj,
                          coalesce(u.sjnr ->> 'qszt', '1') AS qszt
                     FROM (SELECT DISTINCT ON (a.ywh, a.bdcdyh) a.ywh, a.bdcdyh, a.sjnr
                             FROM (SELECT p.ywh, p.sjnr ->> 'bdcdyh' AS bdcdyh, p.sjnr,
                                          CASE WHEN p.lybm = 'dbjg_dy' THEN 0 ELSE 1 END AS yx
                                     FROM stg.jypc p
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND p.djzl = '查封'
                                      AND strpos(coalesce(p.sjnr ->> 'djxl', ''), '解封') = 0
                                      AND p.sjnr ->> 'bdcdyh' IS NOT NULL
                                   UNION ALL
                                   SELECT p.ywh, d.bdcdyh, p.sjnr || d.sjnr, 0
                                     FROM stg.jypc p
                                     JOIN stg.djsj d ON d.ywh = p.ywh AND (d.lybm = 'dbjg_dy') IS TRUE AND d.czlx <> 'D'
                                                    AND (d.jyzt = '已入库') IS TRUE
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg' AND p.djzl = '查封'
                                      AND strpos(coalesce(p.sjnr ->> 'djxl', ''), '解封') = 0) a
                            ORDER BY a.ywh, a.bdcdyh, a.yx) u
                     LEFT JOIN gl.fw_dy g ON g.bdcdyh = u.bdcdyh AND g.zt = '有效'
                     LEFT JOIN lpb.h h ON h.fwbm = u.sjnr ->> 'fwbm') s
             LEFT JOIN djjg.cfdj o ON o.ywh = s.ywh AND o.bdcdyh = s.bdcdyh
            WHERE o.id IS NULL
               OR (o.fwbm, o.djlx, o.cfjg, o.cflx, o.cfwj, o.cfwh, o.cfqssj, o.cfjssj, o.cffw, o.jfywh, o.qxdm, o.djjg,
                   o.dbr, o.djsj, o.fj, o.qszt)
                  IS DISTINCT FROM
                  (s.fwbm, s.djlx, s.cfjg, s.cflx, s.cfwj, s.cfwh, s.cfqssj, s.cfjssj, s.cffw,
                   coalesce(s.jfywh, o.jfywh), s.qxdm, s.djjg, s.dbr, s.djsj, s.fj,
                   CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END)) s
       ON (t.ywh = s.ywh AND t.bdcdyh = s.bdcdyh)
     WHEN MATCHED THEN
        UPDATE SET fwbm = s.fwbm, djlx = s.djlx, cfjg = s.cfjg, cflx = s.cflx, cfwj = s.cfwj, cfwh = s.cfwh,
                   cfqssj = s.cfqssj, cfjssj = s.cfjssj, cffw = s.cffw, jfywh = s.jfywh, qxdm = s.qxdm,
                   djjg = s.djjg, dbr = s.dbr, djsj = s.djsj, fj = s.fj, qszt = s.qszt, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, bdcdyh, fwbm, djlx, cfjg, cflx, cfwj, cfwh, cfqssj, cfjssj, cffw, jfywh, qxdm, djjg, dbr, djsj,
                fj, qszt)
        VALUES (s.ywh, s.bdcdyh, s.fwbm, s.djlx, s.cfjg, s.cflx, s.cfwj, s.cfwh, s.cfqssj, s.cfjssj, s.cffw,
                s.jfywh, s.qxdm, s.djjg, s.dbr, s.djsj, s.fj, s.qszt);
    GET DIAGNOSTICS v_n = ROW_COUNT;

    -- 解封：记在所解除的查封行上
    UPDATE djjg.cfdj t
       SET jfywh = r.ywh, jfjg = r.cfjg, jfwh = r.cfwh, jfwj = r.cfwj, jfdbr = r.dbr, jfsj = r.djsj, qszt = '2'
      FROM (SELECT DISTINCT ON (c.id) c.id, j.ywh, j.cfjg, j.cfwh, j.cfwj, j.dbr, j.djsj
              FROM (SELECT p.ywh,
                           p.lybm,
                           p.sjnr ->> 'syywh' AS syywh,
                           p.sjnr ->> 'bdcdyh' AS bdcdyh,
                           p.sjnr ->> 'cfjg' AS cfjg,
                           p.sjnr ->> 'cfwh' AS cfwh,
                           p.sjnr ->> 'cfwj' AS cfwj,
                           p.sjnr ->> 'dbr' AS dbr,
                           (p.sjnr ->> 'djsj')::timestamptz AS djsj
                      FROM stg.jypc p
                     WHERE p.rk AND p.czlx <> 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND p.djzl = '查封'
                       AND strpos(coalesce(p.sjnr ->> 'djxl', ''), '解封') > 0) j
              JOIN djjg.cfdj c ON c.ywh = j.syywh AND (c.bdcdyh = j.bdcdyh OR (j.lybm = 'dbjg' AND j.bdcdyh IS NULL))
             ORDER BY c.id, j.djsj DESC, j.ywh DESC) r
     WHERE t.id = r.id
       AND (t.jfywh, t.jfjg, t.jfwh, t.jfwj, t.jfdbr, t.jfsj, t.qszt)
           IS DISTINCT FROM (r.ywh, r.cfjg, r.cfwh, r.cfwj, r.dbr, r.djsj, '2');
    GET DIAGNOSTICS v_j = ROW_COUNT;
    RETURN v_n + v_d + v_j + v_c;
END
$$;

--
-- Name: FUNCTION rk_cfdj(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.rk_cfdj() IS '查封登簿结果入库：查封每单元一行按 (业务号, 单元号) 合并到 djjg.cfdj，解封记在所解除的查封行上（解封列、qszt 2），删除墓碑删去行或撤回解封；返回写入、更新与删除的行数';

--
-- Name: rk_djyw(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.rk_djyw() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
    v_d integer;
BEGIN
    MERGE INTO djjg.djyw t
    USING (SELECT p.sjnr ->> 'ywh' AS ywh,
                  p.sjnr ->> 'ywlx' AS ywlx,
                  p.sjnr ->> 'djlx' AS djlx,
                  p.sjnr ->> 'qllx' AS qllx,
                  p.sjnr ->> 'djxl' AS djxl,
                  p.sjnr ->> 'ywzt' AS ywzt,
                  p.sjnr ->> 'fwbm' AS fwbm,
                  p.sjnr ->> 'bdcdyh' AS bdcdyh,
                  p.sjnr ->> 'htbh' AS htbh,
                  p.sjnr ->> 'slbh' AS slbh,
                  p.sjnr ->> 'jyywh' AS jyywh,
                  p.sjnr ->> 'glywh' AS glywh,
                  p.sjnr ->> 'bdcqzh' AS bdcqzh,
                  p.sjnr ->> 'qxdm' AS qxdm,
                  (p.sjnr ->> 'mxsl')::integer AS mxsl,
                  (p.sjnr ->> 'bjsj')::timestamptz AS bjsj,
                  (p.sjnr ->> 'tssj')::timestamptz AS tssj
             FROM stg.jypc p
            WHERE p.rk AND p.lybm = 'gxzb' AND p.czlx <> 'D') s
       ON (t.ywh = s.ywh)
     WHEN MATCHED THEN
        UPDATE SET ywlx = s.ywlx, djlx = s.djlx, qllx = s.qllx, djxl = s.djxl, ywzt = s.ywzt, fwbm = s.fwbm,
                   bdcdyh = s.bdcdyh, htbh = s.htbh, slbh = s.slbh, jyywh = s.jyywh, glywh = s.glywh,
                   bdcqzh = s.bdcqzh, qxdm = s.qxdm, mxsl = s.mxsl, bjsj = s.bjsj, tssj = s.tssj, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, ywlx, djlx, qllx, djxl, ywzt, fwbm, bdcdyh, htbh, slbh, jyywh, glywh, bdcqzh, qxdm, mxsl,
                bjsj, tssj)
        VALUES (s.ywh, s.ywlx, s.djlx, s.qllx, s.djxl, s.ywzt, s.fwbm, s.bdcdyh, s.htbh, s.slbh, s.jyywh, s.glywh,
                s.bdcqzh, s.qxdm, s.mxsl, s.bjsj, s.tssj);
    GET DIAGNOSTICS v_n = ROW_COUNT;

    DELETE FROM djjg.djyw t
     USING stg.jypc p
     WHERE p.rk AND p.lybm = 'gxzb' AND p.czlx = 'D' AND t.ywh = p.ywh;
    GET DIAGNOSTICS v_d = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

--
-- Name: FUNCTION rk_djyw(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.rk_djyw() IS '共享主表行入库：按业务号合并到登记业务 djjg.djyw，删除墓碑删去业务行；返回写入与删除的行数';

--
-- Name: rk_dyaq(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.rk_dyaq() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
    v_u integer;
    v_d integer;
    v_e integer;
BEGIN
    v_d := 0;
    v_e := 0;
    -- 删除墓碑：本批有删除行时才做（stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        DELETE FROM djjg.dyaq t
         USING stg.jypc p
         WHERE p.rk AND p.czlx = 'D' AND p.lybm = 'dbjg' AND t.ywh = p.ywh;
        GET DIAGNOSTICS v_d = ROW_COUNT;

        DELETE FROM djjg.dyaq_dy t
         USING stg.jypc p
         WHERE p.rk AND p.czlx = 'D' AND p.lybm = 'dbjg_dy' AND t.ywh = p.ywh AND t.bdcdyh = p.sjnr ->> 'bdcdyh'
           AND NOT EXISTS (SELECT 1 FROM stg.djsj f
                            WHERE f.lybm = 'dbjg' AND f.lyzj = replace(replace(p.ywh, '\', '\\'), '|', '\|')
                                  AND f.czlx <> 'D' AND f.bdcdyh = t.bdcdyh);
        GET DIAGNOSTICS v_e = ROW_COUNT;
    END IF;

    MERGE INTO djjg.dyaq t
    USING (SELECT s.ywh, s.bdcdyh, s.djlx, s.djyy, s.dybdclx, s.dyfs, s.dyr, s.dyqr, s.bdbzzqse, s.zgzqse,
                  s.zwlxqssj, s.zwlxjssj, coalesce(s.bdcdjzmh, o.bdcdjzmh) AS bdcdjzmh, s.syywh, s.qxdm, s.djjg,
                  s.dbr, s.djsj, s.fj, CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END AS qszt
             FROM (SELECT a.ywh,
                          a.bdcdyh,
                          a.sjnr ->> 'djlx' AS djlx,
                          a.sjnr ->> 'djyy' AS djyy,
                          a.sjnr ->> 'dybdclx' AS dybdclx,
                          a.sjnr ->> 'dyfs' AS dyfs,
                          a.sjnr ->> 'dyr' AS dyr,
                          a.sjnr ->> 'dyqr' AS dyqr,
                          (a.sjnr ->> 'bdbzzqse')::numeric(18,2) AS bdbzzqse,
                          (a.sjnr ->> 'zgzqse')::numeric(18,2) AS zgzqse,
                          (a.sjnr ->> 'zwlxqssj')::date AS zwlxqssj,
                          (a.sjnr ->> 'zwlxjssj')::date AS zwlxjssj,
                          a.sjnr ->> 'bdcqzh' AS bdcdjzmh,
                          a.sjnr ->> 'syywh' AS syywh,
                          a.sjnr ->> 'qxdm' AS qxdm,
                          a.sjnr ->> 'djjg' AS djjg,
                          a.sjnr ->> 'dbr' AS dbr,
                          (a.sjnr ->> 'djsj')::timestamptz AS djsj,
                          a.sjnr ->> 'fj' AS fj,
                          coalesce(a.sjnr ->> 'qszt', '1') AS qszt
                     FROM (SELECT DISTINCT ON (b.ywh) b.ywh, b.bdcdyh, b.sjnr
                             FROM (SELECT p.ywh, p.sjnr ->> 'bdcdyh' AS bdcdyh, p.sjnr, 0 AS yx
                                     FROM stg.jypc p
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg' AND p.djzl = '抵押权'
                                   UNION ALL
                                   SELECT p.ywh, f.bdcdyh, f.sjnr, 1
                                     FROM stg.jypc p
                                     JOIN stg.djsj f ON f.lybm = 'dbjg' AND f.lyzj = replace(replace(p.ywh, '\', '\\'), '|', '\|')
                                           AND f.czlx <> 'D'
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg_dy' AND p.djzl = '抵押权') b
                            ORDER BY b.ywh, b.yx) a) s
             LEFT JOIN djjg.dyaq o ON o.ywh = s.ywh
            WHERE o.id IS NULL
               OR (o.bdcdyh, o.djlx, o.djyy, o.dybdclx, o.dyfs, o.dyr, o.dyqr, o.bdbzzqse, o.zgzqse, o.zwlxqssj,
                   o.zwlxjssj, o.bdcdjzmh, o.syywh, o.qxdm, o.djjg, o.dbr, o.djsj, o.fj, o.qszt)
                  IS DISTINCT FROM
                  (s.bdcdyh, s.djlx, s.djyy, s.dybdclx, s.dyfs, s.dyr, s.dyqr, s.bdbzzqse, s.zgzqse, s.zwlxqssj,
                   s.zwlxjssj, coalesce(s.bdcdjzmh, o.bdcdjzmh), s.syywh, s.qxdm, s.djjg, s.dbr, s.djsj, s.fj,
                   CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END)) s
       ON (t.ywh = s.ywh)
     WHEN MATCHED THEN
        UPDATE SET bdcdyh = s.bdcdyh, djlx = s.djlx, djyy = s.djyy, dybdclx = s.dybdclx, dyfs = s.dyfs, dyr = s.dyr,
                   dyqr = s.dyqr, bdbzzqse = s.bdbzzqse, zgzqse = s.zgzqse, zwlxqssj = s.zwlxqssj,
                   zwlxjssj = s.zwlxjssj, bdcdjzmh = s.bdcdjzmh, syywh = s.syywh, qxdm = s.qxdm, djjg = s.djjg,
                   dbr = s.dbr, djsj = s.djsj, fj = s.fj, qszt = s.qszt, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, bdcdyh, djlx, djyy, dybdclx, dyfs, dyr, dyqr, bdbzzqse, zgzqse, zwlxqssj, zwlxjssj, bdcdjzmh,
                syywh, qxdm, djjg, dbr, djsj, fj, qszt)
        VALUES (s.ywh, s.bdcdyh, s.djlx, s.djyy, s.dybdclx, s.dyfs, s.dyr, s.dyqr, s.bdbzzqse, s.zgzqse,
                s.zwlxqssj, s.zwlxjssj, s.bdcdjzmh, s.syywh, s.qxdm, s.djjg, s.dbr, s.djsj, s.fj, s.qszt);
    GET DIAGNOSTICS v_n = ROW_COUNT;

    MERGE INTO djjg.dyaq_dy t
    USING (SELECT s.ywh, s.bdcdyh, s.fwbm, s.zl, coalesce(o.bdcqzh, s.bdcqzh) AS bdcqzh, s.dymj, s.djsj
             FROM (SELECT u.ywh,
                          u.bdcdyh,
                          coalesce(g.fwbm, h.fwbm) AS fwbm,
                          u.sjnr ->> 'zl' AS zl,
                          coalesce((SELECT f.bdcqzh FROM djjg.fdcq f
                                     WHERE f.bdcdyh = u.bdcdyh AND f.qszt = '1' AND f.bdcqzh IS NOT NULL
                                     ORDER BY f.djsj DESC, f.id DESC LIMIT 1),
                                   (SELECT f.bdcqzh FROM djjg.fdcq f
                                     WHERE f.ywh = u.sjnr ->> 'syywh' AND f.bdcdyh = u.bdcdyh)) AS bdcqzh,
                          coalesce((u.sjnr ->> 'jzmj')::numeric(12,2), b.jzmj) AS dymj,
                          (u.sjnr ->> 'djsj')::timestamptz AS djsj
                     FROM (SELECT DISTINCT ON (a.ywh, a.bdcdyh) a.ywh, a.bdcdyh, a.sjnr
                             FROM (SELECT p.ywh, p.sjnr ->> 'bdcdyh' AS bdcdyh, p.sjnr,
                                          CASE WHEN p.lybm = 'dbjg_dy' THEN 0 ELSE 1 END AS yx
                                     FROM stg.jypc p
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND p.djzl = '抵押权'
                                      AND p.sjnr ->> 'bdcdyh' IS NOT NULL
                                   UNION ALL
                                   SELECT p.ywh, d.bdcdyh, p.sjnr || d.sjnr, 0
                                     FROM stg.jypc p
                                     JOIN stg.djsj d ON d.ywh = p.ywh AND (d.lybm = 'dbjg_dy') IS TRUE AND d.czlx <> 'D'
                                                    AND (d.jyzt = '已入库') IS TRUE
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg' AND p.djzl = '抵押权') a
                            ORDER BY a.ywh, a.bdcdyh, a.yx) u
                     LEFT JOIN gl.fw_dy g ON g.bdcdyh = u.bdcdyh AND g.zt = '有效'
                     LEFT JOIN lpb.h h ON h.fwbm = u.sjnr ->> 'fwbm'
                     LEFT JOIN djjg.bdcdy b ON b.bdcdyh = u.bdcdyh) s
             LEFT JOIN djjg.dyaq_dy o ON o.ywh = s.ywh AND o.bdcdyh = s.bdcdyh
            WHERE o.id IS NULL
               OR (o.fwbm, o.zl, o.bdcqzh, o.dymj, o.djsj)
                  IS DISTINCT FROM (s.fwbm, s.zl, coalesce(o.bdcqzh, s.bdcqzh), s.dymj, s.djsj)) s
       ON (t.ywh = s.ywh AND t.bdcdyh = s.bdcdyh)
     WHEN MATCHED THEN
        UPDATE SET fwbm = s.fwbm, zl = s.zl, bdcqzh = s.bdcqzh, dymj = s.dymj, djsj = s.djsj, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, bdcdyh, fwbm, zl, bdcqzh, dymj, djsj)
        VALUES (s.ywh, s.bdcdyh, s.fwbm, s.zl, s.bdcqzh, s.dymj, s.djsj);
    GET DIAGNOSTICS v_u = ROW_COUNT;
    RETURN v_n + v_u + v_d + v_e;
END
$$;

--
-- Name: FUNCTION rk_dyaq(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.rk_dyaq() IS '抵押权登簿结果入库：每业务一行合并到 djjg.dyaq，每单元一行合并到 djjg.dyaq_dy（多证抵押；单元证书号取现势房地产权，抵押面积取单元建筑面积；与生产行相同的不写），删除墓碑删去业务或单元；返回写入与删除的行数';

--
-- Name: rk_fdcq(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.rk_fdcq() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
    v_d integer;
BEGIN
    v_d := 0;
    -- 删除墓碑：本批有删除行时才做（stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        DELETE FROM djjg.fdcq t
         USING stg.jypc p
         WHERE p.rk AND p.czlx = 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND t.ywh = p.ywh
           AND (p.lybm = 'dbjg'
                OR (t.bdcdyh = p.sjnr ->> 'bdcdyh'
                    AND NOT EXISTS (SELECT 1 FROM stg.djsj f
                                     WHERE f.lybm = 'dbjg' AND f.lyzj = replace(replace(p.ywh, '\', '\\'), '|', '\|')
                                           AND f.czlx <> 'D' AND f.bdcdyh = t.bdcdyh)));
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.fdcq t
    USING (SELECT s.ywh, s.bdcdyh, s.fwbm, s.djlx, s.djyy, s.qllx, s.fdzl, s.jzmj, s.ghyt, s.fwxz, s.fdcjyjg,
                  coalesce(s.bdcqzh, o.bdcqzh) AS bdcqzh, s.qxdm, s.djjg, s.dbr, s.djsj, s.fj, s.syywh,
                  CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END AS qszt
             FROM (SELECT u.ywh,
                          u.bdcdyh,
                          coalesce(g.fwbm, h.fwbm) AS fwbm,
                          u.sjnr ->> 'djlx' AS djlx,
                          u.sjnr ->> 'djyy' AS djyy,
                          u.sjnr ->> 'qllx' AS qllx,
                          u.sjnr ->> 'zl' AS fdzl,
                          (u.sjnr ->> 'jzmj')::numeric(12,2) AS jzmj,
                          u.sjnr ->> 'ghyt' AS ghyt,
                          u.sjnr ->> 'fwxz' AS fwxz,
                          (u.sjnr ->> 'fdcjyjg')::numeric(18,2) AS fdcjyjg,
                          u.sjnr ->> 'bdcqzh' AS bdcqzh,
                          u.sjnr ->> 'qxdm' AS qxdm,
                          u.sjnr ->> 'djjg' AS djjg,
                          u.sjnr ->> 'dbr' AS dbr,
                          (u.sjnr ->> 'djsj')::timestamptz AS djsj,
                          u.sjnr ->> 'fj' AS fj,
                          u.sjnr ->> 'syywh' AS syywh,
                          coalesce(u.sjnr ->> 'qszt', '1') AS qszt
                     FROM (SELECT DISTINCT ON (a.ywh, a.bdcdyh) a.ywh, a.bdcdyh, a.sjnr
                             FROM (SELECT p.ywh, p.sjnr ->> 'bdcdyh' AS bdcdyh, p.sjnr,
                                          CASE WHEN p.lybm = 'dbjg_dy' THEN 0 ELSE 1 END AS yx
                                     FROM stg.jypc p
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm IN ('dbjg', 'dbjg_dy')
                                      AND p.djzl = '所有权' AND p.sjnr ->> 'bdcdyh' IS NOT NULL
                                   UNION ALL
                                   SELECT p.ywh, d.bdcdyh, p.sjnr || d.sjnr, 0
                                     FROM stg.jypc p
                                     JOIN stg.djsj d ON d.ywh = p.ywh AND (d.lybm = 'dbjg_dy') IS TRUE AND d.czlx <> 'D'
                                                    AND (d.jyzt = '已入库') IS TRUE
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg' AND p.djzl = '所有权') a
                            ORDER BY a.ywh, a.bdcdyh, a.yx) u
                     LEFT JOIN gl.fw_dy g ON g.bdcdyh = u.bdcdyh AND g.zt = '有效'
                     LEFT JOIN lpb.h h ON h.fwbm = u.sjnr ->> 'fwbm') s
             LEFT JOIN djjg.fdcq o ON o.ywh = s.ywh AND o.bdcdyh = s.bdcdyh
            WHERE o.id IS NULL
               OR (o.fwbm, o.djlx, o.djyy, o.qllx, o.fdzl, o.jzmj, o.ghyt, o.fwxz, o.fdcjyjg, o.bdcqzh, o.qxdm,
                   o.djjg, o.dbr, o.djsj, o.fj, o.syywh, o.qszt)
                  IS DISTINCT FROM
                  (s.fwbm, s.djlx, s.djyy, s.qllx, s.fdzl, s.jzmj, s.ghyt, s.fwxz, s.fdcjyjg,
                   coalesce(s.bdcqzh, o.bdcqzh), s.qxdm, s.djjg, s.dbr, s.djsj, s.fj, s.syywh,
                   CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END)) s
       ON (t.ywh = s.ywh AND t.bdcdyh = s.bdcdyh)
     WHEN MATCHED THEN
        UPDATE SET fwbm = s.fwbm, djlx = s.djlx, djyy = s.djyy, qllx = s.qllx, fdzl = s.fdzl, jzmj = s.jzmj,
                   ghyt = s.ghyt, fwxz = s.fwxz, fdcjyjg = s.fdcjyjg, bdcqzh = s.bdcqzh, qxdm = s.qxdm,
                   djjg = s.djjg, dbr = s.dbr, djsj = s.djsj, fj = s.fj, syywh = s.syywh, qszt = s.qszt,
                   rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, bdcdyh, fwbm, djlx, djyy, qllx, fdzl, jzmj, ghyt, fwxz, fdcjyjg, bdcqzh, qxdm, djjg, dbr,
                djsj, fj, syywh, qszt)
        VALUES (s.ywh, s.bdcdyh, s.fwbm, s.djlx, s.djyy, s.qllx, s.fdzl, s.jzmj, s.ghyt, s.fwxz, s.fdcjyjg,
                s.bdcqzh, s.qxdm, s.djjg, s.dbr, s.djsj, s.fj, s.syywh, s.qszt);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

--
-- Name: FUNCTION rk_fdcq(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.rk_fdcq() IS '所有权登簿结果入库：每单元一行按 (业务号, 单元号) 合并到 djjg.fdcq（房屋编码取挂接，历史状态不被改回；与生产行相同的不写），删除墓碑删去业务或单元的行；返回写入与删除的行数';

--
-- Name: rk_fm(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.rk_fm() RETURNS integer
    LANGUAGE plpgsql
    AS $_$
DECLARE
    v_pp    jsonb := '{"lybm": "fwbm_sq", "cs": {"jc": "pp"}}';
    v_start bigint;
    v_want  integer;
    v_n     integer;
    v_m     integer;
    v_miss  text;
BEGIN
    SELECT count(*)
      INTO v_want
      FROM stg.jypc p
     WHERE p.rk AND p.lybm = 'fwbm_sq' AND p.czlx <> 'D'
       AND NOT EXISTS (SELECT 1 FROM lpb.fwbm_fp f WHERE f.sqid = p.lyzj);
    IF v_want = 0 THEN
        RETURN 0;
    END IF;

    -- 2. 锁住要赋码的户所在的自然幢
    PERFORM z.id
       FROM lpb.zrz z
      WHERE z.id IN (SELECT l.zrz_id
                       FROM stg.jc_fm(v_pp) m
                       JOIN lpb.h h ON h.id = m.xx::bigint
                       JOIN lpb.ljz l ON l.id = h.ljz_id)
      ORDER BY z.id
        FOR UPDATE;

    -- 3. 赋码（加锁之后的新快照：并发调用已提交的编码可见）
    v_start := coalesce((SELECT max(f.id) FROM lpb.fwbm_fp f), 0);
    INSERT INTO lpb.fwbm_fp (fwbm, h_id, zrz_id, bdcdyh, sqid, ywh, czr)
    WITH m AS (         -- 申请与它唯一相符的户、户所在的自然幢
        SELECT t.id AS sid, t.xx::bigint AS h_id, l.zrz_id
          FROM stg.jc_fm(v_pp) t
          JOIN lpb.h h ON h.id = t.xx::bigint
          JOIN lpb.ljz l ON l.id = h.ljz_id
    ),
    zs AS (
        SELECT DISTINCT m.zrz_id FROM m
    ),
    u AS (              -- 各幢已用的最大户顺序码：幢内各户（含已灭失）与分配记录（该幢或该前缀）
        SELECT c.zrz_id, max(substr(c.fwbm, 18, 5)::integer) AS zd
          FROM (SELECT zs.zrz_id, h.fwbm
                  FROM zs
                  JOIN lpb.ljz l ON l.zrz_id = zs.zrz_id
                  JOIN lpb.h h ON h.ljz_id = l.id
                 WHERE h.fwbm IS NOT NULL
                UNION ALL
                SELECT zs.zrz_id, f.fwbm
                  FROM zs
                  JOIN lpb.fwbm_fp f ON f.zrz_id = zs.zrz_id
                UNION ALL
                SELECT zs.zrz_id, f.fwbm
                  FROM zs
                  JOIN lpb.zrz z ON z.id = zs.zrz_id
                  JOIN lpb.fwbm_fp f ON left(f.fwbm, 17) = left(z.fwbm, 17)) c
          JOIN lpb.zrz z ON z.id = c.zrz_id
         WHERE left(c.fwbm, 17) = left(z.fwbm, 17)
           AND substr(c.fwbm, 18, 5) COLLATE "C" ~ '^[0-9]{5}$'
         GROUP BY c.zrz_id
    ),
    a AS (
        SELECT m.h_id, m.zrz_id, left(z.fwbm, 17) AS qz, p.bdcdyh, p.lyzj AS sqid,
               coalesce(u.zd, 0) + row_number() OVER (PARTITION BY m.zrz_id ORDER BY p.id) AS xh
          FROM m
          JOIN stg.jypc p ON p.id = m.sid
          JOIN lpb.zrz z ON z.id = m.zrz_id
          LEFT JOIN u ON u.zrz_id = m.zrz_id
    )
    SELECT b.bt || coalesce(std.fwbm_check_char(b.bt), '?'),
           b.h_id, b.zrz_id, b.bdcdyh, b.sqid,
           'FM' || to_char(now(), 'YYYY') || lpad(nextval('yw.fmywh_xl')::text, 9, '0'),
           coalesce(nullif(current_setting('jydj.czr', true), ''), current_user)
      FROM (SELECT a.*,
                   -- 超过 99999 时不截断（lpad 会截断），写出的编码长度不是 23，下面检查并抛出
                   a.qz || CASE WHEN a.xh <= 99999 THEN lpad(a.xh::text, 5, '0') ELSE a.xh::text END AS bt
              FROM a) b
     ORDER BY b.zrz_id, b.xh;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    IF v_n <> v_want THEN
        SELECT string_agg(p.lyzj, '、' ORDER BY p.id) INTO v_miss
          FROM stg.jypc p
         WHERE p.rk AND p.lybm = 'fwbm_sq' AND p.czlx <> 'D'
           AND NOT EXISTS (SELECT 1 FROM lpb.fwbm_fp f WHERE f.sqid = p.lyzj);
        RAISE EXCEPTION '房屋编码申请 % 没有唯一相符的未编码房屋（或幢没有有效的幢房屋编码），不能赋码', v_miss;
    END IF;
    IF EXISTS (SELECT 1 FROM lpb.fwbm_fp f WHERE f.id > v_start AND length(f.fwbm) <> 23) THEN
        RAISE EXCEPTION '自然幢的户顺序码已用尽（超过 99999），不能再赋码';
    END IF;

    -- 4. 户、挂接、赋码业务（只看本次写入的分配记录：id 在 v_start 之后且属于本批申请）
    UPDATE lpb.h h
       SET fwbm = f.fwbm, gxsj = now()
      FROM lpb.fwbm_fp f
     WHERE f.id > v_start AND f.h_id = h.id AND h.fwbm IS NULL
       AND f.sqid IN (SELECT p.lyzj FROM stg.jypc p WHERE p.rk AND p.lybm = 'fwbm_sq' AND p.czlx <> 'D');
    GET DIAGNOSTICS v_m = ROW_COUNT;
    IF v_m <> v_n THEN
        RAISE EXCEPTION '赋码时有 % 户已不是未编码状态（并发修改），本批赋码放弃', v_n - v_m;
    END IF;

    INSERT INTO gl.fw_dy (fwbm, bdcdyh, ppdf, glfs, glyj, czr)
    SELECT f.fwbm, f.bdcdyh, 1, '精确', json_build_object('ly', '赋码', 'sqid', f.sqid)::jsonb, 'stg.rk_fm'
      FROM lpb.fwbm_fp f
     WHERE f.id > v_start
       AND f.sqid IN (SELECT p.lyzj FROM stg.jypc p WHERE p.rk AND p.lybm = 'fwbm_sq' AND p.czlx <> 'D');

    INSERT INTO yw.jyyw (ywh, ywlx, fwbm, h_id, qxdm, xmbh, zt, bjsj, slr, bz)
    SELECT f.ywh, 'FWBM', f.fwbm, f.h_id, x.qxdm, x.xmbh, '办结', now(), '房屋编码赋码', f.sqid
      FROM lpb.fwbm_fp f
      JOIN lpb.zrz z ON z.id = f.zrz_id
      JOIN lpb.xm x ON x.id = z.xm_id
     WHERE f.id > v_start
       AND f.sqid IN (SELECT p.lyzj FROM stg.jypc p WHERE p.rk AND p.lybm = 'fwbm_sq' AND p.czlx <> 'D')
     ORDER BY f.id;

    RETURN v_n;
END
$_$;

--
-- Name: FUNCTION rk_fm(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.rk_fm() IS '房屋编码赋码：本批合格的房屋编码申请各给唯一相符的未编码户赋新编码（幢前缀 + 幢内递增户顺序码 + 校验码，锁幢、永不复用），记分配、挂接单元、建已办结 FWBM 业务推回赋码结果；返回赋码个数';

--
-- Name: rk_qlr(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.rk_qlr() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
    v_d integer;
BEGIN
    v_d := 0;
    -- 删除墓碑：本批有删除行时才做（stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        DELETE FROM djjg.qlr t
         USING stg.jypc p
         WHERE p.rk AND p.lybm = 'qlr' AND p.czlx = 'D'
           AND t.ywh = p.sjnr ->> 'ywh' AND t.sqrlb = p.sjnr ->> 'sqrlb' AND t.sxh = (p.sjnr ->> 'sxh')::integer;
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.qlr t
    USING (SELECT s.ywh, coalesce(s.bdcdyh, o.bdcdyh) AS bdcdyh, s.sqrlb, s.sxh, s.qlrmc, s.zjzl, s.zjhm, s.qlrlx,
                  s.gyfs, s.qlbl, s.bdcqzh, s.dh, s.dz, coalesce(s.djsj, o.djsj) AS djsj
             FROM (SELECT p.ywh,
                          (SELECT f.bdcdyh FROM stg.djsj f
                            WHERE f.lybm = 'dbjg' AND f.lyzj = replace(replace(p.ywh, '\', '\\'), '|', '\|')
                                  AND f.czlx <> 'D') AS bdcdyh,
                          p.sjnr ->> 'sqrlb' AS sqrlb,
                          (p.sjnr ->> 'sxh')::integer AS sxh,
                          p.sjnr ->> 'qlrmc' AS qlrmc,
                          p.sjnr ->> 'zjzl' AS zjzl,
                          p.sjnr ->> 'zjhm' AS zjhm,
                          p.sjnr ->> 'qlrlx' AS qlrlx,
                          p.sjnr ->> 'gyfs' AS gyfs,
                          stg.qlbl_num(p.sjnr ->> 'qlbl') AS qlbl,
                          p.sjnr ->> 'bdcqzh' AS bdcqzh,
                          p.sjnr ->> 'dh' AS dh,
                          p.sjnr ->> 'dz' AS dz,
                          coalesce((SELECT max(f.djsj) FROM djjg.fdcq f WHERE f.ywh = p.ywh),
                                   (SELECT a.djsj FROM djjg.dyaq a WHERE a.ywh = p.ywh),
                                   (SELECT max(g.djsj) FROM djjg.ygdj g WHERE g.ywh = p.ywh),
                                   (SELECT max(c.djsj) FROM djjg.cfdj c WHERE c.ywh = p.ywh),
                                   (SELECT max(y.djsj) FROM djjg.yydj y WHERE y.ywh = p.ywh),
                                   (SELECT max(z.djsj) FROM djjg.zxdj z WHERE z.ywh = p.ywh)) AS djsj
                     FROM (SELECT p.sjnr ->> 'ywh' AS ywh, p.sjnr
                             FROM stg.jypc p
                            WHERE p.rk AND p.lybm = 'qlr' AND p.czlx <> 'D') p) s
             LEFT JOIN djjg.qlr o ON o.ywh = s.ywh AND o.sqrlb = s.sqrlb AND o.sxh = s.sxh
            WHERE o.id IS NULL
               OR (o.bdcdyh, o.qlrmc, o.zjzl, o.zjhm, o.qlrlx, o.gyfs, o.qlbl, o.bdcqzh, o.dh, o.dz, o.djsj)
                  IS DISTINCT FROM
                  (coalesce(s.bdcdyh, o.bdcdyh), s.qlrmc, s.zjzl, s.zjhm, s.qlrlx, s.gyfs, s.qlbl, s.bdcqzh,
                   s.dh, s.dz, coalesce(s.djsj, o.djsj))) s
       ON (t.ywh = s.ywh AND t.sqrlb = s.sqrlb AND t.sxh = s.sxh)
     WHEN MATCHED THEN
        UPDATE SET bdcdyh = s.bdcdyh, qlrmc = s.qlrmc, zjzl = s.zjzl, zjhm = s.zjhm, qlrlx = s.qlrlx,
                   gyfs = s.gyfs, qlbl = s.qlbl, bdcqzh = s.bdcqzh, dh = s.dh, dz = s.dz, djsj = s.djsj,
                   rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, bdcdyh, sqrlb, sxh, qlrmc, zjzl, zjhm, qlrlx, gyfs, qlbl, bdcqzh, dh, dz, djsj)
        VALUES (s.ywh, s.bdcdyh, s.sqrlb, s.sxh, s.qlrmc, s.zjzl, s.zjhm, s.qlrlx, s.gyfs, s.qlbl, s.bdcqzh,
                s.dh, s.dz, s.djsj);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

--
-- Name: FUNCTION rk_qlr(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.rk_qlr() IS '权利人行入库：按 (业务号, 申请人类别, 顺序号) 合并到 djjg.qlr（权利比例换算、单元号取所属登簿结果；与生产行相同的不写），删除墓碑删去当事人行；返回写入与删除的行数';

--
-- Name: rk_sf(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.rk_sf() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
    v_d integer;
BEGIN
    v_d := 0;
    -- 删除墓碑：本批有删除行时才做（stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        DELETE FROM djjg.sf t
         USING stg.jypc p
         WHERE p.rk AND p.lybm = 'sf' AND p.czlx = 'D'
           AND t.ywh = p.sjnr ->> 'ywh' AND t.sxh = (p.sjnr ->> 'sxh')::integer;
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.sf t
    USING (SELECT s.*
             FROM (SELECT p.sjnr ->> 'ywh' AS ywh,
                          (p.sjnr ->> 'sxh')::integer AS sxh,
                          p.sjnr ->> 'djywh' AS djywh,
                          p.sjnr ->> 'sfdh' AS sfdh,
                          p.sjnr ->> 'sfxm' AS sfxm,
                          p.sjnr ->> 'sfbz' AS sfbz,
                          (p.sjnr ->> 'sl')::numeric(12,2) AS sl,
                          (p.sjnr ->> 'je')::numeric(18,2) AS je,
                          p.sjnr ->> 'jfrmc' AS jfrmc,
                          (p.sjnr ->> 'sfsj')::timestamptz AS sfsj,
                          p.sjnr ->> 'sfzt' AS sfzt
                     FROM stg.jypc p
                    WHERE p.rk AND p.lybm = 'sf' AND p.czlx <> 'D') s
             LEFT JOIN djjg.sf o ON o.ywh = s.ywh AND o.sxh = s.sxh
            WHERE o.id IS NULL
               OR (o.djywh, o.sfdh, o.sfxm, o.sfbz, o.sl, o.je, o.jfrmc, o.sfsj, o.sfzt)
                  IS DISTINCT FROM (s.djywh, s.sfdh, s.sfxm, s.sfbz, s.sl, s.je, s.jfrmc, s.sfsj, s.sfzt)) s
       ON (t.ywh = s.ywh AND t.sxh = s.sxh)
     WHEN MATCHED THEN
        UPDATE SET djywh = s.djywh, sfdh = s.sfdh, sfxm = s.sfxm, sfbz = s.sfbz, sl = s.sl, je = s.je,
                   jfrmc = s.jfrmc, sfsj = s.sfsj, sfzt = s.sfzt, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, sxh, djywh, sfdh, sfxm, sfbz, sl, je, jfrmc, sfsj, sfzt)
        VALUES (s.ywh, s.sxh, s.djywh, s.sfdh, s.sfxm, s.sfbz, s.sl, s.je, s.jfrmc, s.sfsj, s.sfzt);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

--
-- Name: FUNCTION rk_sf(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.rk_sf() IS '收费行入库：按 (业务号, 顺序号) 合并到 djjg.sf（与生产行相同的不写），删除墓碑删去收费明细；返回写入与删除的行数';

--
-- Name: rk_td(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.rk_td() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
    v_d integer;
BEGIN
    v_d := 0;
    -- 删除墓碑：本批有删除行时才做（stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        DELETE FROM djjg.td t
         USING stg.jypc p
         WHERE p.rk AND p.lybm = 'td' AND p.czlx = 'D' AND t.zddm = p.sjnr ->> 'zddm';
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.td t
    USING (SELECT s.*
             FROM (SELECT p.sjnr ->> 'zddm' AS zddm,
                          p.sjnr ->> 'ywh' AS ywh,
                          p.sjnr ->> 'bdcdyh' AS bdcdyh,
                          p.sjnr ->> 'zl' AS zl,
                          (p.sjnr ->> 'zdmj')::numeric(12,2) AS zdmj,
                          p.sjnr ->> 'tdyt' AS tdyt,
                          p.sjnr ->> 'qllx' AS qllx,
                          p.sjnr ->> 'qlxz' AS qlxz,
                          p.sjnr ->> 'syqx' AS syqx,
                          (p.sjnr ->> 'tdsyqssj')::date AS tdsyqssj,
                          (p.sjnr ->> 'tdsyjssj')::date AS tdsyjssj,
                          p.sjnr ->> 'qxdm' AS qxdm
                     FROM stg.jypc p
                    WHERE p.rk AND p.lybm = 'td' AND p.czlx <> 'D') s
             LEFT JOIN djjg.td o ON o.zddm = s.zddm
            WHERE o.id IS NULL
               OR (o.ywh, o.bdcdyh, o.zl, o.zdmj, o.tdyt, o.qllx, o.qlxz, o.syqx, o.tdsyqssj, o.tdsyjssj, o.qxdm)
                  IS DISTINCT FROM
                  (s.ywh, s.bdcdyh, s.zl, s.zdmj, s.tdyt, s.qllx, s.qlxz, s.syqx, s.tdsyqssj, s.tdsyjssj, s.qxdm)) s
       ON (t.zddm = s.zddm)
     WHEN MATCHED THEN
        UPDATE SET ywh = s.ywh, bdcdyh = s.bdcdyh, zl = s.zl, zdmj = s.zdmj, tdyt = s.tdyt, qllx = s.qllx,
                   qlxz = s.qlxz, syqx = s.syqx, tdsyqssj = s.tdsyqssj, tdsyjssj = s.tdsyjssj, qxdm = s.qxdm,
                   rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (zddm, ywh, bdcdyh, zl, zdmj, tdyt, qllx, qlxz, syqx, tdsyqssj, tdsyjssj, qxdm)
        VALUES (s.zddm, s.ywh, s.bdcdyh, s.zl, s.zdmj, s.tdyt, s.qllx, s.qlxz, s.syqx, s.tdsyqssj, s.tdsyjssj,
                s.qxdm);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

--
-- Name: FUNCTION rk_td(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.rk_td() IS '土地行入库：按宗地代码合并到 djjg.td（与生产行相同的不写），删除墓碑删去宗地行；返回写入与删除的行数';

--
-- Name: rk_wsh(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.rk_wsh() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_yw  text[];
    v_sc  text[];
    v_dy  text[];
    v_n   integer;
    v_k   integer := 0;
BEGIN
    v_yw := ARRAY(SELECT DISTINCT x.ywh
                    FROM stg.jypc p,
                         unnest(ARRAY[p.ywh, CASE WHEN p.lybm IN ('zs', 'yx') THEN p.sjnr ->> 'djywh' END]) AS x(ywh)
                   WHERE p.rk AND p.czlx <> 'D' AND x.ywh IS NOT NULL
                     AND (p.lybm IN ('dbjg', 'dbjg_dy', 'qlr', 'zs', 'yx') OR (p.lybm = 'gxzb' AND p.sjnr ->> 'ywlx' = 'DB')));
    v_sc := '{}';
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        v_sc := ARRAY(SELECT p.ywh FROM stg.jypc p WHERE p.rk AND p.czlx = 'D' AND p.lybm = 'dbjg');
    END IF;

    -- a. 上下手 ------------------------------------------------------------------------------------------------
    UPDATE djjg.fdcq x
       SET qszt = '2'
      FROM djjg.fdcq s
     WHERE s.ywh = ANY (v_yw) AND x.ywh = s.syywh AND s.ywh <> x.ywh AND x.qszt = '1'
       AND (x.bdcdyh = s.bdcdyh
            OR NOT EXISTS (SELECT 1 FROM djjg.fdcq s2 JOIN djjg.fdcq x2 ON x2.bdcdyh = s2.bdcdyh
                            WHERE s2.ywh = s.ywh AND x2.ywh = x.ywh));
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.fdcq x
       SET qszt = '2'
      FROM djjg.fdcq s
     WHERE x.ywh = ANY (v_yw) AND s.syywh = x.ywh AND s.ywh <> x.ywh AND x.qszt = '1'
       AND (x.bdcdyh = s.bdcdyh
            OR NOT EXISTS (SELECT 1 FROM djjg.fdcq s2 JOIN djjg.fdcq x2 ON x2.bdcdyh = s2.bdcdyh
                            WHERE s2.ywh = s.ywh AND x2.ywh = x.ywh));
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.dyaq x
       SET qszt = '2'
      FROM djjg.dyaq s
     WHERE s.ywh = ANY (v_yw) AND x.ywh = s.syywh AND s.ywh <> x.ywh AND x.qszt = '1';
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.dyaq x
       SET qszt = '2'
      FROM djjg.dyaq s
     WHERE x.ywh = ANY (v_yw) AND s.syywh = x.ywh AND s.ywh <> x.ywh AND x.qszt = '1';
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.ygdj x
       SET qszt = '2'
      FROM djjg.ygdj s
     WHERE s.ywh = ANY (v_yw) AND x.ywh = s.syywh AND s.ywh <> x.ywh AND x.bdcdyh = s.bdcdyh AND x.qszt = '1'
       AND (coalesce(x.ygdjzl, '1') IN ('3', '4')) = (coalesce(s.ygdjzl, '1') IN ('3', '4'));
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.ygdj x
       SET qszt = '2'
      FROM djjg.ygdj s
     WHERE x.ywh = ANY (v_yw) AND s.syywh = x.ywh AND s.ywh <> x.ywh AND x.bdcdyh = s.bdcdyh AND x.qszt = '1'
       AND (coalesce(x.ygdjzl, '1') IN ('3', '4')) = (coalesce(s.ygdjzl, '1') IN ('3', '4'));
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    -- b. 回填 --------------------------------------------------------------------------------------------------
    UPDATE djjg.fdcq t
       SET bdcqzh = c.bdcqzh
      FROM (SELECT DISTINCT ON (f.id) f.id, z.bdcqzh
              FROM djjg.fdcq f
              JOIN djjg.zs z ON z.ywh = f.ywh AND (z.bdcdyh = f.bdcdyh OR z.bdcdyh IS NULL)
             WHERE f.ywh = ANY (v_yw) AND f.bdcqzh IS NULL
             ORDER BY f.id, z.bdcdyh IS NULL, z.zslx = '不动产权证书' DESC, z.zszt = '有效' DESC, z.fzsj DESC NULLS LAST,
                      z.bdcqzh) c
     WHERE t.id = c.id;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.dyaq t
       SET bdcdjzmh = c.bdcqzh
      FROM (SELECT DISTINCT ON (a.id) a.id, z.bdcqzh
              FROM djjg.dyaq a
              JOIN djjg.zs z ON z.ywh = a.ywh
             WHERE a.ywh = ANY (v_yw) AND a.bdcdjzmh IS NULL
             ORDER BY a.id, z.zslx = '不动产登记证明' DESC, z.zszt = '有效' DESC, z.fzsj DESC NULLS LAST, z.bdcqzh) c
     WHERE t.id = c.id;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.ygdj t
       SET bdcdjzmh = c.bdcqzh
      FROM (SELECT DISTINCT ON (g.id) g.id, z.bdcqzh
              FROM djjg.ygdj g
              JOIN djjg.zs z ON z.ywh = g.ywh AND (z.bdcdyh = g.bdcdyh OR z.bdcdyh IS NULL)
             WHERE g.ywh = ANY (v_yw) AND g.bdcdjzmh IS NULL
             ORDER BY g.id, z.bdcdyh IS NULL, z.zslx = '不动产登记证明' DESC, z.zszt = '有效' DESC,
                      z.fzsj DESC NULLS LAST, z.bdcqzh) c
     WHERE t.id = c.id;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.yydj t
       SET bdcdjzmh = c.bdcqzh
      FROM (SELECT DISTINCT ON (y.id) y.id, z.bdcqzh
              FROM djjg.yydj y
              JOIN djjg.zs z ON z.ywh = y.ywh AND (z.bdcdyh = y.bdcdyh OR z.bdcdyh IS NULL)
             WHERE y.ywh = ANY (v_yw) AND y.bdcdjzmh IS NULL
             ORDER BY y.id, z.bdcdyh IS NULL, z.zslx = '不动产登记证明' DESC, z.zszt = '有效' DESC,
                      z.fzsj DESC NULLS LAST, z.bdcqzh) c
     WHERE t.id = c.id;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.dyaq_dy t
       SET bdcqzh = c.bdcqzh
      FROM (SELECT d.id,
                   (SELECT f.bdcqzh FROM djjg.fdcq f
                     WHERE f.bdcdyh = d.bdcdyh AND f.qszt = '1' AND f.bdcqzh IS NOT NULL
                     ORDER BY f.djsj DESC, f.id DESC LIMIT 1) AS bdcqzh
              FROM (SELECT d.id, d.bdcdyh FROM djjg.dyaq_dy d WHERE d.ywh = ANY (v_yw) AND d.bdcqzh IS NULL
                    UNION
                    SELECT d.id, d.bdcdyh FROM djjg.fdcq f JOIN djjg.dyaq_dy d ON d.bdcdyh = f.bdcdyh
                     WHERE f.ywh = ANY (v_yw) AND d.bdcqzh IS NULL) d) c
     WHERE t.id = c.id AND c.bdcqzh IS NOT NULL;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.ygdj t
       SET qlr = coalesce(t.qlr, q.qlr), ywr = coalesce(t.ywr, q.ywr), ywrzjzl = coalesce(t.ywrzjzl, q.ywrzjzl),
           ywrzjhm = coalesce(t.ywrzjhm, q.ywrzjhm)
      FROM (SELECT r.ywh,
                   string_agg(CASE WHEN r.sqrlb = '权利人' THEN r.qlrmc END, '、' ORDER BY r.sxh) AS qlr,
                   string_agg(CASE WHEN r.sqrlb = '义务人' THEN r.qlrmc END, '、' ORDER BY r.sxh) AS ywr,
                   (array_agg(CASE WHEN r.sqrlb = '义务人' THEN r.zjzl END ORDER BY r.sqrlb <> '义务人', r.sxh))[1]
                       AS ywrzjzl,
                   (array_agg(CASE WHEN r.sqrlb = '义务人' THEN r.zjhm END ORDER BY r.sqrlb <> '义务人', r.sxh))[1]
                       AS ywrzjhm
              FROM djjg.qlr r
             WHERE r.ywh IN (SELECT g.ywh FROM djjg.ygdj g
                              WHERE g.ywh = ANY (v_yw)
                                AND (g.qlr IS NULL OR g.ywr IS NULL OR g.ywrzjzl IS NULL OR g.ywrzjhm IS NULL))
             GROUP BY r.ywh) q
     WHERE t.ywh = q.ywh
       AND (t.qlr, t.ywr, t.ywrzjzl, t.ywrzjhm)
           IS DISTINCT FROM (coalesce(t.qlr, q.qlr), coalesce(t.ywr, q.ywr), coalesce(t.ywrzjzl, q.ywrzjzl),
                             coalesce(t.ywrzjhm, q.ywrzjhm));
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.qlr t
       SET bdcdyh = coalesce(t.bdcdyh, c.bdcdyh), djsj = coalesce(t.djsj, c.djsj)
      FROM (SELECT q.id,
                   (SELECT f.bdcdyh FROM stg.djsj f
                     WHERE f.lybm = 'dbjg' AND f.lyzj = replace(replace(q.ywh, '\', '\\'), '|', '\|')
                       AND f.czlx <> 'D') AS bdcdyh,
                   coalesce((SELECT max(f.djsj) FROM djjg.fdcq f WHERE f.ywh = q.ywh),
                            (SELECT a.djsj FROM djjg.dyaq a WHERE a.ywh = q.ywh),
                            (SELECT max(g.djsj) FROM djjg.ygdj g WHERE g.ywh = q.ywh),
                            (SELECT max(c.djsj) FROM djjg.cfdj c WHERE c.ywh = q.ywh),
                            (SELECT max(y.djsj) FROM djjg.yydj y WHERE y.ywh = q.ywh),
                            (SELECT max(z.djsj) FROM djjg.zxdj z WHERE z.ywh = q.ywh)) AS djsj
              FROM djjg.qlr q
             WHERE q.ywh = ANY (v_yw) AND (q.bdcdyh IS NULL OR q.djsj IS NULL)) c
     WHERE t.id = c.id
       AND (t.bdcdyh, t.djsj) IS DISTINCT FROM (coalesce(t.bdcdyh, c.bdcdyh), coalesce(t.djsj, c.djsj));
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.zs t
       SET djsj = c.djsj
      FROM (SELECT z.id,
                   coalesce((SELECT max(f.djsj) FROM djjg.fdcq f WHERE f.ywh = z.ywh),
                            (SELECT a.djsj FROM djjg.dyaq a WHERE a.ywh = z.ywh),
                            (SELECT max(g.djsj) FROM djjg.ygdj g WHERE g.ywh = z.ywh),
                            (SELECT max(c.djsj) FROM djjg.cfdj c WHERE c.ywh = z.ywh),
                            (SELECT max(y.djsj) FROM djjg.yydj y WHERE y.ywh = z.ywh),
                            (SELECT max(x.djsj) FROM djjg.zxdj x WHERE x.ywh = z.ywh)) AS djsj
              FROM djjg.zs z
             WHERE z.ywh = ANY (v_yw) AND z.djsj IS NULL) c
     WHERE t.id = c.id AND c.djsj IS NOT NULL;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.yx t
       SET djsj = c.djsj
      FROM (SELECT x.id,
                   coalesce((SELECT max(f.djsj) FROM djjg.fdcq f WHERE f.ywh = x.ywh),
                            (SELECT a.djsj FROM djjg.dyaq a WHERE a.ywh = x.ywh),
                            (SELECT max(g.djsj) FROM djjg.ygdj g WHERE g.ywh = x.ywh),
                            (SELECT max(c.djsj) FROM djjg.cfdj c WHERE c.ywh = x.ywh),
                            (SELECT max(y.djsj) FROM djjg.yydj y WHERE y.ywh = x.ywh),
                            (SELECT max(z.djsj) FROM djjg.zxdj z WHERE z.ywh = x.ywh)) AS djsj
              FROM djjg.yx x
             WHERE x.ywh = ANY (v_yw) AND x.djsj IS NULL) c
     WHERE t.id = c.id AND c.djsj IS NOT NULL;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.dyaq t
       SET zjjzwdyfw = c.fw
      FROM (SELECT d.ywh,
                   '共 ' || count(*) || ' 个不动产单元，抵押面积合计 ' || coalesce(sum(d.dymj), 0) || ' 平方米' AS fw
              FROM djjg.dyaq_dy d
             WHERE d.ywh = ANY (v_yw)
             GROUP BY d.ywh
            HAVING count(*) > 1) c
     WHERE t.ywh = c.ywh AND t.zjjzwdyfw IS DISTINCT FROM c.fw;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    -- c. 业务挂接 ----------------------------------------------------------------------------------------------
    DELETE FROM gl.yw_gl t
     WHERE t.czr = 'stg.rk_wsh' AND (t.djywh = ANY (v_sc) OR t.sjdjywh = ANY (v_sc));
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    SELECT 'YG_HT', c.jyywh, c.djywh, NULL, 1, '精确', c.glyj, 'stg.rk_wsh'
      FROM (SELECT DISTINCT ON (g.ywh) g.ywh AS djywh, j.ywh AS jyywh,
                   json_build_object('yj', '合同编号', 'htbh', g.htbh, 'jyywh', j.ywh, 'jyywlx', j.ywlx)::jsonb AS glyj
              FROM djjg.ygdj g
              JOIN yw.jyyw j ON j.htbh = g.htbh AND j.ywlx IN ('SPFBA', 'SPFWQ') AND j.zt NOT IN ('撤件', '驳回')
             WHERE g.ywh = ANY (v_yw) AND coalesce(g.ygdjzl, '1') NOT IN ('3', '4')
             ORDER BY g.ywh, j.ywlx = 'SPFBA' DESC, j.zt = '办结' DESC, j.slsj DESC, j.id DESC) c
     WHERE NOT EXISTS (SELECT 1 FROM gl.yw_gl l WHERE l.gllx = 'YG_HT' AND l.djywh = c.djywh AND l.jyywh = c.jyywh);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    WITH b AS (SELECT f.ywh, d.jyywh AS jyywh1, s.sjnr ->> 'jyywh' AS jyywh2, d.htbh AS htbh1, s.sjnr ->> 'htbh' AS htbh2
                 FROM (SELECT DISTINCT f.ywh FROM djjg.fdcq f WHERE f.ywh = ANY (v_yw)) f
                 LEFT JOIN djjg.djyw d ON d.ywh = f.ywh
                 LEFT JOIN stg.djsj s ON s.lybm = 'dbjg' AND s.lyzj = replace(replace(f.ywh, '\', '\\'), '|', '\|'))
    SELECT 'SYQ_JY', c.jyywh, c.djywh, NULL, 1, '精确', c.glyj, 'stg.rk_wsh'
      FROM (SELECT DISTINCT ON (k.djywh, k.jyywh) k.djywh, k.jyywh, k.glyj
              FROM (SELECT b.ywh AS djywh, j.ywh AS jyywh,
                           json_build_object('yj', '交易业务号', 'jyywh', j.ywh, 'jyywlx', j.ywlx)::jsonb AS glyj, 0 AS yx
                      FROM b
                      JOIN yw.jyyw j ON j.ywh IN (b.jyywh1, b.jyywh2)
                    UNION ALL
                    (SELECT DISTINCT ON (b.ywh) b.ywh, j.ywh,
                            json_build_object('yj', '合同编号', 'htbh', j.htbh, 'jyywh', j.ywh, 'jyywlx', j.ywlx)::jsonb, 1
                       FROM b
                       JOIN yw.jyyw j ON j.htbh IN (b.htbh1, b.htbh2) AND j.ywlx IN ('CLFBA', 'SPFBA')
                                     AND j.zt NOT IN ('撤件', '驳回')
                      ORDER BY b.ywh, j.zt = '办结' DESC, j.slsj DESC, j.id DESC)) k
             ORDER BY k.djywh, k.jyywh, k.yx) c
     WHERE NOT EXISTS (SELECT 1 FROM gl.yw_gl l WHERE l.gllx = 'SYQ_JY' AND l.djywh = c.djywh AND l.jyywh = c.jyywh);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    SELECT 'DY_DYBA', c.jyywh, c.djywh, NULL, c.ppdf, '自动', c.glyj, 'stg.rk_wsh'
      FROM (SELECT DISTINCT ON (a.ywh, b.ywh) a.ywh AS djywh, b.ywh AS jyywh,
                   CASE WHEN b.dyr = a.dyr THEN 1 ELSE 0.8 END AS ppdf,
                   json_build_object('yj', '抵押房屋与抵押权人', 'dybah', b.dybah, 'fwbm', d.fwbm, 'bdcdyh', d.bdcdyh,
                                     'dyqr', a.dyqr, 'dyr', b.dyr = a.dyr)::jsonb AS glyj
              FROM djjg.dyaq a
              JOIN djjg.dyaq_dy d ON d.ywh = a.ywh
              JOIN lpb.h h ON h.fwbm = d.fwbm
              JOIN ht.dyba_h bh ON bh.h_id = h.id
              JOIN ht.dyba b ON b.id = bh.dyba_id AND b.dyqr = a.dyqr AND b.ywh IS NOT NULL
                            AND b.bazt IN ('已备案', '已注销')
             WHERE a.ywh = ANY (v_yw)
             ORDER BY a.ywh, b.ywh, d.bdcdyh) c
     WHERE NOT EXISTS (SELECT 1 FROM gl.yw_gl l WHERE l.gllx = 'DY_DYBA' AND l.djywh = c.djywh AND l.jyywh = c.jyywh);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    SELECT 'CF_XZ', c.jyywh, c.djywh, NULL, 1, '精确', c.glyj, 'stg.rk_wsh'
      FROM (SELECT DISTINCT ON (cf.ywh, x.szywh) cf.ywh AS djywh, x.szywh AS jyywh,
                   json_build_object('yj', '查封文号', 'cfwh', cf.cfwh, 'xzbh', x.xzbh, 'fwbm', cf.fwbm,
                                     'bdcdyh', cf.bdcdyh)::jsonb AS glyj
              FROM djjg.cfdj cf
              JOIN lpb.h h ON h.fwbm = cf.fwbm
              JOIN ht.xzxz x ON x.h_id = h.id AND x.xzwh = cf.cfwh AND x.szywh IS NOT NULL
             WHERE cf.ywh = ANY (v_yw)
             ORDER BY cf.ywh, x.szywh, cf.bdcdyh) c
     WHERE NOT EXISTS (SELECT 1 FROM gl.yw_gl l WHERE l.gllx = 'CF_XZ' AND l.djywh = c.djywh AND l.jyywh = c.jyywh);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    SELECT c.gllx, NULL, c.djywh, c.sjdjywh, 1, '精确', c.glyj, 'stg.rk_wsh'
      FROM (SELECT DISTINCT ON (k.gllx, k.djywh, k.sjdjywh) k.gllx, k.djywh, k.sjdjywh, k.glyj
              FROM (SELECT 'YDY_YG' AS gllx, y.ywh AS djywh, y.syywh AS sjdjywh,
                           json_build_object('yj', '预抵押上手预告', 'syywh', y.syywh)::jsonb AS glyj
                      FROM djjg.ygdj y
                     WHERE (y.ywh = ANY (v_yw) OR y.syywh = ANY (v_yw)) AND y.ygdjzl IN ('3', '4')
                       AND EXISTS (SELECT 1 FROM djjg.ygdj g
                                    WHERE g.ywh = y.syywh AND coalesce(g.ygdjzl, '1') NOT IN ('3', '4'))
                    UNION ALL
                    SELECT 'BGZX_SL', z.ywh, z.zxywh,
                           json_build_object('yj', '注销', 'zxywh', z.zxywh, 'zxlx', z.zxlx)::jsonb
                      FROM djjg.zxdj z
                     WHERE z.ywh = ANY (v_yw)
                    UNION ALL
                    SELECT 'BGZX_SL', cf.jfywh, cf.ywh, json_build_object('yj', '解封', 'cfywh', cf.ywh)::jsonb
                      FROM djjg.cfdj cf
                     WHERE cf.jfywh = ANY (v_yw)
                    UNION ALL
                    SELECT 'BGZX_SL', a.ywh, a.syywh, json_build_object('yj', '抵押权变更', 'syywh', a.syywh)::jsonb
                      FROM djjg.dyaq a
                     WHERE a.ywh = ANY (v_yw)
                       AND EXISTS (SELECT 1 FROM djjg.dyaq x WHERE x.ywh = a.syywh AND x.ywh <> a.ywh)) k
             ORDER BY k.gllx, k.djywh, k.sjdjywh) c
     WHERE NOT EXISTS (SELECT 1 FROM gl.yw_gl l
                        WHERE l.gllx = c.gllx AND l.djywh = c.djywh AND l.sjdjywh = c.sjdjywh);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    -- d. 楼盘表状态 --------------------------------------------------------------------------------------------
    v_dy := ARRAY(SELECT p.sjnr ->> 'bdcdyh' FROM stg.jypc p
                   WHERE p.rk AND p.lybm IN ('dbjg', 'dbjg_dy', 'fwbm_sq') AND p.sjnr ->> 'bdcdyh' IS NOT NULL
                  UNION SELECT d.bdcdyh FROM stg.djsj d WHERE d.ywh = ANY (v_sc) AND (d.lybm = 'dbjg_dy') IS TRUE
                  UNION SELECT f.bdcdyh FROM djjg.fdcq f WHERE f.ywh = ANY (v_yw)
                  UNION SELECT f.bdcdyh FROM djjg.fdcq f
                         WHERE f.ywh IN (SELECT s.syywh FROM djjg.fdcq s WHERE s.ywh = ANY (v_yw))
                  UNION SELECT d.bdcdyh FROM djjg.dyaq_dy d WHERE d.ywh = ANY (v_yw)
                  UNION SELECT d.bdcdyh FROM djjg.dyaq_dy d
                         WHERE d.ywh IN (SELECT a.syywh FROM djjg.dyaq a WHERE a.ywh = ANY (v_yw)
                                         UNION SELECT z.zxywh FROM djjg.zxdj z WHERE z.ywh = ANY (v_yw))
                  UNION SELECT g.bdcdyh FROM djjg.ygdj g WHERE g.ywh = ANY (v_yw)
                  UNION SELECT c.bdcdyh FROM djjg.cfdj c WHERE c.ywh = ANY (v_yw)
                  UNION SELECT c.bdcdyh FROM djjg.cfdj c WHERE c.jfywh = ANY (v_yw)
                  UNION SELECT y.bdcdyh FROM djjg.yydj y WHERE y.ywh = ANY (v_yw)
                  UNION SELECT z.bdcdyh FROM djjg.zxdj z WHERE z.ywh = ANY (v_yw));

    UPDATE lpb.h t
       SET djzt = x.djzt, dyzt = x.dyzt, cfzt = x.cfzt, ygzt = x.ygzt, yyzt = x.yyzt, fwzt = x.fwzt, gxsj = now()
      FROM (SELECT h.id,
                   w.djzt, w.dyzt, w.cfzt, w.ygzt, w.yyzt,
                   CASE WHEN w.djzt = 1 AND (h.djzt = 0 OR w.xdj) AND h.fwzt <> '已灭失' THEN '已登记' ELSE h.fwzt END
                       AS fwzt
              FROM (SELECT u.h_id,
                           max(u.syq)::smallint AS djzt,
                           bool_or(u.xdj) AS xdj,
                           sum(u.dy)::smallint AS dyzt,
                           sum(u.cf)::smallint AS cfzt,
                           sum(u.yg)::smallint AS ygzt,
                           sum(u.yy)::smallint AS yyzt
                      FROM (SELECT fu.h_id,
                                   CASE WHEN EXISTS (SELECT 1 FROM djjg.fdcq f WHERE f.bdcdyh = fu.bdcdyh AND f.qszt = '1')
                                        THEN 1 ELSE 0 END AS syq,
                                   EXISTS (SELECT 1 FROM djjg.fdcq f
                                            WHERE f.bdcdyh = fu.bdcdyh AND f.qszt = '1' AND f.ywh = ANY (v_yw)) AS xdj,
                                   (SELECT count(*) FROM djjg.dyaq_dy d JOIN djjg.dyaq a ON a.ywh = d.ywh
                                     WHERE d.bdcdyh = fu.bdcdyh AND a.qszt = '1')
                                   + (SELECT count(*) FROM djjg.ygdj y
                                       WHERE y.bdcdyh = fu.bdcdyh AND y.qszt = '1' AND y.ygdjzl IN ('3', '4')) AS dy,
                                   (SELECT count(*) FROM djjg.cfdj c WHERE c.bdcdyh = fu.bdcdyh AND c.qszt = '1') AS cf,
                                   (SELECT count(*) FROM djjg.ygdj y
                                     WHERE y.bdcdyh = fu.bdcdyh AND y.qszt = '1'
                                       AND coalesce(y.ygdjzl, '1') NOT IN ('3', '4')) AS yg,
                                   (SELECT count(*) FROM djjg.yydj y WHERE y.bdcdyh = fu.bdcdyh AND y.qszt = '1') AS yy
                              FROM (WITH fw AS (SELECT h.id, h.fwbm
                                                  FROM lpb.h h
                                                 WHERE h.fwbm IN (SELECT g.fwbm FROM gl.fw_dy g
                                                                   WHERE g.bdcdyh = ANY (v_dy) AND g.zt = '有效'
                                                                  UNION
                                                                  SELECT f.fwbm FROM djjg.fdcq f
                                                                   WHERE f.bdcdyh = ANY (v_dy)))
                                    SELECT fw.id AS h_id, g.bdcdyh
                                      FROM fw JOIN gl.fw_dy g ON g.fwbm = fw.fwbm AND g.zt = '有效'
                                    UNION
                                    SELECT fw.id, f.bdcdyh
                                      FROM fw JOIN djjg.fdcq f ON f.fwbm = fw.fwbm) fu) u
                     GROUP BY u.h_id) w
              JOIN lpb.h h ON h.id = w.h_id) x
     WHERE t.id = x.id
       AND (t.djzt, t.dyzt, t.cfzt, t.ygzt, t.yyzt, t.fwzt)
           IS DISTINCT FROM (x.djzt, x.dyzt, x.cfzt, x.ygzt, x.yyzt, x.fwzt);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_k + v_n;
END
$$;

--
-- Name: FUNCTION rk_wsh(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.rk_wsh() IS '数据完善：在本批涉及的业务与单元上修正上下手状态、回填证书号与当事人、建立业务挂接（gl.yw_gl）、更正楼盘表登记状态（lpb.h）；只改有变化的行，返回改动行数';

--
-- Name: rk_ygdj(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.rk_ygdj() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
    v_d integer;
BEGIN
    v_d := 0;
    -- 删除墓碑：本批有删除行时才做（stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        DELETE FROM djjg.ygdj t
         USING stg.jypc p
         WHERE p.rk AND p.czlx = 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND t.ywh = p.ywh
           AND (p.lybm = 'dbjg'
                OR (t.bdcdyh = p.sjnr ->> 'bdcdyh'
                    AND NOT EXISTS (SELECT 1 FROM stg.djsj f
                                     WHERE f.lybm = 'dbjg' AND f.lyzj = replace(replace(p.ywh, '\', '\\'), '|', '\|')
                                           AND f.czlx <> 'D' AND f.bdcdyh = t.bdcdyh)));
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.ygdj t
    USING (SELECT s.ywh, s.bdcdyh, s.fwbm, s.bdczl, s.ygdjzl, s.djlx, s.djyy, coalesce(s.ywr, o.ywr) AS ywr,
                  coalesce(s.qlr, o.qlr) AS qlr, s.htbh, s.ghyt, s.fwxz, s.jzmj, s.qdjg, s.bdbzzqse, s.zwlxqssj,
                  s.zwlxjssj, coalesce(s.bdcdjzmh, o.bdcdjzmh) AS bdcdjzmh, s.syywh, s.qxdm, s.djjg, s.dbr, s.djsj,
                  s.fj, CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END AS qszt
             FROM (SELECT u.ywh,
                          u.bdcdyh,
                          coalesce(g.fwbm, h.fwbm) AS fwbm,
                          u.sjnr ->> 'zl' AS bdczl,
                          coalesce(u.sjnr ->> 'ygdjzl', CASE WHEN u.djzl = '预抵押' THEN '3' END) AS ygdjzl,
                          u.sjnr ->> 'djlx' AS djlx,
                          u.sjnr ->> 'djyy' AS djyy,
                          u.sjnr ->> 'dyr' AS ywr,
                          u.sjnr ->> 'dyqr' AS qlr,
                          u.sjnr ->> 'htbh' AS htbh,
                          u.sjnr ->> 'ghyt' AS ghyt,
                          u.sjnr ->> 'fwxz' AS fwxz,
                          (u.sjnr ->> 'jzmj')::numeric(12,2) AS jzmj,
                          (u.sjnr ->> 'qdjg')::numeric(18,2) AS qdjg,
                          (u.sjnr ->> 'bdbzzqse')::numeric(18,2) AS bdbzzqse,
                          (u.sjnr ->> 'zwlxqssj')::date AS zwlxqssj,
                          (u.sjnr ->> 'zwlxjssj')::date AS zwlxjssj,
                          u.sjnr ->> 'bdcqzh' AS bdcdjzmh,
                          u.sjnr ->> 'syywh' AS syywh,
                          u.sjnr ->> 'qxdm' AS qxdm,
                          u.sjnr ->> 'djjg' AS djjg,
                          u.sjnr ->> 'dbr' AS dbr,
                          (u.sjnr ->> 'djsj')::timestamptz AS djsj,
                          u.sjnr ->> 'fj' AS fj,
                          coalesce(u.sjnr ->> 'qszt', '1') AS qszt
                     FROM (SELECT DISTINCT ON (a.ywh, a.bdcdyh) a.ywh, a.bdcdyh, a.djzl, a.sjnr
                             FROM (SELECT p.ywh, p.sjnr ->> 'bdcdyh' AS bdcdyh, p.djzl, p.sjnr,
                                          CASE WHEN p.lybm = 'dbjg_dy' THEN 0 ELSE 1 END AS yx
                                     FROM stg.jypc p
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm IN ('dbjg', 'dbjg_dy')
                                      AND p.djzl IN ('预告', '预抵押') AND p.sjnr ->> 'bdcdyh' IS NOT NULL
                                   UNION ALL
                                   SELECT p.ywh, d.bdcdyh, p.djzl, p.sjnr || d.sjnr, 0
                                     FROM stg.jypc p
                                     JOIN stg.djsj d ON d.ywh = p.ywh AND (d.lybm = 'dbjg_dy') IS TRUE AND d.czlx <> 'D'
                                                    AND (d.jyzt = '已入库') IS TRUE
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg'
                                      AND p.djzl IN ('预告', '预抵押')) a
                            ORDER BY a.ywh, a.bdcdyh, a.yx) u
                     LEFT JOIN gl.fw_dy g ON g.bdcdyh = u.bdcdyh AND g.zt = '有效'
                     LEFT JOIN lpb.h h ON h.fwbm = u.sjnr ->> 'fwbm') s
             LEFT JOIN djjg.ygdj o ON o.ywh = s.ywh AND o.bdcdyh = s.bdcdyh
            WHERE o.id IS NULL
               OR (o.fwbm, o.bdczl, o.ygdjzl, o.djlx, o.djyy, o.ywr, o.qlr, o.htbh, o.ghyt, o.fwxz, o.jzmj, o.qdjg,
                   o.bdbzzqse, o.zwlxqssj, o.zwlxjssj, o.bdcdjzmh, o.syywh, o.qxdm, o.djjg, o.dbr, o.djsj, o.fj,
                   o.qszt)
                  IS DISTINCT FROM
                  (s.fwbm, s.bdczl, s.ygdjzl, s.djlx, s.djyy, coalesce(s.ywr, o.ywr), coalesce(s.qlr, o.qlr), s.htbh,
                   s.ghyt, s.fwxz, s.jzmj, s.qdjg, s.bdbzzqse, s.zwlxqssj, s.zwlxjssj,
                   coalesce(s.bdcdjzmh, o.bdcdjzmh), s.syywh, s.qxdm, s.djjg, s.dbr, s.djsj, s.fj,
                   CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END)) s
       ON (t.ywh = s.ywh AND t.bdcdyh = s.bdcdyh)
     WHEN MATCHED THEN
        UPDATE SET fwbm = s.fwbm, bdczl = s.bdczl, ygdjzl = s.ygdjzl, djlx = s.djlx, djyy = s.djyy, ywr = s.ywr,
                   qlr = s.qlr, htbh = s.htbh, ghyt = s.ghyt, fwxz = s.fwxz, jzmj = s.jzmj, qdjg = s.qdjg,
                   bdbzzqse = s.bdbzzqse, zwlxqssj = s.zwlxqssj, zwlxjssj = s.zwlxjssj, bdcdjzmh = s.bdcdjzmh,
                   syywh = s.syywh, qxdm = s.qxdm, djjg = s.djjg, dbr = s.dbr, djsj = s.djsj, fj = s.fj,
                   qszt = s.qszt, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, bdcdyh, fwbm, bdczl, ygdjzl, djlx, djyy, ywr, qlr, htbh, ghyt, fwxz, jzmj, qdjg, bdbzzqse,
                zwlxqssj, zwlxjssj, bdcdjzmh, syywh, qxdm, djjg, dbr, djsj, fj, qszt)
        VALUES (s.ywh, s.bdcdyh, s.fwbm, s.bdczl, s.ygdjzl, s.djlx, s.djyy, s.ywr, s.qlr, s.htbh, s.ghyt, s.fwxz,
                s.jzmj, s.qdjg, s.bdbzzqse, s.zwlxqssj, s.zwlxjssj, s.bdcdjzmh, s.syywh, s.qxdm, s.djjg, s.dbr,
                s.djsj, s.fj, s.qszt);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

--
-- Name: FUNCTION rk_ygdj(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.rk_ygdj() IS '预告与预抵押登簿结果入库：每单元一行按 (业务号, 单元号) 合并到 djjg.ygdj（房屋编码取挂接，预抵押的抵押双方入权利人、义务人，历史状态不被改回；与生产行相同的不写），删除墓碑删去业务或单元的行；返回写入与删除的行数';

--
-- Name: rk_yx(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.rk_yx() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
    v_d integer;
BEGIN
    v_d := 0;
    -- 删除墓碑：本批有删除行时才做（stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        DELETE FROM djjg.yx t
         USING stg.jypc p
         WHERE p.rk AND p.lybm = 'yx' AND p.czlx = 'D'
           AND t.ywh = coalesce(p.sjnr ->> 'djywh', p.sjnr ->> 'ywh') AND t.sha256 = p.sjnr ->> 'sha256';
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.yx t
    USING (SELECT s.ywh, s.sha256, s.clmc, s.wjmc, s.wjlx, s.dx, s.cclj, coalesce(s.djsj, o.djsj) AS djsj
             FROM (SELECT p.djywh AS ywh,
                          p.sjnr ->> 'sha256' AS sha256,
                          p.sjnr ->> 'clmc' AS clmc,
                          p.sjnr ->> 'wjmc' AS wjmc,
                          p.sjnr ->> 'wjlx' AS wjlx,
                          (p.sjnr ->> 'dx')::bigint AS dx,
                          p.sjnr ->> 'cclj' AS cclj,
                          coalesce((SELECT max(f.djsj) FROM djjg.fdcq f WHERE f.ywh = p.djywh),
                                   (SELECT a.djsj FROM djjg.dyaq a WHERE a.ywh = p.djywh),
                                   (SELECT max(g.djsj) FROM djjg.ygdj g WHERE g.ywh = p.djywh),
                                   (SELECT max(c.djsj) FROM djjg.cfdj c WHERE c.ywh = p.djywh),
                                   (SELECT max(y.djsj) FROM djjg.yydj y WHERE y.ywh = p.djywh),
                                   (SELECT max(z.djsj) FROM djjg.zxdj z WHERE z.ywh = p.djywh)) AS djsj
                     FROM (SELECT DISTINCT ON (coalesce(p.sjnr ->> 'djywh', p.sjnr ->> 'ywh'), p.sjnr ->> 'sha256')
                                  p.sjnr, coalesce(p.sjnr ->> 'djywh', p.sjnr ->> 'ywh') AS djywh
                             FROM stg.jypc p
                            WHERE p.rk AND p.lybm = 'yx' AND p.czlx <> 'D'
                            ORDER BY coalesce(p.sjnr ->> 'djywh', p.sjnr ->> 'ywh'), p.sjnr ->> 'sha256', p.id DESC) p) s
             LEFT JOIN djjg.yx o ON o.ywh = s.ywh AND o.sha256 = s.sha256
            WHERE o.id IS NULL
               OR (o.clmc, o.wjmc, o.wjlx, o.dx, o.cclj, o.djsj)
                  IS DISTINCT FROM (s.clmc, s.wjmc, s.wjlx, s.dx, s.cclj, coalesce(s.djsj, o.djsj))) s
       ON (t.ywh = s.ywh AND t.sha256 = s.sha256)
     WHEN MATCHED THEN
        UPDATE SET clmc = s.clmc, wjmc = s.wjmc, wjlx = s.wjlx, dx = s.dx, cclj = s.cclj, djsj = s.djsj,
                   rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, sha256, clmc, wjmc, wjlx, dx, cclj, djsj)
        VALUES (s.ywh, s.sha256, s.clmc, s.wjmc, s.wjlx, s.dx, s.cclj, s.djsj);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

--
-- Name: FUNCTION rk_yx(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.rk_yx() IS '影像索引行入库：按 (所属登记业务号, SHA-256) 合并到 djjg.yx（登记时间取所属登记业务的登簿时间；与生产行相同的不写），删除墓碑删去索引行；返回写入与删除的行数';

--
-- Name: rk_yydj(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.rk_yydj() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
    v_d integer;
BEGIN
    v_d := 0;
    -- 删除墓碑：本批有删除行时才做（stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        DELETE FROM djjg.yydj t
         USING stg.jypc p
         WHERE p.rk AND p.czlx = 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND t.ywh = p.ywh
           AND (p.lybm = 'dbjg'
                OR (t.bdcdyh = p.sjnr ->> 'bdcdyh'
                    AND NOT EXISTS (SELECT 1 FROM stg.djsj f
                                     WHERE f.lybm = 'dbjg' AND f.lyzj = replace(replace(p.ywh, '\', '\\'), '|', '\|')
                                           AND f.czlx <> 'D' AND f.bdcdyh = t.bdcdyh)));
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.yydj t
    USING (SELECT s.ywh, s.bdcdyh, s.fwbm, s.djlx, s.yysx, coalesce(s.bdcdjzmh, o.bdcdjzmh) AS bdcdjzmh, s.qxdm,
                  s.djjg, s.dbr, s.djsj, s.fj, CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END AS qszt
             FROM (SELECT u.ywh,
                          u.bdcdyh,
                          coalesce(g.fwbm, h.fwbm) AS fwbm,
                          u.sjnr ->> 'djlx' AS djlx,
                          u.sjnr ->> 'yysx' AS yysx,
                          u.sjnr ->> 'bdcqzh' AS bdcdjzmh,
                          u.sjnr ->> 'qxdm' AS qxdm,
                          u.sjnr ->> 'djjg' AS djjg,
                          u.sjnr ->> 'dbr' AS dbr,
                          (u.sjnr ->> 'djsj')::timestamptz AS djsj,
                          u.sjnr ->> 'fj' AS fj,
                          coalesce(u.sjnr ->> 'qszt', '1') AS qszt
                     FROM (SELECT DISTINCT ON (a.ywh, a.bdcdyh) a.ywh, a.bdcdyh, a.sjnr
                             FROM (SELECT p.ywh, p.sjnr ->> 'bdcdyh' AS bdcdyh, p.sjnr,
                                          CASE WHEN p.lybm = 'dbjg_dy' THEN 0 ELSE 1 END AS yx
                                     FROM stg.jypc p
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND p.djzl = '异议'
                                      AND p.sjnr ->> 'bdcdyh' IS NOT NULL
                                   UNION ALL
                                   SELECT p.ywh, d.bdcdyh, p.sjnr || d.sjnr, 0
                                     FROM stg.jypc p
                                     JOIN stg.djsj d ON d.ywh = p.ywh AND (d.lybm = 'dbjg_dy') IS TRUE AND d.czlx <> 'D'
                                                    AND (d.jyzt = '已入库') IS TRUE
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg' AND p.djzl = '异议') a
                            ORDER BY a.ywh, a.bdcdyh, a.yx) u
                     LEFT JOIN gl.fw_dy g ON g.bdcdyh = u.bdcdyh AND g.zt = '有效'
                     LEFT JOIN lpb.h h ON h.fwbm = u.sjnr ->> 'fwbm') s
             LEFT JOIN djjg.yydj o ON o.ywh = s.ywh AND o.bdcdyh = s.bdcdyh
            WHERE o.id IS NULL
               OR (o.fwbm, o.djlx, o.yysx, o.bdcdjzmh, o.qxdm, o.djjg, o.dbr, o.djsj, o.fj, o.qszt)
                  IS DISTINCT FROM
                  (s.fwbm, s.djlx, s.yysx, coalesce(s.bdcdjzmh, o.bdcdjzmh), s.qxdm, s.djjg, s.dbr, s.djsj, s.fj,
                   CASE WHEN o.qszt = '2' AND s.qszt = '1' THEN '2' ELSE s.qszt END)) s
       ON (t.ywh = s.ywh AND t.bdcdyh = s.bdcdyh)
     WHEN MATCHED THEN
        UPDATE SET fwbm = s.fwbm, djlx = s.djlx, yysx = s.yysx, bdcdjzmh = s.bdcdjzmh, qxdm = s.qxdm, djjg = s.djjg,
                   dbr = s.dbr, djsj = s.djsj, fj = s.fj, qszt = s.qszt, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, bdcdyh, fwbm, djlx, yysx, bdcdjzmh, qxdm, djjg, dbr, djsj, fj, qszt)
        VALUES (s.ywh, s.bdcdyh, s.fwbm, s.djlx, s.yysx, s.bdcdjzmh, s.qxdm, s.djjg, s.dbr, s.djsj, s.fj, s.qszt);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

--
-- Name: FUNCTION rk_yydj(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.rk_yydj() IS '异议登簿结果入库：每单元一行按 (业务号, 单元号) 合并到 djjg.yydj（房屋编码取挂接，历史状态不被改回；与生产行相同的不写），删除墓碑删去业务或单元的行；返回写入与删除的行数';

--
-- Name: rk_zs(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.rk_zs() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n integer;
    v_d integer;
BEGIN
    v_d := 0;
    -- 删除墓碑：本批有删除行时才做（stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        DELETE FROM djjg.zs t
         USING stg.jypc p
         WHERE p.rk AND p.lybm = 'zs' AND p.czlx = 'D' AND t.bdcqzh = p.sjnr ->> 'bdcqzh';
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.zs t
    USING (SELECT s.bdcqzh, s.zslx, s.ywh, s.bdcdyh, s.qlr, s.zl, s.qzysxlh, s.fzsj, s.zszt, s.qxdm,
                  coalesce(s.djsj, o.djsj) AS djsj
             FROM (SELECT p.sjnr ->> 'bdcqzh' AS bdcqzh,
                          p.sjnr ->> 'zslx' AS zslx,
                          p.djywh AS ywh,
                          p.sjnr ->> 'bdcdyh' AS bdcdyh,
                          p.sjnr ->> 'qlrmc' AS qlr,
                          p.sjnr ->> 'zl' AS zl,
                          p.sjnr ->> 'qzysxlh' AS qzysxlh,
                          (p.sjnr ->> 'fzsj')::timestamptz AS fzsj,
                          coalesce(p.sjnr ->> 'zszt', '有效') AS zszt,
                          p.sjnr ->> 'qxdm' AS qxdm,
                          coalesce((SELECT max(f.djsj) FROM djjg.fdcq f WHERE f.ywh = p.djywh),
                                   (SELECT a.djsj FROM djjg.dyaq a WHERE a.ywh = p.djywh),
                                   (SELECT max(g.djsj) FROM djjg.ygdj g WHERE g.ywh = p.djywh),
                                   (SELECT max(c.djsj) FROM djjg.cfdj c WHERE c.ywh = p.djywh),
                                   (SELECT max(y.djsj) FROM djjg.yydj y WHERE y.ywh = p.djywh),
                                   (SELECT max(z.djsj) FROM djjg.zxdj z WHERE z.ywh = p.djywh)) AS djsj
                     FROM (SELECT p.sjnr, coalesce(p.sjnr ->> 'djywh', p.sjnr ->> 'ywh') AS djywh
                             FROM stg.jypc p
                            WHERE p.rk AND p.lybm = 'zs' AND p.czlx <> 'D') p) s
             LEFT JOIN djjg.zs o ON o.bdcqzh = s.bdcqzh
            WHERE o.id IS NULL
               OR (o.zslx, o.ywh, o.bdcdyh, o.qlr, o.zl, o.qzysxlh, o.fzsj, o.zszt, o.qxdm, o.djsj)
                  IS DISTINCT FROM
                  (s.zslx, s.ywh, s.bdcdyh, s.qlr, s.zl, s.qzysxlh, s.fzsj, s.zszt, s.qxdm, coalesce(s.djsj, o.djsj))) s
       ON (t.bdcqzh = s.bdcqzh)
     WHEN MATCHED THEN
        UPDATE SET zslx = s.zslx, ywh = s.ywh, bdcdyh = s.bdcdyh, qlr = s.qlr, zl = s.zl, qzysxlh = s.qzysxlh,
                   fzsj = s.fzsj, zszt = s.zszt, qxdm = s.qxdm, djsj = s.djsj, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (bdcqzh, zslx, ywh, bdcdyh, qlr, zl, qzysxlh, fzsj, zszt, qxdm, djsj)
        VALUES (s.bdcqzh, s.zslx, s.ywh, s.bdcdyh, s.qlr, s.zl, s.qzysxlh, s.fzsj, s.zszt, s.qxdm, s.djsj);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

--
-- Name: FUNCTION rk_zs(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.rk_zs() IS '证书/证明行入库：按证号合并到 djjg.zs（业务号取所属登记业务，qlrmc 入 qlr，状态空为有效；与生产行相同的不写），删除墓碑删去证书行；返回写入与删除的行数';

--
-- Name: rk_zxdj(); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.rk_zxdj() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_n  integer;
    v_k  integer := 0;
    v_sc text[] := '{}';
    v_zx text[];
BEGIN
    -- 4. 删除墓碑（本批有删除行时才做，stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）：
    --    撤回删除的登簿结果记下的注销，删去注销行
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        v_sc := ARRAY(SELECT p.ywh FROM stg.jypc p WHERE p.rk AND p.czlx = 'D' AND p.lybm = 'dbjg');
        UPDATE djjg.dyaq t
           SET zxdyywh = NULL, zxdyyy = NULL, zxsj = NULL, qszt = '1'
         WHERE t.zxdyywh IN (SELECT unnest(v_sc));
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;

        UPDATE djjg.yydj t
           SET zxyyywh = NULL, zxyyyy = NULL, zxyydbr = NULL, zxyydjsj = NULL, qszt = '1'
         WHERE t.zxyyywh IN (SELECT unnest(v_sc));
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;

        UPDATE djjg.ygdj t
           SET zxygywh = NULL, zxsj = NULL, qszt = '1'
          FROM djjg.zxdj z
         WHERE z.ywh IN (SELECT unnest(v_sc))
           AND t.ywh = z.zxywh AND t.bdcdyh = z.bdcdyh AND t.zxygywh = z.ywh;
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;

        UPDATE djjg.fdcq t
           SET qszt = '1'
          FROM djjg.zxdj z
         WHERE z.ywh IN (SELECT unnest(v_sc))
           AND t.ywh = z.zxywh AND t.bdcdyh = z.bdcdyh AND t.qszt = '2'
           AND NOT EXISTS (SELECT 1 FROM djjg.fdcq s WHERE s.syywh = t.ywh AND s.ywh <> t.ywh AND s.bdcdyh = t.bdcdyh);
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;

        DELETE FROM djjg.zxdj t
         USING stg.jypc p
         WHERE p.rk AND p.czlx = 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND t.ywh = p.ywh
           AND (p.lybm = 'dbjg'
                OR (t.bdcdyh = p.sjnr ->> 'bdcdyh'
                    AND NOT EXISTS (SELECT 1 FROM stg.djsj f
                                     WHERE f.lybm = 'dbjg' AND f.lyzj = replace(replace(p.ywh, '\', '\\'), '|', '\|')
                                           AND f.czlx <> 'D' AND f.bdcdyh = t.bdcdyh)));
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;
    END IF;

    -- 1–2. 注销行
    MERGE INTO djjg.zxdj t
    USING (SELECT s.*
             FROM (SELECT u.ywh,
                          u.bdcdyh,
                          u.sjnr ->> 'zxywh' AS zxywh,
                          CASE WHEN EXISTS (SELECT 1 FROM djjg.fdcq r WHERE r.ywh = u.sjnr ->> 'zxywh') THEN '房地产权'
                               WHEN EXISTS (SELECT 1 FROM djjg.dyaq r WHERE r.ywh = u.sjnr ->> 'zxywh') THEN '抵押权'
                               WHEN EXISTS (SELECT 1 FROM djjg.ygdj r WHERE r.ywh = u.sjnr ->> 'zxywh') THEN '预告'
                               WHEN EXISTS (SELECT 1 FROM djjg.cfdj r WHERE r.ywh = u.sjnr ->> 'zxywh') THEN '查封'
                               WHEN EXISTS (SELECT 1 FROM djjg.yydj r WHERE r.ywh = u.sjnr ->> 'zxywh') THEN '异议'
                               ELSE '其他'
                          END AS zxlx,
                          u.sjnr ->> 'djlx' AS djlx,
                          u.sjnr ->> 'zxyy' AS zxyy,
                          u.sjnr ->> 'qxdm' AS qxdm,
                          u.sjnr ->> 'djjg' AS djjg,
                          u.sjnr ->> 'dbr' AS dbr,
                          (u.sjnr ->> 'djsj')::timestamptz AS djsj
                     FROM (SELECT DISTINCT ON (a.ywh, a.bdcdyh) a.ywh, a.bdcdyh, a.sjnr
                             FROM (SELECT p.ywh, p.sjnr ->> 'bdcdyh' AS bdcdyh, p.sjnr,
                                          CASE WHEN p.lybm = 'dbjg_dy' THEN 0 ELSE 1 END AS yx
                                     FROM stg.jypc p
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND p.djzl = '注销'
                                      AND p.sjnr ->> 'bdcdyh' IS NOT NULL
                                   UNION ALL
                                   SELECT p.ywh, d.bdcdyh, p.sjnr || d.sjnr, 0
                                     FROM stg.jypc p
                                     JOIN stg.djsj d ON d.ywh = p.ywh AND (d.lybm = 'dbjg_dy') IS TRUE AND d.czlx <> 'D'
                                                    AND (d.jyzt = '已入库') IS TRUE
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg' AND p.djzl = '注销'
                                   UNION ALL
                                   SELECT p.ywh, r.bdcdyh, p.sjnr, 2
                                     FROM stg.jypc p
                                     JOIN (SELECT f.ywh, f.bdcdyh FROM djjg.fdcq f
                                           UNION ALL SELECT d.ywh, d.bdcdyh FROM djjg.dyaq_dy d
                                           UNION ALL SELECT g.ywh, g.bdcdyh FROM djjg.ygdj g
                                           UNION ALL SELECT c.ywh, c.bdcdyh FROM djjg.cfdj c
                                           UNION ALL SELECT y.ywh, y.bdcdyh FROM djjg.yydj y) r
                                       ON r.ywh = p.sjnr ->> 'zxywh'
                                    WHERE p.rk AND p.czlx <> 'D' AND p.lybm = 'dbjg' AND p.djzl = '注销'
                                      AND p.sjnr ->> 'bdcdyh' IS NULL
                                      AND NOT EXISTS (SELECT 1 FROM stg.djsj d
                                                       WHERE d.ywh = p.ywh AND (d.lybm = 'dbjg_dy') IS TRUE AND d.czlx <> 'D')) a
                            ORDER BY a.ywh, a.bdcdyh, a.yx) u) s
             LEFT JOIN djjg.zxdj o ON o.ywh = s.ywh AND o.zxywh = s.zxywh AND o.bdcdyh = s.bdcdyh
            WHERE o.id IS NULL
               OR (o.zxlx, o.djlx, o.zxyy, o.qxdm, o.djjg, o.dbr, o.djsj)
                  IS DISTINCT FROM (s.zxlx, s.djlx, s.zxyy, s.qxdm, s.djjg, s.dbr, s.djsj)) s
       ON (t.ywh = s.ywh AND t.zxywh = s.zxywh AND t.bdcdyh = s.bdcdyh)
     WHEN MATCHED THEN
        UPDATE SET zxlx = s.zxlx, djlx = s.djlx, zxyy = s.zxyy, qxdm = s.qxdm, djjg = s.djjg, dbr = s.dbr,
                   djsj = s.djsj, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (ywh, bdcdyh, zxywh, zxlx, djlx, zxyy, qxdm, djjg, dbr, djsj)
        VALUES (s.ywh, s.bdcdyh, s.zxywh, s.zxlx, s.djlx, s.zxyy, s.qxdm, s.djjg, s.dbr, s.djsj);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    -- 3. 被注销的权利
    v_zx := ARRAY(SELECT DISTINCT p.ywh FROM stg.jypc p
                   WHERE p.rk AND p.czlx <> 'D' AND p.lybm IN ('dbjg', 'dbjg_dy') AND p.djzl = '注销');
    v_n := 0;
    IF coalesce(array_length(v_zx, 1), 0) > 0 THEN
        UPDATE djjg.dyaq t
           SET zxdyywh = z.ywh, zxdyyy = z.zxyy, zxsj = z.djsj, qszt = '2'
          FROM (SELECT DISTINCT ON (z.zxywh) z.zxywh, z.ywh, z.zxyy, z.djsj
                  FROM djjg.zxdj z
                 WHERE z.ywh IN (SELECT unnest(v_zx))
                 ORDER BY z.zxywh, z.djsj DESC, z.ywh DESC) z
         WHERE t.ywh = z.zxywh
           AND (t.zxdyywh, t.zxdyyy, t.zxsj, t.qszt) IS DISTINCT FROM (z.ywh, z.zxyy, z.djsj, '2');
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;

        UPDATE djjg.ygdj t
           SET zxygywh = z.ywh, zxsj = z.djsj, qszt = '2'
          FROM (SELECT DISTINCT ON (z.zxywh, z.bdcdyh) z.zxywh, z.bdcdyh, z.ywh, z.djsj
                  FROM djjg.zxdj z
                 WHERE z.ywh IN (SELECT unnest(v_zx))
                 ORDER BY z.zxywh, z.bdcdyh, z.djsj DESC, z.ywh DESC) z
         WHERE t.ywh = z.zxywh AND t.bdcdyh = z.bdcdyh
           AND (t.zxygywh, t.zxsj, t.qszt) IS DISTINCT FROM (z.ywh, z.djsj, '2');
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;

        UPDATE djjg.yydj t
           SET zxyyywh = z.ywh, zxyyyy = z.zxyy, zxyydbr = z.dbr, zxyydjsj = z.djsj, qszt = '2'
          FROM (SELECT DISTINCT ON (z.zxywh, z.bdcdyh) z.zxywh, z.bdcdyh, z.ywh, z.zxyy, z.dbr, z.djsj
                  FROM djjg.zxdj z
                 WHERE z.ywh IN (SELECT unnest(v_zx))
                 ORDER BY z.zxywh, z.bdcdyh, z.djsj DESC, z.ywh DESC) z
         WHERE t.ywh = z.zxywh AND t.bdcdyh = z.bdcdyh
           AND (t.zxyyywh, t.zxyyyy, t.zxyydbr, t.zxyydjsj, t.qszt) IS DISTINCT FROM (z.ywh, z.zxyy, z.dbr, z.djsj, '2');
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;

        UPDATE djjg.cfdj t
           SET jfywh = z.ywh, jfdbr = z.dbr, jfsj = z.djsj, qszt = '2'
          FROM (SELECT DISTINCT ON (z.zxywh, z.bdcdyh) z.zxywh, z.bdcdyh, z.ywh, z.dbr, z.djsj
                  FROM djjg.zxdj z
                 WHERE z.ywh IN (SELECT unnest(v_zx))
                 ORDER BY z.zxywh, z.bdcdyh, z.djsj DESC, z.ywh DESC) z
         WHERE t.ywh = z.zxywh AND t.bdcdyh = z.bdcdyh
           AND (t.jfywh, t.jfdbr, t.jfsj, t.qszt) IS DISTINCT FROM (z.ywh, z.dbr, z.djsj, '2');
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_k := v_k + v_n;

        UPDATE djjg.fdcq t
           SET qszt = '2'
          FROM djjg.zxdj z
         WHERE z.ywh IN (SELECT unnest(v_zx))
           AND t.ywh = z.zxywh AND t.bdcdyh = z.bdcdyh AND t.qszt IS DISTINCT FROM '2';
        GET DIAGNOSTICS v_n = ROW_COUNT;
    END IF;
    RETURN v_k + v_n;
END
$$;

--
-- Name: FUNCTION rk_zxdj(); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.rk_zxdj() IS '注销登簿结果入库：每单元一行合并到 djjg.zxdj（注销类型取被注销业务所在的权利表），并在被注销的抵押权、预告、异议、查封、房地产权上记注销与历史状态；删除墓碑撤回注销并删去注销行；返回写入、更新与删除的行数';

--
-- Name: validate_batch(text, integer, text, bigint[]); Type: FUNCTION; Schema: stg; Owner: -
--

CREATE FUNCTION stg.validate_batch(p_djzl text, p_limit integer, p_czr text, p_ids bigint[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_limit  integer := coalesce(p_limit, 100000);
    v_new    bigint;
    v_lo     bigint;
    v_res    jsonb;
BEGIN
    IF v_limit <= 0 THEN
        RAISE EXCEPTION '每次认领行数 p_limit 须为正数（收到 %）', v_limit USING ERRCODE = '22023';
    END IF;
    PERFORM pg_advisory_xact_lock(73010001);
    PERFORM set_config('jydj.czr', coalesce(p_czr, current_user), true);
    PERFORM set_config('work_mem', '64MB', true);
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_settings WHERE name = 'plan_cache_mode') THEN
        PERFORM set_config('plan_cache_mode', 'force_custom_plan', true);
    END IF;
    TRUNCATE stg.jypc, stg.jysb;

    -- 2. 认领
    IF p_ids IS NULL THEN
        -- 队列中最小的 ID 作为暂存表主键扫描的起点（归并连接不必从头走过已入库的行）
        SELECT min(q.id) INTO v_lo FROM stg.dcl q WHERE q.jyzt = '待校验' AND (p_djzl IS NULL OR q.djzl = p_djzl);
        INSERT INTO stg.jypc (id, lybm, lyzj, djzl, czlx, ywh, bdcdyh, fwbm, sjnr)
        SELECT d.id, d.lybm, d.lyzj, d.djzl, d.czlx, d.ywh, d.bdcdyh, d.fwbm, d.sjnr
          FROM stg.dcl q
          JOIN stg.djsj d ON d.id = q.id
         WHERE q.jyzt = '待校验' AND (p_djzl IS NULL OR q.djzl = p_djzl) AND d.jyzt = '待校验'
           AND q.id >= v_lo AND d.id >= v_lo
         ORDER BY q.id
         LIMIT v_limit
           FOR UPDATE OF d SKIP LOCKED;
        GET DIAGNOSTICS v_new = ROW_COUNT;
        SELECT min(q.id) INTO v_lo FROM stg.dcl q WHERE q.jyzt = '合格' AND (p_djzl IS NULL OR q.djzl = p_djzl);
        INSERT INTO stg.jypc (id, lybm, lyzj, djzl, czlx, ywh, bdcdyh, fwbm, sjnr)
        SELECT d.id, d.lybm, d.lyzj, d.djzl, d.czlx, d.ywh, d.bdcdyh, d.fwbm, d.sjnr
          FROM stg.dcl q
          JOIN stg.djsj d ON d.id = q.id
         WHERE q.jyzt = '合格' AND (p_djzl IS NULL OR q.djzl = p_djzl) AND d.jyzt = '合格'
           AND q.id >= v_lo AND d.id >= v_lo
         ORDER BY q.id
         LIMIT v_limit
           FOR UPDATE OF d SKIP LOCKED;
    ELSE
        INSERT INTO stg.jypc (id, lybm, lyzj, djzl, czlx, ywh, bdcdyh, fwbm, sjnr)
        SELECT d.id, d.lybm, d.lyzj, d.djzl, d.czlx, d.ywh, d.bdcdyh, d.fwbm, d.sjnr
          FROM stg.djsj d
         WHERE d.id = ANY (p_ids) AND d.jyzt <> '已入库'
           FOR UPDATE;
        GET DIAGNOSTICS v_new = ROW_COUNT;
    END IF;

    -- 工作表刚清空，统计信息是空表的：不重新统计，规划器会对几万行选嵌套循环。
    -- 只统计检查过程用来筛选、连接的列：映像 sjnr 的统计（整个 JSON 值的高频值与直方图）用不上，却占大半时间
    ANALYZE stg.jypc (id, lybm, lyzj, djzl, czlx, ywh, bdcdyh, fwbm);
    PERFORM stg.check_and_load();

    SELECT json_build_object(
               'claimed', c.n,
               'new', v_new,
               'qualified', c.hg,
               'unqualified', c.bhg,
               'loaded', c.rk,
               'waiting', c.dr,
               'by_rule', coalesce((SELECT json_object_agg(r.gzdm, r.n)
                                      FROM (SELECT s.gzdm, count(*) AS n FROM stg.jysb s GROUP BY s.gzdm) r), '{}'))::jsonb
      INTO v_res
      FROM (SELECT count(*) AS n,
                   coalesce(sum(CASE WHEN p.hg THEN 1 ELSE 0 END), 0) AS hg,
                   coalesce(sum(CASE WHEN NOT p.hg THEN 1 ELSE 0 END), 0) AS bhg,
                   coalesce(sum(CASE WHEN p.rk THEN 1 ELSE 0 END), 0) AS rk,
                   coalesce(sum(CASE WHEN p.hg AND NOT p.rk THEN 1 ELSE 0 END), 0) AS dr
              FROM stg.jypc p) c;
    RETURN v_res;
END
$$;

--
-- Name: FUNCTION validate_batch(p_djzl text, p_limit integer, p_czr text, p_ids bigint[]); Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON FUNCTION stg.validate_batch(p_djzl text, p_limit integer, p_czr text, p_ids bigint[]) IS '一次校验运行：串行认领暂存行，按规则目录集合校验，标合格/不合格，合格行入库（失败行二分找出并记 RK00）；返回本批计数与各规则不通过行数';

--
-- Name: fwbm_gj(bigint[], jsonb); Type: FUNCTION; Schema: xz; Owner: -
--

CREATE FUNCTION xz.fwbm_gj(p_ids bigint[], p_cs jsonb) RETURNS TABLE(id bigint, gx jsonb)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY
    SELECT d.id, json_build_object('fwbm', g.fwbm)::jsonb
      FROM stg.djsj d
      JOIN gl.fw_dy g ON g.bdcdyh = btrim(d.bdcdyh) AND g.zt = '有效'
     WHERE d.id = ANY (p_ids) AND d.czlx <> 'D' AND d.sjnr ? 'fwbm'
       AND (d.sjnr ->> 'fwbm') IS DISTINCT FROM g.fwbm;
END
$$;

--
-- Name: FUNCTION fwbm_gj(p_ids bigint[], p_cs jsonb); Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON FUNCTION xz.fwbm_gj(p_ids bigint[], p_cs jsonb) IS '修正过程 房屋编码取挂接：房屋编码 fwbm 改为该不动产单元在 gl.fw_dy 中有效挂接的房屋编码；未挂接的行不改；只读';

--
-- Name: jf_cf(bigint[], jsonb); Type: FUNCTION; Schema: xz; Owner: -
--

CREATE FUNCTION xz.jf_cf(p_ids bigint[], p_cs jsonb) RETURNS TABLE(id bigint, gx jsonb)
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    v_cfwh  text := nullif(btrim(p_cs ->> 'cfwh'), '');
BEGIN
    RETURN QUERY
    WITH r AS (
        SELECT d.id, coalesce(d.ywh, '') AS ywh, btrim(d.bdcdyh) AS dyh, d.sjnr ->> 'syywh' AS v
          FROM stg.djsj d
         WHERE d.id = ANY (p_ids) AND d.czlx <> 'D' AND d.lybm = 'dbjg' AND d.djzl = '查封'
           AND strpos(coalesce(d.sjnr ->> 'djxl', ''), '解封') > 0 AND d.sjnr ? 'syywh' AND btrim(d.bdcdyh) <> ''
    ),
    c AS (
        SELECT DISTINCT r.id, f.ywh AS cf
          FROM r
          JOIN djjg.cfdj f ON f.bdcdyh = r.dyh
         WHERE coalesce(btrim(f.jfywh), '') = '' AND coalesce(f.qszt, '1') <> '2' AND f.ywh <> r.ywh
           AND (v_cfwh IS NULL OR btrim(f.cfwh) = v_cfwh)
           AND NOT EXISTS (SELECT 1 FROM stg.dcl q JOIN stg.djsj x ON x.id = q.id
                            WHERE q.jyzt IN ('待校验', '合格') AND q.djzl = '查封' AND x.lybm = 'dbjg'
                              AND x.czlx <> 'D' AND strpos(coalesce(x.sjnr ->> 'djxl', ''), '解封') > 0
                              AND btrim(x.sjnr ->> 'syywh') = f.ywh AND coalesce(x.ywh, '') <> r.ywh)
    )
    SELECT r.id, json_build_object('syywh', min(c.cf))::jsonb
      FROM r
      JOIN c ON c.id = r.id
     GROUP BY r.id, r.v
    HAVING count(*) = 1 AND min(c.cf) IS DISTINCT FROM r.v;
END
$$;

--
-- Name: FUNCTION jf_cf(p_ids bigint[], p_cs jsonb); Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON FUNCTION xz.jf_cf(p_ids bigint[], p_cs jsonb) IS '修正过程 解封指明查封：解封行的上手业务号改为该单元唯一已登记、未解封的查封（几个时按参数 cfwh 查封文号选定）；只读';

--
-- Name: mj_lpb(bigint[], jsonb); Type: FUNCTION; Schema: xz; Owner: -
--

CREATE FUNCTION xz.mj_lpb(p_ids bigint[], p_cs jsonb) RETURNS TABLE(id bigint, gx jsonb)
    LANGUAGE plpgsql STABLE
    AS $_$
DECLARE
    v_ly  text := coalesce(nullif(btrim(p_cs ->> 'ly'), ''), '实测优先');
BEGIN
    IF v_ly NOT IN ('实测优先', '实测', '预测') THEN
        RAISE EXCEPTION '修正过程 xz.mj_lpb 的参数 ly（面积来源）须是 实测优先、实测、预测 之一（收到 %）', v_ly
            USING ERRCODE = '22023';
    END IF;

    RETURN QUERY
    SELECT t.id, json_build_object('jzmj', round(t.mj, 2)::text)::jsonb
      FROM (SELECT d.id, btrim(d.sjnr ->> 'jzmj') AS v,
                   CASE v_ly WHEN '实测' THEN h.scjzmj
                             WHEN '预测' THEN h.ycjzmj
                             ELSE coalesce(h.scjzmj, h.ycjzmj) END AS mj
              FROM stg.djsj d
              LEFT JOIN gl.fw_dy g ON g.bdcdyh = d.bdcdyh AND g.zt = '有效'
              JOIN lpb.h h ON h.fwbm = coalesce(g.fwbm, d.sjnr ->> 'fwbm')
             WHERE d.id = ANY (p_ids) AND d.czlx <> 'D' AND d.sjnr ? 'jzmj') t
     WHERE t.mj > 0
       AND NOT coalesce(CASE WHEN t.v COLLATE "C" ~ '^-?[0-9]+(\.[0-9]+)?$' THEN t.v::numeric = round(t.mj, 2) END, false);
END
$_$;

--
-- Name: FUNCTION mj_lpb(p_ids bigint[], p_cs jsonb); Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON FUNCTION xz.mj_lpb(p_ids bigint[], p_cs jsonb) IS '修正过程 面积取楼盘表：建筑面积 jzmj 改为挂接房屋的楼盘表建筑面积（默认实测优先，否则预测；参数 ly 可只取实测或预测）；只读';

--
-- Name: qxdm_dyh(bigint[], jsonb); Type: FUNCTION; Schema: xz; Owner: -
--

CREATE FUNCTION xz.qxdm_dyh(p_ids bigint[], p_cs jsonb) RETURNS TABLE(id bigint, gx jsonb)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY
    SELECT d.id, json_build_object('qxdm', x.dm)::jsonb
      FROM stg.djsj d
      JOIN zd.xzqh x ON x.dm = left(btrim(d.sjnr ->> 'bdcdyh'), 6)
     WHERE d.id = ANY (p_ids) AND d.czlx <> 'D' AND d.sjnr ? 'qxdm'
       AND (d.sjnr ->> 'qxdm') IS DISTINCT FROM x.dm;
END
$$;

--
-- Name: FUNCTION qxdm_dyh(p_ids bigint[], p_cs jsonb); Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON FUNCTION xz.qxdm_dyh(p_ids bigint[], p_cs jsonb) IS '修正过程 区县代码取单元号：区县代码 qxdm 改为不动产单元号的前 6 位（须是行政区划代码表 zd.xzqh 的代码）；只读';

--
-- Name: rq_gs(bigint[], jsonb); Type: FUNCTION; Schema: xz; Owner: -
--

CREATE FUNCTION xz.rq_gs(p_ids bigint[], p_cs jsonb) RETURNS TABLE(id bigint, gx jsonb)
    LANGUAGE plpgsql STABLE
    AS $_$
DECLARE
    v_zd   text := btrim(p_cs ->> 'zd');
    -- 分隔写法：年 月 日（各 1–2 位）+ 可选时间；组 1–3 年月日，4–6 时分秒，7 秒的小数
    v_fg   text := '^([0-9]{4})\s*(?:年|[-/.])\s*([0-9]{1,2})\s*(?:月|[-/.])\s*([0-9]{1,2})\s*日?'
                   '(?:(?:\s+|\s*T\s*)([0-9]{1,2})\s*[:时点]\s*([0-9]{1,2})\s*(?:[:分]\s*(?:([0-9]{1,2})(\.[0-9]+)?\s*秒?)?)?)?$';
    -- 连写：YYYYMMDD + 可选时间
    v_lx   text := '^([0-9]{4})([0-9]{2})([0-9]{2})'
                   '(?:(?:\s+|\s*T\s*)([0-9]{1,2})\s*[:时点]\s*([0-9]{1,2})\s*(?:[:分]\s*(?:([0-9]{1,2})(\.[0-9]+)?\s*秒?)?)?)?$';
    -- 已是标准写法（stg.jc_rq 认可的形状）
    v_bz   text := '^[0-9]{4}-[0-9]{2}-[0-9]{2}(Z|[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?$';
BEGIN
    IF coalesce(v_zd, '') = '' THEN
        RAISE EXCEPTION '修正过程 xz.rq_gs 须有参数 zd（日期字段）' USING ERRCODE = '22023';
    END IF;

    RETURN QUERY
    SELECT u.id, json_build_object(v_zd, u.xz)::jsonb
      FROM (SELECT t.id, t.v,
                   t.m[1] || '-' || lpad(t.m[2], 2, '0') || '-' || lpad(t.m[3], 2, '0')
                   || CASE WHEN t.m[4] IS NULL THEN ''
                           ELSE ' ' || lpad(t.m[4], 2, '0') || ':' || lpad(t.m[5], 2, '0') || ':'
                                || lpad(coalesce(t.m[6], '0'), 2, '0') || coalesce(t.m[7], '')
                      END AS xz,
                   CASE WHEN t.m[4] IS NULL THEN true
                        ELSE t.m[4]::integer <= 23 AND t.m[5]::integer <= 59 AND coalesce(t.m[6], '0')::integer <= 59
                   END AS sj_yx
              FROM (SELECT s.id, s.v,
                           coalesce(regexp_match(s.w, v_fg), regexp_match(s.w, v_lx)) AS m
                      FROM (SELECT d.id, d.sjnr ->> v_zd AS v,
                                   btrim(translate(d.sjnr ->> v_zd, '０１２３４５６７８９：．／－　', '0123456789:./- ')) AS w
                              FROM stg.djsj d
                             WHERE d.id = ANY (p_ids) AND d.czlx <> 'D' AND jsonb_typeof(d.sjnr -> v_zd) = 'string') s
                     WHERE NOT (s.v COLLATE "C" ~ v_bz AND coalesce(stg.is_date(s.v), false))
                    OFFSET 0) t
             WHERE t.m IS NOT NULL AND t.m[1] <> '0000'
            OFFSET 0) u
     WHERE u.sj_yx AND coalesce(stg.is_date(u.xz), false) AND u.xz IS DISTINCT FROM u.v;
END
$_$;

--
-- Name: FUNCTION rq_gs(p_ids bigint[], p_cs jsonb); Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON FUNCTION xz.rq_gs(p_ids bigint[], p_cs jsonb) IS '修正过程 日期规范化：日期字段 zd 的 2021年3月5日、2021/3/5、2021.03.05、20210305 等写法改为 YYYY-MM-DD（带时间的为 YYYY-MM-DD HH:MI:SS）；不是真实日期、已是标准写法的不改；只读';

--
-- Name: run(text, bigint[], jsonb, boolean, text, text, text, text); Type: FUNCTION; Schema: xz; Owner: -
--

CREATE FUNCTION xz.run(p_gcm text, p_ids bigint[], p_cs jsonb, p_sy boolean, p_czr text, p_yy text, p_ly text, p_ip text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    v_gc    xz.gc%ROWTYPE;
    v_sy    boolean := coalesce(p_sy, true);
    v_cs    jsonb;
    v_ids   bigint[];
    v_fn    regprocedure;
    v_bad   text;
    v_out   jsonb;
    v_ch    jsonb;
    v_gx    jsonb;
    v_unch  jsonb;
    v_res   jsonb;
    v_rows  jsonb;
BEGIN
    -- 1. 过程
    SELECT g.* INTO v_gc FROM xz.gc g WHERE g.gcm = p_gcm AND g.qy;
    IF NOT FOUND THEN
        RAISE EXCEPTION '修正过程「%」不在修正过程目录 xz.gc 中或已停用，不能执行', coalesce(p_gcm, '')
            USING ERRCODE = '22023';
    END IF;
    v_fn := to_regprocedure(v_gc.gcm || '(bigint[], jsonb)');
    IF v_fn IS NULL THEN
        RAISE EXCEPTION '修正过程「%」在目录中，但数据库中没有函数 %(bigint[], jsonb)：请运行 jydj db migrate 安装',
            v_gc.gcm, v_gc.gcm USING ERRCODE = '42883';
    END IF;

    -- 2. 参数（null 与空白文字视为未填）
    IF p_cs IS NOT NULL AND jsonb_typeof(p_cs) <> 'object' THEN
        RAISE EXCEPTION '修正过程 % 的参数须是 {参数名: 值} 的对象（收到 %）', v_gc.gcm, p_cs USING ERRCODE = '22023';
    END IF;
    SELECT coalesce(json_object_agg(e.key, e.value)::jsonb, '{}'::jsonb) INTO v_cs
      FROM jsonb_each(coalesce(p_cs, '{}'::jsonb)) AS e(key, value)
     WHERE jsonb_typeof(e.value) <> 'null'
       AND NOT (jsonb_typeof(e.value) = 'string' AND btrim(e.value #>> '{}') = '');
    SELECT string_agg(k.key, '、' ORDER BY k.key) INTO v_bad
      FROM jsonb_object_keys(coalesce(p_cs, '{}'::jsonb)) AS k(key)
     WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v_gc.cs) AS s(sm) WHERE s.sm ->> 'name' = k.key);
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '修正过程 %（%）没有参数 %', v_gc.gcm, v_gc.mc, v_bad USING ERRCODE = '22023';
    END IF;
    SELECT string_agg((s.sm ->> 'label') || '（' || (s.sm ->> 'name') || '）', '、' ORDER BY s.n) INTO v_bad
      FROM jsonb_array_elements(v_gc.cs) WITH ORDINALITY AS s(sm, n)
     WHERE coalesce((s.sm ->> 'required')::boolean, false) AND NOT (v_cs ? (s.sm ->> 'name'));
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '修正过程 %（%）缺少必填参数：%', v_gc.gcm, v_gc.mc, v_bad USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(x.xx, '；' ORDER BY x.n) INTO v_bad
      FROM (SELECT s.n,
                   '参数 ' || (s.sm ->> 'label') || '（' || (s.sm ->> 'name') || '）'
                   || CASE s.sm ->> 'type'
                          WHEN 'number' THEN
                              CASE WHEN jsonb_typeof(e.value) = 'number'
                                     OR (jsonb_typeof(e.value) = 'string'
                                         AND btrim(e.value #>> '{}') COLLATE "C" ~ '^-?[0-9]+(\.[0-9]+)?$') THEN NULL
                                   ELSE '须是数字' END
                          WHEN 'choice' THEN
                              CASE WHEN jsonb_typeof(e.value) IN ('string', 'number')
                                        AND (s.sm -> 'choices') ? (e.value #>> '{}') THEN NULL
                                   ELSE '须是以下之一：'
                                        || (SELECT string_agg(c.v, '、')
                                              FROM jsonb_array_elements_text(s.sm -> 'choices') AS c(v)) END
                          WHEN 'field' THEN
                              CASE WHEN jsonb_typeof(e.value) = 'string' THEN NULL ELSE '须是字段名（文字）' END
                          ELSE
                              CASE WHEN jsonb_typeof(e.value) IN ('string', 'number') THEN NULL ELSE '须是文字' END
                      END
                   || '（收到 ' || e.value::text || '）' AS xx
              FROM jsonb_array_elements(v_gc.cs) WITH ORDINALITY AS s(sm, n)
              JOIN jsonb_each(v_cs) AS e(key, value) ON e.key = s.sm ->> 'name') x;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '修正过程 %（%）的%', v_gc.gcm, v_gc.mc, v_bad USING ERRCODE = '22023';
    END IF;

    -- 3. 行
    SELECT array_agg(x.id ORDER BY x.id) INTO v_ids
      FROM (SELECT DISTINCT i.id FROM unnest(p_ids) AS i(id) WHERE i.id IS NOT NULL) x;
    IF v_ids IS NULL THEN
        RAISE EXCEPTION '须至少选择一个暂存行' USING ERRCODE = '22023';
    END IF;
    IF NOT v_sy THEN
        IF coalesce(btrim(p_yy), '') = '' THEN
            RAISE EXCEPTION '修正原因 yy 必填' USING ERRCODE = '22023';
        END IF;
        IF coalesce(btrim(p_czr), '') = '' THEN
            RAISE EXCEPTION '操作人 czr 必填' USING ERRCODE = '22023';
        END IF;
        IF p_ly IS NULL OR p_ly NOT IN ('web', 'cli', 'api', 'job') THEN
            RAISE EXCEPTION '来源 ly 须是 web、cli、api、job 之一（收到 %）', coalesce(p_ly, 'NULL') USING ERRCODE = '22023';
        END IF;
        PERFORM pg_advisory_xact_lock(73010001);
        PERFORM 1 FROM stg.djsj d WHERE d.id = ANY (v_ids) ORDER BY d.id FOR UPDATE;
    END IF;
    SELECT string_agg(i.id::text, '、' ORDER BY i.id) INTO v_bad
      FROM unnest(v_ids) AS i(id)
     WHERE NOT EXISTS (SELECT 1 FROM stg.djsj d WHERE d.id = i.id);
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '暂存行 % 不存在', v_bad USING ERRCODE = 'P0002';
    END IF;
    SELECT string_agg(d.id || '（' || d.lybm || '：' || d.lyzj || '）', '、' ORDER BY d.id) INTO v_bad
      FROM stg.djsj d
     WHERE d.id = ANY (v_ids) AND d.jyzt = '已入库';
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '暂存行 %已入库，不能在此修正；生产数据的更正请由登记端办理更正登记后重推', v_bad
            USING ERRCODE = '22023';
    END IF;
    IF v_gc.djzl IS NOT NULL THEN
        SELECT string_agg(d.id || '（' || d.djzl || '）', '、' ORDER BY d.id) INTO v_bad
          FROM stg.djsj d
         WHERE d.id = ANY (v_ids) AND NOT (d.djzl = ANY (v_gc.djzl));
        IF v_bad IS NOT NULL THEN
            RAISE EXCEPTION '暂存行 %的登记种类不适用修正过程 %（%），它只用于：%', v_bad, v_gc.gcm, v_gc.mc,
                array_to_string(v_gc.djzl, '、') USING ERRCODE = '22023';
        END IF;
    END IF;
    SELECT string_agg(x.xx, '；' ORDER BY x.n) INTO v_bad
      FROM (SELECT s.n,
                   '字段 ' || (v_cs ->> (s.sm ->> 'name')) || ' 不是来源表 '
                   || string_agg(DISTINCT d.lybm, '、') || ' 的列（暂存行 '
                   || string_agg(d.id::text, '、' ORDER BY d.id) || '），不能修正' AS xx
              FROM jsonb_array_elements(v_gc.cs) WITH ORDINALITY AS s(sm, n)
              JOIN stg.djsj d ON d.id = ANY (v_ids)
             WHERE s.sm ->> 'type' = 'field' AND v_cs ? (s.sm ->> 'name')
               AND NOT (d.sjnr ? (v_cs ->> (s.sm ->> 'name')))
             GROUP BY s.n, s.sm) x;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '%', v_bad USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(x.xx, '；' ORDER BY x.n) INTO v_bad
      FROM (SELECT s.n,
                   '字段 ' || (v_cs ->> (s.sm ->> 'name')) || ' 是来源表 ' || string_agg(DISTINCT d.lybm, '、')
                   || ' 的主键，不能修正（改主键即另一行，请由登记端重推）' AS xx
              FROM jsonb_array_elements(v_gc.cs) WITH ORDINALITY AS s(sm, n)
              JOIN stg.djsj d ON d.id = ANY (v_ids)
              JOIN jh.lyb b ON b.lsl = 'S4' AND b.lybm = 'share_dj.' || d.lybm
             WHERE s.sm ->> 'type' = 'field' AND (v_cs ->> (s.sm ->> 'name')) = ANY (b.zjl)
             GROUP BY s.n, s.sm) x;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '%', v_bad USING ERRCODE = '22023';
    END IF;

    -- 4. 调用过程（名字来自目录，经 regproc 加引号）
    EXECUTE format('SELECT json_agg(json_build_object(''id'', r.id, ''gx'', r.gx))::jsonb FROM %s($1, $2) AS r',
                   v_fn::regproc)
       INTO v_out
      USING v_ids, v_cs;
    -- 只留所选的行、确有变化的字段
    SELECT coalesce(json_agg(json_build_object('id', c.id, 'lybm', c.lybm, 'lyzj', c.lyzj, 'djzl', c.djzl,
                                               'bdcdyh', c.bdcdyh, 'bgq', c.bgq, 'bgh', c.bgh) ORDER BY c.id)::jsonb,
                    '[]'::jsonb)
      INTO v_ch
      FROM (SELECT d.id, d.lybm, d.lyzj, d.djzl, d.bdcdyh,
                   json_object_agg(k.key, d.sjnr -> k.key)::jsonb AS bgq,
                   json_object_agg(k.key, k.value)::jsonb AS bgh
              FROM jsonb_array_elements(coalesce(v_out, '[]'::jsonb)) AS o(r)
              JOIN stg.djsj d ON d.id = (o.r ->> 'id')::bigint
             CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(o.r -> 'gx') = 'object' THEN o.r -> 'gx'
                                                ELSE '{}'::jsonb END) AS k(key, value)
             WHERE d.id = ANY (v_ids) AND k.value IS DISTINCT FROM d.sjnr -> k.key
             GROUP BY d.id, d.lybm, d.lyzj, d.djzl, d.bdcdyh) c;
    SELECT coalesce(json_agg(i.id ORDER BY i.id)::jsonb, '[]'::jsonb) INTO v_unch
      FROM unnest(v_ids) AS i(id)
     WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v_ch) AS c(r) WHERE (c.r ->> 'id')::bigint = i.id);

    -- 5. 试运行
    IF v_sy THEN
        RETURN json_build_object('gcm', v_gc.gcm, 'sy', true, 'rows', v_ch, 'unchanged', v_unch)::jsonb;
    END IF;

    -- 6. 执行
    IF v_ch = '[]'::jsonb THEN
        v_res := '{"rows": [], "qualified": 0, "unqualified": 0, "loaded": 0}'::jsonb;
    ELSE
        SELECT json_object_agg(c.r ->> 'id', c.r -> 'bgh')::jsonb INTO v_gx
          FROM jsonb_array_elements(v_ch) AS c(r);
        v_res := stg.correct_rows(v_gx, p_czr, p_yy, p_ly, p_ip);
    END IF;
    SELECT coalesce(json_agg(json_build_object('id', (c.r ->> 'id')::bigint, 'bgq', c.r -> 'bgq', 'bgh', c.r -> 'bgh',
                                               'jyzt', s.r ->> 'jyzt', 'jyjg', s.r -> 'jyjg')
                             ORDER BY (c.r ->> 'id')::bigint)::jsonb, '[]'::jsonb)
      INTO v_rows
      FROM jsonb_array_elements(v_ch) AS c(r)
      LEFT JOIN jsonb_array_elements(v_res -> 'rows') AS s(r) ON s.r -> 'id' = c.r -> 'id';

    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, ip, yy)
    VALUES (p_czr, '执行修正', 'xz.gc', v_gc.gcm, NULL,
            json_build_object('cs', v_cs, 'ids', to_json(v_ids),
                              'results', json_build_object(
                                  'changed', (SELECT coalesce(json_agg((c.r ->> 'id')::bigint ORDER BY (c.r ->> 'id')::bigint), '[]')
                                                FROM jsonb_array_elements(v_ch) AS c(r)),
                                  'unchanged', v_unch,
                                  'loaded', v_res -> 'loaded',
                                  'qualified', v_res -> 'qualified',
                                  'unqualified', v_res -> 'unqualified'))::jsonb,
            p_ly, p_ip, p_yy);

    RETURN json_build_object('gcm', v_gc.gcm, 'sy', false, 'rows', v_rows, 'unchanged', v_unch,
                             'loaded', v_res -> 'loaded', 'qualified', v_res -> 'qualified',
                             'unqualified', v_res -> 'unqualified')::jsonb;
END
$_$;

--
-- Name: FUNCTION run(p_gcm text, p_ids bigint[], p_cs jsonb, p_sy boolean, p_czr text, p_yy text, p_ly text, p_ip text); Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON FUNCTION xz.run(p_gcm text, p_ids bigint[], p_cs jsonb, p_sy boolean, p_czr text, p_yy text, p_ly text, p_ip text) IS '修正执行器：只执行修正过程目录 xz.gc 中已启用的过程，检查参数与所选行；试运行返回改动前后、不写；执行经 stg.correct_rows 写入、记日志、重新校验，并记一条执行日志';

--
-- Name: ss_xs(bigint[], jsonb); Type: FUNCTION; Schema: xz; Owner: -
--

CREATE FUNCTION xz.ss_xs(p_ids bigint[], p_cs jsonb) RETURNS TABLE(id bigint, gx jsonb)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY
    WITH r AS (
        SELECT d.id, d.djzl, coalesce(d.ywh, '') AS ywh, btrim(d.bdcdyh) AS dyh, d.sjnr ->> 'syywh' AS v
          FROM stg.djsj d
         WHERE d.id = ANY (p_ids) AND d.czlx <> 'D' AND d.lybm = 'dbjg'
           AND d.djzl IN ('所有权', '抵押权', '预抵押') AND d.sjnr ? 'syywh' AND btrim(d.bdcdyh) <> ''
    ),
    c AS (
        SELECT r.id, f.ywh AS sy
          FROM r
          JOIN djjg.fdcq f ON f.bdcdyh = r.dyh
         WHERE r.djzl IN ('所有权', '抵押权') AND f.qszt = '1' AND f.ywh <> r.ywh
           AND NOT EXISTS (SELECT 1 FROM stg.dcl q JOIN stg.djsj x ON x.id = q.id
                            WHERE q.jyzt IN ('待校验', '合格') AND q.djzl = '所有权' AND x.lybm = 'dbjg'
                              AND x.czlx <> 'D' AND btrim(x.sjnr ->> 'syywh') = f.ywh
                              AND coalesce(x.ywh, '') <> r.ywh)
        UNION
        SELECT r.id, g.ywh
          FROM r
          JOIN djjg.ygdj g ON g.bdcdyh = r.dyh
         WHERE r.djzl = '预抵押' AND coalesce(g.ygdjzl, '') NOT IN ('3', '4') AND g.ywh <> r.ywh
           AND coalesce(btrim(g.zxygywh), '') = '' AND coalesce(g.qszt, '1') <> '2'
    )
    SELECT r.id, json_build_object('syywh', min(c.sy))::jsonb
      FROM r
      JOIN c ON c.id = r.id
     GROUP BY r.id, r.v
    HAVING count(*) = 1 AND min(c.sy) IS DISTINCT FROM r.v;
END
$$;

--
-- Name: FUNCTION ss_xs(p_ids bigint[], p_cs jsonb); Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON FUNCTION xz.ss_xs(p_ids bigint[], p_cs jsonb) IS '修正过程 上手取现势业务：所有权、抵押权行的上手业务号改为该单元唯一的现势所有权，预抵押行的改为该单元唯一的现势预告；不唯一的不改；只读';

--
-- Name: zd_sz(bigint[], jsonb); Type: FUNCTION; Schema: xz; Owner: -
--

CREATE FUNCTION xz.zd_sz(p_ids bigint[], p_cs jsonb) RETURNS TABLE(id bigint, gx jsonb)
    LANGUAGE plpgsql STABLE
    AS $_$
DECLARE
    v_zd  text := btrim(p_cs ->> 'zd');
    v_z   text := CASE WHEN btrim(p_cs ->> 'z') <> '' THEN p_cs ->> 'z' END;
BEGIN
    IF coalesce(v_zd, '') = '' THEN
        RAISE EXCEPTION '修正过程 xz.zd_sz 须有参数 zd（字段）' USING ERRCODE = '22023';
    END IF;

    RETURN QUERY
    SELECT t.id, json_build_object(v_zd, t.xz)::jsonb
      FROM (SELECT d.id, d.sjnr -> v_zd AS jz,
                   CASE WHEN v_z IS NULL THEN 'null'::jsonb
                        WHEN jsonb_typeof(d.sjnr -> v_zd) = 'number' AND btrim(v_z) COLLATE "C" ~ '^-?[0-9]+(\.[0-9]+)?$'
                        THEN to_jsonb(btrim(v_z)::numeric)
                        ELSE to_jsonb(v_z)
                   END AS xz
              FROM stg.djsj d
             WHERE d.id = ANY (p_ids) AND d.czlx <> 'D' AND d.sjnr ? v_zd) t
     WHERE t.xz IS DISTINCT FROM t.jz;
END
$_$;

--
-- Name: FUNCTION zd_sz(p_ids bigint[], p_cs jsonb); Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON FUNCTION xz.zd_sz(p_ids bigint[], p_cs jsonb) IS '修正过程 字段改值：把所选暂存行映像中的字段 zd 改为值 z（空即置为空），只返回确有变化的行；只读';

--
-- Name: zjhm_gs(bigint[], jsonb); Type: FUNCTION; Schema: xz; Owner: -
--

CREATE FUNCTION xz.zjhm_gs(p_ids bigint[], p_cs jsonb) RETURNS TABLE(id bigint, gx jsonb)
    LANGUAGE plpgsql STABLE
    AS $_$
BEGIN
    RETURN QUERY
    SELECT u.id, json_build_object('zjhm', u.xz)::jsonb
      FROM (SELECT t.id, t.v, t.zl,
                   CASE WHEN t.s17 IS NOT NULL AND coalesce(std.is_valid_sfzh(t.h), false) THEN
                            t.s17 || substr('10X98765432',
                                  (  7 * substr(t.s17,  1, 1)::int +  9 * substr(t.s17,  2, 1)::int
                                  + 10 * substr(t.s17,  3, 1)::int +  5 * substr(t.s17,  4, 1)::int
                                  +  8 * substr(t.s17,  5, 1)::int +  4 * substr(t.s17,  6, 1)::int
                                  +  2 * substr(t.s17,  7, 1)::int +  1 * substr(t.s17,  8, 1)::int
                                  +  6 * substr(t.s17,  9, 1)::int +  3 * substr(t.s17, 10, 1)::int
                                  +  7 * substr(t.s17, 11, 1)::int +  9 * substr(t.s17, 12, 1)::int
                                  + 10 * substr(t.s17, 13, 1)::int +  5 * substr(t.s17, 14, 1)::int
                                  +  8 * substr(t.s17, 15, 1)::int +  4 * substr(t.s17, 16, 1)::int
                                  +  2 * substr(t.s17, 17, 1)::int) % 11 + 1, 1)
                        WHEN t.zl IN ('1', '8') THEN upper(t.h)
                        ELSE t.h
                   END AS xz
              FROM (SELECT s.id, s.v, s.zl, s.h,
                           CASE WHEN s.zl = '1' AND s.h COLLATE "C" ~ '^[0-9]{15}$'
                                THEN substr(s.h, 1, 6) || '19' || substr(s.h, 7) END AS s17
                      FROM (SELECT d.id, d.sjnr ->> 'zjhm' AS v, btrim(d.sjnr ->> 'zjzl') AS zl,
                                   btrim(translate(d.sjnr ->> 'zjhm',
                                                   '０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ'
                                                   || 'ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ　',
                                                   '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz '),
                                         E' \t\r\n') AS h
                              FROM stg.djsj d
                             WHERE d.id = ANY (p_ids) AND d.czlx <> 'D' AND d.lybm = 'qlr'
                               AND jsonb_typeof(d.sjnr -> 'zjhm') = 'string') s
                    OFFSET 0) t
            OFFSET 0) u
     WHERE u.xz <> '' AND u.xz <> u.v
       AND CASE u.zl WHEN '1' THEN coalesce(std.is_valid_sfzh(u.xz), false)
                     WHEN '8' THEN coalesce(std.is_valid_uscc(u.xz), false)
                     ELSE true END;
END
$_$;

--
-- Name: FUNCTION zjhm_gs(p_ids bigint[], p_cs jsonb); Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON FUNCTION xz.zjhm_gs(p_ids bigint[], p_cs jsonb) IS '修正过程 证件号码规范化：权利人证件号码去首尾空白、全角转半角，身份证末位 x 改 X、15 位旧号码升 18 位（补 19 与校验码）；整理后仍无效的不改；只读';

--
-- Name: aq_yy(text, text); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.aq_yy(p_detail text, p_msg text) RETURNS text[]
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    v_j     jsonb;
    v_yy    text[] := '{}';
    v_i     integer;
BEGIN
    BEGIN
        v_j := p_detail::jsonb;
    EXCEPTION
        WHEN others THEN
            v_j := NULL;
    END;
    IF v_j IS NOT NULL AND jsonb_typeof(v_j) = 'array' THEN
        FOR v_i IN 0 .. jsonb_array_length(v_j) - 1 LOOP
            IF coalesce(v_j -> v_i ->> 'xx', '') <> '' THEN
                v_yy := v_yy || (v_j -> v_i ->> 'xx');
            END IF;
        END LOOP;
    END IF;
    IF coalesce(array_length(v_yy, 1), 0) = 0 THEN
        v_yy := ARRAY[coalesce(p_msg, '交易安全校验未通过')];
    END IF;
    RETURN v_yy;
END
$$;

--
-- Name: FUNCTION aq_yy(p_detail text, p_msg text); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.aq_yy(p_detail text, p_msg text) IS '交易安全拒绝（JYAQ1）的 DETAIL（JSON 数组）换成中文原因数组（各项的 xx）';

--
-- Name: bh_sc(text); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.bh_sc(p_lx text) RETURNS text
    LANGUAGE plpgsql
    AS $_$
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
$_$;

--
-- Name: FUNCTION bh_sc(p_lx text); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.bh_sc(p_lx text) IS '一窗受理的编号：交易业务号 YC、存量房合同编号 CLF、合同备案号 BA/CLBA、抵押备案号 DYBA + 年份 + 定长序号（取自序列，遇到已有编号时跳过）';

--
-- Name: bz_jl(text, text, text, text, text); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.bz_jl(p_slbh text, p_hjmc text, p_jg text, p_sm text, p_czr text DEFAULT NULL::text) RETURNS integer
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

--
-- Name: FUNCTION bz_jl(p_slbh text, p_hjmc text, p_jg text, p_sm text, p_czr text); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.bz_jl(p_slbh text, p_hjmc text, p_jg text, p_sm text, p_czr text) IS '记一件一窗申请的办件步骤（ycsl.bz，序号递增），已有交易业务时同时记入 yw.jyyw_hj';

--
-- Name: cj(text, text, text, text); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.cj(p_slbh text, p_yy text, p_qqid text, p_czr text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_slbh  text := btrim(p_slbh);
    v_qqid  text := btrim(p_qqid);
    v_yy    text := btrim(p_yy);
    v_czr   text := coalesce(nullif(btrim(p_czr), ''), '一窗受理平台');
    v_dy    jsonb;
    v_sj    ycsl.sj%ROWTYPE;
    v_cxyy  text;
    v_sm    text;
BEGIN
    IF coalesce(v_slbh, '') = '' OR length(v_slbh) > 50 THEN
        RAISE EXCEPTION 'slbh（一窗受理号）不能为空，且不超过 50 个字符' USING DETAIL = 'InvalidInput';
    END IF;
    IF coalesce(v_qqid, '') = '' OR length(v_qqid) > 100 THEN
        RAISE EXCEPTION 'qqid（请求编号）不能为空，且不超过 100 个字符' USING DETAIL = 'InvalidInput';
    END IF;

    PERFORM pg_advisory_xact_lock(hashtext('ycsl.withdrawApplication'), hashtext(v_slbh));
    SELECT q.dy INTO v_dy FROM ycsl.qq q
     WHERE q.cz = 'withdrawApplication' AND q.jz = v_slbh AND q.qqid = v_qqid;
    IF FOUND THEN
        RETURN v_dy;
    END IF;

    IF coalesce(v_yy, '') = '' THEN
        RAISE EXCEPTION 'yy（撤件原因）不能为空' USING DETAIL = 'InvalidInput';
    END IF;
    SELECT s.* INTO v_sj FROM ycsl.sj s WHERE s.slbh = v_slbh FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'slbh（一窗受理号）「%」不存在', v_slbh USING DETAIL = 'NotFound';
    END IF;
    IF v_sj.zt = '已登簿' THEN
        RAISE EXCEPTION '一窗受理号 % 已登簿，不能撤件', v_slbh USING DETAIL = 'Conflict';
    END IF;
    IF v_sj.zt = '已撤件' THEN
        RAISE EXCEPTION '一窗受理号 % 已撤件', v_slbh USING DETAIL = 'Conflict';
    END IF;

    v_cxyy := '一窗受理撤件：' || v_yy;
    IF v_sj.jyywh IS NOT NULL AND v_sj.htbh IS NOT NULL THEN
        IF v_sj.htlx = 'clfht' THEN
            UPDATE ht.clfht c SET htzt = '已撤销', cxsj = now(), cxyy = v_cxyy, gxsj = now()
             WHERE c.htbh = v_sj.htbh AND c.htzt NOT IN ('已撤销', '已注销');
        ELSIF v_sj.htlx = 'spfht' THEN
            UPDATE ht.spfht p SET htzt = '已撤销', cxsj = now(), cxyy = v_cxyy, gxsj = now()
             WHERE p.htbh = v_sj.htbh AND p.htzt NOT IN ('已撤销', '已注销');
        END IF;
        UPDATE lpb.h h SET fwzt = CASE WHEN h.djzt = 1 THEN '已登记' ELSE '可售' END, gxsj = now()
         WHERE h.id = v_sj.h_id AND h.fwzt IN ('已签约', '已备案')
           AND NOT EXISTS (SELECT 1 FROM ht.clfht c WHERE c.h_id = h.id AND c.htzt IN ('已签约', '已备案'))
           AND NOT EXISTS (SELECT 1 FROM ht.spfht p WHERE p.h_id = h.id AND p.htzt IN ('已签约', '已备案'));
    END IF;
    IF v_sj.dyba_id IS NOT NULL THEN
        UPDATE ht.dyba b SET bazt = '已撤销', zxsj = now(), zxyy = v_cxyy, gxsj = now()
         WHERE b.id = v_sj.dyba_id AND b.bazt IN ('待备案', '已备案');
    END IF;
    IF v_sj.jyywh IS NOT NULL THEN
        UPDATE yw.jyyw y SET zt = '撤件', bjsj = now(), gxsj = now()
         WHERE y.ywh = v_sj.jyywh AND y.zt IN ('在办', '办结');
    END IF;
    UPDATE ycsl.sj s SET zt = '已撤件', gxsj = now() WHERE s.id = v_sj.id;
    PERFORM ycsl.bz_jl(v_slbh, '撤件', '撤件', v_yy, v_czr);
    v_sm := '一窗受理件已撤件：' || v_yy;
    PERFORM ycsl.ts_xr('pushAcceptanceResult', v_slbh,
                       json_build_object('jg', '已撤件', 'sm', v_sm, 'yy', array_to_json(ARRAY[v_yy]))::jsonb);
    v_dy := ycsl.sj_dy(v_sj.id, '已撤件', v_sm, ARRAY[v_yy]);
    INSERT INTO ycsl.qq (cz, jz, qqid, dy) VALUES ('withdrawApplication', v_slbh, v_qqid, v_dy);
    RETURN v_dy;
END
$$;

--
-- Name: FUNCTION cj(p_slbh text, p_yy text, p_qqid text, p_czr text); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.cj(p_slbh text, p_yy text, p_qqid text, p_czr text) IS '根据一窗受理号撤件（withdrawApplication）：幂等；撤销本件生成或备案的合同、本件的抵押备案，业务撤件，推送已撤件；已登簿的拒绝';

--
-- Name: dbwc(text, text, text, jsonb, text); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.dbwc(p_slbh text, p_djywh text, p_qqid text, p_dbxx jsonb, p_czr text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
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
$_$;

--
-- Name: FUNCTION dbwc(p_slbh text, p_djywh text, p_qqid text, p_dbxx jsonb, p_czr text); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.dbwc(p_slbh text, p_djywh text, p_qqid text, p_dbxx jsonb, p_czr text) IS '接收登簿完成信息（receiveRegistrationCompleted）：幂等；按一窗受理号或登记业务号找件，记登记业务号、证书号、登簿时间，已登簿';

--
-- Name: fj_jl(text, text, text, jsonb, text); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.fj_jl(p_slbh text, p_htbh text, p_fjlx text, p_fj jsonb, p_ly text) RETURNS integer
    LANGUAGE plpgsql
    AS $_$
DECLARE
    v_zd    text := CASE WHEN p_fjlx = '申报附件' THEN 'sbxx.fj' ELSE 'fj' END;
    v_e     jsonb;
    v_i     integer;
    v_n     integer;
    v_wjm   text;
    v_wjlx  text;
    v_dx    text;
    v_sha   text;
BEGIN
    IF p_fj IS NULL OR jsonb_typeof(p_fj) <> 'array' THEN
        RAISE EXCEPTION '%（附件）须为 JSON 数组', v_zd USING DETAIL = 'InvalidInput';
    END IF;
    IF p_slbh IS NULL AND p_htbh IS NULL THEN
        RAISE EXCEPTION '附件须属于一件申请（slbh）或一份合同（htbh）' USING DETAIL = 'InvalidInput';
    END IF;
    v_n := jsonb_array_length(p_fj);
    FOR v_i IN 0 .. v_n - 1 LOOP
        v_e := p_fj -> v_i;
        IF jsonb_typeof(v_e) <> 'object' THEN
            RAISE EXCEPTION '%[%]（附件）须为 JSON 对象', v_zd, v_i + 1 USING DETAIL = 'InvalidInput';
        END IF;
        v_wjm := btrim(v_e ->> 'wjm');
        v_wjlx := btrim(v_e ->> 'wjlx');
        v_dx := btrim(v_e ->> 'dx');
        v_sha := btrim(v_e ->> 'sha256');
        IF coalesce(v_wjm, '') = '' THEN
            RAISE EXCEPTION '%[%].wjm（文件名）不能为空', v_zd, v_i + 1 USING DETAIL = 'InvalidInput';
        END IF;
        IF coalesce(v_wjlx, '') = '' OR length(v_wjlx) > 100 THEN
            RAISE EXCEPTION '%[%].wjlx（文件类型）不能为空，且不超过 100 个字符', v_zd, v_i + 1
                USING DETAIL = 'InvalidInput';
        END IF;
        IF v_dx IS NULL OR v_dx !~ '^[0-9]{1,15}$' THEN
            RAISE EXCEPTION '%[%].dx（文件大小）须为不小于 0 的整数（字节），收到「%」', v_zd, v_i + 1, v_e ->> 'dx'
                USING DETAIL = 'InvalidInput';
        END IF;
        IF v_sha IS NULL OR v_sha !~ '^[0-9a-f]{64}$' THEN
            RAISE EXCEPTION '%[%].sha256（文件摘要）须为 64 位小写十六进制的 SHA-256，收到「%」', v_zd, v_i + 1,
                v_e ->> 'sha256' USING DETAIL = 'InvalidInput';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM ycsl.fj f
                        WHERE f.sha256 = v_sha AND f.fjlx = p_fjlx
                          AND f.slbh IS NOT DISTINCT FROM p_slbh AND f.htbh IS NOT DISTINCT FROM p_htbh) THEN
            INSERT INTO ycsl.fj (slbh, htbh, fjlx, wjm, wjlx, dx, sha256, ly)
            VALUES (p_slbh, p_htbh, p_fjlx, v_wjm, v_wjlx, v_dx::bigint, v_sha, coalesce(p_ly, '一窗'));
        END IF;
    END LOOP;
    RETURN v_n;
END
$_$;

--
-- Name: FUNCTION fj_jl(p_slbh text, p_htbh text, p_fjlx text, p_fj jsonb, p_ly text); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.fj_jl(p_slbh text, p_htbh text, p_fjlx text, p_fj jsonb, p_ly text) IS '记下一批附件的文件信息（文件名、类型、大小、SHA-256；文件存于库外），校验每项并指明出错的字段，重发的同一文件不重记';

--
-- Name: iso(timestamp with time zone); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.iso(p_t timestamp with time zone) RETURNS text
    LANGUAGE sql STABLE
    AS $$
    SELECT to_char(p_t AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS') || '+08:00'
$$;

--
-- Name: FUNCTION iso(p_t timestamp with time zone); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.iso(p_t timestamp with time zone) IS '时间的 ISO 8601 文本（北京时间，+08:00，精确到秒），用于一窗受理的推送与应答';

--
-- Name: qmy_js(text, text, jsonb, text); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.qmy_js(p_htbh text, p_qqid text, p_fj jsonb, p_czr text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_htbh   text := btrim(p_htbh);
    v_qqid   text := btrim(p_qqid);
    v_czr    text := coalesce(nullif(btrim(p_czr), ''), '一窗受理平台');
    v_dy     jsonb;
    v_lx     text;
    v_ht     record;
    v_sj     ycsl.sj%ROWTYPE;
    v_n      integer;
    v_yy     text[] := '{}';
    v_jg     text;
    v_sm     text;
    v_htbah  text;
    v_zjhm   text[];
    v_detail text;
    v_msg    text;
BEGIN
    IF coalesce(v_htbh, '') = '' OR length(v_htbh) > 50 THEN
        RAISE EXCEPTION 'htbh（合同编号）不能为空，且不超过 50 个字符' USING DETAIL = 'InvalidInput';
    END IF;
    IF coalesce(v_qqid, '') = '' OR length(v_qqid) > 100 THEN
        RAISE EXCEPTION 'qqid（请求编号）不能为空，且不超过 100 个字符' USING DETAIL = 'InvalidInput';
    END IF;

    PERFORM pg_advisory_xact_lock(hashtext('ycsl.receiveSignatureImages'), hashtext(v_htbh));
    SELECT q.dy INTO v_dy FROM ycsl.qq q
     WHERE q.cz = 'receiveSignatureImages' AND q.jz = v_htbh AND q.qqid = v_qqid;
    IF FOUND THEN
        RETURN v_dy;
    END IF;

    IF p_fj IS NULL OR jsonb_typeof(p_fj) <> 'array' OR jsonb_array_length(p_fj) = 0 THEN
        RAISE EXCEPTION 'fj（签字页影像）须为非空 JSON 数组' USING DETAIL = 'InvalidInput';
    END IF;
    SELECT c.id, c.h_id, c.htzt INTO v_ht FROM ht.clfht c WHERE c.htbh = v_htbh FOR UPDATE;
    IF FOUND THEN
        v_lx := 'clfht';
    ELSIF EXISTS (SELECT 1 FROM ht.spfht p WHERE p.htbh = v_htbh) THEN
        v_lx := 'spfht';
    ELSE
        RAISE EXCEPTION 'htbh（合同编号）「%」不存在', v_htbh USING DETAIL = 'NotFound';
    END IF;
    SELECT s.* INTO v_sj FROM ycsl.sj s
     WHERE s.htbh = v_htbh AND s.htlx = v_lx AND s.lc = 'CLFWQ'
     ORDER BY s.id DESC
     LIMIT 1
       FOR UPDATE;
    v_n := ycsl.fj_jl(v_sj.slbh, v_htbh, '签字页', p_fj, '一窗');

    IF v_sj.id IS NOT NULL AND v_sj.zt = '预录' AND v_lx = 'clfht' AND v_ht.htzt = '草签' THEN
        PERFORM ycsl.bz_jl(v_sj.slbh, '接收签字页', '通过', '收到签字页 ' || v_n || ' 份', v_czr);
        v_zjhm := ARRAY(SELECT d.zjhm FROM ht.clfht_dsr d
                         WHERE d.ht_id = v_ht.id AND d.jslx = '买受人' AND d.zjhm IS NOT NULL ORDER BY d.sxh);
        BEGIN
            SET CONSTRAINTS ALL IMMEDIATE;
            UPDATE ht.clfht c SET htzt = '已签约', qyrq = current_date, gxsj = now() WHERE c.id = v_ht.id;
            UPDATE lpb.h h SET fwzt = '已签约', gxsj = now()
             WHERE h.id = v_ht.h_id AND h.fwzt NOT IN ('已灭失', '已签约', '已备案');
            PERFORM ycsl.bz_jl(v_sj.slbh, '签约', '通过', '存量房合同 ' || v_htbh || ' 已签约', v_czr);
            PERFORM ycsl.ts_xr('pushContractResult', v_sj.slbh,
                               json_build_object('jg', '签约成功', 'sm', '存量房合同 ' || v_htbh || ' 已签约',
                                                 'htbh', v_htbh, 'qyrq', current_date::text)::jsonb);
            v_htbah := ycsl.bh_sc('clfhtbah');
            UPDATE ht.clfht c SET htzt = '已备案', htbah = v_htbah, barq = current_date, gxsj = now()
             WHERE c.id = v_ht.id;
            UPDATE lpb.h h SET fwzt = '已备案', gxsj = now()
             WHERE h.id = v_ht.h_id AND h.fwzt NOT IN ('已灭失', '已备案');
            PERFORM ycsl.bz_jl(v_sj.slbh, '备案', '通过',
                               '存量房合同 ' || v_htbh || ' 已备案，备案号 ' || v_htbah, v_czr);
            PERFORM ycsl.ts_xr('pushContractResult', v_sj.slbh,
                               json_build_object('jg', '备案成功',
                                                 'sm', '存量房合同 ' || v_htbh || ' 已备案，备案号 ' || v_htbah,
                                                 'htbh', v_htbh, 'htbah', v_htbah,
                                                 'barq', current_date::text)::jsonb);
            UPDATE yw.jyyw y SET zt = '办结', bjsj = now(), gxsj = now() WHERE y.ywh = v_sj.jyywh AND y.zt = '在办';
            PERFORM ycsl.bz_jl(v_sj.slbh, '交易确定', '通过', '交易已确定，交易业务号 ' || v_sj.jyywh, v_czr);
            PERFORM ycsl.ts_xr('pushConfirmationResult', v_sj.slbh,
                               json_build_object('jg', '确认通过', 'sm', '存量房交易已确定',
                                                 'htbh', v_htbh, 'htbah', v_htbah, 'jyywh', v_sj.jyywh)::jsonb);
            UPDATE ycsl.sj s SET zt = '已确认', gxsj = now() WHERE s.id = v_sj.id;
        EXCEPTION
            WHEN SQLSTATE 'JYAQ1' THEN
                GET STACKED DIAGNOSTICS v_detail = PG_EXCEPTION_DETAIL, v_msg = MESSAGE_TEXT;
                v_yy := ycsl.aq_yy(v_detail, v_msg);
            WHEN unique_violation THEN
                IF SQLERRM NOT LIKE '%h_id_yx_uq%' THEN
                    RAISE;
                END IF;
                v_yy := ARRAY(SELECT c.xx FROM aq.jc_fw('clfht', v_ht.h_id, v_ht.id, v_zjhm) c ORDER BY c.gzbm);
                IF coalesce(array_length(v_yy, 1), 0) = 0 THEN
                    v_yy := ARRAY['房屋 ' || v_sj.fwbm || ' 已有另一份已签约或已备案的合同（一房多卖）'];
                END IF;
        END;
        SET CONSTRAINTS ALL DEFERRED;
        IF coalesce(array_length(v_yy, 1), 0) > 0 THEN
            UPDATE ht.clfht c SET htzt = '已撤销', cxsj = now(),
                                  cxyy = '一窗受理 ' || v_sj.slbh || ' 交易安全审核未通过', gxsj = now()
             WHERE c.id = v_ht.id;
            UPDATE yw.jyyw y SET zt = '驳回', bjsj = now(), gxsj = now() WHERE y.ywh = v_sj.jyywh AND y.zt = '在办';
            PERFORM ycsl.bz_jl(v_sj.slbh, '签约', '不通过', array_to_string(v_yy, '；'), v_czr);
            UPDATE ycsl.sj s SET zt = '未通过', gxsj = now() WHERE s.id = v_sj.id;
            v_jg := '审核未通过';
            v_sm := '交易安全审核未通过，存量房合同 ' || v_htbh || ' 已撤销';
            PERFORM ycsl.ts_xr('pushContractResult', v_sj.slbh,
                               json_build_object('jg', v_jg, 'sm', v_sm, 'htbh', v_htbh,
                                                 'yy', array_to_json(v_yy))::jsonb);
        ELSE
            v_jg := '确认通过';
            v_sm := '存量房合同 ' || v_htbh || ' 已签约、备案（备案号 ' || v_htbah || '），交易已确定';
        END IF;
    ELSE
        v_jg := '已接收';
        v_sm := '已接收签字页 ' || v_n || ' 份';
        IF v_sj.id IS NOT NULL THEN
            v_sm := v_sm || '（一窗受理号 ' || v_sj.slbh || ' 状态为' || v_sj.zt || '，不改变办理状态）';
            PERFORM ycsl.bz_jl(v_sj.slbh, '接收签字页', '通过', v_sm, v_czr);
        END IF;
    END IF;

    SELECT json_build_object(
               'htbh', v_htbh, 'htzt', coalesce(c.htzt, p.htzt), 'htbah', coalesce(c.htbah, p.htbah),
               'slbh', s.slbh, 'zt', s.zt, 'fjsl', v_n, 'jg', v_jg, 'sm', v_sm, 'yy', array_to_json(v_yy))::jsonb
      INTO v_dy
      FROM (SELECT 1) AS d (x)
      LEFT JOIN ht.clfht c ON v_lx = 'clfht' AND c.htbh = v_htbh
      LEFT JOIN ht.spfht p ON v_lx = 'spfht' AND p.htbh = v_htbh
      LEFT JOIN ycsl.sj s ON s.id = v_sj.id;
    INSERT INTO ycsl.qq (cz, jz, qqid, dy) VALUES ('receiveSignatureImages', v_htbh, v_qqid, v_dy);
    RETURN v_dy;
END
$$;

--
-- Name: FUNCTION qmy_js(p_htbh text, p_qqid text, p_fj jsonb, p_czr text); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.qmy_js(p_htbh text, p_qqid text, p_fj jsonb, p_czr text) IS '接收合同签字影像（receiveSignatureImages）：幂等记下签字页；一窗预录的草签存量房合同依次签约、备案、交易确定并推送，交易安全拒绝则审核未通过';

--
-- Name: sj_bh(bigint, text, text[], text); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.sj_bh(p_sj_id bigint, p_hjmc text, p_yy text[], p_czr text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_slbh  text;
    v_lc    text;
    v_yy    text := array_to_string(p_yy, '；');
    v_sm    text;
BEGIN
    UPDATE ycsl.sj s SET zt = '已驳回', xd = true, xdyy = v_yy, gxsj = now()
     WHERE s.id = p_sj_id
    RETURNING s.slbh, s.lc INTO v_slbh, v_lc;
    v_sm := CASE WHEN v_lc = 'DYBA' THEN '抵押备案' ELSE '交易备案' END
            || p_hjmc || '未通过，已退回一窗受理平台并挂起二次受理限定';
    PERFORM ycsl.bz_jl(v_slbh, p_hjmc, '驳回', v_yy, p_czr);
    PERFORM ycsl.ts_xr('pushAcceptanceResult', v_slbh,
                       json_build_object('jg', '驳回', 'sm', v_sm, 'yy', array_to_json(p_yy), 'xd', true)::jsonb);
    RETURN ycsl.sj_dy(p_sj_id, '驳回', v_sm, p_yy);
END
$$;

--
-- Name: FUNCTION sj_bh(p_sj_id bigint, p_hjmc text, p_yy text[], p_czr text); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.sj_bh(p_sj_id bigint, p_hjmc text, p_yy text[], p_czr text) IS '驳回一件一窗申请并挂起二次受理限定：已驳回、记步骤与原因、推送受理结果「驳回」';

--
-- Name: sj_clfwq(bigint, text); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.sj_clfwq(p_sj_id bigint, p_czr text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    v_sj     ycsl.sj%ROWTYPE;
    v_x      jsonb;
    v_t      text;
    v_htje   numeric;
    v_jzmj   numeric;
    v_fkfs   text;
    v_bdcqzh text;
    v_zjjg   boolean;
    v_h      record;
    v_bdcdyh text;
    v_fdcq   record;
    v_htbh   text;
    v_ywh    text;
    v_ht     bigint;
    v_yy     text[];
    v_sm     text;
BEGIN
    SELECT s.* INTO v_sj FROM ycsl.sj s WHERE s.id = p_sj_id;
    v_x := v_sj.sbxx;
    IF NOT EXISTS (SELECT 1 FROM ycsl.sbr r WHERE r.sj_id = p_sj_id AND r.jslx = '出卖人')
       OR NOT EXISTS (SELECT 1 FROM ycsl.sbr r WHERE r.sj_id = p_sj_id AND r.jslx = '买受人') THEN
        RAISE EXCEPTION 'sbr（申报人）须至少有一个出卖人和一个买受人（存量房网签）' USING DETAIL = 'InvalidInput';
    END IF;
    v_t := btrim(v_x ->> 'htje');
    IF coalesce(v_t, '') = '' THEN
        RAISE EXCEPTION 'sbxx.htje（成交金额）不能为空（存量房网签）' USING DETAIL = 'InvalidInput';
    END IF;
    IF v_t ~ '^[0-9]{1,16}(\.[0-9]+)?$' THEN
        v_htje := round(v_t::numeric, 2);
    END IF;
    IF v_htje IS NULL OR v_htje <= 0 THEN
        RAISE EXCEPTION 'sbxx.htje（成交金额）须为大于 0 的数（元），收到「%」', v_t USING DETAIL = 'InvalidInput';
    END IF;
    v_t := btrim(v_x ->> 'jzmj');
    IF coalesce(v_t, '') <> '' THEN
        IF v_t !~ '^[0-9]{1,10}(\.[0-9]+)?$' THEN
            RAISE EXCEPTION 'sbxx.jzmj（建筑面积）须为不小于 0 的数（m²），收到「%」', v_t USING DETAIL = 'InvalidInput';
        END IF;
        v_jzmj := round(v_t::numeric, 2);
    END IF;
    v_fkfs := nullif(btrim(v_x ->> 'fkfs'), '');
    IF v_fkfs IS NOT NULL AND v_fkfs NOT IN ('一次性付款', '分期付款', '按揭贷款', '公积金贷款', '组合贷款', '其他') THEN
        RAISE EXCEPTION 'sbxx.fkfs（付款方式）只能是 一次性付款、分期付款、按揭贷款、公积金贷款、组合贷款 或 其他，收到「%」',
            v_fkfs USING DETAIL = 'InvalidInput';
    END IF;
    v_bdcqzh := nullif(btrim(v_x ->> 'bdcqzh'), '');
    IF length(v_bdcqzh) > 100 THEN
        RAISE EXCEPTION 'sbxx.bdcqzh（不动产权证书号）不能超过 100 个字符' USING DETAIL = 'InvalidInput';
    END IF;
    v_t := lower(btrim(v_x ->> 'zjjgbz'));
    IF coalesce(v_t, '') <> '' AND v_t NOT IN ('true', 'false') THEN
        RAISE EXCEPTION 'sbxx.zjjgbz（资金监管标志）须为 true 或 false，收到「%」', v_x ->> 'zjjgbz'
            USING DETAIL = 'InvalidInput';
    END IF;
    v_zjjg := coalesce(v_t = 'true', false);

    SELECT h.id, h.fwbm, h.zl, coalesce(h.scjzmj, h.ycjzmj) AS jzmj, x.qxdm, x.xmbh
      INTO v_h
      FROM lpb.h h
      JOIN lpb.ljz l ON l.id = h.ljz_id
      JOIN lpb.zrz z ON z.id = l.zrz_id
      JOIN lpb.xm x ON x.id = z.xm_id
     WHERE h.id = v_sj.h_id;
    SELECT g.bdcdyh INTO v_bdcdyh FROM gl.fw_dy g WHERE g.fwbm = v_h.fwbm AND g.zt = '有效';
    SELECT f.bdcdyh, f.bdcqzh INTO v_fdcq
      FROM djjg.fdcq f
     WHERE (f.bdcdyh IN (SELECT d.bdcdyh FROM gl.dy_of_fw(v_h.fwbm) d) OR f.fwbm = v_h.fwbm) AND f.qszt = '1'
     ORDER BY f.djsj DESC NULLS LAST, f.id DESC
     LIMIT 1;

    v_htbh := ycsl.bh_sc('clfhtbh');
    v_ywh := ycsl.bh_sc('ywh');
    INSERT INTO yw.jyyw (ywh, ywlx, slbh, fwbm, h_id, htbh, qxdm, xmbh, zt, slr, bz)
    VALUES (v_ywh, 'CLFWQ', v_sj.slbh, v_h.fwbm, v_h.id, v_htbh, v_h.qxdm, v_h.xmbh, '在办', p_czr,
            '一窗受理 存量房网签（一窗受理号 ' || v_sj.slbh || '）');
    INSERT INTO ht.clfht (htbh, h_id, fwbm, bdcdyh, bdcqzh, zl, qxdm, htje, jzmj, fkfs, jjjg, jjjgtyshxydm, zjjgbz, htzt)
    VALUES (v_htbh, v_h.id, v_h.fwbm, coalesce(v_bdcdyh, v_fdcq.bdcdyh), coalesce(v_bdcqzh, v_fdcq.bdcqzh), v_h.zl,
            v_h.qxdm, v_htje, coalesce(v_jzmj, v_h.jzmj), v_fkfs, nullif(btrim(v_x ->> 'jjjg'), ''),
            nullif(btrim(v_x ->> 'jjjgtyshxydm'), ''), v_zjjg, '草签')
    RETURNING id INTO v_ht;
    INSERT INTO ht.clfht_dsr (ht_id, jslx, sxh, mc, zjzl, zjhm, dh)
    SELECT v_ht, r.jslx, row_number() OVER (PARTITION BY r.jslx ORDER BY r.sxh), r.mc, r.zjzl, r.zjhm, r.dh
      FROM ycsl.sbr r
     WHERE r.sj_id = p_sj_id AND r.jslx IN ('出卖人', '买受人');
    UPDATE ycsl.sj s SET htlx = 'clfht', htbh = v_htbh, jyywh = v_ywh, gxsj = now() WHERE s.id = p_sj_id;
    PERFORM ycsl.bz_jl(v_sj.slbh, '收件', '通过', '收到一窗受理分发件（存量房网签），交易业务号 ' || v_ywh, p_czr);
    PERFORM ycsl.bz_jl(v_sj.slbh, '预录', '通过', '生成存量房签约预录信息：合同编号 ' || v_htbh || '（草签）', p_czr);

    v_yy := ARRAY(SELECT c.xx
                    FROM aq.jc_fw('clfht', v_h.id, v_ht,
                                  ARRAY(SELECT d.zjhm FROM ht.clfht_dsr d
                                         WHERE d.ht_id = v_ht AND d.jslx = '买受人' AND d.zjhm IS NOT NULL)) c
                   ORDER BY c.gzbm);
    IF coalesce(array_length(v_yy, 1), 0) > 0 THEN
        UPDATE ht.clfht c SET htzt = '已撤销', cxsj = now(),
                              cxyy = '一窗受理 ' || v_sj.slbh || ' 交易安全审核未通过', gxsj = now()
         WHERE c.id = v_ht;
        UPDATE yw.jyyw y SET zt = '驳回', bjsj = now(), gxsj = now() WHERE y.ywh = v_ywh;
        PERFORM ycsl.bz_jl(v_sj.slbh, '审核', '不通过', array_to_string(v_yy, '；'), p_czr);
        UPDATE ycsl.sj s SET zt = '未通过', gxsj = now() WHERE s.id = p_sj_id;
        v_sm := '交易安全审核未通过，存量房合同 ' || v_htbh || ' 已撤销';
        PERFORM ycsl.ts_xr('pushContractResult', v_sj.slbh,
                           json_build_object('jg', '审核未通过', 'sm', v_sm, 'htbh', v_htbh,
                                             'yy', array_to_json(v_yy))::jsonb);
        RETURN ycsl.sj_dy(p_sj_id, '审核未通过', v_sm, v_yy);
    END IF;
    UPDATE ycsl.sj s SET zt = '预录', gxsj = now() WHERE s.id = p_sj_id;
    v_sm := '已生成存量房签约预录信息（合同编号 ' || v_htbh || '），待上传签字页';
    PERFORM ycsl.ts_xr('pushAcceptanceResult', v_sj.slbh,
                       json_build_object('jg', '受理通过', 'sm', v_sm, 'htbh', v_htbh, 'jyywh', v_ywh)::jsonb);
    RETURN ycsl.sj_dy(p_sj_id, '受理通过', v_sm, '{}'::text[]);
END
$_$;

--
-- Name: FUNCTION sj_clfwq(p_sj_id bigint, p_czr text); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.sj_clfwq(p_sj_id bigint, p_czr text) IS '存量房网签一窗收件：生成草签合同与当事人、CLFWQ 业务（在办）、步骤收件与预录，交易安全预检；不通过则撤销合同、驳回业务、推送审核未通过';

--
-- Name: sj_dy(bigint, text, text, text[]); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.sj_dy(p_sj_id bigint, p_jg text, p_sm text, p_yy text[]) RETURNS jsonb
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    v_dy    jsonb;
BEGIN
    SELECT json_build_object(
               'slbh', s.slbh, 'lc', s.lc, 'zt', s.zt, 'htbh', s.htbh,
               'htbah', coalesce(c.htbah, p.htbah), 'htzt', coalesce(c.htzt, p.htzt),
               'dybah', b.dybah, 'jyywh', s.jyywh, 'xd', s.xd,
               'djywh', s.djywh, 'bdcqzh', s.bdcqzh, 'djsj', ycsl.iso(s.djsj),
               'jg', p_jg, 'sm', p_sm, 'yy', array_to_json(coalesce(p_yy, '{}'::text[])))::jsonb
      INTO v_dy
      FROM ycsl.sj s
      LEFT JOIN ht.clfht c ON s.htlx = 'clfht' AND c.htbh = s.htbh
      LEFT JOIN ht.spfht p ON s.htlx = 'spfht' AND p.htbh = s.htbh
      LEFT JOIN ht.dyba b ON b.id = s.dyba_id
     WHERE s.id = p_sj_id;
    RETURN v_dy;
END
$$;

--
-- Name: FUNCTION sj_dy(p_sj_id bigint, p_jg text, p_sm text, p_yy text[]); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.sj_dy(p_sj_id bigint, p_jg text, p_sm text, p_yy text[]) IS '一窗收件类操作的应答：该件状态、合同与备案号、抵押备案号、交易业务号、限定、登簿信息，加本次结果、说明与原因数组';

--
-- Name: sj_dyba(bigint, text); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.sj_dyba(p_sj_id bigint, p_czr text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    v_sj       ycsl.sj%ROWTYPE;
    v_x        jsonb;
    v_t        text;
    v_dyr      text;
    v_dyrzjhm  text;
    v_dyrzjzl  varchar;
    v_dyzjhm   text[];
    v_dyqr     text;
    v_dyqrzjhm text;
    v_dyqrzjzl varchar;
    v_dyfs     text;
    v_dylx     text;
    v_bdbz     numeric;
    v_zgzq     numeric;
    v_qssj     date;
    v_jssj     date;
    v_htbh     text;
    v_h        record;
    v_dy       text[];
    v_fdcq     record;
    v_bdcqzh   text;
    v_qs       text[] := '{}';
    v_yy       text[] := '{}';
    v_ywh      text;
    v_dyba     bigint;
    v_dybah    text;
    v_sm       text;
    v_detail   text;
    v_msg      text;
BEGIN
    SELECT s.* INTO v_sj FROM ycsl.sj s WHERE s.id = p_sj_id;
    v_x := v_sj.sbxx;

    -- 输入 -----------------------------------------------------------------------------------------------------
    v_dyr := coalesce(nullif(btrim(v_x ->> 'dyr'), ''),
                      (SELECT string_agg(r.mc, '、' ORDER BY r.sxh) FROM ycsl.sbr r
                        WHERE r.sj_id = p_sj_id AND r.jslx = '抵押人'));
    IF v_dyr IS NULL THEN
        RAISE EXCEPTION 'sbxx.dyr（抵押人）不能为空（或在 sbr 中给出抵押人）' USING DETAIL = 'InvalidInput';
    END IF;
    v_dyrzjhm := coalesce(nullif(btrim(v_x ->> 'dyrzjhm'), ''),
                          (SELECT r.zjhm FROM ycsl.sbr r
                            WHERE r.sj_id = p_sj_id AND r.jslx = '抵押人' AND r.zjhm IS NOT NULL
                            ORDER BY r.sxh LIMIT 1));
    IF v_dyrzjhm IS NULL THEN
        RAISE EXCEPTION 'sbxx.dyrzjhm（抵押人证件号码）不能为空（或在 sbr 中给出抵押人的证件号码）'
            USING DETAIL = 'InvalidInput';
    END IF;
    IF length(v_dyrzjhm) > 50 THEN
        RAISE EXCEPTION 'sbxx.dyrzjhm（抵押人证件号码）不能超过 50 个字符' USING DETAIL = 'InvalidInput';
    END IF;
    v_dyzjhm := ARRAY(SELECT v_dyrzjhm
                      UNION
                      SELECT r.zjhm FROM ycsl.sbr r
                       WHERE r.sj_id = p_sj_id AND r.jslx = '抵押人' AND r.zjhm IS NOT NULL);
    v_dyrzjzl := coalesce((SELECT r.zjzl FROM ycsl.sbr r
                            WHERE r.sj_id = p_sj_id AND r.jslx = '抵押人' AND r.zjhm = v_dyrzjhm
                            ORDER BY r.sxh LIMIT 1),
                          CASE WHEN std.is_valid_sfzh(v_dyrzjhm) THEN '1'
                               WHEN std.is_valid_uscc(v_dyrzjhm) THEN '8' END);
    v_dyqr := coalesce(nullif(btrim(v_x ->> 'dyqr'), ''),
                       (SELECT string_agg(r.mc, '、' ORDER BY r.sxh) FROM ycsl.sbr r
                         WHERE r.sj_id = p_sj_id AND r.jslx = '抵押权人'));
    IF v_dyqr IS NULL THEN
        RAISE EXCEPTION 'sbxx.dyqr（抵押权人）不能为空（或在 sbr 中给出抵押权人）' USING DETAIL = 'InvalidInput';
    END IF;
    v_dyqrzjhm := coalesce(nullif(btrim(v_x ->> 'dyqrzjhm'), ''),
                           (SELECT r.zjhm FROM ycsl.sbr r
                             WHERE r.sj_id = p_sj_id AND r.jslx = '抵押权人' AND r.zjhm IS NOT NULL
                             ORDER BY r.sxh LIMIT 1));
    IF length(v_dyqrzjhm) > 50 THEN
        RAISE EXCEPTION 'sbxx.dyqrzjhm（抵押权人证件号码）不能超过 50 个字符' USING DETAIL = 'InvalidInput';
    END IF;
    v_dyqrzjzl := coalesce((SELECT r.zjzl FROM ycsl.sbr r
                             WHERE r.sj_id = p_sj_id AND r.jslx = '抵押权人' AND r.zjhm = v_dyqrzjhm
                             ORDER BY r.sxh LIMIT 1),
                           CASE WHEN std.is_valid_uscc(v_dyqrzjhm) THEN '8'
                                WHEN std.is_valid_sfzh(v_dyqrzjhm) THEN '1' END);
    v_t := btrim(v_x ->> 'dyfs');
    v_dyfs := CASE WHEN coalesce(v_t, '') = '' OR v_t IN ('1', '一般抵押') THEN '1'
                   WHEN v_t IN ('2', '最高额抵押') THEN '2' END;
    IF v_dyfs IS NULL THEN
        RAISE EXCEPTION 'sbxx.dyfs（抵押方式）只能是 1（一般抵押）或 2（最高额抵押），收到「%」', v_t
            USING DETAIL = 'InvalidInput';
    END IF;
    v_t := btrim(v_x ->> 'bdbzzqse');
    IF coalesce(v_t, '') <> '' THEN
        IF v_t ~ '^[0-9]{1,16}(\.[0-9]+)?$' THEN
            v_bdbz := round(v_t::numeric, 2);
        END IF;
        IF v_bdbz IS NULL OR v_bdbz <= 0 THEN
            RAISE EXCEPTION 'sbxx.bdbzzqse（被担保主债权数额）须为大于 0 的数（元），收到「%」', v_t
                USING DETAIL = 'InvalidInput';
        END IF;
    END IF;
    v_t := btrim(v_x ->> 'zgzqse');
    IF coalesce(v_t, '') <> '' THEN
        IF v_t ~ '^[0-9]{1,16}(\.[0-9]+)?$' THEN
            v_zgzq := round(v_t::numeric, 2);
        END IF;
        IF v_zgzq IS NULL OR v_zgzq <= 0 THEN
            RAISE EXCEPTION 'sbxx.zgzqse（最高债权数额）须为大于 0 的数（元），收到「%」', v_t
                USING DETAIL = 'InvalidInput';
        END IF;
    END IF;
    IF v_dyfs = '1' AND v_bdbz IS NULL THEN
        RAISE EXCEPTION 'sbxx.bdbzzqse（被担保主债权数额）不能为空（一般抵押）' USING DETAIL = 'InvalidInput';
    END IF;
    IF v_dyfs = '2' AND v_zgzq IS NULL THEN
        RAISE EXCEPTION 'sbxx.zgzqse（最高债权数额）不能为空（最高额抵押）' USING DETAIL = 'InvalidInput';
    END IF;
    v_t := btrim(v_x ->> 'zwlxqssj');
    IF coalesce(v_t, '') <> '' THEN
        IF v_t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
            BEGIN
                v_qssj := v_t::date;
            EXCEPTION
                WHEN data_exception THEN
                    v_qssj := NULL;
            END;
        END IF;
        IF v_qssj IS NULL THEN
            RAISE EXCEPTION 'sbxx.zwlxqssj（债务履行起始日期）须为 YYYY-MM-DD 格式的有效日期，收到「%」', v_t
                USING DETAIL = 'InvalidInput';
        END IF;
    END IF;
    v_t := btrim(v_x ->> 'zwlxjssj');
    IF coalesce(v_t, '') <> '' THEN
        IF v_t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
            BEGIN
                v_jssj := v_t::date;
            EXCEPTION
                WHEN data_exception THEN
                    v_jssj := NULL;
            END;
        END IF;
        IF v_jssj IS NULL THEN
            RAISE EXCEPTION 'sbxx.zwlxjssj（债务履行结束日期）须为 YYYY-MM-DD 格式的有效日期，收到「%」', v_t
                USING DETAIL = 'InvalidInput';
        END IF;
    END IF;
    IF v_jssj < v_qssj THEN
        RAISE EXCEPTION 'sbxx.zwlxjssj（债务履行结束日期）不能早于 sbxx.zwlxqssj（债务履行起始日期）'
            USING DETAIL = 'InvalidInput';
    END IF;
    v_dylx := coalesce(nullif(btrim(v_x ->> 'dylx'), ''), '现房抵押');
    IF v_dylx NOT IN ('预售商品房抵押', '在建工程抵押', '现房抵押', '其他') THEN
        RAISE EXCEPTION 'sbxx.dylx（抵押类型）只能是 预售商品房抵押、在建工程抵押、现房抵押 或 其他，收到「%」', v_dylx
            USING DETAIL = 'InvalidInput';
    END IF;
    v_htbh := nullif(btrim(v_x ->> 'htbh'), '');
    IF length(v_htbh) > 50 THEN
        RAISE EXCEPTION 'sbxx.htbh（合同编号）不能超过 50 个字符' USING DETAIL = 'InvalidInput';
    END IF;
    UPDATE ycsl.sj s SET htbh = v_htbh, gxsj = now() WHERE s.id = p_sj_id;

    -- 前置收件：不动产登记信息是否完备 ------------------------------------------------------------------------
    SELECT h.id, h.fwbm, coalesce(h.scjzmj, h.ycjzmj) AS jzmj, x.qxdm, x.xmbh INTO v_h
      FROM lpb.h h
      JOIN lpb.ljz l ON l.id = h.ljz_id
      JOIN lpb.zrz z ON z.id = l.zrz_id
      JOIN lpb.xm x ON x.id = z.xm_id
     WHERE h.id = v_sj.h_id;
    v_dy := ARRAY(SELECT d.bdcdyh FROM gl.dy_of_fw(v_h.fwbm) d ORDER BY d.bdcdyh);
    IF coalesce(array_length(v_dy, 1), 0) = 0 THEN
        v_qs := v_qs || ('房屋 ' || v_h.fwbm || ' 未挂接不动产单元（没有对应的不动产单元号）');
    ELSE
        SELECT f.ywh, f.bdcdyh, f.bdcqzh INTO v_fdcq
          FROM djjg.fdcq f
         WHERE (f.bdcdyh = ANY (v_dy) OR f.fwbm = v_h.fwbm) AND f.qszt = '1'
         ORDER BY f.djsj DESC NULLS LAST, f.id DESC
         LIMIT 1;
        IF v_fdcq.ywh IS NULL THEN
            v_qs := v_qs || ('房屋 ' || v_h.fwbm || ' 没有现势房地产权登记（不动产单元 ' || array_to_string(v_dy, '、')
                             || '）');
        ELSE
            v_bdcqzh := coalesce(nullif(btrim(v_fdcq.bdcqzh), ''),
                                 (SELECT q.bdcqzh FROM djjg.qlr q
                                   WHERE q.ywh = v_fdcq.ywh AND q.sqrlb = '权利人' AND btrim(q.bdcqzh) <> ''
                                   ORDER BY q.sxh LIMIT 1));
            IF v_bdcqzh IS NULL THEN
                v_qs := v_qs || ('现势房地产权（登记业务号 ' || v_fdcq.ywh || '）未记载不动产权证书号');
            END IF;
            IF NOT EXISTS (SELECT 1 FROM djjg.qlr q WHERE q.ywh = v_fdcq.ywh AND q.sqrlb = '权利人') THEN
                v_qs := v_qs || ('现势房地产权（登记业务号 ' || v_fdcq.ywh || '）未记载权利人');
            ELSIF NOT EXISTS (SELECT 1 FROM djjg.qlr q
                               WHERE q.ywh = v_fdcq.ywh AND q.sqrlb = '权利人' AND btrim(q.zjhm) <> '') THEN
                v_qs := v_qs || ('现势房地产权（登记业务号 ' || v_fdcq.ywh || '）的权利人未记载证件号码');
            ELSIF NOT EXISTS (SELECT 1 FROM djjg.qlr q
                               WHERE q.ywh = v_fdcq.ywh AND q.sqrlb = '权利人' AND q.zjhm = ANY (v_dyzjhm)) THEN
                v_qs := v_qs || ('抵押人 ' || v_dyr || ' 不是房屋 ' || v_h.fwbm || ' 现势房地产权（登记业务号 '
                                 || v_fdcq.ywh || '）的权利人');
            END IF;
        END IF;
    END IF;
    IF coalesce(array_length(v_qs, 1), 0) > 0 THEN
        UPDATE ycsl.wsrw w SET qsnr = v_qs, fwbm = v_h.fwbm WHERE w.slbh = v_sj.slbh AND w.zt = '待完善';
        IF NOT FOUND THEN
            INSERT INTO ycsl.wsrw (slbh, fwbm, qsnr) VALUES (v_sj.slbh, v_h.fwbm, v_qs);
        END IF;
        PERFORM ycsl.bz_jl(v_sj.slbh, '前置收件', '不通过',
                           '转入不动产权属数据完善：' || array_to_string(v_qs, '；'), p_czr);
        UPDATE ycsl.sj s SET zt = '待完善', gxsj = now() WHERE s.id = p_sj_id;
        v_sm := '不动产登记信息不完备，已转入不动产权属数据完善';
        PERFORM ycsl.ts_xr('pushAcceptanceResult', v_sj.slbh,
                           json_build_object('jg', '待完善', 'sm', v_sm, 'yy', array_to_json(v_qs))::jsonb);
        RETURN ycsl.sj_dy(p_sj_id, '待完善', v_sm, v_qs);
    END IF;
    UPDATE ycsl.wsrw w SET zt = '已完善', wcsj = now() WHERE w.slbh = v_sj.slbh AND w.zt = '待完善';

    -- 自动转入 ------------------------------------------------------------------------------------------------
    BEGIN
        SET CONSTRAINTS ALL IMMEDIATE;
        v_ywh := ycsl.bh_sc('ywh');
        INSERT INTO yw.jyyw (ywh, ywlx, slbh, fwbm, h_id, htbh, qxdm, xmbh, zt, slr, bz)
        VALUES (v_ywh, 'DYBA', v_sj.slbh, v_h.fwbm, v_h.id, v_htbh, v_h.qxdm, v_h.xmbh, '在办', p_czr,
                '一窗受理 抵押备案自动转入（一窗受理号 ' || v_sj.slbh || '）');
        UPDATE ycsl.sj s SET jyywh = v_ywh, gxsj = now() WHERE s.id = p_sj_id;
        PERFORM ycsl.bz_jl(v_sj.slbh, '前置收件', '通过',
                           '不动产登记信息完备：不动产单元 ' || coalesce(v_fdcq.bdcdyh, '') || '，不动产权证书号 '
                           || v_bdcqzh, p_czr);
        PERFORM ycsl.bz_jl(v_sj.slbh, '受理', '通过', '自动转入抵押备案，交易业务号 ' || v_ywh, p_czr);
        INSERT INTO ht.dyba (ywh, htbh, dylx, dyfs, dyr, dyrzjzl, dyrzjhm, dyqr, dyqrzjzl, dyqrzjhm, bdbzzqse, zgzqse,
                             zwlxqssj, zwlxjssj, dyfw, bazt)
        VALUES (v_ywh, v_htbh, v_dylx, v_dyfs, v_dyr, v_dyrzjzl, v_dyrzjhm, v_dyqr, v_dyqrzjzl, v_dyqrzjhm, v_bdbz,
                v_zgzq, v_qssj, v_jssj, nullif(btrim(v_x ->> 'dyfw'), ''), '待备案')
        RETURNING id INTO v_dyba;
        INSERT INTO ht.dyba_h (dyba_id, h_id, fwbm, dymj) VALUES (v_dyba, v_h.id, v_h.fwbm, v_h.jzmj);
        v_dybah := ycsl.bh_sc('dybah');
        UPDATE ht.dyba b SET bazt = '已备案', dybah = v_dybah, basj = now(), gxsj = now() WHERE b.id = v_dyba;
        UPDATE ycsl.sj s SET dyba_id = v_dyba, gxsj = now() WHERE s.id = p_sj_id;
        PERFORM ycsl.bz_jl(v_sj.slbh, '核验', '通过', '交易安全核验通过', p_czr);
        PERFORM ycsl.bz_jl(v_sj.slbh, '抵押备案', '通过', '抵押备案号 ' || v_dybah, p_czr);
        UPDATE yw.jyyw y SET zt = '办结', bjsj = now(), gxsj = now() WHERE y.ywh = v_ywh;
        PERFORM ycsl.bz_jl(v_sj.slbh, '确认', '通过', '抵押备案已确认', p_czr);
        UPDATE ycsl.sj s SET zt = '已确认', gxsj = now() WHERE s.id = p_sj_id;
        PERFORM ycsl.ts_xr('pushAcceptanceResult', v_sj.slbh,
                           json_build_object('jg', '受理通过', 'sm', '前置收件验证通过，已自动转入抵押备案',
                                             'jyywh', v_ywh)::jsonb);
        PERFORM ycsl.ts_xr('pushVerificationResult', v_sj.slbh,
                           json_build_object('jg', '核验通过',
                                             'sm', '不动产登记信息与交易安全核验通过',
                                             'bdcdyh', v_fdcq.bdcdyh, 'bdcqzh', v_bdcqzh)::jsonb);
        PERFORM ycsl.ts_xr('pushConfirmationResult', v_sj.slbh,
                           json_build_object('jg', '抵押备案完成', 'sm', '抵押备案号 ' || v_dybah,
                                             'dybah', v_dybah, 'jyywh', v_ywh)::jsonb);
    EXCEPTION
        WHEN SQLSTATE 'JYAQ1' THEN
            GET STACKED DIAGNOSTICS v_detail = PG_EXCEPTION_DETAIL, v_msg = MESSAGE_TEXT;
            v_yy := ycsl.aq_yy(v_detail, v_msg);
    END;
    SET CONSTRAINTS ALL DEFERRED;
    IF coalesce(array_length(v_yy, 1), 0) > 0 THEN
        RETURN ycsl.sj_bh(p_sj_id, '核验', v_yy, p_czr);
    END IF;
    v_sm := '前置收件验证通过，已自动转入抵押备案：抵押备案号 ' || v_dybah;
    RETURN ycsl.sj_dy(p_sj_id, '受理通过', v_sm, '{}'::text[]);
END
$_$;

--
-- Name: FUNCTION sj_dyba(p_sj_id bigint, p_czr text); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.sj_dyba(p_sj_id bigint, p_czr text) IS '抵押备案一窗收件：前置收件验证登记信息完备（不完备转入权属数据完善），完备的自动转入抵押备案（业务、备案、办结、推送），交易安全拒绝的驳回并挂起限定';

--
-- Name: sj_js(text, text, text, jsonb, jsonb, text); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.sj_js(p_slbh text, p_lc text, p_qqid text, p_sbr jsonb, p_sbxx jsonb, p_czr text) RETURNS jsonb
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

--
-- Name: FUNCTION sj_js(p_slbh text, p_lc text, p_qqid text, p_sbr jsonb, p_sbxx jsonb, p_czr text); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.sj_js(p_slbh text, p_lc text, p_qqid text, p_sbr jsonb, p_sbxx jsonb, p_czr text) IS '接收一窗受理分发件（receiveApplication）：幂等收件，检查申报，按流程办理存量房网签预录、交易备案或抵押备案，返回应答';

--
-- Name: sj_jyba(bigint, text); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.sj_jyba(p_sj_id bigint, p_czr text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_sj     ycsl.sj%ROWTYPE;
    v_htbh   text;
    v_lx     text;
    v_ht     record;
    v_h      record;
    v_zjhm   text[];
    v_yy     text[] := '{}';
    v_hj     text := '前置收件';
    v_ywh    text;
    v_htbah  text;
    v_barq   date;
    v_sm     text;
    v_detail text;
    v_msg    text;
BEGIN
    SELECT s.* INTO v_sj FROM ycsl.sj s WHERE s.id = p_sj_id;
    v_htbh := btrim(v_sj.sbxx ->> 'htbh');
    IF coalesce(v_htbh, '') = '' THEN
        RAISE EXCEPTION 'sbxx.htbh（合同编号）不能为空（交易备案）' USING DETAIL = 'InvalidInput';
    END IF;
    UPDATE ycsl.sj s SET htbh = v_htbh, gxsj = now() WHERE s.id = p_sj_id;

    SELECT h.id, h.fwbm, x.qxdm, x.xmbh INTO v_h
      FROM lpb.h h
      JOIN lpb.ljz l ON l.id = h.ljz_id
      JOIN lpb.zrz z ON z.id = l.zrz_id
      JOIN lpb.xm x ON x.id = z.xm_id
     WHERE h.id = v_sj.h_id;
    PERFORM 1 FROM lpb.h h WHERE h.id = v_sj.h_id FOR NO KEY UPDATE;

    SELECT c.id, c.h_id, c.htzt, c.htbah, c.qyrq INTO v_ht FROM ht.clfht c WHERE c.htbh = v_htbh FOR UPDATE;
    IF FOUND THEN
        v_lx := 'clfht';
        v_zjhm := ARRAY(SELECT d.zjhm FROM ht.clfht_dsr d
                         WHERE d.ht_id = v_ht.id AND d.jslx = '买受人' AND d.zjhm IS NOT NULL ORDER BY d.sxh);
    ELSE
        SELECT p.id, p.h_id, p.htzt, p.htbah, p.qyrq INTO v_ht FROM ht.spfht p WHERE p.htbh = v_htbh FOR UPDATE;
        IF FOUND THEN
            v_lx := 'spfht';
            v_zjhm := ARRAY(SELECT d.zjhm FROM ht.spfht_dsr d
                             WHERE d.ht_id = v_ht.id AND d.jslx = '买受人' AND d.zjhm IS NOT NULL ORDER BY d.sxh);
        END IF;
    END IF;

    IF v_lx IS NULL THEN
        v_yy := ARRAY['合同 ' || v_htbh || ' 不存在（商品房合同、存量房合同中都没有这个合同编号）'];
    ELSE
        UPDATE ycsl.sj s SET htlx = v_lx, gxsj = now() WHERE s.id = p_sj_id;
        IF v_ht.h_id <> v_sj.h_id THEN
            v_yy := v_yy || ('合同 ' || v_htbh || ' 不是房屋 ' || v_sj.fwbm || ' 的合同（合同所涉房屋 '
                             || coalesce((SELECT h.fwbm FROM lpb.h h WHERE h.id = v_ht.h_id),
                                         '（未赋码，户 ID ' || v_ht.h_id || '）') || '）');
        ELSE
            IF v_ht.htzt NOT IN ('已签约', '草签') THEN
                v_yy := v_yy || ('合同 ' || v_htbh || ' 的状态为' || v_ht.htzt || '，不能办理交易备案（须为已签约或草签）');
            END IF;
            v_yy := v_yy || ARRAY(SELECT c.xx FROM aq.jc_fw(v_lx, v_ht.h_id, v_ht.id, v_zjhm) c ORDER BY c.gzbm);
        END IF;
    END IF;
    IF coalesce(array_length(v_yy, 1), 0) > 0 THEN
        RETURN ycsl.sj_bh(p_sj_id, '前置收件', v_yy, p_czr);
    END IF;

    -- 自动转入 ------------------------------------------------------------------------------------------------
    BEGIN
        SET CONSTRAINTS ALL IMMEDIATE;
        v_ywh := ycsl.bh_sc('ywh');
        INSERT INTO yw.jyyw (ywh, ywlx, slbh, fwbm, h_id, htbh, qxdm, xmbh, zt, slr, bz)
        VALUES (v_ywh, CASE v_lx WHEN 'clfht' THEN 'CLFBA' ELSE 'SPFBA' END, v_sj.slbh, v_h.fwbm, v_h.id, v_htbh,
                v_h.qxdm, v_h.xmbh, '在办', p_czr, '一窗受理 交易备案自动转入（一窗受理号 ' || v_sj.slbh || '）');
        UPDATE ycsl.sj s SET jyywh = v_ywh, gxsj = now() WHERE s.id = p_sj_id;
        PERFORM ycsl.bz_jl(v_sj.slbh, '前置收件', '通过',
                           '分发件满足交易备案条件：合同 ' || v_htbh || '（' || v_ht.htzt || '）', p_czr);
        PERFORM ycsl.bz_jl(v_sj.slbh, '受理', '通过', '自动转入交易备案，交易业务号 ' || v_ywh, p_czr);
        PERFORM ycsl.bz_jl(v_sj.slbh, '审核', '通过', '交易安全审核通过', p_czr);
        v_htbah := coalesce(v_ht.htbah, ycsl.bh_sc(CASE v_lx WHEN 'clfht' THEN 'clfhtbah' ELSE 'spfhtbah' END));
        v_barq := greatest(current_date, coalesce(v_ht.qyrq, current_date));
        IF v_lx = 'clfht' THEN
            UPDATE ht.clfht c SET htzt = '已备案', htbah = v_htbah, qyrq = coalesce(c.qyrq, current_date),
                                  barq = v_barq, gxsj = now()
             WHERE c.id = v_ht.id;
        ELSE
            UPDATE ht.spfht p SET htzt = '已备案', htbah = v_htbah, qyrq = coalesce(p.qyrq, current_date),
                                  barq = v_barq, gxsj = now()
             WHERE p.id = v_ht.id;
        END IF;
        UPDATE lpb.h h SET fwzt = '已备案', gxsj = now() WHERE h.id = v_h.id AND h.fwzt NOT IN ('已灭失', '已备案');
        PERFORM ycsl.bz_jl(v_sj.slbh, '备案', '通过', '合同 ' || v_htbh || ' 已备案，备案号 ' || v_htbah, p_czr);
        UPDATE yw.jyyw y SET zt = '办结', bjsj = now(), gxsj = now() WHERE y.ywh = v_ywh;
        PERFORM ycsl.bz_jl(v_sj.slbh, '交易确认', '通过', '交易已确认', p_czr);
        UPDATE ycsl.sj s SET zt = '已确认', gxsj = now() WHERE s.id = p_sj_id;
        PERFORM ycsl.ts_xr('pushAcceptanceResult', v_sj.slbh,
                           json_build_object('jg', '受理通过', 'sm', '前置收件验证通过，已自动转入交易备案',
                                             'htbh', v_htbh, 'jyywh', v_ywh)::jsonb);
        PERFORM ycsl.ts_xr('pushContractResult', v_sj.slbh,
                           json_build_object('jg', '备案成功',
                                             'sm', '合同 ' || v_htbh || ' 已备案，备案号 ' || v_htbah,
                                             'htbh', v_htbh, 'htbah', v_htbah, 'barq', v_barq::text)::jsonb);
        PERFORM ycsl.ts_xr('pushConfirmationResult', v_sj.slbh,
                           json_build_object('jg', '确认通过', 'sm', '交易已确认', 'htbh', v_htbh,
                                             'htbah', v_htbah, 'jyywh', v_ywh)::jsonb);
        PERFORM ycsl.ts_xr('pushContractAttachments', v_sj.slbh,
                           json_build_object('jg', '备案成功', 'sm', '网签合同信息及房管业务章电子合同附件',
                                             'htbh', v_htbh, 'htbah', v_htbah, 'htlx', v_lx)::jsonb);
    EXCEPTION
        WHEN SQLSTATE 'JYAQ1' THEN
            GET STACKED DIAGNOSTICS v_detail = PG_EXCEPTION_DETAIL, v_msg = MESSAGE_TEXT;
            v_yy := ycsl.aq_yy(v_detail, v_msg);
            v_hj := '审核';
        WHEN unique_violation THEN
            IF SQLERRM NOT LIKE '%h_id_yx_uq%' THEN
                RAISE;
            END IF;
            v_yy := ARRAY(SELECT c.xx FROM aq.jc_fw(v_lx, v_ht.h_id, v_ht.id, v_zjhm) c ORDER BY c.gzbm);
            IF coalesce(array_length(v_yy, 1), 0) = 0 THEN
                v_yy := ARRAY['房屋 ' || v_sj.fwbm || ' 已有另一份已签约或已备案的合同（一房多卖）'];
            END IF;
            v_hj := '审核';
    END;
    SET CONSTRAINTS ALL DEFERRED;
    IF coalesce(array_length(v_yy, 1), 0) > 0 THEN
        RETURN ycsl.sj_bh(p_sj_id, v_hj, v_yy, p_czr);
    END IF;
    v_sm := '前置收件验证通过，已自动转入交易备案：合同 ' || v_htbh || ' 已备案（备案号 ' || v_htbah || '），交易已确认';
    RETURN ycsl.sj_dy(p_sj_id, '受理通过', v_sm, '{}'::text[]);
END
$$;

--
-- Name: FUNCTION sj_jyba(p_sj_id bigint, p_czr text); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.sj_jyba(p_sj_id bigint, p_czr text) IS '交易备案一窗收件：前置收件验证合同与交易安全，合格的自动转入（业务、备案、办结、确认、推送），不合格的驳回并挂起二次受理限定';

--
-- Name: ts_jg(bigint, boolean, numeric, text, jsonb); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.ts_jg(p_id bigint, p_cg boolean, p_hs numeric, p_cw text, p_dy jsonb) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_ts    ycsl.ts%ROWTYPE;
BEGIN
    IF p_cg IS NULL THEN
        RAISE EXCEPTION 'cg（是否成功）不能为空' USING DETAIL = 'InvalidInput';
    END IF;
    SELECT t.* INTO v_ts FROM ycsl.ts t WHERE t.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'id（推送 ID）「%」不存在', p_id USING DETAIL = 'NotFound';
    END IF;
    INSERT INTO ycsl.tsrz (ts_id, sj, cg, hs, cw, dy) VALUES (p_id, clock_timestamp(), p_cg, p_hs, p_cw, p_dy);
    IF v_ts.zt <> '待发送' THEN
        RETURN;
    END IF;
    IF p_cg THEN
        UPDATE ycsl.ts t SET zt = '已送达', cs = t.cs + 1, sdsj = clock_timestamp(), dy = p_dy WHERE t.id = p_id;
    ELSIF v_ts.cs + 1 >= 50 OR now() >= v_ts.cjsj + interval '3 days' THEN
        UPDATE ycsl.ts t SET zt = '已放弃', cs = t.cs + 1, zhcw = p_cw WHERE t.id = p_id;
    ELSE
        UPDATE ycsl.ts t
           SET cs = t.cs + 1, zhcw = p_cw,
               xcsj = now() + least(interval '1 hour', interval '2 seconds' * power(2, least(t.cs, 20)))
         WHERE t.id = p_id;
    END IF;
END
$$;

--
-- Name: FUNCTION ts_jg(p_id bigint, p_cg boolean, p_hs numeric, p_cw text, p_dy jsonb); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.ts_jg(p_id bigint, p_cg boolean, p_hs numeric, p_cw text, p_dy jsonb) IS '记一次一窗推送尝试：写调用日志；成功则已送达，失败则按 2 秒×2^(n−1)（至多 1 小时）退避重试，50 次或 3 天后已放弃';

--
-- Name: ts; Type: TABLE; Schema: ycsl; Owner: -
--

CREATE TABLE ycsl.ts (
    id bigint NOT NULL,
    cz character varying(64) NOT NULL,
    slbh character varying(50),
    nr jsonb NOT NULL,
    zt character varying(10) DEFAULT '待发送'::character varying NOT NULL,
    cs integer DEFAULT 0 NOT NULL,
    xcsj timestamp with time zone DEFAULT now() NOT NULL,
    zhcw text,
    cjsj timestamp with time zone DEFAULT now() NOT NULL,
    sdsj timestamp with time zone,
    dy jsonb,
    CONSTRAINT ts_cs_ck CHECK ((cs >= 0)),
    CONSTRAINT ts_cz_ck CHECK (((cz)::text = ANY ((ARRAY['pushAcceptanceResult'::character varying, 'pushContractResult'::character varying, 'pushVerificationResult'::character varying, 'pushConfirmationResult'::character varying, 'pushContractAttachments'::character varying, 'pushHouseImages'::character varying])::text[]))),
    CONSTRAINT ts_sd_ck CHECK ((((zt)::text <> '已送达'::text) OR (sdsj IS NOT NULL))),
    CONSTRAINT ts_zt_ck CHECK (((zt)::text = ANY ((ARRAY['待发送'::character varying, '已送达'::character varying, '已放弃'::character varying])::text[])))
);

--
-- Name: TABLE ts; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON TABLE ycsl.ts IS '推送发件箱：向一窗受理平台的推送调用，与业务变更同一事务写入；发送程序经 ycsl.ts_qc 领取、ycsl.ts_jg 记结果，失败按指数退避重试，同一受理号按写入顺序送达';

--
-- Name: COLUMN ts.id; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.ts.id IS 'ID（主键，递增，即写入顺序；发给对方的请求编号为 JYDJ- 加本 ID）';

--
-- Name: COLUMN ts.cz; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.ts.cz IS '一窗受理平台的操作：pushAcceptanceResult 受理结果 / pushContractResult 合同签订、备案结果 / pushVerificationResult 核验结果 / pushConfirmationResult 确认结果 / pushContractAttachments 网签合同信息与业务章附件 / pushHouseImages 房屋影像';

--
-- Name: COLUMN ts.slbh; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.ts.slbh IS '一窗受理号（同一受理号的推送按 ID 顺序送达）';

--
-- Name: COLUMN ts.nr; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.ts.nr IS '推送内容（JSON）：总有 slbh、lc、jg（结果）、sm（说明）、sj（时间，ISO 8601），另有各操作的字段（htbh、htbah、dybah、yy 原因数组等）';

--
-- Name: COLUMN ts.zt; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.ts.zt IS '状态：待发送（含等待重试）/ 已送达 / 已放弃（50 次或 3 天仍未送达）';

--
-- Name: COLUMN ts.cs; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.ts.cs IS '已尝试次数';

--
-- Name: COLUMN ts.xcsj; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.ts.xcsj IS '下次尝试时间（不早于此时领取）';

--
-- Name: COLUMN ts.zhcw; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.ts.zhcw IS '最近一次失败的错误信息';

--
-- Name: COLUMN ts.cjsj; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.ts.cjsj IS '写入时间';

--
-- Name: COLUMN ts.sdsj; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.ts.sdsj IS '送达时间';

--
-- Name: COLUMN ts.dy; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.ts.dy IS '对方的应答（送达时，JSON）';

--
-- Name: ts_qc(integer); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.ts_qc(p_n integer) RETURNS SETOF ycsl.ts
    LANGUAGE sql
    AS $$
    SELECT t.*
      FROM ycsl.ts t
     WHERE t.zt = '待发送' AND t.xcsj <= now()
       AND NOT EXISTS (SELECT 1 FROM ycsl.ts o WHERE o.slbh = t.slbh AND o.zt = '待发送' AND o.id < t.id)
     ORDER BY t.id
     LIMIT greatest(coalesce(p_n, 0), 0)
       FOR UPDATE SKIP LOCKED
$$;

--
-- Name: FUNCTION ts_qc(p_n integer); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.ts_qc(p_n integer) IS '领取到期的一窗推送（待发送且到时，按 ID，FOR UPDATE SKIP LOCKED），同一受理号有更早未送达的推送时不领取后面的';

--
-- Name: ts_xr(text, text, jsonb); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.ts_xr(p_cz text, p_slbh text, p_nr jsonb) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_id    bigint;
BEGIN
    IF p_cz IS NULL OR p_cz NOT IN ('pushAcceptanceResult', 'pushContractResult', 'pushVerificationResult',
                                    'pushConfirmationResult', 'pushContractAttachments', 'pushHouseImages') THEN
        RAISE EXCEPTION 'cz（推送操作）不是一窗受理平台的推送操作：「%」', p_cz;
    END IF;
    IF p_nr IS NULL OR jsonb_typeof(p_nr) <> 'object' OR NOT (p_nr ? 'jg') OR NOT (p_nr ? 'sm') THEN
        RAISE EXCEPTION 'nr（推送内容）须为含 jg（结果）与 sm（说明）的 JSON 对象';
    END IF;
    INSERT INTO ycsl.ts (cz, slbh, nr)
    VALUES (p_cz, p_slbh,
            json_build_object('slbh', p_slbh,
                              'lc', (SELECT s.lc FROM ycsl.sj s WHERE s.slbh = p_slbh),
                              'sj', ycsl.iso(clock_timestamp()))::jsonb || p_nr)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

--
-- Name: FUNCTION ts_xr(p_cz text, p_slbh text, p_nr jsonb); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.ts_xr(p_cz text, p_slbh text, p_nr jsonb) IS '写一条向一窗受理平台的推送（待发送，同一事务）：内容为 slbh、lc、sj 并上调用方给的 jg、sm 与各操作字段';

--
-- Name: xd_jc(text, text, text); Type: FUNCTION; Schema: ycsl; Owner: -
--

CREATE FUNCTION ycsl.xd_jc(p_slbh text, p_czr text, p_yy text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_old   ycsl.sj%ROWTYPE;
    v_new   ycsl.sj%ROWTYPE;
BEGIN
    IF coalesce(btrim(p_slbh), '') = '' THEN
        RAISE EXCEPTION 'slbh（一窗受理号）不能为空' USING DETAIL = 'InvalidInput';
    END IF;
    IF coalesce(btrim(p_czr), '') = '' THEN
        RAISE EXCEPTION 'czr（操作人）不能为空' USING DETAIL = 'InvalidInput';
    END IF;
    IF coalesce(btrim(p_yy), '') = '' THEN
        RAISE EXCEPTION 'yy（解除原因）不能为空' USING DETAIL = 'InvalidInput';
    END IF;
    SELECT s.* INTO v_old FROM ycsl.sj s WHERE s.slbh = btrim(p_slbh) FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'slbh（一窗受理号）「%」不存在', btrim(p_slbh) USING DETAIL = 'NotFound';
    END IF;
    IF NOT v_old.xd THEN
        RETURN 0;
    END IF;
    UPDATE ycsl.sj s SET xd = false, gxsj = now() WHERE s.id = v_old.id RETURNING s.* INTO v_new;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    VALUES (btrim(p_czr), '解除二次受理限定', 'ycsl.sj', v_old.slbh, row_to_json(v_old)::jsonb,
            row_to_json(v_new)::jsonb, aq.ly(), btrim(p_yy));
    PERFORM ycsl.bz_jl(v_old.slbh, '解除二次受理限定', '完成', btrim(p_yy), btrim(p_czr));
    RETURN 1;
END
$$;

--
-- Name: FUNCTION xd_jc(p_slbh text, p_czr text, p_yy text); Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON FUNCTION ycsl.xd_jc(p_slbh text, p_czr text, p_yy text) IS '解除一件一窗申请的二次受理限定（记操作日志与办件步骤），之后可用同一受理号再次受理';

--
-- Name: jyyw_after_outbox(); Type: FUNCTION; Schema: yw; Owner: -
--

CREATE FUNCTION yw.jyyw_after_outbox() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.zt = '办结' THEN
            PERFORM outbox.push_business(NEW.ywh);
        END IF;
    ELSIF TG_OP = 'UPDATE' THEN
        IF NEW.zt = '办结' AND OLD.zt <> '办结' THEN
            PERFORM outbox.push_business(NEW.ywh);
        ELSIF NEW.zt = '撤件' AND OLD.zt = '办结' THEN
            PERFORM outbox.push_business(NEW.ywh);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

--
-- Name: FUNCTION jyyw_after_outbox(); Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON FUNCTION yw.jyyw_after_outbox() IS '交易业务发件箱触发器函数：业务插入即办结、更新为办结时推送办结，已办结业务撤件时推送撤销（调用 outbox.push_business，同一事务）';

--
-- Name: dm_yy(); Type: FUNCTION; Schema: zd; Owner: -
--

CREATE FUNCTION zd.dm_yy() RETURNS trigger
    LANGUAGE plpgsql
    AS $_$
DECLARE
    v_dmb  text := TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME;
    v_bm   text;
    v_lm   text;
    v_yy   boolean;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.dm = OLD.dm THEN
            RETURN NEW;
        END IF;
    END IF;
    FOR v_bm, v_lm IN
        SELECT y.bm, y.lm FROM zd.dmyy y WHERE y.dmb = v_dmb ORDER BY y.bm, y.lm
    LOOP
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s t WHERE t.%I = $1)', v_bm, v_lm) INTO v_yy USING OLD.dm;
        IF v_yy THEN
            RAISE EXCEPTION '代码 %=「%」仍被 %.% 引用，不能删除或改动代码值；停用请置 yxbz = false', v_dmb, OLD.dm, v_bm, v_lm
                USING ERRCODE = '23503';
        END IF;
    END LOOP;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$_$;

--
-- Name: FUNCTION dm_yy(); Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON FUNCTION zd.dm_yy() IS '代码表删行或改代码值时，若生产登记表仍引用该代码（目录 zd.dmyy）则拒绝（代替 jy_0015 去掉的外键的字典一侧）';

--
-- Name: dyty; Type: TABLE; Schema: aq; Owner: -
--

CREATE TABLE aq.dyty (
    id bigint NOT NULL,
    h_id bigint NOT NULL,
    fwbm character varying(32),
    htbh character varying(50) NOT NULL,
    dyqr text NOT NULL,
    dyzmh character varying(100),
    czr text NOT NULL,
    yy text NOT NULL,
    tysj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT dyty_bt_ck CHECK (((btrim(dyqr) <> ''::text) AND (btrim(czr) <> ''::text) AND (btrim(yy) <> ''::text)))
);

--
-- Name: TABLE dyty; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON TABLE aq.dyty IS '抵押权人同意：抵押房屋转让前，经办人登记的抵押权人同意（民法典第四百零六条）；AQ05 对同一户、同一合同、同一抵押权人（或证明号）据此通过';

--
-- Name: COLUMN dyty.id; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.dyty.id IS 'ID（主键）';

--
-- Name: COLUMN dyty.h_id; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.dyty.h_id IS '户 ID（lpb.h）';

--
-- Name: COLUMN dyty.fwbm; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.dyty.fwbm IS '房屋编码（登记时的值）';

--
-- Name: COLUMN dyty.htbh; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.dyty.htbh IS '所同意的转让合同编号';

--
-- Name: COLUMN dyty.dyqr; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.dyty.dyqr IS '抵押权人名称（与抵押权、预抵押或抵押备案所记抵押权人一致时适用于该抵押）';

--
-- Name: COLUMN dyty.dyzmh; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.dyty.dyzmh IS '不动产登记证明号或抵押备案号（填写时也按它匹配抵押；可空）';

--
-- Name: COLUMN dyty.czr; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.dyty.czr IS '经办人';

--
-- Name: COLUMN dyty.yy; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.dyty.yy IS '说明（同意书文号、材料等）';

--
-- Name: COLUMN dyty.tysj; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.dyty.tysj IS '登记时间';

--
-- Name: dyty_id_seq; Type: SEQUENCE; Schema: aq; Owner: -
--

CREATE SEQUENCE aq.dyty_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: dyty_id_seq; Type: SEQUENCE OWNED BY; Schema: aq; Owner: -
--

ALTER SEQUENCE aq.dyty_id_seq OWNED BY aq.dyty.id;

--
-- Name: fx; Type: TABLE; Schema: aq; Owner: -
--

CREATE TABLE aq.fx (
    id bigint NOT NULL,
    gzbm character varying(10) NOT NULL,
    dxlx character varying(10) NOT NULL,
    dxbh character varying(50) NOT NULL,
    h_id bigint NOT NULL,
    fwbm character varying(32),
    czr text NOT NULL,
    yy text NOT NULL,
    sqsj timestamp with time zone DEFAULT now() NOT NULL,
    yxq timestamp with time zone NOT NULL,
    sybz boolean DEFAULT false NOT NULL,
    sysj timestamp with time zone,
    syswh bigint,
    CONSTRAINT fx_dxlx_ck CHECK (((dxlx)::text = ANY ((ARRAY['spfht'::character varying, 'clfht'::character varying, 'dyba'::character varying])::text[]))),
    CONSTRAINT fx_sy_ck CHECK ((sybz = (sysj IS NOT NULL))),
    CONSTRAINT fx_yxq_ck CHECK ((yxq > sqsj)),
    CONSTRAINT fx_yy_ck CHECK (((btrim(yy) <> ''::text) AND (btrim(czr) <> ''::text)))
);

--
-- Name: TABLE fx; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON TABLE aq.fx IS '放行：对一份合同（或一笔抵押备案）在一户上的一条交易安全规则一次性放行；由 aq.fx_sq 登记（须 jydj_aq_fx 角色，记操作日志），校验通过时标记已使用';

--
-- Name: COLUMN fx.id; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.fx.id IS 'ID（主键）';

--
-- Name: COLUMN fx.gzbm; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.fx.gzbm IS '放行的规则编码';

--
-- Name: COLUMN fx.dxlx; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.fx.dxlx IS '对象类型：spfht 商品房合同 / clfht 存量房合同 / dyba 抵押备案';

--
-- Name: COLUMN fx.dxbh; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.fx.dxbh IS '对象编号：合同编号 htbh 或抵押备案号 dybah（可在合同建立之前登记）';

--
-- Name: COLUMN fx.h_id; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.fx.h_id IS '户 ID（lpb.h）';

--
-- Name: COLUMN fx.fwbm; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.fx.fwbm IS '房屋编码（登记时的值，便于查阅）';

--
-- Name: COLUMN fx.czr; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.fx.czr IS '放行人';

--
-- Name: COLUMN fx.yy; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.fx.yy IS '放行原因（必填）';

--
-- Name: COLUMN fx.sqsj; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.fx.sqsj IS '放行登记时间';

--
-- Name: COLUMN fx.yxq; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.fx.yxq IS '有效期至（过期未用即失效）';

--
-- Name: COLUMN fx.sybz; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.fx.sybz IS '是否已使用（一次性：校验通过后置为 true）';

--
-- Name: COLUMN fx.sysj; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.fx.sysj IS '使用时间';

--
-- Name: COLUMN fx.syswh; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.fx.syswh IS '使用它的事务号（同一事务对同一对象再次校验时仍算有效）';

--
-- Name: fx_id_seq; Type: SEQUENCE; Schema: aq; Owner: -
--

CREATE SEQUENCE aq.fx_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: fx_id_seq; Type: SEQUENCE OWNED BY; Schema: aq; Owner: -
--

ALTER SEQUENCE aq.fx_id_seq OWNED BY aq.fx.id;

--
-- Name: gz; Type: TABLE; Schema: aq; Owner: -
--

CREATE TABLE aq.gz (
    gzbm character varying(10) NOT NULL,
    gzmc text NOT NULL,
    ms text NOT NULL,
    yj text NOT NULL,
    sy text[] NOT NULL,
    qy boolean DEFAULT true NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT gz_gzbm_ck CHECK (((gzbm)::text ~ '^AQ[0-9]{2}$'::text)),
    CONSTRAINT gz_sy_ck CHECK ((sy <@ ARRAY['spfht'::text, 'clfht'::text, 'dyba'::text])),
    CONSTRAINT gz_sy_dyba_ck CHECK ((((gzbm)::text <> ALL ((ARRAY['AQ01'::character varying, 'AQ05'::character varying])::text[])) OR (NOT ('dyba'::text = ANY (sy)))))
);

--
-- Name: TABLE gz; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON TABLE aq.gz IS '交易安全规则：签约、备案、抵押备案前对房屋校验的规则目录（规则的判断写在 aq.jc_fw 中，这里可停用或收窄适用对象）';

--
-- Name: COLUMN gz.gzbm; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.gz.gzbm IS '规则编码（AQ01…）';

--
-- Name: COLUMN gz.gzmc; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.gz.gzmc IS '规则名称';

--
-- Name: COLUMN gz.ms; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.gz.ms IS '规则说明：何时不通过';

--
-- Name: COLUMN gz.yj; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.gz.yj IS '依据（需求条款、法规）';

--
-- Name: COLUMN gz.sy; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.gz.sy IS '适用对象：spfht 商品房合同、clfht 存量房合同、dyba 抵押备案（可收窄，不能扩到规则定义之外）';

--
-- Name: COLUMN gz.qy; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.gz.qy IS '是否启用（停用、启用记操作日志）';

--
-- Name: COLUMN gz.gxsj; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.gz.gxsj IS '更新时间';

--
-- Name: sz; Type: TABLE; Schema: aq; Owner: -
--

CREATE TABLE aq.sz (
    csm character varying(50) NOT NULL,
    csz text NOT NULL,
    ms text NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sz_dy_xyty_ck CHECK ((((csm)::text <> 'dy_xyty'::text) OR (csz = ANY (ARRAY['true'::text, 'false'::text]))))
);

--
-- Name: TABLE sz; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON TABLE aq.sz IS '交易安全设置：参数名与参数值（修改记操作日志）';

--
-- Name: COLUMN sz.csm; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.sz.csm IS '参数名';

--
-- Name: COLUMN sz.csz; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.sz.csz IS '参数值（文本；布尔参数为 true / false）';

--
-- Name: COLUMN sz.ms; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.sz.ms IS '参数说明';

--
-- Name: COLUMN sz.gxsj; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON COLUMN aq.sz.gxsj IS '更新时间';

--
-- Name: czrz; Type: TABLE; Schema: audit; Owner: -
--

CREATE TABLE audit.czrz (
    id bigint NOT NULL,
    czr text NOT NULL,
    czsj timestamp with time zone DEFAULT now() NOT NULL,
    czlx character varying(100) NOT NULL,
    dxb character varying(100),
    dxzj text,
    bgq jsonb,
    bgh jsonb,
    ly character varying(10) NOT NULL,
    ip character varying(64),
    yy text,
    cgbz boolean DEFAULT true NOT NULL,
    CONSTRAINT czrz_ly_ck CHECK (((ly)::text = ANY ((ARRAY['web'::character varying, 'cli'::character varying, 'api'::character varying, 'job'::character varying])::text[])))
);

--
-- Name: TABLE czrz; Type: COMMENT; Schema: audit; Owner: -
--

COMMENT ON TABLE audit.czrz IS '操作日志：每次数据修正、挂接等操作一行，含前后值；只追加，不修改不删除';

--
-- Name: COLUMN czrz.id; Type: COMMENT; Schema: audit; Owner: -
--

COMMENT ON COLUMN audit.czrz.id IS 'ID（主键）';

--
-- Name: COLUMN czrz.czr; Type: COMMENT; Schema: audit; Owner: -
--

COMMENT ON COLUMN audit.czrz.czr IS '操作人（登录用户名，或调度任务名）';

--
-- Name: COLUMN czrz.czsj; Type: COMMENT; Schema: audit; Owner: -
--

COMMENT ON COLUMN audit.czrz.czsj IS '操作时间';

--
-- Name: COLUMN czrz.czlx; Type: COMMENT; Schema: audit; Owner: -
--

COMMENT ON COLUMN audit.czrz.czlx IS '操作类型（所执行的过程名或动作，如 挂接、解除挂接、修正）';

--
-- Name: COLUMN czrz.dxb; Type: COMMENT; Schema: audit; Owner: -
--

COMMENT ON COLUMN audit.czrz.dxb IS '对象表（模式.表名）';

--
-- Name: COLUMN czrz.dxzj; Type: COMMENT; Schema: audit; Owner: -
--

COMMENT ON COLUMN audit.czrz.dxzj IS '对象主键（文本形式）';

--
-- Name: COLUMN czrz.bgq; Type: COMMENT; Schema: audit; Owner: -
--

COMMENT ON COLUMN audit.czrz.bgq IS '变更前的值（JSON，新增时为空）';

--
-- Name: COLUMN czrz.bgh; Type: COMMENT; Schema: audit; Owner: -
--

COMMENT ON COLUMN audit.czrz.bgh IS '变更后的值（JSON，删除时为空）';

--
-- Name: COLUMN czrz.ly; Type: COMMENT; Schema: audit; Owner: -
--

COMMENT ON COLUMN audit.czrz.ly IS '来源：web 对接工具 / cli 命令行 / api 接口 / job 调度任务';

--
-- Name: COLUMN czrz.ip; Type: COMMENT; Schema: audit; Owner: -
--

COMMENT ON COLUMN audit.czrz.ip IS '来源 IP 地址';

--
-- Name: COLUMN czrz.yy; Type: COMMENT; Schema: audit; Owner: -
--

COMMENT ON COLUMN audit.czrz.yy IS '操作原因（修正说明）';

--
-- Name: COLUMN czrz.cgbz; Type: COMMENT; Schema: audit; Owner: -
--

COMMENT ON COLUMN audit.czrz.cgbz IS '成功标志（false 为失败的尝试）';

--
-- Name: czrz_id_seq; Type: SEQUENCE; Schema: audit; Owner: -
--

CREATE SEQUENCE audit.czrz_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: czrz_id_seq; Type: SEQUENCE OWNED BY; Schema: audit; Owner: -
--

ALTER SEQUENCE audit.czrz_id_seq OWNED BY audit.czrz.id;

--
-- Name: bdcdy; Type: TABLE; Schema: djjg; Owner: -
--

CREATE TABLE djjg.bdcdy (
    id bigint NOT NULL,
    bdcdyh character varying(28) NOT NULL,
    ywh text NOT NULL,
    fwbm character varying(32),
    zddm character varying(32),
    zrzh character varying(50),
    ljzh character varying(50),
    zl text,
    zh text,
    dyh text,
    szc text,
    sjc integer,
    hh text,
    shbw text,
    jzmj numeric(12,2),
    tnjzmj numeric(12,2),
    ftjzmj numeric(12,2),
    ghyt character varying(10),
    fwjg character varying(10),
    fwxz character varying(10),
    fwlx character varying(10),
    zcs integer,
    qxdm character varying(12),
    rksj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT bdcdy_mj_ck CHECK (((jzmj >= (0)::numeric) AND (tnjzmj >= (0)::numeric) AND (ftjzmj >= (0)::numeric)))
);

--
-- Name: TABLE bdcdy; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON TABLE djjg.bdcdy IS '不动产单元：登记楼盘表的房屋单元（来自共享登记库 bdcdy），挂接的登记端一侧；所记房屋编码常为空或过时';

--
-- Name: COLUMN bdcdy.id; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.id IS '记录ID（主键）';

--
-- Name: COLUMN bdcdy.bdcdyh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.bdcdyh IS '不动产单元号（GB/T 37346，唯一）';

--
-- Name: COLUMN bdcdy.ywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.ywh IS '最近推送它的登记业务号';

--
-- Name: COLUMN bdcdy.fwbm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.fwbm IS '登记端所记房屋编码（未经挂接确认）';

--
-- Name: COLUMN bdcdy.zddm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.zddm IS '宗地代码';

--
-- Name: COLUMN bdcdy.zrzh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.zrzh IS '自然幢号';

--
-- Name: COLUMN bdcdy.ljzh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.ljzh IS '逻辑幢号';

--
-- Name: COLUMN bdcdy.zl; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.zl IS '坐落';

--
-- Name: COLUMN bdcdy.zh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.zh IS '幢号（文本）';

--
-- Name: COLUMN bdcdy.dyh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.dyh IS '单元号';

--
-- Name: COLUMN bdcdy.szc; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.szc IS '所在层（名义层）';

--
-- Name: COLUMN bdcdy.sjc; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.sjc IS '实际层';

--
-- Name: COLUMN bdcdy.hh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.hh IS '户号（房号）';

--
-- Name: COLUMN bdcdy.shbw; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.shbw IS '室号部位';

--
-- Name: COLUMN bdcdy.jzmj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.jzmj IS '建筑面积（m²）';

--
-- Name: COLUMN bdcdy.tnjzmj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.tnjzmj IS '套内建筑面积（m²）';

--
-- Name: COLUMN bdcdy.ftjzmj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.ftjzmj IS '分摊建筑面积（m²）';

--
-- Name: COLUMN bdcdy.ghyt; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.ghyt IS '规划用途（房屋用途代码）';

--
-- Name: COLUMN bdcdy.fwjg; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.fwjg IS '房屋结构代码';

--
-- Name: COLUMN bdcdy.fwxz; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.fwxz IS '房屋性质代码';

--
-- Name: COLUMN bdcdy.fwlx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.fwlx IS '房屋类型代码';

--
-- Name: COLUMN bdcdy.zcs; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.zcs IS '总层数';

--
-- Name: COLUMN bdcdy.qxdm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.qxdm IS '区县代码';

--
-- Name: COLUMN bdcdy.rksj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.bdcdy.rksj IS '入库时间';

--
-- Name: bdcdy_id_seq; Type: SEQUENCE; Schema: djjg; Owner: -
--

CREATE SEQUENCE djjg.bdcdy_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: bdcdy_id_seq; Type: SEQUENCE OWNED BY; Schema: djjg; Owner: -
--

ALTER SEQUENCE djjg.bdcdy_id_seq OWNED BY djjg.bdcdy.id;

--
-- Name: cfdj; Type: TABLE; Schema: djjg; Owner: -
--

CREATE TABLE djjg.cfdj (
    id bigint NOT NULL,
    ywh text NOT NULL,
    bdcdyh character varying(28) NOT NULL,
    fwbm character varying(32),
    djlx character varying(10),
    cfjg text,
    cflx character varying(10),
    cfwj text,
    cfwh text,
    cfqssj date,
    cfjssj date,
    cffw text,
    jfywh text,
    jfjg text,
    jfwj text,
    jfwh text,
    jfdbr text,
    jfsj timestamp with time zone,
    qxdm character varying(12),
    djjg text,
    dbr text,
    djsj timestamp with time zone,
    fj text,
    qszt character varying(10),
    rksj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT cfdj_cfjssj_ck CHECK ((cfjssj >= cfqssj))
);

--
-- Name: TABLE cfdj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON TABLE djjg.cfdj IS '查封登记：司法查封、轮候查封、预查封及解封（TD/T 1066 CFDJ），一单元一行';

--
-- Name: COLUMN cfdj.id; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.id IS 'ID（主键）';

--
-- Name: COLUMN cfdj.ywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.ywh IS '登记业务号';

--
-- Name: COLUMN cfdj.bdcdyh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.bdcdyh IS '不动产单元号';

--
-- Name: COLUMN cfdj.fwbm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.fwbm IS '房屋编码（登记端提供的副本）';

--
-- Name: COLUMN cfdj.djlx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.djlx IS '登记类型（zd.djlx，通常 800 查封）';

--
-- Name: COLUMN cfdj.cfjg; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.cfjg IS '查封机关';

--
-- Name: COLUMN cfdj.cflx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.cflx IS '查封类型（zd.cflx）';

--
-- Name: COLUMN cfdj.cfwj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.cfwj IS '查封文件';

--
-- Name: COLUMN cfdj.cfwh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.cfwh IS '查封文号';

--
-- Name: COLUMN cfdj.cfqssj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.cfqssj IS '查封起始日期';

--
-- Name: COLUMN cfdj.cfjssj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.cfjssj IS '查封结束日期';

--
-- Name: COLUMN cfdj.cffw; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.cffw IS '查封范围';

--
-- Name: COLUMN cfdj.jfywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.jfywh IS '解封业务号';

--
-- Name: COLUMN cfdj.jfjg; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.jfjg IS '解封机关';

--
-- Name: COLUMN cfdj.jfwj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.jfwj IS '解封文件';

--
-- Name: COLUMN cfdj.jfwh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.jfwh IS '解封文号';

--
-- Name: COLUMN cfdj.jfdbr; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.jfdbr IS '解封登簿人';

--
-- Name: COLUMN cfdj.jfsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.jfsj IS '解封登记时间';

--
-- Name: COLUMN cfdj.qxdm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.qxdm IS '区县代码（zd.xzqh）';

--
-- Name: COLUMN cfdj.djjg; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.djjg IS '登记机构';

--
-- Name: COLUMN cfdj.dbr; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.dbr IS '登簿人';

--
-- Name: COLUMN cfdj.djsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.djsj IS '登记时间（登簿时间）';

--
-- Name: COLUMN cfdj.fj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.fj IS '附记';

--
-- Name: COLUMN cfdj.qszt; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.qszt IS '权属状态（zd.qszt）';

--
-- Name: COLUMN cfdj.rksj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.cfdj.rksj IS '入库时间（写入交易生产库的时间）';

--
-- Name: cfdj_id_seq; Type: SEQUENCE; Schema: djjg; Owner: -
--

CREATE SEQUENCE djjg.cfdj_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: cfdj_id_seq; Type: SEQUENCE OWNED BY; Schema: djjg; Owner: -
--

ALTER SEQUENCE djjg.cfdj_id_seq OWNED BY djjg.cfdj.id;

--
-- Name: djyw; Type: TABLE; Schema: djjg; Owner: -
--

CREATE TABLE djjg.djyw (
    id bigint NOT NULL,
    ywh text NOT NULL,
    ywlx character varying(10) NOT NULL,
    djlx character varying(10),
    qllx character varying(10),
    djxl character varying(30),
    ywzt character varying(30) NOT NULL,
    fwbm character varying(32),
    bdcdyh character varying(28),
    htbh character varying(50),
    slbh character varying(50),
    jyywh text,
    glywh text,
    bdcqzh text,
    qxdm character varying(12),
    mxsl integer,
    bjsj timestamp with time zone,
    tssj timestamp with time zone,
    rksj timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: TABLE djyw; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON TABLE djjg.djyw IS '登记业务：登记端推送的每件业务一行（来自共享登记库共享主表 gxzb），登记结果专题的业务主表';

--
-- Name: COLUMN djyw.id; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.id IS '记录ID（主键）';

--
-- Name: COLUMN djyw.ywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.ywh IS '登记业务号（唯一）';

--
-- Name: COLUMN djyw.ywlx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.ywlx IS '共享业务类型：LPB 登记楼盘表，DB 登簿，ZS 发证，FWBMSQ 房屋编码申请，SF 收费，YX 影像';

--
-- Name: COLUMN djyw.djlx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.djlx IS '登记类型（zd.djlx）';

--
-- Name: COLUMN djyw.qllx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.qllx IS '权利类型（zd.qllx）';

--
-- Name: COLUMN djyw.djxl; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.djxl IS '登记小类';

--
-- Name: COLUMN djyw.ywzt; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.ywzt IS '业务状态：登簿、注销、已发证、已申请、已收费、已归档、撤销';

--
-- Name: COLUMN djyw.fwbm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.fwbm IS '房屋编码（登记端所记）';

--
-- Name: COLUMN djyw.bdcdyh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.bdcdyh IS '不动产单元号';

--
-- Name: COLUMN djyw.htbh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.htbh IS '合同编号';

--
-- Name: COLUMN djyw.slbh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.slbh IS '一窗受理编号';

--
-- Name: COLUMN djyw.jyywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.jyywh IS '交易业务号（登记所依据的交易业务）';

--
-- Name: COLUMN djyw.glywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.glywh IS '关联登记业务号（发证、收费、影像所属的登记业务）';

--
-- Name: COLUMN djyw.bdcqzh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.bdcqzh IS '不动产权证书号或登记证明号';

--
-- Name: COLUMN djyw.qxdm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.qxdm IS '区县代码';

--
-- Name: COLUMN djyw.mxsl; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.mxsl IS '明细行数（登记端推送时所记）';

--
-- Name: COLUMN djyw.bjsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.bjsj IS '办结时间';

--
-- Name: COLUMN djyw.tssj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.tssj IS '推送时间';

--
-- Name: COLUMN djyw.rksj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.djyw.rksj IS '入库时间';

--
-- Name: djyw_id_seq; Type: SEQUENCE; Schema: djjg; Owner: -
--

CREATE SEQUENCE djjg.djyw_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: djyw_id_seq; Type: SEQUENCE OWNED BY; Schema: djjg; Owner: -
--

ALTER SEQUENCE djjg.djyw_id_seq OWNED BY djjg.djyw.id;

--
-- Name: dyaq; Type: TABLE; Schema: djjg; Owner: -
--

CREATE TABLE djjg.dyaq (
    id bigint NOT NULL,
    ywh text NOT NULL,
    bdcdyh character varying(28),
    djlx character varying(10),
    djyy text,
    dybdclx character varying(10),
    dyfs character varying(10),
    dyr text,
    dyqr text,
    zjjzwzl text,
    zjjzwdyfw text,
    bdbzzqse numeric(18,2),
    zgzqqdss text,
    zgzqse numeric(18,2),
    zwlxqssj date,
    zwlxjssj date,
    bdcdjzmh character varying(100),
    syywh text,
    zxdyywh text,
    zxdyyy text,
    zxsj timestamp with time zone,
    qxdm character varying(12),
    djjg text,
    dbr text,
    djsj timestamp with time zone,
    fj text,
    qszt character varying(10),
    rksj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT dyaq_je_ck CHECK (((bdbzzqse >= (0)::numeric) AND (zgzqse >= (0)::numeric))),
    CONSTRAINT dyaq_zwlxjssj_ck CHECK ((zwlxjssj >= zwlxqssj))
);

--
-- Name: TABLE dyaq; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON TABLE djjg.dyaq IS '抵押权：抵押权登记结果（TD/T 1066 DYAQ），一业务一行，抵押单元见 djjg.dyaq_dy';

--
-- Name: COLUMN dyaq.id; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.id IS 'ID（主键）';

--
-- Name: COLUMN dyaq.ywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.ywh IS '登记业务号（唯一）';

--
-- Name: COLUMN dyaq.bdcdyh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.bdcdyh IS '不动产单元号（主单元；全部单元见 dyaq_dy）';

--
-- Name: COLUMN dyaq.djlx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.djlx IS '登记类型（zd.djlx）';

--
-- Name: COLUMN dyaq.djyy; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.djyy IS '登记原因';

--
-- Name: COLUMN dyaq.dybdclx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.dybdclx IS '抵押不动产类型（zd.dybdclx）';

--
-- Name: COLUMN dyaq.dyfs; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.dyfs IS '抵押方式（zd.dyfs）';

--
-- Name: COLUMN dyaq.dyr; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.dyr IS '抵押人';

--
-- Name: COLUMN dyaq.dyqr; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.dyqr IS '抵押权人（权利人明细见 djjg.qlr）';

--
-- Name: COLUMN dyaq.zjjzwzl; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.zjjzwzl IS '在建建筑物坐落';

--
-- Name: COLUMN dyaq.zjjzwdyfw; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.zjjzwdyfw IS '在建建筑物抵押范围';

--
-- Name: COLUMN dyaq.bdbzzqse; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.bdbzzqse IS '被担保主债权数额（元）';

--
-- Name: COLUMN dyaq.zgzqqdss; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.zgzqqdss IS '最高债权确定事实';

--
-- Name: COLUMN dyaq.zgzqse; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.zgzqse IS '最高债权数额（元）';

--
-- Name: COLUMN dyaq.zwlxqssj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.zwlxqssj IS '债务履行起始日期';

--
-- Name: COLUMN dyaq.zwlxjssj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.zwlxjssj IS '债务履行结束日期';

--
-- Name: COLUMN dyaq.bdcdjzmh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.bdcdjzmh IS '不动产登记证明号（抵押证明号 dyzmh）';

--
-- Name: COLUMN dyaq.syywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.syywh IS '上手业务号（变更前的抵押登记，或预抵押转本抵押时的预告业务）';

--
-- Name: COLUMN dyaq.zxdyywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.zxdyywh IS '注销抵押业务号';

--
-- Name: COLUMN dyaq.zxdyyy; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.zxdyyy IS '注销抵押原因';

--
-- Name: COLUMN dyaq.zxsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.zxsj IS '注销时间';

--
-- Name: COLUMN dyaq.qxdm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.qxdm IS '区县代码（zd.xzqh）';

--
-- Name: COLUMN dyaq.djjg; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.djjg IS '登记机构';

--
-- Name: COLUMN dyaq.dbr; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.dbr IS '登簿人';

--
-- Name: COLUMN dyaq.djsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.djsj IS '登记时间（登簿时间）';

--
-- Name: COLUMN dyaq.fj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.fj IS '附记';

--
-- Name: COLUMN dyaq.qszt; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.qszt IS '权属状态（zd.qszt）';

--
-- Name: COLUMN dyaq.rksj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq.rksj IS '入库时间（写入交易生产库的时间）';

--
-- Name: dyaq_dy; Type: TABLE; Schema: djjg; Owner: -
--

CREATE TABLE djjg.dyaq_dy (
    id bigint NOT NULL,
    ywh text NOT NULL,
    bdcdyh character varying(28) NOT NULL,
    fwbm character varying(32),
    zl text,
    bdcqzh character varying(100),
    dymj numeric(12,2),
    djsj timestamp with time zone,
    rksj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT dyaq_dy_dymj_ck CHECK ((dymj >= (0)::numeric))
);

--
-- Name: TABLE dyaq_dy; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON TABLE djjg.dyaq_dy IS '抵押单元：一笔抵押权所涉的每个不动产单元（多证抵押）';

--
-- Name: COLUMN dyaq_dy.id; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq_dy.id IS 'ID（主键）';

--
-- Name: COLUMN dyaq_dy.ywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq_dy.ywh IS '抵押登记业务号（djjg.dyaq.ywh）';

--
-- Name: COLUMN dyaq_dy.bdcdyh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq_dy.bdcdyh IS '不动产单元号';

--
-- Name: COLUMN dyaq_dy.fwbm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq_dy.fwbm IS '房屋编码（登记端提供的副本）';

--
-- Name: COLUMN dyaq_dy.zl; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq_dy.zl IS '坐落';

--
-- Name: COLUMN dyaq_dy.bdcqzh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq_dy.bdcqzh IS '该单元的不动产权证书号';

--
-- Name: COLUMN dyaq_dy.dymj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq_dy.dymj IS '抵押面积（m²）';

--
-- Name: COLUMN dyaq_dy.djsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq_dy.djsj IS '登记时间';

--
-- Name: COLUMN dyaq_dy.rksj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.dyaq_dy.rksj IS '入库时间（写入交易生产库的时间）';

--
-- Name: dyaq_dy_id_seq; Type: SEQUENCE; Schema: djjg; Owner: -
--

CREATE SEQUENCE djjg.dyaq_dy_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: dyaq_dy_id_seq; Type: SEQUENCE OWNED BY; Schema: djjg; Owner: -
--

ALTER SEQUENCE djjg.dyaq_dy_id_seq OWNED BY djjg.dyaq_dy.id;

--
-- Name: dyaq_id_seq; Type: SEQUENCE; Schema: djjg; Owner: -
--

CREATE SEQUENCE djjg.dyaq_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: dyaq_id_seq; Type: SEQUENCE OWNED BY; Schema: djjg; Owner: -
--

ALTER SEQUENCE djjg.dyaq_id_seq OWNED BY djjg.dyaq.id;

--
-- Name: fdcq; Type: TABLE; Schema: djjg; Owner: -
--

CREATE TABLE djjg.fdcq (
    id bigint NOT NULL,
    ywh text NOT NULL,
    bdcdyh character varying(28) NOT NULL,
    fwbm character varying(32),
    djlx character varying(10),
    djyy text,
    qllx character varying(10),
    fdzl text,
    jzmj numeric(12,2),
    zyjzmj numeric(12,2),
    ftjzmj numeric(12,2),
    szc character varying(20),
    zcs integer,
    ghyt character varying(10),
    fwxz character varying(10),
    fwjg character varying(10),
    fdcjyjg numeric(18,2),
    bdcqzh character varying(100),
    qxdm character varying(12),
    djjg text,
    dbr text,
    djsj timestamp with time zone,
    fj text,
    syywh text,
    qszt character varying(10),
    rksj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT fdcq_fdcjyjg_ck CHECK ((fdcjyjg >= (0)::numeric)),
    CONSTRAINT fdcq_mj_ck CHECK (((jzmj >= (0)::numeric) AND (zyjzmj >= (0)::numeric) AND (ftjzmj >= (0)::numeric)))
);

--
-- Name: TABLE fdcq; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON TABLE djjg.fdcq IS '房地产权：房屋所有权登记结果（TD/T 1066 FDCQ2，独幢、层、套、间），一单元一行';

--
-- Name: COLUMN fdcq.id; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.id IS 'ID（主键）';

--
-- Name: COLUMN fdcq.ywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.ywh IS '登记业务号';

--
-- Name: COLUMN fdcq.bdcdyh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.bdcdyh IS '不动产单元号';

--
-- Name: COLUMN fdcq.fwbm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.fwbm IS '房屋编码（登记端提供的副本，可能为空或过时；以 gl.fw_dy 为准）';

--
-- Name: COLUMN fdcq.djlx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.djlx IS '登记类型（zd.djlx）';

--
-- Name: COLUMN fdcq.djyy; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.djyy IS '登记原因';

--
-- Name: COLUMN fdcq.qllx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.qllx IS '权利类型（zd.qllx，商品房通常为 4）';

--
-- Name: COLUMN fdcq.fdzl; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.fdzl IS '房地坐落';

--
-- Name: COLUMN fdcq.jzmj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.jzmj IS '建筑面积（m²）';

--
-- Name: COLUMN fdcq.zyjzmj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.zyjzmj IS '专有建筑面积（m²）';

--
-- Name: COLUMN fdcq.ftjzmj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.ftjzmj IS '分摊建筑面积（m²）';

--
-- Name: COLUMN fdcq.szc; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.szc IS '所在层';

--
-- Name: COLUMN fdcq.zcs; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.zcs IS '总层数';

--
-- Name: COLUMN fdcq.ghyt; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.ghyt IS '规划用途（zd.fwyt）';

--
-- Name: COLUMN fdcq.fwxz; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.fwxz IS '房屋性质（zd.fwxz）';

--
-- Name: COLUMN fdcq.fwjg; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.fwjg IS '房屋结构（zd.fwjg）';

--
-- Name: COLUMN fdcq.fdcjyjg; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.fdcjyjg IS '房地产交易价格（元）';

--
-- Name: COLUMN fdcq.bdcqzh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.bdcqzh IS '不动产权证书号';

--
-- Name: COLUMN fdcq.qxdm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.qxdm IS '区县代码（zd.xzqh）';

--
-- Name: COLUMN fdcq.djjg; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.djjg IS '登记机构';

--
-- Name: COLUMN fdcq.dbr; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.dbr IS '登簿人';

--
-- Name: COLUMN fdcq.djsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.djsj IS '登记时间（登簿时间）';

--
-- Name: COLUMN fdcq.fj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.fj IS '附记';

--
-- Name: COLUMN fdcq.syywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.syywh IS '上手业务号（被转移或变更的上一手登记业务）';

--
-- Name: COLUMN fdcq.qszt; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.qszt IS '权属状态（zd.qszt：0 临时，1 现势，2 历史，3 终止）';

--
-- Name: COLUMN fdcq.rksj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.fdcq.rksj IS '入库时间（写入交易生产库的时间）';

--
-- Name: fdcq_id_seq; Type: SEQUENCE; Schema: djjg; Owner: -
--

CREATE SEQUENCE djjg.fdcq_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: fdcq_id_seq; Type: SEQUENCE OWNED BY; Schema: djjg; Owner: -
--

ALTER SEQUENCE djjg.fdcq_id_seq OWNED BY djjg.fdcq.id;

--
-- Name: qlr; Type: TABLE; Schema: djjg; Owner: -
--

CREATE TABLE djjg.qlr (
    id bigint NOT NULL,
    ywh text NOT NULL,
    bdcdyh character varying(28),
    sqrlb character varying(10) DEFAULT '权利人'::character varying NOT NULL,
    sxh integer DEFAULT 1 NOT NULL,
    qlrmc text NOT NULL,
    zjzl character varying(10),
    zjhm character varying(50),
    qlrlx character varying(10),
    xb character varying(10),
    gyfs character varying(10),
    qlbl numeric(5,4),
    gyqk text,
    bdcqzh character varying(100),
    qzysxlh character varying(50),
    sfczr boolean,
    dh character varying(50),
    dz text,
    djsj timestamp with time zone,
    rksj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT qlr_qlbl_ck CHECK (((qlbl > (0)::numeric) AND (qlbl <= (1)::numeric))),
    CONSTRAINT qlr_sqrlb_ck CHECK (((sqrlb)::text = ANY ((ARRAY['权利人'::character varying, '义务人'::character varying])::text[])))
);

--
-- Name: TABLE qlr; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON TABLE djjg.qlr IS '权利人：登记业务的权利人与义务人（TD/T 1066 QLR），按业务号与各权利表关联';

--
-- Name: COLUMN qlr.id; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.id IS 'ID（主键）';

--
-- Name: COLUMN qlr.ywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.ywh IS '登记业务号';

--
-- Name: COLUMN qlr.bdcdyh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.bdcdyh IS '不动产单元号（业务涉及多个单元时可空）';

--
-- Name: COLUMN qlr.sqrlb; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.sqrlb IS '申请人类别：权利人 / 义务人';

--
-- Name: COLUMN qlr.sxh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.sxh IS '顺序号';

--
-- Name: COLUMN qlr.qlrmc; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.qlrmc IS '权利人名称';

--
-- Name: COLUMN qlr.zjzl; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.zjzl IS '证件种类（zd.zjzl）';

--
-- Name: COLUMN qlr.zjhm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.zjhm IS '证件号码';

--
-- Name: COLUMN qlr.qlrlx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.qlrlx IS '权利人类型（zd.qlrlx）';

--
-- Name: COLUMN qlr.xb; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.xb IS '性别（zd.xb）';

--
-- Name: COLUMN qlr.gyfs; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.gyfs IS '共有方式（zd.gyfs）';

--
-- Name: COLUMN qlr.qlbl; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.qlbl IS '权利比例（0–1；登记端的文本比例如 1/2、50% 由入库过程换算）';

--
-- Name: COLUMN qlr.gyqk; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.gyqk IS '共有情况（原文）';

--
-- Name: COLUMN qlr.bdcqzh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.bdcqzh IS '不动产权证书号（该权利人所持）';

--
-- Name: COLUMN qlr.qzysxlh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.qzysxlh IS '权证印刷序列号';

--
-- Name: COLUMN qlr.sfczr; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.sfczr IS '是否持证人';

--
-- Name: COLUMN qlr.dh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.dh IS '电话';

--
-- Name: COLUMN qlr.dz; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.dz IS '地址';

--
-- Name: COLUMN qlr.djsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.djsj IS '登记时间';

--
-- Name: COLUMN qlr.rksj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.qlr.rksj IS '入库时间（写入交易生产库的时间）';

--
-- Name: qlr_id_seq; Type: SEQUENCE; Schema: djjg; Owner: -
--

CREATE SEQUENCE djjg.qlr_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: qlr_id_seq; Type: SEQUENCE OWNED BY; Schema: djjg; Owner: -
--

ALTER SEQUENCE djjg.qlr_id_seq OWNED BY djjg.qlr.id;

--
-- Name: sf; Type: TABLE; Schema: djjg; Owner: -
--

CREATE TABLE djjg.sf (
    id bigint NOT NULL,
    ywh text NOT NULL,
    sxh integer NOT NULL,
    djywh text,
    sfdh character varying(50),
    sfxm text NOT NULL,
    sfbz text,
    sl numeric(12,2),
    je numeric(18,2) NOT NULL,
    jfrmc text,
    sfsj timestamp with time zone,
    sfzt character varying(30),
    rksj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sf_je_ck CHECK ((je >= (0)::numeric))
);

--
-- Name: TABLE sf; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON TABLE djjg.sf IS '收费：登记收费明细（来自共享登记库 sf）';

--
-- Name: COLUMN sf.id; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.sf.id IS '记录ID（主键）';

--
-- Name: COLUMN sf.ywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.sf.ywh IS '收费业务号';

--
-- Name: COLUMN sf.sxh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.sf.sxh IS '顺序号';

--
-- Name: COLUMN sf.djywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.sf.djywh IS '所属登记业务号';

--
-- Name: COLUMN sf.sfdh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.sf.sfdh IS '收费单号';

--
-- Name: COLUMN sf.sfxm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.sf.sfxm IS '收费项目';

--
-- Name: COLUMN sf.sfbz; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.sf.sfbz IS '收费标准';

--
-- Name: COLUMN sf.sl; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.sf.sl IS '数量';

--
-- Name: COLUMN sf.je; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.sf.je IS '金额（元）';

--
-- Name: COLUMN sf.jfrmc; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.sf.jfrmc IS '缴费人名称';

--
-- Name: COLUMN sf.sfsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.sf.sfsj IS '收费时间';

--
-- Name: COLUMN sf.sfzt; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.sf.sfzt IS '收费状态';

--
-- Name: COLUMN sf.rksj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.sf.rksj IS '入库时间';

--
-- Name: sf_id_seq; Type: SEQUENCE; Schema: djjg; Owner: -
--

CREATE SEQUENCE djjg.sf_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: sf_id_seq; Type: SEQUENCE OWNED BY; Schema: djjg; Owner: -
--

ALTER SEQUENCE djjg.sf_id_seq OWNED BY djjg.sf.id;

--
-- Name: td; Type: TABLE; Schema: djjg; Owner: -
--

CREATE TABLE djjg.td (
    id bigint NOT NULL,
    zddm character varying(32) NOT NULL,
    ywh text NOT NULL,
    bdcdyh character varying(28),
    zl text,
    zdmj numeric(12,2),
    tdyt character varying(10),
    qllx character varying(10),
    qlxz character varying(30),
    syqx text,
    tdsyqssj date,
    tdsyjssj date,
    qxdm character varying(12),
    rksj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT td_tdsyjssj_ck CHECK ((tdsyjssj >= tdsyqssj)),
    CONSTRAINT td_zdmj_ck CHECK ((zdmj >= (0)::numeric))
);

--
-- Name: TABLE td; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON TABLE djjg.td IS '土地：登记端的宗地（来自共享登记库 td）';

--
-- Name: COLUMN td.id; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.td.id IS '记录ID（主键）';

--
-- Name: COLUMN td.zddm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.td.zddm IS '宗地代码（唯一）';

--
-- Name: COLUMN td.ywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.td.ywh IS '最近推送它的登记业务号';

--
-- Name: COLUMN td.bdcdyh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.td.bdcdyh IS '宗地的不动产单元号';

--
-- Name: COLUMN td.zl; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.td.zl IS '坐落';

--
-- Name: COLUMN td.zdmj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.td.zdmj IS '宗地面积（m²）';

--
-- Name: COLUMN td.tdyt; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.td.tdyt IS '土地用途';

--
-- Name: COLUMN td.qllx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.td.qllx IS '权利类型';

--
-- Name: COLUMN td.qlxz; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.td.qlxz IS '权利性质';

--
-- Name: COLUMN td.syqx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.td.syqx IS '使用期限（文本）';

--
-- Name: COLUMN td.tdsyqssj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.td.tdsyqssj IS '土地使用起始时间';

--
-- Name: COLUMN td.tdsyjssj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.td.tdsyjssj IS '土地使用结束时间';

--
-- Name: COLUMN td.qxdm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.td.qxdm IS '区县代码';

--
-- Name: COLUMN td.rksj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.td.rksj IS '入库时间';

--
-- Name: td_id_seq; Type: SEQUENCE; Schema: djjg; Owner: -
--

CREATE SEQUENCE djjg.td_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: td_id_seq; Type: SEQUENCE OWNED BY; Schema: djjg; Owner: -
--

ALTER SEQUENCE djjg.td_id_seq OWNED BY djjg.td.id;

--
-- Name: ygdj; Type: TABLE; Schema: djjg; Owner: -
--

CREATE TABLE djjg.ygdj (
    id bigint NOT NULL,
    ywh text NOT NULL,
    bdcdyh character varying(28) NOT NULL,
    fwbm character varying(32),
    bdczl text,
    ygdjzl character varying(10),
    djlx character varying(10),
    djyy text,
    ywr text,
    ywrzjzl character varying(10),
    ywrzjhm character varying(50),
    qlr text,
    htbh character varying(50),
    ghyt character varying(10),
    fwxz character varying(10),
    fwjg character varying(10),
    szc character varying(20),
    zcs integer,
    jzmj numeric(12,2),
    qdjg numeric(18,2),
    bdbzzqse numeric(18,2),
    zwlxqssj date,
    zwlxjssj date,
    bdcdjzmh character varying(100),
    syywh text,
    zxygywh text,
    zxsj timestamp with time zone,
    qxdm character varying(12),
    djjg text,
    dbr text,
    djsj timestamp with time zone,
    fj text,
    qszt character varying(10),
    rksj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ygdj_je_ck CHECK (((jzmj >= (0)::numeric) AND (qdjg >= (0)::numeric) AND (bdbzzqse >= (0)::numeric))),
    CONSTRAINT ygdj_zwlxjssj_ck CHECK ((zwlxjssj >= zwlxqssj))
);

--
-- Name: TABLE ygdj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON TABLE djjg.ygdj IS '预告登记：预购商品房预告、预抵押等（TD/T 1066 YGDJ），一单元一行';

--
-- Name: COLUMN ygdj.id; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.id IS 'ID（主键）';

--
-- Name: COLUMN ygdj.ywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.ywh IS '登记业务号';

--
-- Name: COLUMN ygdj.bdcdyh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.bdcdyh IS '不动产单元号';

--
-- Name: COLUMN ygdj.fwbm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.fwbm IS '房屋编码（登记端提供的副本）';

--
-- Name: COLUMN ygdj.bdczl; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.bdczl IS '不动产坐落';

--
-- Name: COLUMN ygdj.ygdjzl; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.ygdjzl IS '预告登记种类（zd.ygdjzl：1 预售商品房买卖预告，3 预售商品房抵押权预告即预抵押…）';

--
-- Name: COLUMN ygdj.djlx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.djlx IS '登记类型（zd.djlx）';

--
-- Name: COLUMN ygdj.djyy; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.djyy IS '登记原因';

--
-- Name: COLUMN ygdj.ywr; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.ywr IS '义务人';

--
-- Name: COLUMN ygdj.ywrzjzl; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.ywrzjzl IS '义务人证件种类（zd.zjzl）';

--
-- Name: COLUMN ygdj.ywrzjhm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.ywrzjhm IS '义务人证件号码';

--
-- Name: COLUMN ygdj.qlr; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.qlr IS '权利人（预购人或预抵押权人；明细见 djjg.qlr）';

--
-- Name: COLUMN ygdj.htbh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.htbh IS '所依据的商品房合同编号（与 ht.spfht.htbh 关联）';

--
-- Name: COLUMN ygdj.ghyt; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.ghyt IS '规划用途（zd.fwyt）';

--
-- Name: COLUMN ygdj.fwxz; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.fwxz IS '房屋性质（zd.fwxz）';

--
-- Name: COLUMN ygdj.fwjg; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.fwjg IS '房屋结构（zd.fwjg）';

--
-- Name: COLUMN ygdj.szc; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.szc IS '所在层';

--
-- Name: COLUMN ygdj.zcs; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.zcs IS '总层数';

--
-- Name: COLUMN ygdj.jzmj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.jzmj IS '建筑面积（m²）';

--
-- Name: COLUMN ygdj.qdjg; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.qdjg IS '取得价格（元）';

--
-- Name: COLUMN ygdj.bdbzzqse; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.bdbzzqse IS '被担保主债权数额（元，预抵押）';

--
-- Name: COLUMN ygdj.zwlxqssj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.zwlxqssj IS '债务履行起始日期（预抵押）';

--
-- Name: COLUMN ygdj.zwlxjssj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.zwlxjssj IS '债务履行结束日期（预抵押）';

--
-- Name: COLUMN ygdj.bdcdjzmh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.bdcdjzmh IS '不动产登记证明号（预告登记证明号）';

--
-- Name: COLUMN ygdj.syywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.syywh IS '上手业务号（预抵押所依附的预告登记业务，或变更前的预告）';

--
-- Name: COLUMN ygdj.zxygywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.zxygywh IS '注销预告业务号';

--
-- Name: COLUMN ygdj.zxsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.zxsj IS '注销时间';

--
-- Name: COLUMN ygdj.qxdm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.qxdm IS '区县代码（zd.xzqh）';

--
-- Name: COLUMN ygdj.djjg; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.djjg IS '登记机构';

--
-- Name: COLUMN ygdj.dbr; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.dbr IS '登簿人';

--
-- Name: COLUMN ygdj.djsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.djsj IS '登记时间（登簿时间）';

--
-- Name: COLUMN ygdj.fj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.fj IS '附记';

--
-- Name: COLUMN ygdj.qszt; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.qszt IS '权属状态（zd.qszt）';

--
-- Name: COLUMN ygdj.rksj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.ygdj.rksj IS '入库时间（写入交易生产库的时间）';

--
-- Name: ygdj_id_seq; Type: SEQUENCE; Schema: djjg; Owner: -
--

CREATE SEQUENCE djjg.ygdj_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: ygdj_id_seq; Type: SEQUENCE OWNED BY; Schema: djjg; Owner: -
--

ALTER SEQUENCE djjg.ygdj_id_seq OWNED BY djjg.ygdj.id;

--
-- Name: yx; Type: TABLE; Schema: djjg; Owner: -
--

CREATE TABLE djjg.yx (
    id bigint NOT NULL,
    ywh text NOT NULL,
    clmc text,
    wjmc text NOT NULL,
    wjlx character varying(100),
    sha256 character(64) NOT NULL,
    dx bigint,
    cclj text NOT NULL,
    djsj timestamp with time zone,
    rksj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT yx_dx_ck CHECK ((dx >= 0)),
    CONSTRAINT yx_sha256_ck CHECK ((sha256 ~ '^[0-9a-f]{64}$'::text))
);

--
-- Name: TABLE yx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON TABLE djjg.yx IS '影像索引：登记业务的影像材料索引（只存索引，文件在存储路径）';

--
-- Name: COLUMN yx.id; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yx.id IS 'ID（主键）';

--
-- Name: COLUMN yx.ywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yx.ywh IS '登记业务号';

--
-- Name: COLUMN yx.clmc; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yx.clmc IS '材料名称（如 申请书、身份证明）';

--
-- Name: COLUMN yx.wjmc; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yx.wjmc IS '文件名称';

--
-- Name: COLUMN yx.wjlx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yx.wjlx IS '文件类型（MIME 类型或扩展名）';

--
-- Name: COLUMN yx.sha256; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yx.sha256 IS '文件 SHA-256 摘要（64位小写十六进制）';

--
-- Name: COLUMN yx.dx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yx.dx IS '文件大小（字节）';

--
-- Name: COLUMN yx.cclj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yx.cclj IS '存储路径';

--
-- Name: COLUMN yx.djsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yx.djsj IS '登记时间（所属业务的登簿时间）';

--
-- Name: COLUMN yx.rksj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yx.rksj IS '入库时间（写入交易生产库的时间）';

--
-- Name: yx_id_seq; Type: SEQUENCE; Schema: djjg; Owner: -
--

CREATE SEQUENCE djjg.yx_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: yx_id_seq; Type: SEQUENCE OWNED BY; Schema: djjg; Owner: -
--

ALTER SEQUENCE djjg.yx_id_seq OWNED BY djjg.yx.id;

--
-- Name: yydj; Type: TABLE; Schema: djjg; Owner: -
--

CREATE TABLE djjg.yydj (
    id bigint NOT NULL,
    ywh text NOT NULL,
    bdcdyh character varying(28) NOT NULL,
    fwbm character varying(32),
    djlx character varying(10),
    yysx text,
    bdcdjzmh character varying(100),
    zxyyywh text,
    zxyyyy text,
    zxyydbr text,
    zxyydjsj timestamp with time zone,
    qxdm character varying(12),
    djjg text,
    dbr text,
    djsj timestamp with time zone,
    fj text,
    qszt character varying(10),
    rksj timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: TABLE yydj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON TABLE djjg.yydj IS '异议登记：异议登记及其注销（TD/T 1066 YYDJ），一单元一行';

--
-- Name: COLUMN yydj.id; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.id IS 'ID（主键）';

--
-- Name: COLUMN yydj.ywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.ywh IS '登记业务号';

--
-- Name: COLUMN yydj.bdcdyh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.bdcdyh IS '不动产单元号';

--
-- Name: COLUMN yydj.fwbm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.fwbm IS '房屋编码（登记端提供的副本）';

--
-- Name: COLUMN yydj.djlx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.djlx IS '登记类型（zd.djlx，通常 600 异议）';

--
-- Name: COLUMN yydj.yysx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.yysx IS '异议事项';

--
-- Name: COLUMN yydj.bdcdjzmh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.bdcdjzmh IS '不动产登记证明号';

--
-- Name: COLUMN yydj.zxyyywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.zxyyywh IS '注销异议业务号';

--
-- Name: COLUMN yydj.zxyyyy; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.zxyyyy IS '注销异议原因';

--
-- Name: COLUMN yydj.zxyydbr; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.zxyydbr IS '注销异议登簿人';

--
-- Name: COLUMN yydj.zxyydjsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.zxyydjsj IS '注销异议登记时间';

--
-- Name: COLUMN yydj.qxdm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.qxdm IS '区县代码（zd.xzqh）';

--
-- Name: COLUMN yydj.djjg; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.djjg IS '登记机构';

--
-- Name: COLUMN yydj.dbr; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.dbr IS '登簿人';

--
-- Name: COLUMN yydj.djsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.djsj IS '登记时间（登簿时间）';

--
-- Name: COLUMN yydj.fj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.fj IS '附记';

--
-- Name: COLUMN yydj.qszt; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.qszt IS '权属状态（zd.qszt）';

--
-- Name: COLUMN yydj.rksj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.yydj.rksj IS '入库时间（写入交易生产库的时间）';

--
-- Name: yydj_id_seq; Type: SEQUENCE; Schema: djjg; Owner: -
--

CREATE SEQUENCE djjg.yydj_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: yydj_id_seq; Type: SEQUENCE OWNED BY; Schema: djjg; Owner: -
--

ALTER SEQUENCE djjg.yydj_id_seq OWNED BY djjg.yydj.id;

--
-- Name: zs; Type: TABLE; Schema: djjg; Owner: -
--

CREATE TABLE djjg.zs (
    id bigint NOT NULL,
    bdcqzh character varying(100) NOT NULL,
    zslx character varying(20) NOT NULL,
    ywh text NOT NULL,
    bdcdyh character varying(28),
    qlr text,
    zl text,
    qzysxlh character varying(50),
    fzsj timestamp with time zone,
    zszt character varying(10) DEFAULT '有效'::character varying NOT NULL,
    qxdm character varying(12),
    djsj timestamp with time zone,
    rksj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT zs_zslx_ck CHECK (((zslx)::text = ANY ((ARRAY['不动产权证书'::character varying, '不动产登记证明'::character varying])::text[]))),
    CONSTRAINT zs_zszt_ck CHECK (((zszt)::text = ANY ((ARRAY['有效'::character varying, '注销'::character varying, '作废'::character varying])::text[])))
);

--
-- Name: TABLE zs; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON TABLE djjg.zs IS '证书/证明：已缮证发放的不动产权证书与不动产登记证明';

--
-- Name: COLUMN zs.id; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zs.id IS 'ID（主键）';

--
-- Name: COLUMN zs.bdcqzh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zs.bdcqzh IS '不动产权证书号或登记证明号（唯一）';

--
-- Name: COLUMN zs.zslx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zs.zslx IS '证书类型：不动产权证书 / 不动产登记证明';

--
-- Name: COLUMN zs.ywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zs.ywh IS '登记业务号';

--
-- Name: COLUMN zs.bdcdyh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zs.bdcdyh IS '不动产单元号（证明涉及多个单元时可空）';

--
-- Name: COLUMN zs.qlr; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zs.qlr IS '权利人（证上所载，多人以顿号分隔）';

--
-- Name: COLUMN zs.zl; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zs.zl IS '坐落';

--
-- Name: COLUMN zs.qzysxlh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zs.qzysxlh IS '权证印刷序列号';

--
-- Name: COLUMN zs.fzsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zs.fzsj IS '发证时间';

--
-- Name: COLUMN zs.zszt; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zs.zszt IS '证书状态：有效 / 注销 / 作废';

--
-- Name: COLUMN zs.qxdm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zs.qxdm IS '区县代码（zd.xzqh）';

--
-- Name: COLUMN zs.djsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zs.djsj IS '登记时间（登簿时间）';

--
-- Name: COLUMN zs.rksj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zs.rksj IS '入库时间（写入交易生产库的时间）';

--
-- Name: zs_id_seq; Type: SEQUENCE; Schema: djjg; Owner: -
--

CREATE SEQUENCE djjg.zs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: zs_id_seq; Type: SEQUENCE OWNED BY; Schema: djjg; Owner: -
--

ALTER SEQUENCE djjg.zs_id_seq OWNED BY djjg.zs.id;

--
-- Name: zxdj; Type: TABLE; Schema: djjg; Owner: -
--

CREATE TABLE djjg.zxdj (
    id bigint NOT NULL,
    ywh text NOT NULL,
    bdcdyh character varying(28) NOT NULL,
    zxywh text NOT NULL,
    zxlx character varying(10) NOT NULL,
    djlx character varying(10),
    zxyy text,
    qxdm character varying(12),
    djjg text,
    dbr text,
    djsj timestamp with time zone,
    rksj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT zxdj_zxlx_ck CHECK (((zxlx)::text = ANY ((ARRAY['房地产权'::character varying, '抵押权'::character varying, '预告'::character varying, '查封'::character varying, '异议'::character varying, '其他'::character varying])::text[])))
);

--
-- Name: TABLE zxdj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON TABLE djjg.zxdj IS '注销登记：注销某项已登记权利的业务（登记类型 400 等），一单元一行；被注销权利的注销列由入库过程同步更新';

--
-- Name: COLUMN zxdj.id; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zxdj.id IS 'ID（主键）';

--
-- Name: COLUMN zxdj.ywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zxdj.ywh IS '注销登记业务号';

--
-- Name: COLUMN zxdj.bdcdyh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zxdj.bdcdyh IS '不动产单元号';

--
-- Name: COLUMN zxdj.zxywh; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zxdj.zxywh IS '被注销的登记业务号';

--
-- Name: COLUMN zxdj.zxlx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zxdj.zxlx IS '注销类型（被注销权利的种类）：房地产权 / 抵押权 / 预告 / 查封 / 异议 / 其他';

--
-- Name: COLUMN zxdj.djlx; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zxdj.djlx IS '登记类型（zd.djlx，通常 400 注销）';

--
-- Name: COLUMN zxdj.zxyy; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zxdj.zxyy IS '注销原因';

--
-- Name: COLUMN zxdj.qxdm; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zxdj.qxdm IS '区县代码（zd.xzqh）';

--
-- Name: COLUMN zxdj.djjg; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zxdj.djjg IS '登记机构';

--
-- Name: COLUMN zxdj.dbr; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zxdj.dbr IS '登簿人';

--
-- Name: COLUMN zxdj.djsj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zxdj.djsj IS '登记时间（登簿时间）';

--
-- Name: COLUMN zxdj.rksj; Type: COMMENT; Schema: djjg; Owner: -
--

COMMENT ON COLUMN djjg.zxdj.rksj IS '入库时间（写入交易生产库的时间）';

--
-- Name: zxdj_id_seq; Type: SEQUENCE; Schema: djjg; Owner: -
--

CREATE SEQUENCE djjg.zxdj_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: zxdj_id_seq; Type: SEQUENCE OWNED BY; Schema: djjg; Owner: -
--

ALTER SEQUENCE djjg.zxdj_id_seq OWNED BY djjg.zxdj.id;

--
-- Name: fw_dy; Type: TABLE; Schema: gl; Owner: -
--

CREATE TABLE gl.fw_dy (
    id bigint NOT NULL,
    fwbm character varying(32) NOT NULL,
    bdcdyh character varying(28) NOT NULL,
    ppdf numeric(5,4),
    glfs character varying(10) NOT NULL,
    glyj jsonb,
    czr text,
    gjsj timestamp with time zone DEFAULT now() NOT NULL,
    zt character varying(10) DEFAULT '有效'::character varying NOT NULL,
    CONSTRAINT fw_dy_glfs_ck CHECK (((glfs)::text = ANY ((ARRAY['精确'::character varying, '自动'::character varying, '人工'::character varying, '导入'::character varying])::text[]))),
    CONSTRAINT fw_dy_ppdf_ck CHECK (((ppdf >= (0)::numeric) AND (ppdf <= (1)::numeric))),
    CONSTRAINT fw_dy_zt_ck CHECK (((zt)::text = ANY ((ARRAY['有效'::character varying, '待确认'::character varying])::text[])))
);

--
-- Name: TABLE fw_dy; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON TABLE gl.fw_dy IS '房屋单元挂接：交易楼盘表房屋编码与登记不动产单元号一一对应；解除挂接即删除该行（前值记入 audit.czrz），候选对另行存放';

--
-- Name: COLUMN fw_dy.id; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fw_dy.id IS 'ID（主键）';

--
-- Name: COLUMN fw_dy.fwbm; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fw_dy.fwbm IS '房屋编码（唯一；楼盘表 lpb.h 的房屋编码，或存量导入 gl.fwtz 的房屋编码）';

--
-- Name: COLUMN fw_dy.bdcdyh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fw_dy.bdcdyh IS '不动产单元号（唯一）';

--
-- Name: COLUMN fw_dy.ppdf; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fw_dy.ppdf IS '匹配得分（0–1，精确匹配为 1）';

--
-- Name: COLUMN fw_dy.glfs; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fw_dy.glfs IS '挂接方式：精确（编码一致）/ 自动（按坐落、面积、楼层等评分）/ 人工 / 导入';

--
-- Name: COLUMN fw_dy.glyj; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fw_dy.glyj IS '挂接依据（参与匹配的字段及其比对结果，JSON）';

--
-- Name: COLUMN fw_dy.czr; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fw_dy.czr IS '操作人（自动挂接为过程名）';

--
-- Name: COLUMN fw_dy.gjsj; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fw_dy.gjsj IS '挂接时间';

--
-- Name: COLUMN fw_dy.zt; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fw_dy.zt IS '状态：有效 / 待确认';

--
-- Name: dyxz; Type: VIEW; Schema: djzt; Owner: -
--

CREATE VIEW djzt.dyxz AS
 SELECT u.bdcdyh,
    g.fwbm,
    ( SELECT f.ywh
           FROM djjg.fdcq f
          WHERE (((f.bdcdyh)::text = (u.bdcdyh)::text) AND ((f.qszt)::text = '1'::text))
          ORDER BY f.djsj DESC
         LIMIT 1) AS syqywh,
    ( SELECT f.bdcqzh
           FROM djjg.fdcq f
          WHERE (((f.bdcdyh)::text = (u.bdcdyh)::text) AND ((f.qszt)::text = '1'::text))
          ORDER BY f.djsj DESC
         LIMIT 1) AS bdcqzh,
    ( SELECT count(*) AS count
           FROM (djjg.dyaq_dy d
             JOIN djjg.dyaq a ON ((a.ywh = d.ywh)))
          WHERE (((d.bdcdyh)::text = (u.bdcdyh)::text) AND ((a.qszt)::text = '1'::text))) AS dysl,
    ( SELECT count(*) AS count
           FROM djjg.cfdj c
          WHERE (((c.bdcdyh)::text = (u.bdcdyh)::text) AND ((c.qszt)::text = '1'::text))) AS cfsl,
    ( SELECT count(*) AS count
           FROM djjg.ygdj y
          WHERE (((y.bdcdyh)::text = (u.bdcdyh)::text) AND ((y.qszt)::text = '1'::text) AND ((COALESCE(y.ygdjzl, '1'::character varying))::text <> ALL ((ARRAY['3'::character varying, '4'::character varying])::text[])))) AS ygsl,
    ( SELECT count(*) AS count
           FROM djjg.ygdj y
          WHERE (((y.bdcdyh)::text = (u.bdcdyh)::text) AND ((y.qszt)::text = '1'::text) AND ((y.ygdjzl)::text = ANY ((ARRAY['3'::character varying, '4'::character varying])::text[])))) AS ydysl,
    ( SELECT count(*) AS count
           FROM djjg.yydj y
          WHERE (((y.bdcdyh)::text = (u.bdcdyh)::text) AND ((y.qszt)::text = '1'::text))) AS yysl
   FROM (( SELECT bdcdy.bdcdyh
           FROM djjg.bdcdy
        UNION
         SELECT fdcq.bdcdyh
           FROM djjg.fdcq
        UNION
         SELECT dyaq_dy.bdcdyh
           FROM djjg.dyaq_dy
        UNION
         SELECT ygdj.bdcdyh
           FROM djjg.ygdj
        UNION
         SELECT cfdj.bdcdyh
           FROM djjg.cfdj
        UNION
         SELECT yydj.bdcdyh
           FROM djjg.yydj) u
     LEFT JOIN gl.fw_dy g ON ((((g.bdcdyh)::text = (u.bdcdyh)::text) AND ((g.zt)::text = '有效'::text))));

--
-- Name: VIEW dyxz; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON VIEW djzt.dyxz IS '单元现状：每个不动产单元的现势所有权与现势抵押、查封、预告、预抵押、异议件数，及挂接的房屋编码';

--
-- Name: COLUMN dyxz.bdcdyh; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.dyxz.bdcdyh IS '不动产单元号';

--
-- Name: COLUMN dyxz.fwbm; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.dyxz.fwbm IS '挂接的房屋编码（有效挂接）';

--
-- Name: COLUMN dyxz.syqywh; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.dyxz.syqywh IS '现势所有权的登记业务号';

--
-- Name: COLUMN dyxz.bdcqzh; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.dyxz.bdcqzh IS '现势所有权的不动产权证书号';

--
-- Name: COLUMN dyxz.dysl; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.dyxz.dysl IS '现势抵押权件数';

--
-- Name: COLUMN dyxz.cfsl; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.dyxz.cfsl IS '现势查封件数';

--
-- Name: COLUMN dyxz.ygsl; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.dyxz.ygsl IS '现势预告件数（不含预抵押）';

--
-- Name: COLUMN dyxz.ydysl; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.dyxz.ydysl IS '现势预抵押件数';

--
-- Name: COLUMN dyxz.yysl; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.dyxz.yysl IS '现势异议件数';

--
-- Name: h; Type: TABLE; Schema: lpb; Owner: -
--

CREATE TABLE lpb.h (
    id bigint NOT NULL,
    fwbm character varying(32),
    ljz_id bigint NOT NULL,
    c_id bigint,
    zl text,
    dyh character varying(20),
    szc character varying(20),
    sjcs integer,
    hh integer,
    shbw text,
    fh character varying(50),
    hx character varying(10),
    hxjg character varying(10),
    fwyt character varying(10),
    fwlx character varying(10),
    fwjg character varying(10),
    fwxz character varying(10),
    mjdw character varying(10) DEFAULT '1'::character varying NOT NULL,
    mjlx character varying(10) DEFAULT '预测'::character varying NOT NULL,
    ycjzmj numeric(12,2),
    yctnjzmj numeric(12,2),
    ycftjzmj numeric(12,2),
    ycdxbfjzmj numeric(12,2),
    ycqtjzmj numeric(12,2),
    ycftxs numeric(5,4),
    scjzmj numeric(12,2),
    sctnjzmj numeric(12,2),
    scftjzmj numeric(12,2),
    scdxbfjzmj numeric(12,2),
    scqtjzmj numeric(12,2),
    scftxs numeric(5,4),
    fwzt character varying(10) DEFAULT '可售'::character varying NOT NULL,
    djzt smallint DEFAULT 0 NOT NULL,
    dyzt smallint DEFAULT 0 NOT NULL,
    cfzt smallint DEFAULT 0 NOT NULL,
    ygzt smallint DEFAULT 0 NOT NULL,
    yyzt smallint DEFAULT 0 NOT NULL,
    xzzt smallint DEFAULT 0 NOT NULL,
    cjsj timestamp with time zone DEFAULT now() NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT h_djzt_ck CHECK ((djzt = ANY (ARRAY[0, 1]))),
    CONSTRAINT h_fwzt_ck CHECK (((fwzt)::text = ANY ((ARRAY['不可售'::character varying, '可售'::character varying, '已签约'::character varying, '已备案'::character varying, '已登记'::character varying, '已灭失'::character varying])::text[]))),
    CONSTRAINT h_mj_ck CHECK (((ycjzmj >= (0)::numeric) AND (yctnjzmj >= (0)::numeric) AND (ycftjzmj >= (0)::numeric) AND (ycdxbfjzmj >= (0)::numeric) AND (ycqtjzmj >= (0)::numeric) AND (ycftxs >= (0)::numeric) AND (scjzmj >= (0)::numeric) AND (sctnjzmj >= (0)::numeric) AND (scftjzmj >= (0)::numeric) AND (scdxbfjzmj >= (0)::numeric) AND (scqtjzmj >= (0)::numeric) AND (scftxs >= (0)::numeric))),
    CONSTRAINT h_mjlx_ck CHECK (((((mjlx)::text = '预测'::text) AND (scjzmj IS NULL)) OR (((mjlx)::text = '实测'::text) AND (scjzmj IS NOT NULL)))),
    CONSTRAINT h_qlzt_ck CHECK (((dyzt >= 0) AND (cfzt >= 0) AND (ygzt >= 0) AND (yyzt >= 0) AND (xzzt >= 0))),
    CONSTRAINT h_scmj_he_ck CHECK (((scjzmj IS NULL) OR (sctnjzmj IS NULL) OR (scftjzmj IS NULL) OR (abs(((sctnjzmj + scftjzmj) - scjzmj)) <= 0.05))),
    CONSTRAINT h_ycmj_he_ck CHECK (((ycjzmj IS NULL) OR (yctnjzmj IS NULL) OR (ycftjzmj IS NULL) OR (abs(((yctnjzmj + ycftjzmj) - ycjzmj)) <= 0.05)))
);

--
-- Name: TABLE h; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON TABLE lpb.h IS '户：最小交易单元（套、间），房屋编码 fwbm 为交易端主键；一行同时记预测与实测面积（TD/T 1066 H）';

--
-- Name: COLUMN h.id; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.id IS '户ID（主键）';

--
-- Name: COLUMN h.fwbm; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.fwbm IS '房屋编码（JGJ/T 246，房屋唯一号；可空：分割合并或存量缺码的户待赋码，非空时唯一）';

--
-- Name: COLUMN h.ljz_id; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.ljz_id IS '所属逻辑幢ID（lpb.ljz.id）';

--
-- Name: COLUMN h.c_id; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.c_id IS '所在层ID（lpb.c.id，可空）';

--
-- Name: COLUMN h.zl; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.zl IS '房屋坐落';

--
-- Name: COLUMN h.dyh; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.dyh IS '单元号';

--
-- Name: COLUMN h.szc; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.szc IS '所在层（名义层，文本，如 16、-1、夹层）';

--
-- Name: COLUMN h.sjcs; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.sjcs IS '实际层数（物理层序号）';

--
-- Name: COLUMN h.hh; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.hh IS '户号（层内或幢内序号）';

--
-- Name: COLUMN h.shbw; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.shbw IS '室号部位';

--
-- Name: COLUMN h.fh; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.fh IS '房号（如 1602）';

--
-- Name: COLUMN h.hx; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.hx IS '户型（zd.hx）';

--
-- Name: COLUMN h.hxjg; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.hxjg IS '户型结构（zd.hxjg）';

--
-- Name: COLUMN h.fwyt; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.fwyt IS '房屋用途（zd.fwyt）';

--
-- Name: COLUMN h.fwlx; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.fwlx IS '房屋类型（zd.fwlx）';

--
-- Name: COLUMN h.fwjg; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.fwjg IS '房屋结构（zd.fwjg）';

--
-- Name: COLUMN h.fwxz; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.fwxz IS '房屋性质（zd.fwxz）';

--
-- Name: COLUMN h.mjdw; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.mjdw IS '面积单位（zd.mjdw，默认 1 平方米）';

--
-- Name: COLUMN h.mjlx; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.mjlx IS '面积类型：预测（只有预测面积，实测面积为空）/ 实测（已实测，实测建筑面积必填，预测面积保留）';

--
-- Name: COLUMN h.ycjzmj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.ycjzmj IS '预测建筑面积（m²）';

--
-- Name: COLUMN h.yctnjzmj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.yctnjzmj IS '预测套内建筑面积（m²）';

--
-- Name: COLUMN h.ycftjzmj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.ycftjzmj IS '预测分摊建筑面积（m²）；三项齐全时 套内+分摊 与建筑面积相差不超过 0.05';

--
-- Name: COLUMN h.ycdxbfjzmj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.ycdxbfjzmj IS '预测地下部分建筑面积（m²）';

--
-- Name: COLUMN h.ycqtjzmj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.ycqtjzmj IS '预测其它建筑面积（m²）';

--
-- Name: COLUMN h.ycftxs; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.ycftxs IS '预测分摊系数';

--
-- Name: COLUMN h.scjzmj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.scjzmj IS '实测建筑面积（m²）';

--
-- Name: COLUMN h.sctnjzmj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.sctnjzmj IS '实测套内建筑面积（m²）';

--
-- Name: COLUMN h.scftjzmj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.scftjzmj IS '实测分摊建筑面积（m²）；三项齐全时 套内+分摊 与建筑面积相差不超过 0.05';

--
-- Name: COLUMN h.scdxbfjzmj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.scdxbfjzmj IS '实测地下部分建筑面积（m²）';

--
-- Name: COLUMN h.scqtjzmj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.scqtjzmj IS '实测其它建筑面积（m²）';

--
-- Name: COLUMN h.scftxs; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.scftxs IS '实测分摊系数';

--
-- Name: COLUMN h.fwzt; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.fwzt IS '房屋状态：不可售 / 可售 / 已签约 / 已备案 / 已登记 / 已灭失（分割合并或拆除后作废）';

--
-- Name: COLUMN h.djzt; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.djzt IS '登记状态：0 未登记，1 已登记（有现势房地产权）；由登记结果入库过程维护';

--
-- Name: COLUMN h.dyzt; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.dyzt IS '抵押状态：现势抵押权（含预抵押）件数，0 为无；由登记结果入库过程维护';

--
-- Name: COLUMN h.cfzt; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.cfzt IS '查封状态：现势查封（含预查封、轮候）件数，0 为无；由登记结果入库过程维护';

--
-- Name: COLUMN h.ygzt; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.ygzt IS '预告状态：现势预告登记件数，0 为无；由登记结果入库过程维护';

--
-- Name: COLUMN h.yyzt; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.yyzt IS '异议状态：现势异议登记件数，0 为无；由登记结果入库过程维护';

--
-- Name: COLUMN h.xzzt; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.xzzt IS '行政限制状态：有效行政限制（ht.xzxz）件数，0 为无；由行政限制过程维护';

--
-- Name: COLUMN h.cjsj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.cjsj IS '创建时间';

--
-- Name: COLUMN h.gxsj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.h.gxsj IS '更新时间';

--
-- Name: fwdj; Type: VIEW; Schema: djzt; Owner: -
--

CREATE VIEW djzt.fwdj AS
 SELECT h.id AS h_id,
    h.fwbm,
    g.bdcdyh,
    h.zl,
    h.fwzt,
    h.djzt,
    h.dyzt,
    h.cfzt,
    h.ygzt,
    h.yyzt,
    h.xzzt,
    x.syqywh,
    x.bdcqzh
   FROM ((lpb.h h
     LEFT JOIN gl.fw_dy g ON ((((g.fwbm)::text = (h.fwbm)::text) AND ((g.zt)::text = '有效'::text))))
     LEFT JOIN djzt.dyxz x ON (((x.bdcdyh)::text = (g.bdcdyh)::text)));

--
-- Name: VIEW fwdj; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON VIEW djzt.fwdj IS '房屋登记状态：交易楼盘表每户的登记状态标志（入库过程维护）与挂接单元的现势所有权';

--
-- Name: COLUMN fwdj.h_id; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.fwdj.h_id IS '户ID';

--
-- Name: COLUMN fwdj.fwbm; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.fwdj.fwbm IS '房屋编码';

--
-- Name: COLUMN fwdj.bdcdyh; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.fwdj.bdcdyh IS '挂接的不动产单元号';

--
-- Name: COLUMN fwdj.zl; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.fwdj.zl IS '房屋坐落';

--
-- Name: COLUMN fwdj.fwzt; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.fwdj.fwzt IS '房屋状态';

--
-- Name: COLUMN fwdj.djzt; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.fwdj.djzt IS '登记状态（0/1）';

--
-- Name: COLUMN fwdj.dyzt; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.fwdj.dyzt IS '现势抵押件数';

--
-- Name: COLUMN fwdj.cfzt; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.fwdj.cfzt IS '现势查封件数';

--
-- Name: COLUMN fwdj.ygzt; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.fwdj.ygzt IS '现势预告件数';

--
-- Name: COLUMN fwdj.yyzt; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.fwdj.yyzt IS '现势异议件数';

--
-- Name: COLUMN fwdj.xzzt; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.fwdj.xzzt IS '有效行政限制件数';

--
-- Name: COLUMN fwdj.syqywh; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.fwdj.syqywh IS '现势所有权的登记业务号';

--
-- Name: COLUMN fwdj.bdcqzh; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.fwdj.bdcqzh IS '现势所有权的不动产权证书号';

--
-- Name: ql; Type: VIEW; Schema: djzt; Owner: -
--

CREATE VIEW djzt.ql AS
 SELECT '所有权'::character varying(10) AS qlzl,
    f.ywh,
    f.bdcdyh,
    f.djlx,
    f.djsj,
    f.qszt,
    f.syywh,
    f.bdcqzh AS zh,
    NULL::text AS zxywh
   FROM djjg.fdcq f
UNION ALL
 SELECT '抵押权'::character varying AS qlzl,
    a.ywh,
    u.bdcdyh,
    a.djlx,
    a.djsj,
    a.qszt,
    a.syywh,
    a.bdcdjzmh AS zh,
    a.zxdyywh AS zxywh
   FROM (djjg.dyaq a
     JOIN djjg.dyaq_dy u ON ((u.ywh = a.ywh)))
UNION ALL
 SELECT
        CASE
            WHEN ((g.ygdjzl)::text = ANY ((ARRAY['3'::character varying, '4'::character varying])::text[])) THEN '预抵押'::text
            ELSE '预告'::text
        END AS qlzl,
    g.ywh,
    g.bdcdyh,
    g.djlx,
    g.djsj,
    g.qszt,
    g.syywh,
    g.bdcdjzmh AS zh,
    g.zxygywh AS zxywh
   FROM djjg.ygdj g
UNION ALL
 SELECT '查封'::character varying AS qlzl,
    c.ywh,
    c.bdcdyh,
    c.djlx,
    c.djsj,
    c.qszt,
    NULL::text AS syywh,
    c.cfwh AS zh,
    c.jfywh AS zxywh
   FROM djjg.cfdj c
UNION ALL
 SELECT '异议'::character varying AS qlzl,
    y.ywh,
    y.bdcdyh,
    y.djlx,
    y.djsj,
    y.qszt,
    NULL::text AS syywh,
    y.bdcdjzmh AS zh,
    y.zxyyywh AS zxywh
   FROM djjg.yydj y;

--
-- Name: VIEW ql; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON VIEW djzt.ql IS '权利链：各类已入库权利按单元一行（所有权、抵押权、预告、预抵押、查封、异议），含上手与注销业务号';

--
-- Name: COLUMN ql.qlzl; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.ql.qlzl IS '权利种类';

--
-- Name: COLUMN ql.ywh; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.ql.ywh IS '登记业务号';

--
-- Name: COLUMN ql.bdcdyh; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.ql.bdcdyh IS '不动产单元号';

--
-- Name: COLUMN ql.djlx; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.ql.djlx IS '登记类型';

--
-- Name: COLUMN ql.djsj; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.ql.djsj IS '登记时间';

--
-- Name: COLUMN ql.qszt; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.ql.qszt IS '权属状态（1 现势，2 历史）';

--
-- Name: COLUMN ql.syywh; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.ql.syywh IS '上手业务号';

--
-- Name: COLUMN ql.zh; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.ql.zh IS '证书号或证明号（查封为查封文号）';

--
-- Name: COLUMN ql.zxywh; Type: COMMENT; Schema: djzt; Owner: -
--

COMMENT ON COLUMN djzt.ql.zxywh IS '注销（解封）业务号';

--
-- Name: yh; Type: TABLE; Schema: gj; Owner: -
--

CREATE TABLE gj.yh (
    yhm character varying(64) NOT NULL,
    xm text,
    js character varying(10) NOT NULL,
    djzl character varying(10)[],
    xzqdm character varying(6)[],
    mmzy text,
    zt character varying(10) DEFAULT '启用'::character varying NOT NULL,
    sbcs integer DEFAULT 0 NOT NULL,
    sdzz timestamp with time zone,
    zhdl timestamp with time zone,
    hhbb integer DEFAULT 1 NOT NULL,
    czr text NOT NULL,
    cjsj timestamp with time zone DEFAULT now() NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT yh_hhbb_ck CHECK ((hhbb >= 1)),
    CONSTRAINT yh_js_ck CHECK (((js)::text = ANY ((ARRAY['admin'::character varying, 'steward'::character varying, 'viewer'::character varying])::text[]))),
    CONSTRAINT yh_sbcs_ck CHECK ((sbcs >= 0)),
    CONSTRAINT yh_yhm_ck CHECK (((yhm)::text ~ '^[A-Za-z0-9][A-Za-z0-9_.@-]{1,63}$'::text)),
    CONSTRAINT yh_zt_ck CHECK (((zt)::text = ANY ((ARRAY['启用'::character varying, '停用'::character varying])::text[])))
);

--
-- Name: TABLE yh; Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON TABLE gj.yh IS '数据对接工具用户：角色、数据范围、本地口令摘要与登录失败锁定';

--
-- Name: COLUMN yh.yhm; Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON COLUMN gj.yh.yhm IS '用户名（登录名；统一平台登录时为网关或 OIDC 给出的用户名）';

--
-- Name: COLUMN yh.xm; Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON COLUMN gj.yh.xm IS '姓名';

--
-- Name: COLUMN yh.js; Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON COLUMN gj.yh.js IS '角色：admin 管理员（全部功能）、steward 数据管理员（修正、挂接，限于其登记种类与区县）、viewer 只读';

--
-- Name: COLUMN yh.djzl; Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON COLUMN gj.yh.djzl IS '数据管理员可处理的登记种类（stg.djsj.djzl 的取值）；空表示不限';

--
-- Name: COLUMN yh.xzqdm; Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON COLUMN gj.yh.xzqdm IS '数据管理员可处理的区县（6 位行政区划代码，GB/T 2260）；空表示不限';

--
-- Name: COLUMN yh.mmzy; Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON COLUMN gj.yh.mmzy IS '本地口令的 Argon2id 摘要（含盐与参数，argon2-cffi 格式）；空表示只能经统一平台登录';

--
-- Name: COLUMN yh.zt; Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON COLUMN gj.yh.zt IS '状态：启用 / 停用（停用后不能登录，已有会话随即失效）';

--
-- Name: COLUMN yh.sbcs; Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON COLUMN gj.yh.sbcs IS '连续登录失败次数（成功登录或解锁后归零）';

--
-- Name: COLUMN yh.sdzz; Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON COLUMN gj.yh.sdzz IS '锁定至：连续失败达到上限后在此时刻之前拒绝登录（管理员可提前解锁）';

--
-- Name: COLUMN yh.zhdl; Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON COLUMN gj.yh.zhdl IS '最近一次成功登录时间';

--
-- Name: COLUMN yh.hhbb; Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON COLUMN gj.yh.hhbb IS '会话版本：改口令、停用、改角色时加一，使已签发的会话失效';

--
-- Name: COLUMN yh.czr; Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON COLUMN gj.yh.czr IS '建立人';

--
-- Name: COLUMN yh.cjsj; Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON COLUMN gj.yh.cjsj IS '建立时间';

--
-- Name: COLUMN yh.gxsj; Type: COMMENT; Schema: gj; Owner: -
--

COMMENT ON COLUMN gj.yh.gxsj IS '更新时间';

--
-- Name: bdd; Type: TABLE; Schema: gl; Owner: -
--

CREATE UNLOGGED TABLE gl.bdd (
    fwbm character varying(32) NOT NULL,
    bdcdyh character varying(28) NOT NULL,
    df integer NOT NULL,
    fx smallint[] NOT NULL,
    fwmc integer,
    dymc integer,
    fwcj integer,
    dycj integer
);

--
-- Name: TABLE bdd; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON TABLE gl.bdd IS '比对对：一次挂接运行分块找出并打分的房屋–单元对（UNLOGGED 工作表，运行开始时清空）';

--
-- Name: COLUMN bdd.fwbm; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.bdd.fwbm IS '房屋编码';

--
-- Name: COLUMN bdd.bdcdyh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.bdd.bdcdyh IS '不动产单元号';

--
-- Name: COLUMN bdd.df; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.bdd.df IS '证据得分';

--
-- Name: COLUMN bdd.fx; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.bdd.fx IS '分项得分（gl.pair_points：项目、路名门牌、幢、单元、房号、层、建筑面积、套内面积、权利人、房屋编码）';

--
-- Name: COLUMN bdd.fwmc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.bdd.fwmc IS '在该房屋的候选中的名次';

--
-- Name: COLUMN bdd.dymc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.bdd.dymc IS '在该单元的候选中的名次';

--
-- Name: COLUMN bdd.fwcj; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.bdd.fwcj IS '与该房屋次优候选的分差';

--
-- Name: COLUMN bdd.dycj; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.bdd.dycj IS '与该单元次优候选的分差';

--
-- Name: drhc; Type: TABLE; Schema: gl; Owner: -
--

CREATE UNLOGGED TABLE gl.drhc (
    pc integer DEFAULT pg_backend_pid() NOT NULL,
    hh integer NOT NULL,
    c1 text,
    c2 text,
    c3 text,
    c4 text,
    c5 text,
    c6 text,
    c7 text,
    c8 text,
    c9 text,
    c10 text,
    c11 text,
    c12 text,
    c13 text,
    xx text,
    bg character varying(2)
);

--
-- Name: TABLE drhc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON TABLE gl.drhc IS '导入缓冲：jydj link import 读入的 CSV 数据行（UNLOGGED 工作表），列按文件列序；各导入会话只读写自己的行（pc），导入结束即删去';

--
-- Name: COLUMN drhc.pc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.drhc.pc IS '导入会话的服务进程号（pg_backend_pid()）：同时导入的会话互不干扰';

--
-- Name: COLUMN drhc.hh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.drhc.hh IS '文件中的行号（表头为第 1 行）';

--
-- Name: COLUMN drhc.c1; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.drhc.c1 IS '第 1 列（交易端 fwbm；登记端 bdcdyh）';

--
-- Name: COLUMN drhc.xx; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.drhc.xx IS '校验不通过的原因（空为合格）';

--
-- Name: COLUMN drhc.bg; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.drhc.bg IS '并入方式：新增 / 更新；空为未变或不合格';

--
-- Name: dytz; Type: TABLE; Schema: gl; Owner: -
--

CREATE TABLE gl.dytz (
    bdcdyh character varying(28) NOT NULL,
    ly character varying(10) NOT NULL,
    fwbm character varying(32),
    xmmc text,
    zl text,
    zh text,
    dyh text,
    szc text,
    hh text,
    jzmj numeric(12,2),
    tnmj numeric(12,2),
    qlrmc text,
    zjhm text,
    bdcqzh text,
    gz_xm text,
    gz_xmjc text,
    gz_dl text,
    gz_zh text,
    gz_dy text,
    gz_c integer,
    gz_fh text,
    gz_dz text,
    gz_qx text,
    gz_pyc integer,
    gz_mc integer,
    gz_mfh text,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT dytz_ly_ck CHECK (((ly)::text = ANY ((ARRAY['登记'::character varying, '暂存'::character varying, '导入'::character varying])::text[]))),
    CONSTRAINT dytz_mj_ck CHECK (((jzmj >= (0)::numeric) AND (tnmj >= (0)::numeric)))
);

--
-- Name: TABLE dytz; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON TABLE gl.dytz IS '单元挂接特征（登记端）：每个不动产单元一行，原值与规范化比对键（gz_ 前缀）；挂接过程只读它';

--
-- Name: COLUMN dytz.bdcdyh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.bdcdyh IS '不动产单元号';

--
-- Name: COLUMN dytz.ly; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.ly IS '来源：登记（djjg.bdcdy）/ 暂存（尚未入库的 stg.djsj 单元行）/ 导入（jydj link import --side dj）';

--
-- Name: COLUMN dytz.fwbm; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.fwbm IS '登记端所记房屋编码（原值；可能为空、过时或旧格式，挂接时须核实）';

--
-- Name: COLUMN dytz.xmmc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.xmmc IS '项目名称（原值）';

--
-- Name: COLUMN dytz.zl; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.zl IS '坐落（原值）';

--
-- Name: COLUMN dytz.zh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.zh IS '幢号（原值）';

--
-- Name: COLUMN dytz.dyh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.dyh IS '单元号（原值）';

--
-- Name: COLUMN dytz.szc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.szc IS '所在层（原值，可能是实际层）';

--
-- Name: COLUMN dytz.hh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.hh IS '户号/室号（原值）';

--
-- Name: COLUMN dytz.jzmj; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.jzmj IS '建筑面积（平方米）';

--
-- Name: COLUMN dytz.tnmj; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.tnmj IS '套内建筑面积（平方米）';

--
-- Name: COLUMN dytz.qlrmc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.qlrmc IS '权利人名称';

--
-- Name: COLUMN dytz.zjhm; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.zjhm IS '权利人证件号码';

--
-- Name: COLUMN dytz.bdcqzh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.bdcqzh IS '不动产权证书号';

--
-- Name: COLUMN dytz.gz_xm; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.gz_xm IS '规范项目键（全角转半角、期数统一、去「小区」；有别名时为交易端项目键）';

--
-- Name: COLUMN dytz.gz_xmjc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.gz_xmjc IS '项目词干（再去通名，保留期数）';

--
-- Name: COLUMN dytz.gz_dl; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.gz_dl IS '路名门牌';

--
-- Name: COLUMN dytz.gz_zh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.gz_zh IS '规范幢号';

--
-- Name: COLUMN dytz.gz_dy; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.gz_dy IS '规范单元号';

--
-- Name: COLUMN dytz.gz_c; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.gz_c IS '规范所在层';

--
-- Name: COLUMN dytz.gz_fh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.gz_fh IS '规范房号';

--
-- Name: COLUMN dytz.gz_dz; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.gz_dz IS '规范坐落';

--
-- Name: COLUMN dytz.gz_qx; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.gz_qx IS '坐落中写明的区县（如 通川区；未写为空）';

--
-- Name: COLUMN dytz.gz_pyc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.gz_pyc IS '层偏移：该幢登记端按实际层记载、比交易端名义层高出的层数（底部架空层、商铺），由 gl.estimate_offsets 推算；空为无偏移';

--
-- Name: COLUMN dytz.gz_mc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.gz_mc IS '比对用层（按名义层：所在层减层偏移）';

--
-- Name: COLUMN dytz.gz_mfh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.gz_mfh IS '比对用房号（按名义层书写：比对用层 || 房号末两位；无偏移时即规范房号）';

--
-- Name: COLUMN dytz.gxsj; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.dytz.gxsj IS '更新时间';

--
-- Name: fw_dy_id_seq; Type: SEQUENCE; Schema: gl; Owner: -
--

CREATE SEQUENCE gl.fw_dy_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: fw_dy_id_seq; Type: SEQUENCE OWNED BY; Schema: gl; Owner: -
--

ALTER SEQUENCE gl.fw_dy_id_seq OWNED BY gl.fw_dy.id;

--
-- Name: fwtz; Type: TABLE; Schema: gl; Owner: -
--

CREATE TABLE gl.fwtz (
    fwbm character varying(32) NOT NULL,
    ly character varying(10) NOT NULL,
    xmmc text,
    zl text,
    zh text,
    dyh text,
    szc text,
    fh text,
    jzmj numeric(12,2),
    tnmj numeric(12,2),
    qlrmc text,
    zjhm text,
    gz_xm text,
    gz_xmjc text,
    gz_dl text,
    gz_zh text,
    gz_dy text,
    gz_c integer,
    gz_sjc integer,
    gz_fh text,
    gz_sjfh text,
    gz_dz text,
    gz_qx text,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT fwtz_ly_ck CHECK (((ly)::text = ANY ((ARRAY['楼盘表'::character varying, '导入'::character varying])::text[]))),
    CONSTRAINT fwtz_mj_ck CHECK (((jzmj >= (0)::numeric) AND (tnmj >= (0)::numeric)))
);

--
-- Name: TABLE fwtz; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON TABLE gl.fwtz IS '房屋挂接特征（交易端）：每个房屋一行，原值与规范化比对键（gz_ 前缀）；挂接过程只读它，不读楼盘表';

--
-- Name: COLUMN fwtz.fwbm; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.fwbm IS '房屋编码';

--
-- Name: COLUMN fwtz.ly; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.ly IS '来源：楼盘表（lpb.h 刷新）/ 导入（jydj link import --side jy）';

--
-- Name: COLUMN fwtz.xmmc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.xmmc IS '项目名称（原值）';

--
-- Name: COLUMN fwtz.zl; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.zl IS '坐落（原值）';

--
-- Name: COLUMN fwtz.zh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.zh IS '幢号（原值）';

--
-- Name: COLUMN fwtz.dyh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.dyh IS '单元号（原值）';

--
-- Name: COLUMN fwtz.szc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.szc IS '所在层（原值，名义层）';

--
-- Name: COLUMN fwtz.fh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.fh IS '房号（原值）';

--
-- Name: COLUMN fwtz.jzmj; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.jzmj IS '建筑面积（平方米）';

--
-- Name: COLUMN fwtz.tnmj; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.tnmj IS '套内建筑面积（平方米）';

--
-- Name: COLUMN fwtz.qlrmc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.qlrmc IS '权利人（买受人）名称';

--
-- Name: COLUMN fwtz.zjhm; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.zjhm IS '权利人证件号码';

--
-- Name: COLUMN fwtz.gz_xm; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.gz_xm IS '规范项目键（全角转半角、期数统一、去「小区」）';

--
-- Name: COLUMN fwtz.gz_xmjc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.gz_xmjc IS '项目词干（再去通名如花园、家园、苑，保留期数）';

--
-- Name: COLUMN fwtz.gz_dl; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.gz_dl IS '路名门牌（如 朝阳西路628）';

--
-- Name: COLUMN fwtz.gz_zh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.gz_zh IS '规范幢号（数字文本）';

--
-- Name: COLUMN fwtz.gz_dy; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.gz_dy IS '规范单元号（数字文本）';

--
-- Name: COLUMN fwtz.gz_c; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.gz_c IS '规范所在层（名义层）';

--
-- Name: COLUMN fwtz.gz_sjc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.gz_sjc IS '推算的实际层（同幢同单元名义层的次序）';

--
-- Name: COLUMN fwtz.gz_fh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.gz_fh IS '规范房号（数字文本，如 1203）';

--
-- Name: COLUMN fwtz.gz_sjfh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.gz_sjfh IS '以实际层书写的房号（实际层 || 房号末两位）';

--
-- Name: COLUMN fwtz.gz_dz; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.gz_dz IS '规范坐落（去省市区前缀后的全文，用于模糊比对与人工查看）';

--
-- Name: COLUMN fwtz.gz_qx; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.gz_qx IS '坐落中写明的区县（如 通川区；未写为空）';

--
-- Name: COLUMN fwtz.gxsj; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.fwtz.gxsj IS '更新时间';

--
-- Name: hxd; Type: TABLE; Schema: gl; Owner: -
--

CREATE TABLE gl.hxd (
    fwbm character varying(32) NOT NULL,
    bdcdyh character varying(28) NOT NULL,
    df integer NOT NULL,
    ppdf numeric(5,4) NOT NULL,
    fwmc smallint,
    dymc smallint,
    ly jsonb NOT NULL,
    sj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT hxd_ppdf_ck CHECK (((ppdf >= (0)::numeric) AND (ppdf <= (1)::numeric)))
);

--
-- Name: TABLE hxd; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON TABLE gl.hxd IS '候选对：自动挂接未能确定的房屋与单元，各取得分最高的几个候选；挂接运行时重建，人工挂接后删去相关行';

--
-- Name: COLUMN hxd.fwbm; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.hxd.fwbm IS '房屋编码';

--
-- Name: COLUMN hxd.bdcdyh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.hxd.bdcdyh IS '不动产单元号';

--
-- Name: COLUMN hxd.df; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.hxd.df IS '证据得分（各项比对得分之和，见 docs/linking.md）';

--
-- Name: COLUMN hxd.ppdf; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.hxd.ppdf IS '匹配得分（0–1，由证据得分换算）';

--
-- Name: COLUMN hxd.fwmc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.hxd.fwmc IS '在该房屋的候选单元中的名次（1 最好；不在前列为空）';

--
-- Name: COLUMN hxd.dymc; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.hxd.dymc IS '在该单元的候选房屋中的名次（1 最好；不在前列为空）';

--
-- Name: COLUMN hxd.ly; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.hxd.ly IS '理由：各项比对结果（JSON，中文键值）';

--
-- Name: COLUMN hxd.sj; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.hxd.sj IS '生成时间';

--
-- Name: xmbm; Type: TABLE; Schema: gl; Owner: -
--

CREATE TABLE gl.xmbm (
    bm text NOT NULL,
    gz_xm text NOT NULL,
    ly character varying(10) NOT NULL,
    sl integer,
    czr text NOT NULL,
    sj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT xmbm_ly_ck CHECK (((ly)::text = ANY ((ARRAY['人工'::character varying, '学得'::character varying])::text[])))
);

--
-- Name: TABLE xmbm; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON TABLE gl.xmbm IS '项目别名：登记端对项目的别称或旧名（规范键）→ 交易端项目规范键；人工维护，或由已核实的挂接学得';

--
-- Name: COLUMN xmbm.bm; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.xmbm.bm IS '别名（规范项目键）';

--
-- Name: COLUMN xmbm.gz_xm; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.xmbm.gz_xm IS '交易端项目规范键';

--
-- Name: COLUMN xmbm.ly; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.xmbm.ly IS '来源：人工 / 学得（已核实挂接中两端项目键的共现）';

--
-- Name: COLUMN xmbm.sl; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.xmbm.sl IS '学得时支持它的挂接数';

--
-- Name: COLUMN xmbm.czr; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.xmbm.czr IS '操作人（学得为过程名）';

--
-- Name: COLUMN xmbm.sj; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.xmbm.sj IS '时间';

--
-- Name: yw_gl; Type: TABLE; Schema: gl; Owner: -
--

CREATE TABLE gl.yw_gl (
    id bigint NOT NULL,
    gllx character varying(10) NOT NULL,
    jyywh text,
    djywh text NOT NULL,
    sjdjywh text,
    ppdf numeric(5,4),
    glfs character varying(10) NOT NULL,
    glyj jsonb,
    czr text,
    gjsj timestamp with time zone DEFAULT now() NOT NULL,
    zt character varying(10) DEFAULT '有效'::character varying NOT NULL,
    CONSTRAINT yw_gl_glfs_ck CHECK (((glfs)::text = ANY ((ARRAY['精确'::character varying, '自动'::character varying, '人工'::character varying, '导入'::character varying])::text[]))),
    CONSTRAINT yw_gl_gllx_ck CHECK (((((gllx)::text = ANY ((ARRAY['SYQ_JY'::character varying, 'DY_DYBA'::character varying, 'CF_XZ'::character varying, 'YG_HT'::character varying])::text[])) AND (jyywh IS NOT NULL) AND (sjdjywh IS NULL)) OR (((gllx)::text = ANY ((ARRAY['YDY_YG'::character varying, 'BGZX_SL'::character varying])::text[])) AND (jyywh IS NULL) AND (sjdjywh IS NOT NULL)))),
    CONSTRAINT yw_gl_ppdf_ck CHECK (((ppdf >= (0)::numeric) AND (ppdf <= (1)::numeric))),
    CONSTRAINT yw_gl_zt_ck CHECK (((zt)::text = ANY ((ARRAY['有效'::character varying, '待确认'::character varying])::text[])))
);

--
-- Name: TABLE yw_gl; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON TABLE gl.yw_gl IS '业务挂接：交易业务与登记业务的关联，以及登记业务之间的上下手关联（预抵押↔预告、变更注销↔设立）';

--
-- Name: COLUMN yw_gl.id; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.yw_gl.id IS 'ID（主键）';

--
-- Name: COLUMN yw_gl.gllx; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.yw_gl.gllx IS '挂接类型：SYQ_JY 所有权登记↔交易（合同备案/交易确认），DY_DYBA 抵押权登记↔抵押备案，CF_XZ 查封登记↔行政限制，YG_HT 预告登记↔商品房合同（备案业务），YDY_YG 预抵押登记↔预告登记，BGZX_SL 变更或注销登记↔设立登记；前四种填 jyywh，后两种填 sjdjywh';

--
-- Name: COLUMN yw_gl.jyywh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.yw_gl.jyywh IS '交易业务号（yw.jyyw.ywh；登记↔登记类挂接为空）';

--
-- Name: COLUMN yw_gl.djywh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.yw_gl.djywh IS '登记业务号（djjg 各表的 ywh）';

--
-- Name: COLUMN yw_gl.sjdjywh; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.yw_gl.sjdjywh IS '上手登记业务号（登记↔登记类挂接：预抵押所依附的预告、变更注销所对应的设立；其余为空）';

--
-- Name: COLUMN yw_gl.ppdf; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.yw_gl.ppdf IS '匹配得分（0–1）';

--
-- Name: COLUMN yw_gl.glfs; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.yw_gl.glfs IS '挂接方式：精确 / 自动 / 人工 / 导入';

--
-- Name: COLUMN yw_gl.glyj; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.yw_gl.glyj IS '挂接依据（权利人、证书号、合同编号等比对结果，JSON）';

--
-- Name: COLUMN yw_gl.czr; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.yw_gl.czr IS '操作人（自动挂接为过程名）';

--
-- Name: COLUMN yw_gl.gjsj; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.yw_gl.gjsj IS '挂接时间';

--
-- Name: COLUMN yw_gl.zt; Type: COMMENT; Schema: gl; Owner: -
--

COMMENT ON COLUMN gl.yw_gl.zt IS '状态：有效 / 待确认';

--
-- Name: yw_gl_id_seq; Type: SEQUENCE; Schema: gl; Owner: -
--

CREATE SEQUENCE gl.yw_gl_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: yw_gl_id_seq; Type: SEQUENCE OWNED BY; Schema: gl; Owner: -
--

ALTER SEQUENCE gl.yw_gl_id_seq OWNED BY gl.yw_gl.id;

--
-- Name: clfht; Type: TABLE; Schema: ht; Owner: -
--

CREATE TABLE ht.clfht (
    id bigint NOT NULL,
    htbh character varying(50) NOT NULL,
    htbah character varying(50),
    h_id bigint NOT NULL,
    fwbm character varying(32),
    bdcdyh character varying(28),
    bdcqzh character varying(100),
    zl text,
    qxdm character varying(12),
    qyrq date,
    barq date,
    htje numeric(18,2) NOT NULL,
    jzmj numeric(12,2),
    fkfs character varying(20),
    jjjg text,
    jjjgtyshxydm character varying(50),
    zjjgbz boolean DEFAULT false NOT NULL,
    htzt character varying(10) DEFAULT '草签'::character varying NOT NULL,
    cxsj timestamp with time zone,
    cxyy text,
    cjsj timestamp with time zone DEFAULT now() NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT clfht_ba_ck CHECK ((((htzt)::text <> '已备案'::text) OR ((htbah IS NOT NULL) AND (barq IS NOT NULL)))),
    CONSTRAINT clfht_barq_ck CHECK ((barq >= qyrq)),
    CONSTRAINT clfht_fkfs_ck CHECK (((fkfs)::text = ANY ((ARRAY['一次性付款'::character varying, '分期付款'::character varying, '按揭贷款'::character varying, '公积金贷款'::character varying, '组合贷款'::character varying, '其他'::character varying])::text[]))),
    CONSTRAINT clfht_htje_ck CHECK ((htje > (0)::numeric)),
    CONSTRAINT clfht_htzt_ck CHECK (((htzt)::text = ANY ((ARRAY['草签'::character varying, '已签约'::character varying, '已备案'::character varying, '已撤销'::character varying, '已注销'::character varying])::text[]))),
    CONSTRAINT clfht_jzmj_ck CHECK ((jzmj >= (0)::numeric))
);

--
-- Name: TABLE clfht; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON TABLE ht.clfht IS '存量房合同：二手房网签合同及其备案（一份合同对应一户）';

--
-- Name: COLUMN clfht.id; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.id IS '合同ID（主键）';

--
-- Name: COLUMN clfht.htbh; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.htbh IS '合同编号（网签时生成，唯一）';

--
-- Name: COLUMN clfht.htbah; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.htbah IS '合同备案号（备案时生成，可空，非空时唯一）';

--
-- Name: COLUMN clfht.h_id; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.h_id IS '所售房屋（lpb.h.id）；同一户至多一份已签约或已备案合同';

--
-- Name: COLUMN clfht.fwbm; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.fwbm IS '房屋编码（签约时的快照）';

--
-- Name: COLUMN clfht.bdcdyh; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.bdcdyh IS '不动产单元号（签约时的快照）';

--
-- Name: COLUMN clfht.bdcqzh; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.bdcqzh IS '出卖人持有的不动产权证书号';

--
-- Name: COLUMN clfht.zl; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.zl IS '房屋坐落（签约时的快照）';

--
-- Name: COLUMN clfht.qxdm; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.qxdm IS '区县代码（zd.xzqh）';

--
-- Name: COLUMN clfht.qyrq; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.qyrq IS '签约日期';

--
-- Name: COLUMN clfht.barq; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.barq IS '备案日期';

--
-- Name: COLUMN clfht.htje; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.htje IS '成交金额（元，大于 0）';

--
-- Name: COLUMN clfht.jzmj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.jzmj IS '合同建筑面积（m²）';

--
-- Name: COLUMN clfht.fkfs; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.fkfs IS '付款方式：一次性付款 / 分期付款 / 按揭贷款 / 公积金贷款 / 组合贷款 / 其他';

--
-- Name: COLUMN clfht.jjjg; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.jjjg IS '经纪机构名称（自行成交为空）';

--
-- Name: COLUMN clfht.jjjgtyshxydm; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.jjjgtyshxydm IS '经纪机构统一社会信用代码';

--
-- Name: COLUMN clfht.zjjgbz; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.zjjgbz IS '资金监管标志（是否办理交易资金监管）';

--
-- Name: COLUMN clfht.htzt; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.htzt IS '合同状态：草签 / 已签约 / 已备案 / 已撤销 / 已注销；已备案时合同备案号与备案日期必填';

--
-- Name: COLUMN clfht.cxsj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.cxsj IS '撤销或注销时间';

--
-- Name: COLUMN clfht.cxyy; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.cxyy IS '撤销或注销原因';

--
-- Name: COLUMN clfht.cjsj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.cjsj IS '创建时间';

--
-- Name: COLUMN clfht.gxsj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht.gxsj IS '更新时间';

--
-- Name: clfht_dsr; Type: TABLE; Schema: ht; Owner: -
--

CREATE TABLE ht.clfht_dsr (
    id bigint NOT NULL,
    ht_id bigint NOT NULL,
    jslx character varying(10) NOT NULL,
    sxh integer DEFAULT 1 NOT NULL,
    mc text NOT NULL,
    qlrlx character varying(10),
    zjzl character varying(10),
    zjhm character varying(50),
    dh character varying(50),
    dz text,
    gyfs character varying(10),
    qlbl numeric(5,4),
    CONSTRAINT clfht_dsr_jslx_ck CHECK (((jslx)::text = ANY ((ARRAY['出卖人'::character varying, '买受人'::character varying])::text[]))),
    CONSTRAINT clfht_dsr_qlbl_ck CHECK (((qlbl > (0)::numeric) AND (qlbl <= (1)::numeric)))
);

--
-- Name: TABLE clfht_dsr; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON TABLE ht.clfht_dsr IS '存量房合同当事人：出卖人与买受人';

--
-- Name: COLUMN clfht_dsr.id; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht_dsr.id IS '当事人ID（主键）';

--
-- Name: COLUMN clfht_dsr.ht_id; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht_dsr.ht_id IS '所属合同（ht.clfht.id）';

--
-- Name: COLUMN clfht_dsr.jslx; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht_dsr.jslx IS '角色类型：出卖人 / 买受人';

--
-- Name: COLUMN clfht_dsr.sxh; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht_dsr.sxh IS '顺序号（同一合同同一角色内）';

--
-- Name: COLUMN clfht_dsr.mc; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht_dsr.mc IS '名称（姓名或单位名称）';

--
-- Name: COLUMN clfht_dsr.qlrlx; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht_dsr.qlrlx IS '当事人类型（zd.qlrlx：个人、企业…）';

--
-- Name: COLUMN clfht_dsr.zjzl; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht_dsr.zjzl IS '证件种类（zd.zjzl）';

--
-- Name: COLUMN clfht_dsr.zjhm; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht_dsr.zjhm IS '证件号码';

--
-- Name: COLUMN clfht_dsr.dh; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht_dsr.dh IS '电话';

--
-- Name: COLUMN clfht_dsr.dz; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht_dsr.dz IS '地址';

--
-- Name: COLUMN clfht_dsr.gyfs; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht_dsr.gyfs IS '共有方式（zd.gyfs，买受人填写）';

--
-- Name: COLUMN clfht_dsr.qlbl; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.clfht_dsr.qlbl IS '份额（0–1，按份共有时填写）';

--
-- Name: clfht_dsr_id_seq; Type: SEQUENCE; Schema: ht; Owner: -
--

CREATE SEQUENCE ht.clfht_dsr_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: clfht_dsr_id_seq; Type: SEQUENCE OWNED BY; Schema: ht; Owner: -
--

ALTER SEQUENCE ht.clfht_dsr_id_seq OWNED BY ht.clfht_dsr.id;

--
-- Name: clfht_id_seq; Type: SEQUENCE; Schema: ht; Owner: -
--

CREATE SEQUENCE ht.clfht_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: clfht_id_seq; Type: SEQUENCE OWNED BY; Schema: ht; Owner: -
--

ALTER SEQUENCE ht.clfht_id_seq OWNED BY ht.clfht.id;

--
-- Name: dyba; Type: TABLE; Schema: ht; Owner: -
--

CREATE TABLE ht.dyba (
    id bigint NOT NULL,
    dybah character varying(50),
    ywh text,
    htbh character varying(50),
    dylx character varying(20) NOT NULL,
    dyfs character varying(10) NOT NULL,
    dyr text NOT NULL,
    dyrzjzl character varying(10),
    dyrzjhm character varying(50),
    dyqr text NOT NULL,
    dyqrzjzl character varying(10),
    dyqrzjhm character varying(50),
    bdbzzqse numeric(18,2),
    zgzqse numeric(18,2),
    zwlxqssj date,
    zwlxjssj date,
    dyfw text,
    bazt character varying(10) DEFAULT '待备案'::character varying NOT NULL,
    basj timestamp with time zone,
    zxsj timestamp with time zone,
    zxyy text,
    cjsj timestamp with time zone DEFAULT now() NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT dyba_ba_ck CHECK ((((bazt)::text <> '已备案'::text) OR ((dybah IS NOT NULL) AND (basj IS NOT NULL)))),
    CONSTRAINT dyba_bazt_ck CHECK (((bazt)::text = ANY ((ARRAY['待备案'::character varying, '已备案'::character varying, '已撤销'::character varying, '已注销'::character varying])::text[]))),
    CONSTRAINT dyba_dylx_ck CHECK (((dylx)::text = ANY ((ARRAY['预售商品房抵押'::character varying, '在建工程抵押'::character varying, '现房抵押'::character varying, '其他'::character varying])::text[]))),
    CONSTRAINT dyba_je_ck CHECK (((bdbzzqse > (0)::numeric) AND (zgzqse > (0)::numeric))),
    CONSTRAINT dyba_zwlxjssj_ck CHECK ((zwlxjssj >= zwlxqssj))
);

--
-- Name: TABLE dyba; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON TABLE ht.dyba IS '抵押备案：房管端抵押备案（含预售商品房抵押），所涉房屋见 ht.dyba_h';

--
-- Name: COLUMN dyba.id; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.id IS '抵押备案ID（主键）';

--
-- Name: COLUMN dyba.dybah; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.dybah IS '抵押备案号（备案时生成，可空，非空时唯一）';

--
-- Name: COLUMN dyba.ywh; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.ywh IS '受理该备案的交易业务号（yw.jyyw.ywh，业务类型 DYBA）';

--
-- Name: COLUMN dyba.htbh; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.htbh IS '关联的买卖合同编号（预售商品房抵押时填写）';

--
-- Name: COLUMN dyba.dylx; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.dylx IS '抵押类型：预售商品房抵押 / 在建工程抵押 / 现房抵押 / 其他';

--
-- Name: COLUMN dyba.dyfs; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.dyfs IS '抵押方式（zd.dyfs：1 一般抵押，2 最高额抵押）';

--
-- Name: COLUMN dyba.dyr; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.dyr IS '抵押人（多人时以顿号分隔）';

--
-- Name: COLUMN dyba.dyrzjzl; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.dyrzjzl IS '抵押人证件种类（zd.zjzl，首位抵押人）';

--
-- Name: COLUMN dyba.dyrzjhm; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.dyrzjhm IS '抵押人证件号码（首位抵押人）';

--
-- Name: COLUMN dyba.dyqr; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.dyqr IS '抵押权人（通常为银行）';

--
-- Name: COLUMN dyba.dyqrzjzl; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.dyqrzjzl IS '抵押权人证件种类（zd.zjzl）';

--
-- Name: COLUMN dyba.dyqrzjhm; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.dyqrzjhm IS '抵押权人证件号码';

--
-- Name: COLUMN dyba.bdbzzqse; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.bdbzzqse IS '被担保主债权数额（元，一般抵押）';

--
-- Name: COLUMN dyba.zgzqse; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.zgzqse IS '最高债权数额（元，最高额抵押）';

--
-- Name: COLUMN dyba.zwlxqssj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.zwlxqssj IS '债务履行起始日期';

--
-- Name: COLUMN dyba.zwlxjssj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.zwlxjssj IS '债务履行结束日期';

--
-- Name: COLUMN dyba.dyfw; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.dyfw IS '抵押范围';

--
-- Name: COLUMN dyba.bazt; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.bazt IS '备案状态：待备案 / 已备案 / 已撤销 / 已注销（已备案时备案号与备案时间必填）';

--
-- Name: COLUMN dyba.basj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.basj IS '备案时间';

--
-- Name: COLUMN dyba.zxsj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.zxsj IS '注销或撤销时间';

--
-- Name: COLUMN dyba.zxyy; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.zxyy IS '注销或撤销原因';

--
-- Name: COLUMN dyba.cjsj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.cjsj IS '创建时间';

--
-- Name: COLUMN dyba.gxsj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba.gxsj IS '更新时间';

--
-- Name: dyba_h; Type: TABLE; Schema: ht; Owner: -
--

CREATE TABLE ht.dyba_h (
    id bigint NOT NULL,
    dyba_id bigint NOT NULL,
    h_id bigint NOT NULL,
    fwbm character varying(32),
    dymj numeric(12,2),
    CONSTRAINT dyba_h_dymj_ck CHECK ((dymj >= (0)::numeric))
);

--
-- Name: TABLE dyba_h; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON TABLE ht.dyba_h IS '抵押备案房屋：一次抵押备案所涉的每一户（多套抵押一行一户）';

--
-- Name: COLUMN dyba_h.id; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba_h.id IS 'ID（主键）';

--
-- Name: COLUMN dyba_h.dyba_id; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba_h.dyba_id IS '所属抵押备案（ht.dyba.id）';

--
-- Name: COLUMN dyba_h.h_id; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba_h.h_id IS '抵押房屋（lpb.h.id）';

--
-- Name: COLUMN dyba_h.fwbm; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba_h.fwbm IS '房屋编码（备案时的快照）';

--
-- Name: COLUMN dyba_h.dymj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.dyba_h.dymj IS '抵押面积（m²）';

--
-- Name: dyba_h_id_seq; Type: SEQUENCE; Schema: ht; Owner: -
--

CREATE SEQUENCE ht.dyba_h_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: dyba_h_id_seq; Type: SEQUENCE OWNED BY; Schema: ht; Owner: -
--

ALTER SEQUENCE ht.dyba_h_id_seq OWNED BY ht.dyba_h.id;

--
-- Name: dyba_id_seq; Type: SEQUENCE; Schema: ht; Owner: -
--

CREATE SEQUENCE ht.dyba_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: dyba_id_seq; Type: SEQUENCE OWNED BY; Schema: ht; Owner: -
--

ALTER SEQUENCE ht.dyba_id_seq OWNED BY ht.dyba.id;

--
-- Name: spfht; Type: TABLE; Schema: ht; Owner: -
--

CREATE TABLE ht.spfht (
    id bigint NOT NULL,
    htbh character varying(50) NOT NULL,
    htbah character varying(50),
    h_id bigint NOT NULL,
    fwbm character varying(32),
    ysxkzh character varying(100),
    zl text,
    qxdm character varying(12),
    qyrq date,
    barq date,
    htje numeric(18,2) NOT NULL,
    jzmj numeric(12,2),
    fkfs character varying(20),
    htzt character varying(10) DEFAULT '草签'::character varying NOT NULL,
    cxsj timestamp with time zone,
    cxyy text,
    cjsj timestamp with time zone DEFAULT now() NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT spfht_ba_ck CHECK ((((htzt)::text <> '已备案'::text) OR ((htbah IS NOT NULL) AND (barq IS NOT NULL)))),
    CONSTRAINT spfht_barq_ck CHECK ((barq >= qyrq)),
    CONSTRAINT spfht_fkfs_ck CHECK (((fkfs)::text = ANY ((ARRAY['一次性付款'::character varying, '分期付款'::character varying, '按揭贷款'::character varying, '公积金贷款'::character varying, '组合贷款'::character varying, '其他'::character varying])::text[]))),
    CONSTRAINT spfht_htje_ck CHECK ((htje > (0)::numeric)),
    CONSTRAINT spfht_htzt_ck CHECK (((htzt)::text = ANY ((ARRAY['草签'::character varying, '已签约'::character varying, '已备案'::character varying, '已撤销'::character varying, '已注销'::character varying])::text[]))),
    CONSTRAINT spfht_jzmj_ck CHECK ((jzmj >= (0)::numeric))
);

--
-- Name: TABLE spfht; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON TABLE ht.spfht IS '商品房合同：新建商品房网签合同及其备案（一份合同对应一户）';

--
-- Name: COLUMN spfht.id; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.id IS '合同ID（主键）';

--
-- Name: COLUMN spfht.htbh; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.htbh IS '合同编号（网签时生成，唯一）';

--
-- Name: COLUMN spfht.htbah; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.htbah IS '合同备案号（备案时生成，可空，非空时唯一）';

--
-- Name: COLUMN spfht.h_id; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.h_id IS '所售房屋（lpb.h.id）；同一户至多一份已签约或已备案合同';

--
-- Name: COLUMN spfht.fwbm; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.fwbm IS '房屋编码（签约时的快照）';

--
-- Name: COLUMN spfht.ysxkzh; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.ysxkzh IS '预售许可证号';

--
-- Name: COLUMN spfht.zl; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.zl IS '房屋坐落（签约时的快照）';

--
-- Name: COLUMN spfht.qxdm; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.qxdm IS '区县代码（zd.xzqh）';

--
-- Name: COLUMN spfht.qyrq; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.qyrq IS '签约日期';

--
-- Name: COLUMN spfht.barq; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.barq IS '备案日期';

--
-- Name: COLUMN spfht.htje; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.htje IS '成交金额（元，大于 0）';

--
-- Name: COLUMN spfht.jzmj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.jzmj IS '合同建筑面积（m²）';

--
-- Name: COLUMN spfht.fkfs; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.fkfs IS '付款方式：一次性付款 / 分期付款 / 按揭贷款 / 公积金贷款 / 组合贷款 / 其他';

--
-- Name: COLUMN spfht.htzt; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.htzt IS '合同状态：草签 / 已签约 / 已备案 / 已撤销 / 已注销；已备案时合同备案号与备案日期必填';

--
-- Name: COLUMN spfht.cxsj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.cxsj IS '撤销或注销时间';

--
-- Name: COLUMN spfht.cxyy; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.cxyy IS '撤销或注销原因';

--
-- Name: COLUMN spfht.cjsj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.cjsj IS '创建时间';

--
-- Name: COLUMN spfht.gxsj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht.gxsj IS '更新时间';

--
-- Name: spfht_dsr; Type: TABLE; Schema: ht; Owner: -
--

CREATE TABLE ht.spfht_dsr (
    id bigint NOT NULL,
    ht_id bigint NOT NULL,
    jslx character varying(10) NOT NULL,
    sxh integer DEFAULT 1 NOT NULL,
    mc text NOT NULL,
    qlrlx character varying(10),
    zjzl character varying(10),
    zjhm character varying(50),
    dh character varying(50),
    dz text,
    gyfs character varying(10),
    qlbl numeric(5,4),
    CONSTRAINT spfht_dsr_jslx_ck CHECK (((jslx)::text = ANY ((ARRAY['出卖人'::character varying, '买受人'::character varying])::text[]))),
    CONSTRAINT spfht_dsr_qlbl_ck CHECK (((qlbl > (0)::numeric) AND (qlbl <= (1)::numeric)))
);

--
-- Name: TABLE spfht_dsr; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON TABLE ht.spfht_dsr IS '商品房合同当事人：出卖人与买受人';

--
-- Name: COLUMN spfht_dsr.id; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht_dsr.id IS '当事人ID（主键）';

--
-- Name: COLUMN spfht_dsr.ht_id; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht_dsr.ht_id IS '所属合同（ht.spfht.id）';

--
-- Name: COLUMN spfht_dsr.jslx; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht_dsr.jslx IS '角色类型：出卖人 / 买受人';

--
-- Name: COLUMN spfht_dsr.sxh; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht_dsr.sxh IS '顺序号（同一合同同一角色内）';

--
-- Name: COLUMN spfht_dsr.mc; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht_dsr.mc IS '名称（姓名或单位名称）';

--
-- Name: COLUMN spfht_dsr.qlrlx; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht_dsr.qlrlx IS '当事人类型（zd.qlrlx：个人、企业…）';

--
-- Name: COLUMN spfht_dsr.zjzl; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht_dsr.zjzl IS '证件种类（zd.zjzl）';

--
-- Name: COLUMN spfht_dsr.zjhm; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht_dsr.zjhm IS '证件号码';

--
-- Name: COLUMN spfht_dsr.dh; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht_dsr.dh IS '电话';

--
-- Name: COLUMN spfht_dsr.dz; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht_dsr.dz IS '地址';

--
-- Name: COLUMN spfht_dsr.gyfs; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht_dsr.gyfs IS '共有方式（zd.gyfs，买受人填写）';

--
-- Name: COLUMN spfht_dsr.qlbl; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.spfht_dsr.qlbl IS '份额（0–1，按份共有时填写）';

--
-- Name: spfht_dsr_id_seq; Type: SEQUENCE; Schema: ht; Owner: -
--

CREATE SEQUENCE ht.spfht_dsr_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: spfht_dsr_id_seq; Type: SEQUENCE OWNED BY; Schema: ht; Owner: -
--

ALTER SEQUENCE ht.spfht_dsr_id_seq OWNED BY ht.spfht_dsr.id;

--
-- Name: spfht_id_seq; Type: SEQUENCE; Schema: ht; Owner: -
--

CREATE SEQUENCE ht.spfht_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: spfht_id_seq; Type: SEQUENCE OWNED BY; Schema: ht; Owner: -
--

ALTER SEQUENCE ht.spfht_id_seq OWNED BY ht.spfht.id;

--
-- Name: xzxz; Type: TABLE; Schema: ht; Owner: -
--

CREATE TABLE ht.xzxz (
    id bigint NOT NULL,
    xzbh character varying(50) NOT NULL,
    h_id bigint NOT NULL,
    fwbm character varying(32),
    szywh text,
    jcywh text,
    xzlx character varying(10) NOT NULL,
    xzwh text,
    xzjg text,
    xzyy text,
    xzqssj date,
    xzjssj date,
    xzzt character varying(10) DEFAULT '有效'::character varying NOT NULL,
    jcwh text,
    jcyy text,
    jcsj timestamp with time zone,
    cjsj timestamp with time zone DEFAULT now() NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT xzxz_jc_ck CHECK ((((xzzt)::text <> '已解除'::text) OR (jcsj IS NOT NULL))),
    CONSTRAINT xzxz_xzjssj_ck CHECK ((xzjssj >= xzqssj)),
    CONSTRAINT xzxz_xzlx_ck CHECK (((xzlx)::text = ANY ((ARRAY['限购'::character varying, '限售'::character varying, '预查封'::character varying, '查封'::character varying, '冻结'::character varying, '合同限制'::character varying, '其他'::character varying])::text[]))),
    CONSTRAINT xzxz_xzzt_ck CHECK (((xzzt)::text = ANY ((ARRAY['有效'::character varying, '已解除'::character varying])::text[])))
);

--
-- Name: TABLE xzxz; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON TABLE ht.xzxz IS '行政限制：房管端对房屋的限制（限购、限售、预查封、冻结、合同限制等），与司法查封登记 djjg.cfdj 分开；一户一限制一行';

--
-- Name: COLUMN xzxz.id; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.id IS '限制ID（主键）';

--
-- Name: COLUMN xzxz.xzbh; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.xzbh IS '限制编号（唯一，与共享交易库 xzxz.xzbh 一致）';

--
-- Name: COLUMN xzxz.h_id; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.h_id IS '被限制房屋（lpb.h.id）';

--
-- Name: COLUMN xzxz.fwbm; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.fwbm IS '房屋编码（设立时的快照）';

--
-- Name: COLUMN xzxz.szywh; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.szywh IS '设立业务号（yw.jyyw.ywh，业务类型 XZXZ）';

--
-- Name: COLUMN xzxz.jcywh; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.jcywh IS '解除业务号（yw.jyyw.ywh，业务类型 XZJC）';

--
-- Name: COLUMN xzxz.xzlx; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.xzlx IS '限制类型：限购 / 限售 / 预查封 / 查封 / 冻结 / 合同限制 / 其他';

--
-- Name: COLUMN xzxz.xzwh; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.xzwh IS '限制文号';

--
-- Name: COLUMN xzxz.xzjg; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.xzjg IS '限制机关';

--
-- Name: COLUMN xzxz.xzyy; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.xzyy IS '限制原因';

--
-- Name: COLUMN xzxz.xzqssj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.xzqssj IS '限制起始日期';

--
-- Name: COLUMN xzxz.xzjssj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.xzjssj IS '限制结束日期（到期日，可空）';

--
-- Name: COLUMN xzxz.xzzt; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.xzzt IS '限制状态：有效 / 已解除（已解除时解除时间必填）';

--
-- Name: COLUMN xzxz.jcwh; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.jcwh IS '解除文号';

--
-- Name: COLUMN xzxz.jcyy; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.jcyy IS '解除原因';

--
-- Name: COLUMN xzxz.jcsj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.jcsj IS '解除时间';

--
-- Name: COLUMN xzxz.cjsj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.cjsj IS '创建时间';

--
-- Name: COLUMN xzxz.gxsj; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON COLUMN ht.xzxz.gxsj IS '更新时间';

--
-- Name: xzxz_id_seq; Type: SEQUENCE; Schema: ht; Owner: -
--

CREATE SEQUENCE ht.xzxz_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: xzxz_id_seq; Type: SEQUENCE OWNED BY; Schema: ht; Owner: -
--

ALTER SEQUENCE ht.xzxz_id_seq OWNED BY ht.xzxz.id;

--
-- Name: btbg; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.btbg (
    id bigint NOT NULL,
    lsl character varying(10) NOT NULL,
    kssj timestamp with time zone DEFAULT now() NOT NULL,
    jssj timestamp with time zone,
    qsrq date,
    sfbt boolean DEFAULT true NOT NULL,
    tss integer DEFAULT 1024 NOT NULL,
    checked bigint DEFAULT 0 NOT NULL,
    different bigint DEFAULT 0 NOT NULL,
    missing bigint DEFAULT 0 NOT NULL,
    extra bigint DEFAULT 0 NOT NULL,
    held_back bigint DEFAULT 0 NOT NULL,
    repushed bigint DEFAULT 0 NOT NULL,
    still_missing bigint DEFAULT 0 NOT NULL,
    zt character varying(10) DEFAULT '运行中'::character varying NOT NULL,
    sm text,
    mx jsonb,
    jcid integer,
    CONSTRAINT btbg_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S1'::character varying, 'S2'::character varying, 'S3'::character varying, 'S4'::character varying])::text[]))),
    CONSTRAINT btbg_zt_ck CHECK (((zt)::text = ANY ((ARRAY['运行中'::character varying, '一致'::character varying, '已补齐'::character varying, '仍有缺失'::character varying, '仅报告'::character varying, '待应用'::character varying, '失败'::character varying])::text[])))
);

--
-- Name: TABLE btbg; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.btbg IS '补推报告：每日对账（seed §5.2.1.4）每次运行每条流一行，在该流的目标库；按业务号或行主键分桶比对源与目标的哈希，补推缺失与不一致的行，记录检查、不一致、缺失、多余、有意未转发、补推与仍缺失的数量；jydj status 读每流最新一行';

--
-- Name: COLUMN btbg.id; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.id IS 'ID（主键）';

--
-- Name: COLUMN btbg.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.lsl IS '流（S1–S4）';

--
-- Name: COLUMN btbg.kssj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.kssj IS '开始时间';

--
-- Name: COLUMN btbg.jssj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.jssj IS '结束时间（运行中为空）';

--
-- Name: COLUMN btbg.qsrq; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.qsrq IS '起始日期（--since：只比对更新时间在此日零时之后的行；为空表示全部）';

--
-- Name: COLUMN btbg.sfbt; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.sfbt IS '是否补推（false 即 --no-repush：只报告）';

--
-- Name: COLUMN btbg.tss; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.tss IS '分桶数（按主键或业务号的哈希取模）';

--
-- Name: COLUMN btbg.checked; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.checked IS '检查数：比对的源行数（S1 为业务数）';

--
-- Name: COLUMN btbg.different; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.different IS '不一致数：源与目标都有、内容不同的行（S1：共享主表明细行数不同或明细不全的业务）';

--
-- Name: COLUMN btbg.missing; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.missing IS '缺失数：源有、目标没有的行（S1：目标无共享主表的业务）；不含有意未转发的';

--
-- Name: COLUMN btbg.extra; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.extra IS '多余数：目标有、源没有的行（只报告，不删除）';

--
-- Name: COLUMN btbg.held_back; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.held_back IS '有意未转发数：缺失或不一致、但按路由未转发（jh.lyjc 不转发、jh.wzf）、在待处理（jh.ddcl）或死信（jh.sx 待重试）中的行，不算缺失、不补推';

--
-- Name: COLUMN btbg.repushed; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.repushed IS '补推数：重新发出变更的源行数（S1 为重推的业务数）';

--
-- Name: COLUMN btbg.still_missing; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.still_missing IS '仍缺失数：等待流应用补推后复查仍缺失或不一致的行；流未运行时等于补推数；只报告时等于缺失数加不一致数';

--
-- Name: COLUMN btbg.zt; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.zt IS '状态：运行中 / 一致（无差异）/ 已补齐（补推后复查一致）/ 仍有缺失 / 仅报告（--no-repush 且有差异）/ 待应用（已补推但流未运行）/ 失败';

--
-- Name: COLUMN btbg.sm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.sm IS '说明（中文，如流未运行、失败原因）';

--
-- Name: COLUMN btbg.mx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.mx IS '明细（JSON）：按表的计数与各类行主键的样例（每类最多 50 个）';

--
-- Name: COLUMN btbg.jcid; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.btbg.jcid IS '运行对账的进程号';

--
-- Name: btbg_id_seq; Type: SEQUENCE; Schema: jh; Owner: -
--

CREATE SEQUENCE jh.btbg_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: btbg_id_seq; Type: SEQUENCE OWNED BY; Schema: jh; Owner: -
--

ALTER SEQUENCE jh.btbg_id_seq OWNED BY jh.btbg.id;

--
-- Name: ddcl; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.ddcl (
    id bigint NOT NULL,
    lsl character varying(10) NOT NULL,
    bm text NOT NULL,
    zj text NOT NULL,
    ywh text NOT NULL,
    czlx character(1) NOT NULL,
    sjnr jsonb NOT NULL,
    lywz bigint NOT NULL,
    lysj timestamp with time zone,
    jrsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ddcl_czlx_ck CHECK ((czlx = ANY (ARRAY['I'::bpchar, 'U'::bpchar, 'D'::bpchar]))),
    CONSTRAINT ddcl_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S2'::character varying, 'S3'::character varying])::text[])))
);

--
-- Name: TABLE ddcl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.ddcl IS '待处理：所属业务尚无路由决定（共享主表行未到）的明细行，每个目标行保留最新一次；该业务的共享主表行到达并决定后，在同一调用中应用或记入未转发';

--
-- Name: COLUMN ddcl.id; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.id IS 'ID（主键）';

--
-- Name: COLUMN ddcl.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.lsl IS '流（S2 / S3）';

--
-- Name: COLUMN ddcl.bm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.bm IS '目标表（模式.表）';

--
-- Name: COLUMN ddcl.zj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.zj IS '行主键文本（格式同 jh.hwz.zj）';

--
-- Name: COLUMN ddcl.ywh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.ywh IS '所属业务号（等待其共享主表行）';

--
-- Name: COLUMN ddcl.czlx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.czlx IS '操作：I 新增 / U 修改 / D 删除';

--
-- Name: COLUMN ddcl.sjnr; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.sjnr IS '行数据（Debezium 行映像，JSON；删除时为删除前映像）';

--
-- Name: COLUMN ddcl.lywz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.lywz IS '来源位置（源库 WAL LSN）';

--
-- Name: COLUMN ddcl.lysj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.lysj IS '来源提交时间（Debezium source.ts_ms）';

--
-- Name: COLUMN ddcl.jrsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.ddcl.jrsj IS '进入待处理的时间';

--
-- Name: ddcl_id_seq; Type: SEQUENCE; Schema: jh; Owner: -
--

CREATE SEQUENCE jh.ddcl_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: ddcl_id_seq; Type: SEQUENCE OWNED BY; Schema: jh; Owner: -
--

ALTER SEQUENCE jh.ddcl_id_seq OWNED BY jh.ddcl.id;

--
-- Name: dsrw; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.dsrw (
    id character varying(191) NOT NULL,
    next_run_time double precision,
    job_state bytea NOT NULL
);

--
-- Name: TABLE dsrw; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.dsrw IS '定时任务：APScheduler 任务库（jydj run 的调度器与 jydj jobs 命令共用；列按 APScheduler 约定）';

--
-- Name: COLUMN dsrw.id; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.dsrw.id IS '任务名（reconcile、retry_dead_letters、purge_outbox …）';

--
-- Name: COLUMN dsrw.next_run_time; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.dsrw.next_run_time IS '下次运行时间（Unix 秒）；为空表示已暂停';

--
-- Name: COLUMN dsrw.job_state; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.dsrw.job_state IS '任务定义（APScheduler 序列化的触发器与参数）';

--
-- Name: hwz; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.hwz (
    bm text NOT NULL,
    zj text NOT NULL,
    lywz bigint NOT NULL,
    czlx character(1) NOT NULL,
    lsl character varying(10) NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT hwz_czlx_ck CHECK ((czlx = ANY (ARRAY['I'::bpchar, 'U'::bpchar, 'D'::bpchar]))),
    CONSTRAINT hwz_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S1'::character varying, 'S2'::character varying, 'S3'::character varying, 'S4'::character varying])::text[])))
);

--
-- Name: TABLE hwz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.hwz IS '行位置：每个目标行最后一次应用的来源位置；来源位置不大于此值的变更（重放、重复、迟到的旧变更）不再应用；删除后保留此行作为墓碑，迟到的旧插入不能复活该行';

--
-- Name: COLUMN hwz.bm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.hwz.bm IS '目标表（模式.表，主键之一）';

--
-- Name: COLUMN hwz.zj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.hwz.zj IS '行主键文本（主键列值按主键顺序以 | 连接；值中的 \ 与 | 前加 \；主键之一）';

--
-- Name: COLUMN hwz.lywz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.hwz.lywz IS '最后应用的变更的来源位置（源库 WAL LSN，整数）';

--
-- Name: COLUMN hwz.czlx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.hwz.czlx IS '最后应用的操作：I 新增 / U 修改 / D 删除（D 即墓碑）';

--
-- Name: COLUMN hwz.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.hwz.lsl IS '写入该行的流';

--
-- Name: COLUMN hwz.gxsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.hwz.gxsj IS '应用时间';

--
-- Name: lyb; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.lyb (
    lsl character varying(10) NOT NULL,
    lybm character varying(100) NOT NULL,
    zjl text[] NOT NULL,
    sm text,
    CONSTRAINT lyb_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S1'::character varying, 'S2'::character varying, 'S3'::character varying, 'S4'::character varying])::text[])))
);

--
-- Name: TABLE lyb; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.lyb IS '来源表：目标库读不到来源库目录时（S4 把 jy_front.share_dj 写入 jy 暂存）所需的来源表主键列；行主键文本 lyzj 按此列序生成';

--
-- Name: COLUMN lyb.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyb.lsl IS '流（主键之一）';

--
-- Name: COLUMN lyb.lybm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyb.lybm IS '来源表（模式.表，主键之一）';

--
-- Name: COLUMN lyb.zjl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyb.zjl IS '主键列（按主键顺序）';

--
-- Name: COLUMN lyb.sm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyb.sm IS '说明';

--
-- Name: lygz; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.lygz (
    id bigint NOT NULL,
    lsl character varying(10) NOT NULL,
    ywlx character varying(10) NOT NULL,
    gzdm character varying(30) NOT NULL,
    gzlx character varying(10) NOT NULL,
    btzd text[],
    yxzt text[],
    sxh integer DEFAULT 100 NOT NULL,
    sfqy boolean DEFAULT true NOT NULL,
    gzsm text NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT lygz_btzd_ck CHECK ((((gzlx)::text <> 'BTZD'::text) OR (btzd IS NOT NULL))),
    CONSTRAINT lygz_gzlx_ck CHECK (((gzlx)::text = ANY ((ARRAY['YWZT'::character varying, 'QXFW'::character varying, 'BTZD'::character varying])::text[]))),
    CONSTRAINT lygz_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S2'::character varying, 'S3'::character varying])::text[]))),
    CONSTRAINT lygz_yxzt_ck CHECK ((((gzlx)::text <> 'YWZT'::text) OR (yxzt IS NOT NULL)))
);

--
-- Name: TABLE lygz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.lygz IS '路由规则：S2/S3 据共享主表（gxzb）一行决定是否转发该业务；适用于某业务类型的全部启用规则都通过才转发；同一检查类别（gzlx）有该业务类型的专用规则时，通用规则（ywlx=*）不再适用';

--
-- Name: COLUMN lygz.id; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.id IS 'ID（主键）';

--
-- Name: COLUMN lygz.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.lsl IS '流：S2 共享交易库→不动产端前置共享交易库，S3 共享登记库→房产端前置共享登记库';

--
-- Name: COLUMN lygz.ywlx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.ywlx IS '适用的业务类型（共享主表 ywlx），* 表示任意类型';

--
-- Name: COLUMN lygz.gzdm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.gzdm IS '规则代码（唯一；不转发时作为原因代码记入 lyjc.yy 与 wzf.yy）';

--
-- Name: COLUMN lygz.gzlx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.gzlx IS '检查类别：YWZT 业务状态须在 yxzt 中，QXFW 区县代码须在 jh.xzfw 有效范围内，BTZD btzd 所列字段须非空';

--
-- Name: COLUMN lygz.btzd; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.btzd IS '必填字段（共享主表列名数组，BTZD 规则用）';

--
-- Name: COLUMN lygz.yxzt; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.yxzt IS '允许的业务状态（ywzt 值数组，YWZT 规则用）';

--
-- Name: COLUMN lygz.sxh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.sxh IS '检查顺序号（小者先查；有多条不通过时取最先的一条作为原因）';

--
-- Name: COLUMN lygz.sfqy; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.sfqy IS '是否启用';

--
-- Name: COLUMN lygz.gzsm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.gzsm IS '规则说明（中文；不转发时作为原因说明的开头）';

--
-- Name: COLUMN lygz.gxsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lygz.gxsj IS '更新时间';

--
-- Name: lygz_id_seq; Type: SEQUENCE; Schema: jh; Owner: -
--

CREATE SEQUENCE jh.lygz_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: lygz_id_seq; Type: SEQUENCE OWNED BY; Schema: jh; Owner: -
--

ALTER SEQUENCE jh.lygz_id_seq OWNED BY jh.lygz.id;

--
-- Name: lyjc; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.lyjc (
    lsl character varying(10) NOT NULL,
    ywh text NOT NULL,
    ywlx text,
    zf boolean NOT NULL,
    yy character varying(30) NOT NULL,
    yysm text NOT NULL,
    lywz bigint NOT NULL,
    jcsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT lyjc_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S2'::character varying, 'S3'::character varying])::text[])))
);

--
-- Name: TABLE lyjc; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.lyjc IS '路由决定：S2/S3 对每个业务（共享主表一行）的转发决定；明细行随所属业务的决定转发或不转发；共享主表的更新版本（lywz 更大）重新决定';

--
-- Name: COLUMN lyjc.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyjc.lsl IS '流（S2 / S3，主键之一）';

--
-- Name: COLUMN lyjc.ywh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyjc.ywh IS '业务号（共享主表 ywh，主键之一）';

--
-- Name: COLUMN lyjc.ywlx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyjc.ywlx IS '业务类型（决定时共享主表的 ywlx）';

--
-- Name: COLUMN lyjc.zf; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyjc.zf IS '是否转发';

--
-- Name: COLUMN lyjc.yy; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyjc.yy IS '原因代码：ZF 符合全部规则；否则为第一条不通过规则的 gzdm';

--
-- Name: COLUMN lyjc.yysm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyjc.yysm IS '原因说明（中文）';

--
-- Name: COLUMN lyjc.lywz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyjc.lywz IS '据以决定的共享主表版本的来源位置（源库 WAL LSN）';

--
-- Name: COLUMN lyjc.jcsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lyjc.jcsj IS '决定时间';

--
-- Name: lzt; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.lzt (
    lsl character varying(10) NOT NULL,
    applied bigint DEFAULT 0 NOT NULL,
    skipped bigint DEFAULT 0 NOT NULL,
    filtered bigint DEFAULT 0 NOT NULL,
    dead_letters bigint DEFAULT 0 NOT NULL,
    pending bigint DEFAULT 0 NOT NULL,
    batches bigint DEFAULT 0 NOT NULL,
    last_event_at timestamp with time zone,
    last_source_ts timestamp with time zone,
    last_lag_ms integer,
    last_lywz bigint,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    zt character varying(10) DEFAULT 'stopped'::character varying NOT NULL,
    jcid integer,
    xtsj timestamp with time zone,
    qdsj timestamp with time zone,
    cwxx text,
    cqcs integer DEFAULT 0 NOT NULL,
    CONSTRAINT lzt_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S1'::character varying, 'S2'::character varying, 'S3'::character varying, 'S4'::character varying])::text[]))),
    CONSTRAINT lzt_zt_ck CHECK (((zt)::text = ANY ((ARRAY['running'::character varying, 'stopped'::character varying, 'failed'::character varying])::text[])))
);

--
-- Name: TABLE lzt; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.lzt IS '流状态：每流一行，在该流的目标库中（S1、S3 在 jy_front，S2 在 dj_front，S4 在 jy）；jh.apply_changes 与重试函数在同一事务中更新，jydj status 读取';

--
-- Name: COLUMN lzt.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.lsl IS '流（S1–S4，主键）';

--
-- Name: COLUMN lzt.applied; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.applied IS '累计已应用行数';

--
-- Name: COLUMN lzt.skipped; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.skipped IS '累计跳过行数（重放、重复、迟到的旧变更，批内被同一行更新变更取代的，S1 发件箱的修改与删除）';

--
-- Name: COLUMN lzt.filtered; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.filtered IS '累计未转发行数（记入 jh.wzf 的次数）';

--
-- Name: COLUMN lzt.dead_letters; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.dead_letters IS '当前待重试的死信行数（jh.sx 中 cszt=待重试）';

--
-- Name: COLUMN lzt.pending; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.pending IS '当前待处理行数（jh.ddcl 中该流的行）';

--
-- Name: COLUMN lzt.batches; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.batches IS '累计处理的批次数';

--
-- Name: COLUMN lzt.last_event_at; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.last_event_at IS '最近一次应用批次的时间';

--
-- Name: COLUMN lzt.last_source_ts; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.last_source_ts IS '最近批次中最新变更的来源提交时间';

--
-- Name: COLUMN lzt.last_lag_ms; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.last_lag_ms IS '最近批次的延迟（毫秒）：应用时刻 clock_timestamp() 减来源提交时间';

--
-- Name: COLUMN lzt.last_lywz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.last_lywz IS '最近批次中最大的来源位置（源库 WAL LSN）';

--
-- Name: COLUMN lzt.gxsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.gxsj IS '更新时间';

--
-- Name: COLUMN lzt.zt; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.zt IS '运行状态：running 运行中 / stopped 已停止 / failed 失败（等待自动重启）；存活时间超过 20 秒未更新的 running 视为 stopped';

--
-- Name: COLUMN lzt.jcid; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.jcid IS '运行该流的进程号';

--
-- Name: COLUMN lzt.xtsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.xtsj IS '存活时间：运行进程每 5 秒更新一次';

--
-- Name: COLUMN lzt.qdsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.qdsj IS '最近一次启动时间';

--
-- Name: COLUMN lzt.cwxx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.cwxx IS '最近一次中断的原因';

--
-- Name: COLUMN lzt.cqcs; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.lzt.cqcs IS '自最近一次启动以来的自动重启次数';

--
-- Name: rwjl; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.rwjl (
    id bigint NOT NULL,
    rwmc character varying(100) NOT NULL,
    kssj timestamp with time zone NOT NULL,
    jssj timestamp with time zone DEFAULT now() NOT NULL,
    zt character varying(10) NOT NULL,
    jg jsonb,
    cwxx text,
    jcid integer,
    CONSTRAINT rwjl_zt_ck CHECK (((zt)::text = ANY ((ARRAY['成功'::character varying, '失败'::character varying, '跳过'::character varying])::text[])))
);

--
-- Name: TABLE rwjl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.rwjl IS '任务运行记录：定时任务每次运行一行（调度器触发或 jydj jobs run 手动运行）';

--
-- Name: COLUMN rwjl.id; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.rwjl.id IS '记录编号';

--
-- Name: COLUMN rwjl.rwmc; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.rwjl.rwmc IS '任务名';

--
-- Name: COLUMN rwjl.kssj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.rwjl.kssj IS '开始时间';

--
-- Name: COLUMN rwjl.jssj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.rwjl.jssj IS '结束时间';

--
-- Name: COLUMN rwjl.zt; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.rwjl.zt IS '结果：成功 / 失败 / 跳过（另一进程正在运行同一任务）';

--
-- Name: COLUMN rwjl.jg; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.rwjl.jg IS '运行结果（JSON，如补推报告、重试行数）';

--
-- Name: COLUMN rwjl.cwxx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.rwjl.cwxx IS '失败时的错误信息';

--
-- Name: COLUMN rwjl.jcid; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.rwjl.jcid IS '运行进程号';

--
-- Name: rwjl_id_seq; Type: SEQUENCE; Schema: jh; Owner: -
--

CREATE SEQUENCE jh.rwjl_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: rwjl_id_seq; Type: SEQUENCE OWNED BY; Schema: jh; Owner: -
--

ALTER SEQUENCE jh.rwjl_id_seq OWNED BY jh.rwjl.id;

--
-- Name: sx; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.sx (
    id bigint NOT NULL,
    lsl character varying(10) NOT NULL,
    bm text NOT NULL,
    zj text,
    ywh text,
    czlx character(1),
    sjnr jsonb,
    lywz bigint,
    lysj timestamp with time zone,
    cwdm character varying(5) NOT NULL,
    cwxx text NOT NULL,
    jrsj timestamp with time zone DEFAULT now() NOT NULL,
    cszt character varying(10) DEFAULT '待重试'::character varying NOT NULL,
    cscs integer DEFAULT 0 NOT NULL,
    cssj timestamp with time zone,
    CONSTRAINT sx_cszt_ck CHECK (((cszt)::text = ANY ((ARRAY['待重试'::character varying, '已重试'::character varying, '已放弃'::character varying])::text[]))),
    CONSTRAINT sx_czlx_ck CHECK ((czlx = ANY (ARRAY['I'::bpchar, 'U'::bpchar, 'D'::bpchar]))),
    CONSTRAINT sx_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S1'::character varying, 'S2'::character varying, 'S3'::character varying, 'S4'::character varying])::text[])))
);

--
-- Name: TABLE sx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.sx IS '死信：无法应用的行（值不能转换、违反约束、未知目标表、变更格式错误）及错误；批次其余行照常应用；修正 sjnr 或约束后用 jh.retry_dead_letter / jh.retry_dead_letters 重试';

--
-- Name: COLUMN sx.id; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.id IS 'ID（主键）';

--
-- Name: COLUMN sx.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.lsl IS '流（S1–S4）';

--
-- Name: COLUMN sx.bm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.bm IS '目标表（模式.表；S4 为来源表）；变更未能解析出目标表时为来源表';

--
-- Name: COLUMN sx.zj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.zj IS '行主键文本（格式同 jh.hwz.zj；无法得出时为空）';

--
-- Name: COLUMN sx.ywh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.ywh IS '所属业务号（行的 ywh）';

--
-- Name: COLUMN sx.czlx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.czlx IS '操作：I 新增 / U 修改 / D 删除（无法识别时为空）';

--
-- Name: COLUMN sx.sjnr; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.sjnr IS '行数据（JSON 行映像，S1 为拆出的 sjnr）；重试时按此值应用，可先修正';

--
-- Name: COLUMN sx.lywz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.lywz IS '来源位置（源库 WAL LSN）';

--
-- Name: COLUMN sx.lysj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.lysj IS '来源提交时间';

--
-- Name: COLUMN sx.cwdm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.cwdm IS '错误代码（SQLSTATE；JH001 未知目标表，JH002 目标表无主键，JH003 行映像缺主键值，JH004 变更格式错误）';

--
-- Name: COLUMN sx.cwxx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.cwxx IS '错误信息（最近一次）';

--
-- Name: COLUMN sx.jrsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.jrsj IS '进入死信的时间';

--
-- Name: COLUMN sx.cszt; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.cszt IS '重试状态：待重试 / 已重试（已应用或已按路由处理）/ 已放弃（人工放弃，或已被更新的变更取代）';

--
-- Name: COLUMN sx.cscs; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.cscs IS '重试次数';

--
-- Name: COLUMN sx.cssj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.sx.cssj IS '最近一次重试时间';

--
-- Name: sx_id_seq; Type: SEQUENCE; Schema: jh; Owner: -
--

CREATE SEQUENCE jh.sx_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: sx_id_seq; Type: SEQUENCE OWNED BY; Schema: jh; Owner: -
--

ALTER SEQUENCE jh.sx_id_seq OWNED BY jh.sx.id;

--
-- Name: wzf; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.wzf (
    id bigint NOT NULL,
    lsl character varying(10) NOT NULL,
    bm text NOT NULL,
    zj text NOT NULL,
    ywh text,
    czlx character(1) NOT NULL,
    sjnr jsonb,
    yy character varying(30) NOT NULL,
    yysm text NOT NULL,
    lywz bigint NOT NULL,
    jlsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT wzf_czlx_ck CHECK ((czlx = ANY (ARRAY['I'::bpchar, 'U'::bpchar, 'D'::bpchar]))),
    CONSTRAINT wzf_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S2'::character varying, 'S3'::character varying])::text[])))
);

--
-- Name: TABLE wzf; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.wzf IS '未转发记录：路由不转发的每一行及其原因（每个目标行保留最新一次）；所属业务之后改为转发时，原因为 YWWZF 的行在同一调用中补发并从此表删除';

--
-- Name: COLUMN wzf.id; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.id IS 'ID（主键）';

--
-- Name: COLUMN wzf.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.lsl IS '流（S2 / S3）';

--
-- Name: COLUMN wzf.bm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.bm IS '目标表（模式.表）';

--
-- Name: COLUMN wzf.zj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.zj IS '行主键文本（格式同 jh.hwz.zj）';

--
-- Name: COLUMN wzf.ywh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.ywh IS '所属业务号（行的 ywh）';

--
-- Name: COLUMN wzf.czlx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.czlx IS '操作：I 新增 / U 修改 / D 删除';

--
-- Name: COLUMN wzf.sjnr; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.sjnr IS '行数据（Debezium 行映像，JSON；删除时为删除前映像），补发时使用';

--
-- Name: COLUMN wzf.yy; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.yy IS '原因代码：规则代码（jh.lygz.gzdm）、YWWZF 所属业务未转发、YWWJC 删除的业务无转发决定、WYWH 无业务号';

--
-- Name: COLUMN wzf.yysm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.yysm IS '原因说明（中文）';

--
-- Name: COLUMN wzf.lywz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.lywz IS '来源位置（源库 WAL LSN）';

--
-- Name: COLUMN wzf.jlsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.wzf.jlsj IS '记录时间';

--
-- Name: wzf_id_seq; Type: SEQUENCE; Schema: jh; Owner: -
--

CREATE SEQUENCE jh.wzf_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: wzf_id_seq; Type: SEQUENCE OWNED BY; Schema: jh; Owner: -
--

ALTER SEQUENCE jh.wzf_id_seq OWNED BY jh.wzf.id;

--
-- Name: xh; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.xh (
    id character varying(42) NOT NULL,
    type character varying(32) NOT NULL,
    data character varying(2048)
);

ALTER TABLE ONLY jh.xh REPLICA IDENTITY FULL;

--
-- Name: TABLE xh; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.xh IS '信号：写入一行即向本库上的 Debezium 引擎发信号（如 execute-snapshot 增量快照，用于补推）；列名按 Debezium 约定';

--
-- Name: COLUMN xh.id; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xh.id IS '信号编号（主键）';

--
-- Name: COLUMN xh.type; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xh.type IS '信号类型（execute-snapshot、stop-snapshot、pause-snapshot、resume-snapshot、log）';

--
-- Name: COLUMN xh.data; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xh.data IS '信号内容（JSON 文本，如 {"data-collections":["share_jy.spfht"],"type":"incremental"}）';

--
-- Name: xt; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.xt (
    lsl character varying(10) NOT NULL,
    xtsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT xt_lsl_ck CHECK (((lsl)::text = ANY ((ARRAY['S1'::character varying, 'S2'::character varying, 'S3'::character varying, 'S4'::character varying])::text[])))
);

ALTER TABLE ONLY jh.xt REPLICA IDENTITY FULL;

--
-- Name: TABLE xt; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.xt IS '心跳：每流一行，由该流在源库的 Debezium 心跳语句定时更新；变更随流到达目标库，用来在空闲时确认位置、计算延迟';

--
-- Name: COLUMN xt.lsl; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xt.lsl IS '流（S1–S4，主键）';

--
-- Name: COLUMN xt.xtsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xt.xtsj IS '最近一次心跳时间';

--
-- Name: xzfw; Type: TABLE; Schema: jh; Owner: -
--

CREATE TABLE jh.xzfw (
    qxdm character varying(12) NOT NULL,
    qxmc text NOT NULL,
    sfyx boolean DEFAULT true NOT NULL,
    bz text,
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: TABLE xzfw; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON TABLE jh.xzfw IS '行政区范围：本平台交换的区县；共享主表 qxdm 不在其中（或已停用）的业务不转发（路由规则 QXFW）';

--
-- Name: COLUMN xzfw.qxdm; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xzfw.qxdm IS '行政区划代码（GB/T 2260 区县级，主键）';

--
-- Name: COLUMN xzfw.qxmc; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xzfw.qxmc IS '区县名称';

--
-- Name: COLUMN xzfw.sfyx; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xzfw.sfyx IS '是否有效（false 时该区县的业务不转发）';

--
-- Name: COLUMN xzfw.bz; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xzfw.bz IS '备注';

--
-- Name: COLUMN xzfw.gxsj; Type: COMMENT; Schema: jh; Owner: -
--

COMMENT ON COLUMN jh.xzfw.gxsj IS '更新时间';

--
-- Name: dyrz; Type: TABLE; Schema: jk; Owner: -
--

CREATE TABLE jk.dyrz (
    id bigint NOT NULL,
    dysj timestamp with time zone DEFAULT now() NOT NULL,
    hzf character varying(64),
    ip character varying(64),
    xy character varying(10) NOT NULL,
    fw character varying(64),
    cz character varying(64),
    jm character varying(32),
    jz character varying(80),
    jg character varying(16) NOT NULL,
    ts integer,
    hs numeric(10,3),
    zt smallint,
    CONSTRAINT dyrz_jg_ck CHECK (((jg)::text = ANY ((ARRAY['成功'::character varying, '无结果'::character varying, '未找到'::character varying, '参数错误'::character varying, '业务拒绝'::character varying, '请求无效'::character varying, '未认证'::character varying, '拒绝访问'::character varying, '服务错误'::character varying])::text[]))),
    CONSTRAINT dyrz_xy_ck CHECK (((xy)::text = ANY ((ARRAY['soap'::character varying, 'json'::character varying, 'wsdl'::character varying])::text[])))
);

--
-- Name: TABLE dyrz; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON TABLE jk.dyrz IS '接口调用日志：每次调用一行；不含个人信息（证件号码类查询键只记摘要）';

--
-- Name: COLUMN dyrz.id; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.dyrz.id IS 'ID（主键）';

--
-- Name: COLUMN dyrz.dysj; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.dyrz.dysj IS '调用时间（请求到达）';

--
-- Name: COLUMN dyrz.hzf; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.dyrz.hzf IS '合作方用户名（未认证的调用为空）';

--
-- Name: COLUMN dyrz.ip; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.dyrz.ip IS '来源地址';

--
-- Name: COLUMN dyrz.xy; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.dyrz.xy IS '协议：soap / json / wsdl';

--
-- Name: COLUMN dyrz.fw; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.dyrz.fw IS '服务名';

--
-- Name: COLUMN dyrz.cz; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.dyrz.cz IS '操作名';

--
-- Name: COLUMN dyrz.jm; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.dyrz.jm IS '查询键名（如 fwbm、bdcdyh、htbh、zjhm）';

--
-- Name: COLUMN dyrz.jz; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.dyrz.jz IS '查询键值；证件号码等个人信息只记「sha256:」加摘要前 16 位';

--
-- Name: COLUMN dyrz.jg; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.dyrz.jg IS '结果：成功 / 无结果 / 未找到 / 参数错误 / 业务拒绝（如一窗受理号已收件） / 请求无效 / 未认证 / 拒绝访问 / 服务错误';

--
-- Name: COLUMN dyrz.ts; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.dyrz.ts IS '返回条数';

--
-- Name: COLUMN dyrz.hs; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.dyrz.hs IS '耗时（毫秒，服务端处理）';

--
-- Name: COLUMN dyrz.zt; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.dyrz.zt IS 'HTTP 状态码';

--
-- Name: dyrz_id_seq; Type: SEQUENCE; Schema: jk; Owner: -
--

CREATE SEQUENCE jk.dyrz_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: dyrz_id_seq; Type: SEQUENCE OWNED BY; Schema: jk; Owner: -
--

ALTER SEQUENCE jk.dyrz_id_seq OWNED BY jk.dyrz.id;

--
-- Name: hzf; Type: TABLE; Schema: jk; Owner: -
--

CREATE TABLE jk.hzf (
    id bigint NOT NULL,
    yhm character varying(64) NOT NULL,
    mc text NOT NULL,
    myzy character varying(64) NOT NULL,
    yxdz text[] NOT NULL,
    kyfw text[] NOT NULL,
    zt character varying(10) DEFAULT '启用'::character varying NOT NULL,
    czr text NOT NULL,
    cjsj timestamp with time zone DEFAULT now() NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT hzf_yhm_ck CHECK (((yhm)::text ~ '^[a-z0-9][a-z0-9_.-]{2,63}$'::text)),
    CONSTRAINT hzf_yxdz_ck CHECK ((array_length(yxdz, 1) >= 1)),
    CONSTRAINT hzf_zt_ck CHECK (((zt)::text = ANY ((ARRAY['启用'::character varying, '停用'::character varying])::text[])))
);

--
-- Name: TABLE hzf; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON TABLE jk.hzf IS '接口合作方：调用平台 web 服务的外部系统（一窗受理平台、不动产登记系统等）及其凭据';

--
-- Name: COLUMN hzf.id; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.hzf.id IS 'ID（主键）';

--
-- Name: COLUMN hzf.yhm; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.hzf.yhm IS '用户名（SOAP 调用的 WS-Security UsernameToken 用户名；JSON 调用以 Authorization: Bearer 密钥 认证）';

--
-- Name: COLUMN hzf.mc; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.hzf.mc IS '合作方名称';

--
-- Name: COLUMN hzf.myzy; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.hzf.myzy IS '密钥摘要：SHA-256(密钥) 的十六进制（密钥是 256 位随机数，无从猜测，故不加盐，可按摘要查找 Bearer 令牌）；密钥本身不保存，只在建立时显示一次';

--
-- Name: COLUMN hzf.yxdz; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.hzf.yxdz IS '允许的来源地址段（CIDR，如 10.1.2.0/24）；不在其中的来源一律拒绝';

--
-- Name: COLUMN hzf.kyfw; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.hzf.kyfw IS '可调用的服务名（如 QueryService、RegistrationStateService）';

--
-- Name: COLUMN hzf.zt; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.hzf.zt IS '状态：启用 / 停用（停用后调用一律拒绝）';

--
-- Name: COLUMN hzf.czr; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.hzf.czr IS '建立人';

--
-- Name: COLUMN hzf.cjsj; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.hzf.cjsj IS '建立时间';

--
-- Name: COLUMN hzf.gxsj; Type: COMMENT; Schema: jk; Owner: -
--

COMMENT ON COLUMN jk.hzf.gxsj IS '更新时间';

--
-- Name: hzf_id_seq; Type: SEQUENCE; Schema: jk; Owner: -
--

CREATE SEQUENCE jk.hzf_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: hzf_id_seq; Type: SEQUENCE OWNED BY; Schema: jk; Owner: -
--

ALTER SEQUENCE jk.hzf_id_seq OWNED BY jk.hzf.id;

--
-- Name: c; Type: TABLE; Schema: lpb; Owner: -
--

CREATE TABLE lpb.c (
    id bigint NOT NULL,
    zrz_id bigint NOT NULL,
    ljz_id bigint,
    ch character varying(20) NOT NULL,
    sjc integer,
    myc character varying(20),
    cjzmj numeric(12,2),
    cg numeric(8,2),
    cjsj timestamp with time zone DEFAULT now() NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT c_mj_ck CHECK (((cjzmj >= (0)::numeric) AND (cg >= (0)::numeric)))
);

--
-- Name: TABLE c; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON TABLE lpb.c IS '层：自然幢的楼层（TD/T 1066 C），可选归属逻辑幢';

--
-- Name: COLUMN c.id; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.c.id IS '层ID（主键）';

--
-- Name: COLUMN c.zrz_id; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.c.zrz_id IS '所属自然幢ID（lpb.zrz.id）';

--
-- Name: COLUMN c.ljz_id; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.c.ljz_id IS '所属逻辑幢ID（lpb.ljz.id，可空）';

--
-- Name: COLUMN c.ch; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.c.ch IS '层号（自然幢内唯一）';

--
-- Name: COLUMN c.sjc; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.c.sjc IS '实际层（物理层序号，地下层为负数）';

--
-- Name: COLUMN c.myc; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.c.myc IS '名义层（标注的楼层名，如 16、-1、夹层）';

--
-- Name: COLUMN c.cjzmj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.c.cjzmj IS '层建筑面积（m²）';

--
-- Name: COLUMN c.cg; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.c.cg IS '层高（m）';

--
-- Name: COLUMN c.cjsj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.c.cjsj IS '创建时间';

--
-- Name: COLUMN c.gxsj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.c.gxsj IS '更新时间';

--
-- Name: c_id_seq; Type: SEQUENCE; Schema: lpb; Owner: -
--

CREATE SEQUENCE lpb.c_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: c_id_seq; Type: SEQUENCE OWNED BY; Schema: lpb; Owner: -
--

ALTER SEQUENCE lpb.c_id_seq OWNED BY lpb.c.id;

--
-- Name: fwbm_fp; Type: TABLE; Schema: lpb; Owner: -
--

CREATE TABLE lpb.fwbm_fp (
    id bigint NOT NULL,
    fwbm character varying(32) NOT NULL,
    h_id bigint NOT NULL,
    zrz_id bigint NOT NULL,
    bdcdyh character varying(28),
    sqid character varying(50),
    ywh text,
    czr text NOT NULL,
    fmsj timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: TABLE fwbm_fp; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON TABLE lpb.fwbm_fp IS '房屋编码分配：赋码过程赋出的每个房屋编码一行，只追加；编码唯一，户被分割合并灭失后也不再复用';

--
-- Name: COLUMN fwbm_fp.id; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.fwbm_fp.id IS '记录ID（主键）';

--
-- Name: COLUMN fwbm_fp.fwbm; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.fwbm_fp.fwbm IS '赋出的房屋编码（唯一）';

--
-- Name: COLUMN fwbm_fp.h_id; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.fwbm_fp.h_id IS '户ID（lpb.h.id）';

--
-- Name: COLUMN fwbm_fp.zrz_id; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.fwbm_fp.zrz_id IS '所属自然幢ID（lpb.zrz.id），户顺序码在幢内递增';

--
-- Name: COLUMN fwbm_fp.bdcdyh; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.fwbm_fp.bdcdyh IS '申请的不动产单元号';

--
-- Name: COLUMN fwbm_fp.sqid; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.fwbm_fp.sqid IS '房屋编码申请编号（share_dj.fwbm_sq.sqid）';

--
-- Name: COLUMN fwbm_fp.ywh; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.fwbm_fp.ywh IS '赋码业务号（yw.jyyw，业务类型 FWBM）';

--
-- Name: COLUMN fwbm_fp.czr; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.fwbm_fp.czr IS '操作人（定时任务为 job:validate）';

--
-- Name: COLUMN fwbm_fp.fmsj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.fwbm_fp.fmsj IS '赋码时间';

--
-- Name: fwbm_fp_id_seq; Type: SEQUENCE; Schema: lpb; Owner: -
--

CREATE SEQUENCE lpb.fwbm_fp_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: fwbm_fp_id_seq; Type: SEQUENCE OWNED BY; Schema: lpb; Owner: -
--

ALTER SEQUENCE lpb.fwbm_fp_id_seq OWNED BY lpb.fwbm_fp.id;

--
-- Name: h_id_seq; Type: SEQUENCE; Schema: lpb; Owner: -
--

CREATE SEQUENCE lpb.h_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: h_id_seq; Type: SEQUENCE OWNED BY; Schema: lpb; Owner: -
--

ALTER SEQUENCE lpb.h_id_seq OWNED BY lpb.h.id;

--
-- Name: ljz; Type: TABLE; Schema: lpb; Owner: -
--

CREATE TABLE lpb.ljz (
    id bigint NOT NULL,
    zrz_id bigint NOT NULL,
    ljzh character varying(50) NOT NULL,
    mph text,
    fwyt character varying(10),
    fwjg character varying(10),
    jzwzt character varying(10),
    zcs integer,
    dscs integer,
    dxcs integer,
    jgrq date,
    ycjzmj numeric(12,2),
    scjzmj numeric(12,2),
    cjsj timestamp with time zone DEFAULT now() NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ljz_cs_ck CHECK (((zcs >= 0) AND (dscs >= 0) AND (dxcs >= 0))),
    CONSTRAINT ljz_mj_ck CHECK (((ycjzmj >= (0)::numeric) AND (scjzmj >= (0)::numeric)))
);

--
-- Name: TABLE ljz; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON TABLE lpb.ljz IS '逻辑幢：自然幢内按门牌或用途划分的楼栋（TD/T 1066 LJZ）；接口的“楼栋编号”即逻辑幢号';

--
-- Name: COLUMN ljz.id; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.ljz.id IS '逻辑幢ID（主键）';

--
-- Name: COLUMN ljz.zrz_id; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.ljz.zrz_id IS '所属自然幢ID（lpb.zrz.id）';

--
-- Name: COLUMN ljz.ljzh; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.ljz.ljzh IS '逻辑幢号（楼栋编号，自然幢内唯一）';

--
-- Name: COLUMN ljz.mph; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.ljz.mph IS '门牌号';

--
-- Name: COLUMN ljz.fwyt; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.ljz.fwyt IS '房屋用途（zd.fwyt）';

--
-- Name: COLUMN ljz.fwjg; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.ljz.fwjg IS '房屋结构（zd.fwjg）';

--
-- Name: COLUMN ljz.jzwzt; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.ljz.jzwzt IS '建筑物状态（zd.jzwzt）';

--
-- Name: COLUMN ljz.zcs; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.ljz.zcs IS '总层数';

--
-- Name: COLUMN ljz.dscs; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.ljz.dscs IS '地上层数';

--
-- Name: COLUMN ljz.dxcs; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.ljz.dxcs IS '地下层数';

--
-- Name: COLUMN ljz.jgrq; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.ljz.jgrq IS '竣工日期';

--
-- Name: COLUMN ljz.ycjzmj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.ljz.ycjzmj IS '预测建筑面积（m²）';

--
-- Name: COLUMN ljz.scjzmj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.ljz.scjzmj IS '实测建筑面积（m²）';

--
-- Name: COLUMN ljz.cjsj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.ljz.cjsj IS '创建时间';

--
-- Name: COLUMN ljz.gxsj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.ljz.gxsj IS '更新时间';

--
-- Name: ljz_id_seq; Type: SEQUENCE; Schema: lpb; Owner: -
--

CREATE SEQUENCE lpb.ljz_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: ljz_id_seq; Type: SEQUENCE OWNED BY; Schema: lpb; Owner: -
--

ALTER SEQUENCE lpb.ljz_id_seq OWNED BY lpb.ljz.id;

--
-- Name: xm; Type: TABLE; Schema: lpb; Owner: -
--

CREATE TABLE lpb.xm (
    id bigint NOT NULL,
    xmbh character varying(50),
    xmmc text NOT NULL,
    qxdm character varying(12) NOT NULL,
    zl text,
    kfqy text,
    tyshxydm character varying(50),
    zddm character varying(32),
    ysxkzh character varying(100),
    cjsj timestamp with time zone DEFAULT now() NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: TABLE xm; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON TABLE lpb.xm IS '项目：房地产开发（测绘）项目，楼盘表的顶层';

--
-- Name: COLUMN xm.id; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.xm.id IS '项目ID（主键）';

--
-- Name: COLUMN xm.xmbh; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.xm.xmbh IS '项目编号（房管测绘项目编号，与共享交易库 chxm.xmbh 一致；可空，非空时唯一）';

--
-- Name: COLUMN xm.xmmc; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.xm.xmmc IS '项目名称';

--
-- Name: COLUMN xm.qxdm; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.xm.qxdm IS '区县代码（GB/T 2260，如 511702 通川区；外键到 zd.xzqh 由 jy_0002 添加）';

--
-- Name: COLUMN xm.zl; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.xm.zl IS '项目坐落';

--
-- Name: COLUMN xm.kfqy; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.xm.kfqy IS '开发企业名称';

--
-- Name: COLUMN xm.tyshxydm; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.xm.tyshxydm IS '开发企业统一社会信用代码（GB 32100-2015，18位）';

--
-- Name: COLUMN xm.zddm; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.xm.zddm IS '宗地代码（19位，不动产单元号前19位；由登记端提供，可空）';

--
-- Name: COLUMN xm.ysxkzh; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.xm.ysxkzh IS '预售许可证号（项目的主要预售许可；合同另记各自的预售许可证号）';

--
-- Name: COLUMN xm.cjsj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.xm.cjsj IS '创建时间';

--
-- Name: COLUMN xm.gxsj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.xm.gxsj IS '更新时间';

--
-- Name: xm_id_seq; Type: SEQUENCE; Schema: lpb; Owner: -
--

CREATE SEQUENCE lpb.xm_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: xm_id_seq; Type: SEQUENCE OWNED BY; Schema: lpb; Owner: -
--

ALTER SEQUENCE lpb.xm_id_seq OWNED BY lpb.xm.id;

--
-- Name: zrz; Type: TABLE; Schema: lpb; Owner: -
--

CREATE TABLE lpb.zrz (
    id bigint NOT NULL,
    xm_id bigint NOT NULL,
    zrzh character varying(50) NOT NULL,
    fwbm character varying(32),
    zddm character varying(32),
    jzwmc text,
    zl text,
    zcs integer,
    dscs integer,
    dxcs integer,
    ghyt character varying(10),
    fwjg character varying(10),
    jzwzt character varying(10),
    jgrq date,
    ycjzmj numeric(12,2),
    scjzmj numeric(12,2),
    zts integer,
    cjsj timestamp with time zone DEFAULT now() NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT zrz_cs_ck CHECK (((zcs >= 0) AND (dscs >= 0) AND (dxcs >= 0) AND (zts >= 0))),
    CONSTRAINT zrz_mj_ck CHECK (((ycjzmj >= (0)::numeric) AND (scjzmj >= (0)::numeric)))
);

--
-- Name: TABLE zrz; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON TABLE lpb.zrz IS '自然幢：独立成栋的房屋（TD/T 1066 ZRZ）';

--
-- Name: COLUMN zrz.id; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.id IS '自然幢ID（主键）';

--
-- Name: COLUMN zrz.xm_id; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.xm_id IS '所属项目ID（lpb.xm.id）';

--
-- Name: COLUMN zrz.zrzh; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.zrzh IS '自然幢号（项目内唯一）';

--
-- Name: COLUMN zrz.fwbm; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.fwbm IS '幢房屋编码（JGJ/T 246 幢代码，户顺序码为 00000；可空，非空时唯一）';

--
-- Name: COLUMN zrz.zddm; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.zddm IS '宗地代码（19位，由登记端提供，可空）';

--
-- Name: COLUMN zrz.jzwmc; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.jzwmc IS '建筑物名称（栋名，如 3栋）';

--
-- Name: COLUMN zrz.zl; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.zl IS '幢坐落';

--
-- Name: COLUMN zrz.zcs; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.zcs IS '总层数';

--
-- Name: COLUMN zrz.dscs; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.dscs IS '地上层数';

--
-- Name: COLUMN zrz.dxcs; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.dxcs IS '地下层数';

--
-- Name: COLUMN zrz.ghyt; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.ghyt IS '规划用途（代码同房屋用途 zd.fwyt）';

--
-- Name: COLUMN zrz.fwjg; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.fwjg IS '房屋结构（zd.fwjg）';

--
-- Name: COLUMN zrz.jzwzt; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.jzwzt IS '建筑物状态（zd.jzwzt：历史、期房、现房、虚拟）';

--
-- Name: COLUMN zrz.jgrq; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.jgrq IS '竣工日期';

--
-- Name: COLUMN zrz.ycjzmj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.ycjzmj IS '预测建筑面积（m²）';

--
-- Name: COLUMN zrz.scjzmj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.scjzmj IS '实测建筑面积（m²）';

--
-- Name: COLUMN zrz.zts; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.zts IS '总套数';

--
-- Name: COLUMN zrz.cjsj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.cjsj IS '创建时间';

--
-- Name: COLUMN zrz.gxsj; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON COLUMN lpb.zrz.gxsj IS '更新时间';

--
-- Name: zrz_id_seq; Type: SEQUENCE; Schema: lpb; Owner: -
--

CREATE SEQUENCE lpb.zrz_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: zrz_id_seq; Type: SEQUENCE OWNED BY; Schema: lpb; Owner: -
--

ALTER SEQUENCE lpb.zrz_id_seq OWNED BY lpb.zrz.id;

--
-- Name: fjx; Type: TABLE; Schema: outbox; Owner: -
--

CREATE TABLE outbox.fjx (
    id bigint NOT NULL,
    ywh text,
    ywlx character varying(10),
    mbb character varying(100) NOT NULL,
    czlx character(1) NOT NULL,
    sjnr jsonb NOT NULL,
    cjsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT fjx_czlx_ck CHECK ((czlx = ANY (ARRAY['I'::bpchar, 'U'::bpchar, 'D'::bpchar])))
);

ALTER TABLE ONLY outbox.fjx REPLICA IDENTITY FULL;

--
-- Name: TABLE fjx; Type: COMMENT; Schema: outbox; Owner: -
--

COMMENT ON TABLE outbox.fjx IS '发件箱：交易业务办结时由触发器写入的共享交易库变更，S1 捕获后写入 jy_front.share_jy；只追加';

--
-- Name: COLUMN fjx.id; Type: COMMENT; Schema: outbox; Owner: -
--

COMMENT ON COLUMN outbox.fjx.id IS 'ID（主键，递增，即发件顺序）';

--
-- Name: COLUMN fjx.ywh; Type: COMMENT; Schema: outbox; Owner: -
--

COMMENT ON COLUMN outbox.fjx.ywh IS '交易业务号（yw.jyyw.ywh）';

--
-- Name: COLUMN fjx.ywlx; Type: COMMENT; Schema: outbox; Owner: -
--

COMMENT ON COLUMN outbox.fjx.ywlx IS '业务类型（同 yw.jyyw.ywlx）';

--
-- Name: COLUMN fjx.mbb; Type: COMMENT; Schema: outbox; Owner: -
--

COMMENT ON COLUMN outbox.fjx.mbb IS '目标表名（share_jy 中的表，如 gxzb、chh_sc、spfht）';

--
-- Name: COLUMN fjx.czlx; Type: COMMENT; Schema: outbox; Owner: -
--

COMMENT ON COLUMN outbox.fjx.czlx IS '操作类型：I 新增 / U 修改 / D 删除';

--
-- Name: COLUMN fjx.sjnr; Type: COMMENT; Schema: outbox; Owner: -
--

COMMENT ON COLUMN outbox.fjx.sjnr IS '数据内容（目标表一行的全部列，JSON；删除时为被删行的主键列）';

--
-- Name: COLUMN fjx.cjsj; Type: COMMENT; Schema: outbox; Owner: -
--

COMMENT ON COLUMN outbox.fjx.cjsj IS '创建时间';

--
-- Name: fjx_id_seq; Type: SEQUENCE; Schema: outbox; Owner: -
--

CREATE SEQUENCE outbox.fjx_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: fjx_id_seq; Type: SEQUENCE OWNED BY; Schema: outbox; Owner: -
--

ALTER SEQUENCE outbox.fjx_id_seq OWNED BY outbox.fjx.id;

--
-- Name: alembic_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alembic_version (
    version_num character varying(32) NOT NULL
);

--
-- Name: dcl; Type: TABLE; Schema: stg; Owner: -
--

CREATE TABLE stg.dcl (
    id bigint NOT NULL,
    jyzt character varying(10) NOT NULL,
    djzl character varying(10) NOT NULL,
    CONSTRAINT dcl_jyzt_ck CHECK (((jyzt)::text = ANY ((ARRAY['待校验'::character varying, '合格'::character varying, '不合格'::character varying])::text[])))
);

--
-- Name: TABLE dcl; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON TABLE stg.dcl IS '待处理队列：尚未入库的暂存行（stg.djsj 中校验状态为 待校验、合格、不合格 的行）及其状态与登记种类；由触发器 stg.djsj_dcl 与校验运行维护，认领、不合格队列与统计从它找行';

--
-- Name: COLUMN dcl.id; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.dcl.id IS '暂存行ID（stg.djsj.id）';

--
-- Name: COLUMN dcl.jyzt; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.dcl.jyzt IS '校验状态（同 stg.djsj.jyzt）：待校验 / 合格（待入库）/ 不合格';

--
-- Name: COLUMN dcl.djzl; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.dcl.djzl IS '登记种类（同 stg.djsj.djzl）';

--
-- Name: djsj; Type: TABLE; Schema: stg; Owner: -
--

CREATE TABLE stg.djsj (
    id bigint NOT NULL,
    lybm character varying(100) NOT NULL,
    lyzj text NOT NULL,
    ywh text,
    djlx character varying(10),
    qllx character varying(10),
    djzl character varying(10) NOT NULL,
    bdcdyh character varying(28),
    fwbm character varying(32),
    czlx character(1) DEFAULT 'I'::bpchar NOT NULL,
    sjnr jsonb NOT NULL,
    lywz bigint,
    jssj timestamp with time zone DEFAULT now() NOT NULL,
    jyzt character varying(10) DEFAULT '待校验'::character varying NOT NULL,
    jyjg jsonb,
    jysj timestamp with time zone,
    rksj timestamp with time zone,
    CONSTRAINT djsj_czlx_ck CHECK ((czlx = ANY (ARRAY['I'::bpchar, 'U'::bpchar, 'D'::bpchar]))),
    CONSTRAINT djsj_djzl_ck CHECK (((djzl)::text = ANY ((ARRAY['所有权'::character varying, '抵押权'::character varying, '预告'::character varying, '预抵押'::character varying, '查封'::character varying, '异议'::character varying, '注销'::character varying, '权利人'::character varying, '证书'::character varying, '影像'::character varying, '单元'::character varying, '土地'::character varying, '收费'::character varying, '赋码申请'::character varying, '其他'::character varying])::text[]))),
    CONSTRAINT djsj_jyzt_ck CHECK (((jyzt)::text = ANY ((ARRAY['待校验'::character varying, '合格'::character varying, '不合格'::character varying, '已入库'::character varying])::text[])))
)
WITH (fillfactor='50');

--
-- Name: TABLE djsj; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON TABLE stg.djsj IS '登记数据暂存：S4 从 jy_front.share_dj 搬入的原始行，各种登记数据共用一表；校验过程标记合格或不合格，入库过程把合格行写入 djjg';

--
-- Name: COLUMN djsj.id; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.id IS 'ID（主键）';

--
-- Name: COLUMN djsj.lybm; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.lybm IS '来源表名（share_dj 中的表，如 dbjg、qlr）';

--
-- Name: COLUMN djsj.lyzj; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.lyzj IS '来源主键（源行主键值的文本形式，多列以 | 连接）';

--
-- Name: COLUMN djsj.ywh; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.ywh IS '登记业务号（取自源行）';

--
-- Name: COLUMN djsj.djlx; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.djlx IS '登记类型（原值，未经字典校验）';

--
-- Name: COLUMN djsj.qllx; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.qllx IS '权利类型（原值，未经字典校验）';

--
-- Name: COLUMN djsj.djzl; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.djzl IS '登记种类（决定由哪个校验过程处理）：所有权 / 抵押权 / 预告 / 预抵押 / 查封 / 异议 / 注销 / 权利人 / 证书 / 影像 / 单元 / 土地 / 收费 / 赋码申请 / 其他';

--
-- Name: COLUMN djsj.bdcdyh; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.bdcdyh IS '不动产单元号（取自源行）';

--
-- Name: COLUMN djsj.fwbm; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.fwbm IS '房屋编码（取自源行）';

--
-- Name: COLUMN djsj.czlx; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.czlx IS '来源操作类型：I 新增 / U 修改 / D 删除';

--
-- Name: COLUMN djsj.sjnr; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.sjnr IS '数据内容（源行全部列，JSON）';

--
-- Name: COLUMN djsj.lywz; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.lywz IS '来源位置（源库 WAL LSN，整数形式）';

--
-- Name: COLUMN djsj.jssj; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.jssj IS '接收时间';

--
-- Name: COLUMN djsj.jyzt; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.jyzt IS '校验状态：待校验 / 合格 / 不合格 / 已入库；源行再次变更时重置为待校验';

--
-- Name: COLUMN djsj.jyjg; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.jyjg IS '校验结果：不通过的规则数组 [{"gzdm","gzmc","yzcd","zd","xx"}]（错误与警告），合格且无警告时为空';

--
-- Name: COLUMN djsj.jysj; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.jysj IS '校验时间';

--
-- Name: COLUMN djsj.rksj; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.djsj.rksj IS '入库时间（写入 djjg 的时间）';

--
-- Name: djsj_id_seq; Type: SEQUENCE; Schema: stg; Owner: -
--

CREATE SEQUENCE stg.djsj_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: djsj_id_seq; Type: SEQUENCE OWNED BY; Schema: stg; Owner: -
--

ALTER SEQUENCE stg.djsj_id_seq OWNED BY stg.djsj.id;

--
-- Name: jygz; Type: TABLE; Schema: stg; Owner: -
--

CREATE TABLE stg.jygz (
    gzdm character varying(20) NOT NULL,
    djzl character varying(10),
    lybm character varying(100),
    gzmc text NOT NULL,
    gzsm text NOT NULL,
    zd text,
    yzcd character varying(10) DEFAULT '错误'::character varying NOT NULL,
    jcgc character varying(100) NOT NULL,
    cs jsonb,
    yj text,
    qy boolean DEFAULT true NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    CONSTRAINT jygz_dmz_ck CHECK (((qy AND ((yzcd)::text = '错误'::text)) OR ((jcgc)::text <> 'stg.jc_zd'::text))),
    CONSTRAINT jygz_jcgc_ck CHECK (((jcgc)::text ~ '^stg\.jc_[a-z_]+$'::text)),
    CONSTRAINT jygz_yzcd_ck CHECK (((yzcd)::text = ANY ((ARRAY['错误'::character varying, '警告'::character varying])::text[])))
);

--
-- Name: TABLE jygz; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON TABLE stg.jygz IS '校验规则：每条规则一行；校验过程按登记种类与来源表选出适用规则，逐条调用其检查过程（集合运算）';

--
-- Name: COLUMN jygz.gzdm; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jygz.gzdm IS '规则代码（如 SYQ01），写入暂存行的校验结果 jyjg';

--
-- Name: COLUMN jygz.djzl; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jygz.djzl IS '适用的登记种类（stg.djsj.djzl）；为空表示所有种类';

--
-- Name: COLUMN jygz.lybm; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jygz.lybm IS '适用的来源表（stg.djsj.lybm，如 dbjg、dbjg_dy、qlr）；为空表示所有来源表';

--
-- Name: COLUMN jygz.gzmc; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jygz.gzmc IS '规则名称（中文，简短）';

--
-- Name: COLUMN jygz.gzsm; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jygz.gzsm IS '规则说明（中文：检查什么、不通过时怎么改）';

--
-- Name: COLUMN jygz.zd; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jygz.zd IS '所查字段（TD/T 1066 字段名，多个以逗号分隔）';

--
-- Name: COLUMN jygz.yzcd; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jygz.yzcd IS '严重程度：错误（不通过即不合格，不入库）/ 警告（记入校验结果，仍可入库）';

--
-- Name: COLUMN jygz.jcgc; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jygz.jcgc IS '检查过程：db/procedures/stg/ 下的函数名，签名 (jsonb 规则行) → TABLE(id bigint, xx text)';

--
-- Name: COLUMN jygz.cs; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jygz.cs IS '检查参数（JSON，含义见各检查过程的头注释；djxl_bh / djxl_bbh 限定登记小类包含或不包含某词）';

--
-- Name: COLUMN jygz.yj; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jygz.yj IS '依据（seed 条目或标准）';

--
-- Name: COLUMN jygz.qy; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jygz.qy IS '是否启用';

--
-- Name: COLUMN jygz.pxh; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jygz.pxh IS '排序号（校验结果按它列出）';

--
-- Name: CONSTRAINT jygz_dmz_ck ON jygz; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON CONSTRAINT jygz_dmz_ck ON stg.jygz IS '代码值规则（stg.jc_zd）代替生产表到字典的外键（jy_0015），须启用且为错误级';

--
-- Name: jypc; Type: TABLE; Schema: stg; Owner: -
--

CREATE UNLOGGED TABLE stg.jypc (
    id bigint NOT NULL,
    lybm character varying(100) NOT NULL,
    lyzj text NOT NULL,
    djzl character varying(10) NOT NULL,
    czlx character(1) NOT NULL,
    ywh text,
    bdcdyh character varying(28),
    fwbm character varying(32),
    sjnr jsonb NOT NULL,
    fzt character varying(10),
    hg boolean DEFAULT true,
    rk boolean DEFAULT true NOT NULL
);

--
-- Name: TABLE jypc; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON TABLE stg.jypc IS '校验批次：本次校验运行认领的暂存行（UNLOGGED 工作表，运行开始时清空）；检查过程与入库过程只读写它';

--
-- Name: COLUMN jypc.id; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jypc.id IS '暂存行ID（stg.djsj.id）';

--
-- Name: COLUMN jypc.lybm; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jypc.lybm IS '来源表';

--
-- Name: COLUMN jypc.lyzj; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jypc.lyzj IS '来源主键文本';

--
-- Name: COLUMN jypc.djzl; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jypc.djzl IS '登记种类';

--
-- Name: COLUMN jypc.czlx; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jypc.czlx IS '操作类型 I/U/D';

--
-- Name: COLUMN jypc.ywh; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jypc.ywh IS '登记业务号';

--
-- Name: COLUMN jypc.bdcdyh; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jypc.bdcdyh IS '不动产单元号';

--
-- Name: COLUMN jypc.fwbm; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jypc.fwbm IS '房屋编码';

--
-- Name: COLUMN jypc.sjnr; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jypc.sjnr IS '行映像；登簿结果单元（dbjg_dy）行为所属登簿结果的映像叠加本行字段';

--
-- Name: COLUMN jypc.fzt; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jypc.fzt IS '登簿结果单元行：所属登簿结果暂存行的校验状态（无则为空）';

--
-- Name: COLUMN jypc.hg; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jypc.hg IS '本次校验是否合格（没有不通过的错误级规则）；认领时为 true，校验后不合格的行改为 false';

--
-- Name: COLUMN jypc.rk; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jypc.rk IS '本次是否入库（合格且所依赖的行已入库或同批入库）；认领时为 true，不合格与待入库的行改为 false';

--
-- Name: jysb; Type: TABLE; Schema: stg; Owner: -
--

CREATE UNLOGGED TABLE stg.jysb (
    id bigint NOT NULL,
    gzdm character varying(20) NOT NULL,
    xx text
);

--
-- Name: TABLE jysb; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON TABLE stg.jysb IS '校验失败：本批每个暂存行每条不通过的规则一行（UNLOGGED 工作表）';

--
-- Name: COLUMN jysb.id; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jysb.id IS '暂存行ID';

--
-- Name: COLUMN jysb.gzdm; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jysb.gzdm IS '规则代码';

--
-- Name: COLUMN jysb.xx; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON COLUMN stg.jysb.xx IS '不通过的具体情况（中文，指明字段与值）';

--
-- Name: gc; Type: TABLE; Schema: xz; Owner: -
--

CREATE TABLE xz.gc (
    gcm character varying(60) NOT NULL,
    mc text NOT NULL,
    sm text NOT NULL,
    djzl character varying(10)[],
    gzdm character varying(20)[],
    cs jsonb NOT NULL,
    qy boolean DEFAULT true NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    CONSTRAINT gc_cs_ck CHECK ((jsonb_typeof(cs) = 'array'::text)),
    CONSTRAINT gc_gcm_ck CHECK (((gcm)::text ~ '^xz\.[a-z_]+$'::text))
);

--
-- Name: TABLE gc; Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON TABLE xz.gc IS '修正过程目录：数据管理员可用的每个修正过程一行；执行器 xz.run 只执行本表中已启用的过程';

--
-- Name: COLUMN gc.gcm; Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON COLUMN xz.gc.gcm IS '过程名（模式.函数名，如 xz.mj_lpb；函数签名为 (p_ids bigint[], p_cs jsonb) → TABLE(id bigint, gx jsonb)）';

--
-- Name: COLUMN gc.mc; Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON COLUMN xz.gc.mc IS '中文名称（简短，列在对接工具的修正菜单中）';

--
-- Name: COLUMN gc.sm; Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON COLUMN xz.gc.sm IS '说明（给业务人员看的中文：改哪个字段、改成什么、什么情况下不改）';

--
-- Name: COLUMN gc.djzl; Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON COLUMN xz.gc.djzl IS '适用的登记种类（stg.djsj.djzl 的取值）；为空表示所有种类';

--
-- Name: COLUMN gc.gzdm; Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON COLUMN xz.gc.gzdm IS '所修正的校验规则代码（stg.jygz.gzdm），对接工具在这些规则不通过的行旁提示本过程；为空表示不特别对应某条规则';

--
-- Name: COLUMN gc.cs; Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON COLUMN xz.gc.cs IS '参数说明：JSON 数组，每个参数一个对象 {"name" 参数名, "label" 中文标签, "type" 类型 field（行映像中的字段，从列表选）/ text / number / choice（另有 "choices": [可选值]）, "required" 是否必填, "help" 填写说明}';

--
-- Name: COLUMN gc.qy; Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON COLUMN xz.gc.qy IS '是否启用（停用的过程不列出、不能执行）';

--
-- Name: COLUMN gc.pxh; Type: COMMENT; Schema: xz; Owner: -
--

COMMENT ON COLUMN xz.gc.pxh IS '排序号（列出时按它排序）';

--
-- Name: bz; Type: TABLE; Schema: ycsl; Owner: -
--

CREATE TABLE ycsl.bz (
    id bigint NOT NULL,
    slbh character varying(50) NOT NULL,
    xh integer NOT NULL,
    hjmc text NOT NULL,
    jg character varying(10) NOT NULL,
    sm text,
    czr text,
    sj timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
    CONSTRAINT bz_jg_ck CHECK (((jg)::text = ANY ((ARRAY['通过'::character varying, '不通过'::character varying, '驳回'::character varying, '撤件'::character varying, '完成'::character varying])::text[])))
);

--
-- Name: TABLE bz; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON TABLE ycsl.bz IS '办件步骤：每件一窗申请办理的各步骤与结果（办件审核进度 getProgress 所示），由 ycsl.bz_jl 写入；有交易业务时同时记入 yw.jyyw_hj';

--
-- Name: COLUMN bz.id; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.bz.id IS 'ID（主键）';

--
-- Name: COLUMN bz.slbh; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.bz.slbh IS '一窗受理号（ycsl.sj.slbh）';

--
-- Name: COLUMN bz.xh; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.bz.xh IS '步骤序号（同一受理号内从 1 起递增）';

--
-- Name: COLUMN bz.hjmc; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.bz.hjmc IS '环节名称（如 收件、预录、前置收件、受理、审核、签约、备案、交易确定、撤件、登簿完成）';

--
-- Name: COLUMN bz.jg; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.bz.jg IS '结果：通过 / 不通过 / 驳回 / 撤件 / 完成';

--
-- Name: COLUMN bz.sm; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.bz.sm IS '说明（如交易安全校验不通过的中文原因、生成的合同编号与备案号）';

--
-- Name: COLUMN bz.czr; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.bz.czr IS '经办人';

--
-- Name: COLUMN bz.sj; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.bz.sj IS '步骤完成时间';

--
-- Name: bz_id_seq; Type: SEQUENCE; Schema: ycsl; Owner: -
--

CREATE SEQUENCE ycsl.bz_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: bz_id_seq; Type: SEQUENCE OWNED BY; Schema: ycsl; Owner: -
--

ALTER SEQUENCE ycsl.bz_id_seq OWNED BY ycsl.bz.id;

--
-- Name: clfhtbah_xl; Type: SEQUENCE; Schema: ycsl; Owner: -
--

CREATE SEQUENCE ycsl.clfhtbah_xl
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: SEQUENCE clfhtbah_xl; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON SEQUENCE ycsl.clfhtbah_xl IS '存量房合同备案号序列：备案号为 CLBA + 年份 + 8 位序号';

--
-- Name: clfhtbh_xl; Type: SEQUENCE; Schema: ycsl; Owner: -
--

CREATE SEQUENCE ycsl.clfhtbh_xl
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: SEQUENCE clfhtbh_xl; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON SEQUENCE ycsl.clfhtbh_xl IS '存量房合同编号序列：合同编号为 CLF + 年份 + 8 位序号（与存量数据同一格式）';

--
-- Name: dybah_xl; Type: SEQUENCE; Schema: ycsl; Owner: -
--

CREATE SEQUENCE ycsl.dybah_xl
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: SEQUENCE dybah_xl; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON SEQUENCE ycsl.dybah_xl IS '抵押备案号序列：备案号为 DYBA + 年份 + 8 位序号';

--
-- Name: fj; Type: TABLE; Schema: ycsl; Owner: -
--

CREATE TABLE ycsl.fj (
    id bigint NOT NULL,
    slbh character varying(50),
    htbh character varying(50),
    fjlx character varying(10) NOT NULL,
    wjm text NOT NULL,
    wjlx character varying(100) NOT NULL,
    dx bigint NOT NULL,
    sha256 character(64) NOT NULL,
    scsj timestamp with time zone DEFAULT now() NOT NULL,
    ly character varying(10) DEFAULT '一窗'::character varying NOT NULL,
    CONSTRAINT fj_dx_ck CHECK ((dx >= 0)),
    CONSTRAINT fj_fjlx_ck CHECK (((fjlx)::text = ANY ((ARRAY['申报附件'::character varying, '签字页'::character varying, '电子合同'::character varying, '房屋影像'::character varying])::text[]))),
    CONSTRAINT fj_gs_ck CHECK (((slbh IS NOT NULL) OR (htbh IS NOT NULL))),
    CONSTRAINT fj_ly_ck CHECK (((ly)::text = ANY ((ARRAY['一窗'::character varying, '平台'::character varying])::text[]))),
    CONSTRAINT fj_sha256_ck CHECK ((sha256 ~ '^[0-9a-f]{64}$'::text))
);

--
-- Name: TABLE fj; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON TABLE ycsl.fj IS '附件：一窗申报附件、合同签字页、电子合同、房屋影像的文件信息；文件本身在数据库之外按 SHA-256 摘要存放';

--
-- Name: COLUMN fj.id; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.fj.id IS 'ID（主键）';

--
-- Name: COLUMN fj.slbh; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.fj.slbh IS '一窗受理号（属于某件申请时填写）';

--
-- Name: COLUMN fj.htbh; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.fj.htbh IS '合同编号（签字页、电子合同等属于某份合同时填写）';

--
-- Name: COLUMN fj.fjlx; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.fj.fjlx IS '附件类型：申报附件 / 签字页 / 电子合同 / 房屋影像';

--
-- Name: COLUMN fj.wjm; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.fj.wjm IS '文件名';

--
-- Name: COLUMN fj.wjlx; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.fj.wjlx IS '文件类型（MIME，如 application/pdf、image/jpeg）';

--
-- Name: COLUMN fj.dx; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.fj.dx IS '文件大小（字节）';

--
-- Name: COLUMN fj.sha256; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.fj.sha256 IS '文件内容的 SHA-256 摘要（64 位小写十六进制），即文件的存放键';

--
-- Name: COLUMN fj.scsj; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.fj.scsj IS '上传（接收）时间';

--
-- Name: COLUMN fj.ly; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.fj.ly IS '来源：一窗（一窗受理平台上传）/ 平台（本平台生成，如盖业务章的电子合同）';

--
-- Name: fj_id_seq; Type: SEQUENCE; Schema: ycsl; Owner: -
--

CREATE SEQUENCE ycsl.fj_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: fj_id_seq; Type: SEQUENCE OWNED BY; Schema: ycsl; Owner: -
--

ALTER SEQUENCE ycsl.fj_id_seq OWNED BY ycsl.fj.id;

--
-- Name: qq; Type: TABLE; Schema: ycsl; Owner: -
--

CREATE TABLE ycsl.qq (
    cz character varying(64) NOT NULL,
    jz character varying(100) NOT NULL,
    qqid character varying(100) NOT NULL,
    dy jsonb NOT NULL,
    sj timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: TABLE qq; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON TABLE ycsl.qq IS '请求幂等：接收类操作按（操作, 业务键, 请求编号）记下第一次的应答；同一请求再来时原样返回，不再办理';

--
-- Name: COLUMN qq.cz; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.qq.cz IS '操作（receiveApplication、receiveSignatureImages、withdrawApplication、receiveRegistrationCompleted）';

--
-- Name: COLUMN qq.jz; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.qq.jz IS '业务键（一窗受理号 slbh、合同编号 htbh，或登记业务号）';

--
-- Name: COLUMN qq.qqid; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.qq.qqid IS '调用方的请求编号';

--
-- Name: COLUMN qq.dy; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.qq.dy IS '第一次的应答（JSON）';

--
-- Name: COLUMN qq.sj; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.qq.sj IS '第一次应答的时间';

--
-- Name: sbr; Type: TABLE; Schema: ycsl; Owner: -
--

CREATE TABLE ycsl.sbr (
    id bigint NOT NULL,
    sj_id bigint NOT NULL,
    sxh integer NOT NULL,
    jslx character varying(10) NOT NULL,
    mc text NOT NULL,
    zjzl character varying(10),
    zjhm character varying(50),
    dh character varying(50),
    CONSTRAINT sbr_jslx_ck CHECK (((jslx)::text = ANY ((ARRAY['出卖人'::character varying, '买受人'::character varying, '抵押人'::character varying, '抵押权人'::character varying, '代理人'::character varying])::text[])))
);

--
-- Name: TABLE sbr; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON TABLE ycsl.sbr IS '申报人：一窗收件时的申报人信息（再次受理时按新申报替换）';

--
-- Name: COLUMN sbr.id; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sbr.id IS 'ID（主键）';

--
-- Name: COLUMN sbr.sj_id; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sbr.sj_id IS '所属收件（ycsl.sj.id）';

--
-- Name: COLUMN sbr.sxh; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sbr.sxh IS '顺序号（申报时的顺序，从 1 起）';

--
-- Name: COLUMN sbr.jslx; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sbr.jslx IS '角色：出卖人 / 买受人 / 抵押人 / 抵押权人 / 代理人';

--
-- Name: COLUMN sbr.mc; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sbr.mc IS '名称（姓名或单位名称）';

--
-- Name: COLUMN sbr.zjzl; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sbr.zjzl IS '证件种类（zd.zjzl 代码；申报的代码或名称换成代码）';

--
-- Name: COLUMN sbr.zjhm; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sbr.zjhm IS '证件号码';

--
-- Name: COLUMN sbr.dh; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sbr.dh IS '电话';

--
-- Name: sbr_id_seq; Type: SEQUENCE; Schema: ycsl; Owner: -
--

CREATE SEQUENCE ycsl.sbr_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: sbr_id_seq; Type: SEQUENCE OWNED BY; Schema: ycsl; Owner: -
--

ALTER SEQUENCE ycsl.sbr_id_seq OWNED BY ycsl.sbr.id;

--
-- Name: sj; Type: TABLE; Schema: ycsl; Owner: -
--

CREATE TABLE ycsl.sj (
    id bigint NOT NULL,
    slbh character varying(50) NOT NULL,
    lc character varying(10) NOT NULL,
    zt character varying(12) NOT NULL,
    fwbm character varying(32),
    h_id bigint,
    htlx character varying(10),
    htbh character varying(50),
    dyba_id bigint,
    jyywh text,
    sbxx jsonb,
    xd boolean DEFAULT false NOT NULL,
    xdyy text,
    djywh text,
    bdcqzh character varying(100),
    djsj timestamp with time zone,
    czr text,
    jssj timestamp with time zone DEFAULT now() NOT NULL,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sj_db_ck CHECK ((((zt)::text <> '已登簿'::text) OR (djywh IS NOT NULL))),
    CONSTRAINT sj_htlx_ck CHECK (((htlx)::text = ANY ((ARRAY['spfht'::character varying, 'clfht'::character varying])::text[]))),
    CONSTRAINT sj_lc_ck CHECK (((lc)::text = ANY ((ARRAY['CLFWQ'::character varying, 'JYBA'::character varying, 'DYBA'::character varying])::text[]))),
    CONSTRAINT sj_xd_ck CHECK (((NOT xd) OR (xdyy IS NOT NULL))),
    CONSTRAINT sj_zt_ck CHECK (((zt)::text = ANY ((ARRAY['预录'::character varying, '已备案'::character varying, '已确认'::character varying, '待完善'::character varying, '已驳回'::character varying, '未通过'::character varying, '已撤件'::character varying, '已登簿'::character varying])::text[])))
);

--
-- Name: TABLE sj; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON TABLE ycsl.sj IS '一窗收件：一窗受理平台分发来的每件申请一行（一窗受理号唯一），记流程、办理状态、所涉房屋与合同、交易业务、二次受理限定与登簿完成信息；由 ycsl.sj_js 等过程写入';

--
-- Name: COLUMN sj.id; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.id IS 'ID（主键）';

--
-- Name: COLUMN sj.slbh; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.slbh IS '一窗受理号（一窗受理平台的受理编号，唯一）';

--
-- Name: COLUMN sj.lc; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.lc IS '流程：CLFWQ 存量房网签（§5.2.2.3-1）/ JYBA 交易备案（§5.2.2.3-2）/ DYBA 抵押备案（§5.2.2.3-3）';

--
-- Name: COLUMN sj.zt; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.zt IS '办理状态：预录（存量房签约预录，待签字页）/ 已备案 / 已确认（交易确定或抵押备案完成）/ 待完善（转入不动产权属数据完善）/ 已驳回（前置收件不合格，退回一窗）/ 未通过（审核未通过）/ 已撤件 / 已登簿';

--
-- Name: COLUMN sj.fwbm; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.fwbm IS '房屋编码（申报基本信息所记）';

--
-- Name: COLUMN sj.h_id; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.h_id IS '房屋（lpb.h.id）';

--
-- Name: COLUMN sj.htlx; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.htlx IS '合同类型：spfht 商品房合同 / clfht 存量房合同（有合同时）';

--
-- Name: COLUMN sj.htbh; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.htbh IS '合同编号（存量房网签为本件生成的合同；交易备案为申报的合同；抵押备案为关联的买卖合同，可空）';

--
-- Name: COLUMN sj.dyba_id; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.dyba_id IS '本件办理的抵押备案（ht.dyba.id）';

--
-- Name: COLUMN sj.jyywh; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.jyywh IS '本件生成的交易业务号（yw.jyyw.ywh；前置收件驳回或待完善时为空）';

--
-- Name: COLUMN sj.sbxx; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.sbxx IS '申报基本信息（收到的 JSON 原样）';

--
-- Name: COLUMN sj.xd; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.xd IS '二次受理限定：驳回时挂起，挂起期间同一受理号不能再次受理，由 ycsl.xd_jc 解除（记操作日志）';

--
-- Name: COLUMN sj.xdyy; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.xdyy IS '二次受理限定原因（驳回原因）';

--
-- Name: COLUMN sj.djywh; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.djywh IS '登记业务号（登簿完成信息所记）';

--
-- Name: COLUMN sj.bdcqzh; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.bdcqzh IS '不动产权证书号或证明号（登簿完成信息所记）';

--
-- Name: COLUMN sj.djsj; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.djsj IS '登簿时间';

--
-- Name: COLUMN sj.czr; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.czr IS '收件经办人（调用方传入，如一窗受理平台的合作方名）';

--
-- Name: COLUMN sj.jssj; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.jssj IS '收件时间';

--
-- Name: COLUMN sj.gxsj; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.sj.gxsj IS '更新时间';

--
-- Name: sj_id_seq; Type: SEQUENCE; Schema: ycsl; Owner: -
--

CREATE SEQUENCE ycsl.sj_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: sj_id_seq; Type: SEQUENCE OWNED BY; Schema: ycsl; Owner: -
--

ALTER SEQUENCE ycsl.sj_id_seq OWNED BY ycsl.sj.id;

--
-- Name: spfhtbah_xl; Type: SEQUENCE; Schema: ycsl; Owner: -
--

CREATE SEQUENCE ycsl.spfhtbah_xl
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: SEQUENCE spfhtbah_xl; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON SEQUENCE ycsl.spfhtbah_xl IS '商品房合同备案号序列：备案号为 BA + 年份 + 8 位序号';

--
-- Name: ts_id_seq; Type: SEQUENCE; Schema: ycsl; Owner: -
--

CREATE SEQUENCE ycsl.ts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: ts_id_seq; Type: SEQUENCE OWNED BY; Schema: ycsl; Owner: -
--

ALTER SEQUENCE ycsl.ts_id_seq OWNED BY ycsl.ts.id;

--
-- Name: tsrz; Type: TABLE; Schema: ycsl; Owner: -
--

CREATE TABLE ycsl.tsrz (
    id bigint NOT NULL,
    ts_id bigint NOT NULL,
    sj timestamp with time zone DEFAULT now() NOT NULL,
    cg boolean NOT NULL,
    hs numeric(10,3),
    cw text,
    dy jsonb
);

--
-- Name: TABLE tsrz; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON TABLE ycsl.tsrz IS '推送调用日志：向一窗受理平台的每次推送尝试一行（成功与否、耗时、错误、应答），由 ycsl.ts_jg 写入';

--
-- Name: COLUMN tsrz.id; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.tsrz.id IS 'ID（主键）';

--
-- Name: COLUMN tsrz.ts_id; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.tsrz.ts_id IS '推送（ycsl.ts.id）';

--
-- Name: COLUMN tsrz.sj; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.tsrz.sj IS '尝试时间（记录时）';

--
-- Name: COLUMN tsrz.cg; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.tsrz.cg IS '是否成功';

--
-- Name: COLUMN tsrz.hs; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.tsrz.hs IS '耗时（毫秒）';

--
-- Name: COLUMN tsrz.cw; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.tsrz.cw IS '错误信息（失败时）';

--
-- Name: COLUMN tsrz.dy; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.tsrz.dy IS '对方的应答（JSON）';

--
-- Name: tsrz_id_seq; Type: SEQUENCE; Schema: ycsl; Owner: -
--

CREATE SEQUENCE ycsl.tsrz_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: tsrz_id_seq; Type: SEQUENCE OWNED BY; Schema: ycsl; Owner: -
--

ALTER SEQUENCE ycsl.tsrz_id_seq OWNED BY ycsl.tsrz.id;

--
-- Name: wsrw; Type: TABLE; Schema: ycsl; Owner: -
--

CREATE TABLE ycsl.wsrw (
    id bigint NOT NULL,
    slbh character varying(50) NOT NULL,
    fwbm character varying(32),
    qsnr text[] NOT NULL,
    zt character varying(10) DEFAULT '待完善'::character varying NOT NULL,
    cjsj timestamp with time zone DEFAULT now() NOT NULL,
    wcsj timestamp with time zone,
    CONSTRAINT wsrw_wc_ck CHECK ((((zt)::text = '待完善'::text) OR (wcsj IS NOT NULL))),
    CONSTRAINT wsrw_zt_ck CHECK (((zt)::text = ANY ((ARRAY['待完善'::character varying, '已完善'::character varying])::text[])))
);

--
-- Name: TABLE wsrw; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON TABLE ycsl.wsrw IS '不动产权属数据完善任务：抵押备案前置收件发现不动产登记信息不完备（无单元、无现势房地产权、无证书号、抵押人不是权利人）时转入，由数据管理人员完善（seed §5.2.2.3-3 第 1 项）';

--
-- Name: COLUMN wsrw.id; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.wsrw.id IS 'ID（主键）';

--
-- Name: COLUMN wsrw.slbh; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.wsrw.slbh IS '一窗受理号（ycsl.sj.slbh）';

--
-- Name: COLUMN wsrw.fwbm; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.wsrw.fwbm IS '房屋编码';

--
-- Name: COLUMN wsrw.qsnr; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.wsrw.qsnr IS '缺少的内容（中文，每项一条）';

--
-- Name: COLUMN wsrw.zt; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.wsrw.zt IS '状态：待完善 / 已完善（同一受理号再次受理且信息已完备时置为已完善）';

--
-- Name: COLUMN wsrw.cjsj; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.wsrw.cjsj IS '建立时间';

--
-- Name: COLUMN wsrw.wcsj; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON COLUMN ycsl.wsrw.wcsj IS '完善时间';

--
-- Name: wsrw_id_seq; Type: SEQUENCE; Schema: ycsl; Owner: -
--

CREATE SEQUENCE ycsl.wsrw_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: wsrw_id_seq; Type: SEQUENCE OWNED BY; Schema: ycsl; Owner: -
--

ALTER SEQUENCE ycsl.wsrw_id_seq OWNED BY ycsl.wsrw.id;

--
-- Name: ywh_xl; Type: SEQUENCE; Schema: ycsl; Owner: -
--

CREATE SEQUENCE ycsl.ywh_xl
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: SEQUENCE ywh_xl; Type: COMMENT; Schema: ycsl; Owner: -
--

COMMENT ON SEQUENCE ycsl.ywh_xl IS '一窗交易业务号序列：业务号为 YC + 年份 + 9 位序号';

--
-- Name: fmywh_xl; Type: SEQUENCE; Schema: yw; Owner: -
--

CREATE SEQUENCE yw.fmywh_xl
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: SEQUENCE fmywh_xl; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON SEQUENCE yw.fmywh_xl IS '赋码业务号序列：业务号为 FM + 年份 + 9 位序号';

--
-- Name: jyyw; Type: TABLE; Schema: yw; Owner: -
--

CREATE TABLE yw.jyyw (
    id bigint NOT NULL,
    ywh text NOT NULL,
    ywlx character varying(10) NOT NULL,
    slbh character varying(50),
    fwbm character varying(32),
    h_id bigint,
    htbh character varying(50),
    qxdm character varying(12),
    zt character varying(10) DEFAULT '在办'::character varying NOT NULL,
    slsj timestamp with time zone DEFAULT now() NOT NULL,
    bjsj timestamp with time zone,
    slr text,
    bz text,
    gxsj timestamp with time zone DEFAULT now() NOT NULL,
    xmbh character varying(50),
    CONSTRAINT jyyw_bjsj_ck CHECK ((((zt)::text = '在办'::text) OR (bjsj IS NOT NULL))),
    CONSTRAINT jyyw_ywlx_ck CHECK (((ywlx)::text = ANY ((ARRAY['CHRK'::character varying, 'FWBM'::character varying, 'SPFWQ'::character varying, 'SPFBA'::character varying, 'CLFWQ'::character varying, 'CLFBA'::character varying, 'JYQR'::character varying, 'HTCX'::character varying, 'XZXZ'::character varying, 'XZJC'::character varying, 'DYBA'::character varying, 'DYZX'::character varying, 'QT'::character varying])::text[]))),
    CONSTRAINT jyyw_zt_ck CHECK (((zt)::text = ANY ((ARRAY['在办'::character varying, '办结'::character varying, '撤件'::character varying, '驳回'::character varying])::text[])))
);

--
-- Name: TABLE jyyw; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON TABLE yw.jyyw IS '交易业务：房管端每件业务一行，交易业务号 ywh 是与登记端、一窗受理对接的业务键';

--
-- Name: COLUMN jyyw.id; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw.id IS '业务ID（主键）';

--
-- Name: COLUMN jyyw.ywh; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw.ywh IS '交易业务号（唯一）';

--
-- Name: COLUMN jyyw.ywlx; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw.ywlx IS '业务类型：CHRK 测绘入库，FWBM 房屋编码赋码，SPFWQ 商品房网签，SPFBA 商品房合同备案，CLFWQ 存量房网签，CLFBA 存量房合同备案，JYQR 交易确认，HTCX 合同撤销（撤销网签或备案），XZXZ 行政限制设立，XZJC 行政限制解除，DYBA 抵押备案，DYZX 抵押备案注销，QT 其他';

--
-- Name: COLUMN jyyw.slbh; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw.slbh IS '一窗受理号（经一窗受理平台发起时填写）';

--
-- Name: COLUMN jyyw.fwbm; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw.fwbm IS '房屋编码（单套业务；多套业务见合同或抵押备案明细）';

--
-- Name: COLUMN jyyw.h_id; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw.h_id IS '房屋（lpb.h.id，单套业务时填写）';

--
-- Name: COLUMN jyyw.htbh; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw.htbh IS '所涉合同编号（商品房或存量房合同）';

--
-- Name: COLUMN jyyw.qxdm; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw.qxdm IS '区县代码（zd.xzqh）';

--
-- Name: COLUMN jyyw.zt; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw.zt IS '业务状态：在办 / 办结 / 撤件 / 驳回（非在办时办结时间必填）';

--
-- Name: COLUMN jyyw.slsj; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw.slsj IS '受理时间';

--
-- Name: COLUMN jyyw.bjsj; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw.bjsj IS '办结时间（办结、撤件、驳回的时间）';

--
-- Name: COLUMN jyyw.slr; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw.slr IS '受理人';

--
-- Name: COLUMN jyyw.bz; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw.bz IS '备注';

--
-- Name: COLUMN jyyw.gxsj; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw.gxsj IS '更新时间';

--
-- Name: COLUMN jyyw.xmbh; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw.xmbh IS '项目编号：测绘入库等按项目办理的业务所属项目（lpb.xm.xmbh）';

--
-- Name: jyyw_hj; Type: TABLE; Schema: yw; Owner: -
--

CREATE TABLE yw.jyyw_hj (
    id bigint NOT NULL,
    ywh text NOT NULL,
    hjxh integer DEFAULT 1 NOT NULL,
    hjmc text NOT NULL,
    jg character varying(10),
    kssj timestamp with time zone DEFAULT now() NOT NULL,
    jssj timestamp with time zone,
    czr text,
    bz text,
    CONSTRAINT jyyw_hj_jg_ck CHECK (((jg)::text = ANY ((ARRAY['通过'::character varying, '不通过'::character varying, '退回'::character varying, '撤件'::character varying])::text[]))),
    CONSTRAINT jyyw_hj_jssj_ck CHECK ((jssj >= kssj))
);

--
-- Name: TABLE jyyw_hj; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON TABLE yw.jyyw_hj IS '交易业务环节：业务办理的各步骤（受理、审核、备案、确认…），供办件进度查询（getProgress）';

--
-- Name: COLUMN jyyw_hj.id; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw_hj.id IS '环节ID（主键）';

--
-- Name: COLUMN jyyw_hj.ywh; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw_hj.ywh IS '交易业务号（yw.jyyw.ywh）';

--
-- Name: COLUMN jyyw_hj.hjxh; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw_hj.hjxh IS '环节序号（业务内顺序）';

--
-- Name: COLUMN jyyw_hj.hjmc; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw_hj.hjmc IS '环节名称（如 受理、审核、备案、交易确认）';

--
-- Name: COLUMN jyyw_hj.jg; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw_hj.jg IS '办理结果：通过 / 不通过 / 退回 / 撤件（环节未结束时为空）';

--
-- Name: COLUMN jyyw_hj.kssj; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw_hj.kssj IS '开始时间';

--
-- Name: COLUMN jyyw_hj.jssj; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw_hj.jssj IS '结束时间';

--
-- Name: COLUMN jyyw_hj.czr; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw_hj.czr IS '操作人';

--
-- Name: COLUMN jyyw_hj.bz; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON COLUMN yw.jyyw_hj.bz IS '备注（意见）';

--
-- Name: jyyw_hj_id_seq; Type: SEQUENCE; Schema: yw; Owner: -
--

CREATE SEQUENCE yw.jyyw_hj_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: jyyw_hj_id_seq; Type: SEQUENCE OWNED BY; Schema: yw; Owner: -
--

ALTER SEQUENCE yw.jyyw_hj_id_seq OWNED BY yw.jyyw_hj.id;

--
-- Name: jyyw_id_seq; Type: SEQUENCE; Schema: yw; Owner: -
--

CREATE SEQUENCE yw.jyyw_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: jyyw_id_seq; Type: SEQUENCE OWNED BY; Schema: yw; Owner: -
--

ALTER SEQUENCE yw.jyyw_id_seq OWNED BY yw.jyyw.id;

--
-- Name: ajzt; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.ajzt (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE ajzt; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.ajzt IS '字典：案件状态（AJZT）';

--
-- Name: COLUMN ajzt.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.ajzt.dm IS '代码（主键）';

--
-- Name: COLUMN ajzt.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.ajzt.mc IS '名称';

--
-- Name: COLUMN ajzt.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.ajzt.pxh IS '排序号';

--
-- Name: COLUMN ajzt.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.ajzt.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN ajzt.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.ajzt.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN ajzt.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.ajzt.bz IS '备注';

--
-- Name: cflx; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.cflx (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE cflx; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.cflx IS '字典：查封类型（CFLX）';

--
-- Name: COLUMN cflx.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.cflx.dm IS '代码（主键）';

--
-- Name: COLUMN cflx.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.cflx.mc IS '名称';

--
-- Name: COLUMN cflx.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.cflx.pxh IS '排序号';

--
-- Name: COLUMN cflx.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.cflx.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN cflx.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.cflx.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN cflx.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.cflx.bz IS '备注';

--
-- Name: djlx; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.djlx (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE djlx; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.djlx IS '字典：登记类型（DJLX）';

--
-- Name: COLUMN djlx.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.djlx.dm IS '代码（主键）';

--
-- Name: COLUMN djlx.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.djlx.mc IS '名称';

--
-- Name: COLUMN djlx.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.djlx.pxh IS '排序号';

--
-- Name: COLUMN djlx.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.djlx.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN djlx.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.djlx.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN djlx.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.djlx.bz IS '备注';

--
-- Name: dmyy; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.dmyy (
    bm character varying(100) NOT NULL,
    lm character varying(100) NOT NULL,
    dmb character varying(100) NOT NULL
);

--
-- Name: TABLE dmyy; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.dmyy IS '代码引用：生产登记表的代码列取自哪张代码表（jy_0015 去掉的外键）；入库前由代码值规则检查，字典一侧由触发器 zd.dm_yy 保护';

--
-- Name: COLUMN dmyy.bm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.dmyy.bm IS '引用表（模式.表，如 djjg.fdcq）';

--
-- Name: COLUMN dmyy.lm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.dmyy.lm IS '代码列';

--
-- Name: COLUMN dmyy.dmb; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.dmyy.dmb IS '代码表（模式.表，如 zd.fwyt），代码列为 dm';

--
-- Name: dybdclx; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.dybdclx (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE dybdclx; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.dybdclx IS '字典：抵押不动产类型（DYBDCLX）';

--
-- Name: COLUMN dybdclx.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.dybdclx.dm IS '代码（主键）';

--
-- Name: COLUMN dybdclx.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.dybdclx.mc IS '名称';

--
-- Name: COLUMN dybdclx.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.dybdclx.pxh IS '排序号';

--
-- Name: COLUMN dybdclx.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.dybdclx.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN dybdclx.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.dybdclx.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN dybdclx.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.dybdclx.bz IS '备注';

--
-- Name: dyfs; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.dyfs (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE dyfs; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.dyfs IS '字典：抵押方式（DYFS）';

--
-- Name: COLUMN dyfs.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.dyfs.dm IS '代码（主键）';

--
-- Name: COLUMN dyfs.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.dyfs.mc IS '名称';

--
-- Name: COLUMN dyfs.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.dyfs.pxh IS '排序号';

--
-- Name: COLUMN dyfs.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.dyfs.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN dyfs.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.dyfs.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN dyfs.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.dyfs.bz IS '备注';

--
-- Name: fwjg; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.fwjg (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE fwjg; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.fwjg IS '字典：房屋结构（FWJG）';

--
-- Name: COLUMN fwjg.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwjg.dm IS '代码（主键）';

--
-- Name: COLUMN fwjg.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwjg.mc IS '名称';

--
-- Name: COLUMN fwjg.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwjg.pxh IS '排序号';

--
-- Name: COLUMN fwjg.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwjg.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN fwjg.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwjg.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN fwjg.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwjg.bz IS '备注';

--
-- Name: fwlx; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.fwlx (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE fwlx; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.fwlx IS '字典：房屋类型（FWLX）';

--
-- Name: COLUMN fwlx.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwlx.dm IS '代码（主键）';

--
-- Name: COLUMN fwlx.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwlx.mc IS '名称';

--
-- Name: COLUMN fwlx.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwlx.pxh IS '排序号';

--
-- Name: COLUMN fwlx.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwlx.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN fwlx.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwlx.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN fwlx.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwlx.bz IS '备注';

--
-- Name: fwxz; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.fwxz (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE fwxz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.fwxz IS '字典：房屋性质（FWXZ）';

--
-- Name: COLUMN fwxz.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwxz.dm IS '代码（主键）';

--
-- Name: COLUMN fwxz.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwxz.mc IS '名称';

--
-- Name: COLUMN fwxz.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwxz.pxh IS '排序号';

--
-- Name: COLUMN fwxz.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwxz.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN fwxz.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwxz.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN fwxz.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwxz.bz IS '备注';

--
-- Name: fwyt; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.fwyt (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    sjdm character varying(10),
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE fwyt; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.fwyt IS '字典：房屋用途（FWYT，规划用途 GHYT 同表）';

--
-- Name: COLUMN fwyt.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwyt.dm IS '代码（主键）';

--
-- Name: COLUMN fwyt.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwyt.mc IS '名称';

--
-- Name: COLUMN fwyt.sjdm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwyt.sjdm IS '上级代码（本表 dm，大类为空）';

--
-- Name: COLUMN fwyt.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwyt.pxh IS '排序号';

--
-- Name: COLUMN fwyt.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwyt.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN fwyt.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwyt.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN fwyt.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.fwyt.bz IS '备注';

--
-- Name: gyfs; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.gyfs (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE gyfs; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.gyfs IS '字典：共有方式（GYFS）';

--
-- Name: COLUMN gyfs.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.gyfs.dm IS '代码（主键）';

--
-- Name: COLUMN gyfs.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.gyfs.mc IS '名称';

--
-- Name: COLUMN gyfs.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.gyfs.pxh IS '排序号';

--
-- Name: COLUMN gyfs.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.gyfs.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN gyfs.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.gyfs.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN gyfs.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.gyfs.bz IS '备注';

--
-- Name: hx; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.hx (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE hx; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.hx IS '字典：户型（HX）';

--
-- Name: COLUMN hx.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.hx.dm IS '代码（主键）';

--
-- Name: COLUMN hx.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.hx.mc IS '名称';

--
-- Name: COLUMN hx.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.hx.pxh IS '排序号';

--
-- Name: COLUMN hx.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.hx.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN hx.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.hx.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN hx.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.hx.bz IS '备注';

--
-- Name: hxjg; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.hxjg (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE hxjg; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.hxjg IS '字典：户型结构（HXJG）';

--
-- Name: COLUMN hxjg.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.hxjg.dm IS '代码（主键）';

--
-- Name: COLUMN hxjg.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.hxjg.mc IS '名称';

--
-- Name: COLUMN hxjg.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.hxjg.pxh IS '排序号';

--
-- Name: COLUMN hxjg.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.hxjg.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN hxjg.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.hxjg.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN hxjg.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.hxjg.bz IS '备注';

--
-- Name: jzwzt; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.jzwzt (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE jzwzt; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.jzwzt IS '字典：建筑物状态（JZWZT）';

--
-- Name: COLUMN jzwzt.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.jzwzt.dm IS '代码（主键）';

--
-- Name: COLUMN jzwzt.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.jzwzt.mc IS '名称';

--
-- Name: COLUMN jzwzt.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.jzwzt.pxh IS '排序号';

--
-- Name: COLUMN jzwzt.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.jzwzt.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN jzwzt.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.jzwzt.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN jzwzt.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.jzwzt.bz IS '备注';

--
-- Name: mjdw; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.mjdw (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE mjdw; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.mjdw IS '字典：面积单位（MJDW）';

--
-- Name: COLUMN mjdw.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.mjdw.dm IS '代码（主键）';

--
-- Name: COLUMN mjdw.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.mjdw.mc IS '名称';

--
-- Name: COLUMN mjdw.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.mjdw.pxh IS '排序号';

--
-- Name: COLUMN mjdw.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.mjdw.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN mjdw.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.mjdw.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN mjdw.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.mjdw.bz IS '备注';

--
-- Name: qllx; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.qllx (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE qllx; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.qllx IS '字典：权利类型（QLLX）；1–22、99 两版一致；22 以上各版本不同，来源见 ly';

--
-- Name: COLUMN qllx.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qllx.dm IS '代码（主键）';

--
-- Name: COLUMN qllx.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qllx.mc IS '名称';

--
-- Name: COLUMN qllx.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qllx.pxh IS '排序号';

--
-- Name: COLUMN qllx.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qllx.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN qllx.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qllx.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN qllx.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qllx.bz IS '备注';

--
-- Name: qlrlx; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.qlrlx (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE qlrlx; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.qlrlx IS '字典：权利人类型（QLRLX）';

--
-- Name: COLUMN qlrlx.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qlrlx.dm IS '代码（主键）';

--
-- Name: COLUMN qlrlx.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qlrlx.mc IS '名称';

--
-- Name: COLUMN qlrlx.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qlrlx.pxh IS '排序号';

--
-- Name: COLUMN qlrlx.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qlrlx.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN qlrlx.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qlrlx.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN qlrlx.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qlrlx.bz IS '备注';

--
-- Name: qszt; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.qszt (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE qszt; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.qszt IS '字典：权属状态（QSZT）';

--
-- Name: COLUMN qszt.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qszt.dm IS '代码（主键）';

--
-- Name: COLUMN qszt.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qszt.mc IS '名称';

--
-- Name: COLUMN qszt.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qszt.pxh IS '排序号';

--
-- Name: COLUMN qszt.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qszt.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN qszt.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qszt.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN qszt.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.qszt.bz IS '备注';

--
-- Name: xb; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.xb (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE xb; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.xb IS '字典：性别（XB）';

--
-- Name: COLUMN xb.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.xb.dm IS '代码（主键）';

--
-- Name: COLUMN xb.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.xb.mc IS '名称';

--
-- Name: COLUMN xb.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.xb.pxh IS '排序号';

--
-- Name: COLUMN xb.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.xb.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN xb.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.xb.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN xb.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.xb.bz IS '备注';

--
-- Name: xzqh; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.xzqh (
    dm character varying(12) NOT NULL,
    mc character varying(100) NOT NULL,
    jb character varying(10) NOT NULL,
    sjdm character varying(12),
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text,
    CONSTRAINT xzqh_jb_ck CHECK (((jb)::text = ANY ((ARRAY['省'::character varying, '市'::character varying, '市辖区'::character varying, '县'::character varying, '县级市'::character varying])::text[])))
);

--
-- Name: TABLE xzqh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.xzqh IS '字典：行政区划（GB/T 2260），达州市及所辖区县；区县代码 qxdm 引用本表';

--
-- Name: COLUMN xzqh.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.xzqh.dm IS '行政区划代码（主键，6位；留有余量以备乡镇街道9位代码）';

--
-- Name: COLUMN xzqh.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.xzqh.mc IS '名称';

--
-- Name: COLUMN xzqh.jb; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.xzqh.jb IS '级别：省 / 市 / 市辖区 / 县 / 县级市';

--
-- Name: COLUMN xzqh.sjdm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.xzqh.sjdm IS '上级代码（本表 dm；达州市为空）';

--
-- Name: COLUMN xzqh.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.xzqh.pxh IS '排序号';

--
-- Name: COLUMN xzqh.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.xzqh.yxbz IS '有效标志（false 为已撤销的区划，历史数据仍可引用）';

--
-- Name: COLUMN xzqh.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.xzqh.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN xzqh.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.xzqh.bz IS '备注';

--
-- Name: ygdjzl; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.ygdjzl (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE ygdjzl; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.ygdjzl IS '字典：预告登记种类（YGDJZL）';

--
-- Name: COLUMN ygdjzl.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.ygdjzl.dm IS '代码（主键）';

--
-- Name: COLUMN ygdjzl.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.ygdjzl.mc IS '名称';

--
-- Name: COLUMN ygdjzl.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.ygdjzl.pxh IS '排序号';

--
-- Name: COLUMN ygdjzl.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.ygdjzl.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN ygdjzl.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.ygdjzl.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN ygdjzl.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.ygdjzl.bz IS '备注';

--
-- Name: zjzl; Type: TABLE; Schema: zd; Owner: -
--

CREATE TABLE zd.zjzl (
    dm character varying(10) NOT NULL,
    mc character varying(100) NOT NULL,
    pxh integer DEFAULT 0 NOT NULL,
    yxbz boolean DEFAULT true NOT NULL,
    ly text,
    bz text
);

--
-- Name: TABLE zjzl; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TABLE zd.zjzl IS '字典：证件种类（ZJZL）；8 统一社会信用代码为本地扩展';

--
-- Name: COLUMN zjzl.dm; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.zjzl.dm IS '代码（主键）';

--
-- Name: COLUMN zjzl.mc; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.zjzl.mc IS '名称';

--
-- Name: COLUMN zjzl.pxh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.zjzl.pxh IS '排序号';

--
-- Name: COLUMN zjzl.yxbz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.zjzl.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';

--
-- Name: COLUMN zjzl.ly; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.zjzl.ly IS '来源（标准及版本说明）';

--
-- Name: COLUMN zjzl.bz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON COLUMN zd.zjzl.bz IS '备注';

--
-- Name: dyty id; Type: DEFAULT; Schema: aq; Owner: -
--

ALTER TABLE ONLY aq.dyty ALTER COLUMN id SET DEFAULT nextval('aq.dyty_id_seq'::regclass);

--
-- Name: fx id; Type: DEFAULT; Schema: aq; Owner: -
--

ALTER TABLE ONLY aq.fx ALTER COLUMN id SET DEFAULT nextval('aq.fx_id_seq'::regclass);

--
-- Name: czrz id; Type: DEFAULT; Schema: audit; Owner: -
--

ALTER TABLE ONLY audit.czrz ALTER COLUMN id SET DEFAULT nextval('audit.czrz_id_seq'::regclass);

--
-- Name: bdcdy id; Type: DEFAULT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.bdcdy ALTER COLUMN id SET DEFAULT nextval('djjg.bdcdy_id_seq'::regclass);

--
-- Name: cfdj id; Type: DEFAULT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.cfdj ALTER COLUMN id SET DEFAULT nextval('djjg.cfdj_id_seq'::regclass);

--
-- Name: djyw id; Type: DEFAULT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.djyw ALTER COLUMN id SET DEFAULT nextval('djjg.djyw_id_seq'::regclass);

--
-- Name: dyaq id; Type: DEFAULT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.dyaq ALTER COLUMN id SET DEFAULT nextval('djjg.dyaq_id_seq'::regclass);

--
-- Name: dyaq_dy id; Type: DEFAULT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.dyaq_dy ALTER COLUMN id SET DEFAULT nextval('djjg.dyaq_dy_id_seq'::regclass);

--
-- Name: fdcq id; Type: DEFAULT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.fdcq ALTER COLUMN id SET DEFAULT nextval('djjg.fdcq_id_seq'::regclass);

--
-- Name: qlr id; Type: DEFAULT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.qlr ALTER COLUMN id SET DEFAULT nextval('djjg.qlr_id_seq'::regclass);

--
-- Name: sf id; Type: DEFAULT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.sf ALTER COLUMN id SET DEFAULT nextval('djjg.sf_id_seq'::regclass);

--
-- Name: td id; Type: DEFAULT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.td ALTER COLUMN id SET DEFAULT nextval('djjg.td_id_seq'::regclass);

--
-- Name: ygdj id; Type: DEFAULT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.ygdj ALTER COLUMN id SET DEFAULT nextval('djjg.ygdj_id_seq'::regclass);

--
-- Name: yx id; Type: DEFAULT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.yx ALTER COLUMN id SET DEFAULT nextval('djjg.yx_id_seq'::regclass);

--
-- Name: yydj id; Type: DEFAULT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.yydj ALTER COLUMN id SET DEFAULT nextval('djjg.yydj_id_seq'::regclass);

--
-- Name: zs id; Type: DEFAULT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.zs ALTER COLUMN id SET DEFAULT nextval('djjg.zs_id_seq'::regclass);

--
-- Name: zxdj id; Type: DEFAULT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.zxdj ALTER COLUMN id SET DEFAULT nextval('djjg.zxdj_id_seq'::regclass);

--
-- Name: fw_dy id; Type: DEFAULT; Schema: gl; Owner: -
--

ALTER TABLE ONLY gl.fw_dy ALTER COLUMN id SET DEFAULT nextval('gl.fw_dy_id_seq'::regclass);

--
-- Name: yw_gl id; Type: DEFAULT; Schema: gl; Owner: -
--

ALTER TABLE ONLY gl.yw_gl ALTER COLUMN id SET DEFAULT nextval('gl.yw_gl_id_seq'::regclass);

--
-- Name: clfht id; Type: DEFAULT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.clfht ALTER COLUMN id SET DEFAULT nextval('ht.clfht_id_seq'::regclass);

--
-- Name: clfht_dsr id; Type: DEFAULT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.clfht_dsr ALTER COLUMN id SET DEFAULT nextval('ht.clfht_dsr_id_seq'::regclass);

--
-- Name: dyba id; Type: DEFAULT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.dyba ALTER COLUMN id SET DEFAULT nextval('ht.dyba_id_seq'::regclass);

--
-- Name: dyba_h id; Type: DEFAULT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.dyba_h ALTER COLUMN id SET DEFAULT nextval('ht.dyba_h_id_seq'::regclass);

--
-- Name: spfht id; Type: DEFAULT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.spfht ALTER COLUMN id SET DEFAULT nextval('ht.spfht_id_seq'::regclass);

--
-- Name: spfht_dsr id; Type: DEFAULT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.spfht_dsr ALTER COLUMN id SET DEFAULT nextval('ht.spfht_dsr_id_seq'::regclass);

--
-- Name: xzxz id; Type: DEFAULT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.xzxz ALTER COLUMN id SET DEFAULT nextval('ht.xzxz_id_seq'::regclass);

--
-- Name: btbg id; Type: DEFAULT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.btbg ALTER COLUMN id SET DEFAULT nextval('jh.btbg_id_seq'::regclass);

--
-- Name: ddcl id; Type: DEFAULT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.ddcl ALTER COLUMN id SET DEFAULT nextval('jh.ddcl_id_seq'::regclass);

--
-- Name: lygz id; Type: DEFAULT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.lygz ALTER COLUMN id SET DEFAULT nextval('jh.lygz_id_seq'::regclass);

--
-- Name: rwjl id; Type: DEFAULT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.rwjl ALTER COLUMN id SET DEFAULT nextval('jh.rwjl_id_seq'::regclass);

--
-- Name: sx id; Type: DEFAULT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.sx ALTER COLUMN id SET DEFAULT nextval('jh.sx_id_seq'::regclass);

--
-- Name: wzf id; Type: DEFAULT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.wzf ALTER COLUMN id SET DEFAULT nextval('jh.wzf_id_seq'::regclass);

--
-- Name: dyrz id; Type: DEFAULT; Schema: jk; Owner: -
--

ALTER TABLE ONLY jk.dyrz ALTER COLUMN id SET DEFAULT nextval('jk.dyrz_id_seq'::regclass);

--
-- Name: hzf id; Type: DEFAULT; Schema: jk; Owner: -
--

ALTER TABLE ONLY jk.hzf ALTER COLUMN id SET DEFAULT nextval('jk.hzf_id_seq'::regclass);

--
-- Name: c id; Type: DEFAULT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.c ALTER COLUMN id SET DEFAULT nextval('lpb.c_id_seq'::regclass);

--
-- Name: fwbm_fp id; Type: DEFAULT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.fwbm_fp ALTER COLUMN id SET DEFAULT nextval('lpb.fwbm_fp_id_seq'::regclass);

--
-- Name: h id; Type: DEFAULT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.h ALTER COLUMN id SET DEFAULT nextval('lpb.h_id_seq'::regclass);

--
-- Name: ljz id; Type: DEFAULT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.ljz ALTER COLUMN id SET DEFAULT nextval('lpb.ljz_id_seq'::regclass);

--
-- Name: xm id; Type: DEFAULT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.xm ALTER COLUMN id SET DEFAULT nextval('lpb.xm_id_seq'::regclass);

--
-- Name: zrz id; Type: DEFAULT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.zrz ALTER COLUMN id SET DEFAULT nextval('lpb.zrz_id_seq'::regclass);

--
-- Name: fjx id; Type: DEFAULT; Schema: outbox; Owner: -
--

ALTER TABLE ONLY outbox.fjx ALTER COLUMN id SET DEFAULT nextval('outbox.fjx_id_seq'::regclass);

--
-- Name: djsj id; Type: DEFAULT; Schema: stg; Owner: -
--

ALTER TABLE ONLY stg.djsj ALTER COLUMN id SET DEFAULT nextval('stg.djsj_id_seq'::regclass);

--
-- Name: bz id; Type: DEFAULT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.bz ALTER COLUMN id SET DEFAULT nextval('ycsl.bz_id_seq'::regclass);

--
-- Name: fj id; Type: DEFAULT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.fj ALTER COLUMN id SET DEFAULT nextval('ycsl.fj_id_seq'::regclass);

--
-- Name: sbr id; Type: DEFAULT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.sbr ALTER COLUMN id SET DEFAULT nextval('ycsl.sbr_id_seq'::regclass);

--
-- Name: sj id; Type: DEFAULT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.sj ALTER COLUMN id SET DEFAULT nextval('ycsl.sj_id_seq'::regclass);

--
-- Name: ts id; Type: DEFAULT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.ts ALTER COLUMN id SET DEFAULT nextval('ycsl.ts_id_seq'::regclass);

--
-- Name: tsrz id; Type: DEFAULT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.tsrz ALTER COLUMN id SET DEFAULT nextval('ycsl.tsrz_id_seq'::regclass);

--
-- Name: wsrw id; Type: DEFAULT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.wsrw ALTER COLUMN id SET DEFAULT nextval('ycsl.wsrw_id_seq'::regclass);

--
-- Name: jyyw id; Type: DEFAULT; Schema: yw; Owner: -
--

ALTER TABLE ONLY yw.jyyw ALTER COLUMN id SET DEFAULT nextval('yw.jyyw_id_seq'::regclass);

--
-- Name: jyyw_hj id; Type: DEFAULT; Schema: yw; Owner: -
--

ALTER TABLE ONLY yw.jyyw_hj ALTER COLUMN id SET DEFAULT nextval('yw.jyyw_hj_id_seq'::regclass);

--
-- Name: dyty dyty_pk; Type: CONSTRAINT; Schema: aq; Owner: -
--

ALTER TABLE ONLY aq.dyty
    ADD CONSTRAINT dyty_pk PRIMARY KEY (id);

--
-- Name: fx fx_pk; Type: CONSTRAINT; Schema: aq; Owner: -
--

ALTER TABLE ONLY aq.fx
    ADD CONSTRAINT fx_pk PRIMARY KEY (id);

--
-- Name: gz gz_pk; Type: CONSTRAINT; Schema: aq; Owner: -
--

ALTER TABLE ONLY aq.gz
    ADD CONSTRAINT gz_pk PRIMARY KEY (gzbm);

--
-- Name: sz sz_pk; Type: CONSTRAINT; Schema: aq; Owner: -
--

ALTER TABLE ONLY aq.sz
    ADD CONSTRAINT sz_pk PRIMARY KEY (csm);

--
-- Name: czrz czrz_pk; Type: CONSTRAINT; Schema: audit; Owner: -
--

ALTER TABLE ONLY audit.czrz
    ADD CONSTRAINT czrz_pk PRIMARY KEY (id);

--
-- Name: bdcdy bdcdy_bdcdyh_uq; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.bdcdy
    ADD CONSTRAINT bdcdy_bdcdyh_uq UNIQUE (bdcdyh);

--
-- Name: bdcdy bdcdy_pk; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.bdcdy
    ADD CONSTRAINT bdcdy_pk PRIMARY KEY (id);

--
-- Name: cfdj cfdj_pk; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.cfdj
    ADD CONSTRAINT cfdj_pk PRIMARY KEY (id);

--
-- Name: cfdj cfdj_ywh_bdcdyh_uq; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.cfdj
    ADD CONSTRAINT cfdj_ywh_bdcdyh_uq UNIQUE (ywh, bdcdyh);

--
-- Name: djyw djyw_pk; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.djyw
    ADD CONSTRAINT djyw_pk PRIMARY KEY (id);

--
-- Name: djyw djyw_ywh_uq; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.djyw
    ADD CONSTRAINT djyw_ywh_uq UNIQUE (ywh);

--
-- Name: dyaq_dy dyaq_dy_pk; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.dyaq_dy
    ADD CONSTRAINT dyaq_dy_pk PRIMARY KEY (id);

--
-- Name: dyaq_dy dyaq_dy_ywh_bdcdyh_uq; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.dyaq_dy
    ADD CONSTRAINT dyaq_dy_ywh_bdcdyh_uq UNIQUE (ywh, bdcdyh);

--
-- Name: dyaq dyaq_pk; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.dyaq
    ADD CONSTRAINT dyaq_pk PRIMARY KEY (id);

--
-- Name: dyaq dyaq_ywh_uq; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.dyaq
    ADD CONSTRAINT dyaq_ywh_uq UNIQUE (ywh);

--
-- Name: fdcq fdcq_pk; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.fdcq
    ADD CONSTRAINT fdcq_pk PRIMARY KEY (id);

--
-- Name: fdcq fdcq_ywh_bdcdyh_uq; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.fdcq
    ADD CONSTRAINT fdcq_ywh_bdcdyh_uq UNIQUE (ywh, bdcdyh);

--
-- Name: qlr qlr_pk; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.qlr
    ADD CONSTRAINT qlr_pk PRIMARY KEY (id);

--
-- Name: qlr qlr_ywh_sqrlb_sxh_uq; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.qlr
    ADD CONSTRAINT qlr_ywh_sqrlb_sxh_uq UNIQUE (ywh, sqrlb, sxh);

--
-- Name: sf sf_pk; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.sf
    ADD CONSTRAINT sf_pk PRIMARY KEY (id);

--
-- Name: sf sf_ywh_sxh_uq; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.sf
    ADD CONSTRAINT sf_ywh_sxh_uq UNIQUE (ywh, sxh);

--
-- Name: td td_pk; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.td
    ADD CONSTRAINT td_pk PRIMARY KEY (id);

--
-- Name: td td_zddm_uq; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.td
    ADD CONSTRAINT td_zddm_uq UNIQUE (zddm);

--
-- Name: ygdj ygdj_pk; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.ygdj
    ADD CONSTRAINT ygdj_pk PRIMARY KEY (id);

--
-- Name: ygdj ygdj_ywh_bdcdyh_uq; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.ygdj
    ADD CONSTRAINT ygdj_ywh_bdcdyh_uq UNIQUE (ywh, bdcdyh);

--
-- Name: yx yx_pk; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.yx
    ADD CONSTRAINT yx_pk PRIMARY KEY (id);

--
-- Name: yx yx_ywh_sha256_uq; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.yx
    ADD CONSTRAINT yx_ywh_sha256_uq UNIQUE (ywh, sha256);

--
-- Name: yydj yydj_pk; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.yydj
    ADD CONSTRAINT yydj_pk PRIMARY KEY (id);

--
-- Name: yydj yydj_ywh_bdcdyh_uq; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.yydj
    ADD CONSTRAINT yydj_ywh_bdcdyh_uq UNIQUE (ywh, bdcdyh);

--
-- Name: zs zs_bdcqzh_uq; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.zs
    ADD CONSTRAINT zs_bdcqzh_uq UNIQUE (bdcqzh);

--
-- Name: zs zs_pk; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.zs
    ADD CONSTRAINT zs_pk PRIMARY KEY (id);

--
-- Name: zxdj zxdj_pk; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.zxdj
    ADD CONSTRAINT zxdj_pk PRIMARY KEY (id);

--
-- Name: zxdj zxdj_ywh_zxywh_bdcdyh_uq; Type: CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.zxdj
    ADD CONSTRAINT zxdj_ywh_zxywh_bdcdyh_uq UNIQUE (ywh, zxywh, bdcdyh);

--
-- Name: yh yh_pk; Type: CONSTRAINT; Schema: gj; Owner: -
--

ALTER TABLE ONLY gj.yh
    ADD CONSTRAINT yh_pk PRIMARY KEY (yhm);

--
-- Name: bdd bdd_pk; Type: CONSTRAINT; Schema: gl; Owner: -
--

ALTER TABLE ONLY gl.bdd
    ADD CONSTRAINT bdd_pk PRIMARY KEY (fwbm, bdcdyh);

--
-- Name: drhc drhc_pk; Type: CONSTRAINT; Schema: gl; Owner: -
--

ALTER TABLE ONLY gl.drhc
    ADD CONSTRAINT drhc_pk PRIMARY KEY (pc, hh);

--
-- Name: dytz dytz_pk; Type: CONSTRAINT; Schema: gl; Owner: -
--

ALTER TABLE ONLY gl.dytz
    ADD CONSTRAINT dytz_pk PRIMARY KEY (bdcdyh);

--
-- Name: fw_dy fw_dy_bdcdyh_uq; Type: CONSTRAINT; Schema: gl; Owner: -
--

ALTER TABLE ONLY gl.fw_dy
    ADD CONSTRAINT fw_dy_bdcdyh_uq UNIQUE (bdcdyh);

--
-- Name: fw_dy fw_dy_fwbm_uq; Type: CONSTRAINT; Schema: gl; Owner: -
--

ALTER TABLE ONLY gl.fw_dy
    ADD CONSTRAINT fw_dy_fwbm_uq UNIQUE (fwbm);

--
-- Name: fw_dy fw_dy_pk; Type: CONSTRAINT; Schema: gl; Owner: -
--

ALTER TABLE ONLY gl.fw_dy
    ADD CONSTRAINT fw_dy_pk PRIMARY KEY (id);

--
-- Name: fwtz fwtz_pk; Type: CONSTRAINT; Schema: gl; Owner: -
--

ALTER TABLE ONLY gl.fwtz
    ADD CONSTRAINT fwtz_pk PRIMARY KEY (fwbm);

--
-- Name: hxd hxd_pk; Type: CONSTRAINT; Schema: gl; Owner: -
--

ALTER TABLE ONLY gl.hxd
    ADD CONSTRAINT hxd_pk PRIMARY KEY (fwbm, bdcdyh);

--
-- Name: xmbm xmbm_pk; Type: CONSTRAINT; Schema: gl; Owner: -
--

ALTER TABLE ONLY gl.xmbm
    ADD CONSTRAINT xmbm_pk PRIMARY KEY (bm);

--
-- Name: yw_gl yw_gl_djywh_sjdjywh_gllx_uq; Type: CONSTRAINT; Schema: gl; Owner: -
--

ALTER TABLE ONLY gl.yw_gl
    ADD CONSTRAINT yw_gl_djywh_sjdjywh_gllx_uq UNIQUE (djywh, sjdjywh, gllx);

--
-- Name: yw_gl yw_gl_jyywh_djywh_gllx_uq; Type: CONSTRAINT; Schema: gl; Owner: -
--

ALTER TABLE ONLY gl.yw_gl
    ADD CONSTRAINT yw_gl_jyywh_djywh_gllx_uq UNIQUE (jyywh, djywh, gllx);

--
-- Name: yw_gl yw_gl_pk; Type: CONSTRAINT; Schema: gl; Owner: -
--

ALTER TABLE ONLY gl.yw_gl
    ADD CONSTRAINT yw_gl_pk PRIMARY KEY (id);

--
-- Name: clfht_dsr clfht_dsr_ht_id_jslx_sxh_uq; Type: CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.clfht_dsr
    ADD CONSTRAINT clfht_dsr_ht_id_jslx_sxh_uq UNIQUE (ht_id, jslx, sxh);

--
-- Name: clfht_dsr clfht_dsr_pk; Type: CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.clfht_dsr
    ADD CONSTRAINT clfht_dsr_pk PRIMARY KEY (id);

--
-- Name: clfht clfht_htbah_uq; Type: CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.clfht
    ADD CONSTRAINT clfht_htbah_uq UNIQUE (htbah);

--
-- Name: clfht clfht_htbh_uq; Type: CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.clfht
    ADD CONSTRAINT clfht_htbh_uq UNIQUE (htbh);

--
-- Name: clfht clfht_pk; Type: CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.clfht
    ADD CONSTRAINT clfht_pk PRIMARY KEY (id);

--
-- Name: dyba dyba_dybah_uq; Type: CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.dyba
    ADD CONSTRAINT dyba_dybah_uq UNIQUE (dybah);

--
-- Name: dyba_h dyba_h_dyba_id_h_id_uq; Type: CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.dyba_h
    ADD CONSTRAINT dyba_h_dyba_id_h_id_uq UNIQUE (dyba_id, h_id);

--
-- Name: dyba_h dyba_h_pk; Type: CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.dyba_h
    ADD CONSTRAINT dyba_h_pk PRIMARY KEY (id);

--
-- Name: dyba dyba_pk; Type: CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.dyba
    ADD CONSTRAINT dyba_pk PRIMARY KEY (id);

--
-- Name: spfht_dsr spfht_dsr_ht_id_jslx_sxh_uq; Type: CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.spfht_dsr
    ADD CONSTRAINT spfht_dsr_ht_id_jslx_sxh_uq UNIQUE (ht_id, jslx, sxh);

--
-- Name: spfht_dsr spfht_dsr_pk; Type: CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.spfht_dsr
    ADD CONSTRAINT spfht_dsr_pk PRIMARY KEY (id);

--
-- Name: spfht spfht_htbah_uq; Type: CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.spfht
    ADD CONSTRAINT spfht_htbah_uq UNIQUE (htbah);

--
-- Name: spfht spfht_htbh_uq; Type: CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.spfht
    ADD CONSTRAINT spfht_htbh_uq UNIQUE (htbh);

--
-- Name: spfht spfht_pk; Type: CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.spfht
    ADD CONSTRAINT spfht_pk PRIMARY KEY (id);

--
-- Name: xzxz xzxz_pk; Type: CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.xzxz
    ADD CONSTRAINT xzxz_pk PRIMARY KEY (id);

--
-- Name: xzxz xzxz_xzbh_uq; Type: CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.xzxz
    ADD CONSTRAINT xzxz_xzbh_uq UNIQUE (xzbh);

--
-- Name: btbg btbg_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.btbg
    ADD CONSTRAINT btbg_pk PRIMARY KEY (id);

--
-- Name: ddcl ddcl_lsl_bm_zj_uq; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.ddcl
    ADD CONSTRAINT ddcl_lsl_bm_zj_uq UNIQUE (lsl, bm, zj);

--
-- Name: ddcl ddcl_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.ddcl
    ADD CONSTRAINT ddcl_pk PRIMARY KEY (id);

--
-- Name: dsrw dsrw_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.dsrw
    ADD CONSTRAINT dsrw_pk PRIMARY KEY (id);

--
-- Name: hwz hwz_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.hwz
    ADD CONSTRAINT hwz_pk PRIMARY KEY (bm, zj);

--
-- Name: lyb lyb_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.lyb
    ADD CONSTRAINT lyb_pk PRIMARY KEY (lsl, lybm);

--
-- Name: lygz lygz_gzdm_uq; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.lygz
    ADD CONSTRAINT lygz_gzdm_uq UNIQUE (gzdm);

--
-- Name: lygz lygz_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.lygz
    ADD CONSTRAINT lygz_pk PRIMARY KEY (id);

--
-- Name: lyjc lyjc_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.lyjc
    ADD CONSTRAINT lyjc_pk PRIMARY KEY (lsl, ywh);

--
-- Name: lzt lzt_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.lzt
    ADD CONSTRAINT lzt_pk PRIMARY KEY (lsl);

--
-- Name: rwjl rwjl_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.rwjl
    ADD CONSTRAINT rwjl_pk PRIMARY KEY (id);

--
-- Name: sx sx_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.sx
    ADD CONSTRAINT sx_pk PRIMARY KEY (id);

--
-- Name: wzf wzf_lsl_bm_zj_uq; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.wzf
    ADD CONSTRAINT wzf_lsl_bm_zj_uq UNIQUE (lsl, bm, zj);

--
-- Name: wzf wzf_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.wzf
    ADD CONSTRAINT wzf_pk PRIMARY KEY (id);

--
-- Name: xh xh_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.xh
    ADD CONSTRAINT xh_pk PRIMARY KEY (id);

--
-- Name: xt xt_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.xt
    ADD CONSTRAINT xt_pk PRIMARY KEY (lsl);

--
-- Name: xzfw xzfw_pk; Type: CONSTRAINT; Schema: jh; Owner: -
--

ALTER TABLE ONLY jh.xzfw
    ADD CONSTRAINT xzfw_pk PRIMARY KEY (qxdm);

--
-- Name: dyrz dyrz_pk; Type: CONSTRAINT; Schema: jk; Owner: -
--

ALTER TABLE ONLY jk.dyrz
    ADD CONSTRAINT dyrz_pk PRIMARY KEY (id);

--
-- Name: hzf hzf_myzy_uq; Type: CONSTRAINT; Schema: jk; Owner: -
--

ALTER TABLE ONLY jk.hzf
    ADD CONSTRAINT hzf_myzy_uq UNIQUE (myzy);

--
-- Name: hzf hzf_pk; Type: CONSTRAINT; Schema: jk; Owner: -
--

ALTER TABLE ONLY jk.hzf
    ADD CONSTRAINT hzf_pk PRIMARY KEY (id);

--
-- Name: hzf hzf_yhm_uq; Type: CONSTRAINT; Schema: jk; Owner: -
--

ALTER TABLE ONLY jk.hzf
    ADD CONSTRAINT hzf_yhm_uq UNIQUE (yhm);

--
-- Name: c c_pk; Type: CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.c
    ADD CONSTRAINT c_pk PRIMARY KEY (id);

--
-- Name: c c_zrz_id_ch_uq; Type: CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.c
    ADD CONSTRAINT c_zrz_id_ch_uq UNIQUE (zrz_id, ch);

--
-- Name: fwbm_fp fwbm_fp_fwbm_uq; Type: CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.fwbm_fp
    ADD CONSTRAINT fwbm_fp_fwbm_uq UNIQUE (fwbm);

--
-- Name: fwbm_fp fwbm_fp_pk; Type: CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.fwbm_fp
    ADD CONSTRAINT fwbm_fp_pk PRIMARY KEY (id);

--
-- Name: h h_fwbm_uq; Type: CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.h
    ADD CONSTRAINT h_fwbm_uq UNIQUE (fwbm);

--
-- Name: h h_pk; Type: CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.h
    ADD CONSTRAINT h_pk PRIMARY KEY (id);

--
-- Name: ljz ljz_pk; Type: CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.ljz
    ADD CONSTRAINT ljz_pk PRIMARY KEY (id);

--
-- Name: ljz ljz_zrz_id_ljzh_uq; Type: CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.ljz
    ADD CONSTRAINT ljz_zrz_id_ljzh_uq UNIQUE (zrz_id, ljzh);

--
-- Name: xm xm_pk; Type: CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.xm
    ADD CONSTRAINT xm_pk PRIMARY KEY (id);

--
-- Name: xm xm_xmbh_uq; Type: CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.xm
    ADD CONSTRAINT xm_xmbh_uq UNIQUE (xmbh);

--
-- Name: zrz zrz_fwbm_uq; Type: CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.zrz
    ADD CONSTRAINT zrz_fwbm_uq UNIQUE (fwbm);

--
-- Name: zrz zrz_pk; Type: CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.zrz
    ADD CONSTRAINT zrz_pk PRIMARY KEY (id);

--
-- Name: zrz zrz_xm_id_zrzh_uq; Type: CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.zrz
    ADD CONSTRAINT zrz_xm_id_zrzh_uq UNIQUE (xm_id, zrzh);

--
-- Name: fjx fjx_pk; Type: CONSTRAINT; Schema: outbox; Owner: -
--

ALTER TABLE ONLY outbox.fjx
    ADD CONSTRAINT fjx_pk PRIMARY KEY (id);

--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);

--
-- Name: dcl dcl_pk; Type: CONSTRAINT; Schema: stg; Owner: -
--

ALTER TABLE ONLY stg.dcl
    ADD CONSTRAINT dcl_pk PRIMARY KEY (id);

--
-- Name: djsj djsj_lybm_lyzj_uq; Type: CONSTRAINT; Schema: stg; Owner: -
--

ALTER TABLE ONLY stg.djsj
    ADD CONSTRAINT djsj_lybm_lyzj_uq UNIQUE (lybm, lyzj);

--
-- Name: djsj djsj_pk; Type: CONSTRAINT; Schema: stg; Owner: -
--

ALTER TABLE ONLY stg.djsj
    ADD CONSTRAINT djsj_pk PRIMARY KEY (id);

--
-- Name: jygz jygz_pk; Type: CONSTRAINT; Schema: stg; Owner: -
--

ALTER TABLE ONLY stg.jygz
    ADD CONSTRAINT jygz_pk PRIMARY KEY (gzdm);

--
-- Name: jypc jypc_pk; Type: CONSTRAINT; Schema: stg; Owner: -
--

ALTER TABLE ONLY stg.jypc
    ADD CONSTRAINT jypc_pk PRIMARY KEY (id);

--
-- Name: jysb jysb_pk; Type: CONSTRAINT; Schema: stg; Owner: -
--

ALTER TABLE ONLY stg.jysb
    ADD CONSTRAINT jysb_pk PRIMARY KEY (id, gzdm);

--
-- Name: gc gc_pk; Type: CONSTRAINT; Schema: xz; Owner: -
--

ALTER TABLE ONLY xz.gc
    ADD CONSTRAINT gc_pk PRIMARY KEY (gcm);

--
-- Name: bz bz_pk; Type: CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.bz
    ADD CONSTRAINT bz_pk PRIMARY KEY (id);

--
-- Name: bz bz_slbh_xh_uq; Type: CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.bz
    ADD CONSTRAINT bz_slbh_xh_uq UNIQUE (slbh, xh);

--
-- Name: fj fj_pk; Type: CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.fj
    ADD CONSTRAINT fj_pk PRIMARY KEY (id);

--
-- Name: qq qq_pk; Type: CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.qq
    ADD CONSTRAINT qq_pk PRIMARY KEY (cz, jz, qqid);

--
-- Name: sbr sbr_pk; Type: CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.sbr
    ADD CONSTRAINT sbr_pk PRIMARY KEY (id);

--
-- Name: sbr sbr_sj_id_sxh_uq; Type: CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.sbr
    ADD CONSTRAINT sbr_sj_id_sxh_uq UNIQUE (sj_id, sxh);

--
-- Name: sj sj_pk; Type: CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.sj
    ADD CONSTRAINT sj_pk PRIMARY KEY (id);

--
-- Name: sj sj_slbh_uq; Type: CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.sj
    ADD CONSTRAINT sj_slbh_uq UNIQUE (slbh);

--
-- Name: ts ts_pk; Type: CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.ts
    ADD CONSTRAINT ts_pk PRIMARY KEY (id);

--
-- Name: tsrz tsrz_pk; Type: CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.tsrz
    ADD CONSTRAINT tsrz_pk PRIMARY KEY (id);

--
-- Name: wsrw wsrw_pk; Type: CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.wsrw
    ADD CONSTRAINT wsrw_pk PRIMARY KEY (id);

--
-- Name: jyyw_hj jyyw_hj_pk; Type: CONSTRAINT; Schema: yw; Owner: -
--

ALTER TABLE ONLY yw.jyyw_hj
    ADD CONSTRAINT jyyw_hj_pk PRIMARY KEY (id);

--
-- Name: jyyw jyyw_pk; Type: CONSTRAINT; Schema: yw; Owner: -
--

ALTER TABLE ONLY yw.jyyw
    ADD CONSTRAINT jyyw_pk PRIMARY KEY (id);

--
-- Name: jyyw jyyw_ywh_uq; Type: CONSTRAINT; Schema: yw; Owner: -
--

ALTER TABLE ONLY yw.jyyw
    ADD CONSTRAINT jyyw_ywh_uq UNIQUE (ywh);

--
-- Name: ajzt ajzt_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.ajzt
    ADD CONSTRAINT ajzt_pk PRIMARY KEY (dm);

--
-- Name: cflx cflx_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.cflx
    ADD CONSTRAINT cflx_pk PRIMARY KEY (dm);

--
-- Name: djlx djlx_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.djlx
    ADD CONSTRAINT djlx_pk PRIMARY KEY (dm);

--
-- Name: dmyy dmyy_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.dmyy
    ADD CONSTRAINT dmyy_pk PRIMARY KEY (bm, lm);

--
-- Name: dybdclx dybdclx_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.dybdclx
    ADD CONSTRAINT dybdclx_pk PRIMARY KEY (dm);

--
-- Name: dyfs dyfs_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.dyfs
    ADD CONSTRAINT dyfs_pk PRIMARY KEY (dm);

--
-- Name: fwjg fwjg_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.fwjg
    ADD CONSTRAINT fwjg_pk PRIMARY KEY (dm);

--
-- Name: fwlx fwlx_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.fwlx
    ADD CONSTRAINT fwlx_pk PRIMARY KEY (dm);

--
-- Name: fwxz fwxz_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.fwxz
    ADD CONSTRAINT fwxz_pk PRIMARY KEY (dm);

--
-- Name: fwyt fwyt_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.fwyt
    ADD CONSTRAINT fwyt_pk PRIMARY KEY (dm);

--
-- Name: gyfs gyfs_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.gyfs
    ADD CONSTRAINT gyfs_pk PRIMARY KEY (dm);

--
-- Name: hx hx_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.hx
    ADD CONSTRAINT hx_pk PRIMARY KEY (dm);

--
-- Name: hxjg hxjg_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.hxjg
    ADD CONSTRAINT hxjg_pk PRIMARY KEY (dm);

--
-- Name: jzwzt jzwzt_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.jzwzt
    ADD CONSTRAINT jzwzt_pk PRIMARY KEY (dm);

--
-- Name: mjdw mjdw_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.mjdw
    ADD CONSTRAINT mjdw_pk PRIMARY KEY (dm);

--
-- Name: qllx qllx_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.qllx
    ADD CONSTRAINT qllx_pk PRIMARY KEY (dm);

--
-- Name: qlrlx qlrlx_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.qlrlx
    ADD CONSTRAINT qlrlx_pk PRIMARY KEY (dm);

--
-- Name: qszt qszt_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.qszt
    ADD CONSTRAINT qszt_pk PRIMARY KEY (dm);

--
-- Name: xb xb_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.xb
    ADD CONSTRAINT xb_pk PRIMARY KEY (dm);

--
-- Name: xzqh xzqh_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.xzqh
    ADD CONSTRAINT xzqh_pk PRIMARY KEY (dm);

--
-- Name: ygdjzl ygdjzl_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.ygdjzl
    ADD CONSTRAINT ygdjzl_pk PRIMARY KEY (dm);

--
-- Name: zjzl zjzl_pk; Type: CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.zjzl
    ADD CONSTRAINT zjzl_pk PRIMARY KEY (dm);

--
-- Name: dyty_h_id_htbh_ix; Type: INDEX; Schema: aq; Owner: -
--

CREATE INDEX dyty_h_id_htbh_ix ON aq.dyty USING btree (h_id, htbh);

--
-- Name: fx_dxbh_h_id_ix; Type: INDEX; Schema: aq; Owner: -
--

CREATE INDEX fx_dxbh_h_id_ix ON aq.fx USING btree (dxbh, h_id);

--
-- Name: fx_gzbm_ix; Type: INDEX; Schema: aq; Owner: -
--

CREATE INDEX fx_gzbm_ix ON aq.fx USING btree (gzbm);

--
-- Name: fx_h_id_ix; Type: INDEX; Schema: aq; Owner: -
--

CREATE INDEX fx_h_id_ix ON aq.fx USING btree (h_id);

--
-- Name: czrz_czr_ix; Type: INDEX; Schema: audit; Owner: -
--

CREATE INDEX czrz_czr_ix ON audit.czrz USING btree (czr);

--
-- Name: czrz_czsj_ix; Type: INDEX; Schema: audit; Owner: -
--

CREATE INDEX czrz_czsj_ix ON audit.czrz USING btree (czsj);

--
-- Name: czrz_dxb_dxzj_ix; Type: INDEX; Schema: audit; Owner: -
--

CREATE INDEX czrz_dxb_dxzj_ix ON audit.czrz USING btree (dxb, dxzj);

--
-- Name: bdcdy_fwbm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX bdcdy_fwbm_ix ON djjg.bdcdy USING btree (fwbm);

--
-- Name: bdcdy_ywh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX bdcdy_ywh_ix ON djjg.bdcdy USING btree (ywh);

--
-- Name: cfdj_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX cfdj_bdcdyh_ix ON djjg.cfdj USING btree (bdcdyh);

--
-- Name: cfdj_fwbm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX cfdj_fwbm_ix ON djjg.cfdj USING btree (fwbm);

--
-- Name: cfdj_jfywh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX cfdj_jfywh_ix ON djjg.cfdj USING btree (jfywh);

--
-- Name: djyw_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX djyw_bdcdyh_ix ON djjg.djyw USING btree (bdcdyh);

--
-- Name: djyw_fwbm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX djyw_fwbm_ix ON djjg.djyw USING btree (fwbm);

--
-- Name: djyw_htbh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX djyw_htbh_ix ON djjg.djyw USING btree (htbh);

--
-- Name: djyw_jyywh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX djyw_jyywh_ix ON djjg.djyw USING btree (jyywh);

--
-- Name: djyw_slbh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX djyw_slbh_ix ON djjg.djyw USING btree (slbh);

--
-- Name: dyaq_bdcdjzmh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX dyaq_bdcdjzmh_ix ON djjg.dyaq USING btree (bdcdjzmh);

--
-- Name: dyaq_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX dyaq_bdcdyh_ix ON djjg.dyaq USING btree (bdcdyh);

--
-- Name: dyaq_dy_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX dyaq_dy_bdcdyh_ix ON djjg.dyaq_dy USING btree (bdcdyh);

--
-- Name: dyaq_dy_fwbm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX dyaq_dy_fwbm_ix ON djjg.dyaq_dy USING btree (fwbm);

--
-- Name: dyaq_syywh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX dyaq_syywh_ix ON djjg.dyaq USING btree (syywh);

--
-- Name: dyaq_zxdyywh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX dyaq_zxdyywh_ix ON djjg.dyaq USING btree (zxdyywh);

--
-- Name: fdcq_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX fdcq_bdcdyh_ix ON djjg.fdcq USING btree (bdcdyh);

--
-- Name: fdcq_bdcqzh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX fdcq_bdcqzh_ix ON djjg.fdcq USING btree (bdcqzh);

--
-- Name: fdcq_fwbm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX fdcq_fwbm_ix ON djjg.fdcq USING btree (fwbm);

--
-- Name: fdcq_syywh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX fdcq_syywh_ix ON djjg.fdcq USING btree (syywh);

--
-- Name: qlr_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX qlr_bdcdyh_ix ON djjg.qlr USING btree (bdcdyh);

--
-- Name: qlr_bdcqzh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX qlr_bdcqzh_ix ON djjg.qlr USING btree (bdcqzh);

--
-- Name: qlr_zjhm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX qlr_zjhm_ix ON djjg.qlr USING btree (zjhm);

--
-- Name: sf_djywh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX sf_djywh_ix ON djjg.sf USING btree (djywh);

--
-- Name: td_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX td_bdcdyh_ix ON djjg.td USING btree (bdcdyh);

--
-- Name: ygdj_bdcdjzmh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_bdcdjzmh_ix ON djjg.ygdj USING btree (bdcdjzmh);

--
-- Name: ygdj_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_bdcdyh_ix ON djjg.ygdj USING btree (bdcdyh);

--
-- Name: ygdj_fwbm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_fwbm_ix ON djjg.ygdj USING btree (fwbm);

--
-- Name: ygdj_htbh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_htbh_ix ON djjg.ygdj USING btree (htbh);

--
-- Name: ygdj_syywh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_syywh_ix ON djjg.ygdj USING btree (syywh);

--
-- Name: ygdj_ywrzjhm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_ywrzjhm_ix ON djjg.ygdj USING btree (ywrzjhm);

--
-- Name: yydj_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX yydj_bdcdyh_ix ON djjg.yydj USING btree (bdcdyh);

--
-- Name: yydj_fwbm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX yydj_fwbm_ix ON djjg.yydj USING btree (fwbm);

--
-- Name: yydj_zxyyywh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX yydj_zxyyywh_ix ON djjg.yydj USING btree (zxyyywh);

--
-- Name: zs_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX zs_bdcdyh_ix ON djjg.zs USING btree (bdcdyh);

--
-- Name: zs_ywh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX zs_ywh_ix ON djjg.zs USING btree (ywh);

--
-- Name: zxdj_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX zxdj_bdcdyh_ix ON djjg.zxdj USING btree (bdcdyh);

--
-- Name: zxdj_zxywh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX zxdj_zxywh_ix ON djjg.zxdj USING btree (zxywh);

--
-- Name: dytz_dl_ix; Type: INDEX; Schema: gl; Owner: -
--

CREATE INDEX dytz_dl_ix ON gl.dytz USING btree (gz_dl, gz_zh);

--
-- Name: dytz_fwbm_ix; Type: INDEX; Schema: gl; Owner: -
--

CREATE INDEX dytz_fwbm_ix ON gl.dytz USING btree (fwbm);

--
-- Name: dytz_xmjc_ix; Type: INDEX; Schema: gl; Owner: -
--

CREATE INDEX dytz_xmjc_ix ON gl.dytz USING btree (gz_xmjc, gz_zh);

--
-- Name: dytz_zjhm_ix; Type: INDEX; Schema: gl; Owner: -
--

CREATE INDEX dytz_zjhm_ix ON gl.dytz USING btree (zjhm);

--
-- Name: fwtz_dl_ix; Type: INDEX; Schema: gl; Owner: -
--

CREATE INDEX fwtz_dl_ix ON gl.fwtz USING btree (gz_dl, gz_zh);

--
-- Name: fwtz_xmjc_ix; Type: INDEX; Schema: gl; Owner: -
--

CREATE INDEX fwtz_xmjc_ix ON gl.fwtz USING btree (gz_xmjc, gz_zh);

--
-- Name: fwtz_zjhm_ix; Type: INDEX; Schema: gl; Owner: -
--

CREATE INDEX fwtz_zjhm_ix ON gl.fwtz USING btree (zjhm);

--
-- Name: hxd_bdcdyh_ix; Type: INDEX; Schema: gl; Owner: -
--

CREATE INDEX hxd_bdcdyh_ix ON gl.hxd USING btree (bdcdyh);

--
-- Name: yw_gl_sjdjywh_ix; Type: INDEX; Schema: gl; Owner: -
--

CREATE INDEX yw_gl_sjdjywh_ix ON gl.yw_gl USING btree (sjdjywh);

--
-- Name: clfht_bdcdyh_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX clfht_bdcdyh_ix ON ht.clfht USING btree (bdcdyh);

--
-- Name: clfht_bdcqzh_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX clfht_bdcqzh_ix ON ht.clfht USING btree (bdcqzh);

--
-- Name: clfht_dsr_gyfs_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX clfht_dsr_gyfs_ix ON ht.clfht_dsr USING btree (gyfs);

--
-- Name: clfht_dsr_qlrlx_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX clfht_dsr_qlrlx_ix ON ht.clfht_dsr USING btree (qlrlx);

--
-- Name: clfht_dsr_zjhm_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX clfht_dsr_zjhm_ix ON ht.clfht_dsr USING btree (zjhm);

--
-- Name: clfht_dsr_zjzl_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX clfht_dsr_zjzl_ix ON ht.clfht_dsr USING btree (zjzl);

--
-- Name: clfht_fwbm_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX clfht_fwbm_ix ON ht.clfht USING btree (fwbm);

--
-- Name: clfht_h_id_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX clfht_h_id_ix ON ht.clfht USING btree (h_id);

--
-- Name: clfht_h_id_yx_uq; Type: INDEX; Schema: ht; Owner: -
--

CREATE UNIQUE INDEX clfht_h_id_yx_uq ON ht.clfht USING btree (h_id) WHERE ((htzt)::text = ANY ((ARRAY['已签约'::character varying, '已备案'::character varying])::text[]));

--
-- Name: clfht_qxdm_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX clfht_qxdm_ix ON ht.clfht USING btree (qxdm);

--
-- Name: dyba_dyfs_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX dyba_dyfs_ix ON ht.dyba USING btree (dyfs);

--
-- Name: dyba_dyqrzjhm_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX dyba_dyqrzjhm_ix ON ht.dyba USING btree (dyqrzjhm);

--
-- Name: dyba_dyqrzjzl_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX dyba_dyqrzjzl_ix ON ht.dyba USING btree (dyqrzjzl);

--
-- Name: dyba_dyrzjhm_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX dyba_dyrzjhm_ix ON ht.dyba USING btree (dyrzjhm);

--
-- Name: dyba_dyrzjzl_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX dyba_dyrzjzl_ix ON ht.dyba USING btree (dyrzjzl);

--
-- Name: dyba_h_fwbm_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX dyba_h_fwbm_ix ON ht.dyba_h USING btree (fwbm);

--
-- Name: dyba_h_h_id_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX dyba_h_h_id_ix ON ht.dyba_h USING btree (h_id);

--
-- Name: dyba_htbh_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX dyba_htbh_ix ON ht.dyba USING btree (htbh);

--
-- Name: dyba_ywh_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX dyba_ywh_ix ON ht.dyba USING btree (ywh);

--
-- Name: spfht_dsr_gyfs_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX spfht_dsr_gyfs_ix ON ht.spfht_dsr USING btree (gyfs);

--
-- Name: spfht_dsr_qlrlx_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX spfht_dsr_qlrlx_ix ON ht.spfht_dsr USING btree (qlrlx);

--
-- Name: spfht_dsr_zjhm_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX spfht_dsr_zjhm_ix ON ht.spfht_dsr USING btree (zjhm);

--
-- Name: spfht_dsr_zjzl_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX spfht_dsr_zjzl_ix ON ht.spfht_dsr USING btree (zjzl);

--
-- Name: spfht_fwbm_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX spfht_fwbm_ix ON ht.spfht USING btree (fwbm);

--
-- Name: spfht_h_id_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX spfht_h_id_ix ON ht.spfht USING btree (h_id);

--
-- Name: spfht_h_id_yx_uq; Type: INDEX; Schema: ht; Owner: -
--

CREATE UNIQUE INDEX spfht_h_id_yx_uq ON ht.spfht USING btree (h_id) WHERE ((htzt)::text = ANY ((ARRAY['已签约'::character varying, '已备案'::character varying])::text[]));

--
-- Name: spfht_qxdm_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX spfht_qxdm_ix ON ht.spfht USING btree (qxdm);

--
-- Name: xzxz_fwbm_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX xzxz_fwbm_ix ON ht.xzxz USING btree (fwbm);

--
-- Name: xzxz_h_id_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX xzxz_h_id_ix ON ht.xzxz USING btree (h_id);

--
-- Name: xzxz_jcywh_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX xzxz_jcywh_ix ON ht.xzxz USING btree (jcywh);

--
-- Name: xzxz_szywh_ix; Type: INDEX; Schema: ht; Owner: -
--

CREATE INDEX xzxz_szywh_ix ON ht.xzxz USING btree (szywh);

--
-- Name: btbg_kssj_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX btbg_kssj_ix ON jh.btbg USING btree (kssj);

--
-- Name: btbg_lsl_id_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX btbg_lsl_id_ix ON jh.btbg USING btree (lsl, id);

--
-- Name: ddcl_lsl_ywh_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX ddcl_lsl_ywh_ix ON jh.ddcl USING btree (lsl, ywh);

--
-- Name: ix_dsrw_next_run_time; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX ix_dsrw_next_run_time ON jh.dsrw USING btree (next_run_time);

--
-- Name: lygz_lsl_ywlx_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX lygz_lsl_ywlx_ix ON jh.lygz USING btree (lsl, ywlx);

--
-- Name: lyjc_jcsj_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX lyjc_jcsj_ix ON jh.lyjc USING btree (jcsj);

--
-- Name: rwjl_rwmc_kssj_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX rwjl_rwmc_kssj_ix ON jh.rwjl USING btree (rwmc, kssj);

--
-- Name: sx_bm_zj_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX sx_bm_zj_ix ON jh.sx USING btree (bm, zj);

--
-- Name: sx_lsl_cszt_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX sx_lsl_cszt_ix ON jh.sx USING btree (lsl, cszt);

--
-- Name: wzf_jlsj_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX wzf_jlsj_ix ON jh.wzf USING btree (jlsj);

--
-- Name: wzf_lsl_ywh_ix; Type: INDEX; Schema: jh; Owner: -
--

CREATE INDEX wzf_lsl_ywh_ix ON jh.wzf USING btree (lsl, ywh);

--
-- Name: dyrz_dysj_ix; Type: INDEX; Schema: jk; Owner: -
--

CREATE INDEX dyrz_dysj_ix ON jk.dyrz USING btree (dysj);

--
-- Name: dyrz_hzf_dysj_ix; Type: INDEX; Schema: jk; Owner: -
--

CREATE INDEX dyrz_hzf_dysj_ix ON jk.dyrz USING btree (hzf, dysj);

--
-- Name: c_ljz_id_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX c_ljz_id_ix ON lpb.c USING btree (ljz_id);

--
-- Name: fwbm_fp_h_id_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX fwbm_fp_h_id_ix ON lpb.fwbm_fp USING btree (h_id);

--
-- Name: fwbm_fp_sqid_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX fwbm_fp_sqid_ix ON lpb.fwbm_fp USING btree (sqid);

--
-- Name: fwbm_fp_zrz_id_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX fwbm_fp_zrz_id_ix ON lpb.fwbm_fp USING btree (zrz_id);

--
-- Name: h_c_id_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX h_c_id_ix ON lpb.h USING btree (c_id);

--
-- Name: h_fwjg_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX h_fwjg_ix ON lpb.h USING btree (fwjg);

--
-- Name: h_fwlx_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX h_fwlx_ix ON lpb.h USING btree (fwlx);

--
-- Name: h_fwxz_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX h_fwxz_ix ON lpb.h USING btree (fwxz);

--
-- Name: h_fwyt_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX h_fwyt_ix ON lpb.h USING btree (fwyt);

--
-- Name: h_hx_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX h_hx_ix ON lpb.h USING btree (hx);

--
-- Name: h_hxjg_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX h_hxjg_ix ON lpb.h USING btree (hxjg);

--
-- Name: h_ljz_id_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX h_ljz_id_ix ON lpb.h USING btree (ljz_id);

--
-- Name: h_mjdw_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX h_mjdw_ix ON lpb.h USING btree (mjdw);

--
-- Name: ljz_fwjg_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX ljz_fwjg_ix ON lpb.ljz USING btree (fwjg);

--
-- Name: ljz_fwyt_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX ljz_fwyt_ix ON lpb.ljz USING btree (fwyt);

--
-- Name: ljz_jzwzt_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX ljz_jzwzt_ix ON lpb.ljz USING btree (jzwzt);

--
-- Name: ljz_ljzh_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX ljz_ljzh_ix ON lpb.ljz USING btree (ljzh);

--
-- Name: xm_qxdm_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX xm_qxdm_ix ON lpb.xm USING btree (qxdm);

--
-- Name: xm_tyshxydm_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX xm_tyshxydm_ix ON lpb.xm USING btree (tyshxydm);

--
-- Name: xm_xmmc_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX xm_xmmc_ix ON lpb.xm USING btree (xmmc);

--
-- Name: xm_ysxkzh_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX xm_ysxkzh_ix ON lpb.xm USING btree (ysxkzh);

--
-- Name: zrz_fwjg_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX zrz_fwjg_ix ON lpb.zrz USING btree (fwjg);

--
-- Name: zrz_ghyt_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX zrz_ghyt_ix ON lpb.zrz USING btree (ghyt);

--
-- Name: zrz_jzwzt_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX zrz_jzwzt_ix ON lpb.zrz USING btree (jzwzt);

--
-- Name: zrz_zddm_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX zrz_zddm_ix ON lpb.zrz USING btree (zddm);

--
-- Name: zrz_zrzh_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX zrz_zrzh_ix ON lpb.zrz USING btree (zrzh);

--
-- Name: fjx_cjsj_ix; Type: INDEX; Schema: outbox; Owner: -
--

CREATE INDEX fjx_cjsj_ix ON outbox.fjx USING btree (cjsj);

--
-- Name: fjx_ywh_ix; Type: INDEX; Schema: outbox; Owner: -
--

CREATE INDEX fjx_ywh_ix ON outbox.fjx USING btree (ywh);

--
-- Name: dcl_djzl_jyzt_ix; Type: INDEX; Schema: stg; Owner: -
--

CREATE INDEX dcl_djzl_jyzt_ix ON stg.dcl USING btree (djzl, jyzt);

--
-- Name: dcl_jyzt_id_ix; Type: INDEX; Schema: stg; Owner: -
--

CREATE INDEX dcl_jyzt_id_ix ON stg.dcl USING btree (jyzt, id);

--
-- Name: djsj_bdcdyh_ix; Type: INDEX; Schema: stg; Owner: -
--

CREATE INDEX djsj_bdcdyh_ix ON stg.djsj USING btree (bdcdyh);

--
-- Name: djsj_fwbm_ix; Type: INDEX; Schema: stg; Owner: -
--

CREATE INDEX djsj_fwbm_ix ON stg.djsj USING btree (fwbm);

--
-- Name: djsj_ywh_ix; Type: INDEX; Schema: stg; Owner: -
--

CREATE INDEX djsj_ywh_ix ON stg.djsj USING btree (ywh);

--
-- Name: jypc_djzl_lybm_ix; Type: INDEX; Schema: stg; Owner: -
--

CREATE INDEX jypc_djzl_lybm_ix ON stg.jypc USING btree (djzl, lybm);

--
-- Name: fj_htbh_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX fj_htbh_ix ON ycsl.fj USING btree (htbh);

--
-- Name: fj_sha256_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX fj_sha256_ix ON ycsl.fj USING btree (sha256);

--
-- Name: fj_slbh_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX fj_slbh_ix ON ycsl.fj USING btree (slbh);

--
-- Name: qq_sj_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX qq_sj_ix ON ycsl.qq USING btree (sj);

--
-- Name: sbr_zjhm_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX sbr_zjhm_ix ON ycsl.sbr USING btree (zjhm);

--
-- Name: sbr_zjzl_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX sbr_zjzl_ix ON ycsl.sbr USING btree (zjzl);

--
-- Name: sj_djywh_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX sj_djywh_ix ON ycsl.sj USING btree (djywh);

--
-- Name: sj_dyba_id_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX sj_dyba_id_ix ON ycsl.sj USING btree (dyba_id);

--
-- Name: sj_fwbm_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX sj_fwbm_ix ON ycsl.sj USING btree (fwbm);

--
-- Name: sj_h_id_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX sj_h_id_ix ON ycsl.sj USING btree (h_id);

--
-- Name: sj_htbh_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX sj_htbh_ix ON ycsl.sj USING btree (htbh);

--
-- Name: sj_jyywh_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX sj_jyywh_ix ON ycsl.sj USING btree (jyywh);

--
-- Name: ts_slbh_id_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX ts_slbh_id_ix ON ycsl.ts USING btree (slbh, id);

--
-- Name: ts_zt_xcsj_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX ts_zt_xcsj_ix ON ycsl.ts USING btree (zt, xcsj);

--
-- Name: tsrz_sj_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX tsrz_sj_ix ON ycsl.tsrz USING btree (sj);

--
-- Name: tsrz_ts_id_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX tsrz_ts_id_ix ON ycsl.tsrz USING btree (ts_id);

--
-- Name: wsrw_fwbm_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX wsrw_fwbm_ix ON ycsl.wsrw USING btree (fwbm);

--
-- Name: wsrw_slbh_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX wsrw_slbh_ix ON ycsl.wsrw USING btree (slbh);

--
-- Name: wsrw_zt_ix; Type: INDEX; Schema: ycsl; Owner: -
--

CREATE INDEX wsrw_zt_ix ON ycsl.wsrw USING btree (zt);

--
-- Name: jyyw_fwbm_ix; Type: INDEX; Schema: yw; Owner: -
--

CREATE INDEX jyyw_fwbm_ix ON yw.jyyw USING btree (fwbm);

--
-- Name: jyyw_h_id_ix; Type: INDEX; Schema: yw; Owner: -
--

CREATE INDEX jyyw_h_id_ix ON yw.jyyw USING btree (h_id);

--
-- Name: jyyw_hj_ywh_ix; Type: INDEX; Schema: yw; Owner: -
--

CREATE INDEX jyyw_hj_ywh_ix ON yw.jyyw_hj USING btree (ywh, hjxh);

--
-- Name: jyyw_htbh_ix; Type: INDEX; Schema: yw; Owner: -
--

CREATE INDEX jyyw_htbh_ix ON yw.jyyw USING btree (htbh);

--
-- Name: jyyw_qxdm_ix; Type: INDEX; Schema: yw; Owner: -
--

CREATE INDEX jyyw_qxdm_ix ON yw.jyyw USING btree (qxdm);

--
-- Name: jyyw_slbh_ix; Type: INDEX; Schema: yw; Owner: -
--

CREATE INDEX jyyw_slbh_ix ON yw.jyyw USING btree (slbh);

--
-- Name: jyyw_xmbh_ix; Type: INDEX; Schema: yw; Owner: -
--

CREATE INDEX jyyw_xmbh_ix ON yw.jyyw USING btree (xmbh);

--
-- Name: dmyy_dmb_ix; Type: INDEX; Schema: zd; Owner: -
--

CREATE INDEX dmyy_dmb_ix ON zd.dmyy USING btree (dmb);

--
-- Name: fwyt_sjdm_ix; Type: INDEX; Schema: zd; Owner: -
--

CREATE INDEX fwyt_sjdm_ix ON zd.fwyt USING btree (sjdm);

--
-- Name: xzqh_sjdm_ix; Type: INDEX; Schema: zd; Owner: -
--

CREATE INDEX xzqh_sjdm_ix ON zd.xzqh USING btree (sjdm);

--
-- Name: gz gz_after_audit_tg; Type: TRIGGER; Schema: aq; Owner: -
--

CREATE TRIGGER gz_after_audit_tg AFTER INSERT OR DELETE OR UPDATE ON aq.gz FOR EACH ROW EXECUTE FUNCTION aq.gz_after_audit();

--
-- Name: TRIGGER gz_after_audit_tg ON gz; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON TRIGGER gz_after_audit_tg ON aq.gz IS '交易安全规则的每次增、改、删记操作日志 audit.czrz（前后整行）';

--
-- Name: sz sz_after_audit_tg; Type: TRIGGER; Schema: aq; Owner: -
--

CREATE TRIGGER sz_after_audit_tg AFTER INSERT OR DELETE OR UPDATE ON aq.sz FOR EACH ROW EXECUTE FUNCTION aq.sz_after_audit();

--
-- Name: TRIGGER sz_after_audit_tg ON sz; Type: COMMENT; Schema: aq; Owner: -
--

COMMENT ON TRIGGER sz_after_audit_tg ON aq.sz IS '交易安全设置的每次增、改、删记操作日志 audit.czrz（前后整行）';

--
-- Name: clfht clfht_after_aq_tg; Type: TRIGGER; Schema: ht; Owner: -
--

CREATE CONSTRAINT TRIGGER clfht_after_aq_tg AFTER INSERT OR UPDATE ON ht.clfht DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ht.clfht_after_aq();

--
-- Name: TRIGGER clfht_after_aq_tg ON clfht; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON TRIGGER clfht_after_aq_tg ON ht.clfht IS '存量房合同签约、备案或换户时在提交时做交易安全校验（一房多卖、查封、异议、预告、抵押、行政限制、灭失）';

--
-- Name: clfht_dsr clfht_dsr_after_aq_tg; Type: TRIGGER; Schema: ht; Owner: -
--

CREATE CONSTRAINT TRIGGER clfht_dsr_after_aq_tg AFTER INSERT OR DELETE OR UPDATE ON ht.clfht_dsr DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ht.clfht_dsr_after_aq();

--
-- Name: TRIGGER clfht_dsr_after_aq_tg ON clfht_dsr; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON TRIGGER clfht_dsr_after_aq_tg ON ht.clfht_dsr IS '存量房合同买受人变化时在提交时重新校验预告登记规则 AQ04（预告权利人须是买受人之一）';

--
-- Name: dyba dyba_after_aq_tg; Type: TRIGGER; Schema: ht; Owner: -
--

CREATE CONSTRAINT TRIGGER dyba_after_aq_tg AFTER INSERT OR UPDATE ON ht.dyba DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ht.dyba_after_aq();

--
-- Name: TRIGGER dyba_after_aq_tg ON dyba; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON TRIGGER dyba_after_aq_tg ON ht.dyba IS '抵押备案成为已备案时在提交时逐户做交易安全校验（查封、异议、预告、行政限制、灭失）';

--
-- Name: dyba_h dyba_h_after_aq_tg; Type: TRIGGER; Schema: ht; Owner: -
--

CREATE CONSTRAINT TRIGGER dyba_h_after_aq_tg AFTER INSERT OR UPDATE ON ht.dyba_h DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ht.dyba_h_after_aq();

--
-- Name: TRIGGER dyba_h_after_aq_tg ON dyba_h; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON TRIGGER dyba_h_after_aq_tg ON ht.dyba_h IS '已备案的抵押备案增加一户或换户时在提交时对这一户做交易安全校验';

--
-- Name: spfht spfht_after_aq_tg; Type: TRIGGER; Schema: ht; Owner: -
--

CREATE CONSTRAINT TRIGGER spfht_after_aq_tg AFTER INSERT OR UPDATE ON ht.spfht DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ht.spfht_after_aq();

--
-- Name: TRIGGER spfht_after_aq_tg ON spfht; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON TRIGGER spfht_after_aq_tg ON ht.spfht IS '商品房合同签约、备案或换户时在提交时做交易安全校验（一房多卖、查封、异议、预告、抵押、行政限制、灭失）';

--
-- Name: spfht_dsr spfht_dsr_after_aq_tg; Type: TRIGGER; Schema: ht; Owner: -
--

CREATE CONSTRAINT TRIGGER spfht_dsr_after_aq_tg AFTER INSERT OR DELETE OR UPDATE ON ht.spfht_dsr DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ht.spfht_dsr_after_aq();

--
-- Name: TRIGGER spfht_dsr_after_aq_tg ON spfht_dsr; Type: COMMENT; Schema: ht; Owner: -
--

COMMENT ON TRIGGER spfht_dsr_after_aq_tg ON ht.spfht_dsr IS '商品房合同买受人变化时在提交时重新校验预告登记规则 AQ04（预告权利人须是买受人之一）';

--
-- Name: h h_fwbm_gl_tg; Type: TRIGGER; Schema: lpb; Owner: -
--

CREATE TRIGGER h_fwbm_gl_tg AFTER UPDATE OF fwbm ON lpb.h FOR EACH ROW EXECUTE FUNCTION lpb.h_fwbm_gl();

--
-- Name: TRIGGER h_fwbm_gl_tg ON h; Type: COMMENT; Schema: lpb; Owner: -
--

COMMENT ON TRIGGER h_fwbm_gl_tg ON lpb.h IS '房屋编码改变时同步 gl.fw_dy、gl.fwtz、gl.hxd 中的房屋编码';

--
-- Name: djsj djsj_dcl_tg; Type: TRIGGER; Schema: stg; Owner: -
--

CREATE TRIGGER djsj_dcl_tg AFTER INSERT OR DELETE OR UPDATE OF jyzt, djzl ON stg.djsj FOR EACH ROW WHEN ((COALESCE(current_setting('jydj.dcl'::text, true), ''::text) <> 'off'::text)) EXECUTE FUNCTION stg.djsj_dcl();

--
-- Name: TRIGGER djsj_dcl_tg ON djsj; Type: COMMENT; Schema: stg; Owner: -
--

COMMENT ON TRIGGER djsj_dcl_tg ON stg.djsj IS '同步待处理队列 stg.dcl（事务级设置 jydj.dcl = off 时由调用者自己同步）';

--
-- Name: jyyw jyyw_after_outbox_tg; Type: TRIGGER; Schema: yw; Owner: -
--

CREATE TRIGGER jyyw_after_outbox_tg AFTER INSERT OR UPDATE ON yw.jyyw FOR EACH ROW EXECUTE FUNCTION yw.jyyw_after_outbox();

--
-- Name: TRIGGER jyyw_after_outbox_tg ON jyyw; Type: COMMENT; Schema: yw; Owner: -
--

COMMENT ON TRIGGER jyyw_after_outbox_tg ON yw.jyyw IS '交易业务办结（或已办结业务撤件）时把共享数据写入发件箱 outbox.fjx（同一事务）';

--
-- Name: cflx cflx_dm_yy_tg; Type: TRIGGER; Schema: zd; Owner: -
--

CREATE TRIGGER cflx_dm_yy_tg BEFORE DELETE OR UPDATE OF dm ON zd.cflx FOR EACH ROW EXECUTE FUNCTION zd.dm_yy();

--
-- Name: TRIGGER cflx_dm_yy_tg ON cflx; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TRIGGER cflx_dm_yy_tg ON zd.cflx IS '仍被生产登记表引用的代码不能删除或改代码值';

--
-- Name: djlx djlx_dm_yy_tg; Type: TRIGGER; Schema: zd; Owner: -
--

CREATE TRIGGER djlx_dm_yy_tg BEFORE DELETE OR UPDATE OF dm ON zd.djlx FOR EACH ROW EXECUTE FUNCTION zd.dm_yy();

--
-- Name: TRIGGER djlx_dm_yy_tg ON djlx; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TRIGGER djlx_dm_yy_tg ON zd.djlx IS '仍被生产登记表引用的代码不能删除或改代码值';

--
-- Name: dybdclx dybdclx_dm_yy_tg; Type: TRIGGER; Schema: zd; Owner: -
--

CREATE TRIGGER dybdclx_dm_yy_tg BEFORE DELETE OR UPDATE OF dm ON zd.dybdclx FOR EACH ROW EXECUTE FUNCTION zd.dm_yy();

--
-- Name: TRIGGER dybdclx_dm_yy_tg ON dybdclx; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TRIGGER dybdclx_dm_yy_tg ON zd.dybdclx IS '仍被生产登记表引用的代码不能删除或改代码值';

--
-- Name: dyfs dyfs_dm_yy_tg; Type: TRIGGER; Schema: zd; Owner: -
--

CREATE TRIGGER dyfs_dm_yy_tg BEFORE DELETE OR UPDATE OF dm ON zd.dyfs FOR EACH ROW EXECUTE FUNCTION zd.dm_yy();

--
-- Name: TRIGGER dyfs_dm_yy_tg ON dyfs; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TRIGGER dyfs_dm_yy_tg ON zd.dyfs IS '仍被生产登记表引用的代码不能删除或改代码值';

--
-- Name: fwjg fwjg_dm_yy_tg; Type: TRIGGER; Schema: zd; Owner: -
--

CREATE TRIGGER fwjg_dm_yy_tg BEFORE DELETE OR UPDATE OF dm ON zd.fwjg FOR EACH ROW EXECUTE FUNCTION zd.dm_yy();

--
-- Name: TRIGGER fwjg_dm_yy_tg ON fwjg; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TRIGGER fwjg_dm_yy_tg ON zd.fwjg IS '仍被生产登记表引用的代码不能删除或改代码值';

--
-- Name: fwxz fwxz_dm_yy_tg; Type: TRIGGER; Schema: zd; Owner: -
--

CREATE TRIGGER fwxz_dm_yy_tg BEFORE DELETE OR UPDATE OF dm ON zd.fwxz FOR EACH ROW EXECUTE FUNCTION zd.dm_yy();

--
-- Name: TRIGGER fwxz_dm_yy_tg ON fwxz; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TRIGGER fwxz_dm_yy_tg ON zd.fwxz IS '仍被生产登记表引用的代码不能删除或改代码值';

--
-- Name: fwyt fwyt_dm_yy_tg; Type: TRIGGER; Schema: zd; Owner: -
--

CREATE TRIGGER fwyt_dm_yy_tg BEFORE DELETE OR UPDATE OF dm ON zd.fwyt FOR EACH ROW EXECUTE FUNCTION zd.dm_yy();

--
-- Name: TRIGGER fwyt_dm_yy_tg ON fwyt; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TRIGGER fwyt_dm_yy_tg ON zd.fwyt IS '仍被生产登记表引用的代码不能删除或改代码值';

--
-- Name: gyfs gyfs_dm_yy_tg; Type: TRIGGER; Schema: zd; Owner: -
--

CREATE TRIGGER gyfs_dm_yy_tg BEFORE DELETE OR UPDATE OF dm ON zd.gyfs FOR EACH ROW EXECUTE FUNCTION zd.dm_yy();

--
-- Name: TRIGGER gyfs_dm_yy_tg ON gyfs; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TRIGGER gyfs_dm_yy_tg ON zd.gyfs IS '仍被生产登记表引用的代码不能删除或改代码值';

--
-- Name: qllx qllx_dm_yy_tg; Type: TRIGGER; Schema: zd; Owner: -
--

CREATE TRIGGER qllx_dm_yy_tg BEFORE DELETE OR UPDATE OF dm ON zd.qllx FOR EACH ROW EXECUTE FUNCTION zd.dm_yy();

--
-- Name: TRIGGER qllx_dm_yy_tg ON qllx; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TRIGGER qllx_dm_yy_tg ON zd.qllx IS '仍被生产登记表引用的代码不能删除或改代码值';

--
-- Name: qlrlx qlrlx_dm_yy_tg; Type: TRIGGER; Schema: zd; Owner: -
--

CREATE TRIGGER qlrlx_dm_yy_tg BEFORE DELETE OR UPDATE OF dm ON zd.qlrlx FOR EACH ROW EXECUTE FUNCTION zd.dm_yy();

--
-- Name: TRIGGER qlrlx_dm_yy_tg ON qlrlx; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TRIGGER qlrlx_dm_yy_tg ON zd.qlrlx IS '仍被生产登记表引用的代码不能删除或改代码值';

--
-- Name: qszt qszt_dm_yy_tg; Type: TRIGGER; Schema: zd; Owner: -
--

CREATE TRIGGER qszt_dm_yy_tg BEFORE DELETE OR UPDATE OF dm ON zd.qszt FOR EACH ROW EXECUTE FUNCTION zd.dm_yy();

--
-- Name: TRIGGER qszt_dm_yy_tg ON qszt; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TRIGGER qszt_dm_yy_tg ON zd.qszt IS '仍被生产登记表引用的代码不能删除或改代码值';

--
-- Name: xb xb_dm_yy_tg; Type: TRIGGER; Schema: zd; Owner: -
--

CREATE TRIGGER xb_dm_yy_tg BEFORE DELETE OR UPDATE OF dm ON zd.xb FOR EACH ROW EXECUTE FUNCTION zd.dm_yy();

--
-- Name: TRIGGER xb_dm_yy_tg ON xb; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TRIGGER xb_dm_yy_tg ON zd.xb IS '仍被生产登记表引用的代码不能删除或改代码值';

--
-- Name: xzqh xzqh_dm_yy_tg; Type: TRIGGER; Schema: zd; Owner: -
--

CREATE TRIGGER xzqh_dm_yy_tg BEFORE DELETE OR UPDATE OF dm ON zd.xzqh FOR EACH ROW EXECUTE FUNCTION zd.dm_yy();

--
-- Name: TRIGGER xzqh_dm_yy_tg ON xzqh; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TRIGGER xzqh_dm_yy_tg ON zd.xzqh IS '仍被生产登记表引用的代码不能删除或改代码值';

--
-- Name: ygdjzl ygdjzl_dm_yy_tg; Type: TRIGGER; Schema: zd; Owner: -
--

CREATE TRIGGER ygdjzl_dm_yy_tg BEFORE DELETE OR UPDATE OF dm ON zd.ygdjzl FOR EACH ROW EXECUTE FUNCTION zd.dm_yy();

--
-- Name: TRIGGER ygdjzl_dm_yy_tg ON ygdjzl; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TRIGGER ygdjzl_dm_yy_tg ON zd.ygdjzl IS '仍被生产登记表引用的代码不能删除或改代码值';

--
-- Name: zjzl zjzl_dm_yy_tg; Type: TRIGGER; Schema: zd; Owner: -
--

CREATE TRIGGER zjzl_dm_yy_tg BEFORE DELETE OR UPDATE OF dm ON zd.zjzl FOR EACH ROW EXECUTE FUNCTION zd.dm_yy();

--
-- Name: TRIGGER zjzl_dm_yy_tg ON zjzl; Type: COMMENT; Schema: zd; Owner: -
--

COMMENT ON TRIGGER zjzl_dm_yy_tg ON zd.zjzl IS '仍被生产登记表引用的代码不能删除或改代码值';

--
-- Name: dyty dyty_h_id_fk; Type: FK CONSTRAINT; Schema: aq; Owner: -
--

ALTER TABLE ONLY aq.dyty
    ADD CONSTRAINT dyty_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h(id);

--
-- Name: fx fx_gzbm_fk; Type: FK CONSTRAINT; Schema: aq; Owner: -
--

ALTER TABLE ONLY aq.fx
    ADD CONSTRAINT fx_gzbm_fk FOREIGN KEY (gzbm) REFERENCES aq.gz(gzbm);

--
-- Name: fx fx_h_id_fk; Type: FK CONSTRAINT; Schema: aq; Owner: -
--

ALTER TABLE ONLY aq.fx
    ADD CONSTRAINT fx_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h(id);

--
-- Name: dyaq_dy dyaq_dy_ywh_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.dyaq_dy
    ADD CONSTRAINT dyaq_dy_ywh_fk FOREIGN KEY (ywh) REFERENCES djjg.dyaq(ywh) ON DELETE CASCADE;

--
-- Name: clfht_dsr clfht_dsr_gyfs_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.clfht_dsr
    ADD CONSTRAINT clfht_dsr_gyfs_fk FOREIGN KEY (gyfs) REFERENCES zd.gyfs(dm);

--
-- Name: clfht_dsr clfht_dsr_ht_id_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.clfht_dsr
    ADD CONSTRAINT clfht_dsr_ht_id_fk FOREIGN KEY (ht_id) REFERENCES ht.clfht(id) ON DELETE CASCADE;

--
-- Name: clfht_dsr clfht_dsr_qlrlx_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.clfht_dsr
    ADD CONSTRAINT clfht_dsr_qlrlx_fk FOREIGN KEY (qlrlx) REFERENCES zd.qlrlx(dm);

--
-- Name: clfht_dsr clfht_dsr_zjzl_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.clfht_dsr
    ADD CONSTRAINT clfht_dsr_zjzl_fk FOREIGN KEY (zjzl) REFERENCES zd.zjzl(dm);

--
-- Name: clfht clfht_h_id_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.clfht
    ADD CONSTRAINT clfht_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h(id);

--
-- Name: clfht clfht_qxdm_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.clfht
    ADD CONSTRAINT clfht_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh(dm);

--
-- Name: dyba dyba_dyfs_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.dyba
    ADD CONSTRAINT dyba_dyfs_fk FOREIGN KEY (dyfs) REFERENCES zd.dyfs(dm);

--
-- Name: dyba dyba_dyqrzjzl_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.dyba
    ADD CONSTRAINT dyba_dyqrzjzl_fk FOREIGN KEY (dyqrzjzl) REFERENCES zd.zjzl(dm);

--
-- Name: dyba dyba_dyrzjzl_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.dyba
    ADD CONSTRAINT dyba_dyrzjzl_fk FOREIGN KEY (dyrzjzl) REFERENCES zd.zjzl(dm);

--
-- Name: dyba_h dyba_h_dyba_id_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.dyba_h
    ADD CONSTRAINT dyba_h_dyba_id_fk FOREIGN KEY (dyba_id) REFERENCES ht.dyba(id) ON DELETE CASCADE;

--
-- Name: dyba_h dyba_h_h_id_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.dyba_h
    ADD CONSTRAINT dyba_h_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h(id);

--
-- Name: spfht_dsr spfht_dsr_gyfs_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.spfht_dsr
    ADD CONSTRAINT spfht_dsr_gyfs_fk FOREIGN KEY (gyfs) REFERENCES zd.gyfs(dm);

--
-- Name: spfht_dsr spfht_dsr_ht_id_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.spfht_dsr
    ADD CONSTRAINT spfht_dsr_ht_id_fk FOREIGN KEY (ht_id) REFERENCES ht.spfht(id) ON DELETE CASCADE;

--
-- Name: spfht_dsr spfht_dsr_qlrlx_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.spfht_dsr
    ADD CONSTRAINT spfht_dsr_qlrlx_fk FOREIGN KEY (qlrlx) REFERENCES zd.qlrlx(dm);

--
-- Name: spfht_dsr spfht_dsr_zjzl_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.spfht_dsr
    ADD CONSTRAINT spfht_dsr_zjzl_fk FOREIGN KEY (zjzl) REFERENCES zd.zjzl(dm);

--
-- Name: spfht spfht_h_id_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.spfht
    ADD CONSTRAINT spfht_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h(id);

--
-- Name: spfht spfht_qxdm_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.spfht
    ADD CONSTRAINT spfht_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh(dm);

--
-- Name: xzxz xzxz_h_id_fk; Type: FK CONSTRAINT; Schema: ht; Owner: -
--

ALTER TABLE ONLY ht.xzxz
    ADD CONSTRAINT xzxz_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h(id);

--
-- Name: c c_ljz_id_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.c
    ADD CONSTRAINT c_ljz_id_fk FOREIGN KEY (ljz_id) REFERENCES lpb.ljz(id);

--
-- Name: c c_zrz_id_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.c
    ADD CONSTRAINT c_zrz_id_fk FOREIGN KEY (zrz_id) REFERENCES lpb.zrz(id);

--
-- Name: fwbm_fp fwbm_fp_h_id_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.fwbm_fp
    ADD CONSTRAINT fwbm_fp_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h(id);

--
-- Name: fwbm_fp fwbm_fp_zrz_id_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.fwbm_fp
    ADD CONSTRAINT fwbm_fp_zrz_id_fk FOREIGN KEY (zrz_id) REFERENCES lpb.zrz(id);

--
-- Name: h h_c_id_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.h
    ADD CONSTRAINT h_c_id_fk FOREIGN KEY (c_id) REFERENCES lpb.c(id);

--
-- Name: h h_fwjg_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.h
    ADD CONSTRAINT h_fwjg_fk FOREIGN KEY (fwjg) REFERENCES zd.fwjg(dm);

--
-- Name: h h_fwlx_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.h
    ADD CONSTRAINT h_fwlx_fk FOREIGN KEY (fwlx) REFERENCES zd.fwlx(dm);

--
-- Name: h h_fwxz_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.h
    ADD CONSTRAINT h_fwxz_fk FOREIGN KEY (fwxz) REFERENCES zd.fwxz(dm);

--
-- Name: h h_fwyt_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.h
    ADD CONSTRAINT h_fwyt_fk FOREIGN KEY (fwyt) REFERENCES zd.fwyt(dm);

--
-- Name: h h_hx_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.h
    ADD CONSTRAINT h_hx_fk FOREIGN KEY (hx) REFERENCES zd.hx(dm);

--
-- Name: h h_hxjg_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.h
    ADD CONSTRAINT h_hxjg_fk FOREIGN KEY (hxjg) REFERENCES zd.hxjg(dm);

--
-- Name: h h_ljz_id_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.h
    ADD CONSTRAINT h_ljz_id_fk FOREIGN KEY (ljz_id) REFERENCES lpb.ljz(id);

--
-- Name: h h_mjdw_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.h
    ADD CONSTRAINT h_mjdw_fk FOREIGN KEY (mjdw) REFERENCES zd.mjdw(dm);

--
-- Name: ljz ljz_fwjg_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.ljz
    ADD CONSTRAINT ljz_fwjg_fk FOREIGN KEY (fwjg) REFERENCES zd.fwjg(dm);

--
-- Name: ljz ljz_fwyt_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.ljz
    ADD CONSTRAINT ljz_fwyt_fk FOREIGN KEY (fwyt) REFERENCES zd.fwyt(dm);

--
-- Name: ljz ljz_jzwzt_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.ljz
    ADD CONSTRAINT ljz_jzwzt_fk FOREIGN KEY (jzwzt) REFERENCES zd.jzwzt(dm);

--
-- Name: ljz ljz_zrz_id_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.ljz
    ADD CONSTRAINT ljz_zrz_id_fk FOREIGN KEY (zrz_id) REFERENCES lpb.zrz(id);

--
-- Name: xm xm_qxdm_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.xm
    ADD CONSTRAINT xm_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh(dm);

--
-- Name: zrz zrz_fwjg_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.zrz
    ADD CONSTRAINT zrz_fwjg_fk FOREIGN KEY (fwjg) REFERENCES zd.fwjg(dm);

--
-- Name: zrz zrz_ghyt_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.zrz
    ADD CONSTRAINT zrz_ghyt_fk FOREIGN KEY (ghyt) REFERENCES zd.fwyt(dm);

--
-- Name: zrz zrz_jzwzt_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.zrz
    ADD CONSTRAINT zrz_jzwzt_fk FOREIGN KEY (jzwzt) REFERENCES zd.jzwzt(dm);

--
-- Name: zrz zrz_xm_id_fk; Type: FK CONSTRAINT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.zrz
    ADD CONSTRAINT zrz_xm_id_fk FOREIGN KEY (xm_id) REFERENCES lpb.xm(id);

--
-- Name: bz bz_slbh_fk; Type: FK CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.bz
    ADD CONSTRAINT bz_slbh_fk FOREIGN KEY (slbh) REFERENCES ycsl.sj(slbh);

--
-- Name: sbr sbr_sj_id_fk; Type: FK CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.sbr
    ADD CONSTRAINT sbr_sj_id_fk FOREIGN KEY (sj_id) REFERENCES ycsl.sj(id) ON DELETE CASCADE;

--
-- Name: sbr sbr_zjzl_fk; Type: FK CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.sbr
    ADD CONSTRAINT sbr_zjzl_fk FOREIGN KEY (zjzl) REFERENCES zd.zjzl(dm);

--
-- Name: sj sj_dyba_id_fk; Type: FK CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.sj
    ADD CONSTRAINT sj_dyba_id_fk FOREIGN KEY (dyba_id) REFERENCES ht.dyba(id);

--
-- Name: sj sj_h_id_fk; Type: FK CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.sj
    ADD CONSTRAINT sj_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h(id);

--
-- Name: sj sj_jyywh_fk; Type: FK CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.sj
    ADD CONSTRAINT sj_jyywh_fk FOREIGN KEY (jyywh) REFERENCES yw.jyyw(ywh);

--
-- Name: tsrz tsrz_ts_id_fk; Type: FK CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.tsrz
    ADD CONSTRAINT tsrz_ts_id_fk FOREIGN KEY (ts_id) REFERENCES ycsl.ts(id) ON DELETE CASCADE;

--
-- Name: wsrw wsrw_slbh_fk; Type: FK CONSTRAINT; Schema: ycsl; Owner: -
--

ALTER TABLE ONLY ycsl.wsrw
    ADD CONSTRAINT wsrw_slbh_fk FOREIGN KEY (slbh) REFERENCES ycsl.sj(slbh);

--
-- Name: jyyw jyyw_h_id_fk; Type: FK CONSTRAINT; Schema: yw; Owner: -
--

ALTER TABLE ONLY yw.jyyw
    ADD CONSTRAINT jyyw_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h(id);

--
-- Name: jyyw_hj jyyw_hj_ywh_fk; Type: FK CONSTRAINT; Schema: yw; Owner: -
--

ALTER TABLE ONLY yw.jyyw_hj
    ADD CONSTRAINT jyyw_hj_ywh_fk FOREIGN KEY (ywh) REFERENCES yw.jyyw(ywh) ON DELETE CASCADE;

--
-- Name: jyyw jyyw_qxdm_fk; Type: FK CONSTRAINT; Schema: yw; Owner: -
--

ALTER TABLE ONLY yw.jyyw
    ADD CONSTRAINT jyyw_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh(dm);

--
-- Name: fwyt fwyt_sjdm_fk; Type: FK CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.fwyt
    ADD CONSTRAINT fwyt_sjdm_fk FOREIGN KEY (sjdm) REFERENCES zd.fwyt(dm);

--
-- Name: xzqh xzqh_sjdm_fk; Type: FK CONSTRAINT; Schema: zd; Owner: -
--

ALTER TABLE ONLY zd.xzqh
    ADD CONSTRAINT xzqh_sjdm_fk FOREIGN KEY (sjdm) REFERENCES zd.xzqh(dm);

--
-- PostgreSQL database dump complete
--
