// collabgraph map: the edges of a very large map, drawn as one batch of WebGL lines
// under sigma's nodes. Putting 200,000 edges into graphology and through sigma's
// per-edge processing costs seconds before the first frame; here they go straight
// from the page's columns into one buffer. While the camera moves, the last picture
// is only moved and scaled (a CSS transform); it is redrawn once the camera stops.
(function () {
  "use strict";

  var VERTEX = [
    "attribute vec2 a_position;",
    "uniform mat3 u_matrix;",
    "void main() {",
    "  gl_Position = vec4((u_matrix * vec3(a_position, 1.0)).xy, 0.0, 1.0);",
    "}",
  ].join("\n");
  var FRAGMENT = [
    "precision mediump float;",
    "uniform vec4 u_color;",
    "void main() { gl_FragColor = u_color; }",
  ].join("\n");
  var SETTLE_MS = 150;

  function compile(gl, type, source) {
    var shader = gl.createShader(type);
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
      throw new Error("edge shader: " + gl.getShaderInfoLog(shader));
    }
    return shader;
  }

  // container: sigma's container; rgba: [r, g, b, a] in 0..1.
  function EdgeLayer(container, rgba) {
    this.canvas = document.createElement("canvas");
    this.canvas.className = "bulk-edges";
    container.insertBefore(this.canvas, container.firstChild);
    var gl = this.canvas.getContext("webgl", { antialias: false, preserveDrawingBuffer: false, alpha: true });
    this.gl = gl;
    var program = gl.createProgram();
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
    gl.linkProgram(program);
    this.program = program;
    this.position = gl.getAttribLocation(program, "a_position");
    this.matrix = gl.getUniformLocation(program, "u_matrix");
    this.color = gl.getUniformLocation(program, "u_color");
    this.buffer = gl.createBuffer();
    this.count = 0;
    this.rgba = rgba;
    this.drawnWith = null;  // viewport positions of two reference points at the last draw
    this.timer = 0;
  }

  // Edges from the columns `from`/`to` (node indexes), at the nodes' framed positions
  // `xy` (a Float32Array of x, y per node); edges with a hidden end are left out.
  EdgeLayer.prototype.setEdges = function (from, to, xy, hidden) {
    var data = new Float32Array(from.length * 4);
    var n = 0;
    for (var j = 0; j < from.length; j++) {
      var a = from[j], b = to[j];
      if (a === b || (hidden && (hidden(a) || hidden(b)))) continue;
      data[n++] = xy[2 * a]; data[n++] = xy[2 * a + 1];
      data[n++] = xy[2 * b]; data[n++] = xy[2 * b + 1];
    }
    var gl = this.gl;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffer);
    gl.bufferData(gl.ARRAY_BUFFER, data.subarray(0, n), gl.STATIC_DRAW);
    this.count = n / 2;
    this.drawnWith = null;
  };

  // Draw with sigma's camera matrix (framed graph -> clip space).
  EdgeLayer.prototype.draw = function (matrix, width, height, ratio, reference) {
    var canvas = this.canvas;
    var w = Math.round(width * ratio), h = Math.round(height * ratio);
    if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
    canvas.style.transform = "";
    var gl = this.gl;
    gl.viewport(0, 0, w, h);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    if (this.count) {
      gl.useProgram(this.program);
      gl.enable(gl.BLEND);
      gl.blendFunc(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA);
      gl.uniformMatrix3fv(this.matrix, false, matrix);
      gl.uniform4f(this.color, this.rgba[0], this.rgba[1], this.rgba[2], this.rgba[3]);
      gl.bindBuffer(gl.ARRAY_BUFFER, this.buffer);
      gl.enableVertexAttribArray(this.position);
      gl.vertexAttribPointer(this.position, 2, gl.FLOAT, false, 0, 0);
      gl.drawArrays(gl.LINES, 0, this.count);
    }
    this.drawnWith = reference;
  };

  // After a camera change: move the last picture to where it now belongs, and redraw
  // properly once the camera has been still for a moment. `reference`: viewport
  // positions of two fixed graph points now; `redraw`: draws again (calls draw()).
  EdgeLayer.prototype.follow = function (reference, redraw) {
    var was = this.drawnWith;
    if (!was) { redraw(); return; }
    var dx = was[1].x - was[0].x;
    var dy = was[1].y - was[0].y;
    var scale = Math.abs(dx) > Math.abs(dy)
      ? (reference[1].x - reference[0].x) / dx
      : (reference[1].y - reference[0].y) / dy;
    var tx = reference[0].x - scale * was[0].x;
    var ty = reference[0].y - scale * was[0].y;
    this.canvas.style.transform = "translate(" + tx + "px," + ty + "px) scale(" + scale + ")";
    clearTimeout(this.timer);
    this.timer = setTimeout(redraw, SETTLE_MS);
  };

  window.collabgraphEdgeLayer = EdgeLayer;
})();
