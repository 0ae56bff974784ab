// collabgraph map, drawn by sigma.js in WebGL: whole networks of tens of thousands of
// nodes, at the positions the server computed. An adapter for map.js, like map-vis.js:
// it draws nodes and edges, reports clicks, hovers and redraws, and answers where each
// node is on screen. Names are drawn by map.js, never by sigma.
(function () {
  "use strict";

  // Up to this many edges, sigma draws them (hover on edges, width by weight); past it,
  // map-edges.js draws them as one batch of lines (graphology and sigma's per-edge work
  // would cost seconds before the first frame).
  var BULK_EDGES_ABOVE = 20000;
  var BULK_EDGE_RGBA = [0.42, 0.48, 0.55, 0.22];

  function create(container, model, hooks) {
    var S = window.Sigma;
    var count = model.nodes.length;
    var edgeCount = model.edgeCount;
    var graph = new graphology.MultiGraph({ allowSelfLoops: false });
    var bulk = edgeCount > BULK_EDGES_ABOVE;
    // Node keys are indexes into model.nodes: short strings, and no lookups by id here.
    // Smaller nodes go in first, so sigma draws the bigger ones over them.
    // Node radius in pixels: 1.5 to 10.5 on a map of a few thousand, smaller on larger ones.
    var grow = 0.3 * Math.min(1, Math.sqrt(3000 / Math.max(count, 1)));
    var order = model.nodes.map(function (n, k) { return k; });
    order.sort(function (a, b) { return model.nodes[a].size - model.nodes[b].size; });
    order.forEach(function (k) {
      var n = model.nodes[k];
      graph.addNode(String(k), {
        x: n.x || 0,
        y: -(n.y || 0),  // sigma's y axis points up, the server's (and vis-network's) down
        size: 1.5 + (n.size - 10) * grow,
      });
    });
    var from = model.columns.from;
    var to = model.columns.to;
    var weight = model.columns.weight;
    if (!bulk) {
      for (var j = 0; j < edgeCount; j++) {
        var attrs = { color: "rgba(120,135,150,0.55)" };
        if (weight && weight[j] > 1) attrs.size = Math.min(1 + Math.log2(weight[j]), 6);
        if (from[j] !== to[j]) graph.addEdgeWithKey(String(j), String(from[j]), String(to[j]), attrs);
      }
    }
    performance.mark("map:graph");
    var hovered = -1;
    var selected = -1;
    var sigma = new S(graph, container, {
      renderLabels: false,
      renderEdgeLabels: false,
      enableEdgeEvents: !bulk,
      defaultDrawNodeHover: function () {},
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      nodeReducer: function (key, data) {
        var k = +key;
        var out = { x: data.x, y: data.y, size: data.size, color: hooks.color(k), zIndex: 0 };
        if (hooks.hidden(k)) out.hidden = true;
        if (k === selected || k === hovered) { out.zIndex = 1; out.size = data.size + 2; }
        return out;
      },
      edgeReducer: bulk ? null : function (key, data) {
        if (selected < 0) return data;
        var k = +key;
        if (from[k] === selected || to[k] === selected) {
          return { color: "#3E4C59", size: (data.size || 1) + 1, zIndex: 1 };
        }
        return data;
      },
    });

    var cache = sigma.nodeDataCache;  // sigma's own display data: framed x, y and size
    var edges = bulk ? new window.collabgraphEdgeLayer(container, BULK_EDGE_RGBA) : null;
    if (bulk) container.classList.add("bulk");  // sigma's own edge layer is empty: hidden

    function framedPositions() {
      var xy = new Float32Array(count * 2);
      for (var k = 0; k < count; k++) {
        var d = cache[String(k)];
        xy[2 * k] = d.x;
        xy[2 * k + 1] = d.y;
      }
      return xy;
    }

    // Viewport positions of two fixed points of the framed graph: how the camera stands.
    function reference() {
      return [sigma.framedGraphToViewport({ x: 0, y: 0 }), sigma.framedGraphToViewport({ x: 1, y: 1 })];
    }

    function sameView(a, b) {
      return b && Math.abs(a[0].x - b[0].x) < 0.01 && Math.abs(a[0].y - b[0].y) < 0.01
        && Math.abs(a[1].x - b[1].x) < 0.01 && Math.abs(a[1].y - b[1].y) < 0.01;
    }

    function drawEdges() {
      var dims = sigma.getDimensions();
      edges.draw(sigma.matrix, dims.width, dims.height, window.devicePixelRatio || 1, reference());
    }

    if (bulk) {
      edges.setEdges(from, to, framedPositions(), hooks.hidden);
      drawEdges();
    }

    sigma.on("afterRender", function () {
      if (bulk) {
        var now = reference();
        if (!sameView(now, edges.drawnWith)) edges.follow(now, drawEdges);
      }
      hooks.onDraw();
    });
    sigma.on("clickNode", function (e) { hooks.onClickNode(+e.node); });
    sigma.on("clickStage", function () { hooks.onClickStage(); });
    sigma.on("enterNode", function (e) {
      hovered = +e.node;
      hooks.onHover({ node: +e.node }, { x: e.event.x, y: e.event.y });
    });
    sigma.on("leaveNode", function () { hovered = -1; hooks.onHover(null); });
    sigma.on("enterEdge", function (e) {
      hooks.onHover({ edge: +e.edge }, { x: e.event.x, y: e.event.y });
    });
    sigma.on("leaveEdge", function () { hooks.onHover(null); });
    sigma.getCamera().on("updated", function () { hooks.onHover(null); });
    // The constructor has drawn once already, before anyone could listen.
    requestAnimationFrame(function () { hooks.onDraw(); });

    function centreOn(k, ratio, offsetX) {
      var d = cache[String(k)];
      var camera = sigma.getCamera();
      var old = camera.getState();
      camera.setState({ x: d.x, y: d.y, ratio: ratio, angle: 0 });
      // Shift so the node sits in the middle of the part of the map left uncovered.
      var dims = sigma.getDimensions();
      var target = sigma.viewportToFramedGraph(
        { x: dims.width / 2 + offsetX, y: dims.height / 2 },
        { cameraState: camera.getState() }
      );
      camera.setState(old);
      return { x: target.x, y: target.y, ratio: ratio, angle: 0 };
    }

    return {
      sigma: sigma,
      graph: graph,
      settled: true,
      project: function (k) {
        var d = cache[String(k)];
        if (!d || hooks.hidden(k)) return null;
        var p = sigma.framedGraphToViewport(d);
        return { x: p.x, y: p.y, r: sigma.scaleSize(d.size) };
      },
      scale: function () { return 1 / sigma.getCamera().ratio; },
      restyle: function () {
        sigma.refresh();
        if (bulk) { edges.setEdges(from, to, framedPositions(), hooks.hidden); drawEdges(); }
      },
      // With bulk edges, map.js draws the selected node's edges on its overlay.
      overlayEdges: bulk,
      select: function (k) {
        var touched = [selected, k].filter(function (x) { return x >= 0; });
        selected = k;
        var keys = [];
        if (!bulk) {
          touched.forEach(function (x) {
            model.incident(x).forEach(function (e) { if (from[e] !== to[e]) keys.push(String(e)); });
          });
        }
        sigma.refresh({
          partialGraph: { nodes: touched.map(String), edges: keys },
          skipIndexation: true,
        });
      },
      focus: function (k, animate, minScale, offsetX) {
        var camera = sigma.getCamera();
        var ratio = Math.min(camera.ratio, 1 / minScale);
        var state = centreOn(k, ratio, offsetX);
        if (animate) camera.animate(state, { duration: 350 });
        else camera.setState(state);
      },
      zoom: function (factor) {
        var camera = sigma.getCamera();
        camera.setState({ ratio: camera.ratio / factor });
      },
      drawnIds: function () {
        return graph.nodes().map(function (k) { return model.nodes[+k].id; });
      },
      redraw: function () {
        sigma.refresh();
        if (bulk) drawEdges();
      },
    };
  }

  window.collabgraphRenderers = window.collabgraphRenderers || {};
  window.collabgraphRenderers.sigma = create;
})();
