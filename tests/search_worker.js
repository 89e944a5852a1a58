// Material's own search worker, run in node on a built site's search index: the tests and `make bench` ask it
// what the reader's browser would answer (the same lunr, the same edition-* language files, the same index).
//
//   node tests/search_worker.js SITE LANG_ROOT < {"queries": [...], "repeat": 1, "stems": [...]}
//   → {"results": {query: [{location, title, text, terms}]}, "ms": {query: median ms}, "stems": {word: stem}}
//
// LANG_ROOT is "" for Kazakh, "ru/" or "en/". "stems" asks the language's stemmer for words (the Kazakh one).
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
const context = {
  console, URL, setTimeout, clearTimeout,
  addEventListener: (type, fn) => { if (type === "message") handler = fn },
  postMessage: message => { answer = message },
  importScripts: (...urls) => {
    for (const url of urls) {
      const file = path.resolve(workers, url)
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

async function main() {
  const index = JSON.parse(fs.readFileSync(path.join(site, root, "search", "search_index.json"), "utf-8"))
  await ask({ type: 0, data: { config: index.config, docs: index.docs, options: { suggest: false } } })
  const out = { results: {}, ms: {}, stems: {} }
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
