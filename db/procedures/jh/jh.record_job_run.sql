-- jh.record_job_run(text, timestamptz, text, jsonb, text, integer) → bigint
-- 做什么: 记下定时任务的一次运行（任务运行记录 jh.rwjl），运维页与 jydj jobs list 读取最近一次。
-- 规则: issue 3 第 6 项（每个任务只调用过程、可重复运行；运行情况可查）；seed §5.2.1.4。
-- 参数: p_name 任务名；p_started 开始时间；p_status 成功/失败/跳过；p_result 结果 JSON；
--       p_error 错误信息；p_pid 进程号
-- 返回: 新记录编号
-- 错误: 23514 结果不是 成功/失败/跳过（检查约束）
-- 调用: scheduler/jobs.py
-- 读写表: 写 jh.rwjl

CREATE OR REPLACE FUNCTION jh.record_job_run(p_name text, p_started timestamptz, p_status text, p_result jsonb,
                                             p_error text, p_pid integer)
RETURNS bigint
LANGUAGE sql
AS $$
INSERT INTO jh.rwjl (rwmc, kssj, jssj, zt, jg, cwxx, jcid)
VALUES (p_name, p_started, clock_timestamp(), p_status, p_result, p_error, p_pid)
RETURNING id
$$;

COMMENT ON FUNCTION jh.record_job_run(text, timestamptz, text, jsonb, text, integer) IS
    '记下定时任务的一次运行（开始、结束、结果、错误）';
