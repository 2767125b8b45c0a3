-- stg.rk_td() → integer
-- 做什么: 把本批要入库的土地行（lybm = td）写入 djjg.td；删除墓碑删去对应宗地行。
-- 规则: seed §5.2.1.5、§5.2.1.6（数据入库）；docs/loading.md。按宗地代码 zddm MERGE；字段同名取自映像并转换为列类型
--       （面积 numeric(12,2)，起止时间 date）；与生产行完全相同的行不进入 MERGE（重放不写任何行）。
-- 参数: 无（读 stg.jypc 中 rk = true 的行）
-- 返回: 写入或删除的行数
-- 错误: 数据库拒绝（日期无法转换、结束早于起始、负面积等）时抛出，由 stg.validate_batch 二分找出失败行（RK00）
-- 调用: stg.load_rows
-- 读写表: 读 stg.jypc；写 djjg.td

CREATE OR REPLACE FUNCTION stg.rk_td()
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n integer;
    v_d integer;
BEGIN
    v_d := 0;
    -- 删除墓碑：本批有删除行时才做（stg.load_rows 以事务级设置 jydj.rk_sc 告知，未设置时照做）
    IF coalesce(current_setting('jydj.rk_sc', true), '') <> 'off' THEN
        DELETE FROM djjg.td t
         USING stg.jypc p
         WHERE p.rk AND p.lybm = 'td' AND p.czlx = 'D' AND t.zddm = p.sjnr ->> 'zddm';
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.td t
    USING (SELECT s.*
             FROM (SELECT p.sjnr ->> 'zddm' AS zddm,
                          p.sjnr ->> 'ywh' AS ywh,
                          p.sjnr ->> 'bdcdyh' AS bdcdyh,
                          p.sjnr ->> 'zl' AS zl,
                          (p.sjnr ->> 'zdmj')::numeric(12,2) AS zdmj,
                          p.sjnr ->> 'tdyt' AS tdyt,
                          p.sjnr ->> 'qllx' AS qllx,
                          p.sjnr ->> 'qlxz' AS qlxz,
                          p.sjnr ->> 'syqx' AS syqx,
                          (p.sjnr ->> 'tdsyqssj')::date AS tdsyqssj,
                          (p.sjnr ->> 'tdsyjssj')::date AS tdsyjssj,
                          p.sjnr ->> 'qxdm' AS qxdm
                     FROM stg.jypc p
                    WHERE p.rk AND p.lybm = 'td' AND p.czlx <> 'D') s
             LEFT JOIN djjg.td o ON o.zddm = s.zddm
            WHERE o.id IS NULL
               OR (o.ywh, o.bdcdyh, o.zl, o.zdmj, o.tdyt, o.qllx, o.qlxz, o.syqx, o.tdsyqssj, o.tdsyjssj, o.qxdm)
                  IS DISTINCT FROM
                  (s.ywh, s.bdcdyh, s.zl, s.zdmj, s.tdyt, s.qllx, s.qlxz, s.syqx, s.tdsyqssj, s.tdsyjssj, s.qxdm)) s
       ON (t.zddm = s.zddm)
     WHEN MATCHED THEN
        UPDATE SET ywh = s.ywh, bdcdyh = s.bdcdyh, zl = s.zl, zdmj = s.zdmj, tdyt = s.tdyt, qllx = s.qllx,
                   qlxz = s.qlxz, syqx = s.syqx, tdsyqssj = s.tdsyqssj, tdsyjssj = s.tdsyjssj, qxdm = s.qxdm,
                   rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (zddm, ywh, bdcdyh, zl, zdmj, tdyt, qllx, qlxz, syqx, tdsyqssj, tdsyjssj, qxdm)
        VALUES (s.zddm, s.ywh, s.bdcdyh, s.zl, s.zdmj, s.tdyt, s.qllx, s.qlxz, s.syqx, s.tdsyqssj, s.tdsyjssj,
                s.qxdm);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

COMMENT ON FUNCTION stg.rk_td() IS
    '土地行入库：按宗地代码合并到 djjg.td（与生产行相同的不写），删除墓碑删去宗地行；返回写入与删除的行数';
