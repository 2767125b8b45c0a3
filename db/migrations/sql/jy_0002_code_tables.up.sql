-- 修订: jy_0002_code_tables（前序 jy_0001_base_schema；回退见 jy_0002_code_tables.down.sql）
-- 做什么: 建立模式 zd 字典：每种代码一张表（dm 代码主键、mc 名称、pxh、yxbz、ly 来源/版本说明、bz），
--         行政区划 zd.xzqh（达州市及所辖区县）；插入全部代码行；再给 jy_0001 生产表的代码列加
--         到 zd 的外键（<表>_<列>_fk）及其索引（<表>_<列>_ix）。暂存表 stg 不加外键。
-- 依据: seed §5.2.1.6 数据效检（登记数据须符合交易标准代码），§5.1.1 按国家标准的楼盘结构；
--       代码值见 shared/reference/domain.md §3（TD/T 1066 不动产登记数据库标准的公开实现所见值）、§6（GB/T 2260）。
-- 约定: 代码表可配置：新增代码用新修订插入行，停用代码置 yxbz = false（不删行，历史数据仍可引用）。
--       22 以上的权利类型各版本不同，收录的每行在 ly 中注明来源版本。

CREATE SCHEMA zd;
COMMENT ON SCHEMA zd IS '字典：代码表（TD/T 1066 不动产登记数据库标准代码、GB/T 2260 行政区划），每种代码一张表';

-- zd.djlx: 登记类型（DJLX）
CREATE TABLE zd.djlx (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT djlx_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.djlx IS '字典：登记类型（DJLX）';
COMMENT ON COLUMN zd.djlx.dm IS '代码（主键）';
COMMENT ON COLUMN zd.djlx.mc IS '名称';
COMMENT ON COLUMN zd.djlx.pxh IS '排序号';
COMMENT ON COLUMN zd.djlx.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.djlx.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.djlx.bz IS '备注';
INSERT INTO zd.djlx (dm, mc, pxh, ly, bz) VALUES
    ('100', '首次登记', 10, 'TD/T 1066', NULL),
    ('200', '转移登记', 20, 'TD/T 1066', NULL),
    ('300', '变更登记', 30, 'TD/T 1066', NULL),
    ('400', '注销登记', 40, 'TD/T 1066', NULL),
    ('500', '更正登记', 50, 'TD/T 1066', NULL),
    ('600', '异议登记', 60, 'TD/T 1066', NULL),
    ('700', '预告登记', 70, 'TD/T 1066', NULL),
    ('800', '查封登记', 80, 'TD/T 1066', NULL),
    ('900', '其它登记', 90, 'TD/T 1066', NULL);

-- zd.qllx: 权利类型（QLLX）
CREATE TABLE zd.qllx (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT qllx_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.qllx IS '字典：权利类型（QLLX）；1–22、99 两版一致；22 以上各版本不同，来源见 ly';
COMMENT ON COLUMN zd.qllx.dm IS '代码（主键）';
COMMENT ON COLUMN zd.qllx.mc IS '名称';
COMMENT ON COLUMN zd.qllx.pxh IS '排序号';
COMMENT ON COLUMN zd.qllx.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.qllx.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.qllx.bz IS '备注';
INSERT INTO zd.qllx (dm, mc, pxh, ly, bz) VALUES
    ('1', '集体土地所有权', 10, 'TD/T 1066', NULL),
    ('2', '国家土地所有权', 20, 'TD/T 1066', NULL),
    ('3', '国有建设用地使用权', 30, 'TD/T 1066', NULL),
    ('4', '国有建设用地使用权/房屋（构筑物）所有权', 40, 'TD/T 1066', NULL),
    ('5', '宅基地使用权', 50, 'TD/T 1066', NULL),
    ('6', '宅基地使用权/房屋所有权', 60, 'TD/T 1066', NULL),
    ('7', '集体建设用地使用权', 70, 'TD/T 1066', NULL),
    ('8', '集体建设用地使用权/房屋所有权', 80, 'TD/T 1066', NULL),
    ('9', '土地承包经营权', 90, 'TD/T 1066', NULL),
    ('10', '土地承包经营权/森林林木所有权', 100, 'TD/T 1066', NULL),
    ('11', '林地使用权', 110, 'TD/T 1066', NULL),
    ('12', '林地使用权/森林林木使用权', 120, 'TD/T 1066', NULL),
    ('13', '草原使用权', 130, 'TD/T 1066', NULL),
    ('14', '水域滩涂养殖权', 140, 'TD/T 1066', NULL),
    ('15', '海域使用权', 150, 'TD/T 1066', NULL),
    ('16', '海域使用权/构（建）筑物所有权', 160, 'TD/T 1066', NULL),
    ('17', '无居民海岛使用权', 170, 'TD/T 1066', NULL),
    ('18', '无居民海岛使用权/构（建）筑物所有权', 180, 'TD/T 1066', NULL),
    ('19', '地役权', 190, 'TD/T 1066', NULL),
    ('20', '取水权', 200, 'TD/T 1066', NULL),
    ('21', '探矿权', 210, 'TD/T 1066', NULL),
    ('22', '采矿权', 220, 'TD/T 1066', NULL),
    ('37', '抵押权', 230, 'TD/T 1066 新版（国图实现）', '2015 试行版（超图实现）为 23；23、24、36 两版含义冲突，未收录'),
    ('93', '房屋租赁', 240, '厂商内部码（国图），非国标', NULL),
    ('94', '建筑物区分所有权业主共有部分', 250, 'TD/T 1066 新版（国图实现）', NULL),
    ('96', '预告', 260, '厂商内部码（国图），非国标', NULL),
    ('98', '查封登记注销', 270, '2015 试行版（超图实现）', NULL),
    ('99', '其它', 280, 'TD/T 1066', NULL);

-- zd.fwyt: 房屋用途（FWYT，规划用途 GHYT 同表）
CREATE TABLE zd.fwyt (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    sjdm    varchar(10),
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT fwyt_pk PRIMARY KEY (dm),
    CONSTRAINT fwyt_sjdm_fk FOREIGN KEY (sjdm) REFERENCES zd.fwyt (dm)
);
CREATE INDEX fwyt_sjdm_ix ON zd.fwyt (sjdm);
COMMENT ON TABLE zd.fwyt IS '字典：房屋用途（FWYT，规划用途 GHYT 同表）';
COMMENT ON COLUMN zd.fwyt.dm IS '代码（主键）';
COMMENT ON COLUMN zd.fwyt.mc IS '名称';
COMMENT ON COLUMN zd.fwyt.sjdm IS '上级代码（本表 dm，大类为空）';
COMMENT ON COLUMN zd.fwyt.pxh IS '排序号';
COMMENT ON COLUMN zd.fwyt.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.fwyt.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.fwyt.bz IS '备注';
INSERT INTO zd.fwyt (dm, mc, sjdm, pxh, ly, bz) VALUES
    ('10', '住宅', NULL, 10, 'TD/T 1066', NULL),
    ('11', '成套住宅', '10', 20, 'TD/T 1066', NULL),
    ('111', '别墅', '11', 30, 'TD/T 1066', NULL),
    ('112', '高档公寓', '11', 40, 'TD/T 1066', NULL),
    ('12', '非成套住宅', '10', 50, 'TD/T 1066', NULL),
    ('13', '集体宿舍', '10', 60, 'TD/T 1066', NULL),
    ('20', '工业交通仓储', NULL, 70, 'TD/T 1066', NULL),
    ('21', '工业', '20', 80, 'TD/T 1066', NULL),
    ('22', '公共设施', '20', 90, 'TD/T 1066', NULL),
    ('23', '铁路', '20', 100, 'TD/T 1066', NULL),
    ('24', '民航', '20', 110, 'TD/T 1066', NULL),
    ('25', '航运', '20', 120, 'TD/T 1066', NULL),
    ('26', '公共运输', '20', 130, 'TD/T 1066', NULL),
    ('27', '仓储', '20', 140, 'TD/T 1066', NULL),
    ('30', '商业金融信息', NULL, 150, 'TD/T 1066', NULL),
    ('31', '商业服务', '30', 160, 'TD/T 1066', NULL),
    ('32', '经营', '30', 170, 'TD/T 1066', NULL),
    ('33', '旅游', '30', 180, 'TD/T 1066', NULL),
    ('34', '金融保险', '30', 190, 'TD/T 1066', NULL),
    ('35', '电讯信息', '30', 200, 'TD/T 1066', NULL),
    ('40', '教育医疗卫生科研', NULL, 210, 'TD/T 1066', NULL),
    ('41', '教育', '40', 220, 'GB/T 17986.1 房屋用途分类（名称待核对原文）', NULL),
    ('42', '医疗卫生', '40', 230, 'GB/T 17986.1 房屋用途分类（名称待核对原文）', NULL),
    ('43', '科研', '40', 240, 'GB/T 17986.1 房屋用途分类（名称待核对原文）', NULL),
    ('50', '文化娱乐体育', NULL, 250, 'TD/T 1066', NULL),
    ('51', '文化', '50', 260, 'GB/T 17986.1 房屋用途分类（名称待核对原文）', NULL),
    ('52', '新闻', '50', 270, 'GB/T 17986.1 房屋用途分类（名称待核对原文）', NULL),
    ('53', '娱乐', '50', 280, 'GB/T 17986.1 房屋用途分类（名称待核对原文）', NULL),
    ('54', '园林绿化', '50', 290, 'GB/T 17986.1 房屋用途分类（名称待核对原文）', NULL),
    ('55', '体育', '50', 300, 'GB/T 17986.1 房屋用途分类（名称待核对原文）', NULL),
    ('60', '办公', NULL, 310, 'TD/T 1066', NULL),
    ('70', '军事', NULL, 320, 'TD/T 1066', NULL),
    ('80', '其它', NULL, 330, 'TD/T 1066', NULL),
    ('81', '涉外', '80', 340, 'TD/T 1066', NULL),
    ('82', '宗教', '80', 350, 'TD/T 1066', NULL),
    ('83', '监狱', '80', 360, 'TD/T 1066', NULL),
    ('84', '物管用房', '80', 370, 'TD/T 1066', NULL),
    ('85', '车位', '80', 380, '地方实践（司法查控字典）', NULL);

-- zd.fwlx: 房屋类型（FWLX）
CREATE TABLE zd.fwlx (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT fwlx_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.fwlx IS '字典：房屋类型（FWLX）';
COMMENT ON COLUMN zd.fwlx.dm IS '代码（主键）';
COMMENT ON COLUMN zd.fwlx.mc IS '名称';
COMMENT ON COLUMN zd.fwlx.pxh IS '排序号';
COMMENT ON COLUMN zd.fwlx.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.fwlx.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.fwlx.bz IS '备注';
INSERT INTO zd.fwlx (dm, mc, pxh, ly, bz) VALUES
    ('1', '住宅', 10, 'TD/T 1066', NULL),
    ('2', '商业用房', 20, 'TD/T 1066', NULL),
    ('3', '办公用房', 30, 'TD/T 1066', NULL),
    ('4', '工业用房', 40, 'TD/T 1066', NULL),
    ('5', '仓储用房', 50, 'TD/T 1066', NULL),
    ('6', '车库', 60, 'TD/T 1066', NULL),
    ('99', '其它', 70, 'TD/T 1066', NULL);

-- zd.fwjg: 房屋结构（FWJG）
CREATE TABLE zd.fwjg (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT fwjg_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.fwjg IS '字典：房屋结构（FWJG）';
COMMENT ON COLUMN zd.fwjg.dm IS '代码（主键）';
COMMENT ON COLUMN zd.fwjg.mc IS '名称';
COMMENT ON COLUMN zd.fwjg.pxh IS '排序号';
COMMENT ON COLUMN zd.fwjg.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.fwjg.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.fwjg.bz IS '备注';
INSERT INTO zd.fwjg (dm, mc, pxh, ly, bz) VALUES
    ('1', '钢结构', 10, 'TD/T 1066', NULL),
    ('2', '钢和钢筋混凝土结构', 20, 'TD/T 1066', NULL),
    ('3', '钢筋混凝土结构', 30, 'TD/T 1066', NULL),
    ('4', '混合结构', 40, 'TD/T 1066', NULL),
    ('5', '砖木结构', 50, 'TD/T 1066', NULL),
    ('6', '其它结构', 60, 'TD/T 1066', NULL);

-- zd.fwxz: 房屋性质（FWXZ）
CREATE TABLE zd.fwxz (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT fwxz_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.fwxz IS '字典：房屋性质（FWXZ）';
COMMENT ON COLUMN zd.fwxz.dm IS '代码（主键）';
COMMENT ON COLUMN zd.fwxz.mc IS '名称';
COMMENT ON COLUMN zd.fwxz.pxh IS '排序号';
COMMENT ON COLUMN zd.fwxz.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.fwxz.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.fwxz.bz IS '备注';
INSERT INTO zd.fwxz (dm, mc, pxh, ly, bz) VALUES
    ('0', '市场化商品房', 10, 'TD/T 1066', NULL),
    ('1', '动迁房', 20, 'TD/T 1066', NULL),
    ('2', '配套商品房', 30, 'TD/T 1066', NULL),
    ('3', '公共租赁住房', 40, 'TD/T 1066', NULL),
    ('4', '廉租住房', 50, 'TD/T 1066', NULL),
    ('5', '限价普通商品住房', 60, 'TD/T 1066', NULL),
    ('6', '经济适用住房', 70, 'TD/T 1066', NULL),
    ('7', '定销商品房', 80, 'TD/T 1066', NULL),
    ('8', '集资建房', 90, 'TD/T 1066', NULL),
    ('9', '福利房', 100, 'TD/T 1066', NULL),
    ('99', '其它', 110, 'TD/T 1066', NULL);

-- zd.zjzl: 证件种类（ZJZL）
CREATE TABLE zd.zjzl (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT zjzl_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.zjzl IS '字典：证件种类（ZJZL）；8 统一社会信用代码为本地扩展';
COMMENT ON COLUMN zd.zjzl.dm IS '代码（主键）';
COMMENT ON COLUMN zd.zjzl.mc IS '名称';
COMMENT ON COLUMN zd.zjzl.pxh IS '排序号';
COMMENT ON COLUMN zd.zjzl.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.zjzl.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.zjzl.bz IS '备注';
INSERT INTO zd.zjzl (dm, mc, pxh, ly, bz) VALUES
    ('1', '身份证', 10, 'TD/T 1066', NULL),
    ('2', '港澳台身份证', 20, 'TD/T 1066', NULL),
    ('3', '护照', 30, 'TD/T 1066', NULL),
    ('4', '户口簿', 40, 'TD/T 1066', NULL),
    ('5', '军官证（士兵证）', 50, 'TD/T 1066', NULL),
    ('6', '组织机构代码', 60, 'TD/T 1066', NULL),
    ('7', '营业执照', 70, 'TD/T 1066', NULL),
    ('8', '统一社会信用代码', 80, '本地扩展（达州），非国标', '国标无此码；企业、机关等以统一社会信用代码为证件时使用'),
    ('99', '其它', 90, 'TD/T 1066', NULL);

-- zd.qlrlx: 权利人类型（QLRLX）
CREATE TABLE zd.qlrlx (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT qlrlx_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.qlrlx IS '字典：权利人类型（QLRLX）';
COMMENT ON COLUMN zd.qlrlx.dm IS '代码（主键）';
COMMENT ON COLUMN zd.qlrlx.mc IS '名称';
COMMENT ON COLUMN zd.qlrlx.pxh IS '排序号';
COMMENT ON COLUMN zd.qlrlx.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.qlrlx.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.qlrlx.bz IS '备注';
INSERT INTO zd.qlrlx (dm, mc, pxh, ly, bz) VALUES
    ('1', '个人', 10, 'TD/T 1066', NULL),
    ('2', '企业', 20, 'TD/T 1066', NULL),
    ('3', '事业单位', 30, 'TD/T 1066', NULL),
    ('4', '国家机关', 40, 'TD/T 1066', NULL),
    ('99', '其它', 50, 'TD/T 1066', NULL);

-- zd.gyfs: 共有方式（GYFS）
CREATE TABLE zd.gyfs (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT gyfs_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.gyfs IS '字典：共有方式（GYFS）';
COMMENT ON COLUMN zd.gyfs.dm IS '代码（主键）';
COMMENT ON COLUMN zd.gyfs.mc IS '名称';
COMMENT ON COLUMN zd.gyfs.pxh IS '排序号';
COMMENT ON COLUMN zd.gyfs.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.gyfs.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.gyfs.bz IS '备注';
INSERT INTO zd.gyfs (dm, mc, pxh, ly, bz) VALUES
    ('0', '单独所有', 10, 'TD/T 1066', NULL),
    ('1', '共同共有', 20, 'TD/T 1066', NULL),
    ('2', '按份共有', 30, 'TD/T 1066', NULL),
    ('3', '其它共有', 40, 'TD/T 1066', NULL);

-- zd.dyfs: 抵押方式（DYFS）
CREATE TABLE zd.dyfs (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT dyfs_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.dyfs IS '字典：抵押方式（DYFS）';
COMMENT ON COLUMN zd.dyfs.dm IS '代码（主键）';
COMMENT ON COLUMN zd.dyfs.mc IS '名称';
COMMENT ON COLUMN zd.dyfs.pxh IS '排序号';
COMMENT ON COLUMN zd.dyfs.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.dyfs.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.dyfs.bz IS '备注';
INSERT INTO zd.dyfs (dm, mc, pxh, ly, bz) VALUES
    ('1', '一般抵押', 10, 'TD/T 1066', NULL),
    ('2', '最高额抵押', 20, 'TD/T 1066', NULL);

-- zd.dybdclx: 抵押不动产类型（DYBDCLX）
CREATE TABLE zd.dybdclx (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT dybdclx_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.dybdclx IS '字典：抵押不动产类型（DYBDCLX）';
COMMENT ON COLUMN zd.dybdclx.dm IS '代码（主键）';
COMMENT ON COLUMN zd.dybdclx.mc IS '名称';
COMMENT ON COLUMN zd.dybdclx.pxh IS '排序号';
COMMENT ON COLUMN zd.dybdclx.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.dybdclx.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.dybdclx.bz IS '备注';
INSERT INTO zd.dybdclx (dm, mc, pxh, ly, bz) VALUES
    ('1', '土地', 10, 'TD/T 1066', NULL),
    ('2', '土地和房屋', 20, 'TD/T 1066', NULL),
    ('3', '林地和林木', 30, 'TD/T 1066', NULL),
    ('4', '土地和在建建筑物', 40, 'TD/T 1066', NULL),
    ('5', '海域', 50, 'TD/T 1066', NULL),
    ('6', '海域和构筑物', 60, 'TD/T 1066', NULL),
    ('7', '其它', 70, 'TD/T 1066', NULL);

-- zd.ygdjzl: 预告登记种类（YGDJZL）
CREATE TABLE zd.ygdjzl (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT ygdjzl_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.ygdjzl IS '字典：预告登记种类（YGDJZL）';
COMMENT ON COLUMN zd.ygdjzl.dm IS '代码（主键）';
COMMENT ON COLUMN zd.ygdjzl.mc IS '名称';
COMMENT ON COLUMN zd.ygdjzl.pxh IS '排序号';
COMMENT ON COLUMN zd.ygdjzl.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.ygdjzl.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.ygdjzl.bz IS '备注';
INSERT INTO zd.ygdjzl (dm, mc, pxh, ly, bz) VALUES
    ('1', '预售商品房买卖预告登记', 10, 'TD/T 1066', NULL),
    ('2', '其它不动产买卖预告登记', 20, 'TD/T 1066', NULL),
    ('3', '预售商品房抵押权预告登记', 30, 'TD/T 1066', NULL),
    ('4', '其它不动产抵押权预告登记', 40, 'TD/T 1066', NULL);

-- zd.cflx: 查封类型（CFLX）
CREATE TABLE zd.cflx (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT cflx_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.cflx IS '字典：查封类型（CFLX）';
COMMENT ON COLUMN zd.cflx.dm IS '代码（主键）';
COMMENT ON COLUMN zd.cflx.mc IS '名称';
COMMENT ON COLUMN zd.cflx.pxh IS '排序号';
COMMENT ON COLUMN zd.cflx.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.cflx.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.cflx.bz IS '备注';
INSERT INTO zd.cflx (dm, mc, pxh, ly, bz) VALUES
    ('1', '查封', 10, 'TD/T 1066', NULL),
    ('2', '轮候查封', 20, 'TD/T 1066', NULL),
    ('3', '预查封', 30, 'TD/T 1066', NULL),
    ('4', '轮候预查封', 40, 'TD/T 1066', NULL),
    ('5', '续封', 50, '2015 试行版（超图实现）', NULL);

-- zd.qszt: 权属状态（QSZT）
CREATE TABLE zd.qszt (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT qszt_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.qszt IS '字典：权属状态（QSZT）';
COMMENT ON COLUMN zd.qszt.dm IS '代码（主键）';
COMMENT ON COLUMN zd.qszt.mc IS '名称';
COMMENT ON COLUMN zd.qszt.pxh IS '排序号';
COMMENT ON COLUMN zd.qszt.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.qszt.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.qszt.bz IS '备注';
INSERT INTO zd.qszt (dm, mc, pxh, ly, bz) VALUES
    ('0', '临时', 10, 'TD/T 1066', NULL),
    ('1', '现势', 20, 'TD/T 1066', NULL),
    ('2', '历史', 30, 'TD/T 1066', NULL),
    ('3', '终止', 40, 'TD/T 1066', NULL);

-- zd.hx: 户型（HX）
CREATE TABLE zd.hx (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT hx_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.hx IS '字典：户型（HX）';
COMMENT ON COLUMN zd.hx.dm IS '代码（主键）';
COMMENT ON COLUMN zd.hx.mc IS '名称';
COMMENT ON COLUMN zd.hx.pxh IS '排序号';
COMMENT ON COLUMN zd.hx.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.hx.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.hx.bz IS '备注';
INSERT INTO zd.hx (dm, mc, pxh, ly, bz) VALUES
    ('1', '一居室', 10, 'TD/T 1066', NULL),
    ('2', '二居室', 20, 'TD/T 1066', NULL),
    ('3', '三居室', 30, 'TD/T 1066', NULL),
    ('4', '四居室', 40, 'TD/T 1066', NULL),
    ('5', '五居室', 50, 'TD/T 1066', NULL),
    ('99', '其它', 60, 'TD/T 1066', NULL);

-- zd.hxjg: 户型结构（HXJG）
CREATE TABLE zd.hxjg (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT hxjg_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.hxjg IS '字典：户型结构（HXJG）';
COMMENT ON COLUMN zd.hxjg.dm IS '代码（主键）';
COMMENT ON COLUMN zd.hxjg.mc IS '名称';
COMMENT ON COLUMN zd.hxjg.pxh IS '排序号';
COMMENT ON COLUMN zd.hxjg.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.hxjg.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.hxjg.bz IS '备注';
INSERT INTO zd.hxjg (dm, mc, pxh, ly, bz) VALUES
    ('1', '平层', 10, 'TD/T 1066', NULL),
    ('2', '错层', 20, 'TD/T 1066', NULL),
    ('3', '复式', 30, 'TD/T 1066', NULL),
    ('4', '跃层', 40, 'TD/T 1066', NULL),
    ('99', '其它', 50, 'TD/T 1066', NULL);

-- zd.jzwzt: 建筑物状态（JZWZT）
CREATE TABLE zd.jzwzt (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT jzwzt_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.jzwzt IS '字典：建筑物状态（JZWZT）';
COMMENT ON COLUMN zd.jzwzt.dm IS '代码（主键）';
COMMENT ON COLUMN zd.jzwzt.mc IS '名称';
COMMENT ON COLUMN zd.jzwzt.pxh IS '排序号';
COMMENT ON COLUMN zd.jzwzt.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.jzwzt.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.jzwzt.bz IS '备注';
INSERT INTO zd.jzwzt (dm, mc, pxh, ly, bz) VALUES
    ('1', '历史', 10, 'TD/T 1066', NULL),
    ('2', '期房', 20, 'TD/T 1066', NULL),
    ('3', '现房', 30, 'TD/T 1066', NULL),
    ('4', '虚拟', 40, 'TD/T 1066', NULL);

-- zd.mjdw: 面积单位（MJDW）
CREATE TABLE zd.mjdw (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT mjdw_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.mjdw IS '字典：面积单位（MJDW）';
COMMENT ON COLUMN zd.mjdw.dm IS '代码（主键）';
COMMENT ON COLUMN zd.mjdw.mc IS '名称';
COMMENT ON COLUMN zd.mjdw.pxh IS '排序号';
COMMENT ON COLUMN zd.mjdw.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.mjdw.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.mjdw.bz IS '备注';
INSERT INTO zd.mjdw (dm, mc, pxh, ly, bz) VALUES
    ('1', '平方米', 10, 'TD/T 1066', NULL),
    ('2', '亩', 20, 'TD/T 1066', NULL),
    ('3', '公顷', 30, 'TD/T 1066', NULL);

-- zd.xb: 性别（XB）
CREATE TABLE zd.xb (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT xb_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.xb IS '字典：性别（XB）';
COMMENT ON COLUMN zd.xb.dm IS '代码（主键）';
COMMENT ON COLUMN zd.xb.mc IS '名称';
COMMENT ON COLUMN zd.xb.pxh IS '排序号';
COMMENT ON COLUMN zd.xb.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.xb.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.xb.bz IS '备注';
INSERT INTO zd.xb (dm, mc, pxh, ly, bz) VALUES
    ('1', '男', 10, 'TD/T 1066', NULL),
    ('2', '女', 20, 'TD/T 1066', NULL),
    ('3', '不详', 30, 'TD/T 1066', '与 GB/T 2261.1 不同（其 9 为未说明）');

-- zd.ajzt: 案件状态（AJZT）
CREATE TABLE zd.ajzt (
    dm      varchar(10)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT ajzt_pk PRIMARY KEY (dm)
);
COMMENT ON TABLE zd.ajzt IS '字典：案件状态（AJZT）';
COMMENT ON COLUMN zd.ajzt.dm IS '代码（主键）';
COMMENT ON COLUMN zd.ajzt.mc IS '名称';
COMMENT ON COLUMN zd.ajzt.pxh IS '排序号';
COMMENT ON COLUMN zd.ajzt.yxbz IS '有效标志（false 为停用，历史数据仍可引用）';
COMMENT ON COLUMN zd.ajzt.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.ajzt.bz IS '备注';
INSERT INTO zd.ajzt (dm, mc, pxh, ly, bz) VALUES
    ('1', '在办', 10, 'TD/T 1066', NULL),
    ('2', '已办', 20, 'TD/T 1066', NULL),
    ('3', '暂停', 30, 'TD/T 1066', NULL),
    ('4', '不予登记', 40, 'TD/T 1066', NULL),
    ('5', '用户撤回', 50, 'TD/T 1066', NULL);

-- zd.xzqh: 行政区划（GB/T 2260）
CREATE TABLE zd.xzqh (
    dm      varchar(12)   NOT NULL,
    mc      varchar(100)  NOT NULL,
    jb      varchar(10)   NOT NULL,
    sjdm    varchar(12),
    pxh     integer       NOT NULL DEFAULT 0,
    yxbz    boolean       NOT NULL DEFAULT true,
    ly      text,
    bz      text,
    CONSTRAINT xzqh_pk PRIMARY KEY (dm),
    CONSTRAINT xzqh_sjdm_fk FOREIGN KEY (sjdm) REFERENCES zd.xzqh (dm),
    CONSTRAINT xzqh_jb_ck CHECK (jb IN ('省', '市', '市辖区', '县', '县级市'))
);
CREATE INDEX xzqh_sjdm_ix ON zd.xzqh (sjdm);
COMMENT ON TABLE zd.xzqh IS '字典：行政区划（GB/T 2260），达州市及所辖区县；区县代码 qxdm 引用本表';
COMMENT ON COLUMN zd.xzqh.dm IS '行政区划代码（主键，6位；留有余量以备乡镇街道9位代码）';
COMMENT ON COLUMN zd.xzqh.mc IS '名称';
COMMENT ON COLUMN zd.xzqh.jb IS '级别：省 / 市 / 市辖区 / 县 / 县级市';
COMMENT ON COLUMN zd.xzqh.sjdm IS '上级代码（本表 dm；达州市为空）';
COMMENT ON COLUMN zd.xzqh.pxh IS '排序号';
COMMENT ON COLUMN zd.xzqh.yxbz IS '有效标志（false 为已撤销的区划，历史数据仍可引用）';
COMMENT ON COLUMN zd.xzqh.ly IS '来源（标准及版本说明）';
COMMENT ON COLUMN zd.xzqh.bz IS '备注';
INSERT INTO zd.xzqh (dm, mc, jb, sjdm, pxh, yxbz, ly, bz) VALUES
    ('511700', '达州市', '市', NULL, 10, true, 'GB/T 2260', '1999 年设地级达州市'),
    ('511702', '通川区', '市辖区', '511700', 20, true, 'GB/T 2260', '1999 年由达川市（513001）改设'),
    ('511703', '达川区', '市辖区', '511700', 30, true, 'GB/T 2260', '2013 年由达县（511721）改设'),
    ('511722', '宣汉县', '县', '511700', 40, true, 'GB/T 2260', NULL),
    ('511723', '开江县', '县', '511700', 50, true, 'GB/T 2260', NULL),
    ('511724', '大竹县', '县', '511700', 60, true, 'GB/T 2260', NULL),
    ('511725', '渠县', '县', '511700', 70, true, 'GB/T 2260', NULL),
    ('511781', '万源市', '县级市', '511700', 80, true, 'GB/T 2260', NULL),
    ('511721', '达县', '县', '511700', 90, false, 'GB/T 2260（已撤销）', '2013 年撤销，改设达川区 511703；保留以便引用历史登记数据');

-- ======================================================================
-- 生产表代码列到 zd 的外键及索引（暂存表 stg 不加）
-- ======================================================================

-- lpb.xm
ALTER TABLE lpb.xm ADD CONSTRAINT xm_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh (dm);
CREATE INDEX xm_qxdm_ix ON lpb.xm (qxdm);

-- lpb.zrz
ALTER TABLE lpb.zrz ADD CONSTRAINT zrz_ghyt_fk FOREIGN KEY (ghyt) REFERENCES zd.fwyt (dm);
CREATE INDEX zrz_ghyt_ix ON lpb.zrz (ghyt);
ALTER TABLE lpb.zrz ADD CONSTRAINT zrz_fwjg_fk FOREIGN KEY (fwjg) REFERENCES zd.fwjg (dm);
CREATE INDEX zrz_fwjg_ix ON lpb.zrz (fwjg);
ALTER TABLE lpb.zrz ADD CONSTRAINT zrz_jzwzt_fk FOREIGN KEY (jzwzt) REFERENCES zd.jzwzt (dm);
CREATE INDEX zrz_jzwzt_ix ON lpb.zrz (jzwzt);

-- lpb.ljz
ALTER TABLE lpb.ljz ADD CONSTRAINT ljz_fwyt_fk FOREIGN KEY (fwyt) REFERENCES zd.fwyt (dm);
CREATE INDEX ljz_fwyt_ix ON lpb.ljz (fwyt);
ALTER TABLE lpb.ljz ADD CONSTRAINT ljz_fwjg_fk FOREIGN KEY (fwjg) REFERENCES zd.fwjg (dm);
CREATE INDEX ljz_fwjg_ix ON lpb.ljz (fwjg);
ALTER TABLE lpb.ljz ADD CONSTRAINT ljz_jzwzt_fk FOREIGN KEY (jzwzt) REFERENCES zd.jzwzt (dm);
CREATE INDEX ljz_jzwzt_ix ON lpb.ljz (jzwzt);

-- lpb.h
ALTER TABLE lpb.h ADD CONSTRAINT h_hx_fk FOREIGN KEY (hx) REFERENCES zd.hx (dm);
CREATE INDEX h_hx_ix ON lpb.h (hx);
ALTER TABLE lpb.h ADD CONSTRAINT h_hxjg_fk FOREIGN KEY (hxjg) REFERENCES zd.hxjg (dm);
CREATE INDEX h_hxjg_ix ON lpb.h (hxjg);
ALTER TABLE lpb.h ADD CONSTRAINT h_fwyt_fk FOREIGN KEY (fwyt) REFERENCES zd.fwyt (dm);
CREATE INDEX h_fwyt_ix ON lpb.h (fwyt);
ALTER TABLE lpb.h ADD CONSTRAINT h_fwlx_fk FOREIGN KEY (fwlx) REFERENCES zd.fwlx (dm);
CREATE INDEX h_fwlx_ix ON lpb.h (fwlx);
ALTER TABLE lpb.h ADD CONSTRAINT h_fwjg_fk FOREIGN KEY (fwjg) REFERENCES zd.fwjg (dm);
CREATE INDEX h_fwjg_ix ON lpb.h (fwjg);
ALTER TABLE lpb.h ADD CONSTRAINT h_fwxz_fk FOREIGN KEY (fwxz) REFERENCES zd.fwxz (dm);
CREATE INDEX h_fwxz_ix ON lpb.h (fwxz);
ALTER TABLE lpb.h ADD CONSTRAINT h_mjdw_fk FOREIGN KEY (mjdw) REFERENCES zd.mjdw (dm);
CREATE INDEX h_mjdw_ix ON lpb.h (mjdw);

-- ht.spfht
ALTER TABLE ht.spfht ADD CONSTRAINT spfht_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh (dm);
CREATE INDEX spfht_qxdm_ix ON ht.spfht (qxdm);

-- ht.spfht_dsr
ALTER TABLE ht.spfht_dsr ADD CONSTRAINT spfht_dsr_qlrlx_fk FOREIGN KEY (qlrlx) REFERENCES zd.qlrlx (dm);
CREATE INDEX spfht_dsr_qlrlx_ix ON ht.spfht_dsr (qlrlx);
ALTER TABLE ht.spfht_dsr ADD CONSTRAINT spfht_dsr_zjzl_fk FOREIGN KEY (zjzl) REFERENCES zd.zjzl (dm);
CREATE INDEX spfht_dsr_zjzl_ix ON ht.spfht_dsr (zjzl);
ALTER TABLE ht.spfht_dsr ADD CONSTRAINT spfht_dsr_gyfs_fk FOREIGN KEY (gyfs) REFERENCES zd.gyfs (dm);
CREATE INDEX spfht_dsr_gyfs_ix ON ht.spfht_dsr (gyfs);

-- ht.clfht
ALTER TABLE ht.clfht ADD CONSTRAINT clfht_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh (dm);
CREATE INDEX clfht_qxdm_ix ON ht.clfht (qxdm);

-- ht.clfht_dsr
ALTER TABLE ht.clfht_dsr ADD CONSTRAINT clfht_dsr_qlrlx_fk FOREIGN KEY (qlrlx) REFERENCES zd.qlrlx (dm);
CREATE INDEX clfht_dsr_qlrlx_ix ON ht.clfht_dsr (qlrlx);
ALTER TABLE ht.clfht_dsr ADD CONSTRAINT clfht_dsr_zjzl_fk FOREIGN KEY (zjzl) REFERENCES zd.zjzl (dm);
CREATE INDEX clfht_dsr_zjzl_ix ON ht.clfht_dsr (zjzl);
ALTER TABLE ht.clfht_dsr ADD CONSTRAINT clfht_dsr_gyfs_fk FOREIGN KEY (gyfs) REFERENCES zd.gyfs (dm);
CREATE INDEX clfht_dsr_gyfs_ix ON ht.clfht_dsr (gyfs);

-- ht.dyba
ALTER TABLE ht.dyba ADD CONSTRAINT dyba_dyfs_fk FOREIGN KEY (dyfs) REFERENCES zd.dyfs (dm);
CREATE INDEX dyba_dyfs_ix ON ht.dyba (dyfs);
ALTER TABLE ht.dyba ADD CONSTRAINT dyba_dyrzjzl_fk FOREIGN KEY (dyrzjzl) REFERENCES zd.zjzl (dm);
CREATE INDEX dyba_dyrzjzl_ix ON ht.dyba (dyrzjzl);
ALTER TABLE ht.dyba ADD CONSTRAINT dyba_dyqrzjzl_fk FOREIGN KEY (dyqrzjzl) REFERENCES zd.zjzl (dm);
CREATE INDEX dyba_dyqrzjzl_ix ON ht.dyba (dyqrzjzl);

-- yw.jyyw
ALTER TABLE yw.jyyw ADD CONSTRAINT jyyw_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh (dm);
CREATE INDEX jyyw_qxdm_ix ON yw.jyyw (qxdm);

-- djjg.qlr
ALTER TABLE djjg.qlr ADD CONSTRAINT qlr_zjzl_fk FOREIGN KEY (zjzl) REFERENCES zd.zjzl (dm);
CREATE INDEX qlr_zjzl_ix ON djjg.qlr (zjzl);
ALTER TABLE djjg.qlr ADD CONSTRAINT qlr_qlrlx_fk FOREIGN KEY (qlrlx) REFERENCES zd.qlrlx (dm);
CREATE INDEX qlr_qlrlx_ix ON djjg.qlr (qlrlx);
ALTER TABLE djjg.qlr ADD CONSTRAINT qlr_xb_fk FOREIGN KEY (xb) REFERENCES zd.xb (dm);
CREATE INDEX qlr_xb_ix ON djjg.qlr (xb);
ALTER TABLE djjg.qlr ADD CONSTRAINT qlr_gyfs_fk FOREIGN KEY (gyfs) REFERENCES zd.gyfs (dm);
CREATE INDEX qlr_gyfs_ix ON djjg.qlr (gyfs);

-- djjg.fdcq
ALTER TABLE djjg.fdcq ADD CONSTRAINT fdcq_djlx_fk FOREIGN KEY (djlx) REFERENCES zd.djlx (dm);
CREATE INDEX fdcq_djlx_ix ON djjg.fdcq (djlx);
ALTER TABLE djjg.fdcq ADD CONSTRAINT fdcq_qllx_fk FOREIGN KEY (qllx) REFERENCES zd.qllx (dm);
CREATE INDEX fdcq_qllx_ix ON djjg.fdcq (qllx);
ALTER TABLE djjg.fdcq ADD CONSTRAINT fdcq_ghyt_fk FOREIGN KEY (ghyt) REFERENCES zd.fwyt (dm);
CREATE INDEX fdcq_ghyt_ix ON djjg.fdcq (ghyt);
ALTER TABLE djjg.fdcq ADD CONSTRAINT fdcq_fwxz_fk FOREIGN KEY (fwxz) REFERENCES zd.fwxz (dm);
CREATE INDEX fdcq_fwxz_ix ON djjg.fdcq (fwxz);
ALTER TABLE djjg.fdcq ADD CONSTRAINT fdcq_fwjg_fk FOREIGN KEY (fwjg) REFERENCES zd.fwjg (dm);
CREATE INDEX fdcq_fwjg_ix ON djjg.fdcq (fwjg);
ALTER TABLE djjg.fdcq ADD CONSTRAINT fdcq_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh (dm);
CREATE INDEX fdcq_qxdm_ix ON djjg.fdcq (qxdm);
ALTER TABLE djjg.fdcq ADD CONSTRAINT fdcq_qszt_fk FOREIGN KEY (qszt) REFERENCES zd.qszt (dm);
CREATE INDEX fdcq_qszt_ix ON djjg.fdcq (qszt);

-- djjg.dyaq
ALTER TABLE djjg.dyaq ADD CONSTRAINT dyaq_djlx_fk FOREIGN KEY (djlx) REFERENCES zd.djlx (dm);
CREATE INDEX dyaq_djlx_ix ON djjg.dyaq (djlx);
ALTER TABLE djjg.dyaq ADD CONSTRAINT dyaq_dybdclx_fk FOREIGN KEY (dybdclx) REFERENCES zd.dybdclx (dm);
CREATE INDEX dyaq_dybdclx_ix ON djjg.dyaq (dybdclx);
ALTER TABLE djjg.dyaq ADD CONSTRAINT dyaq_dyfs_fk FOREIGN KEY (dyfs) REFERENCES zd.dyfs (dm);
CREATE INDEX dyaq_dyfs_ix ON djjg.dyaq (dyfs);
ALTER TABLE djjg.dyaq ADD CONSTRAINT dyaq_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh (dm);
CREATE INDEX dyaq_qxdm_ix ON djjg.dyaq (qxdm);
ALTER TABLE djjg.dyaq ADD CONSTRAINT dyaq_qszt_fk FOREIGN KEY (qszt) REFERENCES zd.qszt (dm);
CREATE INDEX dyaq_qszt_ix ON djjg.dyaq (qszt);

-- djjg.ygdj
ALTER TABLE djjg.ygdj ADD CONSTRAINT ygdj_ygdjzl_fk FOREIGN KEY (ygdjzl) REFERENCES zd.ygdjzl (dm);
CREATE INDEX ygdj_ygdjzl_ix ON djjg.ygdj (ygdjzl);
ALTER TABLE djjg.ygdj ADD CONSTRAINT ygdj_djlx_fk FOREIGN KEY (djlx) REFERENCES zd.djlx (dm);
CREATE INDEX ygdj_djlx_ix ON djjg.ygdj (djlx);
ALTER TABLE djjg.ygdj ADD CONSTRAINT ygdj_ywrzjzl_fk FOREIGN KEY (ywrzjzl) REFERENCES zd.zjzl (dm);
CREATE INDEX ygdj_ywrzjzl_ix ON djjg.ygdj (ywrzjzl);
ALTER TABLE djjg.ygdj ADD CONSTRAINT ygdj_ghyt_fk FOREIGN KEY (ghyt) REFERENCES zd.fwyt (dm);
CREATE INDEX ygdj_ghyt_ix ON djjg.ygdj (ghyt);
ALTER TABLE djjg.ygdj ADD CONSTRAINT ygdj_fwxz_fk FOREIGN KEY (fwxz) REFERENCES zd.fwxz (dm);
CREATE INDEX ygdj_fwxz_ix ON djjg.ygdj (fwxz);
ALTER TABLE djjg.ygdj ADD CONSTRAINT ygdj_fwjg_fk FOREIGN KEY (fwjg) REFERENCES zd.fwjg (dm);
CREATE INDEX ygdj_fwjg_ix ON djjg.ygdj (fwjg);
ALTER TABLE djjg.ygdj ADD CONSTRAINT ygdj_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh (dm);
CREATE INDEX ygdj_qxdm_ix ON djjg.ygdj (qxdm);
ALTER TABLE djjg.ygdj ADD CONSTRAINT ygdj_qszt_fk FOREIGN KEY (qszt) REFERENCES zd.qszt (dm);
CREATE INDEX ygdj_qszt_ix ON djjg.ygdj (qszt);

-- djjg.cfdj
ALTER TABLE djjg.cfdj ADD CONSTRAINT cfdj_djlx_fk FOREIGN KEY (djlx) REFERENCES zd.djlx (dm);
CREATE INDEX cfdj_djlx_ix ON djjg.cfdj (djlx);
ALTER TABLE djjg.cfdj ADD CONSTRAINT cfdj_cflx_fk FOREIGN KEY (cflx) REFERENCES zd.cflx (dm);
CREATE INDEX cfdj_cflx_ix ON djjg.cfdj (cflx);
ALTER TABLE djjg.cfdj ADD CONSTRAINT cfdj_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh (dm);
CREATE INDEX cfdj_qxdm_ix ON djjg.cfdj (qxdm);
ALTER TABLE djjg.cfdj ADD CONSTRAINT cfdj_qszt_fk FOREIGN KEY (qszt) REFERENCES zd.qszt (dm);
CREATE INDEX cfdj_qszt_ix ON djjg.cfdj (qszt);

-- djjg.yydj
ALTER TABLE djjg.yydj ADD CONSTRAINT yydj_djlx_fk FOREIGN KEY (djlx) REFERENCES zd.djlx (dm);
CREATE INDEX yydj_djlx_ix ON djjg.yydj (djlx);
ALTER TABLE djjg.yydj ADD CONSTRAINT yydj_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh (dm);
CREATE INDEX yydj_qxdm_ix ON djjg.yydj (qxdm);
ALTER TABLE djjg.yydj ADD CONSTRAINT yydj_qszt_fk FOREIGN KEY (qszt) REFERENCES zd.qszt (dm);
CREATE INDEX yydj_qszt_ix ON djjg.yydj (qszt);

-- djjg.zxdj
ALTER TABLE djjg.zxdj ADD CONSTRAINT zxdj_djlx_fk FOREIGN KEY (djlx) REFERENCES zd.djlx (dm);
CREATE INDEX zxdj_djlx_ix ON djjg.zxdj (djlx);
ALTER TABLE djjg.zxdj ADD CONSTRAINT zxdj_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh (dm);
CREATE INDEX zxdj_qxdm_ix ON djjg.zxdj (qxdm);

-- djjg.zs
ALTER TABLE djjg.zs ADD CONSTRAINT zs_qxdm_fk FOREIGN KEY (qxdm) REFERENCES zd.xzqh (dm);
CREATE INDEX zs_qxdm_ix ON djjg.zs (qxdm);
