/* Assessing a Woo request (progressive enhancement; every form also works without it).
 *
 * - Selecting text in a message fills that message's "Passage weglakken" field with the
 *   selected text and where it starts, so the server blacks out exactly that stretch.
 * - Selecting text in the text read from a screenshot or photo does the same for its form.
 * - Dragging over a screenshot or photo fills the area fields (percentages) and shows the area.
 * - Areas already blacked out are drawn over their screenshot.
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

  function place(box, x, y, w, h) {
    box.style.left = x * 100 + "%";
    box.style.top = y * 100 + "%";
    box.style.width = w * 100 + "%";
    box.style.height = h * 100 + "%";
  }

  document.querySelectorAll(".woo-area[data-x]").forEach(function (box) {
    place(box, +box.dataset.x, +box.dataset.y, +box.dataset.w, +box.dataset.h);
  });

  document.querySelectorAll(".woo-shot[data-media]").forEach(function (shot) {
    var form = document.querySelector('.woo-area-form[data-media="' + shot.dataset.media + '"]');
    if (!form) {
      return;
    }
    var preview = null;
    var origin = null;

    // Fractions of the image itself (not of its box, which may be wider).
    var image = shot.querySelector("img") || shot;

    function point(event) {
      var rect = image.getBoundingClientRect();
      return {
        x: Math.min(Math.max((event.clientX - rect.left) / rect.width, 0), 1),
        y: Math.min(Math.max((event.clientY - rect.top) / rect.height, 0), 1)
      };
    }

    function update(event) {
      var now = point(event);
      var x = Math.min(origin.x, now.x), y = Math.min(origin.y, now.y);
      var w = Math.abs(now.x - origin.x), h = Math.abs(now.y - origin.y);
      place(preview, x, y, w, h);
      form.elements.x.value = (x * 100).toFixed(1);
      form.elements.y.value = (y * 100).toFixed(1);
      form.elements.breedte.value = Math.max(w * 100, 0.1).toFixed(1);
      form.elements.hoogte.value = Math.max(h * 100, 0.1).toFixed(1);
    }

    shot.addEventListener("pointerdown", function (event) {
      event.preventDefault();
      origin = point(event);
      if (!preview) {
        preview = document.createElement("div");
        preview.className = "woo-area woo-area-new";
        shot.appendChild(preview);
      }
      shot.setPointerCapture(event.pointerId);
      update(event);
    });
    shot.addEventListener("pointermove", function (event) {
      if (origin) {
        update(event);
      }
    });
    shot.addEventListener("pointerup", function (event) {
      if (origin) {
        update(event);
        origin = null;
      }
    });
  });
})();
