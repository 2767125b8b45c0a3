-- gl.refresh_features() → jsonb
-- 做什么: 用生产数据刷新挂接特征：交易端取楼盘表的房屋（项目、坐落、单元、层、房号、面积、最近买受人），登记端取已入库的
--         不动产单元（djjg.bdcdy）与尚未入库的暂存单元行（stg.djsj，如因未挂接而不合格的），各算出规范化比对键。
-- 规则: seed §5.2.1.6（数据关联）、§5.2.4.1；docs/linking.md「特征」。只写新的与原值有变化的行（重复执行不写）；
--   来源为「导入」的特征行不被覆盖（存量导入的数据由导入者负责）；交易端面积取实测（有时）否则预测；
--   登记端权利人取该单元最近登记的权利人（申请人类别 权利人）。
-- 参数: 无
-- 返回: {"fw": 交易端写入行数, "dy": 登记端写入行数}
-- 错误: 无
-- 调用: gl.link_run
-- 读写表: 读 lpb.h、lpb.ljz、lpb.zrz、lpb.xm、ht.spfht、ht.spfht_dsr、ht.clfht、ht.clfht_dsr、djjg.bdcdy、djjg.qlr、
--         stg.djsj、gl.xmbm；写 gl.fwtz、gl.dytz

CREATE OR REPLACE FUNCTION gl.refresh_features()
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_fw integer;
    v_dy integer;
BEGIN
    MERGE INTO gl.fwtz t
    USING (SELECT s.*, gl.norm_row(s.xmmc, s.zl, NULL, s.dyh, s.szc, s.fh) AS g
             FROM (SELECT h.fwbm, x.xmmc, h.zl, h.dyh, h.szc, h.fh,
                          coalesce(h.scjzmj, h.ycjzmj) AS jzmj, coalesce(h.sctnjzmj, h.yctnjzmj) AS tnmj,
                          o.mc AS qlrmc, upper(o.zjhm) AS zjhm
                     FROM lpb.h h
                     LEFT JOIN lpb.ljz l ON l.id = h.ljz_id
                     LEFT JOIN lpb.zrz z ON z.id = l.zrz_id
                     LEFT JOIN lpb.xm x ON x.id = z.xm_id
                     LEFT JOIN (SELECT DISTINCT ON (k.h_id) k.h_id, k.mc, k.zjhm
                                  FROM (SELECT c.h_id, s.mc, s.zjhm, c.cjsj, s.sxh
                                          FROM ht.spfht c JOIN ht.spfht_dsr s ON s.ht_id = c.id AND s.jslx = '买受人'
                                         WHERE c.htzt NOT IN ('已撤销', '草签')
                                        UNION ALL
                                        SELECT c.h_id, s.mc, s.zjhm, c.cjsj, s.sxh
                                          FROM ht.clfht c JOIN ht.clfht_dsr s ON s.ht_id = c.id AND s.jslx = '买受人'
                                         WHERE c.htzt NOT IN ('已撤销', '草签')) k
                                 ORDER BY k.h_id, k.cjsj DESC, k.sxh) o ON o.h_id = h.id
                    WHERE h.fwbm IS NOT NULL) s
             LEFT JOIN gl.fwtz e ON e.fwbm = s.fwbm
            WHERE e.fwbm IS NULL
               OR (e.ly = '楼盘表'
                   AND (e.xmmc, e.zl, e.dyh, e.szc, e.fh, e.jzmj, e.tnmj, e.qlrmc, e.zjhm)
                       IS DISTINCT FROM (s.xmmc, s.zl, s.dyh, s.szc, s.fh, s.jzmj, s.tnmj, s.qlrmc, s.zjhm))
           OFFSET 0) s
       ON (t.fwbm = s.fwbm)
    WHEN MATCHED THEN UPDATE SET
         xmmc = s.xmmc, zl = s.zl, dyh = s.dyh, szc = s.szc, fh = s.fh, jzmj = s.jzmj, tnmj = s.tnmj,
         qlrmc = s.qlrmc, zjhm = s.zjhm, gz_xm = s.g[1], gz_xmjc = s.g[2], gz_dl = s.g[3], gz_zh = s.g[4],
         gz_dy = s.g[5], gz_c = s.g[6]::integer, gz_fh = s.g[7], gz_dz = s.g[8], gz_qx = s.g[9], gxsj = now()
    WHEN NOT MATCHED THEN INSERT
         (fwbm, ly, xmmc, zl, dyh, szc, fh, jzmj, tnmj, qlrmc, zjhm,
          gz_xm, gz_xmjc, gz_dl, gz_zh, gz_dy, gz_c, gz_fh, gz_dz, gz_qx)
         VALUES (s.fwbm, '楼盘表', s.xmmc, s.zl, s.dyh, s.szc, s.fh, s.jzmj, s.tnmj, s.qlrmc, s.zjhm,
                 s.g[1], s.g[2], s.g[3], s.g[4], s.g[5], s.g[6]::integer, s.g[7], s.g[8], s.g[9]);
    GET DIAGNOSTICS v_fw = ROW_COUNT;
    IF v_fw > 0 THEN
        PERFORM gl.estimate_floors(NULL);
    END IF;

    MERGE INTO gl.dytz t
    USING (SELECT s.*, gl.norm_row(NULL, s.zl, s.zh, s.dyh, s.szc, s.hh) AS g
             FROM (SELECT u.bdcdyh, u.ly, u.fwbm, u.zl, u.zh, u.dyh, u.szc, u.hh, u.jzmj, u.tnmj,
                          q.qlrmc, upper(q.zjhm) AS zjhm, q.bdcqzh
                     FROM (SELECT b.bdcdyh, '登记'::varchar(10) AS ly, b.fwbm::text AS fwbm, b.zl, b.zh, b.dyh,
                                  b.szc::text AS szc, coalesce(b.shbw, b.hh::text) AS hh, b.jzmj, b.tnjzmj AS tnmj
                             FROM djjg.bdcdy b
                           UNION ALL
                           (SELECT DISTINCT ON (s.bdcdyh) s.bdcdyh, '暂存', s.sjnr ->> 'fwbm', s.sjnr ->> 'zl',
                                  s.sjnr ->> 'zh', s.sjnr ->> 'dyh', s.sjnr ->> 'szc',
                                  coalesce(s.sjnr ->> 'shbw', s.sjnr ->> 'hh'),
                                  CASE WHEN s.sjnr ->> 'jzmj' ~ '^[0-9]{1,8}(\.[0-9]+)?$'
                                       THEN (s.sjnr ->> 'jzmj')::numeric(12,2) END,
                                  CASE WHEN s.sjnr ->> 'tnjzmj' ~ '^[0-9]{1,8}(\.[0-9]+)?$'
                                       THEN (s.sjnr ->> 'tnjzmj')::numeric(12,2) END
                             FROM stg.djsj s
                            WHERE s.lybm = 'bdcdy' AND s.czlx <> 'D' AND s.jyzt <> '已入库' AND s.bdcdyh IS NOT NULL
                              AND NOT EXISTS (SELECT 1 FROM djjg.bdcdy b WHERE b.bdcdyh = s.bdcdyh)
                            ORDER BY s.bdcdyh, s.id DESC)) u
                     LEFT JOIN (SELECT DISTINCT ON (r.bdcdyh) r.bdcdyh, r.qlrmc, r.zjhm, r.bdcqzh
                                  FROM djjg.qlr r
                                 WHERE r.sqrlb = '权利人' AND r.bdcdyh IS NOT NULL
                                 ORDER BY r.bdcdyh, r.djsj DESC NULLS LAST, r.sxh) q ON q.bdcdyh = u.bdcdyh) s
             LEFT JOIN gl.dytz e ON e.bdcdyh = s.bdcdyh
            WHERE e.bdcdyh IS NULL
               OR (e.ly <> '导入'
                   AND (e.ly, e.fwbm, e.zl, e.zh, e.dyh, e.szc, e.hh, e.jzmj, e.tnmj, e.qlrmc, e.zjhm, e.bdcqzh)
                       IS DISTINCT FROM (s.ly, s.fwbm, s.zl, s.zh, s.dyh, s.szc, s.hh, s.jzmj, s.tnmj, s.qlrmc, s.zjhm,
                                         s.bdcqzh))
           OFFSET 0) s
       ON (t.bdcdyh = s.bdcdyh)
    WHEN MATCHED THEN UPDATE SET
         ly = s.ly, fwbm = s.fwbm, zl = s.zl, zh = s.zh, dyh = s.dyh, szc = s.szc, hh = s.hh, jzmj = s.jzmj,
         tnmj = s.tnmj, qlrmc = s.qlrmc, zjhm = s.zjhm, bdcqzh = s.bdcqzh,
         gz_xm = coalesce((SELECT a.gz_xm FROM gl.xmbm a WHERE a.bm = s.g[1]), s.g[1]), gz_xmjc = s.g[2],
         gz_dl = s.g[3], gz_zh = s.g[4], gz_dy = s.g[5], gz_c = s.g[6]::integer, gz_fh = s.g[7], gz_dz = s.g[8],
         gz_qx = s.g[9], gz_pyc = NULL, gz_mc = s.g[6]::integer, gz_mfh = s.g[7], gxsj = now()
    WHEN NOT MATCHED THEN INSERT
         (bdcdyh, ly, fwbm, zl, zh, dyh, szc, hh, jzmj, tnmj, qlrmc, zjhm, bdcqzh,
          gz_xm, gz_xmjc, gz_dl, gz_zh, gz_dy, gz_c, gz_fh, gz_dz, gz_qx, gz_mc, gz_mfh)
         VALUES (s.bdcdyh, s.ly, s.fwbm, s.zl, s.zh, s.dyh, s.szc, s.hh, s.jzmj, s.tnmj, s.qlrmc, s.zjhm, s.bdcqzh,
                 coalesce((SELECT a.gz_xm FROM gl.xmbm a WHERE a.bm = s.g[1]), s.g[1]), s.g[2], s.g[3], s.g[4],
                 s.g[5], s.g[6]::integer, s.g[7], s.g[8], s.g[9], s.g[6]::integer, s.g[7]);
    GET DIAGNOSTICS v_dy = ROW_COUNT;
    RETURN json_build_object('fw', v_fw, 'dy', v_dy)::jsonb;
END
$$;

COMMENT ON FUNCTION gl.refresh_features() IS
    '用楼盘表、登记单元镜像与暂存单元刷新挂接特征（只写新行与变化行；导入的特征不覆盖）';
