"""The unified platform's login (统一平台登录, seed §5.2.3) as an OpenID Connect provider simulator.

A real, minimal OpenID Connect 1.0 provider for the authorization-code flow, so the steward tool's OIDC
login is tested against the protocol rather than a stub: discovery (``/.well-known/openid-configuration``),
``/authorize`` (a sign-in form for its users; then a redirect with a one-time code and the client's
``state``), ``/token`` (client authentication by ``client_secret_basic`` or ``client_secret_post``, code
checked against client and redirect URI, once, within 60 s; an ID token signed RS256 with ``iss``, ``sub``,
``aud``, ``exp``, ``iat``, ``nonce``, ``preferred_username``, ``name``), ``/jwks`` and ``/userinfo``.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from flask import Flask, abort, jsonify, redirect, render_template_string, request
from joserfc import jwt
from joserfc.jwk import RSAKey

#: Seconds a code stays valid.
CODE_TTL_S = 60
#: Seconds an ID token stays valid.
TOKEN_TTL_S = 300

_FORM = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>统一平台登录</title></head>
<body><h1>统一平台登录（模拟）</h1>
{% if error %}<p role="alert">{{ error }}</p>{% endif %}
<form method="post">
{% for k, v in params.items() %}<input type="hidden" name="{{ k }}" value="{{ v }}">{% endfor %}
<label>用户名 <input name="username" autofocus></label>
<label>口令 <input name="password" type="password"></label>
<button type="submit">登录</button>
</form></body></html>"""


@dataclass
class Client:
    secret: str
    redirect_uris: tuple[str, ...]


@dataclass
class Provider:
    """The provider's state: users (name → (password, display name)), clients, codes, tokens."""

    issuer: str
    users: dict[str, tuple[str, str]]
    clients: dict[str, Client]
    key: RSAKey = field(default_factory=lambda: RSAKey.generate_key(2048, parameters={"kid": "sim-1"}))
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def id_token(self, client_id: str, username: str, nonce: str | None) -> str:
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "sub": f"sim-{username}",
            "aud": client_id,
            "iat": now,
            "exp": now + TOKEN_TTL_S,
            "preferred_username": username,
            "name": self.users[username][1],
        }
        if nonce:
            claims["nonce"] = nonce
        return jwt.encode({"alg": "RS256", "kid": "sim-1"}, claims, self.key)


def provider_app(provider: Provider) -> Flask:
    app = Flask("jydj.oidc_simulator")

    @app.get("/.well-known/openid-configuration")
    def discovery() -> Any:
        base = provider.issuer
        return jsonify(
            issuer=base,
            authorization_endpoint=f"{base}/authorize",
            token_endpoint=f"{base}/token",
            userinfo_endpoint=f"{base}/userinfo",
            jwks_uri=f"{base}/jwks",
            response_types_supported=["code"],
            subject_types_supported=["public"],
            id_token_signing_alg_values_supported=["RS256"],
            scopes_supported=["openid", "profile"],
            token_endpoint_auth_methods_supported=["client_secret_basic", "client_secret_post"],
            claims_supported=["sub", "preferred_username", "name"],
        )

    @app.get("/jwks")
    def jwks() -> Any:
        public = provider.key.as_dict(private=False)
        public.update(use="sig", alg="RS256", kid="sim-1")
        return jsonify(keys=[public])

    def _params() -> dict[str, str]:
        source = request.values
        params = {
            k: source.get(k, "")
            for k in ("client_id", "redirect_uri", "response_type", "scope", "state", "nonce")
        }
        client = provider.clients.get(params["client_id"])
        if client is None or params["redirect_uri"] not in client.redirect_uris:
            abort(400, "unknown client_id or redirect_uri")
        if params["response_type"] != "code" or "openid" not in params["scope"].split():
            abort(400, "response_type must be code and scope must include openid")
        return params

    @app.route("/authorize", methods=["GET", "POST"])
    def authorize() -> Any:
        params = _params()
        if request.method == "GET":
            return render_template_string(_FORM, params=params, error=None)
        username = request.form.get("username", "")
        user = provider.users.get(username)
        if user is None or not secrets.compare_digest(user[0], request.form.get("password", "")):
            return render_template_string(_FORM, params=params, error="用户名或口令错误"), 401
        code = secrets.token_urlsafe(24)
        with provider.lock:
            provider.codes[code] = {
                "client_id": params["client_id"],
                "redirect_uri": params["redirect_uri"],
                "username": username,
                "nonce": params["nonce"] or None,
                "expires": time.time() + CODE_TTL_S,
            }
        query = {"code": code}
        if params["state"]:
            query["state"] = params["state"]
        return redirect(f"{params['redirect_uri']}?{urlencode(query)}")

    @app.post("/token")
    def token() -> Any:
        auth = request.authorization
        client_id = auth.username if auth else request.form.get("client_id", "")
        secret = auth.password if auth else request.form.get("client_secret", "")
        client = provider.clients.get(client_id or "")
        if client is None or not secrets.compare_digest(client.secret, secret or ""):
            return jsonify(error="invalid_client"), 401
        if request.form.get("grant_type") != "authorization_code":
            return jsonify(error="unsupported_grant_type"), 400
        with provider.lock:
            grant = provider.codes.pop(request.form.get("code", ""), None)
        if (
            grant is None
            or grant["expires"] < time.time()
            or grant["client_id"] != client_id
            or grant["redirect_uri"] != request.form.get("redirect_uri")
        ):
            return jsonify(error="invalid_grant"), 400
        access = secrets.token_urlsafe(24)
        with provider.lock:
            provider.tokens[access] = grant["username"]
        return jsonify(
            access_token=access,
            token_type="Bearer",
            expires_in=TOKEN_TTL_S,
            id_token=provider.id_token(client_id, grant["username"], grant["nonce"]),
        )

    @app.get("/userinfo")
    def userinfo() -> Any:
        header = request.headers.get("Authorization", "")
        username = (
            provider.tokens.get(header.removeprefix("Bearer ").strip())
            if header.startswith("Bearer ")
            else None
        )
        if username is None:
            return jsonify(error="invalid_token"), 401
        return jsonify(sub=f"sim-{username}", preferred_username=username, name=provider.users[username][1])

    return app
