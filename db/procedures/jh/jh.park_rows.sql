-- jh.park_rows(text, anyarray) → integer
-- 做什么: 把无法应用的行写入死信表 jh.sx（带 SQLSTATE 与错误信息），让批次其余行照常应用。
-- 规则: 重试中的行（sxid 非空）更新原死信行：新的错误代码与信息、重试次数加 1、重试时间，仍为 待重试。
--       其余行：已有同一 (流, 目标表, 行主键文本, 来源位置) 的 待重试 死信时只刷新错误（重放同一批次
--       不产生重复死信；错误相同时不改动该行），否则新增一行。集合语句，不逐行循环。
--       p_rows 的类型是 anyarray（多态），实际总是 jh.bgh[]：SQL lint（pglast）解析不了 PL/pgSQL 签名与声明中
--       非 public 模式的类型，局部变量因此用 p_rows%TYPE 与 jh.bgh%ROWTYPE 声明。
-- 参数: p_stream 流；p_rows 无法应用的行（jh.bgh[]）（cwdm 为 SQLSTATE，cwxx 为错误信息）
-- 返回: 新增的死信行数与重试中更新的死信行数之和（重放刷新的不计）
-- 错误: 无
-- 调用: jh.apply_rows
-- 读写表: 读写 jh.sx

CREATE OR REPLACE FUNCTION jh.park_rows(p_stream text, p_rows anyarray)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n integer := 0;
    v_m integer := 0;
BEGIN
    IF coalesce(array_length(p_rows, 1), 0) = 0 THEN
        RETURN 0;
    END IF;

    -- 重试中的行：更新原死信行
    UPDATE jh.sx s
       SET cwdm = left(coalesce(b.cwdm, 'XX000'), 5),
           cwxx = coalesce(b.cwxx, '未知错误'),
           cscs = s.cscs + 1,
           cssj = now()
      FROM unnest(p_rows) AS b
     WHERE b.sxid IS NOT NULL
       AND s.id = b.sxid;
    GET DIAGNOSTICS v_n = ROW_COUNT;

    -- 同一变更已在死信中（重放）：只刷新错误
    UPDATE jh.sx s
       SET cwdm = left(coalesce(b.cwdm, 'XX000'), 5),
           cwxx = coalesce(b.cwxx, '未知错误')
      FROM unnest(p_rows) AS b
     WHERE b.sxid IS NULL
       AND s.lsl = p_stream
       AND s.bm = b.bm
       AND s.zj IS NOT DISTINCT FROM b.zj
       AND s.lywz IS NOT DISTINCT FROM b.lywz
       AND s.cszt = '待重试'
       AND (s.cwdm, s.cwxx) IS DISTINCT FROM (left(coalesce(b.cwdm, 'XX000'), 5), coalesce(b.cwxx, '未知错误'));

    INSERT INTO jh.sx (lsl, bm, zj, ywh, czlx, sjnr, lywz, lysj, cwdm, cwxx)
    SELECT p_stream, coalesce(b.bm, '（未知）'), b.zj, b.ywh,
           CASE WHEN b.czlx IN ('I', 'U', 'D') THEN b.czlx END,
           b.sjnr, b.lywz, b.lysj,
           left(coalesce(b.cwdm, 'XX000'), 5), coalesce(b.cwxx, '未知错误')
      FROM unnest(p_rows) AS b
     WHERE b.sxid IS NULL
       AND NOT EXISTS (SELECT 1
                         FROM jh.sx s
                        WHERE s.lsl = p_stream
                          AND s.bm = b.bm
                          AND s.zj IS NOT DISTINCT FROM b.zj
                          AND s.lywz IS NOT DISTINCT FROM b.lywz
                          AND s.cszt = '待重试')
     ORDER BY b.xh;
    GET DIAGNOSTICS v_m = ROW_COUNT;
    RETURN v_n + v_m;
END
$$;

COMMENT ON FUNCTION jh.park_rows(text, anyarray) IS
    '把无法应用的行写入死信 jh.sx（SQLSTATE、错误信息）：重试中的行更新原死信，重放的同一变更只刷新错误，其余新增；返回写入行数';
