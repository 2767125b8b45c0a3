-- 回退 front_0002_exchange: 删除模式 jh 交换控制及其中全部对象（表、类型、种子规则，
-- 以及之后由 db/procedures/jh/ 过程文件建在其中的函数，CASCADE）。
-- 注意: 行位置、路由决定、未转发记录、待处理行、死信与流状态一并删除，不可恢复；
--       回退前应停止流 S1–S4。
DROP SCHEMA jh CASCADE;
