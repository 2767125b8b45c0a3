-- ycsl.iso(timestamptz) → text
-- 做什么: 把时间写成一窗受理平台交换用的 ISO 8601 文本（北京时间，带 +08:00），如 2026-11-28T09:30:05+08:00。
--         推送内容的 sj、应答中的 djsj 都用它。
-- 规则: 达州市使用北京时间（无夏令时），固定写 +08:00；精确到秒。不依赖会话时区，也不依赖 to_json 对时间的格式
--       （openGauss 与 PostgreSQL 不同），各数据库结果一致。
-- 参数: p_t 时间
-- 返回: ISO 8601 文本；p_t 为空时为空
-- 错误: 无
-- 调用: ycsl.ts_xr、ycsl.sj_dy
-- 读写表: 无

CREATE OR REPLACE FUNCTION ycsl.iso(p_t timestamptz)
RETURNS text
LANGUAGE sql
STABLE
AS $$
    SELECT to_char(p_t AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS') || '+08:00'
$$;

COMMENT ON FUNCTION ycsl.iso(timestamptz) IS '时间的 ISO 8601 文本（北京时间，+08:00，精确到秒），用于一窗受理的推送与应答';
