-- xz.rq_gs(bigint[], jsonb) → TABLE(id bigint, gx jsonb)
-- 做什么: 日期规范化：把所选暂存行映像中一个日期或时间字段的写法改为标准的 年-月-日（YYYY-MM-DD），带时间的
--         保留时间（YYYY-MM-DD HH:MI:SS）。
-- 规则: seed §5.2.1.7 第 2 项；修正日期规则（stg.jc_rq：SYQ10、DYQ05、DYQ06、YG07、YDY06、CF04、CF07、YY05、ZX04、
--       TD03）中「不是有效的日期或时间」的行。docs/validation-rules.md（stg.jc_rq 认可的写法）。
--   认得的写法（先把全角数字、全角冒号与全角空格换成半角，去首尾空白）：
--     年月日以 年/月/日、/、.、- 分隔，月日可为一位：2021年3月5日、2021/3/5、2021.03.05、2021-3-5；
--     连写 8 位：20210305；其后可有时间 时:分[:秒[.小数]]（分隔符 : 或 时/点、分、秒），与日期以空格或 T 隔开：
--     2021/3/5 14:30、2021年3月5日 8时5分3秒。
--   结果须是真实的日期（stg.is_date：2021-02-30 不改）、时 0–23、分与秒 0–59；年份不为 0000。
--   已是 stg.jc_rq 认可的标准写法（YYYY-MM-DD，可带 T 或空格与时间、Z 或时区）的值不改（Debezium 的
--   2026-11-20T08:00:00.000000Z 原样保留）；认不出的、空的、映像没有该字段的行不改；删除墓碑不改。
--   只读，一条集合语句：正则在子查询中求一次（OFFSET 0），只在匹配后才做整数转换。
-- 参数: p_ids 暂存行ID；p_cs {"zd": 日期字段名（必填）}
-- 返回: 每个要改的行一条：(id, {"字段": "YYYY-MM-DD" 或 "YYYY-MM-DD HH:MI:SS"})
-- 错误: 参数 zd 缺少 → 22023（执行器已先检查，直接调用时才会遇到）
-- 调用: xz.run（修正过程目录 xz.gc 中的 xz.rq_gs）
-- 读写表: 读 stg.djsj

CREATE OR REPLACE FUNCTION xz.rq_gs(p_ids bigint[], p_cs jsonb)
RETURNS TABLE (id bigint, gx jsonb)
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_zd   text := btrim(p_cs ->> 'zd');
    -- 分隔写法：年 月 日（各 1–2 位）+ 可选时间；组 1–3 年月日，4–6 时分秒，7 秒的小数
    v_fg   text := '^([0-9]{4})\s*(?:年|[-/.])\s*([0-9]{1,2})\s*(?:月|[-/.])\s*([0-9]{1,2})\s*日?'
                   '(?:(?:\s+|\s*T\s*)([0-9]{1,2})\s*[:时点]\s*([0-9]{1,2})\s*(?:[:分]\s*(?:([0-9]{1,2})(\.[0-9]+)?\s*秒?)?)?)?$';
    -- 连写：YYYYMMDD + 可选时间
    v_lx   text := '^([0-9]{4})([0-9]{2})([0-9]{2})'
                   '(?:(?:\s+|\s*T\s*)([0-9]{1,2})\s*[:时点]\s*([0-9]{1,2})\s*(?:[:分]\s*(?:([0-9]{1,2})(\.[0-9]+)?\s*秒?)?)?)?$';
    -- 已是标准写法（stg.jc_rq 认可的形状）
    v_bz   text := '^[0-9]{4}-[0-9]{2}-[0-9]{2}(Z|[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?$';
BEGIN
    IF coalesce(v_zd, '') = '' THEN
        RAISE EXCEPTION '修正过程 xz.rq_gs 须有参数 zd（日期字段）' USING ERRCODE = '22023';
    END IF;

    RETURN QUERY
    SELECT u.id, json_build_object(v_zd, u.xz)::jsonb
      FROM (SELECT t.id, t.v,
                   t.m[1] || '-' || lpad(t.m[2], 2, '0') || '-' || lpad(t.m[3], 2, '0')
                   || CASE WHEN t.m[4] IS NULL THEN ''
                           ELSE ' ' || lpad(t.m[4], 2, '0') || ':' || lpad(t.m[5], 2, '0') || ':'
                                || lpad(coalesce(t.m[6], '0'), 2, '0') || coalesce(t.m[7], '')
                      END AS xz,
                   CASE WHEN t.m[4] IS NULL THEN true
                        ELSE t.m[4]::integer <= 23 AND t.m[5]::integer <= 59 AND coalesce(t.m[6], '0')::integer <= 59
                   END AS sj_yx
              FROM (SELECT s.id, s.v,
                           coalesce(regexp_match(s.w, v_fg), regexp_match(s.w, v_lx)) AS m
                      FROM (SELECT d.id, d.sjnr ->> v_zd AS v,
                                   btrim(translate(d.sjnr ->> v_zd, '０１２３４５６７８９：．／－　', '0123456789:./- ')) AS w
                              FROM stg.djsj d
                             WHERE d.id = ANY (p_ids) AND d.czlx <> 'D' AND jsonb_typeof(d.sjnr -> v_zd) = 'string') s
                     WHERE NOT (s.v COLLATE "C" ~ v_bz AND coalesce(stg.is_date(s.v), false))
                    OFFSET 0) t
             WHERE t.m IS NOT NULL AND t.m[1] <> '0000'
            OFFSET 0) u
     WHERE u.sj_yx AND coalesce(stg.is_date(u.xz), false) AND u.xz IS DISTINCT FROM u.v;
END
$$;

COMMENT ON FUNCTION xz.rq_gs(bigint[], jsonb) IS
    '修正过程 日期规范化：日期字段 zd 的 2021年3月5日、2021/3/5、2021.03.05、20210305 等写法改为 YYYY-MM-DD（带时间的为 YYYY-MM-DD HH:MI:SS）；不是真实日期、已是标准写法的不改；只读';
