// The intake form ("WhatsAppgesprek bewaren") sent with XMLHttpRequest: a progress bar for large
// uploads, and a clear Dutch message in the page when the upload does not arrive (no network, the
// connection broke off, the proxy answered 413/502/503/504, a server error) instead of a browser
// error page or nothing at all. Without JavaScript the form is posted as usual.
// The app's answer (the submission's page, or the form with its messages) replaces this page,
// as a normal post would. No inline script or style: the Content-Security-Policy forbids them.
(function () {
  "use strict";

  var MIJN_INZENDINGEN = "/mijn-inzendingen/";

  // What the employee reads per failure: did the upload arrive, and what to do now.
  var MESSAGES = {
    network:
      "Het versturen is mislukt: de verbinding met het archief is verbroken. Uw gesprek is " +
      "niet aangekomen. Controleer uw internet- of VPN-verbinding en klik nog eens op " +
      "‘Gesprek bewaren’; de gekozen bestanden en antwoorden staan er nog.",
    networkAfterSending:
      "De verbinding met het archief werd verbroken nadat alles was verstuurd. Misschien is " +
      "uw gesprek wel aangekomen. Kijk bij Mijn inzendingen; staat het er niet, klik dan hier " +
      "nog eens op ‘Gesprek bewaren’. Zo ontstaat nooit een dubbele inzending.",
    tooLarge:
      "Uw upload is niet aangekomen: de bestanden zijn samen groter dan het archief in één keer " +
      "aanneemt (1 GB). Exporteer het gesprek zonder media, kies minder bestanden of verdeel " +
      "ze over twee inzendingen.",
    unavailable:
      "Het archief is even niet bereikbaar. Uw gesprek is niet aangekomen. Wacht een paar " +
      "minuten en klik dan nog eens op ‘Gesprek bewaren’; de gekozen bestanden en antwoorden " +
      "staan er nog.",
    timeout:
      "Het archief antwoordde niet op tijd. Misschien is uw gesprek wel aangekomen. Kijk over " +
      "een paar minuten bij Mijn inzendingen; staat het er niet, klik dan hier nog eens op " +
      "‘Gesprek bewaren’. Zo ontstaat nooit een dubbele inzending.",
    forbidden:
      "Uw gesprek is niet aangekomen: uw sessie is verlopen of u bent uitgelogd. Open dit " +
      "formulier opnieuw (log zo nodig in) en verstuur het nog eens.",
    other:
      "Het versturen is mislukt (foutcode {code}). Uw gesprek is waarschijnlijk niet " +
      "aangekomen. Kijk bij Mijn inzendingen en probeer het anders nog eens. Blijft het " +
      "misgaan, mail dan Informatiebeheer.",
  };

  function messageFor(status, everythingSent) {
    if (status === 0) return everythingSent ? MESSAGES.networkAfterSending : MESSAGES.network;
    if (status === 413) return MESSAGES.tooLarge;
    if (status === 502 || status === 503) return MESSAGES.unavailable;
    if (status === 504) return MESSAGES.timeout;
    if (status === 403) return MESSAGES.forbidden;
    return MESSAGES.other.replace("{code}", String(status));
  }

  function megabytes(bytes) {
    return (bytes / 1000000).toLocaleString("nl-NL", { maximumFractionDigits: 1 });
  }

  // A file name safe to show, as the server's display_name (chats/intake/names.py) makes it:
  // no path, and control, format (bidi overrides such as U+202E, zero-width), separator,
  // surrogate, private-use and unassigned characters written as <U+XXXX>, so a name cannot
  // reverse or break the sentence around it; zero-width (non-)joiners in emoji stay. At most
  // 80 characters, the extension kept.
  var DISPLAY_MAX_CHARS = 80;
  var UNSAFE_CHAR = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}]/u;

  function escapeChar(ch) {
    if (ch === "\u200c" || ch === "\u200d" || !UNSAFE_CHAR.test(ch)) return ch;
    var hex = ch.codePointAt(0).toString(16).toUpperCase();
    return "<U+" + ("0000" + hex).slice(-Math.max(4, hex.length)) + ">";
  }

  function displayName(clientName) {
    var parts = String(clientName || "").split(/[\/\\]/).filter(Boolean);
    var name = (parts.length ? parts[parts.length - 1] : "").normalize("NFC").trim();
    if (!name) return "bestand";
    var chars = Array.from(name);
    var tokens = chars.map(escapeChar);
    var length = function (list) {
      return list.reduce(function (sum, token) { return sum + token.length; }, 0);
    };
    if (length(tokens) <= DISPLAY_MAX_CHARS) return tokens.join("");
    var stem = tokens;
    var ext = [];
    var dot = chars.lastIndexOf(".");
    if (dot > 0 && chars.length - dot <= 10) {
      stem = tokens.slice(0, dot);
      ext = tokens.slice(dot);
    }
    var budget = DISPLAY_MAX_CHARS - 1 - length(ext);
    var kept = "";
    for (var i = 0; i < stem.length && kept.length + stem[i].length <= budget; i++) {
      kept += stem[i];
    }
    return kept + "…" + ext.join("");
  }

  // The form came back with its messages (a field left empty): put the files the employee
  // chose back in it, as a browser never fills a file field again. Choosing 300 photos of an
  // Android export again was the only way on (walk37). When some files were refused
  // themselves (data-refused: their positions), the others are put back without them (walk
  // 46); when the files were refused together (too large, too many), other files are needed.
  function keepFiles(chosen) {
    var form = document.querySelector("form[data-upload-form]");
    var input = form && form.querySelector("input[type=file][name=files]");
    if (!input || !chosen || !chosen.files || !chosen.files.length) return;
    var note = document.querySelector("#foutoverzicht [data-summary-extra]");
    if (input.classList.contains("is-invalid")) {
      keepOthers(input, chosen, note);
      return;
    }
    input.replaceWith(chosen);
    if (note) {
      note.textContent =
        "De gekozen bestanden staan er nog; u hoeft ze niet opnieuw te kiezen.";
    }
  }

  function keepOthers(input, chosen, note) {
    var refused = (input.dataset.refused || "").split(",").filter(Boolean).map(Number);
    if (!refused.length || refused.length >= chosen.files.length || !window.DataTransfer) return;
    var kept = new DataTransfer();
    var names = [];
    for (var i = 0; i < chosen.files.length; i++) {
      if (refused.indexOf(i) === -1) {
        kept.items.add(chosen.files[i]);
      } else {
        names.push("‘" + displayName(chosen.files[i].name) + "’");
      }
    }
    try {
      chosen.files = kept.files;
    } catch (error) {
      return; // a browser that cannot set them: the server's note asks to choose again
    }
    chosen.classList.remove("is-invalid");
    chosen.removeAttribute("aria-invalid");
    input.replaceWith(chosen);
    if (note) {
      note.textContent =
        "De andere gekozen bestanden staan er nog; " + names.join(", ") +
        (names.length === 1 ? " is" : " zijn") +
        " eruit gehaald. Kies alleen een ander bestand als u dat nodig hebt.";
    }
  }

  function bind(form) {
    var progress = document.getElementById("upload-voortgang");
    var failure = document.getElementById("upload-mislukt");
    if (!progress || !failure || !window.FormData || !window.XMLHttpRequest) return;
    var bar = progress.querySelector("[data-upload-bar]");
    var text = progress.querySelector("[data-upload-text]");
    var sending = false;

    function buttons(disabled) {
      form.querySelectorAll("[type=submit]").forEach(function (button) {
        button.disabled = disabled;
      });
    }

    function showProgress(loaded, total) {
      var percent = total ? Math.round((loaded / total) * 100) : 0;
      bar.style.width = percent + "%";
      bar.parentElement.setAttribute("aria-valuenow", String(percent));
      text.textContent = total
        ? "Bezig met versturen: " + percent + "% (" + megabytes(loaded) + " van " +
          megabytes(total) + " MB). Sluit deze pagina niet."
        : "Bezig met versturen… Sluit deze pagina niet.";
    }

    function showFailure(message) {
      progress.classList.add("d-none");
      failure.textContent = "";
      var strong = document.createElement("strong");
      strong.textContent = "Niet verstuurd. ";
      failure.appendChild(strong);
      failure.appendChild(document.createTextNode(message + " "));
      var link = document.createElement("a");
      link.href = MIJN_INZENDINGEN;
      link.target = "_blank";
      link.rel = "noopener";
      link.textContent = "Mijn inzendingen (opent in een nieuw tabblad)";
      failure.appendChild(link);
      failure.classList.remove("d-none");
      failure.focus();
      buttons(false);
      sending = false;
    }

    function showAnswer(xhr) {
      // The app's page (the submission, or this form with its messages) replaces this one.
      var url = xhr.responseURL || form.action || window.location.href;
      var chosen = form.querySelector("input[type=file][name=files]");
      document.open();
      document.write(xhr.responseText);
      document.close();
      if (url !== window.location.href) window.history.replaceState(null, "", url);
      // Listeners added after document.open() stay; the new page may still be parsing.
      if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", function () {
          keepFiles(chosen);
        });
      } else {
        keepFiles(chosen);
      }
    }

    // A file larger than the archive takes (per file, or all together), refused here before
    // anything is sent, with the message the server gives (the server checks again).
    function sizeRefusal() {
      var input = form.querySelector("input[type=file][name=files]");
      if (!input || !input.files || !input.dataset.maxFileSize) return "";
      var max = Number(input.dataset.maxFileSize);
      var total = 0;
      for (var i = 0; i < input.files.length; i++) {
        var file = input.files[i];
        if (file.size > max) {
          return input.dataset.fileTooLarge.replace("{naam}", displayName(file.name));
        }
        total += file.size;
      }
      return total > Number(input.dataset.maxTotalSize) ? input.dataset.totalTooLarge : "";
    }

    function showRefusal(message, focus) {
      var input = form.querySelector("input[type=file][name=files]");
      failure.textContent = message;
      failure.classList.toggle("d-none", !message);
      if (input) {
        input.classList.toggle("is-invalid", !!message);
        if (message) {
          input.setAttribute("aria-invalid", "true");
        } else {
          input.removeAttribute("aria-invalid");
        }
      }
      if (message && focus) failure.focus();
    }

    form.addEventListener("change", function (event) {
      if (event.target && event.target.name === "files") showRefusal(sizeRefusal(), false);
    });

    form.addEventListener("submit", function (event) {
      if (event.defaultPrevented) return; // e.g. a confirmation the employee declined
      event.preventDefault();
      if (sending) return;
      var refusal = sizeRefusal();
      if (refusal) {
        showRefusal(refusal, true);
        return;
      }
      sending = true;
      var data = new FormData(form);
      if (event.submitter && event.submitter.name) {
        data.append(event.submitter.name, event.submitter.value);
      }
      var everythingSent = false;
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action || window.location.href);
      xhr.upload.addEventListener("progress", function (e) {
        showProgress(e.loaded, e.lengthComputable ? e.total : 0);
      });
      xhr.upload.addEventListener("load", function () {
        everythingSent = true;
        text.textContent = "Alles is verstuurd; het archief slaat het gesprek op…";
      });
      xhr.addEventListener("load", function () {
        var fromApp = (xhr.getResponseHeader("Content-Type") || "").indexOf("text/html") === 0;
        if (xhr.status === 200 && fromApp) {
          showAnswer(xhr);
        } else {
          showFailure(messageFor(xhr.status, everythingSent));
        }
      });
      xhr.addEventListener("error", function () {
        showFailure(messageFor(0, everythingSent));
      });
      failure.classList.add("d-none");
      progress.classList.remove("d-none");
      showProgress(0, 0);
      buttons(true);
      xhr.send(data);
    });
  }

  function start() {
    var form = document.querySelector("form[data-upload-form]");
    if (form) bind(form);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
