-- gj.dl_jl(varchar, boolean, text, text, integer, integer) → jsonb
-- 做什么: 记一次登录的结果并决定是否放行（数据对接工具的登录页、统一平台登录）：口令由调用方核对（Argon2id），
--         本函数在用户行上加锁后判断停用与锁定、累计连续失败次数，达到上限即锁定一段时间，成功则清零；
--         每次都写操作日志（登录、登录失败、账户锁定、登录被拒）。
-- 规则: GB/T 22239-2019 §8.1.4.1 a、b（身份鉴别；登录失败处理：限制非法登录次数、自动退出）；seed §5.2.3；
--       docs/steward.md「登录」。锁定期间口令正确也拒绝；不存在的用户与口令错误给调用方同样的结果（不泄露用户是否存在）。
-- 参数: p_yhm 用户名；p_cg 口令（或统一平台身份）是否核对通过；p_fs 方式 口令 / 请求头 / OIDC；p_ip 客户端地址；
--       p_sx 连续失败上限（如 5）；p_sdfz 锁定分钟数（如 15）
-- 返回: {"jg": 成功 / 失败 / 锁定 / 停用, "sbcs": 连续失败次数, "sdzz": 锁定至, "hhbb": 会话版本, "js": 角色}
-- 错误: 22023 参数不合规
-- 调用: api/steward/auth.py
-- 读写表: 写 gj.yh、audit.czrz

CREATE OR REPLACE FUNCTION gj.dl_jl(p_yhm varchar, p_cg boolean, p_fs text, p_ip text, p_sx integer, p_sdfz integer)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_yh  gj.yh%ROWTYPE;
    v_jg  text;
    v_cz  text;
BEGIN
    IF p_sx IS NULL OR p_sx < 1 OR p_sdfz IS NULL OR p_sdfz < 1 THEN
        RAISE EXCEPTION '失败上限 p_sx 与锁定分钟数 p_sdfz 须为正整数' USING ERRCODE = '22023';
    END IF;
    SELECT y.* INTO v_yh FROM gj.yh y WHERE y.yhm = p_yhm FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgh, ly, ip, cgbz)
        VALUES (coalesce(p_yhm, ''), '登录失败', 'gj.yh', p_yhm,
                json_build_object('fs', p_fs, 'yy', '用户不存在')::jsonb, 'web', p_ip, false);
        RETURN json_build_object('jg', '失败', 'sbcs', NULL, 'sdzz', NULL, 'hhbb', NULL, 'js', NULL)::jsonb;
    END IF;

    IF v_yh.zt = '停用' THEN
        v_jg := '停用';
        v_cz := '登录被拒';
    ELSIF v_yh.sdzz IS NOT NULL AND v_yh.sdzz > now() THEN
        v_jg := '锁定';
        v_cz := '登录被拒';
    ELSIF p_cg THEN
        v_jg := '成功';
        v_cz := '登录';
        UPDATE gj.yh y SET sbcs = 0, sdzz = NULL, zhdl = now() WHERE y.yhm = p_yhm;
    ELSE
        UPDATE gj.yh y
           SET sbcs = CASE WHEN y.sdzz IS NOT NULL THEN 1 ELSE y.sbcs + 1 END,  -- 锁定已到期：重新计数
               sdzz = CASE WHEN (CASE WHEN y.sdzz IS NOT NULL THEN 1 ELSE y.sbcs + 1 END) >= p_sx
                           THEN now() + p_sdfz * interval '1 minute' END
         WHERE y.yhm = p_yhm
        RETURNING * INTO v_yh;
        v_jg := CASE WHEN v_yh.sdzz IS NOT NULL THEN '锁定' ELSE '失败' END;
        v_cz := CASE WHEN v_yh.sdzz IS NOT NULL THEN '账户锁定' ELSE '登录失败' END;
    END IF;

    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgh, ly, ip, cgbz)
    SELECT p_yhm, v_cz, 'gj.yh', p_yhm,
           json_build_object('fs', p_fs, 'jg', v_jg, 'sbcs', y.sbcs, 'sdzz', y.sdzz)::jsonb,
           'web', p_ip, v_jg = '成功'
      FROM gj.yh y WHERE y.yhm = p_yhm;
    RETURN (SELECT json_build_object('jg', v_jg, 'sbcs', y.sbcs, 'sdzz', y.sdzz, 'hhbb', y.hhbb, 'js', y.js)::jsonb
              FROM gj.yh y WHERE y.yhm = p_yhm);
END
$$;

COMMENT ON FUNCTION gj.dl_jl(varchar, boolean, text, text, integer, integer) IS
    '记录一次登录结果：停用与锁定时拒绝，累计连续失败并在达到上限时锁定，成功时清零；写操作日志';
