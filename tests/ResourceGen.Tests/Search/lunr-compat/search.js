// node search.js index.json "query" ["query" ...] -> one JSON line per query: [[ref, score], ...] as lunr.Index.load + search give them
const fs = require('fs'), lunr = require('lunr');
const idx = lunr.Index.load(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')));
for (const q of process.argv.slice(3)) console.log(JSON.stringify(idx.search(q).map(r => [r.ref, r.score])));
