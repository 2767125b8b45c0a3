-- 回退 jy_0007_scheduler: 删除任务运行记录与定时任务表（暂停状态与运行历史一并删除）。
DROP TABLE jh.rwjl;
DROP TABLE jh.dsrw;
