-- stg.jc_fm(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 房屋编码申请（share_dj.fwbm_sq 暂存行）的赋码前检查（规则 FM03、FM04），并为赋码过程 stg.rk_fm
--         找出每个申请要赋码的房屋（同一匹配规则只写在这里）。
-- 规则: seed §5.1.2（房屋数据对接：双方对唯一性检验作出约定）；docs/house-codes.md。集合运算，一条语句。
--       已答复的申请（lpb.fwbm_fp 中已有该 sqid，如 S4 重推的同一申请）三种检查都跳过：编码一经赋出不再变，
--       stg.rk_fm 对它不做任何事。
--   cs.jc = "wfm"（FM03 单元尚未赋码）：申请的不动产单元号已在 gl.fw_dy 挂接（任何状态）的不通过；
--       本批有 id 更小的申请为同一不动产单元赋码的，后者也不通过（同一单元只赋一次码）。
--   cs.jc = "wy"（FM04 房屋唯一）：交易楼盘表须恰有一户相符的未编码房屋（lpb.h.fwbm 为空且 fwzt ≠ 已灭失），
--       且其自然幢有有效的幢房屋编码（lpb.zrz.fwbm 符合 std.is_valid_fwbm 且户顺序码为 00000）。匹配：
--       1. 幢：原房屋编码 yfwbm（逗号、顿号、分号或空白分隔，可多个）所指的自然幢——持有该编码的户
--          （任何状态，原房屋通常已灭失）所在的幢、lpb.fwbm_fp 记的该编码的幢、幢房屋编码前 17 位
--          （行政区划 + 年份 + 幢顺序码）与该编码相同的幢；取这些自然幢的全部逻辑幢，不再看幢号。
--          没有 yfwbm 或它找不到幢时，按幢号 zh 找：去首尾空白后等于逻辑幢号 ljzh、门牌号 mph、
--          自然幢号 zrzh 或建筑物名称 jzwmc 的逻辑幢（自然幢号、名称相等时取该自然幢的全部逻辑幢），
--          限申请的区县（qxdm 非空时，前 6 位与项目 lpb.xm.qxdm 前 6 位相同）。
--       2. 户：上述逻辑幢中单元号 dyh、所在层（名义层）szc、房号 fh 三项都相等的户——去首尾空白后比较，
--          空白与空值视为相同（申请没填的项只匹配楼盘表也没填的户）；不做补零、去「室」之类的变换。
--       不通过的情况：找不到幢；没有相符的未编码房屋（相符的房屋已有编码时给出该编码，提示改挂接）；
--       多于一户（给出户数）；幢没有有效的幢编码；本批 id 更小的申请已指向同一户（一户只赋一次码）。
--   cs.jc = "pp"（不是规则，供 stg.rk_fm 调用）：只看 rk = true 的行，返回通过 "wy" 检查的每个申请
--       与它唯一相符的户：xx 为户ID（lpb.h.id）的文本。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；p_gz -> 'cs' = {"jc": "wfm" | "wy" | "pp"}，范围条件见 stg.gz_sy
--       （stg.rk_fm 传 {"lybm": "fwbm_sq", "cs": {"jc": "pp"}}）
-- 返回: wfm / wy：不通过的批次行 ID 与中文说明；pp：批次行 ID 与户ID文本
-- 错误: cs.jc 不是以上三者 → 22023
-- 调用: stg.validate_batch（按规则目录动态调用，FM03、FM04）；stg.rk_fm（pp）
-- 读写表: 读 stg.jypc、gl.fw_dy、lpb.fwbm_fp、lpb.h、lpb.ljz、lpb.zrz、lpb.xm

CREATE OR REPLACE FUNCTION stg.jc_fm(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_jc text := p_gz -> 'cs' ->> 'jc';
BEGIN
    IF v_jc = 'wfm' THEN
        RETURN QUERY
        SELECT p.id,
               CASE WHEN g.id IS NOT NULL
                    THEN '不动产单元 ' || p.bdcdyh || ' 已挂接房屋编码 ' || g.fwbm || '（' || g.zt
                         || '），不再赋码；如挂接有误请先在对接工具中解除挂接'
                    ELSE '本批申请 ' || (SELECT o.lyzj FROM stg.jypc o
                                          WHERE o.lybm = p.lybm AND o.czlx <> 'D' AND o.bdcdyh = p.bdcdyh
                                            AND o.id < p.id
                                          ORDER BY o.id LIMIT 1)
                         || ' 已为不动产单元 ' || p.bdcdyh || ' 申请赋码，同一单元只赋一次码'
               END
          FROM stg.jypc p
          LEFT JOIN gl.fw_dy g ON g.bdcdyh = p.bdcdyh
         WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
           AND NOT EXISTS (SELECT 1 FROM lpb.fwbm_fp f WHERE f.sqid = p.lyzj)
           AND (g.id IS NOT NULL
                OR EXISTS (SELECT 1 FROM stg.jypc o
                            WHERE o.lybm = p.lybm AND o.czlx <> 'D' AND o.bdcdyh = p.bdcdyh AND o.id < p.id
                              AND NOT EXISTS (SELECT 1 FROM lpb.fwbm_fp f WHERE f.sqid = o.lyzj)));
        RETURN;
    END IF;

    IF v_jc IS NULL OR v_jc NOT IN ('wy', 'pp') THEN
        RAISE EXCEPTION 'stg.jc_fm 的参数 cs.jc 须为 wfm、wy 或 pp（收到 %）', coalesce(v_jc, '空')
            USING ERRCODE = '22023';
    END IF;

    RETURN QUERY
    WITH sq AS (        -- 待赋码的申请（已答复的除外）
        SELECT p.id AS sid,
               p.lyzj AS sqid,
               nullif(btrim(p.sjnr ->> 'zh'), '') AS zh,
               nullif(btrim(p.sjnr ->> 'dyh'), '') AS dyh,
               nullif(btrim(p.sjnr ->> 'szc'), '') AS szc,
               nullif(btrim(p.sjnr ->> 'fh'), '') AS fh,
               nullif(btrim(p.sjnr ->> 'qxdm'), '') AS qxdm,
               nullif(btrim(p.sjnr ->> 'yfwbm'), '') AS yfwbm
          FROM stg.jypc p
         WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
           AND (v_jc = 'wy' OR p.rk)
           AND NOT EXISTS (SELECT 1 FROM lpb.fwbm_fp f WHERE f.sqid = p.lyzj)
    ),
    yb AS (             -- 原房屋编码，逐个
        SELECT u.sid, btrim(u.bm) AS bm
          FROM (SELECT s.sid, unnest(string_to_array(translate(s.yfwbm, '，、;； ', ',,,,,'), ',')) AS bm
                  FROM sq s
                 WHERE s.yfwbm IS NOT NULL) u
         WHERE length(btrim(u.bm)) > 0
    ),
    yz AS (             -- 原房屋编码所指的自然幢
        SELECT b.sid, l.zrz_id
          FROM yb b
          JOIN lpb.h h ON h.fwbm = b.bm
          JOIN lpb.ljz l ON l.id = h.ljz_id
        UNION
        SELECT b.sid, f.zrz_id
          FROM yb b
          JOIN lpb.fwbm_fp f ON f.fwbm = b.bm
        UNION
        SELECT b.sid, z.id
          FROM yb b
          JOIN lpb.zrz z ON left(z.fwbm, 17) = left(b.bm, 17)
         WHERE std.is_valid_fwbm(b.bm) AND std.is_valid_fwbm(z.fwbm)
    ),
    lz AS (             -- 申请所指的逻辑幢：原编码的幢优先，否则按幢号（限区县）
        SELECT y.sid, l.id AS ljz_id
          FROM yz y
          JOIN lpb.ljz l ON l.zrz_id = y.zrz_id
        UNION
        SELECT s.sid, m.ljz_id
          FROM sq s
          JOIN (SELECT l.id AS ljz_id, l.zrz_id, btrim(l.ljzh) AS mc FROM lpb.ljz l
                UNION ALL
                SELECT l.id, l.zrz_id, btrim(l.mph) FROM lpb.ljz l
                UNION ALL
                SELECT l.id, l.zrz_id, btrim(z.zrzh) FROM lpb.ljz l JOIN lpb.zrz z ON z.id = l.zrz_id
                UNION ALL
                SELECT l.id, l.zrz_id, btrim(z.jzwmc) FROM lpb.ljz l JOIN lpb.zrz z ON z.id = l.zrz_id) m
            ON m.mc = s.zh
          JOIN lpb.zrz z ON z.id = m.zrz_id
          JOIN lpb.xm x ON x.id = z.xm_id
         WHERE NOT EXISTS (SELECT 1 FROM yz y WHERE y.sid = s.sid)
           AND (s.qxdm IS NULL OR left(x.qxdm, 6) = left(s.qxdm, 6))
    ),
    hx AS (             -- 这些逻辑幢中单元、层、房号相符的现存户
        SELECT b.sid, h.id AS h_id, h.fwbm
          FROM lz b
          JOIN sq s ON s.sid = b.sid
          JOIN lpb.h h ON h.ljz_id = b.ljz_id
         WHERE h.fwzt <> '已灭失'
           AND coalesce(nullif(btrim(h.dyh), ''), '~') = coalesce(s.dyh, '~')
           AND coalesce(nullif(btrim(h.szc), ''), '~') = coalesce(s.szc, '~')
           AND coalesce(nullif(btrim(h.fh), ''), '~') = coalesce(s.fh, '~')
    ),
    hs AS (             -- 每个申请：相符的未编码户数、其中一户、相符的已编码户的一个编码
        SELECT hx.sid,
               sum(CASE WHEN hx.fwbm IS NULL THEN 1 ELSE 0 END) AS n,
               min(CASE WHEN hx.fwbm IS NULL THEN hx.h_id END) AS h_id,
               min(hx.fwbm) AS ybm
          FROM hx
         GROUP BY hx.sid
    ),
    jg AS (
        SELECT s.sid, s.sqid, s.zh, s.dyh, s.szc, s.fh, s.qxdm, s.yfwbm,
               EXISTS (SELECT 1 FROM lz b WHERE b.sid = s.sid) AS yzd,
               coalesce(t.n, 0) AS n,
               CASE WHEN t.n = 1 THEN t.h_id END AS h_id,
               t.ybm,
               z.zrzh,
               z.fwbm AS zbm,
               row_number() OVER (PARTITION BY CASE WHEN t.n = 1 THEN t.h_id END ORDER BY s.sid) AS rn,
               first_value(s.sqid) OVER (PARTITION BY CASE WHEN t.n = 1 THEN t.h_id END ORDER BY s.sid) AS sqid1
          FROM sq s
          LEFT JOIN hs t ON t.sid = s.sid
          LEFT JOIN lpb.h h ON h.id = t.h_id AND t.n = 1
          LEFT JOIN lpb.ljz l ON l.id = h.ljz_id
          LEFT JOIN lpb.zrz z ON z.id = l.zrz_id
    ),
    r AS (
        SELECT j.sid, j.h_id,
               CASE
                   WHEN NOT j.yzd THEN
                       '找不到申请的幢：原房屋编码 ' || coalesce(j.yfwbm, '（空）') || ' 与幢号 '
                       || coalesce(j.zh, '（空）') || '（区县 ' || coalesce(j.qxdm, '不限')
                       || '）都对不上交易楼盘表的自然幢或逻辑幢'
                   WHEN j.n = 0 THEN
                       '交易楼盘表中没有与申请相符的未编码房屋（幢 ' || coalesce(j.zh, '（空）') || '，单元 '
                       || coalesce(j.dyh, '（空）') || '，层 ' || coalesce(j.szc, '（空）') || '，房号 '
                       || coalesce(j.fh, '（空）') || '）'
                       || CASE WHEN j.ybm IS NOT NULL
                               THEN '；相符的房屋已有房屋编码 ' || j.ybm || '，请挂接而不是赋码'
                               ELSE '' END
                   WHEN j.n > 1 THEN
                       '交易楼盘表中有 ' || j.n || ' 户未编码房屋与申请相符（幢 ' || coalesce(j.zh, '（空）')
                       || '，单元 ' || coalesce(j.dyh, '（空）') || '，层 ' || coalesce(j.szc, '（空）')
                       || '，房号 ' || coalesce(j.fh, '（空）') || '），无法确定赋码的房屋'
                   WHEN NOT coalesce(std.is_valid_fwbm(j.zbm) AND substr(j.zbm, 18, 5) = '00000', false) THEN
                       '房屋所在自然幢 ' || j.zrzh || ' 没有有效的幢房屋编码（lpb.zrz.fwbm 为 '
                       || coalesce(j.zbm, '空') || '），无法赋码'
                   WHEN j.rn > 1 THEN
                       '本批申请 ' || j.sqid1 || ' 已指向同一房屋（户ID ' || j.h_id || '），一户只赋一次码'
               END AS xx
          FROM jg j
    )
    SELECT r.sid, CASE WHEN v_jc = 'wy' THEN r.xx ELSE r.h_id::text END
      FROM r
     WHERE (r.xx IS NOT NULL) = (v_jc = 'wy');
END
$$;

COMMENT ON FUNCTION stg.jc_fm(jsonb) IS
    '房屋编码申请检查：wfm（FM03）单元已挂接或本批重复则不通过；wy（FM04）须恰有一户相符的未编码房屋且幢有有效幢编码（按原房屋编码或幢号找幢，再按单元、层、房号找户）；pp 供 stg.rk_fm 取每个申请唯一相符的户ID';
