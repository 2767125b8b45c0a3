-- stg.jc_mj(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 面积一致检查：批次行所记建筑面积与挂接房屋的楼盘表建筑面积（实测，无实测时预测）相差超过相对误差
--         参数 xdwc 的不通过。
-- 规则: seed §5.2.1.6（数据效检：登记数据与交易楼盘表一致）。房屋 = gl.fw_dy 中该不动产单元号的有效挂接所指的户，
--       没有时为房屋编码等于行映像 fwbm 的户（lpb.h.fwbm，唯一）；楼盘表面积 = coalesce(h.scjzmj, h.ycjzmj)。
--       不通过 = |所记面积 − 楼盘表面积| > xdwc × 楼盘表面积。找不到房屋、楼盘表无面积（空或 0）、所记面积为空或不是数字
--       （^-?[0-9]+(\.[0-9]+)?$）的行通过：挂接、必填与数值格式由 stg.jc_gj、stg.jc_bt、stg.jc_je 检查。
--       一条集合语句：左连接挂接表、连接户表，都按唯一键，每行至多一户。规则如 SYQ06、YG08。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；p_gz -> 'cs' = {"zd": "面积字段", "xdwc": 相对误差（如 0.03）}，
--       范围条件见 stg.gz_sy
-- 返回: 不通过的批次行 ID，与说明（如「建筑面积 jzmj=「120.00」与楼盘表房屋 … 的建筑面积 100.00 相差 20.00%，超过 3%」）
-- 错误: 参数 zd 或 xdwc 缺少 → 22023（规则目录配置错误，不是数据错误）
-- 调用: stg.check_and_load（stg.validate_batch 的校验步骤，按规则目录动态调用）
-- 读写表: 读 stg.jypc、gl.fw_dy、lpb.h

CREATE OR REPLACE FUNCTION stg.jc_mj(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_zd    text := p_gz -> 'cs' ->> 'zd';
    v_xdwc  numeric := (p_gz -> 'cs' ->> 'xdwc')::numeric;
    v_mc    text;
BEGIN
    IF v_zd IS NULL OR v_xdwc IS NULL OR v_xdwc < 0 THEN
        RAISE EXCEPTION '规则 % 的参数须为 {"zd": 面积字段, "xdwc": 非负相对误差}（收到 %）',
              p_gz ->> 'gzdm', p_gz -> 'cs' USING ERRCODE = '22023';
    END IF;
    v_mc := coalesce('{"jzmj": "建筑面积", "tnjzmj": "套内建筑面积", "ftjzmj": "分摊建筑面积"}'::jsonb ->> v_zd || ' ', '')
            || v_zd;

    RETURN QUERY
    SELECT t.id,
           v_mc || '=「' || t.v || '」与楼盘表房屋 fwbm=「' || t.fwbm || '」的' || t.mjlx || '建筑面积 ' || t.mj
           || ' 相差 ' || round(abs(t.v::numeric - t.mj) * 100 / t.mj, 2) || '%，超过 '
           || rtrim(rtrim(to_char(v_xdwc * 100, 'FM999990.99'), '0'), '.') || '%'
      FROM (SELECT p.id, btrim(p.sjnr ->> v_zd) AS v, h.fwbm,
                   coalesce(h.scjzmj, h.ycjzmj) AS mj,
                   CASE WHEN h.scjzmj IS NOT NULL THEN '实测' ELSE '预测' END AS mjlx
              FROM stg.jypc p
              LEFT JOIN gl.fw_dy g ON g.bdcdyh = p.bdcdyh AND g.zt = '有效'
              JOIN lpb.h h ON h.fwbm = coalesce(g.fwbm, p.sjnr ->> 'fwbm')
             WHERE stg.gz_sy(p_gz, p.djzl, p.lybm, p.czlx, p.sjnr)
               AND btrim(p.sjnr ->> v_zd) COLLATE "C" ~ '^-?[0-9]+(\.[0-9]+)?$'
               AND coalesce(h.scjzmj, h.ycjzmj) > 0
            OFFSET 0) t
     WHERE abs(t.v::numeric - t.mj) > v_xdwc * t.mj;
END
$$;

COMMENT ON FUNCTION stg.jc_mj(jsonb) IS
    '面积一致检查：所记建筑面积与挂接房屋的楼盘表建筑面积（实测，无实测时预测）相差超过参数 xdwc 的批次行不通过';
