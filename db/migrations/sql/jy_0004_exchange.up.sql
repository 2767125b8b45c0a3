-- 修订: jy_0004_exchange（前序 jy_0003；回退见 jy_0004_exchange.down.sql）
-- 做什么: 建立模式 jh 交换控制：流 S1–S4 的应用函数（db/procedures/jh/）所用的表与变更行类型——
--         行位置 hwz（幂等与删除墓碑）、路由规则 lygz 与行政区范围 xzfw（规则即数据）、路由决定 lyjc、
--         未转发记录 wzf、待处理 ddcl、死信 sx、流状态 lzt、来源表 lyb（S4 源表主键），并写入种子规则。
-- 依据: seed §5.2.1.3 数据交互方式（依共享主表关键字段判断是否推送）、§5.2.1.4 数据完整性保障、
--       §5.1.1；拓扑 ../shared/design/topology.md 流 S1–S4；docs/exchange.md。
-- 说明: 三个库（jy、jy_front、dj_front）建同样的 jh 模式：S1、S3 写 jy_front，S2 写 dj_front，S4 写 jy；
--       front_0002_exchange.up.sql 与本文件内容相同。jh 各表不被任何流捕获，不设 REPLICA IDENTITY。
--       只用 openGauss 兼容子集（docs/conventions.md）。

CREATE SCHEMA jh;
COMMENT ON SCHEMA jh IS '交换控制：CDC 流 S1–S4 的应用函数所用的行位置、路由规则与决定、未转发记录、待处理行、死信和流状态';

-- ----------------------------------------------------------------------
-- jh.xzfw: 行政区范围（路由规则 QXFW 的数据）
-- ----------------------------------------------------------------------
CREATE TABLE jh.xzfw (
    qxdm    varchar(12)  NOT NULL,
    qxmc    text         NOT NULL,
    sfyx    boolean      NOT NULL DEFAULT true,
    bz      text,
    gxsj    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT xzfw_pk PRIMARY KEY (qxdm)
);
COMMENT ON TABLE jh.xzfw IS '行政区范围：本平台交换的区县；共享主表 qxdm 不在其中（或已停用）的业务不转发（路由规则 QXFW）';
COMMENT ON COLUMN jh.xzfw.qxdm IS '行政区划代码（GB/T 2260 区县级，主键）';
COMMENT ON COLUMN jh.xzfw.qxmc IS '区县名称';
COMMENT ON COLUMN jh.xzfw.sfyx IS '是否有效（false 时该区县的业务不转发）';
COMMENT ON COLUMN jh.xzfw.bz IS '备注';
COMMENT ON COLUMN jh.xzfw.gxsj IS '更新时间';

INSERT INTO jh.xzfw (qxdm, qxmc, sfyx, bz) VALUES
    ('511702', '通川区', true, NULL),
    ('511703', '达川区', true, '2013 年由达县（511721）改设'),
    ('511722', '宣汉县', true, NULL),
    ('511723', '开江县', true, NULL),
    ('511724', '大竹县', true, NULL),
    ('511725', '渠县', true, NULL),
    ('511781', '万源市', true, NULL),
    ('511721', '达县（旧）', true, '2013 年撤销，改设达川区 511703；保留以便交换引用旧代码的历史数据');

-- ----------------------------------------------------------------------
-- jh.lygz: 路由规则（§5.2.1.3 依共享主表关键字段判断是否推送）
-- ----------------------------------------------------------------------
CREATE TABLE jh.lygz (
    id      bigserial    NOT NULL,
    lsl     varchar(10)  NOT NULL,
    ywlx    varchar(10)  NOT NULL,
    gzdm    varchar(30)  NOT NULL,
    gzlx    varchar(10)  NOT NULL,
    btzd    text[],
    yxzt    text[],
    sxh     integer      NOT NULL DEFAULT 100,
    sfqy    boolean      NOT NULL DEFAULT true,
    gzsm    text         NOT NULL,
    gxsj    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT lygz_pk PRIMARY KEY (id),
    CONSTRAINT lygz_gzdm_uq UNIQUE (gzdm),
    CONSTRAINT lygz_lsl_ck CHECK (lsl IN ('S2', 'S3')),
    CONSTRAINT lygz_gzlx_ck CHECK (gzlx IN ('YWZT', 'QXFW', 'BTZD')),
    CONSTRAINT lygz_btzd_ck CHECK (gzlx <> 'BTZD' OR btzd IS NOT NULL),
    CONSTRAINT lygz_yxzt_ck CHECK (gzlx <> 'YWZT' OR yxzt IS NOT NULL)
);
CREATE INDEX lygz_lsl_ywlx_ix ON jh.lygz (lsl, ywlx);
COMMENT ON TABLE jh.lygz IS '路由规则：S2/S3 据共享主表（gxzb）一行决定是否转发该业务；适用于某业务类型的全部启用规则都通过才转发；同一检查类别（gzlx）有该业务类型的专用规则时，通用规则（ywlx=*）不再适用';
COMMENT ON COLUMN jh.lygz.id IS 'ID（主键）';
COMMENT ON COLUMN jh.lygz.lsl IS '流：S2 共享交易库→不动产端前置共享交易库，S3 共享登记库→房产端前置共享登记库';
COMMENT ON COLUMN jh.lygz.ywlx IS '适用的业务类型（共享主表 ywlx），* 表示任意类型';
COMMENT ON COLUMN jh.lygz.gzdm IS '规则代码（唯一；不转发时作为原因代码记入 lyjc.yy 与 wzf.yy）';
COMMENT ON COLUMN jh.lygz.gzlx IS '检查类别：YWZT 业务状态须在 yxzt 中，QXFW 区县代码须在 jh.xzfw 有效范围内，BTZD btzd 所列字段须非空';
COMMENT ON COLUMN jh.lygz.btzd IS '必填字段（共享主表列名数组，BTZD 规则用）';
COMMENT ON COLUMN jh.lygz.yxzt IS '允许的业务状态（ywzt 值数组，YWZT 规则用）';
COMMENT ON COLUMN jh.lygz.sxh IS '检查顺序号（小者先查；有多条不通过时取最先的一条作为原因）';
COMMENT ON COLUMN jh.lygz.sfqy IS '是否启用';
COMMENT ON COLUMN jh.lygz.gzsm IS '规则说明（中文；不转发时作为原因说明的开头）';
COMMENT ON COLUMN jh.lygz.gxsj IS '更新时间';

INSERT INTO jh.lygz (lsl, ywlx, gzdm, gzlx, btzd, yxzt, sxh, gzsm) VALUES
    ('S2', '*', 'S2_YWZT', 'YWZT', NULL, ARRAY['办结', '撤销'], 10,
     '业务未办结：只转发办结的业务（撤销用于传递撤回）'),
    ('S2', '*', 'S2_QXFW', 'QXFW', NULL, NULL, 20, '行政区划不在本平台范围内'),
    ('S2', 'SPFBA', 'S2_SPFBA_BTZD', 'BTZD', ARRAY['htbh', 'fwbm'], NULL, 30,
     '商品房合同备案缺少关键字段'),
    ('S2', 'CLFBA', 'S2_CLFBA_BTZD', 'BTZD', ARRAY['htbh', 'fwbm'], NULL, 30,
     '存量房合同备案缺少关键字段'),
    ('S2', 'DYBA', 'S2_DYBA_BTZD', 'BTZD', ARRAY['fwbm'], NULL, 30, '抵押备案缺少关键字段'),
    ('S2', 'XZXZ', 'S2_XZXZ_BTZD', 'BTZD', ARRAY['fwbm'], NULL, 30, '行政限制设立缺少关键字段'),
    ('S2', 'XZJC', 'S2_XZJC_BTZD', 'BTZD', ARRAY['fwbm'], NULL, 30, '行政限制解除缺少关键字段'),
    ('S2', 'CHRK', 'S2_CHRK_BTZD', 'BTZD', ARRAY['xmbh'], NULL, 30, '测绘入库缺少关键字段'),
    ('S2', 'FWBM', 'S2_FWBM_BTZD', 'BTZD', ARRAY['fwbm'], NULL, 30, '房屋编码赋码结果缺少关键字段'),
    ('S2', 'JYQR', 'S2_JYQR_BTZD', 'BTZD', ARRAY['htbh'], NULL, 30, '交易确认缺少关键字段'),
    ('S3', '*', 'S3_YWZT', 'YWZT', NULL, ARRAY['登簿', '注销', '已发证', '已归档', '已收费'], 10,
     '登记业务未完成：只转发登簿、注销、已发证、已归档、已收费的业务'),
    ('S3', 'FWBMSQ', 'S3_FWBMSQ_YWZT', 'YWZT', NULL, ARRAY['已申请'], 10,
     '房屋编码申请未提交：申请业务只转发已申请的'),
    ('S3', '*', 'S3_QXFW', 'QXFW', NULL, NULL, 20, '行政区划不在本平台范围内'),
    ('S3', 'DB', 'S3_DB_BTZD', 'BTZD', ARRAY['bdcdyh', 'djlx'], NULL, 30, '登簿结果缺少关键字段'),
    ('S3', 'FWBMSQ', 'S3_FWBMSQ_BTZD', 'BTZD', ARRAY['bdcdyh'], NULL, 30, '房屋编码申请缺少关键字段'),
    ('S3', 'LPB', 'S3_LPB_BTZD', 'BTZD', ARRAY['bdcdyh'], NULL, 30, '登记楼盘表缺少关键字段');

-- ----------------------------------------------------------------------
-- jh.lyjc: 路由决定（每流每业务一行）
-- ----------------------------------------------------------------------
CREATE TABLE jh.lyjc (
    lsl     varchar(10)  NOT NULL,
    ywh     text         NOT NULL,
    ywlx    text,
    zf      boolean      NOT NULL,
    yy      varchar(30)  NOT NULL,
    yysm    text         NOT NULL,
    lywz    bigint       NOT NULL,
    jcsj    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT lyjc_pk PRIMARY KEY (lsl, ywh),
    CONSTRAINT lyjc_lsl_ck CHECK (lsl IN ('S2', 'S3'))
);
CREATE INDEX lyjc_jcsj_ix ON jh.lyjc (jcsj);
COMMENT ON TABLE jh.lyjc IS '路由决定：S2/S3 对每个业务（共享主表一行）的转发决定；明细行随所属业务的决定转发或不转发；共享主表的更新版本（lywz 更大）重新决定';
COMMENT ON COLUMN jh.lyjc.lsl IS '流（S2 / S3，主键之一）';
COMMENT ON COLUMN jh.lyjc.ywh IS '业务号（共享主表 ywh，主键之一）';
COMMENT ON COLUMN jh.lyjc.ywlx IS '业务类型（决定时共享主表的 ywlx）';
COMMENT ON COLUMN jh.lyjc.zf IS '是否转发';
COMMENT ON COLUMN jh.lyjc.yy IS '原因代码：ZF 符合全部规则；否则为第一条不通过规则的 gzdm';
COMMENT ON COLUMN jh.lyjc.yysm IS '原因说明（中文）';
COMMENT ON COLUMN jh.lyjc.lywz IS '据以决定的共享主表版本的来源位置（源库 WAL LSN）';
COMMENT ON COLUMN jh.lyjc.jcsj IS '决定时间';

-- ----------------------------------------------------------------------
-- jh.hwz: 行位置（幂等：每个目标行最后应用的来源位置；删除留作墓碑）
-- ----------------------------------------------------------------------
CREATE TABLE jh.hwz (
    bm      text         NOT NULL,
    zj      text         NOT NULL,
    lywz    bigint       NOT NULL,
    czlx    char(1)      NOT NULL,
    lsl     varchar(10)  NOT NULL,
    gxsj    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT hwz_pk PRIMARY KEY (bm, zj),
    CONSTRAINT hwz_czlx_ck CHECK (czlx IN ('I', 'U', 'D')),
    CONSTRAINT hwz_lsl_ck CHECK (lsl IN ('S1', 'S2', 'S3', 'S4'))
);
COMMENT ON TABLE jh.hwz IS '行位置：每个目标行最后一次应用的来源位置；来源位置不大于此值的变更（重放、重复、迟到的旧变更）不再应用；删除后保留此行作为墓碑，迟到的旧插入不能复活该行';
COMMENT ON COLUMN jh.hwz.bm IS '目标表（模式.表，主键之一）';
COMMENT ON COLUMN jh.hwz.zj IS '行主键文本（主键列值按主键顺序以 | 连接；值中的 \ 与 | 前加 \；主键之一）';
COMMENT ON COLUMN jh.hwz.lywz IS '最后应用的变更的来源位置（源库 WAL LSN，整数）';
COMMENT ON COLUMN jh.hwz.czlx IS '最后应用的操作：I 新增 / U 修改 / D 删除（D 即墓碑）';
COMMENT ON COLUMN jh.hwz.lsl IS '写入该行的流';
COMMENT ON COLUMN jh.hwz.gxsj IS '应用时间';

-- ----------------------------------------------------------------------
-- jh.wzf: 未转发记录
-- ----------------------------------------------------------------------
CREATE TABLE jh.wzf (
    id      bigserial    NOT NULL,
    lsl     varchar(10)  NOT NULL,
    bm      text         NOT NULL,
    zj      text         NOT NULL,
    ywh     text,
    czlx    char(1)      NOT NULL,
    sjnr    jsonb,
    yy      varchar(30)  NOT NULL,
    yysm    text         NOT NULL,
    lywz    bigint       NOT NULL,
    jlsj    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT wzf_pk PRIMARY KEY (id),
    CONSTRAINT wzf_lsl_bm_zj_uq UNIQUE (lsl, bm, zj),
    CONSTRAINT wzf_lsl_ck CHECK (lsl IN ('S2', 'S3')),
    CONSTRAINT wzf_czlx_ck CHECK (czlx IN ('I', 'U', 'D'))
);
CREATE INDEX wzf_lsl_ywh_ix ON jh.wzf (lsl, ywh);
CREATE INDEX wzf_jlsj_ix ON jh.wzf (jlsj);
COMMENT ON TABLE jh.wzf IS '未转发记录：路由不转发的每一行及其原因（每个目标行保留最新一次）；所属业务之后改为转发时，原因为 YWWZF 的行在同一调用中补发并从此表删除';
COMMENT ON COLUMN jh.wzf.id IS 'ID（主键）';
COMMENT ON COLUMN jh.wzf.lsl IS '流（S2 / S3）';
COMMENT ON COLUMN jh.wzf.bm IS '目标表（模式.表）';
COMMENT ON COLUMN jh.wzf.zj IS '行主键文本（格式同 jh.hwz.zj）';
COMMENT ON COLUMN jh.wzf.ywh IS '所属业务号（行的 ywh）';
COMMENT ON COLUMN jh.wzf.czlx IS '操作：I 新增 / U 修改 / D 删除';
COMMENT ON COLUMN jh.wzf.sjnr IS '行数据（Debezium 行映像，JSON；删除时为删除前映像），补发时使用';
COMMENT ON COLUMN jh.wzf.yy IS '原因代码：规则代码（jh.lygz.gzdm）、YWWZF 所属业务未转发、YWWJC 删除的业务无转发决定、WYWH 无业务号';
COMMENT ON COLUMN jh.wzf.yysm IS '原因说明（中文）';
COMMENT ON COLUMN jh.wzf.lywz IS '来源位置（源库 WAL LSN）';
COMMENT ON COLUMN jh.wzf.jlsj IS '记录时间';

-- ----------------------------------------------------------------------
-- jh.ddcl: 待处理（共享主表尚未到达的明细行）
-- ----------------------------------------------------------------------
CREATE TABLE jh.ddcl (
    id      bigserial    NOT NULL,
    lsl     varchar(10)  NOT NULL,
    bm      text         NOT NULL,
    zj      text         NOT NULL,
    ywh     text         NOT NULL,
    czlx    char(1)      NOT NULL,
    sjnr    jsonb        NOT NULL,
    lywz    bigint       NOT NULL,
    lysj    timestamptz,
    jrsj    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT ddcl_pk PRIMARY KEY (id),
    CONSTRAINT ddcl_lsl_bm_zj_uq UNIQUE (lsl, bm, zj),
    CONSTRAINT ddcl_lsl_ck CHECK (lsl IN ('S2', 'S3')),
    CONSTRAINT ddcl_czlx_ck CHECK (czlx IN ('I', 'U', 'D'))
);
CREATE INDEX ddcl_lsl_ywh_ix ON jh.ddcl (lsl, ywh);
COMMENT ON TABLE jh.ddcl IS '待处理：所属业务尚无路由决定（共享主表行未到）的明细行，每个目标行保留最新一次；该业务的共享主表行到达并决定后，在同一调用中应用或记入未转发';
COMMENT ON COLUMN jh.ddcl.id IS 'ID（主键）';
COMMENT ON COLUMN jh.ddcl.lsl IS '流（S2 / S3）';
COMMENT ON COLUMN jh.ddcl.bm IS '目标表（模式.表）';
COMMENT ON COLUMN jh.ddcl.zj IS '行主键文本（格式同 jh.hwz.zj）';
COMMENT ON COLUMN jh.ddcl.ywh IS '所属业务号（等待其共享主表行）';
COMMENT ON COLUMN jh.ddcl.czlx IS '操作：I 新增 / U 修改 / D 删除';
COMMENT ON COLUMN jh.ddcl.sjnr IS '行数据（Debezium 行映像，JSON；删除时为删除前映像）';
COMMENT ON COLUMN jh.ddcl.lywz IS '来源位置（源库 WAL LSN）';
COMMENT ON COLUMN jh.ddcl.lysj IS '来源提交时间（Debezium source.ts_ms）';
COMMENT ON COLUMN jh.ddcl.jrsj IS '进入待处理的时间';

-- ----------------------------------------------------------------------
-- jh.sx: 死信（无法应用的行）
-- ----------------------------------------------------------------------
CREATE TABLE jh.sx (
    id      bigserial    NOT NULL,
    lsl     varchar(10)  NOT NULL,
    bm      text         NOT NULL,
    zj      text,
    ywh     text,
    czlx    char(1),
    sjnr    jsonb,
    lywz    bigint,
    lysj    timestamptz,
    cwdm    varchar(5)   NOT NULL,
    cwxx    text         NOT NULL,
    jrsj    timestamptz  NOT NULL DEFAULT now(),
    cszt    varchar(10)  NOT NULL DEFAULT '待重试',
    cscs    integer      NOT NULL DEFAULT 0,
    cssj    timestamptz,
    CONSTRAINT sx_pk PRIMARY KEY (id),
    CONSTRAINT sx_lsl_ck CHECK (lsl IN ('S1', 'S2', 'S3', 'S4')),
    CONSTRAINT sx_czlx_ck CHECK (czlx IN ('I', 'U', 'D')),
    CONSTRAINT sx_cszt_ck CHECK (cszt IN ('待重试', '已重试', '已放弃'))
);
CREATE INDEX sx_lsl_cszt_ix ON jh.sx (lsl, cszt);
CREATE INDEX sx_bm_zj_ix ON jh.sx (bm, zj);
COMMENT ON TABLE jh.sx IS '死信：无法应用的行（值不能转换、违反约束、未知目标表、变更格式错误）及错误；批次其余行照常应用；修正 sjnr 或约束后用 jh.retry_dead_letter / jh.retry_dead_letters 重试';
COMMENT ON COLUMN jh.sx.id IS 'ID（主键）';
COMMENT ON COLUMN jh.sx.lsl IS '流（S1–S4）';
COMMENT ON COLUMN jh.sx.bm IS '目标表（模式.表；S4 为来源表）；变更未能解析出目标表时为来源表';
COMMENT ON COLUMN jh.sx.zj IS '行主键文本（格式同 jh.hwz.zj；无法得出时为空）';
COMMENT ON COLUMN jh.sx.ywh IS '所属业务号（行的 ywh）';
COMMENT ON COLUMN jh.sx.czlx IS '操作：I 新增 / U 修改 / D 删除（无法识别时为空）';
COMMENT ON COLUMN jh.sx.sjnr IS '行数据（JSON 行映像，S1 为拆出的 sjnr）；重试时按此值应用，可先修正';
COMMENT ON COLUMN jh.sx.lywz IS '来源位置（源库 WAL LSN）';
COMMENT ON COLUMN jh.sx.lysj IS '来源提交时间';
COMMENT ON COLUMN jh.sx.cwdm IS '错误代码（SQLSTATE；JH001 未知目标表，JH002 目标表无主键，JH003 行映像缺主键值，JH004 变更格式错误）';
COMMENT ON COLUMN jh.sx.cwxx IS '错误信息（最近一次）';
COMMENT ON COLUMN jh.sx.jrsj IS '进入死信的时间';
COMMENT ON COLUMN jh.sx.cszt IS '重试状态：待重试 / 已重试（已应用或已按路由处理）/ 已放弃（人工放弃，或已被更新的变更取代）';
COMMENT ON COLUMN jh.sx.cscs IS '重试次数';
COMMENT ON COLUMN jh.sx.cssj IS '最近一次重试时间';

-- ----------------------------------------------------------------------
-- jh.lzt: 流状态（应用函数在同一事务中更新）
-- ----------------------------------------------------------------------
CREATE TABLE jh.lzt (
    lsl             varchar(10)  NOT NULL,
    applied         bigint       NOT NULL DEFAULT 0,
    skipped         bigint       NOT NULL DEFAULT 0,
    filtered        bigint       NOT NULL DEFAULT 0,
    dead_letters    bigint       NOT NULL DEFAULT 0,
    pending         bigint       NOT NULL DEFAULT 0,
    batches         bigint       NOT NULL DEFAULT 0,
    last_event_at   timestamptz,
    last_source_ts  timestamptz,
    last_lag_ms     integer,
    last_lywz       bigint,
    gxsj            timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT lzt_pk PRIMARY KEY (lsl),
    CONSTRAINT lzt_lsl_ck CHECK (lsl IN ('S1', 'S2', 'S3', 'S4'))
);
COMMENT ON TABLE jh.lzt IS '流状态：每流一行，在该流的目标库中（S1、S3 在 jy_front，S2 在 dj_front，S4 在 jy）；jh.apply_changes 与重试函数在同一事务中更新，jydj status 读取';
COMMENT ON COLUMN jh.lzt.lsl IS '流（S1–S4，主键）';
COMMENT ON COLUMN jh.lzt.applied IS '累计已应用行数';
COMMENT ON COLUMN jh.lzt.skipped IS '累计跳过行数（重放、重复、迟到的旧变更，批内被同一行更新变更取代的，S1 发件箱的修改与删除）';
COMMENT ON COLUMN jh.lzt.filtered IS '累计未转发行数（记入 jh.wzf 的次数）';
COMMENT ON COLUMN jh.lzt.dead_letters IS '当前待重试的死信行数（jh.sx 中 cszt=待重试）';
COMMENT ON COLUMN jh.lzt.pending IS '当前待处理行数（jh.ddcl 中该流的行）';
COMMENT ON COLUMN jh.lzt.batches IS '累计处理的批次数';
COMMENT ON COLUMN jh.lzt.last_event_at IS '最近一次应用批次的时间';
COMMENT ON COLUMN jh.lzt.last_source_ts IS '最近批次中最新变更的来源提交时间';
COMMENT ON COLUMN jh.lzt.last_lag_ms IS '最近批次的延迟（毫秒）：应用时刻 clock_timestamp() 减来源提交时间';
COMMENT ON COLUMN jh.lzt.last_lywz IS '最近批次中最大的来源位置（源库 WAL LSN）';
COMMENT ON COLUMN jh.lzt.gxsj IS '更新时间';

-- ----------------------------------------------------------------------
-- jh.lyb: 来源表（S4 源表的主键列；S4 的目标库读不到源库目录）
-- ----------------------------------------------------------------------
CREATE TABLE jh.lyb (
    lsl     varchar(10)  NOT NULL,
    lybm    varchar(100) NOT NULL,
    zjl     text[]       NOT NULL,
    sm      text,
    CONSTRAINT lyb_pk PRIMARY KEY (lsl, lybm),
    CONSTRAINT lyb_lsl_ck CHECK (lsl IN ('S1', 'S2', 'S3', 'S4'))
);
COMMENT ON TABLE jh.lyb IS '来源表：目标库读不到来源库目录时（S4 把 jy_front.share_dj 写入 jy 暂存）所需的来源表主键列；行主键文本 lyzj 按此列序生成';
COMMENT ON COLUMN jh.lyb.lsl IS '流（主键之一）';
COMMENT ON COLUMN jh.lyb.lybm IS '来源表（模式.表，主键之一）';
COMMENT ON COLUMN jh.lyb.zjl IS '主键列（按主键顺序）';
COMMENT ON COLUMN jh.lyb.sm IS '说明';

INSERT INTO jh.lyb (lsl, lybm, zjl, sm) VALUES
    ('S4', 'share_dj.gxzb', ARRAY['ywh'], '共享主表（共享登记库）'),
    ('S4', 'share_dj.bdcdy', ARRAY['bdcdyh'], '不动产单元'),
    ('S4', 'share_dj.td', ARRAY['zddm'], '土地'),
    ('S4', 'share_dj.dbjg', ARRAY['ywh'], '登簿结果'),
    ('S4', 'share_dj.dbjg_dy', ARRAY['ywh', 'bdcdyh'], '登簿结果单元（随所属登簿结果）'),
    ('S4', 'share_dj.qlr', ARRAY['ywh', 'sqrlb', 'sxh'], '权利人/义务人'),
    ('S4', 'share_dj.zs', ARRAY['bdcqzh'], '证书/证明'),
    ('S4', 'share_dj.sf', ARRAY['ywh', 'sxh'], '收费'),
    ('S4', 'share_dj.yx', ARRAY['ywh', 'sha256'], '影像索引'),
    ('S4', 'share_dj.fwbm_sq', ARRAY['sqid'], '房屋编码申请');

-- ----------------------------------------------------------------------
-- jh.bgh: 变更行（应用函数之间传递的一行变更，复合类型）
-- ----------------------------------------------------------------------
CREATE TYPE jh.bgh AS (
    xh      integer,
    ly      char(1),
    sxid    bigint,
    bm      text,
    czlx    char(1),
    zj      text,
    ywh     text,
    sjnr    jsonb,
    lywz    bigint,
    lysj    timestamptz,
    cwdm    text,
    cwxx    text
);
COMMENT ON TYPE jh.bgh IS '变更行：jh.apply_changes 把 Debezium 变更规整为此类型的数组，交给 jh.apply_rows 等函数';
COMMENT ON COLUMN jh.bgh.xh IS '本次调用内的序号（批内位置；补发、重试的行排在后面）';
COMMENT ON COLUMN jh.bgh.ly IS '来源：B 本批变更，P 从待处理放出，W 从未转发补发，X 死信重试';
COMMENT ON COLUMN jh.bgh.sxid IS '死信 ID（重试时）';
COMMENT ON COLUMN jh.bgh.bm IS '目标表（模式.表；S4 为来源表）';
COMMENT ON COLUMN jh.bgh.czlx IS '操作：I 新增 / U 修改 / D 删除';
COMMENT ON COLUMN jh.bgh.zj IS '行主键文本（格式同 jh.hwz.zj）';
COMMENT ON COLUMN jh.bgh.ywh IS '所属业务号';
COMMENT ON COLUMN jh.bgh.sjnr IS '行映像（新增、修改为变更后，删除为变更前）';
COMMENT ON COLUMN jh.bgh.lywz IS '来源位置（源库 WAL LSN）';
COMMENT ON COLUMN jh.bgh.lysj IS '来源提交时间';
COMMENT ON COLUMN jh.bgh.cwdm IS '错误代码（SQLSTATE，行进入死信）；未转发的行在函数内部借用为原因代码';
COMMENT ON COLUMN jh.bgh.cwxx IS '错误信息；未转发的行在函数内部借用为原因说明';
