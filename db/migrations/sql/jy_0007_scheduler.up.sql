-- 修订: jy_0007_scheduler（前序 jy_0006）
-- 做什么: 定时任务的存放与运行记录，放在 jy 里由 DBA 管理（issue 3 第 6 项）:
--   jh.dsrw  定时任务表：APScheduler SQLAlchemyJobStore 的表（列名、类型按其约定；jydj 写入与读取，
--            DBA 可查看 next_run_time，暂停的任务 next_run_time 为空）；
--   jh.rwjl  任务运行记录：每次运行一行（开始、结束、结果、错误），运维页与 jydj jobs list 读取。
-- 依据: seed §5.2.1.4（每天定时检查补推）、§5.2.1.6（数据库调度执行数据校验存储过程）。

CREATE TABLE jh.dsrw (
    id             varchar(191)      NOT NULL,
    next_run_time  double precision,
    job_state      bytea             NOT NULL,
    CONSTRAINT dsrw_pk PRIMARY KEY (id)
);
CREATE INDEX ix_dsrw_next_run_time ON jh.dsrw (next_run_time);
COMMENT ON TABLE jh.dsrw IS '定时任务：APScheduler 任务库（jydj run 的调度器与 jydj jobs 命令共用；列按 APScheduler 约定）';
COMMENT ON COLUMN jh.dsrw.id IS '任务名（reconcile、retry_dead_letters、purge_outbox …）';
COMMENT ON COLUMN jh.dsrw.next_run_time IS '下次运行时间（Unix 秒）；为空表示已暂停';
COMMENT ON COLUMN jh.dsrw.job_state IS '任务定义（APScheduler 序列化的触发器与参数）';

CREATE TABLE jh.rwjl (
    id      bigserial     NOT NULL,
    rwmc    varchar(100)  NOT NULL,
    kssj    timestamptz   NOT NULL,
    jssj    timestamptz   NOT NULL DEFAULT now(),
    zt      varchar(10)   NOT NULL,
    jg      jsonb,
    cwxx    text,
    jcid    integer,
    CONSTRAINT rwjl_pk PRIMARY KEY (id),
    CONSTRAINT rwjl_zt_ck CHECK (zt IN ('成功', '失败', '跳过'))
);
CREATE INDEX rwjl_rwmc_kssj_ix ON jh.rwjl (rwmc, kssj);
COMMENT ON TABLE jh.rwjl IS '任务运行记录：定时任务每次运行一行（调度器触发或 jydj jobs run 手动运行）';
COMMENT ON COLUMN jh.rwjl.id IS '记录编号';
COMMENT ON COLUMN jh.rwjl.rwmc IS '任务名';
COMMENT ON COLUMN jh.rwjl.kssj IS '开始时间';
COMMENT ON COLUMN jh.rwjl.jssj IS '结束时间';
COMMENT ON COLUMN jh.rwjl.zt IS '结果：成功 / 失败 / 跳过（另一进程正在运行同一任务）';
COMMENT ON COLUMN jh.rwjl.jg IS '运行结果（JSON，如补推报告、重试行数）';
COMMENT ON COLUMN jh.rwjl.cwxx IS '失败时的错误信息';
COMMENT ON COLUMN jh.rwjl.jcid IS '运行进程号';
