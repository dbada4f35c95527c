// node serve.mjs <folder> <port>: a static server that gzips text as GitHub Pages does (JSON, JS, HTML, CSS, SVG;
// binary shards too, since GitHub Pages compresses application/octet-stream). Folders serve their index.html.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const [root, port] = process.argv.slice(2);
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
  ".json": "application/json", ".svg": "image/svg+xml", ".bin": "application/octet-stream", ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream", ".pf_fragment": "application/octet-stream", ".pf_index": "application/octet-stream", ".pf_filter": "application/octet-stream" };
const compressible = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".bin"]);

http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (!file.startsWith(path.resolve(root))) { res.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!fs.existsSync(file)) { res.writeHead(404).end("not found"); return; }
  const ext = path.extname(file);
  const body = fs.readFileSync(file);
  const headers = { "content-type": types[ext] ?? "application/octet-stream", "cache-control": "no-cache" };
  if (compressible.has(ext) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
    res.writeHead(200, { ...headers, "content-encoding": "gzip" }).end(zlib.gzipSync(body, { level: 6 }));
  } else {
    res.writeHead(200, headers).end(body);
  }
}).listen(Number(port), "127.0.0.1");
