#!/usr/bin/env bash
# Builds the folder to deploy to a Linux Azure Function App (custom handler):
#   bash scripts/package-functions.sh artifacts/functions
# It holds a self-contained linux-x64 publish of functions/PrivacySite.Functions (no .NET runtime
# needed on the app), host.json, one folder per function (function.json), the content the service
# answers with (content/ without its Markdown pages and schemas) and the theme's assets. The folder is built aside and checked, then put in place, so a failed run never leaves a
# half-made package where the deploy step would pick it up.
set -euo pipefail

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 OUTPUT_DIR" >&2
  exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
output="$(mkdir -p "$(dirname "$1")" && cd "$(dirname "$1")" && pwd)/$(basename "$1")"
case "$output" in
  / | "$root" | "$root/" | "$root"/functions* | "$root"/src* | "$root"/content*)
    echo "error: refusing to replace $output; choose a folder of its own, such as artifacts/functions" >&2
    exit 2 ;;
esac

work="$(mktemp -d "${TMPDIR:-/tmp}/privacysite-package.XXXXXX")"
trap 'rm -rf "$work"' EXIT
package="$work/package"

# Builds in its own artifacts folder, so a developer's or test run's obj/ and bin/ are left alone.
dotnet publish "$root/functions/PrivacySite.Functions/PrivacySite.Functions.csproj" \
  --configuration Release --runtime linux-x64 --self-contained true \
  --artifacts-path "$work/build" --output "$package" -p:UseAppHost=true --nologo

# The package must hold what the Functions host and the app read at start-up.
missing=()
executable="$(sed -n 's/.*"defaultExecutablePath"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$package/host.json")"
[ -n "$executable" ] && [ -x "$package/$executable" ] || missing+=("the executable host.json names ('$executable')")
for function in "$root"/functions/PrivacySite.Functions/*/function.json; do
  name="$(basename "$(dirname "$function")")"
  cmp -s "$function" "$package/$name/function.json" || missing+=("$name/function.json")
done
for file in content/site.yaml content/forms/fields.yaml content/notice/requests.yaml content/calendar/holidays.yaml; do
  [ -f "$package/$file" ] || missing+=("$file")
done
ls "$package"/assets/*.css >/dev/null 2>&1 || missing+=("the theme's stylesheet")
if [ ${#missing[@]} -gt 0 ]; then
  printf 'error: the package lacks %s\n' "${missing[@]}" >&2
  exit 1
fi

rm -rf "$output"
mv "$package" "$output"
echo "Packaged the intake service for a Linux Function App in $output"
