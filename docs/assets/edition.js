/* A paragraph number is a link to its paragraph; a click also copies the paragraph's citation (the article,
   the print page and the edition's URL of the paragraph) or, where there is none, the link itself. Without
   JavaScript the number is still a plain anchor link and its tooltip shows the citation. */
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("a.para-num")
  if (!link || !navigator.clipboard) return
  var text = link.dataset.cite || new URL(link.getAttribute("href"), window.location.href).href
  navigator.clipboard.writeText(text).then(function () {
    link.classList.add("copied")
    setTimeout(function () { link.classList.remove("copied") }, 1500)
  }, function () {})
});

/* Links into another language land where they point. Material's language selector script reads the page's
   <link rel="alternate"> once, when the document is loaded (DOMContentLoaded), as the home pages of the other
   languages: it fetches "<alternate>/sitemap.xml" for each (static-i18n's alternates are this page's
   translations, so each request fails with 404), and from then on it turns every click on a link into one
   of them (a paragraph's "ru"/"en", "read in the original", the selector itself) into a visit to the current
   page's path in that language, without the link's #fragment. The alternates are for search engines: keep
   them out of that one read, and put them back right after it. Without JavaScript nothing needs doing. */
(function () {
  if (document.readyState === "complete") return  // loaded late: Material has read them already
  var alternates = Array.prototype.slice.call(document.querySelectorAll('head link[rel="alternate"][hreflang]'))
  alternates.forEach(function (link) { link.setAttribute("rel", "edition-alternate") })
  function restore() {
    alternates.forEach(function (link) { link.setAttribute("rel", "alternate") })
  }
  document.addEventListener("DOMContentLoaded", function () {
    setTimeout(restore, 0)  // after every DOMContentLoaded listener, Material's included
  }, { once: true })
  window.addEventListener("load", restore, { once: true })  // in any case, once the page has loaded
})();

/* The language selector keeps the reader's paragraph: its links go to this section in each language, and
   carry the URL's #fragment when it names a paragraph, page mark, citation or reference (ids that are the
   same in every language; headings' ids are not). */
(function () {
  function update() {
    var id = ""
    try { id = decodeURIComponent(window.location.hash.slice(1)) } catch (e) {}  // a malformed %-escape
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
