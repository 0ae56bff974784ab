// collabgraph map, drawn by sigma.js in WebGL: whole networks of tens of thousands of
// nodes, at the positions the server computed. An adapter for map.js, like map-vis.js:
// it draws nodes and edges, reports clicks, hovers and redraws, and answers where each
// node is on screen. Names are drawn by map.js, never by sigma.
(function () {
  "use strict";

  var EDGE_EVENTS_LIMIT = 20000;  // hover on edges reads a picking buffer: cheap below this
  var THIN_EDGES_ABOVE = 20000;   // past this, one-pixel lines (gl.LINES) instead of quads
  var HIDE_EDGES_ON_MOVE_ABOVE = 50000;

  function create(container, model, hooks) {
    var S = window.Sigma;
    var count = model.nodes.length;
    var edgeCount = model.edgeCount;
    var graph = new graphology.MultiGraph({ allowSelfLoops: false });
    // Node keys are indexes into model.nodes: short strings, and no lookups by id here.
    var i;
    for (i = 0; i < count; i++) {
      var n = model.nodes[i];
      graph.addNode(String(i), {
        x: n.x || 0,
        y: -(n.y || 0),  // sigma's y axis points up, the server's (and vis-network's) down
        size: 1.5 + (n.size - 10) * 0.3,
      });
    }
    var from = model.columns.from;
    var to = model.columns.to;
    var weight = model.columns.weight;
    var thin = edgeCount > THIN_EDGES_ABOVE;
    var edgeColour = thin ? "rgba(110,125,140,0.22)" : "rgba(120,135,150,0.55)";
    for (var j = 0; j < edgeCount; j++) {
      var attrs = { color: edgeColour };
      if (weight && weight[j] > 1) attrs.size = Math.min(1 + Math.log2(weight[j]), 6);
      if (from[j] !== to[j]) graph.addEdgeWithKey(String(j), String(from[j]), String(to[j]), attrs);
    }

    var hovered = -1;
    var selected = -1;
    var sigma = new S(graph, container, {
      renderLabels: false,
      renderEdgeLabels: false,
      enableEdgeEvents: edgeCount <= EDGE_EVENTS_LIMIT,
      hideEdgesOnMove: edgeCount > HIDE_EDGES_ON_MOVE_ABOVE,
      defaultEdgeType: thin ? "thin" : "line",
      edgeProgramClasses: { thin: S.rendering.EdgeLineProgram },
      defaultDrawNodeHover: function () {},
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      nodeReducer: function (key, data) {
        var k = +key;
        // Bigger (more influential) nodes are drawn over smaller ones.
        var out = { x: data.x, y: data.y, size: data.size, color: hooks.color(k), zIndex: Math.round(data.size) };
        if (hooks.hidden(k)) out.hidden = true;
        if (k === selected || k === hovered) { out.zIndex = 100; out.size = data.size + 2; }
        return out;
      },
      edgeReducer: function (key, data) {
        if (selected < 0) return data;
        var k = +key;
        if (from[k] === selected || to[k] === selected) {
          return { color: "#3E4C59", size: (data.size || 1) + 1, zIndex: 1 };
        }
        return data;
      },
    });

    var cache = sigma.nodeDataCache;  // sigma's own display data: framed x, y and size
    sigma.on("afterRender", function () { hooks.onDraw(); });
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
      restyle: function () { sigma.refresh(); },
      select: function (k) {
        var touched = [selected, k].filter(function (x) { return x >= 0; });
        selected = k;
        var edges = [];
        touched.forEach(function (x) {
          model.incident(x).forEach(function (e) { if (from[e] !== to[e]) edges.push(String(e)); });
        });
        sigma.refresh({
          partialGraph: { nodes: touched.map(String), edges: edges },
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
      redraw: function () { sigma.refresh(); },
    };
  }

  window.collabgraphRenderers = window.collabgraphRenderers || {};
  window.collabgraphRenderers.sigma = create;
})();
