/*
 * The edition's search languages for Material's lunr worker (loaded by the worker as lunr.<lang>.min.js).
 *
 * Material appends a trailing wildcard to every query term, and lunr skips the search pipeline for
 * wildcard terms, so a stemmed index never matches a fully typed inflected word ("recently*" against
 * the indexed stem "recent"). Here the query term is stemmed with the index's own search pipeline
 * before its wildcard is applied: every language is stemmed on both sides (Kazakh by the edition's own
 * stemmer, lunr.edition-kk.min.js). A language whose stemmer says `wholeKnownStems` (Kazakh) matches a
 * stem that is an index term whole, not as a prefix: «ак» (ақ, white) does not find ақпан (February),
 * «ел» (country) not елші (envoy); a word still being typed («мемле») is not a term and stays a prefix,
 * and one cut inside its ending («партияд», on the way to «партиядан»), which begins no term, is taken
 * for its word (the stemmer's `typing`), so that results do not vanish at every keystroke.
 *
 * Material then checks each typed word against the index terms a result matched (by prefix), to mark
 * missing words and to fill the ?h= highlight link; "party" is no prefix of the matched "parti", so
 * the matches of a stemmed word are reported back under the word as typed.
 *
 * The words to highlight on the page a result opens (?h=) are Material's typed words, which the page
 * finds only where they are printed as typed; the forms the result marks («партияның» for «партиядан»,
 * «қазақ» for «казак») are added to them, so the opened page marks them too.
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

  // The stemmer of this index's search pipeline that matches known stems whole (see above), if any.
  function wholeKnownStems(pipeline) {
    return pipeline._stack.filter(function (fn) { return fn.wholeKnownStems })[0]
  }

  var dropped = {}  // the one-letter words left out of the last query: no result misses them

  lunr.Index.prototype.query = function (build) {
    dropped = {}
    var pipeline = this.pipeline
    var whole = wholeKnownStems(pipeline)
    var terms = this.invertedIndex
    var tokens = this.tokenSet
    var isTerm = function (stem) { return Object.prototype.hasOwnProperty.call(terms, stem) }
    var begins = function (stem) { return tokens.intersect(lunr.TokenSet.fromString(stem + "*")).toArray().length > 0 }
    var typed = {}
    var results = query.call(this, function (q) {
      build.call(q, q)
      // A one-letter word beside longer ones (the "s" an apostrophe leaves of "Stalin's", an initial) is left
      // out: as a prefix it matched every word of its letter ("Stalin's" found 295 results, and the pages
      // opened from them marked every word in s). Alone, it is the first letter typed, and searched.
      var letter = function (c) { return c.term.replace(/\*$/, "").length < 2 }
      if (!q.clauses.every(letter)) q.clauses = q.clauses.filter(function (c) {
        if (letter(c)) dropped[c.term.replace(/\*$/, "")] = true
        return !letter(c)
      })
      q.clauses.forEach(function (clause) {
        var term = clause.term
        if (clause.usePipeline || !/^[^*]+\*$/.test(term)) return
        var word = term.slice(0, -1)
        var stems = pipeline.runString(word)
        if (stems.length !== 1 || !stems[0]) return
        var stem = stems[0]
        var known = whole && isTerm(stem)
        if (whole && !known && whole.typing && !begins(stem)) {
          var cut = whole.typing(word, isTerm)
          if (cut) stem = cut
          known = !!cut
        }
        clause.term = known ? stem : stem + "*"
        if (known) clause.wildcard = lunr.Query.wildcard.NONE
        if (stem !== word) typed[stem] = word
      })
    })
    results.forEach(function (result) { asTyped(result.matchData.metadata, typed) })
    return results
  }
  lunr.Index.prototype.__editionStemmedWildcards = true

  // The forms a result marks, as the reader sees them: Material wraps them in <mark> in its title and text.
  function marked(item) {
    var forms = []
    ;[item.title, item.text].forEach(function (html) {
      String(html || "").replace(/<mark>([^<]*)<\/mark>/g, function (_, form) {
        // the token as the text has it, with the punctuation around it: the word alone
        form = form.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
        if (form) forms.push(form)
        return _
      })
    })
    return forms
  }

  // Material's worker answers with postMessage, looked up when it answers: the marked forms join each
  // result's words (true: found), which Material puts into the ?h= of the result's link. A page whose own
  // entry matched nothing heads its sections' results with no words (Material adds it so): its link, the
  // group's title, opened the page with nothing marked; it asks for the words its sections found.
  var post = self.postMessage
  self.postMessage = function (message) {
    var items = message && message.data && message.data.items
    if (items) items.forEach(function (group) {
      var found = {}
      group.forEach(function (item) {
        if (!item.terms || !Object.keys(item.terms).length) return
        Object.keys(dropped).forEach(function (word) { delete item.terms[word] })
        marked(item).forEach(function (form) { if (!(form in item.terms)) item.terms[form] = true })
        Object.keys(item.terms).forEach(function (word) { if (item.terms[word]) found[word] = true })
      })
      group.forEach(function (item) {
        if (item.terms && !Object.keys(item.terms).length) item.terms = found
      })
    })
    return post.apply(self, arguments)
  }
})()
