"""概况: the signed-in user's starting page — queue sizes of the kinds in the user's scope."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template
from flask_login import current_user, login_required

from api.steward.web import QUEUE_KINDS, db, scope_clause

bp = Blueprint("home", __name__)


@bp.get("/")
@login_required
def index() -> Any:
    where, args = scope_clause(current_user)
    with db().reading() as cur:
        cur.execute(
            # only the waiting states: the queue stg.dcl keeps this cheap however much is loaded
            f"""SELECT q.djzl,
                       sum(CASE WHEN q.jyzt = '不合格' THEN 1 ELSE 0 END),
                       sum(CASE WHEN q.jyzt = '待校验' THEN 1 ELSE 0 END)
                  FROM stg.dcl q
                  JOIN stg.djsj d ON d.id = q.id
                 WHERE q.jyzt IN ('不合格', '待校验') AND q.djzl = ANY (%s){where}
                 GROUP BY q.djzl""",
            [list(QUEUE_KINDS), *args],
        )
        counts = {kind: (int(bad or 0), int(waiting or 0)) for kind, bad, waiting in cur}
        cur.execute("SELECT count(*) FROM gl.hxd")
        candidates = int(cur.fetchone()[0])
    rows = [(kind, *counts.get(kind, (0, 0))) for kind in QUEUE_KINDS]
    return render_template("home/index.html", rows=rows, candidates=candidates)
