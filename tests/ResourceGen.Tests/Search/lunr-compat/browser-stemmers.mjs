// node browser-stemmers.mjs <assets folder>
// The search page's language modules against lunr itself, in node:
// - search-stemmer-es.js: stem against spanish-stemmer-golden.json and lunr-languages 1.22.0's lunr.es.stemmer (the
//   golden words and seeded random words built from the stemmer's own suffixes), stopWords against lunr.es's list,
//   trim against lunr.es.trimmer and queryTerm against lunr.es's search pipeline (trimmer-es, stemmer-es);
// - search-stemmer.js: stopWords, trim and queryTerm against lunr 2.3.9's stopWordFilter, trimmer and search pipeline;
// - search-words.js: identity stemmer, no stop words, a letters-and-decimal-digits trimmer that query terms also go through.
// Prints each problem as a JSON line, then a summary line; exits 1 if there was a problem.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const [assets] = process.argv.slice(2);
const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const lunr = require("lunr");
require("lunr-languages/lunr.stemmer.support")(lunr);
require("lunr-languages/lunr.es")(lunr);

// The asset files are ES modules without a package.json saying so: load them as .mjs copies.
const copies = fs.mkdtempSync(path.join(os.tmpdir(), "resourcegen-stemmers-"));
const load = async (name) => {
  const copy = path.join(copies, name.replace(/\.js$/, ".mjs"));
  fs.copyFileSync(path.join(assets, name), copy);
  return import(pathToFileURL(copy).href);
};
const [es, en, words] = await Promise.all(["search-stemmer-es.js", "search-stemmer.js", "search-words.js"].map(load));
fs.rmSync(copies, { recursive: true, force: true });

let problems = 0;
const problem = (what) => {
  problems++;
  if (problems <= 40) console.log(JSON.stringify(what));
};
const check = (kind, input, got, want) => { if (got !== want) problem({ kind, input, got, want }); };
const run = (fn, word) => fn(new lunr.Token(word, {}))?.toString();

// Seeded random numbers (mulberry32), so that a failure can be reproduced.
let seed = 20260114;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

// ---------- Spanish ----------

const golden = JSON.parse(fs.readFileSync(path.join(here, "spanish-stemmer-golden.json"), "utf8"));
for (const [word, stem] of golden) {
  check("es.stem golden", word, es.stem(word), stem);
  check("es.stem lunr.es", word, es.stem(word), run(lunr.es.stemmer, word));
}

// Random words: a start of a few letters, then up to three of the suffixes the stemmer's tables list (and
// pronouns), so that every routine meets its suffixes with regions of every length, and plain random strings.
const esSource = fs.readFileSync(require.resolve("lunr-languages/lunr.es"), "utf8");
const tableSuffixes = [...new Set([...esSource.matchAll(/new Among\("([^"]+)"/g)].map((m) => JSON.parse(`"${m[1]}"`)))];
const letters = [..."aeiouáéíóúübcdfghjlmnñpqrstvxyz"];
const start = () => Array.from({ length: Math.floor(random() * 5) }, () => pick(letters)).join("");
const randomWords = new Set();
while (randomWords.size < 100000) {
  const parts = Math.floor(random() * 4);
  randomWords.add(random() < 0.2
    ? Array.from({ length: 1 + Math.floor(random() * 10) }, () => pick([...letters, "A", "É", "Ñ", "1", "-"])).join("")
    : start() + Array.from({ length: parts }, () => pick(tableSuffixes)).join(""));
}
for (const word of randomWords) check("es.stem random", word, es.stem(word), run(lunr.es.stemmer, word));

// The stop words lunr.es builds its filter from (its source's list, which the filter must drop).
const esStopWords = esSource.match(/lunr\.generateStopWordFilter\('([^']*)'/)[1].split(" ");
const pipelineGolden = JSON.parse(fs.readFileSync(path.join(here, "spanish-pipeline-golden.json"), "utf8"));
check("es.stopWords size", "", es.stopWords.size, 308);
check("es.stopWords golden", "", [...es.stopWords].sort().join(" "), [...pipelineGolden.stopWords].sort().join(" "));
check("es.stopWords lunr.es", "", [...es.stopWords].sort().join(" "), [...new Set(esStopWords)].sort().join(" "));
for (const word of es.stopWords) check("es.stopWords filtered by lunr.es", word, run(lunr.es.stopWordFilter, word), undefined);

// Trimmer: tricky tokens, every UTF-16 code unit alone and between word characters, and the golden texts' tokens.
const tricky = ["", "niño", "¿niño?", "¡Qué!", "«canción»", "año2024", "2024", "3ª", "1º", "m²", "½", "٣", "١٢٣", "Ⅻ",
  "café\u0301", "\u0301acento", "pingüino", "ÑANDÚ", "ñ", "-niño-", "'hola'", "\"hola\"", "(hola)", "hola.", "...", "—",
  "_init_", "__proto__", "constructor", "toString", "e-mail", "x-ray", "3.5", "1,000", "ΟΔΟΣ", "οδός", "αβγ", "Ωmega",
  "mañanaΩ", "مرحبا", "«مرحبا»", "niñoمرحبا", "日本語", "한국어", "😀", "😀niño😀", "niño😀s", "\uD83D", "a\uDE00",
  "ﬁn", "ｅｓｐａñｏｌ", "ĳ", "ǅ", "Ş", "ɐ", "ʰ", "ᴀ", "ạ", "ⁿ", "K", "Å", "ⱥ", "ꜳ", "ꭐ", "\u00A0niño\u00A0", "\t", "ß",
  "İstanbul", "i̇stanbul", "Straße", "naïve", "ÆØÅ", "þorn", "ſ"];
const tokens = new Set(tricky);
for (let c = 0; c <= 0xffff; c++) {
  const ch = String.fromCharCode(c);
  tokens.add(ch);
  if (c % 7 === 0) tokens.add(`a${ch}b`).add(`${ch}ñ${ch}`);
}
for (const [text] of pipelineGolden.texts) for (const token of lunr.tokenizer(text)) tokens.add(token.toString());
const searchPipeline = new lunr.Pipeline();
searchPipeline.add(lunr.es.trimmer, lunr.es.stemmer);
for (const token of tokens) {
  check("es.trim lunr.es", token, es.trim(token), run(lunr.es.trimmer, token));
  check("es.queryTerm lunr.es search pipeline", token, es.queryTerm(token), searchPipeline.runString(token)[0]);
}
for (const [word] of golden) check("es.queryTerm lunr.es search pipeline", word, es.queryTerm(word), searchPipeline.runString(word)[0]);

// ---------- English ----------

const lunrSource = fs.readFileSync(require.resolve("lunr"), "utf8");
const enStopWords = [...lunrSource.match(/lunr\.stopWordFilter = lunr\.generateStopWordFilter\(\[([^\]]*)\]/)[1].matchAll(/'([^']*)'/g)].map((m) => m[1]);
check("en.stopWords lunr", "", [...en.stopWords].sort().join(" "), [...new Set(enStopWords)].sort().join(" "));
for (const word of en.stopWords) check("en.stopWords filtered by lunr", word, run(lunr.stopWordFilter, word), undefined);
for (const token of tokens) {
  check("en.trim lunr", token, en.trim(token), run(lunr.trimmer, token));
  check("en.queryTerm lunr", token, en.queryTerm(token), run(lunr.stemmer, token));
}

// ---------- No stemmer ----------

check("words.stopWords", "", words.stopWords.size, 0);
for (const word of ["niño", "مرحبا", "ΟΔΟΣ", "😀", ""]) check("words.stem", word, words.stem(word), word);
for (const [token, want] of [["«مرحبا»", "مرحبا"], ["¿niño?", "niño"], ["😀niño😀", "niño"], ["😀", ""], ["m²", "m"], ["٣.", "٣"],
  ["'hola'", "hola"], ["_a_", "a"], ["a\u0301", "a"], ["a-b", "a-b"], ["日本語。", "日本語"], ["\u00A0x\u00A0", "x"], ["", ""]])
  check("words.trim", token, words.trim(token), want);
// Query words are trimmed as the build trims index terms (char.IsLetterOrDigit: letters and decimal digits, one UTF-16 unit at a time).
for (const [word, want] of [["niño", "niño"], ["مرحبا", "مرحبا"], ["m²", "m"]]) check("words.queryTerm", word, words.queryTerm(word), want);

console.log(JSON.stringify({ golden: golden.length, random: randomWords.size, esStopWords: es.stopWords.size,
  enStopWords: en.stopWords.size, trimTokens: tokens.size, problems }));
process.exit(problems === 0 ? 0 : 1);
