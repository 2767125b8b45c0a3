-- stg.rk_fm() → integer
-- 做什么: 为本批要入库的房屋编码申请（lybm = fwbm_sq）赋码：给申请唯一相符的未编码户赋予新的房屋编码，
--         记入房屋编码分配 lpb.fwbm_fp，挂接申请的不动产单元（gl.fw_dy），并建一件已办结的赋码业务 yw.jyyw
--         （ywlx FWBM），由其发件箱触发器把赋码结果 share_jy.fwbm_jg 与共享主表推回登记端。
-- 规则: seed §5.1.2（房屋数据对接）；JGJ/T 246-2012；docs/house-codes.md、docs/outbox.md。集合运算，无逐行循环。
--   1. 对象：stg.jypc 中 rk = true、lybm = fwbm_sq、czlx ≠ D 且 lpb.fwbm_fp 中还没有该申请编号 sqid 的行
--      （已答复的申请——如 S4 重推的同一申请——什么也不做：编码一经赋出不再变）；删除墓碑什么也不做
--      （赋出的编码不收回）。要赋码的户由 stg.jc_fm 的 pp 模式给出（与规则 FM04 同一匹配规则）。
--   2. 加锁：先对这些户所在的自然幢 lpb.zrz 行 SELECT … FOR UPDATE（按 id 顺序），并发的赋码调用在同一幢上
--      依次进行，后者看到前者已提交的编码（stg.validate_batch 另有咨询锁串行化整个校验运行）。
--   3. 编码：幢前缀 = 幢房屋编码（lpb.zrz.fwbm）前 17 位；户顺序码 = 该幢已用的最大户顺序码 + 本批该幢内的
--      序号（row_number，按暂存行 id）。已用的 = 该幢各户（含已灭失）的房屋编码与 lpb.fwbm_fp 中该幢或该前缀
--      的编码里，前 17 位等于幢前缀者的第 18–22 位的最大值（含已被抹去、只留在分配记录中的编码），所以赋出
--      过的编码永不再赋。编码 = 前缀 || lpad(户顺序码, 5, '0') || std.fwbm_check_char(前 22 位)，23 位。
--      户顺序码超过 99999 时抛出。lpb.fwbm_fp.fwbm 与 lpb.h.fwbm 的唯一约束是最后一道保险。
--   4. 写入（依次，每步一条语句）：lpb.fwbm_fp（赋码业务号 ywh = 'FM' || 年份 || 9 位 yw.fmywh_xl 序号，
--      操作人 czr = 事务级设置 jydj.czr（stg.validate_batch 设为其操作人，如 job:validate），没有时 current_user）→ lpb.h.fwbm（gxsj = now()）→ gl.fw_dy（glfs 精确，ppdf 1，
--      glyj {"ly": "赋码", "sqid": …}，czr 'stg.rk_fm'）→ yw.jyyw（ywlx FWBM，zt 办结，bjsj now()，
--      bz = sqid，fwbm、h_id，qxdm 与 xmbh 取房屋所在项目，slr '房屋编码赋码'）。
--   5. 对象中有申请没有唯一相符的户（规则 FM04 被停用时可能发生）或写入行数对不上时抛出。
-- 参数: 无（读 stg.jypc 中 rk = true 的行）
-- 返回: 赋出的房屋编码个数
-- 错误: 申请没有唯一相符的户、户顺序码用尽（P0001）；数据库拒绝（唯一约束等）原样抛出——
--       由 stg.validate_batch 二分找出失败行（RK00），失败行不留下任何改动
-- 调用: stg.load_rows（在单元与各类权利入库之后）
-- 读写表: 读 stg.jypc、lpb.ljz、lpb.xm；锁 lpb.zrz；写 lpb.fwbm_fp、lpb.h、gl.fw_dy、yw.jyyw
--         （经触发器 yw.jyyw_after_outbox 写 outbox.fjx）

CREATE OR REPLACE FUNCTION stg.rk_fm()
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_pp    jsonb := '{"lybm": "fwbm_sq", "cs": {"jc": "pp"}}';
    v_start bigint;
    v_want  integer;
    v_n     integer;
    v_m     integer;
    v_miss  text;
BEGIN
    SELECT count(*)
      INTO v_want
      FROM stg.jypc p
     WHERE p.rk AND p.lybm = 'fwbm_sq' AND p.czlx <> 'D'
       AND NOT EXISTS (SELECT 1 FROM lpb.fwbm_fp f WHERE f.sqid = p.lyzj);
    IF v_want = 0 THEN
        RETURN 0;
    END IF;

    -- 2. 锁住要赋码的户所在的自然幢
    PERFORM z.id
       FROM lpb.zrz z
      WHERE z.id IN (SELECT l.zrz_id
                       FROM stg.jc_fm(v_pp) m
                       JOIN lpb.h h ON h.id = m.xx::bigint
                       JOIN lpb.ljz l ON l.id = h.ljz_id)
      ORDER BY z.id
        FOR UPDATE;

    -- 3. 赋码（加锁之后的新快照：并发调用已提交的编码可见）
    v_start := coalesce((SELECT max(f.id) FROM lpb.fwbm_fp f), 0);
    INSERT INTO lpb.fwbm_fp (fwbm, h_id, zrz_id, bdcdyh, sqid, ywh, czr)
    WITH m AS (         -- 申请与它唯一相符的户、户所在的自然幢
        SELECT t.id AS sid, t.xx::bigint AS h_id, l.zrz_id
          FROM stg.jc_fm(v_pp) t
          JOIN lpb.h h ON h.id = t.xx::bigint
          JOIN lpb.ljz l ON l.id = h.ljz_id
    ),
    zs AS (
        SELECT DISTINCT m.zrz_id FROM m
    ),
    u AS (              -- 各幢已用的最大户顺序码：幢内各户（含已灭失）与分配记录（该幢或该前缀）
        SELECT c.zrz_id, max(substr(c.fwbm, 18, 5)::integer) AS zd
          FROM (SELECT zs.zrz_id, h.fwbm
                  FROM zs
                  JOIN lpb.ljz l ON l.zrz_id = zs.zrz_id
                  JOIN lpb.h h ON h.ljz_id = l.id
                 WHERE h.fwbm IS NOT NULL
                UNION ALL
                SELECT zs.zrz_id, f.fwbm
                  FROM zs
                  JOIN lpb.fwbm_fp f ON f.zrz_id = zs.zrz_id
                UNION ALL
                SELECT zs.zrz_id, f.fwbm
                  FROM zs
                  JOIN lpb.zrz z ON z.id = zs.zrz_id
                  JOIN lpb.fwbm_fp f ON left(f.fwbm, 17) = left(z.fwbm, 17)) c
          JOIN lpb.zrz z ON z.id = c.zrz_id
         WHERE left(c.fwbm, 17) = left(z.fwbm, 17)
           AND substr(c.fwbm, 18, 5) COLLATE "C" ~ '^[0-9]{5}$'
         GROUP BY c.zrz_id
    ),
    a AS (
        SELECT m.h_id, m.zrz_id, left(z.fwbm, 17) AS qz, p.bdcdyh, p.lyzj AS sqid,
               coalesce(u.zd, 0) + row_number() OVER (PARTITION BY m.zrz_id ORDER BY p.id) AS xh
          FROM m
          JOIN stg.jypc p ON p.id = m.sid
          JOIN lpb.zrz z ON z.id = m.zrz_id
          LEFT JOIN u ON u.zrz_id = m.zrz_id
    )
    SELECT b.bt || coalesce(std.fwbm_check_char(b.bt), '?'),
           b.h_id, b.zrz_id, b.bdcdyh, b.sqid,
           'FM' || to_char(now(), 'YYYY') || lpad(nextval('yw.fmywh_xl')::text, 9, '0'),
           coalesce(nullif(current_setting('jydj.czr', true), ''), current_user)
      FROM (SELECT a.*,
                   -- 超过 99999 时不截断（lpad 会截断），写出的编码长度不是 23，下面检查并抛出
                   a.qz || CASE WHEN a.xh <= 99999 THEN lpad(a.xh::text, 5, '0') ELSE a.xh::text END AS bt
              FROM a) b
     ORDER BY b.zrz_id, b.xh;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    IF v_n <> v_want THEN
        SELECT string_agg(p.lyzj, '、' ORDER BY p.id) INTO v_miss
          FROM stg.jypc p
         WHERE p.rk AND p.lybm = 'fwbm_sq' AND p.czlx <> 'D'
           AND NOT EXISTS (SELECT 1 FROM lpb.fwbm_fp f WHERE f.sqid = p.lyzj);
        RAISE EXCEPTION '房屋编码申请 % 没有唯一相符的未编码房屋（或幢没有有效的幢房屋编码），不能赋码', v_miss;
    END IF;
    IF EXISTS (SELECT 1 FROM lpb.fwbm_fp f WHERE f.id > v_start AND length(f.fwbm) <> 23) THEN
        RAISE EXCEPTION '自然幢的户顺序码已用尽（超过 99999），不能再赋码';
    END IF;

    -- 4. 户、挂接、赋码业务（只看本次写入的分配记录：id 在 v_start 之后且属于本批申请）
    UPDATE lpb.h h
       SET fwbm = f.fwbm, gxsj = now()
      FROM lpb.fwbm_fp f
     WHERE f.id > v_start AND f.h_id = h.id AND h.fwbm IS NULL
       AND f.sqid IN (SELECT p.lyzj FROM stg.jypc p WHERE p.rk AND p.lybm = 'fwbm_sq' AND p.czlx <> 'D');
    GET DIAGNOSTICS v_m = ROW_COUNT;
    IF v_m <> v_n THEN
        RAISE EXCEPTION '赋码时有 % 户已不是未编码状态（并发修改），本批赋码放弃', v_n - v_m;
    END IF;

    INSERT INTO gl.fw_dy (fwbm, bdcdyh, ppdf, glfs, glyj, czr)
    SELECT f.fwbm, f.bdcdyh, 1, '精确', json_build_object('ly', '赋码', 'sqid', f.sqid)::jsonb, 'stg.rk_fm'
      FROM lpb.fwbm_fp f
     WHERE f.id > v_start
       AND f.sqid IN (SELECT p.lyzj FROM stg.jypc p WHERE p.rk AND p.lybm = 'fwbm_sq' AND p.czlx <> 'D');

    INSERT INTO yw.jyyw (ywh, ywlx, fwbm, h_id, qxdm, xmbh, zt, bjsj, slr, bz)
    SELECT f.ywh, 'FWBM', f.fwbm, f.h_id, x.qxdm, x.xmbh, '办结', now(), '房屋编码赋码', f.sqid
      FROM lpb.fwbm_fp f
      JOIN lpb.zrz z ON z.id = f.zrz_id
      JOIN lpb.xm x ON x.id = z.xm_id
     WHERE f.id > v_start
       AND f.sqid IN (SELECT p.lyzj FROM stg.jypc p WHERE p.rk AND p.lybm = 'fwbm_sq' AND p.czlx <> 'D')
     ORDER BY f.id;

    RETURN v_n;
END
$$;

COMMENT ON FUNCTION stg.rk_fm() IS
    '房屋编码赋码：本批合格的房屋编码申请各给唯一相符的未编码户赋新编码（幢前缀 + 幢内递增户顺序码 + 校验码，锁幢、永不复用），记分配、挂接单元、建已办结 FWBM 业务推回赋码结果；返回赋码个数';
