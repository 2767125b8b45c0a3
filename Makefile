# jydj — 房产交易与不动产登记协同共享平台
#   make demo   set up, start the embedded PostgreSQL cluster, migrate, load demo data, show status
#   make test   set up and run the whole test suite (what CI runs)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_HOUSEHOLDS ?= 20000

.PHONY: setup demo test lint sqllint format snapshot bench bench-link bench-api lock stop clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit("需要 Python 3.11 或更高版本") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

demo: setup
	$(BIN)/jydj init
	$(BIN)/jydj seed --households $(DEMO_HOUSEHOLDS) --seed 1 --if-empty
	$(BIN)/jydj start --rate 2
	@$(BIN)/jydj user demo >var/demo-login.txt
	@# 补推：把演示数据中的登记结果经 S3、S4 送入 jy 暂存（不等待到达，故退出码 1「仍有缺失」是预期的）
	-$(BIN)/jydj reconcile --stream S3 --wait 0 >/dev/null
	$(BIN)/jydj status
	@echo
	@echo "在运行：      数据流 S1–S4、定时任务（jydj run）与模拟业务（jydj simulate），日志在 var/log/"
	@echo "查看状态：    $(BIN)/jydj status [--json]    指标：http://127.0.0.1:9464/metrics"
	@echo "定时任务：    $(BIN)/jydj jobs list    （登记数据每 5 分钟校验入库；立即运行：$(BIN)/jydj validate）"
	@echo "数据挂接：    每 30 分钟挂接房屋与单元；立即运行：$(BIN)/jydj link run    候选：$(BIN)/jydj link export --candidates F.csv"
	@echo "web 服务：    http://127.0.0.1:8600/soap/QueryService?wsdl 、RegistrationStateService?wsdl ；JSON：/json/<服务>/<操作>"
	@echo "接口调用方：  $(BIN)/jydj partner add NAME   （打印用户名与密钥；SOAP 用 WS-Security，JSON 用 Bearer）"
	@echo "一窗受理：    http://127.0.0.1:8600/soap/OneWindowService?wsdl ；模拟平台 http://127.0.0.1:8700/?wsdl 约每 10 秒送一件"
	@echo "数据对接工具：http://127.0.0.1:8600/steward/    $$(cat var/demo-login.txt)"
	@echo "连接数据库：  psql \"\$$($(BIN)/jydj dsn jy)\"   （或 jy_front、dj_front）"
	@echo "全部停止：    $(BIN)/jydj stop"

test: setup lint
	@# the browser tests drive Debian's chromium: installed here when possible (root + apt), else they skip
	-@sh tests/browser/install-chromium.sh
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check jydj tests bench connector scheduler api db/migrations/env.py
	$(BIN)/jydj db lint

format: setup
	$(BIN)/ruff format jydj tests bench connector scheduler api db/migrations/env.py
	$(BIN)/ruff check --fix .

snapshot: setup
	$(BIN)/jydj db snapshot

bench: setup
	$(BIN)/python bench/seed.py

# Linking against Splink (bench/link.py): installs the pinned Splink peer (extra "bench") first.
bench-link: setup
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[bench]'
	$(BIN)/python bench/link.py

# The web services under gunicorn at 300 requests/s (bench/api.py): installs the pinned locust (extra "bench").
bench-api: setup
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[bench]'
	$(BIN)/python bench/api.py

lock:
	rm -rf /tmp/jydj-lock && $(PYTHON) -m venv /tmp/jydj-lock
	/tmp/jydj-lock/bin/pip install --quiet -e '.[dev]'
	( echo '# Pinned transitive dependencies of jydj (runtime and dev). Regenerate with: make lock'; \
	  /tmp/jydj-lock/bin/pip freeze --exclude-editable ) > requirements.lock

stop:
	-$(BIN)/jydj stop

clean: stop
	rm -rf var .pytest_cache .ruff_cache .hypothesis
