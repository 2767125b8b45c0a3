-- jk.hzf_zt(varchar, varchar, text, text, text) → integer
-- 做什么: 停用或重新启用一个接口合作方（jydj partner disable / enable 调用），记审计日志（变更前后）。
--         停用后该合作方的调用在几秒内（接口进程刷新合作方缓存时）一律拒绝。
-- 规则: seed §5.2.1.8、§5.2.2.2；等保 2.0 安全审计；docs/api.md「合作方与凭据」。
-- 参数: p_yhm 用户名；p_zt 启用 / 停用；p_czr 操作人；p_ly 来源 cli / web；p_yy 原因
-- 返回: 改变的行数（状态本已如此时为 0，不记审计）
-- 错误: 用户名不存在、状态值不合规、操作人为空（P0001，中文说明）
-- 调用: jydj partner disable / enable（jydj/commands/partner.py）
-- 读写表: 写 jk.hzf、audit.czrz

CREATE OR REPLACE FUNCTION jk.hzf_zt(p_yhm varchar, p_zt varchar, p_czr text, p_ly text, p_yy text)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_old jk.hzf%ROWTYPE;
BEGIN
    IF p_zt IS NULL OR p_zt NOT IN ('启用', '停用') THEN
        RAISE EXCEPTION '状态 zt 须为 启用 或 停用（收到 %）', coalesce(p_zt, '空');
    END IF;
    IF p_czr IS NULL OR btrim(p_czr) = '' THEN
        RAISE EXCEPTION '操作人 czr 不能为空';
    END IF;
    SELECT * INTO v_old FROM jk.hzf h WHERE h.yhm = p_yhm FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '接口合作方 % 不存在', coalesce(p_yhm, '空');
    END IF;
    IF v_old.zt = p_zt THEN
        RETURN 0;
    END IF;
    UPDATE jk.hzf SET zt = p_zt, gxsj = now() WHERE id = v_old.id;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    VALUES (p_czr, CASE p_zt WHEN '停用' THEN '停用接口合作方' ELSE '启用接口合作方' END, 'jk.hzf', v_old.id::text,
            json_build_object('yhm', v_old.yhm, 'zt', v_old.zt)::jsonb,
            json_build_object('yhm', v_old.yhm, 'zt', p_zt)::jsonb, coalesce(p_ly, 'cli'), p_yy);
    RETURN 1;
END
$$;

COMMENT ON FUNCTION jk.hzf_zt(varchar, varchar, text, text, text) IS '停用或启用接口合作方（记审计日志）';
