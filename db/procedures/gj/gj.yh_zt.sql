-- gj.yh_zt(varchar, text, text, text, text) → integer
-- 做什么: 停用、启用或解锁一个数据对接工具用户（jydj user disable / enable / unlock）。停用使已登录的会话失效；
--         解锁清除登录失败计数与锁定时刻。记操作日志（变更前后）。
-- 规则: seed §5.2.3；GB/T 22239-2019 §8.1.4.1（登录失败处理：锁定后由管理员解锁或到时自动解除）。
-- 参数: p_yhm 用户名；p_cz 停用 / 启用 / 解锁；p_czr 操作人；p_ly 来源 cli / web；p_yy 原因
-- 返回: 改变的行数（本已如此时为 0，不记日志）
-- 错误: 22023 操作不合规；P0002 用户不存在
-- 调用: jydj user disable / enable / unlock（jydj/users.py）
-- 读写表: 写 gj.yh、audit.czrz

CREATE OR REPLACE FUNCTION gj.yh_zt(p_yhm varchar, p_cz text, p_czr text, p_ly text, p_yy text)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_old gj.yh%ROWTYPE;
BEGIN
    IF p_cz IS NULL OR p_cz NOT IN ('停用', '启用', '解锁') THEN
        RAISE EXCEPTION '操作 cz 须为 停用、启用 或 解锁（收到「%」）', coalesce(p_cz, '') USING ERRCODE = '22023';
    END IF;
    SELECT y.* INTO v_old FROM gj.yh y WHERE y.yhm = p_yhm FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '用户 %「%」不存在', 'yhm', coalesce(p_yhm, '') USING ERRCODE = 'P0002';
    END IF;
    IF (p_cz = '停用' AND v_old.zt = '停用') OR (p_cz = '启用' AND v_old.zt = '启用')
       OR (p_cz = '解锁' AND v_old.sbcs = 0 AND v_old.sdzz IS NULL) THEN
        RETURN 0;
    END IF;
    UPDATE gj.yh y
       SET zt = CASE p_cz WHEN '停用' THEN '停用' WHEN '启用' THEN '启用' ELSE y.zt END,
           sbcs = CASE WHEN p_cz = '停用' THEN y.sbcs ELSE 0 END,
           sdzz = CASE WHEN p_cz = '停用' THEN y.sdzz END,
           hhbb = y.hhbb + CASE WHEN p_cz = '停用' THEN 1 ELSE 0 END,
           gxsj = now()
     WHERE y.yhm = p_yhm;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    SELECT p_czr, p_cz || '用户', 'gj.yh', p_yhm,
           json_build_object('zt', v_old.zt, 'sbcs', v_old.sbcs, 'sdzz', v_old.sdzz)::jsonb,
           json_build_object('zt', y.zt, 'sbcs', y.sbcs, 'sdzz', y.sdzz)::jsonb, coalesce(p_ly, 'cli'), p_yy
      FROM gj.yh y WHERE y.yhm = p_yhm;
    RETURN 1;
END
$$;

COMMENT ON FUNCTION gj.yh_zt(varchar, text, text, text, text) IS '停用、启用或解锁数据对接工具用户（记操作日志）';
