// collabgraph map page: reads the JSON block, has it drawn by the renderer the page
// names (map-vis.js or map-sigma.js), and wires up the legend, labels, tooltips,
// search and side panel (map-panel.js). Data only ever reaches the page as text
// (textContent, canvas text), never as markup.
(function () {
  "use strict";

  var body = document.body;
  // Marks (performance.getEntriesByType("mark")) say where a slow page spends its time.
  performance.mark("map:start");
  var raw = JSON.parse(document.getElementById("map-data").textContent);
  performance.mark("map:parsed");
  var GREY = "#9AA5B1";
  var Labels = window.collabgraphLabels;
  var Panel = window.collabgraphPanel;

  // --- the data, decoded from columns -----------------------------------------------

  var N = raw.nodes;
  var E = raw.edges;
  // A column of one repeated value comes as that value (payload.py): spread it out.
  function spread(columns, count) {
    Object.keys(columns).forEach(function (k) {
      if (!Array.isArray(columns[k])) columns[k] = new Array(count).fill(columns[k]);
    });
  }
  spread(N, N.id.length);
  spread(E, E.from.length);
  var nodes = N.id.map(function (id, i) {
    var n = {
      id: id, index: i, name: N.name[i], type: raw.types[N.type[i]].name,
      size: N.size[i], weight: N.weight[i],
    };
    if (N.community[i] >= 0) n.community = N.community[i];
    if (N.x) { n.x = N.x[i]; n.y = N.y[i]; }
    var info = N.info[i];
    if (info) Object.keys(info).forEach(function (k) { n[k] = info[k]; });
    return n;
  });
  var byId = new Map();
  nodes.forEach(function (n, i) { byId.set(n.id, i); });
  var edgeCount = E.from.length;

  // Edges touching each node, as one flat array (compressed sparse rows).
  var start = new Int32Array(nodes.length + 1);
  var j;
  for (j = 0; j < edgeCount; j++) {
    start[E.from[j] + 1]++;
    if (E.to[j] !== E.from[j]) start[E.to[j] + 1]++;
  }
  for (j = 0; j < nodes.length; j++) start[j + 1] += start[j];
  var fill = start.slice(0, nodes.length);
  var incidentEdges = new Int32Array(start[nodes.length]);
  for (j = 0; j < edgeCount; j++) {
    incidentEdges[fill[E.from[j]]++] = j;
    if (E.to[j] !== E.from[j]) incidentEdges[fill[E.to[j]]++] = j;
  }
  function incident(i) { return Array.prototype.slice.call(incidentEdges, start[i], start[i + 1]); }

  function relationText(type) { return type.toLowerCase().replace(/_/g, " "); }

  function edge(k) {
    var t = E.type[k];
    var rel = t >= 0 ? raw.relations[t] : null;
    var e = {
      id: k, index: k, fromIndex: E.from[k], toIndex: E.to[k],
      from: nodes[E.from[k]].id, to: nodes[E.to[k]].id,
      type: rel ? rel.name : "TIE", directed: rel ? rel.directed : false,
      weight: E.weight ? E.weight[k] : 1,
    };
    if (E.role[k] >= 0) e.role = raw.strings[E.role[k]];
    if (E.via) e.via = E.via[k].map(function (c) { return raw.contexts[c]; });
    var info = E.info[k];
    if (info) Object.keys(info).forEach(function (key) { e[key] = info[key]; });
    (e.reasons || []).forEach(function (r) { if (r.via >= 0) r.context = raw.contexts[r.via]; });
    e.label = rel ? rel.label : tieLabel(e);
    return e;
  }

  function tieLabel(e) {
    var parts = (e.direct || []).map(relationText);
    (e.reasons || []).forEach(function (r) { if (r.kind === "direct") parts.push(relationText(r.relations[0][0])); });
    parts = parts.concat((e.via || []).map(function (c) { return c.name; }));
    parts = parts.filter(function (p, k) { return parts.indexOf(p) === k; });
    if (parts.length <= 2) return parts.join(" · ");
    return parts.slice(0, 2).join(" · ") + " +" + (parts.length - 2) + " more";
  }

  var typeStyle = new Map();
  raw.types.forEach(function (t) { typeStyle.set(t.name, t); });
  var communityColor = new Map();
  raw.communities.forEach(function (c) { communityColor.set(c.id, c.color || GREY); });
  var communityLead = new Map();
  raw.communities.forEach(function (c) { communityLead.set(c.id, c.lead); });

  var hiddenTypes = new Set();
  var colorBy = raw.colorBy;

  function colorOf(i) {
    var n = nodes[i];
    if (colorBy === "community") return n.community === undefined ? GREY : communityColor.get(n.community) || GREY;
    var t = typeStyle.get(n.type);
    return t ? t.color : GREY;
  }

  // Names are labelled most important first: the heaviest nodes, ties broken by name.
  var byImportance = nodes.map(function (n, i) { return i; });
  byImportance.sort(function (a, b) {
    return nodes[b].weight - nodes[a].weight || nodes[a].name.localeCompare(nodes[b].name);
  });

  var model = {
    nodes: nodes,
    index: byId,
    edgeCount: edgeCount,
    edge: edge,
    incident: incident,
    columns: { from: E.from, to: E.to, weight: E.weight },
    layout: raw.layout,
    settleIterations: raw.settleIterations,
    shape: function (i) { var t = typeStyle.get(nodes[i].type); return t ? t.shape : "dot"; },
  };

  // --- drawing --------------------------------------------------------------------------

  var mapBox = document.getElementById("map");
  var container = document.getElementById("network");
  var labelCanvas = document.getElementById("labels");
  var labelCtx = labelCanvas.getContext("2d");
  var tooltip = document.getElementById("tooltip");
  var panel = document.getElementById("panel");
  var panelBody = document.getElementById("panel-body");
  var selected = -1;
  var hovered = -1;
  var focusIndex = raw.focus && byId.has(raw.focus) ? byId.get(raw.focus) : -1;
  var drawn = false;  // the renderer has drawn a first frame
  var shown = false;  // ... and it is on screen
  var idle = false;
  var settled = false;
  var placedLabels = [];
  var labelsQueued = false;

  var hooks = {
    color: colorOf,
    hidden: function (i) { return hiddenTypes.has(nodes[i].type); },
    onDraw: function () {
      if (!drawn) {
        drawn = true;
        // The first frame is on screen once the browser can start the frame after it
        // (with WebGL, the GPU may still be drawing when the next animation frame is
        // requested, so wait for the one after that).
        requestAnimationFrame(function () {
          requestAnimationFrame(function () {
            shown = true;
            performance.mark("map:drawn");
            body.dataset.drawnMs = String(Math.round(performance.now()));
            if (body.dataset.state === "loading") body.dataset.state = "drawn";
            if (settled) markIdle();
          });
        });
      } else if (shown && settled && !idle) {
        markIdle();
      }
      queueLabels();
    },
    onSettled: function () { settled = true; },
    onClickNode: function (i) { select(i); },
    onClickStage: function () { select(-1); hidePanel(); },
    onHover: function (what, at) {
      if (!what) { hovered = -1; hideTooltip(); queueLabels(); return; }
      if (what.node !== undefined) { hovered = what.node; showTooltip(nodeTooltip(what.node), at); }
      else showTooltip(edgeTooltip(edge(what.edge)), at);
      queueLabels();
    },
  };

  var renderer;  // created last, once everything it may call back into is in place

  function markIdle() {
    if (idle) return;
    idle = true;
    body.dataset.state = "idle";
    performance.mark("map:idle");
    body.dataset.idleMs = String(Math.round(performance.now()));
    if (focusIndex >= 0) focusNode(focusIndex, false, 0.6);
  }

  function sizeLabelCanvas() {
    var ratio = window.devicePixelRatio || 1;
    labelCanvas.width = Math.round(mapBox.clientWidth * ratio);
    labelCanvas.height = Math.round(mapBox.clientHeight * ratio);
    labelCanvas.style.width = mapBox.clientWidth + "px";
    labelCanvas.style.height = mapBox.clientHeight + "px";
    labelCtx.setTransform(ratio, 0, 0, ratio, 0, 0);
  }
  sizeLabelCanvas();
  window.addEventListener("resize", function () { sizeLabelCanvas(); queueLabels(); });
  container.addEventListener("mouseleave", function () { hooks.onHover(null); });

  function queueLabels() {
    if (labelsQueued) return;
    labelsQueued = true;
    requestAnimationFrame(function () { labelsQueued = false; drawLabels(); });
  }

  function fontPx(n) { return Math.round(11 + Math.min(Math.max(n.size - 10, 0), 30) / 10); }

  var SCAN_LIMIT = 6000;

  function drawLabels() {
    var w = mapBox.clientWidth;
    var h = mapBox.clientHeight;
    labelCtx.clearRect(0, 0, w, h);
    var first = [hovered, selected, focusIndex].filter(function (i, k, all) {
      return i >= 0 && all.indexOf(i) === k;
    });
    var candidates = [];
    var seen = new Set();
    function consider(i, bold) {
      if (seen.has(i)) return;
      seen.add(i);
      var p = renderer.project(i);
      if (!p || p.x < -20 || p.y < -20 || p.x > w + 20 || p.y > h + 20) return;
      var n = nodes[i];
      candidates.push({ key: i, x: p.x, y: p.y, r: p.r, text: n.name, px: fontPx(n), bold: bold });
    }
    first.forEach(function (i) { consider(i, true); });
    if (selected >= 0) incident(selected).forEach(function (k) {
      consider(E.from[k] === selected ? E.to[k] : E.from[k], false);
    });
    var scanned = 0;
    for (var k = 0; k < byImportance.length && scanned < SCAN_LIMIT; k++) {
      var before = candidates.length;
      consider(byImportance[k], false);
      if (candidates.length > before) scanned++;
    }
    if (renderer.overlayEdges && selected >= 0) drawSelectedEdges();
    placedLabels = Labels.place(labelCtx, candidates, w, h, { max: 350 });
    Labels.draw(labelCtx, placedLabels);
  }

  // A renderer that draws edges in one batch cannot pick some out: draw the selected
  // node's edges here, over them.
  var SELECTED_EDGES_DRAWN = 5000;
  function drawSelectedEdges() {
    var c = renderer.project(selected);
    if (!c) return;
    labelCtx.strokeStyle = "rgba(62,76,89,0.85)";
    labelCtx.lineWidth = 1.2;
    labelCtx.beginPath();
    incident(selected).slice(0, SELECTED_EDGES_DRAWN).forEach(function (k) {
      var p = renderer.project(E.from[k] === selected ? E.to[k] : E.from[k]);
      if (!p) return;
      labelCtx.moveTo(c.x, c.y);
      labelCtx.lineTo(p.x, p.y);
    });
    labelCtx.stroke();
  }

  // --- tooltips ------------------------------------------------------------------------

  function nameOf(i) { return nodes[i].name; }

  function nodeTooltip(i) {
    var n = nodes[i];
    var lines = [n.name, n.title ? n.type + " · " + n.title : n.type];
    if (n.community !== undefined && communityLead.has(n.community)) {
      lines.push("community around " + communityLead.get(n.community));
    }
    var degree = start[i + 1] - start[i];
    if (degree) lines.push(degree.toLocaleString() + (raw.view === "entities" ? " relations" : " collaborators") + " on this map");
    return lines;
  }

  function dates(e) {
    if (e.since || e.until) return (e.since || "…") + " – " + (e.until || "");
    return e.date || "";
  }

  function edgeTooltip(e) {
    if (e.type === "TIE") {
      var shared = (e.via || []).map(function (c) { return c.name; });
      var lines = [nameOf(e.fromIndex) + " and " + nameOf(e.toIndex)];
      (e.direct || []).forEach(function (t) { lines.push(relationText(t)); });
      if (shared.length) {
        lines.push("share " + shared.slice(0, 5).join(", ") + (shared.length > 5 ? " and " + (shared.length - 5) + " more" : ""));
      }
      return lines;
    }
    var out = [nameOf(e.fromIndex) + " " + e.label + " " + nameOf(e.toIndex)];
    if (e.role) out.push("role: " + e.role);
    var span = dates(e);
    if (span) out.push(span);
    return out;
  }

  function showTooltip(lines, at) {
    tooltip.textContent = lines.join("\n");
    tooltip.hidden = false;
    var w = mapBox.clientWidth;
    var x = Math.min(at.x + 14, w - tooltip.offsetWidth - 4);
    tooltip.style.left = Math.max(4, x) + "px";
    tooltip.style.top = Math.max(4, at.y + 14) + "px";
    body.dataset.tooltip = lines[0];
  }

  function hideTooltip() {
    tooltip.hidden = true;
    delete body.dataset.tooltip;
  }

  // --- legend: type toggles and colour mode ------------------------------------------------

  document.querySelectorAll("#type-legend input[data-type]").forEach(function (box) {
    box.addEventListener("change", function () { setTypeVisible(box.dataset.type, box.checked); });
  });

  function setTypeVisible(type, visible) {
    if (visible === !hiddenTypes.has(type)) return;
    if (visible) hiddenTypes.delete(type); else hiddenTypes.add(type);
    var box = document.querySelector('#type-legend input[data-type="' + CSS.escape(type) + '"]');
    if (box) box.checked = visible;
    renderer.restyle();
    body.dataset.hiddenTypes = Array.from(hiddenTypes).sort().join(",");
    queueLabels();
  }

  var colorSelect = document.getElementById("color-by");
  colorSelect.addEventListener("change", function () { setColorBy(colorSelect.value); });

  function setColorBy(mode) {
    var changed = mode !== colorBy;
    colorBy = mode;
    colorSelect.value = mode;
    if (changed) renderer.restyle();
    document.getElementById("community-legend").hidden = mode !== "community";
    document.getElementById("community-heading").hidden = mode !== "community";
    body.dataset.colorBy = mode;
  }

  (function buildCommunityLegend() {
    var list = document.getElementById("community-legend");
    var coloured = raw.communities.filter(function (c) { return c.color; });
    coloured.forEach(function (c) {
      var li = document.createElement("li");
      var glyph = Panel.text("span", "●", "glyph");
      glyph.style.color = c.color;
      li.appendChild(glyph);
      li.appendChild(document.createTextNode(" around " + c.lead + " "));
      li.appendChild(Panel.text("span", c.size.toLocaleString(), "count"));
      list.appendChild(li);
    });
    var rest = raw.communities.length - coloured.length;
    if (rest > 0) {
      var li = document.createElement("li");
      var glyph = Panel.text("span", "●", "glyph");
      glyph.style.color = GREY;
      li.appendChild(glyph);
      li.appendChild(document.createTextNode(" " + rest.toLocaleString() + " smaller communities"));
      list.appendChild(li);
    }
  })();
  setColorBy(colorBy);

  // --- search (map-search.js) --------------------------------------------------------------

  var runSearch = window.collabgraphSearch({
    nodes: nodes,
    byId: byId,
    byImportance: byImportance,
    searchUrl: raw.links && raw.links.search,
    focus: function (i) { focusNode(i, true); },
    mapHref: function (id) { return mapHref(id); },
  });

  // --- selection and side panel -----------------------------------------------------------

  document.getElementById("panel-close").addEventListener("click", function () {
    select(-1);
    hidePanel();
  });

  function panelWidth() {
    return panel.hidden ? 0 : Math.min(panel.offsetWidth, container.clientWidth / 2);
  }

  function select(i) {
    selected = i;
    renderer.select(i);
    if (i >= 0) showPanel(i);
    queueLabels();
  }

  function focusNode(i, animate, minScale) {
    var n = nodes[i];
    if (!n) return false;
    if (hiddenTypes.has(n.type)) setTypeVisible(n.type, true);
    select(i);
    renderer.focus(i, animate !== false, minScale === undefined ? 1.1 : minScale, panelWidth() / 2);
    queueLabels();
    return true;
  }

  function hidePanel() {
    panel.hidden = true;
    delete body.dataset.selected;
  }

  function mapHref(id, view) {
    if (!raw.links || !raw.links.map) return null;
    var href = raw.links.map.split("{id}").join(encodeURIComponent(id));
    var v = view || raw.view;
    return v === "entities" ? href : href + "?view=" + v;
  }

  var VIEW_NAMES = { entities: "Everything around ", people: "People around ", organisations: "Organisations around " };

  function panelLinks(n) {
    var out = [];
    if (!raw.links) return out;
    if (raw.links.map) {
      out.push({ label: "Map around " + n.name, href: mapHref(n.id), view: raw.view });
      Object.keys(VIEW_NAMES).forEach(function (v) {
        if (v !== raw.view && raw.views && raw.views[v]) {
          out.push({ label: VIEW_NAMES[v] + n.name, href: mapHref(n.id, v), view: v });
        }
      });
    }
    if (raw.links.entity) {
      out.push({ label: "JSON", href: raw.links.entity.split("{id}").join(encodeURIComponent(n.id)) });
    }
    return out;
  }

  function nodeButton(i) {
    var b = Panel.text("button", nameOf(i), "node-link");
    b.type = "button";
    b.addEventListener("click", function () { focusNode(i, true); });
    return b;
  }

  function showPanel(i) {
    var n = nodes[i];
    var tools = {
      view: raw.view,
      edges: incident(i).map(edge),
      nodeButton: nodeButton,
      nameOf: nameOf,
      other: function (e) { return e.fromIndex === i ? e.toIndex : e.fromIndex; },
      links: panelLinks,
    };
    var root = document.createDocumentFragment();
    Panel.sections.forEach(function (build) {
      var part = build(n, tools);
      if (part) root.appendChild(part);
    });
    panelBody.replaceChildren(root);
    panel.hidden = false;
    panel.scrollTop = 0;
    body.dataset.selected = n.id;
  }

  // --- drawing starts --------------------------------------------------------------------------

  performance.mark("map:decoded");
  renderer = window.collabgraphRenderers[raw.renderer](container, model, hooks);
  performance.mark("map:renderer");
  settled = settled || renderer.settled;
  if (nodes.length === 0) {
    document.getElementById("map-empty").hidden = false;
    settled = true;
    markIdle();
  }

  // --- for tests and benchmarks --------------------------------------------------------------

  var data = {
    nodes: nodes, types: raw.types, communities: raw.communities, view: raw.view,
    colorBy: raw.colorBy, focus: raw.focus, links: raw.links, layout: raw.layout,
    renderer: raw.renderer, details: raw.details,
  };
  Object.defineProperty(data, "edges", {
    enumerable: true,
    get: function () { var out = []; for (var k = 0; k < edgeCount; k++) out.push(edge(k)); return out; },
  });

  window.collabgraphMap = {
    data: data,
    renderer: renderer,
    network: renderer.network,
    select: function (id) { return byId.has(id) ? focusNode(byId.get(id), false) : false; },
    search: runSearch,
    drawnIds: function () { return renderer.drawnIds(); },
    screenPosition: function (id) { var p = renderer.project(byId.get(id)); return p && { x: p.x, y: p.y }; },
    labels: function () {
      return placedLabels.map(function (b) {
        return { id: nodes[b.key].id, text: b.text, x: b.x, y: b.y, w: b.w, h: b.h };
      });
    },
    zoom: function (factor) { renderer.zoom(factor); },
    scale: function () { return renderer.scale(); },
  };
})();
