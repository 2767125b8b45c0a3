-- 修订: jy_0010_guards（前序 jy_0009）
-- 做什么: 交易安全（seed §3.2.1 有效防范一房多卖、已抵押房屋违规出售；§5.2.1.3 房管结合接口进行登记状态、限制状态的
--         校验）。新模式 aq:
--   aq.gz    交易安全规则目录：AQ01 一房多卖 … AQ07 房屋已灭失；规则可停用（停用与启用记操作日志）；
--   aq.sz    交易安全设置：dy_xyty（抵押房屋转让须经抵押权人同意，关闭后不再校验 AQ05）；
--   aq.fx    放行：有 jydj_aq_fx 角色的人员对一份合同（或一笔抵押备案）在一户上的一条规则一次性放行，限期有效；
--   aq.dyty  抵押权人同意：经办人登记的抵押权人同意转让（抵押房屋转让时 AQ05 据此通过）。
--   角色 jydj_aq_fx（NOLOGIN，集群级；仅在不存在时建立，回退时保留）：可以登记放行的人员角色。
--   校验过程在 db/procedures/aq/，合同与抵押备案上的延迟约束触发器在 db/triggers/ht/，规则与设置的审计触发器在
--   db/triggers/aq/（都由 db/manifest.toml 安装）。
-- 依据: seed §3.2.1、§5.2.1.3；《民法典》第二百二十一条（预告登记）、第四百零六条（抵押财产转让）；docs/guards.md。
-- 说明: 只用 openGauss 兼容子集（docs/conventions.md）。

CREATE SCHEMA aq;
COMMENT ON SCHEMA aq IS '交易安全：签约、备案、抵押备案前对房屋的校验规则、设置、一次性放行与抵押权人同意';

-- ----------------------------------------------------------------------
-- aq.gz: 交易安全规则
-- ----------------------------------------------------------------------
CREATE TABLE aq.gz (
    gzbm    varchar(10)    NOT NULL,
    gzmc    text           NOT NULL,
    ms      text           NOT NULL,
    yj      text           NOT NULL,
    sy      text[]         NOT NULL,
    qy      boolean        NOT NULL DEFAULT true,
    gxsj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT gz_pk PRIMARY KEY (gzbm),
    CONSTRAINT gz_gzbm_ck CHECK (gzbm ~ '^AQ[0-9]{2}$'),
    CONSTRAINT gz_sy_ck CHECK (sy <@ ARRAY['spfht', 'clfht', 'dyba']::text[]),
    -- 一房多卖与抵押权人同意只对买卖合同有定义，不能扩到抵押备案
    CONSTRAINT gz_sy_dyba_ck CHECK (gzbm NOT IN ('AQ01', 'AQ05') OR NOT ('dyba' = ANY (sy)))
);
COMMENT ON TABLE aq.gz IS '交易安全规则：签约、备案、抵押备案前对房屋校验的规则目录（规则的判断写在 aq.jc_fw 中，这里可停用或收窄适用对象）';
COMMENT ON COLUMN aq.gz.gzbm IS '规则编码（AQ01…）';
COMMENT ON COLUMN aq.gz.gzmc IS '规则名称';
COMMENT ON COLUMN aq.gz.ms IS '规则说明：何时不通过';
COMMENT ON COLUMN aq.gz.yj IS '依据（需求条款、法规）';
COMMENT ON COLUMN aq.gz.sy IS '适用对象：spfht 商品房合同、clfht 存量房合同、dyba 抵押备案（可收窄，不能扩到规则定义之外）';
COMMENT ON COLUMN aq.gz.qy IS '是否启用（停用、启用记操作日志）';
COMMENT ON COLUMN aq.gz.gxsj IS '更新时间';

INSERT INTO aq.gz (gzbm, gzmc, ms, yj, sy) VALUES
('AQ01', '一房多卖',
 '该户已有另一份已签约或已备案的商品房或存量房合同，且该合同尚未由所有权登记完成（该户单元或房屋编码上没有登记时间不早于该合同签约日期的房地产权）',
 'seed §3.2.1（有效防范一房多卖）', ARRAY['spfht', 'clfht']),
('AQ02', '查封/预查封',
 '该户单元上有现势查封登记（含轮候、预查封），或该户有有效且未到期的查封、预查封类行政限制',
 'seed §3.2.1、§5.2.1.3（登记状态、限制状态的校验）', ARRAY['spfht', 'clfht', 'dyba']),
('AQ03', '异议',
 '该户单元上有现势异议登记',
 'seed §5.2.1.3；《民法典》第二百二十条', ARRAY['spfht', 'clfht', 'dyba']),
('AQ04', '预告登记',
 '该户单元上有现势预告登记（不含预抵押），其权利人不是本次买受人（抵押备案：不是抵押人）',
 'seed §5.2.1.3；《民法典》第二百二十一条（预告登记后未经预告登记的权利人同意处分不动产的，不发生物权效力）',
 ARRAY['spfht', 'clfht', 'dyba']),
('AQ05', '抵押未经抵押权人同意',
 '该户有现势抵押权、现势预抵押或已备案的抵押备案，而未登记该抵押权人同意本合同转让（设置 dy_xyty 为 true 时校验）',
 'seed §3.2.1（已抵押房屋违规出售）；《民法典》第四百零六条', ARRAY['spfht', 'clfht']),
('AQ06', '行政限制',
 '该户有有效且未到期的行政限制（限购、限售、冻结、合同限制、其他；查封、预查封归 AQ02）',
 'seed §5.1.1（行政限制）、§5.2.1.3', ARRAY['spfht', 'clfht', 'dyba']),
('AQ07', '房屋已灭失',
 '楼盘表中该户的房屋状态为已灭失',
 'seed §3.2.1', ARRAY['spfht', 'clfht', 'dyba']);

-- ----------------------------------------------------------------------
-- aq.sz: 交易安全设置
-- ----------------------------------------------------------------------
CREATE TABLE aq.sz (
    csm     varchar(50)    NOT NULL,
    csz     text           NOT NULL,
    ms      text           NOT NULL,
    gxsj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT sz_pk PRIMARY KEY (csm),
    CONSTRAINT sz_dy_xyty_ck CHECK (csm <> 'dy_xyty' OR csz IN ('true', 'false'))
);
COMMENT ON TABLE aq.sz IS '交易安全设置：参数名与参数值（修改记操作日志）';
COMMENT ON COLUMN aq.sz.csm IS '参数名';
COMMENT ON COLUMN aq.sz.csz IS '参数值（文本；布尔参数为 true / false）';
COMMENT ON COLUMN aq.sz.ms IS '参数说明';
COMMENT ON COLUMN aq.sz.gxsj IS '更新时间';

INSERT INTO aq.sz (csm, csz, ms) VALUES
('dy_xyty', 'true', '抵押房屋转让须经抵押权人同意（民法典第四百零六条；关闭后不再校验 AQ05）');

-- ----------------------------------------------------------------------
-- aq.fx: 放行
-- ----------------------------------------------------------------------
CREATE TABLE aq.fx (
    id      bigserial      NOT NULL,
    gzbm    varchar(10)    NOT NULL,
    dxlx    varchar(10)    NOT NULL,
    dxbh    varchar(50)    NOT NULL,
    h_id    bigint         NOT NULL,
    fwbm    varchar(32),
    czr     text           NOT NULL,
    yy      text           NOT NULL,
    sqsj    timestamptz    NOT NULL DEFAULT now(),
    yxq     timestamptz    NOT NULL,
    sybz    boolean        NOT NULL DEFAULT false,
    sysj    timestamptz,
    syswh   bigint,
    CONSTRAINT fx_pk PRIMARY KEY (id),
    CONSTRAINT fx_gzbm_fk FOREIGN KEY (gzbm) REFERENCES aq.gz (gzbm),
    CONSTRAINT fx_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h (id),
    CONSTRAINT fx_dxlx_ck CHECK (dxlx IN ('spfht', 'clfht', 'dyba')),
    CONSTRAINT fx_yxq_ck CHECK (yxq > sqsj),
    CONSTRAINT fx_sy_ck CHECK (sybz = (sysj IS NOT NULL)),
    CONSTRAINT fx_yy_ck CHECK (btrim(yy) <> '' AND btrim(czr) <> '')
);
CREATE INDEX fx_dxbh_h_id_ix ON aq.fx (dxbh, h_id);
CREATE INDEX fx_gzbm_ix ON aq.fx (gzbm);
CREATE INDEX fx_h_id_ix ON aq.fx (h_id);
COMMENT ON TABLE aq.fx IS '放行：对一份合同（或一笔抵押备案）在一户上的一条交易安全规则一次性放行；由 aq.fx_sq 登记（须 jydj_aq_fx 角色，记操作日志），校验通过时标记已使用';
COMMENT ON COLUMN aq.fx.id IS 'ID（主键）';
COMMENT ON COLUMN aq.fx.gzbm IS '放行的规则编码';
COMMENT ON COLUMN aq.fx.dxlx IS '对象类型：spfht 商品房合同 / clfht 存量房合同 / dyba 抵押备案';
COMMENT ON COLUMN aq.fx.dxbh IS '对象编号：合同编号 htbh 或抵押备案号 dybah（可在合同建立之前登记）';
COMMENT ON COLUMN aq.fx.h_id IS '户 ID（lpb.h）';
COMMENT ON COLUMN aq.fx.fwbm IS '房屋编码（登记时的值，便于查阅）';
COMMENT ON COLUMN aq.fx.czr IS '放行人';
COMMENT ON COLUMN aq.fx.yy IS '放行原因（必填）';
COMMENT ON COLUMN aq.fx.sqsj IS '放行登记时间';
COMMENT ON COLUMN aq.fx.yxq IS '有效期至（过期未用即失效）';
COMMENT ON COLUMN aq.fx.sybz IS '是否已使用（一次性：校验通过后置为 true）';
COMMENT ON COLUMN aq.fx.sysj IS '使用时间';
COMMENT ON COLUMN aq.fx.syswh IS '使用它的事务号（同一事务对同一对象再次校验时仍算有效）';

-- ----------------------------------------------------------------------
-- aq.dyty: 抵押权人同意
-- ----------------------------------------------------------------------
CREATE TABLE aq.dyty (
    id      bigserial      NOT NULL,
    h_id    bigint         NOT NULL,
    fwbm    varchar(32),
    htbh    varchar(50)    NOT NULL,
    dyqr    text           NOT NULL,
    dyzmh   varchar(100),
    czr     text           NOT NULL,
    yy      text           NOT NULL,
    tysj    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT dyty_pk PRIMARY KEY (id),
    CONSTRAINT dyty_h_id_fk FOREIGN KEY (h_id) REFERENCES lpb.h (id),
    CONSTRAINT dyty_bt_ck CHECK (btrim(dyqr) <> '' AND btrim(czr) <> '' AND btrim(yy) <> '')
);
CREATE INDEX dyty_h_id_htbh_ix ON aq.dyty (h_id, htbh);
COMMENT ON TABLE aq.dyty IS '抵押权人同意：抵押房屋转让前，经办人登记的抵押权人同意（民法典第四百零六条）；AQ05 对同一户、同一合同、同一抵押权人（或证明号）据此通过';
COMMENT ON COLUMN aq.dyty.id IS 'ID（主键）';
COMMENT ON COLUMN aq.dyty.h_id IS '户 ID（lpb.h）';
COMMENT ON COLUMN aq.dyty.fwbm IS '房屋编码（登记时的值）';
COMMENT ON COLUMN aq.dyty.htbh IS '所同意的转让合同编号';
COMMENT ON COLUMN aq.dyty.dyqr IS '抵押权人名称（与抵押权、预抵押或抵押备案所记抵押权人一致时适用于该抵押）';
COMMENT ON COLUMN aq.dyty.dyzmh IS '不动产登记证明号或抵押备案号（填写时也按它匹配抵押；可空）';
COMMENT ON COLUMN aq.dyty.czr IS '经办人';
COMMENT ON COLUMN aq.dyty.yy IS '说明（同意书文号、材料等）';
COMMENT ON COLUMN aq.dyty.tysj IS '登记时间';

-- ----------------------------------------------------------------------
-- 角色 jydj_aq_fx：可以登记放行（集群级对象：仅在不存在时建立；多个数据库共用一个集群，回退时不删除）
-- ----------------------------------------------------------------------
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = 'jydj_aq_fx') THEN
        CREATE ROLE jydj_aq_fx NOLOGIN;
    END IF;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;  -- 另一个数据库的迁移同时建立了它
END
$$;
