-- 回退 jy_0014_steward: 删除数据对接工具的用户（操作日志 audit.czrz 保留）。
DROP SCHEMA gj CASCADE;
