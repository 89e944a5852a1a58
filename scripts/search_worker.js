// Material's own search worker, run in node on a built site's search index: the tests (tests/test_search_kk.py)
// and `make bench` (scripts/search_bench.py) ask it what the reader's browser would answer — the same lunr, the
// same edition-* language files, the same index.
//
//   node scripts/search_worker.js SITE LANG_ROOT < {"queries": [...], "repeat": 1, "stems": [...], "sizes": true}
//   → {"results": {query: [{location, title, text, terms}]}, "ms": {query: median ms}, "stems": {word: stem},
//      "sizes": {"stemmed": {bytes, terms}, "unstemmed": {bytes, terms}}}
//
// LANG_ROOT is "" for Kazakh, "ru/" or "en/". "stems" asks the language's stemmer for words. "sizes" measures
// the lunr index Material builds from the language's index, serialized, with its stemmer and without it.
"use strict"
const fs = require("fs")
const path = require("path")
const vm = require("vm")

const [site, root] = [process.argv[2], process.argv[3] || ""]
const workers = path.join(site, "assets", "javascripts", "workers")
const worker = fs.readdirSync(workers).find(f => /^search\..*\.min\.js$/.test(f))
const input = JSON.parse(fs.readFileSync(0, "utf-8") || "{}")

let handler = null
let answer = null
const loaded = new Set() // a second setup (sizes) loads nothing twice, as a browser's worker sets up once
const context = {
  console, URL, setTimeout, clearTimeout,
  addEventListener: (type, fn) => { if (type === "message") handler = fn },
  postMessage: message => { answer = message },
  importScripts: (...urls) => {
    for (const url of urls) {
      const file = path.resolve(workers, url)
      if (loaded.has(file)) continue
      loaded.add(file)
      vm.runInContext(fs.readFileSync(file, "utf-8"), context, { filename: file })
    }
  },
}
context.self = context
vm.createContext(context)
vm.runInContext(fs.readFileSync(path.join(workers, worker), "utf-8"), context, { filename: worker })

// The worker answers through postMessage, looked up on its global object when it answers, so that the
// edition's language file can wrap it (lunr.edition-core.js): the wrapped answer is the one recorded here.
async function ask(data) {
  answer = null
  await handler({ data })
  return answer
}

// The lunr index Material builds (lunr is the worker's own: its Builder is where every index is made).
async function built(config, docs) {
  let index = null
  const build = context.lunr.Builder.prototype.build
  context.lunr.Builder.prototype.build = function () { return (index = build.call(this)) }
  await ask({ type: 0, data: { config, docs, options: { suggest: false } } })
  context.lunr.Builder.prototype.build = build
  const json = JSON.stringify(index)
  return { bytes: Buffer.byteLength(json, "utf-8"), terms: Object.keys(index.invertedIndex).length }
}

async function main() {
  const index = JSON.parse(fs.readFileSync(path.join(site, root, "search", "search_index.json"), "utf-8"))
  const out = { results: {}, ms: {}, stems: {} }
  if (input.sizes) {
    const unstemmed = { ...index.config, pipeline: index.config.pipeline.filter(fn => fn !== "stemmer") }
    out.sizes = { unstemmed: await built(unstemmed, index.docs), stemmed: await built(index.config, index.docs) }
  } else {
    await ask({ type: 0, data: { config: index.config, docs: index.docs, options: { suggest: false } } })
  }
  const lang = context.lunr[index.config.lang[0]]
  for (const word of input.stems || []) out.stems[word] = lang.stem ? lang.stem(word) : word
  for (const query of input.queries || []) {
    const times = []
    let result = null
    for (let r = 0; r < (input.repeat || 1); r++) {
      const start = process.hrtime.bigint()
      result = await ask({ type: 2, data: query })
      times.push(Number(process.hrtime.bigint() - start) / 1e6)
    }
    times.sort((a, b) => a - b)
    out.ms[query] = times[Math.floor(times.length / 2)]
    out.results[query] = result.data.items.flat().map(item => (
      { location: item.location, title: item.title, text: item.text, terms: item.terms }))
  }
  process.stdout.write(JSON.stringify(out))
}
main().catch(err => { console.error(err.stack || String(err)); process.exit(1) })
