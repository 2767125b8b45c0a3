-- 修订: jy_0001_base_schema（jy 分支首个修订，无前序；回退见 jy_0001_base_schema.down.sql）
-- 做什么: 在交易生产库 jy 中建立模式 std（空）、lpb 楼盘表、ht 合同与备案、yw 交易业务、
--         djjg 登记结果镜像、gl 挂接、stg 暂存、outbox 发件箱、audit 审计，及其全部表、主键、
--         唯一/检查/外键约束、索引和中文注释。
-- 依据: seed §5.1.1 楼盘表和网签备案信息共享、§5.1.2 房屋数据对接（房屋编码）、§5.2.1.5 业务流程
--       数据推送、§5.2.1.6 数据抽取入库（效检、入库、关联）、§5.2.1.7 共享交易库建设、
--       §5.2.1.8 对接接口、§5.2.2 一窗受理对接、§5.2.3 数据对接工具（修正日志）、§5.2.4 数据挂接。
-- 约定: docs/conventions.md（openGauss 兼容子集；bigserial 主键；命名约束；每表每列中文注释）。
--       本修订不引用 zd 字典表：代码列到 zd 的外键及其索引由 jy_0002_code_tables 添加。
--       金额 numeric(18,2)（元），面积 numeric(12,2)（m²），比例 numeric(5,4)。
--       小而固定、不在 zd 中的枚举用 CHECK 约束；状态值用中文词，业务类型等用大写拼音首字母短码。


-- ======================================================================
-- 模式
-- ======================================================================
CREATE SCHEMA std;
COMMENT ON SCHEMA std IS '编码校验：标准编码校验函数（函数由过程文件创建，本迁移只建空模式）';

CREATE SCHEMA lpb;
COMMENT ON SCHEMA lpb IS '楼盘表：项目、自然幢、逻辑幢、层、户（房管测绘成果，房屋编码所在）';

CREATE SCHEMA ht;
COMMENT ON SCHEMA ht IS '合同与备案：商品房合同、存量房合同及其当事人，行政限制，抵押备案';

CREATE SCHEMA yw;
COMMENT ON SCHEMA yw IS '交易业务：交易业务号、一窗受理号及办理环节';

CREATE SCHEMA djjg;
COMMENT ON SCHEMA djjg IS '登记结果镜像：经校验入库的不动产登记结果（TD/T 1066 的权利人、房地产权、抵押权、预告、查封、异议、注销、证书、影像索引）';

CREATE SCHEMA gl;
COMMENT ON SCHEMA gl IS '挂接：房屋编码与不动产单元号的对应，交易业务与登记业务的关联';

CREATE SCHEMA stg;
COMMENT ON SCHEMA stg IS '暂存：经 S4 从前置共享登记库到达、尚待校验入库的登记原始数据';

CREATE SCHEMA outbox;
COMMENT ON SCHEMA outbox IS '发件箱：业务办结时由触发器写入、经 S1 推送到共享交易库的变更';

CREATE SCHEMA audit;
COMMENT ON SCHEMA audit IS '审计：操作日志（数据修正、挂接等操作的前后值）';


-- ======================================================================
-- lpb 楼盘表（seed §5.1.1：项目、自然幢、逻辑幢、层、户）
-- ======================================================================

-- lpb.xm: 项目
CREATE TABLE lpb.xm (
    id        bigserial     NOT NULL,
    xmbh      varchar(50),
    xmmc      text          NOT NULL,
    qxdm      varchar(12)   NOT NULL,
    zl        text,
    kfqy      text,
    tyshxydm  varchar(50),
    zddm      varchar(32),
    ysxkzh    varchar(100),
    cjsj      timestamptz   NOT NULL DEFAULT now(),
    gxsj      timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT xm_pk PRIMARY KEY (id),
    CONSTRAINT xm_xmbh_uq UNIQUE (xmbh)
);
CREATE INDEX xm_xmmc_ix ON lpb.xm (xmmc);
CREATE INDEX xm_tyshxydm_ix ON lpb.xm (tyshxydm);
CREATE INDEX xm_ysxkzh_ix ON lpb.xm (ysxkzh);
COMMENT ON TABLE lpb.xm IS '项目：房地产开发（测绘）项目，楼盘表的顶层';
COMMENT ON COLUMN lpb.xm.id IS '项目ID（主键）';
COMMENT ON COLUMN lpb.xm.xmbh IS '项目编号（房管测绘项目编号，与共享交易库 chxm.xmbh 一致；可空，非空时唯一）';
COMMENT ON COLUMN lpb.xm.xmmc IS '项目名称';
COMMENT ON COLUMN lpb.xm.qxdm IS '区县代码（GB/T 2260，如 511702 通川区；外键到 zd.xzqh 由 jy_0002 添加）';
COMMENT ON COLUMN lpb.xm.zl IS '项目坐落';
COMMENT ON COLUMN lpb.xm.kfqy IS '开发企业名称';
COMMENT ON COLUMN lpb.xm.tyshxydm IS '开发企业统一社会信用代码（GB 32100-2015，18位）';
COMMENT ON COLUMN lpb.xm.zddm IS '宗地代码（19位，不动产单元号前19位；由登记端提供，可空）';
COMMENT ON COLUMN lpb.xm.ysxkzh IS '预售许可证号（项目的主要预售许可；合同另记各自的预售许可证号）';
COMMENT ON COLUMN lpb.xm.cjsj IS '创建时间';
COMMENT ON COLUMN lpb.xm.gxsj IS '更新时间';

-- lpb.zrz: 自然幢
CREATE TABLE lpb.zrz (
    id        bigserial      NOT NULL,
    xm_id     bigint         NOT NULL,
    zrzh      varchar(50)    NOT NULL,
    fwbm      varchar(32),
    zddm      varchar(32),
    jzwmc     text,
    zl        text,
    zcs       integer,
    dscs      integer,
    dxcs      integer,
    ghyt      varchar(10),
    fwjg      varchar(10),
    jzwzt     varchar(10),
    jgrq      date,
    ycjzmj    numeric(12,2),
    scjzmj    numeric(12,2),
    zts       integer,
    cjsj      timestamptz    NOT NULL DEFAULT now(),
    gxsj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT zrz_pk PRIMARY KEY (id),
    CONSTRAINT zrz_xm_id_zrzh_uq UNIQUE (xm_id, zrzh),
    CONSTRAINT zrz_fwbm_uq UNIQUE (fwbm),
    CONSTRAINT zrz_xm_id_fk FOREIGN KEY (xm_id) REFERENCES lpb.xm (id),
    CONSTRAINT zrz_cs_ck CHECK (zcs >= 0 AND dscs >= 0 AND dxcs >= 0 AND zts >= 0),
    CONSTRAINT zrz_mj_ck CHECK (ycjzmj >= 0 AND scjzmj >= 0)
);
CREATE INDEX zrz_zrzh_ix ON lpb.zrz (zrzh);
CREATE INDEX zrz_zddm_ix ON lpb.zrz (zddm);
COMMENT ON TABLE lpb.zrz IS '自然幢：独立成栋的房屋（TD/T 1066 ZRZ）';
COMMENT ON COLUMN lpb.zrz.id IS '自然幢ID（主键）';
COMMENT ON COLUMN lpb.zrz.xm_id IS '所属项目ID（lpb.xm.id）';
COMMENT ON COLUMN lpb.zrz.zrzh IS '自然幢号（项目内唯一）';
COMMENT ON COLUMN lpb.zrz.fwbm IS '幢房屋编码（JGJ/T 246 幢代码，户顺序码为 00000；可空，非空时唯一）';
COMMENT ON COLUMN lpb.zrz.zddm IS '宗地代码（19位，由登记端提供，可空）';
COMMENT ON COLUMN lpb.zrz.jzwmc IS '建筑物名称（栋名，如 3栋）';
COMMENT ON COLUMN lpb.zrz.zl IS '幢坐落';
COMMENT ON COLUMN lpb.zrz.zcs IS '总层数';
COMMENT ON COLUMN lpb.zrz.dscs IS '地上层数';
COMMENT ON COLUMN lpb.zrz.dxcs IS '地下层数';
COMMENT ON COLUMN lpb.zrz.ghyt IS '规划用途（代码同房屋用途 zd.fwyt）';
COMMENT ON COLUMN lpb.zrz.fwjg IS '房屋结构（zd.fwjg）';
COMMENT ON COLUMN lpb.zrz.jzwzt IS '建筑物状态（zd.jzwzt：历史、期房、现房、虚拟）';
COMMENT ON COLUMN lpb.zrz.jgrq IS '竣工日期';
COMMENT ON COLUMN lpb.zrz.ycjzmj IS '预测建筑面积（m²）';
COMMENT ON COLUMN lpb.zrz.scjzmj IS '实测建筑面积（m²）';
COMMENT ON COLUMN lpb.zrz.zts IS '总套数';
COMMENT ON COLUMN lpb.zrz.cjsj IS '创建时间';
COMMENT ON COLUMN lpb.zrz.gxsj IS '更新时间';

-- lpb.ljz: 逻辑幢
CREATE TABLE lpb.ljz (
    id        bigserial      NOT NULL,
    zrz_id    bigint         NOT NULL,
    ljzh      varchar(50)    NOT NULL,
    mph       text,
    fwyt      varchar(10),
    fwjg      varchar(10),
    jzwzt     varchar(10),
    zcs       integer,
    dscs      integer,
    dxcs      integer,
    jgrq      date,
    ycjzmj    numeric(12,2),
    scjzmj    numeric(12,2),
    cjsj      timestamptz    NOT NULL DEFAULT now(),
    gxsj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT ljz_pk PRIMARY KEY (id),
    CONSTRAINT ljz_zrz_id_ljzh_uq UNIQUE (zrz_id, ljzh),
    CONSTRAINT ljz_zrz_id_fk FOREIGN KEY (zrz_id) REFERENCES lpb.zrz (id),
    CONSTRAINT ljz_cs_ck CHECK (zcs >= 0 AND dscs >= 0 AND dxcs >= 0),
    CONSTRAINT ljz_mj_ck CHECK (ycjzmj >= 0 AND scjzmj >= 0)
);
CREATE INDEX ljz_ljzh_ix ON lpb.ljz (ljzh);
COMMENT ON TABLE lpb.ljz IS '逻辑幢：自然幢内按门牌或用途划分的楼栋（TD/T 1066 LJZ）；接口的“楼栋编号”即逻辑幢号';
COMMENT ON COLUMN lpb.ljz.id IS '逻辑幢ID（主键）';
COMMENT ON COLUMN lpb.ljz.zrz_id IS '所属自然幢ID（lpb.zrz.id）';
COMMENT ON COLUMN lpb.ljz.ljzh IS '逻辑幢号（楼栋编号，自然幢内唯一）';
COMMENT ON COLUMN lpb.ljz.mph IS '门牌号';
COMMENT ON COLUMN lpb.ljz.fwyt IS '房屋用途（zd.fwyt）';
COMMENT ON COLUMN lpb.ljz.fwjg IS '房屋结构（zd.fwjg）';
COMMENT ON COLUMN lpb.ljz.jzwzt IS '建筑物状态（zd.jzwzt）';
COMMENT ON COLUMN lpb.ljz.zcs IS '总层数';
COMMENT ON COLUMN lpb.ljz.dscs IS '地上层数';
COMMENT ON COLUMN lpb.ljz.dxcs IS '地下层数';
COMMENT ON COLUMN lpb.ljz.jgrq IS '竣工日期';
COMMENT ON COLUMN lpb.ljz.ycjzmj IS '预测建筑面积（m²）';
COMMENT ON COLUMN lpb.ljz.scjzmj IS '实测建筑面积（m²）';
COMMENT ON COLUMN lpb.ljz.cjsj IS '创建时间';
COMMENT ON COLUMN lpb.ljz.gxsj IS '更新时间';

-- lpb.c: 层
CREATE TABLE lpb.c (
    id        bigserial      NOT NULL,
    zrz_id    bigint         NOT NULL,
    ljz_id    bigint,
    ch        varchar(20)    NOT NULL,
    sjc       integer,
    myc       varchar(20),
    cjzmj     numeric(12,2),
    cg        numeric(8,2),
    cjsj      timestamptz    NOT NULL DEFAULT now(),
    gxsj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT c_pk PRIMARY KEY (id),
    CONSTRAINT c_zrz_id_ch_uq UNIQUE (zrz_id, ch),
    CONSTRAINT c_zrz_id_fk FOREIGN KEY (zrz_id) REFERENCES lpb.zrz (id),
    CONSTRAINT c_ljz_id_fk FOREIGN KEY (ljz_id) REFERENCES lpb.ljz (id),
    CONSTRAINT c_mj_ck CHECK (cjzmj >= 0 AND cg >= 0)
);
CREATE INDEX c_ljz_id_ix ON lpb.c (ljz_id);
COMMENT ON TABLE lpb.c IS '层：自然幢的楼层（TD/T 1066 C），可选归属逻辑幢';
COMMENT ON COLUMN lpb.c.id IS '层ID（主键）';
COMMENT ON COLUMN lpb.c.zrz_id IS '所属自然幢ID（lpb.zrz.id）';
COMMENT ON COLUMN lpb.c.ljz_id IS '所属逻辑幢ID（lpb.ljz.id，可空）';
COMMENT ON COLUMN lpb.c.ch IS '层号（自然幢内唯一）';
COMMENT ON COLUMN lpb.c.sjc IS '实际层（物理层序号，地下层为负数）';
COMMENT ON COLUMN lpb.c.myc IS '名义层（标注的楼层名，如 16、-1、夹层）';
COMMENT ON COLUMN lpb.c.cjzmj IS '层建筑面积（m²）';
COMMENT ON COLUMN lpb.c.cg IS '层高（m）';
COMMENT ON COLUMN lpb.c.cjsj IS '创建时间';
COMMENT ON COLUMN lpb.c.gxsj IS '更新时间';

-- lpb.h: 户
CREATE TABLE lpb.h (
    id          bigserial      NOT NULL,
    fwbm        varchar(32),
    ljz_id      bigint         NOT NULL,
    c_id        bigint,
    zl          text,
    dyh         varchar(20),
    szc         varchar(20),
    sjcs        integer,
    hh          integer,
    shbw        text,
    fh          varchar(50),
    hx          varchar(10),
    hxjg        varchar(10),
    fwyt        varchar(10),
    fwlx        varchar(10),
    fwjg        varchar(10),
    fwxz        varchar(10),
    mjdw        varchar(10)    NOT NULL DEFAULT '1',
    mjlx        varchar(10)    NOT NULL DEFAULT '预测',
    ycjzmj      numeric(12,2),
    yctnjzmj    numeric(12,2),
    ycftjzmj    numeric(12,2),
    ycdxbfjzmj  numeric(12,2),
    ycqtjzmj    numeric(12,2),
    ycftxs      numeric(5,4),
    scjzmj      numeric(12,2),
    sctnjzmj    numeric(12,2),
    scftjzmj    numeric(12,2),
    scdxbfjzmj  numeric(12,2),
    scqtjzmj    numeric(12,2),
    scftxs      numeric(5,4),
    fwzt        varchar(10)    NOT NULL DEFAULT '可售',
    djzt        smallint       NOT NULL DEFAULT 0,
    dyzt        smallint       NOT NULL DEFAULT 0,
    cfzt        smallint       NOT NULL DEFAULT 0,
    ygzt        smallint       NOT NULL DEFAULT 0,
    yyzt        smallint       NOT NULL DEFAULT 0,
    xzzt        smallint       NOT NULL DEFAULT 0,
    cjsj        timestamptz    NOT NULL DEFAULT now(),
    gxsj        timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT h_pk PRIMARY KEY (id),
    CONSTRAINT h_fwbm_uq UNIQUE (fwbm),
    CONSTRAINT h_ljz_id_fk FOREIGN KEY (ljz_id) REFERENCES lpb.ljz (id),
    CONSTRAINT h_c_id_fk FOREIGN KEY (c_id) REFERENCES lpb.c (id),
    CONSTRAINT h_mj_ck CHECK (
        ycjzmj >= 0 AND yctnjzmj >= 0 AND ycftjzmj >= 0 AND ycdxbfjzmj >= 0 AND ycqtjzmj >= 0 AND ycftxs >= 0
        AND scjzmj >= 0 AND sctnjzmj >= 0 AND scftjzmj >= 0 AND scdxbfjzmj >= 0 AND scqtjzmj >= 0 AND scftxs >= 0),
    CONSTRAINT h_ycmj_he_ck CHECK (
        ycjzmj IS NULL OR yctnjzmj IS NULL OR ycftjzmj IS NULL
        OR abs(yctnjzmj + ycftjzmj - ycjzmj) <= 0.05),
    CONSTRAINT h_scmj_he_ck CHECK (
        scjzmj IS NULL OR sctnjzmj IS NULL OR scftjzmj IS NULL
        OR abs(sctnjzmj + scftjzmj - scjzmj) <= 0.05),
    CONSTRAINT h_mjlx_ck CHECK (
        (mjlx = '预测' AND scjzmj IS NULL) OR (mjlx = '实测' AND scjzmj IS NOT NULL)),
    CONSTRAINT h_fwzt_ck CHECK (fwzt IN ('不可售', '可售', '已签约', '已备案', '已登记', '已灭失')),
    CONSTRAINT h_djzt_ck CHECK (djzt IN (0, 1)),
    CONSTRAINT h_qlzt_ck CHECK (dyzt >= 0 AND cfzt >= 0 AND ygzt >= 0 AND yyzt >= 0 AND xzzt >= 0)
);
CREATE INDEX h_ljz_id_ix ON lpb.h (ljz_id);
CREATE INDEX h_c_id_ix ON lpb.h (c_id);
COMMENT ON TABLE lpb.h IS '户：最小交易单元（套、间），房屋编码 fwbm 为交易端主键；一行同时记预测与实测面积（TD/T 1066 H）';
COMMENT ON COLUMN lpb.h.id IS '户ID（主键）';
COMMENT ON COLUMN lpb.h.fwbm IS '房屋编码（JGJ/T 246，房屋唯一号；可空：分割合并或存量缺码的户待赋码，非空时唯一）';
COMMENT ON COLUMN lpb.h.ljz_id IS '所属逻辑幢ID（lpb.ljz.id）';
COMMENT ON COLUMN lpb.h.c_id IS '所在层ID（lpb.c.id，可空）';
COMMENT ON COLUMN lpb.h.zl IS '房屋坐落';
COMMENT ON COLUMN lpb.h.dyh IS '单元号';
COMMENT ON COLUMN lpb.h.szc IS '所在层（名义层，文本，如 16、-1、夹层）';
COMMENT ON COLUMN lpb.h.sjcs IS '实际层数（物理层序号）';
COMMENT ON COLUMN lpb.h.hh IS '户号（层内或幢内序号）';
COMMENT ON COLUMN lpb.h.shbw IS '室号部位';
COMMENT ON COLUMN lpb.h.fh IS '房号（如 1602）';
COMMENT ON COLUMN lpb.h.hx IS '户型（zd.hx）';
COMMENT ON COLUMN lpb.h.hxjg IS '户型结构（zd.hxjg）';
COMMENT ON COLUMN lpb.h.fwyt IS '房屋用途（zd.fwyt）';
COMMENT ON COLUMN lpb.h.fwlx IS '房屋类型（zd.fwlx）';
COMMENT ON COLUMN lpb.h.fwjg IS '房屋结构（zd.fwjg）';
COMMENT ON COLUMN lpb.h.fwxz IS '房屋性质（zd.fwxz）';
COMMENT ON COLUMN lpb.h.mjdw IS '面积单位（zd.mjdw，默认 1 平方米）';
COMMENT ON COLUMN lpb.h.mjlx IS '面积类型：预测（只有预测面积，实测面积为空）/ 实测（已实测，实测建筑面积必填，预测面积保留）';
COMMENT ON COLUMN lpb.h.ycjzmj IS '预测建筑面积（m²）';
COMMENT ON COLUMN lpb.h.yctnjzmj IS '预测套内建筑面积（m²）';
COMMENT ON COLUMN lpb.h.ycftjzmj IS '预测分摊建筑面积（m²）；三项齐全时 套内+分摊 与建筑面积相差不超过 0.05';
COMMENT ON COLUMN lpb.h.ycdxbfjzmj IS '预测地下部分建筑面积（m²）';
COMMENT ON COLUMN lpb.h.ycqtjzmj IS '预测其它建筑面积（m²）';
COMMENT ON COLUMN lpb.h.ycftxs IS '预测分摊系数';
COMMENT ON COLUMN lpb.h.scjzmj IS '实测建筑面积（m²）';
COMMENT ON COLUMN lpb.h.sctnjzmj IS '实测套内建筑面积（m²）';
COMMENT ON COLUMN lpb.h.scftjzmj IS '实测分摊建筑面积（m²）；三项齐全时 套内+分摊 与建筑面积相差不超过 0.05';
COMMENT ON COLUMN lpb.h.scdxbfjzmj IS '实测地下部分建筑面积（m²）';
COMMENT ON COLUMN lpb.h.scqtjzmj IS '实测其它建筑面积（m²）';
COMMENT ON COLUMN lpb.h.scftxs IS '实测分摊系数';
COMMENT ON COLUMN lpb.h.fwzt IS '房屋状态：不可售 / 可售 / 已签约 / 已备案 / 已登记 / 已灭失（分割合并或拆除后作废）';
COMMENT ON COLUMN lpb.h.djzt IS '登记状态：0 未登记，1 已登记（有现势房地产权）；由登记结果入库过程维护';
COMMENT ON COLUMN lpb.h.dyzt IS '抵押状态：现势抵押权（含预抵押）件数，0 为无；由登记结果入库过程维护';
COMMENT ON COLUMN lpb.h.cfzt IS '查封状态：现势查封（含预查封、轮候）件数，0 为无；由登记结果入库过程维护';
COMMENT ON COLUMN lpb.h.ygzt IS '预告状态：现势预告登记件数，0 为无；由登记结果入库过程维护';
COMMENT ON COLUMN lpb.h.yyzt IS '异议状态：现势异议登记件数，0 为无；由登记结果入库过程维护';
COMMENT ON COLUMN lpb.h.xzzt IS '行政限制状态：有效行政限制（ht.xzxz）件数，0 为无；由行政限制过程维护';
COMMENT ON COLUMN lpb.h.cjsj IS '创建时间';
COMMENT ON COLUMN lpb.h.gxsj IS '更新时间';


-- ======================================================================
-- ht 合同与备案（seed §5.1.1 网签备案和行政限制，§5.2.1.8，§5.2.2.3）
-- ======================================================================

-- ht.spfht: 商品房合同
CREATE TABLE ht.spfht (
    id        bigserial      NOT NULL,
    htbh      varchar(50)    NOT NULL,
    htbah     varchar(50),
    h_id      bigint         NOT NULL,
    fwbm      varchar(32),
    ysxkzh    varchar(100),
    zl        text,
    qxdm      varchar(12),
    qyrq      date,
    barq      date,
    htje      numeric(18,2)  NOT NULL,
    jzmj      numeric(12,2),
    fkfs      varchar(20),
    htzt      varchar(10)    NOT NULL DEFAULT '草签',
    cxsj      timestamptz,
    cxyy      text,
    cjsj      timestamptz    NOT NULL DEFAULT now(),
    gxsj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT spfht_pk PRIMARY KEY (id),
    CONSTRAINT spfht_htbh_uq UNIQUE (htbh),
    CONSTRAINT spfht_htbah_uq UNIQUE (htbah),
    CONSTRAINT spfht_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h (id),
    CONSTRAINT spfht_htje_ck CHECK (htje > 0),
    CONSTRAINT spfht_jzmj_ck CHECK (jzmj >= 0),
    CONSTRAINT spfht_barq_ck CHECK (barq >= qyrq),
    CONSTRAINT spfht_fkfs_ck CHECK (fkfs IN ('一次性付款', '分期付款', '按揭贷款', '公积金贷款', '组合贷款', '其他')),
    CONSTRAINT spfht_htzt_ck CHECK (htzt IN ('草签', '已签约', '已备案', '已撤销', '已注销')),
    CONSTRAINT spfht_ba_ck CHECK (htzt <> '已备案' OR (htbah IS NOT NULL AND barq IS NOT NULL))
);
CREATE INDEX spfht_h_id_ix ON ht.spfht (h_id);
CREATE INDEX spfht_fwbm_ix ON ht.spfht (fwbm);
-- 一房一有效合同：同一户至多一份已签约或已备案的商品房合同（防一房多卖，seed §3.2.1）
CREATE UNIQUE INDEX spfht_h_id_yx_uq ON ht.spfht (h_id) WHERE htzt IN ('已签约', '已备案');
COMMENT ON TABLE ht.spfht IS '商品房合同：新建商品房网签合同及其备案（一份合同对应一户）';
COMMENT ON COLUMN ht.spfht.id IS '合同ID（主键）';
COMMENT ON COLUMN ht.spfht.htbh IS '合同编号（网签时生成，唯一）';
COMMENT ON COLUMN ht.spfht.htbah IS '合同备案号（备案时生成，可空，非空时唯一）';
COMMENT ON COLUMN ht.spfht.h_id IS '所售房屋（lpb.h.id）；同一户至多一份已签约或已备案合同';
COMMENT ON COLUMN ht.spfht.fwbm IS '房屋编码（签约时的快照）';
COMMENT ON COLUMN ht.spfht.ysxkzh IS '预售许可证号';
COMMENT ON COLUMN ht.spfht.zl IS '房屋坐落（签约时的快照）';
COMMENT ON COLUMN ht.spfht.qxdm IS '区县代码（zd.xzqh）';
COMMENT ON COLUMN ht.spfht.qyrq IS '签约日期';
COMMENT ON COLUMN ht.spfht.barq IS '备案日期';
COMMENT ON COLUMN ht.spfht.htje IS '成交金额（元，大于 0）';
COMMENT ON COLUMN ht.spfht.jzmj IS '合同建筑面积（m²）';
COMMENT ON COLUMN ht.spfht.fkfs IS '付款方式：一次性付款 / 分期付款 / 按揭贷款 / 公积金贷款 / 组合贷款 / 其他';
COMMENT ON COLUMN ht.spfht.htzt IS '合同状态：草签 / 已签约 / 已备案 / 已撤销 / 已注销；已备案时合同备案号与备案日期必填';
COMMENT ON COLUMN ht.spfht.cxsj IS '撤销或注销时间';
COMMENT ON COLUMN ht.spfht.cxyy IS '撤销或注销原因';
COMMENT ON COLUMN ht.spfht.cjsj IS '创建时间';
COMMENT ON COLUMN ht.spfht.gxsj IS '更新时间';

-- ht.spfht_dsr: 商品房合同当事人
CREATE TABLE ht.spfht_dsr (
    id        bigserial      NOT NULL,
    ht_id     bigint         NOT NULL,
    jslx      varchar(10)    NOT NULL,
    sxh       integer        NOT NULL DEFAULT 1,
    mc        text           NOT NULL,
    qlrlx     varchar(10),
    zjzl      varchar(10),
    zjhm      varchar(50),
    dh        varchar(50),
    dz        text,
    gyfs      varchar(10),
    qlbl      numeric(5,4),
    CONSTRAINT spfht_dsr_pk PRIMARY KEY (id),
    CONSTRAINT spfht_dsr_ht_id_jslx_sxh_uq UNIQUE (ht_id, jslx, sxh),
    CONSTRAINT spfht_dsr_ht_id_fk FOREIGN KEY (ht_id) REFERENCES ht.spfht (id) ON DELETE CASCADE,
    CONSTRAINT spfht_dsr_jslx_ck CHECK (jslx IN ('出卖人', '买受人')),
    CONSTRAINT spfht_dsr_qlbl_ck CHECK (qlbl > 0 AND qlbl <= 1)
);
CREATE INDEX spfht_dsr_zjhm_ix ON ht.spfht_dsr (zjhm);
COMMENT ON TABLE ht.spfht_dsr IS '商品房合同当事人：出卖人与买受人';
COMMENT ON COLUMN ht.spfht_dsr.id IS '当事人ID（主键）';
COMMENT ON COLUMN ht.spfht_dsr.ht_id IS '所属合同（ht.spfht.id）';
COMMENT ON COLUMN ht.spfht_dsr.jslx IS '角色类型：出卖人 / 买受人';
COMMENT ON COLUMN ht.spfht_dsr.sxh IS '顺序号（同一合同同一角色内）';
COMMENT ON COLUMN ht.spfht_dsr.mc IS '名称（姓名或单位名称）';
COMMENT ON COLUMN ht.spfht_dsr.qlrlx IS '当事人类型（zd.qlrlx：个人、企业…）';
COMMENT ON COLUMN ht.spfht_dsr.zjzl IS '证件种类（zd.zjzl）';
COMMENT ON COLUMN ht.spfht_dsr.zjhm IS '证件号码';
COMMENT ON COLUMN ht.spfht_dsr.dh IS '电话';
COMMENT ON COLUMN ht.spfht_dsr.dz IS '地址';
COMMENT ON COLUMN ht.spfht_dsr.gyfs IS '共有方式（zd.gyfs，买受人填写）';
COMMENT ON COLUMN ht.spfht_dsr.qlbl IS '份额（0–1，按份共有时填写）';

-- ht.clfht: 存量房合同
CREATE TABLE ht.clfht (
    id            bigserial      NOT NULL,
    htbh          varchar(50)    NOT NULL,
    htbah         varchar(50),
    h_id          bigint         NOT NULL,
    fwbm          varchar(32),
    bdcdyh        varchar(28),
    bdcqzh        varchar(100),
    zl            text,
    qxdm          varchar(12),
    qyrq          date,
    barq          date,
    htje          numeric(18,2)  NOT NULL,
    jzmj          numeric(12,2),
    fkfs          varchar(20),
    jjjg          text,
    jjjgtyshxydm  varchar(50),
    zjjgbz        boolean        NOT NULL DEFAULT false,
    htzt          varchar(10)    NOT NULL DEFAULT '草签',
    cxsj          timestamptz,
    cxyy          text,
    cjsj          timestamptz    NOT NULL DEFAULT now(),
    gxsj          timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT clfht_pk PRIMARY KEY (id),
    CONSTRAINT clfht_htbh_uq UNIQUE (htbh),
    CONSTRAINT clfht_htbah_uq UNIQUE (htbah),
    CONSTRAINT clfht_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h (id),
    CONSTRAINT clfht_htje_ck CHECK (htje > 0),
    CONSTRAINT clfht_jzmj_ck CHECK (jzmj >= 0),
    CONSTRAINT clfht_barq_ck CHECK (barq >= qyrq),
    CONSTRAINT clfht_fkfs_ck CHECK (fkfs IN ('一次性付款', '分期付款', '按揭贷款', '公积金贷款', '组合贷款', '其他')),
    CONSTRAINT clfht_htzt_ck CHECK (htzt IN ('草签', '已签约', '已备案', '已撤销', '已注销')),
    CONSTRAINT clfht_ba_ck CHECK (htzt <> '已备案' OR (htbah IS NOT NULL AND barq IS NOT NULL))
);
CREATE INDEX clfht_h_id_ix ON ht.clfht (h_id);
CREATE INDEX clfht_fwbm_ix ON ht.clfht (fwbm);
CREATE INDEX clfht_bdcdyh_ix ON ht.clfht (bdcdyh);
CREATE INDEX clfht_bdcqzh_ix ON ht.clfht (bdcqzh);
-- 一房一有效合同：同一户至多一份已签约或已备案的存量房合同（防一房多卖，seed §3.2.1）
CREATE UNIQUE INDEX clfht_h_id_yx_uq ON ht.clfht (h_id) WHERE htzt IN ('已签约', '已备案');
COMMENT ON TABLE ht.clfht IS '存量房合同：二手房网签合同及其备案（一份合同对应一户）';
COMMENT ON COLUMN ht.clfht.id IS '合同ID（主键）';
COMMENT ON COLUMN ht.clfht.htbh IS '合同编号（网签时生成，唯一）';
COMMENT ON COLUMN ht.clfht.htbah IS '合同备案号（备案时生成，可空，非空时唯一）';
COMMENT ON COLUMN ht.clfht.h_id IS '所售房屋（lpb.h.id）；同一户至多一份已签约或已备案合同';
COMMENT ON COLUMN ht.clfht.fwbm IS '房屋编码（签约时的快照）';
COMMENT ON COLUMN ht.clfht.bdcdyh IS '不动产单元号（签约时的快照）';
COMMENT ON COLUMN ht.clfht.bdcqzh IS '出卖人持有的不动产权证书号';
COMMENT ON COLUMN ht.clfht.zl IS '房屋坐落（签约时的快照）';
COMMENT ON COLUMN ht.clfht.qxdm IS '区县代码（zd.xzqh）';
COMMENT ON COLUMN ht.clfht.qyrq IS '签约日期';
COMMENT ON COLUMN ht.clfht.barq IS '备案日期';
COMMENT ON COLUMN ht.clfht.htje IS '成交金额（元，大于 0）';
COMMENT ON COLUMN ht.clfht.jzmj IS '合同建筑面积（m²）';
COMMENT ON COLUMN ht.clfht.fkfs IS '付款方式：一次性付款 / 分期付款 / 按揭贷款 / 公积金贷款 / 组合贷款 / 其他';
COMMENT ON COLUMN ht.clfht.jjjg IS '经纪机构名称（自行成交为空）';
COMMENT ON COLUMN ht.clfht.jjjgtyshxydm IS '经纪机构统一社会信用代码';
COMMENT ON COLUMN ht.clfht.zjjgbz IS '资金监管标志（是否办理交易资金监管）';
COMMENT ON COLUMN ht.clfht.htzt IS '合同状态：草签 / 已签约 / 已备案 / 已撤销 / 已注销；已备案时合同备案号与备案日期必填';
COMMENT ON COLUMN ht.clfht.cxsj IS '撤销或注销时间';
COMMENT ON COLUMN ht.clfht.cxyy IS '撤销或注销原因';
COMMENT ON COLUMN ht.clfht.cjsj IS '创建时间';
COMMENT ON COLUMN ht.clfht.gxsj IS '更新时间';

-- ht.clfht_dsr: 存量房合同当事人
CREATE TABLE ht.clfht_dsr (
    id        bigserial      NOT NULL,
    ht_id     bigint         NOT NULL,
    jslx      varchar(10)    NOT NULL,
    sxh       integer        NOT NULL DEFAULT 1,
    mc        text           NOT NULL,
    qlrlx     varchar(10),
    zjzl      varchar(10),
    zjhm      varchar(50),
    dh        varchar(50),
    dz        text,
    gyfs      varchar(10),
    qlbl      numeric(5,4),
    CONSTRAINT clfht_dsr_pk PRIMARY KEY (id),
    CONSTRAINT clfht_dsr_ht_id_jslx_sxh_uq UNIQUE (ht_id, jslx, sxh),
    CONSTRAINT clfht_dsr_ht_id_fk FOREIGN KEY (ht_id) REFERENCES ht.clfht (id) ON DELETE CASCADE,
    CONSTRAINT clfht_dsr_jslx_ck CHECK (jslx IN ('出卖人', '买受人')),
    CONSTRAINT clfht_dsr_qlbl_ck CHECK (qlbl > 0 AND qlbl <= 1)
);
CREATE INDEX clfht_dsr_zjhm_ix ON ht.clfht_dsr (zjhm);
COMMENT ON TABLE ht.clfht_dsr IS '存量房合同当事人：出卖人与买受人';
COMMENT ON COLUMN ht.clfht_dsr.id IS '当事人ID（主键）';
COMMENT ON COLUMN ht.clfht_dsr.ht_id IS '所属合同（ht.clfht.id）';
COMMENT ON COLUMN ht.clfht_dsr.jslx IS '角色类型：出卖人 / 买受人';
COMMENT ON COLUMN ht.clfht_dsr.sxh IS '顺序号（同一合同同一角色内）';
COMMENT ON COLUMN ht.clfht_dsr.mc IS '名称（姓名或单位名称）';
COMMENT ON COLUMN ht.clfht_dsr.qlrlx IS '当事人类型（zd.qlrlx：个人、企业…）';
COMMENT ON COLUMN ht.clfht_dsr.zjzl IS '证件种类（zd.zjzl）';
COMMENT ON COLUMN ht.clfht_dsr.zjhm IS '证件号码';
COMMENT ON COLUMN ht.clfht_dsr.dh IS '电话';
COMMENT ON COLUMN ht.clfht_dsr.dz IS '地址';
COMMENT ON COLUMN ht.clfht_dsr.gyfs IS '共有方式（zd.gyfs，买受人填写）';
COMMENT ON COLUMN ht.clfht_dsr.qlbl IS '份额（0–1，按份共有时填写）';

-- ht.xzxz: 行政限制
CREATE TABLE ht.xzxz (
    id        bigserial      NOT NULL,
    xzbh      varchar(50)    NOT NULL,
    h_id      bigint         NOT NULL,
    fwbm      varchar(32),
    szywh     text,
    jcywh     text,
    xzlx      varchar(10)    NOT NULL,
    xzwh      text,
    xzjg      text,
    xzyy      text,
    xzqssj    date,
    xzjssj    date,
    xzzt      varchar(10)    NOT NULL DEFAULT '有效',
    jcwh      text,
    jcyy      text,
    jcsj      timestamptz,
    cjsj      timestamptz    NOT NULL DEFAULT now(),
    gxsj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT xzxz_pk PRIMARY KEY (id),
    CONSTRAINT xzxz_xzbh_uq UNIQUE (xzbh),
    CONSTRAINT xzxz_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h (id),
    CONSTRAINT xzxz_xzlx_ck CHECK (xzlx IN ('限购', '限售', '预查封', '查封', '冻结', '合同限制', '其他')),
    CONSTRAINT xzxz_xzzt_ck CHECK (xzzt IN ('有效', '已解除')),
    CONSTRAINT xzxz_xzjssj_ck CHECK (xzjssj >= xzqssj),
    CONSTRAINT xzxz_jc_ck CHECK (xzzt <> '已解除' OR jcsj IS NOT NULL)
);
CREATE INDEX xzxz_h_id_ix ON ht.xzxz (h_id);
CREATE INDEX xzxz_fwbm_ix ON ht.xzxz (fwbm);
CREATE INDEX xzxz_szywh_ix ON ht.xzxz (szywh);
CREATE INDEX xzxz_jcywh_ix ON ht.xzxz (jcywh);
COMMENT ON TABLE ht.xzxz IS '行政限制：房管端对房屋的限制（限购、限售、预查封、冻结、合同限制等），与司法查封登记 djjg.cfdj 分开；一户一限制一行';
COMMENT ON COLUMN ht.xzxz.id IS '限制ID（主键）';
COMMENT ON COLUMN ht.xzxz.xzbh IS '限制编号（唯一，与共享交易库 xzxz.xzbh 一致）';
COMMENT ON COLUMN ht.xzxz.h_id IS '被限制房屋（lpb.h.id）';
COMMENT ON COLUMN ht.xzxz.fwbm IS '房屋编码（设立时的快照）';
COMMENT ON COLUMN ht.xzxz.szywh IS '设立业务号（yw.jyyw.ywh，业务类型 XZXZ）';
COMMENT ON COLUMN ht.xzxz.jcywh IS '解除业务号（yw.jyyw.ywh，业务类型 XZJC）';
COMMENT ON COLUMN ht.xzxz.xzlx IS '限制类型：限购 / 限售 / 预查封 / 查封 / 冻结 / 合同限制 / 其他';
COMMENT ON COLUMN ht.xzxz.xzwh IS '限制文号';
COMMENT ON COLUMN ht.xzxz.xzjg IS '限制机关';
COMMENT ON COLUMN ht.xzxz.xzyy IS '限制原因';
COMMENT ON COLUMN ht.xzxz.xzqssj IS '限制起始日期';
COMMENT ON COLUMN ht.xzxz.xzjssj IS '限制结束日期（到期日，可空）';
COMMENT ON COLUMN ht.xzxz.xzzt IS '限制状态：有效 / 已解除（已解除时解除时间必填）';
COMMENT ON COLUMN ht.xzxz.jcwh IS '解除文号';
COMMENT ON COLUMN ht.xzxz.jcyy IS '解除原因';
COMMENT ON COLUMN ht.xzxz.jcsj IS '解除时间';
COMMENT ON COLUMN ht.xzxz.cjsj IS '创建时间';
COMMENT ON COLUMN ht.xzxz.gxsj IS '更新时间';

-- ht.dyba: 抵押备案
CREATE TABLE ht.dyba (
    id          bigserial      NOT NULL,
    dybah       varchar(50),
    ywh         text,
    htbh        varchar(50),
    dylx        varchar(20)    NOT NULL,
    dyfs        varchar(10)    NOT NULL,
    dyr         text           NOT NULL,
    dyrzjzl     varchar(10),
    dyrzjhm     varchar(50),
    dyqr        text           NOT NULL,
    dyqrzjzl    varchar(10),
    dyqrzjhm    varchar(50),
    bdbzzqse    numeric(18,2),
    zgzqse      numeric(18,2),
    zwlxqssj    date,
    zwlxjssj    date,
    dyfw        text,
    bazt        varchar(10)    NOT NULL DEFAULT '待备案',
    basj        timestamptz,
    zxsj        timestamptz,
    zxyy        text,
    cjsj        timestamptz    NOT NULL DEFAULT now(),
    gxsj        timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT dyba_pk PRIMARY KEY (id),
    CONSTRAINT dyba_dybah_uq UNIQUE (dybah),
    CONSTRAINT dyba_dylx_ck CHECK (dylx IN ('预售商品房抵押', '在建工程抵押', '现房抵押', '其他')),
    CONSTRAINT dyba_je_ck CHECK (bdbzzqse > 0 AND zgzqse > 0),
    CONSTRAINT dyba_zwlxjssj_ck CHECK (zwlxjssj >= zwlxqssj),
    CONSTRAINT dyba_bazt_ck CHECK (bazt IN ('待备案', '已备案', '已撤销', '已注销')),
    CONSTRAINT dyba_ba_ck CHECK (bazt <> '已备案' OR (dybah IS NOT NULL AND basj IS NOT NULL))
);
CREATE INDEX dyba_ywh_ix ON ht.dyba (ywh);
CREATE INDEX dyba_htbh_ix ON ht.dyba (htbh);
CREATE INDEX dyba_dyrzjhm_ix ON ht.dyba (dyrzjhm);
CREATE INDEX dyba_dyqrzjhm_ix ON ht.dyba (dyqrzjhm);
COMMENT ON TABLE ht.dyba IS '抵押备案：房管端抵押备案（含预售商品房抵押），所涉房屋见 ht.dyba_h';
COMMENT ON COLUMN ht.dyba.id IS '抵押备案ID（主键）';
COMMENT ON COLUMN ht.dyba.dybah IS '抵押备案号（备案时生成，可空，非空时唯一）';
COMMENT ON COLUMN ht.dyba.ywh IS '受理该备案的交易业务号（yw.jyyw.ywh，业务类型 DYBA）';
COMMENT ON COLUMN ht.dyba.htbh IS '关联的买卖合同编号（预售商品房抵押时填写）';
COMMENT ON COLUMN ht.dyba.dylx IS '抵押类型：预售商品房抵押 / 在建工程抵押 / 现房抵押 / 其他';
COMMENT ON COLUMN ht.dyba.dyfs IS '抵押方式（zd.dyfs：1 一般抵押，2 最高额抵押）';
COMMENT ON COLUMN ht.dyba.dyr IS '抵押人（多人时以顿号分隔）';
COMMENT ON COLUMN ht.dyba.dyrzjzl IS '抵押人证件种类（zd.zjzl，首位抵押人）';
COMMENT ON COLUMN ht.dyba.dyrzjhm IS '抵押人证件号码（首位抵押人）';
COMMENT ON COLUMN ht.dyba.dyqr IS '抵押权人（通常为银行）';
COMMENT ON COLUMN ht.dyba.dyqrzjzl IS '抵押权人证件种类（zd.zjzl）';
COMMENT ON COLUMN ht.dyba.dyqrzjhm IS '抵押权人证件号码';
COMMENT ON COLUMN ht.dyba.bdbzzqse IS '被担保主债权数额（元，一般抵押）';
COMMENT ON COLUMN ht.dyba.zgzqse IS '最高债权数额（元，最高额抵押）';
COMMENT ON COLUMN ht.dyba.zwlxqssj IS '债务履行起始日期';
COMMENT ON COLUMN ht.dyba.zwlxjssj IS '债务履行结束日期';
COMMENT ON COLUMN ht.dyba.dyfw IS '抵押范围';
COMMENT ON COLUMN ht.dyba.bazt IS '备案状态：待备案 / 已备案 / 已撤销 / 已注销（已备案时备案号与备案时间必填）';
COMMENT ON COLUMN ht.dyba.basj IS '备案时间';
COMMENT ON COLUMN ht.dyba.zxsj IS '注销或撤销时间';
COMMENT ON COLUMN ht.dyba.zxyy IS '注销或撤销原因';
COMMENT ON COLUMN ht.dyba.cjsj IS '创建时间';
COMMENT ON COLUMN ht.dyba.gxsj IS '更新时间';

-- ht.dyba_h: 抵押备案房屋
CREATE TABLE ht.dyba_h (
    id        bigserial      NOT NULL,
    dyba_id   bigint         NOT NULL,
    h_id      bigint         NOT NULL,
    fwbm      varchar(32),
    dymj      numeric(12,2),
    CONSTRAINT dyba_h_pk PRIMARY KEY (id),
    CONSTRAINT dyba_h_dyba_id_h_id_uq UNIQUE (dyba_id, h_id),
    CONSTRAINT dyba_h_dyba_id_fk FOREIGN KEY (dyba_id) REFERENCES ht.dyba (id) ON DELETE CASCADE,
    CONSTRAINT dyba_h_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h (id),
    CONSTRAINT dyba_h_dymj_ck CHECK (dymj >= 0)
);
CREATE INDEX dyba_h_h_id_ix ON ht.dyba_h (h_id);
CREATE INDEX dyba_h_fwbm_ix ON ht.dyba_h (fwbm);
COMMENT ON TABLE ht.dyba_h IS '抵押备案房屋：一次抵押备案所涉的每一户（多套抵押一行一户）';
COMMENT ON COLUMN ht.dyba_h.id IS 'ID（主键）';
COMMENT ON COLUMN ht.dyba_h.dyba_id IS '所属抵押备案（ht.dyba.id）';
COMMENT ON COLUMN ht.dyba_h.h_id IS '抵押房屋（lpb.h.id）';
COMMENT ON COLUMN ht.dyba_h.fwbm IS '房屋编码（备案时的快照）';
COMMENT ON COLUMN ht.dyba_h.dymj IS '抵押面积（m²）';


-- ======================================================================
-- yw 交易业务（seed §5.1.1 交易业务号，§5.2.2 一窗受理）
-- ======================================================================

-- yw.jyyw: 交易业务
CREATE TABLE yw.jyyw (
    id        bigserial      NOT NULL,
    ywh       text           NOT NULL,
    ywlx      varchar(10)    NOT NULL,
    slbh      varchar(50),
    fwbm      varchar(32),
    h_id      bigint,
    htbh      varchar(50),
    qxdm      varchar(12),
    zt        varchar(10)    NOT NULL DEFAULT '在办',
    slsj      timestamptz    NOT NULL DEFAULT now(),
    bjsj      timestamptz,
    slr       text,
    bz        text,
    gxsj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT jyyw_pk PRIMARY KEY (id),
    CONSTRAINT jyyw_ywh_uq UNIQUE (ywh),
    CONSTRAINT jyyw_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h (id),
    CONSTRAINT jyyw_ywlx_ck CHECK (ywlx IN ('CHRK', 'FWBM', 'SPFWQ', 'SPFBA', 'CLFWQ', 'CLFBA', 'JYQR',
                                           'HTCX', 'XZXZ', 'XZJC', 'DYBA', 'DYZX', 'QT')),
    CONSTRAINT jyyw_zt_ck CHECK (zt IN ('在办', '办结', '撤件', '驳回')),
    CONSTRAINT jyyw_bjsj_ck CHECK (zt = '在办' OR bjsj IS NOT NULL)
);
CREATE INDEX jyyw_slbh_ix ON yw.jyyw (slbh);
CREATE INDEX jyyw_fwbm_ix ON yw.jyyw (fwbm);
CREATE INDEX jyyw_h_id_ix ON yw.jyyw (h_id);
CREATE INDEX jyyw_htbh_ix ON yw.jyyw (htbh);
COMMENT ON TABLE yw.jyyw IS '交易业务：房管端每件业务一行，交易业务号 ywh 是与登记端、一窗受理对接的业务键';
COMMENT ON COLUMN yw.jyyw.id IS '业务ID（主键）';
COMMENT ON COLUMN yw.jyyw.ywh IS '交易业务号（唯一）';
COMMENT ON COLUMN yw.jyyw.ywlx IS '业务类型：CHRK 测绘入库，FWBM 房屋编码赋码，SPFWQ 商品房网签，SPFBA 商品房合同备案，CLFWQ 存量房网签，CLFBA 存量房合同备案，JYQR 交易确认，HTCX 合同撤销（撤销网签或备案），XZXZ 行政限制设立，XZJC 行政限制解除，DYBA 抵押备案，DYZX 抵押备案注销，QT 其他';
COMMENT ON COLUMN yw.jyyw.slbh IS '一窗受理号（经一窗受理平台发起时填写）';
COMMENT ON COLUMN yw.jyyw.fwbm IS '房屋编码（单套业务；多套业务见合同或抵押备案明细）';
COMMENT ON COLUMN yw.jyyw.h_id IS '房屋（lpb.h.id，单套业务时填写）';
COMMENT ON COLUMN yw.jyyw.htbh IS '所涉合同编号（商品房或存量房合同）';
COMMENT ON COLUMN yw.jyyw.qxdm IS '区县代码（zd.xzqh）';
COMMENT ON COLUMN yw.jyyw.zt IS '业务状态：在办 / 办结 / 撤件 / 驳回（非在办时办结时间必填）';
COMMENT ON COLUMN yw.jyyw.slsj IS '受理时间';
COMMENT ON COLUMN yw.jyyw.bjsj IS '办结时间（办结、撤件、驳回的时间）';
COMMENT ON COLUMN yw.jyyw.slr IS '受理人';
COMMENT ON COLUMN yw.jyyw.bz IS '备注';
COMMENT ON COLUMN yw.jyyw.gxsj IS '更新时间';

-- yw.jyyw_hj: 交易业务环节
CREATE TABLE yw.jyyw_hj (
    id        bigserial      NOT NULL,
    ywh       text           NOT NULL,
    hjxh      integer        NOT NULL DEFAULT 1,
    hjmc      text           NOT NULL,
    jg        varchar(10),
    kssj      timestamptz    NOT NULL DEFAULT now(),
    jssj      timestamptz,
    czr       text,
    bz        text,
    CONSTRAINT jyyw_hj_pk PRIMARY KEY (id),
    CONSTRAINT jyyw_hj_ywh_fk FOREIGN KEY (ywh) REFERENCES yw.jyyw (ywh) ON DELETE CASCADE,
    CONSTRAINT jyyw_hj_jg_ck CHECK (jg IN ('通过', '不通过', '退回', '撤件')),
    CONSTRAINT jyyw_hj_jssj_ck CHECK (jssj >= kssj)
);
CREATE INDEX jyyw_hj_ywh_ix ON yw.jyyw_hj (ywh, hjxh);
COMMENT ON TABLE yw.jyyw_hj IS '交易业务环节：业务办理的各步骤（受理、审核、备案、确认…），供办件进度查询（getProgress）';
COMMENT ON COLUMN yw.jyyw_hj.id IS '环节ID（主键）';
COMMENT ON COLUMN yw.jyyw_hj.ywh IS '交易业务号（yw.jyyw.ywh）';
COMMENT ON COLUMN yw.jyyw_hj.hjxh IS '环节序号（业务内顺序）';
COMMENT ON COLUMN yw.jyyw_hj.hjmc IS '环节名称（如 受理、审核、备案、交易确认）';
COMMENT ON COLUMN yw.jyyw_hj.jg IS '办理结果：通过 / 不通过 / 退回 / 撤件（环节未结束时为空）';
COMMENT ON COLUMN yw.jyyw_hj.kssj IS '开始时间';
COMMENT ON COLUMN yw.jyyw_hj.jssj IS '结束时间';
COMMENT ON COLUMN yw.jyyw_hj.czr IS '操作人';
COMMENT ON COLUMN yw.jyyw_hj.bz IS '备注（意见）';


-- ======================================================================
-- djjg 登记结果镜像（seed §5.2.1.6 数据入库，§5.2.2.3 4–7 不动产数据完善；字段依 TD/T 1066）
-- 由校验入库过程从 stg.djsj 写入；ywh 为登记端业务号；一行一单元的表以 (ywh, bdcdyh) 唯一，
-- 抵押权以 ywh 唯一、抵押单元见 dyaq_dy（多证抵押）。
-- ======================================================================

-- djjg.qlr: 权利人
CREATE TABLE djjg.qlr (
    id        bigserial      NOT NULL,
    ywh       text           NOT NULL,
    bdcdyh    varchar(28),
    sqrlb     varchar(10)    NOT NULL DEFAULT '权利人',
    sxh       integer        NOT NULL DEFAULT 1,
    qlrmc     text           NOT NULL,
    zjzl      varchar(10),
    zjhm      varchar(50),
    qlrlx     varchar(10),
    xb        varchar(10),
    gyfs      varchar(10),
    qlbl      numeric(5,4),
    gyqk      text,
    bdcqzh    varchar(100),
    qzysxlh   varchar(50),
    sfczr     boolean,
    dh        varchar(50),
    dz        text,
    djsj      timestamptz,
    rksj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT qlr_pk PRIMARY KEY (id),
    CONSTRAINT qlr_ywh_sqrlb_sxh_uq UNIQUE (ywh, sqrlb, sxh),
    CONSTRAINT qlr_sqrlb_ck CHECK (sqrlb IN ('权利人', '义务人')),
    CONSTRAINT qlr_qlbl_ck CHECK (qlbl > 0 AND qlbl <= 1)
);
CREATE INDEX qlr_bdcdyh_ix ON djjg.qlr (bdcdyh);
CREATE INDEX qlr_zjhm_ix ON djjg.qlr (zjhm);
CREATE INDEX qlr_bdcqzh_ix ON djjg.qlr (bdcqzh);
COMMENT ON TABLE djjg.qlr IS '权利人：登记业务的权利人与义务人（TD/T 1066 QLR），按业务号与各权利表关联';
COMMENT ON COLUMN djjg.qlr.id IS 'ID（主键）';
COMMENT ON COLUMN djjg.qlr.ywh IS '登记业务号';
COMMENT ON COLUMN djjg.qlr.bdcdyh IS '不动产单元号（业务涉及多个单元时可空）';
COMMENT ON COLUMN djjg.qlr.sqrlb IS '申请人类别：权利人 / 义务人';
COMMENT ON COLUMN djjg.qlr.sxh IS '顺序号';
COMMENT ON COLUMN djjg.qlr.qlrmc IS '权利人名称';
COMMENT ON COLUMN djjg.qlr.zjzl IS '证件种类（zd.zjzl）';
COMMENT ON COLUMN djjg.qlr.zjhm IS '证件号码';
COMMENT ON COLUMN djjg.qlr.qlrlx IS '权利人类型（zd.qlrlx）';
COMMENT ON COLUMN djjg.qlr.xb IS '性别（zd.xb）';
COMMENT ON COLUMN djjg.qlr.gyfs IS '共有方式（zd.gyfs）';
COMMENT ON COLUMN djjg.qlr.qlbl IS '权利比例（0–1；登记端的文本比例如 1/2、50% 由入库过程换算）';
COMMENT ON COLUMN djjg.qlr.gyqk IS '共有情况（原文）';
COMMENT ON COLUMN djjg.qlr.bdcqzh IS '不动产权证书号（该权利人所持）';
COMMENT ON COLUMN djjg.qlr.qzysxlh IS '权证印刷序列号';
COMMENT ON COLUMN djjg.qlr.sfczr IS '是否持证人';
COMMENT ON COLUMN djjg.qlr.dh IS '电话';
COMMENT ON COLUMN djjg.qlr.dz IS '地址';
COMMENT ON COLUMN djjg.qlr.djsj IS '登记时间';
COMMENT ON COLUMN djjg.qlr.rksj IS '入库时间（写入交易生产库的时间）';

-- djjg.fdcq: 房地产权
CREATE TABLE djjg.fdcq (
    id        bigserial      NOT NULL,
    ywh       text           NOT NULL,
    bdcdyh    varchar(28)    NOT NULL,
    fwbm      varchar(32),
    djlx      varchar(10),
    djyy      text,
    qllx      varchar(10),
    fdzl      text,
    jzmj      numeric(12,2),
    zyjzmj    numeric(12,2),
    ftjzmj    numeric(12,2),
    szc       varchar(20),
    zcs       integer,
    ghyt      varchar(10),
    fwxz      varchar(10),
    fwjg      varchar(10),
    fdcjyjg   numeric(18,2),
    bdcqzh    varchar(100),
    qxdm      varchar(12),
    djjg      text,
    dbr       text,
    djsj      timestamptz,
    fj        text,
    syywh     text,
    qszt      varchar(10),
    rksj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT fdcq_pk PRIMARY KEY (id),
    CONSTRAINT fdcq_ywh_bdcdyh_uq UNIQUE (ywh, bdcdyh),
    CONSTRAINT fdcq_mj_ck CHECK (jzmj >= 0 AND zyjzmj >= 0 AND ftjzmj >= 0),
    CONSTRAINT fdcq_fdcjyjg_ck CHECK (fdcjyjg >= 0)
);
CREATE INDEX fdcq_bdcdyh_ix ON djjg.fdcq (bdcdyh);
CREATE INDEX fdcq_fwbm_ix ON djjg.fdcq (fwbm);
CREATE INDEX fdcq_bdcqzh_ix ON djjg.fdcq (bdcqzh);
CREATE INDEX fdcq_syywh_ix ON djjg.fdcq (syywh);
COMMENT ON TABLE djjg.fdcq IS '房地产权：房屋所有权登记结果（TD/T 1066 FDCQ2，独幢、层、套、间），一单元一行';
COMMENT ON COLUMN djjg.fdcq.id IS 'ID（主键）';
COMMENT ON COLUMN djjg.fdcq.ywh IS '登记业务号';
COMMENT ON COLUMN djjg.fdcq.bdcdyh IS '不动产单元号';
COMMENT ON COLUMN djjg.fdcq.fwbm IS '房屋编码（登记端提供的副本，可能为空或过时；以 gl.fw_dy 为准）';
COMMENT ON COLUMN djjg.fdcq.djlx IS '登记类型（zd.djlx）';
COMMENT ON COLUMN djjg.fdcq.djyy IS '登记原因';
COMMENT ON COLUMN djjg.fdcq.qllx IS '权利类型（zd.qllx，商品房通常为 4）';
COMMENT ON COLUMN djjg.fdcq.fdzl IS '房地坐落';
COMMENT ON COLUMN djjg.fdcq.jzmj IS '建筑面积（m²）';
COMMENT ON COLUMN djjg.fdcq.zyjzmj IS '专有建筑面积（m²）';
COMMENT ON COLUMN djjg.fdcq.ftjzmj IS '分摊建筑面积（m²）';
COMMENT ON COLUMN djjg.fdcq.szc IS '所在层';
COMMENT ON COLUMN djjg.fdcq.zcs IS '总层数';
COMMENT ON COLUMN djjg.fdcq.ghyt IS '规划用途（zd.fwyt）';
COMMENT ON COLUMN djjg.fdcq.fwxz IS '房屋性质（zd.fwxz）';
COMMENT ON COLUMN djjg.fdcq.fwjg IS '房屋结构（zd.fwjg）';
COMMENT ON COLUMN djjg.fdcq.fdcjyjg IS '房地产交易价格（元）';
COMMENT ON COLUMN djjg.fdcq.bdcqzh IS '不动产权证书号';
COMMENT ON COLUMN djjg.fdcq.qxdm IS '区县代码（zd.xzqh）';
COMMENT ON COLUMN djjg.fdcq.djjg IS '登记机构';
COMMENT ON COLUMN djjg.fdcq.dbr IS '登簿人';
COMMENT ON COLUMN djjg.fdcq.djsj IS '登记时间（登簿时间）';
COMMENT ON COLUMN djjg.fdcq.fj IS '附记';
COMMENT ON COLUMN djjg.fdcq.syywh IS '上手业务号（被转移或变更的上一手登记业务）';
COMMENT ON COLUMN djjg.fdcq.qszt IS '权属状态（zd.qszt：0 临时，1 现势，2 历史，3 终止）';
COMMENT ON COLUMN djjg.fdcq.rksj IS '入库时间（写入交易生产库的时间）';

-- djjg.dyaq: 抵押权
CREATE TABLE djjg.dyaq (
    id          bigserial      NOT NULL,
    ywh         text           NOT NULL,
    bdcdyh      varchar(28),
    djlx        varchar(10),
    djyy        text,
    dybdclx     varchar(10),
    dyfs        varchar(10),
    dyr         text,
    dyqr        text,
    zjjzwzl     text,
    zjjzwdyfw   text,
    bdbzzqse    numeric(18,2),
    zgzqqdss    text,
    zgzqse      numeric(18,2),
    zwlxqssj    date,
    zwlxjssj    date,
    bdcdjzmh    varchar(100),
    syywh       text,
    zxdyywh     text,
    zxdyyy      text,
    zxsj        timestamptz,
    qxdm        varchar(12),
    djjg        text,
    dbr         text,
    djsj        timestamptz,
    fj          text,
    qszt        varchar(10),
    rksj        timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT dyaq_pk PRIMARY KEY (id),
    CONSTRAINT dyaq_ywh_uq UNIQUE (ywh),
    CONSTRAINT dyaq_je_ck CHECK (bdbzzqse >= 0 AND zgzqse >= 0),
    CONSTRAINT dyaq_zwlxjssj_ck CHECK (zwlxjssj >= zwlxqssj)
);
CREATE INDEX dyaq_bdcdyh_ix ON djjg.dyaq (bdcdyh);
CREATE INDEX dyaq_bdcdjzmh_ix ON djjg.dyaq (bdcdjzmh);
CREATE INDEX dyaq_syywh_ix ON djjg.dyaq (syywh);
CREATE INDEX dyaq_zxdyywh_ix ON djjg.dyaq (zxdyywh);
COMMENT ON TABLE djjg.dyaq IS '抵押权：抵押权登记结果（TD/T 1066 DYAQ），一业务一行，抵押单元见 djjg.dyaq_dy';
COMMENT ON COLUMN djjg.dyaq.id IS 'ID（主键）';
COMMENT ON COLUMN djjg.dyaq.ywh IS '登记业务号（唯一）';
COMMENT ON COLUMN djjg.dyaq.bdcdyh IS '不动产单元号（主单元；全部单元见 dyaq_dy）';
COMMENT ON COLUMN djjg.dyaq.djlx IS '登记类型（zd.djlx）';
COMMENT ON COLUMN djjg.dyaq.djyy IS '登记原因';
COMMENT ON COLUMN djjg.dyaq.dybdclx IS '抵押不动产类型（zd.dybdclx）';
COMMENT ON COLUMN djjg.dyaq.dyfs IS '抵押方式（zd.dyfs）';
COMMENT ON COLUMN djjg.dyaq.dyr IS '抵押人';
COMMENT ON COLUMN djjg.dyaq.dyqr IS '抵押权人（权利人明细见 djjg.qlr）';
COMMENT ON COLUMN djjg.dyaq.zjjzwzl IS '在建建筑物坐落';
COMMENT ON COLUMN djjg.dyaq.zjjzwdyfw IS '在建建筑物抵押范围';
COMMENT ON COLUMN djjg.dyaq.bdbzzqse IS '被担保主债权数额（元）';
COMMENT ON COLUMN djjg.dyaq.zgzqqdss IS '最高债权确定事实';
COMMENT ON COLUMN djjg.dyaq.zgzqse IS '最高债权数额（元）';
COMMENT ON COLUMN djjg.dyaq.zwlxqssj IS '债务履行起始日期';
COMMENT ON COLUMN djjg.dyaq.zwlxjssj IS '债务履行结束日期';
COMMENT ON COLUMN djjg.dyaq.bdcdjzmh IS '不动产登记证明号（抵押证明号 dyzmh）';
COMMENT ON COLUMN djjg.dyaq.syywh IS '上手业务号（变更前的抵押登记，或预抵押转本抵押时的预告业务）';
COMMENT ON COLUMN djjg.dyaq.zxdyywh IS '注销抵押业务号';
COMMENT ON COLUMN djjg.dyaq.zxdyyy IS '注销抵押原因';
COMMENT ON COLUMN djjg.dyaq.zxsj IS '注销时间';
COMMENT ON COLUMN djjg.dyaq.qxdm IS '区县代码（zd.xzqh）';
COMMENT ON COLUMN djjg.dyaq.djjg IS '登记机构';
COMMENT ON COLUMN djjg.dyaq.dbr IS '登簿人';
COMMENT ON COLUMN djjg.dyaq.djsj IS '登记时间（登簿时间）';
COMMENT ON COLUMN djjg.dyaq.fj IS '附记';
COMMENT ON COLUMN djjg.dyaq.qszt IS '权属状态（zd.qszt）';
COMMENT ON COLUMN djjg.dyaq.rksj IS '入库时间（写入交易生产库的时间）';

-- djjg.dyaq_dy: 抵押单元
CREATE TABLE djjg.dyaq_dy (
    id        bigserial      NOT NULL,
    ywh       text           NOT NULL,
    bdcdyh    varchar(28)    NOT NULL,
    fwbm      varchar(32),
    zl        text,
    bdcqzh    varchar(100),
    dymj      numeric(12,2),
    djsj      timestamptz,
    rksj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT dyaq_dy_pk PRIMARY KEY (id),
    CONSTRAINT dyaq_dy_ywh_bdcdyh_uq UNIQUE (ywh, bdcdyh),
    CONSTRAINT dyaq_dy_ywh_fk FOREIGN KEY (ywh) REFERENCES djjg.dyaq (ywh) ON DELETE CASCADE,
    CONSTRAINT dyaq_dy_dymj_ck CHECK (dymj >= 0)
);
CREATE INDEX dyaq_dy_bdcdyh_ix ON djjg.dyaq_dy (bdcdyh);
CREATE INDEX dyaq_dy_fwbm_ix ON djjg.dyaq_dy (fwbm);
COMMENT ON TABLE djjg.dyaq_dy IS '抵押单元：一笔抵押权所涉的每个不动产单元（多证抵押）';
COMMENT ON COLUMN djjg.dyaq_dy.id IS 'ID（主键）';
COMMENT ON COLUMN djjg.dyaq_dy.ywh IS '抵押登记业务号（djjg.dyaq.ywh）';
COMMENT ON COLUMN djjg.dyaq_dy.bdcdyh IS '不动产单元号';
COMMENT ON COLUMN djjg.dyaq_dy.fwbm IS '房屋编码（登记端提供的副本）';
COMMENT ON COLUMN djjg.dyaq_dy.zl IS '坐落';
COMMENT ON COLUMN djjg.dyaq_dy.bdcqzh IS '该单元的不动产权证书号';
COMMENT ON COLUMN djjg.dyaq_dy.dymj IS '抵押面积（m²）';
COMMENT ON COLUMN djjg.dyaq_dy.djsj IS '登记时间';
COMMENT ON COLUMN djjg.dyaq_dy.rksj IS '入库时间（写入交易生产库的时间）';

-- djjg.ygdj: 预告登记
CREATE TABLE djjg.ygdj (
    id          bigserial      NOT NULL,
    ywh         text           NOT NULL,
    bdcdyh      varchar(28)    NOT NULL,
    fwbm        varchar(32),
    bdczl       text,
    ygdjzl      varchar(10),
    djlx        varchar(10),
    djyy        text,
    ywr         text,
    ywrzjzl     varchar(10),
    ywrzjhm     varchar(50),
    qlr         text,
    htbh        varchar(50),
    ghyt        varchar(10),
    fwxz        varchar(10),
    fwjg        varchar(10),
    szc         varchar(20),
    zcs         integer,
    jzmj        numeric(12,2),
    qdjg        numeric(18,2),
    bdbzzqse    numeric(18,2),
    zwlxqssj    date,
    zwlxjssj    date,
    bdcdjzmh    varchar(100),
    syywh       text,
    zxygywh     text,
    zxsj        timestamptz,
    qxdm        varchar(12),
    djjg        text,
    dbr         text,
    djsj        timestamptz,
    fj          text,
    qszt        varchar(10),
    rksj        timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT ygdj_pk PRIMARY KEY (id),
    CONSTRAINT ygdj_ywh_bdcdyh_uq UNIQUE (ywh, bdcdyh),
    CONSTRAINT ygdj_je_ck CHECK (jzmj >= 0 AND qdjg >= 0 AND bdbzzqse >= 0),
    CONSTRAINT ygdj_zwlxjssj_ck CHECK (zwlxjssj >= zwlxqssj)
);
CREATE INDEX ygdj_bdcdyh_ix ON djjg.ygdj (bdcdyh);
CREATE INDEX ygdj_fwbm_ix ON djjg.ygdj (fwbm);
CREATE INDEX ygdj_htbh_ix ON djjg.ygdj (htbh);
CREATE INDEX ygdj_ywrzjhm_ix ON djjg.ygdj (ywrzjhm);
CREATE INDEX ygdj_bdcdjzmh_ix ON djjg.ygdj (bdcdjzmh);
CREATE INDEX ygdj_syywh_ix ON djjg.ygdj (syywh);
COMMENT ON TABLE djjg.ygdj IS '预告登记：预购商品房预告、预抵押等（TD/T 1066 YGDJ），一单元一行';
COMMENT ON COLUMN djjg.ygdj.id IS 'ID（主键）';
COMMENT ON COLUMN djjg.ygdj.ywh IS '登记业务号';
COMMENT ON COLUMN djjg.ygdj.bdcdyh IS '不动产单元号';
COMMENT ON COLUMN djjg.ygdj.fwbm IS '房屋编码（登记端提供的副本）';
COMMENT ON COLUMN djjg.ygdj.bdczl IS '不动产坐落';
COMMENT ON COLUMN djjg.ygdj.ygdjzl IS '预告登记种类（zd.ygdjzl：1 预售商品房买卖预告，3 预售商品房抵押权预告即预抵押…）';
COMMENT ON COLUMN djjg.ygdj.djlx IS '登记类型（zd.djlx）';
COMMENT ON COLUMN djjg.ygdj.djyy IS '登记原因';
COMMENT ON COLUMN djjg.ygdj.ywr IS '义务人';
COMMENT ON COLUMN djjg.ygdj.ywrzjzl IS '义务人证件种类（zd.zjzl）';
COMMENT ON COLUMN djjg.ygdj.ywrzjhm IS '义务人证件号码';
COMMENT ON COLUMN djjg.ygdj.qlr IS '权利人（预购人或预抵押权人；明细见 djjg.qlr）';
COMMENT ON COLUMN djjg.ygdj.htbh IS '所依据的商品房合同编号（与 ht.spfht.htbh 关联）';
COMMENT ON COLUMN djjg.ygdj.ghyt IS '规划用途（zd.fwyt）';
COMMENT ON COLUMN djjg.ygdj.fwxz IS '房屋性质（zd.fwxz）';
COMMENT ON COLUMN djjg.ygdj.fwjg IS '房屋结构（zd.fwjg）';
COMMENT ON COLUMN djjg.ygdj.szc IS '所在层';
COMMENT ON COLUMN djjg.ygdj.zcs IS '总层数';
COMMENT ON COLUMN djjg.ygdj.jzmj IS '建筑面积（m²）';
COMMENT ON COLUMN djjg.ygdj.qdjg IS '取得价格（元）';
COMMENT ON COLUMN djjg.ygdj.bdbzzqse IS '被担保主债权数额（元，预抵押）';
COMMENT ON COLUMN djjg.ygdj.zwlxqssj IS '债务履行起始日期（预抵押）';
COMMENT ON COLUMN djjg.ygdj.zwlxjssj IS '债务履行结束日期（预抵押）';
COMMENT ON COLUMN djjg.ygdj.bdcdjzmh IS '不动产登记证明号（预告登记证明号）';
COMMENT ON COLUMN djjg.ygdj.syywh IS '上手业务号（预抵押所依附的预告登记业务，或变更前的预告）';
COMMENT ON COLUMN djjg.ygdj.zxygywh IS '注销预告业务号';
COMMENT ON COLUMN djjg.ygdj.zxsj IS '注销时间';
COMMENT ON COLUMN djjg.ygdj.qxdm IS '区县代码（zd.xzqh）';
COMMENT ON COLUMN djjg.ygdj.djjg IS '登记机构';
COMMENT ON COLUMN djjg.ygdj.dbr IS '登簿人';
COMMENT ON COLUMN djjg.ygdj.djsj IS '登记时间（登簿时间）';
COMMENT ON COLUMN djjg.ygdj.fj IS '附记';
COMMENT ON COLUMN djjg.ygdj.qszt IS '权属状态（zd.qszt）';
COMMENT ON COLUMN djjg.ygdj.rksj IS '入库时间（写入交易生产库的时间）';

-- djjg.cfdj: 查封登记
CREATE TABLE djjg.cfdj (
    id        bigserial      NOT NULL,
    ywh       text           NOT NULL,
    bdcdyh    varchar(28)    NOT NULL,
    fwbm      varchar(32),
    djlx      varchar(10),
    cfjg      text,
    cflx      varchar(10),
    cfwj      text,
    cfwh      text,
    cfqssj    date,
    cfjssj    date,
    cffw      text,
    jfywh     text,
    jfjg      text,
    jfwj      text,
    jfwh      text,
    jfdbr     text,
    jfsj      timestamptz,
    qxdm      varchar(12),
    djjg      text,
    dbr       text,
    djsj      timestamptz,
    fj        text,
    qszt      varchar(10),
    rksj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT cfdj_pk PRIMARY KEY (id),
    CONSTRAINT cfdj_ywh_bdcdyh_uq UNIQUE (ywh, bdcdyh),
    CONSTRAINT cfdj_cfjssj_ck CHECK (cfjssj >= cfqssj)
);
CREATE INDEX cfdj_bdcdyh_ix ON djjg.cfdj (bdcdyh);
CREATE INDEX cfdj_fwbm_ix ON djjg.cfdj (fwbm);
CREATE INDEX cfdj_jfywh_ix ON djjg.cfdj (jfywh);
COMMENT ON TABLE djjg.cfdj IS '查封登记：司法查封、轮候查封、预查封及解封（TD/T 1066 CFDJ），一单元一行';
COMMENT ON COLUMN djjg.cfdj.id IS 'ID（主键）';
COMMENT ON COLUMN djjg.cfdj.ywh IS '登记业务号';
COMMENT ON COLUMN djjg.cfdj.bdcdyh IS '不动产单元号';
COMMENT ON COLUMN djjg.cfdj.fwbm IS '房屋编码（登记端提供的副本）';
COMMENT ON COLUMN djjg.cfdj.djlx IS '登记类型（zd.djlx，通常 800 查封）';
COMMENT ON COLUMN djjg.cfdj.cfjg IS '查封机关';
COMMENT ON COLUMN djjg.cfdj.cflx IS '查封类型（zd.cflx）';
COMMENT ON COLUMN djjg.cfdj.cfwj IS '查封文件';
COMMENT ON COLUMN djjg.cfdj.cfwh IS '查封文号';
COMMENT ON COLUMN djjg.cfdj.cfqssj IS '查封起始日期';
COMMENT ON COLUMN djjg.cfdj.cfjssj IS '查封结束日期';
COMMENT ON COLUMN djjg.cfdj.cffw IS '查封范围';
COMMENT ON COLUMN djjg.cfdj.jfywh IS '解封业务号';
COMMENT ON COLUMN djjg.cfdj.jfjg IS '解封机关';
COMMENT ON COLUMN djjg.cfdj.jfwj IS '解封文件';
COMMENT ON COLUMN djjg.cfdj.jfwh IS '解封文号';
COMMENT ON COLUMN djjg.cfdj.jfdbr IS '解封登簿人';
COMMENT ON COLUMN djjg.cfdj.jfsj IS '解封登记时间';
COMMENT ON COLUMN djjg.cfdj.qxdm IS '区县代码（zd.xzqh）';
COMMENT ON COLUMN djjg.cfdj.djjg IS '登记机构';
COMMENT ON COLUMN djjg.cfdj.dbr IS '登簿人';
COMMENT ON COLUMN djjg.cfdj.djsj IS '登记时间（登簿时间）';
COMMENT ON COLUMN djjg.cfdj.fj IS '附记';
COMMENT ON COLUMN djjg.cfdj.qszt IS '权属状态（zd.qszt）';
COMMENT ON COLUMN djjg.cfdj.rksj IS '入库时间（写入交易生产库的时间）';

-- djjg.yydj: 异议登记
CREATE TABLE djjg.yydj (
    id          bigserial      NOT NULL,
    ywh         text           NOT NULL,
    bdcdyh      varchar(28)    NOT NULL,
    fwbm        varchar(32),
    djlx        varchar(10),
    yysx        text,
    bdcdjzmh    varchar(100),
    zxyyywh     text,
    zxyyyy      text,
    zxyydbr     text,
    zxyydjsj    timestamptz,
    qxdm        varchar(12),
    djjg        text,
    dbr         text,
    djsj        timestamptz,
    fj          text,
    qszt        varchar(10),
    rksj        timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT yydj_pk PRIMARY KEY (id),
    CONSTRAINT yydj_ywh_bdcdyh_uq UNIQUE (ywh, bdcdyh)
);
CREATE INDEX yydj_bdcdyh_ix ON djjg.yydj (bdcdyh);
CREATE INDEX yydj_fwbm_ix ON djjg.yydj (fwbm);
CREATE INDEX yydj_zxyyywh_ix ON djjg.yydj (zxyyywh);
COMMENT ON TABLE djjg.yydj IS '异议登记：异议登记及其注销（TD/T 1066 YYDJ），一单元一行';
COMMENT ON COLUMN djjg.yydj.id IS 'ID（主键）';
COMMENT ON COLUMN djjg.yydj.ywh IS '登记业务号';
COMMENT ON COLUMN djjg.yydj.bdcdyh IS '不动产单元号';
COMMENT ON COLUMN djjg.yydj.fwbm IS '房屋编码（登记端提供的副本）';
COMMENT ON COLUMN djjg.yydj.djlx IS '登记类型（zd.djlx，通常 600 异议）';
COMMENT ON COLUMN djjg.yydj.yysx IS '异议事项';
COMMENT ON COLUMN djjg.yydj.bdcdjzmh IS '不动产登记证明号';
COMMENT ON COLUMN djjg.yydj.zxyyywh IS '注销异议业务号';
COMMENT ON COLUMN djjg.yydj.zxyyyy IS '注销异议原因';
COMMENT ON COLUMN djjg.yydj.zxyydbr IS '注销异议登簿人';
COMMENT ON COLUMN djjg.yydj.zxyydjsj IS '注销异议登记时间';
COMMENT ON COLUMN djjg.yydj.qxdm IS '区县代码（zd.xzqh）';
COMMENT ON COLUMN djjg.yydj.djjg IS '登记机构';
COMMENT ON COLUMN djjg.yydj.dbr IS '登簿人';
COMMENT ON COLUMN djjg.yydj.djsj IS '登记时间（登簿时间）';
COMMENT ON COLUMN djjg.yydj.fj IS '附记';
COMMENT ON COLUMN djjg.yydj.qszt IS '权属状态（zd.qszt）';
COMMENT ON COLUMN djjg.yydj.rksj IS '入库时间（写入交易生产库的时间）';

-- djjg.zxdj: 注销登记
CREATE TABLE djjg.zxdj (
    id        bigserial      NOT NULL,
    ywh       text           NOT NULL,
    bdcdyh    varchar(28)    NOT NULL,
    zxywh     text           NOT NULL,
    zxlx      varchar(10)    NOT NULL,
    djlx      varchar(10),
    zxyy      text,
    qxdm      varchar(12),
    djjg      text,
    dbr       text,
    djsj      timestamptz,
    rksj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT zxdj_pk PRIMARY KEY (id),
    CONSTRAINT zxdj_ywh_zxywh_bdcdyh_uq UNIQUE (ywh, zxywh, bdcdyh),
    CONSTRAINT zxdj_zxlx_ck CHECK (zxlx IN ('房地产权', '抵押权', '预告', '查封', '异议', '其他'))
);
CREATE INDEX zxdj_bdcdyh_ix ON djjg.zxdj (bdcdyh);
CREATE INDEX zxdj_zxywh_ix ON djjg.zxdj (zxywh);
COMMENT ON TABLE djjg.zxdj IS '注销登记：注销某项已登记权利的业务（登记类型 400 等），一单元一行；被注销权利的注销列由入库过程同步更新';
COMMENT ON COLUMN djjg.zxdj.id IS 'ID（主键）';
COMMENT ON COLUMN djjg.zxdj.ywh IS '注销登记业务号';
COMMENT ON COLUMN djjg.zxdj.bdcdyh IS '不动产单元号';
COMMENT ON COLUMN djjg.zxdj.zxywh IS '被注销的登记业务号';
COMMENT ON COLUMN djjg.zxdj.zxlx IS '注销类型（被注销权利的种类）：房地产权 / 抵押权 / 预告 / 查封 / 异议 / 其他';
COMMENT ON COLUMN djjg.zxdj.djlx IS '登记类型（zd.djlx，通常 400 注销）';
COMMENT ON COLUMN djjg.zxdj.zxyy IS '注销原因';
COMMENT ON COLUMN djjg.zxdj.qxdm IS '区县代码（zd.xzqh）';
COMMENT ON COLUMN djjg.zxdj.djjg IS '登记机构';
COMMENT ON COLUMN djjg.zxdj.dbr IS '登簿人';
COMMENT ON COLUMN djjg.zxdj.djsj IS '登记时间（登簿时间）';
COMMENT ON COLUMN djjg.zxdj.rksj IS '入库时间（写入交易生产库的时间）';

-- djjg.zs: 证书/证明
CREATE TABLE djjg.zs (
    id        bigserial      NOT NULL,
    bdcqzh    varchar(100)   NOT NULL,
    zslx      varchar(20)    NOT NULL,
    ywh       text           NOT NULL,
    bdcdyh    varchar(28),
    qlr       text,
    zl        text,
    qzysxlh   varchar(50),
    fzsj      timestamptz,
    zszt      varchar(10)    NOT NULL DEFAULT '有效',
    qxdm      varchar(12),
    djsj      timestamptz,
    rksj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT zs_pk PRIMARY KEY (id),
    CONSTRAINT zs_bdcqzh_uq UNIQUE (bdcqzh),
    CONSTRAINT zs_zslx_ck CHECK (zslx IN ('不动产权证书', '不动产登记证明')),
    CONSTRAINT zs_zszt_ck CHECK (zszt IN ('有效', '注销', '作废'))
);
CREATE INDEX zs_ywh_ix ON djjg.zs (ywh);
CREATE INDEX zs_bdcdyh_ix ON djjg.zs (bdcdyh);
COMMENT ON TABLE djjg.zs IS '证书/证明：已缮证发放的不动产权证书与不动产登记证明';
COMMENT ON COLUMN djjg.zs.id IS 'ID（主键）';
COMMENT ON COLUMN djjg.zs.bdcqzh IS '不动产权证书号或登记证明号（唯一）';
COMMENT ON COLUMN djjg.zs.zslx IS '证书类型：不动产权证书 / 不动产登记证明';
COMMENT ON COLUMN djjg.zs.ywh IS '登记业务号';
COMMENT ON COLUMN djjg.zs.bdcdyh IS '不动产单元号（证明涉及多个单元时可空）';
COMMENT ON COLUMN djjg.zs.qlr IS '权利人（证上所载，多人以顿号分隔）';
COMMENT ON COLUMN djjg.zs.zl IS '坐落';
COMMENT ON COLUMN djjg.zs.qzysxlh IS '权证印刷序列号';
COMMENT ON COLUMN djjg.zs.fzsj IS '发证时间';
COMMENT ON COLUMN djjg.zs.zszt IS '证书状态：有效 / 注销 / 作废';
COMMENT ON COLUMN djjg.zs.qxdm IS '区县代码（zd.xzqh）';
COMMENT ON COLUMN djjg.zs.djsj IS '登记时间（登簿时间）';
COMMENT ON COLUMN djjg.zs.rksj IS '入库时间（写入交易生产库的时间）';

-- djjg.yx: 影像索引
CREATE TABLE djjg.yx (
    id        bigserial      NOT NULL,
    ywh       text           NOT NULL,
    clmc      text,
    wjmc      text           NOT NULL,
    wjlx      varchar(100),
    sha256    char(64)       NOT NULL,
    dx        bigint,
    cclj      text           NOT NULL,
    djsj      timestamptz,
    rksj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT yx_pk PRIMARY KEY (id),
    CONSTRAINT yx_ywh_sha256_uq UNIQUE (ywh, sha256),
    CONSTRAINT yx_sha256_ck CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT yx_dx_ck CHECK (dx >= 0)
);
COMMENT ON TABLE djjg.yx IS '影像索引：登记业务的影像材料索引（只存索引，文件在存储路径）';
COMMENT ON COLUMN djjg.yx.id IS 'ID（主键）';
COMMENT ON COLUMN djjg.yx.ywh IS '登记业务号';
COMMENT ON COLUMN djjg.yx.clmc IS '材料名称（如 申请书、身份证明）';
COMMENT ON COLUMN djjg.yx.wjmc IS '文件名称';
COMMENT ON COLUMN djjg.yx.wjlx IS '文件类型（MIME 类型或扩展名）';
COMMENT ON COLUMN djjg.yx.sha256 IS '文件 SHA-256 摘要（64位小写十六进制）';
COMMENT ON COLUMN djjg.yx.dx IS '文件大小（字节）';
COMMENT ON COLUMN djjg.yx.cclj IS '存储路径';
COMMENT ON COLUMN djjg.yx.djsj IS '登记时间（所属业务的登簿时间）';
COMMENT ON COLUMN djjg.yx.rksj IS '入库时间（写入交易生产库的时间）';


-- ======================================================================
-- gl 挂接（seed §5.2.4 数据挂接，§5.2.1.6 数据关联）
-- ======================================================================

-- gl.fw_dy: 房屋单元挂接
CREATE TABLE gl.fw_dy (
    id        bigserial      NOT NULL,
    fwbm      varchar(32)    NOT NULL,
    bdcdyh    varchar(28)    NOT NULL,
    ppdf      numeric(5,4),
    glfs      varchar(10)    NOT NULL,
    glyj      jsonb,
    czr       text,
    gjsj      timestamptz    NOT NULL DEFAULT now(),
    zt        varchar(10)    NOT NULL DEFAULT '有效',
    CONSTRAINT fw_dy_pk PRIMARY KEY (id),
    CONSTRAINT fw_dy_fwbm_uq UNIQUE (fwbm),
    CONSTRAINT fw_dy_bdcdyh_uq UNIQUE (bdcdyh),
    CONSTRAINT fw_dy_fwbm_fk FOREIGN KEY (fwbm) REFERENCES lpb.h (fwbm) ON UPDATE CASCADE,
    CONSTRAINT fw_dy_ppdf_ck CHECK (ppdf >= 0 AND ppdf <= 1),
    CONSTRAINT fw_dy_glfs_ck CHECK (glfs IN ('精确', '自动', '人工', '导入')),
    CONSTRAINT fw_dy_zt_ck CHECK (zt IN ('有效', '待确认'))
);
COMMENT ON TABLE gl.fw_dy IS '房屋单元挂接：交易楼盘表房屋编码与登记不动产单元号一一对应；解除挂接即删除该行（前值记入 audit.czrz），候选对另行存放';
COMMENT ON COLUMN gl.fw_dy.id IS 'ID（主键）';
COMMENT ON COLUMN gl.fw_dy.fwbm IS '房屋编码（lpb.h.fwbm，唯一）';
COMMENT ON COLUMN gl.fw_dy.bdcdyh IS '不动产单元号（唯一）';
COMMENT ON COLUMN gl.fw_dy.ppdf IS '匹配得分（0–1，精确匹配为 1）';
COMMENT ON COLUMN gl.fw_dy.glfs IS '挂接方式：精确（编码一致）/ 自动（按坐落、面积、楼层等评分）/ 人工 / 导入';
COMMENT ON COLUMN gl.fw_dy.glyj IS '挂接依据（参与匹配的字段及其比对结果，JSON）';
COMMENT ON COLUMN gl.fw_dy.czr IS '操作人（自动挂接为过程名）';
COMMENT ON COLUMN gl.fw_dy.gjsj IS '挂接时间';
COMMENT ON COLUMN gl.fw_dy.zt IS '状态：有效 / 待确认';

-- gl.yw_gl: 业务挂接
CREATE TABLE gl.yw_gl (
    id        bigserial      NOT NULL,
    gllx      varchar(10)    NOT NULL,
    jyywh     text,
    djywh     text           NOT NULL,
    sjdjywh   text,
    ppdf      numeric(5,4),
    glfs      varchar(10)    NOT NULL,
    glyj      jsonb,
    czr       text,
    gjsj      timestamptz    NOT NULL DEFAULT now(),
    zt        varchar(10)    NOT NULL DEFAULT '有效',
    CONSTRAINT yw_gl_pk PRIMARY KEY (id),
    CONSTRAINT yw_gl_jyywh_djywh_gllx_uq UNIQUE (jyywh, djywh, gllx),
    CONSTRAINT yw_gl_djywh_sjdjywh_gllx_uq UNIQUE (djywh, sjdjywh, gllx),
    CONSTRAINT yw_gl_gllx_ck CHECK (
        (gllx IN ('SYQ_JY', 'DY_DYBA', 'CF_XZ', 'YG_HT') AND jyywh IS NOT NULL AND sjdjywh IS NULL)
        OR (gllx IN ('YDY_YG', 'BGZX_SL') AND jyywh IS NULL AND sjdjywh IS NOT NULL)),
    CONSTRAINT yw_gl_ppdf_ck CHECK (ppdf >= 0 AND ppdf <= 1),
    CONSTRAINT yw_gl_glfs_ck CHECK (glfs IN ('精确', '自动', '人工', '导入')),
    CONSTRAINT yw_gl_zt_ck CHECK (zt IN ('有效', '待确认'))
);
CREATE INDEX yw_gl_sjdjywh_ix ON gl.yw_gl (sjdjywh);
COMMENT ON TABLE gl.yw_gl IS '业务挂接：交易业务与登记业务的关联，以及登记业务之间的上下手关联（预抵押↔预告、变更注销↔设立）';
COMMENT ON COLUMN gl.yw_gl.id IS 'ID（主键）';
COMMENT ON COLUMN gl.yw_gl.gllx IS '挂接类型：SYQ_JY 所有权登记↔交易（合同备案/交易确认），DY_DYBA 抵押权登记↔抵押备案，CF_XZ 查封登记↔行政限制，YG_HT 预告登记↔商品房合同（备案业务），YDY_YG 预抵押登记↔预告登记，BGZX_SL 变更或注销登记↔设立登记；前四种填 jyywh，后两种填 sjdjywh';
COMMENT ON COLUMN gl.yw_gl.jyywh IS '交易业务号（yw.jyyw.ywh；登记↔登记类挂接为空）';
COMMENT ON COLUMN gl.yw_gl.djywh IS '登记业务号（djjg 各表的 ywh）';
COMMENT ON COLUMN gl.yw_gl.sjdjywh IS '上手登记业务号（登记↔登记类挂接：预抵押所依附的预告、变更注销所对应的设立；其余为空）';
COMMENT ON COLUMN gl.yw_gl.ppdf IS '匹配得分（0–1）';
COMMENT ON COLUMN gl.yw_gl.glfs IS '挂接方式：精确 / 自动 / 人工 / 导入';
COMMENT ON COLUMN gl.yw_gl.glyj IS '挂接依据（权利人、证书号、合同编号等比对结果，JSON）';
COMMENT ON COLUMN gl.yw_gl.czr IS '操作人（自动挂接为过程名）';
COMMENT ON COLUMN gl.yw_gl.gjsj IS '挂接时间';
COMMENT ON COLUMN gl.yw_gl.zt IS '状态：有效 / 待确认';


-- ======================================================================
-- stg 暂存（seed §5.2.1.6 数据抽取、效检；拓扑 S4）
-- ======================================================================

-- stg.djsj: 登记数据暂存
CREATE TABLE stg.djsj (
    id        bigserial      NOT NULL,
    lybm      varchar(100)   NOT NULL,
    lyzj      text           NOT NULL,
    ywh       text,
    djlx      varchar(10),
    qllx      varchar(10),
    djzl      varchar(10)    NOT NULL,
    bdcdyh    varchar(28),
    fwbm      varchar(32),
    czlx      char(1)        NOT NULL DEFAULT 'I',
    sjnr      jsonb          NOT NULL,
    lywz      bigint,
    jssj      timestamptz    NOT NULL DEFAULT now(),
    jyzt      varchar(10)    NOT NULL DEFAULT '待校验',
    jyjg      jsonb,
    jysj      timestamptz,
    rksj      timestamptz,
    CONSTRAINT djsj_pk PRIMARY KEY (id),
    CONSTRAINT djsj_lybm_lyzj_uq UNIQUE (lybm, lyzj),
    CONSTRAINT djsj_djzl_ck CHECK (djzl IN ('所有权', '抵押权', '预告', '预抵押', '查封', '异议', '注销',
                                           '权利人', '证书', '影像', '单元', '土地', '收费', '赋码申请', '其他')),
    CONSTRAINT djsj_czlx_ck CHECK (czlx IN ('I', 'U', 'D')),
    CONSTRAINT djsj_jyzt_ck CHECK (jyzt IN ('待校验', '合格', '不合格', '已入库'))
);
CREATE INDEX djsj_ywh_ix ON stg.djsj (ywh);
CREATE INDEX djsj_bdcdyh_ix ON stg.djsj (bdcdyh);
CREATE INDEX djsj_fwbm_ix ON stg.djsj (fwbm);
CREATE INDEX djsj_jyzt_djzl_ix ON stg.djsj (jyzt, djzl);
COMMENT ON TABLE stg.djsj IS '登记数据暂存：S4 从 jy_front.share_dj 搬入的原始行，各种登记数据共用一表；校验过程标记合格或不合格，入库过程把合格行写入 djjg';
COMMENT ON COLUMN stg.djsj.id IS 'ID（主键）';
COMMENT ON COLUMN stg.djsj.lybm IS '来源表名（share_dj 中的表，如 dbjg、qlr）';
COMMENT ON COLUMN stg.djsj.lyzj IS '来源主键（源行主键值的文本形式，多列以 | 连接）';
COMMENT ON COLUMN stg.djsj.ywh IS '登记业务号（取自源行）';
COMMENT ON COLUMN stg.djsj.djlx IS '登记类型（原值，未经字典校验）';
COMMENT ON COLUMN stg.djsj.qllx IS '权利类型（原值，未经字典校验）';
COMMENT ON COLUMN stg.djsj.djzl IS '登记种类（决定由哪个校验过程处理）：所有权 / 抵押权 / 预告 / 预抵押 / 查封 / 异议 / 注销 / 权利人 / 证书 / 影像 / 单元 / 土地 / 收费 / 赋码申请 / 其他';
COMMENT ON COLUMN stg.djsj.bdcdyh IS '不动产单元号（取自源行）';
COMMENT ON COLUMN stg.djsj.fwbm IS '房屋编码（取自源行）';
COMMENT ON COLUMN stg.djsj.czlx IS '来源操作类型：I 新增 / U 修改 / D 删除';
COMMENT ON COLUMN stg.djsj.sjnr IS '数据内容（源行全部列，JSON）';
COMMENT ON COLUMN stg.djsj.lywz IS '来源位置（源库 WAL LSN，整数形式）';
COMMENT ON COLUMN stg.djsj.jssj IS '接收时间';
COMMENT ON COLUMN stg.djsj.jyzt IS '校验状态：待校验 / 合格 / 不合格 / 已入库；源行再次变更时重置为待校验';
COMMENT ON COLUMN stg.djsj.jyjg IS '校验结果（不合格的规则代码及说明，JSON 数组）';
COMMENT ON COLUMN stg.djsj.jysj IS '校验时间';
COMMENT ON COLUMN stg.djsj.rksj IS '入库时间（写入 djjg 的时间）';


-- ======================================================================
-- outbox 发件箱（拓扑 S1；seed §5.2.1.3、§5.2.1.7）
-- ======================================================================

-- outbox.fjx: 发件箱
CREATE TABLE outbox.fjx (
    id        bigserial      NOT NULL,
    ywh       text,
    ywlx      varchar(10),
    mbb       varchar(100)   NOT NULL,
    czlx      char(1)        NOT NULL,
    sjnr      jsonb          NOT NULL,
    cjsj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT fjx_pk PRIMARY KEY (id),
    CONSTRAINT fjx_czlx_ck CHECK (czlx IN ('I', 'U', 'D'))
);
ALTER TABLE outbox.fjx REPLICA IDENTITY FULL;
CREATE INDEX fjx_ywh_ix ON outbox.fjx (ywh);
CREATE INDEX fjx_cjsj_ix ON outbox.fjx (cjsj);
COMMENT ON TABLE outbox.fjx IS '发件箱：交易业务办结时由触发器写入的共享交易库变更，S1 捕获后写入 jy_front.share_jy；只追加';
COMMENT ON COLUMN outbox.fjx.id IS 'ID（主键，递增，即发件顺序）';
COMMENT ON COLUMN outbox.fjx.ywh IS '交易业务号（yw.jyyw.ywh）';
COMMENT ON COLUMN outbox.fjx.ywlx IS '业务类型（同 yw.jyyw.ywlx）';
COMMENT ON COLUMN outbox.fjx.mbb IS '目标表名（share_jy 中的表，如 gxzb、chh_sc、spfht）';
COMMENT ON COLUMN outbox.fjx.czlx IS '操作类型：I 新增 / U 修改 / D 删除';
COMMENT ON COLUMN outbox.fjx.sjnr IS '数据内容（目标表一行的全部列，JSON；删除时为被删行的主键列）';
COMMENT ON COLUMN outbox.fjx.cjsj IS '创建时间';


-- ======================================================================
-- audit 审计（seed §5.2.3 数据修正日志）
-- ======================================================================

-- audit.czrz: 操作日志
CREATE TABLE audit.czrz (
    id        bigserial      NOT NULL,
    czr       text           NOT NULL,
    czsj      timestamptz    NOT NULL DEFAULT now(),
    czlx      varchar(100)   NOT NULL,
    dxb       varchar(100),
    dxzj      text,
    bgq       jsonb,
    bgh       jsonb,
    ly        varchar(10)    NOT NULL,
    ip        varchar(64),
    yy        text,
    cgbz      boolean        NOT NULL DEFAULT true,
    CONSTRAINT czrz_pk PRIMARY KEY (id),
    CONSTRAINT czrz_ly_ck CHECK (ly IN ('web', 'cli', 'api', 'job'))
);
CREATE INDEX czrz_dxb_dxzj_ix ON audit.czrz (dxb, dxzj);
CREATE INDEX czrz_czsj_ix ON audit.czrz (czsj);
CREATE INDEX czrz_czr_ix ON audit.czrz (czr);
COMMENT ON TABLE audit.czrz IS '操作日志：每次数据修正、挂接等操作一行，含前后值；只追加，不修改不删除';
COMMENT ON COLUMN audit.czrz.id IS 'ID（主键）';
COMMENT ON COLUMN audit.czrz.czr IS '操作人（登录用户名，或调度任务名）';
COMMENT ON COLUMN audit.czrz.czsj IS '操作时间';
COMMENT ON COLUMN audit.czrz.czlx IS '操作类型（所执行的过程名或动作，如 挂接、解除挂接、修正）';
COMMENT ON COLUMN audit.czrz.dxb IS '对象表（模式.表名）';
COMMENT ON COLUMN audit.czrz.dxzj IS '对象主键（文本形式）';
COMMENT ON COLUMN audit.czrz.bgq IS '变更前的值（JSON，新增时为空）';
COMMENT ON COLUMN audit.czrz.bgh IS '变更后的值（JSON，删除时为空）';
COMMENT ON COLUMN audit.czrz.ly IS '来源：web 对接工具 / cli 命令行 / api 接口 / job 调度任务';
COMMENT ON COLUMN audit.czrz.ip IS '来源 IP 地址';
COMMENT ON COLUMN audit.czrz.yy IS '操作原因（修正说明）';
COMMENT ON COLUMN audit.czrz.cgbz IS '成功标志（false 为失败的尝试）';
