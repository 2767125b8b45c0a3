-- 修订: jy_0008_validation（前序 jy_0007）
-- 做什么: 登记数据的校验与入库（seed §5.2.1.6 数据效检、数据入库；§5.2.1.7 第 1–4 项；§5.1.2 房屋数据对接）:
--   stg.jygz   校验规则目录：规则即数据（代码、登记种类、来源表、中文说明、严重程度、检查过程、参数、依据）；
--   stg.jypc   校验批次工作表（UNLOGGED）：一次校验运行认领的暂存行，检查过程与入库过程只读它；
--   stg.jysb   校验失败工作表（UNLOGGED）：本批每条不通过的规则一行；
--   djjg.djyw  登记业务：登记端每件业务一行（来自共享登记库共享主表），登记结果专题的业务主表；
--   djjg.bdcdy 不动产单元、djjg.td 土地、djjg.sf 收费：登记端楼盘表与收费的镜像；
--   lpb.fwbm_fp 房屋编码分配记录：赋过的每个房屋编码一行，永不重复；yw.fmywh_xl 赋码业务号序列；
--   djzt       登记结果专题（§5.2.1.7 第 1 项）：单元现状、权利链与房屋登记状态三个视图。
-- 依据: seed §5.2.1.6、§5.2.1.7、§5.1.2、§5.2.2.3；TD/T 1066 字段名；docs/validation.md。
-- 说明: 只用 openGauss 兼容子集（docs/conventions.md）；工作表 UNLOGGED 且不被任何流捕获。

-- ----------------------------------------------------------------------
-- stg.jygz: 校验规则
-- ----------------------------------------------------------------------
CREATE TABLE stg.jygz (
    gzdm    varchar(20)   NOT NULL,
    djzl    varchar(10),
    lybm    varchar(100),
    gzmc    text          NOT NULL,
    gzsm    text          NOT NULL,
    zd      text,
    yzcd    varchar(10)   NOT NULL DEFAULT '错误',
    jcgc    varchar(100)  NOT NULL,
    cs      jsonb,
    yj      text,
    qy      boolean       NOT NULL DEFAULT true,
    pxh     integer       NOT NULL DEFAULT 0,
    CONSTRAINT jygz_pk PRIMARY KEY (gzdm),
    CONSTRAINT jygz_yzcd_ck CHECK (yzcd IN ('错误', '警告')),
    CONSTRAINT jygz_jcgc_ck CHECK (jcgc ~ '^stg\.jc_[a-z_]+$')
);
COMMENT ON TABLE stg.jygz IS '校验规则：每条规则一行；校验过程按登记种类与来源表选出适用规则，逐条调用其检查过程（集合运算）';
COMMENT ON COLUMN stg.jygz.gzdm IS '规则代码（如 SYQ01），写入暂存行的校验结果 jyjg';
COMMENT ON COLUMN stg.jygz.djzl IS '适用的登记种类（stg.djsj.djzl）；为空表示所有种类';
COMMENT ON COLUMN stg.jygz.lybm IS '适用的来源表（stg.djsj.lybm，如 dbjg、dbjg_dy、qlr）；为空表示所有来源表';
COMMENT ON COLUMN stg.jygz.gzmc IS '规则名称（中文，简短）';
COMMENT ON COLUMN stg.jygz.gzsm IS '规则说明（中文：检查什么、不通过时怎么改）';
COMMENT ON COLUMN stg.jygz.zd IS '所查字段（TD/T 1066 字段名，多个以逗号分隔）';
COMMENT ON COLUMN stg.jygz.yzcd IS '严重程度：错误（不通过即不合格，不入库）/ 警告（记入校验结果，仍可入库）';
COMMENT ON COLUMN stg.jygz.jcgc IS '检查过程：db/procedures/stg/ 下的函数名，签名 (jsonb 规则行) → TABLE(id bigint, xx text)';
COMMENT ON COLUMN stg.jygz.cs IS '检查参数（JSON，含义见各检查过程的头注释；djxl_bh / djxl_bbh 限定登记小类包含或不包含某词）';
COMMENT ON COLUMN stg.jygz.yj IS '依据（seed 条目或标准）';
COMMENT ON COLUMN stg.jygz.qy IS '是否启用';
COMMENT ON COLUMN stg.jygz.pxh IS '排序号（校验结果按它列出）';

-- ----------------------------------------------------------------------
-- stg.jypc / stg.jysb: 校验工作表（一次只有一个校验运行使用，由事务级咨询锁串行化）
-- ----------------------------------------------------------------------
CREATE UNLOGGED TABLE stg.jypc (
    id      bigint        NOT NULL,
    lybm    varchar(100)  NOT NULL,
    lyzj    text          NOT NULL,
    djzl    varchar(10)   NOT NULL,
    czlx    char(1)       NOT NULL,
    ywh     text,
    bdcdyh  varchar(28),
    fwbm    varchar(32),
    sjnr    jsonb         NOT NULL,
    fzt     varchar(10),
    hg      boolean,
    rk      boolean       NOT NULL DEFAULT false,
    CONSTRAINT jypc_pk PRIMARY KEY (id)
);
CREATE INDEX jypc_djzl_lybm_ix ON stg.jypc (djzl, lybm);
COMMENT ON TABLE stg.jypc IS '校验批次：本次校验运行认领的暂存行（UNLOGGED 工作表，运行开始时清空）；检查过程与入库过程只读写它';
COMMENT ON COLUMN stg.jypc.id IS '暂存行ID（stg.djsj.id）';
COMMENT ON COLUMN stg.jypc.lybm IS '来源表';
COMMENT ON COLUMN stg.jypc.lyzj IS '来源主键文本';
COMMENT ON COLUMN stg.jypc.djzl IS '登记种类';
COMMENT ON COLUMN stg.jypc.czlx IS '操作类型 I/U/D';
COMMENT ON COLUMN stg.jypc.ywh IS '登记业务号';
COMMENT ON COLUMN stg.jypc.bdcdyh IS '不动产单元号';
COMMENT ON COLUMN stg.jypc.fwbm IS '房屋编码';
COMMENT ON COLUMN stg.jypc.sjnr IS '行映像；登簿结果单元（dbjg_dy）行为所属登簿结果的映像叠加本行字段';
COMMENT ON COLUMN stg.jypc.fzt IS '登簿结果单元行：所属登簿结果暂存行的校验状态（无则为空）';
COMMENT ON COLUMN stg.jypc.hg IS '本次校验是否合格（没有不通过的错误级规则）';
COMMENT ON COLUMN stg.jypc.rk IS '本次是否入库（合格且所依赖的行已入库或同批入库）';

CREATE UNLOGGED TABLE stg.jysb (
    id      bigint        NOT NULL,
    gzdm    varchar(20)   NOT NULL,
    xx      text,
    CONSTRAINT jysb_pk PRIMARY KEY (id, gzdm)
);
COMMENT ON TABLE stg.jysb IS '校验失败：本批每个暂存行每条不通过的规则一行（UNLOGGED 工作表）';
COMMENT ON COLUMN stg.jysb.id IS '暂存行ID';
COMMENT ON COLUMN stg.jysb.gzdm IS '规则代码';
COMMENT ON COLUMN stg.jysb.xx IS '不通过的具体情况（中文，指明字段与值）';

COMMENT ON COLUMN stg.djsj.jyjg IS '校验结果：不通过的规则数组 [{"gzdm","gzmc","yzcd","zd","xx"}]（错误与警告），合格且无警告时为空';

-- ----------------------------------------------------------------------
-- djjg.djyw: 登记业务
-- ----------------------------------------------------------------------
CREATE TABLE djjg.djyw (
    id      bigserial     NOT NULL,
    ywh     text          NOT NULL,
    ywlx    varchar(10)   NOT NULL,
    djlx    varchar(10),
    qllx    varchar(10),
    djxl    varchar(30),
    ywzt    varchar(30)   NOT NULL,
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
    tssj    timestamptz,
    rksj    timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT djyw_pk PRIMARY KEY (id),
    CONSTRAINT djyw_ywh_uq UNIQUE (ywh)
);
CREATE INDEX djyw_bdcdyh_ix ON djjg.djyw (bdcdyh);
CREATE INDEX djyw_fwbm_ix ON djjg.djyw (fwbm);
CREATE INDEX djyw_slbh_ix ON djjg.djyw (slbh);
CREATE INDEX djyw_jyywh_ix ON djjg.djyw (jyywh);
CREATE INDEX djyw_htbh_ix ON djjg.djyw (htbh);
COMMENT ON TABLE djjg.djyw IS '登记业务：登记端推送的每件业务一行（来自共享登记库共享主表 gxzb），登记结果专题的业务主表';
COMMENT ON COLUMN djjg.djyw.id IS '记录ID（主键）';
COMMENT ON COLUMN djjg.djyw.ywh IS '登记业务号（唯一）';
COMMENT ON COLUMN djjg.djyw.ywlx IS '共享业务类型：LPB 登记楼盘表，DB 登簿，ZS 发证，FWBMSQ 房屋编码申请，SF 收费，YX 影像';
COMMENT ON COLUMN djjg.djyw.djlx IS '登记类型（zd.djlx）';
COMMENT ON COLUMN djjg.djyw.qllx IS '权利类型（zd.qllx）';
COMMENT ON COLUMN djjg.djyw.djxl IS '登记小类';
COMMENT ON COLUMN djjg.djyw.ywzt IS '业务状态：登簿、注销、已发证、已申请、已收费、已归档、撤销';
COMMENT ON COLUMN djjg.djyw.fwbm IS '房屋编码（登记端所记）';
COMMENT ON COLUMN djjg.djyw.bdcdyh IS '不动产单元号';
COMMENT ON COLUMN djjg.djyw.htbh IS '合同编号';
COMMENT ON COLUMN djjg.djyw.slbh IS '一窗受理编号';
COMMENT ON COLUMN djjg.djyw.jyywh IS '交易业务号（登记所依据的交易业务）';
COMMENT ON COLUMN djjg.djyw.glywh IS '关联登记业务号（发证、收费、影像所属的登记业务）';
COMMENT ON COLUMN djjg.djyw.bdcqzh IS '不动产权证书号或登记证明号';
COMMENT ON COLUMN djjg.djyw.qxdm IS '区县代码';
COMMENT ON COLUMN djjg.djyw.mxsl IS '明细行数（登记端推送时所记）';
COMMENT ON COLUMN djjg.djyw.bjsj IS '办结时间';
COMMENT ON COLUMN djjg.djyw.tssj IS '推送时间';
COMMENT ON COLUMN djjg.djyw.rksj IS '入库时间';

-- ----------------------------------------------------------------------
-- djjg.bdcdy / djjg.td / djjg.sf
-- ----------------------------------------------------------------------
CREATE TABLE djjg.bdcdy (
    id      bigserial      NOT NULL,
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
    qxdm    varchar(12),
    rksj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT bdcdy_pk PRIMARY KEY (id),
    CONSTRAINT bdcdy_bdcdyh_uq UNIQUE (bdcdyh),
    CONSTRAINT bdcdy_mj_ck CHECK (jzmj >= 0 AND tnjzmj >= 0 AND ftjzmj >= 0)
);
CREATE INDEX bdcdy_fwbm_ix ON djjg.bdcdy (fwbm);
CREATE INDEX bdcdy_ywh_ix ON djjg.bdcdy (ywh);
COMMENT ON TABLE djjg.bdcdy IS '不动产单元：登记楼盘表的房屋单元（来自共享登记库 bdcdy），挂接的登记端一侧；所记房屋编码常为空或过时';
COMMENT ON COLUMN djjg.bdcdy.id IS '记录ID（主键）';
COMMENT ON COLUMN djjg.bdcdy.bdcdyh IS '不动产单元号（GB/T 37346，唯一）';
COMMENT ON COLUMN djjg.bdcdy.ywh IS '最近推送它的登记业务号';
COMMENT ON COLUMN djjg.bdcdy.fwbm IS '登记端所记房屋编码（未经挂接确认）';
COMMENT ON COLUMN djjg.bdcdy.zddm IS '宗地代码';
COMMENT ON COLUMN djjg.bdcdy.zrzh IS '自然幢号';
COMMENT ON COLUMN djjg.bdcdy.ljzh IS '逻辑幢号';
COMMENT ON COLUMN djjg.bdcdy.zl IS '坐落';
COMMENT ON COLUMN djjg.bdcdy.zh IS '幢号（文本）';
COMMENT ON COLUMN djjg.bdcdy.dyh IS '单元号';
COMMENT ON COLUMN djjg.bdcdy.szc IS '所在层（名义层）';
COMMENT ON COLUMN djjg.bdcdy.sjc IS '实际层';
COMMENT ON COLUMN djjg.bdcdy.hh IS '户号（房号）';
COMMENT ON COLUMN djjg.bdcdy.shbw IS '室号部位';
COMMENT ON COLUMN djjg.bdcdy.jzmj IS '建筑面积（m²）';
COMMENT ON COLUMN djjg.bdcdy.tnjzmj IS '套内建筑面积（m²）';
COMMENT ON COLUMN djjg.bdcdy.ftjzmj IS '分摊建筑面积（m²）';
COMMENT ON COLUMN djjg.bdcdy.ghyt IS '规划用途（房屋用途代码）';
COMMENT ON COLUMN djjg.bdcdy.fwjg IS '房屋结构代码';
COMMENT ON COLUMN djjg.bdcdy.fwxz IS '房屋性质代码';
COMMENT ON COLUMN djjg.bdcdy.fwlx IS '房屋类型代码';
COMMENT ON COLUMN djjg.bdcdy.zcs IS '总层数';
COMMENT ON COLUMN djjg.bdcdy.qxdm IS '区县代码';
COMMENT ON COLUMN djjg.bdcdy.rksj IS '入库时间';

CREATE TABLE djjg.td (
    id        bigserial      NOT NULL,
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
    rksj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT td_pk PRIMARY KEY (id),
    CONSTRAINT td_zddm_uq UNIQUE (zddm),
    CONSTRAINT td_zdmj_ck CHECK (zdmj >= 0),
    CONSTRAINT td_tdsyjssj_ck CHECK (tdsyjssj >= tdsyqssj)
);
CREATE INDEX td_bdcdyh_ix ON djjg.td (bdcdyh);
COMMENT ON TABLE djjg.td IS '土地：登记端的宗地（来自共享登记库 td）';
COMMENT ON COLUMN djjg.td.id IS '记录ID（主键）';
COMMENT ON COLUMN djjg.td.zddm IS '宗地代码（唯一）';
COMMENT ON COLUMN djjg.td.ywh IS '最近推送它的登记业务号';
COMMENT ON COLUMN djjg.td.bdcdyh IS '宗地的不动产单元号';
COMMENT ON COLUMN djjg.td.zl IS '坐落';
COMMENT ON COLUMN djjg.td.zdmj IS '宗地面积（m²）';
COMMENT ON COLUMN djjg.td.tdyt IS '土地用途';
COMMENT ON COLUMN djjg.td.qllx IS '权利类型';
COMMENT ON COLUMN djjg.td.qlxz IS '权利性质';
COMMENT ON COLUMN djjg.td.syqx IS '使用期限（文本）';
COMMENT ON COLUMN djjg.td.tdsyqssj IS '土地使用起始时间';
COMMENT ON COLUMN djjg.td.tdsyjssj IS '土地使用结束时间';
COMMENT ON COLUMN djjg.td.qxdm IS '区县代码';
COMMENT ON COLUMN djjg.td.rksj IS '入库时间';

CREATE TABLE djjg.sf (
    id     bigserial      NOT NULL,
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
    rksj   timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT sf_pk PRIMARY KEY (id),
    CONSTRAINT sf_ywh_sxh_uq UNIQUE (ywh, sxh),
    CONSTRAINT sf_je_ck CHECK (je >= 0)
);
CREATE INDEX sf_djywh_ix ON djjg.sf (djywh);
COMMENT ON TABLE djjg.sf IS '收费：登记收费明细（来自共享登记库 sf）';
COMMENT ON COLUMN djjg.sf.id IS '记录ID（主键）';
COMMENT ON COLUMN djjg.sf.ywh IS '收费业务号';
COMMENT ON COLUMN djjg.sf.sxh IS '顺序号';
COMMENT ON COLUMN djjg.sf.djywh IS '所属登记业务号';
COMMENT ON COLUMN djjg.sf.sfdh IS '收费单号';
COMMENT ON COLUMN djjg.sf.sfxm IS '收费项目';
COMMENT ON COLUMN djjg.sf.sfbz IS '收费标准';
COMMENT ON COLUMN djjg.sf.sl IS '数量';
COMMENT ON COLUMN djjg.sf.je IS '金额（元）';
COMMENT ON COLUMN djjg.sf.jfrmc IS '缴费人名称';
COMMENT ON COLUMN djjg.sf.sfsj IS '收费时间';
COMMENT ON COLUMN djjg.sf.sfzt IS '收费状态';
COMMENT ON COLUMN djjg.sf.rksj IS '入库时间';

-- ----------------------------------------------------------------------
-- lpb.fwbm_fp: 房屋编码分配；yw.fmywh_xl: 赋码业务号序列
-- ----------------------------------------------------------------------
CREATE TABLE lpb.fwbm_fp (
    id      bigserial     NOT NULL,
    fwbm    varchar(32)   NOT NULL,
    h_id    bigint        NOT NULL,
    zrz_id  bigint        NOT NULL,
    bdcdyh  varchar(28),
    sqid    varchar(50),
    ywh     text,
    czr     text          NOT NULL,
    fmsj    timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT fwbm_fp_pk PRIMARY KEY (id),
    CONSTRAINT fwbm_fp_fwbm_uq UNIQUE (fwbm),
    CONSTRAINT fwbm_fp_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h (id),
    CONSTRAINT fwbm_fp_zrz_id_fk FOREIGN KEY (zrz_id) REFERENCES lpb.zrz (id)
);
CREATE INDEX fwbm_fp_h_id_ix ON lpb.fwbm_fp (h_id);
CREATE INDEX fwbm_fp_zrz_id_ix ON lpb.fwbm_fp (zrz_id);
CREATE INDEX fwbm_fp_sqid_ix ON lpb.fwbm_fp (sqid);
COMMENT ON TABLE lpb.fwbm_fp IS '房屋编码分配：赋码过程赋出的每个房屋编码一行，只追加；编码唯一，户被分割合并灭失后也不再复用';
COMMENT ON COLUMN lpb.fwbm_fp.id IS '记录ID（主键）';
COMMENT ON COLUMN lpb.fwbm_fp.fwbm IS '赋出的房屋编码（唯一）';
COMMENT ON COLUMN lpb.fwbm_fp.h_id IS '户ID（lpb.h.id）';
COMMENT ON COLUMN lpb.fwbm_fp.zrz_id IS '所属自然幢ID（lpb.zrz.id），户顺序码在幢内递增';
COMMENT ON COLUMN lpb.fwbm_fp.bdcdyh IS '申请的不动产单元号';
COMMENT ON COLUMN lpb.fwbm_fp.sqid IS '房屋编码申请编号（share_dj.fwbm_sq.sqid）';
COMMENT ON COLUMN lpb.fwbm_fp.ywh IS '赋码业务号（yw.jyyw，业务类型 FWBM）';
COMMENT ON COLUMN lpb.fwbm_fp.czr IS '操作人（定时任务为 job:validate）';
COMMENT ON COLUMN lpb.fwbm_fp.fmsj IS '赋码时间';

CREATE SEQUENCE yw.fmywh_xl;
COMMENT ON SEQUENCE yw.fmywh_xl IS '赋码业务号序列：业务号为 FM + 年份 + 9 位序号';

-- ----------------------------------------------------------------------
-- 校验规则目录（规则代码的含义见 docs/validation.md；参数见各检查过程头注释）
-- ----------------------------------------------------------------------
INSERT INTO stg.jygz (gzdm, djzl, lybm, gzmc, gzsm, zd, yzcd, jcgc, cs, yj, pxh) VALUES
-- 所有权（房地产权）
('SYQ01', '所有权', 'dbjg', '必填项', '房地产权登记结果须有业务号、不动产单元号、登记类型、权利类型与登记时间', 'ywh,bdcdyh,djlx,qllx,djsj', '错误', 'stg.jc_bt', '{"zd": ["ywh", "bdcdyh", "djlx", "qllx", "djsj"]}', 'seed §5.2.1.7 第 2 项；TD/T 1066 FDCQ2', 110),
('SYQ02', '所有权', 'dbjg', '不动产单元号格式', '不动产单元号须为 28 位且符合 GB/T 37346 的结构', 'bdcdyh', '错误', 'stg.jc_bm', '{"zd": "bdcdyh", "bm": "bdcdyh"}', 'GB/T 37346', 120),
('SYQ03', '所有权', 'dbjg', '房屋编码格式', '登记端所记房屋编码不符合 JGJ/T 246（旧编码）：入库时以挂接的房屋编码为准', 'fwbm', '警告', 'stg.jc_bm', '{"zd": "fwbm", "bm": "fwbm"}', 'JGJ/T 246-2012', 130),
('SYQ04', '所有权', 'dbjg', '代码值', '代码列须取自代码表', 'djlx,qllx,ghyt,fwxz,qxdm,qszt', '错误', 'stg.jc_zd', '{"zd": {"djlx": "djlx", "qllx": "qllx", "ghyt": "fwyt", "fwxz": "fwxz", "qxdm": "xzqh", "qszt": "qszt"}}', 'TD/T 1066 字典', 140),
('SYQ05', '所有权', 'dbjg', '单元挂接房屋', '不动产单元须已挂接交易楼盘表的房屋（挂接表或相同的房屋编码）；未挂接的请先在对接工具中挂接', 'bdcdyh,fwbm', '错误', 'stg.jc_gj', NULL, 'seed §5.2.1.6 数据关联', 150),
('SYQ06', '所有权', 'dbjg', '面积与楼盘表一致', '建筑面积与挂接房屋的实测（无实测时预测）建筑面积相差不超过 3%', 'jzmj', '错误', 'stg.jc_mj', '{"zd": "jzmj", "xdwc": 0.03}', 'seed §5.2.1.6 数据效检', 160),
('SYQ07', '所有权', 'dbjg', '上手业务存在且现势', '转移、变更登记的上手业务须已登记（已入库或同批合格），且未被另一件业务转移', 'syywh', '错误', 'stg.jc_ss', '{"zd": "syywh", "bt": false, "lx": ["所有权"], "xs": true}', 'seed §5.2.2.3 第 4–7 项（上下手关系）', 170),
('SYQ08', '所有权', 'dbjg', '一个单元一个现势所有权', '同一不动产单元不得有两个现势房地产权（上手业务除外）', 'bdcdyh,qszt', '错误', 'stg.jc_syq_wy', NULL, 'TD/T 1066 权属状态', 180),
('SYQ09', '所有权', 'dbjg', '金额与面积为正', '房地产交易价格、建筑面积填写时须为正数', 'fdcjyjg,jzmj', '错误', 'stg.jc_je', '{"zd": ["fdcjyjg", "jzmj"]}', 'seed §5.2.1.7 第 2 项', 190),
('SYQ10', '所有权', 'dbjg', '登记时间不晚于当前', '登记时间不得晚于入库时刻', 'djsj', '错误', 'stg.jc_rq', '{"zd": "djsj"}', 'seed §5.2.1.7 第 2 项', 200),
-- 抵押权
('DYQ01', '抵押权', 'dbjg', '必填项', '抵押权登记结果须有业务号、登记类型、抵押人、抵押权人、登记时间与债务履行期限', 'ywh,djlx,dyr,dyqr,djsj,zwlxqssj,zwlxjssj', '错误', 'stg.jc_bt', '{"zd": ["ywh", "djlx", "dyr", "dyqr", "djsj", "zwlxqssj", "zwlxjssj"]}', 'TD/T 1066 DYAQ', 210),
('DYQ02', '抵押权', 'dbjg', '不动产单元号格式', '不动产单元号填写时须符合 GB/T 37346', 'bdcdyh', '错误', 'stg.jc_bm', '{"zd": "bdcdyh", "bm": "bdcdyh"}', 'GB/T 37346', 220),
('DYQ03', '抵押权', 'dbjg', '代码值', '代码列须取自代码表', 'djlx,dybdclx,dyfs,qxdm,qszt', '错误', 'stg.jc_zd', '{"zd": {"djlx": "djlx", "dybdclx": "dybdclx", "dyfs": "dyfs", "qxdm": "xzqh", "qszt": "qszt"}}', 'TD/T 1066 字典', 230),
('DYQ04', '抵押权', 'dbjg', '债权数额为正', '被担保主债权数额或最高债权数额至少填一项，且为正数', 'bdbzzqse,zgzqse', '错误', 'stg.jc_je', '{"zd": ["bdbzzqse", "zgzqse"], "zsyx": true}', 'TD/T 1066 DYAQ', 240),
('DYQ05', '抵押权', 'dbjg', '债务履行期限先后', '债务履行起始时间不得晚于结束时间', 'zwlxqssj,zwlxjssj', '错误', 'stg.jc_rq', '{"q": "zwlxqssj", "z": "zwlxjssj"}', 'TD/T 1066 DYAQ', 250),
('DYQ06', '抵押权', 'dbjg', '登记时间不晚于当前', '登记时间不得晚于入库时刻', 'djsj', '错误', 'stg.jc_rq', '{"zd": "djsj"}', 'seed §5.2.1.7 第 2 项', 260),
('DYQ07', '抵押权', 'dbjg', '单元挂接房屋', '抵押的不动产单元须已挂接交易楼盘表的房屋', 'bdcdyh,fwbm', '错误', 'stg.jc_gj', NULL, 'seed §5.2.1.6 数据关联', 270),
('DYQ08', '抵押权', 'dbjg', '上手业务存在', '抵押权的上手业务（所抵押的房地产权，或变更前的抵押权）须已登记', 'syywh', '错误', 'stg.jc_ss', '{"zd": "syywh", "bt": false, "lx": ["所有权", "抵押权"], "xs": false}', 'seed §5.2.2.3（上下手关系）', 280),
('DYQ09', '抵押权', 'dbjg', '至少一个抵押单元', '抵押权须有不动产单元号或至少一条登簿结果单元（多证抵押）', 'bdcdyh', '错误', 'stg.jc_dy', NULL, 'seed §5.2.2.3（多证抵押）', 290),
-- 预告
('YG01', '预告', 'dbjg', '必填项', '预告登记须有业务号、不动产单元号、登记类型、预告登记种类与登记时间', 'ywh,bdcdyh,djlx,ygdjzl,djsj', '错误', 'stg.jc_bt', '{"zd": ["ywh", "bdcdyh", "djlx", "ygdjzl", "djsj"]}', 'TD/T 1066 YGDJ', 310),
('YG02', '预告', 'dbjg', '不动产单元号格式', '不动产单元号须符合 GB/T 37346', 'bdcdyh', '错误', 'stg.jc_bm', '{"zd": "bdcdyh", "bm": "bdcdyh"}', 'GB/T 37346', 320),
('YG03', '预告', 'dbjg', '代码值', '代码列须取自代码表', 'djlx,ygdjzl,ghyt,fwxz,qxdm,qszt', '错误', 'stg.jc_zd', '{"zd": {"djlx": "djlx", "ygdjzl": "ygdjzl", "ghyt": "fwyt", "fwxz": "fwxz", "qxdm": "xzqh", "qszt": "qszt"}}', 'TD/T 1066 字典', 330),
('YG04', '预告', 'dbjg', '单元挂接房屋', '预告的不动产单元须已挂接交易楼盘表的房屋', 'bdcdyh,fwbm', '错误', 'stg.jc_gj', NULL, 'seed §5.2.1.6 数据关联', 340),
('YG05', '预告', 'dbjg', '预告对应商品房合同', '预告登记所记合同编号在交易库的商品房合同中找不到', 'htbh', '警告', 'stg.jc_ht', '{"zd": "htbh"}', 'seed §5.2.2.3（预告与新建商品房合同）', 350),
('YG06', '预告', 'dbjg', '金额与面积为正', '取得价格、建筑面积填写时须为正数', 'qdjg,jzmj', '错误', 'stg.jc_je', '{"zd": ["qdjg", "jzmj"]}', 'TD/T 1066 YGDJ', 360),
('YG07', '预告', 'dbjg', '登记时间不晚于当前', '登记时间不得晚于入库时刻', 'djsj', '错误', 'stg.jc_rq', '{"zd": "djsj"}', 'seed §5.2.1.7 第 2 项', 370),
('YG08', '预告', 'dbjg', '面积与楼盘表一致', '建筑面积与挂接房屋的建筑面积相差不超过 3%', 'jzmj', '错误', 'stg.jc_mj', '{"zd": "jzmj", "xdwc": 0.03}', 'seed §5.2.1.6 数据效检', 380),
-- 预抵押
('YDY01', '预抵押', 'dbjg', '必填项', '预抵押须有业务号、不动产单元号、抵押权人、登记时间与上手预告业务号', 'ywh,bdcdyh,dyqr,djsj,syywh', '错误', 'stg.jc_bt', '{"zd": ["ywh", "bdcdyh", "dyqr", "djsj", "syywh"]}', 'TD/T 1066 YGDJ（预购商品房抵押权预告）', 410),
('YDY02', '预抵押', 'dbjg', '不动产单元号格式', '不动产单元号须符合 GB/T 37346', 'bdcdyh', '错误', 'stg.jc_bm', '{"zd": "bdcdyh", "bm": "bdcdyh"}', 'GB/T 37346', 420),
('YDY03', '预抵押', 'dbjg', '代码值', '代码列须取自代码表', 'djlx,ygdjzl,qxdm,qszt', '错误', 'stg.jc_zd', '{"zd": {"djlx": "djlx", "ygdjzl": "ygdjzl", "qxdm": "xzqh", "qszt": "qszt"}}', 'TD/T 1066 字典', 430),
('YDY04', '预抵押', 'dbjg', '上手预告存在且现势', '预抵押的上手须是已登记、未注销的预告登记', 'syywh', '错误', 'stg.jc_ss', '{"zd": "syywh", "bt": true, "lx": ["预告"], "xs": true}', 'seed §5.2.2.3（预抵押↔预告）', 440),
('YDY05', '预抵押', 'dbjg', '债权数额为正', '被担保主债权数额或最高债权数额至少填一项，且为正数', 'bdbzzqse,zgzqse', '错误', 'stg.jc_je', '{"zd": ["bdbzzqse", "zgzqse"], "zsyx": true}', 'TD/T 1066 YGDJ', 450),
('YDY06', '预抵押', 'dbjg', '债务履行期限先后', '债务履行起始时间不得晚于结束时间', 'zwlxqssj,zwlxjssj', '错误', 'stg.jc_rq', '{"q": "zwlxqssj", "z": "zwlxjssj"}', 'TD/T 1066 YGDJ', 460),
('YDY07', '预抵押', 'dbjg', '单元挂接房屋', '预抵押的不动产单元须已挂接交易楼盘表的房屋', 'bdcdyh,fwbm', '错误', 'stg.jc_gj', NULL, 'seed §5.2.1.6 数据关联', 470),
-- 查封与解封
('CF01', '查封', 'dbjg', '必填项', '查封登记须有业务号、不动产单元号、查封机关、查封文号、查封类型与查封起始时间', 'ywh,bdcdyh,cfjg,cfwh,cflx,cfqssj', '错误', 'stg.jc_bt', '{"zd": ["ywh", "bdcdyh", "cfjg", "cfwh", "cflx", "cfqssj"], "djxl_bbh": "解封"}', 'TD/T 1066 CFDJ', 510),
('CF02', '查封', 'dbjg', '不动产单元号格式', '不动产单元号须符合 GB/T 37346', 'bdcdyh', '错误', 'stg.jc_bm', '{"zd": "bdcdyh", "bm": "bdcdyh"}', 'GB/T 37346', 520),
('CF03', '查封', 'dbjg', '代码值', '代码列须取自代码表', 'djlx,cflx,qxdm,qszt', '错误', 'stg.jc_zd', '{"zd": {"djlx": "djlx", "cflx": "cflx", "qxdm": "xzqh", "qszt": "qszt"}}', 'TD/T 1066 字典', 530),
('CF04', '查封', 'dbjg', '查封期限先后', '查封起始时间不得晚于结束时间', 'cfqssj,cfjssj', '错误', 'stg.jc_rq', '{"q": "cfqssj", "z": "cfjssj"}', 'TD/T 1066 CFDJ', 540),
('CF05', '查封', 'dbjg', '单元挂接房屋', '查封的不动产单元须已挂接交易楼盘表的房屋（交易安全依赖它）', 'bdcdyh,fwbm', '错误', 'stg.jc_gj', NULL, 'seed §5.2.1.6 数据关联', 550),
('CF06', '查封', 'dbjg', '解封指明其查封', '解封登记须以上手业务号指明所解除的查封，该查封须已登记且未解封', 'syywh', '错误', 'stg.jc_jf', '{"djxl_bh": "解封"}', 'TD/T 1066 CFDJ（解封业务号）', 560),
('CF07', '查封', 'dbjg', '登记时间不晚于当前', '登记时间不得晚于入库时刻', 'djsj', '错误', 'stg.jc_rq', '{"zd": "djsj"}', 'seed §5.2.1.7 第 2 项', 570),
-- 异议
('YY01', '异议', 'dbjg', '必填项', '异议登记须有业务号、不动产单元号、异议事项与登记时间', 'ywh,bdcdyh,yysx,djsj', '错误', 'stg.jc_bt', '{"zd": ["ywh", "bdcdyh", "yysx", "djsj"]}', 'TD/T 1066 YYDJ', 610),
('YY02', '异议', 'dbjg', '不动产单元号格式', '不动产单元号须符合 GB/T 37346', 'bdcdyh', '错误', 'stg.jc_bm', '{"zd": "bdcdyh", "bm": "bdcdyh"}', 'GB/T 37346', 620),
('YY03', '异议', 'dbjg', '代码值', '代码列须取自代码表', 'djlx,qxdm,qszt', '错误', 'stg.jc_zd', '{"zd": {"djlx": "djlx", "qxdm": "xzqh", "qszt": "qszt"}}', 'TD/T 1066 字典', 630),
('YY04', '异议', 'dbjg', '单元挂接房屋', '异议的不动产单元须已挂接交易楼盘表的房屋', 'bdcdyh,fwbm', '错误', 'stg.jc_gj', NULL, 'seed §5.2.1.6 数据关联', 640),
('YY05', '异议', 'dbjg', '登记时间不晚于当前', '登记时间不得晚于入库时刻', 'djsj', '错误', 'stg.jc_rq', '{"zd": "djsj"}', 'seed §5.2.1.7 第 2 项', 650),
-- 注销
('ZX01', '注销', 'dbjg', '必填项', '注销登记须有业务号、登记类型、被注销业务号与登记时间', 'ywh,djlx,zxywh,djsj', '错误', 'stg.jc_bt', '{"zd": ["ywh", "djlx", "zxywh", "djsj"]}', 'TD/T 1066 注销登记', 710),
('ZX02', '注销', 'dbjg', '注销指明被注销业务', '被注销业务号须指向已登记（已入库或同批合格）且未被注销的权利', 'zxywh', '错误', 'stg.jc_zx', NULL, 'TD/T 1066 注销登记', 720),
('ZX03', '注销', 'dbjg', '代码值', '代码列须取自代码表', 'djlx,qxdm', '错误', 'stg.jc_zd', '{"zd": {"djlx": "djlx", "qxdm": "xzqh"}}', 'TD/T 1066 字典', 730),
('ZX04', '注销', 'dbjg', '登记时间不晚于当前', '登记时间不得晚于入库时刻', 'djsj', '错误', 'stg.jc_rq', '{"zd": "djsj"}', 'seed §5.2.1.7 第 2 项', 740),
-- 无法识别的登记种类
('QT01', '其他', 'dbjg', '登记种类可识别', '登记类型、登记小类与权利类型推不出本平台支持的登记种类（所有权、抵押权、预告、预抵押、查封、异议、注销）', 'djlx,djxl,qllx', '错误', 'stg.jc_qt', NULL, 'seed §5.2.1.7 第 3 项', 790),
-- 登簿结果单元（多证抵押等，一单元一行）
('DJDY01', NULL, 'dbjg_dy', '必填项', '登簿结果单元须有业务号与不动产单元号', 'ywh,bdcdyh', '错误', 'stg.jc_bt', '{"zd": ["ywh", "bdcdyh"]}', 'seed §5.2.2.3（多证抵押）', 810),
('DJDY02', NULL, 'dbjg_dy', '不动产单元号格式', '不动产单元号须符合 GB/T 37346', 'bdcdyh', '错误', 'stg.jc_bm', '{"zd": "bdcdyh", "bm": "bdcdyh"}', 'GB/T 37346', 820),
('DJDY03', NULL, 'dbjg_dy', '单元挂接房屋', '不动产单元须已挂接交易楼盘表的房屋', 'bdcdyh,fwbm', '错误', 'stg.jc_gj', NULL, 'seed §5.2.1.6 数据关联', 830),
-- 权利人
('QLR01', '权利人', 'qlr', '必填项', '权利人须有业务号、申请人类别与名称', 'ywh,sqrlb,qlrmc', '错误', 'stg.jc_bt', '{"zd": ["ywh", "sqrlb", "qlrmc"]}', 'TD/T 1066 QLR', 910),
('QLR02', '权利人', 'qlr', '证件号码', '证件种类为身份证（1）时证件号码须为有效的 18 位公民身份号码（GB 11643），为统一社会信用代码（8）时须符合 GB 32100', 'zjzl,zjhm', '错误', 'stg.jc_zjhm', NULL, 'GB 11643、GB 32100', 920),
('QLR03', '权利人', 'qlr', '代码值', '代码列须取自代码表', 'zjzl,qlrlx,gyfs', '错误', 'stg.jc_zd', '{"zd": {"zjzl": "zjzl", "qlrlx": "qlrlx", "gyfs": "gyfs"}}', 'TD/T 1066 字典', 930),
('QLR04', '权利人', 'qlr', '权利比例', '权利比例填写时须为 0 到 1 之间的小数、百分数或分数（如 0.5、50%、1/2）', 'qlbl', '错误', 'stg.jc_qlbl', NULL, 'TD/T 1066 QLR', 940),
-- 证书
('ZS01', '证书', 'zs', '必填项', '证书须有证号、业务号与证书类型', 'bdcqzh,ywh,zslx', '错误', 'stg.jc_bt', '{"zd": ["bdcqzh", "ywh", "zslx"]}', 'TD/T 1066 ZS', 1010),
('ZS02', '证书', 'zs', '不动产单元号格式', '不动产单元号填写时须符合 GB/T 37346', 'bdcdyh', '错误', 'stg.jc_bm', '{"zd": "bdcdyh", "bm": "bdcdyh"}', 'GB/T 37346', 1020),
('ZS03', '证书', 'zs', '代码值', '区县代码须取自代码表', 'qxdm', '错误', 'stg.jc_zd', '{"zd": {"qxdm": "xzqh"}}', 'GB/T 2260', 1030),
-- 影像
('YX01', '影像', 'yx', '必填项', '影像索引须有业务号、文件名、存储路径与 SHA-256', 'ywh,wjmc,cclj,sha256', '错误', 'stg.jc_bt', '{"zd": ["ywh", "wjmc", "cclj", "sha256"]}', 'seed §5.2.1.3（影像信息）', 1110),
('YX02', '影像', 'yx', 'SHA-256 格式', 'SHA-256 须为 64 位小写十六进制', 'sha256', '错误', 'stg.jc_bm', '{"zd": "sha256", "bm": "sha256"}', 'FIPS 180-4', 1120),
('YX03', '影像', 'yx', '文件大小非负', '文件大小填写时不得为负', 'dx', '错误', 'stg.jc_je', '{"zd": ["dx"], "fz": true}', 'seed §5.2.1.3', 1130),
-- 不动产单元
('DY01', '单元', 'bdcdy', '必填项', '不动产单元须有不动产单元号与业务号', 'bdcdyh,ywh', '错误', 'stg.jc_bt', '{"zd": ["bdcdyh", "ywh"]}', 'seed §5.2.1.5', 1210),
('DY02', '单元', 'bdcdy', '不动产单元号格式', '不动产单元号须符合 GB/T 37346', 'bdcdyh', '错误', 'stg.jc_bm', '{"zd": "bdcdyh", "bm": "bdcdyh"}', 'GB/T 37346', 1220),
('DY03', '单元', 'bdcdy', '房屋编码格式', '登记端所记房屋编码不符合 JGJ/T 246（旧编码或错码）：挂接时不采用', 'fwbm', '警告', 'stg.jc_bm', '{"zd": "fwbm", "bm": "fwbm"}', 'JGJ/T 246-2012', 1230),
('DY04', '单元', 'bdcdy', '面积非负', '建筑、套内、分摊面积填写时不得为负', 'jzmj,tnjzmj,ftjzmj', '错误', 'stg.jc_je', '{"zd": ["jzmj", "tnjzmj", "ftjzmj"], "fz": true}', 'seed §5.2.1.5', 1240),
-- 土地
('TD01', '土地', 'td', '必填项', '宗地须有宗地代码与业务号', 'zddm,ywh', '错误', 'stg.jc_bt', '{"zd": ["zddm", "ywh"]}', 'seed §5.2.1.5', 1310),
('TD02', '土地', 'td', '面积非负', '宗地面积填写时不得为负', 'zdmj', '错误', 'stg.jc_je', '{"zd": ["zdmj"], "fz": true}', 'seed §5.2.1.5', 1320),
('TD03', '土地', 'td', '使用期限先后', '土地使用起始时间不得晚于结束时间', 'tdsyqssj,tdsyjssj', '错误', 'stg.jc_rq', '{"q": "tdsyqssj", "z": "tdsyjssj"}', 'seed §5.2.1.5', 1330),
-- 收费
('SF01', '收费', 'sf', '必填项', '收费明细须有业务号、顺序号、收费项目与金额', 'ywh,sxh,sfxm,je', '错误', 'stg.jc_bt', '{"zd": ["ywh", "sxh", "sfxm", "je"]}', 'seed §5.2.1.3（收费信息）', 1410),
('SF02', '收费', 'sf', '金额非负', '收费金额不得为负', 'je', '错误', 'stg.jc_je', '{"zd": ["je"], "fz": true}', 'seed §5.2.1.3', 1420),
-- 房屋编码申请
('FM01', '赋码申请', 'fwbm_sq', '必填项', '房屋编码申请须有申请编号、业务号、不动产单元号与申请原因', 'sqid,ywh,bdcdyh,sqyy', '错误', 'stg.jc_bt', '{"zd": ["sqid", "ywh", "bdcdyh", "sqyy"]}', 'seed §5.1.2', 1510),
('FM02', '赋码申请', 'fwbm_sq', '不动产单元号格式', '不动产单元号须符合 GB/T 37346', 'bdcdyh', '错误', 'stg.jc_bm', '{"zd": "bdcdyh", "bm": "bdcdyh"}', 'GB/T 37346', 1520),
('FM03', '赋码申请', 'fwbm_sq', '单元尚未赋码', '该不动产单元已挂接房屋编码，不再赋码（约定：不重复赋码）', 'bdcdyh', '错误', 'stg.jc_fm', '{"jc": "wfm"}', 'seed §5.1.2（唯一性检验）', 1530),
('FM04', '赋码申请', 'fwbm_sq', '房屋唯一', '交易楼盘表中须恰有一户未编码的房屋与申请的幢、单元、层、房号相符（约定：房屋存在且唯一）', 'zh,dyh,szc,fh,yfwbm', '错误', 'stg.jc_fm', '{"jc": "wy"}', 'seed §5.1.2（唯一性检验）', 1540),
-- 共享主表
('GX01', NULL, 'gxzb', '必填项', '共享主表须有业务号、共享业务类型与业务状态', 'ywh,ywlx,ywzt', '错误', 'stg.jc_bt', '{"zd": ["ywh", "ywlx", "ywzt"]}', 'seed §5.2.1.3（共享主表）', 1610);

-- ----------------------------------------------------------------------
-- djzt 登记结果专题（§5.2.1.7 第 1 项）
-- ----------------------------------------------------------------------
CREATE SCHEMA djzt;
COMMENT ON SCHEMA djzt IS '登记结果专题：以不动产单元与房屋为中心，汇总已入库的登记结果（只读视图）';

CREATE VIEW djzt.ql AS
SELECT '所有权'::varchar(10) AS qlzl, f.ywh, f.bdcdyh, f.djlx, f.djsj, f.qszt, f.syywh, f.bdcqzh AS zh,
       NULL::text AS zxywh
  FROM djjg.fdcq f
UNION ALL
SELECT '抵押权', a.ywh, u.bdcdyh, a.djlx, a.djsj, a.qszt, a.syywh, a.bdcdjzmh, a.zxdyywh
  FROM djjg.dyaq a JOIN djjg.dyaq_dy u ON u.ywh = a.ywh
UNION ALL
SELECT CASE WHEN g.ygdjzl IN ('3', '4') THEN '预抵押' ELSE '预告' END, g.ywh, g.bdcdyh, g.djlx, g.djsj, g.qszt,
       g.syywh, g.bdcdjzmh, g.zxygywh
  FROM djjg.ygdj g
UNION ALL
SELECT '查封', c.ywh, c.bdcdyh, c.djlx, c.djsj, c.qszt, NULL, c.cfwh, c.jfywh
  FROM djjg.cfdj c
UNION ALL
SELECT '异议', y.ywh, y.bdcdyh, y.djlx, y.djsj, y.qszt, NULL, y.bdcdjzmh, y.zxyyywh
  FROM djjg.yydj y;
COMMENT ON VIEW djzt.ql IS '权利链：各类已入库权利按单元一行（所有权、抵押权、预告、预抵押、查封、异议），含上手与注销业务号';
COMMENT ON COLUMN djzt.ql.qlzl IS '权利种类';
COMMENT ON COLUMN djzt.ql.ywh IS '登记业务号';
COMMENT ON COLUMN djzt.ql.bdcdyh IS '不动产单元号';
COMMENT ON COLUMN djzt.ql.djlx IS '登记类型';
COMMENT ON COLUMN djzt.ql.djsj IS '登记时间';
COMMENT ON COLUMN djzt.ql.qszt IS '权属状态（1 现势，2 历史）';
COMMENT ON COLUMN djzt.ql.syywh IS '上手业务号';
COMMENT ON COLUMN djzt.ql.zh IS '证书号或证明号（查封为查封文号）';
COMMENT ON COLUMN djzt.ql.zxywh IS '注销（解封）业务号';

CREATE VIEW djzt.dyxz AS
SELECT u.bdcdyh,
       g.fwbm,
       (SELECT f.ywh FROM djjg.fdcq f WHERE f.bdcdyh = u.bdcdyh AND f.qszt = '1' ORDER BY f.djsj DESC LIMIT 1) AS syqywh,
       (SELECT f.bdcqzh FROM djjg.fdcq f WHERE f.bdcdyh = u.bdcdyh AND f.qszt = '1' ORDER BY f.djsj DESC LIMIT 1) AS bdcqzh,
       (SELECT count(*) FROM djjg.dyaq_dy d JOIN djjg.dyaq a ON a.ywh = d.ywh
         WHERE d.bdcdyh = u.bdcdyh AND a.qszt = '1') AS dysl,
       (SELECT count(*) FROM djjg.cfdj c WHERE c.bdcdyh = u.bdcdyh AND c.qszt = '1') AS cfsl,
       (SELECT count(*) FROM djjg.ygdj y WHERE y.bdcdyh = u.bdcdyh AND y.qszt = '1' AND coalesce(y.ygdjzl, '1') NOT IN ('3', '4')) AS ygsl,
       (SELECT count(*) FROM djjg.ygdj y WHERE y.bdcdyh = u.bdcdyh AND y.qszt = '1' AND y.ygdjzl IN ('3', '4')) AS ydysl,
       (SELECT count(*) FROM djjg.yydj y WHERE y.bdcdyh = u.bdcdyh AND y.qszt = '1') AS yysl
  FROM (SELECT bdcdyh FROM djjg.bdcdy
        UNION SELECT bdcdyh FROM djjg.fdcq
        UNION SELECT bdcdyh FROM djjg.dyaq_dy
        UNION SELECT bdcdyh FROM djjg.ygdj
        UNION SELECT bdcdyh FROM djjg.cfdj
        UNION SELECT bdcdyh FROM djjg.yydj) u
  LEFT JOIN gl.fw_dy g ON g.bdcdyh = u.bdcdyh AND g.zt = '有效';
COMMENT ON VIEW djzt.dyxz IS '单元现状：每个不动产单元的现势所有权与现势抵押、查封、预告、预抵押、异议件数，及挂接的房屋编码';
COMMENT ON COLUMN djzt.dyxz.bdcdyh IS '不动产单元号';
COMMENT ON COLUMN djzt.dyxz.fwbm IS '挂接的房屋编码（有效挂接）';
COMMENT ON COLUMN djzt.dyxz.syqywh IS '现势所有权的登记业务号';
COMMENT ON COLUMN djzt.dyxz.bdcqzh IS '现势所有权的不动产权证书号';
COMMENT ON COLUMN djzt.dyxz.dysl IS '现势抵押权件数';
COMMENT ON COLUMN djzt.dyxz.cfsl IS '现势查封件数';
COMMENT ON COLUMN djzt.dyxz.ygsl IS '现势预告件数（不含预抵押）';
COMMENT ON COLUMN djzt.dyxz.ydysl IS '现势预抵押件数';
COMMENT ON COLUMN djzt.dyxz.yysl IS '现势异议件数';

CREATE VIEW djzt.fwdj AS
SELECT h.id AS h_id, h.fwbm, g.bdcdyh, h.zl, h.fwzt, h.djzt, h.dyzt, h.cfzt, h.ygzt, h.yyzt, h.xzzt,
       x.syqywh, x.bdcqzh
  FROM lpb.h h
  LEFT JOIN gl.fw_dy g ON g.fwbm = h.fwbm AND g.zt = '有效'
  LEFT JOIN djzt.dyxz x ON x.bdcdyh = g.bdcdyh;
COMMENT ON VIEW djzt.fwdj IS '房屋登记状态：交易楼盘表每户的登记状态标志（入库过程维护）与挂接单元的现势所有权';
COMMENT ON COLUMN djzt.fwdj.h_id IS '户ID';
COMMENT ON COLUMN djzt.fwdj.fwbm IS '房屋编码';
COMMENT ON COLUMN djzt.fwdj.bdcdyh IS '挂接的不动产单元号';
COMMENT ON COLUMN djzt.fwdj.zl IS '房屋坐落';
COMMENT ON COLUMN djzt.fwdj.fwzt IS '房屋状态';
COMMENT ON COLUMN djzt.fwdj.djzt IS '登记状态（0/1）';
COMMENT ON COLUMN djzt.fwdj.dyzt IS '现势抵押件数';
COMMENT ON COLUMN djzt.fwdj.cfzt IS '现势查封件数';
COMMENT ON COLUMN djzt.fwdj.ygzt IS '现势预告件数';
COMMENT ON COLUMN djzt.fwdj.yyzt IS '现势异议件数';
COMMENT ON COLUMN djzt.fwdj.xzzt IS '有效行政限制件数';
COMMENT ON COLUMN djzt.fwdj.syqywh IS '现势所有权的登记业务号';
COMMENT ON COLUMN djzt.fwdj.bdcqzh IS '现势所有权的不动产权证书号';
