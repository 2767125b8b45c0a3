-- stg.requeue(text, text, text, text, text) → integer
-- 做什么: 把不合格的暂存行重新置为待校验，让下一次校验运行再查一遍。用于规则之外的数据已被处理之后，
--         例如对接工具挂接了房屋与单元（SYQ05 等「单元挂接房屋」不通过的行）、楼盘表补录了面积、规则参数调整。
-- 规则: seed §5.2.1.6（不合格数据经对接工具关联和处理后重新校验）、§5.2.3（操作留痕）。只改 jyzt（校验结果保留到
--       下次校验时覆盖），不改映像；可限某条规则不通过的行（p_gzdm）与某个不动产单元号（p_bdcdyh）。
--       写一行操作日志 audit.czrz（操作 重新校验，对象 stg.djsj，变更后记条件与行数）。
-- 参数: p_gzdm 只重置该规则不通过的行（NULL 为全部不合格行）；p_bdcdyh 只重置该单元的行（NULL 不限）；
--       p_czr 操作人；p_ly 来源 web/cli/api/job；p_yy 原因（可空）
-- 返回: 重置的行数
-- 错误: 无
-- 调用: 数据对接工具（挂接之后）、jydj validate --requeue
-- 读写表: 读 stg.dcl；写 stg.djsj（触发器 stg.djsj_dcl 同步队列）、audit.czrz

CREATE OR REPLACE FUNCTION stg.requeue(p_gzdm text, p_bdcdyh text, p_czr text, p_ly text, p_yy text)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_n integer;
BEGIN
    UPDATE stg.djsj d
       SET jyzt = '待校验'
     WHERE d.id IN (SELECT q.id FROM stg.dcl q WHERE q.jyzt = '不合格')
       AND d.jyzt = '不合格'
       AND (p_bdcdyh IS NULL OR d.bdcdyh = p_bdcdyh)
       AND (p_gzdm IS NULL OR d.jyjg @> json_build_array(json_build_object('gzdm', p_gzdm))::jsonb);
    GET DIAGNOSTICS v_n = ROW_COUNT;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgh, ly, yy)
    VALUES (p_czr, '重新校验', 'stg.djsj', NULL,
            json_build_object('gzdm', p_gzdm, 'bdcdyh', p_bdcdyh, 'rows', v_n)::jsonb, p_ly, p_yy);
    RETURN v_n;
END
$$;

COMMENT ON FUNCTION stg.requeue(text, text, text, text, text) IS
    '把不合格的暂存行（可限规则、单元）重新置为待校验，记操作日志；返回行数';
