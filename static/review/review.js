/* Review page: one-click undo of a redaction, new redactions by selecting text, and
   shift-click ranges for the message selection. Plain JS, no dependencies (intranet: no CDN).
   Every change is an ordinary form POST with the CSRF token; the server redirects back. */
(function () {
  "use strict";
  var root = document.getElementById("rv");
  if (!root || root.dataset.editable !== "1") { return; }

  // --- undo / redo a redaction with one click ---------------------------------------------
  var toggleForm = document.getElementById("rv-toggle-form");
  function toggle(mark) {
    var base = root.dataset.toggleBase; // ends in /weglating/0/wisselen/
    toggleForm.action = base.replace(/\/0\/wisselen\/$/, "/" + mark.dataset.span + "/wisselen/");
    toggleForm.submit();
  }
  root.addEventListener("click", function (event) {
    var mark = event.target.closest("mark.rv-red");
    if (!mark) { return; }
    var selection = window.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim()) { return; }
    toggle(mark);
  });
  root.addEventListener("keydown", function (event) {
    var mark = event.target.closest && event.target.closest("mark.rv-red");
    if (mark && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); toggle(mark); }
  });

  // --- new redaction from a text selection ----------------------------------------------
  var box = document.getElementById("rv-add");
  var boxForm = box.querySelector("form");
  // Offset of a DOM position within the original text: every piece carries data-o, the
  // offset of its first character, and the pieces together are exactly the original text.
  function offsetOf(container, node, offset) {
    if (node === container) {
      if (offset === 0) { return 0; }
      var before = container.childNodes[offset - 1];
      return parseInt(before.dataset.o, 10) + before.textContent.length;
    }
    var element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    var piece = element.closest("[data-o]");
    if (!piece || !container.contains(piece)) { return null; }
    if (node.nodeType === Node.TEXT_NODE) { return parseInt(piece.dataset.o, 10) + offset; }
    return parseInt(piece.dataset.o, 10) + (offset > 0 ? piece.textContent.length : 0);
  }
  function hide() { box.hidden = true; }
  document.getElementById("rv-add-cancel").addEventListener("click", hide);
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") { hide(); } });

  document.addEventListener("mouseup", function (event) {
    if (box.contains(event.target)) { return; }
    window.setTimeout(function () {
      var selection = window.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) { return; }
      var range = selection.getRangeAt(0);
      var startText = range.startContainer.nodeType === Node.TEXT_NODE ? range.startContainer.parentElement : range.startContainer;
      var endText = range.endContainer.nodeType === Node.TEXT_NODE ? range.endContainer.parentElement : range.endContainer;
      var container = startText.closest(".rv-text");
      if (!container || container !== endText.closest(".rv-text")) { hide(); return; }
      var start = offsetOf(container, range.startContainer, range.startOffset);
      var end = offsetOf(container, range.endContainer, range.endOffset);
      if (start === null || end === null) { hide(); return; }
      var full = container.textContent;
      while (start < end && /\s/.test(full.charAt(start))) { start++; }
      while (end > start && /\s/.test(full.charAt(end - 1))) { end--; }
      if (end <= start) { hide(); return; }
      boxForm.elements.target.value = container.dataset.target;
      boxForm.elements.target_id.value = container.dataset.id;
      boxForm.elements.start.value = start;
      boxForm.elements.end.value = end;
      document.getElementById("rv-add-text").textContent = full.slice(start, end);
      var rect = range.getBoundingClientRect();
      box.style.top = (window.scrollY + rect.bottom + 6) + "px";
      box.style.left = Math.max(8, window.scrollX + rect.left) + "px";
      box.hidden = false;
      document.getElementById("rv-add-label").focus();
    }, 0);
  });

  // --- message selection: all / none / shift-click ranges -------------------------------
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".rv-pick input[type=checkbox]"));
  var counter = document.getElementById("rv-selected-count");
  function refresh() {
    var n = 0;
    boxes.forEach(function (cb) {
      cb.closest(".rv-msg").classList.toggle("rv-out", !cb.checked);
      if (cb.checked) { n++; }
    });
    if (counter) { counter.textContent = n; }
  }
  var last = null;
  boxes.forEach(function (cb, index) {
    cb.addEventListener("click", function (event) {
      if (event.shiftKey && last !== null) {
        var low = Math.min(last, index), high = Math.max(last, index);
        for (var i = low; i <= high; i++) { boxes[i].checked = cb.checked; }
      }
      last = index;
      refresh();
    });
  });
  document.querySelectorAll("[data-select]").forEach(function (button) {
    button.addEventListener("click", function () {
      var on = button.dataset.select === "all";
      boxes.forEach(function (cb) { cb.checked = on; });
      refresh();
    });
  });
})();
