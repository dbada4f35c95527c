// node search.js index.json "query" ["query" ...] -> one JSON line per query: [[ref, score], ...] as lunr.Index.load + search give them
const fs = require('fs'), lunr = require('lunr');
const raw = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
// A pipeline such as ["trimmer-es", "stemmer-es"] needs lunr-languages' lunr.es registered before loading.
const languages = new Set(raw.pipeline.map(label => label.split('-')[1]).filter(Boolean));
if (languages.size > 0) require('lunr-languages/lunr.stemmer.support')(lunr);
for (const language of languages) require(`lunr-languages/lunr.${language}`)(lunr);
const idx = lunr.Index.load(raw);
for (const q of process.argv.slice(3)) console.log(JSON.stringify(idx.search(q).map(r => [r.ref, r.score])));
