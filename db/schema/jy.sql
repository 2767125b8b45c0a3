--
-- PostgreSQL database dump
--

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

COMMENT ON COLUMN gl.fw_dy.fwbm IS '房屋编码（lpb.h.fwbm，唯一）';

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
);

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

COMMENT ON COLUMN stg.djsj.jyjg IS '校验结果（不合格的规则代码及说明，JSON 数组）';

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
-- Name: czrz id; Type: DEFAULT; Schema: audit; Owner: -
--

ALTER TABLE ONLY audit.czrz ALTER COLUMN id SET DEFAULT nextval('audit.czrz_id_seq'::regclass);

--
-- Name: cfdj id; Type: DEFAULT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.cfdj ALTER COLUMN id SET DEFAULT nextval('djjg.cfdj_id_seq'::regclass);

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
-- Name: c id; Type: DEFAULT; Schema: lpb; Owner: -
--

ALTER TABLE ONLY lpb.c ALTER COLUMN id SET DEFAULT nextval('lpb.c_id_seq'::regclass);

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
-- Name: jyyw id; Type: DEFAULT; Schema: yw; Owner: -
--

ALTER TABLE ONLY yw.jyyw ALTER COLUMN id SET DEFAULT nextval('yw.jyyw_id_seq'::regclass);

--
-- Name: jyyw_hj id; Type: DEFAULT; Schema: yw; Owner: -
--

ALTER TABLE ONLY yw.jyyw_hj ALTER COLUMN id SET DEFAULT nextval('yw.jyyw_hj_id_seq'::regclass);

--
-- Name: czrz czrz_pk; Type: CONSTRAINT; Schema: audit; Owner: -
--

ALTER TABLE ONLY audit.czrz
    ADD CONSTRAINT czrz_pk PRIMARY KEY (id);

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
-- Name: cfdj_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX cfdj_bdcdyh_ix ON djjg.cfdj USING btree (bdcdyh);

--
-- Name: cfdj_cflx_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX cfdj_cflx_ix ON djjg.cfdj USING btree (cflx);

--
-- Name: cfdj_djlx_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX cfdj_djlx_ix ON djjg.cfdj USING btree (djlx);

--
-- Name: cfdj_fwbm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX cfdj_fwbm_ix ON djjg.cfdj USING btree (fwbm);

--
-- Name: cfdj_jfywh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX cfdj_jfywh_ix ON djjg.cfdj USING btree (jfywh);

--
-- Name: cfdj_qszt_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX cfdj_qszt_ix ON djjg.cfdj USING btree (qszt);

--
-- Name: cfdj_qxdm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX cfdj_qxdm_ix ON djjg.cfdj USING btree (qxdm);

--
-- Name: dyaq_bdcdjzmh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX dyaq_bdcdjzmh_ix ON djjg.dyaq USING btree (bdcdjzmh);

--
-- Name: dyaq_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX dyaq_bdcdyh_ix ON djjg.dyaq USING btree (bdcdyh);

--
-- Name: dyaq_djlx_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX dyaq_djlx_ix ON djjg.dyaq USING btree (djlx);

--
-- Name: dyaq_dy_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX dyaq_dy_bdcdyh_ix ON djjg.dyaq_dy USING btree (bdcdyh);

--
-- Name: dyaq_dy_fwbm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX dyaq_dy_fwbm_ix ON djjg.dyaq_dy USING btree (fwbm);

--
-- Name: dyaq_dybdclx_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX dyaq_dybdclx_ix ON djjg.dyaq USING btree (dybdclx);

--
-- Name: dyaq_dyfs_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX dyaq_dyfs_ix ON djjg.dyaq USING btree (dyfs);

--
-- Name: dyaq_qszt_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX dyaq_qszt_ix ON djjg.dyaq USING btree (qszt);

--
-- Name: dyaq_qxdm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX dyaq_qxdm_ix ON djjg.dyaq USING btree (qxdm);

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
-- Name: fdcq_djlx_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX fdcq_djlx_ix ON djjg.fdcq USING btree (djlx);

--
-- Name: fdcq_fwbm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX fdcq_fwbm_ix ON djjg.fdcq USING btree (fwbm);

--
-- Name: fdcq_fwjg_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX fdcq_fwjg_ix ON djjg.fdcq USING btree (fwjg);

--
-- Name: fdcq_fwxz_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX fdcq_fwxz_ix ON djjg.fdcq USING btree (fwxz);

--
-- Name: fdcq_ghyt_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX fdcq_ghyt_ix ON djjg.fdcq USING btree (ghyt);

--
-- Name: fdcq_qllx_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX fdcq_qllx_ix ON djjg.fdcq USING btree (qllx);

--
-- Name: fdcq_qszt_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX fdcq_qszt_ix ON djjg.fdcq USING btree (qszt);

--
-- Name: fdcq_qxdm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX fdcq_qxdm_ix ON djjg.fdcq USING btree (qxdm);

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
-- Name: qlr_gyfs_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX qlr_gyfs_ix ON djjg.qlr USING btree (gyfs);

--
-- Name: qlr_qlrlx_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX qlr_qlrlx_ix ON djjg.qlr USING btree (qlrlx);

--
-- Name: qlr_xb_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX qlr_xb_ix ON djjg.qlr USING btree (xb);

--
-- Name: qlr_zjhm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX qlr_zjhm_ix ON djjg.qlr USING btree (zjhm);

--
-- Name: qlr_zjzl_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX qlr_zjzl_ix ON djjg.qlr USING btree (zjzl);

--
-- Name: ygdj_bdcdjzmh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_bdcdjzmh_ix ON djjg.ygdj USING btree (bdcdjzmh);

--
-- Name: ygdj_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_bdcdyh_ix ON djjg.ygdj USING btree (bdcdyh);

--
-- Name: ygdj_djlx_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_djlx_ix ON djjg.ygdj USING btree (djlx);

--
-- Name: ygdj_fwbm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_fwbm_ix ON djjg.ygdj USING btree (fwbm);

--
-- Name: ygdj_fwjg_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_fwjg_ix ON djjg.ygdj USING btree (fwjg);

--
-- Name: ygdj_fwxz_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_fwxz_ix ON djjg.ygdj USING btree (fwxz);

--
-- Name: ygdj_ghyt_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_ghyt_ix ON djjg.ygdj USING btree (ghyt);

--
-- Name: ygdj_htbh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_htbh_ix ON djjg.ygdj USING btree (htbh);

--
-- Name: ygdj_qszt_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_qszt_ix ON djjg.ygdj USING btree (qszt);

--
-- Name: ygdj_qxdm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_qxdm_ix ON djjg.ygdj USING btree (qxdm);

--
-- Name: ygdj_syywh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_syywh_ix ON djjg.ygdj USING btree (syywh);

--
-- Name: ygdj_ygdjzl_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_ygdjzl_ix ON djjg.ygdj USING btree (ygdjzl);

--
-- Name: ygdj_ywrzjhm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_ywrzjhm_ix ON djjg.ygdj USING btree (ywrzjhm);

--
-- Name: ygdj_ywrzjzl_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX ygdj_ywrzjzl_ix ON djjg.ygdj USING btree (ywrzjzl);

--
-- Name: yydj_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX yydj_bdcdyh_ix ON djjg.yydj USING btree (bdcdyh);

--
-- Name: yydj_djlx_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX yydj_djlx_ix ON djjg.yydj USING btree (djlx);

--
-- Name: yydj_fwbm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX yydj_fwbm_ix ON djjg.yydj USING btree (fwbm);

--
-- Name: yydj_qszt_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX yydj_qszt_ix ON djjg.yydj USING btree (qszt);

--
-- Name: yydj_qxdm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX yydj_qxdm_ix ON djjg.yydj USING btree (qxdm);

--
-- Name: yydj_zxyyywh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX yydj_zxyyywh_ix ON djjg.yydj USING btree (zxyyywh);

--
-- Name: zs_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX zs_bdcdyh_ix ON djjg.zs USING btree (bdcdyh);

--
-- Name: zs_qxdm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX zs_qxdm_ix ON djjg.zs USING btree (qxdm);

--
-- Name: zs_ywh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX zs_ywh_ix ON djjg.zs USING btree (ywh);

--
-- Name: zxdj_bdcdyh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX zxdj_bdcdyh_ix ON djjg.zxdj USING btree (bdcdyh);

--
-- Name: zxdj_djlx_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX zxdj_djlx_ix ON djjg.zxdj USING btree (djlx);

--
-- Name: zxdj_qxdm_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX zxdj_qxdm_ix ON djjg.zxdj USING btree (qxdm);

--
-- Name: zxdj_zxywh_ix; Type: INDEX; Schema: djjg; Owner: -
--

CREATE INDEX zxdj_zxywh_ix ON djjg.zxdj USING btree (zxywh);

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
-- Name: c_ljz_id_ix; Type: INDEX; Schema: lpb; Owner: -
--

CREATE INDEX c_ljz_id_ix ON lpb.c USING btree (ljz_id);

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
-- Name: djsj_bdcdyh_ix; Type: INDEX; Schema: stg; Owner: -
--

CREATE INDEX djsj_bdcdyh_ix ON stg.djsj USING btree (bdcdyh);

--
-- Name: djsj_fwbm_ix; Type: INDEX; Schema: stg; Owner: -
--

CREATE INDEX djsj_fwbm_ix ON stg.djsj USING btree (fwbm);

--
-- Name: djsj_jyzt_djzl_ix; Type: INDEX; Schema: stg; Owner: -
--

CREATE INDEX djsj_jyzt_djzl_ix ON stg.djsj USING btree (jyzt, djzl);

--
-- Name: djsj_ywh_ix; Type: INDEX; Schema: stg; Owner: -
--

CREATE INDEX djsj_ywh_ix ON stg.djsj USING btree (ywh);

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
-- Name: fwyt_sjdm_ix; Type: INDEX; Schema: zd; Owner: -
--

CREATE INDEX fwyt_sjdm_ix ON zd.fwyt USING btree (sjdm);

--
-- Name: xzqh_sjdm_ix; Type: INDEX; Schema: zd; Owner: -
--

CREATE INDEX xzqh_sjdm_ix ON zd.xzqh USING btree (sjdm);

--
-- Name: cfdj cfdj_cflx_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.cfdj
    ADD CONSTRAINT cfdj_cflx_fk FOREIGN KEY (cflx) REFERENCES zd.cflx(dm);

--
-- Name: cfdj cfdj_djlx_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.cfdj
    ADD CONSTRAINT cfdj_djlx_fk FOREIGN KEY (djlx) REFERENCES zd.djlx(dm);

--
-- Name: cfdj cfdj_qszt_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.cfdj
    ADD CONSTRAINT cfdj_qszt_fk FOREIGN KEY (qszt) REFERENCES zd.qszt(dm);

--
-- Name: cfdj cfdj_qxdm_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.cfdj
    ADD CONSTRAINT cfdj_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh(dm);

--
-- Name: dyaq dyaq_djlx_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.dyaq
    ADD CONSTRAINT dyaq_djlx_fk FOREIGN KEY (djlx) REFERENCES zd.djlx(dm);

--
-- Name: dyaq_dy dyaq_dy_ywh_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.dyaq_dy
    ADD CONSTRAINT dyaq_dy_ywh_fk FOREIGN KEY (ywh) REFERENCES djjg.dyaq(ywh) ON DELETE CASCADE;

--
-- Name: dyaq dyaq_dybdclx_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.dyaq
    ADD CONSTRAINT dyaq_dybdclx_fk FOREIGN KEY (dybdclx) REFERENCES zd.dybdclx(dm);

--
-- Name: dyaq dyaq_dyfs_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.dyaq
    ADD CONSTRAINT dyaq_dyfs_fk FOREIGN KEY (dyfs) REFERENCES zd.dyfs(dm);

--
-- Name: dyaq dyaq_qszt_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.dyaq
    ADD CONSTRAINT dyaq_qszt_fk FOREIGN KEY (qszt) REFERENCES zd.qszt(dm);

--
-- Name: dyaq dyaq_qxdm_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.dyaq
    ADD CONSTRAINT dyaq_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh(dm);

--
-- Name: fdcq fdcq_djlx_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.fdcq
    ADD CONSTRAINT fdcq_djlx_fk FOREIGN KEY (djlx) REFERENCES zd.djlx(dm);

--
-- Name: fdcq fdcq_fwjg_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.fdcq
    ADD CONSTRAINT fdcq_fwjg_fk FOREIGN KEY (fwjg) REFERENCES zd.fwjg(dm);

--
-- Name: fdcq fdcq_fwxz_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.fdcq
    ADD CONSTRAINT fdcq_fwxz_fk FOREIGN KEY (fwxz) REFERENCES zd.fwxz(dm);

--
-- Name: fdcq fdcq_ghyt_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.fdcq
    ADD CONSTRAINT fdcq_ghyt_fk FOREIGN KEY (ghyt) REFERENCES zd.fwyt(dm);

--
-- Name: fdcq fdcq_qllx_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.fdcq
    ADD CONSTRAINT fdcq_qllx_fk FOREIGN KEY (qllx) REFERENCES zd.qllx(dm);

--
-- Name: fdcq fdcq_qszt_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.fdcq
    ADD CONSTRAINT fdcq_qszt_fk FOREIGN KEY (qszt) REFERENCES zd.qszt(dm);

--
-- Name: fdcq fdcq_qxdm_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.fdcq
    ADD CONSTRAINT fdcq_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh(dm);

--
-- Name: qlr qlr_gyfs_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.qlr
    ADD CONSTRAINT qlr_gyfs_fk FOREIGN KEY (gyfs) REFERENCES zd.gyfs(dm);

--
-- Name: qlr qlr_qlrlx_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.qlr
    ADD CONSTRAINT qlr_qlrlx_fk FOREIGN KEY (qlrlx) REFERENCES zd.qlrlx(dm);

--
-- Name: qlr qlr_xb_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.qlr
    ADD CONSTRAINT qlr_xb_fk FOREIGN KEY (xb) REFERENCES zd.xb(dm);

--
-- Name: qlr qlr_zjzl_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.qlr
    ADD CONSTRAINT qlr_zjzl_fk FOREIGN KEY (zjzl) REFERENCES zd.zjzl(dm);

--
-- Name: ygdj ygdj_djlx_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.ygdj
    ADD CONSTRAINT ygdj_djlx_fk FOREIGN KEY (djlx) REFERENCES zd.djlx(dm);

--
-- Name: ygdj ygdj_fwjg_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.ygdj
    ADD CONSTRAINT ygdj_fwjg_fk FOREIGN KEY (fwjg) REFERENCES zd.fwjg(dm);

--
-- Name: ygdj ygdj_fwxz_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.ygdj
    ADD CONSTRAINT ygdj_fwxz_fk FOREIGN KEY (fwxz) REFERENCES zd.fwxz(dm);

--
-- Name: ygdj ygdj_ghyt_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.ygdj
    ADD CONSTRAINT ygdj_ghyt_fk FOREIGN KEY (ghyt) REFERENCES zd.fwyt(dm);

--
-- Name: ygdj ygdj_qszt_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.ygdj
    ADD CONSTRAINT ygdj_qszt_fk FOREIGN KEY (qszt) REFERENCES zd.qszt(dm);

--
-- Name: ygdj ygdj_qxdm_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.ygdj
    ADD CONSTRAINT ygdj_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh(dm);

--
-- Name: ygdj ygdj_ygdjzl_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.ygdj
    ADD CONSTRAINT ygdj_ygdjzl_fk FOREIGN KEY (ygdjzl) REFERENCES zd.ygdjzl(dm);

--
-- Name: ygdj ygdj_ywrzjzl_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.ygdj
    ADD CONSTRAINT ygdj_ywrzjzl_fk FOREIGN KEY (ywrzjzl) REFERENCES zd.zjzl(dm);

--
-- Name: yydj yydj_djlx_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.yydj
    ADD CONSTRAINT yydj_djlx_fk FOREIGN KEY (djlx) REFERENCES zd.djlx(dm);

--
-- Name: yydj yydj_qszt_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.yydj
    ADD CONSTRAINT yydj_qszt_fk FOREIGN KEY (qszt) REFERENCES zd.qszt(dm);

--
-- Name: yydj yydj_qxdm_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.yydj
    ADD CONSTRAINT yydj_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh(dm);

--
-- Name: zs zs_qxdm_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.zs
    ADD CONSTRAINT zs_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh(dm);

--
-- Name: zxdj zxdj_djlx_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.zxdj
    ADD CONSTRAINT zxdj_djlx_fk FOREIGN KEY (djlx) REFERENCES zd.djlx(dm);

--
-- Name: zxdj zxdj_qxdm_fk; Type: FK CONSTRAINT; Schema: djjg; Owner: -
--

ALTER TABLE ONLY djjg.zxdj
    ADD CONSTRAINT zxdj_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh(dm);

--
-- Name: fw_dy fw_dy_fwbm_fk; Type: FK CONSTRAINT; Schema: gl; Owner: -
--

ALTER TABLE ONLY gl.fw_dy
    ADD CONSTRAINT fw_dy_fwbm_fk FOREIGN KEY (fwbm) REFERENCES lpb.h(fwbm) ON UPDATE CASCADE;

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
