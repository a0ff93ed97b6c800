// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var toggle = document.querySelector("[data-nav-toggle]");
  var nav = document.getElementById("site-nav");
  if (toggle && nav) {
    toggle.addEventListener("click", function () {
      var open = nav.classList.toggle("is-open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && nav.classList.contains("is-open")) {
        nav.classList.remove("is-open");
        toggle.setAttribute("aria-expanded", "false");
        toggle.focus();
      }
    });
  }
  // On phones the filter panel starts closed (unless a filter is set) so results come first.
  if (window.matchMedia("(max-width: 860px)").matches) {
    document.querySelectorAll("details[data-collapse-on-phone]").forEach(function (details) {
      var active = Array.prototype.some.call(details.querySelectorAll("select, input[type=text]"), function (f) { return f.value; }) ||
        details.querySelector("input[type=checkbox]:checked");
      if (!active) { details.removeAttribute("open"); }
    });
  }
  // Auto-submit filter forms when a select changes (the submit button stays for keyboard users).
  document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
    select.addEventListener("change", function () { select.form.requestSubmit ? select.form.requestSubmit() : select.form.submit(); });
  });
  // Skill suggestions: fill the datalist from the server as the person types the last skill.
  var skillInput = document.querySelector("[data-skill-input]");
  var list = document.getElementById("skill-suggestions");
  if (skillInput && list && skillInput.dataset.suggestUrl) {
    var timer;
    skillInput.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var parts = skillInput.value.split(",");
        var last = parts.pop().trim();
        if (last.length < 1) { return; }
        fetch(skillInput.dataset.suggestUrl + "?q=" + encodeURIComponent(last), { headers: { "Accept": "application/json" } })
          .then(function (r) { return r.ok ? r.json() : { results: [] }; })
          .then(function (data) {
            var prefix = parts.length ? parts.map(function (p) { return p.trim(); }).join(", ") + ", " : "";
            list.innerHTML = "";
            data.results.forEach(function (name) {
              var option = document.createElement("option");
              option.value = prefix + name;
              list.appendChild(option);
            });
          })
          .catch(function () {});
      }, 150);
    });
  }
})();
// Live notifications: the bell's count and a short announcement update as they arrive.
(function () {
  "use strict";
  var bell = document.querySelector("[data-ws-url]");
  if (!bell || !window.WebSocket) { return; }
  var count = bell.querySelector("[data-bell-count]");
  var toast = document.querySelector("[data-toast]");
  var delay = 1000;
  function connect() {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + window.location.host + bell.getAttribute("data-ws-url"));
    socket.onopen = function () { delay = 1000; bell.setAttribute("data-ws-state", "open"); };
    socket.onmessage = function (event) {
      var data;
      try { data = JSON.parse(event.data); } catch (e) { return; }
      if (data.type !== "notification") { return; }
      var n = (parseInt(count.textContent, 10) || 0) + 1;
      count.textContent = String(n);
      count.hidden = false;
      if (toast) {
        // Built with DOM methods: the title is text, never HTML.
        toast.textContent = "";
        var link = document.createElement("a");
        link.textContent = data.notification.title;
        link.href = data.notification.url && data.notification.url.charAt(0) === "/" ? data.notification.url : bell.href;
        toast.appendChild(link);
        toast.hidden = false;
        clearTimeout(toast._timer);
        toast._timer = setTimeout(function () { toast.hidden = true; }, 8000);
      }
    };
    socket.onclose = function (event) {
      bell.setAttribute("data-ws-state", "closed");
      if (event.code === 4401) { return; }  // not signed in: do not retry
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30000);
    };
  }
  connect();
})();
