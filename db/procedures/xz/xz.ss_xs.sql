-- xz.ss_xs(bigint[], jsonb) → TABLE(id bigint, gx jsonb)
-- 做什么: 上手取现势业务：把所选登簿结果暂存行的上手业务号 syywh 改为同一不动产单元在生产库中当前现势的、
--         该规则所要的那种登记业务；只有恰好一个这样的业务时才改。
-- 规则: seed §5.2.2.3 第 4–7 项（上下手关系）；修正规则 SYQ07、DYQ08、YDY04（stg.jc_ss 不通过的行）。「现势」同 stg.jc_ss：
--   所有权、抵押权的行（SYQ07、DYQ08）→ 该单元的现势所有权：djjg.fdcq 中 qszt = 1、业务号不同于本行，且没有
--     暂存区尚未入库（待校验、合格）、非删除的另一件所有权登簿结果以它为上手（否则它已不再现势，见 stg.jc_ss）；
--   预抵押的行（YDY04）→ 该单元现势的预告：djjg.ygdj 中 ygdjzl 不是 3、4（不是预抵押），未注销（zxygywh 为空
--     且 qszt 不是 2）。
--   单元 = 暂存行的不动产单元号（去首尾空白）；没有单元号（多证抵押）、不是来源表 dbjg、映像没有 syywh、
--   候选不止一个或没有、上手业务号已相同的行不改；删除墓碑不改。只取生产库（djjg）中的业务。
--   只读，一条集合语句：按单元号连接生产表（有索引），只对候选分组。
-- 参数: p_ids 暂存行ID；p_cs 无参数（{}）
-- 返回: 每个要改的行一条：(id, {"syywh": "上手业务号"})
-- 错误: 无
-- 调用: xz.run（修正过程目录 xz.gc 中的 xz.ss_xs）
-- 读写表: 读 stg.djsj、stg.dcl、djjg.fdcq、djjg.ygdj

CREATE OR REPLACE FUNCTION xz.ss_xs(p_ids bigint[], p_cs jsonb)
RETURNS TABLE (id bigint, gx jsonb)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    RETURN QUERY
    WITH r AS (
        SELECT d.id, d.djzl, coalesce(d.ywh, '') AS ywh, btrim(d.bdcdyh) AS dyh, d.sjnr ->> 'syywh' AS v
          FROM stg.djsj d
         WHERE d.id = ANY (p_ids) AND d.czlx <> 'D' AND d.lybm = 'dbjg'
           AND d.djzl IN ('所有权', '抵押权', '预抵押') AND d.sjnr ? 'syywh' AND btrim(d.bdcdyh) <> ''
    ),
    c AS (
        SELECT r.id, f.ywh AS sy
          FROM r
          JOIN djjg.fdcq f ON f.bdcdyh = r.dyh
         WHERE r.djzl IN ('所有权', '抵押权') AND f.qszt = '1' AND f.ywh <> r.ywh
           AND NOT EXISTS (SELECT 1 FROM stg.dcl q JOIN stg.djsj x ON x.id = q.id
                            WHERE q.jyzt IN ('待校验', '合格') AND q.djzl = '所有权' AND x.lybm = 'dbjg'
                              AND x.czlx <> 'D' AND btrim(x.sjnr ->> 'syywh') = f.ywh
                              AND coalesce(x.ywh, '') <> r.ywh)
        UNION
        SELECT r.id, g.ywh
          FROM r
          JOIN djjg.ygdj g ON g.bdcdyh = r.dyh
         WHERE r.djzl = '预抵押' AND coalesce(g.ygdjzl, '') NOT IN ('3', '4') AND g.ywh <> r.ywh
           AND coalesce(btrim(g.zxygywh), '') = '' AND coalesce(g.qszt, '1') <> '2'
    )
    SELECT r.id, json_build_object('syywh', min(c.sy))::jsonb
      FROM r
      JOIN c ON c.id = r.id
     GROUP BY r.id, r.v
    HAVING count(*) = 1 AND min(c.sy) IS DISTINCT FROM r.v;
END
$$;

COMMENT ON FUNCTION xz.ss_xs(bigint[], jsonb) IS
    '修正过程 上手取现势业务：所有权、抵押权行的上手业务号改为该单元唯一的现势所有权，预抵押行的改为该单元唯一的现势预告；不唯一的不改；只读';
