-- 回退 jy_0013_corrections: 删除模式 xz（修正过程目录与 db/procedures/xz/ 安装的修正过程随之删除）与成批修正函数
-- stg.correct_rows（回到本修订时由 jydj db migrate 重新安装）。修正留下的操作日志 audit.czrz 保留。
-- 注意: 当前文件中的 stg.correct 调用 stg.correct_rows；回退后请同时回到旧版本的过程文件并运行 jydj db migrate。
DROP SCHEMA xz CASCADE;
DROP FUNCTION IF EXISTS stg.correct_rows(jsonb, text, text, text, text);
