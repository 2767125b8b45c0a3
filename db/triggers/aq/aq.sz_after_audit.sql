-- aq.sz_after_audit() → trigger；触发器 sz_after_audit_tg ON aq.sz
-- 做什么: 交易安全设置 aq.sz 的每次增、改、删（修改参数值，如 dy_xyty）都记操作日志 audit.czrz，含变更前后的整行；
--         任何途径（包括 DBA 直接 UPDATE）都绕不过。
-- 规则: seed §5.2.3（操作留痕：变更前后值）；等保 2.0 安全审计；docs/guards.md「规则与设置」。
--       操作人 czr = 会话设置 jydj.czr，未设置时为登录的数据库用户（session_user）；原因 yy = 会话设置 jydj.yy；
--       来源 ly = aq.ly()（会话设置 jydj.ly，默认 cli）。例如：
--         BEGIN; SET LOCAL jydj.czr = '张科长'; SET LOCAL jydj.yy = '…'; UPDATE aq.sz SET … WHERE csm = '…'; COMMIT;
--       czlx 交易安全设置变更，dxb aq.sz，dxzj csm。只改了更新时间 gxsj 的更新不记。文件可重复执行。
-- 参数: 无（触发器函数，用 NEW/OLD 与 TG_OP）
-- 返回: NULL（AFTER 行触发器的返回值不用）
-- 错误: 无（操作日志写入失败时改动随之失败）
-- 调用: 无（由 aq.sz 的 INSERT/UPDATE/DELETE 触发）
-- 读写表: 写 audit.czrz

CREATE OR REPLACE FUNCTION aq.sz_after_audit()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    v_bgq  jsonb;
    v_bgh  jsonb;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        v_bgq := row_to_json(OLD)::jsonb;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        v_bgh := row_to_json(NEW)::jsonb;
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.csm, NEW.csz, NEW.ms) IS NOT DISTINCT FROM (OLD.csm, OLD.csz, OLD.ms) THEN
        RETURN NULL;
    END IF;
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    VALUES (coalesce(nullif(btrim(current_setting('jydj.czr', true)), ''), session_user::text),
            '交易安全设置变更', 'aq.sz', coalesce(v_bgh, v_bgq) ->> 'csm', v_bgq, v_bgh, aq.ly(),
            nullif(btrim(current_setting('jydj.yy', true)), ''));
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION aq.sz_after_audit() IS
    '交易安全设置审计触发器函数：aq.sz 的每次增、改、删记操作日志（前后整行；操作人取 jydj.czr 或登录用户，原因取 jydj.yy）';

DROP TRIGGER IF EXISTS sz_after_audit_tg ON aq.sz;
CREATE TRIGGER sz_after_audit_tg
    AFTER INSERT OR UPDATE OR DELETE ON aq.sz
    FOR EACH ROW
    EXECUTE PROCEDURE aq.sz_after_audit();

COMMENT ON TRIGGER sz_after_audit_tg ON aq.sz IS '交易安全设置的每次增、改、删记操作日志 audit.czrz（前后整行）';
