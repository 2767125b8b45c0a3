"""The SOAP side: spyne types and services, one spyne Application per service of the interface catalog.

Operation names, service names and key parameters are fixed by ``../shared/design/interfaces.md``. Every
parameter is text (so a wrong value gets our Chinese message, not a schema error); every field carries a
Chinese ``doc`` that spyne writes into the WSDL as ``xs:documentation``. The work itself is
:func:`api.dispatch.run_operation`, the same as for JSON.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import spyne.const
from spyne import (
    Application,
    Array,
    Boolean,
    ComplexModel,
    Date,
    DateTime,
    Decimal,
    Fault,
    Integer,
    ServiceBase,
    Unicode,
    rpc,
)
from spyne.protocol.soap import Soap11
from spyne.server.wsgi import WsgiApplication

from api.calllog import Call
from api.dispatch import ApiContext, ServiceError, run_operation
from api.fields import InputError, NotFound
from api.onewindow import Refused
from api.operations import Row

NAMESPACE = "urn:jydj:ws:v1"

# spyne runs a full gc.collect() after a call at most once a second per process (to close uploaded files in
# time); it took a quarter of the workers' time under load (bench/api.py). We keep no files in spyne contexts,
# so leave collection to Python's own generational collector, as spyne's own tests do.
spyne.const.MIN_GC_INTERVAL = float("inf")


def T(doc: str) -> Any:
    return Unicode(doc=doc)


def _model(cls: type[ComplexModel], row: Row) -> ComplexModel:
    return cls(**{name: row.get(name) for name in cls._type_info})


# -- types ------------------------------------------------------------------------------------------------


class HouseInfo(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "房屋信息（交易楼盘表的户）"
    fwbm = T("房屋编码")
    bdcdyh = T("不动产单元号（已挂接时）")
    xmmc = T("项目名称")
    zl = T("坐落")
    zrzh = T("自然幢号")
    zh = T("栋（建筑物名称，如 3栋）")
    ljzh = T("楼栋编号（逻辑幢号）")
    dyh = T("单元号")
    szc = T("所在层（名义层）")
    sjcs = Integer(doc="实际层数（自然层序号）")
    fh = T("房号")
    shbw = T("室号部位")
    fwjg = T("房屋结构代码")
    fwjgmc = T("房屋结构")
    fwyt = T("房屋用途代码")
    fwytmc = T("房屋用途")
    fwxz = T("房屋性质代码")
    fwxzmc = T("房屋性质")
    mjlx = T("面积类型：预测 / 实测")
    jzmj = Decimal(doc="建筑面积（平方米；实测优先，否则预测）")
    tnjzmj = Decimal(doc="套内建筑面积（平方米）")
    ftjzmj = Decimal(doc="分摊建筑面积（平方米）")
    ycjzmj = Decimal(doc="预测建筑面积（平方米）")
    scjzmj = Decimal(doc="实测建筑面积（平方米）")
    fwzt = T("房屋状态：不可售 / 可售 / 已签约 / 已备案 / 已登记 / 已灭失")
    djzt = Integer(doc="登记状态：1 已登记")
    dyzt = Integer(doc="现势抵押（含预抵押）件数")
    cfzt = Integer(doc="现势查封件数")
    ygzt = Integer(doc="现势预告件数")
    yyzt = Integer(doc="现势异议件数")
    xzzt = Integer(doc="有效行政限制件数")
    qxdm = T("区县代码")


class Party(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "合同当事人"
    mc = T("名称（姓名）")
    zjzl = T("证件种类代码")
    zjzlmc = T("证件种类")
    zjhm = T("证件号码")
    gyfs = T("共有方式代码")
    qlbl = Decimal(doc="权利比例（0–1）")


class NewHouseContract(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "商品房买卖合同（网签及备案）"
    htbh = T("合同编号")
    htbah = T("合同备案号")
    fwbm = T("房屋编码")
    ysxkzh = T("预售许可证号（预售时）")
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
    htzt = T("合同状态：草签 / 已签约 / 已备案 / 已撤销 / 已注销")
    qxdm = T("区县代码")
    cmr = Party.customize(max_occurs="unbounded", doc="出卖人（可多个）")
    msr = Party.customize(max_occurs="unbounded", doc="买受人（可多个）")


class StockHouseContract(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "存量房买卖合同（网签及备案）"
    htbh = T("合同编号")
    htbah = T("合同备案号")
    fwbm = T("房屋编码")
    bdcdyh = T("不动产单元号")
    bdcqzh = T("不动产权证书号（出卖人的）")
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
    htzt = T("合同状态：草签 / 已签约 / 已备案 / 已撤销 / 已注销")
    qxdm = T("区县代码")
    cmr = Party.customize(max_occurs="unbounded", doc="出卖人（可多个）")
    msr = Party.customize(max_occurs="unbounded", doc="买受人（可多个）")


class PreNotice(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "预告登记"
    ywh = T("登记业务号")
    bdcdyh = T("不动产单元号")
    fwbm = T("房屋编码")
    zl = T("不动产坐落")
    ygdjzl = T("预告登记种类代码")
    ygdjzlmc = T("预告登记种类")
    djlx = T("登记类型代码")
    qlr = T("权利人")
    ywr = T("义务人")
    htbh = T("合同编号")
    jzmj = Decimal(doc="建筑面积（平方米）")
    qdjg = Decimal(doc="取得价格（元）")
    bdbzzqse = Decimal(doc="被担保主债权数额（元，预抵押）")
    bdcdjzmh = T("不动产登记证明号")
    djsj = DateTime(doc="登簿时间")
    qszt = T("权属状态代码：1 现势 / 2 历史 / 3 终止")
    xs = Boolean(doc="是否现势")
    zxygywh = T("注销预告业务号")
    zxsj = DateTime(doc="注销时间")


class Seizure(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "（预）查封登记"
    ywh = T("登记业务号")
    bdcdyh = T("不动产单元号")
    fwbm = T("房屋编码")
    cflx = T("查封类型代码")
    cflxmc = T("查封类型：查封 / 轮候查封 / 预查封 / 轮候预查封 / 续封")
    cfjg = T("查封机关")
    cfwj = T("查封文件")
    cfwh = T("查封文号")
    cfqssj = Date(doc="查封起始日期")
    cfjssj = Date(doc="查封结束日期")
    cffw = T("查封范围")
    djsj = DateTime(doc="登簿时间")
    qszt = T("权属状态代码：1 现势 / 2 历史 / 3 终止")
    xs = Boolean(doc="是否现势")
    jfywh = T("解封业务号")
    jfjg = T("解封机关")
    jfwh = T("解封文号")
    jfsj = DateTime(doc="解封时间")


class Objection(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "异议登记"
    ywh = T("登记业务号")
    bdcdyh = T("不动产单元号")
    fwbm = T("房屋编码")
    yysx = T("异议事项")
    bdcdjzmh = T("不动产登记证明号")
    djsj = DateTime(doc="登簿时间")
    qszt = T("权属状态代码：1 现势 / 2 历史 / 3 终止")
    xs = Boolean(doc="是否现势")
    zxyyywh = T("注销异议业务号")
    zxyyyy = T("注销异议原因")
    zxyydjsj = DateTime(doc="注销异议登簿时间")


class MortgageUnit(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "抵押的不动产单元（多证抵押时多个）"
    bdcdyh = T("不动产单元号")
    fwbm = T("房屋编码")
    zl = T("坐落")
    bdcqzh = T("不动产权证书号")
    dymj = Decimal(doc="抵押面积（平方米）")


class Mortgage(ComplexModel):
    __namespace__ = NAMESPACE
    __doc__ = "抵押权登记或预购商品房抵押权预告登记（ydy 为真）"
    ywh = T("登记业务号")
    ydy = Boolean(doc="是否预抵押（抵押权预告登记）")
    dyzmh = T("抵押证明号（不动产登记证明号）")
    bdcdyh = T("不动产单元号（主单元）")
    dyfs = T("抵押方式代码：1 一般抵押 / 2 最高额抵押")
    dyr = T("抵押人")
    dyqr = T("抵押权人")
    bdbzzqse = Decimal(doc="被担保主债权数额（元）")
    zgzqse = Decimal(doc="最高债权数额（元）")
    zwlxqssj = Date(doc="债务履行起始日期")
    zwlxjssj = Date(doc="债务履行结束日期")
    dyfw = T("抵押范围")
    djsj = DateTime(doc="登簿时间")
    qszt = T("权属状态代码：1 现势 / 2 历史 / 3 终止")
    xs = Boolean(doc="是否现势")
    zxdyywh = T("注销业务号")
    zxsj = DateTime(doc="注销时间")
    dydy = MortgageUnit.customize(max_occurs="unbounded", doc="抵押单元（多证抵押时多个）")


# -- answering ------------------------------------------------------------------------------------------


def _to_models(cls: type[ComplexModel], rows: list[Row]) -> list[ComplexModel]:
    out = []
    for row in rows:
        values = dict(row)
        if cls in (NewHouseContract, StockHouseContract):
            values["cmr"] = [_model(Party, p) for p in row.get("cmr", [])]
            values["msr"] = [_model(Party, p) for p in row.get("msr", [])]
        elif cls is Mortgage:
            values["dydy"] = [_model(MortgageUnit, u) for u in row.get("dydy", [])]
        out.append(_model(cls, values))
    return out


@contextmanager
def soap_faults() -> Iterator[None]:
    """Our errors as SOAP faults with their Chinese messages (the same codes as the JSON side)."""
    try:
        yield
    except InputError as exc:
        raise Fault("Client.InvalidInput", str(exc)) from None
    except NotFound as exc:
        raise Fault("Client.NotFound", str(exc)) from None
    except Refused as exc:
        raise Fault("Client.Refused", str(exc)) from None
    except ServiceError as exc:
        raise Fault("Server", str(exc)) from None


def call_context(ctx: Any) -> tuple[ApiContext, Call]:
    """The app context and the call record the gate put into the WSGI environ."""
    env = ctx.transport.req_env
    return env["jydj.api"], env["jydj.call"]


def answer(ctx: Any, service: str, operation: str, cls: type[ComplexModel], **params: str | None) -> list:
    """Run the operation for a spyne method."""
    api, call = call_context(ctx)
    with soap_faults():
        rows = run_operation(api, call, service, operation, params)
    return _to_models(cls, rows)


def _key(doc: str) -> Any:
    return Unicode(doc=doc, min_occurs=0)


class QueryService(ServiceBase):
    """对接接口（seed §5.2.1.8）：房屋信息与商品房、存量房合同查询。每次调用只给一个查询条件。"""

    @rpc(
        _key("房屋编码（户的，或幢的：返回该幢全部户）"),
        _key("楼栋编号（逻辑幢号）：返回该楼栋全部户"),
        _returns=Array(HouseInfo),
    )
    def getHouseInfo(ctx, fwbm, ljzh):
        return answer(ctx, "QueryService", "getHouseInfo", HouseInfo, fwbm=fwbm, ljzh=ljzh)

    @rpc(_key("合同编号"), _key("房屋编码"), _key("买受人证件号码"), _returns=Array(NewHouseContract))
    def getNewHouseContract(ctx, htbh, fwbm, zjhm):
        return answer(
            ctx, "QueryService", "getNewHouseContract", NewHouseContract, htbh=htbh, fwbm=fwbm, zjhm=zjhm
        )

    @rpc(
        _key("合同编号"),
        _key("房屋编码"),
        _key("买受人证件号码"),
        _key("不动产权证书号"),
        _returns=Array(StockHouseContract),
    )
    def getStockHouseContract(ctx, htbh, fwbm, zjhm, bdcqzh):
        return answer(
            ctx,
            "QueryService",
            "getStockHouseContract",
            StockHouseContract,
            htbh=htbh,
            fwbm=fwbm,
            zjhm=zjhm,
            bdcqzh=bdcqzh,
        )


class RegistrationStateService(ServiceBase):
    """登记状态（seed §5.2.2.2）：由平台收到的登记数据提供预告、查封、异议、抵押登记。现势在前。"""

    @rpc(_key("不动产单元号"), _key("房屋编码"), _returns=Array(PreNotice))
    def getPreNotice(ctx, bdcdyh, fwbm):
        return answer(ctx, "RegistrationStateService", "getPreNotice", PreNotice, bdcdyh=bdcdyh, fwbm=fwbm)

    @rpc(_key("不动产单元号"), _key("房屋编码"), _returns=Array(Seizure))
    def getSeizure(ctx, bdcdyh, fwbm):
        return answer(ctx, "RegistrationStateService", "getSeizure", Seizure, bdcdyh=bdcdyh, fwbm=fwbm)

    @rpc(_key("不动产单元号"), _key("房屋编码"), _returns=Array(Objection))
    def getObjection(ctx, bdcdyh, fwbm):
        return answer(ctx, "RegistrationStateService", "getObjection", Objection, bdcdyh=bdcdyh, fwbm=fwbm)

    @rpc(
        _key("抵押证明号（不动产登记证明号）"),
        _key("不动产单元号"),
        _key("房屋编码"),
        _returns=Array(Mortgage),
    )
    def getMortgage(ctx, dyzmh, bdcdyh, fwbm):
        return answer(
            ctx, "RegistrationStateService", "getMortgage", Mortgage, dyzmh=dyzmh, bdcdyh=bdcdyh, fwbm=fwbm
        )


def soap_application(service: str, cls: type[ServiceBase]) -> WsgiApplication:
    """The spyne WSGI app of one service (SOAP 1.1 in and out; WSDL on GET ?wsdl)."""
    app = Application(
        [cls],
        tns=NAMESPACE,
        name=service,
        in_protocol=Soap11(validator="soft"),
        out_protocol=Soap11(),
    )
    return WsgiApplication(app)
