-- 回退 jy_0010_guards: 删除合同与抵押备案上的交易安全触发器及其函数、模式 aq（规则、设置、放行、抵押权人同意及
-- db/procedures/aq/ 安装的函数随之删除；回到本修订时由 jydj db migrate 重新安装）。
-- 角色 jydj_aq_fx 是集群级对象，可能为同一集群中其他数据库所用，不删除（需要时由 DBA 执行 DROP ROLE jydj_aq_fx）。
DROP TRIGGER IF EXISTS spfht_after_aq_tg ON ht.spfht;
DROP TRIGGER IF EXISTS clfht_after_aq_tg ON ht.clfht;
DROP TRIGGER IF EXISTS spfht_dsr_after_aq_tg ON ht.spfht_dsr;
DROP TRIGGER IF EXISTS clfht_dsr_after_aq_tg ON ht.clfht_dsr;
DROP TRIGGER IF EXISTS dyba_after_aq_tg ON ht.dyba;
DROP TRIGGER IF EXISTS dyba_h_after_aq_tg ON ht.dyba_h;
DROP FUNCTION IF EXISTS ht.spfht_after_aq();
DROP FUNCTION IF EXISTS ht.clfht_after_aq();
DROP FUNCTION IF EXISTS ht.spfht_dsr_after_aq();
DROP FUNCTION IF EXISTS ht.clfht_dsr_after_aq();
DROP FUNCTION IF EXISTS ht.dyba_after_aq();
DROP FUNCTION IF EXISTS ht.dyba_h_after_aq();
DROP SCHEMA aq CASCADE;
