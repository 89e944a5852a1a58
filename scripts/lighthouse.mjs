// Lighthouse (from package-lock.json) on a list of pages, in one headless Chromium (Debian's, CHROME_PATH):
// one browser for every page instead of one per page, which is most of the time of the command-line tool.
//
// usage: node scripts/lighthouse.mjs [--categories=accessibility,best-practices,seo] [--preset=mobile|desktop] [--quick] URL...
// prints JSON: [{url, categories: {id: score 0-100}, failing: [{id, title, score, items}]}, ...]
// Used by tests/test_lighthouse.py (accessibility, best practices, SEO) and scripts/lighthouse_bench.py (performance).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, {desktopConfig} from 'lighthouse';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const found = args.find(a => a.startsWith(`--${name}=`));
  return found ? found.slice(name.length + 3) : fallback;
};
const categories = option('categories', 'accessibility,best-practices,seo').split(',');
const preset = option('preset', 'mobile');
// --quick: for the deterministic categories only: shorter quiet windows after load
const quick = args.includes('--quick');
const urls = args.filter(a => !a.startsWith('--'));

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const out = [];
try {
  for (const url of urls) {
    const flags = {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories,
      disableFullPageScreenshot: true};
    if (quick) {
      Object.assign(flags, {pauseAfterLoadMs: 250, networkQuietThresholdMs: 250, cpuQuietThresholdMs: 250,
        skipAboutBlank: true});
    }
    const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
    const lhr = result.lhr;
    const scored = new Set(categories.flatMap(c => lhr.categories[c].auditRefs.filter(r => r.weight > 0)
      .map(r => r.id)));
    const failing = Object.values(lhr.audits)
      .filter(a => scored.has(a.id) && a.score !== null && a.score < 1)
      .map(a => ({id: a.id, title: a.title, score: a.score,
        items: ((a.details && a.details.items) || []).slice(0, 5).map(i => JSON.stringify(i).slice(0, 300))}));
    out.push({
      url,
      finalUrl: lhr.finalDisplayedUrl,
      runtimeError: lhr.runtimeError ? lhr.runtimeError.message : null,
      categories: Object.fromEntries(categories.map(c => [c, Math.round(lhr.categories[c].score * 100)])),
      metrics: Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time',
        'cumulative-layout-shift', 'speed-index'].filter(id => lhr.audits[id])
        .map(id => [id, lhr.audits[id].numericValue])),
      failing,
      seconds: Math.round(lhr.timing.total / 100) / 10,
    });
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
