# Sleeve: `make run` starts the service on the embedded default, `make test` runs every test.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Debian packages the art engine needs at run time: fonts for every script we
# promise (Noto for Latin/Greek/Cyrillic/Arabic/Hebrew/Thai/Devanagari, Noto CJK
# Sans and Serif for CJK titles, WenQuanYi Micro Hei as a small CJK fallback, Noto
# Color Emoji), Blankenburg (OFL) as metal's blackletter, DejaVu for the monospace
# fallback, FriBidi/Raqm so Pillow shapes right-to-left and complex scripts, and Tesseract (English, Russian, Greek) for the
# thumbnail OCR test.
APT_PACKAGES := fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji fonts-wqy-microhei fonts-blankenburg \
	fonts-dejavu-core libfribidi0 libraqm0 tesseract-ocr tesseract-ocr-eng tesseract-ocr-rus \
	tesseract-ocr-ell
# Tests only: the studio page is tested in Debian's headless chromium (driven by Playwright).
TEST_APT_PACKAGES := chromium

.PHONY: setup run test lint bench system-packages

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[dev]'
	touch $@

system-packages:
	@./scripts/install-system-packages.sh $(APT_PACKAGES)

setup: system-packages $(VENV)/.installed
	$(VENV)/bin/sleeve migrate
	SLEEVE_PUBLIC_URL=$${SLEEVE_PUBLIC_URL:-http://$(HOST):$(PORT)} $(VENV)/bin/sleeve demo-key

run: setup
	$(VENV)/bin/sleeve serve --host $(HOST) --port $(PORT)

test: system-packages $(VENV)/.installed
	@./scripts/install-system-packages.sh $(TEST_APT_PACKAGES)
	$(VENV)/bin/ruff check sleeve tests bench
	$(VENV)/bin/pytest -q -n 4 --dist loadfile --no-loadscope-reorder  # four workers on two cores (a third of the time the tests wait on real servers, not the CPU), whole files in conftest's order

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check sleeve tests bench
	$(VENV)/bin/ruff format --check sleeve tests bench

bench: $(VENV)/.installed
	$(PY) bench/cover_quality.py
	$(PY) bench/audio_speed.py
	$(PY) -m bench.style_speed
	$(PY) bench/api_throughput.py
