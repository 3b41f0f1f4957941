#!/usr/bin/env bash
# Installs the AWS API Gateway emulator used by the deploy tests: moto's server mode, from PyPI,
# in a virtual environment at the repo root (.venv, git-ignored). Idempotent: a second run with the
# pinned version already installed does nothing. CI (.ci/run) calls this before the tests.
set -euo pipefail

MOTO_VERSION="${MOTO_VERSION:-5.2.5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
python="${PYTHON:-python3}"

if [ ! -x "$venv/bin/python" ]; then
  echo "setup-emulator: creating $venv"
  "$python" -m venv "$venv"
fi

installed="$("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("moto"))' 2>/dev/null || true)"
if [ "$installed" = "$MOTO_VERSION" ] && [ -x "$venv/bin/moto_server" ]; then
  echo "setup-emulator: moto $MOTO_VERSION already installed"
  exit 0
fi

echo "setup-emulator: installing moto[server]==$MOTO_VERSION"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION"
"$venv/bin/moto_server" --help >/dev/null
echo "setup-emulator: moto $("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("moto"))') ready at $venv/bin/moto_server"
