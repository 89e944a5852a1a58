/* Paragraph numbers are links to their paragraph; a click also copies that link, so a reader can cite
   the paragraph (without JavaScript the number is still a plain anchor link). */
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("a.para-num")
  if (!link || !navigator.clipboard) return
  var url = new URL(link.getAttribute("href"), window.location.href).href
  navigator.clipboard.writeText(url).then(function () {
    link.classList.add("copied")
    setTimeout(function () { link.classList.remove("copied") }, 1500)
  }, function () {})
})
