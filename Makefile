# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean system-deps

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Debian packages: Tesseract with its fr/en/es packs and Ghostscript (OCR of scanned
# pages), headless Chromium (HTML report test). Each is installed only when absent, with
# sudo only when not root. Without apt-get, or when it fails, a warning and go on: OCR is
# then reported per file as unavailable.
SYSTEM_PKGS := tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng tesseract-ocr-spa ghostscript chromium

system-deps:
	@missing=""; \
	for pkg in $(SYSTEM_PKGS); do \
	  case $$pkg in \
	    tesseract-ocr) command -v tesseract >/dev/null 2>&1 && continue ;; \
	    tesseract-ocr-*) tesseract --list-langs 2>/dev/null | grep -qx "$${pkg#tesseract-ocr-}" && continue ;; \
	    ghostscript) command -v gs >/dev/null 2>&1 && continue ;; \
	    chromium) { command -v chromium || command -v chromium-browser \
	                || command -v google-chrome; } >/dev/null 2>&1 && continue ;; \
	  esac; \
	  dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; \
	done; \
	[ -z "$$missing" ] && exit 0; \
	if ! command -v apt-get >/dev/null 2>&1; then \
	  echo "warning: apt-get not found; install$$missing yourself (OCR is unavailable until then)" >&2; exit 0; fi; \
	if [ "$$(id -u)" -eq 0 ]; then sudo=""; \
	elif ! command -v sudo >/dev/null 2>&1; then \
	  echo "warning: not root and no sudo; install$$missing yourself (OCR is unavailable until then)" >&2; exit 0; \
	elif [ -t 0 ]; then sudo="sudo"; else sudo="sudo -n"; fi; \
	echo "system-deps: installing$$missing"; \
	if $$sudo apt-get update -qq >/dev/null 2>&1 && \
	   DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends$$missing >/dev/null 2>&1; \
	then :; else echo "warning: apt-get could not install$$missing (OCR may be unavailable)" >&2; fi

# Re-install only when the dependency files change (idempotent). System packages are an
# order-only prerequisite: checked every time (cheap) without forcing a pip re-install.
$(STAMP): $(BIN)/python pyproject.toml constraints.txt | system-deps
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/minutes ingest corpus --out outputs; status=$$?; \
	if [ $$status -ne 0 ] && [ $$status -ne 2 ]; then exit $$status; fi

test: install
	$(BIN)/python -m pytest -n 2

clean:
	rm -rf $(VENV) outputs
