-- jk.hzf_xz(varchar, text, varchar, text[], text[], text, text) → bigint
-- 做什么: 建立一个接口合作方（jydj partner add 调用）：校验用户名、地址段与服务名，写入 jk.hzf，并记审计日志。
--         密钥由调用方生成（256 位随机数），这里只收其 SHA-256 摘要，密钥本身从不进入数据库。
-- 规则: seed §5.2.1.8、§5.2.2.2（对接接口须认证）；等保 2.0 身份鉴别与安全审计；docs/api.md「合作方与凭据」。
--   用户名：小写字母、数字、点、下划线、连字符，3–64 位，字母或数字开头，不得与已有的重复；
--   地址段：每项须是合法的 CIDR（如 10.1.2.0/24、127.0.0.1/32、::1/128），至少一项；
--   服务：QueryService、RegistrationStateService、OneWindowService 之一或几项，至少一项。
-- 参数: p_yhm 用户名；p_mc 合作方名称；p_myzy 密钥摘要（64 位十六进制）；p_yxdz 允许的来源地址段；
--       p_kyfw 可调用的服务；p_czr 操作人；p_ly 来源 cli / web
-- 返回: 新合作方的 id
-- 错误: 参数不合规（P0001，中文说明哪个参数、什么规则）；用户名已存在（P0001）
-- 调用: jydj partner add（jydj/commands/partner.py）
-- 读写表: 写 jk.hzf、audit.czrz

CREATE OR REPLACE FUNCTION jk.hzf_xz(p_yhm varchar, p_mc text, p_myzy varchar, p_yxdz text[], p_kyfw text[],
                                     p_czr text, p_ly text)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    v_id   bigint;
    v_bad  text;
BEGIN
    IF p_yhm IS NULL OR p_yhm !~ '^[a-z0-9][a-z0-9_.-]{2,63}$' THEN
        RAISE EXCEPTION '用户名 yhm 不合规：须为 3–64 位小写字母、数字、点、下划线或连字符，以字母或数字开头（收到 %）',
            coalesce(p_yhm, '空');
    END IF;
    IF p_mc IS NULL OR btrim(p_mc) = '' THEN
        RAISE EXCEPTION '合作方名称 mc 不能为空';
    END IF;
    IF p_myzy IS NULL OR p_myzy !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION '密钥摘要 myzy 须为 64 位小写十六进制（SHA-256）';
    END IF;
    IF p_yxdz IS NULL OR coalesce(array_length(p_yxdz, 1), 0) = 0 THEN
        RAISE EXCEPTION '允许的来源地址段 yxdz 至少要有一项（如 127.0.0.1/32）';
    END IF;
    v_bad := (SELECT string_agg(x, '、') FROM unnest(p_yxdz) AS u(x)
               WHERE x IS NULL OR x !~ '^[0-9a-fA-F:.]+(/[0-9]{1,3})?$');
    IF v_bad IS NULL THEN
        BEGIN
            PERFORM x::cidr FROM unnest(p_yxdz) AS u(x);
        EXCEPTION WHEN invalid_text_representation OR invalid_parameter_value THEN
            v_bad := array_to_string(p_yxdz, '、');
        END;
    END IF;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '允许的来源地址段 yxdz 不是合法的 CIDR：%（例：10.1.2.0/24、127.0.0.1/32）', v_bad;
    END IF;
    IF p_kyfw IS NULL OR coalesce(array_length(p_kyfw, 1), 0) = 0
       OR EXISTS (SELECT 1 FROM unnest(p_kyfw) AS u(x)
                   WHERE x IS NULL OR x NOT IN ('QueryService', 'RegistrationStateService', 'OneWindowService')) THEN
        RAISE EXCEPTION '可调用的服务 kyfw 须为 QueryService、RegistrationStateService、OneWindowService 中的一项或几项（收到 %）',
            coalesce(array_to_string(p_kyfw, '、'), '空');
    END IF;
    IF p_czr IS NULL OR btrim(p_czr) = '' THEN
        RAISE EXCEPTION '操作人 czr 不能为空';
    END IF;
    IF EXISTS (SELECT 1 FROM jk.hzf h WHERE h.yhm = p_yhm) THEN
        RAISE EXCEPTION '用户名 % 已存在：换一个用户名', p_yhm;
    END IF;

    INSERT INTO jk.hzf (yhm, mc, myzy, yxdz, kyfw, czr)
    VALUES (p_yhm, btrim(p_mc), p_myzy, p_yxdz, p_kyfw, p_czr)
    RETURNING id INTO v_id;

    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    SELECT p_czr, '新增接口合作方', 'jk.hzf', v_id::text, NULL,
           -- 审计记录不含密钥摘要
           json_build_object('id', h.id, 'yhm', h.yhm, 'mc', h.mc, 'yxdz', h.yxdz, 'kyfw', h.kyfw, 'zt', h.zt)::jsonb,
           coalesce(p_ly, 'cli'), NULL
      FROM jk.hzf h WHERE h.id = v_id;
    RETURN v_id;
END
$$;

COMMENT ON FUNCTION jk.hzf_xz(varchar, text, varchar, text[], text[], text, text) IS
    '建立接口合作方（校验用户名、地址段、服务名；只存密钥摘要；记审计日志）';
