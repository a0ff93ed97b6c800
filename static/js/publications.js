/* Publications: a "Copy" button beside a report's citation (added only when the clipboard is available,
   so nothing is offered that cannot work). Filters are applied with their button, never on change
   (WCAG 3.2.2: choosing an option must not reload the page by surprise). */
(function () {
  "use strict";
  if (!navigator.clipboard) return;
  document.querySelectorAll("[data-copy-source]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy-source"));
    if (!source) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        var toast = document.querySelector("[data-toast]");
        var done = button.getAttribute("data-copied") || "";
        if (toast) {
          toast.textContent = done;
          toast.hidden = false;
          window.setTimeout(function () { toast.hidden = true; }, 3000);
        }
      });
    });
  });
})();
