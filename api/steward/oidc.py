"""Sign-in through the unified platform's OpenID Connect provider (seed §5.2.3), with ``[steward] login``
including "oidc": the authorization-code flow by Authlib's Flask client (discovery, state, nonce, the ID
token's signature, issuer, audience and expiry checked). The user named by ``oidc_username_claim`` (default
``preferred_username``) must exist in ``gj.yh``; the attempt is recorded by ``gj.dl_jl`` like any other.
"""

from __future__ import annotations

from typing import Any

from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.flask_client import OAuth
from flask import Blueprint, Flask, abort, current_app, redirect, render_template, url_for

from api.steward.auth import platform_sign_in
from api.steward.web import StewardConfig, context

bp = Blueprint("oidc", __name__)


def init_oidc(app: Flask, config: StewardConfig) -> None:
    """Register the provider when ``login`` includes "oidc"."""
    if "oidc" not in config.login:
        return
    oauth = OAuth(app)
    oauth.register(
        "platform",
        client_id=config.oidc_client_id,
        client_secret=config.oidc_client_secret,
        server_metadata_url=f"{config.oidc_issuer}/.well-known/openid-configuration",
        client_kwargs={"scope": "openid profile"},
    )
    app.extensions["jydj.oidc"] = oauth
    app.register_blueprint(bp)


def _client() -> Any:
    oauth = current_app.extensions.get("jydj.oidc")
    if oauth is None:
        abort(404)
    return oauth.platform


@bp.get("/login/oidc")
def start() -> Any:
    return _client().authorize_redirect(url_for("oidc.callback", _external=True))


@bp.get("/login/oidc/callback")
def callback() -> Any:
    try:
        token = _client().authorize_access_token()
    except OAuthError as exc:
        message = f"统一平台登录未完成：{exc.description or exc.error}"
        return render_template("error.html", title="无法登录", message=message), 400
    claims = token.get("userinfo") or {}
    name = str(claims.get(context().config.oidc_username_claim) or "").strip()
    if not name:
        return render_template("error.html", title="无法登录", message="统一平台没有给出用户名"), 400
    return platform_sign_in(name, "OIDC") or redirect(url_for("home.index"))
