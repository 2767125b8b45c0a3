-- outbox.push_business(text) → integer
-- 做什么: 推送一件交易业务：在调用者的事务中把它要共享的行写入发件箱 outbox.fjx——先写该业务种类的明细行，
--         最后写一行共享主表 share_jy.gxzb（业务号、共享业务类型、办结/撤销、路由关键字段、明细行数 mxsl）。
--         由触发器 yw.jyyw_after_outbox 在业务办结或已办结业务撤件时调用；也可手工调用重推（补推）。
-- 规则: seed §5.1.1（写入房管库时同时推送交易共享库，带交易业务号）、§5.2.1.5、§5.2.1.7；docs/outbox.md。
--       业务状态办结 → ywzt 办结；撤件 → ywzt 撤销。合同撤销 HTCX 与抵押备案注销 DYZX 办结也是 ywzt 撤销。
--       交易业务类型 → 共享业务类型与明细：
--         CHRK → CHRK：outbox.push_lpb（chxm、chzrz、chljz、chc、chh_sc/chh_yc）；
--         SPFWQ、SPFBA → SPFBA，CLFWQ、CLFBA → CLFBA：合同主表、合同户、出卖人、买受人（push_spfht/push_clfht）；
--         JYQR → JYQR：只有合同主表（当前状态）；HTCX → 合同所在的 SPFBA/CLFBA：只有合同主表（已撤销）；
--         XZXZ、XZJC → 同名：xzxz（push_xzxz），XZJC 的 glywh 为设立业务号；
--         DYBA、DYZX → DYBA：dyba、dyba_h（push_dyba）；FWBM → FWBM：fwbm_jg（push_fwbm_jg），glywh 为申请业务号；
--         其他（QT 等未知类型）：只写共享主表，ywlx 原样保留并在 bz 注明——共享库 gxzb 的检查约束不接受它，
--         S1 应把它记入死信而不是悄悄丢掉。
--       撤件（已办结业务撤回）：合同类只推合同主表（当前状态），其余种类按办结时的明细重推当前状态。
--       合同编号取 yw.jyyw.htbh；为空时取该户最近的合同（已签约/已备案优先）。
--       明细行的操作类型：本业务号首次推送、办结、且不是 JYQR/XZJC（只改别的业务建立的行）时为 I，否则为 U；
--       共享主表首次推送为 I，重推为 U。S1 应用时 I 与 U 都按主键幂等合并。本函数不写 D。
--       共享主表：fwbm 取业务的房屋编码，否则第一条户级明细的房屋编码，否则 h_id 或合同所指户的编码；
--       bdcdyh 取其有效挂接；fwsl = 户级明细的不同房屋编码数（至少 1，有房屋编码时）；mxsl = 明细行数；
--       htbh、htbah、xmbh、qxdm 先取业务，再取明细；bjsj 取业务的办结时间；tssj、gxsj 为 now()。
--       业务行加 FOR UPDATE 锁，同一业务的并发重推依次进行。
-- 参数: p_ywh 交易业务号
-- 返回: 写入发件箱的总行数（明细行数 + 1）
-- 错误: 业务不存在（P0002）；业务状态不是办结或撤件（P0001）
-- 调用: yw.jyyw_after_outbox 触发器函数；运维补推
-- 读写表: 读 yw.jyyw、ht.spfht、ht.clfht、lpb.h、gl.fw_dy 及各推送函数所读的表；写 outbox.fjx

CREATE OR REPLACE FUNCTION outbox.push_business(p_ywh text)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_yw    record;
    v_s     record;
    v_start bigint;
    v_ywzt  varchar(10);
    v_gxlx  varchar(10);
    v_htlx  varchar(10);
    v_htbh  varchar(50);
    v_czlx  char(1);
    v_fwbm  varchar(32);
    v_bdcdyh varchar(28);
    v_fwsl  integer;
    v_bz    text;
    v_n     integer := 0;
BEGIN
    SELECT y.ywh, y.ywlx, y.zt, y.slbh, y.fwbm, y.h_id, y.htbh, y.xmbh, y.qxdm, y.bjsj
      INTO v_yw
      FROM yw.jyyw y
     WHERE y.ywh = p_ywh
       FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '交易业务 % 不存在', p_ywh USING ERRCODE = 'P0002';
    END IF;
    IF v_yw.zt = '办结' THEN
        v_ywzt := '办结';
    ELSIF v_yw.zt = '撤件' THEN
        v_ywzt := '撤销';
    ELSE
        RAISE EXCEPTION '交易业务 % 的状态是 %，只推送办结或撤件的业务', p_ywh, v_yw.zt;
    END IF;

    -- 合同类业务：找合同与合同种类
    v_htbh := v_yw.htbh;
    IF v_yw.ywlx IN ('SPFWQ', 'SPFBA', 'JYQR', 'HTCX') THEN
        IF v_htbh IS NULL AND v_yw.h_id IS NOT NULL THEN
            v_htbh := (SELECT s.htbh FROM ht.spfht s WHERE s.h_id = v_yw.h_id
                        ORDER BY (s.htzt IN ('已签约', '已备案')) DESC, s.gxsj DESC, s.id DESC LIMIT 1);
        END IF;
        IF EXISTS (SELECT 1 FROM ht.spfht s WHERE s.htbh = v_htbh) THEN
            v_htlx := 'spfht';
        END IF;
    END IF;
    IF v_htlx IS NULL AND v_yw.ywlx IN ('CLFWQ', 'CLFBA', 'JYQR', 'HTCX') THEN
        IF v_yw.htbh IS NULL AND v_yw.h_id IS NOT NULL THEN
            v_htbh := (SELECT c.htbh FROM ht.clfht c WHERE c.h_id = v_yw.h_id
                        ORDER BY (c.htzt IN ('已签约', '已备案')) DESC, c.gxsj DESC, c.id DESC LIMIT 1);
        END IF;
        IF EXISTS (SELECT 1 FROM ht.clfht c WHERE c.htbh = v_htbh) THEN
            v_htlx := 'clfht';
        END IF;
    END IF;

    -- 共享业务类型与状态
    v_gxlx := CASE
        WHEN v_yw.ywlx IN ('CHRK', 'FWBM', 'JYQR', 'XZXZ', 'XZJC', 'DYBA') THEN v_yw.ywlx
        WHEN v_yw.ywlx IN ('SPFWQ', 'SPFBA') THEN 'SPFBA'
        WHEN v_yw.ywlx IN ('CLFWQ', 'CLFBA') THEN 'CLFBA'
        WHEN v_yw.ywlx = 'HTCX' AND v_htlx = 'spfht' THEN 'SPFBA'
        WHEN v_yw.ywlx = 'HTCX' AND v_htlx = 'clfht' THEN 'CLFBA'
        WHEN v_yw.ywlx = 'DYZX' THEN 'DYBA'
        ELSE v_yw.ywlx
    END;
    IF v_yw.ywlx IN ('HTCX', 'DYZX') THEN
        v_ywzt := '撤销';
    END IF;
    IF v_gxlx NOT IN ('CHRK', 'SPFBA', 'CLFBA', 'JYQR', 'XZXZ', 'XZJC', 'DYBA', 'FWBM') THEN
        v_bz := '未知业务类型 ' || v_yw.ywlx || '：只推送共享主表';
    ELSIF v_gxlx <> v_yw.ywlx THEN
        v_bz := '交易业务类型 ' || v_yw.ywlx;
    END IF;

    -- 本业务号此前推送过的最后一行：之后的行即本次所写
    v_start := coalesce((SELECT max(f.id) FROM outbox.fjx f WHERE f.ywh = p_ywh), 0);
    v_czlx := CASE WHEN v_start = 0 AND v_ywzt = '办结' AND v_yw.ywlx NOT IN ('JYQR', 'XZJC')
                   THEN 'I' ELSE 'U' END;

    -- 明细
    IF v_yw.ywlx = 'CHRK' THEN
        v_n := outbox.push_lpb(p_ywh, v_czlx);
    ELSIF v_htlx = 'spfht' THEN
        v_n := outbox.push_spfht(p_ywh, v_htbh, v_czlx,
                                 v_ywzt = '办结' AND v_yw.ywlx IN ('SPFWQ', 'SPFBA'));
    ELSIF v_htlx = 'clfht' THEN
        v_n := outbox.push_clfht(p_ywh, v_htbh, v_czlx,
                                 v_ywzt = '办结' AND v_yw.ywlx IN ('CLFWQ', 'CLFBA'));
    ELSIF v_yw.ywlx IN ('XZXZ', 'XZJC') THEN
        v_n := outbox.push_xzxz(p_ywh, v_czlx);
    ELSIF v_yw.ywlx IN ('DYBA', 'DYZX') THEN
        v_n := outbox.push_dyba(p_ywh, v_czlx);
    ELSIF v_yw.ywlx = 'FWBM' THEN
        v_n := outbox.push_fwbm_jg(p_ywh, v_czlx);
    END IF;

    -- 从本次写入的明细归纳共享主表的关键字段
    SELECT count(DISTINCT CASE WHEN f.mbb IN ('share_jy.chh_sc', 'share_jy.chh_yc', 'share_jy.spfht_h',
                                              'share_jy.clfht_h', 'share_jy.xzxz', 'share_jy.dyba_h',
                                              'share_jy.fwbm_jg')
                               THEN f.sjnr ->> 'fwbm' END) AS fwsl,
           min(CASE WHEN f.mbb IN ('share_jy.chh_sc', 'share_jy.chh_yc', 'share_jy.spfht_h',
                                   'share_jy.clfht_h', 'share_jy.xzxz', 'share_jy.dyba_h', 'share_jy.fwbm_jg')
                     AND f.sjnr ->> 'fwbm' IS NOT NULL
                    THEN f.id END) AS fwbm_id,
           max(CASE WHEN f.mbb IN ('share_jy.spfht', 'share_jy.clfht', 'share_jy.dyba', 'share_jy.xzxz')
                    THEN f.sjnr ->> 'htbh' END) AS htbh,
           max(CASE WHEN f.mbb IN ('share_jy.spfht', 'share_jy.clfht')
                    THEN f.sjnr ->> 'htbah' END) AS htbah,
           max(CASE WHEN f.mbb IN ('share_jy.chxm', 'share_jy.spfht')
                    THEN f.sjnr ->> 'xmbh' END) AS xmbh,
           max(f.sjnr ->> 'qxdm') AS qxdm,
           max(CASE WHEN f.mbb = 'share_jy.xzxz' AND v_yw.ywlx = 'XZJC' THEN f.sjnr ->> 'szywh'
                    WHEN f.mbb = 'share_jy.fwbm_jg' THEN f.sjnr ->> 'sqywh' END) AS glywh
      INTO v_s
      FROM outbox.fjx f
     WHERE f.ywh = p_ywh
       AND f.id > v_start;

    v_fwbm := coalesce(
        v_yw.fwbm,
        (SELECT f.sjnr ->> 'fwbm' FROM outbox.fjx f WHERE f.id = v_s.fwbm_id),
        (SELECT h.fwbm FROM lpb.h h WHERE h.id = v_yw.h_id),
        (SELECT coalesce(s.fwbm, h.fwbm) FROM ht.spfht s JOIN lpb.h h ON h.id = s.h_id
          WHERE v_htlx = 'spfht' AND s.htbh = v_htbh),
        (SELECT coalesce(c.fwbm, h.fwbm) FROM ht.clfht c JOIN lpb.h h ON h.id = c.h_id
          WHERE v_htlx = 'clfht' AND c.htbh = v_htbh));
    v_bdcdyh := (SELECT g.bdcdyh FROM gl.fw_dy g WHERE g.fwbm = v_fwbm AND g.zt = '有效');
    v_fwsl := greatest(coalesce(v_s.fwsl, 0), CASE WHEN v_fwbm IS NOT NULL THEN 1 ELSE 0 END);

    -- 共享主表（最后写：收到它时本业务的明细已在同一事务中）
    INSERT INTO outbox.fjx (ywh, ywlx, mbb, czlx, sjnr)
    SELECT p_ywh, v_yw.ywlx, 'share_jy.gxzb', CASE WHEN v_start = 0 THEN 'I' ELSE 'U' END, row_to_json(t)::jsonb
      FROM (SELECT p_ywh AS ywh,
                   v_gxlx AS ywlx,
                   v_ywzt AS ywzt,
                   v_fwbm AS fwbm,
                   v_bdcdyh AS bdcdyh,
                   coalesce(v_htbh, v_s.htbh) AS htbh,
                   v_s.htbah AS htbah,
                   v_yw.slbh AS slbh,
                   coalesce(v_yw.xmbh, v_s.xmbh) AS xmbh,
                   v_s.glywh AS glywh,
                   coalesce(v_yw.qxdm, v_s.qxdm) AS qxdm,
                   v_fwsl AS fwsl,
                   v_n AS mxsl,
                   v_yw.bjsj AS bjsj,
                   now() AS tssj,
                   now() AS gxsj,
                   v_bz AS bz) t;

    RETURN v_n + 1;
END
$$;

COMMENT ON FUNCTION outbox.push_business(text) IS
    '推送一件交易业务到发件箱（同一事务）：按业务类型写明细行（楼盘表、合同、行政限制、抵押备案、赋码结果），最后写共享主表 gxzb（办结/撤销、路由关键字段、明细行数）；返回写入的总行数';
