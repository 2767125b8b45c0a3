-- gj.yh_bc(varchar, text, varchar, varchar[], varchar[], text, text, text) → jsonb
-- 做什么: 建立或修改数据对接工具的用户（jydj user add / jydj user set / 管理员页面）：角色、数据范围，给出口令摘要时
--         换口令。角色、范围或口令变化时会话版本加一，已登录的会话随即失效。记操作日志（口令只记「已更换」）。
-- 规则: seed §5.2.3（用户与权限）；GB/T 22239-2019 §8.1.4.2 访问控制（最小权限）；docs/steward.md「用户与角色」。
--       角色 admin / steward / viewer；数据范围只对 steward 有意义（admin 不限，viewer 只读），登记种类须是
--       stg.djsj.djzl 的取值，区县须在 zd.xzqh 中。
-- 参数: p_yhm 用户名；p_xm 姓名（NULL 不改）；p_js 角色；p_djzl 登记种类（NULL 不限）；p_xzqdm 区县（NULL 不限）；
--       p_mmzy 口令摘要（NULL 不改；新用户可为 NULL＝只能统一平台登录）；p_czr 操作人；p_ly 来源 cli / web
-- 返回: {"yhm", "js", "djzl", "xzqdm", "xj": 是否新建}
-- 错误: 22023（中文，指明字段）：角色、登记种类、区县不合规，用户名格式不合规
-- 调用: jydj user add / set（jydj/users.py）
-- 读写表: 读 zd.xzqh；写 gj.yh、audit.czrz

CREATE OR REPLACE FUNCTION gj.yh_bc(p_yhm varchar, p_xm text, p_js varchar, p_djzl varchar[], p_xzqdm varchar[],
                                    p_mmzy text, p_czr text, p_ly text)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_old  gj.yh%ROWTYPE;
    v_bad  text;
    v_new  boolean;
BEGIN
    IF p_yhm IS NULL OR p_yhm !~ '^[A-Za-z0-9][A-Za-z0-9_.@-]{1,63}$' THEN
        RAISE EXCEPTION '用户名 yhm「%」不合规：须为 2–64 位字母、数字或 _ . @ -，以字母或数字开头', coalesce(p_yhm, '')
            USING ERRCODE = '22023';
    END IF;
    IF p_js IS NULL OR p_js NOT IN ('admin', 'steward', 'viewer') THEN
        RAISE EXCEPTION '角色 js 须为 admin（管理员）、steward（数据管理员）或 viewer（只读）（收到「%」）',
            coalesce(p_js, '') USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(k, '、') INTO v_bad
      FROM unnest(p_djzl) AS k
     WHERE k IS NULL OR k NOT IN ('所有权', '抵押权', '预告', '预抵押', '查封', '异议', '注销', '权利人', '证书',
                                  '影像', '单元', '土地', '收费', '赋码申请', '其他');
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '登记种类 djzl 中「%」不是平台的登记种类', v_bad USING ERRCODE = '22023';
    END IF;
    SELECT string_agg(coalesce(k, '空'), '、') INTO v_bad
      FROM unnest(p_xzqdm) AS k
     WHERE NOT EXISTS (SELECT 1 FROM zd.xzqh z WHERE z.dm = k);
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION '区县 xzqdm 中「%」不是行政区划代码表 zd.xzqh 中的代码', v_bad USING ERRCODE = '22023';
    END IF;

    SELECT y.* INTO v_old FROM gj.yh y WHERE y.yhm = p_yhm FOR UPDATE;
    v_new := NOT FOUND;
    IF v_new THEN
        INSERT INTO gj.yh (yhm, xm, js, djzl, xzqdm, mmzy, czr)
        VALUES (p_yhm, p_xm, p_js, p_djzl, p_xzqdm, p_mmzy, p_czr);
    ELSE
        UPDATE gj.yh y
           SET xm = coalesce(p_xm, y.xm),
               js = p_js,
               djzl = p_djzl,
               xzqdm = p_xzqdm,
               mmzy = coalesce(p_mmzy, y.mmzy),
               hhbb = y.hhbb + CASE
                          WHEN p_mmzy IS NOT NULL OR y.js IS DISTINCT FROM p_js
                               OR y.djzl IS DISTINCT FROM p_djzl OR y.xzqdm IS DISTINCT FROM p_xzqdm THEN 1
                          ELSE 0 END,
               gxsj = now()
         WHERE y.yhm = p_yhm;
    END IF;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly)
    VALUES (p_czr, CASE WHEN v_new THEN '建立用户' ELSE '修改用户' END, 'gj.yh', p_yhm,
            CASE WHEN v_new THEN NULL
                 ELSE json_build_object('xm', v_old.xm, 'js', v_old.js, 'djzl', v_old.djzl, 'xzqdm', v_old.xzqdm)::jsonb
            END,
            json_build_object('xm', coalesce(p_xm, v_old.xm), 'js', p_js, 'djzl', p_djzl, 'xzqdm', p_xzqdm,
                              'kl', CASE WHEN p_mmzy IS NOT NULL THEN '已设置' END)::jsonb,
            coalesce(p_ly, 'cli'));
    RETURN json_build_object('yhm', p_yhm, 'js', p_js, 'djzl', p_djzl, 'xzqdm', p_xzqdm, 'xj', v_new)::jsonb;
END
$$;

COMMENT ON FUNCTION gj.yh_bc(varchar, text, varchar, varchar[], varchar[], text, text, text) IS
    '建立或修改数据对接工具用户（角色、登记种类与区县范围、口令摘要），范围或口令变化时使旧会话失效，记操作日志';
