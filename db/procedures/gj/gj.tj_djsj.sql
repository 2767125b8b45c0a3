-- gj.tj_djsj(date, date, varchar, varchar, varchar, text, varchar[], varchar[]) → TABLE(fz, mc, px, dxy, hg, bhg, yrk, hj)
-- 做什么: 数据对接工具「数据情况统计」：按推送（接收）时间、登记种类、区县、校验状态统计暂存登记数据 stg.djsj 的行数。
--         按所选维度分组，每组一行，同时给出各校验状态的行数与合计（页面的图表、表格与 Excel 导出都用它）。
-- 规则: seed §5.2.3（数据情况统计：按推送时间、登记种类、区县、是否合格统计）。
--       推送时间 = 接收时间 jssj，按达州本地时间（Asia/Shanghai）划分日、月，与会话的 TimeZone 无关；
--       起止日期都含当天：jssj ≥ p_q 00:00 且 < (p_z + 1) 00:00（本地时间）。
--       区县 = gj.xzq(sjnr, bdcdyh)（映像的 qxdm，没有时取单元号前 6 位）；无法确定的归入 fz 为空、名称「不明」的一组。
--       数据范围 p_fw_djzl / p_fw_xzqdm 由调用方按登录用户给出（数据管理员限定的种类与区县；NULL 为不限），
--       与筛选条件同时生效。
--       一次扫描、集合运算：一条 GROUP BY 语句，各状态用 sum(CASE …) 计数（openGauss 无聚合 FILTER），无循环。
--       只有维度为区县或按区县筛选、限定区县范围时才计算 gj.xzq（要读映像 sjnr），否则不读映像。
--       索引: 不需要专门的索引。顺序扫描整表一遍（stg.djsj 在 jssj 上没有索引，时间范围只减少计数、不减少扫描；
--       jy_0015 起暂存表也没有校验状态的索引——它使状态回写不能 HOT——按种类、按状态的统计同样扫描整表）。
--       本机实测 200 万行（2.2 GB，jy_0015 之前）：按日、按月 1.1–1.2 秒，近 30 天 0.7 秒，按区县 2.2 秒
--       （每行算 gj.xzq），按种类、按状态 0.2–0.3 秒（当时走只读索引）。暂存表到千万行以上时，页面默认的近 30 天统计随表变慢：届时可加 btree 索引
--       stg.djsj(jssj)（jssj 随插入递增，维护代价小；实测近 30 天降到 0.2 秒），本函数的时间条件直接可用。
-- 参数: p_q 起始日期（含；空为不限）；p_z 截止日期（含；空为不限）；p_djzl 登记种类（空为全部）；
--       p_xzqdm 区县代码（6 位；空为全部）；p_jyzt 校验状态 待校验 / 合格 / 不合格 / 已入库（空为全部）；
--       p_wd 分组维度 日 / 月 / 种类 / 区县 / 状态；p_fw_djzl 可见的登记种类（NULL 为不限）；p_fw_xzqdm 可见的区县（NULL 为不限）
-- 返回: 每组一行：fz 分组键（日 YYYY-MM-DD、月 YYYY-MM、种类、区县代码、状态；区县不明时为空），mc 显示名称
--       （区县为 zd.xzqh 的名称，不明为「不明」；其余同 fz），px 排序号，dxy 待校验、hg 合格、bhg 不合格、yrk 已入库、
--       hj 合计；按 px、fz 排序；没有数据时无行
-- 错误: 22023 维度不是上述之一、校验状态不合规、起始日期晚于截止日期
-- 调用: api/steward/stats.py（页面、data.json、Excel 导出）
-- 读写表: 读 stg.djsj、zd.xzqh

CREATE OR REPLACE FUNCTION gj.tj_djsj(p_q date, p_z date, p_djzl varchar, p_xzqdm varchar, p_jyzt varchar, p_wd text,
                                     p_fw_djzl varchar[], p_fw_xzqdm varchar[])
RETURNS TABLE (fz varchar, mc varchar, px integer, dxy bigint, hg bigint, bhg bigint, yrk bigint, hj bigint)
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_xzq boolean := p_wd = '区县' OR p_xzqdm IS NOT NULL OR p_fw_xzqdm IS NOT NULL;
BEGIN
    IF p_wd IS NULL OR p_wd NOT IN ('日', '月', '种类', '区县', '状态') THEN
        RAISE EXCEPTION '统计维度须为 日、月、种类、区县 或 状态（收到「%」）', coalesce(p_wd, '') USING ERRCODE = '22023';
    END IF;
    IF p_jyzt IS NOT NULL AND p_jyzt NOT IN ('待校验', '合格', '不合格', '已入库') THEN
        RAISE EXCEPTION '校验状态须为 待校验、合格、不合格 或 已入库（收到「%」）', p_jyzt USING ERRCODE = '22023';
    END IF;
    IF p_q IS NOT NULL AND p_z IS NOT NULL AND p_q > p_z THEN
        RAISE EXCEPTION '起始日期 % 晚于截止日期 %', p_q, p_z USING ERRCODE = '22023';
    END IF;

    RETURN QUERY
    SELECT g.fz::varchar,
           (CASE WHEN p_wd = '区县' THEN coalesce(x.mc, g.fz, '不明') ELSE g.fz END)::varchar,
           (CASE p_wd
                WHEN '区县' THEN coalesce(x.pxh, 9999)
                WHEN '种类' THEN coalesce(k.px, 99)
                WHEN '状态' THEN coalesce(s.px, 9)
                ELSE 0
            END)::integer,
           g.dxy, g.hg, g.bhg, g.yrk, g.hj
      FROM (SELECT CASE WHEN p_wd = '日' THEN to_char(r.rq, 'YYYY-MM-DD')
                        WHEN p_wd = '月' THEN to_char(r.rq, 'YYYY-MM')
                        ELSE r.wb
                   END AS fz,
                   r.dxy, r.hg, r.bhg, r.yrk, r.hj
              FROM (SELECT CASE WHEN p_wd = '日' THEN (d.jssj AT TIME ZONE 'Asia/Shanghai')::date
                                WHEN p_wd = '月' THEN date_trunc('month', d.jssj AT TIME ZONE 'Asia/Shanghai')::date
                           END AS rq,
                           CASE WHEN p_wd = '种类' THEN d.djzl::text
                                WHEN p_wd = '状态' THEN d.jyzt::text
                                WHEN p_wd = '区县' THEN d.xzq::text
                           END AS wb,
                           sum(CASE WHEN d.jyzt = '待校验' THEN 1 ELSE 0 END)::bigint AS dxy,
                           sum(CASE WHEN d.jyzt = '合格' THEN 1 ELSE 0 END)::bigint AS hg,
                           sum(CASE WHEN d.jyzt = '不合格' THEN 1 ELSE 0 END)::bigint AS bhg,
                           sum(CASE WHEN d.jyzt = '已入库' THEN 1 ELSE 0 END)::bigint AS yrk,
                           count(*)::bigint AS hj
                      FROM (SELECT t.jssj, t.djzl, t.jyzt,
                                   CASE WHEN v_xzq THEN gj.xzq(t.sjnr, t.bdcdyh) END AS xzq
                              FROM stg.djsj t
                             WHERE (p_q IS NULL OR t.jssj >= (p_q::timestamp AT TIME ZONE 'Asia/Shanghai'))
                               AND (p_z IS NULL OR t.jssj < ((p_z + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'))
                               AND (p_djzl IS NULL OR t.djzl = p_djzl)
                               AND (p_jyzt IS NULL OR t.jyzt = p_jyzt)
                               AND (p_fw_djzl IS NULL OR t.djzl = ANY (p_fw_djzl))
                           ) d
                     WHERE (p_xzqdm IS NULL OR d.xzq = p_xzqdm)
                       AND (p_fw_xzqdm IS NULL OR d.xzq = ANY (p_fw_xzqdm))
                     GROUP BY 1, 2
                   ) r
           ) g
      LEFT JOIN zd.xzqh x ON p_wd = '区县' AND x.dm = g.fz
      LEFT JOIN (VALUES ('所有权', 1), ('抵押权', 2), ('预告', 3), ('预抵押', 4), ('查封', 5), ('异议', 6), ('注销', 7),
                        ('权利人', 8), ('证书', 9), ('影像', 10), ('单元', 11), ('土地', 12), ('收费', 13),
                        ('赋码申请', 14), ('其他', 15)) AS k (djzl, px)
             ON p_wd = '种类' AND k.djzl = g.fz
      LEFT JOIN (VALUES ('待校验', 1), ('合格', 2), ('不合格', 3), ('已入库', 4)) AS s (jyzt, px)
             ON p_wd = '状态' AND s.jyzt = g.fz
     ORDER BY 3, 1;
END
$$;

COMMENT ON FUNCTION gj.tj_djsj(date, date, varchar, varchar, varchar, text, varchar[], varchar[]) IS
    '数据情况统计：按推送时间（日、月）、登记种类、区县或校验状态分组统计暂存登记数据的行数（各校验状态与合计），可按时间、种类、区县、状态筛选并限定数据范围；一次扫描';
