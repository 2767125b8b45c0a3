-- jh.stream_set_state(text, text, integer, text, integer) → void
-- 做什么: 记录流的运行状态（running / stopped / failed），供 jydj status 与运维页在任何终端读取。
-- 规则: issue 3 第 5 项（state、失败原因）。状态记在目标库，目标库宕机时写不进：所以运行进程在每次
--       （重新）启动时带上自启动以来的重启次数与最近一次中断原因，恢复后第一时间补记。
--       running: 记启动时间、重启次数与最近中断原因（首次启动时原因为空，保留旧值）；
--       failed: 记中断原因与重启次数；stopped: 清除进程号。
-- 参数: p_stream 流；p_state 状态；p_pid 运行进程号；p_error 最近一次中断原因（可空）；
--       p_restarts 本进程内该流的自动重启次数
-- 返回: 无
-- 错误: 22023 未知的状态
-- 调用: connector/runner.py
-- 读写表: 写 jh.lzt

CREATE OR REPLACE FUNCTION jh.stream_set_state(p_stream text, p_state text, p_pid integer, p_error text,
                                               p_restarts integer)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    IF p_state NOT IN ('running', 'stopped', 'failed') THEN
        RAISE EXCEPTION '未知的流状态 %（应为 running、stopped 或 failed）', p_state USING ERRCODE = '22023';
    END IF;
    PERFORM jh.record_stream_state(p_stream, 0, 0, 0, false, NULL, NULL);  -- makes sure the row exists
    UPDATE jh.lzt t
       SET zt = p_state,
           jcid = CASE WHEN p_state = 'stopped' THEN NULL ELSE p_pid END,
           xtsj = clock_timestamp(),
           qdsj = CASE WHEN p_state = 'running' THEN clock_timestamp() ELSE t.qdsj END,
           cwxx = coalesce(p_error, t.cwxx),
           cqcs = coalesce(p_restarts, t.cqcs),
           gxsj = clock_timestamp()
     WHERE t.lsl = p_stream;
END;
$$;

COMMENT ON FUNCTION jh.stream_set_state(text, text, integer, text, integer) IS
    '记录流的运行状态（running/stopped/failed）、进程号、重启次数与最近一次中断原因';
