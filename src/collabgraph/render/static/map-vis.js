// collabgraph map, drawn by vis-network: shapes per type, physics for small maps.
// An adapter for map.js: it draws nodes and edges, reports clicks, hovers and
// redraws, and answers where each node is on screen. Names are drawn by map.js.
(function () {
  "use strict";

  function shade(hex, factor) {
    var n = parseInt(hex.slice(1), 16);
    var r = Math.round(((n >> 16) & 255) * factor);
    var g = Math.round(((n >> 8) & 255) * factor);
    var b = Math.round((n & 255) * factor);
    return "#" + ((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1);
  }

  function colour(c) {
    return {
      background: c, border: shade(c, 0.7),
      highlight: { background: c, border: "#111111" },
      hover: { background: c, border: "#111111" },
    };
  }

  function create(container, model, hooks) {
    var fixed = model.layout === "fixed";
    var nodes = new vis.DataSet(model.nodes.map(function (n, i) {
      var item = {
        id: n.id,
        shape: model.shape(i),
        size: n.size,
        color: colour(hooks.color(i)),
        hidden: hooks.hidden(i),
      };
      if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
      return item;
    }));
    var items = [];
    for (var j = 0; j < model.edgeCount; j++) {
      var e = model.edge(j);
      items.push({
        id: j,
        from: e.from,
        to: e.to,
        arrows: e.directed ? "to" : "",
        width: e.weight > 1 ? Math.min(1 + Math.log2(e.weight), 6) : 1,
      });
    }
    var edges = new vis.DataSet(items);

    var options = {
      autoResize: true,
      nodes: { borderWidth: 1.5, font: { size: 0 }, widthConstraint: { maximum: 200 } },
      edges: {
        width: 1,
        color: { color: "#B3BCC6", highlight: "#3E4C59", hover: "#3E4C59", inherit: false },
        arrows: { to: { scaleFactor: 0.5 } },
        smooth: fixed ? false : { type: "continuous", roundness: 0.3 },
        selectionWidth: 1.5,
        hoverWidth: 1.5,
      },
      interaction: {
        hover: true,
        hideEdgesOnDrag: fixed,
        hideEdgesOnZoom: fixed,
        navigationButtons: false,
        keyboard: false,
        multiselect: false,
      },
      layout: { improvedLayout: !fixed && model.nodes.length <= 150, randomSeed: 7 },
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
        stabilization: { enabled: true, iterations: model.settleIterations, updateInterval: 50, fit: true },
      },
    };

    var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
    var canvas = container.querySelector("canvas");

    network.on("afterDrawing", function () { hooks.onDraw(); });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      hooks.onSettled();
      network.redraw();
    });
    network.on("click", function (p) {
      if (p.nodes.length) hooks.onClickNode(model.index.get(p.nodes[0]));
      else if (!p.edges.length) hooks.onClickStage();
    });
    network.on("hoverNode", function (p) {
      hooks.onHover({ node: model.index.get(p.node) }, p.pointer.DOM);
    });
    network.on("blurNode", function () { hooks.onHover(null); });
    network.on("hoverEdge", function (p) { hooks.onHover({ edge: p.edge }, p.pointer.DOM); });
    network.on("blurEdge", function () { hooks.onHover(null); });
    network.on("dragStart", function () { hooks.onHover(null); });
    network.on("zoom", function () { hooks.onHover(null); });

    var bodyNodes = network.body.nodes;

    return {
      network: network,
      nodes: nodes,
      edges: edges,
      settled: fixed || model.nodes.length === 0,
      // Where node i is, in CSS pixels from the map's top-left corner, and its drawn radius.
      project: function (i) {
        var item = bodyNodes[model.nodes[i].id];
        if (!item || item.options.hidden) return null;
        var scale = network.getScale();
        var view = network.getViewPosition();
        return {
          x: (item.x - view.x) * scale + canvas.clientWidth / 2,
          y: (item.y - view.y) * scale + canvas.clientHeight / 2,
          r: item.options.size * scale,
        };
      },
      scale: function () { return network.getScale(); },
      restyle: function () {
        nodes.update(model.nodes.map(function (n, i) {
          return { id: n.id, color: colour(hooks.color(i)), hidden: hooks.hidden(i) };
        }));
      },
      select: function (i) {
        if (i < 0) network.unselectAll(); else network.selectNodes([model.nodes[i].id]);
      },
      focus: function (i, animate, minScale, offsetX) {
        network.focus(model.nodes[i].id, {
          scale: Math.max(network.getScale(), minScale),
          offset: { x: offsetX, y: 0 },
          animation: animate && !fixed ? { duration: 350, easingFunction: "easeInOutQuad" } : false,
        });
      },
      zoom: function (factor) { network.moveTo({ scale: network.getScale() * factor }); },
      drawnIds: function () { return Object.keys(network.getPositions()); },
      redraw: function () { network.redraw(); },
    };
  }

  window.collabgraphRenderers = window.collabgraphRenderers || {};
  window.collabgraphRenderers.vis = create;
})();
