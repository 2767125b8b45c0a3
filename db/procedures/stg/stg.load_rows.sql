-- stg.load_rows() → jsonb
-- 做什么: 把本批要入库的行（stg.jypc.rk）写入生产表，再做数据完善。由 stg.validate_batch 在校验之后调用。
-- 规则: seed §5.2.1.6（数据入库）、§5.2.1.7 第 4 项（符合规则的数据转移至交易正式库）、§5.2.2.3 第 4–7 项
--       （数据完善）；docs/loading.md。每个入库过程一条或几条集合语句，按自然键 MERGE，重复入库不改变结果；
--       删除墓碑（czlx D）删去对应的生产行。任何一步失败都抛出，本函数的全部改动随调用者的子事务回滚。
--   1. 先 ANALYZE stg.jypc 的筛选列：工作表每次运行清空重填，规划器须知道本批各来源表、各种类的行数，否则按
--      1 行规划，与生产表的连接成为逐行全表扫描。
--   2. 一次扫描得出本批有哪些 来源表/登记种类 与有无删除墓碑：只调用有行可写的入库过程（登簿结果有删除墓碑时
--      各权利入库过程都调用，删除不分种类）；有无删除墓碑记入事务级设置 jydj.rk_sc（on/off），入库过程据此跳过
--      删除语句（每条语句都要扫描一遍工作表）。
--   3. 顺序（后者读前者写下的行）：登记业务、单元、土地 → 各类权利（房地产权先于抵押权：抵押单元取其证书号）→
--      注销（在各权利之后：注销类型与被注销单元取自已入库的权利）→ 权利人、证书、影像、收费（登记时间取自权利）→
--      房屋编码赋码 → 完善（stg.rk_wsh，读以上全部）。
--   4. 完善之前，本次写入行数不少于 1000 且多于表中原有行数（表增长一倍以上）的权利与业务表先 ANALYZE（空库首批入库后统计
--      信息为空，完善语句的连接顺序依赖它；ANALYZE 也使缓存的计划按新统计重新规划）。
-- 参数: 无
-- 返回: {入库过程名: 写入行数}（未调用的过程为 0）
-- 错误: 生产表拒绝（约束、类型转换）时抛出原错误
-- 调用: stg.validate_batch
-- 读写表: 读 stg.jypc；写 djjg.*、gl.yw_gl、lpb.h、lpb.fwbm_fp、yw.jyyw（经各入库过程）

CREATE OR REPLACE FUNCTION stg.load_rows()
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_zl    text[];
    v_sc    boolean;
    v_rkd   boolean;
    v_djyw  integer := 0;
    v_bdcdy integer := 0;
    v_td    integer := 0;
    v_fdcq  integer := 0;
    v_dyaq  integer := 0;
    v_ygdj  integer := 0;
    v_cfdj  integer := 0;
    v_yydj  integer := 0;
    v_zxdj  integer := 0;
    v_qlr   integer := 0;
    v_zs    integer := 0;
    v_yx    integer := 0;
    v_sf    integer := 0;
    v_fm    integer := 0;
    v_wsh   integer := 0;
    v_bm    text;
    v_n     integer;
BEGIN
    ANALYZE stg.jypc (lybm, djzl, czlx, rk, ywh, bdcdyh);

    SELECT coalesce(array_agg(DISTINCT CASE WHEN p.lybm = 'dbjg_dy' THEN 'dbjg' ELSE p.lybm END || '/' || p.djzl),
                    '{}'),
           coalesce(bool_or(p.czlx = 'D'), false),
           coalesce(bool_or(p.czlx = 'D' AND p.lybm IN ('dbjg', 'dbjg_dy')), false)
      INTO v_zl, v_sc, v_rkd
      FROM stg.jypc p
     WHERE p.rk;
    IF cardinality(v_zl) = 0 THEN
        RETURN '{}'::jsonb;
    END IF;
    PERFORM set_config('jydj.rk_sc', CASE WHEN v_sc THEN 'on' ELSE 'off' END, true);

    IF EXISTS (SELECT 1 FROM unnest(v_zl) AS z(zl) WHERE left(z.zl, 5) = 'gxzb/') THEN
        v_djyw := stg.rk_djyw();
    END IF;
    IF 'bdcdy/单元' = ANY (v_zl) THEN
        v_bdcdy := stg.rk_bdcdy();
    END IF;
    IF 'td/土地' = ANY (v_zl) THEN
        v_td := stg.rk_td();
    END IF;
    IF v_rkd OR 'dbjg/所有权' = ANY (v_zl) THEN
        v_fdcq := stg.rk_fdcq();
    END IF;
    IF v_rkd OR 'dbjg/抵押权' = ANY (v_zl) THEN
        v_dyaq := stg.rk_dyaq();
    END IF;
    IF v_rkd OR v_zl && ARRAY['dbjg/预告', 'dbjg/预抵押'] THEN
        v_ygdj := stg.rk_ygdj();
    END IF;
    IF v_rkd OR 'dbjg/查封' = ANY (v_zl) THEN
        v_cfdj := stg.rk_cfdj();
    END IF;
    IF v_rkd OR 'dbjg/异议' = ANY (v_zl) THEN
        v_yydj := stg.rk_yydj();
    END IF;
    IF v_rkd OR 'dbjg/注销' = ANY (v_zl) THEN
        v_zxdj := stg.rk_zxdj();
    END IF;
    IF 'qlr/权利人' = ANY (v_zl) THEN
        v_qlr := stg.rk_qlr();
    END IF;
    IF 'zs/证书' = ANY (v_zl) THEN
        v_zs := stg.rk_zs();
    END IF;
    IF 'yx/影像' = ANY (v_zl) THEN
        v_yx := stg.rk_yx();
    END IF;
    IF 'sf/收费' = ANY (v_zl) THEN
        v_sf := stg.rk_sf();
    END IF;
    IF 'fwbm_sq/赋码申请' = ANY (v_zl) THEN
        v_fm := stg.rk_fm();
    END IF;

    FOR v_bm, v_n IN
        SELECT t.bm, t.n
          FROM (VALUES ('djjg.djyw', v_djyw), ('djjg.fdcq', v_fdcq), ('djjg.dyaq', v_dyaq), ('djjg.dyaq_dy', v_dyaq),
                       ('djjg.ygdj', v_ygdj), ('djjg.cfdj', v_cfdj), ('djjg.yydj', v_yydj), ('djjg.zxdj', v_zxdj),
                       ('djjg.qlr', v_qlr), ('djjg.zs', v_zs), ('djjg.yx', v_yx)) AS t(bm, n)
          JOIN pg_catalog.pg_class c ON c.oid = t.bm::regclass
         WHERE t.n >= 1000 AND t.n > c.reltuples
    LOOP
        EXECUTE 'ANALYZE ' || v_bm;
    END LOOP;

    v_wsh := stg.rk_wsh();
    PERFORM set_config('jydj.rk_sc', '', true);
    RETURN json_build_object(
        'rk_djyw', v_djyw,
        'rk_bdcdy', v_bdcdy,
        'rk_td', v_td,
        'rk_fdcq', v_fdcq,
        'rk_dyaq', v_dyaq,
        'rk_ygdj', v_ygdj,
        'rk_cfdj', v_cfdj,
        'rk_yydj', v_yydj,
        'rk_zxdj', v_zxdj,
        'rk_qlr', v_qlr,
        'rk_zs', v_zs,
        'rk_yx', v_yx,
        'rk_sf', v_sf,
        'rk_fm', v_fm,
        'rk_wsh', v_wsh
    )::jsonb;
END
$$;

COMMENT ON FUNCTION stg.load_rows() IS
    '把本批合格行写入生产表并做数据完善（只调用有行可写的入库过程 stg.rk_*，最后调用完善过程 stg.rk_wsh）；返回各过程写入行数';
