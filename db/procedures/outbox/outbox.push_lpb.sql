-- outbox.push_lpb(text, text) → integer
-- 做什么: 测绘入库（CHRK）业务办结时，把业务所属项目的楼盘表写入发件箱：share_jy.chxm 测绘项目、chzrz 自然幢、
--         chljz 逻辑幢、chc 层，以及每一户一行——有实测面积（mjlx 实测）的户写 chh_sc，只有预测面积的户写 chh_yc。
-- 规则: seed §5.1.1（楼盘表生成后推送交易共享库）、§5.2.1.5 测绘阶段、§5.2.1.7；列对照见 docs/outbox.md。
--       项目 = yw.jyyw.xmbh 对应的 lpb.xm；xmbh 为空时取 yw.jyyw.h_id 所在项目；都没有则不写。
--       每张目标表一条 INSERT … SELECT（集合操作，不逐行循环：3000 户的项目也只有 6 条语句）。
--       sjnr = row_to_json(子查询行)::jsonb，键与目标表 share_jy.<表> 的列名一一相同，值可由 jsonb_populate_record
--       转成目标列类型；每行 ywh 为本业务号，gxsj 为 now()。
--       目标主键非空，故：项目没有项目编号时不写 chxm；没有房屋编码（待赋码）的户不写 chh_*。
--       层未指定逻辑幢（lpb.c.ljz_id 为空）时，对其自然幢的每个逻辑幢各写一行（目标主键为 (ljzh, ch)）。
--       不动产单元号取 gl.fw_dy 中状态为有效的挂接。源端没有的列（测绘单位、占地面积、层套内/分摊面积）为 null。
--       自然幢号、逻辑幢号在共享库中是主键，依赖它们全局唯一（合成数据用 宗地代码+F+幢号）。
-- 参数: p_ywh 交易业务号；p_czlx 操作类型 I/U（由 outbox.push_business 决定）
-- 返回: 写入发件箱的明细行数（找不到业务或项目时为 0）
-- 错误: 无
-- 调用: outbox.push_business
-- 读写表: 读 yw.jyyw、lpb.xm、lpb.zrz、lpb.ljz、lpb.c、lpb.h、gl.fw_dy；写 outbox.fjx

CREATE OR REPLACE FUNCTION outbox.push_lpb(p_ywh text, p_czlx text)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_ywlx  varchar(10);
    v_bjsj  timestamptz;
    v_xm_id bigint;
    v_n     integer;
    v_total integer := 0;
BEGIN
    SELECT y.ywlx,
           y.bjsj,
           coalesce((SELECT x.id FROM lpb.xm x WHERE x.xmbh = y.xmbh),
                    (SELECT z.xm_id
                       FROM lpb.h h
                       JOIN lpb.ljz l ON l.id = h.ljz_id
                       JOIN lpb.zrz z ON z.id = l.zrz_id
                      WHERE h.id = y.h_id))
      INTO v_ywlx, v_bjsj, v_xm_id
      FROM yw.jyyw y
     WHERE y.ywh = p_ywh;
    IF v_xm_id IS NULL THEN
        RETURN 0;
    END IF;

    -- 测绘项目
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.chxm', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT x.xmbh,
                   p_ywh AS ywh,
                   x.xmmc,
                   x.zl,
                   x.kfqy AS kfqymc,
                   x.tyshxydm AS kfqyzjhm,
                   NULL::text AS chdw,
                   CASE WHEN EXISTS (SELECT 1
                                       FROM lpb.zrz z
                                       JOIN lpb.ljz l ON l.zrz_id = z.id
                                       JOIN lpb.h h ON h.ljz_id = l.id
                                      WHERE z.xm_id = x.id AND h.mjlx = '实测')
                        THEN '实测' ELSE '预测' END AS chlx,
                   x.ysxkzh,
                   NULL::numeric AS zdmj,
                   (SELECT sum(coalesce(z.scjzmj, z.ycjzmj)) FROM lpb.zrz z WHERE z.xm_id = x.id) AS zjzmj,
                   x.qxdm,
                   v_bjsj AS rksj,
                   now() AS gxsj
              FROM lpb.xm x
             WHERE x.id = v_xm_id
               AND x.xmbh IS NOT NULL) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 测绘自然幢
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.chzrz', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT z.zrzh,
                   x.xmbh,
                   p_ywh AS ywh,
                   coalesce(z.zddm, x.zddm) AS zddm,
                   NULL::text AS bdcdyh,
                   z.jzwmc,
                   z.zl,
                   z.jgrq,
                   z.zcs,
                   z.dscs,
                   z.dxcs,
                   NULL::numeric AS zzdmj,
                   z.ycjzmj,
                   z.scjzmj,
                   z.ghyt,
                   z.fwjg,
                   z.zts,
                   x.qxdm,
                   now() AS gxsj
              FROM lpb.zrz z
              JOIN lpb.xm x ON x.id = z.xm_id
             WHERE z.xm_id = v_xm_id
             ORDER BY z.zrzh) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 测绘逻辑幢（逻辑幢没有坐落，取自然幢坐落；幢号取自然幢的建筑物名称）
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.chljz', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT l.ljzh,
                   z.zrzh,
                   x.xmbh,
                   p_ywh AS ywh,
                   z.jzwmc AS zh,
                   l.mph,
                   z.zl,
                   l.ycjzmj,
                   l.scjzmj,
                   l.fwjg,
                   l.fwyt,
                   l.jzwzt,
                   l.zcs,
                   l.dscs,
                   l.dxcs,
                   l.jgrq,
                   now() AS gxsj
              FROM lpb.ljz l
              JOIN lpb.zrz z ON z.id = l.zrz_id
              JOIN lpb.xm x ON x.id = z.xm_id
             WHERE z.xm_id = v_xm_id
             ORDER BY z.zrzh, l.ljzh) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 测绘层（未指定逻辑幢的层对其自然幢的每个逻辑幢各一行）
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.chc', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT l.ljzh,
                   c.ch,
                   z.zrzh,
                   p_ywh AS ywh,
                   c.sjc,
                   c.myc,
                   c.cjzmj,
                   NULL::numeric AS ctnjzmj,
                   NULL::numeric AS cftjzmj,
                   c.cg,
                   now() AS gxsj
              FROM lpb.c c
              JOIN lpb.zrz z ON z.id = c.zrz_id
              JOIN lpb.ljz l ON l.zrz_id = c.zrz_id AND (c.ljz_id IS NULL OR l.id = c.ljz_id)
             WHERE z.xm_id = v_xm_id
             ORDER BY z.zrzh, l.ljzh, c.sjc, c.ch) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 测绘户（实测）：实测面积，ycfwbm 为同一户的房屋编码（预测户与实测户是楼盘表同一行）
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.chh_sc', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT h.fwbm,
                   h.fwbm AS ycfwbm,
                   g.bdcdyh,
                   x.xmbh,
                   z.zrzh,
                   l.ljzh,
                   c.ch,
                   p_ywh AS ywh,
                   h.zl,
                   z.jzwmc AS zh,
                   h.dyh,
                   h.szc,
                   h.sjcs AS sjc,
                   h.fh,
                   h.hx,
                   h.fwyt,
                   h.fwjg,
                   h.fwxz,
                   h.fwlx,
                   h.scjzmj AS jzmj,
                   h.sctnjzmj AS tnjzmj,
                   h.scftjzmj AS ftjzmj,
                   h.scftxs AS ftxs,
                   h.fwzt,
                   x.qxdm,
                   now() AS gxsj
              FROM lpb.h h
              JOIN lpb.ljz l ON l.id = h.ljz_id
              JOIN lpb.zrz z ON z.id = l.zrz_id
              JOIN lpb.xm x ON x.id = z.xm_id
              LEFT JOIN lpb.c c ON c.id = h.c_id
              LEFT JOIN gl.fw_dy g ON g.fwbm = h.fwbm AND g.zt = '有效'
             WHERE z.xm_id = v_xm_id
               AND h.mjlx = '实测'
               AND h.fwbm IS NOT NULL
             ORDER BY h.fwbm) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    -- 测绘户（预测）：只有预测面积的户
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_ywlx, 'share_jy.chh_yc', p_czlx, row_to_json(t)::jsonb
      FROM (SELECT h.fwbm,
                   g.bdcdyh,
                   x.xmbh,
                   z.zrzh,
                   l.ljzh,
                   c.ch,
                   p_ywh AS ywh,
                   h.zl,
                   z.jzwmc AS zh,
                   h.dyh,
                   h.szc,
                   h.sjcs AS sjc,
                   h.fh,
                   h.hx,
                   h.fwyt,
                   h.fwjg,
                   h.fwxz,
                   h.fwlx,
                   h.ycjzmj AS jzmj,
                   h.yctnjzmj AS tnjzmj,
                   h.ycftjzmj AS ftjzmj,
                   h.ycftxs AS ftxs,
                   h.fwzt,
                   x.qxdm,
                   now() AS gxsj
              FROM lpb.h h
              JOIN lpb.ljz l ON l.id = h.ljz_id
              JOIN lpb.zrz z ON z.id = l.zrz_id
              JOIN lpb.xm x ON x.id = z.xm_id
              LEFT JOIN lpb.c c ON c.id = h.c_id
              LEFT JOIN gl.fw_dy g ON g.fwbm = h.fwbm AND g.zt = '有效'
             WHERE z.xm_id = v_xm_id
               AND h.mjlx <> '实测'
               AND h.fwbm IS NOT NULL
             ORDER BY h.fwbm) t;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;

    RETURN v_total;
END
$$;

COMMENT ON FUNCTION outbox.push_lpb(text, text) IS
    '测绘入库推送：把交易业务所属项目的楼盘表（chxm、chzrz、chljz、chc，及每户一行的 chh_sc 实测或 chh_yc 预测）写入发件箱，每表一条集合语句；返回写入的明细行数';
