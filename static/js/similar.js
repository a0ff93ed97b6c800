// Duplicate suggestions while posting: every <input data-similar-kinds="challenge,forum_topic"> (or
// <textarea>) gets, under it, a list of existing content similar to what is being typed, from
// GET /api/search/similar/. Links open in a new tab so nothing typed is lost.
//
// Optional attributes on the field:
//   data-similar-exclude="challenge:12"   leave out the item being edited (kind:id, comma-separated)
//   data-similar-url="/en/api/search/similar/"   another endpoint (default: by the page's language)
// The heading and the "opens in a new tab" words come translated from the endpoint. The list is a
// polite live region that announces only how many items were found; it never takes the focus.
// No inline styles (CSP): the look is static/css/search.css, which this script links when the page
// has not already.
(function () {
  "use strict";
  var DEBOUNCE_MS = 400;
  var MIN_CHARS = 4;
  var instances = 0;
  var script = document.currentScript;

  function safeUrl(url) {
    return typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/" && url.charAt(1) !== "\\";
  }

  function ensureStylesheet() {
    if (!script || !script.src || document.querySelector("link[data-similar-css]")) { return; }
    var href = script.src.replace(/js\/similar\.js(\?.*)?$/, "css/search.css");
    if (href === script.src) { return; }
    var present = Array.prototype.some.call(document.querySelectorAll("link[rel=stylesheet]"), function (link) {
      return link.href === href;
    });
    if (present) { return; }
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.setAttribute("data-similar-css", "");
    document.head.appendChild(link);
  }

  function defaultEndpoint() {
    var lang = (document.documentElement.getAttribute("lang") || "vi").toLowerCase();
    return (lang.indexOf("en") === 0 ? "/en" : "") + "/api/search/similar/";
  }

  // The snippet is escaped HTML with <mark> around matches; rebuild it as nodes so that nothing
  // else from the server can ever become markup.
  function appendSnippet(parent, snippet) {
    var parts = String(snippet).split(/(<mark>|<\/mark>)/);
    var marked = false;
    var scratch = document.createElement("textarea");
    parts.forEach(function (part) {
      if (part === "<mark>") { marked = true; return; }
      if (part === "</mark>") { marked = false; return; }
      if (!part) { return; }
      scratch.innerHTML = part;  // decodes &amp; &lt; … (a textarea never parses tags)
      var text = document.createTextNode(scratch.value);
      if (marked) {
        var mark = document.createElement("mark");
        mark.appendChild(text);
        parent.appendChild(mark);
      } else {
        parent.appendChild(text);
      }
    });
  }

  function setup(field) {
    if (field.hasAttribute("data-similar-ready")) { return; }
    field.setAttribute("data-similar-ready", "");
    instances += 1;
    var kinds = (field.getAttribute("data-similar-kinds") || "").split(",")
      .map(function (k) { return k.trim(); }).filter(Boolean);
    var excludes = (field.getAttribute("data-similar-exclude") || "").split(",")
      .map(function (k) { return k.trim(); }).filter(Boolean);
    var endpoint = field.getAttribute("data-similar-url") || defaultEndpoint();
    var baseId = (field.id || "field") + "-similar-" + instances;

    var box = document.createElement("section");
    box.className = "similar-box";
    box.id = baseId;
    box.hidden = true;
    var heading = document.createElement("h2");
    heading.className = "similar-heading";
    heading.id = baseId + "-heading";
    box.setAttribute("aria-labelledby", heading.id);
    var list = document.createElement("ul");
    list.className = "similar-list";
    box.appendChild(heading);
    box.appendChild(list);

    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");

    // After the field's own help and error text, when the field sits in a .field wrapper.
    var wrapper = field.closest ? field.closest(".field") : null;
    var anchor = wrapper || field;
    anchor.parentNode.insertBefore(box, anchor.nextSibling);
    anchor.parentNode.insertBefore(status, box.nextSibling);

    var timer = null;
    var controller = null;
    var sequence = 0;
    var lastQuery = null;

    function clear() {
      list.textContent = "";
      box.hidden = true;
      if (status.textContent) { status.textContent = ""; }
    }

    function render(data) {
      var results = (Array.isArray(data.results) ? data.results : []).filter(function (r) {
        return r && r.title && safeUrl(r.url);
      });
      list.textContent = "";
      if (!results.length) { clear(); return; }
      heading.textContent = data.heading || "";
      results.forEach(function (item) {
        var li = document.createElement("li");
        li.className = "similar-item";
        var link = document.createElement("a");
        link.href = item.url;
        link.target = "_blank";
        link.rel = "noopener";
        link.className = "similar-link";
        link.textContent = item.title;
        if (data.new_tab) {
          var hint = document.createElement("span");
          hint.className = "visually-hidden";
          hint.textContent = " (" + data.new_tab + ")";
          link.appendChild(hint);
        }
        if (item.kind_label) {
          var badge = document.createElement("span");
          badge.className = "badge badge-muted similar-kind";
          badge.textContent = item.kind_label;
          li.appendChild(badge);
        }
        li.appendChild(link);
        if (item.snippet) {
          var snippet = document.createElement("p");
          snippet.className = "similar-snippet";
          appendSnippet(snippet, item.snippet);
          li.appendChild(snippet);
        }
        list.appendChild(li);
      });
      box.hidden = false;
      status.textContent = (data.heading || "") + ": " + results.length;
    }

    function lookup() {
      var query = field.value.replace(/\s+/g, " ").trim();
      if (query === lastQuery) { return; }
      lastQuery = query;
      if (controller) { controller.abort(); controller = null; }
      if (query.length < MIN_CHARS) { sequence += 1; clear(); return; }
      var params = ["q=" + encodeURIComponent(query.slice(0, 300))];
      kinds.forEach(function (k) { params.push("kind=" + encodeURIComponent(k)); });
      excludes.forEach(function (e) { params.push("exclude=" + encodeURIComponent(e)); });
      controller = window.AbortController ? new AbortController() : null;
      var mine = ++sequence;
      fetch(endpoint + (endpoint.indexOf("?") === -1 ? "?" : "&") + params.join("&"), {
        headers: { "Accept": "application/json" },
        credentials: "same-origin",
        signal: controller ? controller.signal : undefined
      })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (mine !== sequence || !data) { return; }  // stale, or rate-limited: keep what is shown
          render(data);
        })
        .catch(function () {});
    }

    field.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(lookup, DEBOUNCE_MS);
    });
    field.addEventListener("change", lookup);
    if (field.value.trim().length >= MIN_CHARS) { lookup(); }  // a form shown again after an error
  }

  function init() {
    var fields = document.querySelectorAll("input[data-similar-kinds], textarea[data-similar-kinds]");
    if (!fields.length) { return; }
    ensureStylesheet();
    Array.prototype.forEach.call(fields, setup);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
