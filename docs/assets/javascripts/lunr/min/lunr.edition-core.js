/*
 * The edition's search languages for Material's lunr worker (loaded by the worker as lunr.<lang>.min.js).
 *
 * Material appends a trailing wildcard to every query term, and lunr skips the search pipeline for
 * wildcard terms, so a stemmed index never matches a fully typed inflected word ("recently*" against
 * the indexed stem "recent"). Here the query term is stemmed with the index's own search pipeline
 * before its wildcard is applied: Russian and English are stemmed on both sides, and Kazakh (which
 * lunr cannot stem) is matched by prefix.
 */
(function () {
  if (lunr.Index.prototype.__editionStemmedWildcards) return
  var query = lunr.Index.prototype.query
  lunr.Index.prototype.query = function (build) {
    var pipeline = this.pipeline
    return query.call(this, function (q) {
      build.call(q, q)
      q.clauses.forEach(function (clause) {
        var term = clause.term
        if (clause.usePipeline || !/^[^*]+\*$/.test(term)) return
        var stems = pipeline.runString(term.slice(0, -1))
        if (stems.length === 1 && stems[0]) clause.term = stems[0] + "*"
      })
    })
  }
  lunr.Index.prototype.__editionStemmedWildcards = true
})()
