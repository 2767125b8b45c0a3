-- 回退 jy_0011_api: 删除接口合作方与调用日志（调用日志随之丢失：先导出需要留存的日志）。
DROP SCHEMA jk CASCADE;
