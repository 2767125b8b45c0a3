-- ycsl.sj_dy(bigint, text, text, text[]) → jsonb
-- 做什么: 一窗收件类操作的应答（接收申请、撤件、登簿完成）：该件当前的状态与所涉编号，加上本次的结果、说明、原因。
--         Python 层把它原样交给调用方。
-- 规则: docs/onewindow.md「应答」。键总是齐全（没有的值为 null）：
--       {"slbh", "lc", "zt", "htbh", "htbah", "htzt", "dybah", "jyywh", "xd", "djywh", "bdcqzh", "djsj", "jg", "sm", "yy"}
--       htbah、htzt 取该件合同（htlx + htbh）的当前值；dybah 取该件抵押备案；djsj 为 ISO 8601 文本；yy 为原因数组（无则 []）。
-- 参数: p_sj_id 收件 ID；p_jg 结果（中文，如 受理通过、审核未通过、驳回、待完善、已撤件、已接收）；p_sm 说明；p_yy 原因
-- 返回: 应答 JSON
-- 错误: 无（收件不存在时返回 null）
-- 调用: ycsl.sj_clfwq、ycsl.sj_jyba、ycsl.sj_dyba、ycsl.sj_bh、ycsl.cj、ycsl.dbwc
-- 读写表: 读 ycsl.sj、ht.spfht、ht.clfht、ht.dyba

CREATE OR REPLACE FUNCTION ycsl.sj_dy(p_sj_id bigint, p_jg text, p_sm text, p_yy text[])
RETURNS jsonb
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_dy    jsonb;
BEGIN
    SELECT json_build_object(
               'slbh', s.slbh, 'lc', s.lc, 'zt', s.zt, 'htbh', s.htbh,
               'htbah', coalesce(c.htbah, p.htbah), 'htzt', coalesce(c.htzt, p.htzt),
               'dybah', b.dybah, 'jyywh', s.jyywh, 'xd', s.xd,
               'djywh', s.djywh, 'bdcqzh', s.bdcqzh, 'djsj', ycsl.iso(s.djsj),
               'jg', p_jg, 'sm', p_sm, 'yy', array_to_json(coalesce(p_yy, '{}'::text[])))::jsonb
      INTO v_dy
      FROM ycsl.sj s
      LEFT JOIN ht.clfht c ON s.htlx = 'clfht' AND c.htbh = s.htbh
      LEFT JOIN ht.spfht p ON s.htlx = 'spfht' AND p.htbh = s.htbh
      LEFT JOIN ht.dyba b ON b.id = s.dyba_id
     WHERE s.id = p_sj_id;
    RETURN v_dy;
END
$$;

COMMENT ON FUNCTION ycsl.sj_dy(bigint, text, text, text[]) IS
    '一窗收件类操作的应答：该件状态、合同与备案号、抵押备案号、交易业务号、限定、登簿信息，加本次结果、说明与原因数组';
