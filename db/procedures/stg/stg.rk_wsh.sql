-- stg.rk_wsh() → integer
-- 做什么: 数据完善：本批入库之后，在本批涉及的业务与单元上修正上下手状态、回填证书号与当事人、建立业务挂接、
--         更正交易楼盘表的登记状态。集合运算，只动值有变化的行，重复执行不再改变任何行。
-- 规则: seed §5.2.2.3 第 4 项（权属：上下手、证书与权利双方、关联交易与登记业务号、更正楼盘表登记状态）、第 5 项
--       （抵押：上手抵押状态、多证抵押的标的数量与金额、证明号、抵押房屋范围）、第 6 项（预告预抵：预告与预抵押的
--       上下手、楼盘表预告状态、网签合同）、第 7 项（查封：与楼盘表的关联、限制文号）；§5.2.4.1；docs/loading.md。
--   本批涉及的业务 = 本批入库的登簿结果、登簿结果单元、权利人、证书、影像行的业务号（证书、影像另加所属登记业务
--   djywh）与共享主表中登簿业务（ywlx DB）的业务号；删除的业务 = 登簿结果墓碑（jydj.rk_sc 为 off 时不找）。
--   a. 上下手：本批所有权（或本批上手的已有下手）以 syywh 指向的上手所有权，该单元（两件业务无共同单元时为上手的
--      全部单元）qszt 1 → 2；抵押权以 syywh 指向另一抵押权（变更）时上手 qszt 1 → 2；预告（或预抵押）以 syywh 指向同类
--      预告（预抵押）时上手该单元 qszt 1 → 2。两个方向：下手先入库、上手后入库时上手同样成为历史。
--   b. 回填：fdcq.bdcqzh、dyaq.bdcdjzmh、ygdj.bdcdjzmh、yydj.bdcdjzmh 为空时取 djjg.zs 中业务号为该业务的证书
--      （同单元优先，其次证书类型相符、有效、发证最晚）；dyaq_dy.bdcqzh 为空时取该单元现势房地产权的证书号；
--      ygdj.qlr / ywr / ywrzjzl / ywrzjhm 为空时取该业务的权利人、义务人（名称以顿号连接，证件取第一位义务人）；
--      qlr.bdcdyh、qlr.djsj、zs.djsj、yx.djsj 为空时取所属登簿结果的单元号与登簿时间；多证抵押（两个以上抵押单元）
--      的 dyaq.zjjzwdyfw 记抵押范围「共 N 个不动产单元，抵押面积合计 X 平方米」。
--   c. 业务挂接 gl.yw_gl（czr = stg.rk_wsh；按 (gllx, djywh, jyywh/sjdjywh) 反连接，重复执行不新增）：
--      YG_HT  预告（ygdjzl 非 3/4）↔ 其合同编号的商品房备案/网签业务（yw.jyyw.htbh，ywlx SPFBA 优先、SPFWQ，
--             不含撤件、驳回），精确，1；
--      SYQ_JY 所有权 ↔ 登簿结果或共享主表所记交易业务号 jyywh 的交易业务，及其合同编号的 CLFBA/SPFBA 业务，精确，1；
--      DY_DYBA 抵押权 ↔ 抵押备案（ht.dyba，已备案/已注销，有业务号）：备案房屋是抵押单元挂接的房屋且抵押权人相同，
--             自动，抵押人也相同为 1 否则 0.8；
--      CF_XZ  查封 ↔ 行政限制（ht.xzxz）：同一房屋且限制文号 = 查封文号，jyywh = 设立业务号 szywh，精确，1；
--      YDY_YG 预抵押 ↔ 其 syywh 所指的预告（sjdjywh），精确，1；
--      BGZX_SL 注销 ↔ 被注销业务、解封 ↔ 查封、抵押权变更 ↔ 变更前抵押权（sjdjywh），精确，1。
--      删除的业务由本过程建立的挂接随之删去。
--   d. 楼盘表状态 lpb.h：本批涉及单元（本批登簿结果的单元、涉及业务及其上手、被注销、被解封业务的单元）所挂接的户
--      （gl.fw_dy 有效挂接，或房地产权所记 fwbm），按该户的全部单元统计：djzt = 有现势房地产权 1 否则 0；
--      dyzt = 现势抵押权（经 dyaq_dy）+ 现势预抵押；cfzt = 现势查封；ygzt = 现势预告（不含预抵押）；yyzt = 现势异议；
--      djzt 由 0 变 1、或本批登记了该户新的现势所有权时 fwzt = 已登记（已灭失的不改）；gxsj = now()。只更新有变化的户。
-- 参数: 无（读 stg.jypc 中 rk = true 的行）
-- 返回: 更新、新增或删除的行数
-- 错误: 数据库拒绝时抛出（正常路径不会发生），由 stg.validate_batch 二分找出失败行（RK00）
-- 调用: stg.load_rows（最后一步）
-- 读写表: 读 stg.jypc、stg.djsj、djjg.*、yw.jyyw、ht.dyba、ht.dyba_h、ht.xzxz、gl.fw_dy；写 djjg.fdcq/dyaq/dyaq_dy/ygdj/
--         yydj/qlr/zs/yx、gl.yw_gl、lpb.h

CREATE OR REPLACE FUNCTION stg.rk_wsh()
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_yw  text[];
    v_sc  text[];
    v_dy  text[];
    v_n   integer;
    v_k   integer := 0;
BEGIN
    v_yw := ARRAY(SELECT DISTINCT x.ywh
                    FROM stg.jypc p,
                         unnest(ARRAY[p.ywh, CASE WHEN p.lybm IN ('zs', 'yx') THEN p.sjnr ->> 'djywh' END]) AS x(ywh)
                   WHERE p.rk AND p.czlx <> 'D' AND x.ywh IS NOT NULL
                     AND (p.lybm IN ('dbjg', 'dbjg_dy', 'qlr', 'zs', 'yx') OR (p.lybm = 'gxzb' AND p.sjnr ->> 'ywlx' = 'DB')));
    v_sc := '{}';
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        v_sc := ARRAY(SELECT p.ywh FROM stg.jypc p WHERE p.rk AND p.czlx = 'D' AND p.lybm = 'dbjg');
    END IF;

    -- a. 上下手 ------------------------------------------------------------------------------------------------
    UPDATE djjg.fdcq x
       SET qszt = '2'
      FROM djjg.fdcq s
     WHERE s.ywh = ANY (v_yw) AND x.ywh = s.syywh AND s.ywh <> x.ywh AND x.qszt = '1'
       AND (x.bdcdyh = s.bdcdyh
            OR NOT EXISTS (SELECT 1 FROM djjg.fdcq s2 JOIN djjg.fdcq x2 ON x2.bdcdyh = s2.bdcdyh
                            WHERE s2.ywh = s.ywh AND x2.ywh = x.ywh));
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.fdcq x
       SET qszt = '2'
      FROM djjg.fdcq s
     WHERE x.ywh = ANY (v_yw) AND s.syywh = x.ywh AND s.ywh <> x.ywh AND x.qszt = '1'
       AND (x.bdcdyh = s.bdcdyh
            OR NOT EXISTS (SELECT 1 FROM djjg.fdcq s2 JOIN djjg.fdcq x2 ON x2.bdcdyh = s2.bdcdyh
                            WHERE s2.ywh = s.ywh AND x2.ywh = x.ywh));
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.dyaq x
       SET qszt = '2'
      FROM djjg.dyaq s
     WHERE s.ywh = ANY (v_yw) AND x.ywh = s.syywh AND s.ywh <> x.ywh AND x.qszt = '1';
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.dyaq x
       SET qszt = '2'
      FROM djjg.dyaq s
     WHERE x.ywh = ANY (v_yw) AND s.syywh = x.ywh AND s.ywh <> x.ywh AND x.qszt = '1';
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.ygdj x
       SET qszt = '2'
      FROM djjg.ygdj s
     WHERE s.ywh = ANY (v_yw) AND x.ywh = s.syywh AND s.ywh <> x.ywh AND x.bdcdyh = s.bdcdyh AND x.qszt = '1'
       AND (coalesce(x.ygdjzl, '1') IN ('3', '4')) = (coalesce(s.ygdjzl, '1') IN ('3', '4'));
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.ygdj x
       SET qszt = '2'
      FROM djjg.ygdj s
     WHERE x.ywh = ANY (v_yw) AND s.syywh = x.ywh AND s.ywh <> x.ywh AND x.bdcdyh = s.bdcdyh AND x.qszt = '1'
       AND (coalesce(x.ygdjzl, '1') IN ('3', '4')) = (coalesce(s.ygdjzl, '1') IN ('3', '4'));
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    -- b. 回填 --------------------------------------------------------------------------------------------------
    UPDATE djjg.fdcq t
       SET bdcqzh = c.bdcqzh
      FROM (SELECT DISTINCT ON (f.id) f.id, z.bdcqzh
              FROM djjg.fdcq f
              JOIN djjg.zs z ON z.ywh = f.ywh AND (z.bdcdyh = f.bdcdyh OR z.bdcdyh IS NULL)
             WHERE f.ywh = ANY (v_yw) AND f.bdcqzh IS NULL
             ORDER BY f.id, z.bdcdyh IS NULL, z.zslx = '不动产权证书' DESC, z.zszt = '有效' DESC, z.fzsj DESC NULLS LAST,
                      z.bdcqzh) c
     WHERE t.id = c.id;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.dyaq t
       SET bdcdjzmh = c.bdcqzh
      FROM (SELECT DISTINCT ON (a.id) a.id, z.bdcqzh
              FROM djjg.dyaq a
              JOIN djjg.zs z ON z.ywh = a.ywh
             WHERE a.ywh = ANY (v_yw) AND a.bdcdjzmh IS NULL
             ORDER BY a.id, z.zslx = '不动产登记证明' DESC, z.zszt = '有效' DESC, z.fzsj DESC NULLS LAST, z.bdcqzh) c
     WHERE t.id = c.id;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.ygdj t
       SET bdcdjzmh = c.bdcqzh
      FROM (SELECT DISTINCT ON (g.id) g.id, z.bdcqzh
              FROM djjg.ygdj g
              JOIN djjg.zs z ON z.ywh = g.ywh AND (z.bdcdyh = g.bdcdyh OR z.bdcdyh IS NULL)
             WHERE g.ywh = ANY (v_yw) AND g.bdcdjzmh IS NULL
             ORDER BY g.id, z.bdcdyh IS NULL, z.zslx = '不动产登记证明' DESC, z.zszt = '有效' DESC,
                      z.fzsj DESC NULLS LAST, z.bdcqzh) c
     WHERE t.id = c.id;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.yydj t
       SET bdcdjzmh = c.bdcqzh
      FROM (SELECT DISTINCT ON (y.id) y.id, z.bdcqzh
              FROM djjg.yydj y
              JOIN djjg.zs z ON z.ywh = y.ywh AND (z.bdcdyh = y.bdcdyh OR z.bdcdyh IS NULL)
             WHERE y.ywh = ANY (v_yw) AND y.bdcdjzmh IS NULL
             ORDER BY y.id, z.bdcdyh IS NULL, z.zslx = '不动产登记证明' DESC, z.zszt = '有效' DESC,
                      z.fzsj DESC NULLS LAST, z.bdcqzh) c
     WHERE t.id = c.id;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.dyaq_dy t
       SET bdcqzh = c.bdcqzh
      FROM (SELECT d.id,
                   (SELECT f.bdcqzh FROM djjg.fdcq f
                     WHERE f.bdcdyh = d.bdcdyh AND f.qszt = '1' AND f.bdcqzh IS NOT NULL
                     ORDER BY f.djsj DESC, f.id DESC LIMIT 1) AS bdcqzh
              FROM (SELECT d.id, d.bdcdyh FROM djjg.dyaq_dy d WHERE d.ywh = ANY (v_yw) AND d.bdcqzh IS NULL
                    UNION
                    SELECT d.id, d.bdcdyh FROM djjg.fdcq f JOIN djjg.dyaq_dy d ON d.bdcdyh = f.bdcdyh
                     WHERE f.ywh = ANY (v_yw) AND d.bdcqzh IS NULL) d) c
     WHERE t.id = c.id AND c.bdcqzh IS NOT NULL;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.ygdj t
       SET qlr = coalesce(t.qlr, q.qlr), ywr = coalesce(t.ywr, q.ywr), ywrzjzl = coalesce(t.ywrzjzl, q.ywrzjzl),
           ywrzjhm = coalesce(t.ywrzjhm, q.ywrzjhm)
      FROM (SELECT r.ywh,
                   string_agg(CASE WHEN r.sqrlb = '权利人' THEN r.qlrmc END, '、' ORDER BY r.sxh) AS qlr,
                   string_agg(CASE WHEN r.sqrlb = '义务人' THEN r.qlrmc END, '、' ORDER BY r.sxh) AS ywr,
                   (array_agg(CASE WHEN r.sqrlb = '义务人' THEN r.zjzl END ORDER BY r.sqrlb <> '义务人', r.sxh))[1]
                       AS ywrzjzl,
                   (array_agg(CASE WHEN r.sqrlb = '义务人' THEN r.zjhm END ORDER BY r.sqrlb <> '义务人', r.sxh))[1]
                       AS ywrzjhm
              FROM djjg.qlr r
             WHERE r.ywh IN (SELECT g.ywh FROM djjg.ygdj g
                              WHERE g.ywh = ANY (v_yw)
                                AND (g.qlr IS NULL OR g.ywr IS NULL OR g.ywrzjzl IS NULL OR g.ywrzjhm IS NULL))
             GROUP BY r.ywh) q
     WHERE t.ywh = q.ywh
       AND (t.qlr, t.ywr, t.ywrzjzl, t.ywrzjhm)
           IS DISTINCT FROM (coalesce(t.qlr, q.qlr), coalesce(t.ywr, q.ywr), coalesce(t.ywrzjzl, q.ywrzjzl),
                             coalesce(t.ywrzjhm, q.ywrzjhm));
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.qlr t
       SET bdcdyh = coalesce(t.bdcdyh, c.bdcdyh), djsj = coalesce(t.djsj, c.djsj)
      FROM (SELECT q.id,
                   (SELECT f.bdcdyh FROM stg.djsj f
                     WHERE f.lybm = 'dbjg' AND f.lyzj = replace(replace(q.ywh, '\', '\\'), '|', '\|')
                       AND f.czlx <> 'D') AS bdcdyh,
                   coalesce((SELECT max(f.djsj) FROM djjg.fdcq f WHERE f.ywh = q.ywh),
                            (SELECT a.djsj FROM djjg.dyaq a WHERE a.ywh = q.ywh),
                            (SELECT max(g.djsj) FROM djjg.ygdj g WHERE g.ywh = q.ywh),
                            (SELECT max(c.djsj) FROM djjg.cfdj c WHERE c.ywh = q.ywh),
                            (SELECT max(y.djsj) FROM djjg.yydj y WHERE y.ywh = q.ywh),
                            (SELECT max(z.djsj) FROM djjg.zxdj z WHERE z.ywh = q.ywh)) AS djsj
              FROM djjg.qlr q
             WHERE q.ywh = ANY (v_yw) AND (q.bdcdyh IS NULL OR q.djsj IS NULL)) c
     WHERE t.id = c.id
       AND (t.bdcdyh, t.djsj) IS DISTINCT FROM (coalesce(t.bdcdyh, c.bdcdyh), coalesce(t.djsj, c.djsj));
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.zs t
       SET djsj = c.djsj
      FROM (SELECT z.id,
                   coalesce((SELECT max(f.djsj) FROM djjg.fdcq f WHERE f.ywh = z.ywh),
                            (SELECT a.djsj FROM djjg.dyaq a WHERE a.ywh = z.ywh),
                            (SELECT max(g.djsj) FROM djjg.ygdj g WHERE g.ywh = z.ywh),
                            (SELECT max(c.djsj) FROM djjg.cfdj c WHERE c.ywh = z.ywh),
                            (SELECT max(y.djsj) FROM djjg.yydj y WHERE y.ywh = z.ywh),
                            (SELECT max(x.djsj) FROM djjg.zxdj x WHERE x.ywh = z.ywh)) AS djsj
              FROM djjg.zs z
             WHERE z.ywh = ANY (v_yw) AND z.djsj IS NULL) c
     WHERE t.id = c.id AND c.djsj IS NOT NULL;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.yx t
       SET djsj = c.djsj
      FROM (SELECT x.id,
                   coalesce((SELECT max(f.djsj) FROM djjg.fdcq f WHERE f.ywh = x.ywh),
                            (SELECT a.djsj FROM djjg.dyaq a WHERE a.ywh = x.ywh),
                            (SELECT max(g.djsj) FROM djjg.ygdj g WHERE g.ywh = x.ywh),
                            (SELECT max(c.djsj) FROM djjg.cfdj c WHERE c.ywh = x.ywh),
                            (SELECT max(y.djsj) FROM djjg.yydj y WHERE y.ywh = x.ywh),
                            (SELECT max(z.djsj) FROM djjg.zxdj z WHERE z.ywh = x.ywh)) AS djsj
              FROM djjg.yx x
             WHERE x.ywh = ANY (v_yw) AND x.djsj IS NULL) c
     WHERE t.id = c.id AND c.djsj IS NOT NULL;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    UPDATE djjg.dyaq t
       SET zjjzwdyfw = c.fw
      FROM (SELECT d.ywh,
                   '共 ' || count(*) || ' 个不动产单元，抵押面积合计 ' || coalesce(sum(d.dymj), 0) || ' 平方米' AS fw
              FROM djjg.dyaq_dy d
             WHERE d.ywh = ANY (v_yw)
             GROUP BY d.ywh
            HAVING count(*) > 1) c
     WHERE t.ywh = c.ywh AND t.zjjzwdyfw IS DISTINCT FROM c.fw;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    -- c. 业务挂接 ----------------------------------------------------------------------------------------------
    DELETE FROM gl.yw_gl t
     WHERE t.czr = 'stg.rk_wsh' AND (t.djywh = ANY (v_sc) OR t.sjdjywh = ANY (v_sc));
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    SELECT 'YG_HT', c.jyywh, c.djywh, NULL, 1, '精确', c.glyj, 'stg.rk_wsh'
      FROM (SELECT DISTINCT ON (g.ywh) g.ywh AS djywh, j.ywh AS jyywh,
                   json_build_object('yj', '合同编号', 'htbh', g.htbh, 'jyywh', j.ywh, 'jyywlx', j.ywlx)::jsonb AS glyj
              FROM djjg.ygdj g
              JOIN yw.jyyw j ON j.htbh = g.htbh AND j.ywlx IN ('SPFBA', 'SPFWQ') AND j.zt NOT IN ('撤件', '驳回')
             WHERE g.ywh = ANY (v_yw) AND coalesce(g.ygdjzl, '1') NOT IN ('3', '4')
             ORDER BY g.ywh, j.ywlx = 'SPFBA' DESC, j.zt = '办结' DESC, j.slsj DESC, j.id DESC) c
     WHERE NOT EXISTS (SELECT 1 FROM gl.yw_gl l WHERE l.gllx = 'YG_HT' AND l.djywh = c.djywh AND l.jyywh = c.jyywh);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    WITH b AS (SELECT f.ywh, d.jyywh AS jyywh1, s.sjnr ->> 'jyywh' AS jyywh2, d.htbh AS htbh1, s.sjnr ->> 'htbh' AS htbh2
                 FROM (SELECT DISTINCT f.ywh FROM djjg.fdcq f WHERE f.ywh = ANY (v_yw)) f
                 LEFT JOIN djjg.djyw d ON d.ywh = f.ywh
                 LEFT JOIN stg.djsj s ON s.lybm = 'dbjg' AND s.lyzj = replace(replace(f.ywh, '\', '\\'), '|', '\|'))
    SELECT 'SYQ_JY', c.jyywh, c.djywh, NULL, 1, '精确', c.glyj, 'stg.rk_wsh'
      FROM (SELECT DISTINCT ON (k.djywh, k.jyywh) k.djywh, k.jyywh, k.glyj
              FROM (SELECT b.ywh AS djywh, j.ywh AS jyywh,
                           json_build_object('yj', '交易业务号', 'jyywh', j.ywh, 'jyywlx', j.ywlx)::jsonb AS glyj, 0 AS yx
                      FROM b
                      JOIN yw.jyyw j ON j.ywh IN (b.jyywh1, b.jyywh2)
                    UNION ALL
                    (SELECT DISTINCT ON (b.ywh) b.ywh, j.ywh,
                            json_build_object('yj', '合同编号', 'htbh', j.htbh, 'jyywh', j.ywh, 'jyywlx', j.ywlx)::jsonb, 1
                       FROM b
                       JOIN yw.jyyw j ON j.htbh IN (b.htbh1, b.htbh2) AND j.ywlx IN ('CLFBA', 'SPFBA')
                                     AND j.zt NOT IN ('撤件', '驳回')
                      ORDER BY b.ywh, j.zt = '办结' DESC, j.slsj DESC, j.id DESC)) k
             ORDER BY k.djywh, k.jyywh, k.yx) c
     WHERE NOT EXISTS (SELECT 1 FROM gl.yw_gl l WHERE l.gllx = 'SYQ_JY' AND l.djywh = c.djywh AND l.jyywh = c.jyywh);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    SELECT 'DY_DYBA', c.jyywh, c.djywh, NULL, c.ppdf, '自动', c.glyj, 'stg.rk_wsh'
      FROM (SELECT DISTINCT ON (a.ywh, b.ywh) a.ywh AS djywh, b.ywh AS jyywh,
                   CASE WHEN b.dyr = a.dyr THEN 1 ELSE 0.8 END AS ppdf,
                   json_build_object('yj', '抵押房屋与抵押权人', 'dybah', b.dybah, 'fwbm', d.fwbm, 'bdcdyh', d.bdcdyh,
                                     'dyqr', a.dyqr, 'dyr', b.dyr = a.dyr)::jsonb AS glyj
              FROM djjg.dyaq a
              JOIN djjg.dyaq_dy d ON d.ywh = a.ywh
              JOIN lpb.h h ON h.fwbm = d.fwbm
              JOIN ht.dyba_h bh ON bh.h_id = h.id
              JOIN ht.dyba b ON b.id = bh.dyba_id AND b.dyqr = a.dyqr AND b.ywh IS NOT NULL
                            AND b.bazt IN ('已备案', '已注销')
             WHERE a.ywh = ANY (v_yw)
             ORDER BY a.ywh, b.ywh, d.bdcdyh) c
     WHERE NOT EXISTS (SELECT 1 FROM gl.yw_gl l WHERE l.gllx = 'DY_DYBA' AND l.djywh = c.djywh AND l.jyywh = c.jyywh);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    SELECT 'CF_XZ', c.jyywh, c.djywh, NULL, 1, '精确', c.glyj, 'stg.rk_wsh'
      FROM (SELECT DISTINCT ON (cf.ywh, x.szywh) cf.ywh AS djywh, x.szywh AS jyywh,
                   json_build_object('yj', '查封文号', 'cfwh', cf.cfwh, 'xzbh', x.xzbh, 'fwbm', cf.fwbm,
                                     'bdcdyh', cf.bdcdyh)::jsonb AS glyj
              FROM djjg.cfdj cf
              JOIN lpb.h h ON h.fwbm = cf.fwbm
              JOIN ht.xzxz x ON x.h_id = h.id AND x.xzwh = cf.cfwh AND x.szywh IS NOT NULL
             WHERE cf.ywh = ANY (v_yw)
             ORDER BY cf.ywh, x.szywh, cf.bdcdyh) c
     WHERE NOT EXISTS (SELECT 1 FROM gl.yw_gl l WHERE l.gllx = 'CF_XZ' AND l.djywh = c.djywh AND l.jyywh = c.jyywh);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    INSERT INTO gl.yw_gl (gllx, jyywh, djywh, sjdjywh, ppdf, glfs, glyj, czr)
    SELECT c.gllx, NULL, c.djywh, c.sjdjywh, 1, '精确', c.glyj, 'stg.rk_wsh'
      FROM (SELECT DISTINCT ON (k.gllx, k.djywh, k.sjdjywh) k.gllx, k.djywh, k.sjdjywh, k.glyj
              FROM (SELECT 'YDY_YG' AS gllx, y.ywh AS djywh, y.syywh AS sjdjywh,
                           json_build_object('yj', '预抵押上手预告', 'syywh', y.syywh)::jsonb AS glyj
                      FROM djjg.ygdj y
                     WHERE (y.ywh = ANY (v_yw) OR y.syywh = ANY (v_yw)) AND y.ygdjzl IN ('3', '4')
                       AND EXISTS (SELECT 1 FROM djjg.ygdj g
                                    WHERE g.ywh = y.syywh AND coalesce(g.ygdjzl, '1') NOT IN ('3', '4'))
                    UNION ALL
                    SELECT 'BGZX_SL', z.ywh, z.zxywh,
                           json_build_object('yj', '注销', 'zxywh', z.zxywh, 'zxlx', z.zxlx)::jsonb
                      FROM djjg.zxdj z
                     WHERE z.ywh = ANY (v_yw)
                    UNION ALL
                    SELECT 'BGZX_SL', cf.jfywh, cf.ywh, json_build_object('yj', '解封', 'cfywh', cf.ywh)::jsonb
                      FROM djjg.cfdj cf
                     WHERE cf.jfywh = ANY (v_yw)
                    UNION ALL
                    SELECT 'BGZX_SL', a.ywh, a.syywh, json_build_object('yj', '抵押权变更', 'syywh', a.syywh)::jsonb
                      FROM djjg.dyaq a
                     WHERE a.ywh = ANY (v_yw)
                       AND EXISTS (SELECT 1 FROM djjg.dyaq x WHERE x.ywh = a.syywh AND x.ywh <> a.ywh)) k
             ORDER BY k.gllx, k.djywh, k.sjdjywh) c
     WHERE NOT EXISTS (SELECT 1 FROM gl.yw_gl l
                        WHERE l.gllx = c.gllx AND l.djywh = c.djywh AND l.sjdjywh = c.sjdjywh);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_k := v_k + v_n;

    -- d. 楼盘表状态 --------------------------------------------------------------------------------------------
    v_dy := ARRAY(SELECT p.sjnr ->> 'bdcdyh' FROM stg.jypc p
                   WHERE p.rk AND p.lybm IN ('dbjg', 'dbjg_dy', 'fwbm_sq') AND p.sjnr ->> 'bdcdyh' IS NOT NULL
                  UNION SELECT d.bdcdyh FROM stg.djsj d WHERE d.ywh = ANY (v_sc) AND (d.lybm = 'dbjg_dy') IS TRUE
                  UNION SELECT f.bdcdyh FROM djjg.fdcq f WHERE f.ywh = ANY (v_yw)
                  UNION SELECT f.bdcdyh FROM djjg.fdcq f
                         WHERE f.ywh IN (SELECT s.syywh FROM djjg.fdcq s WHERE s.ywh = ANY (v_yw))
                  UNION SELECT d.bdcdyh FROM djjg.dyaq_dy d WHERE d.ywh = ANY (v_yw)
                  UNION SELECT d.bdcdyh FROM djjg.dyaq_dy d
                         WHERE d.ywh IN (SELECT a.syywh FROM djjg.dyaq a WHERE a.ywh = ANY (v_yw)
                                         UNION SELECT z.zxywh FROM djjg.zxdj z WHERE z.ywh = ANY (v_yw))
                  UNION SELECT g.bdcdyh FROM djjg.ygdj g WHERE g.ywh = ANY (v_yw)
                  UNION SELECT c.bdcdyh FROM djjg.cfdj c WHERE c.ywh = ANY (v_yw)
                  UNION SELECT c.bdcdyh FROM djjg.cfdj c WHERE c.jfywh = ANY (v_yw)
                  UNION SELECT y.bdcdyh FROM djjg.yydj y WHERE y.ywh = ANY (v_yw)
                  UNION SELECT z.bdcdyh FROM djjg.zxdj z WHERE z.ywh = ANY (v_yw));

    UPDATE lpb.h t
       SET djzt = x.djzt, dyzt = x.dyzt, cfzt = x.cfzt, ygzt = x.ygzt, yyzt = x.yyzt, fwzt = x.fwzt, gxsj = now()
      FROM (SELECT h.id,
                   w.djzt, w.dyzt, w.cfzt, w.ygzt, w.yyzt,
                   CASE WHEN w.djzt = 1 AND (h.djzt = 0 OR w.xdj) AND h.fwzt <> '已灭失' THEN '已登记' ELSE h.fwzt END
                       AS fwzt
              FROM (SELECT u.h_id,
                           max(u.syq)::smallint AS djzt,
                           bool_or(u.xdj) AS xdj,
                           sum(u.dy)::smallint AS dyzt,
                           sum(u.cf)::smallint AS cfzt,
                           sum(u.yg)::smallint AS ygzt,
                           sum(u.yy)::smallint AS yyzt
                      FROM (SELECT fu.h_id,
                                   CASE WHEN EXISTS (SELECT 1 FROM djjg.fdcq f WHERE f.bdcdyh = fu.bdcdyh AND f.qszt = '1')
                                        THEN 1 ELSE 0 END AS syq,
                                   EXISTS (SELECT 1 FROM djjg.fdcq f
                                            WHERE f.bdcdyh = fu.bdcdyh AND f.qszt = '1' AND f.ywh = ANY (v_yw)) AS xdj,
                                   (SELECT count(*) FROM djjg.dyaq_dy d JOIN djjg.dyaq a ON a.ywh = d.ywh
                                     WHERE d.bdcdyh = fu.bdcdyh AND a.qszt = '1')
                                   + (SELECT count(*) FROM djjg.ygdj y
                                       WHERE y.bdcdyh = fu.bdcdyh AND y.qszt = '1' AND y.ygdjzl IN ('3', '4')) AS dy,
                                   (SELECT count(*) FROM djjg.cfdj c WHERE c.bdcdyh = fu.bdcdyh AND c.qszt = '1') AS cf,
                                   (SELECT count(*) FROM djjg.ygdj y
                                     WHERE y.bdcdyh = fu.bdcdyh AND y.qszt = '1'
                                       AND coalesce(y.ygdjzl, '1') NOT IN ('3', '4')) AS yg,
                                   (SELECT count(*) FROM djjg.yydj y WHERE y.bdcdyh = fu.bdcdyh AND y.qszt = '1') AS yy
                              FROM (WITH fw AS (SELECT h.id, h.fwbm
                                                  FROM lpb.h h
                                                 WHERE h.fwbm IN (SELECT g.fwbm FROM gl.fw_dy g
                                                                   WHERE g.bdcdyh = ANY (v_dy) AND g.zt = '有效'
                                                                  UNION
                                                                  SELECT f.fwbm FROM djjg.fdcq f
                                                                   WHERE f.bdcdyh = ANY (v_dy)))
                                    SELECT fw.id AS h_id, g.bdcdyh
                                      FROM fw JOIN gl.fw_dy g ON g.fwbm = fw.fwbm AND g.zt = '有效'
                                    UNION
                                    SELECT fw.id, f.bdcdyh
                                      FROM fw JOIN djjg.fdcq f ON f.fwbm = fw.fwbm) fu) u
                     GROUP BY u.h_id) w
              JOIN lpb.h h ON h.id = w.h_id) x
     WHERE t.id = x.id
       AND (t.djzt, t.dyzt, t.cfzt, t.ygzt, t.yyzt, t.fwzt)
           IS DISTINCT FROM (x.djzt, x.dyzt, x.cfzt, x.ygzt, x.yyzt, x.fwzt);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_k + v_n;
END
$$;

COMMENT ON FUNCTION stg.rk_wsh() IS
    '数据完善：在本批涉及的业务与单元上修正上下手状态、回填证书号与当事人、建立业务挂接（gl.yw_gl）、更正楼盘表登记状态（lpb.h）；只改有变化的行，返回改动行数';
