#!/bin/sh
# Install Debian's chromium for the browser tests (tests/test_steward_browser*.py), the one package the
# tests take from apt. Best effort: without root or without the package index the tests skip and say why.
# Called by `make test` (and so by .ci/run) before pytest.
set -u
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "浏览器测试：未安装 chromium，且无法用 apt-get 安装（需要 root 与 Debian），这些测试将跳过" >&2
    exit 0
fi
echo "浏览器测试：安装 Debian 的 chromium（apt-get）…" >&2
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -qq --no-install-recommends chromium >/tmp/jydj-chromium-install.log 2>&1; then
    apt-get update -qq >>/tmp/jydj-chromium-install.log 2>&1 &&
        apt-get install -y -qq --no-install-recommends chromium >>/tmp/jydj-chromium-install.log 2>&1 ||
        echo "浏览器测试：安装 chromium 失败（见 /tmp/jydj-chromium-install.log），这些测试将跳过" >&2
fi
exit 0
