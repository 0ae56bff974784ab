// collabgraph map: the side panel that tells what one node is and how it is connected.
// The panel is a list of sections, each a function of (node, tools) that returns a
// DocumentFragment or null; map.js shows them in order. To add an action (for example
// an "edit" button), push a section onto window.collabgraphPanel.sections before the
// panel opens. Data only ever reaches the panel as text (textContent), never as markup.
(function () {
  "use strict";

  var LIST_LIMIT = 500;  // items per list: a hub's thousands of relations would swamp the panel

  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (cls) el.className = cls;
    return el;
  }

  function section(title, cls) {
    var frag = document.createDocumentFragment();
    var h = text("h3", title);
    if (cls) h.dataset.section = cls;
    frag.appendChild(h);
    return frag;
  }

  function list(cls, items, build) {
    var ul = document.createElement("ul");
    ul.className = cls;
    items.slice(0, LIST_LIMIT).forEach(function (item) { ul.appendChild(build(item)); });
    if (items.length > LIST_LIMIT) {
      ul.appendChild(text("li", "and " + (items.length - LIST_LIMIT).toLocaleString() + " more", "more"));
    }
    return ul;
  }

  function relationText(type) { return type.toLowerCase().replace(/_/g, " "); }

  function dates(e) {
    if (e.since || e.until) return (e.since || "…") + " – " + (e.until || "");
    return e.date || "";
  }

  function header(n) {
    var root = document.createDocumentFragment();
    root.appendChild(text("h2", n.name));
    root.appendChild(text("span", n.type, "kind"));
    if (n.title) root.appendChild(text("p", n.title, "title"));
    if (n.date) root.appendChild(text("p", n.date, "date"));
    if (n.description) root.appendChild(text("p", n.description, "description"));
    return root;
  }

  function aliases(n) {
    if (!n.aliases || !n.aliases.length) return null;
    var s = section("Also known as");
    s.appendChild(text("p", n.aliases.join(", "), "aliases"));
    return s;
  }

  function roles(n, t) {
    var rels = t.edges.filter(function (e) { return e.role; });
    if (!rels.length) return null;
    var s = section("Roles", "roles");
    s.appendChild(list("roles", rels, function (e) {
      var li = document.createElement("li");
      if (e.fromIndex === n.index) {
        li.appendChild(text("span", e.role));
        li.appendChild(document.createTextNode(" · " + e.label + " "));
        li.appendChild(t.nodeButton(e.toIndex));
      } else {
        li.appendChild(t.nodeButton(e.fromIndex));
        li.appendChild(document.createTextNode(" · "));
        li.appendChild(text("span", e.role));
      }
      var span = dates(e);
      if (span) li.appendChild(text("span", " (" + span + ")", "role"));
      return li;
    }));
    return s;
  }

  function relations(n, t) {
    if (t.view !== "entities" || !t.edges.length) return null;
    var s = section("Relations (" + t.edges.length.toLocaleString() + ")", "relations");
    s.appendChild(list("relations", t.edges, function (e) {
      var li = document.createElement("li");
      if (e.fromIndex === n.index || !e.directed) {
        li.appendChild(document.createTextNode(e.label + " "));
        li.appendChild(t.nodeButton(e.fromIndex === n.index ? e.toIndex : e.fromIndex));
      } else {
        li.appendChild(t.nodeButton(e.fromIndex));
        li.appendChild(document.createTextNode(" " + e.label + " this " + n.type.toLowerCase()));
      }
      return li;
    }));
    return s;
  }

  // One line per shared context: "Launch of Building Collaborative Places (speaker; panellist)".
  function sharedText(e, own) {
    if (e.reasons) {
      return e.reasons.map(function (r) {
        var side = e.fromIndex === own ? 0 : 1;
        var where = r.via >= 0 ? r.context.name : r.relations[0].map(relationText).join(", ");
        var who = [r.roles[side].join(", "), r.roles[1 - side].join(", ")].filter(Boolean);
        return who.length === 2 ? where + " (" + who[0] + "; they: " + who[1] + ")"
          : who.length === 1 ? where + " (" + who[0] + ")" : where;
      });
    }
    var out = (e.direct || []).map(relationText);
    return out.concat((e.via || []).map(function (c) { return c.name; }));
  }

  function collaborators(n, t) {
    if (t.view === "entities") return null;
    var ties = t.edges.slice().sort(function (a, b) {
      return b.weight - a.weight || t.nameOf(t.other(a)).localeCompare(t.nameOf(t.other(b)));
    });
    var s = section("Collaborators (" + ties.length.toLocaleString() + ")", "collaborators");
    if (!ties.length) {
      s.appendChild(text("p", "No one on this map shares a context with " + n.name + ".", "none"));
      return s;
    }
    s.appendChild(list("collaborators", ties, function (e) {
      var li = document.createElement("li");
      li.appendChild(t.nodeButton(t.other(e)));
      li.appendChild(text("span", " " + e.weight + " shared", "count"));
      var shared = sharedText(e, n.index);
      if (shared.length) {
        var ul = document.createElement("ul");
        ul.className = "shared";
        shared.forEach(function (line) { ul.appendChild(text("li", line)); });
        li.appendChild(ul);
      }
      return li;
    }));
    return s;
  }

  function evidence(n, t) {
    var quotes = [];
    var seen = new Set();
    function add(q) {
      var key = q.text + "\u0000" + q.source;
      if (q.text && !seen.has(key)) { seen.add(key); quotes.push(q); }
    }
    t.edges.forEach(function (e) {
      (e.evidence || []).forEach(add);
      (e.reasons || []).forEach(function (r) {
        r.evidence.forEach(function (s) { add({ text: s, source: "" }); });
      });
    });
    if (!quotes.length) return null;
    var s = section("Evidence");
    var box = document.createElement("div");
    box.className = "evidence";
    quotes.slice(0, 50).forEach(function (q) {
      var bq = text("blockquote", q.text);
      if (q.source) bq.appendChild(text("cite", q.source));
      box.appendChild(bq);
    });
    s.appendChild(box);
    return s;
  }

  function details(n) {
    var keys = n.properties ? Object.keys(n.properties) : [];
    if (!keys.length) return null;
    var s = section("Details");
    var ul = document.createElement("ul");
    keys.forEach(function (k) { ul.appendChild(text("li", k + ": " + n.properties[k])); });
    s.appendChild(ul);
    return s;
  }

  function sources(n) {
    if (!n.sources || !n.sources.length) return null;
    var s = section("Sources");
    var ul = document.createElement("ul");
    ul.className = "sources";
    n.sources.forEach(function (src) { ul.appendChild(text("li", src)); });
    s.appendChild(ul);
    return s;
  }

  function links(n, t) {
    var found = t.links(n);
    if (!found.length) return null;
    var p = document.createElement("p");
    p.className = "links";
    found.forEach(function (l) {
      var a = text("a", l.label);
      a.href = l.href;
      if (l.view) a.dataset.view = l.view;
      p.appendChild(a);
    });
    return p;
  }

  window.collabgraphPanel = {
    sections: [header, aliases, roles, collaborators, relations, evidence, details, sources, links],
    text: text,
    section: section,
  };
})();
