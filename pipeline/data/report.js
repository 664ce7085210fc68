/* report.html behaviour (inlined by pipeline/report.py). The page works without it: the type
   and severity filters are CSS and every decision row is selectable text. This adds the
   document and country filters, the copy buttons, opens every fact list before printing, and
   (only when the address ends in #selftest) a self-test that applies each filter and writes
   what is visible into a hidden pre#selftest, for the headless-browser test. */
/* Uncaught errors from here on are kept for the self-test. */
window.reportErrors = [];
window.addEventListener("error", function (e) { window.reportErrors.push(String(e.message)); });

(function () {
  "use strict";
  var docSelect = document.getElementById("doc-filter");
  var countrySelect = document.getElementById("country-filter");
  var status = document.getElementById("filter-status");
  var all = function (selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); };
  var articles = all("article.doc");
  var findings = all("tbody.finding");
  var factRows = all(".fact-list tr[data-fact-id]");
  var highlights = all(".doc-text .fact, .evidence-text .fact");
  var contents = all(".contents tr[data-doc-id]");

  function has(el, attribute, value) {
    return (";" + (el.getAttribute(attribute) || "") + ";").indexOf(";" + value + ";") >= 0;
  }

  function apply() {
    var doc = docSelect ? docSelect.value : "";
    var country = countrySelect ? countrySelect.value : "";
    var shownDocs = {};
    articles.forEach(function (a) {
      a.hidden = (doc !== "" && a.getAttribute("data-doc-id") !== doc) ||
                 (country !== "" && !has(a, "data-countries", country));
      if (!a.hidden) shownDocs[a.getAttribute("data-doc-id")] = true;
    });
    contents.forEach(function (row) { row.hidden = !shownDocs[row.getAttribute("data-doc-id")]; });
    findings.forEach(function (f) {
      f.hidden = (doc !== "" && !has(f, "data-doc-ids", doc)) ||
                 (country !== "" && !has(f, "data-countries", country));
    });
    factRows.forEach(function (row) {
      row.hidden = country !== "" && !has(row, "data-countries", country);
    });
    highlights.forEach(function (h) {
      h.classList.toggle("dim", country !== "" && !has(h, "data-countries", country));
    });
    if (status) {
      var nDocs = articles.filter(function (a) { return !a.hidden; }).length;
      var nFindings = findings.filter(function (f) { return !f.hidden; }).length;
      status.textContent = doc === "" && country === "" ? "" :
        "showing " + nDocs + " of " + articles.length + " documents, " + nFindings + " of " +
        findings.length + " findings";
    }
  }

  function clearFilters() {
    if (docSelect) docSelect.value = "";
    if (countrySelect) countrySelect.value = "";
    apply();
  }

  /* Following a link to a fact or document hidden by a filter shows everything again. */
  function reveal() {
    if (!location.hash || location.hash === "#selftest") return;
    var raw = location.hash.slice(1);
    var target = document.getElementById(raw);
    if (!target) {
      try { target = document.getElementById(decodeURIComponent(raw)); } catch (e) { return; }
    }
    if (target && target.closest("[hidden]")) {
      clearFilters();
      target.scrollIntoView();
    }
  }

  [docSelect, countrySelect].forEach(function (select) {
    if (!select) return;
    select.closest("label").hidden = false;
    select.addEventListener("change", apply);
  });
  window.addEventListener("hashchange", reveal);

  /* Copy a decisions.csv line: the clipboard API, else a selection and execCommand. */
  function copyText(text, button) {
    var done = function (label) {
      button.textContent = label;
      setTimeout(function () { button.textContent = "Copy"; }, 1500);
    };
    var fallback = function () {
      var code = button.parentNode.querySelector("code");
      var selection = window.getSelection();
      selection.selectAllChildren(code);
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      done(ok ? "Copied" : "Selected: press Ctrl+C");
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done("Copied"); }, fallback);
    } else {
      fallback();
    }
  }
  all("button.copy").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      copyText(button.getAttribute("data-copy"), button);
    });
  });

  window.addEventListener("beforeprint", function () {
    all("details").forEach(function (d) { d.open = true; });
  });

  /* ---- the self-test (headless browser) ---- */
  function shown(el) {
    return !el.closest("[hidden]") && getComputedStyle(el).display !== "none";
  }
  function coloured(el) {
    var style = getComputedStyle(el);
    return style.backgroundColor !== "rgba(0, 0, 0, 0)" || style.backgroundImage !== "none";
  }
  function snapshot() {
    return {
      rows: factRows.filter(shown).map(function (r) { return r.getAttribute("data-fact-id"); }),
      highlights: all(".doc-text .fact[id]").filter(function (h) {
        return shown(h) && coloured(h);
      }).map(function (h) { return h.getAttribute("data-fact-id"); }),
      docs: articles.filter(shown).map(function (a) { return a.getAttribute("data-doc-id"); }),
      findings: findings.filter(shown).map(function (f) {
        return f.getAttribute("data-finding-id");
      })
    };
  }
  function spans() {
    var out = {};
    all(".doc-text").forEach(function (block) {
      block.querySelectorAll(".fact").forEach(function (piece) {
        var range = document.createRange();
        range.setStart(block, 0);
        range.setEndBefore(piece);
        var key = piece.getAttribute("data-fact-id");
        var entry = out[key] || (out[key] = { doc: block.getAttribute("data-doc-id"),
                                              start: range.toString().length, text: "" });
        entry.text += piece.textContent;
      });
    });
    return out;
  }
  function selftest() {
    var result = { errors: window.reportErrors || [], states: {} };
    var boxes = all(".controls input[type=checkbox][id^=show-]");
    var sevBoxes = all(".controls input[type=checkbox][id^=sev-]");
    result.spans = spans();
    result.states.initial = snapshot();
    boxes.forEach(function (box) {
      boxes.forEach(function (b) { b.checked = b === box; });
      result.states["type=" + box.id.slice(5)] = snapshot();
    });
    boxes.forEach(function (b) { b.checked = true; });
    sevBoxes.forEach(function (box) {
      sevBoxes.forEach(function (b) { b.checked = b === box; });
      result.states["severity=" + box.id.slice(4)] = snapshot();
    });
    sevBoxes.forEach(function (b) { b.checked = true; });
    [["doc", docSelect], ["country", countrySelect]].forEach(function (pair) {
      if (!pair[1]) return;
      Array.prototype.forEach.call(pair[1].options, function (option) {
        if (option.value === "") return;
        pair[1].value = option.value;
        apply();
        result.states[pair[0] + "=" + option.value] = snapshot();
      });
      pair[1].value = "";
      apply();
    });
    result.copyButtons = all("button.copy").filter(function (b) { return !b.hidden; }).length;
    result.overflow = document.documentElement.scrollWidth - window.innerWidth;
    var pre = document.createElement("pre");
    pre.id = "selftest";
    pre.hidden = true;
    pre.textContent = JSON.stringify(result);
    document.body.appendChild(pre);
  }
  if (location.hash === "#selftest") selftest();
})();
