-- 修订: front_0001_base_schema（front 分支首个修订，无前序；回退见 front_0001_base_schema.down.sql）
-- 做什么: 在前置库 jy_front 与 dj_front（两库结构相同）中建立模式 std（空）、share_jy 共享交易库、
--         share_dj 共享登记库及其全部表、主键、检查约束、索引和中文注释。
-- 依据: seed §5.2.1.3 数据交互方式（共享主表关键字段路由）、§5.2.1.5 业务流程数据推送、
--       §5.2.1.7 共享交易库建设、§5.1.2 房屋数据对接（房屋编码申请与赋码结果）。
-- 写入方: S1 写 jy_front.share_jy；S2 复制到 dj_front.share_jy；登记系统（模拟器）写 dj_front.share_dj；
--         S3 复制到 jy_front.share_dj；S4 把 jy_front.share_dj 搬入 jy 暂存。
-- 约定: 表间不建外键——行由流推送，可能重推、先后次序不定，按业务号 ywh 与自然键关联，
--       各关联/查询列均建索引。每表有主键并 REPLICA IDENTITY FULL（Debezium 捕获）。
--       只用 openGauss 兼容子集（docs/conventions.md，cdc_opengauss.md §C）。
--       金额 numeric(18,2)（元），面积 numeric(12,2)（m²）。影像只存索引，不存文件内容。


CREATE SCHEMA std;
COMMENT ON SCHEMA std IS '编码校验：标准编码校验函数（函数由过程文件创建，本迁移只建空模式）';

CREATE SCHEMA share_jy;
COMMENT ON SCHEMA share_jy IS '共享交易库：房产交易端推送给不动产登记端的数据（测绘成果、合同备案、行政限制、抵押备案、赋码结果）';

CREATE SCHEMA share_dj;
COMMENT ON SCHEMA share_dj IS '共享登记库：不动产登记端推送给房产交易端的数据（登记楼盘表、登簿结果、发证、收费、影像、赋码申请）';

-- ======================================================================
-- share_jy 共享交易库
-- ======================================================================

-- share_jy.gxzb: 共享主表（共享交易库）
CREATE TABLE share_jy.gxzb (
    ywh     text         NOT NULL,
    ywlx    varchar(10)  NOT NULL,
    ywzt    varchar(30)  NOT NULL,
    fwbm    varchar(32),
    bdcdyh  varchar(28),
    htbh    varchar(50),
    htbah   varchar(50),
    slbh    varchar(50),
    xmbh    varchar(50),
    glywh   text,
    qxdm    varchar(12),
    fwsl    integer,
    mxsl    integer,
    bjsj    timestamptz,
    tssj    timestamptz  NOT NULL DEFAULT now(),
    gxsj    timestamptz  NOT NULL DEFAULT now(),
    bz      text,
    CONSTRAINT gxzb_pk PRIMARY KEY (ywh),
    CONSTRAINT gxzb_ywlx_ck CHECK (ywlx IN ('CHRK', 'SPFBA', 'CLFBA', 'JYQR', 'XZXZ', 'XZJC', 'DYBA', 'FWBM')),
    CONSTRAINT gxzb_ywzt_ck CHECK (ywzt IN ('办结', '撤销'))
);
ALTER TABLE share_jy.gxzb REPLICA IDENTITY FULL;
CREATE INDEX gxzb_fwbm_ix ON share_jy.gxzb (fwbm);
CREATE INDEX gxzb_bdcdyh_ix ON share_jy.gxzb (bdcdyh);
CREATE INDEX gxzb_htbh_ix ON share_jy.gxzb (htbh);
CREATE INDEX gxzb_htbah_ix ON share_jy.gxzb (htbah);
CREATE INDEX gxzb_slbh_ix ON share_jy.gxzb (slbh);
CREATE INDEX gxzb_xmbh_ix ON share_jy.gxzb (xmbh);
CREATE INDEX gxzb_glywh_ix ON share_jy.gxzb (glywh);
CREATE INDEX gxzb_ywlx_ywzt_ix ON share_jy.gxzb (ywlx, ywzt);
CREATE INDEX gxzb_gxsj_ix ON share_jy.gxzb (gxsj);
COMMENT ON TABLE share_jy.gxzb IS '共享主表（共享交易库）：每个推送的交易业务一行，路由过程据其关键字段决定是否经 S2 转发到不动产端前置共享交易库。各表之间不建外键：行由流推送，可能重推且先后次序不定，以业务号和自然键关联';
COMMENT ON COLUMN share_jy.gxzb.ywh IS '业务号（交易业务号，主键）';
COMMENT ON COLUMN share_jy.gxzb.ywlx IS '业务类型：CHRK 测绘入库，SPFBA 商品房合同备案，CLFBA 存量房合同备案，JYQR 交易确认，XZXZ 行政限制设立，XZJC 行政限制解除，DYBA 抵押备案，FWBM 房屋编码赋码结果';
COMMENT ON COLUMN share_jy.gxzb.ywzt IS '业务状态：办结 / 撤销';
COMMENT ON COLUMN share_jy.gxzb.fwbm IS '房屋编码（单套业务的房屋；多套时为第一套，全部见明细表）';
COMMENT ON COLUMN share_jy.gxzb.bdcdyh IS '不动产单元号（已挂接时填写）';
COMMENT ON COLUMN share_jy.gxzb.htbh IS '合同编号（合同备案、交易确认、抵押备案所涉合同）';
COMMENT ON COLUMN share_jy.gxzb.htbah IS '合同备案号';
COMMENT ON COLUMN share_jy.gxzb.slbh IS '一窗受理编号';
COMMENT ON COLUMN share_jy.gxzb.xmbh IS '测绘项目编号（测绘入库业务）';
COMMENT ON COLUMN share_jy.gxzb.glywh IS '关联业务号（行政限制解除对应的设立业务、赋码结果对应的共享登记库申请业务等）';
COMMENT ON COLUMN share_jy.gxzb.qxdm IS '行政区划代码（区县，GB/T 2260，如 511702 通川区）';
COMMENT ON COLUMN share_jy.gxzb.fwsl IS '涉及房屋套数';
COMMENT ON COLUMN share_jy.gxzb.mxsl IS '本业务推送的明细行总数（路由可据此判断明细是否到齐）';
COMMENT ON COLUMN share_jy.gxzb.bjsj IS '业务办结（或撤销）时间';
COMMENT ON COLUMN share_jy.gxzb.tssj IS '推送时间（写入共享交易库的时间）';
COMMENT ON COLUMN share_jy.gxzb.gxsj IS '更新时间（源端最后修改该行的时间）';
COMMENT ON COLUMN share_jy.gxzb.bz IS '备注';

-- share_jy.chxm: 测绘项目
CREATE TABLE share_jy.chxm (
    xmbh      varchar(50)    NOT NULL,
    ywh       text           NOT NULL,
    xmmc      text,
    zl        text,
    kfqymc    text,
    kfqyzjhm  varchar(50),
    chdw      text,
    chlx      varchar(30),
    ysxkzh    varchar(100),
    zdmj      numeric(12,2),
    zjzmj     numeric(12,2),
    qxdm      varchar(12),
    rksj      timestamptz,
    gxsj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT chxm_pk PRIMARY KEY (xmbh)
);
ALTER TABLE share_jy.chxm REPLICA IDENTITY FULL;
CREATE INDEX chxm_ywh_ix ON share_jy.chxm (ywh);
CREATE INDEX chxm_kfqyzjhm_ix ON share_jy.chxm (kfqyzjhm);
COMMENT ON TABLE share_jy.chxm IS '测绘项目：房产测绘成果的项目信息（测绘入库时推送）';
COMMENT ON COLUMN share_jy.chxm.xmbh IS '测绘项目编号（主键）';
COMMENT ON COLUMN share_jy.chxm.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.chxm.xmmc IS '项目名称';
COMMENT ON COLUMN share_jy.chxm.zl IS '项目坐落';
COMMENT ON COLUMN share_jy.chxm.kfqymc IS '开发企业名称';
COMMENT ON COLUMN share_jy.chxm.kfqyzjhm IS '开发企业证件号码（统一社会信用代码）';
COMMENT ON COLUMN share_jy.chxm.chdw IS '测绘单位';
COMMENT ON COLUMN share_jy.chxm.chlx IS '测绘类型：预测 / 实测';
COMMENT ON COLUMN share_jy.chxm.ysxkzh IS '预售许可证号';
COMMENT ON COLUMN share_jy.chxm.zdmj IS '占地面积（m²）';
COMMENT ON COLUMN share_jy.chxm.zjzmj IS '总建筑面积（m²）';
COMMENT ON COLUMN share_jy.chxm.qxdm IS '行政区划代码';
COMMENT ON COLUMN share_jy.chxm.rksj IS '测绘成果入库时间';
COMMENT ON COLUMN share_jy.chxm.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.chzrz: 测绘自然幢
CREATE TABLE share_jy.chzrz (
    zrzh    varchar(50)    NOT NULL,
    xmbh    varchar(50),
    ywh     text           NOT NULL,
    zddm    varchar(32),
    bdcdyh  varchar(28),
    jzwmc   text,
    zl      text,
    jgrq    date,
    zcs     integer,
    dscs    integer,
    dxcs    integer,
    zzdmj   numeric(12,2),
    ycjzmj  numeric(12,2),
    scjzmj  numeric(12,2),
    ghyt    varchar(10),
    fwjg    varchar(10),
    zts     integer,
    qxdm    varchar(12),
    gxsj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT chzrz_pk PRIMARY KEY (zrzh)
);
ALTER TABLE share_jy.chzrz REPLICA IDENTITY FULL;
CREATE INDEX chzrz_xmbh_ix ON share_jy.chzrz (xmbh);
CREATE INDEX chzrz_ywh_ix ON share_jy.chzrz (ywh);
CREATE INDEX chzrz_bdcdyh_ix ON share_jy.chzrz (bdcdyh);
CREATE INDEX chzrz_zddm_ix ON share_jy.chzrz (zddm);
COMMENT ON TABLE share_jy.chzrz IS '测绘自然幢：楼盘表自然幢（测绘入库时推送）';
COMMENT ON COLUMN share_jy.chzrz.zrzh IS '自然幢号（主键）';
COMMENT ON COLUMN share_jy.chzrz.xmbh IS '测绘项目编号';
COMMENT ON COLUMN share_jy.chzrz.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.chzrz.zddm IS '宗地代码';
COMMENT ON COLUMN share_jy.chzrz.bdcdyh IS '不动产单元号（幢整体单元，未知时为空）';
COMMENT ON COLUMN share_jy.chzrz.jzwmc IS '建筑物名称';
COMMENT ON COLUMN share_jy.chzrz.zl IS '坐落';
COMMENT ON COLUMN share_jy.chzrz.jgrq IS '竣工日期';
COMMENT ON COLUMN share_jy.chzrz.zcs IS '总层数';
COMMENT ON COLUMN share_jy.chzrz.dscs IS '地上层数';
COMMENT ON COLUMN share_jy.chzrz.dxcs IS '地下层数';
COMMENT ON COLUMN share_jy.chzrz.zzdmj IS '幢占地面积（m²）';
COMMENT ON COLUMN share_jy.chzrz.ycjzmj IS '预测建筑面积（m²）';
COMMENT ON COLUMN share_jy.chzrz.scjzmj IS '实测建筑面积（m²）';
COMMENT ON COLUMN share_jy.chzrz.ghyt IS '规划用途（FWYT 代码）';
COMMENT ON COLUMN share_jy.chzrz.fwjg IS '房屋结构（FWJG 代码）';
COMMENT ON COLUMN share_jy.chzrz.zts IS '总套数';
COMMENT ON COLUMN share_jy.chzrz.qxdm IS '行政区划代码';
COMMENT ON COLUMN share_jy.chzrz.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.chljz: 测绘逻辑幢
CREATE TABLE share_jy.chljz (
    ljzh    varchar(50)    NOT NULL,
    zrzh    varchar(50),
    xmbh    varchar(50),
    ywh     text           NOT NULL,
    zh      text,
    mph     text,
    zl      text,
    ycjzmj  numeric(12,2),
    scjzmj  numeric(12,2),
    fwjg    varchar(10),
    fwyt    varchar(10),
    jzwzt   varchar(10),
    zcs     integer,
    dscs    integer,
    dxcs    integer,
    jgrq    date,
    gxsj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT chljz_pk PRIMARY KEY (ljzh)
);
ALTER TABLE share_jy.chljz REPLICA IDENTITY FULL;
CREATE INDEX chljz_zrzh_ix ON share_jy.chljz (zrzh);
CREATE INDEX chljz_xmbh_ix ON share_jy.chljz (xmbh);
CREATE INDEX chljz_ywh_ix ON share_jy.chljz (ywh);
COMMENT ON TABLE share_jy.chljz IS '测绘逻辑幢：楼盘表逻辑幢（楼栋，测绘入库时推送）';
COMMENT ON COLUMN share_jy.chljz.ljzh IS '逻辑幢号（楼栋编号，主键）';
COMMENT ON COLUMN share_jy.chljz.zrzh IS '所属自然幢号';
COMMENT ON COLUMN share_jy.chljz.xmbh IS '测绘项目编号';
COMMENT ON COLUMN share_jy.chljz.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.chljz.zh IS '幢号（楼栋名称，如 3 栋）';
COMMENT ON COLUMN share_jy.chljz.mph IS '门牌号';
COMMENT ON COLUMN share_jy.chljz.zl IS '坐落';
COMMENT ON COLUMN share_jy.chljz.ycjzmj IS '预测建筑面积（m²）';
COMMENT ON COLUMN share_jy.chljz.scjzmj IS '实测建筑面积（m²）';
COMMENT ON COLUMN share_jy.chljz.fwjg IS '房屋结构（FWJG 代码）';
COMMENT ON COLUMN share_jy.chljz.fwyt IS '房屋用途（FWYT 代码）';
COMMENT ON COLUMN share_jy.chljz.jzwzt IS '建筑物状态（JZWZT：1 历史 2 期房 3 现房 4 虚拟）';
COMMENT ON COLUMN share_jy.chljz.zcs IS '总层数';
COMMENT ON COLUMN share_jy.chljz.dscs IS '地上层数';
COMMENT ON COLUMN share_jy.chljz.dxcs IS '地下层数';
COMMENT ON COLUMN share_jy.chljz.jgrq IS '竣工日期';
COMMENT ON COLUMN share_jy.chljz.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.chc: 测绘层
CREATE TABLE share_jy.chc (
    ljzh     varchar(50)    NOT NULL,
    ch       varchar(50)    NOT NULL,
    zrzh     varchar(50),
    ywh      text           NOT NULL,
    sjc      integer,
    myc      text,
    cjzmj    numeric(12,2),
    ctnjzmj  numeric(12,2),
    cftjzmj  numeric(12,2),
    cg       numeric(8,2),
    gxsj     timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT chc_pk PRIMARY KEY (ljzh, ch)
);
ALTER TABLE share_jy.chc REPLICA IDENTITY FULL;
CREATE INDEX chc_zrzh_ix ON share_jy.chc (zrzh);
CREATE INDEX chc_ywh_ix ON share_jy.chc (ywh);
COMMENT ON TABLE share_jy.chc IS '测绘层：楼盘表层信息（测绘入库时推送）';
COMMENT ON COLUMN share_jy.chc.ljzh IS '逻辑幢号（主键之一）';
COMMENT ON COLUMN share_jy.chc.ch IS '层号（逻辑幢内唯一的层标识，主键之一）';
COMMENT ON COLUMN share_jy.chc.zrzh IS '所属自然幢号';
COMMENT ON COLUMN share_jy.chc.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.chc.sjc IS '实际层（物理层序，地下为负）';
COMMENT ON COLUMN share_jy.chc.myc IS '名义层（对外标注的层名）';
COMMENT ON COLUMN share_jy.chc.cjzmj IS '层建筑面积（m²）';
COMMENT ON COLUMN share_jy.chc.ctnjzmj IS '层套内建筑面积（m²）';
COMMENT ON COLUMN share_jy.chc.cftjzmj IS '层分摊建筑面积（m²）';
COMMENT ON COLUMN share_jy.chc.cg IS '层高（m）';
COMMENT ON COLUMN share_jy.chc.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.chh_sc: 测绘户（实测）
CREATE TABLE share_jy.chh_sc (
    fwbm    varchar(32)    NOT NULL,
    ycfwbm  varchar(32),
    bdcdyh  varchar(28),
    xmbh    varchar(50),
    zrzh    varchar(50),
    ljzh    varchar(50),
    ch      varchar(50),
    ywh     text           NOT NULL,
    zl      text,
    zh      text,
    dyh     text,
    szc     text,
    sjc     integer,
    fh      text,
    hx      varchar(10),
    fwyt    varchar(10),
    fwjg    varchar(10),
    fwxz    varchar(10),
    fwlx    varchar(10),
    jzmj    numeric(12,2),
    tnjzmj  numeric(12,2),
    ftjzmj  numeric(12,2),
    ftxs    numeric(12,6),
    fwzt    varchar(30),
    qxdm    varchar(12),
    gxsj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT chh_sc_pk PRIMARY KEY (fwbm)
);
ALTER TABLE share_jy.chh_sc REPLICA IDENTITY FULL;
CREATE INDEX chh_sc_ycfwbm_ix ON share_jy.chh_sc (ycfwbm);
CREATE INDEX chh_sc_bdcdyh_ix ON share_jy.chh_sc (bdcdyh);
CREATE INDEX chh_sc_xmbh_ix ON share_jy.chh_sc (xmbh);
CREATE INDEX chh_sc_zrzh_ix ON share_jy.chh_sc (zrzh);
CREATE INDEX chh_sc_ljzh_ix ON share_jy.chh_sc (ljzh);
CREATE INDEX chh_sc_ywh_ix ON share_jy.chh_sc (ywh);
COMMENT ON TABLE share_jy.chh_sc IS '测绘户（实测）：楼盘表实测户室（测绘入库时推送）';
COMMENT ON COLUMN share_jy.chh_sc.fwbm IS '房屋编码（JGJ/T 246，主键）';
COMMENT ON COLUMN share_jy.chh_sc.ycfwbm IS '对应预测户的房屋编码（预测户→实测户对应；与 fwbm 相同时也填写）';
COMMENT ON COLUMN share_jy.chh_sc.bdcdyh IS '不动产单元号（登记端已赋号并挂接时填写，可为空）';
COMMENT ON COLUMN share_jy.chh_sc.xmbh IS '测绘项目编号';
COMMENT ON COLUMN share_jy.chh_sc.zrzh IS '自然幢号';
COMMENT ON COLUMN share_jy.chh_sc.ljzh IS '逻辑幢号（楼栋编号）';
COMMENT ON COLUMN share_jy.chh_sc.ch IS '层号（对应 chc.ch）';
COMMENT ON COLUMN share_jy.chh_sc.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.chh_sc.zl IS '房屋坐落';
COMMENT ON COLUMN share_jy.chh_sc.zh IS '幢号（栋）';
COMMENT ON COLUMN share_jy.chh_sc.dyh IS '单元号';
COMMENT ON COLUMN share_jy.chh_sc.szc IS '所在层（名义层）';
COMMENT ON COLUMN share_jy.chh_sc.sjc IS '实际层';
COMMENT ON COLUMN share_jy.chh_sc.fh IS '房号（室号部位）';
COMMENT ON COLUMN share_jy.chh_sc.hx IS '户型（HX 代码）';
COMMENT ON COLUMN share_jy.chh_sc.fwyt IS '房屋用途（FWYT 代码）';
COMMENT ON COLUMN share_jy.chh_sc.fwjg IS '房屋结构（FWJG 代码）';
COMMENT ON COLUMN share_jy.chh_sc.fwxz IS '房屋性质（FWXZ 代码）';
COMMENT ON COLUMN share_jy.chh_sc.fwlx IS '房屋类型（FWLX 代码）';
COMMENT ON COLUMN share_jy.chh_sc.jzmj IS '实测建筑面积（m²）';
COMMENT ON COLUMN share_jy.chh_sc.tnjzmj IS '实测套内建筑面积（m²）';
COMMENT ON COLUMN share_jy.chh_sc.ftjzmj IS '实测分摊建筑面积（m²）';
COMMENT ON COLUMN share_jy.chh_sc.ftxs IS '分摊系数';
COMMENT ON COLUMN share_jy.chh_sc.fwzt IS '房屋交易状态（可售、已签约、已备案、已限制等，推送时的状态）';
COMMENT ON COLUMN share_jy.chh_sc.qxdm IS '行政区划代码';
COMMENT ON COLUMN share_jy.chh_sc.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.chh_yc: 测绘户（预测）
CREATE TABLE share_jy.chh_yc (
    fwbm    varchar(32)    NOT NULL,
    bdcdyh  varchar(28),
    xmbh    varchar(50),
    zrzh    varchar(50),
    ljzh    varchar(50),
    ch      varchar(50),
    ywh     text           NOT NULL,
    zl      text,
    zh      text,
    dyh     text,
    szc     text,
    sjc     integer,
    fh      text,
    hx      varchar(10),
    fwyt    varchar(10),
    fwjg    varchar(10),
    fwxz    varchar(10),
    fwlx    varchar(10),
    jzmj    numeric(12,2),
    tnjzmj  numeric(12,2),
    ftjzmj  numeric(12,2),
    ftxs    numeric(12,6),
    fwzt    varchar(30),
    qxdm    varchar(12),
    gxsj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT chh_yc_pk PRIMARY KEY (fwbm)
);
ALTER TABLE share_jy.chh_yc REPLICA IDENTITY FULL;
CREATE INDEX chh_yc_bdcdyh_ix ON share_jy.chh_yc (bdcdyh);
CREATE INDEX chh_yc_xmbh_ix ON share_jy.chh_yc (xmbh);
CREATE INDEX chh_yc_zrzh_ix ON share_jy.chh_yc (zrzh);
CREATE INDEX chh_yc_ljzh_ix ON share_jy.chh_yc (ljzh);
CREATE INDEX chh_yc_ywh_ix ON share_jy.chh_yc (ywh);
COMMENT ON TABLE share_jy.chh_yc IS '测绘户（预测）：楼盘表预测户室（测绘入库时推送）';
COMMENT ON COLUMN share_jy.chh_yc.fwbm IS '房屋编码（JGJ/T 246，主键）';
COMMENT ON COLUMN share_jy.chh_yc.bdcdyh IS '不动产单元号（登记端已赋号并挂接时填写，可为空）';
COMMENT ON COLUMN share_jy.chh_yc.xmbh IS '测绘项目编号';
COMMENT ON COLUMN share_jy.chh_yc.zrzh IS '自然幢号';
COMMENT ON COLUMN share_jy.chh_yc.ljzh IS '逻辑幢号（楼栋编号）';
COMMENT ON COLUMN share_jy.chh_yc.ch IS '层号（对应 chc.ch）';
COMMENT ON COLUMN share_jy.chh_yc.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.chh_yc.zl IS '房屋坐落';
COMMENT ON COLUMN share_jy.chh_yc.zh IS '幢号（栋）';
COMMENT ON COLUMN share_jy.chh_yc.dyh IS '单元号';
COMMENT ON COLUMN share_jy.chh_yc.szc IS '所在层（名义层）';
COMMENT ON COLUMN share_jy.chh_yc.sjc IS '实际层';
COMMENT ON COLUMN share_jy.chh_yc.fh IS '房号（室号部位）';
COMMENT ON COLUMN share_jy.chh_yc.hx IS '户型（HX 代码）';
COMMENT ON COLUMN share_jy.chh_yc.fwyt IS '房屋用途（FWYT 代码）';
COMMENT ON COLUMN share_jy.chh_yc.fwjg IS '房屋结构（FWJG 代码）';
COMMENT ON COLUMN share_jy.chh_yc.fwxz IS '房屋性质（FWXZ 代码）';
COMMENT ON COLUMN share_jy.chh_yc.fwlx IS '房屋类型（FWLX 代码）';
COMMENT ON COLUMN share_jy.chh_yc.jzmj IS '预测建筑面积（m²）';
COMMENT ON COLUMN share_jy.chh_yc.tnjzmj IS '预测套内建筑面积（m²）';
COMMENT ON COLUMN share_jy.chh_yc.ftjzmj IS '预测分摊建筑面积（m²）';
COMMENT ON COLUMN share_jy.chh_yc.ftxs IS '分摊系数';
COMMENT ON COLUMN share_jy.chh_yc.fwzt IS '房屋交易状态（可售、已签约、已备案、已限制等，推送时的状态）';
COMMENT ON COLUMN share_jy.chh_yc.qxdm IS '行政区划代码';
COMMENT ON COLUMN share_jy.chh_yc.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.spfht: 商品房合同主表
CREATE TABLE share_jy.spfht (
    htbh    varchar(50)    NOT NULL,
    htbah   varchar(50),
    ywh     text           NOT NULL,
    slbh    varchar(50),
    xmbh    varchar(50),
    ysxkzh  varchar(100),
    qyrq    date,
    barq    date,
    htje    numeric(18,2),
    fkfs    varchar(30),
    dkje    numeric(18,2),
    htzt    varchar(30),
    qxdm    varchar(12),
    gxsj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT spfht_pk PRIMARY KEY (htbh)
);
ALTER TABLE share_jy.spfht REPLICA IDENTITY FULL;
CREATE INDEX spfht_htbah_ix ON share_jy.spfht (htbah);
CREATE INDEX spfht_ywh_ix ON share_jy.spfht (ywh);
CREATE INDEX spfht_slbh_ix ON share_jy.spfht (slbh);
CREATE INDEX spfht_xmbh_ix ON share_jy.spfht (xmbh);
COMMENT ON TABLE share_jy.spfht IS '商品房合同主表：商品房买卖合同（网签）及其备案信息（合同备案时推送）';
COMMENT ON COLUMN share_jy.spfht.htbh IS '合同编号（主键）';
COMMENT ON COLUMN share_jy.spfht.htbah IS '合同备案号';
COMMENT ON COLUMN share_jy.spfht.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.spfht.slbh IS '一窗受理编号';
COMMENT ON COLUMN share_jy.spfht.xmbh IS '测绘项目编号';
COMMENT ON COLUMN share_jy.spfht.ysxkzh IS '预售许可证号';
COMMENT ON COLUMN share_jy.spfht.qyrq IS '签约日期';
COMMENT ON COLUMN share_jy.spfht.barq IS '备案日期';
COMMENT ON COLUMN share_jy.spfht.htje IS '合同成交金额（元）';
COMMENT ON COLUMN share_jy.spfht.fkfs IS '付款方式（一次性付款、按揭贷款等）';
COMMENT ON COLUMN share_jy.spfht.dkje IS '贷款金额（元）';
COMMENT ON COLUMN share_jy.spfht.htzt IS '合同状态（已签约、已备案、已注销等）';
COMMENT ON COLUMN share_jy.spfht.qxdm IS '行政区划代码';
COMMENT ON COLUMN share_jy.spfht.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.spfht_h: 商品房合同户
CREATE TABLE share_jy.spfht_h (
    htbh    varchar(50)    NOT NULL,
    fwbm    varchar(32)    NOT NULL,
    ywh     text           NOT NULL,
    bdcdyh  varchar(28),
    zl      text,
    zh      text,
    dyh     text,
    szc     text,
    fh      text,
    fwyt    varchar(10),
    jzmj    numeric(12,2),
    tnjzmj  numeric(12,2),
    ftjzmj  numeric(12,2),
    dj      numeric(18,2),
    zj      numeric(18,2),
    gxsj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT spfht_h_pk PRIMARY KEY (htbh, fwbm)
);
ALTER TABLE share_jy.spfht_h REPLICA IDENTITY FULL;
CREATE INDEX spfht_h_fwbm_ix ON share_jy.spfht_h (fwbm);
CREATE INDEX spfht_h_bdcdyh_ix ON share_jy.spfht_h (bdcdyh);
CREATE INDEX spfht_h_ywh_ix ON share_jy.spfht_h (ywh);
COMMENT ON TABLE share_jy.spfht_h IS '商品房合同户：合同所含房屋，每套一行';
COMMENT ON COLUMN share_jy.spfht_h.htbh IS '合同编号（主键之一）';
COMMENT ON COLUMN share_jy.spfht_h.fwbm IS '房屋编码（主键之一）';
COMMENT ON COLUMN share_jy.spfht_h.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.spfht_h.bdcdyh IS '不动产单元号（已挂接时填写）';
COMMENT ON COLUMN share_jy.spfht_h.zl IS '房屋坐落';
COMMENT ON COLUMN share_jy.spfht_h.zh IS '幢号（栋）';
COMMENT ON COLUMN share_jy.spfht_h.dyh IS '单元号';
COMMENT ON COLUMN share_jy.spfht_h.szc IS '所在层（名义层）';
COMMENT ON COLUMN share_jy.spfht_h.fh IS '房号';
COMMENT ON COLUMN share_jy.spfht_h.fwyt IS '房屋用途（FWYT 代码）';
COMMENT ON COLUMN share_jy.spfht_h.jzmj IS '建筑面积（m²）';
COMMENT ON COLUMN share_jy.spfht_h.tnjzmj IS '套内建筑面积（m²）';
COMMENT ON COLUMN share_jy.spfht_h.ftjzmj IS '分摊建筑面积（m²）';
COMMENT ON COLUMN share_jy.spfht_h.dj IS '单价（元/m²）';
COMMENT ON COLUMN share_jy.spfht_h.zj IS '该房屋成交总价（元）';
COMMENT ON COLUMN share_jy.spfht_h.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.spfht_cmr: 商品房合同出卖人
CREATE TABLE share_jy.spfht_cmr (
    htbh     varchar(50)  NOT NULL,
    sxh      integer      NOT NULL,
    ywh      text         NOT NULL,
    cmrmc    text         NOT NULL,
    zjzl     varchar(10),
    zjhm     varchar(50),
    dh       varchar(50),
    dz       text,
    dlrmc    text,
    dlrzjhm  varchar(50),
    gxsj     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT spfht_cmr_pk PRIMARY KEY (htbh, sxh)
);
ALTER TABLE share_jy.spfht_cmr REPLICA IDENTITY FULL;
CREATE INDEX spfht_cmr_zjhm_ix ON share_jy.spfht_cmr (zjhm);
CREATE INDEX spfht_cmr_dlrzjhm_ix ON share_jy.spfht_cmr (dlrzjhm);
CREATE INDEX spfht_cmr_ywh_ix ON share_jy.spfht_cmr (ywh);
COMMENT ON TABLE share_jy.spfht_cmr IS '商品房合同出卖人：合同的出卖人，每人一行';
COMMENT ON COLUMN share_jy.spfht_cmr.htbh IS '合同编号（主键之一）';
COMMENT ON COLUMN share_jy.spfht_cmr.sxh IS '顺序号（主键之一）';
COMMENT ON COLUMN share_jy.spfht_cmr.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.spfht_cmr.cmrmc IS '出卖人名称（姓名或单位名称）';
COMMENT ON COLUMN share_jy.spfht_cmr.zjzl IS '证件种类（ZJZL 代码）';
COMMENT ON COLUMN share_jy.spfht_cmr.zjhm IS '证件号码';
COMMENT ON COLUMN share_jy.spfht_cmr.dh IS '联系电话';
COMMENT ON COLUMN share_jy.spfht_cmr.dz IS '通讯地址';
COMMENT ON COLUMN share_jy.spfht_cmr.dlrmc IS '代理人名称';
COMMENT ON COLUMN share_jy.spfht_cmr.dlrzjhm IS '代理人证件号码';
COMMENT ON COLUMN share_jy.spfht_cmr.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.spfht_msr: 商品房合同买受人
CREATE TABLE share_jy.spfht_msr (
    htbh     varchar(50)  NOT NULL,
    sxh      integer      NOT NULL,
    ywh      text         NOT NULL,
    msrmc    text         NOT NULL,
    zjzl     varchar(10),
    zjhm     varchar(50),
    gyfs     varchar(10),
    qlbl     varchar(50),
    dh       varchar(50),
    dz       text,
    dlrmc    text,
    dlrzjhm  varchar(50),
    gxsj     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT spfht_msr_pk PRIMARY KEY (htbh, sxh)
);
ALTER TABLE share_jy.spfht_msr REPLICA IDENTITY FULL;
CREATE INDEX spfht_msr_zjhm_ix ON share_jy.spfht_msr (zjhm);
CREATE INDEX spfht_msr_dlrzjhm_ix ON share_jy.spfht_msr (dlrzjhm);
CREATE INDEX spfht_msr_ywh_ix ON share_jy.spfht_msr (ywh);
COMMENT ON TABLE share_jy.spfht_msr IS '商品房合同买受人：合同的买受人，每人一行';
COMMENT ON COLUMN share_jy.spfht_msr.htbh IS '合同编号（主键之一）';
COMMENT ON COLUMN share_jy.spfht_msr.sxh IS '顺序号（主键之一）';
COMMENT ON COLUMN share_jy.spfht_msr.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.spfht_msr.msrmc IS '买受人名称（姓名或单位名称）';
COMMENT ON COLUMN share_jy.spfht_msr.zjzl IS '证件种类（ZJZL 代码）';
COMMENT ON COLUMN share_jy.spfht_msr.zjhm IS '证件号码';
COMMENT ON COLUMN share_jy.spfht_msr.gyfs IS '共有方式（GYFS：0 单独所有 1 共同共有 2 按份共有 3 其它共有）';
COMMENT ON COLUMN share_jy.spfht_msr.qlbl IS '权利比例（按份共有的份额）';
COMMENT ON COLUMN share_jy.spfht_msr.dh IS '联系电话';
COMMENT ON COLUMN share_jy.spfht_msr.dz IS '通讯地址';
COMMENT ON COLUMN share_jy.spfht_msr.dlrmc IS '代理人名称';
COMMENT ON COLUMN share_jy.spfht_msr.dlrzjhm IS '代理人证件号码';
COMMENT ON COLUMN share_jy.spfht_msr.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.clfht: 存量房合同主表
CREATE TABLE share_jy.clfht (
    htbh    varchar(50)    NOT NULL,
    htbah   varchar(50),
    ywh     text           NOT NULL,
    slbh    varchar(50),
    bdcqzh  text,
    jjjgmc  text,
    zjjgje  numeric(18,2),
    qyrq    date,
    barq    date,
    htje    numeric(18,2),
    fkfs    varchar(30),
    dkje    numeric(18,2),
    htzt    varchar(30),
    qxdm    varchar(12),
    gxsj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT clfht_pk PRIMARY KEY (htbh)
);
ALTER TABLE share_jy.clfht REPLICA IDENTITY FULL;
CREATE INDEX clfht_htbah_ix ON share_jy.clfht (htbah);
CREATE INDEX clfht_ywh_ix ON share_jy.clfht (ywh);
CREATE INDEX clfht_slbh_ix ON share_jy.clfht (slbh);
CREATE INDEX clfht_bdcqzh_ix ON share_jy.clfht (bdcqzh);
COMMENT ON TABLE share_jy.clfht IS '存量房合同主表：存量房买卖合同（网签）及其备案信息（合同备案时推送）';
COMMENT ON COLUMN share_jy.clfht.htbh IS '合同编号（主键）';
COMMENT ON COLUMN share_jy.clfht.htbah IS '合同备案号';
COMMENT ON COLUMN share_jy.clfht.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.clfht.slbh IS '一窗受理编号';
COMMENT ON COLUMN share_jy.clfht.bdcqzh IS '不动产权证书号（或原房屋所有权证号）';
COMMENT ON COLUMN share_jy.clfht.jjjgmc IS '经纪机构名称';
COMMENT ON COLUMN share_jy.clfht.zjjgje IS '资金监管金额（元）';
COMMENT ON COLUMN share_jy.clfht.qyrq IS '签约日期';
COMMENT ON COLUMN share_jy.clfht.barq IS '备案日期';
COMMENT ON COLUMN share_jy.clfht.htje IS '合同成交金额（元）';
COMMENT ON COLUMN share_jy.clfht.fkfs IS '付款方式（一次性付款、按揭贷款等）';
COMMENT ON COLUMN share_jy.clfht.dkje IS '贷款金额（元）';
COMMENT ON COLUMN share_jy.clfht.htzt IS '合同状态（已签约、已备案、已注销等）';
COMMENT ON COLUMN share_jy.clfht.qxdm IS '行政区划代码';
COMMENT ON COLUMN share_jy.clfht.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.clfht_h: 存量房合同户
CREATE TABLE share_jy.clfht_h (
    htbh    varchar(50)    NOT NULL,
    fwbm    varchar(32)    NOT NULL,
    ywh     text           NOT NULL,
    bdcdyh  varchar(28),
    bdcqzh  text,
    zl      text,
    zh      text,
    dyh     text,
    szc     text,
    fh      text,
    fwyt    varchar(10),
    jzmj    numeric(12,2),
    tnjzmj  numeric(12,2),
    ftjzmj  numeric(12,2),
    dj      numeric(18,2),
    zj      numeric(18,2),
    gxsj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT clfht_h_pk PRIMARY KEY (htbh, fwbm)
);
ALTER TABLE share_jy.clfht_h REPLICA IDENTITY FULL;
CREATE INDEX clfht_h_fwbm_ix ON share_jy.clfht_h (fwbm);
CREATE INDEX clfht_h_bdcdyh_ix ON share_jy.clfht_h (bdcdyh);
CREATE INDEX clfht_h_ywh_ix ON share_jy.clfht_h (ywh);
CREATE INDEX clfht_h_bdcqzh_ix ON share_jy.clfht_h (bdcqzh);
COMMENT ON TABLE share_jy.clfht_h IS '存量房合同户：合同所含房屋，每套一行';
COMMENT ON COLUMN share_jy.clfht_h.htbh IS '合同编号（主键之一）';
COMMENT ON COLUMN share_jy.clfht_h.fwbm IS '房屋编码（主键之一）';
COMMENT ON COLUMN share_jy.clfht_h.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.clfht_h.bdcdyh IS '不动产单元号（已挂接时填写）';
COMMENT ON COLUMN share_jy.clfht_h.bdcqzh IS '该房屋的不动产权证书号';
COMMENT ON COLUMN share_jy.clfht_h.zl IS '房屋坐落';
COMMENT ON COLUMN share_jy.clfht_h.zh IS '幢号（栋）';
COMMENT ON COLUMN share_jy.clfht_h.dyh IS '单元号';
COMMENT ON COLUMN share_jy.clfht_h.szc IS '所在层（名义层）';
COMMENT ON COLUMN share_jy.clfht_h.fh IS '房号';
COMMENT ON COLUMN share_jy.clfht_h.fwyt IS '房屋用途（FWYT 代码）';
COMMENT ON COLUMN share_jy.clfht_h.jzmj IS '建筑面积（m²）';
COMMENT ON COLUMN share_jy.clfht_h.tnjzmj IS '套内建筑面积（m²）';
COMMENT ON COLUMN share_jy.clfht_h.ftjzmj IS '分摊建筑面积（m²）';
COMMENT ON COLUMN share_jy.clfht_h.dj IS '单价（元/m²）';
COMMENT ON COLUMN share_jy.clfht_h.zj IS '该房屋成交总价（元）';
COMMENT ON COLUMN share_jy.clfht_h.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.clfht_cmr: 存量房合同出卖人
CREATE TABLE share_jy.clfht_cmr (
    htbh     varchar(50)  NOT NULL,
    sxh      integer      NOT NULL,
    ywh      text         NOT NULL,
    cmrmc    text         NOT NULL,
    zjzl     varchar(10),
    zjhm     varchar(50),
    dh       varchar(50),
    dz       text,
    dlrmc    text,
    dlrzjhm  varchar(50),
    gxsj     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT clfht_cmr_pk PRIMARY KEY (htbh, sxh)
);
ALTER TABLE share_jy.clfht_cmr REPLICA IDENTITY FULL;
CREATE INDEX clfht_cmr_zjhm_ix ON share_jy.clfht_cmr (zjhm);
CREATE INDEX clfht_cmr_dlrzjhm_ix ON share_jy.clfht_cmr (dlrzjhm);
CREATE INDEX clfht_cmr_ywh_ix ON share_jy.clfht_cmr (ywh);
COMMENT ON TABLE share_jy.clfht_cmr IS '存量房合同出卖人：合同的出卖人，每人一行';
COMMENT ON COLUMN share_jy.clfht_cmr.htbh IS '合同编号（主键之一）';
COMMENT ON COLUMN share_jy.clfht_cmr.sxh IS '顺序号（主键之一）';
COMMENT ON COLUMN share_jy.clfht_cmr.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.clfht_cmr.cmrmc IS '出卖人名称（姓名或单位名称）';
COMMENT ON COLUMN share_jy.clfht_cmr.zjzl IS '证件种类（ZJZL 代码）';
COMMENT ON COLUMN share_jy.clfht_cmr.zjhm IS '证件号码';
COMMENT ON COLUMN share_jy.clfht_cmr.dh IS '联系电话';
COMMENT ON COLUMN share_jy.clfht_cmr.dz IS '通讯地址';
COMMENT ON COLUMN share_jy.clfht_cmr.dlrmc IS '代理人名称';
COMMENT ON COLUMN share_jy.clfht_cmr.dlrzjhm IS '代理人证件号码';
COMMENT ON COLUMN share_jy.clfht_cmr.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.clfht_msr: 存量房合同买受人
CREATE TABLE share_jy.clfht_msr (
    htbh     varchar(50)  NOT NULL,
    sxh      integer      NOT NULL,
    ywh      text         NOT NULL,
    msrmc    text         NOT NULL,
    zjzl     varchar(10),
    zjhm     varchar(50),
    gyfs     varchar(10),
    qlbl     varchar(50),
    dh       varchar(50),
    dz       text,
    dlrmc    text,
    dlrzjhm  varchar(50),
    gxsj     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT clfht_msr_pk PRIMARY KEY (htbh, sxh)
);
ALTER TABLE share_jy.clfht_msr REPLICA IDENTITY FULL;
CREATE INDEX clfht_msr_zjhm_ix ON share_jy.clfht_msr (zjhm);
CREATE INDEX clfht_msr_dlrzjhm_ix ON share_jy.clfht_msr (dlrzjhm);
CREATE INDEX clfht_msr_ywh_ix ON share_jy.clfht_msr (ywh);
COMMENT ON TABLE share_jy.clfht_msr IS '存量房合同买受人：合同的买受人，每人一行';
COMMENT ON COLUMN share_jy.clfht_msr.htbh IS '合同编号（主键之一）';
COMMENT ON COLUMN share_jy.clfht_msr.sxh IS '顺序号（主键之一）';
COMMENT ON COLUMN share_jy.clfht_msr.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.clfht_msr.msrmc IS '买受人名称（姓名或单位名称）';
COMMENT ON COLUMN share_jy.clfht_msr.zjzl IS '证件种类（ZJZL 代码）';
COMMENT ON COLUMN share_jy.clfht_msr.zjhm IS '证件号码';
COMMENT ON COLUMN share_jy.clfht_msr.gyfs IS '共有方式（GYFS：0 单独所有 1 共同共有 2 按份共有 3 其它共有）';
COMMENT ON COLUMN share_jy.clfht_msr.qlbl IS '权利比例（按份共有的份额）';
COMMENT ON COLUMN share_jy.clfht_msr.dh IS '联系电话';
COMMENT ON COLUMN share_jy.clfht_msr.dz IS '通讯地址';
COMMENT ON COLUMN share_jy.clfht_msr.dlrmc IS '代理人名称';
COMMENT ON COLUMN share_jy.clfht_msr.dlrzjhm IS '代理人证件号码';
COMMENT ON COLUMN share_jy.clfht_msr.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.xzxz: 行政限制
CREATE TABLE share_jy.xzxz (
    xzbh    varchar(50)  NOT NULL,
    ywh     text         NOT NULL,
    szywh   text,
    jcywh   text,
    xzlx    varchar(30),
    fwbm    varchar(32),
    bdcdyh  varchar(28),
    htbh    varchar(50),
    zl      text,
    xzjg    text,
    xzwh    text,
    xzyy    text,
    xzqssj  date,
    xzjssj  date,
    xzzt    varchar(30)  NOT NULL,
    jcsj    timestamptz,
    jcwh    text,
    jcyy    text,
    gxsj    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT xzxz_pk PRIMARY KEY (xzbh),
    CONSTRAINT xzxz_xzzt_ck CHECK (xzzt IN ('有效', '已解除'))
);
ALTER TABLE share_jy.xzxz REPLICA IDENTITY FULL;
CREATE INDEX xzxz_fwbm_ix ON share_jy.xzxz (fwbm);
CREATE INDEX xzxz_bdcdyh_ix ON share_jy.xzxz (bdcdyh);
CREATE INDEX xzxz_htbh_ix ON share_jy.xzxz (htbh);
CREATE INDEX xzxz_ywh_ix ON share_jy.xzxz (ywh);
CREATE INDEX xzxz_szywh_ix ON share_jy.xzxz (szywh);
CREATE INDEX xzxz_jcywh_ix ON share_jy.xzxz (jcywh);
COMMENT ON TABLE share_jy.xzxz IS '行政限制：房管部门对房屋设立的行政限制（限购、限售、预查封、冻结、合同限制等），设立与解除时推送；解除时同一行更新';
COMMENT ON COLUMN share_jy.xzxz.xzbh IS '限制编号（主键）';
COMMENT ON COLUMN share_jy.xzxz.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.xzxz.szywh IS '设立业务号';
COMMENT ON COLUMN share_jy.xzxz.jcywh IS '解除业务号（未解除为空）';
COMMENT ON COLUMN share_jy.xzxz.xzlx IS '限制类型（限购、限售、预查封、冻结、合同限制等）';
COMMENT ON COLUMN share_jy.xzxz.fwbm IS '被限制房屋的房屋编码';
COMMENT ON COLUMN share_jy.xzxz.bdcdyh IS '不动产单元号（已挂接时填写）';
COMMENT ON COLUMN share_jy.xzxz.htbh IS '被限制的合同编号（合同限制时填写）';
COMMENT ON COLUMN share_jy.xzxz.zl IS '房屋坐落';
COMMENT ON COLUMN share_jy.xzxz.xzjg IS '限制机关';
COMMENT ON COLUMN share_jy.xzxz.xzwh IS '限制文号';
COMMENT ON COLUMN share_jy.xzxz.xzyy IS '限制原因';
COMMENT ON COLUMN share_jy.xzxz.xzqssj IS '限制起始日期';
COMMENT ON COLUMN share_jy.xzxz.xzjssj IS '限制结束日期';
COMMENT ON COLUMN share_jy.xzxz.xzzt IS '限制状态：有效 / 已解除';
COMMENT ON COLUMN share_jy.xzxz.jcsj IS '解除时间';
COMMENT ON COLUMN share_jy.xzxz.jcwh IS '解除文号';
COMMENT ON COLUMN share_jy.xzxz.jcyy IS '解除原因';
COMMENT ON COLUMN share_jy.xzxz.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.dyba: 抵押备案
CREATE TABLE share_jy.dyba (
    dybah     varchar(50)    NOT NULL,
    ywh       text           NOT NULL,
    slbh      varchar(50),
    htbh      varchar(50),
    dylx      varchar(30),
    dyfs      varchar(10),
    dyr       text,
    dyrzjhm   varchar(50),
    dyqr      text,
    dyqrzjhm  varchar(50),
    bdbzzqse  numeric(18,2),
    zgzqse    numeric(18,2),
    zwlxqssj  date,
    zwlxjssj  date,
    fwbm      varchar(32),
    bdcdyh    varchar(28),
    zl        text,
    bazt      varchar(30),
    basj      timestamptz,
    zxsj      timestamptz,
    qxdm      varchar(12),
    gxsj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT dyba_pk PRIMARY KEY (dybah)
);
ALTER TABLE share_jy.dyba REPLICA IDENTITY FULL;
CREATE INDEX dyba_ywh_ix ON share_jy.dyba (ywh);
CREATE INDEX dyba_slbh_ix ON share_jy.dyba (slbh);
CREATE INDEX dyba_htbh_ix ON share_jy.dyba (htbh);
CREATE INDEX dyba_fwbm_ix ON share_jy.dyba (fwbm);
CREATE INDEX dyba_bdcdyh_ix ON share_jy.dyba (bdcdyh);
CREATE INDEX dyba_dyrzjhm_ix ON share_jy.dyba (dyrzjhm);
CREATE INDEX dyba_dyqrzjhm_ix ON share_jy.dyba (dyqrzjhm);
COMMENT ON TABLE share_jy.dyba IS '抵押备案：房管部门办理的抵押（预售商品房抵押、在建工程抵押等）备案信息（抵押备案时推送）';
COMMENT ON COLUMN share_jy.dyba.dybah IS '抵押备案号（主键）';
COMMENT ON COLUMN share_jy.dyba.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.dyba.slbh IS '一窗受理编号';
COMMENT ON COLUMN share_jy.dyba.htbh IS '所涉购房合同编号';
COMMENT ON COLUMN share_jy.dyba.dylx IS '抵押类型（预售商品房抵押、在建工程抵押、现房抵押等）';
COMMENT ON COLUMN share_jy.dyba.dyfs IS '抵押方式（DYFS：1 一般抵押 2 最高额抵押）';
COMMENT ON COLUMN share_jy.dyba.dyr IS '抵押人';
COMMENT ON COLUMN share_jy.dyba.dyrzjhm IS '抵押人证件号码';
COMMENT ON COLUMN share_jy.dyba.dyqr IS '抵押权人';
COMMENT ON COLUMN share_jy.dyba.dyqrzjhm IS '抵押权人证件号码';
COMMENT ON COLUMN share_jy.dyba.bdbzzqse IS '被担保主债权数额（元）';
COMMENT ON COLUMN share_jy.dyba.zgzqse IS '最高债权数额（元）';
COMMENT ON COLUMN share_jy.dyba.zwlxqssj IS '债务履行起始日期';
COMMENT ON COLUMN share_jy.dyba.zwlxjssj IS '债务履行结束日期';
COMMENT ON COLUMN share_jy.dyba.fwbm IS '抵押房屋的房屋编码（多套时为第一套，全部见 dyba_h）';
COMMENT ON COLUMN share_jy.dyba.bdcdyh IS '不动产单元号（已挂接时填写）';
COMMENT ON COLUMN share_jy.dyba.zl IS '坐落';
COMMENT ON COLUMN share_jy.dyba.bazt IS '备案状态（已备案、已注销）';
COMMENT ON COLUMN share_jy.dyba.basj IS '备案时间';
COMMENT ON COLUMN share_jy.dyba.zxsj IS '注销时间';
COMMENT ON COLUMN share_jy.dyba.qxdm IS '行政区划代码';
COMMENT ON COLUMN share_jy.dyba.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.dyba_h: 抵押备案户
CREATE TABLE share_jy.dyba_h (
    dybah   varchar(50)    NOT NULL,
    fwbm    varchar(32)    NOT NULL,
    ywh     text           NOT NULL,
    bdcdyh  varchar(28),
    zl      text,
    jzmj    numeric(12,2),
    dyje    numeric(18,2),
    gxsj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT dyba_h_pk PRIMARY KEY (dybah, fwbm)
);
ALTER TABLE share_jy.dyba_h REPLICA IDENTITY FULL;
CREATE INDEX dyba_h_fwbm_ix ON share_jy.dyba_h (fwbm);
CREATE INDEX dyba_h_bdcdyh_ix ON share_jy.dyba_h (bdcdyh);
CREATE INDEX dyba_h_ywh_ix ON share_jy.dyba_h (ywh);
COMMENT ON TABLE share_jy.dyba_h IS '抵押备案户：抵押备案所含房屋，每套一行（单套也有一行）';
COMMENT ON COLUMN share_jy.dyba_h.dybah IS '抵押备案号（主键之一）';
COMMENT ON COLUMN share_jy.dyba_h.fwbm IS '房屋编码（主键之一）';
COMMENT ON COLUMN share_jy.dyba_h.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.dyba_h.bdcdyh IS '不动产单元号（已挂接时填写）';
COMMENT ON COLUMN share_jy.dyba_h.zl IS '坐落';
COMMENT ON COLUMN share_jy.dyba_h.jzmj IS '建筑面积（m²）';
COMMENT ON COLUMN share_jy.dyba_h.dyje IS '该房屋担保金额（元）';
COMMENT ON COLUMN share_jy.dyba_h.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_jy.fwbm_jg: 房屋编码赋码结果
CREATE TABLE share_jy.fwbm_jg (
    sqid    varchar(50)  NOT NULL,
    ywh     text         NOT NULL,
    sqywh   text,
    bdcdyh  varchar(28),
    fwbm    varchar(32),
    jgdm    varchar(10)  NOT NULL,
    jgxx    text,
    fmsj    timestamptz,
    gxsj    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT fwbm_jg_pk PRIMARY KEY (sqid),
    CONSTRAINT fwbm_jg_jgdm_fwbm_ck CHECK (jgdm <> '0' OR fwbm IS NOT NULL)
);
ALTER TABLE share_jy.fwbm_jg REPLICA IDENTITY FULL;
CREATE INDEX fwbm_jg_ywh_ix ON share_jy.fwbm_jg (ywh);
CREATE INDEX fwbm_jg_sqywh_ix ON share_jy.fwbm_jg (sqywh);
CREATE INDEX fwbm_jg_bdcdyh_ix ON share_jy.fwbm_jg (bdcdyh);
CREATE INDEX fwbm_jg_fwbm_ix ON share_jy.fwbm_jg (fwbm);
COMMENT ON TABLE share_jy.fwbm_jg IS '房屋编码赋码结果：对共享登记库 fwbm_sq 房屋编码申请的答复（seed §5.1.2），每个申请一行';
COMMENT ON COLUMN share_jy.fwbm_jg.sqid IS '申请编号（对应 share_dj.fwbm_sq.sqid，主键）';
COMMENT ON COLUMN share_jy.fwbm_jg.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_jy.fwbm_jg.sqywh IS '申请所在的共享登记库业务号（share_dj.gxzb.ywh）';
COMMENT ON COLUMN share_jy.fwbm_jg.bdcdyh IS '申请所涉不动产单元号';
COMMENT ON COLUMN share_jy.fwbm_jg.fwbm IS '赋予的房屋编码（失败时为空）';
COMMENT ON COLUMN share_jy.fwbm_jg.jgdm IS '结果代码：0 成功，其它为失败原因代码';
COMMENT ON COLUMN share_jy.fwbm_jg.jgxx IS '结果说明';
COMMENT ON COLUMN share_jy.fwbm_jg.fmsj IS '赋码时间';
COMMENT ON COLUMN share_jy.fwbm_jg.gxsj IS '更新时间（源端最后修改该行的时间）';

-- ======================================================================
-- share_dj 共享登记库
-- ======================================================================

-- share_dj.gxzb: 共享主表（共享登记库）
CREATE TABLE share_dj.gxzb (
    ywh     text         NOT NULL,
    ywlx    varchar(10)  NOT NULL,
    djlx    varchar(10),
    qllx    varchar(10),
    djxl    varchar(30),
    ywzt    varchar(30)  NOT NULL,
    fwbm    varchar(32),
    bdcdyh  varchar(28),
    htbh    varchar(50),
    slbh    varchar(50),
    jyywh   text,
    glywh   text,
    bdcqzh  text,
    qxdm    varchar(12),
    mxsl    integer,
    bjsj    timestamptz,
    tssj    timestamptz  NOT NULL DEFAULT now(),
    gxsj    timestamptz  NOT NULL DEFAULT now(),
    bz      text,
    CONSTRAINT gxzb_pk PRIMARY KEY (ywh),
    CONSTRAINT gxzb_ywlx_ck CHECK (ywlx IN ('LPB', 'DB', 'ZS', 'FWBMSQ', 'SF', 'YX')),
    CONSTRAINT gxzb_ywzt_ck CHECK (ywzt IN ('登簿', '注销', '已发证', '已申请', '已收费', '已归档', '撤销')),
    CONSTRAINT gxzb_djlx_ck CHECK (djlx IN ('100', '200', '300', '400', '500', '600', '700', '800', '900')),
    CONSTRAINT gxzb_db_djlx_ck CHECK (ywlx <> 'DB' OR djlx IS NOT NULL)
);
ALTER TABLE share_dj.gxzb REPLICA IDENTITY FULL;
CREATE INDEX gxzb_fwbm_ix ON share_dj.gxzb (fwbm);
CREATE INDEX gxzb_bdcdyh_ix ON share_dj.gxzb (bdcdyh);
CREATE INDEX gxzb_htbh_ix ON share_dj.gxzb (htbh);
CREATE INDEX gxzb_slbh_ix ON share_dj.gxzb (slbh);
CREATE INDEX gxzb_jyywh_ix ON share_dj.gxzb (jyywh);
CREATE INDEX gxzb_glywh_ix ON share_dj.gxzb (glywh);
CREATE INDEX gxzb_bdcqzh_ix ON share_dj.gxzb (bdcqzh);
CREATE INDEX gxzb_ywlx_ywzt_ix ON share_dj.gxzb (ywlx, ywzt);
CREATE INDEX gxzb_gxsj_ix ON share_dj.gxzb (gxsj);
COMMENT ON TABLE share_dj.gxzb IS '共享主表（共享登记库）：每个推送的登记业务一行，路由过程据其关键字段决定是否经 S3 转发到房产端前置共享登记库。各表之间不建外键：行由流推送，可能重推且先后次序不定，以业务号和自然键关联';
COMMENT ON COLUMN share_dj.gxzb.ywh IS '业务号（登记端业务号，主键；发证、收费、影像推送用各自业务号，经 glywh 指向登记业务）';
COMMENT ON COLUMN share_dj.gxzb.ywlx IS '业务类型：LPB 登记楼盘表（不动产单元、土地），DB 登簿（细分见 djlx/qllx），ZS 发证，FWBMSQ 房屋编码申请，SF 收费，YX 影像';
COMMENT ON COLUMN share_dj.gxzb.djlx IS '登记类型（DJLX：100 首次 200 转移 300 变更 400 注销 500 更正 600 异议 700 预告 800 查封 900 其它；登簿业务必填）';
COMMENT ON COLUMN share_dj.gxzb.qllx IS '权利类型（QLLX 代码，如 4 国有建设用地使用权/房屋所有权；抵押权等代码按版本见字典）';
COMMENT ON COLUMN share_dj.gxzb.djxl IS '登记小类（登记端业务细分，如 预告、预抵押、抵押权、查封、解封、异议）';
COMMENT ON COLUMN share_dj.gxzb.ywzt IS '业务状态：登簿 / 注销 / 已发证 / 已申请 / 已收费 / 已归档 / 撤销';
COMMENT ON COLUMN share_dj.gxzb.fwbm IS '房屋编码（登记端所持，可能为空或过期）';
COMMENT ON COLUMN share_dj.gxzb.bdcdyh IS '不动产单元号（多单元时为第一个，全部见 dbjg_dy）';
COMMENT ON COLUMN share_dj.gxzb.htbh IS '合同编号（预告登记、转移登记所依据的合同）';
COMMENT ON COLUMN share_dj.gxzb.slbh IS '一窗受理编号';
COMMENT ON COLUMN share_dj.gxzb.jyywh IS '交易业务号（登记所依据的交易业务，share_jy.gxzb.ywh）';
COMMENT ON COLUMN share_dj.gxzb.glywh IS '关联业务号（发证、收费、影像所属的登记业务号）';
COMMENT ON COLUMN share_dj.gxzb.bdcqzh IS '不动产权证书号或登记证明号（发证业务）';
COMMENT ON COLUMN share_dj.gxzb.qxdm IS '行政区划代码（区县）';
COMMENT ON COLUMN share_dj.gxzb.mxsl IS '本业务推送的明细行总数（路由可据此判断明细是否到齐）';
COMMENT ON COLUMN share_dj.gxzb.bjsj IS '办结时间（登簿业务为登簿时间）';
COMMENT ON COLUMN share_dj.gxzb.tssj IS '推送时间（写入共享登记库的时间）';
COMMENT ON COLUMN share_dj.gxzb.gxsj IS '更新时间（源端最后修改该行的时间）';
COMMENT ON COLUMN share_dj.gxzb.bz IS '备注';

-- share_dj.bdcdy: 不动产单元
CREATE TABLE share_dj.bdcdy (
    bdcdyh  varchar(28)    NOT NULL,
    ywh     text           NOT NULL,
    fwbm    varchar(32),
    zddm    varchar(32),
    zrzh    varchar(50),
    ljzh    varchar(50),
    zl      text,
    zh      text,
    dyh     text,
    szc     text,
    sjc     integer,
    hh      text,
    shbw    text,
    jzmj    numeric(12,2),
    tnjzmj  numeric(12,2),
    ftjzmj  numeric(12,2),
    ghyt    varchar(10),
    fwjg    varchar(10),
    fwxz    varchar(10),
    fwlx    varchar(10),
    zcs     integer,
    dyzt    varchar(30),
    qxdm    varchar(12),
    gxsj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT bdcdy_pk PRIMARY KEY (bdcdyh)
);
ALTER TABLE share_dj.bdcdy REPLICA IDENTITY FULL;
CREATE INDEX bdcdy_ywh_ix ON share_dj.bdcdy (ywh);
CREATE INDEX bdcdy_fwbm_ix ON share_dj.bdcdy (fwbm);
CREATE INDEX bdcdy_zddm_ix ON share_dj.bdcdy (zddm);
CREATE INDEX bdcdy_zrzh_ix ON share_dj.bdcdy (zrzh);
CREATE INDEX bdcdy_ljzh_ix ON share_dj.bdcdy (ljzh);
COMMENT ON TABLE share_dj.bdcdy IS '不动产单元：登记楼盘表中的房屋不动产单元（户），房产端据以挂接房屋编码与不动产单元号';
COMMENT ON COLUMN share_dj.bdcdy.bdcdyh IS '不动产单元号（GB/T 37346，主键）';
COMMENT ON COLUMN share_dj.bdcdy.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_dj.bdcdy.fwbm IS '房屋编码（登记端所持，常为空或过期）';
COMMENT ON COLUMN share_dj.bdcdy.zddm IS '宗地代码';
COMMENT ON COLUMN share_dj.bdcdy.zrzh IS '自然幢号';
COMMENT ON COLUMN share_dj.bdcdy.ljzh IS '逻辑幢号';
COMMENT ON COLUMN share_dj.bdcdy.zl IS '坐落';
COMMENT ON COLUMN share_dj.bdcdy.zh IS '幢号（栋）';
COMMENT ON COLUMN share_dj.bdcdy.dyh IS '单元号';
COMMENT ON COLUMN share_dj.bdcdy.szc IS '所在层（名义层）';
COMMENT ON COLUMN share_dj.bdcdy.sjc IS '实际层';
COMMENT ON COLUMN share_dj.bdcdy.hh IS '户号';
COMMENT ON COLUMN share_dj.bdcdy.shbw IS '室号部位（房号）';
COMMENT ON COLUMN share_dj.bdcdy.jzmj IS '建筑面积（m²）';
COMMENT ON COLUMN share_dj.bdcdy.tnjzmj IS '套内建筑面积（m²）';
COMMENT ON COLUMN share_dj.bdcdy.ftjzmj IS '分摊建筑面积（m²）';
COMMENT ON COLUMN share_dj.bdcdy.ghyt IS '规划用途（FWYT 代码）';
COMMENT ON COLUMN share_dj.bdcdy.fwjg IS '房屋结构（FWJG 代码）';
COMMENT ON COLUMN share_dj.bdcdy.fwxz IS '房屋性质（FWXZ 代码）';
COMMENT ON COLUMN share_dj.bdcdy.fwlx IS '房屋类型（FWLX 代码）';
COMMENT ON COLUMN share_dj.bdcdy.zcs IS '总层数';
COMMENT ON COLUMN share_dj.bdcdy.dyzt IS '单元状态（现势、历史：分割合并后原单元为历史）';
COMMENT ON COLUMN share_dj.bdcdy.qxdm IS '行政区划代码';
COMMENT ON COLUMN share_dj.bdcdy.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_dj.td: 土地
CREATE TABLE share_dj.td (
    zddm      varchar(32)    NOT NULL,
    ywh       text           NOT NULL,
    bdcdyh    varchar(28),
    zl        text,
    zdmj      numeric(12,2),
    tdyt      varchar(10),
    qllx      varchar(10),
    qlxz      varchar(30),
    syqx      text,
    tdsyqssj  date,
    tdsyjssj  date,
    qxdm      varchar(12),
    gxsj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT td_pk PRIMARY KEY (zddm)
);
ALTER TABLE share_dj.td REPLICA IDENTITY FULL;
CREATE INDEX td_ywh_ix ON share_dj.td (ywh);
CREATE INDEX td_bdcdyh_ix ON share_dj.td (bdcdyh);
COMMENT ON TABLE share_dj.td IS '土地：宗地基础信息（房屋所在宗地）';
COMMENT ON COLUMN share_dj.td.zddm IS '宗地代码（主键）';
COMMENT ON COLUMN share_dj.td.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_dj.td.bdcdyh IS '土地不动产单元号（宗地代码+W00000000）';
COMMENT ON COLUMN share_dj.td.zl IS '坐落';
COMMENT ON COLUMN share_dj.td.zdmj IS '宗地面积（m²）';
COMMENT ON COLUMN share_dj.td.tdyt IS '土地用途（GB/T 21010 代码）';
COMMENT ON COLUMN share_dj.td.qllx IS '权利类型（QLLX 代码）';
COMMENT ON COLUMN share_dj.td.qlxz IS '权利性质（出让、划拨等）';
COMMENT ON COLUMN share_dj.td.syqx IS '使用期限（文字描述）';
COMMENT ON COLUMN share_dj.td.tdsyqssj IS '土地使用起始日期';
COMMENT ON COLUMN share_dj.td.tdsyjssj IS '土地使用结束日期';
COMMENT ON COLUMN share_dj.td.qxdm IS '行政区划代码';
COMMENT ON COLUMN share_dj.td.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_dj.dbjg: 登簿结果
CREATE TABLE share_dj.dbjg (
    ywh       text           NOT NULL,
    jyywh     text,
    slbh      varchar(50),
    djlx      varchar(10)    NOT NULL,
    qllx      varchar(10),
    djxl      varchar(30),
    bdcdyh    varchar(28),
    fwbm      varchar(32),
    zl        text,
    bdcqzh    text,
    djyy      text,
    syywh     text,
    djsj      timestamptz,
    dbr       text,
    djjg      text,
    qszt      varchar(10),
    qxdm      varchar(12),
    fj        text,
    jzmj      numeric(12,2),
    fdcjyjg   numeric(18,2),
    ghyt      varchar(10),
    fwxz      varchar(10),
    dybdclx   varchar(10),
    dyfs      varchar(10),
    dyr       text,
    dyqr      text,
    bdbzzqse  numeric(18,2),
    zgzqse    numeric(18,2),
    zwlxqssj  date,
    zwlxjssj  date,
    ygdjzl    varchar(10),
    htbh      varchar(50),
    qdjg      numeric(18,2),
    cfjg      text,
    cflx      varchar(10),
    cfwj      text,
    cfwh      text,
    cfqssj    date,
    cfjssj    date,
    cffw      text,
    jfywh     text,
    yysx      text,
    zxywh     text,
    zxyy      text,
    gxsj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT dbjg_pk PRIMARY KEY (ywh),
    CONSTRAINT dbjg_djlx_ck CHECK (djlx IN ('100', '200', '300', '400', '500', '600', '700', '800', '900'))
);
ALTER TABLE share_dj.dbjg REPLICA IDENTITY FULL;
CREATE INDEX dbjg_jyywh_ix ON share_dj.dbjg (jyywh);
CREATE INDEX dbjg_slbh_ix ON share_dj.dbjg (slbh);
CREATE INDEX dbjg_bdcdyh_ix ON share_dj.dbjg (bdcdyh);
CREATE INDEX dbjg_fwbm_ix ON share_dj.dbjg (fwbm);
CREATE INDEX dbjg_bdcqzh_ix ON share_dj.dbjg (bdcqzh);
CREATE INDEX dbjg_syywh_ix ON share_dj.dbjg (syywh);
CREATE INDEX dbjg_htbh_ix ON share_dj.dbjg (htbh);
CREATE INDEX dbjg_jfywh_ix ON share_dj.dbjg (jfywh);
CREATE INDEX dbjg_zxywh_ix ON share_dj.dbjg (zxywh);
CREATE INDEX dbjg_djlx_qllx_ix ON share_dj.dbjg (djlx, qllx);
COMMENT ON TABLE share_dj.dbjg IS '登簿结果：不动产统一登记簿的登记结果，每个登记业务一行；各权利类型特有字段可为空（房地产权、抵押权、预告、查封、异议、注销）';
COMMENT ON COLUMN share_dj.dbjg.ywh IS '登记业务号（主键）';
COMMENT ON COLUMN share_dj.dbjg.jyywh IS '交易业务号（登记所依据的交易业务）';
COMMENT ON COLUMN share_dj.dbjg.slbh IS '一窗受理编号';
COMMENT ON COLUMN share_dj.dbjg.djlx IS '登记类型（DJLX 代码）';
COMMENT ON COLUMN share_dj.dbjg.qllx IS '权利类型（QLLX 代码）';
COMMENT ON COLUMN share_dj.dbjg.djxl IS '登记小类（如 预告、预抵押、抵押权、查封、解封、异议）';
COMMENT ON COLUMN share_dj.dbjg.bdcdyh IS '不动产单元号（多单元时为第一个，全部见 dbjg_dy）';
COMMENT ON COLUMN share_dj.dbjg.fwbm IS '房屋编码（登记端所持，可能为空）';
COMMENT ON COLUMN share_dj.dbjg.zl IS '坐落';
COMMENT ON COLUMN share_dj.dbjg.bdcqzh IS '不动产权证书号或登记证明号';
COMMENT ON COLUMN share_dj.dbjg.djyy IS '登记原因';
COMMENT ON COLUMN share_dj.dbjg.syywh IS '上手业务号（本次登记所承接的前一登记业务）';
COMMENT ON COLUMN share_dj.dbjg.djsj IS '登簿时间';
COMMENT ON COLUMN share_dj.dbjg.dbr IS '登簿人';
COMMENT ON COLUMN share_dj.dbjg.djjg IS '登记机构';
COMMENT ON COLUMN share_dj.dbjg.qszt IS '权属状态（QSZT：0 临时 1 现势 2 历史 3 终止）';
COMMENT ON COLUMN share_dj.dbjg.qxdm IS '行政区划代码';
COMMENT ON COLUMN share_dj.dbjg.fj IS '附记';
COMMENT ON COLUMN share_dj.dbjg.jzmj IS '建筑面积（m²，房地产权）';
COMMENT ON COLUMN share_dj.dbjg.fdcjyjg IS '房地产交易价格（元，房地产权）';
COMMENT ON COLUMN share_dj.dbjg.ghyt IS '规划用途（房地产权）';
COMMENT ON COLUMN share_dj.dbjg.fwxz IS '房屋性质（房地产权）';
COMMENT ON COLUMN share_dj.dbjg.dybdclx IS '抵押不动产类型（DYBDCLX，抵押权）';
COMMENT ON COLUMN share_dj.dbjg.dyfs IS '抵押方式（DYFS：1 一般抵押 2 最高额抵押，抵押权）';
COMMENT ON COLUMN share_dj.dbjg.dyr IS '抵押人（抵押权）';
COMMENT ON COLUMN share_dj.dbjg.dyqr IS '抵押权人（抵押权）';
COMMENT ON COLUMN share_dj.dbjg.bdbzzqse IS '被担保主债权数额（元，抵押权）';
COMMENT ON COLUMN share_dj.dbjg.zgzqse IS '最高债权数额（元，最高额抵押）';
COMMENT ON COLUMN share_dj.dbjg.zwlxqssj IS '债务履行起始日期（抵押权、预抵押）';
COMMENT ON COLUMN share_dj.dbjg.zwlxjssj IS '债务履行结束日期（抵押权、预抵押）';
COMMENT ON COLUMN share_dj.dbjg.ygdjzl IS '预告登记种类（YGDJZL：1 预售商品房买卖预告 2 其它买卖预告 3 预售商品房抵押权预告 4 其它抵押权预告）';
COMMENT ON COLUMN share_dj.dbjg.htbh IS '合同编号（预告登记、转移登记所依据的合同）';
COMMENT ON COLUMN share_dj.dbjg.qdjg IS '取得价格（元，预告）';
COMMENT ON COLUMN share_dj.dbjg.cfjg IS '查封机关（查封）';
COMMENT ON COLUMN share_dj.dbjg.cflx IS '查封类型（CFLX：1 查封 2 轮候查封 3 预查封 4 轮候预查封 5 续封）';
COMMENT ON COLUMN share_dj.dbjg.cfwj IS '查封文件（查封）';
COMMENT ON COLUMN share_dj.dbjg.cfwh IS '查封文号（查封）';
COMMENT ON COLUMN share_dj.dbjg.cfqssj IS '查封起始日期（查封）';
COMMENT ON COLUMN share_dj.dbjg.cfjssj IS '查封结束日期（查封）';
COMMENT ON COLUMN share_dj.dbjg.cffw IS '查封范围（查封）';
COMMENT ON COLUMN share_dj.dbjg.jfywh IS '解封业务号（查封被解除时填写）';
COMMENT ON COLUMN share_dj.dbjg.yysx IS '异议事项（异议登记）';
COMMENT ON COLUMN share_dj.dbjg.zxywh IS '被注销的业务号（注销登记、解封、注销异议等所注销的登记业务）';
COMMENT ON COLUMN share_dj.dbjg.zxyy IS '注销原因';
COMMENT ON COLUMN share_dj.dbjg.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_dj.dbjg_dy: 登簿结果单元
CREATE TABLE share_dj.dbjg_dy (
    ywh     text           NOT NULL,
    bdcdyh  varchar(28)    NOT NULL,
    fwbm    varchar(32),
    zl      text,
    jzmj    numeric(12,2),
    gxsj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT dbjg_dy_pk PRIMARY KEY (ywh, bdcdyh)
);
ALTER TABLE share_dj.dbjg_dy REPLICA IDENTITY FULL;
CREATE INDEX dbjg_dy_bdcdyh_ix ON share_dj.dbjg_dy (bdcdyh);
CREATE INDEX dbjg_dy_fwbm_ix ON share_dj.dbjg_dy (fwbm);
COMMENT ON TABLE share_dj.dbjg_dy IS '登簿结果单元：一个登记业务涉及的全部不动产单元，每个单元一行（单单元也有一行）';
COMMENT ON COLUMN share_dj.dbjg_dy.ywh IS '登记业务号（主键之一）';
COMMENT ON COLUMN share_dj.dbjg_dy.bdcdyh IS '不动产单元号（主键之一）';
COMMENT ON COLUMN share_dj.dbjg_dy.fwbm IS '房屋编码（登记端所持，可能为空）';
COMMENT ON COLUMN share_dj.dbjg_dy.zl IS '坐落';
COMMENT ON COLUMN share_dj.dbjg_dy.jzmj IS '建筑面积（m²）';
COMMENT ON COLUMN share_dj.dbjg_dy.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_dj.qlr: 权利人/义务人
CREATE TABLE share_dj.qlr (
    ywh     text         NOT NULL,
    sqrlb   varchar(30)  NOT NULL,
    sxh     integer      NOT NULL,
    qlrmc   text         NOT NULL,
    zjzl    varchar(10),
    zjhm    varchar(50),
    qlrlx   varchar(10),
    gyfs    varchar(10),
    qlbl    varchar(50),
    bdcqzh  text,
    dh      varchar(50),
    dz      text,
    gxsj    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT qlr_pk PRIMARY KEY (ywh, sqrlb, sxh),
    CONSTRAINT qlr_sqrlb_ck CHECK (sqrlb IN ('权利人', '义务人'))
);
ALTER TABLE share_dj.qlr REPLICA IDENTITY FULL;
CREATE INDEX qlr_zjhm_ix ON share_dj.qlr (zjhm);
CREATE INDEX qlr_bdcqzh_ix ON share_dj.qlr (bdcqzh);
COMMENT ON TABLE share_dj.qlr IS '权利人/义务人：登记业务的权利人与义务人，每人一行';
COMMENT ON COLUMN share_dj.qlr.ywh IS '登记业务号（主键之一）';
COMMENT ON COLUMN share_dj.qlr.sqrlb IS '申请人类别：权利人 / 义务人（主键之一）';
COMMENT ON COLUMN share_dj.qlr.sxh IS '顺序号（主键之一）';
COMMENT ON COLUMN share_dj.qlr.qlrmc IS '权利人（义务人）名称';
COMMENT ON COLUMN share_dj.qlr.zjzl IS '证件种类（ZJZL 代码）';
COMMENT ON COLUMN share_dj.qlr.zjhm IS '证件号码';
COMMENT ON COLUMN share_dj.qlr.qlrlx IS '权利人类型（QLRLX：1 个人 2 企业 3 事业单位 4 国家机关 99 其它）';
COMMENT ON COLUMN share_dj.qlr.gyfs IS '共有方式（GYFS 代码）';
COMMENT ON COLUMN share_dj.qlr.qlbl IS '权利比例';
COMMENT ON COLUMN share_dj.qlr.bdcqzh IS '该权利人所持不动产权证书号';
COMMENT ON COLUMN share_dj.qlr.dh IS '联系电话';
COMMENT ON COLUMN share_dj.qlr.dz IS '通讯地址';
COMMENT ON COLUMN share_dj.qlr.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_dj.zs: 证书/证明
CREATE TABLE share_dj.zs (
    bdcqzh   text         NOT NULL,
    ywh      text         NOT NULL,
    djywh    text,
    zslx     varchar(30)  NOT NULL,
    bdcdyh   varchar(28),
    qlrmc    text,
    zl       text,
    qzysxlh  varchar(50),
    fzsj     timestamptz,
    fzr      text,
    lzrmc    text,
    lzrzjhm  varchar(50),
    zszt     varchar(30),
    qxdm     varchar(12),
    gxsj     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT zs_pk PRIMARY KEY (bdcqzh),
    CONSTRAINT zs_zslx_ck CHECK (zslx IN ('不动产权证书', '不动产登记证明'))
);
ALTER TABLE share_dj.zs REPLICA IDENTITY FULL;
CREATE INDEX zs_ywh_ix ON share_dj.zs (ywh);
CREATE INDEX zs_djywh_ix ON share_dj.zs (djywh);
CREATE INDEX zs_bdcdyh_ix ON share_dj.zs (bdcdyh);
CREATE INDEX zs_lzrzjhm_ix ON share_dj.zs (lzrzjhm);
CREATE INDEX zs_qzysxlh_ix ON share_dj.zs (qzysxlh);
COMMENT ON TABLE share_dj.zs IS '证书/证明：不动产权证书与不动产登记证明的发证信息，每本一行';
COMMENT ON COLUMN share_dj.zs.bdcqzh IS '不动产权证书号或登记证明号（主键）';
COMMENT ON COLUMN share_dj.zs.ywh IS '推送该行的发证业务号（share_dj.gxzb.ywh）';
COMMENT ON COLUMN share_dj.zs.djywh IS '证书所属的登记业务号';
COMMENT ON COLUMN share_dj.zs.zslx IS '证书类型：不动产权证书 / 不动产登记证明';
COMMENT ON COLUMN share_dj.zs.bdcdyh IS '不动产单元号';
COMMENT ON COLUMN share_dj.zs.qlrmc IS '持证人名称';
COMMENT ON COLUMN share_dj.zs.zl IS '坐落';
COMMENT ON COLUMN share_dj.zs.qzysxlh IS '权证印刷序列号';
COMMENT ON COLUMN share_dj.zs.fzsj IS '发证时间';
COMMENT ON COLUMN share_dj.zs.fzr IS '发证人';
COMMENT ON COLUMN share_dj.zs.lzrmc IS '领证人名称';
COMMENT ON COLUMN share_dj.zs.lzrzjhm IS '领证人证件号码';
COMMENT ON COLUMN share_dj.zs.zszt IS '证书状态（有效、注销、作废）';
COMMENT ON COLUMN share_dj.zs.qxdm IS '行政区划代码';
COMMENT ON COLUMN share_dj.zs.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_dj.sf: 收费
CREATE TABLE share_dj.sf (
    ywh    text           NOT NULL,
    sxh    integer        NOT NULL,
    djywh  text,
    sfdh   varchar(50),
    sfxm   text           NOT NULL,
    sfbz   text,
    sl     numeric(12,2),
    je     numeric(18,2)  NOT NULL,
    jfrmc  text,
    sfsj   timestamptz,
    sfzt   varchar(30),
    gxsj   timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT sf_pk PRIMARY KEY (ywh, sxh)
);
ALTER TABLE share_dj.sf REPLICA IDENTITY FULL;
CREATE INDEX sf_djywh_ix ON share_dj.sf (djywh);
CREATE INDEX sf_sfdh_ix ON share_dj.sf (sfdh);
COMMENT ON TABLE share_dj.sf IS '收费：登记业务的收费明细，每个收费项目一行';
COMMENT ON COLUMN share_dj.sf.ywh IS '推送该行的收费业务号（主键之一）';
COMMENT ON COLUMN share_dj.sf.sxh IS '顺序号（主键之一）';
COMMENT ON COLUMN share_dj.sf.djywh IS '所属登记业务号';
COMMENT ON COLUMN share_dj.sf.sfdh IS '收费单号（缴款书号）';
COMMENT ON COLUMN share_dj.sf.sfxm IS '收费项目（登记费、证书工本费等）';
COMMENT ON COLUMN share_dj.sf.sfbz IS '收费标准';
COMMENT ON COLUMN share_dj.sf.sl IS '数量';
COMMENT ON COLUMN share_dj.sf.je IS '金额（元）';
COMMENT ON COLUMN share_dj.sf.jfrmc IS '缴费人名称';
COMMENT ON COLUMN share_dj.sf.sfsj IS '收费时间';
COMMENT ON COLUMN share_dj.sf.sfzt IS '收费状态（已收、已退）';
COMMENT ON COLUMN share_dj.sf.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_dj.yx: 影像索引
CREATE TABLE share_dj.yx (
    ywh     text          NOT NULL,
    sha256  char(64)      NOT NULL,
    djywh   text,
    clmc    text,
    wjmc    text          NOT NULL,
    wjlx    varchar(100),
    dx      bigint,
    cclj    text          NOT NULL,
    scsj    timestamptz,
    gxsj    timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT yx_pk PRIMARY KEY (ywh, sha256),
    CONSTRAINT yx_sha256_ck CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT yx_dx_ck CHECK (dx >= 0)
);
ALTER TABLE share_dj.yx REPLICA IDENTITY FULL;
CREATE INDEX yx_djywh_ix ON share_dj.yx (djywh);
CREATE INDEX yx_sha256_ix ON share_dj.yx (sha256);
COMMENT ON TABLE share_dj.yx IS '影像索引：登记业务影像资料的索引（只存索引与摘要，不存文件内容）';
COMMENT ON COLUMN share_dj.yx.ywh IS '推送该行的影像业务号（主键之一）';
COMMENT ON COLUMN share_dj.yx.sha256 IS '文件内容 SHA-256 摘要（小写十六进制，主键之一）';
COMMENT ON COLUMN share_dj.yx.djywh IS '所属登记业务号';
COMMENT ON COLUMN share_dj.yx.clmc IS '材料名称（如 身份证明、购房合同、登记审批表）';
COMMENT ON COLUMN share_dj.yx.wjmc IS '文件名称';
COMMENT ON COLUMN share_dj.yx.wjlx IS '文件类型（MIME 类型或扩展名）';
COMMENT ON COLUMN share_dj.yx.dx IS '文件大小（字节）';
COMMENT ON COLUMN share_dj.yx.cclj IS '存储路径（影像服务器上的位置）';
COMMENT ON COLUMN share_dj.yx.scsj IS '上传时间';
COMMENT ON COLUMN share_dj.yx.gxsj IS '更新时间（源端最后修改该行的时间）';

-- share_dj.fwbm_sq: 房屋编码申请
CREATE TABLE share_dj.fwbm_sq (
    sqid    varchar(50)    NOT NULL,
    ywh     text           NOT NULL,
    bdcdyh  varchar(28)    NOT NULL,
    sqyy    varchar(30)    NOT NULL,
    zl      text,
    zh      text,
    dyh     text,
    szc     text,
    fh      text,
    jzmj    numeric(12,2),
    tnjzmj  numeric(12,2),
    ftjzmj  numeric(12,2),
    ghyt    varchar(10),
    yfwbm   text,
    qxdm    varchar(12),
    sqsj    timestamptz,
    gxsj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT fwbm_sq_pk PRIMARY KEY (sqid),
    CONSTRAINT fwbm_sq_sqyy_ck CHECK (sqyy IN ('分割', '合并', '存量缺失'))
);
ALTER TABLE share_dj.fwbm_sq REPLICA IDENTITY FULL;
CREATE INDEX fwbm_sq_ywh_ix ON share_dj.fwbm_sq (ywh);
CREATE INDEX fwbm_sq_bdcdyh_ix ON share_dj.fwbm_sq (bdcdyh);
COMMENT ON TABLE share_dj.fwbm_sq IS '房屋编码申请：登记端对缺失房屋编码的单元（分割、合并、存量缺失）申请赋码（seed §5.1.2），每个新单元一行';
COMMENT ON COLUMN share_dj.fwbm_sq.sqid IS '申请编号（主键；答复见 share_jy.fwbm_jg.sqid）';
COMMENT ON COLUMN share_dj.fwbm_sq.ywh IS '推送该行的业务号（最近一次推送该行的业务，对应 gxzb.ywh）';
COMMENT ON COLUMN share_dj.fwbm_sq.bdcdyh IS '需要赋码的不动产单元号';
COMMENT ON COLUMN share_dj.fwbm_sq.sqyy IS '申请原因：分割 / 合并 / 存量缺失';
COMMENT ON COLUMN share_dj.fwbm_sq.zl IS '坐落';
COMMENT ON COLUMN share_dj.fwbm_sq.zh IS '幢号（栋）';
COMMENT ON COLUMN share_dj.fwbm_sq.dyh IS '单元号';
COMMENT ON COLUMN share_dj.fwbm_sq.szc IS '所在层（名义层）';
COMMENT ON COLUMN share_dj.fwbm_sq.fh IS '房号';
COMMENT ON COLUMN share_dj.fwbm_sq.jzmj IS '建筑面积（m²）';
COMMENT ON COLUMN share_dj.fwbm_sq.tnjzmj IS '套内建筑面积（m²）';
COMMENT ON COLUMN share_dj.fwbm_sq.ftjzmj IS '分摊建筑面积（m²）';
COMMENT ON COLUMN share_dj.fwbm_sq.ghyt IS '规划用途（FWYT 代码）';
COMMENT ON COLUMN share_dj.fwbm_sq.yfwbm IS '原房屋编码（分割的原房屋、合并的各原房屋，多个以英文逗号分隔）';
COMMENT ON COLUMN share_dj.fwbm_sq.qxdm IS '行政区划代码';
COMMENT ON COLUMN share_dj.fwbm_sq.sqsj IS '申请时间';
COMMENT ON COLUMN share_dj.fwbm_sq.gxsj IS '更新时间（源端最后修改该行的时间）';
