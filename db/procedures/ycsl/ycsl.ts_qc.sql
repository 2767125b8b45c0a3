-- ycsl.ts_qc(integer) → SETOF ycsl.ts
-- 做什么: 发送程序领取到期的推送：至多 p_n 条状态 待发送、下次尝试时间已到（xcsj <= now()）的推送，按 ID 顺序，行锁
--         FOR UPDATE SKIP LOCKED（别的发送程序已领取的跳过）。同一受理号的推送按写入顺序送达：该受理号还有更早的未送达
--         （待发送）推送时，这一条不领取——每次每个受理号至多领取一条，前一条送达后下一条才轮到。
-- 规则: docs/onewindow.md「推送」。状态：待发送（新写入，或失败后等待重试）→ 已送达 | 已放弃（见 ycsl.ts_jg）。
--       已放弃的推送不再挡住同一受理号后面的推送；没有受理号的推送之间不排序。
--       用法：在一个事务中 SELECT * FROM ycsl.ts_qc(n)，逐条送达并调用 ycsl.ts_jg 记结果，然后提交；提交前行锁一直持有，
--       其他发送程序跳过这些行（它们也看得见这些行仍是待发送，所以同一受理号的后续推送也不会被领取）。
--       SKIP LOCKED 在 PostgreSQL 9.5 起可用，openGauss 也支持（openGauss-server 的回归测试 skiplocked_*）。LANGUAGE sql（返回表行类型的集合）。
-- 参数: p_n 至多领取的条数（为空或不大于 0 时不领取）
-- 返回: 领取的推送（ycsl.ts 行），按 ID 顺序；发给对方的请求编号为 'JYDJ-' || id
-- 错误: 无
-- 调用: Python 层的推送发送程序
-- 读写表: 读（加行锁）ycsl.ts

CREATE OR REPLACE FUNCTION ycsl.ts_qc(p_n integer)
RETURNS SETOF ycsl.ts
LANGUAGE sql
AS $$
    SELECT t.*
      FROM ycsl.ts t
     WHERE t.zt = '待发送' AND t.xcsj <= now()
       AND NOT EXISTS (SELECT 1 FROM ycsl.ts o WHERE o.slbh = t.slbh AND o.zt = '待发送' AND o.id < t.id)
     ORDER BY t.id
     LIMIT greatest(coalesce(p_n, 0), 0)
       FOR UPDATE SKIP LOCKED
$$;

COMMENT ON FUNCTION ycsl.ts_qc(integer) IS
    '领取到期的一窗推送（待发送且到时，按 ID，FOR UPDATE SKIP LOCKED），同一受理号有更早未送达的推送时不领取后面的';
