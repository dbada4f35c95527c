// node sharded-compare.mjs <assets folder> <lunr index.json> <sharded folder (holds manifest.json)> <queries.json> [stemmer]
// Runs every query through lunr 2.3.9 over the whole index (with the search page's former query builder, kept
// here as the reference) and through the sharded engine; prints each difference as a JSON line and exits 1 if any.
// [stemmer] is the asset the engine gets for the index's language (search-stemmer.js, the default, for English;
// search-stemmer-es.js for an index whose pipeline is lunr-languages' lunr.es, which is then registered with lunr).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { reference } from "./lunr-reference.mjs";

const [assets, indexPath, shardFolder, queriesPath, stemmerName = "search-stemmer.js"] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const lunr = require("lunr");
const raw = JSON.parse(fs.readFileSync(indexPath, "utf8"));
const language = raw.pipeline.map((label) => label.split("-")[1]).find(Boolean);
if (language) {
  require("lunr-languages/lunr.stemmer.support")(lunr);
  require(`lunr-languages/lunr.${language}`)(lunr);
}
const stopWordFilter = language ? lunr[language].stopWordFilter : lunr.stopWordFilter;
const idx = lunr.Index.load(raw);
const queries = JSON.parse(fs.readFileSync(queriesPath, "utf8"));

// The asset files are ES modules without a package.json saying so: load them as .mjs copies.
const copies = fs.mkdtempSync(path.join(path.dirname(indexPath), "modules-"));
const load = async (name) => {
  const copy = path.join(copies, name.replace(/\.js$/, ".mjs"));
  fs.copyFileSync(path.join(assets, name), copy);
  return import(pathToFileURL(copy).href);
};
const [{ openIndex }, stemmer, { fuzzyMatcher }] = await Promise.all(
  ["search-engine.js", stemmerName, "search-fuzzy.js"].map(load));

const readFile = async (url, kind) => {
  const bytes = fs.readFileSync(new URL(url));
  return kind === "json" ? JSON.parse(bytes.toString("utf8")) : new Uint8Array(bytes);
};
const engine = await openIndex(pathToFileURL(path.join(shardFolder, "manifest.json")).href, { load: readFile, stemmer, fuzzyMatcher });
const docRefs = JSON.parse(fs.readFileSync(path.join(path.dirname(indexPath), "refs.json"), "utf8"));

// Scores closer than this are ties: lunr adds field scores in its own order, which can move the last bit.
const TIE = 1e-9;
const groups = (list) => {
  const out = [];
  for (const r of list) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.score - r.score) <= TIE) last.refs.push(r.ref);
    else out.push({ score: r.score, refs: [r.ref] });
  }
  return out.map((g) => ({ score: g.score, refs: g.refs.sort() }));
};

let problems = 0;
let matched = 0;
const empty = [];
for (const q of queries) {
  const want = reference(lunr, idx, q, stopWordFilter);
  const got = await engine.search(q);
  const gotResults = got.results.map((r) => ({ ref: docRefs[r.doc], score: r.score }));
  if (want.results.length > 0) matched++;
  else empty.push(q);
  const a = groups(want.results), b = groups(gotResults);
  const same = want.fuzzy === got.fuzzy && a.length === b.length &&
    a.every((g, i) => Math.abs(g.score - b[i].score) <= TIE && g.refs.join("\n") === b[i].refs.join("\n"));
  if (!same) {
    problems++;
    if (problems <= 20) console.log(JSON.stringify({ query: q, lunr: { fuzzy: want.fuzzy, top: want.results.slice(0, 5), count: want.results.length },
      sharded: { fuzzy: got.fuzzy, top: gotResults.slice(0, 5), count: gotResults.length } }));
  }
}
fs.rmSync(copies, { recursive: true, force: true });
console.log(JSON.stringify({ queries: queries.length, withResults: matched, problems, empty }));
process.exit(problems === 0 ? 0 : 1);
