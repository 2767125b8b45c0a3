-- jh.write_rows(text, anyarray) → anyarray
-- 做什么: 把已定为「应用」的行写入目标表（S1、S2、S3）：每张目标表一条 DELETE（删除）和一条 MERGE
--         （新增、修改按主键合并），再把成功的行的来源位置记入行位置 jh.hwz；返回无法应用的行。
-- 规则: 语句由系统目录中的表名、列名用 format(%I) 生成（值只经 $1 参数传入）；行映像按目标列类型转换
--       （jsonb_populate_record：数值字符串 "1234.50"、日期 "2026-11-27"、ISO 时间、null、中文原样；
--       bytea 列的十六进制串 "DEADBEEF"（Debezium binary.handling.mode=hex）补 \x 后转换，已是 \x 形式的不变）。
--       写哪些列：该表本批第一个新增/修改映像中有的列（Debezium 的映像总是含全部列；S1 发件箱的 sjnr 也是
--       整行）；映像里没有的列，新增时取默认值，修改时保持不变。主键列不在 UPDATE SET 中
--       （openGauss 的 MERGE 不允许更新 ON 中的列）。不用 LATERAL：先在 OFFSET 0 子查询中转换整行再取字段。
--       一张表的整批语句出错（值不能转换、违反约束……）时回滚该表这一步，改为逐行执行，每行在自己的
--       BEGIN … EXCEPTION 子块中；失败的行带 SQLSTATE 与错误信息返回，由调用方记入死信，其余照常。
--       jh.hwz：成功应用的每行一条（MERGE），lywz 与操作更新为本次的；删除也留一行（墓碑）。
--       调用方保证：每个 (bm, zj) 只出现一次、来源位置新于 jh.hwz、目标表存在且有主键。
--       p_rows 的类型是 anyarray（多态），实际总是 jh.bgh[]：SQL lint（pglast）解析不了 PL/pgSQL 签名与声明中
--       非 public 模式的类型，局部变量因此用 p_rows%TYPE 与 jh.bgh%ROWTYPE 声明。
-- 参数: p_stream 流（S1 / S2 / S3）；p_rows 待应用的行（jh.bgh[]）
-- 返回: 无法应用的行（cwdm = SQLSTATE，cwxx = 错误信息）；全部成功时为空数组
-- 错误: 无（单行错误都被捕获并返回）
-- 调用: jh.apply_rows
-- 读写表: 写各目标表（share_jy.*、share_dj.*）与 jh.hwz；读 pg_catalog

CREATE OR REPLACE FUNCTION jh.write_rows(p_stream text, p_rows anyarray)
RETURNS anyarray
LANGUAGE plpgsql
AS $$
DECLARE
    v_bm     text;
    v_sch    text;
    v_tab    text;
    v_zjl    text[];
    v_sel    text;
    v_set    text;
    v_ins    text;
    v_val    text;
    v_tk     text;
    v_xk     text;
    v_on     text;
    v_ups    p_rows%TYPE;
    v_dels   p_rows%TYPE;
    v_src    text;
    v_bin    text;
    v_merge  text;
    v_delete text;
    v_r      jh.bgh%ROWTYPE;
    v_bad    p_rows%TYPE := '{}';
    v_badxh  integer[] := '{}';
    v_total  integer;
    v_nu     integer;
    v_nd     integer;
    v_state  text;
    v_msg    text;
BEGIN
    IF coalesce(array_length(p_rows, 1), 0) = 0 THEN
        RETURN v_bad;
    END IF;

    v_total := array_length(p_rows, 1);
    FOR v_bm, v_nu, v_nd IN
        SELECT b.bm, sum(CASE WHEN b.czlx <> 'D' THEN 1 ELSE 0 END), sum(CASE WHEN b.czlx = 'D' THEN 1 ELSE 0 END)
          FROM unnest(p_rows) AS b
         GROUP BY b.bm
         ORDER BY b.bm
    LOOP
        v_sch := split_part(v_bm, '.', 1);
        v_tab := substr(v_bm, length(v_sch) + 2);
        v_zjl := jh.key_columns(v_bm);
        -- 按表、按操作分开（unnest 保持顺序）；只有一张表且无删除时直接用原数组，不复制
        IF v_nu = v_total THEN
            v_ups := p_rows;
            v_dels := '{}';
        ELSE
            v_ups := ARRAY(SELECT b FROM unnest(p_rows) AS b WHERE b.bm = v_bm AND b.czlx <> 'D');
            v_dels := CASE WHEN v_nd > 0
                           THEN ARRAY(SELECT b FROM unnest(p_rows) AS b WHERE b.bm = v_bm AND b.czlx = 'D')
                           ELSE '{}' END;
        END IF;
        -- 语句的各段：本批第一个映像中有的目标列（按列序；主键列总在其中）与主键列
        SELECT string_agg(format('(x.r).%I', a.attname), ', ' ORDER BY a.attnum),
               string_agg(CASE WHEN a.attname::text <> ALL (v_zjl) THEN format('%I = s.%I', a.attname, a.attname) END,
                          ', ' ORDER BY a.attnum),
               string_agg(format('%I', a.attname), ', ' ORDER BY a.attnum),
               string_agg(format('s.%I', a.attname), ', ' ORDER BY a.attnum)
          INTO v_sel, v_set, v_ins, v_val
          FROM pg_catalog.pg_attribute a
          JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = v_sch
           AND c.relname = v_tab
           AND a.attnum > 0
           AND NOT a.attisdropped
           AND (a.attname::text = ANY (v_zjl) OR (v_ups[1]).sjnr ? a.attname::text);
        SELECT string_agg(format('t.%I', k), ', '),
               string_agg(format('(x.r).%I', k), ', '),
               string_agg(format('t.%I = s.%I', k, k), ' AND ')
          INTO v_tk, v_xk, v_on
          FROM unnest(v_zjl) AS k;

        -- bytea 列：Debezium（binary.handling.mode=hex）给的是不带 \x 的十六进制串，补上 \x 成为 PostgreSQL 的
        -- 十六进制输入；已是 \x 形式的（S1 发件箱行由 to_jsonb 生成）与 null 不变
        SELECT string_agg(format(' || CASE WHEN b.sjnr ->> %L IS NULL OR left(b.sjnr ->> %L, 2) = %L THEN %L::jsonb'
                                 ' ELSE json_build_object(%L, %L || (b.sjnr ->> %L))::jsonb END',
                                 a.attname, a.attname, '\x', '{}', a.attname, '\x', a.attname),
                          '' ORDER BY a.attnum)
          INTO v_bin
          FROM pg_catalog.pg_attribute a
          JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = v_sch AND c.relname = v_tab AND a.attnum > 0 AND NOT a.attisdropped
           AND a.atttypid = 'bytea'::regtype;
        -- 源：每行映像转换为目标表的行类型（OFFSET 0 使每行只转换一次）
        v_src := format('(SELECT jsonb_populate_record(NULL::%I.%I, b.sjnr%s) AS r FROM unnest($1) AS b OFFSET 0) AS x',
                        v_sch, v_tab, coalesce(v_bin, ''));
        v_delete := format('DELETE FROM %I.%I AS t WHERE (%s) IN (SELECT %s FROM %s)', v_sch, v_tab, v_tk, v_xk, v_src);
        v_merge := format('MERGE INTO %I.%I AS t USING (SELECT %s FROM %s) AS s ON (%s)%s'
                          ' WHEN NOT MATCHED THEN INSERT (%s) VALUES (%s)',
                          v_sch, v_tab, v_sel, v_src, v_on,
                          CASE WHEN v_set IS NOT NULL THEN ' WHEN MATCHED THEN UPDATE SET ' || v_set ELSE '' END,
                          v_ins, v_val);
        BEGIN
            IF v_nd > 0 THEN
                EXECUTE v_delete USING v_dels;
            END IF;
            IF v_nu > 0 THEN
                EXECUTE v_merge USING v_ups;
            END IF;
        EXCEPTION WHEN OTHERS THEN
            -- 整批失败：逐行重做，失败的行留给死信
            FOREACH v_r IN ARRAY v_dels || v_ups LOOP
                BEGIN
                    IF v_r.czlx = 'D' THEN
                        EXECUTE v_delete USING ARRAY[v_r];
                    ELSE
                        EXECUTE v_merge USING ARRAY[v_r];
                    END IF;
                EXCEPTION WHEN OTHERS THEN
                    v_state := SQLSTATE;
                    v_msg := SQLERRM;
                    v_bad := v_bad || ROW(v_r.xh, v_r.ly, v_r.sxid, v_r.bm, v_r.czlx, v_r.zj, v_r.ywh,
                                            v_r.sjnr, v_r.lywz, v_r.lysj, v_state, v_msg)::jh.bgh;
                    v_badxh := v_badxh || v_r.xh;
                END;
            END LOOP;
        END;
    END LOOP;

    -- 行位置：成功应用的行（删除即墓碑）
    MERGE INTO jh.hwz AS h
    USING (SELECT b.bm, b.zj, b.lywz, b.czlx
             FROM unnest(p_rows) AS b
            WHERE b.xh NOT IN (SELECT unnest(v_badxh))) AS s
       ON (h.bm = s.bm AND h.zj = s.zj)
     WHEN MATCHED THEN
        UPDATE SET lywz = s.lywz, czlx = s.czlx, lsl = p_stream, gxsj = now()
     WHEN NOT MATCHED THEN
        INSERT (bm, zj, lywz, czlx, lsl) VALUES (s.bm, s.zj, s.lywz, s.czlx, p_stream);

    RETURN v_bad;
END
$$;

COMMENT ON FUNCTION jh.write_rows(text, anyarray) IS
    '把定为应用的行写入目标表：每表一条 DELETE 与一条 MERGE（按目录中的主键，映像按列类型转换）；整批出错时逐行重做并返回失败行；成功行记入行位置 jh.hwz';
