// Skillnad: a little progressive enhancement. Every page works without JavaScript.
(function () {
  "use strict";
  // Import progress: poll the status and update the bar; reload when done.
  var bar = document.querySelector("progress[data-status-url]");
  if (bar) {
    var url = bar.getAttribute("data-status-url");
    var text = document.getElementById("import-status");
    var poll = function () {
      fetch(url, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (s) {
        bar.value = Math.round((s.progress || 0) * 100);
        if (text && s.message) { text.textContent = s.message; }
        if (s.state === "done" && s.location) { window.location = s.location; return; }
        if (s.state === "failed") { window.location.reload(); return; }
        window.setTimeout(poll, 700);
      }).catch(function () { window.setTimeout(poll, 2000); });
    };
    window.setTimeout(poll, 500);
  }
  // Long lists of outcomes: a search box shows only the matching ones (and those already chosen).
  Array.prototype.forEach.call(document.querySelectorAll("input[data-filter-target]"), function (box) {
    var list = document.getElementById(box.getAttribute("data-filter-target"));
    if (!list) { return; }
    var wrapper = box.closest("[data-search]");
    if (wrapper) { wrapper.hidden = false; }
    box.addEventListener("input", function () {
      var wanted = box.value.trim().toLowerCase();
      Array.prototype.forEach.call(list.querySelectorAll("label"), function (label) {
        var input = label.querySelector("input");
        var match = !wanted || label.textContent.toLowerCase().indexOf(wanted) >= 0 || (input && input.checked);
        label.hidden = !match;
      });
    });
  });
  // The ISU criteria step: switching the kind of difference shows that kind's criteria at once.
  var kinds = document.querySelectorAll("input[name=kind]");
  var groups = document.querySelectorAll(".criteria-group[data-kind]");
  var showKind = function () {
    var chosen = document.querySelector("input[name=kind]:checked");
    Array.prototype.forEach.call(groups, function (g) {
      g.hidden = !chosen || g.getAttribute("data-kind") !== chosen.value;
    });
  };
  Array.prototype.forEach.call(kinds, function (k) { k.addEventListener("change", showKind); });
  // Each criterion shows the fields of where its information comes from (columns or counts).
  Array.prototype.forEach.call(document.querySelectorAll(".criterion[data-id]"), function (card) {
    var id = card.getAttribute("data-id");
    var sync = function () {
      var chosen = card.querySelector("input[name=src_" + id + "]:checked");
      var source = chosen ? chosen.value : "data";
      Array.prototype.forEach.call(card.querySelectorAll("[data-source]"), function (el) {
        el.hidden = el.getAttribute("data-source") !== source;
      });
    };
    Array.prototype.forEach.call(card.querySelectorAll("input[name=src_" + id + "]"), function (r) {
      r.addEventListener("change", sync);
    });
    sync();
  });
  // Buttons that print the page.
  Array.prototype.forEach.call(document.querySelectorAll("button[data-print]"), function (b) {
    b.addEventListener("click", function () { window.print(); });
  });
})();
