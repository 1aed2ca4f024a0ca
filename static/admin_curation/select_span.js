// Selecting words in the article text fills the statement's text, start and end fields.
// Offsets are counted in characters (code points) of the article body, as the server counts them;
// the server checks them and finds the text itself when they do not fit, so typing works without this.
(function () {
  "use strict";

  function codePoints(text) {
    return Array.from(text).length;
  }

  function offsetWithin(container, node, offset) {
    var range = document.createRange();
    range.selectNodeContents(container);
    range.setEnd(node, offset);
    return codePoints(range.toString());
  }

  function fill(container) {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    var range = selection.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return;
    var selected = range.toString();
    var start = offsetWithin(container, range.startContainer, range.startOffset);
    // Whitespace caught at either edge of a selection is not part of the statement.
    var leading = selected.length - selected.replace(/^\s+/, "").length;
    var text = selected.trim();
    if (!text) return;
    start += codePoints(selected.slice(0, leading));
    var end = start + codePoints(text);
    var fields = container.dataset;
    document.getElementById(fields.fillsText).value = text;
    document.getElementById(fields.fillsStart).value = start;
    document.getElementById(fields.fillsEnd).value = end;
    var shown = document.getElementById("selected-span");
    if (shown) shown.textContent = "Selected characters " + start + "–" + end + ".";
  }

  document.addEventListener("DOMContentLoaded", function () {
    var container = document.getElementById("article-text");
    if (!container) return;
    container.addEventListener("mouseup", function () { fill(container); });
    container.addEventListener("keyup", function () { fill(container); });
    // Links inside the text lead to other statements; while selecting they would only get in the way.
    container.addEventListener("click", function (event) {
      if (!window.getSelection().isCollapsed) event.preventDefault();
    });
  });
})();
