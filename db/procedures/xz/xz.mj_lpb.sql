-- xz.mj_lpb(bigint[], jsonb) → TABLE(id bigint, gx jsonb)
-- 做什么: 面积取楼盘表：把所选暂存行的建筑面积 jzmj 改为交易楼盘表中其房屋的建筑面积。
-- 规则: seed §5.2.1.6（数据效检：登记数据与交易楼盘表一致）；修正规则 SYQ06、YG08（stg.jc_mj 不通过的行）。
--       房屋与 stg.jc_mj 相同：gl.fw_dy 中该不动产单元号的有效挂接所指的户，没有时为房屋编码等于映像 fwbm 的户
--       （lpb.h.fwbm，唯一）。面积按参数 ly：实测优先（默认，coalesce(h.scjzmj, h.ycjzmj)，与检查相同）、实测
--       （h.scjzmj）、预测（h.ycjzmj）。写为保留两位小数的文字（与 Debezium 映像的数值写法相同，如 "98.50"）。
--       找不到房屋、所取面积为空或不大于 0、映像没有 jzmj、所记面积与之数值相等的行不改；删除墓碑不改。
--       只读，一条集合语句，按唯一键连接挂接表与户表，每行至多一户。
-- 参数: p_ids 暂存行ID；p_cs {"ly": "实测优先" | "实测" | "预测"}（可省，默认实测优先）
-- 返回: 每个要改的行一条：(id, {"jzmj": "面积"})
-- 错误: 参数 ly 不是三者之一 → 22023（执行器已先检查，直接调用时才会遇到）
-- 调用: xz.run（修正过程目录 xz.gc 中的 xz.mj_lpb）
-- 读写表: 读 stg.djsj、gl.fw_dy、lpb.h

CREATE OR REPLACE FUNCTION xz.mj_lpb(p_ids bigint[], p_cs jsonb)
RETURNS TABLE (id bigint, gx jsonb)
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_ly  text := coalesce(nullif(btrim(p_cs ->> 'ly'), ''), '实测优先');
BEGIN
    IF v_ly NOT IN ('实测优先', '实测', '预测') THEN
        RAISE EXCEPTION '修正过程 xz.mj_lpb 的参数 ly（面积来源）须是 实测优先、实测、预测 之一（收到 %）', v_ly
            USING ERRCODE = '22023';
    END IF;

    RETURN QUERY
    SELECT t.id, json_build_object('jzmj', round(t.mj, 2)::text)::jsonb
      FROM (SELECT d.id, btrim(d.sjnr ->> 'jzmj') AS v,
                   CASE v_ly WHEN '实测' THEN h.scjzmj
                             WHEN '预测' THEN h.ycjzmj
                             ELSE coalesce(h.scjzmj, h.ycjzmj) END AS mj
              FROM stg.djsj d
              LEFT JOIN gl.fw_dy g ON g.bdcdyh = d.bdcdyh AND g.zt = '有效'
              JOIN lpb.h h ON h.fwbm = coalesce(g.fwbm, d.sjnr ->> 'fwbm')
             WHERE d.id = ANY (p_ids) AND d.czlx <> 'D' AND d.sjnr ? 'jzmj') t
     WHERE t.mj > 0
       AND NOT coalesce(CASE WHEN t.v COLLATE "C" ~ '^-?[0-9]+(\.[0-9]+)?$' THEN t.v::numeric = round(t.mj, 2) END, false);
END
$$;

COMMENT ON FUNCTION xz.mj_lpb(bigint[], jsonb) IS
    '修正过程 面积取楼盘表：建筑面积 jzmj 改为挂接房屋的楼盘表建筑面积（默认实测优先，否则预测；参数 ly 可只取实测或预测）；只读';
