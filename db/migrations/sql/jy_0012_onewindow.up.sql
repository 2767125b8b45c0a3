-- 修订: jy_0012_onewindow（前序 jy_0011）
-- 做什么: 一窗受理对接（seed §5.1.3 一窗受理对接、§5.2.2.2 房产交易系统接口、§5.2.2.3 交易系统改造）。新模式 ycsl:
--   ycsl.sj    一窗收件：一窗受理平台分发来的每件申请一行（一窗受理号 slbh 唯一），流程（存量房网签 / 交易备案 /
--              抵押备案）、办理状态、所涉房屋、合同、抵押备案、交易业务、二次受理限定、登簿完成信息；
--   ycsl.sbr   申报人：收件时的申报人信息（出卖人、买受人、抵押人、抵押权人、代理人）；
--   ycsl.fj    附件：申报附件、签字页、电子合同、房屋影像的文件信息（文件本身在数据库之外按摘要存放）；
--   ycsl.bz    办件步骤：每件申请办理的各步骤与结果（办件审核进度 getProgress 所示）；
--   ycsl.qq    请求幂等：每个接收类操作按（操作, 业务键, 请求编号）记下第一次的应答，重复请求原样返回；
--   ycsl.ts    推送发件箱：向一窗受理平台的推送调用（受理结果、合同结果、核验结果、确认结果、合同附件、房屋影像），
--              与业务变更同一事务写入，由发送程序按序重试送达；
--   ycsl.tsrz 推送调用日志：每次推送尝试一行；
--   ycsl.wsrw  不动产权属数据完善任务：抵押备案前置收件发现登记信息不完备时转入，由数据管理人员完善。
--   编号序列：一窗交易业务号、存量房合同编号、合同备案号、抵押备案号。
--   接口调用日志 jk.dyrz 的结果增加「业务拒绝」（如一窗受理号已收件、二次受理限定：业务规则拒绝，不是参数错误）。
--   过程在 db/procedures/ycsl/（由 db/manifest.toml 安装）。
-- 依据: seed §5.1.3、§5.2.2.2、§5.2.2.3；../shared/design/interfaces.md（OneWindowService 与对一窗受理平台的调用）；
--       docs/onewindow.md。
-- 说明: 只用 openGauss 兼容子集（docs/conventions.md）。这些表不被数据流捕获（不需要 REPLICA IDENTITY FULL）。

CREATE SCHEMA ycsl;
COMMENT ON SCHEMA ycsl IS '一窗受理：一窗受理平台分发件的收件、申报人、附件、办件步骤、请求幂等、向一窗受理平台的推送发件箱与调用日志、不动产权属数据完善任务';

-- ----------------------------------------------------------------------
-- 编号序列（编号 = 前缀 + 年份 + 定长序号；与已有编号相撞时由 ycsl.bh_sc 跳到已用的最大序号之后）
-- ----------------------------------------------------------------------
CREATE SEQUENCE ycsl.ywh_xl;
COMMENT ON SEQUENCE ycsl.ywh_xl IS '一窗交易业务号序列：业务号为 YC + 年份 + 9 位序号';
CREATE SEQUENCE ycsl.clfhtbh_xl;
COMMENT ON SEQUENCE ycsl.clfhtbh_xl IS '存量房合同编号序列：合同编号为 CLF + 年份 + 8 位序号（与存量数据同一格式）';
CREATE SEQUENCE ycsl.spfhtbah_xl;
COMMENT ON SEQUENCE ycsl.spfhtbah_xl IS '商品房合同备案号序列：备案号为 BA + 年份 + 8 位序号';
CREATE SEQUENCE ycsl.clfhtbah_xl;
COMMENT ON SEQUENCE ycsl.clfhtbah_xl IS '存量房合同备案号序列：备案号为 CLBA + 年份 + 8 位序号';
CREATE SEQUENCE ycsl.dybah_xl;
COMMENT ON SEQUENCE ycsl.dybah_xl IS '抵押备案号序列：备案号为 DYBA + 年份 + 8 位序号';

-- ----------------------------------------------------------------------
-- ycsl.sj: 一窗收件
-- ----------------------------------------------------------------------
CREATE TABLE ycsl.sj (
    id       bigserial      NOT NULL,
    slbh     varchar(50)    NOT NULL,
    lc       varchar(10)    NOT NULL,
    zt       varchar(12)    NOT NULL,
    fwbm     varchar(32),
    h_id     bigint,
    htlx     varchar(10),
    htbh     varchar(50),
    dyba_id  bigint,
    jyywh    text,
    sbxx     jsonb,
    xd       boolean        NOT NULL DEFAULT false,
    xdyy     text,
    djywh    text,
    bdcqzh   varchar(100),
    djsj     timestamptz,
    czr      text,
    jssj     timestamptz    NOT NULL DEFAULT now(),
    gxsj     timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT sj_pk PRIMARY KEY (id),
    CONSTRAINT sj_slbh_uq UNIQUE (slbh),
    CONSTRAINT sj_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h (id),
    CONSTRAINT sj_dyba_id_fk FOREIGN KEY (dyba_id) REFERENCES ht.dyba (id),
    CONSTRAINT sj_jyywh_fk FOREIGN KEY (jyywh) REFERENCES yw.jyyw (ywh),
    CONSTRAINT sj_lc_ck CHECK (lc IN ('CLFWQ', 'JYBA', 'DYBA')),
    CONSTRAINT sj_zt_ck CHECK (zt IN ('预录', '已备案', '已确认', '待完善', '已驳回', '未通过', '已撤件', '已登簿')),
    CONSTRAINT sj_htlx_ck CHECK (htlx IN ('spfht', 'clfht')),
    CONSTRAINT sj_xd_ck CHECK (NOT xd OR xdyy IS NOT NULL),
    CONSTRAINT sj_db_ck CHECK (zt <> '已登簿' OR djywh IS NOT NULL)
);
CREATE INDEX sj_h_id_ix ON ycsl.sj (h_id);
CREATE INDEX sj_dyba_id_ix ON ycsl.sj (dyba_id);
CREATE INDEX sj_jyywh_ix ON ycsl.sj (jyywh);
CREATE INDEX sj_fwbm_ix ON ycsl.sj (fwbm);
CREATE INDEX sj_htbh_ix ON ycsl.sj (htbh);
CREATE INDEX sj_djywh_ix ON ycsl.sj (djywh);
COMMENT ON TABLE ycsl.sj IS '一窗收件：一窗受理平台分发来的每件申请一行（一窗受理号唯一），记流程、办理状态、所涉房屋与合同、交易业务、二次受理限定与登簿完成信息；由 ycsl.sj_js 等过程写入';
COMMENT ON COLUMN ycsl.sj.id IS 'ID（主键）';
COMMENT ON COLUMN ycsl.sj.slbh IS '一窗受理号（一窗受理平台的受理编号，唯一）';
COMMENT ON COLUMN ycsl.sj.lc IS '流程：CLFWQ 存量房网签（§5.2.2.3-1）/ JYBA 交易备案（§5.2.2.3-2）/ DYBA 抵押备案（§5.2.2.3-3）';
COMMENT ON COLUMN ycsl.sj.zt IS '办理状态：预录（存量房签约预录，待签字页）/ 已备案 / 已确认（交易确定或抵押备案完成）/ 待完善（转入不动产权属数据完善）/ 已驳回（前置收件不合格，退回一窗）/ 未通过（审核未通过）/ 已撤件 / 已登簿';
COMMENT ON COLUMN ycsl.sj.fwbm IS '房屋编码（申报基本信息所记）';
COMMENT ON COLUMN ycsl.sj.h_id IS '房屋（lpb.h.id）';
COMMENT ON COLUMN ycsl.sj.htlx IS '合同类型：spfht 商品房合同 / clfht 存量房合同（有合同时）';
COMMENT ON COLUMN ycsl.sj.htbh IS '合同编号（存量房网签为本件生成的合同；交易备案为申报的合同；抵押备案为关联的买卖合同，可空）';
COMMENT ON COLUMN ycsl.sj.dyba_id IS '本件办理的抵押备案（ht.dyba.id）';
COMMENT ON COLUMN ycsl.sj.jyywh IS '本件生成的交易业务号（yw.jyyw.ywh；前置收件驳回或待完善时为空）';
COMMENT ON COLUMN ycsl.sj.sbxx IS '申报基本信息（收到的 JSON 原样）';
COMMENT ON COLUMN ycsl.sj.xd IS '二次受理限定：驳回时挂起，挂起期间同一受理号不能再次受理，由 ycsl.xd_jc 解除（记操作日志）';
COMMENT ON COLUMN ycsl.sj.xdyy IS '二次受理限定原因（驳回原因）';
COMMENT ON COLUMN ycsl.sj.djywh IS '登记业务号（登簿完成信息所记）';
COMMENT ON COLUMN ycsl.sj.bdcqzh IS '不动产权证书号或证明号（登簿完成信息所记）';
COMMENT ON COLUMN ycsl.sj.djsj IS '登簿时间';
COMMENT ON COLUMN ycsl.sj.czr IS '收件经办人（调用方传入，如一窗受理平台的合作方名）';
COMMENT ON COLUMN ycsl.sj.jssj IS '收件时间';
COMMENT ON COLUMN ycsl.sj.gxsj IS '更新时间';

-- ----------------------------------------------------------------------
-- ycsl.sbr: 申报人
-- ----------------------------------------------------------------------
CREATE TABLE ycsl.sbr (
    id      bigserial      NOT NULL,
    sj_id   bigint         NOT NULL,
    sxh     integer        NOT NULL,
    jslx    varchar(10)    NOT NULL,
    mc      text           NOT NULL,
    zjzl    varchar(10),
    zjhm    varchar(50),
    dh      varchar(50),
    CONSTRAINT sbr_pk PRIMARY KEY (id),
    CONSTRAINT sbr_sj_id_sxh_uq UNIQUE (sj_id, sxh),
    CONSTRAINT sbr_sj_id_fk FOREIGN KEY (sj_id) REFERENCES ycsl.sj (id) ON DELETE CASCADE,
    CONSTRAINT sbr_zjzl_fk FOREIGN KEY (zjzl) REFERENCES zd.zjzl (dm),
    CONSTRAINT sbr_jslx_ck CHECK (jslx IN ('出卖人', '买受人', '抵押人', '抵押权人', '代理人'))
);
CREATE INDEX sbr_zjzl_ix ON ycsl.sbr (zjzl);
CREATE INDEX sbr_zjhm_ix ON ycsl.sbr (zjhm);
COMMENT ON TABLE ycsl.sbr IS '申报人：一窗收件时的申报人信息（再次受理时按新申报替换）';
COMMENT ON COLUMN ycsl.sbr.id IS 'ID（主键）';
COMMENT ON COLUMN ycsl.sbr.sj_id IS '所属收件（ycsl.sj.id）';
COMMENT ON COLUMN ycsl.sbr.sxh IS '顺序号（申报时的顺序，从 1 起）';
COMMENT ON COLUMN ycsl.sbr.jslx IS '角色：出卖人 / 买受人 / 抵押人 / 抵押权人 / 代理人';
COMMENT ON COLUMN ycsl.sbr.mc IS '名称（姓名或单位名称）';
COMMENT ON COLUMN ycsl.sbr.zjzl IS '证件种类（zd.zjzl 代码；申报的代码或名称换成代码）';
COMMENT ON COLUMN ycsl.sbr.zjhm IS '证件号码';
COMMENT ON COLUMN ycsl.sbr.dh IS '电话';

-- ----------------------------------------------------------------------
-- ycsl.fj: 附件
-- ----------------------------------------------------------------------
CREATE TABLE ycsl.fj (
    id      bigserial      NOT NULL,
    slbh    varchar(50),
    htbh    varchar(50),
    fjlx    varchar(10)    NOT NULL,
    wjm     text           NOT NULL,
    wjlx    varchar(100)   NOT NULL,
    dx      bigint         NOT NULL,
    sha256  char(64)       NOT NULL,
    scsj    timestamptz    NOT NULL DEFAULT now(),
    ly      varchar(10)    NOT NULL DEFAULT '一窗',
    CONSTRAINT fj_pk PRIMARY KEY (id),
    CONSTRAINT fj_fjlx_ck CHECK (fjlx IN ('申报附件', '签字页', '电子合同', '房屋影像')),
    CONSTRAINT fj_dx_ck CHECK (dx >= 0),
    CONSTRAINT fj_sha256_ck CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT fj_ly_ck CHECK (ly IN ('一窗', '平台')),
    CONSTRAINT fj_gs_ck CHECK (slbh IS NOT NULL OR htbh IS NOT NULL)
);
CREATE INDEX fj_slbh_ix ON ycsl.fj (slbh);
CREATE INDEX fj_htbh_ix ON ycsl.fj (htbh);
CREATE INDEX fj_sha256_ix ON ycsl.fj (sha256);
COMMENT ON TABLE ycsl.fj IS '附件：一窗申报附件、合同签字页、电子合同、房屋影像的文件信息；文件本身在数据库之外按 SHA-256 摘要存放';
COMMENT ON COLUMN ycsl.fj.id IS 'ID（主键）';
COMMENT ON COLUMN ycsl.fj.slbh IS '一窗受理号（属于某件申请时填写）';
COMMENT ON COLUMN ycsl.fj.htbh IS '合同编号（签字页、电子合同等属于某份合同时填写）';
COMMENT ON COLUMN ycsl.fj.fjlx IS '附件类型：申报附件 / 签字页 / 电子合同 / 房屋影像';
COMMENT ON COLUMN ycsl.fj.wjm IS '文件名';
COMMENT ON COLUMN ycsl.fj.wjlx IS '文件类型（MIME，如 application/pdf、image/jpeg）';
COMMENT ON COLUMN ycsl.fj.dx IS '文件大小（字节）';
COMMENT ON COLUMN ycsl.fj.sha256 IS '文件内容的 SHA-256 摘要（64 位小写十六进制），即文件的存放键';
COMMENT ON COLUMN ycsl.fj.scsj IS '上传（接收）时间';
COMMENT ON COLUMN ycsl.fj.ly IS '来源：一窗（一窗受理平台上传）/ 平台（本平台生成，如盖业务章的电子合同）';

-- ----------------------------------------------------------------------
-- ycsl.bz: 办件步骤
-- ----------------------------------------------------------------------
CREATE TABLE ycsl.bz (
    id      bigserial      NOT NULL,
    slbh    varchar(50)    NOT NULL,
    xh      integer        NOT NULL,
    hjmc    text           NOT NULL,
    jg      varchar(10)    NOT NULL,
    sm      text,
    czr     text,
    sj      timestamptz    NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT bz_pk PRIMARY KEY (id),
    CONSTRAINT bz_slbh_xh_uq UNIQUE (slbh, xh),
    CONSTRAINT bz_slbh_fk FOREIGN KEY (slbh) REFERENCES ycsl.sj (slbh),
    CONSTRAINT bz_jg_ck CHECK (jg IN ('通过', '不通过', '驳回', '撤件', '完成'))
);
COMMENT ON TABLE ycsl.bz IS '办件步骤：每件一窗申请办理的各步骤与结果（办件审核进度 getProgress 所示），由 ycsl.bz_jl 写入；有交易业务时同时记入 yw.jyyw_hj';
COMMENT ON COLUMN ycsl.bz.id IS 'ID（主键）';
COMMENT ON COLUMN ycsl.bz.slbh IS '一窗受理号（ycsl.sj.slbh）';
COMMENT ON COLUMN ycsl.bz.xh IS '步骤序号（同一受理号内从 1 起递增）';
COMMENT ON COLUMN ycsl.bz.hjmc IS '环节名称（如 收件、预录、前置收件、受理、审核、签约、备案、交易确定、撤件、登簿完成）';
COMMENT ON COLUMN ycsl.bz.jg IS '结果：通过 / 不通过 / 驳回 / 撤件 / 完成';
COMMENT ON COLUMN ycsl.bz.sm IS '说明（如交易安全校验不通过的中文原因、生成的合同编号与备案号）';
COMMENT ON COLUMN ycsl.bz.czr IS '经办人';
COMMENT ON COLUMN ycsl.bz.sj IS '步骤完成时间';

-- ----------------------------------------------------------------------
-- ycsl.qq: 请求幂等
-- ----------------------------------------------------------------------
CREATE TABLE ycsl.qq (
    cz      varchar(64)    NOT NULL,
    jz      varchar(100)   NOT NULL,
    qqid    varchar(100)   NOT NULL,
    dy      jsonb          NOT NULL,
    sj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT qq_pk PRIMARY KEY (cz, jz, qqid)
);
CREATE INDEX qq_sj_ix ON ycsl.qq (sj);
COMMENT ON TABLE ycsl.qq IS '请求幂等：接收类操作按（操作, 业务键, 请求编号）记下第一次的应答；同一请求再来时原样返回，不再办理';
COMMENT ON COLUMN ycsl.qq.cz IS '操作（receiveApplication、receiveSignatureImages、withdrawApplication、receiveRegistrationCompleted）';
COMMENT ON COLUMN ycsl.qq.jz IS '业务键（一窗受理号 slbh、合同编号 htbh，或登记业务号）';
COMMENT ON COLUMN ycsl.qq.qqid IS '调用方的请求编号';
COMMENT ON COLUMN ycsl.qq.dy IS '第一次的应答（JSON）';
COMMENT ON COLUMN ycsl.qq.sj IS '第一次应答的时间';

-- ----------------------------------------------------------------------
-- ycsl.ts: 推送发件箱
-- ----------------------------------------------------------------------
CREATE TABLE ycsl.ts (
    id      bigserial      NOT NULL,
    cz      varchar(64)    NOT NULL,
    slbh    varchar(50),
    nr      jsonb          NOT NULL,
    zt      varchar(10)    NOT NULL DEFAULT '待发送',
    cs      integer        NOT NULL DEFAULT 0,
    xcsj    timestamptz    NOT NULL DEFAULT now(),
    zhcw    text,
    cjsj    timestamptz    NOT NULL DEFAULT now(),
    sdsj    timestamptz,
    dy      jsonb,
    CONSTRAINT ts_pk PRIMARY KEY (id),
    CONSTRAINT ts_cz_ck CHECK (cz IN ('pushAcceptanceResult', 'pushContractResult', 'pushVerificationResult',
                                      'pushConfirmationResult', 'pushContractAttachments', 'pushHouseImages')),
    CONSTRAINT ts_zt_ck CHECK (zt IN ('待发送', '已送达', '已放弃')),
    CONSTRAINT ts_cs_ck CHECK (cs >= 0),
    CONSTRAINT ts_sd_ck CHECK (zt <> '已送达' OR sdsj IS NOT NULL)
);
CREATE INDEX ts_zt_xcsj_ix ON ycsl.ts (zt, xcsj);
CREATE INDEX ts_slbh_id_ix ON ycsl.ts (slbh, id);
COMMENT ON TABLE ycsl.ts IS '推送发件箱：向一窗受理平台的推送调用，与业务变更同一事务写入；发送程序经 ycsl.ts_qc 领取、ycsl.ts_jg 记结果，失败按指数退避重试，同一受理号按写入顺序送达';
COMMENT ON COLUMN ycsl.ts.id IS 'ID（主键，递增，即写入顺序；发给对方的请求编号为 JYDJ- 加本 ID）';
COMMENT ON COLUMN ycsl.ts.cz IS '一窗受理平台的操作：pushAcceptanceResult 受理结果 / pushContractResult 合同签订、备案结果 / pushVerificationResult 核验结果 / pushConfirmationResult 确认结果 / pushContractAttachments 网签合同信息与业务章附件 / pushHouseImages 房屋影像';
COMMENT ON COLUMN ycsl.ts.slbh IS '一窗受理号（同一受理号的推送按 ID 顺序送达）';
COMMENT ON COLUMN ycsl.ts.nr IS '推送内容（JSON）：总有 slbh、lc、jg（结果）、sm（说明）、sj（时间，ISO 8601），另有各操作的字段（htbh、htbah、dybah、yy 原因数组等）';
COMMENT ON COLUMN ycsl.ts.zt IS '状态：待发送（含等待重试）/ 已送达 / 已放弃（50 次或 3 天仍未送达）';
COMMENT ON COLUMN ycsl.ts.cs IS '已尝试次数';
COMMENT ON COLUMN ycsl.ts.xcsj IS '下次尝试时间（不早于此时领取）';
COMMENT ON COLUMN ycsl.ts.zhcw IS '最近一次失败的错误信息';
COMMENT ON COLUMN ycsl.ts.cjsj IS '写入时间';
COMMENT ON COLUMN ycsl.ts.sdsj IS '送达时间';
COMMENT ON COLUMN ycsl.ts.dy IS '对方的应答（送达时，JSON）';

-- ----------------------------------------------------------------------
-- ycsl.tsrz: 推送调用日志
-- ----------------------------------------------------------------------
CREATE TABLE ycsl.tsrz (
    id      bigserial      NOT NULL,
    ts_id   bigint         NOT NULL,
    sj      timestamptz    NOT NULL DEFAULT now(),
    cg      boolean        NOT NULL,
    hs      numeric(10,3),
    cw      text,
    dy      jsonb,
    CONSTRAINT tsrz_pk PRIMARY KEY (id),
    CONSTRAINT tsrz_ts_id_fk FOREIGN KEY (ts_id) REFERENCES ycsl.ts (id) ON DELETE CASCADE
);
CREATE INDEX tsrz_ts_id_ix ON ycsl.tsrz (ts_id);
CREATE INDEX tsrz_sj_ix ON ycsl.tsrz (sj);
COMMENT ON TABLE ycsl.tsrz IS '推送调用日志：向一窗受理平台的每次推送尝试一行（成功与否、耗时、错误、应答），由 ycsl.ts_jg 写入';
COMMENT ON COLUMN ycsl.tsrz.id IS 'ID（主键）';
COMMENT ON COLUMN ycsl.tsrz.ts_id IS '推送（ycsl.ts.id）';
COMMENT ON COLUMN ycsl.tsrz.sj IS '尝试时间（记录时）';
COMMENT ON COLUMN ycsl.tsrz.cg IS '是否成功';
COMMENT ON COLUMN ycsl.tsrz.hs IS '耗时（毫秒）';
COMMENT ON COLUMN ycsl.tsrz.cw IS '错误信息（失败时）';
COMMENT ON COLUMN ycsl.tsrz.dy IS '对方的应答（JSON）';

-- ----------------------------------------------------------------------
-- ycsl.wsrw: 不动产权属数据完善任务
-- ----------------------------------------------------------------------
CREATE TABLE ycsl.wsrw (
    id      bigserial      NOT NULL,
    slbh    varchar(50)    NOT NULL,
    fwbm    varchar(32),
    qsnr    text[]         NOT NULL,
    zt      varchar(10)    NOT NULL DEFAULT '待完善',
    cjsj    timestamptz    NOT NULL DEFAULT now(),
    wcsj    timestamptz,
    CONSTRAINT wsrw_pk PRIMARY KEY (id),
    CONSTRAINT wsrw_slbh_fk FOREIGN KEY (slbh) REFERENCES ycsl.sj (slbh),
    CONSTRAINT wsrw_zt_ck CHECK (zt IN ('待完善', '已完善')),
    CONSTRAINT wsrw_wc_ck CHECK (zt = '待完善' OR wcsj IS NOT NULL)
);
CREATE INDEX wsrw_slbh_ix ON ycsl.wsrw (slbh);
CREATE INDEX wsrw_fwbm_ix ON ycsl.wsrw (fwbm);
CREATE INDEX wsrw_zt_ix ON ycsl.wsrw (zt);
COMMENT ON TABLE ycsl.wsrw IS '不动产权属数据完善任务：抵押备案前置收件发现不动产登记信息不完备（无单元、无现势房地产权、无证书号、抵押人不是权利人）时转入，由数据管理人员完善（seed §5.2.2.3-3 第 1 项）';
COMMENT ON COLUMN ycsl.wsrw.id IS 'ID（主键）';
COMMENT ON COLUMN ycsl.wsrw.slbh IS '一窗受理号（ycsl.sj.slbh）';
COMMENT ON COLUMN ycsl.wsrw.fwbm IS '房屋编码';
COMMENT ON COLUMN ycsl.wsrw.qsnr IS '缺少的内容（中文，每项一条）';
COMMENT ON COLUMN ycsl.wsrw.zt IS '状态：待完善 / 已完善（同一受理号再次受理且信息已完备时置为已完善）';
COMMENT ON COLUMN ycsl.wsrw.cjsj IS '建立时间';
COMMENT ON COLUMN ycsl.wsrw.wcsj IS '完善时间';

-- ----------------------------------------------------------------------
-- jk.dyrz: 调用结果增加「业务拒绝」（一窗受理的业务规则拒绝：已收件、二次受理限定、已登簿不能撤件等）
-- ----------------------------------------------------------------------
ALTER TABLE jk.dyrz DROP CONSTRAINT dyrz_jg_ck;
ALTER TABLE jk.dyrz ADD CONSTRAINT dyrz_jg_ck
    CHECK (jg IN ('成功', '无结果', '未找到', '参数错误', '业务拒绝', '请求无效', '未认证', '拒绝访问', '服务错误'));
COMMENT ON COLUMN jk.dyrz.jg IS '结果：成功 / 无结果 / 未找到 / 参数错误 / 业务拒绝（如一窗受理号已收件） / 请求无效 / 未认证 / 拒绝访问 / 服务错误';
