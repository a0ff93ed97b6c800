// Events: ask before cancelling a registration (the form's data-confirm holds the translated question).
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.confirm) return;
    if (!window.confirm(form.dataset.confirm)) event.preventDefault();
  });
  // After registering, the page comes back at #registration: move focus there so screen readers hear it.
  if (window.location.hash === "#registration") {
    var box = document.getElementById("registration");
    if (box) box.focus({ preventScroll: false });
  }
})();
