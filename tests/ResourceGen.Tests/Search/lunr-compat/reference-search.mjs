// node reference-search.mjs search-index.json search-docs.json "query" ... -> per query one JSON line [[url, score], ...]:
// lunr.js 2.3.9 over the lunr export with the search page's query semantics (lunr-reference.mjs).
import fs from "node:fs";
import { createRequire } from "node:module";
import { reference } from "./lunr-reference.mjs";

const [indexPath, docsPath, ...queries] = process.argv.slice(2);
const lunr = createRequire(import.meta.url)("lunr");
const idx = lunr.Index.load(JSON.parse(fs.readFileSync(indexPath, "utf8")));
const docs = JSON.parse(fs.readFileSync(docsPath, "utf8"));
for (const q of queries) console.log(JSON.stringify(reference(lunr, idx, q).results.map((r) => [docs[r.ref].url, r.score])));
