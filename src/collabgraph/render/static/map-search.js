// collabgraph map: the search box. Names drawn on the map are found here (name, then
// alias; exact, then prefix, then anywhere; the heaviest node first); a name that is
// not drawn is asked of the server, when there is one, and each match offered as a
// link to its own map. Results reach the page as text only.
(function () {
  "use strict";

  var NAMES_LISTED = 5000;  // suggestions in the box's list: the most important names

  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (cls) el.className = cls;
    return el;
  }

  // map: {nodes, byId, byImportance, searchUrl (with {q}, or null), focus(i), mapHref(id)}.
  // Returns search(query): the id found on the map, or null.
  function create(map) {
    var body = document.body;
    var nodes = map.nodes;
    var input = document.getElementById("search");
    var status = document.getElementById("search-status");
    var seq = 0;

    (function fillNames() {
      var list = document.getElementById("search-names");
      var seen = new Set();
      var frag = document.createDocumentFragment();
      for (var k = 0; k < map.byImportance.length && seen.size < NAMES_LISTED; k++) {
        var name = nodes[map.byImportance[k]].name;
        if (seen.has(name)) continue;
        seen.add(name);
        var opt = document.createElement("option");
        opt.value = name;
        frag.appendChild(opt);
      }
      list.appendChild(frag);
    })();

    function find(query) {
      var q = query.trim().toLocaleLowerCase();
      if (!q) return -1;
      function lower(s) { return s.toLocaleLowerCase(); }
      var tests = [
        function (n) { return lower(n.name) === q; },
        function (n) { return (n.aliases || []).some(function (a) { return lower(a) === q; }); },
        function (n) { return lower(n.name).startsWith(q); },
        function (n) { return lower(n.name).includes(q); },
        function (n) { return (n.aliases || []).some(function (a) { return lower(a).includes(q); }); },
      ];
      for (var k = 0; k < tests.length; k++) {
        var hits = nodes.filter(tests[k]);
        if (hits.length) {
          hits.sort(function (a, b) { return b.weight - a.weight || a.name.localeCompare(b.name); });
          return hits[0].index;
        }
      }
      return -1;
    }

    function elsewhere(q, mine) {
      var url = map.searchUrl.split("{q}").join(encodeURIComponent(q));
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { items: [] }; })
        .then(function (page) {
          if (mine !== seq) return;
          var items = (page.items || []).filter(function (e) { return !map.byId.has(e.id); });
          if (items.length) {
            status.textContent = "Not on this map: ";
            items.forEach(function (e, k) {
              if (k) status.appendChild(document.createTextNode(", "));
              var a = text("a", e.name, "elsewhere");
              a.href = map.mapHref(e.id);
              status.appendChild(a);
              status.appendChild(text("span", " (" + e.type + ")", "kind"));
            });
          }
          body.dataset.searchDone = q;
        })
        .catch(function () { body.dataset.searchDone = q; });
    }

    function search(query) {
      var q = query.trim();
      var hit = find(q);
      seq++;
      if (hit >= 0) {
        status.textContent = "";
        map.focus(hit);
        return nodes[hit].id;
      }
      status.textContent = q ? "No match for “" + q + "” on this map" : "";
      body.dataset.searched = q;
      if (q && map.searchUrl) elsewhere(q, seq);
      return null;
    }

    document.getElementById("search-form").addEventListener("submit", function (ev) {
      ev.preventDefault();
      search(input.value);
    });
    return search;
  }

  window.collabgraphSearch = create;
})();
