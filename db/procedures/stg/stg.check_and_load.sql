-- stg.check_and_load() → void
-- 做什么: 校验并入库 stg.jypc 中已认领的暂存行：叠加单元行的所属登簿结果映像，逐条规则集合校验，
--         定出合格与可入库的行，调用 stg.load_rows 入库（失败时二分找出失败的行），最后回写 stg.djsj 的状态。
--         stg.validate_batch 认领一批后调用它；基准 bench/validate.py 的逐行基线每认领一行调用一次。
-- 规则: seed §5.2.1.6；docs/validation.md。步骤（见 stg.validate_batch 头注释第 3–5 步）:
--   单元行（dbjg_dy）的映像叠加在所属登簿结果（同 ywh 的 dbjg 暂存行）映像之上，登记种类随它；
--   启用且适用于本批的规则按 pxh 依次调用其检查过程（stg.jygz.jcgc），不通过者记入 stg.jysb；
--   没有错误级不通过的行为合格（删除墓碑不校验）；合格行中单元行须所属登簿结果已入库或同批合格，其余都入库。
--   认领时每行 hg、rk 为 true（工作表的列默认值），校验后只改不合格的行与待入库的单元行：工作表的行带着
--   整个映像，整批改写一遍（原先两遍）在百万行时占数秒；
--   stg.load_rows 失败时把可入库的行二分重试，失败的单行记规则 RK00「入库失败」与数据库错误信息、标为不合格，
--   其改动随子事务回滚；其余行照常入库；
--   回写：已入库（rksj = now()）/ 合格（待入库）/ 不合格；jyjg = 不通过的规则数组（含警告），jysj = now()。
--   回写语句加本批的 ID 范围条件：暂存表的主键扫描从本批最小 ID 开始，而不是从头走过已处理的行及其旧版本。
--   回写在 jydj.dcl = off 下进行（触发器 stg.djsj_dcl 不逐行同步），随后以集合语句同步待处理队列 stg.dcl：
--   入库的行出队，合格待入库与不合格的行记下状态。
-- 参数: 无（读写 stg.jypc、stg.jysb；调用者已持有咨询锁 73010001 并锁住这些暂存行）
-- 返回: 无
-- 错误: 无（入库失败被隔离为 RK00）；检查过程本身出错时抛出
-- 调用: stg.validate_batch；bench/validate.py 的逐行基线
-- 读写表: 读写 stg.jypc、stg.jysb、stg.djsj、stg.dcl；读 stg.jygz；经 stg.load_rows 写生产表

CREATE OR REPLACE FUNCTION stg.check_and_load()
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    v_gz     stg.jygz%ROWTYPE;
    v_ids    bigint[];
    v_lo     integer[];
    v_hi     integer[];
    v_a      integer;
    v_b      integer;
    v_m      integer;
    v_min    bigint;
    v_max    bigint;
BEGIN
    -- 单元行叠加所属登簿结果的映像与种类
    UPDATE stg.jypc p
       SET sjnr = f.sjnr || p.sjnr, djzl = f.djzl, fzt = f.jyzt
      FROM stg.djsj f
     WHERE p.lybm = 'dbjg_dy' AND f.lybm = 'dbjg' AND f.ywh = p.ywh;

    -- 校验：每条规则一次集合调用（适用与否按本批出现的 登记种类/来源表 组合判断，工作表只扫一遍）
    FOR v_gz IN
        SELECT g.* FROM stg.jygz g
         WHERE g.qy
           AND g.gzdm IN (SELECT a.gzdm
                            FROM stg.jygz a
                            JOIN (SELECT DISTINCT p.djzl, p.lybm FROM stg.jypc p) z
                              ON (a.djzl IS NULL OR z.djzl = a.djzl) AND (a.lybm IS NULL OR z.lybm = a.lybm))
         ORDER BY g.pxh, g.gzdm
    LOOP
        EXECUTE format('INSERT INTO stg.jysb (id, gzdm, xx) SELECT t.id, $1, min(t.xx) FROM %s($2) t GROUP BY t.id',
                       v_gz.jcgc)
          USING v_gz.gzdm, row_to_json(v_gz)::jsonb;
    END LOOP;

    -- 合格与入库：认领时两者暂记为 true，这里只改不合格的行与待入库的单元行（工作表行宽，整批改写代价大）
    ANALYZE stg.jysb;
    UPDATE stg.jypc p
       SET hg = false, rk = false
     WHERE p.id IN (SELECT s.id FROM stg.jysb s JOIN stg.jygz g ON g.gzdm = s.gzdm WHERE g.yzcd = '错误');

    -- 入库：单元行等所属登簿结果
    UPDATE stg.jypc p
       SET rk = false
     WHERE p.rk AND p.lybm = 'dbjg_dy' AND p.czlx <> 'D' AND p.fzt IS DISTINCT FROM '已入库'
       AND NOT EXISTS (SELECT 1 FROM stg.jypc f WHERE f.lybm = 'dbjg' AND f.ywh = p.ywh AND f.hg);

    BEGIN
        PERFORM stg.load_rows();
    EXCEPTION WHEN OTHERS THEN
        -- 二分重试：v_ids[v_lo[k] .. v_hi[k]] 为待试区间
        SELECT array_agg(p.id ORDER BY p.id) INTO v_ids FROM stg.jypc p WHERE p.rk;
        v_lo := ARRAY[1];
        v_hi := ARRAY[array_length(v_ids, 1)];
        UPDATE stg.jypc SET rk = false WHERE rk;
        WHILE coalesce(array_length(v_lo, 1), 0) > 0 LOOP
            v_a := v_lo[array_length(v_lo, 1)];
            v_b := v_hi[array_length(v_hi, 1)];
            v_lo := v_lo[1:array_length(v_lo, 1) - 1];
            v_hi := v_hi[1:array_length(v_hi, 1) - 1];
            BEGIN
                UPDATE stg.jypc SET rk = true WHERE id = ANY (v_ids[v_a:v_b]);
                PERFORM stg.load_rows();
            EXCEPTION WHEN OTHERS THEN
                IF v_a = v_b THEN
                    INSERT INTO stg.jysb (id, gzdm, xx)
                    VALUES (v_ids[v_a], 'RK00', '入库失败（数据库拒绝）：' || SQLERRM);
                    UPDATE stg.jypc SET hg = false WHERE id = v_ids[v_a];
                ELSE
                    v_m := (v_a + v_b) / 2;
                    v_lo := v_lo || ARRAY[v_m + 1, v_a];
                    v_hi := v_hi || ARRAY[v_b, v_m];
                END IF;
            END;
        END LOOP;
        UPDATE stg.jypc p SET rk = NOT EXISTS (SELECT 1 FROM stg.jysb s WHERE s.id = p.id AND s.gzdm = 'RK00')
         WHERE p.id = ANY (v_ids);
    END;

    -- 回写状态。ID 范围条件让暂存表的主键扫描从本批最小 ID 开始，而不是从头走过已处理行（及其旧版本）。
    -- 暂存表没有含状态列的索引，这是 HOT 更新；触发器 stg.djsj_dcl 不逐行触发（jydj.dcl = off），队列随后集合同步
    SELECT min(p.id), max(p.id) INTO v_min, v_max FROM stg.jypc p;
    PERFORM set_config('jydj.dcl', 'off', true);
    UPDATE stg.djsj d
       SET jyzt = CASE WHEN p.rk THEN '已入库' WHEN p.hg THEN '合格' ELSE '不合格' END,
           jyjg = f.jg,
           jysj = now(),
           rksj = CASE WHEN p.rk THEN now() ELSE d.rksj END
      FROM stg.jypc p
      LEFT JOIN (SELECT s.id,
                        json_agg(json_build_object('gzdm', s.gzdm, 'gzmc', coalesce(g.gzmc, '入库失败'),
                                                   'yzcd', coalesce(g.yzcd, '错误'), 'zd', g.zd, 'xx', s.xx)
                                 ORDER BY coalesce(g.pxh, 100000), s.gzdm)::jsonb AS jg
                   FROM stg.jysb s
                   LEFT JOIN stg.jygz g ON g.gzdm = s.gzdm
                  GROUP BY s.id) f ON f.id = p.id
     WHERE d.id = p.id AND d.id BETWEEN v_min AND v_max;
    PERFORM set_config('jydj.dcl', '', true);

    -- 待处理队列：入库的行出队，其余的记下状态（本批的行都已在队列中；不在的补上）
    DELETE FROM stg.dcl q USING stg.jypc p WHERE q.id = p.id AND p.rk;
    UPDATE stg.dcl q
       SET jyzt = CASE WHEN p.hg THEN '合格' ELSE '不合格' END
      FROM stg.jypc p
     WHERE q.id = p.id AND NOT p.rk AND q.jyzt <> CASE WHEN p.hg THEN '合格' ELSE '不合格' END;
    v_ids := ARRAY(SELECT p.id FROM stg.jypc p
                    WHERE NOT p.rk AND NOT EXISTS (SELECT 1 FROM stg.dcl q WHERE q.id = p.id));
    INSERT INTO stg.dcl (id, jyzt, djzl)
    SELECT d.id, d.jyzt, d.djzl FROM stg.djsj d WHERE d.id = ANY (v_ids);
END
$$;

COMMENT ON FUNCTION stg.check_and_load() IS
    '校验并入库已认领到 stg.jypc 的暂存行：逐条规则集合校验，合格行入库（失败行二分隔离为 RK00），回写状态';
