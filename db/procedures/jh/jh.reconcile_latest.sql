-- jh.reconcile_latest(text) → jsonb
-- 做什么: 一条流最近一次补推报告（在该流的目标库读），供 jydj status 与运维页显示。
-- 规则: 取 jh.btbg 中该流 id 最大的一行；不含明细样例 mx（见表本身）。键名与 connector/reconcile.py 的
--       报告一致：id、stream、started_at、finished_at、since、repush、buckets、checked、different、missing、
--       extra、held_back、repushed、still_missing、status、message。
-- 参数: p_stream 流（S1–S4）
-- 返回: JSON 对象；该流还没有补推报告时为 NULL
-- 错误: 无
-- 调用: jydj status（jydj/status.py）
-- 读写表: 读 jh.btbg

CREATE OR REPLACE FUNCTION jh.reconcile_latest(p_stream text)
RETURNS jsonb
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_r jsonb;
BEGIN
    SELECT json_build_object('id', b.id, 'stream', b.lsl, 'started_at', b.kssj, 'finished_at', b.jssj,
                             'since', b.qsrq, 'repush', b.sfbt, 'buckets', b.tss, 'checked', b.checked,
                             'different', b.different, 'missing', b.missing, 'extra', b.extra,
                             'held_back', b.held_back, 'repushed', b.repushed, 'still_missing', b.still_missing,
                             'status', b.zt, 'message', b.sm)::jsonb
      INTO v_r
      FROM jh.btbg b
     WHERE b.lsl = p_stream
     ORDER BY b.id DESC
     LIMIT 1;
    RETURN v_r;
END
$$;

COMMENT ON FUNCTION jh.reconcile_latest(text) IS '一条流最近一次补推报告（JSON，不含明细样例），供 jydj status 读取';
