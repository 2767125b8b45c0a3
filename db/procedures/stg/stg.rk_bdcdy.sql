-- stg.rk_bdcdy() → integer
-- 做什么: 把本批要入库的不动产单元行（lybm = bdcdy）写入 djjg.bdcdy；删除墓碑删去对应单元行。
-- 规则: seed §5.2.1.5（登记楼盘表）、§5.2.1.6（数据入库）、§5.2.1.7 第 4 项；docs/loading.md。按不动产单元号 bdcdyh
--       MERGE；字段同名取自映像并转换为列类型（面积 numeric(12,2)，层数整数）；共享库的 dyzt 不入库。
--       与生产行完全相同的行不进入 MERGE（重放不写任何行，rksj 不变）；rksj 为最近一次写入的时刻。
-- 参数: 无（读 stg.jypc 中 rk = true 的行）
-- 返回: 写入或删除的行数
-- 错误: 数据库拒绝（如面积无法转换、超长、负面积）时抛出，由 stg.validate_batch 二分找出失败行（RK00）
-- 调用: stg.load_rows
-- 读写表: 读 stg.jypc；写 djjg.bdcdy

CREATE OR REPLACE FUNCTION stg.rk_bdcdy()
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
        DELETE FROM djjg.bdcdy t
         USING stg.jypc p
         WHERE p.rk AND p.lybm = 'bdcdy' AND p.czlx = 'D' AND t.bdcdyh = p.sjnr ->> 'bdcdyh';
        GET DIAGNOSTICS v_d = ROW_COUNT;
    END IF;

    MERGE INTO djjg.bdcdy t
    USING (SELECT s.*
             FROM (SELECT p.sjnr ->> 'bdcdyh' AS bdcdyh,
                          p.sjnr ->> 'ywh' AS ywh,
                          p.sjnr ->> 'fwbm' AS fwbm,
                          p.sjnr ->> 'zddm' AS zddm,
                          p.sjnr ->> 'zrzh' AS zrzh,
                          p.sjnr ->> 'ljzh' AS ljzh,
                          p.sjnr ->> 'zl' AS zl,
                          p.sjnr ->> 'zh' AS zh,
                          p.sjnr ->> 'dyh' AS dyh,
                          p.sjnr ->> 'szc' AS szc,
                          (p.sjnr ->> 'sjc')::integer AS sjc,
                          p.sjnr ->> 'hh' AS hh,
                          p.sjnr ->> 'shbw' AS shbw,
                          (p.sjnr ->> 'jzmj')::numeric(12,2) AS jzmj,
                          (p.sjnr ->> 'tnjzmj')::numeric(12,2) AS tnjzmj,
                          (p.sjnr ->> 'ftjzmj')::numeric(12,2) AS ftjzmj,
                          p.sjnr ->> 'ghyt' AS ghyt,
                          p.sjnr ->> 'fwjg' AS fwjg,
                          p.sjnr ->> 'fwxz' AS fwxz,
                          p.sjnr ->> 'fwlx' AS fwlx,
                          (p.sjnr ->> 'zcs')::integer AS zcs,
                          p.sjnr ->> 'qxdm' AS qxdm
                     FROM stg.jypc p
                    WHERE p.rk AND p.lybm = 'bdcdy' AND p.czlx <> 'D') s
             LEFT JOIN djjg.bdcdy o ON o.bdcdyh = s.bdcdyh
            WHERE o.id IS NULL
               OR (o.ywh, o.fwbm, o.zddm, o.zrzh, o.ljzh, o.zl, o.zh, o.dyh, o.szc, o.sjc, o.hh, o.shbw, o.jzmj,
                   o.tnjzmj, o.ftjzmj, o.ghyt, o.fwjg, o.fwxz, o.fwlx, o.zcs, o.qxdm)
                  IS DISTINCT FROM
                  (s.ywh, s.fwbm, s.zddm, s.zrzh, s.ljzh, s.zl, s.zh, s.dyh, s.szc, s.sjc, s.hh, s.shbw, s.jzmj,
                   s.tnjzmj, s.ftjzmj, s.ghyt, s.fwjg, s.fwxz, s.fwlx, s.zcs, s.qxdm)) s
       ON (t.bdcdyh = s.bdcdyh)
     WHEN MATCHED THEN
        UPDATE SET ywh = s.ywh, fwbm = s.fwbm, zddm = s.zddm, zrzh = s.zrzh, ljzh = s.ljzh, zl = s.zl, zh = s.zh,
                   dyh = s.dyh, szc = s.szc, sjc = s.sjc, hh = s.hh, shbw = s.shbw, jzmj = s.jzmj,
                   tnjzmj = s.tnjzmj, ftjzmj = s.ftjzmj, ghyt = s.ghyt, fwjg = s.fwjg, fwxz = s.fwxz,
                   fwlx = s.fwlx, zcs = s.zcs, qxdm = s.qxdm, rksj = now()
     WHEN NOT MATCHED THEN
        INSERT (bdcdyh, ywh, fwbm, zddm, zrzh, ljzh, zl, zh, dyh, szc, sjc, hh, shbw, jzmj, tnjzmj, ftjzmj, ghyt,
                fwjg, fwxz, fwlx, zcs, qxdm)
        VALUES (s.bdcdyh, s.ywh, s.fwbm, s.zddm, s.zrzh, s.ljzh, s.zl, s.zh, s.dyh, s.szc, s.sjc, s.hh, s.shbw,
                s.jzmj, s.tnjzmj, s.ftjzmj, s.ghyt, s.fwjg, s.fwxz, s.fwlx, s.zcs, s.qxdm);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n + v_d;
END
$$;

COMMENT ON FUNCTION stg.rk_bdcdy() IS
    '不动产单元行入库：按不动产单元号合并到 djjg.bdcdy（与生产行相同的不写），删除墓碑删去单元行；返回写入与删除的行数';
