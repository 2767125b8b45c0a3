-- 修订: jy_0009_linking（前序 jy_0008）
-- 做什么: 数据挂接（seed §5.2.4、§5.2.1.6 数据关联）:
--   gl.fwtz  房屋挂接特征（交易端）：每个待挂接或已挂接的房屋一行，原值与规范化后的比对键；来自楼盘表或存量导入；
--   gl.dytz  单元挂接特征（登记端）：每个不动产单元一行，原值与规范化后的比对键；来自登记镜像、暂存或存量导入；
--   gl.hxd   候选对：自动挂接不能确定时，每个房屋（单元）得分最高的候选单元（房屋），带得分、名次与理由，供人工挂接；
--   gl.xmbm  项目别名：登记端对项目的别称、旧名 → 交易端项目规范键（人工维护，或由已核实的挂接学得）；
--   gl.bdd   比对对工作表（UNLOGGED）：一次挂接运行的分块比对结果；
--   gl.drhc  导入缓冲（UNLOGGED）：jydj link import 读入的 CSV 行（带行号），由 gl.dr_fw / gl.dr_dy 校验后并入特征表。
--   gl.fw_dy 的房屋编码不再以外键约束到 lpb.h：存量初始化时导入的房屋可能尚未进入楼盘表；改由触发器
--   lpb.h_fwbm_gl（触发器 h_fwbm_gl_tg）在楼盘表房屋编码变更时同步挂接（原外键的 ON UPDATE CASCADE 语义）。
-- 依据: seed §5.2.4.1、§5.2.4.2；TD/T 1066 字段名；docs/linking.md。
-- 说明: 只用 openGauss 兼容子集（docs/conventions.md）；pg_trgm 用于项目名称的模糊比对（openGauss 亦提供该扩展）。

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE gl.fw_dy DROP CONSTRAINT fw_dy_fwbm_fk;
COMMENT ON COLUMN gl.fw_dy.fwbm IS '房屋编码（唯一；楼盘表 lpb.h 的房屋编码，或存量导入 gl.fwtz 的房屋编码）';

-- ----------------------------------------------------------------------
-- gl.fwtz: 房屋挂接特征（交易端）
-- ----------------------------------------------------------------------
CREATE TABLE gl.fwtz (
    fwbm    varchar(32)    NOT NULL,
    ly      varchar(10)    NOT NULL,
    xmmc    text,
    zl      text,
    zh      text,
    dyh     text,
    szc     text,
    fh      text,
    jzmj    numeric(12,2),
    tnmj    numeric(12,2),
    qlrmc   text,
    zjhm    text,
    gz_xm   text,
    gz_xmjc text,
    gz_dl   text,
    gz_zh   text,
    gz_dy   text,
    gz_c    integer,
    gz_sjc  integer,
    gz_fh   text,
    gz_sjfh text,
    gz_dz   text,
    gz_qx   text,
    gxsj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT fwtz_pk PRIMARY KEY (fwbm),
    CONSTRAINT fwtz_ly_ck CHECK (ly IN ('楼盘表', '导入')),
    CONSTRAINT fwtz_mj_ck CHECK (jzmj >= 0 AND tnmj >= 0)
);
COMMENT ON TABLE gl.fwtz IS '房屋挂接特征（交易端）：每个房屋一行，原值与规范化比对键（gz_ 前缀）；挂接过程只读它，不读楼盘表';
COMMENT ON COLUMN gl.fwtz.fwbm IS '房屋编码';
COMMENT ON COLUMN gl.fwtz.ly IS '来源：楼盘表（lpb.h 刷新）/ 导入（jydj link import --side jy）';
COMMENT ON COLUMN gl.fwtz.xmmc IS '项目名称（原值）';
COMMENT ON COLUMN gl.fwtz.zl IS '坐落（原值）';
COMMENT ON COLUMN gl.fwtz.zh IS '幢号（原值）';
COMMENT ON COLUMN gl.fwtz.dyh IS '单元号（原值）';
COMMENT ON COLUMN gl.fwtz.szc IS '所在层（原值，名义层）';
COMMENT ON COLUMN gl.fwtz.fh IS '房号（原值）';
COMMENT ON COLUMN gl.fwtz.jzmj IS '建筑面积（平方米）';
COMMENT ON COLUMN gl.fwtz.tnmj IS '套内建筑面积（平方米）';
COMMENT ON COLUMN gl.fwtz.qlrmc IS '权利人（买受人）名称';
COMMENT ON COLUMN gl.fwtz.zjhm IS '权利人证件号码';
COMMENT ON COLUMN gl.fwtz.gz_xm IS '规范项目键（全角转半角、期数统一、去「小区」）';
COMMENT ON COLUMN gl.fwtz.gz_xmjc IS '项目词干（再去通名如花园、家园、苑，保留期数）';
COMMENT ON COLUMN gl.fwtz.gz_dl IS '路名门牌（如 朝阳西路628）';
COMMENT ON COLUMN gl.fwtz.gz_zh IS '规范幢号（数字文本）';
COMMENT ON COLUMN gl.fwtz.gz_dy IS '规范单元号（数字文本）';
COMMENT ON COLUMN gl.fwtz.gz_c IS '规范所在层（名义层）';
COMMENT ON COLUMN gl.fwtz.gz_sjc IS '推算的实际层（同幢同单元名义层的次序）';
COMMENT ON COLUMN gl.fwtz.gz_fh IS '规范房号（数字文本，如 1203）';
COMMENT ON COLUMN gl.fwtz.gz_sjfh IS '以实际层书写的房号（实际层 || 房号末两位）';
COMMENT ON COLUMN gl.fwtz.gz_dz IS '规范坐落（去省市区前缀后的全文，用于模糊比对与人工查看）';
COMMENT ON COLUMN gl.fwtz.gz_qx IS '坐落中写明的区县（如 通川区；未写为空）';
COMMENT ON COLUMN gl.fwtz.gxsj IS '更新时间';
CREATE INDEX fwtz_xmjc_ix ON gl.fwtz (gz_xmjc, gz_zh);
CREATE INDEX fwtz_dl_ix ON gl.fwtz (gz_dl, gz_zh);
CREATE INDEX fwtz_zjhm_ix ON gl.fwtz (zjhm);

-- ----------------------------------------------------------------------
-- gl.dytz: 单元挂接特征（登记端）
-- ----------------------------------------------------------------------
CREATE TABLE gl.dytz (
    bdcdyh  varchar(28)    NOT NULL,
    ly      varchar(10)    NOT NULL,
    fwbm    varchar(32),
    xmmc    text,
    zl      text,
    zh      text,
    dyh     text,
    szc     text,
    hh      text,
    jzmj    numeric(12,2),
    tnmj    numeric(12,2),
    qlrmc   text,
    zjhm    text,
    bdcqzh  text,
    gz_xm   text,
    gz_xmjc text,
    gz_dl   text,
    gz_zh   text,
    gz_dy   text,
    gz_c    integer,
    gz_fh   text,
    gz_dz   text,
    gz_qx   text,
    gz_pyc  integer,
    gz_mc   integer,
    gz_mfh  text,
    gxsj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT dytz_pk PRIMARY KEY (bdcdyh),
    CONSTRAINT dytz_ly_ck CHECK (ly IN ('登记', '暂存', '导入')),
    CONSTRAINT dytz_mj_ck CHECK (jzmj >= 0 AND tnmj >= 0)
);
COMMENT ON TABLE gl.dytz IS '单元挂接特征（登记端）：每个不动产单元一行，原值与规范化比对键（gz_ 前缀）；挂接过程只读它';
COMMENT ON COLUMN gl.dytz.bdcdyh IS '不动产单元号';
COMMENT ON COLUMN gl.dytz.ly IS '来源：登记（djjg.bdcdy）/ 暂存（尚未入库的 stg.djsj 单元行）/ 导入（jydj link import --side dj）';
COMMENT ON COLUMN gl.dytz.fwbm IS '登记端所记房屋编码（原值；可能为空、过时或旧格式，挂接时须核实）';
COMMENT ON COLUMN gl.dytz.xmmc IS '项目名称（原值）';
COMMENT ON COLUMN gl.dytz.zl IS '坐落（原值）';
COMMENT ON COLUMN gl.dytz.zh IS '幢号（原值）';
COMMENT ON COLUMN gl.dytz.dyh IS '单元号（原值）';
COMMENT ON COLUMN gl.dytz.szc IS '所在层（原值，可能是实际层）';
COMMENT ON COLUMN gl.dytz.hh IS '户号/室号（原值）';
COMMENT ON COLUMN gl.dytz.jzmj IS '建筑面积（平方米）';
COMMENT ON COLUMN gl.dytz.tnmj IS '套内建筑面积（平方米）';
COMMENT ON COLUMN gl.dytz.qlrmc IS '权利人名称';
COMMENT ON COLUMN gl.dytz.zjhm IS '权利人证件号码';
COMMENT ON COLUMN gl.dytz.bdcqzh IS '不动产权证书号';
COMMENT ON COLUMN gl.dytz.gz_xm IS '规范项目键（全角转半角、期数统一、去「小区」；有别名时为交易端项目键）';
COMMENT ON COLUMN gl.dytz.gz_xmjc IS '项目词干（再去通名，保留期数）';
COMMENT ON COLUMN gl.dytz.gz_dl IS '路名门牌';
COMMENT ON COLUMN gl.dytz.gz_zh IS '规范幢号';
COMMENT ON COLUMN gl.dytz.gz_dy IS '规范单元号';
COMMENT ON COLUMN gl.dytz.gz_c IS '规范所在层';
COMMENT ON COLUMN gl.dytz.gz_fh IS '规范房号';
COMMENT ON COLUMN gl.dytz.gz_dz IS '规范坐落';
COMMENT ON COLUMN gl.dytz.gz_qx IS '坐落中写明的区县（如 通川区；未写为空）';
COMMENT ON COLUMN gl.dytz.gz_pyc IS '层偏移：该幢登记端按实际层记载、比交易端名义层高出的层数（底部架空层、商铺），由 gl.estimate_offsets 推算；空为无偏移';
COMMENT ON COLUMN gl.dytz.gz_mc IS '比对用层（按名义层：所在层减层偏移）';
COMMENT ON COLUMN gl.dytz.gz_mfh IS '比对用房号（按名义层书写：比对用层 || 房号末两位；无偏移时即规范房号）';
COMMENT ON COLUMN gl.dytz.gxsj IS '更新时间';
CREATE INDEX dytz_fwbm_ix ON gl.dytz (fwbm);
CREATE INDEX dytz_xmjc_ix ON gl.dytz (gz_xmjc, gz_zh);
CREATE INDEX dytz_dl_ix ON gl.dytz (gz_dl, gz_zh);
CREATE INDEX dytz_zjhm_ix ON gl.dytz (zjhm);

-- ----------------------------------------------------------------------
-- gl.hxd: 候选对
-- ----------------------------------------------------------------------
CREATE TABLE gl.hxd (
    fwbm    varchar(32)    NOT NULL,
    bdcdyh  varchar(28)    NOT NULL,
    df      integer        NOT NULL,
    ppdf    numeric(5,4)   NOT NULL,
    fwmc    smallint,
    dymc    smallint,
    ly      jsonb          NOT NULL,
    sj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT hxd_pk PRIMARY KEY (fwbm, bdcdyh),
    CONSTRAINT hxd_ppdf_ck CHECK (ppdf >= 0 AND ppdf <= 1)
);
COMMENT ON TABLE gl.hxd IS '候选对：自动挂接未能确定的房屋与单元，各取得分最高的几个候选；挂接运行时重建，人工挂接后删去相关行';
COMMENT ON COLUMN gl.hxd.fwbm IS '房屋编码';
COMMENT ON COLUMN gl.hxd.bdcdyh IS '不动产单元号';
COMMENT ON COLUMN gl.hxd.df IS '证据得分（各项比对得分之和，见 docs/linking.md）';
COMMENT ON COLUMN gl.hxd.ppdf IS '匹配得分（0–1，由证据得分换算）';
COMMENT ON COLUMN gl.hxd.fwmc IS '在该房屋的候选单元中的名次（1 最好；不在前列为空）';
COMMENT ON COLUMN gl.hxd.dymc IS '在该单元的候选房屋中的名次（1 最好；不在前列为空）';
COMMENT ON COLUMN gl.hxd.ly IS '理由：各项比对结果（JSON，中文键值）';
COMMENT ON COLUMN gl.hxd.sj IS '生成时间';
CREATE INDEX hxd_bdcdyh_ix ON gl.hxd (bdcdyh);

-- ----------------------------------------------------------------------
-- gl.xmbm: 项目别名
-- ----------------------------------------------------------------------
CREATE TABLE gl.xmbm (
    bm      text           NOT NULL,
    gz_xm   text           NOT NULL,
    ly      varchar(10)    NOT NULL,
    sl      integer,
    czr     text           NOT NULL,
    sj      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT xmbm_pk PRIMARY KEY (bm),
    CONSTRAINT xmbm_ly_ck CHECK (ly IN ('人工', '学得'))
);
COMMENT ON TABLE gl.xmbm IS '项目别名：登记端对项目的别称或旧名（规范键）→ 交易端项目规范键；人工维护，或由已核实的挂接学得';
COMMENT ON COLUMN gl.xmbm.bm IS '别名（规范项目键）';
COMMENT ON COLUMN gl.xmbm.gz_xm IS '交易端项目规范键';
COMMENT ON COLUMN gl.xmbm.ly IS '来源：人工 / 学得（已核实挂接中两端项目键的共现）';
COMMENT ON COLUMN gl.xmbm.sl IS '学得时支持它的挂接数';
COMMENT ON COLUMN gl.xmbm.czr IS '操作人（学得为过程名）';
COMMENT ON COLUMN gl.xmbm.sj IS '时间';

-- ----------------------------------------------------------------------
-- gl.bdd: 比对对（工作表）
-- ----------------------------------------------------------------------
CREATE UNLOGGED TABLE gl.bdd (
    fwbm    varchar(32)    NOT NULL,
    bdcdyh  varchar(28)    NOT NULL,
    df      integer        NOT NULL,
    fx      smallint[]     NOT NULL,
    fwmc    integer,
    dymc    integer,
    fwcj    integer,
    dycj    integer,
    CONSTRAINT bdd_pk PRIMARY KEY (fwbm, bdcdyh)
);
COMMENT ON TABLE gl.bdd IS '比对对：一次挂接运行分块找出并打分的房屋–单元对（UNLOGGED 工作表，运行开始时清空）';
COMMENT ON COLUMN gl.bdd.fwbm IS '房屋编码';
COMMENT ON COLUMN gl.bdd.bdcdyh IS '不动产单元号';
COMMENT ON COLUMN gl.bdd.df IS '证据得分';
COMMENT ON COLUMN gl.bdd.fx IS '分项得分（gl.pair_points：项目、路名门牌、幢、单元、房号、层、建筑面积、套内面积、权利人、房屋编码）';
COMMENT ON COLUMN gl.bdd.fwmc IS '在该房屋的候选中的名次';
COMMENT ON COLUMN gl.bdd.dymc IS '在该单元的候选中的名次';
COMMENT ON COLUMN gl.bdd.fwcj IS '与该房屋次优候选的分差';
COMMENT ON COLUMN gl.bdd.dycj IS '与该单元次优候选的分差';

-- ----------------------------------------------------------------------
-- gl.drhc: 导入缓冲（工作表）
-- ----------------------------------------------------------------------
CREATE UNLOGGED TABLE gl.drhc (
    pc      integer        NOT NULL DEFAULT pg_backend_pid(),
    hh      integer        NOT NULL,
    c1      text, c2 text, c3 text, c4 text, c5 text, c6 text, c7 text, c8 text, c9 text, c10 text,
    c11     text, c12 text, c13 text,
    xx      text,
    bg      varchar(2),
    CONSTRAINT drhc_pk PRIMARY KEY (pc, hh)
);
COMMENT ON TABLE gl.drhc IS '导入缓冲：jydj link import 读入的 CSV 数据行（UNLOGGED 工作表），列按文件列序；各导入会话只读写自己的行（pc），导入结束即删去';
COMMENT ON COLUMN gl.drhc.pc IS '导入会话的服务进程号（pg_backend_pid()）：同时导入的会话互不干扰';
COMMENT ON COLUMN gl.drhc.hh IS '文件中的行号（表头为第 1 行）';
COMMENT ON COLUMN gl.drhc.c1 IS '第 1 列（交易端 fwbm；登记端 bdcdyh）';
COMMENT ON COLUMN gl.drhc.xx IS '校验不通过的原因（空为合格）';
COMMENT ON COLUMN gl.drhc.bg IS '并入方式：新增 / 更新；空为未变或不合格';
