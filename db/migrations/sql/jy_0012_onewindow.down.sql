-- 回退 jy_0012_onewindow: 删除模式 ycsl（一窗收件、申报人、附件、办件步骤、请求幂等、推送发件箱与调用日志、数据完善任务、
-- 编号序列及 db/procedures/ycsl/ 安装的函数随之删除；回到本修订时由 jydj db migrate 重新安装）。
-- 一窗受理生成的交易业务、合同与抵押备案在 yw、ht 中，保留不删。未送达的推送随之丢失：先确认发件箱已送完。
DROP SCHEMA ycsl CASCADE;

-- 接口调用日志的结果「业务拒绝」退回为「参数错误」（回退前的取值中没有它），再恢复原检查约束。
UPDATE jk.dyrz SET jg = '参数错误' WHERE jg = '业务拒绝';
ALTER TABLE jk.dyrz DROP CONSTRAINT dyrz_jg_ck;
ALTER TABLE jk.dyrz ADD CONSTRAINT dyrz_jg_ck
    CHECK (jg IN ('成功', '无结果', '未找到', '参数错误', '请求无效', '未认证', '拒绝访问', '服务错误'));
COMMENT ON COLUMN jk.dyrz.jg IS '结果：成功 / 无结果 / 未找到 / 参数错误 / 请求无效 / 未认证 / 拒绝访问 / 服务错误';
