#!/usr/bin/env bash
# Runs every test, on a fresh machine too: first installs what the tests need (Chromium, a Java
# runtime, Japanese fonts, the npm tools; skipped when already there), then the whole suite.
# Extra arguments go to dotnet test, e.g. scripts/test.sh --filter "FullyQualifiedName~Notice".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh
dotnet test PrivacySite.sln "$@"
