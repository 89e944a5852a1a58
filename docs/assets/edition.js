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
})
