-- 修订: jy_0001_base_schema 回退
-- 做什么: 删除 jy_0001_base_schema.up.sql 建立的全部模式及其中对象（按依赖逆序，CASCADE）。
--         先回退 jy_0002_code_tables（它给本修订的表加了到 zd 的外键）。
-- 依据: 同 up（seed §5.1.1、§5.1.2、§5.2.1.5–§5.2.1.8、§5.2.2、§5.2.3、§5.2.4）。
-- 注意: std 模式中由过程文件创建的函数一并删除；升级后重新应用过程文件即可恢复。

DROP SCHEMA audit CASCADE;
DROP SCHEMA outbox CASCADE;
DROP SCHEMA stg CASCADE;
DROP SCHEMA gl CASCADE;
DROP SCHEMA djjg CASCADE;
DROP SCHEMA yw CASCADE;
DROP SCHEMA ht CASCADE;
DROP SCHEMA lpb CASCADE;
DROP SCHEMA std CASCADE;
