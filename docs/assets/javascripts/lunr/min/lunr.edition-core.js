/*
 * The edition's search languages for Material's lunr worker (loaded by the worker as lunr.<lang>.min.js).
 *
 * Material appends a trailing wildcard to every query term, and lunr skips the search pipeline for
 * wildcard terms, so a stemmed index never matches a fully typed inflected word ("recently*" against
 * the indexed stem "recent"). Here the query term is stemmed with the index's own search pipeline
 * before its wildcard is applied: Russian and English are stemmed on both sides, and Kazakh (which
 * lunr cannot stem) is matched by prefix.
 *
 * Material then checks each typed word against the index terms a result matched (by prefix), to mark
 * missing words and to fill the ?h= highlight link; "party" is no prefix of the matched "parti", so
 * the matches of a stemmed word are reported back under the word as typed.
 */
(function () {
  if (lunr.Index.prototype.__editionStemmedWildcards) return
  var query = lunr.Index.prototype.query

  // Adds one matched term's metadata ({field: {key: [values]}}) to another's.
  function merge(into, from) {
    Object.keys(from).forEach(function (field) {
      into[field] = into[field] || {}
      Object.keys(from[field]).forEach(function (key) {
        into[field][key] = (into[field][key] || []).concat(from[field][key])
      })
    })
  }

  // Files the matches of each stem under the word typed for it; other matched terms stay as they are.
  function asTyped(metadata, typed) {
    var stems = Object.keys(typed)
    Object.keys(metadata).forEach(function (term) {
      var stem = stems.filter(function (s) { return term.indexOf(s) === 0 })[0]
      if (stem === undefined || term === typed[stem]) return
      var word = typed[stem]
      metadata[word] = metadata[word] || {}
      merge(metadata[word], metadata[term])
      delete metadata[term]
    })
  }

  lunr.Index.prototype.query = function (build) {
    var pipeline = this.pipeline
    var typed = {}
    var results = query.call(this, function (q) {
      build.call(q, q)
      q.clauses.forEach(function (clause) {
        var term = clause.term
        if (clause.usePipeline || !/^[^*]+\*$/.test(term)) return
        var word = term.slice(0, -1)
        var stems = pipeline.runString(word)
        if (stems.length !== 1 || !stems[0]) return
        clause.term = stems[0] + "*"
        if (stems[0] !== word) typed[stems[0]] = word
      })
    })
    results.forEach(function (result) { asTyped(result.matchData.metadata, typed) })
    return results
  }
  lunr.Index.prototype.__editionStemmedWildcards = true
})()
