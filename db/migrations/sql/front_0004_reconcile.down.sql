-- 回退 jy_0006_reconcile / front_0004_reconcile: 删除补推报告表。
DROP TABLE jh.btbg;
