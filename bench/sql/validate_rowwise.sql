-- bench_validate_rowwise(integer, integer) — the baseline of bench/validate.py (benchmark only, PostgreSQL only:
-- a PROCEDURE that commits, which the openGauss subset of db/ does not allow; it is created in a copy of the
-- benchmark database and never installed by the migrations).
-- 做什么: 逐行基线：一行一行地做与 stg.validate_batch 完全相同的校验与入库——每次只认领一行到 stg.jypc，
--         调用同一个 stg.check_and_load（同样的规则检查过程、同样的入库过程），每行提交一次
--         （不提交时本事务删除的工作表行不能清理，扫描会越来越慢，对基线不公平）。
-- 参数: p_limit 最多处理的行数；p_seconds 最长秒数；p_done 输出处理的行数
CREATE OR REPLACE PROCEDURE public.bench_validate_rowwise(p_limit integer, p_seconds integer,
                                                          INOUT p_done integer DEFAULT 0)
LANGUAGE plpgsql
AS $$
DECLARE
    v_id  bigint;
    v_end timestamptz := clock_timestamp() + make_interval(secs => p_seconds);
BEGIN
    p_done := 0;
    FOR v_id IN SELECT d.id FROM stg.djsj d WHERE d.jyzt = '待校验' ORDER BY d.id LIMIT p_limit LOOP
        PERFORM pg_advisory_xact_lock(73010001);
        PERFORM set_config('jydj.czr', 'bench:rowwise', true);
        DELETE FROM stg.jypc;
        DELETE FROM stg.jysb;
        INSERT INTO stg.jypc (id, lybm, lyzj, djzl, czlx, ywh, bdcdyh, fwbm, sjnr)
        SELECT d.id, d.lybm, d.lyzj, d.djzl, d.czlx, d.ywh, d.bdcdyh, d.fwbm, d.sjnr
          FROM stg.djsj d
         WHERE d.id = v_id
           FOR UPDATE;
        PERFORM stg.check_and_load();
        p_done := p_done + 1;
        COMMIT;
        EXIT WHEN clock_timestamp() > v_end;
    END LOOP;
END
$$;
