-- ycsl.ts_xr(text, text, jsonb) → bigint
-- 做什么: 在调用者的事务中写一条向一窗受理平台的推送（ycsl.ts，待发送），与业务变更一同提交或一同回滚；发送程序随后经
--         ycsl.ts_qc 领取、送达。
-- 规则: seed §5.2.2.2（调用交易受理办理结果、合同签订备案结果、核验结果、确认结果、合同附件、房屋影像推送接口）；
--       docs/onewindow.md「推送」。推送内容 nr = {"slbh", "lc", "sj"} 再并上 p_nr（p_nr 的同名键优先）：
--       slbh 一窗受理号，lc 该件的流程（ycsl.sj.lc，没有该件时为 null），sj 写入时间（ISO 8601，北京时间）；
--       p_nr 须含 jg（结果，中文）与 sm（说明），其余为各操作的字段（htbh、htbah、dybah、yy 原因数组等）。
-- 参数: p_cz 一窗受理平台的操作名（pushAcceptanceResult、pushContractResult、pushVerificationResult、
--       pushConfirmationResult、pushContractAttachments、pushHouseImages）；p_slbh 一窗受理号；p_nr 推送内容
-- 返回: 推送 ID（发给对方的请求编号为 'JYDJ-' || ID）
-- 错误: 操作名不对、p_nr 不是含 jg 与 sm 的 JSON 对象（P0001）
-- 调用: ycsl.sj_clfwq、ycsl.sj_jyba、ycsl.sj_dyba、ycsl.sj_bh、ycsl.qmy_js、ycsl.cj；应用（如推送房屋影像）
-- 读写表: 读 ycsl.sj；写 ycsl.ts

CREATE OR REPLACE FUNCTION ycsl.ts_xr(p_cz text, p_slbh text, p_nr jsonb)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    v_id    bigint;
BEGIN
    IF p_cz IS NULL OR p_cz NOT IN ('pushAcceptanceResult', 'pushContractResult', 'pushVerificationResult',
                                    'pushConfirmationResult', 'pushContractAttachments', 'pushHouseImages') THEN
        RAISE EXCEPTION 'cz（推送操作）不是一窗受理平台的推送操作：「%」', p_cz;
    END IF;
    IF p_nr IS NULL OR jsonb_typeof(p_nr) <> 'object' OR NOT (p_nr ? 'jg') OR NOT (p_nr ? 'sm') THEN
        RAISE EXCEPTION 'nr（推送内容）须为含 jg（结果）与 sm（说明）的 JSON 对象';
    END IF;
    INSERT INTO ycsl.ts (cz, slbh, nr)
    VALUES (p_cz, p_slbh,
            json_build_object('slbh', p_slbh,
                              'lc', (SELECT s.lc FROM ycsl.sj s WHERE s.slbh = p_slbh),
                              'sj', ycsl.iso(clock_timestamp()))::jsonb || p_nr)
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

COMMENT ON FUNCTION ycsl.ts_xr(text, text, jsonb) IS
    '写一条向一窗受理平台的推送（待发送，同一事务）：内容为 slbh、lc、sj 并上调用方给的 jg、sm 与各操作字段';
