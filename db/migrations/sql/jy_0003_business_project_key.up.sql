-- 修订: jy_0003_business_project_key（前序 jy_0002）
-- 做什么: 给交易业务 yw.jyyw 加项目编号 xmbh：测绘入库（CHRK）业务办结时，发件箱触发器据此推送该项目的
--         楼盘表（项目、自然幢、逻辑幢、层、户）到共享交易库（seed §5.1.1、§5.2.1.5 测绘阶段）。
-- 依据: seed §5.1.1 楼盘表数据生成后……推送楼盘表数据成果到交易共享库。

ALTER TABLE yw.jyyw ADD COLUMN xmbh varchar(50);
COMMENT ON COLUMN yw.jyyw.xmbh IS '项目编号：测绘入库等按项目办理的业务所属项目（lpb.xm.xmbh）';
CREATE INDEX jyyw_xmbh_ix ON yw.jyyw (xmbh);
