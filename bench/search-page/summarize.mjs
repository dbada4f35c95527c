// node summarize.mjs N ours.jsonl pagefind.jsonl -> the markdown table of one library size (medians over the runs).
import fs from "node:fs";

const [n, oursPath, pagefindPath] = process.argv.slice(2);
const read = (p) => fs.readFileSync(p, "utf8").trim().split("\n").map((l) => JSON.parse(l));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const byQuery = (rows) => {
  const map = new Map();
  for (const r of rows) map.set(r.query, [...(map.get(r.query) ?? []), r]);
  return new Map([...map].map(([q, list]) => [q, {
    count: list[0].count, bytes: median(list.map((r) => r.bytes)), ms: median(list.map((r) => r.ms)), second: median(list.map((r) => r.secondBytes)),
  }]));
};
const ours = byQuery(read(oursPath));
const theirs = byQuery(read(pagefindPath));
const kb = (b) => (b / 1024).toFixed(1);

console.log(`\n#### ${Number(n).toLocaleString("en")} pages\n`);
console.log("| query | results (ours / Pagefind) | first query KB, ours | Pagefind | ms to results, ours | Pagefind | second query KB, ours | Pagefind |");
console.log("|---|---|---|---|---|---|---|---|");
for (const [q, o] of ours) {
  const p = theirs.get(q);
  console.log(`| ${q} | ${o.count} / ${p.count} | ${kb(o.bytes)} | ${kb(p.bytes)} | ${o.ms} | ${p.ms} | ${kb(o.second)} | ${kb(p.second)} |`);
}
const col = (m, k) => median([...m.values()].map((v) => v[k]));
console.log(`| **median** | | **${kb(col(ours, "bytes"))}** | **${kb(col(theirs, "bytes"))}** | **${col(ours, "ms")}** | **${col(theirs, "ms")}** | **${kb(col(ours, "second"))}** | **${kb(col(theirs, "second"))}** |`);
const above = [...ours].filter(([q, o]) => o.bytes >= theirs.get(q).bytes).map(([q]) => q);
console.log(`\nQueries where ours downloads as much as Pagefind or more: ${above.length ? above.join(", ") : "none"}.`);
