/* extract report: the page behaviours (search, list filters, facts table, article highlights).
   Plain script, no library, nothing fetched: data files are scripts (file:// pages cannot fetch). */
"use strict";
(function () {
  var root = document.body.getAttribute("data-root") || "";
  var MAX_RESULTS = 30;

  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function loadData(names, done) {
    window.REPORT_DATA = window.REPORT_DATA || {};
    var pending = names.filter(function (n) { return !(n in window.REPORT_DATA); });
    if (!pending.length) { done(); return; }
    var left = pending.length;
    pending.forEach(function (name) {
      var script = document.createElement("script");
      script.src = root + "data/" + name + ".js";
      script.onload = script.onerror = function () { if (--left === 0) done(); };
      document.head.appendChild(script);
    });
  }

  function link(href, text) {
    var a = document.createElement("a");
    a.href = root + href;
    a.textContent = text;
    return a;
  }

  function item(kind, anchor, extra) {
    var li = document.createElement("li");
    var tag = document.createElement("span");
    tag.className = "kind";
    tag.textContent = kind;
    li.appendChild(tag);
    li.appendChild(anchor);
    if (extra) li.appendChild(document.createTextNode(" " + extra));
    return li;
  }

  /* index.html: one box over documents, speakers, entities and quantity facts. */
  function setupSearch() {
    var input = document.getElementById("search");
    if (!input) return;
    var list = document.getElementById("results");
    var status = document.getElementById("search-status");
    var timer = null;

    function matches(words, fields) {
      var text = fold(fields.join(" "));
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    }

    function run() {
      var query = fold(input.value.trim());
      list.textContent = "";
      document.body.setAttribute("data-query", query);
      if (query.length < 2) { status.textContent = "Type at least two letters."; return; }
      status.textContent = "Loading…";
      loadData(["documents", "speakers", "entities", "facts"], function () {
        if (fold(input.value.trim()) !== query) return;
        var data = window.REPORT_DATA, words = query.split(/\s+/), shown = 0, found = 0;
        function add(li) { found++; if (shown < MAX_RESULTS) { list.appendChild(li); shown++; } }
        (data.speakers || []).forEach(function (s) {
          if (matches(words, [s[0], s[1]])) add(item("speaker", link(s[4], s[0]), "· " + s[2] + " · " + s[3] + " quotes"));
        });
        (data.documents || []).forEach(function (d) {
          if (matches(words, [d[0], d[2]])) add(item("document", link(d[3], d[0]), d[1]));
        });
        (data.entities || []).forEach(function (e) {
          if (matches(words, [e[0]])) add(item("entity " + e[1], link(e[3][0], e[0]), "· " + e[2] + " mentions"));
        });
        (data.facts || []).forEach(function (f) {
          if (matches(words, [f[4], f[3], f[7], f[5]])) add(item("fact", link(f[8], f[7]), f[9]));
        });
        status.textContent = found ? found + " results" + (found > shown ? ", first " + shown + " shown" : "") : "No result.";
        document.body.setAttribute("data-results", String(found));
      });
    }

    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 150); });
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) { input.value = q; run(); }
  }

  /* documents, speakers and who pages: filter the rows of this page (?filter=... fills it in). */
  function setupFilters() {
    var given = new URLSearchParams(window.location.search).get("filter");
    document.querySelectorAll("input.filter").forEach(function (input) {
      var table = document.getElementById(input.getAttribute("data-table"));
      function run() {
        var words = fold(input.value.trim()).split(/\s+/).filter(Boolean), shown = 0;
        table.querySelectorAll("tbody tr").forEach(function (tr) {
          var text = fold(tr.textContent);
          tr.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
          if (!tr.hidden) shown += 1;
        });
        table.setAttribute("data-shown", String(shown));
      }
      input.addEventListener("input", run);
      if (given) { input.value = given; run(); }
    });
  }

  /* facts.html: sort, filter and page through data/facts.js. */
  function setupFacts() {
    var table = document.getElementById("facts-table");
    if (!table) return;
    var rows = (window.REPORT_DATA && window.REPORT_DATA.facts) || [];
    var body = table.querySelector("tbody"), filter = document.getElementById("facts-filter");
    var unit = document.getElementById("facts-unit"), more = document.getElementById("facts-more");
    var status = document.getElementById("facts-status");
    var limit = 200, sortCol = null, sortDir = 1, current = rows;
    Array.from(new Set(rows.map(function (r) { return r[2]; }))).sort().forEach(function (u) {
      if (!u) return;
      var option = document.createElement("option");
      option.value = option.textContent = u;
      unit.appendChild(option);
    });
    function value(r) {
      return r[0] === null ? "" : (r[11] && r[11] !== "exact" ? r[11] + " " : "") + r[0] + (r[1] !== null ? "–" + r[1] : "");
    }
    function render() {
      body.textContent = "";
      current.slice(0, limit).forEach(function (r) {
        var tr = document.createElement("tr");
        [value(r), r[2], r[3], r[4], r[5], r[6], r[9]].forEach(function (text) {
          var td = document.createElement("td");
          td.textContent = text;
          tr.appendChild(td);
        });
        var td = document.createElement("td");
        td.appendChild(link(r[8], r[7]));
        tr.appendChild(td);
        body.appendChild(tr);
      });
      more.hidden = current.length <= limit;
      status.textContent = current.length + " of " + rows.length + " facts";
    }
    function update() {
      var words = fold(filter.value.trim()).split(/\s+/).filter(Boolean), u = unit.value;
      current = rows.filter(function (r) {
        if (u && r[2] !== u) return false;
        var text = fold([r[2], r[3], r[4], r[5], r[6], r[7], r[10]].join(" "));
        return words.every(function (w) { return text.indexOf(w) >= 0; });
      });
      if (sortCol !== null) {
        var numeric = sortCol === 0;
        current.sort(function (a, b) {
          var x = a[sortCol], y = b[sortCol];
          if (numeric) { x = x === null ? -Infinity : x; y = y === null ? -Infinity : y; return (x - y) * sortDir; }
          return String(x).localeCompare(String(y), "fr") * sortDir;
        });
      }
      limit = 200;
      render();
    }
    table.querySelectorAll("th").forEach(function (th) {
      th.addEventListener("click", function () {
        var col = Number(th.getAttribute("data-col"));
        sortDir = sortCol === col ? -sortDir : 1;
        sortCol = col;
        table.querySelectorAll("th").forEach(function (h) { h.className = ""; });
        th.className = sortDir > 0 ? "asc" : "desc";
        update();
      });
    });
    filter.addEventListener("input", update);
    unit.addEventListener("change", update);
    more.addEventListener("click", function () { limit += 500; render(); });
    update();
  }

  /* article pages: count and toggle the highlights; hovering one piece lights all its pieces. */
  function setupArticle() {
    var text = document.getElementById("text");
    if (!text) return;
    document.querySelectorAll("#legend input[type=checkbox]").forEach(function (box) {
      var kind = box.getAttribute("data-kind");
      var n = new Set(Array.from(text.querySelectorAll("." + kind)).map(function (el) { return el.getAttribute("data-r"); })).size;
      document.querySelector('#legend .count[data-kind="' + kind + '"]').textContent = "(" + n + ")";
      box.addEventListener("change", function () { document.body.classList.toggle("hide-" + kind, !box.checked); });
    });
    function light(event, on) {
      var el = event.target.closest("[data-r]");
      if (!el) return;
      text.querySelectorAll('[data-r="' + CSS.escape(el.getAttribute("data-r")) + '"]').forEach(function (piece) {
        piece.classList.toggle("hl", on);
      });
    }
    text.addEventListener("mouseover", function (e) { light(e, true); });
    text.addEventListener("mouseout", function (e) { light(e, false); });
  }

  function start() {
    setupSearch();
    setupFilters();
    setupFacts();
    setupArticle();
    document.body.setAttribute("data-ready", "1");
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
