"""Answering one operation call, the same for SOAP and JSON: check the key, query, record the outcome."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from api.attachments import AttachmentStore
from api.auth import PartnerBook
from api.calllog import Call, CallLog
from api.db import Database, DatabaseDown
from api.fields import InputError, NotFound, one_key
from api.onewindow import OPERATIONS as ONEWINDOW_OPERATIONS
from api.onewindow import Context, Refused
from api.operations import OPERATIONS, Row

log = logging.getLogger(__name__)


@dataclass
class ApiContext:
    """What every request handler needs; one per app (per worker process after the fork)."""

    db: Database
    partners: PartnerBook
    calls: CallLog
    #: attachments of OneWindowService
    store: AttachmentStore | None = None
    #: largest request body accepted, bytes (queries)
    max_body: int = 64 * 1024
    #: largest request body of OneWindowService (it carries attachments), bytes
    max_upload: int = 32 * 1024 * 1024

    def limit_of(self, service: str) -> int:
        return self.max_upload if service == "OneWindowService" else self.max_body


class ServiceError(RuntimeError):
    """Something on our side failed; the caller gets a generic message (details only in our log)."""


def run_operation(
    api: ApiContext, call: Call, service: str, name: str, params: Mapping[str, str | None]
) -> list[Row]:
    """Rows of ``service.name`` for ``params`` (one query key). Sets ``call``'s key, rows and result.

    Raises InputError (参数错误), NotFound (未找到) or ServiceError (服务错误).
    """
    operation = OPERATIONS[(service, name)]
    call.service, call.operation = service, name
    unknown = [k for k in params if k not in operation.keys]
    try:
        if unknown:
            raise InputError(unknown[0], f"未知参数 {unknown[0]}：{name} 只接受 {'、'.join(operation.keys)}")
        key, value = one_key(operation.keys, params)
        call.set_key(key, value)
        with api.db.reading() as cur:
            rows = operation.run(cur, key, value)
    except InputError:
        call.result = "参数错误"
        raise
    except NotFound:
        call.result = "未找到"
        raise
    except DatabaseDown as exc:
        call.result = "服务错误"
        log.error("%s.%s: 数据库不可用：%s", service, name, exc)
        raise ServiceError("数据库暂不可用，请稍后重试") from None
    except Exception:
        call.result = "服务错误"
        log.exception("%s.%s 失败", service, name)
        raise ServiceError("服务内部错误，请稍后重试或联系平台管理员") from None
    call.rows = len(rows)
    call.result = "成功" if rows else "无结果"
    return rows


#: Query keys recorded in the call log for OneWindowService, first present wins.
_LOGGED_KEYS = ("slbh", "htbh", "htbah", "djywh", "fwbm", "zjhm")


def run_onewindow(api: ApiContext, call: Call, name: str, params: Mapping[str, Any]) -> Any:
    """The answer of ``OneWindowService.name``; sets ``call``.

    Raises InputError, NotFound, Refused or ServiceError."""
    handler, _ = ONEWINDOW_OPERATIONS[name]
    call.service, call.operation = "OneWindowService", name
    for key in _LOGGED_KEYS:
        value = params.get(key)
        if isinstance(value, str) and value.strip():
            call.set_key(key, value.strip())
            break
    else:
        sbxx = params.get("sbxx")
        if isinstance(sbxx, Mapping) and isinstance(sbxx.get("fwbm"), str):
            call.set_key("fwbm", sbxx["fwbm"])
    if api.store is None:
        raise ServiceError("附件存储未配置")
    ctx = Context(db=api.db, store=api.store, operator=f"api:{call.partner}")
    try:
        answer = handler(ctx, params)
    except InputError:
        call.result = "参数错误"
        raise
    except NotFound:
        call.result = "未找到"
        raise
    except Refused:
        call.result = "业务拒绝"
        raise
    except DatabaseDown as exc:
        call.result = "服务错误"
        log.error("OneWindowService.%s: 数据库不可用：%s", name, exc)
        raise ServiceError("数据库暂不可用，请稍后重试") from None
    except Exception:
        call.result = "服务错误"
        log.exception("OneWindowService.%s 失败", name)
        raise ServiceError("服务内部错误，请稍后重试或联系平台管理员") from None
    call.rows = len(answer) if isinstance(answer, list) else 1
    call.result = "成功" if answer else "无结果"
    return answer
