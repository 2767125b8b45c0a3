// 运行监控: refresh the figures every 10 seconds (fetch the page again, swap #ops-figures) and ask before
// 全部重试. No inline script (CSP). The refresh stops while the tab is hidden, while a form is being used,
// and once the user has done nothing for half the session timeout, so an unattended page still lets the
// session expire.
(function () {
  "use strict";
  var PERIOD_MS = 10000;
  var box = document.getElementById("ops-auto");
  var note = document.getElementById("ops-auto-note");
  var idleMinutes = note ? parseFloat(note.getAttribute("data-idle-minutes")) || 15 : 15;
  var lastActive = Date.now();
  var busy = false;
  var submitting = false;

  function say(text) {
    if (note) note.textContent = text;
  }

  ["mousemove", "mousedown", "keydown", "scroll", "touchstart"].forEach(function (name) {
    window.addEventListener(name, function () {
      if (Date.now() - lastActive > idleMinutes * 60000) say("");
      lastActive = Date.now();
    }, { passive: true });
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
      return;
    }
    submitting = true;
    var buttons = form.querySelectorAll("button[type=submit]");
    for (var i = 0; i < buttons.length; i++) {
      // disabled after this event so the button's own value is still sent
      setTimeout(function (b) { b.disabled = true; }.bind(null, buttons[i]), 0);
    }
  });

  function refresh() {
    var figures = document.getElementById("ops-figures");
    if (!figures || !box || !box.checked || busy || submitting || document.hidden) return;
    if (Date.now() - lastActive > idleMinutes * 60000) {
      say("自动刷新已暂停（" + Math.round(idleMinutes) + " 分钟无操作）；移动鼠标或按键继续");
      return;
    }
    var active = document.activeElement;
    if (active && active !== document.body && figures.contains(active)) return;
    busy = true;
    fetch(window.location.href, { credentials: "same-origin", headers: { "X-Requested-With": "ops.js" } })
      .then(function (response) {
        if (response.redirected && response.url.indexOf("/login") >= 0) {
          window.location.reload(); // the session ended: show the login page
          return null;
        }
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.text();
      })
      .then(function (html) {
        if (html === null || submitting) return;
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById("ops-figures");
        if (fresh) {
          figures.innerHTML = fresh.innerHTML;
          say("");
        }
      })
      .catch(function () {
        say("刷新失败，稍后重试");
      })
      .then(function () {
        busy = false;
      });
  }

  setInterval(refresh, PERIOD_MS);
})();
