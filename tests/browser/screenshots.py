"""Screenshots of the steward tool's main pages for docs/screenshots/, taken from a running demo.

    make demo
    .venv/bin/python tests/browser/screenshots.py --password "$(cat var/demo-password)"

Signs in as the demo steward, opens each page with the demo's data and writes PNG files; it changes no data
(the correction is only previewed). Chinese text needs a CJK font on the machine (on Debian:
``apt-get install fonts-wqy-microhei``); the tests do not need one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from stewardkit import CHROMIUM, CHROMIUM_ARGS

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8600/steward")
    parser.add_argument("--user", default="demo")
    parser.add_argument("--password", required=True)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(locale="zh-CN", viewport={"width": 1366, "height": 860})

        def shot(name: str, full: bool = False) -> None:
            page.screenshot(path=str(OUT / f"steward-{name}.png"), full_page=full)
            print(OUT / f"steward-{name}.png")

        page.goto(f"{args.url}/login")
        shot("login")
        page.get_by_label("用户名").fill(args.user)
        page.get_by_label("口令").fill(args.password)
        page.get_by_role("button", name="登录").click()
        shot("home")
        page.goto(f"{args.url}/queue/所有权?rule=SYQ06")
        shot("queue")
        page.get_by_test_id("queue-table").locator("tbody tr td:nth-child(2) a").first.click()
        shot("row")
        page.get_by_test_id("procedures").get_by_role("link", name="面积取楼盘表").click()
        page.get_by_role("button", name="预览").click()
        shot("correct")
        page.goto(f"{args.url}/link")
        page.get_by_test_id("link-list").locator("tbody a").first.click()
        shot("link")
        for name, query in (("stats", "?wd=区县"), ("log", ""), ("ops", "")):
            page.goto(f"{args.url}/{name}{query}")
            page.wait_for_load_state("networkidle")
            shot(name)
        browser.close()


if __name__ == "__main__":
    main()
