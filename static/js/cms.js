/* CMS pages: the print button of a case study. No inline scripts (CSP). */
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
})();
/* Filters start folded on phones (unless some are set), so the results come first. */
(function () {
  "use strict";
  if (!window.matchMedia("(max-width: 860px)").matches) return;
  document.querySelectorAll("details[data-collapse-on-phone]").forEach(function (d) { d.open = false; });
})();
