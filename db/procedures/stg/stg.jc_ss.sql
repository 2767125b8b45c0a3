-- stg.jc_ss(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 上手业务检查：批次行所记上手业务号须指向已登记的、参数 lx 所列种类的业务；参数 xs 为真时还须现势。
-- 规则: seed §5.2.2.3 第 4–7 项（上下手关系）。规则如 SYQ07（转移的上手所有权）、DYQ08（抵押的上手）、YDY04（预抵押↔预告）。
--   1. 上手业务号为空：参数 bt 为真时不通过，否则通过。
--   2. 已登记 = 已入库到该种类的生产表：所有权 djjg.fdcq，抵押权 djjg.dyaq，预告 djjg.ygdj（ygdjzl 不是 3、4），
--      预抵押 djjg.ygdj（ygdjzl 为 3、4），查封 djjg.cfdj，异议 djjg.yydj（都按 ywh）；
--      或在暂存区：stg.djsj 中来源表 dbjg、该业务号、登记种类在 lx 中、校验状态不是 不合格、不是删除的另一行
--      （同批的上手也算：它此时为 待校验）。找不到 → 不通过「未登记」。
--   3. 现势（xs 为真时）：
--      所有权的上手不得已是另一件所有权（业务号不同于本行）的上手：已入库的现势 djjg.fdcq（qszt = 1），或暂存区
--      尚未入库（待校验、合格）、非删除的所有权登簿结果（dbjg）。已入库的暂存行由 djjg.fdcq 代表（入库过程写入
--      syywh），所以不必扫描暂存区的全部历史；已入库而已非现势的承接者（qszt 2：又被转移或被注销）不算，
--      又被转移时由 SYQ08（一个单元一个现势所有权）拦住。
--      预告不得已注销：djjg.ygdj 的 zxygywh 有值或 qszt = 2。不满足 → 不通过「不再现势」。
--   集合运算，且不依赖批次表的统计信息（批次表刚填满、未 ANALYZE 时估计为 1 行，嵌套循环也只是逐行查索引）：
--   「未登记」为批次对各生产表、暂存表按业务号（均有索引）的反连接；「不再现势」为按上手业务号（djjg.fdcq 有索引）
--   的连接，暂存区之间的比较用窗口函数（按上手业务号分区，一次排序）；不做批次与批次的连接。只对不通过的行
--   按 ID 分组，说明前的序号定先后：为空、未登记、不再现势。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；p_gz -> 'cs' = {"zd": "上手业务号字段", "bt": 布尔（必填）,
--       "lx": ["登记种类", …], "xs": 布尔（须现势）}，范围条件见 stg.gz_sy
-- 返回: 不通过的批次行 ID（每行至多一条），与说明（如「上手业务号 syywh=「X」未登记为所有权……」）
-- 错误: 参数 zd 或 lx 缺少 → 22023（规则目录配置错误，不是数据错误）
-- 调用: stg.check_and_load（stg.validate_batch 的校验步骤，按规则目录动态调用）
-- 读写表: 读 stg.jypc、stg.djsj、stg.dcl、djjg.fdcq、djjg.dyaq、djjg.ygdj、djjg.cfdj、djjg.yydj

CREATE OR REPLACE FUNCTION stg.jc_ss(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_zd   text := p_gz -> 'cs' ->> 'zd';
    v_bt   boolean := coalesce((p_gz -> 'cs' ->> 'bt')::boolean, false);
    v_xs   boolean := coalesce((p_gz -> 'cs' ->> 'xs')::boolean, false);
    v_lx   text[];
    v_mc   text;
    v_dq   bigint[] := '{}';
    v_lxmc text;
BEGIN
    IF v_zd IS NULL OR jsonb_typeof(p_gz -> 'cs' -> 'lx') IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION '规则 % 的参数须为 {"zd": 字段, "bt": 布尔, "lx": [登记种类, …], "xs": 布尔}（收到 %）',
              p_gz ->> 'gzdm', p_gz -> 'cs' USING ERRCODE = '22023';
    END IF;
    SELECT array_agg(t.lx) INTO v_lx FROM jsonb_array_elements_text(p_gz -> 'cs' -> 'lx') AS t(lx);
    v_lxmc := array_to_string(v_lx, '或');
    v_mc := coalesce('{"syywh": "上手业务号", "zxywh": "被注销业务号", "jfywh": "解封业务号"}'::jsonb ->> v_zd || ' ', '')
            || v_zd;

    -- 待处理（待校验、合格）的所有权暂存行，先取出 ID：按主键取这些行，而不是扫描全部登簿结果行再与队列连接
    IF v_xs AND '所有权' = ANY (v_lx) THEN
        v_dq := ARRAY(SELECT q.id FROM stg.dcl q
                       WHERE q.jyzt IN ('待校验', '合格') AND q.djzl = '所有权' ORDER BY q.id);
    END IF;

    RETURN QUERY
    WITH s AS (
        SELECT p.id, coalesce(p.ywh, '') AS ywh, coalesce(btrim(p.sjnr ->> v_zd), '') AS v
          FROM stg.jypc p
         WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
    ),
    -- 暂存区尚未入库的所有权，按其上手业务号与本批行比较（窗口：同一上手业务号的最小、最大业务号）
    zc AS (
        SELECT x.id, x.v, x.pc, x.ywh,
               min(CASE WHEN NOT x.pc THEN x.ywh END) OVER (PARTITION BY x.v) AS mn,
               max(CASE WHEN NOT x.pc THEN x.ywh END) OVER (PARTITION BY x.v) AS mx
          FROM (SELECT s.id, s.v, s.ywh, true AS pc FROM s WHERE s.v <> '' AND v_xs AND '所有权' = ANY (v_lx)
                UNION ALL
                SELECT d.id, btrim(d.sjnr ->> 'syywh'), coalesce(d.ywh, ''), false
                  FROM stg.djsj d
                 WHERE d.id = ANY (v_dq) AND d.lybm = 'dbjg' AND d.czlx <> 'D' AND btrim(d.sjnr ->> 'syywh') <> ''
                OFFSET 0) x
    )
    -- 不通过的行（说明前的数字定先后：1 为空，2 未登记，3 不再现势；每行取最小的一条）
    SELECT t.id, substr(min(t.xx), 2)
      FROM (SELECT s.id, '1' || v_mc || ' 为空：须指明上手的' || v_lxmc || '业务' AS xx
              FROM s
             WHERE s.v = '' AND v_bt
            UNION ALL
            SELECT s.id, '2' || v_mc || '=「' || s.v || '」未登记为' || v_lxmc
                         || '（生产库与暂存区都没有该业务，或它校验不合格）'
              FROM s
             WHERE s.v <> ''
               AND NOT EXISTS (SELECT 1 FROM djjg.fdcq f WHERE f.ywh = s.v AND '所有权' = ANY (v_lx))
               AND NOT EXISTS (SELECT 1 FROM djjg.dyaq a WHERE a.ywh = s.v AND '抵押权' = ANY (v_lx))
               AND NOT EXISTS (SELECT 1 FROM djjg.ygdj g
                                WHERE g.ywh = s.v AND '预告' = ANY (v_lx) AND coalesce(g.ygdjzl, '') NOT IN ('3', '4'))
               AND NOT EXISTS (SELECT 1 FROM djjg.ygdj g
                                WHERE g.ywh = s.v AND '预抵押' = ANY (v_lx) AND g.ygdjzl IN ('3', '4'))
               AND NOT EXISTS (SELECT 1 FROM djjg.cfdj c WHERE c.ywh = s.v AND '查封' = ANY (v_lx))
               AND NOT EXISTS (SELECT 1 FROM djjg.yydj y WHERE y.ywh = s.v AND '异议' = ANY (v_lx))
               AND NOT EXISTS (SELECT 1 FROM stg.djsj d
                                WHERE d.ywh = s.v AND d.lybm = 'dbjg' AND d.djzl = ANY (v_lx) AND d.jyzt <> '不合格'
                                  AND d.czlx <> 'D' AND d.id <> s.id)
            UNION ALL
            SELECT s.id, '3' || v_mc || '=「' || s.v || '」不再现势：已是所有权业务「' || f.ywh || '」的上手'
              FROM s
              JOIN djjg.fdcq f ON f.syywh = s.v
             WHERE s.v <> '' AND v_xs AND '所有权' = ANY (v_lx) AND f.qszt = '1' AND f.ywh <> s.ywh
            UNION ALL
            SELECT zc.id, '3' || v_mc || '=「' || zc.v || '」不再现势：已是所有权业务「'
                          || CASE WHEN zc.mn <> zc.ywh THEN zc.mn ELSE zc.mx END || '」的上手'
              FROM zc
             WHERE zc.pc AND (zc.mn <> zc.ywh OR zc.mx <> zc.ywh)
            UNION ALL
            SELECT s.id, '3' || v_mc || '=「' || s.v || '」不再现势：该预告已注销（'
                         || CASE WHEN btrim(g.zxygywh) <> '' THEN '注销业务号「' || g.zxygywh || '」'
                                 ELSE '权属状态 qszt=2 历史' END || '）'
              FROM s
              JOIN djjg.ygdj g ON g.ywh = s.v
             WHERE s.v <> '' AND v_xs AND '预告' = ANY (v_lx) AND coalesce(g.ygdjzl, '') NOT IN ('3', '4')
               AND (btrim(g.zxygywh) <> '' OR g.qszt = '2')) t
     GROUP BY t.id;
END
$$;

COMMENT ON FUNCTION stg.jc_ss(jsonb) IS
    '上手业务检查：上手业务号须指向已入库或暂存合格的、参数 lx 所列种类的登记业务（bt 必填，xs 须现势：所有权未被另一件承接、预告未注销）';
