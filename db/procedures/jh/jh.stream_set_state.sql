-- jh.stream_set_state(text, text, integer, text) → void
-- 做什么: 记录流的运行状态（running / stopped / failed），供 jydj status 与运维页在任何终端读取。
-- 规则: issue 3 第 5 项（state、失败原因）；running 时记启动时间并清除错误、重启计数不变；
--       failed 时记错误并把重启次数加一；stopped 时清除进程号。
-- 参数: p_stream 流；p_state 状态；p_pid 运行进程号；p_error 中断原因（failed 时）
-- 返回: 无
-- 错误: 22023 未知的状态
-- 调用: connector/runner.py
-- 读写表: 写 jh.lzt

CREATE OR REPLACE FUNCTION jh.stream_set_state(p_stream text, p_state text, p_pid integer, p_error text)
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
           cwxx = CASE WHEN p_state = 'failed' THEN p_error
                       WHEN p_state = 'running' THEN NULL ELSE t.cwxx END,
           cqcs = CASE WHEN p_state = 'failed' THEN t.cqcs + 1 ELSE t.cqcs END,
           gxsj = clock_timestamp()
     WHERE t.lsl = p_stream;
END;
$$;

COMMENT ON FUNCTION jh.stream_set_state(text, text, integer, text) IS
    '记录流的运行状态（running/stopped/failed）、进程号与中断原因';
