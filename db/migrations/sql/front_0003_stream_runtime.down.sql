-- 回退 jy_0005_stream_runtime / front_0003_stream_runtime: 删除心跳表、信号表与 jh.lzt 的运行状态列。
-- 回退前应停止流并删除复制槽（jydj db reset 会做）。
ALTER TABLE jh.lzt DROP CONSTRAINT lzt_zt_ck;
ALTER TABLE jh.lzt DROP COLUMN cqcs;
ALTER TABLE jh.lzt DROP COLUMN cwxx;
ALTER TABLE jh.lzt DROP COLUMN qdsj;
ALTER TABLE jh.lzt DROP COLUMN xtsj;
ALTER TABLE jh.lzt DROP COLUMN jcid;
ALTER TABLE jh.lzt DROP COLUMN zt;
DROP TABLE jh.xh;
DROP TABLE jh.xt;
