-- gl.import_rows(text, text, text, text) → jsonb
-- 做什么: 存量数据初始化（seed §5.2.4.2 第 1 项）：把导入缓冲 gl.drhc 中的 CSV 行逐行校验，合格的并入挂接特征表
--         （交易端 gl.fwtz / 登记端 gl.dytz），不合格的行连同行号与原因返回；坏行不影响其他行。
-- 规则: seed §5.2.4.2；docs/linking.md「存量导入」。列序（jydj link import 的接口，固定）:
--     交易端 jy: fwbm,xmmc,zl,zh,dy,szc,fh,jzmj,tnmj,qlrmc,zjhm
--     登记端 dj: bdcdyh,fwbm,xmmc,zl,zh,dy,szc,hh,jzmj,tnmj,qlrmc,zjhm,bdcqzh
--   行的校验（一条集合语句，每行取第一个不通过的原因，记入 gl.drhc.xx 后从缓冲删去）：
--     主键（交易端 fwbm，登记端 bdcdyh）不能为空；bdcdyh 须符合 GB/T 37346（std.is_valid_bdcdyh）；fwbm 不超过 32 字符；
--     同一文件中主键重复时，第二次及以后出现的行不导入（指出首次出现的行号）；
--     jzmj、tnmj 有值时须是 0–99999 的数；坐落 zl 为空时幢号与房号都须有值（否则无从比对）；文本不超过 200 字符。
--   并入：按主键 MERGE；原值（各列去首尾空白，空串为 NULL）与已有行完全相同的不写（同一文件导入两次不改变任何行）；
--   新行与有变化的行由 gl.norm_row 算出规范化比对键（子查询带 OFFSET 0：每行只算一次，不因引用多个数组元素而重算），来源记为「导入」；交易端再由 gl.estimate_floors 推算所涉各幢的实际层。
--   写一行操作日志 audit.czrz（操作 挂接数据导入，变更后记文件名与各项行数）。
-- 参数: p_side jy/dj；p_wj 文件名（记日志）；p_czr 操作人；p_ly 来源 cli/web/api/job
-- 返回: {"rows": 数据行数, "new": 新增, "changed": 更新, "same": 未变, "bad": 坏行数,
--        "errors": [{"hh": 行号, "xx": 原因}, …]}（按行号）
-- 错误: p_side 不是 jy/dj 时抛出「导入端 side 只能是 jy 或 dj」
-- 调用: jydj link import（Python 把 CSV 行 COPY 进 gl.drhc 后调用，同一事务；缓冲行以会话进程号 pc 区分，
--       两端、多个文件可同时导入）
-- 读写表: 读 gl.drhc；写 gl.fwtz 或 gl.dytz、audit.czrz

CREATE OR REPLACE FUNCTION gl.import_rows(p_side text, p_wj text, p_czr text, p_ly text)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_rows   integer;
    v_errors jsonb;
    v_bad    integer;
    v_new    integer := 0;
    v_chg    integer := 0;
    v_n      integer;
    v_res    jsonb;
BEGIN
    IF p_side IS NULL OR p_side NOT IN ('jy', 'dj') THEN
        RAISE EXCEPTION '导入端 side 只能是 jy 或 dj（收到「%」）', p_side USING ERRCODE = '22023';
    END IF;
    SELECT count(*) INTO v_rows FROM gl.drhc WHERE pc = pg_backend_pid();

    -- 清洗：去首尾空白，空串为 NULL（就地改缓冲行，后面的校验与并入都读清洗后的值）
    UPDATE gl.drhc SET c1 = nullif(btrim(c1), ''), c2 = nullif(btrim(c2), ''), c3 = nullif(btrim(c3), ''),
                       c4 = nullif(btrim(c4), ''), c5 = nullif(btrim(c5), ''), c6 = nullif(btrim(c6), ''),
                       c7 = nullif(btrim(c7), ''), c8 = nullif(btrim(c8), ''), c9 = nullif(btrim(c9), ''),
                       c10 = nullif(btrim(c10), ''), c11 = nullif(btrim(c11), ''), c12 = nullif(btrim(c12), ''),
                       c13 = nullif(btrim(c13), '')
     WHERE pc = pg_backend_pid();

    -- 校验：每行第一个不通过的原因
    UPDATE gl.drhc r
       SET xx = v.xx
      FROM (SELECT d.hh,
                   CASE
                       WHEN d.c1 IS NULL THEN
                           CASE WHEN p_side = 'jy' THEN '房屋编码 fwbm 不能为空' ELSE '不动产单元号 bdcdyh 不能为空' END
                       WHEN p_side = 'dj' AND NOT std.is_valid_bdcdyh(d.c1) THEN
                           '不动产单元号 bdcdyh=「' || d.c1 || '」不符合 GB/T 37346（28 位：行政区划、地籍区、地籍子区、宗地特征码与顺序号、定着物特征码与单元号）'
                       WHEN p_side = 'jy' AND length(d.c1) > 32 THEN '房屋编码 fwbm=「' || d.c1 || '」超过 32 个字符'
                       WHEN p_side = 'dj' AND length(d.c2) > 32 THEN '房屋编码 fwbm=「' || d.c2 || '」超过 32 个字符'
                       WHEN d.first_hh < d.hh THEN
                           CASE WHEN p_side = 'jy' THEN '房屋编码 fwbm' ELSE '不动产单元号 bdcdyh' END
                           || '=「' || d.c1 || '」在文件中重复（第 ' || d.first_hh || ' 行已有），本行不导入'
                       WHEN d.jzmj IS NOT NULL AND NOT (d.jzmj ~ '^[0-9]{1,5}(\.[0-9]{1,4})?$') THEN
                           '建筑面积 jzmj=「' || d.jzmj || '」不是 0–99999 的数（单位平方米，最多 4 位小数）'
                       WHEN d.tnmj IS NOT NULL AND NOT (d.tnmj ~ '^[0-9]{1,5}(\.[0-9]{1,4})?$') THEN
                           '套内面积 tnmj=「' || d.tnmj || '」不是 0–99999 的数（单位平方米，最多 4 位小数）'
                       WHEN d.zl IS NULL AND (d.zh IS NULL OR d.fh IS NULL) THEN
                           '坐落 zl 为空时幢号 zh 与房号 ' || CASE WHEN p_side = 'jy' THEN 'fh' ELSE 'hh' END
                           || ' 都须有值，否则无从比对'
                       WHEN greatest(length(d.c2), length(d.c3), length(d.c4), length(d.c5), length(d.c6), length(d.c7),
                                     length(d.c8), length(d.c9), length(d.c10), length(d.c11), length(d.c12),
                                     length(d.c13)) > 200 THEN '有字段超过 200 个字符'
                   END AS xx
              FROM (SELECT r.*, min(r.hh) OVER (PARTITION BY r.c1) AS first_hh,
                           CASE WHEN p_side = 'jy' THEN r.c8 ELSE r.c9 END AS jzmj,
                           CASE WHEN p_side = 'jy' THEN r.c9 ELSE r.c10 END AS tnmj,
                           CASE WHEN p_side = 'jy' THEN r.c3 ELSE r.c4 END AS zl,
                           CASE WHEN p_side = 'jy' THEN r.c4 ELSE r.c5 END AS zh,
                           CASE WHEN p_side = 'jy' THEN r.c7 ELSE r.c8 END AS fh
                      FROM gl.drhc r WHERE r.pc = pg_backend_pid()) d) v
     WHERE v.xx IS NOT NULL AND r.pc = pg_backend_pid() AND r.hh = v.hh;
    GET DIAGNOSTICS v_bad = ROW_COUNT;
    v_errors := coalesce((SELECT json_agg(json_build_object('hh', b.hh, 'xx', b.xx) ORDER BY b.hh)
                            FROM gl.drhc b WHERE b.pc = pg_backend_pid() AND b.xx IS NOT NULL)::jsonb, '[]'::jsonb);
    DELETE FROM gl.drhc WHERE pc = pg_backend_pid() AND xx IS NOT NULL;

    IF p_side = 'jy' THEN
        UPDATE gl.drhc d
           SET bg = CASE WHEN t.fwbm IS NULL THEN '新增' ELSE '更新' END
          FROM gl.drhc d0
          LEFT JOIN gl.fwtz t ON t.fwbm = d0.c1
         WHERE d0.pc = d.pc AND d0.hh = d.hh AND d.pc = pg_backend_pid()
           AND (t.fwbm IS NULL OR t.ly <> '导入'
                OR (t.xmmc, t.zl, t.zh, t.dyh, t.szc, t.fh, t.jzmj, t.tnmj, t.qlrmc, t.zjhm)
                   IS DISTINCT FROM (d.c2, d.c3, d.c4, d.c5, d.c6, d.c7, d.c8::numeric(12,2), d.c9::numeric(12,2),
                                     d.c10, d.c11));
        MERGE INTO gl.fwtz t
        USING (SELECT d.*, gl.norm_row(d.c2, d.c3, d.c4, d.c5, d.c6, d.c7) AS g
                 FROM gl.drhc d WHERE d.pc = pg_backend_pid() AND d.bg IS NOT NULL OFFSET 0) s
           ON (t.fwbm = s.c1)
        WHEN MATCHED THEN UPDATE SET
             ly = '导入', xmmc = s.c2, zl = s.c3, zh = s.c4, dyh = s.c5, szc = s.c6, fh = s.c7,
             jzmj = s.c8::numeric(12,2), tnmj = s.c9::numeric(12,2), qlrmc = s.c10, zjhm = upper(s.c11),
             gz_xm = s.g[1], gz_xmjc = s.g[2], gz_dl = s.g[3], gz_zh = s.g[4], gz_dy = s.g[5],
             gz_c = s.g[6]::integer, gz_fh = s.g[7], gz_dz = s.g[8], gz_qx = s.g[9], gxsj = now()
        WHEN NOT MATCHED THEN INSERT
             (fwbm, ly, xmmc, zl, zh, dyh, szc, fh, jzmj, tnmj, qlrmc, zjhm,
              gz_xm, gz_xmjc, gz_dl, gz_zh, gz_dy, gz_c, gz_fh, gz_dz, gz_qx)
             VALUES (s.c1, '导入', s.c2, s.c3, s.c4, s.c5, s.c6, s.c7, s.c8::numeric(12,2), s.c9::numeric(12,2),
                     s.c10, upper(s.c11), s.g[1], s.g[2], s.g[3], s.g[4], s.g[5], s.g[6]::integer, s.g[7], s.g[8], s.g[9]);
        SELECT count(*) FILTER (WHERE bg = '新增'), count(*) FILTER (WHERE bg = '更新') INTO v_new, v_chg
          FROM gl.drhc WHERE pc = pg_backend_pid();
        IF v_new + v_chg > 0 THEN
            PERFORM gl.estimate_floors(ARRAY(SELECT d.c1 FROM gl.drhc d WHERE d.pc = pg_backend_pid() AND d.bg IS NOT NULL));
        END IF;
    ELSE
        UPDATE gl.drhc d
           SET bg = CASE WHEN t.bdcdyh IS NULL THEN '新增' ELSE '更新' END
          FROM gl.drhc d0
          LEFT JOIN gl.dytz t ON t.bdcdyh = d0.c1
         WHERE d0.pc = d.pc AND d0.hh = d.hh AND d.pc = pg_backend_pid()
           AND (t.bdcdyh IS NULL OR t.ly <> '导入'
                OR (t.fwbm, t.xmmc, t.zl, t.zh, t.dyh, t.szc, t.hh, t.jzmj, t.tnmj, t.qlrmc, t.zjhm, t.bdcqzh)
                   IS DISTINCT FROM (d.c2, d.c3, d.c4, d.c5, d.c6, d.c7, d.c8, d.c9::numeric(12,2),
                                     d.c10::numeric(12,2), d.c11, d.c12, d.c13));
        MERGE INTO gl.dytz t
        USING (SELECT d.*, gl.norm_row(d.c3, d.c4, d.c5, d.c6, d.c7, d.c8) AS g
                 FROM gl.drhc d WHERE d.pc = pg_backend_pid() AND d.bg IS NOT NULL OFFSET 0) s
           ON (t.bdcdyh = s.c1)
        WHEN MATCHED THEN UPDATE SET
             ly = '导入', fwbm = s.c2, xmmc = s.c3, zl = s.c4, zh = s.c5, dyh = s.c6, szc = s.c7, hh = s.c8,
             jzmj = s.c9::numeric(12,2), tnmj = s.c10::numeric(12,2), qlrmc = s.c11, zjhm = upper(s.c12),
             bdcqzh = s.c13,
             gz_xm = coalesce((SELECT a.gz_xm FROM gl.xmbm a WHERE a.bm = s.g[1]), s.g[1]), gz_xmjc = s.g[2],
             gz_dl = s.g[3], gz_zh = s.g[4], gz_dy = s.g[5], gz_c = s.g[6]::integer, gz_fh = s.g[7],
             gz_dz = s.g[8], gz_qx = s.g[9], gz_pyc = NULL, gz_mc = s.g[6]::integer, gz_mfh = s.g[7], gxsj = now()
        WHEN NOT MATCHED THEN INSERT
             (bdcdyh, ly, fwbm, xmmc, zl, zh, dyh, szc, hh, jzmj, tnmj, qlrmc, zjhm, bdcqzh,
              gz_xm, gz_xmjc, gz_dl, gz_zh, gz_dy, gz_c, gz_fh, gz_dz, gz_qx, gz_mc, gz_mfh)
             VALUES (s.c1, '导入', s.c2, s.c3, s.c4, s.c5, s.c6, s.c7, s.c8, s.c9::numeric(12,2),
                     s.c10::numeric(12,2), s.c11, upper(s.c12), s.c13,
                     coalesce((SELECT a.gz_xm FROM gl.xmbm a WHERE a.bm = s.g[1]), s.g[1]), s.g[2], s.g[3], s.g[4],
                     s.g[5], s.g[6]::integer, s.g[7], s.g[8], s.g[9], s.g[6]::integer, s.g[7]);
        SELECT count(*) FILTER (WHERE bg = '新增'), count(*) FILTER (WHERE bg = '更新') INTO v_new, v_chg
          FROM gl.drhc WHERE pc = pg_backend_pid();
    END IF;

    v_res := json_build_object('side', p_side, 'rows', v_rows, 'new', v_new, 'changed', v_chg,
                               'same', v_rows - v_bad - v_new - v_chg, 'bad', v_bad)::jsonb;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgh, ly)
    VALUES (p_czr, '挂接数据导入', CASE WHEN p_side = 'jy' THEN 'gl.fwtz' ELSE 'gl.dytz' END, p_wj,
            v_res || json_build_object('wj', p_wj)::jsonb, p_ly);
    DELETE FROM gl.drhc WHERE pc = pg_backend_pid();
    RETURN v_res || json_build_object('errors', v_errors)::jsonb;
END
$$;

COMMENT ON FUNCTION gl.import_rows(text, text, text, text) IS
    '存量导入：校验导入缓冲 gl.drhc 的 CSV 行，合格的并入挂接特征表（原值相同不写），返回行数统计与坏行（行号与原因）';
