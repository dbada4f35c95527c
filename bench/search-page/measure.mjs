// node measure.mjs BASE_URL tool query... -> one JSON line per query:
//   {tool, query, count, bytes, ms, secondQuery, secondBytes}
// tool "ours" opens BASE_URL/search/?q=…; tool "pagefind" opens BASE_URL/pagefind-bench.html?q=…, which loads the
// first 10 results' data through Pagefind's JS API. Each query gets a fresh browser context (empty cache) at phone
// size. bytes: every response except the HTML page itself and stylesheets, as transferred (headers plus the
// compressed body). ms: from navigation start to results shown (our status line set; Pagefind's data loaded).
// The second query is typed into the same open page (the next query of the list); secondBytes is what it adds.
import { chromium } from "playwright-core";

const [base, tool, ...queries] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" });

// Ours: a result count or "No results" in the status line, which search.js sets after the results are in the list.
const markShown = () => {
  const status = () => document.getElementById("search-status");
  new MutationObserver(() => {
    const text = status()?.textContent ?? "";
    if (/^(\d+ results? for|No results for)/.test(text) && window.__shownText !== text) {
      window.__shownText = text;
      window.__shown = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
};

async function measure(query, second) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const sizes = [];
  page.on("requestfinished", (request) => {
    if (["document", "stylesheet"].includes(request.resourceType())) return;
    // Chromium reports no body size for a worker's own script; its Content-Length is the compressed size then.
    sizes.push(Promise.all([request.sizes(), request.response()]).then(async ([s, response]) =>
      s.responseHeadersSize + (s.responseBodySize || Number((await response?.allHeaders())?.["content-length"] ?? 0))));
  });
  const total = async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  const idle = () => page.waitForLoadState("networkidle");
  let count;
  let ms;
  let secondBytes;
  if (tool === "ours") {
    await page.addInitScript(markShown);
    await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => window.__shown, null, { timeout: 60000 });
    ms = await page.evaluate(() => window.__shown);
    count = await page.evaluate(() => Number(/^\d+/.exec(window.__shownText)?.[0] ?? 0));
    await idle();
    const before = await total();
    await page.evaluate(() => { window.__shown = 0; });
    await page.locator("#search-q").fill(second);
    await page.waitForFunction(() => window.__shown, null, { timeout: 60000 });
    await idle();
    secondBytes = (await total()) - before;
    return finish(before);
  }
  await page.goto(`${base}pagefind-bench.html?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => window.__shown, null, { timeout: 60000 });
  ms = await page.evaluate(() => window.__shown);
  count = await page.evaluate(() => window.__count);
  await idle();
  const before = await total();
  await page.evaluate((q) => window.run(q), second);
  await idle();
  secondBytes = (await total()) - before;
  return finish(before);

  async function finish(bytes) {
    await context.close();
    return { tool, query, count, bytes, ms: Math.round(ms), secondQuery: second, secondBytes };
  }
}

for (let i = 0; i < queries.length; i++) {
  console.log(JSON.stringify(await measure(queries[i], queries[(i + 1) % queries.length])));
}
await browser.close();
