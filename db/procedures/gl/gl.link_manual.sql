-- gl.link_manual(text, text, text, text, text, text) → jsonb
-- 做什么: 人工挂接或解除挂接一个房屋与一个单元（数据对接工具、存量清理）：挂接时写 gl.fw_dy（方式 人工，得分 1），
--         删去两者的候选，建立这个单元上的业务挂接并让它的不合格暂存行重新校验；解除时删除该挂接。都记操作日志。
-- 规则: seed §5.2.4.2（人工清理挂接）、§5.2.3（操作留痕：变更前后值）；docs/linking.md「人工挂接」。一一对应：
--   房屋或单元已挂接别的对象时拒绝（先解除）；房屋须在楼盘表或挂接特征中、单元须在登记镜像或挂接特征中。
--   错误信息是中文，指明字段与规则（SQLSTATE 22023；对象不存在 P0002）。
-- 参数: p_cz 操作：挂接 / 解除；p_fwbm 房屋编码；p_bdcdyh 不动产单元号；p_czr 操作人；p_ly 来源 web/cli/api/job；
--       p_yy 原因（解除时必填）
-- 返回: {"cz": 操作, "fwbm": …, "bdcdyh": …, "business": 新建的业务挂接数（挂接时）}
-- 错误: 见规则
-- 调用: 数据对接工具（issue 8）、api
-- 读写表: 读 lpb.h、djjg.bdcdy、gl.fwtz、gl.dytz；写 gl.fw_dy、gl.hxd、audit.czrz；经 gl.link_business 写 gl.yw_gl、stg.djsj

CREATE OR REPLACE FUNCTION gl.link_manual(p_cz text, p_fwbm text, p_bdcdyh text, p_czr text, p_ly text, p_yy text)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    v_old gl.fw_dy%ROWTYPE;
    v_n   integer := 0;
BEGIN
    IF p_cz IS NULL OR p_cz NOT IN ('挂接', '解除') THEN
        RAISE EXCEPTION '操作 cz 只能是「挂接」或「解除」（收到「%」）', p_cz USING ERRCODE = '22023';
    END IF;
    IF coalesce(btrim(p_fwbm), '') = '' OR coalesce(btrim(p_bdcdyh), '') = '' THEN
        RAISE EXCEPTION '房屋编码 fwbm 与不动产单元号 bdcdyh 都不能为空' USING ERRCODE = '22023';
    END IF;
    IF p_cz = '解除' THEN
        IF coalesce(btrim(p_yy), '') = '' THEN
            RAISE EXCEPTION '解除挂接须填写原因 yy' USING ERRCODE = '22023';
        END IF;
        DELETE FROM gl.fw_dy g WHERE g.fwbm = p_fwbm AND g.bdcdyh = p_bdcdyh RETURNING g.* INTO v_old;
        IF v_old.id IS NULL THEN
            RAISE EXCEPTION '房屋编码 fwbm=「%」与不动产单元号 bdcdyh=「%」之间没有挂接', p_fwbm, p_bdcdyh
                USING ERRCODE = 'P0002';
        END IF;
        INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
        VALUES (p_czr, '解除挂接', 'gl.fw_dy', p_fwbm || '|' || p_bdcdyh, to_jsonb(v_old), NULL, p_ly, p_yy);
        RETURN json_build_object('cz', p_cz, 'fwbm', p_fwbm, 'bdcdyh', p_bdcdyh)::jsonb;
    END IF;

    IF NOT EXISTS (SELECT 1 FROM lpb.h h WHERE h.fwbm = p_fwbm)
       AND NOT EXISTS (SELECT 1 FROM gl.fwtz f WHERE f.fwbm = p_fwbm) THEN
        RAISE EXCEPTION '房屋编码 fwbm=「%」不在楼盘表中，也不是导入的房屋', p_fwbm USING ERRCODE = 'P0002';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM djjg.bdcdy b WHERE b.bdcdyh = p_bdcdyh)
       AND NOT EXISTS (SELECT 1 FROM gl.dytz d WHERE d.bdcdyh = p_bdcdyh) THEN
        RAISE EXCEPTION '不动产单元号 bdcdyh=「%」不在登记单元中，也不是暂存或导入的单元', p_bdcdyh
            USING ERRCODE = 'P0002';
    END IF;
    SELECT g.* INTO v_old FROM gl.fw_dy g WHERE g.fwbm = p_fwbm OR g.bdcdyh = p_bdcdyh LIMIT 1;
    IF v_old.id IS NOT NULL THEN
        IF v_old.fwbm = p_fwbm AND v_old.bdcdyh = p_bdcdyh THEN
            RETURN json_build_object('cz', p_cz, 'fwbm', p_fwbm, 'bdcdyh', p_bdcdyh, 'business', 0)::jsonb;
        END IF;
        RAISE EXCEPTION '一一对应：房屋编码 fwbm=「%」或不动产单元号 bdcdyh=「%」已挂接（%—%，方式 %），请先解除',
            p_fwbm, p_bdcdyh, v_old.fwbm, v_old.bdcdyh, v_old.glfs USING ERRCODE = '22023';
    END IF;
    INSERT INTO gl.fw_dy (fwbm, bdcdyh, ppdf, glfs, glyj, czr)
    VALUES (p_fwbm, p_bdcdyh, 1, '人工',
            json_build_object('依据', '人工挂接', '原因', p_yy)::jsonb
            || coalesce((SELECT c.ly FROM gl.candidates(p_fwbm, 50) c WHERE c.bdcdyh = p_bdcdyh), '{}'::jsonb),
            p_czr);
    DELETE FROM gl.hxd h WHERE h.fwbm = p_fwbm OR h.bdcdyh = p_bdcdyh;
    v_n := gl.link_business(p_czr, ARRAY[p_bdcdyh]);
    INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, bgq, bgh, ly, yy)
    VALUES (p_czr, '人工挂接', 'gl.fw_dy', p_fwbm || '|' || p_bdcdyh, NULL,
            (SELECT to_jsonb(g) FROM gl.fw_dy g WHERE g.fwbm = p_fwbm), p_ly, p_yy);
    RETURN json_build_object('cz', p_cz, 'fwbm', p_fwbm, 'bdcdyh', p_bdcdyh, 'business', v_n)::jsonb;
END
$$;

COMMENT ON FUNCTION gl.link_manual(text, text, text, text, text, text) IS
    '人工挂接或解除一个房屋与一个单元（一一对应，带理由与前后值记入操作日志；挂接后建立业务挂接、重新校验）';
