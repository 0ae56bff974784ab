// collabgraph map labels: which node names to draw, and where, so that no two overlap.
// Candidates come most important first; each takes the first free spot beside its
// node (right, left, below, above), in full or else shortened, or is left out.
// Whatever the zoom, a drawn label never covers another one; the full name is
// always in the tooltip and the side panel.
(function () {
  "use strict";

  var CELL = 48;
  var PAD = 2;
  var widths = new Map();

  function shorten(text, max) {
    if (text.length <= max) return null;
    var cut = text.slice(0, max - 1);
    var space = cut.lastIndexOf(" ");
    if (space > max / 2) cut = cut.slice(0, space);
    return cut.replace(/[\s,.;:·-]+$/, "") + "…";
  }

  function Grid() { this.cells = new Map(); }
  Grid.prototype.keys = function (b) {
    var out = [];
    for (var gx = Math.floor(b.x / CELL); gx <= Math.floor((b.x + b.w) / CELL); gx++) {
      for (var gy = Math.floor(b.y / CELL); gy <= Math.floor((b.y + b.h) / CELL); gy++) {
        out.push(gx * 100003 + gy);
      }
    }
    return out;
  };
  Grid.prototype.free = function (b) {
    var keys = this.keys(b);
    for (var k = 0; k < keys.length; k++) {
      var list = this.cells.get(keys[k]);
      if (!list) continue;
      for (var j = 0; j < list.length; j++) {
        var o = list[j];
        if (b.x < o.x + o.w + PAD && o.x < b.x + b.w + PAD && b.y < o.y + o.h + PAD && o.y < b.y + b.h + PAD) {
          return false;
        }
      }
    }
    return true;
  };
  Grid.prototype.add = function (b) {
    var keys = this.keys(b);
    for (var k = 0; k < keys.length; k++) {
      var list = this.cells.get(keys[k]);
      if (!list) this.cells.set(keys[k], (list = []));
      list.push(b);
    }
  };

  function measure(ctx, font, text) {
    var key = font + "\u0000" + text;
    var w = widths.get(key);
    if (w === undefined) {
      ctx.font = font;
      w = ctx.measureText(text).width;
      if (widths.size > 50000) widths.clear();
      widths.set(key, w);
    }
    return w;
  }

  // candidates: [{key, x, y, r, text, px, bold}] in order of importance (x, y: the node's
  // centre in CSS pixels; r: its drawn radius; px: font size). Returns the labels placed:
  // [{key, text, x, y, w, h, font}] with x, y the top-left of the text box.
  // A label never covers another label, nor a node (of radius `nodeRadius` or more) more
  // important than its own: the names of the main nodes come first and stay legible.
  function place(ctx, candidates, width, height, options) {
    var max = (options && options.max) || 400;
    var shortAt = (options && options.shortAt) || 22;
    var nodeRadius = (options && options.nodeRadius) || 5;
    var grid = new Grid();
    var placed = [];
    for (var i = 0; i < candidates.length && placed.length < max; i++) {
      var c = candidates[i];
      var font = (c.bold ? "600 " : "") + c.px + "px system-ui, sans-serif";
      var h = Math.round(c.px * 1.25);
      var texts = [c.text];
      var short = shorten(c.text, shortAt);
      if (short) texts.push(short);
      var done = false;
      for (var t = 0; t < texts.length && !done; t++) {
        var w = Math.ceil(measure(ctx, font, texts[t]));
        var gap = c.r + 3;
        var spots = [
          { x: c.x + gap, y: c.y - h / 2 },
          { x: c.x - gap - w, y: c.y - h / 2 },
          { x: c.x - w / 2, y: c.y + gap },
          { x: c.x - w / 2, y: c.y - gap - h },
        ];
        for (var s = 0; s < spots.length; s++) {
          var b = { key: c.key, text: texts[t], x: Math.round(spots[s].x), y: Math.round(spots[s].y), w: w, h: h, font: font };
          if (b.x < 0 || b.y < 0 || b.x + b.w > width || b.y + b.h > height) continue;
          if (!grid.free(b)) continue;
          grid.add(b);
          placed.push(b);
          done = true;
          break;
        }
      }
      if (c.r >= nodeRadius) grid.add({ key: c.key, x: c.x - c.r, y: c.y - c.r, w: 2 * c.r, h: 2 * c.r });
    }
    return placed;
  }

  function draw(ctx, placed, colour) {
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    placed.forEach(function (b) {
      ctx.font = b.font;
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.strokeText(b.text, b.x, b.y + 1);
      ctx.fillStyle = colour || "#1f2933";
      ctx.fillText(b.text, b.x, b.y + 1);
    });
  }

  window.collabgraphLabels = { place: place, draw: draw, shorten: shorten };
})();
