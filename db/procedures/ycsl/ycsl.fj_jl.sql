-- ycsl.fj_jl(text, text, text, jsonb, text) → integer
-- 做什么: 记下一批附件的文件信息（ycsl.fj）：文件已由应用按 SHA-256 摘要存放在数据库之外，这里只记文件名、类型、大小、
--         摘要以及它属于哪件申请、哪份合同。
-- 规则: seed §5.2.2.2（接收申报附件信息、根据合同编号接收合同签字影像资料）、§5.2.2.3-2 第 5 项。
--       p_fj 是 JSON 数组，每项 {"wjm": 文件名, "wjlx": MIME 类型, "dx": 字节数, "sha256": 64 位小写十六进制}；
--       同一受理号、合同编号、附件类型下摘要相同的文件已记过的不再重记（重发的同一文件）。
--       错误信息指明是第几项的哪个字段：申报附件为 sbxx.fj[n].字段，其余为 fj[n].字段（n 从 1 起）。
-- 参数: p_slbh 一窗受理号（可空）；p_htbh 合同编号（可空，两者至少一个）；p_fjlx 附件类型 申报附件/签字页/电子合同/房屋影像；
--       p_fj 文件信息数组；p_ly 来源 一窗/平台
-- 返回: 数组中的文件数（含已记过的）
-- 错误: 见规则（P0001，中文信息指明字段）
-- 调用: ycsl.sj_js（申报附件）、ycsl.qmy_js（签字页）；应用（电子合同、房屋影像）
-- 读写表: 写 ycsl.fj

CREATE OR REPLACE FUNCTION ycsl.fj_jl(p_slbh text, p_htbh text, p_fjlx text, p_fj jsonb, p_ly text)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_zd    text := CASE WHEN p_fjlx = '申报附件' THEN 'sbxx.fj' ELSE 'fj' END;
    v_e     jsonb;
    v_i     integer;
    v_n     integer;
    v_wjm   text;
    v_wjlx  text;
    v_dx    text;
    v_sha   text;
BEGIN
    IF p_fj IS NULL OR jsonb_typeof(p_fj) <> 'array' THEN
        RAISE EXCEPTION '%（附件）须为 JSON 数组', v_zd USING DETAIL = 'InvalidInput';
    END IF;
    IF p_slbh IS NULL AND p_htbh IS NULL THEN
        RAISE EXCEPTION '附件须属于一件申请（slbh）或一份合同（htbh）' USING DETAIL = 'InvalidInput';
    END IF;
    v_n := jsonb_array_length(p_fj);
    FOR v_i IN 0 .. v_n - 1 LOOP
        v_e := p_fj -> v_i;
        IF jsonb_typeof(v_e) <> 'object' THEN
            RAISE EXCEPTION '%[%]（附件）须为 JSON 对象', v_zd, v_i + 1 USING DETAIL = 'InvalidInput';
        END IF;
        v_wjm := btrim(v_e ->> 'wjm');
        v_wjlx := btrim(v_e ->> 'wjlx');
        v_dx := btrim(v_e ->> 'dx');
        v_sha := btrim(v_e ->> 'sha256');
        IF coalesce(v_wjm, '') = '' THEN
            RAISE EXCEPTION '%[%].wjm（文件名）不能为空', v_zd, v_i + 1 USING DETAIL = 'InvalidInput';
        END IF;
        IF coalesce(v_wjlx, '') = '' OR length(v_wjlx) > 100 THEN
            RAISE EXCEPTION '%[%].wjlx（文件类型）不能为空，且不超过 100 个字符', v_zd, v_i + 1
                USING DETAIL = 'InvalidInput';
        END IF;
        IF v_dx IS NULL OR v_dx !~ '^[0-9]{1,15}$' THEN
            RAISE EXCEPTION '%[%].dx（文件大小）须为不小于 0 的整数（字节），收到「%」', v_zd, v_i + 1, v_e ->> 'dx'
                USING DETAIL = 'InvalidInput';
        END IF;
        IF v_sha IS NULL OR v_sha !~ '^[0-9a-f]{64}$' THEN
            RAISE EXCEPTION '%[%].sha256（文件摘要）须为 64 位小写十六进制的 SHA-256，收到「%」', v_zd, v_i + 1,
                v_e ->> 'sha256' USING DETAIL = 'InvalidInput';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM ycsl.fj f
                        WHERE f.sha256 = v_sha AND f.fjlx = p_fjlx
                          AND f.slbh IS NOT DISTINCT FROM p_slbh AND f.htbh IS NOT DISTINCT FROM p_htbh) THEN
            INSERT INTO ycsl.fj (slbh, htbh, fjlx, wjm, wjlx, dx, sha256, ly)
            VALUES (p_slbh, p_htbh, p_fjlx, v_wjm, v_wjlx, v_dx::bigint, v_sha, coalesce(p_ly, '一窗'));
        END IF;
    END LOOP;
    RETURN v_n;
END
$$;

COMMENT ON FUNCTION ycsl.fj_jl(text, text, text, jsonb, text) IS
    '记下一批附件的文件信息（文件名、类型、大小、SHA-256；文件存于库外），校验每项并指明出错的字段，重发的同一文件不重记';
