/* report.html behaviour (inlined by pipeline/report.py). The page works without it: this only
   adds a filter by document and opens every fact list before printing. */
(function () {
  "use strict";
  var select = document.getElementById("doc-filter");
  var docs = document.querySelectorAll("article.doc");
  var rows = document.querySelectorAll("tr[data-doc-ids]");

  function apply() {
    var wanted = select.value;
    docs.forEach(function (el) {
      el.hidden = wanted !== "" && el.getAttribute("data-doc-id") !== wanted;
    });
    rows.forEach(function (row) {
      var ids = row.getAttribute("data-doc-ids").split(";");
      row.hidden = wanted !== "" && ids.indexOf(wanted) < 0;
    });
  }

  /* Following a link to a fact or document hidden by the filter shows everything again. */
  function reveal() {
    if (!select || !location.hash) return;
    var raw = location.hash.slice(1);
    var target = document.getElementById(raw);
    if (!target) {
      try { target = document.getElementById(decodeURIComponent(raw)); } catch (e) { return; }
    }
    if (target && target.closest("[hidden]")) {
      select.value = "";
      apply();
      target.scrollIntoView();
    }
  }

  if (select) {
    select.closest(".doc-filter").hidden = false;
    select.addEventListener("change", apply);
    window.addEventListener("hashchange", reveal);
  }
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
})();
