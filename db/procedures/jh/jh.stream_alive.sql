-- jh.stream_alive(text, integer) → void
-- 做什么: 运行中的流每 5 秒报一次存活；进程被杀（SIGKILL）后存活时间停止更新，
--         jydj status 据此把超过 20 秒未更新的 running 报为 stopped。
-- 规则: issue 3 第 5 项（state 在任何终端可读）。
-- 参数: p_stream 流；p_pid 运行进程号
-- 返回: 无
-- 错误: 无
-- 调用: connector/runner.py
-- 读写表: 写 jh.lzt

CREATE OR REPLACE FUNCTION jh.stream_alive(p_stream text, p_pid integer)
RETURNS void
LANGUAGE sql
AS $$
UPDATE jh.lzt SET xtsj = clock_timestamp(), jcid = p_pid WHERE lsl = p_stream AND zt <> 'stopped'
$$;

COMMENT ON FUNCTION jh.stream_alive(text, integer) IS '运行中的流报存活（每 5 秒），进程被杀后状态据此判为 stopped';
