"""OneWindowService over SOAP: spyne types and the ten operations of the interface catalog.

The work is :mod:`api.onewindow` (shared with JSON through :func:`api.dispatch.run_onewindow`); this
module only declares the WSDL and turns spyne objects into dicts and rows back into spyne objects.
"""

from __future__ import annotations

from typing import Any

from spyne import (
    Boolean,
    ByteArray,
    ComplexModel,
    Date,
    DateTime,
    Decimal,
    Integer,
    ServiceBase,
    Unicode,
    rpc,
)

from api.dispatch import run_onewindow
from api.soap import NAMESPACE, HouseInfo, Party, T, _model, call_context, soap_faults


def _many(cls: Any, doc: str) -> Any:
    return cls.customize(max_occurs="unbounded", doc=doc)


class Applicant(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "申报人"
    jslx = T("角色：出卖人 / 买受人 / 抵押人 / 抵押权人 / 代理人")
    mc = T("名称（姓名）")
    zjzl = T("证件种类代码")
    zjhm = T("证件号码（居民身份证号码或统一社会信用代码）")
    dh = T("电话")


class ApplicationInfo(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "申报基本信息（fwbm 必填；存量房网签填成交金额等，交易备案填 htbh，抵押备案填抵押信息）"
    fwbm = T("房屋编码")
    htbh = T("合同编号（交易备案：已签约的合同）")
    htje = T("成交金额（元）")
    fkfs = T("付款方式")
    jzmj = T("建筑面积（平方米）")
    bdcqzh = T("不动产权证书号")
    dylx = T("抵押类型")
    dyr = T("抵押人")
    dyrzjhm = T("抵押人证件号码")
    dyqr = T("抵押权人")
    dyqrzjhm = T("抵押权人证件号码")
    bdbzzqse = T("被担保主债权数额（元）")
    zwlxqssj = T("债务履行起始日期 YYYY-MM-DD")
    zwlxjssj = T("债务履行结束日期 YYYY-MM-DD")
    bz = T("备注")


class Attachment(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "附件：PDF、JPEG、PNG 或 TIFF，单个不超过 10 MiB（电子合同为 text/html）"
    wjm = T("文件名（含扩展名，不含路径）")
    wjlx = T("文件类型（MIME）：application/pdf、image/jpeg、image/png、image/tiff")
    dx = Integer(doc="大小（字节，下载时给出）")
    sha256 = T("SHA-256（下载时给出）")
    nr = ByteArray(doc="文件内容（base64）")


class Answer(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "办件应答（重发同一请求号得到同一应答）"
    slbh = T("一窗受理号")
    lc = T("流程：CLFWQ 存量房网签 / JYBA 交易备案 / DYBA 抵押备案")
    zt = T("收件状态：预录 / 已备案 / 已确认 / 待完善 / 已驳回 / 未通过 / 已撤件 / 已登簿")
    jg = T("结果")
    sm = T("说明")
    htbh = T("合同编号")
    htbah = T("合同备案号")
    dybah = T("抵押备案号")
    jyywh = T("交易业务号")
    yy = _many(Unicode, "原因（未通过、驳回、待完善时）")


class Step(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "办件步骤"
    xh = Integer(doc="序号")
    hjmc = T("环节")
    jg = T("结果：通过 / 不通过 / 驳回 / 撤件 / 完成")
    sm = T("说明")
    sj = DateTime(doc="时间")


class Progress(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "办件审核进度"
    slbh = T("一窗受理号")
    lc = T("流程")
    zt = T("收件状态")
    fwbm = T("房屋编码")
    htbh = T("合同编号")
    jssj = DateTime(doc="收件时间")
    xd = Boolean(doc="是否挂起二次受理限定")
    xdyy = T("二次受理限定原因")
    steps = _many(Step, "步骤，按时间先后")


class Contract(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "合同（商品房或存量房）"
    htlx = T("合同类型：商品房 / 存量房")
    htbh = T("合同编号")
    htbah = T("合同备案号")
    fwbm = T("房屋编码")
    bdcdyh = T("不动产单元号（存量房）")
    bdcqzh = T("不动产权证书号（存量房）")
    zl = T("坐落")
    zh = T("栋")
    dyh = T("单元号")
    szc = T("所在层")
    fh = T("房号")
    jzmj = Decimal(doc="建筑面积（平方米）")
    htje = Decimal(doc="成交金额（元）")
    fkfs = T("付款方式")
    qyrq = Date(doc="签约日期")
    barq = Date(doc="备案日期")
    htzt = T("合同状态")
    cmr = _many(Party, "出卖人")
    msr = _many(Party, "买受人")


class PropertyItem(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "产调：名下现势房地产权一处"
    bdcdyh = T("不动产单元号")
    fwbm = T("房屋编码")
    zl = T("坐落")
    bdcqzh = T("不动产权证书号")
    jzmj = Decimal(doc="建筑面积（平方米）")
    ghyt = T("规划用途代码")
    djsj = DateTime(doc="登簿时间")
    gyfs = T("共有方式代码")
    qlbl = Decimal(doc="权利比例")
    fwzt = T("房屋状态")
    dyzt = Integer(doc="现势抵押件数")
    cfzt = Integer(doc="现势查封件数")
    ygzt = Integer(doc="现势预告件数")
    yyzt = Integer(doc="现势异议件数")
    xzzt = Integer(doc="有效行政限制件数")


class HistoryItem(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "房屋的一件交易或登记（从早到晚）"
    sj = DateTime(doc="时间")
    lx = T("类型：商品房合同 / 存量房合同 / 抵押备案 / 行政限制 / 房地产权登记 / 抵押权登记 / 查封登记")
    bh = T("编号（合同编号、备案号、登记业务号）")
    zt = T("状态")
    sm = T("说明")


def _from_spyne(value: Any) -> Any:
    """spyne objects → dicts and lists (None fields dropped); ByteArray → bytes."""
    if isinstance(value, ComplexModel):
        return {k: _from_spyne(getattr(value, k)) for k in value._type_info if getattr(value, k) is not None}
    if isinstance(value, list | tuple):
        if value and all(isinstance(v, bytes) for v in value):
            return b"".join(value)
        return [_from_spyne(v) for v in value]
    return value


def _answer(ctx: Any, operation: str, params: dict[str, Any]) -> Any:
    api, call = call_context(ctx)
    with soap_faults():
        return run_onewindow(api, call, operation, {k: _from_spyne(v) for k, v in params.items()})


def _as(cls: Any, row: dict[str, Any]) -> Any:
    values = dict(row)
    if cls is Contract:
        values["cmr"] = [_model(Party, p) for p in row.get("cmr", [])]
        values["msr"] = [_model(Party, p) for p in row.get("msr", [])]
    if cls is Progress:
        values["steps"] = [_model(Step, s) for s in row.get("steps", [])]
    if cls is Attachment:
        values["nr"] = [row["nr"]]
    return _model(cls, values)


_Q = "请求号（调用方为每个请求生成；重发时不变，平台返回第一次的应答）"


class OneWindowService(ServiceBase):
    """一窗受理（seed §5.2.2.2）：收件、撤件、登簿完成、进度、产调、历史、合同与附件。"""

    @rpc(
        Unicode(doc=_Q),
        Unicode(doc="一窗受理号"),
        Unicode(doc="流程：CLFWQ 存量房网签 / JYBA 交易备案 / DYBA 抵押备案"),
        _many(Applicant, "申报人"),
        ApplicationInfo.customize(doc="申报基本信息"),
        _many(Attachment, "申报附件"),
        _returns=Answer,
    )
    def receiveApplication(ctx, qqid, slbh, lc, sbr, sbxx, fj):
        return _model(
            Answer,
            _answer(
                ctx,
                "receiveApplication",
                {"qqid": qqid, "slbh": slbh, "lc": lc, "sbr": sbr, "sbxx": sbxx, "fj": fj},
            ),
        )

    @rpc(Unicode(doc="一窗受理号"), _returns=HouseInfo.customize(max_occurs="unbounded"))
    def getHouseBySlbh(ctx, slbh):
        return [_model(HouseInfo, r) for r in _answer(ctx, "getHouseBySlbh", {"slbh": slbh})]

    @rpc(
        Unicode(doc=_Q),
        Unicode(doc="一窗受理号"),
        Unicode(doc="登记业务号（无一窗受理号时）"),
        Unicode(doc="不动产权证书号"),
        Unicode(doc="登簿时间（ISO 8601）"),
        Unicode(doc="登簿人"),
        _returns=Answer,
    )
    def receiveRegistrationCompleted(ctx, qqid, slbh, djywh, bdcqzh, djsj, dbr):
        params = {"qqid": qqid, "slbh": slbh, "djywh": djywh, "bdcqzh": bdcqzh, "djsj": djsj, "dbr": dbr}
        return _model(Answer, _answer(ctx, "receiveRegistrationCompleted", params))

    @rpc(
        Unicode(doc="合同备案号"),
        Unicode(doc="合同编号"),
        Unicode(doc="证件号码（买受人）"),
        _returns=Contract.customize(max_occurs="unbounded"),
    )
    def queryContracts(ctx, htbah, htbh, zjhm):
        rows = _answer(ctx, "queryContracts", {"htbah": htbah, "htbh": htbh, "zjhm": zjhm})
        return [_as(Contract, r) for r in rows]

    @rpc(Unicode(doc=_Q), Unicode(doc="一窗受理号"), Unicode(doc="撤件原因"), _returns=Answer)
    def withdrawApplication(ctx, qqid, slbh, yy):
        return _model(Answer, _answer(ctx, "withdrawApplication", {"qqid": qqid, "slbh": slbh, "yy": yy}))

    @rpc(Unicode(doc="一窗受理号"), _returns=Progress)
    def getProgress(ctx, slbh):
        return _as(Progress, _answer(ctx, "getProgress", {"slbh": slbh}))

    @rpc(Unicode(doc="证件号码"), _returns=PropertyItem.customize(max_occurs="unbounded"))
    def getPropertyReport(ctx, zjhm):
        return [_model(PropertyItem, r) for r in _answer(ctx, "getPropertyReport", {"zjhm": zjhm})]

    @rpc(Unicode(doc="房屋编码"), _returns=HistoryItem.customize(max_occurs="unbounded"))
    def getHouseHistory(ctx, fwbm):
        return [_model(HistoryItem, r) for r in _answer(ctx, "getHouseHistory", {"fwbm": fwbm})]

    @rpc(Unicode(doc=_Q), Unicode(doc="合同编号"), _many(Attachment, "签字影像"), _returns=Answer)
    def receiveSignatureImages(ctx, qqid, htbh, images):
        return _model(
            Answer, _answer(ctx, "receiveSignatureImages", {"qqid": qqid, "htbh": htbh, "images": images})
        )

    @rpc(Unicode(doc="合同编号"), _returns=Attachment.customize(max_occurs="unbounded"))
    def downloadContractAttachment(ctx, htbh):
        return [_as(Attachment, r) for r in _answer(ctx, "downloadContractAttachment", {"htbh": htbh})]
