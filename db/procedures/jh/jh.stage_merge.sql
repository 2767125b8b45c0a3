-- jh.stage_merge(anyarray) → integer
-- 做什么: S4 的一条集合语句：把一组变更行 MERGE 进暂存 stg.djsj（jh.stage_rows 先整批调用，出错时逐行调用）。
-- 规则: 见 jh.stage_rows。ON (lybm, lyzj)，无 AND 条件（openGauss 兼容）；来源位置的比较已由调用方做完。
--       p_rows 的类型是 anyarray（多态），实际总是 jh.bgh[]：SQL lint（pglast）解析不了 PL/pgSQL 签名与声明中
--       非 public 模式的类型，局部变量因此用 p_rows%TYPE 与 jh.bgh%ROWTYPE 声明。
-- 参数: p_rows 变更行（jh.bgh[]；bm 为来源表 '模式.表'，zj 为行主键文本）
-- 返回: 合并的行数
-- 错误: 值超长、违反约束等错误原样抛出（由 jh.stage_rows 捕获）
-- 调用: jh.stage_rows
--       待处理队列 stg.dcl：MERGE 在事务级设置 jydj.dcl = off 下进行（触发器 stg.djsj_dcl 不逐行触发），随后两条
--       集合语句把这些行记为 待校验（已在队列的改状态与种类，不在的加入）；S4 一批几千行，省去每行一次触发器调用。
-- 读写表: 读写 stg.djsj、stg.dcl

CREATE OR REPLACE FUNCTION jh.stage_merge(p_rows anyarray)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n   integer;
    v_ids bigint[];
BEGIN
    PERFORM set_config('jydj.dcl', 'off', true);
    MERGE INTO stg.djsj AS t
    USING (SELECT CASE WHEN strpos(b.bm, '.') > 0 THEN split_part(b.bm, '.', 2) ELSE b.bm END AS lybm,
                  b.zj AS lyzj,
                  b.ywh,
                  b.sjnr ->> 'djlx' AS djlx,
                  b.sjnr ->> 'qllx' AS qllx,
                  coalesce(jh.registration_kind(b.bm, b.sjnr), '其他') AS djzl,
                  b.sjnr ->> 'bdcdyh' AS bdcdyh,
                  b.sjnr ->> 'fwbm' AS fwbm,
                  b.czlx,
                  b.sjnr,
                  b.lywz
             FROM unnest(p_rows) AS b) AS s
       ON (t.lybm = s.lybm AND t.lyzj = s.lyzj)
     WHEN MATCHED THEN
        UPDATE SET ywh = s.ywh, djlx = s.djlx, qllx = s.qllx, djzl = s.djzl, bdcdyh = s.bdcdyh,
                   fwbm = s.fwbm, czlx = s.czlx, sjnr = s.sjnr, lywz = s.lywz, jssj = now(),
                   jyzt = '待校验', jyjg = NULL, jysj = NULL
     WHEN NOT MATCHED THEN
        INSERT (lybm, lyzj, ywh, djlx, qllx, djzl, bdcdyh, fwbm, czlx, sjnr, lywz)
        VALUES (s.lybm, s.lyzj, s.ywh, s.djlx, s.qllx, s.djzl, s.bdcdyh, s.fwbm, s.czlx, s.sjnr, s.lywz);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    PERFORM set_config('jydj.dcl', '', true);

    -- 待处理队列：合并的行都是 待校验（已在队列的改状态与种类，不在的加入）
    v_ids := ARRAY(SELECT d.id
                     FROM stg.djsj d
                    WHERE (d.lybm, d.lyzj) IN (SELECT CASE WHEN strpos(b.bm, '.') > 0 THEN split_part(b.bm, '.', 2)
                                                           ELSE b.bm END, b.zj
                                                 FROM unnest(p_rows) AS b));
    UPDATE stg.dcl q
       SET jyzt = '待校验', djzl = d.djzl
      FROM stg.djsj d
     WHERE d.id = ANY (v_ids) AND q.id = d.id AND (q.jyzt <> '待校验' OR q.djzl <> d.djzl);
    -- 先定出不在队列的行再插入：读与写不在同一语句（同一语句里插入的行会被反连接的顺序扫描一再读过）
    v_ids := ARRAY(SELECT x.id FROM unnest(v_ids) AS x(id)
                    WHERE NOT EXISTS (SELECT 1 FROM stg.dcl q WHERE q.id = x.id));
    INSERT INTO stg.dcl (id, jyzt, djzl)
    SELECT d.id, '待校验', d.djzl FROM stg.djsj d WHERE d.id = ANY (v_ids);
    RETURN v_n;
END
$$;

COMMENT ON FUNCTION jh.stage_merge(anyarray) IS
    'S4：把一组变更行按 (lybm, lyzj) MERGE 进暂存 stg.djsj（重置为待校验）；错误原样抛出，由 jh.stage_rows 逐行处理';
