-- stg.jc_rq(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 日期检查，两种用法：参数 {"zd": 字段} —— 字段有值而不是有效的日期或时间，或晚于当前时刻的批次行不通过；
--         参数 {"q": 起, "z": 止} —— 两字段中有值而不是有效日期或时间的、两者都有效而起晚于止的批次行不通过。
--         一行几处不通过时合成一条说明。
-- 规则: seed §5.2.1.7 第 2 项（登记时间不得晚于入库时刻）；TD/T 1066 的期限字段（债务履行、查封、土地使用期限）。
--       有效 = 去首尾空白后为 YYYY-MM-DD，可带 Z，或带时间 [T ]HH:MI[:SS[.小数]] 与可选时区（Z、±HH[[:]MI]），
--       年份不为 0000，且前 10 位是存在的公历日期（同 stg.is_date：2026-02-30 无效）。只有有效时才转换，
--       任何输入都不报错。性能：常见写法（Debezium 的 2026-11-20、2026-11-20T08:00:00.000000Z，及「日期 时:分[:秒]」）
--       先用 translate 得出字形、再用整数运算查月日（与 stg.is_date 等价，闰年按公历），不用正则（百万行时快 2 倍多）；
--       其余写法用正则判断格式后交 stg.is_date 查日历。stg.is_date 对 0000 年会抛异常，故先排除 0000 年。
--       只有日期的值按当天 0 时（会话时区）参与比较，故 登记日期 = 今天 不算晚于当前；起止比较同一时刻（起 = 止）
--       通过。一条集合语句，一次扫描。
--       规则如 SYQ10（登记时间不晚于当前）、DYQ05（债务履行起止先后）、TD03。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；p_gz -> 'cs' = {"zd": "字段"} 或 {"q": "起始字段", "z": "结束字段"}，
--       范围条件见 stg.gz_sy
-- 返回: 不通过的批次行 ID（每行至多一条），与说明（如「登记时间 djsj=「2026-02-30」不是有效的日期或时间」）
-- 错误: 参数既无 zd 也无 q、z → 22023（规则目录配置错误，不是数据错误）
-- 调用: stg.check_and_load（stg.validate_batch 的校验步骤，按规则目录动态调用）
-- 读写表: 读 stg.jypc

CREATE OR REPLACE FUNCTION stg.jc_rq(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_mc   jsonb := '{"djsj": "登记时间", "zwlxqssj": "债务履行起始时间", "zwlxjssj": "债务履行结束时间",
                      "cfqssj": "查封起始时间", "cfjssj": "查封结束时间", "tdsyqssj": "土地使用起始时间",
                      "tdsyjssj": "土地使用结束时间", "fzsj": "发证时间", "sfsj": "收费时间", "scsj": "上传时间",
                      "bjsj": "办结时间", "tssj": "推送时间", "zxsj": "注销时间"}';
    v_jt   boolean := p_gz -> 'cs' ? 'zd';
    v_a    text := coalesce(p_gz -> 'cs' ->> 'zd', p_gz -> 'cs' ->> 'q');
    v_b    text := CASE WHEN p_gz -> 'cs' ? 'zd' THEN NULL ELSE p_gz -> 'cs' ->> 'z' END;
    v_ma   text;
    v_mb   text;
    -- 通用格式（少见写法：其他小数位数、带时区偏移）；之后交 stg.is_date 查日历
    v_gs   text := '^[0-9]{4}-[0-9]{2}-[0-9]{2}(Z|[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?'
                   '(Z|[+-](0[0-9]|1[0-4])(:?[0-5][0-9])?)?)?$';
BEGIN
    IF v_a IS NULL OR (NOT v_jt AND v_b IS NULL) THEN
        RAISE EXCEPTION '规则 % 的参数须为 {"zd": 字段} 或 {"q": 起始字段, "z": 结束字段}（收到 %）',
              p_gz ->> 'gzdm', p_gz -> 'cs' USING ERRCODE = '22023';
    END IF;
    v_ma := coalesce(v_mc ->> v_a || ' ', '') || v_a;
    v_mb := coalesce(v_mc ->> v_b || ' ', '') || v_b;

    RETURN QUERY
    SELECT t.id,
           concat_ws('；',
                     CASE WHEN t.a <> '' AND t.ta IS NULL THEN v_ma || '=「' || t.a || '」不是有效的日期或时间' END,
                     CASE WHEN t.b <> '' AND t.tb IS NULL THEN v_mb || '=「' || t.b || '」不是有效的日期或时间' END,
                     CASE WHEN v_jt AND t.ta > now() THEN v_ma || '=「' || t.a || '」晚于当前时间' END,
                     CASE WHEN t.ta > t.tb
                          THEN v_ma || '=「' || t.a || '」晚于' || v_mb || '=「' || t.b || '」' END)
      FROM (SELECT s.id, s.a, s.b,
                   -- 常见写法（Debezium 的日期与 UTC 时间、日期 时:分[:秒]）只用字符串运算判断；其余走正则与 stg.is_date
                   CASE WHEN translate(s.a, '0123456789', '9999999999') COLLATE "C" IN
                                ('9999-99-99', '9999-99-99Z', '9999-99-99T99:99:99.999999Z', '9999-99-99T99:99:99Z',
                                 '9999-99-99T99:99:99.999Z', '9999-99-99T99:99:99', '9999-99-99 99:99:99',
                                 '9999-99-99T99:99', '9999-99-99 99:99')
                        THEN CASE WHEN substr(s.a, 6, 2) BETWEEN '01' AND '12' AND substr(s.a, 9, 2) >= '01'
                                       AND left(s.a, 4) <> '0000'
                                       AND substr(s.a, 9, 2)::integer <= CASE substr(s.a, 6, 2)
                                               WHEN '02' THEN 28 + (substr(s.a, 1, 4)::integer % 4 = 0
                                                                    AND (substr(s.a, 1, 4)::integer % 100 <> 0
                                                                         OR substr(s.a, 1, 4)::integer % 400 = 0))::integer
                                               WHEN '04' THEN 30 WHEN '06' THEN 30 WHEN '09' THEN 30 WHEN '11' THEN 30
                                               ELSE 31 END
                                       AND (length(s.a) <= 11
                                            OR (substr(s.a, 12, 2) < '24' AND substr(s.a, 15, 2) < '60'
                                                AND (length(s.a) < 19 OR substr(s.a, 18, 2) < '60')))
                                  THEN CASE WHEN length(s.a) <= 11 THEN left(s.a, 10)::date::timestamptz
                                            ELSE s.a::timestamptz END
                             END
                        WHEN s.a COLLATE "C" ~ v_gs AND left(s.a, 4) <> '0000' THEN
                            CASE WHEN stg.is_date(s.a) THEN
                                CASE WHEN length(s.a) <= 11 THEN left(s.a, 10)::date::timestamptz ELSE s.a::timestamptz END
                            END
                   END AS ta,
                   CASE WHEN translate(s.b, '0123456789', '9999999999') COLLATE "C" IN
                                ('9999-99-99', '9999-99-99Z', '9999-99-99T99:99:99.999999Z', '9999-99-99T99:99:99Z',
                                 '9999-99-99T99:99:99.999Z', '9999-99-99T99:99:99', '9999-99-99 99:99:99',
                                 '9999-99-99T99:99', '9999-99-99 99:99')
                        THEN CASE WHEN substr(s.b, 6, 2) BETWEEN '01' AND '12' AND substr(s.b, 9, 2) >= '01'
                                       AND left(s.b, 4) <> '0000'
                                       AND substr(s.b, 9, 2)::integer <= CASE substr(s.b, 6, 2)
                                               WHEN '02' THEN 28 + (substr(s.b, 1, 4)::integer % 4 = 0
                                                                    AND (substr(s.b, 1, 4)::integer % 100 <> 0
                                                                         OR substr(s.b, 1, 4)::integer % 400 = 0))::integer
                                               WHEN '04' THEN 30 WHEN '06' THEN 30 WHEN '09' THEN 30 WHEN '11' THEN 30
                                               ELSE 31 END
                                       AND (length(s.b) <= 11
                                            OR (substr(s.b, 12, 2) < '24' AND substr(s.b, 15, 2) < '60'
                                                AND (length(s.b) < 19 OR substr(s.b, 18, 2) < '60')))
                                  THEN CASE WHEN length(s.b) <= 11 THEN left(s.b, 10)::date::timestamptz
                                            ELSE s.b::timestamptz END
                             END
                        WHEN s.b COLLATE "C" ~ v_gs AND left(s.b, 4) <> '0000' THEN
                            CASE WHEN stg.is_date(s.b) THEN
                                CASE WHEN length(s.b) <= 11 THEN left(s.b, 10)::date::timestamptz ELSE s.b::timestamptz END
                            END
                   END AS tb
              FROM (SELECT p.id, btrim(p.sjnr ->> v_a) AS a, btrim(p.sjnr ->> v_b) AS b
                      FROM stg.jypc p
                     WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
                       AND (coalesce(btrim(p.sjnr ->> v_a), '') <> '' OR coalesce(btrim(p.sjnr ->> v_b), '') <> '')
                    OFFSET 0) s
            OFFSET 0) t
     WHERE (t.a <> '' AND t.ta IS NULL)
        OR (t.b <> '' AND t.tb IS NULL)
        OR (v_jt AND t.ta > now())
        OR t.ta > t.tb;
END
$$;

COMMENT ON FUNCTION stg.jc_rq(jsonb) IS
    '日期检查：参数 zd 所指字段有值而不是有效日期时间或晚于当前时刻，或参数 q、z 所指起止字段有值而无效、起晚于止的批次行不通过';
