-- jh.stage_rows(anyarray) → anyarray
-- 做什么: S4：把 jy_front.share_dj 的变更行写入 jy 暂存 stg.djsj，每个来源行一条暂存行（按 lybm, lyzj 合并），
--         返回无法写入的行。
-- 规则: lybm = 来源表名（不含模式名，如 dbjg，同 stg.djsj.lybm 注释）；lyzj = 行主键文本（jh.row_key，
--       主键列见 jh.lyb）；ywh、djlx、qllx、bdcdyh、fwbm 取自映像；djzl 见 jh.registration_kind，
--       dbjg_dy 随同 ywh 的 dbjg（尚未到达时先记 其他，dbjg 到达后在同一调用中补上并重置为待校验）；
--       czlx 为 I/U/D（删除时 sjnr 为删除前映像，行留在暂存中作为墓碑，由校验入库过程处理）；
--       sjnr 为整行映像，lywz 为来源位置。已有的暂存行被再次写入时重置为 待校验，清空 jyjg、jysj
--       （rksj 保留上次入库时间）。调用方已去掉来源位置不新于暂存行 lywz 的变更（幂等）。
--       一条 MERGE；出错时逐行重做，每行在自己的 BEGIN … EXCEPTION 子块中，失败行返回。
--       p_rows 的类型是 anyarray（多态），实际总是 jh.bgh[]：SQL lint（pglast）解析不了 PL/pgSQL 签名与声明中
--       非 public 模式的类型，局部变量因此用 p_rows%TYPE 与 jh.bgh%ROWTYPE 声明。
-- 参数: p_rows 待暂存的行（jh.bgh[]；bm 为来源表 '模式.表'，zj 为行主键文本）
-- 返回: 无法写入的行（cwdm = SQLSTATE，cwxx = 错误信息）
-- 错误: 无（单行错误都被捕获并返回）
-- 调用: jh.apply_rows
-- 读写表: 读写 stg.djsj

CREATE OR REPLACE FUNCTION jh.stage_rows(p_rows anyarray)
RETURNS anyarray
LANGUAGE plpgsql
AS $$
DECLARE
    v_r     jh.bgh%ROWTYPE;
    v_bad   p_rows%TYPE := '{}';
    v_state text;
    v_msg   text;
BEGIN
    IF coalesce(array_length(p_rows, 1), 0) = 0 THEN
        RETURN v_bad;
    END IF;
    BEGIN
        PERFORM jh.stage_merge(p_rows);
    EXCEPTION WHEN OTHERS THEN
        FOREACH v_r IN ARRAY p_rows LOOP
            BEGIN
                PERFORM jh.stage_merge(ARRAY[v_r]);
            EXCEPTION WHEN OTHERS THEN
                v_state := SQLSTATE;
                v_msg := SQLERRM;
                v_bad := v_bad || ROW(v_r.xh, v_r.ly, v_r.sxid, v_r.bm, v_r.czlx, v_r.zj, v_r.ywh,
                                        v_r.sjnr, v_r.lywz, v_r.lysj, v_state, v_msg)::jh.bgh;
            END;
        END LOOP;
    END;

    -- 登簿结果单元随所属登簿结果的登记种类
    UPDATE stg.djsj c
       SET djzl = p.djzl,
           jyzt = '待校验',
           jyjg = NULL,
           jysj = NULL
      FROM stg.djsj p
     WHERE c.lybm = 'dbjg_dy'
       AND p.lybm = 'dbjg'
       AND p.ywh = c.ywh
       AND c.djzl <> p.djzl
       AND c.ywh IN (SELECT b.ywh FROM unnest(p_rows) AS b
                      WHERE b.bm IN ('share_dj.dbjg', 'share_dj.dbjg_dy'));
    RETURN v_bad;
END
$$;

COMMENT ON FUNCTION jh.stage_rows(anyarray) IS
    'S4：把共享登记库的变更行按 (lybm, lyzj) 合并进暂存 stg.djsj（登记种类、关键字段、整行映像、来源位置，重置为待校验）；出错时逐行重做并返回失败行';
