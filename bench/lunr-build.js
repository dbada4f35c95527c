// node bench/lunr-build.js docs.json -> builds the same index with lunr.js 2.3.9 and prints its time and size as JSON
const fs = require('fs'), zlib = require('zlib'), lunr = require('lunr');
const docs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const start = process.hrtime.bigint();
const idx = lunr(function () {
  this.ref('ref');
  this.field('title', { boost: 10 }); this.field('tags', { boost: 5 }); this.field('summary', { boost: 2 }); this.field('body');
  docs.forEach((d, i) => this.add({ ref: i.toString(36), title: d.Title, tags: d.Tags, summary: d.Summary, body: d.Body }));
});
const json = JSON.stringify(idx);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
if (process.argv[3]) fs.writeFileSync(process.argv[3], json);
console.log(JSON.stringify({ docs: docs.length, seconds, bytes: Buffer.byteLength(json), gzip: zlib.gzipSync(json, { level: 9 }).length }));
