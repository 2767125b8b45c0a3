-- stg.jc_zd(jsonb) → TABLE(id bigint, xx text)
-- 做什么: 代码值检查：规则参数 zd 所列代码字段有值（非空白）而不在对应代码表 zd.<表>.dm 中的批次行不通过；
--         一行有几个字段不通过时合成一条说明。
-- 规则: seed §5.2.1.6（数据效检：登记数据须符合交易标准代码）；TD/T 1066 字典，代码表见 jy_0002（zd.*）。
--       代码表的停用代码（yxbz = false）仍算在表中：历史登记数据可以引用（如已撤销的达县 511721）。
--       空值不在此检查（必填由 stg.jc_bt 管）；值按原样比较（首尾空格不通过）。
--       按参数拼成一条动态查询，对批次一次扫描：每个字段一个 CASE，代码表查找为哈希子计划（代码表只有几十行）；
--       说明以「；」连接。规则如 SYQ04、DYQ03、QLR03。
-- 参数: p_gz 规则（stg.jygz 的一行转成 JSON）；p_gz -> 'cs' = {"zd": {"字段": "代码表名（zd 模式下）", …}}，
--       范围条件见 stg.gz_sy
-- 返回: 不通过的批次行 ID（每行至多一条），与说明（如「权利类型 qllx=「99」不在代码表 zd.qllx 中；…」）
-- 错误: 参数 zd 不是非空对象 → 22023；代码表不存在 → 42P01（规则目录配置错误，不是数据错误）
-- 调用: stg.check_and_load（stg.validate_batch 的校验步骤，按规则目录动态调用）
-- 读写表: 读 stg.jypc、zd.*

CREATE OR REPLACE FUNCTION stg.jc_zd(p_gz jsonb)
RETURNS TABLE (id bigint, xx text)
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_mc   jsonb := '{"djlx": "登记类型", "qllx": "权利类型", "ghyt": "规划用途", "fwxz": "房屋性质",
                      "fwjg": "房屋结构", "fwlx": "房屋类型", "qxdm": "区县代码", "qszt": "权属状态",
                      "dybdclx": "抵押不动产类型", "dyfs": "抵押方式", "ygdjzl": "预告登记种类", "cflx": "查封类型",
                      "zjzl": "证件种类", "qlrlx": "权利人类型", "gyfs": "共有方式", "tdyt": "土地用途"}';
    v_cs   text;
BEGIN
    IF jsonb_typeof(p_gz -> 'cs' -> 'zd') IS DISTINCT FROM 'object' OR p_gz -> 'cs' -> 'zd' = '{}'::jsonb THEN
        RAISE EXCEPTION '规则 % 的参数须为 {"zd": {"字段": "代码表", …}}（收到 %）', p_gz ->> 'gzdm', p_gz -> 'cs'
              USING ERRCODE = '22023';
    END IF;

    SELECT string_agg(format(
               'CASE WHEN btrim(p.sjnr ->> %1$L) <> '''' AND NOT ((p.sjnr ->> %1$L) IN (SELECT z.dm FROM zd.%2$I z))'
               ' THEN %3$L || (p.sjnr ->> %1$L) || %4$L END',
               f.key, f.value,
               coalesce(v_mc ->> f.key || ' ', '') || f.key || '=「',
               '」不在代码表 zd.' || f.value || ' 中'), ', ')
      INTO v_cs
      FROM jsonb_each_text(p_gz -> 'cs' -> 'zd') f;

    RETURN QUERY EXECUTE
        'SELECT t.id, t.xx FROM (SELECT p.id, concat_ws(''；'', ' || v_cs || ') AS xx'
        '  FROM stg.jypc p WHERE stg.gz_sy($1, p.djzl, p.lybm, p.czlx, p.sjnr)) t'
        ' WHERE t.xx <> '''''
      USING p_gz;
END
$$;

COMMENT ON FUNCTION stg.jc_zd(jsonb) IS
    '代码值检查：参数 zd 所列字段有值而不在对应代码表 zd.<表> 中的批次行不通过，一行的全部不通过字段合成一条说明';
