/* Review page: one-click undo of a redaction, new redactions by selecting text, and the
   message selection (a checkbox or a shift-click range, saved at once on the server).
   Plain JS, no dependencies (intranet: no CDN). Redactions are ordinary form POSTs with the
   CSRF token (the server redirects back to the same day page); the selection uses fetch. */
(function () {
  "use strict";
  var root = document.getElementById("rv");

  // --- back where the reviewer was, with what the change did -------------------------------
  // A change comes back to its place in the conversation (#m-…, #b-…, #rv-selection). What it
  // did ("Op 50 andere plekken ook weggelakt") was in the message list at the top of the page,
  // out of view, and the sticky selection bar covered the head of the message itself. The list
  // moves into that bar, and the page scrolls so that the bar covers nothing of the message.
  function backInPlace() {
    var bar = document.getElementById("rv-selection");
    var id = window.location.hash.slice(1);
    var target = bar && id ? document.getElementById(decodeURIComponent(id)) : null;
    if (!target || !bar.parentElement.contains(target)) { return; }
    var list = document.querySelector("ul.messagelist");
    if (list) { list.classList.add("rv-messages"); bar.appendChild(list); }
    if (target === bar) { return; }
    function reveal() {
      document.documentElement.style.scrollPaddingTop = bar.offsetHeight + "px";
      target.scrollIntoView();
    }
    reveal();
    // The message the address asked for (a Woo notice, a search hit) takes the focus, so a
    // keyboard or screen reader user starts there.
    function focusAsked() {
      if (target.classList.contains("rv-here") && document.activeElement === document.body) {
        target.focus({ preventScroll: true });
      }
    }
    focusAsked();
    window.addEventListener("load", function () { window.setTimeout(focusAsked, 0); });
    // Photos above the message change the page's height while they load.
    window.addEventListener("load", reveal);
  }
  backInPlace();

  // An archived record ("nader anonimiseren", data-tighten): more may be blacked out, a
  // redaction switched off before archiving switched on again, nothing undone.
  var tighten = root && root.dataset.tighten === "1";
  if (!root || (root.dataset.editable !== "1" && !tighten)) { return; }

  // --- undo / redo a redaction with one click ---------------------------------------------
  var toggleForm = document.getElementById("rv-toggle-form");
  function toggle(mark) {
    if (tighten && !mark.classList.contains("off")) { return; }
    remember({ span: mark.dataset.span });
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
  // With the mouse: select text in a message and the box opens at the selection. With the
  // keyboard: the button "Weglakken…" next to each text opens the box with the text in a
  // read-only field, where Shift and the arrow keys select; "Weglakken" then saves it.
  var box = document.getElementById("rv-add");
  var boxForm = box.querySelector("form");
  var sourceBox = document.getElementById("rv-add-source-box");
  var source = document.getElementById("rv-add-source");
  var preview = document.getElementById("rv-add-text");
  var error = document.getElementById("rv-add-error");
  var opener = null;
  var FOCUS_KEY = "rv-focus-after-reload";
  // Offset of a DOM position within the original text: every piece carries data-o, the
  // offset of its first character, and the pieces together are exactly the original text.
  // The server counts characters (code points) and the browser UTF-16 units, in which an emoji
  // is two: offsets here are UTF-16 units of container.textContent; data-o is converted to them,
  // and `choose` converts the chosen stretch back to characters for the form.
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
  function pieceStart(container, piece) {
    return unitsOf(container.textContent, parseInt(piece.dataset.o, 10));
  }
  function offsetOf(container, node, offset) {
    if (node === container) {
      if (offset === 0) { return 0; }
      var before = container.childNodes[offset - 1];
      return pieceStart(container, before) + before.textContent.length;
    }
    var element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    var piece = element.closest("[data-o]");
    if (!piece || !container.contains(piece)) { return null; }
    if (node.nodeType === Node.TEXT_NODE) { return pieceStart(container, piece) + offset; }
    return pieceStart(container, piece) + (offset > 0 ? piece.textContent.length : 0);
  }
  function hide() {
    if (box.hidden) { return; }
    box.hidden = true;
    if (opener) { opener.focus(); opener = null; }
  }
  function showError(message) {
    error.textContent = message;
    error.hidden = !message;
  }
  // Trim whitespace off both ends, fill the form (in characters) and the preview; false when
  // nothing is left. `start` and `end` are UTF-16 units of the container's text.
  function choose(container, start, end) {
    var full = container.textContent;
    while (start < end && /\s/.test(full.charAt(start))) { start++; }
    while (end > start && /\s/.test(full.charAt(end - 1))) { end--; }
    boxForm.elements.start.value = end > start ? pointsOf(full, start) : "";
    boxForm.elements.end.value = end > start ? pointsOf(full, end) : "";
    preview.textContent = end > start ? full.slice(start, end) : "";
    if (end > start) { showError(""); }
    return end > start;
  }
  function openFor(container, top, left) {
    boxForm.elements.target.value = container.dataset.target;
    boxForm.elements.target_id.value = container.dataset.id;
    // An archived record whose originals are purged: the offsets index its redacted text,
    // whose version as shown goes along (a text changed since is refused, not misapplied).
    boxForm.elements.versie.value = container.dataset.v || "";
    box.style.top = top + "px";
    box.style.left = Math.max(8, Math.min(left, document.documentElement.clientWidth - box.offsetWidth - 8)) + "px";
    showError("");
    box.hidden = false;
  }
  document.getElementById("rv-add-cancel").addEventListener("click", hide);
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") { hide(); } });

  function fromSelection() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) { return; }
    var range = selection.getRangeAt(0);
    var startText = range.startContainer.nodeType === Node.TEXT_NODE ? range.startContainer.parentElement : range.startContainer;
    var endText = range.endContainer.nodeType === Node.TEXT_NODE ? range.endContainer.parentElement : range.endContainer;
    var container = startText.closest(".rv-text");
    if (!container || container !== endText.closest(".rv-text")) { hide(); return; }
    var start = offsetOf(container, range.startContainer, range.startOffset);
    var end = offsetOf(container, range.endContainer, range.endOffset);
    if (start === null || end === null || !choose(container, start, end)) { hide(); return; }
    sourceBox.hidden = true;
    var rect = range.getBoundingClientRect();
    opener = null;
    openFor(container, window.scrollY + rect.bottom + 6, window.scrollX + rect.left);
    document.getElementById("rv-add-label").focus();
  }
  document.addEventListener("mouseup", function (event) {
    if (box.contains(event.target)) { return; }
    window.setTimeout(fromSelection, 0);
  });
  // A selection made with the keyboard in the page (caret browsing, F7) opens the box too.
  document.addEventListener("keyup", function (event) {
    if (!event.shiftKey || box.contains(event.target)) { return; }
    if (/^Arrow|^Home$|^End$/.test(event.key)) { window.setTimeout(fromSelection, 0); }
  });

  function openKeyboard(button, container) {
    sourceBox.hidden = false;
    source.value = sourceText = container.textContent;
    choose(container, 0, 0);
    source.setSelectionRange(0, 0);
    var rect = button.getBoundingClientRect();
    opener = button;
    openFor(container, window.scrollY + rect.bottom + 6, window.scrollX + rect.left);
    source.focus();
  }
  function fromSource() {
    var container = document.querySelector(".rv-text[data-target='" + boxForm.elements.target.value + "'][data-id='" + boxForm.elements.target_id.value + "']");
    if (container) { choose(container, source.selectionStart, source.selectionEnd); }
  }
  ["select", "keyup", "mouseup"].forEach(function (name) { source.addEventListener(name, fromSource); });
  // The copy is read-only, but not with the readonly attribute: Chromium then moves no caret,
  // so Shift and the arrows would select nothing. Edits are refused instead.
  var sourceText = "";
  source.addEventListener("beforeinput", function (event) { event.preventDefault(); });
  source.addEventListener("input", function () { source.value = sourceText; });
  document.querySelectorAll(".rv-text").forEach(function (container) {
    // A photo or voice note without a caption has no text to black out.
    if (!container.textContent.trim()) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button rv-keyboard-add";
    button.textContent = "Weglakken…";
    // The number shown beside the message, not the stored seq of its id (an archived record
    // has no checkbox to read it from: the text carries it).
    var seq = container.dataset.number ? "#" + container.dataset.number : "";
    // data-in says what the text was read from: an image or a file such as a PDF.
    // data-label names a typed text of the record (its onderwerp, omschrijving).
    button.setAttribute("aria-label", container.dataset.target === "media"
      ? "Tekst in " + (container.dataset.in || "de afbeelding") + " weglakken…"
      : container.dataset.label ? container.dataset.label + " weglakken…"
      : "Tekst van bericht " + seq + " weglakken…");
    button.addEventListener("click", function () { openKeyboard(button, container); });
    container.insertAdjacentElement("afterend", button);
  });

  boxForm.addEventListener("submit", function (event) {
    if (!boxForm.elements.start.value || !boxForm.elements.end.value) {
      event.preventDefault();
      showError("Selecteer eerst de tekst die weg moet.");
      (sourceBox.hidden ? document.getElementById("rv-add-label") : source).focus();
      return;
    }
    remember({ target: boxForm.elements.target.value, id: boxForm.elements.target_id.value, start: boxForm.elements.start.value });
  });

  // After the reload that follows a change, focus returns to the mark that changed, so a
  // keyboard user goes on where they were.
  function remember(where) {
    try { window.sessionStorage.setItem(FOCUS_KEY, JSON.stringify(where)); } catch (e) { /* private mode */ }
  }
  function restoreFocus() {
    var where;
    try { where = JSON.parse(window.sessionStorage.getItem(FOCUS_KEY) || "null"); window.sessionStorage.removeItem(FOCUS_KEY); } catch (e) { where = null; }
    if (!where) { return; }
    var mark = where.span
      ? root.querySelector("mark.rv-red[data-span='" + where.span + "']")
      : root.querySelector(".rv-text[data-target='" + where.target + "'][data-id='" + where.id + "'] mark.rv-red[data-o='" + where.start + "']");
    if (mark) { mark.focus(); }
  }
  // After the browser has scrolled to the #m-… anchor of the address, which resets focus.
  window.addEventListener("load", function () { window.setTimeout(restoreFocus, 0); });

  // --- message selection: kept on the server ---------------------------------------------
  // A checkbox sends one small request (this message in or out); shift-click sends the range
  // from the last clicked box. No request carries a field per message; the count follows the
  // server's answer. Without the script the range, day, period and search forms still work.
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".rv-pick input[type=checkbox]"));
  var counter = document.getElementById("rv-selected-count");
  var dayCounter = document.getElementById("rv-day-selected");
  var dayCount = dayCounter ? parseInt(dayCounter.textContent.replace(/\./g, ""), 10) : 0;
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
      if (counter) { counter.textContent = Number(data.selected).toLocaleString("nl-NL"); }
      // The day heading counts this day's selected messages: a checkbox or range changes
      // only messages of the day shown.
      if (dayCounter && root.dataset.mode === "dag") {
        dayCount += on ? data.changed : -data.changed;
        dayCounter.textContent = dayCount.toLocaleString("nl-NL");
      }
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
          { actie: "bereik", first: boxes[low].dataset.number, last: boxes[high].dataset.number, selecteren: on ? "1" : "0" },
          boxes.slice(low, high + 1), on
        );
      } else {
        send({ actie: "bericht", bericht: cb.dataset.id, selecteren: on ? "1" : "0" }, [cb], on);
      }
      last = index;
    });
  });
})();

/* "Vergroten": a screenshot or photo at the width of the page, and back ("Verkleinen"). Escape
   makes the enlarged image small again and puts focus back on its button: the one whose figure
   holds the focus, or the last one enlarged when nothing has focus (Escape in another part of
   the page is left to that part). */
(function () {
  "use strict";
  var enlarged = [];  // {button, shot, figure}, the last enlarged last

  function show(entry, large) {
    entry.shot.classList.toggle("rv-large", large);
    entry.button.setAttribute("aria-expanded", large ? "true" : "false");
    entry.button.firstChild.textContent = large ? "Verkleinen" : "Vergroten";
    enlarged = enlarged.filter(function (other) { return other !== entry; });
    if (large) {
      enlarged.push(entry);
    }
  }

  document.querySelectorAll(".rv-enlarge[aria-controls]").forEach(function (button) {
    var shot = document.getElementById(button.getAttribute("aria-controls"));
    if (!shot) {
      return;
    }
    var entry = { button: button, shot: shot, figure: button.closest("figure") || shot.parentNode };
    button.addEventListener("click", function () {
      show(entry, !shot.classList.contains("rv-large"));
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || event.defaultPrevented || !enlarged.length) {
      return;
    }
    var active = document.activeElement;
    var nothing = !active || active === document.body || active === document.documentElement;
    var entry = enlarged.filter(function (one) { return one.figure.contains(active); })[0] ||
      (nothing ? enlarged[enlarged.length - 1] : null);
    if (!entry) {
      return;
    }
    event.preventDefault();
    show(entry, false);
    entry.button.focus();
  });
})();
