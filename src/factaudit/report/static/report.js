// Severity filters, collapsing documents, and opening a collapsed document when a link points into it.
(function () {
  "use strict";
  var body = document.body;
  body.classList.add("has-js");

  document.querySelectorAll("input.severity-toggle").forEach(function (box) {
    box.addEventListener("change", function () {
      body.classList.toggle("hide-" + box.value, !box.checked);
    });
  });

  var toggle = document.getElementById("toggle-documents");
  if (toggle) {
    toggle.addEventListener("click", function () {
      var docs = document.querySelectorAll("details.document");
      var open = toggle.textContent === "Expand all";
      docs.forEach(function (d) { d.open = open; });
      toggle.textContent = open ? "Collapse all" : "Expand all";
    });
  }

  function revealTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (!target) { return; }
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") { node.open = true; }
    }
    target.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", revealTarget);
  revealTarget();
})();
