-- 修订: front_0001_base_schema（回退；对应 front_0001_base_schema.up.sql）
-- 做什么: 删除前置库（jy_front / dj_front）的模式 share_dj 共享登记库、share_jy 共享交易库和 std，
--         连同其中全部表、索引，以及之后由过程文件建在这些模式中的函数与触发器（CASCADE）。
-- 依据: seed §5.2.1.3、§5.2.1.5、§5.2.1.7、§5.1.2（同 up）。
-- 注意: 数据不可恢复；回退前应停止 S1–S4 流（CDC 延迟为 0、写入暂停）。

DROP SCHEMA IF EXISTS share_dj CASCADE;
DROP SCHEMA IF EXISTS share_jy CASCADE;
DROP SCHEMA IF EXISTS std CASCADE;
