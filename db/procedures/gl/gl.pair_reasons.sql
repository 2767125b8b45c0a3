-- gl.pair_reasons(smallint[]) → jsonb
-- 做什么: 把 gl.pair_points 的分项得分转成中文理由，存入挂接依据 gl.fw_dy.glyj 与候选理由 gl.hxd.ly，供人工查看。
-- 规则: seed §5.2.4（挂接依据留痕）；docs/linking.md「比对项与得分」。各项的分值含义见 gl.pair_points。
-- 参数: p 分项得分（smallint[11]）
-- 返回: {"项目": "相同", "幢号": "相同", …, "分项": [...]}
-- 错误: 无
-- 调用: gl.link_auto、gl.link_candidates、gl.candidates
-- 读写表: 无

CREATE OR REPLACE FUNCTION gl.pair_reasons(p smallint[])
RETURNS jsonb
LANGUAGE sql
IMMUTABLE
AS $$
    SELECT json_build_object(
        '项目', CASE p[1] WHEN 4 THEN '相同' WHEN 3 THEN '词干相同' WHEN 1 THEN '相似' WHEN -4 THEN '期数不同'
                          WHEN -3 THEN '不同' ELSE '缺' END,
        '路名门牌', CASE p[2] WHEN 2 THEN '相同' WHEN -3 THEN '不同' ELSE '缺' END,
        '幢号', CASE p[3] WHEN 3 THEN '相同' WHEN -8 THEN '不同' ELSE '缺' END,
        '单元', CASE p[4] WHEN 2 THEN '相同' WHEN -6 THEN '不同' ELSE '缺' END,
        '房号', CASE p[5] WHEN 6 THEN '相同' WHEN 5 THEN '按实际层相同' WHEN 1 THEN '两位互换（笔误）' WHEN -4 THEN '一位不同' WHEN -8 THEN '不同'
                          ELSE '缺' END,
        '层', CASE p[6] WHEN 1 THEN '相同' WHEN -3 THEN '不同' ELSE '缺' END,
        '建筑面积', CASE p[7] WHEN 3 THEN '相同' WHEN 2 THEN '差≤1%' WHEN 1 THEN '差≤3.5%（复测）'
                              WHEN -2 THEN '差≤8%' WHEN -6 THEN '差>8%' ELSE '缺' END,
        '套内面积', CASE p[8] WHEN 1 THEN '相同' WHEN -2 THEN '差>8%' ELSE '缺或相近' END,
        '权利人', CASE p[9] WHEN 4 THEN '证件号相同' WHEN 2 THEN '名称相同' ELSE '无旁证' END,
        '房屋编码', CASE p[10] WHEN 3 THEN '登记端所记相同' ELSE '无' END,
        '区县', CASE p[11] WHEN 1 THEN '相同' WHEN -6 THEN '不同' ELSE '缺' END,
        '分项', p)::jsonb
$$;

COMMENT ON FUNCTION gl.pair_reasons(smallint[]) IS '分项得分转成中文理由（JSON），存入挂接依据与候选理由';
