-- 修订: front_0003_stream_runtime（前序 front_0002）；jy_0005_stream_runtime.up.sql 与本文件内容相同。
-- 做什么: 流运行所需的表与列:
--   jh.xt 心跳表（每流一行；Debezium 的 heartbeat.action.query 定时更新，使空闲源库的复制槽也推进，
--         不积压 WAL；cdc_opengauss.md §A "Heartbeats"）；
--   jh.xh 信号表（Debezium 增量快照信号，日常补推 §5.2.1.4 用；表结构按 Debezium 信号表约定）；
--   jh.lzt 加运行状态列（running/stopped/failed、进程号、存活时间、最近错误、重启次数），
--         使 jydj status 在任何终端都能从数据库读到流的状态。
-- 依据: seed §5.2.1.2–§5.2.1.5；issue 3 第 4、5 项。

CREATE TABLE jh.xt (
    lsl     varchar(10)  NOT NULL,
    xtsj    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT xt_pk PRIMARY KEY (lsl),
    CONSTRAINT xt_lsl_ck CHECK (lsl IN ('S1', 'S2', 'S3', 'S4'))
);
ALTER TABLE jh.xt REPLICA IDENTITY FULL;
COMMENT ON TABLE jh.xt IS '心跳：每流一行，由该流在源库的 Debezium 心跳语句定时更新；变更随流到达目标库，用来在空闲时确认位置、计算延迟';
COMMENT ON COLUMN jh.xt.lsl IS '流（S1–S4，主键）';
COMMENT ON COLUMN jh.xt.xtsj IS '最近一次心跳时间';
INSERT INTO jh.xt (lsl) VALUES ('S1'), ('S2'), ('S3'), ('S4');

CREATE TABLE jh.xh (
    id      varchar(42)   NOT NULL,
    type    varchar(32)   NOT NULL,
    data    varchar(2048),
    CONSTRAINT xh_pk PRIMARY KEY (id)
);
ALTER TABLE jh.xh REPLICA IDENTITY FULL;
COMMENT ON TABLE jh.xh IS '信号：写入一行即向本库上的 Debezium 引擎发信号（如 execute-snapshot 增量快照，用于补推）；列名按 Debezium 约定';
COMMENT ON COLUMN jh.xh.id IS '信号编号（主键）';
COMMENT ON COLUMN jh.xh.type IS '信号类型（execute-snapshot、stop-snapshot、pause-snapshot、resume-snapshot、log）';
COMMENT ON COLUMN jh.xh.data IS '信号内容（JSON 文本，如 {"data-collections":["share_jy.spfht"],"type":"incremental"}）';

ALTER TABLE jh.lzt ADD COLUMN zt varchar(10) NOT NULL DEFAULT 'stopped';
ALTER TABLE jh.lzt ADD COLUMN jcid integer;
ALTER TABLE jh.lzt ADD COLUMN xtsj timestamptz;
ALTER TABLE jh.lzt ADD COLUMN qdsj timestamptz;
ALTER TABLE jh.lzt ADD COLUMN cwxx text;
ALTER TABLE jh.lzt ADD COLUMN cqcs integer NOT NULL DEFAULT 0;
ALTER TABLE jh.lzt ADD CONSTRAINT lzt_zt_ck CHECK (zt IN ('running', 'stopped', 'failed'));
COMMENT ON COLUMN jh.lzt.zt IS '运行状态：running 运行中 / stopped 已停止 / failed 失败（等待自动重启）；存活时间超过 20 秒未更新的 running 视为 stopped';
COMMENT ON COLUMN jh.lzt.jcid IS '运行该流的进程号';
COMMENT ON COLUMN jh.lzt.xtsj IS '存活时间：运行进程每 5 秒更新一次';
COMMENT ON COLUMN jh.lzt.qdsj IS '最近一次启动时间';
COMMENT ON COLUMN jh.lzt.cwxx IS '最近一次中断的原因';
COMMENT ON COLUMN jh.lzt.cqcs IS '自最近一次启动以来的自动重启次数';
