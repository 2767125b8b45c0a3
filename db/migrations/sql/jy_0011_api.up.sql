-- 修订: jy_0011_api（前序 jy_0010）
-- 做什么: 对接接口（web 服务）的合作方与调用日志（seed §5.2.1.8 对接接口、§5.2.2.2 一窗受理接口；
--         ../shared/design/interfaces.md）:
--   jk.hzf   接口合作方：调用 QueryService、RegistrationStateService 等 web 服务的外部系统，用户名、密钥摘要、
--            允许的来源地址段与可调用的服务；由 jydj partner add 建立（审计）；
--   jk.dyrz  接口调用日志：每次调用一行（合作方、服务、操作、查询键、结果、耗时、来源地址），不含个人信息——
--            证件号码类查询键只记其摘要。
-- 依据: seed §5.2.1.8、§5.2.2.2；等保 2.0 安全审计（GB/T 22239-2019 §8.1.4.3）；docs/api.md。
-- 说明: 只用 openGauss 兼容子集（docs/conventions.md）。密钥是 256 位随机数，只存其 SHA-256 摘要。

CREATE SCHEMA jk;
COMMENT ON SCHEMA jk IS '对接接口：web 服务的合作方（凭据、来源地址）与调用日志';

-- ----------------------------------------------------------------------
-- jk.hzf: 接口合作方
-- ----------------------------------------------------------------------
CREATE TABLE jk.hzf (
    id      bigserial       NOT NULL,
    yhm     varchar(64)     NOT NULL,
    mc      text            NOT NULL,
    myzy    varchar(64)     NOT NULL,
    yxdz    text[]          NOT NULL,
    kyfw    text[]          NOT NULL,
    zt      varchar(10)     DEFAULT '启用' NOT NULL,
    czr     text            NOT NULL,
    cjsj    timestamptz     DEFAULT now() NOT NULL,
    gxsj    timestamptz     DEFAULT now() NOT NULL,
    CONSTRAINT hzf_pk PRIMARY KEY (id),
    CONSTRAINT hzf_yhm_uq UNIQUE (yhm),
    CONSTRAINT hzf_myzy_uq UNIQUE (myzy),
    CONSTRAINT hzf_yhm_ck CHECK (yhm ~ '^[a-z0-9][a-z0-9_.-]{2,63}$'),
    CONSTRAINT hzf_zt_ck CHECK (zt IN ('启用', '停用')),
    CONSTRAINT hzf_yxdz_ck CHECK (array_length(yxdz, 1) >= 1)
);
COMMENT ON TABLE jk.hzf IS '接口合作方：调用平台 web 服务的外部系统（一窗受理平台、不动产登记系统等）及其凭据';
COMMENT ON COLUMN jk.hzf.id IS 'ID（主键）';
COMMENT ON COLUMN jk.hzf.yhm IS '用户名（SOAP 调用的 WS-Security UsernameToken 用户名；JSON 调用以 Authorization: Bearer 密钥 认证）';
COMMENT ON COLUMN jk.hzf.mc IS '合作方名称';
COMMENT ON COLUMN jk.hzf.myzy IS '密钥摘要：SHA-256(密钥) 的十六进制（密钥是 256 位随机数，无从猜测，故不加盐，可按摘要查找 Bearer 令牌）；密钥本身不保存，只在建立时显示一次';
COMMENT ON COLUMN jk.hzf.yxdz IS '允许的来源地址段（CIDR，如 10.1.2.0/24）；不在其中的来源一律拒绝';
COMMENT ON COLUMN jk.hzf.kyfw IS '可调用的服务名（如 QueryService、RegistrationStateService）';
COMMENT ON COLUMN jk.hzf.zt IS '状态：启用 / 停用（停用后调用一律拒绝）';
COMMENT ON COLUMN jk.hzf.czr IS '建立人';
COMMENT ON COLUMN jk.hzf.cjsj IS '建立时间';
COMMENT ON COLUMN jk.hzf.gxsj IS '更新时间';

-- ----------------------------------------------------------------------
-- jk.dyrz: 接口调用日志
-- ----------------------------------------------------------------------
CREATE TABLE jk.dyrz (
    id      bigserial       NOT NULL,
    dysj    timestamptz     DEFAULT now() NOT NULL,
    hzf     varchar(64),
    ip      varchar(64),
    xy      varchar(10)     NOT NULL,
    fw      varchar(64),
    cz      varchar(64),
    jm      varchar(32),
    jz      varchar(80),
    jg      varchar(16)     NOT NULL,
    ts      integer,
    hs      numeric(10,3),
    zt      smallint,
    CONSTRAINT dyrz_pk PRIMARY KEY (id),
    CONSTRAINT dyrz_xy_ck CHECK (xy IN ('soap', 'json', 'wsdl')),
    CONSTRAINT dyrz_jg_ck CHECK (jg IN ('成功', '无结果', '未找到', '参数错误', '请求无效', '未认证', '拒绝访问', '服务错误'))
);
CREATE INDEX dyrz_dysj_ix ON jk.dyrz (dysj);
CREATE INDEX dyrz_hzf_dysj_ix ON jk.dyrz (hzf, dysj);
COMMENT ON TABLE jk.dyrz IS '接口调用日志：每次调用一行；不含个人信息（证件号码类查询键只记摘要）';
COMMENT ON COLUMN jk.dyrz.id IS 'ID（主键）';
COMMENT ON COLUMN jk.dyrz.dysj IS '调用时间（请求到达）';
COMMENT ON COLUMN jk.dyrz.hzf IS '合作方用户名（未认证的调用为空）';
COMMENT ON COLUMN jk.dyrz.ip IS '来源地址';
COMMENT ON COLUMN jk.dyrz.xy IS '协议：soap / json / wsdl';
COMMENT ON COLUMN jk.dyrz.fw IS '服务名';
COMMENT ON COLUMN jk.dyrz.cz IS '操作名';
COMMENT ON COLUMN jk.dyrz.jm IS '查询键名（如 fwbm、bdcdyh、htbh、zjhm）';
COMMENT ON COLUMN jk.dyrz.jz IS '查询键值；证件号码等个人信息只记「sha256:」加摘要前 16 位';
COMMENT ON COLUMN jk.dyrz.jg IS '结果：成功 / 无结果 / 未找到 / 参数错误 / 请求无效 / 未认证 / 拒绝访问 / 服务错误';
COMMENT ON COLUMN jk.dyrz.ts IS '返回条数';
COMMENT ON COLUMN jk.dyrz.hs IS '耗时（毫秒，服务端处理）';
COMMENT ON COLUMN jk.dyrz.zt IS 'HTTP 状态码';

