-- 回退 jy_0003_business_project_key: 去掉 yw.jyyw.xmbh 及其索引。
DROP INDEX yw.jyyw_xmbh_ix;
ALTER TABLE yw.jyyw DROP COLUMN xmbh;
