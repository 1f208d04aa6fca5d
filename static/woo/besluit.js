/* Assessing a Woo request (progressive enhancement; every form also works without it).
 *
 * - Selecting text in a message fills that message's "Passage weglakken" field with the
 *   selected text and where it starts, so the server blacks out exactly that stretch.
 * - Selecting text in the text read from a screenshot or photo does the same for its form.
 * - Choosing "Niet openbaar" or "Deels openbaar" opens the form's "Weigeringsgronden".
 * Dragging over a screenshot or photo (and drawing the areas blacked out) is areas/areas.js, shared
 * with Informatiebeheer's review page.
 */
(function () {
  "use strict";

  // The server counts characters (code points), the browser UTF-16 units (an emoji is two):
  // data-start is converted to units of the message's own text, and the start sent back to
  // characters.
  function unitsOf(full, points) {
    var units = 0;
    for (var i = 0; i < points && units < full.length; i++) {
      units += full.codePointAt(units) > 0xffff ? 2 : 1;
    }
    return units;
  }

  function pointsOf(full, units) {
    return Array.from(full.slice(0, units)).length;
  }

  // Where a DOM position stands in `full` (the message's own text), in UTF-16 units.
  function unitOf(full, node, offset) {
    var element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    var holder = element && element.closest("[data-start]");
    if (!holder) {
      return null;
    }
    var start = unitsOf(full, parseInt(holder.dataset.start, 10));
    return start + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  }

  function fillPassage(container) {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      return;
    }
    var range = selection.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
      return;
    }
    var form = container.dataset.ocr
      ? document.querySelector('.woo-ocr-form[data-ocr="' + container.dataset.ocr + '"]')
      : document.querySelector('.woo-passage-form[data-message="' + container.dataset.message + '"]');
    if (!form) {
      return;
    }
    // The message's own text: the ground codes shown next to earlier blackouts are not part of it.
    var full = "";
    container.querySelectorAll("[data-start]").forEach(function (piece) {
      full += piece.textContent;
    });
    var start = unitOf(full, range.startContainer, range.startOffset);
    var end = unitOf(full, range.endContainer, range.endOffset);
    var text = selection.toString();
    if (start !== null && end !== null && end > start) {
      text = full.slice(start, end);
      start = pointsOf(full, start);
    } else {
      start = null;
    }
    if (!text.trim()) {
      return;
    }
    form.elements.passage.value = text;
    form.elements.start.value = start === null ? "" : String(start);
  }

  document.querySelectorAll(".woo-text[data-message], .woo-text[data-ocr]").forEach(function (container) {
    container.addEventListener("mouseup", function () { fillPassage(container); });
    container.addEventListener("keyup", function () { fillPassage(container); });
  });
  // Typing in the field by hand: the position is no longer known, the server finds the text.
  document.querySelectorAll(".woo-passage-form input[name=passage]").forEach(function (input) {
    input.addEventListener("input", function () { input.form.elements.start.value = ""; });
  });
  // Choosing "Niet openbaar" or "Deels openbaar" opens the closed "Weigeringsgronden" at once
  // (walk 53); without the script the officer opens it by its summary.
  document.querySelectorAll(".woo-judgement input[name=oordeel]").forEach(function (radio) {
    radio.addEventListener("change", function () {
      var grounds = radio.form && radio.form.querySelector("details.woo-gronden");
      if (grounds && radio.checked && (radio.value === "niet_openbaar" || radio.value === "deels_openbaar")) {
        grounds.open = true;
      }
    });
  });
})();
