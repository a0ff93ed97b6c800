// Search suggestions: turns every <input data-autocomplete-url> into an ARIA 1.2 combobox with a
// listbox popup (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/). Without this file the boxes
// stay plain search fields that submit to /search/.
//
// Keys: ArrowDown/ArrowUp move through the suggestions (wrapping), Enter opens the chosen one (or
// submits the search when none is chosen), Escape closes the list, Tab leaves the box as usual.
// Focus never leaves the input while the list is open (aria-activedescendant), so there is no trap.
(function () {
  "use strict";
  var DEBOUNCE_MS = 150;
  var MIN_CHARS = 2;
  var instances = 0;

  function safeUrl(url) {
    // Only site paths: a stored value must never become javascript: or another origin.
    return typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/" && url.charAt(1) !== "\\";
  }

  function setup(input) {
    var endpoint = input.getAttribute("data-autocomplete-url");
    if (!endpoint || input.getAttribute("role") === "combobox") { return; }
    instances += 1;
    var listId = (input.id || "search") + "-suggestions-" + instances;
    var container = input.parentNode;
    var label = input.labels && input.labels.length ? input.labels[0].textContent.trim() : "";

    var listbox = document.createElement("ul");
    listbox.id = listId;
    listbox.className = "ac-listbox";
    listbox.setAttribute("role", "listbox");
    if (label) { listbox.setAttribute("aria-label", label); }
    listbox.hidden = true;

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");

    container.classList.add("ac-container");
    container.insertBefore(listbox, input.nextSibling);
    container.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");

    var items = [];
    var active = -1;
    var timer = null;
    var sequence = 0;
    var controller = null;
    var lastQuery = null;

    function announce(count) {
      var text = "";
      if (count === 0) {
        text = input.getAttribute("data-autocomplete-none") || "";
      } else if (count > 0) {
        text = (input.getAttribute("data-autocomplete-some") || "").replace("{count}", String(count));
      }
      status.textContent = text;
    }

    function isOpen() { return !listbox.hidden; }

    function open() {
      if (!items.length) { return; }
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      setActive(-1);
    }

    function setActive(index) {
      var options = listbox.children;
      if (active >= 0 && options[active]) { options[active].setAttribute("aria-selected", "false"); }
      active = index;
      if (active >= 0 && options[active]) {
        options[active].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", options[active].id);
        if (options[active].scrollIntoView) { options[active].scrollIntoView({ block: "nearest" }); }
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function go(index) {
      var item = items[index];
      if (item && safeUrl(item.url)) {
        close();
        window.location.assign(item.url);
      }
    }

    function render(results) {
      items = results.filter(function (r) { return r && r.label && safeUrl(r.url); });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      listbox.textContent = "";
      items.forEach(function (item, index) {
        var option = document.createElement("li");
        option.id = listId + "-" + index;
        option.className = "ac-option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        if (item.kind) { option.setAttribute("data-kind", item.kind); }
        option.textContent = item.label;  // text, never HTML
        listbox.appendChild(option);
      });
      announce(items.length);
      if (items.length && document.activeElement === input) { open(); } else { close(); }
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) { if (items.length) { open(); } return; }
      lastQuery = query;
      if (query.length < MIN_CHARS) {
        if (controller) { controller.abort(); }
        items = [];
        listbox.textContent = "";
        status.textContent = "";
        close();
        return;
      }
      if (controller) { controller.abort(); }
      controller = window.AbortController ? new AbortController() : null;
      var mine = ++sequence;
      var separator = endpoint.indexOf("?") === -1 ? "?" : "&";
      fetch(endpoint + separator + "q=" + encodeURIComponent(query), {
        headers: { "Accept": "application/json" },
        credentials: "same-origin",
        signal: controller ? controller.signal : undefined
      })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) {
          if (mine !== sequence) { return; }  // a newer request is on its way
          render(Array.isArray(data.results) ? data.results : []);
        })
        .catch(function () {});
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DEBOUNCE_MS);
    });

    input.addEventListener("keydown", function (event) {
      var count = items.length;
      switch (event.key) {
        case "ArrowDown":
        case "Down":
          if (!count) { return; }
          event.preventDefault();
          if (!isOpen()) { open(); setActive(event.altKey ? -1 : 0); return; }
          setActive(active + 1 >= count ? 0 : active + 1);
          break;
        case "ArrowUp":
        case "Up":
          if (!count) { return; }
          event.preventDefault();
          if (!isOpen()) { open(); setActive(count - 1); return; }
          setActive(active <= 0 ? count - 1 : active - 1);
          break;
        case "Enter":
          if (isOpen() && active >= 0) {
            event.preventDefault();
            go(active);
          }
          break;  // otherwise the form submits the search as usual
        case "Escape":
        case "Esc":
          if (isOpen()) {
            event.preventDefault();
            event.stopPropagation();  // close the list, not the surrounding menu
            close();
          }
          break;
        case "Tab":
          close();  // focus moves on as usual
          break;
        default:
          break;
      }
    });

    input.addEventListener("blur", function () { close(); });

    // Mouse: keep the focus in the input while choosing, then open the suggestion.
    listbox.addEventListener("mousedown", function (event) { event.preventDefault(); });
    listbox.addEventListener("click", function (event) {
      var option = event.target.closest ? event.target.closest("[role=option]") : null;
      if (!option) { return; }
      go(Array.prototype.indexOf.call(listbox.children, option));
    });
    listbox.addEventListener("mousemove", function (event) {
      var option = event.target.closest ? event.target.closest("[role=option]") : null;
      if (!option) { return; }
      var index = Array.prototype.indexOf.call(listbox.children, option);
      if (index !== active) { setActive(index); }
    });

    document.addEventListener("click", function (event) {
      if (isOpen() && !container.contains(event.target)) { close(); }
    });
  }

  document.querySelectorAll("input[data-autocomplete-url]").forEach(setup);
})();
