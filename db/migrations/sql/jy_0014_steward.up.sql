-- 修订: jy_0014_steward（前序 jy_0013）
-- 做什么: 数据对接工具（seed §5.2.3 不动产对接工具、§5.2.4.2 存量数据清理）的用户与权限。新模式 gj:
--   gj.yh  用户：本地账户（口令的 Argon2id 摘要，连续失败 5 次锁定）或经统一平台登录（可信请求头 / OIDC）的账户，
--          角色 admin（管理员）、steward（数据管理员，可按登记种类与区县限定）、viewer（只读）；
--          由 jydj user add 建立，停用、解锁、改口令都记操作日志 audit.czrz。
--   过程在 db/procedures/gj/（由 db/manifest.toml 安装）：登录结果的记录与锁定、权限检查、暂存行的区县。
-- 依据: seed §5.2.3（统一登录、权限、操作留痕）；等保 2.0 身份鉴别与访问控制（GB/T 22239-2019 §8.1.4.1、
--       §8.1.4.2：登录失败处理、会话超时、最小权限）；docs/steward.md。
-- 说明: 只用 openGauss 兼容子集（docs/conventions.md）。口令本身不保存。

CREATE SCHEMA gj;
COMMENT ON SCHEMA gj IS '数据对接工具：用户、角色与数据范围（登记种类、区县）';

-- ----------------------------------------------------------------------
-- gj.yh: 用户
-- ----------------------------------------------------------------------
CREATE TABLE gj.yh (
    yhm     varchar(64)     NOT NULL,
    xm      text,
    js      varchar(10)     NOT NULL,
    djzl    varchar(10)[],
    xzqdm   varchar(6)[],
    mmzy    text,
    zt      varchar(10)     DEFAULT '启用' NOT NULL,
    sbcs    integer         DEFAULT 0 NOT NULL,
    sdzz    timestamptz,
    zhdl    timestamptz,
    hhbb    integer         DEFAULT 1 NOT NULL,
    czr     text            NOT NULL,
    cjsj    timestamptz     DEFAULT now() NOT NULL,
    gxsj    timestamptz     DEFAULT now() NOT NULL,
    CONSTRAINT yh_pk PRIMARY KEY (yhm),
    CONSTRAINT yh_yhm_ck CHECK (yhm ~ '^[A-Za-z0-9][A-Za-z0-9_.@-]{1,63}$'),
    CONSTRAINT yh_js_ck CHECK (js IN ('admin', 'steward', 'viewer')),
    CONSTRAINT yh_zt_ck CHECK (zt IN ('启用', '停用')),
    CONSTRAINT yh_sbcs_ck CHECK (sbcs >= 0),
    CONSTRAINT yh_hhbb_ck CHECK (hhbb >= 1)
);
COMMENT ON TABLE gj.yh IS '数据对接工具用户：角色、数据范围、本地口令摘要与登录失败锁定';
COMMENT ON COLUMN gj.yh.yhm IS '用户名（登录名；统一平台登录时为网关或 OIDC 给出的用户名）';
COMMENT ON COLUMN gj.yh.xm IS '姓名';
COMMENT ON COLUMN gj.yh.js IS '角色：admin 管理员（全部功能）、steward 数据管理员（修正、挂接，限于其登记种类与区县）、viewer 只读';
COMMENT ON COLUMN gj.yh.djzl IS '数据管理员可处理的登记种类（stg.djsj.djzl 的取值）；空表示不限';
COMMENT ON COLUMN gj.yh.xzqdm IS '数据管理员可处理的区县（6 位行政区划代码，GB/T 2260）；空表示不限';
COMMENT ON COLUMN gj.yh.mmzy IS '本地口令的 Argon2id 摘要（含盐与参数，argon2-cffi 格式）；空表示只能经统一平台登录';
COMMENT ON COLUMN gj.yh.zt IS '状态：启用 / 停用（停用后不能登录，已有会话随即失效）';
COMMENT ON COLUMN gj.yh.sbcs IS '连续登录失败次数（成功登录或解锁后归零）';
COMMENT ON COLUMN gj.yh.sdzz IS '锁定至：连续失败达到上限后在此时刻之前拒绝登录（管理员可提前解锁）';
COMMENT ON COLUMN gj.yh.zhdl IS '最近一次成功登录时间';
COMMENT ON COLUMN gj.yh.hhbb IS '会话版本：改口令、停用、改角色时加一，使已签发的会话失效';
COMMENT ON COLUMN gj.yh.czr IS '建立人';
COMMENT ON COLUMN gj.yh.cjsj IS '建立时间';
COMMENT ON COLUMN gj.yh.gxsj IS '更新时间';
