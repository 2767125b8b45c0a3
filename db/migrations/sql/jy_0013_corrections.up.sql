-- 修订: jy_0013_corrections（前序 jy_0012）
-- 做什么: 数据修正（seed §5.2.3 不动产对接工具的数据修正、§5.2.1.6 不合格数据经对接工具处理后重新校验）。新模式 xz:
--   xz.gc  修正过程目录：数据管理员只能通过目录中列出的、经评审的修正过程修正不合格的暂存登记数据（stg.djsj），
--          不能写任意 SQL。每个过程一行：过程名、中文名称与说明、适用的登记种类、所修正的校验规则（在不合格规则旁
--          提示）、参数说明（对接工具据此生成表单）、是否启用、排序号。
--   修正过程在 db/procedures/xz/（由 db/manifest.toml 安装），签名统一为
--   xz.<名称>(p_ids bigint[], p_cs jsonb) → TABLE(id bigint, gx jsonb)：只读、集合运算，返回每行将做的改动；
--   执行器 xz.run 检查目录与参数，试运行时只显示改动前后，执行时经 stg.correct_rows 在同一事务中写入、
--   记操作日志并立即重新校验。
-- 依据: seed §5.2.3（数据修正、操作留痕）、§5.2.1.6；docs/corrections.md、docs/validation.md。
-- 说明: 只用 openGauss 兼容子集（docs/conventions.md）。目录表不被数据流捕获。新增修正过程须另立新修订插入目录行。

CREATE SCHEMA xz;
COMMENT ON SCHEMA xz IS '数据修正：经评审的具名修正过程及其目录，数据管理员只能通过它们修正不合格的暂存登记数据';

-- ----------------------------------------------------------------------
-- xz.gc: 修正过程目录
-- ----------------------------------------------------------------------
CREATE TABLE xz.gc (
    gcm     varchar(60)     NOT NULL,
    mc      text            NOT NULL,
    sm      text            NOT NULL,
    djzl    varchar(10)[],
    gzdm    varchar(20)[],
    cs      jsonb           NOT NULL,
    qy      boolean         NOT NULL DEFAULT true,
    pxh     integer         NOT NULL DEFAULT 0,
    CONSTRAINT gc_pk PRIMARY KEY (gcm),
    CONSTRAINT gc_gcm_ck CHECK (gcm ~ '^xz\.[a-z_]+$'),
    CONSTRAINT gc_cs_ck CHECK (jsonb_typeof(cs) = 'array')
);
COMMENT ON TABLE xz.gc IS '修正过程目录：数据管理员可用的每个修正过程一行；执行器 xz.run 只执行本表中已启用的过程';
COMMENT ON COLUMN xz.gc.gcm IS '过程名（模式.函数名，如 xz.mj_lpb；函数签名为 (p_ids bigint[], p_cs jsonb) → TABLE(id bigint, gx jsonb)）';
COMMENT ON COLUMN xz.gc.mc IS '中文名称（简短，列在对接工具的修正菜单中）';
COMMENT ON COLUMN xz.gc.sm IS '说明（给业务人员看的中文：改哪个字段、改成什么、什么情况下不改）';
COMMENT ON COLUMN xz.gc.djzl IS '适用的登记种类（stg.djsj.djzl 的取值）；为空表示所有种类';
COMMENT ON COLUMN xz.gc.gzdm IS '所修正的校验规则代码（stg.jygz.gzdm），对接工具在这些规则不通过的行旁提示本过程；为空表示不特别对应某条规则';
COMMENT ON COLUMN xz.gc.cs IS '参数说明：JSON 数组，每个参数一个对象 {"name" 参数名, "label" 中文标签, "type" 类型 field（行映像中的字段，从列表选）/ text / number / choice（另有 "choices": [可选值]）, "required" 是否必填, "help" 填写说明}';
COMMENT ON COLUMN xz.gc.qy IS '是否启用（停用的过程不列出、不能执行）';
COMMENT ON COLUMN xz.gc.pxh IS '排序号（列出时按它排序）';

INSERT INTO xz.gc (gcm, mc, sm, djzl, gzdm, cs, pxh) VALUES
('xz.zd_sz', '字段改值',
 '把所选各行的一个字段改为填写的值（新值留空即把该字段置为空）。适用于所有登记种类；业务号等来源主键不能改。改后立即重新校验，通过的即入库。',
 NULL, NULL,
 '[{"name": "zd", "label": "字段", "type": "field", "required": true, "help": "要改的字段（行映像中的列，如 djsj 登记时间、jzmj 建筑面积）"},
   {"name": "z", "label": "新值", "type": "text", "required": false, "help": "改成的值，按原样写入；留空表示置为空"}]',
 10),
('xz.mj_lpb', '面积取楼盘表',
 '把建筑面积 jzmj 改为交易楼盘表中挂接房屋的建筑面积：默认有实测面积用实测，否则用预测（与面积一致检查相同）。找不到挂接房屋或楼盘表没有面积的行不改。',
 ARRAY['所有权', '预告']::varchar(10)[], ARRAY['SYQ06', 'YG08']::varchar(20)[],
 '[{"name": "ly", "label": "面积来源", "type": "choice", "choices": ["实测优先", "实测", "预测"], "required": false, "help": "实测优先：有实测面积用实测，没有用预测（默认）；实测、预测：只取该种面积，楼盘表没有时不改"}]',
 20),
('xz.fwbm_gj', '房屋编码取挂接',
 '把房屋编码 fwbm 改为挂接表中该不动产单元有效挂接的房屋编码（以交易楼盘表为准）。单元未挂接的行不改：请先在对接工具中挂接。',
 NULL, ARRAY['SYQ03', 'DY03', 'SYQ05', 'DYQ07', 'YG04', 'YDY07', 'CF05', 'YY04', 'DJDY03']::varchar(20)[],
 '[]',
 30),
('xz.rq_gs', '日期规范化',
 '把所选日期字段的写法改为标准格式 年-月-日（如 2021年3月5日、2021/3/5、2021.03.05、20210305 都改为 2021-03-05），带时间的保留时间（时:分:秒）。不是真实日期的不改。',
 NULL, ARRAY['SYQ10', 'DYQ05', 'DYQ06', 'YG07', 'YDY06', 'CF04', 'CF07', 'YY05', 'ZX04', 'TD03']::varchar(20)[],
 '[{"name": "zd", "label": "日期字段", "type": "field", "required": true, "help": "要规范的日期或时间字段（如 djsj 登记时间、zwlxqssj 债务履行起始时间）"}]',
 40),
('xz.zjhm_gs', '证件号码规范化',
 '整理权利人的证件号码 zjhm：去掉首尾空格，全角数字和字母改为半角；身份证号末位小写 x 改为大写 X，15 位旧身份证号升为 18 位（补出生年份的 19 与校验码）。整理后仍不是有效号码的身份证、统一社会信用代码不改。',
 ARRAY['权利人']::varchar(10)[], ARRAY['QLR02']::varchar(20)[],
 '[]',
 50),
('xz.ss_xs', '上手取现势业务',
 '把上手业务号 syywh 改为同一不动产单元当前现势的登记业务：所有权转移、抵押权取现势的所有权，预抵押取现势（未注销）的预告。只在生产库中恰好有一个这样的业务时才改。',
 ARRAY['所有权', '抵押权', '预抵押']::varchar(10)[], ARRAY['SYQ07', 'DYQ08', 'YDY04']::varchar(20)[],
 '[]',
 60),
('xz.jf_cf', '解封指明查封',
 '解封登记的上手业务号 syywh 改为该不动产单元已登记、尚未解封的查封业务。单元上有几个未解封的查封时，须填写所要解除的查封文号；找不到或仍不止一个的不改。',
 ARRAY['查封']::varchar(10)[], ARRAY['CF06']::varchar(20)[],
 '[{"name": "cfwh", "label": "查封文号", "type": "text", "required": false, "help": "单元上有几个未解封的查封时，填写所要解除的查封的文号（如 （2026）川1702执123号）"}]',
 70),
('xz.qxdm_dyh', '区县代码取单元号',
 '把区县代码 qxdm 改为不动产单元号的前 6 位（单元号的前 6 位即所在区县的行政区划代码），只在这 6 位是行政区划代码表中的代码时才改。',
 NULL, ARRAY['SYQ04', 'DYQ03', 'YG03', 'YDY03', 'CF03', 'YY03', 'ZX03', 'ZS03']::varchar(20)[],
 '[]',
 80);
