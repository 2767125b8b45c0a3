-- 修订: jy_0015_load_speed（前序 jy_0014）
-- 做什么: 校验入库提速（issue 4，bench/validate.py 的 1 000 000 行），不改任何数据:
--   1. 待处理队列 stg.dcl（id、jyzt、djzl，只有尚未入库的暂存行：待校验 / 合格 / 不合格）代替 stg.djsj 上的
--      (jyzt, djzl) 索引。暂存表不再有任何索引含校验状态列，回写状态（每行都要写一次）就成了 HOT 更新：不写索引项，
--      新版本留在原页（表的 fillfactor 50 给它留位置）；原先每行经 6 个索引的非 HOT 更新，百万行回写占 19 s
--      （实测：10 万行非 HOT 1.9 s，HOT 加队列删行 0.44 s）。队列由 stg.djsj 上的触发器 stg.djsj_dcl 维护
--      （db/triggers/stg/，任何写校验状态的语句都自动同步）；校验运行的回写在事务级设置 jydj.dcl = off 下
--      绕过触发器，自己以集合语句同步队列。认领「待校验行按 ID 前 N 行」从队列的 (jyzt, id) 索引取，
--      不再沿主键从头走过已处理的行（百万行时那样认领占 12.7 s）。本修订把现有未入库行填入队列。
--   2. 生产登记表 djjg.* 到字典 zd.* 的 34 个外键及其索引（jy_0002 建的 <表>_<列>_fk、<表>_<列>_ix）去掉，
--      代之以:
--      a. 入库前的代码值规则（stg.jc_zd：SYQ04、DYQ03、YG03、YDY03、CF03、YY03、ZX03、QLR03、ZS03）——
--         一批一条集合语句，而外键是每行每列一次查询加行锁（百万行实测占 12 s，另外 34 个低区分度索引
--         的维护占 8 s）；规则 YDY03 补上预抵押写入 djjg.ygdj 的 ghyt、fwxz（外键原先兜住的两列）；
--      b. 约束 stg.jygz_dmz_ck：代码值规则（检查过程 stg.jc_zd）不能停用、不能降为警告，否则外键的保证就没了；
--      c. 字典一侧：目录 zd.dmyy 记下原外键（引用表、列、代码表），触发器 zd.dm_yy（db/triggers/zd/）拒绝
--         删除或改动仍被引用的代码——与外键的 ON DELETE/UPDATE NO ACTION 相同（字典的约定本就是停用置
--         yxbz = false 而不删行）。
--      楼盘表 lpb.* 等其余表到字典的外键不动（它们不经批量入库）。
-- 依据: seed §5.2.1.6（数据效检、数据入库）；issue 4 第 8 项（1 000 000 行 ≤ 60 s）；docs/validation.md、
--       docs/benchmarks.md。
-- 说明: 只用 openGauss 兼容子集（docs/conventions.md）。fillfactor 只作用于此后写入的页；已有的大暂存表要它生效，
--       可在维护窗口 VACUUM FULL stg.djsj。

-- stg.dcl: 待处理队列
CREATE TABLE stg.dcl (
    id      bigint        NOT NULL,
    jyzt    varchar(10)   NOT NULL,
    djzl    varchar(10)   NOT NULL,
    CONSTRAINT dcl_pk PRIMARY KEY (id),
    CONSTRAINT dcl_jyzt_ck CHECK (jyzt IN ('待校验', '合格', '不合格'))
);
CREATE INDEX dcl_jyzt_id_ix ON stg.dcl (jyzt, id);
CREATE INDEX dcl_djzl_jyzt_ix ON stg.dcl (djzl, jyzt);
COMMENT ON TABLE stg.dcl IS '待处理队列：尚未入库的暂存行（stg.djsj 中校验状态为 待校验、合格、不合格 的行）及其状态与登记种类；由触发器 stg.djsj_dcl 与校验运行维护，认领、不合格队列与统计从它找行';
COMMENT ON COLUMN stg.dcl.id IS '暂存行ID（stg.djsj.id）';
COMMENT ON COLUMN stg.dcl.jyzt IS '校验状态（同 stg.djsj.jyzt）：待校验 / 合格（待入库）/ 不合格';
COMMENT ON COLUMN stg.dcl.djzl IS '登记种类（同 stg.djsj.djzl）';
INSERT INTO stg.dcl (id, jyzt, djzl)
SELECT d.id, d.jyzt, d.djzl FROM stg.djsj d WHERE d.jyzt <> '已入库';

DROP INDEX stg.djsj_jyzt_djzl_ix;

-- 校验批次：认领的行 hg、rk 先记为 true，校验后只改不合格的与待入库的行（stg.check_and_load；工作表行宽，
-- 整批改写一遍在百万行时占数秒）
ALTER TABLE stg.jypc ALTER COLUMN hg SET DEFAULT true, ALTER COLUMN rk SET DEFAULT true;
COMMENT ON COLUMN stg.jypc.hg IS '本次校验是否合格（没有不通过的错误级规则）；认领时为 true，校验后不合格的行改为 false';
COMMENT ON COLUMN stg.jypc.rk IS '本次是否入库（合格且所依赖的行已入库或同批入库）；认领时为 true，不合格与待入库的行改为 false';
ALTER TABLE stg.djsj SET (fillfactor = 50);

-- zd.dmyy: 代码引用（原 djjg → zd 外键）
CREATE TABLE zd.dmyy (
    bm      varchar(100)  NOT NULL,
    lm      varchar(100)  NOT NULL,
    dmb     varchar(100)  NOT NULL,
    CONSTRAINT dmyy_pk PRIMARY KEY (bm, lm)
);
CREATE INDEX dmyy_dmb_ix ON zd.dmyy (dmb);
COMMENT ON TABLE zd.dmyy IS '代码引用：生产登记表的代码列取自哪张代码表（jy_0015 去掉的外键）；入库前由代码值规则检查，字典一侧由触发器 zd.dm_yy 保护';
COMMENT ON COLUMN zd.dmyy.bm IS '引用表（模式.表，如 djjg.fdcq）';
COMMENT ON COLUMN zd.dmyy.lm IS '代码列';
COMMENT ON COLUMN zd.dmyy.dmb IS '代码表（模式.表，如 zd.fwyt），代码列为 dm';
INSERT INTO zd.dmyy (bm, lm, dmb) VALUES
('djjg.qlr', 'gyfs', 'zd.gyfs'),
('djjg.qlr', 'qlrlx', 'zd.qlrlx'),
('djjg.qlr', 'xb', 'zd.xb'),
('djjg.qlr', 'zjzl', 'zd.zjzl'),
('djjg.fdcq', 'djlx', 'zd.djlx'),
('djjg.fdcq', 'fwjg', 'zd.fwjg'),
('djjg.fdcq', 'fwxz', 'zd.fwxz'),
('djjg.fdcq', 'ghyt', 'zd.fwyt'),
('djjg.fdcq', 'qllx', 'zd.qllx'),
('djjg.fdcq', 'qszt', 'zd.qszt'),
('djjg.fdcq', 'qxdm', 'zd.xzqh'),
('djjg.dyaq', 'djlx', 'zd.djlx'),
('djjg.dyaq', 'dybdclx', 'zd.dybdclx'),
('djjg.dyaq', 'dyfs', 'zd.dyfs'),
('djjg.dyaq', 'qszt', 'zd.qszt'),
('djjg.dyaq', 'qxdm', 'zd.xzqh'),
('djjg.ygdj', 'djlx', 'zd.djlx'),
('djjg.ygdj', 'fwjg', 'zd.fwjg'),
('djjg.ygdj', 'fwxz', 'zd.fwxz'),
('djjg.ygdj', 'ghyt', 'zd.fwyt'),
('djjg.ygdj', 'qszt', 'zd.qszt'),
('djjg.ygdj', 'qxdm', 'zd.xzqh'),
('djjg.ygdj', 'ygdjzl', 'zd.ygdjzl'),
('djjg.ygdj', 'ywrzjzl', 'zd.zjzl'),
('djjg.cfdj', 'cflx', 'zd.cflx'),
('djjg.cfdj', 'djlx', 'zd.djlx'),
('djjg.cfdj', 'qszt', 'zd.qszt'),
('djjg.cfdj', 'qxdm', 'zd.xzqh'),
('djjg.yydj', 'djlx', 'zd.djlx'),
('djjg.yydj', 'qszt', 'zd.qszt'),
('djjg.yydj', 'qxdm', 'zd.xzqh'),
('djjg.zxdj', 'djlx', 'zd.djlx'),
('djjg.zxdj', 'qxdm', 'zd.xzqh'),
('djjg.zs', 'qxdm', 'zd.xzqh');

ALTER TABLE djjg.qlr DROP CONSTRAINT qlr_gyfs_fk;
DROP INDEX djjg.qlr_gyfs_ix;
ALTER TABLE djjg.qlr DROP CONSTRAINT qlr_qlrlx_fk;
DROP INDEX djjg.qlr_qlrlx_ix;
ALTER TABLE djjg.qlr DROP CONSTRAINT qlr_xb_fk;
DROP INDEX djjg.qlr_xb_ix;
ALTER TABLE djjg.qlr DROP CONSTRAINT qlr_zjzl_fk;
DROP INDEX djjg.qlr_zjzl_ix;
ALTER TABLE djjg.fdcq DROP CONSTRAINT fdcq_djlx_fk;
DROP INDEX djjg.fdcq_djlx_ix;
ALTER TABLE djjg.fdcq DROP CONSTRAINT fdcq_fwjg_fk;
DROP INDEX djjg.fdcq_fwjg_ix;
ALTER TABLE djjg.fdcq DROP CONSTRAINT fdcq_fwxz_fk;
DROP INDEX djjg.fdcq_fwxz_ix;
ALTER TABLE djjg.fdcq DROP CONSTRAINT fdcq_ghyt_fk;
DROP INDEX djjg.fdcq_ghyt_ix;
ALTER TABLE djjg.fdcq DROP CONSTRAINT fdcq_qllx_fk;
DROP INDEX djjg.fdcq_qllx_ix;
ALTER TABLE djjg.fdcq DROP CONSTRAINT fdcq_qszt_fk;
DROP INDEX djjg.fdcq_qszt_ix;
ALTER TABLE djjg.fdcq DROP CONSTRAINT fdcq_qxdm_fk;
DROP INDEX djjg.fdcq_qxdm_ix;
ALTER TABLE djjg.dyaq DROP CONSTRAINT dyaq_djlx_fk;
DROP INDEX djjg.dyaq_djlx_ix;
ALTER TABLE djjg.dyaq DROP CONSTRAINT dyaq_dybdclx_fk;
DROP INDEX djjg.dyaq_dybdclx_ix;
ALTER TABLE djjg.dyaq DROP CONSTRAINT dyaq_dyfs_fk;
DROP INDEX djjg.dyaq_dyfs_ix;
ALTER TABLE djjg.dyaq DROP CONSTRAINT dyaq_qszt_fk;
DROP INDEX djjg.dyaq_qszt_ix;
ALTER TABLE djjg.dyaq DROP CONSTRAINT dyaq_qxdm_fk;
DROP INDEX djjg.dyaq_qxdm_ix;
ALTER TABLE djjg.ygdj DROP CONSTRAINT ygdj_djlx_fk;
DROP INDEX djjg.ygdj_djlx_ix;
ALTER TABLE djjg.ygdj DROP CONSTRAINT ygdj_fwjg_fk;
DROP INDEX djjg.ygdj_fwjg_ix;
ALTER TABLE djjg.ygdj DROP CONSTRAINT ygdj_fwxz_fk;
DROP INDEX djjg.ygdj_fwxz_ix;
ALTER TABLE djjg.ygdj DROP CONSTRAINT ygdj_ghyt_fk;
DROP INDEX djjg.ygdj_ghyt_ix;
ALTER TABLE djjg.ygdj DROP CONSTRAINT ygdj_qszt_fk;
DROP INDEX djjg.ygdj_qszt_ix;
ALTER TABLE djjg.ygdj DROP CONSTRAINT ygdj_qxdm_fk;
DROP INDEX djjg.ygdj_qxdm_ix;
ALTER TABLE djjg.ygdj DROP CONSTRAINT ygdj_ygdjzl_fk;
DROP INDEX djjg.ygdj_ygdjzl_ix;
ALTER TABLE djjg.ygdj DROP CONSTRAINT ygdj_ywrzjzl_fk;
DROP INDEX djjg.ygdj_ywrzjzl_ix;
ALTER TABLE djjg.cfdj DROP CONSTRAINT cfdj_cflx_fk;
DROP INDEX djjg.cfdj_cflx_ix;
ALTER TABLE djjg.cfdj DROP CONSTRAINT cfdj_djlx_fk;
DROP INDEX djjg.cfdj_djlx_ix;
ALTER TABLE djjg.cfdj DROP CONSTRAINT cfdj_qszt_fk;
DROP INDEX djjg.cfdj_qszt_ix;
ALTER TABLE djjg.cfdj DROP CONSTRAINT cfdj_qxdm_fk;
DROP INDEX djjg.cfdj_qxdm_ix;
ALTER TABLE djjg.yydj DROP CONSTRAINT yydj_djlx_fk;
DROP INDEX djjg.yydj_djlx_ix;
ALTER TABLE djjg.yydj DROP CONSTRAINT yydj_qszt_fk;
DROP INDEX djjg.yydj_qszt_ix;
ALTER TABLE djjg.yydj DROP CONSTRAINT yydj_qxdm_fk;
DROP INDEX djjg.yydj_qxdm_ix;
ALTER TABLE djjg.zxdj DROP CONSTRAINT zxdj_djlx_fk;
DROP INDEX djjg.zxdj_djlx_ix;
ALTER TABLE djjg.zxdj DROP CONSTRAINT zxdj_qxdm_fk;
DROP INDEX djjg.zxdj_qxdm_ix;
ALTER TABLE djjg.zs DROP CONSTRAINT zs_qxdm_fk;
DROP INDEX djjg.zs_qxdm_ix;

UPDATE stg.jygz
   SET zd = 'djlx,ygdjzl,ghyt,fwxz,qxdm,qszt',
       cs = '{"zd": {"djlx": "djlx", "ygdjzl": "ygdjzl", "ghyt": "fwyt", "fwxz": "fwxz", "qxdm": "xzqh", "qszt": "qszt"}}'::jsonb
 WHERE gzdm = 'YDY03';

ALTER TABLE stg.jygz ADD CONSTRAINT jygz_dmz_ck CHECK ((qy AND yzcd = '错误') OR jcgc <> 'stg.jc_zd');
COMMENT ON CONSTRAINT jygz_dmz_ck ON stg.jygz IS
    '代码值规则（stg.jc_zd）代替生产表到字典的外键（jy_0015），须启用且为错误级';
