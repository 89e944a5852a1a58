/* A click on a paragraph number also copies its citation (or link), and says which (data-copied). */
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("a.para-num")
  if (!link || !navigator.clipboard) return
  var text = link.dataset.cite || new URL(link.getAttribute("href"), window.location.href).href
  if (link.dataset.cite && link.dataset.accessed) {  // GOST: "URL: … (дата обращения: 07.12.2026)."
    // the date's fields as the page's locale writes them (render.py: "{dd}.{MM}.{y}", "{d} {MMMM} {y}")
    var d = new Date(), two = function (n) { return (n < 10 ? "0" : "") + n }
    var months = (link.dataset.months || "").split("|"), m = d.getMonth()
    var day = { d: d.getDate(), dd: two(d.getDate()), M: m + 1, MM: two(m + 1), MMMM: months[m], y: d.getFullYear(), yyyy: d.getFullYear() }
    text += " " + link.dataset.accessed.replace(/\{(d|dd|M|MM|MMMM|y|yyyy)\}/g, function (_, f) { return day[f] }) + "."
  }
  navigator.clipboard.writeText(text).then(function () {
    var c = document.getElementById("__config")  // Material's dialog says so
    if (window.alert$ && c) alert$.next(link.dataset.copied || JSON.parse(c.textContent).translations["clipboard.copied"])
    link.classList.add("copied")
    setTimeout(function () { link.classList.remove("copied") }, 1500)
  }, function () {})
});

/* Material reads <link rel=alternate> at DOMContentLoaded as other languages' home pages: it fetches their
   sitemap.xml (404) and redirects clicks there, dropping the #fragment. Hidden from that read. */
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

/* The language selector keeps the #fragment, unless it names a heading (their ids differ by language). */
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
  /* A reader who scrolled to a paragraph (no #fragment) and changes language lands at the same paragraph, not
     at the top of the page: the first paragraph or entry that begins on the screen, or the one cut by the header
     if it fills a quarter of the screen; unless the #fragment is in sight. Their ids are the same in every
     language. */
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.md-select__link[hreflang]")
    if (!link || window.scrollY < 1) return
    var header = document.querySelector(".md-header"), top = header ? header.getBoundingClientRect().bottom : 0
    var line = top + (innerHeight - top) / 4
    var seen = function (e) { var r = e.getBoundingClientRect(); return r.bottom > top && r.top < innerHeight }
    var kept = link.getAttribute("href").split("#")[1], target = kept && document.getElementById(kept)
    if (target && seen(target)) return
    var places = document.querySelectorAll("article :is(p.para, .ref, dt, tr, li)[id]"), place = null
    for (var i = 0; i < places.length && !place; i++) {
      var r = places[i].getBoundingClientRect()
      if (r.top >= top || r.bottom > line) place = places[i]
    }
    if (place && place.getBoundingClientRect().top < innerHeight) {
      link.setAttribute("href", link.getAttribute("href").split("#")[0] + "#" + place.id)
    }
  }, true)
})();

/* Tooltips in Material's look, made when needed (its content.tooltips makes one per title at load: a third
   of a second of the whole article's load on a phone). On hover, and on focus from the keyboard (not a link's
   focus when the page opens at it). */
(function () {
  var tip = document.createElement("div"), host = null, text = "", named = false, keyboard = false, timer = 0
  tip.className = "md-tooltip2"
  tip.id = "__tooltip2_edition"
  tip.setAttribute("role", "tooltip")
  tip.innerHTML = '<div class="md-tooltip2__inner md-typeset"></div>'
  /* Under the element's line, or over it when there is more room there, and within what is seen of the page
     (under the sticky header): it never covers the word it explains; a tip taller than the room scrolls. */
  function place() {
    var inner = tip.firstChild, box = host.getBoundingClientRect(), view = window.visualViewport
    var header = document.querySelector(".md-header"), top = view ? view.offsetTop : 0
    var bottom = top + (view ? view.height : innerHeight)
    if (header) top = Math.max(top, header.getBoundingClientRect().bottom)
    inner.style.maxHeight = ""
    var height = inner.offsetHeight, below = bottom - box.bottom - 16, over = box.top - top - 16
    var above = height > below && over > below
    if (height > (above ? over : below)) inner.style.maxHeight = Math.max(above ? over : below, 48) + "px"
    height = inner.offsetHeight
    tip.classList.toggle("md-tooltip2--top", above)
    tip.classList.toggle("md-tooltip2--bottom", !above)
    tip.style.cssText = "--md-tooltip-tail:0;--md-tooltip-width:" + inner.offsetWidth + "px;--md-tooltip-x:"
      + (box.width / 2) + "px;--md-tooltip-y:" + (above ? -height - 8 : box.height + 8) + "px;--md-tooltip-host-x:"
      + (box.left + scrollX) + "px;--md-tooltip-host-y:" + (box.top + scrollY) + "px"
  }
  function show(el) {
    clearTimeout(timer)
    if (el === host) return
    hide()
    host = el
    text = el.title
    el.removeAttribute("title")  // not the browser's tooltip as well
    named = !el.hasAttribute("aria-label") && !el.textContent.trim()
    if (named) el.setAttribute("aria-label", text)  // the title was its only name (an icon button)
    el.setAttribute("aria-describedby", tip.id)
    tip.firstChild.textContent = text
    document.body.appendChild(tip)
    place()
    requestAnimationFrame(function () { if (host === el) tip.classList.add("md-tooltip2--active") })
  }
  function hide() {
    clearTimeout(timer)
    if (!host) return
    host.title = text
    if (named) host.removeAttribute("aria-label")
    host.removeAttribute("aria-describedby")
    tip.classList.remove("md-tooltip2--active")
    tip.remove()
    host = null
  }
  function titled(event) {
    var el = event.target.closest && event.target.closest("[title]")
    return el && el.title ? el : null
  }
  addEventListener("mouseover", function (event) {
    if (host && (host.contains(event.target) || tip.contains(event.target))) clearTimeout(timer)
    else if (titled(event)) show(titled(event))
    else if (host) timer = setTimeout(hide, 250)
  })
  addEventListener("mouseout", function (event) { if (host && !event.relatedTarget) timer = setTimeout(hide, 250) })
  addEventListener("focusin", function (event) {
    if (keyboard && titled(event)) show(titled(event))
    else if (!host || !host.contains(event.target)) hide()  // a tap focuses what it shows: keep that
  })
  addEventListener("focusout", function (event) { if (event.target === host) hide() })
  addEventListener("keydown", function (event) {
    keyboard = true
    if (event.key === "Escape") hide()
  }, true)
  addEventListener("pointerdown", function () { keyboard = false }, true)
  /* On a touch screen a term's or a print page's first tap shows its explanation, as a pointer's hover does (a
     phone has none; the page's |1250| jumped to the screen's top); a second tap, with it shown, follows the link. */
  var again = null
  addEventListener("pointerdown", function (event) {
    var term = event.target.closest && event.target.closest("a.term, a.pb")
    again = term && term === host ? term : null
  }, true)
  addEventListener("click", function (event) {
    var term = event.target.closest && event.target.closest("a.term, a.pb")
    if (!term || term === again || !matchMedia("(hover: none)").matches) return
    event.preventDefault()
    show(term)
  })
  addEventListener("scroll", function () { if (host) place() }, true)
  addEventListener("resize", hide)
})();

/* Material searches on key-up; a phone's pasted or suggested word is input alone */
addEventListener("input", function (event) {
  if (event.target.matches(".md-search__input")) event.target.dispatchEvent(new KeyboardEvent("keyup"))
});
