// collabgraph map page: draws the JSON block with vis-network and wires up the
// legend, search and side panel. Data only ever reaches the page as text
// (textContent, canvas labels, plain-string tooltips), never as markup.
(function () {
  "use strict";

  var body = document.body;
  var data = JSON.parse(document.getElementById("map-data").textContent);
  var fixed = data.layout === "fixed";
  var GREY = "#9AA5B1";

  var byId = new Map();
  data.nodes.forEach(function (n) { byId.set(n.id, n); });
  var typeColor = new Map();
  data.types.forEach(function (t) { typeColor.set(t.name, t.color); });
  var typeShape = new Map();
  data.types.forEach(function (t) { typeShape.set(t.name, t.shape); });
  var communityColor = new Map();
  data.communities.forEach(function (c) { communityColor.set(c.id, c.color || GREY); });
  var incident = new Map();
  data.edges.forEach(function (e) {
    [e.from, e.to].forEach(function (id) {
      if (!incident.has(id)) incident.set(id, []);
      incident.get(id).push(e);
    });
  });
  var hiddenTypes = new Set();
  var colorBy = data.colorBy;

  function shade(hex, factor) {
    var n = parseInt(hex.slice(1), 16);
    var r = Math.round(((n >> 16) & 255) * factor);
    var g = Math.round(((n >> 8) & 255) * factor);
    var b = Math.round((n & 255) * factor);
    return "#" + ((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1);
  }

  function nodeColor(n) {
    var c = colorBy === "community"
      ? (n.community === undefined ? GREY : communityColor.get(n.community) || GREY)
      : typeColor.get(n.type) || GREY;
    var border = shade(c, 0.7);
    return {
      background: c, border: border,
      highlight: { background: c, border: "#111111" },
      hover: { background: c, border: "#111111" },
    };
  }

  function nodeTooltip(n) {
    var lines = [n.name, n.title ? n.type + " · " + n.title : n.type];
    return lines.join("\n");
  }

  function edgeTooltip(e) {
    var lines = [nameOf(e.from) + " " + e.label + " " + nameOf(e.to)];
    if (e.role) lines.push("role: " + e.role);
    var span = dates(e);
    if (span) lines.push(span);
    return lines.join("\n");
  }

  function nameOf(id) { var n = byId.get(id); return n ? n.name : id; }

  function dates(e) {
    if (e.since || e.until) return (e.since || "…") + " – " + (e.until || "");
    return e.date || "";
  }

  function visNode(n) {
    var item = {
      id: n.id,
      label: n.name,
      title: nodeTooltip(n),
      shape: typeShape.get(n.type) || "dot",
      size: n.size,
      color: nodeColor(n),
      font: { size: Math.round(12 + (n.size - 10) * 0.25) },
      hidden: hiddenTypes.has(n.type),
    };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }

  // Edge labels cost most of a large map's drawing time even when too small to
  // read, so a fixed-layout map only labels its edges once zoomed in.
  var LABEL_SCALE = 0.6;
  var edgeLabels = !fixed;

  function visEdge(e) {
    return {
      id: e.id,
      from: e.from,
      to: e.to,
      label: edgeLabels ? e.label : undefined,
      title: edgeTooltip(e),
      arrows: e.directed ? "to" : "",
    };
  }

  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));

  var options = {
    autoResize: true,
    nodes: {
      borderWidth: 1.5,
      font: { face: "system-ui, sans-serif", color: "#1f2933", strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { label: { drawThreshold: 6 } },
      widthConstraint: { maximum: 200 },
    },
    edges: {
      width: 1,
      color: { color: "#B3BCC6", highlight: "#3E4C59", hover: "#3E4C59", inherit: false },
      font: { size: 10, color: "#52606d", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      arrows: { to: { scaleFactor: 0.5 } },
      smooth: fixed ? false : { type: "continuous", roundness: 0.3 },
      selectionWidth: 1.5,
    },
    interaction: {
      hover: !fixed,
      tooltipDelay: 150,
      hideEdgesOnDrag: fixed,
      hideEdgesOnZoom: fixed,
      navigationButtons: false,
      keyboard: false,
      multiselect: false,
    },
    layout: { improvedLayout: !fixed && data.nodes.length <= 150, randomSeed: 7 },
    physics: fixed ? { enabled: false } : {
      enabled: true,
      solver: "forceAtlas2Based",
      forceAtlas2Based: {
        gravitationalConstant: -90, centralGravity: 0.01, springLength: 140,
        springConstant: 0.05, damping: 0.5, avoidOverlap: 0.5,
      },
      maxVelocity: 60,
      minVelocity: 1,
      timestep: 0.5,
      stabilization: { enabled: true, iterations: data.settleIterations, updateInterval: 50, fit: true },
    },
  };

  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);

  function syncEdgeLabels() {
    var want = !fixed || network.getScale() >= LABEL_SCALE;
    if (want === edgeLabels) return;
    edgeLabels = want;
    // vis-network keeps an edge's old label on update, so swap the edges instead.
    var selected = network.getSelectedNodes();
    edges.clear();
    edges.add(data.edges.map(visEdge));
    if (selected.length) network.selectNodes(selected);
  }
  network.on("zoom", syncEdgeLabels);
  network.on("animationFinished", syncEdgeLabels);

  window.collabgraphMap = {
    network: network, nodes: nodes, edges: edges, data: data,
    select: function (id) { return focusNode(id); },
    search: function (q) { return runSearch(q); },
  };

  // --- state for tests and benchmarks -------------------------------------------------

  var drawn = false;
  var settled = fixed || data.nodes.length === 0;
  function markIdle() {
    if (body.dataset.state === "idle") return;
    body.dataset.state = "idle";
    body.dataset.idleMs = String(Math.round(performance.now()));
    if (data.focus && byId.has(data.focus)) focusNode(data.focus, false, 0.6);
  }
  network.on("afterDrawing", function () {
    if (!drawn) {
      drawn = true;
      body.dataset.drawnMs = String(Math.round(performance.now()));
      if (body.dataset.state === "loading") body.dataset.state = "drawn";
    }
    if (settled) markIdle();
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    settled = true;
    network.redraw();
  });
  if (data.nodes.length === 0) {
    document.getElementById("map-empty").hidden = false;
    markIdle();
  }

  // --- legend: type toggles and colour mode --------------------------------------------

  document.querySelectorAll("#type-legend input[data-type]").forEach(function (box) {
    box.addEventListener("change", function () {
      setTypeVisible(box.dataset.type, box.checked);
    });
  });

  function setTypeVisible(type, visible) {
    if (visible) hiddenTypes.delete(type); else hiddenTypes.add(type);
    var box = document.querySelector('#type-legend input[data-type="' + CSS.escape(type) + '"]');
    if (box) box.checked = visible;
    var changes = [];
    data.nodes.forEach(function (n) {
      if (n.type === type) changes.push({ id: n.id, hidden: !visible });
    });
    nodes.update(changes);
    body.dataset.hiddenTypes = Array.from(hiddenTypes).sort().join(",");
  }

  var colorSelect = document.getElementById("color-by");
  colorSelect.addEventListener("change", function () { setColorBy(colorSelect.value); });

  function setColorBy(mode) {
    colorBy = mode;
    colorSelect.value = mode;
    nodes.update(data.nodes.map(function (n) { return { id: n.id, color: nodeColor(n) }; }));
    document.getElementById("community-legend").hidden = mode !== "community";
    document.getElementById("community-heading").hidden = mode !== "community";
    body.dataset.colorBy = mode;
  }

  (function buildCommunityLegend() {
    var list = document.getElementById("community-legend");
    var shown = data.communities.filter(function (c) { return c.color; });
    shown.forEach(function (c) {
      var li = document.createElement("li");
      var glyph = text("span", "●", "glyph");
      glyph.style.color = c.color;
      li.appendChild(glyph);
      li.appendChild(document.createTextNode(" around " + c.lead + " "));
      li.appendChild(text("span", String(c.size), "count"));
      list.appendChild(li);
    });
    var rest = data.communities.length - shown.length;
    if (rest > 0) {
      var li = document.createElement("li");
      var glyph = text("span", "●", "glyph");
      glyph.style.color = GREY;
      li.appendChild(glyph);
      li.appendChild(document.createTextNode(" " + rest + " smaller communities"));
      list.appendChild(li);
    }
  })();
  setColorBy(colorBy);

  // --- search -------------------------------------------------------------------------

  (function fillNames() {
    var list = document.getElementById("search-names");
    var seen = new Set();
    var frag = document.createDocumentFragment();
    data.nodes.forEach(function (n) {
      if (seen.has(n.name)) return;
      seen.add(n.name);
      var opt = document.createElement("option");
      opt.value = n.name;
      frag.appendChild(opt);
    });
    list.appendChild(frag);
  })();

  var searchInput = document.getElementById("search");
  var searchStatus = document.getElementById("search-status");
  document.getElementById("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    runSearch(searchInput.value);
  });

  function findNode(query) {
    var q = query.trim().toLocaleLowerCase();
    if (!q) return null;
    var tests = [
      function (n) { return n.name.toLocaleLowerCase() === q; },
      function (n) { return (n.aliases || []).some(function (a) { return a.toLocaleLowerCase() === q; }); },
      function (n) { return n.name.toLocaleLowerCase().startsWith(q); },
      function (n) { return n.name.toLocaleLowerCase().includes(q); },
      function (n) { return (n.aliases || []).some(function (a) { return a.toLocaleLowerCase().includes(q); }); },
    ];
    for (var i = 0; i < tests.length; i++) {
      var hits = data.nodes.filter(tests[i]);
      if (hits.length) {
        hits.sort(function (a, b) { return b.size - a.size || a.name.localeCompare(b.name); });
        return hits[0];
      }
    }
    return null;
  }

  function runSearch(query) {
    var hit = findNode(query);
    if (!hit) {
      searchStatus.textContent = query.trim() ? "No match for “" + query.trim() + "”" : "";
      return null;
    }
    searchStatus.textContent = "";
    focusNode(hit.id, true);
    return hit.id;
  }

  // --- selection and side panel -------------------------------------------------------

  function focusNode(id, animate, minScale) {
    var n = byId.get(id);
    if (!n) return false;
    if (hiddenTypes.has(n.type)) setTypeVisible(n.type, true);
    network.selectNodes([id]);
    showPanel(id);
    network.focus(id, {
      scale: Math.max(network.getScale(), minScale === undefined ? 1.1 : minScale),
      offset: { x: -panelWidth() / 2, y: 0 },
      animation: animate === false || fixed ? false : { duration: 350, easingFunction: "easeInOutQuad" },
    });
    syncEdgeLabels();
    return true;
  }

  network.on("click", function (params) {
    if (params.nodes.length) showPanel(params.nodes[0]);
    else if (!params.edges.length) hidePanel();
  });

  var panel = document.getElementById("panel");
  var panelBody = document.getElementById("panel-body");
  document.getElementById("panel-close").addEventListener("click", function () {
    network.unselectAll();
    hidePanel();
  });

  function panelWidth() {
    return panel.hidden ? 0 : Math.min(panel.offsetWidth, container.clientWidth / 2);
  }

  function hidePanel() {
    panel.hidden = true;
    delete body.dataset.selected;
  }

  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (cls) el.className = cls;
    return el;
  }

  function section(title) {
    var frag = document.createDocumentFragment();
    frag.appendChild(text("h3", title));
    return frag;
  }

  function nodeButton(id) {
    var b = text("button", nameOf(id), "node-link");
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id, true); });
    return b;
  }

  function link(pattern, id, label) {
    var a = text("a", label);
    a.href = pattern.split("{id}").join(encodeURIComponent(id));
    return a;
  }

  function showPanel(id) {
    var n = byId.get(id);
    if (!n) return;
    var rels = incident.get(id) || [];
    var root = document.createDocumentFragment();
    root.appendChild(text("h2", n.name));
    root.appendChild(text("span", n.type, "kind"));
    if (n.title) root.appendChild(text("p", n.title, "title"));
    if (n.date) root.appendChild(text("p", n.date, "date"));
    if (n.description) root.appendChild(text("p", n.description, "description"));

    if (n.aliases && n.aliases.length) {
      var s = section("Also known as");
      s.appendChild(text("p", n.aliases.join(", "), "aliases"));
      root.appendChild(s);
    }

    var roles = rels.filter(function (e) { return e.role; });
    if (roles.length) {
      var rs = section("Roles");
      var rl = document.createElement("ul");
      rl.className = "roles";
      roles.forEach(function (e) {
        var li = document.createElement("li");
        if (e.from === id) {
          li.appendChild(text("span", e.role));
          li.appendChild(document.createTextNode(" · " + e.label + " "));
          li.appendChild(nodeButton(e.to));
        } else {
          li.appendChild(nodeButton(e.from));
          li.appendChild(document.createTextNode(" · "));
          li.appendChild(text("span", e.role));
        }
        var span = dates(e);
        if (span) li.appendChild(text("span", " (" + span + ")", "role"));
        rl.appendChild(li);
      });
      rs.appendChild(rl);
      root.appendChild(rs);
    }

    if (rels.length) {
      var cs = section("Collaborators (" + rels.length + ")");
      var cl = document.createElement("ul");
      cl.className = "collaborators";
      rels.forEach(function (e) {
        var li = document.createElement("li");
        if (e.from === id || !e.directed) {
          li.appendChild(document.createTextNode(e.label + " "));
          li.appendChild(nodeButton(e.from === id ? e.to : e.from));
        } else {
          li.appendChild(nodeButton(e.from));
          li.appendChild(document.createTextNode(" " + e.label + " this " + n.type.toLowerCase()));
        }
        cl.appendChild(li);
      });
      cs.appendChild(cl);
      root.appendChild(cs);
    }

    var quotes = [];
    var quoted = new Set();
    rels.forEach(function (e) {
      (e.evidence || []).forEach(function (q) {
        var key = q.text + "\u0000" + q.source;
        if (!quoted.has(key)) { quoted.add(key); quotes.push(q); }
      });
    });
    if (quotes.length) {
      var es = section("Evidence");
      var ev = document.createElement("div");
      ev.className = "evidence";
      quotes.forEach(function (q) {
        var bq = text("blockquote", q.text);
        if (q.source) bq.appendChild(text("cite", q.source));
        ev.appendChild(bq);
      });
      es.appendChild(ev);
      root.appendChild(es);
    }

    var props = n.properties ? Object.keys(n.properties) : [];
    if (props.length) {
      var ps = section("Details");
      var pl = document.createElement("ul");
      props.forEach(function (k) { pl.appendChild(text("li", k + ": " + n.properties[k])); });
      ps.appendChild(pl);
      root.appendChild(ps);
    }

    if (n.sources && n.sources.length) {
      var ss = section("Sources");
      var sl = document.createElement("ul");
      sl.className = "sources";
      n.sources.forEach(function (src) { sl.appendChild(text("li", src)); });
      ss.appendChild(sl);
      root.appendChild(ss);
    }

    if (data.links && (data.links.map || data.links.entity)) {
      var links = document.createElement("p");
      links.className = "links";
      if (data.links.map) links.appendChild(link(data.links.map, id, "Map around " + n.name));
      if (data.links.entity) links.appendChild(link(data.links.entity, id, "JSON"));
      root.appendChild(links);
    }

    panelBody.replaceChildren(root);
    panel.hidden = false;
    panel.scrollTop = 0;
    body.dataset.selected = id;
  }
})();
