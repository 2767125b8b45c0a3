-- 修订: front_0004_reconcile（前序 front_0003）；jy_0006_reconcile.up.sql 与本文件内容相同。
-- 做什么: 每日补推（对账，seed §5.2.1.4）的报告表 jh.btbg：每次运行每条流一行，写在该流的目标库
--         （S1、S3 在 jy_front，S2 在 dj_front，S4 在 jy），jydj status 读每流最新一行。
--         比对与补推由 db/procedures/jh/jh.reconcile_*.sql 与 connector/reconcile.py 完成（docs/reconcile.md）。
-- 依据: seed §5.2.1.4 数据完整性保障（每天定时检查、补推）；issue 3 第 7 项。
-- 说明: jh.btbg 不被任何流捕获，不设 REPLICA IDENTITY。只用 openGauss 兼容子集（docs/conventions.md）。

CREATE TABLE jh.btbg (
    id              bigserial     NOT NULL,
    lsl             varchar(10)   NOT NULL,
    kssj            timestamptz   NOT NULL DEFAULT now(),
    jssj            timestamptz,
    qsrq            date,
    sfbt            boolean       NOT NULL DEFAULT true,
    tss             integer       NOT NULL DEFAULT 1024,
    checked         bigint        NOT NULL DEFAULT 0,
    different       bigint        NOT NULL DEFAULT 0,
    missing         bigint        NOT NULL DEFAULT 0,
    extra           bigint        NOT NULL DEFAULT 0,
    held_back       bigint        NOT NULL DEFAULT 0,
    repushed        bigint        NOT NULL DEFAULT 0,
    still_missing   bigint        NOT NULL DEFAULT 0,
    zt              varchar(10)   NOT NULL DEFAULT '运行中',
    sm              text,
    mx              jsonb,
    jcid            integer,
    CONSTRAINT btbg_pk PRIMARY KEY (id),
    CONSTRAINT btbg_lsl_ck CHECK (lsl IN ('S1', 'S2', 'S3', 'S4')),
    CONSTRAINT btbg_zt_ck CHECK (zt IN ('运行中', '一致', '已补齐', '仍有缺失', '仅报告', '待应用', '失败'))
);
CREATE INDEX btbg_lsl_id_ix ON jh.btbg (lsl, id);
CREATE INDEX btbg_kssj_ix ON jh.btbg (kssj);
COMMENT ON TABLE jh.btbg IS '补推报告：每日对账（seed §5.2.1.4）每次运行每条流一行，在该流的目标库；按业务号或行主键分桶比对源与目标的哈希，补推缺失与不一致的行，记录检查、不一致、缺失、多余、有意未转发、补推与仍缺失的数量；jydj status 读每流最新一行';
COMMENT ON COLUMN jh.btbg.id IS 'ID（主键）';
COMMENT ON COLUMN jh.btbg.lsl IS '流（S1–S4）';
COMMENT ON COLUMN jh.btbg.kssj IS '开始时间';
COMMENT ON COLUMN jh.btbg.jssj IS '结束时间（运行中为空）';
COMMENT ON COLUMN jh.btbg.qsrq IS '起始日期（--since：只比对更新时间在此日零时之后的行；为空表示全部）';
COMMENT ON COLUMN jh.btbg.sfbt IS '是否补推（false 即 --no-repush：只报告）';
COMMENT ON COLUMN jh.btbg.tss IS '分桶数（按主键或业务号的哈希取模）';
COMMENT ON COLUMN jh.btbg.checked IS '检查数：比对的源行数（S1 为业务数）';
COMMENT ON COLUMN jh.btbg.different IS '不一致数：源与目标都有、内容不同的行（S1：共享主表明细行数不同或明细不全的业务）';
COMMENT ON COLUMN jh.btbg.missing IS '缺失数：源有、目标没有的行（S1：目标无共享主表的业务）；不含有意未转发的';
COMMENT ON COLUMN jh.btbg.extra IS '多余数：目标有、源没有的行（只报告，不删除）';
COMMENT ON COLUMN jh.btbg.held_back IS '有意未转发数：缺失或不一致、但按路由未转发（jh.lyjc 不转发、jh.wzf）、在待处理（jh.ddcl）或死信（jh.sx 待重试）中的行，不算缺失、不补推';
COMMENT ON COLUMN jh.btbg.repushed IS '补推数：重新发出变更的源行数（S1 为重推的业务数）';
COMMENT ON COLUMN jh.btbg.still_missing IS '仍缺失数：等待流应用补推后复查仍缺失或不一致的行；流未运行时等于补推数；只报告时等于缺失数加不一致数';
COMMENT ON COLUMN jh.btbg.zt IS '状态：运行中 / 一致（无差异）/ 已补齐（补推后复查一致）/ 仍有缺失 / 仅报告（--no-repush 且有差异）/ 待应用（已补推但流未运行）/ 失败';
COMMENT ON COLUMN jh.btbg.sm IS '说明（中文，如流未运行、失败原因）';
COMMENT ON COLUMN jh.btbg.mx IS '明细（JSON）：按表的计数与各类行主键的样例（每类最多 50 个）';
COMMENT ON COLUMN jh.btbg.jcid IS '运行对账的进程号';
