/* A click on a paragraph number also copies the paragraph's citation (or its link). */
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("a.para-num")
  if (!link || !navigator.clipboard) return
  var text = link.dataset.cite || new URL(link.getAttribute("href"), window.location.href).href
  navigator.clipboard.writeText(text).then(function () {
    link.classList.add("copied")
    setTimeout(function () { link.classList.remove("copied") }, 1500)
  }, function () {})
});

/* Material reads <link rel=alternate> once, at DOMContentLoaded, as other languages' home pages: it fetches
   their sitemap.xml (404 here) and redirects clicks into them, dropping the #fragment. Hide them from that read. */
(function () {
  if (document.readyState === "complete") return
  var alternates = Array.prototype.slice.call(document.querySelectorAll('head link[rel="alternate"][hreflang]'))
  alternates.forEach(function (link) { link.setAttribute("rel", "edition-alternate") })
  function restore() {
    alternates.forEach(function (link) { link.setAttribute("rel", "alternate") })
  }
  document.addEventListener("DOMContentLoaded", function () {
    setTimeout(restore, 0)  // after Material's listener
  }, { once: true })
  window.addEventListener("load", restore, { once: true })
})();

/* The language selector keeps the URL's #fragment, unless it names a heading (heading ids differ by language). */
(function () {
  function update() {
    var id = ""
    try { id = decodeURIComponent(window.location.hash.slice(1)) } catch (e) {}
    var target = id && document.getElementById(id)
    var keep = target && !/^H[1-6]$/.test(target.tagName) ? window.location.hash : ""
    document.querySelectorAll("a.md-select__link[hreflang]").forEach(function (link) {
      link.setAttribute("href", link.getAttribute("href").split("#")[0] + keep)
    })
  }
  window.addEventListener("hashchange", update)
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", update)
  else update()
})();
