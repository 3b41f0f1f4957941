#!/usr/bin/env bash
# Installs the AWS API Gateway emulators used by the deploy tests, from PyPI, in virtual environments
# at the repo root (git-ignored): moto's server mode in .venv, and LocalStack's open core (which keeps
# canary settings) in .venv-localstack, with the four pins it needs on Python 3.11 (4.14 needs 3.12).
# Idempotent: a second run with the pinned versions already installed does nothing.
# CI (.ci/run -> npm test) calls this before the tests. APIGW_SKIP_LOCALSTACK=1 skips LocalStack.
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
else
  echo "setup-emulator: installing moto[server]==$MOTO_VERSION"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION"
  "$venv/bin/moto_server" --help >/dev/null
  echo "setup-emulator: moto $("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("moto"))') ready at $venv/bin/moto_server"
fi

[ "${APIGW_SKIP_LOCALSTACK:-}" = "1" ] && exit 0
LOCALSTACK_VERSION="4.13.1"
ls_venv="$root/.venv-localstack"
if [ ! -x "$ls_venv/bin/python" ]; then
  echo "setup-emulator: creating $ls_venv"
  "$python" -m venv "$ls_venv"
fi
installed="$("$ls_venv/bin/python" -c 'import importlib.metadata as m; print(m.version("localstack-core"))' 2>/dev/null || true)"
if [ "$installed" = "$LOCALSTACK_VERSION" ]; then
  echo "setup-emulator: LocalStack $LOCALSTACK_VERSION already installed"
  exit 0
fi
echo "setup-emulator: installing localstack-core[runtime]==$LOCALSTACK_VERSION"
started=$(date +%s)
# The pins: cbor2, pyOpenSSL and cryptography releases after these break LocalStack 4.13.1's start on Python 3.11.
"$ls_venv/bin/python" -m pip install --quiet --disable-pip-version-check "localstack-core[runtime]==$LOCALSTACK_VERSION" \
  cbor2==5.6.5 pyOpenSSL==24.3.0 cryptography==44.0.3 service_identity
"$ls_venv/bin/python" -c 'import localstack.runtime.main' >/dev/null
echo "setup-emulator: LocalStack $LOCALSTACK_VERSION ready at $ls_venv ($(( $(date +%s) - started )) s)"
