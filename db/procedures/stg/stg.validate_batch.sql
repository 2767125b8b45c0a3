-- stg.validate_batch(text, integer, text, bigint[]) → jsonb
-- 做什么: 一次校验运行：认领一批暂存行，逐条规则做集合校验，标记 合格/不合格（带全部不通过的规则），
--         把可入库的合格行写入生产表（stg.load_rows），标记 已入库。定时任务与 jydj validate 反复调用它，
--         每次一个事务；修正过程 stg.correct 用 p_ids 只处理指定的行。
-- 规则: seed §5.2.1.6（数据效检：数据库调度执行校验存储过程，合格/不合格标记；数据入库：合格数据经存储过程
--       写入生产库，不合格数据经对接工具处理后重新校验）；docs/validation.md。
--   1. 操作人记入事务级设置 jydj.czr（入库过程记录赋码人等时读 current_setting('jydj.czr', true)）。
--      本事务 work_mem 64MB（规则中的窗口排序不落盘）；PostgreSQL 上 plan_cache_mode = force_custom_plan：
--      检查过程的范围条件（规则的登记种类、来源表）按本次的值规划，走 stg.jypc 的 (djzl, lybm) 索引，
--      而不是五次调用后换成通用计划去扫全表（openGauss 无此参数，跳过）。
--      串行：pg_advisory_xact_lock(73010001)——同一时刻只有一个校验运行（两个调度器、命令行与修正并发时
--      依次进行，后者看到前者已入库的行，不会重复入库）；认领再加 FOR UPDATE SKIP LOCKED。
--   2. 认领：p_ids 为空时取 待校验 行（可限登记种类 p_djzl）按 id 前 p_limit 行（从待处理队列 stg.dcl 找），另取 合格 待入库行
--      （等所属登簿结果入库的单元行）至多 p_limit 行；p_ids 非空时取这些行中未入库的行。
--      认领的行 hg（合格）、rk（入库）取工作表的默认值 true，校验后只改不通过的与待入库的行（stg.check_and_load）。
--      登簿结果单元（dbjg_dy）行的映像叠加在所属登簿结果（同 ywh 的 dbjg 暂存行）映像之上，登记种类随它。
--   3. 校验（stg.check_and_load）：启用且适用于本批的规则按 pxh 依次调用其检查过程（stg.jygz.jcgc，
--      集合运算），不通过者记入 stg.jysb。
--      没有错误级不通过的行为合格；删除墓碑（czlx D）不校验，合格。
--   4. 入库（stg.check_and_load）：合格行中，单元行须所属登簿结果已入库或同批入库，其余合格行都入库。
--      stg.load_rows 一次写入全部；
--      它失败时（数据库拒绝，如日期无法转换、证号冲突）把本批二分重试，找出失败的行，记规则 RK00
--      「入库失败」与数据库的错误信息，标为不合格，其余行照常入库。失败的行不留下任何生产表改动（子事务回滚）。
--   5. 回写（stg.check_and_load）：已入库（rksj = now()）/ 合格（待入库）/ 不合格；
--      jyjg = 不通过的规则数组（含警告），jysj = now()。
-- 参数: p_djzl 只校验该登记种类（NULL 全部）；p_limit 每次认领的待校验行数上限（NULL 为 100000）；
--       p_czr 操作人（记入日志，如 job:validate、cli:张三）；p_ids 只处理这些暂存行（修正用，NULL 为按状态认领）
-- 返回: {"claimed", "new", "qualified", "unqualified", "loaded", "waiting", "by_rule": {规则代码: 行数}}
--       claimed 认领行数，new 其中原为待校验的行数，qualified 合格行数（含入库与待入库），loaded 已入库，
--       waiting 合格待入库，by_rule 本批每条规则不通过的行数（含警告与 RK00）
-- 错误: p_limit ≤ 0 → 22023
-- 调用: scheduler/jobs.py 的 validate 任务、jydj validate、stg.correct
-- 读写表: 读写 stg.djsj、stg.dcl、stg.jypc、stg.jysb；经 stg.check_and_load 与 stg.load_rows 写 djjg、gl、lpb、yw、outbox

CREATE OR REPLACE FUNCTION stg.validate_batch(p_djzl text, p_limit integer, p_czr text, p_ids bigint[])
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_limit  integer := coalesce(p_limit, 100000);
    v_new    bigint;
    v_lo     bigint;
    v_res    jsonb;
BEGIN
    IF v_limit <= 0 THEN
        RAISE EXCEPTION '每次认领行数 p_limit 须为正数（收到 %）', v_limit USING ERRCODE = '22023';
    END IF;
    PERFORM pg_advisory_xact_lock(73010001);
    PERFORM set_config('jydj.czr', coalesce(p_czr, current_user), true);
    PERFORM set_config('work_mem', '64MB', true);
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_settings WHERE name = 'plan_cache_mode') THEN
        PERFORM set_config('plan_cache_mode', 'force_custom_plan', true);
    END IF;
    TRUNCATE stg.jypc, stg.jysb;

    -- 2. 认领
    IF p_ids IS NULL THEN
        -- 队列中最小的 ID 作为暂存表主键扫描的起点（归并连接不必从头走过已入库的行）
        SELECT min(q.id) INTO v_lo FROM stg.dcl q WHERE q.jyzt = '待校验' AND (p_djzl IS NULL OR q.djzl = p_djzl);
        INSERT INTO stg.jypc (id, lybm, lyzj, djzl, czlx, ywh, bdcdyh, fwbm, sjnr)
        SELECT d.id, d.lybm, d.lyzj, d.djzl, d.czlx, d.ywh, d.bdcdyh, d.fwbm, d.sjnr
          FROM stg.dcl q
          JOIN stg.djsj d ON d.id = q.id
         WHERE q.jyzt = '待校验' AND (p_djzl IS NULL OR q.djzl = p_djzl) AND d.jyzt = '待校验'
           AND q.id >= v_lo AND d.id >= v_lo
         ORDER BY q.id
         LIMIT v_limit
           FOR UPDATE OF d SKIP LOCKED;
        GET DIAGNOSTICS v_new = ROW_COUNT;
        SELECT min(q.id) INTO v_lo FROM stg.dcl q WHERE q.jyzt = '合格' AND (p_djzl IS NULL OR q.djzl = p_djzl);
        INSERT INTO stg.jypc (id, lybm, lyzj, djzl, czlx, ywh, bdcdyh, fwbm, sjnr)
        SELECT d.id, d.lybm, d.lyzj, d.djzl, d.czlx, d.ywh, d.bdcdyh, d.fwbm, d.sjnr
          FROM stg.dcl q
          JOIN stg.djsj d ON d.id = q.id
         WHERE q.jyzt = '合格' AND (p_djzl IS NULL OR q.djzl = p_djzl) AND d.jyzt = '合格'
           AND q.id >= v_lo AND d.id >= v_lo
         ORDER BY q.id
         LIMIT v_limit
           FOR UPDATE OF d SKIP LOCKED;
    ELSE
        INSERT INTO stg.jypc (id, lybm, lyzj, djzl, czlx, ywh, bdcdyh, fwbm, sjnr)
        SELECT d.id, d.lybm, d.lyzj, d.djzl, d.czlx, d.ywh, d.bdcdyh, d.fwbm, d.sjnr
          FROM stg.djsj d
         WHERE d.id = ANY (p_ids) AND d.jyzt <> '已入库'
           FOR UPDATE;
        GET DIAGNOSTICS v_new = ROW_COUNT;
    END IF;

    -- 工作表刚清空，统计信息是空表的：不重新统计，规划器会对几万行选嵌套循环。
    -- 只统计检查过程用来筛选、连接的列：映像 sjnr 的统计（整个 JSON 值的高频值与直方图）用不上，却占大半时间
    ANALYZE stg.jypc (id, lybm, lyzj, djzl, czlx, ywh, bdcdyh, fwbm);
    PERFORM stg.check_and_load();

    SELECT json_build_object(
               'claimed', c.n,
               'new', v_new,
               'qualified', c.hg,
               'unqualified', c.bhg,
               'loaded', c.rk,
               'waiting', c.dr,
               'by_rule', coalesce((SELECT json_object_agg(r.gzdm, r.n)
                                      FROM (SELECT s.gzdm, count(*) AS n FROM stg.jysb s GROUP BY s.gzdm) r), '{}'))::jsonb
      INTO v_res
      FROM (SELECT count(*) AS n,
                   coalesce(sum(CASE WHEN p.hg THEN 1 ELSE 0 END), 0) AS hg,
                   coalesce(sum(CASE WHEN NOT p.hg THEN 1 ELSE 0 END), 0) AS bhg,
                   coalesce(sum(CASE WHEN p.rk THEN 1 ELSE 0 END), 0) AS rk,
                   coalesce(sum(CASE WHEN p.hg AND NOT p.rk THEN 1 ELSE 0 END), 0) AS dr
              FROM stg.jypc p) c;
    RETURN v_res;
END
$$;

COMMENT ON FUNCTION stg.validate_batch(text, integer, text, bigint[]) IS
    '一次校验运行：串行认领暂存行，按规则目录集合校验，标合格/不合格，合格行入库（失败行二分找出并记 RK00）；返回本批计数与各规则不通过行数';
