/* Review page: one-click undo of a redaction, new redactions by selecting text, and the
   message selection (a checkbox or a shift-click range, saved at once on the server).
   Plain JS, no dependencies (intranet: no CDN). Redactions are ordinary form POSTs with the
   CSRF token (the server redirects back to the same day page); the selection uses fetch. */
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

  // --- message selection: kept on the server ---------------------------------------------
  // A checkbox sends one small request (this message in or out); shift-click sends the range
  // from the last clicked box. No request carries a field per message; the count follows the
  // server's answer. Without the script the range, day, period and search forms still work.
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".rv-pick input[type=checkbox]"));
  var counter = document.getElementById("rv-selected-count");
  var status = document.getElementById("rv-selection-status");
  var token = toggleForm.querySelector("[name=csrfmiddlewaretoken]").value;
  var pending = 0;
  function busy(delta) {
    pending += delta;
    root.setAttribute("aria-busy", pending > 0 ? "true" : "false");
  }
  function mark(cb) { cb.closest(".rv-msg").classList.toggle("rv-out", !cb.checked); }
  function send(fields, changed, on) {
    var body = new FormData();
    body.append("csrfmiddlewaretoken", token);
    Object.keys(fields).forEach(function (key) { body.append(key, fields[key]); });
    changed.forEach(function (cb) { cb.checked = on; mark(cb); cb.disabled = true; });
    busy(1);
    return fetch(root.dataset.selectionUrl, {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "Accept": "application/json", "X-Requested-With": "XMLHttpRequest" }
    }).then(function (response) {
      return response.json().catch(function () { return { error: "De selectie kon niet worden opgeslagen. Laad de pagina opnieuw." }; })
        .then(function (data) { if (!response.ok && !data.error) { data.error = "De selectie kon niet worden opgeslagen."; } return data; });
    }).catch(function () {
      return { error: "Geen verbinding: de selectie is niet opgeslagen." };
    }).then(function (data) {
      busy(-1);
      changed.forEach(function (cb) { cb.disabled = false; });
      if (data.error) {
        changed.forEach(function (cb) { cb.checked = !on; mark(cb); });
        status.textContent = data.error;
        status.classList.add("rv-warn-text");
        return;
      }
      status.classList.remove("rv-warn-text");
      status.textContent = data.message;
      if (counter) { counter.textContent = data.selected; }
    });
  }
  var last = null;
  boxes.forEach(function (cb, index) {
    cb.addEventListener("click", function (event) {
      var on = cb.checked;
      // A range is by message number: only on a day page are the boxes between consecutive.
      if (event.shiftKey && last !== null && last !== index && root.dataset.mode === "dag") {
        var low = Math.min(last, index), high = Math.max(last, index);
        send(
          { actie: "bereik", first: boxes[low].dataset.seq, last: boxes[high].dataset.seq, selecteren: on ? "1" : "0" },
          boxes.slice(low, high + 1), on
        );
      } else {
        send({ actie: "bericht", bericht: cb.dataset.id, selecteren: on ? "1" : "0" }, [cb], on);
      }
      last = index;
    });
  });
})();
