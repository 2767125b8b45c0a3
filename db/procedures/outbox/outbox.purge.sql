-- outbox.purge(interval) → bigint
-- 做什么: 清理发件箱：删除创建时间早于 now() - p_keep 的 outbox.fjx 行（清理任务每天调用，如保留 30 天）。
-- 规则: 发件箱只追加（触发器只 INSERT），S1 读的是插入；已推送的旧行只由本函数按保留期删除，不改写任何行。
--       删除也会出现在 S1 的 WAL 中，S1 的应用函数应忽略发件箱的删除（它们不是共享库的删除）。
--       保留期要长于 S1 可能停顿的最长时间和每日补推所需回看的窗口。一条 DELETE，走 fjx_cjsj_ix 索引。
-- 参数: p_keep 保留期（非负时间间隔，如 interval '30 days'）
-- 返回: 删除的行数
-- 错误: p_keep 为空或为负时报错（22023 invalid_parameter_value）
-- 调用: 调度任务（发件箱清理）
-- 读写表: 删 outbox.fjx

CREATE OR REPLACE FUNCTION outbox.purge(p_keep interval)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    v_n bigint;
BEGIN
    IF p_keep IS NULL OR p_keep < interval '0' THEN
        RAISE EXCEPTION '发件箱保留期必须是非负的时间间隔，收到 %', p_keep
              USING ERRCODE = '22023';
    END IF;
    DELETE FROM outbox.fjx f WHERE f.cjsj < now() - p_keep;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;

COMMENT ON FUNCTION outbox.purge(interval) IS
    '发件箱清理：删除创建时间早于 now() - p_keep 的 outbox.fjx 行并返回删除行数；p_keep 为空或为负时报错';
