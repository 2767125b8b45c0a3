-- gl.estimate_floors(text[]) → integer
-- 做什么: 推算交易端房屋的实际层与「以实际层书写的房号」，供与登记端（常按实际层记层与房号）比对。
-- 规则: seed §5.2.4.1（所在层）；docs/linking.md「名义层与实际层」。交易端记的是名义层：有的楼不设 4、13、14 层的
--   层号，或底部是架空层、商铺。同幢同单元（项目规范键 + 路名门牌 + 幢号 + 单元号：同名项目在别的路上是另一处）各名义层排序，
--   实际层 = 名义层的次序 + 最低名义层 − 1（底部架空层保持原层号，跳过的层号使其上各层的实际层减小）；
--   实际层与名义层不同时，实际层房号 = 实际层 || 房号末两位。只改值有变化的行。
-- 参数: p_fwbm 涉及的房屋编码（推算它们所在的各幢各单元）；NULL 为全部
-- 返回: 更新的行数
-- 错误: 无
-- 调用: gl.import_rows（交易端）、gl.refresh_features
-- 读写表: 读写 gl.fwtz

CREATE OR REPLACE FUNCTION gl.estimate_floors(p_fwbm text[])
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n integer;
BEGIN
    UPDATE gl.fwtz t
       SET gz_sjc = r.sjc,
           gz_sjfh = CASE WHEN r.sjc <> t.gz_c AND length(t.gz_fh) >= 3 THEN r.sjc || right(t.gz_fh, 2) END
      FROM (SELECT f.fwbm,
                   (dense_rank() OVER w + min(f.gz_c) OVER w - 1)::integer AS sjc
              FROM gl.fwtz f
             WHERE f.gz_c IS NOT NULL AND f.gz_zh IS NOT NULL
               AND (p_fwbm IS NULL
                    OR (coalesce(f.gz_xm, ''), coalesce(f.gz_dl, ''), f.gz_zh) IN
                       (SELECT coalesce(x.gz_xm, ''), coalesce(x.gz_dl, ''), x.gz_zh
                          FROM gl.fwtz x WHERE x.fwbm IN (SELECT unnest(p_fwbm))))
            WINDOW w AS (PARTITION BY f.gz_xm, f.gz_dl, f.gz_zh, f.gz_dy ORDER BY f.gz_c)) r
     WHERE t.fwbm = r.fwbm
       AND (t.gz_sjc IS DISTINCT FROM r.sjc
            OR t.gz_sjfh IS DISTINCT FROM CASE WHEN r.sjc <> t.gz_c AND length(t.gz_fh) >= 3
                                               THEN r.sjc || right(t.gz_fh, 2) END);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;

COMMENT ON FUNCTION gl.estimate_floors(text[]) IS
    '推算交易端房屋的实际层（同幢同单元名义层的次序 + 最低名义层 − 1）与以实际层书写的房号';
