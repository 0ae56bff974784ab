// collabgraph review page: a write-up's text with what the extractor read from it,
// and one key each to accept, reject, skip and undo. Everything the page shows
// from the data goes in as text (textContent, input values), never as markup.
// Writes send the API key as the X-API-Key header; it is kept for this tab only
// (sessionStorage), never in a cookie, so no other site can write through it.
(function () {
  "use strict";

  var body = document.body;
  var config = JSON.parse(document.getElementById("review-data").textContent);
  var data = config.review;
  var source = data.source.id;
  var KEY = "collabgraph.key";
  var WHO = "collabgraph.who";
  var undoStack = [];
  var current = 0;
  var showAll = true;
  var busy = false;

  var $ = function (id) { return document.getElementById(id); };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // --- the key --------------------------------------------------------------

  function key() { return sessionStorage.getItem(KEY) || ""; }
  function who() { return sessionStorage.getItem(WHO) || ""; }

  function showKey() {
    var has = !!key();
    $("key-form").hidden = has;
    $("key-set").hidden = !has;
    $("key-who").textContent = who() || "someone with the key";
    body.dataset.writable = has ? "yes" : "no";
  }

  $("key-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var value = $("key-input").value.trim();
    if (!value) return;
    sessionStorage.setItem(KEY, value);
    sessionStorage.setItem(WHO, $("who-input").value.trim());
    $("key-input").value = "";
    showKey();
    say("Key kept for this tab. A accept · X reject · S skip · U undo · E edit.");
    focusFact();
  });

  $("key-forget").addEventListener("click", function () {
    sessionStorage.removeItem(KEY);
    showKey();
    say("Key forgotten.");
  });

  // --- talking to the API ---------------------------------------------------

  function say(message, bad) {
    var status = $("status");
    status.textContent = message;
    status.className = bad ? "status bad" : "status";
  }

  function send(method, path, payload) {
    if (!key()) {
      $("key-input").focus();
      return Promise.reject(new Error("enter the API key to make changes"));
    }
    var init = { method: method, headers: { "X-API-Key": key() }, credentials: "omit" };
    if (payload !== undefined) {
      payload.who = who() || undefined;
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(payload);
    }
    return fetch(path, init).then(function (answer) {
      return answer.json().catch(function () { return {}; }).then(function (json) {
        if (!answer.ok) {
          if (answer.status === 401) sessionStorage.removeItem(KEY), showKey();
          var detail = json.detail || answer.statusText;
          if (json.suggestions && json.suggestions.length) {
            detail += " (closest: " + json.suggestions.join(", ") + ")";
          }
          throw new Error(typeof detail === "string" ? detail : JSON.stringify(detail));
        }
        return json;
      });
    });
  }

  // options: advance (move to the next fact afterwards), undoing (not itself undone by U).
  function act(method, path, payload, done, options) {
    options = options || {};
    if (busy) return;
    busy = true;
    body.dataset.busy = "yes";
    send(method, path, payload).then(function (answer) {
      if (answer.decision && !options.undoing) undoStack.push(answer.decision.id);
      var kept = (answer.kept_out || []).filter(function (k) { return k.status === "does not fit"; });
      var note = done || "Done.";
      if (kept.length) note += " " + kept.length + " relation(s) no longer fit and wait for you.";
      if (!options.undoing) note += " (U undoes it.)";
      return reload().then(function () {
        if (options.advance && showAll) move(1);
        say(note);
      });
    }).catch(function (error) {
      if (options.restore) undoStack.push(options.restore);
      say(error.message, true);
    }).then(function () {
      busy = false;
      body.dataset.busy = "no";
    });
  }

  function reload() {
    return fetch(config.api.review, { credentials: "omit" })
      .then(function (answer) { return answer.json(); })
      .then(function (fresh) { data = fresh; render(); });
  }

  function enc(id) { return encodeURIComponent(id); }

  // --- the text, with mentions and the current evidence marked ---------------

  function mentionRanges(text) {
    var names = [];
    data.entities.forEach(function (e) {
      e.names.forEach(function (n) { if (n && n.length > 1) names.push({ name: n, entity: e }); });
    });
    names.sort(function (a, b) { return b.name.length - a.name.length; });
    var taken = new Uint8Array(text.length);
    var ranges = [];
    names.forEach(function (item) {
      var from = 0;
      for (;;) {
        var at = text.indexOf(item.name, from);
        if (at < 0) break;
        from = at + item.name.length;
        var free = true;
        for (var i = at; i < from; i++) if (taken[i]) { free = false; break; }
        if (!free) continue;
        for (var j = at; j < from; j++) taken[j] = 1;
        ranges.push({ start: at, end: from, entity: item.entity });
      }
    });
    return ranges.sort(function (a, b) { return a.start - b.start; });
  }

  function renderText() {
    var text = data.text || "";
    var box = $("text");
    box.textContent = "";
    if (!text) {
      box.appendChild(el("p", "empty", "No text is kept for this source."));
      return;
    }
    var fact = facts()[current];
    var evidence = fact && fact.evidence ? text.indexOf(fact.evidence) : -1;
    var evEnd = evidence >= 0 ? evidence + fact.evidence.length : -1;
    var ends = fact ? [fact.source.id, fact.target.id] : [];
    var ranges = mentionRanges(text);
    var cuts = new Set([0, text.length]);
    ranges.forEach(function (r) { cuts.add(r.start); cuts.add(r.end); });
    if (evidence >= 0) { cuts.add(evidence); cuts.add(evEnd); }
    var points = Array.from(cuts).sort(function (a, b) { return a - b; });
    var r = 0;
    var firstEvidence = null;
    for (var i = 0; i + 1 < points.length; i++) {
      var a = points[i], b = points[i + 1];
      while (r < ranges.length && ranges[r].end <= a) r++;
      var m = r < ranges.length && ranges[r].start <= a && a < ranges[r].end ? ranges[r] : null;
      var inEvidence = evidence >= 0 && a >= evidence && b <= evEnd;
      var piece = text.slice(a, b);
      if (!m && !inEvidence) { box.appendChild(document.createTextNode(piece)); continue; }
      var span = el(m ? "mark" : "span", "", piece);
      var classes = [];
      if (m) {
        classes.push("mention", "t-" + (m.entity.type || "none"));
        if (ends.indexOf(m.entity.id) >= 0) classes.push("end");
        span.title = m.entity.name + " (" + m.entity.type + ")";
      }
      if (inEvidence) classes.push("evidence");
      span.className = classes.join(" ");
      if (inEvidence && !firstEvidence) firstEvidence = span;
      box.appendChild(span);
    }
    if (firstEvidence) {
      var top = firstEvidence.offsetTop - box.offsetTop - box.clientHeight / 3;
      box.scrollTop = Math.max(0, top);
    }
  }

  // --- the facts --------------------------------------------------------------

  function facts() {
    return data.relations.filter(function (f) { return showAll || f.state === "to review"; });
  }

  function endChip(end) {
    var chip = el("span", "end-chip");
    chip.appendChild(el("span", "glyph t-" + (end.type || "none"), config.glyphs[end.type] || "●"));
    chip.appendChild(el("span", "name", end.name || end.id));
    chip.appendChild(el("span", "kind", end.type || ""));
    return chip;
  }

  function renderFacts() {
    var list = $("facts");
    list.textContent = "";
    var shown = facts();
    if (current >= shown.length) current = Math.max(0, shown.length - 1);
    shown.forEach(function (f, i) {
      var item = el("li", "fact state-" + f.state.replace(/ /g, "-"));
      item.dataset.id = f.id;
      item.tabIndex = -1;
      if (i === current) item.classList.add("current");
      var line = el("div", "line");
      line.appendChild(endChip(f.source));
      var rel = el("span", "rel", f.type);
      line.appendChild(rel);
      if (f.role) line.appendChild(el("span", "role", f.role));
      line.appendChild(endChip(f.target));
      item.appendChild(line);
      if (f.evidence) item.appendChild(el("blockquote", "evidence", f.evidence));
      var meta = el("div", "meta");
      meta.appendChild(el("span", "confidence", "confidence " + f.confidence.toFixed(2)));
      meta.appendChild(el("span", "badge", f.state));
      if (f.reason) meta.appendChild(el("span", "reason", f.reason));
      if (f.said.type !== f.type || (f.said.role || "") !== (f.role || "")) {
        meta.appendChild(el("span", "said", "read as " + f.said.type +
                            (f.said.role ? " (" + f.said.role + ")" : "")));
      }
      if (f.since || f.until) meta.appendChild(el("span", "dates", (f.since || "…") + " – " + (f.until || "")));
      item.appendChild(meta);
      var actions = el("div", "actions");
      [["accept", "Accept", "A"], ["reject", "Reject", "X"], ["skip", "Skip", "S"], ["edit", "Edit", "E"]]
        .forEach(function (a) {
          var button = el("button", "act-" + a[0]);
          button.type = "button";
          button.dataset.act = a[0];
          button.appendChild(document.createTextNode(a[1] + " "));
          button.appendChild(el("kbd", "", a[2]));
          actions.appendChild(button);
        });
      item.appendChild(actions);
      item.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-act]");
        if (current !== i) { current = i; render(); }
        if (button) run(button.dataset.act);
      });
      list.appendChild(item);
    });
    if (!shown.length) list.appendChild(el("li", "empty", "Nothing left to review here."));
    var counts = data.counts;
    $("counts").textContent = Object.keys(counts).sort().map(function (k) {
      return counts[k] + " " + k;
    }).join(" · ") || "no relations read";
    $("position").textContent = shown.length ? (current + 1) + " of " + shown.length : "";
  }

  function renderEntities() {
    var list = $("entities");
    list.textContent = "";
    data.entities.forEach(function (e) {
      var item = el("li", "entity state-" + e.state.replace(/ /g, "-"));
      item.appendChild(endChip(e));
      if (e.said && (e.said.name !== e.name || e.said.type !== e.type)) {
        item.appendChild(el("span", "said", "read as " + e.said.name + " (" + e.said.type + ")"));
      }
      item.appendChild(el("span", "badge", e.state));
      if (e.in_graph) {
        var edit = el("button", "act-entity", "Edit");
        edit.type = "button";
        edit.addEventListener("click", function () { openEntityEditor(e, item); });
        item.appendChild(edit);
      }
      list.appendChild(item);
    });
  }

  function render() {
    renderFacts();
    renderText();
    renderEntities();
    body.dataset.state = "idle";
  }

  function focusFact() {
    var item = document.querySelector("#facts li.current");
    if (item) { item.scrollIntoView({ block: "nearest" }); item.focus({ preventScroll: true }); }
  }

  function move(step) {
    var n = facts().length;
    if (!n) return;
    current = Math.min(n - 1, Math.max(0, current + step));
    render();
    focusFact();
  }

  // --- actions ----------------------------------------------------------------

  function run(action) {
    var f = facts()[current];
    if (action === "undo") return undo();
    if (!f) return;
    if (action === "skip") return move(1);
    if (action === "accept") {
      return act("POST", config.api.accept, { relations: [f.id] }, "Accepted.", { advance: true });
    }
    if (action === "reject") {
      return act("DELETE", "/relations/" + enc(f.id) + whoQuery(), undefined, "Rejected.",
                 { advance: true });
    }
    if (action === "edit") return openRelationEditor(f);
  }

  function whoQuery() { return who() ? "?who=" + encodeURIComponent(who()) : ""; }

  function undo() {
    var id = undoStack.pop();
    if (!id) { say("Nothing to undo from this page.", true); return; }
    act("POST", "/history/" + enc(id) + "/undo", {}, "Undone " + id + ".", { undoing: true, restore: id });
  }

  $("accept-all").addEventListener("submit", function (event) {
    event.preventDefault();
    var level = parseFloat($("min-confidence").value);
    if (isNaN(level)) return;
    act("POST", config.api.accept, { min_confidence: level }, "Accepted all at or above " + level + ".");
  });

  $("show-all").addEventListener("change", function (event) {
    showAll = event.target.value === "all";
    current = 0;
    render();
  });

  // --- editors ----------------------------------------------------------------

  function field(form, label, input) {
    var row = el("label", "field");
    row.appendChild(el("span", "label", label));
    row.appendChild(input);
    form.appendChild(row);
    return input;
  }

  function select(options, value) {
    var box = el("select");
    options.forEach(function (o) {
      var option = el("option", "", o);
      option.value = o;
      if (o === value) option.selected = true;
      box.appendChild(option);
    });
    return box;
  }

  function textInput(value, placeholder) {
    var input = el("input");
    input.type = "text";
    input.value = value || "";
    if (placeholder) input.placeholder = placeholder;
    input.spellcheck = false;
    input.autocomplete = "off";
    return input;
  }

  function closeEditors() {
    document.querySelectorAll("form.editor").forEach(function (f) { f.remove(); });
  }

  function editorShell(host, title) {
    closeEditors();
    var form = el("form", "editor");
    form.appendChild(el("h3", "", title));
    host.appendChild(form);
    form.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); closeEditors(); focusFact(); }
    });
    return form;
  }

  function buttons(form, label) {
    var row = el("div", "buttons");
    var save = el("button", "save", label);
    save.type = "submit";
    var cancel = el("button", "cancel", "Cancel");
    cancel.type = "button";
    cancel.addEventListener("click", function () { closeEditors(); focusFact(); });
    row.appendChild(save);
    row.appendChild(cancel);
    form.appendChild(row);
  }

  function openRelationEditor(f) {
    var host = document.querySelector('#facts li[data-id="' + CSS.escape(f.id) + '"]');
    if (!host) return;
    var form = editorShell(host, "Correct this relation");
    var from = field(form, "From", textInput(f.source.name || f.source.id, "a name"));
    var type = field(form, "Type", select(config.relationTypes, f.type));
    var to = field(form, "To", textInput(f.target.name || f.target.id, "a name"));
    var role = field(form, "Role", textInput(f.role, "none"));
    var since = field(form, "Since", textInput(f.since, "e.g. 2019"));
    var until = field(form, "Until", textInput(f.until, ""));
    var note = field(form, "Why (optional)", textInput("", ""));
    buttons(form, "Save");
    var ends = el("div", "ends");
    [f.source, f.target].forEach(function (end) {
      var entity = data.entities.find(function (e) { return e.id === end.id; }) || end;
      var b = el("button", "edit-end", "Edit " + (end.name || end.id));
      b.type = "button";
      b.addEventListener("click", function () { openEntityEditor(entity, host); });
      ends.appendChild(b);
    });
    form.appendChild(ends);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var change = { note: note.value || undefined };
      if (from.value.trim() && from.value.trim() !== (f.source.name || f.source.id)) {
        change.source = from.value.trim();
      }
      if (to.value.trim() && to.value.trim() !== (f.target.name || f.target.id)) {
        change.target = to.value.trim();
      }
      if (type.value !== f.type) change.type = type.value;
      if (role.value !== (f.role || "")) change.role = role.value;
      if (since.value !== (f.since || "")) change.since = since.value;
      if (until.value !== (f.until || "")) change.until = until.value;
      act("PATCH", "/relations/" + enc(f.id), change, "Corrected.");
    });
    role.focus();
  }

  function openEntityEditor(e, host) {
    var form = editorShell(host, "Correct " + e.name);
    var type = field(form, "Type", select(config.entityTypes, e.type));
    var name = field(form, "Name", textInput(e.name, ""));
    var note = field(form, "Why (optional)", textInput("", ""));
    buttons(form, "Save");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var change = { note: note.value || undefined };
      if (type.value !== e.type) change.type = type.value;
      if (name.value.trim() && name.value.trim() !== e.name) change.name = name.value.trim();
      act("PATCH", "/entities/" + enc(e.id), change, "Corrected " + e.name + ".");
    });
    var merge = el("div", "merge");
    merge.appendChild(el("span", "label", "Or merge it into an existing entity:"));
    var search = textInput("", "search by name");
    search.className = "merge-search";
    merge.appendChild(search);
    var results = el("ul", "merge-results");
    merge.appendChild(results);
    form.appendChild(merge);
    var remove = el("button", "delete", "Delete " + e.name + " from the graph");
    remove.type = "button";
    remove.addEventListener("click", function () {
      act("DELETE", "/entities/" + enc(e.id) + whoQuery(), undefined, "Deleted " + e.name + ".");
    });
    form.appendChild(remove);
    var timer = null;
    search.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { find(search.value, e, results); }, 150);
    });
    name.focus();
  }

  function find(query, e, results) {
    results.textContent = "";
    if (!query.trim()) return;
    var url = "/entities?limit=8&type=" + enc(e.type) + "&q=" + enc(query.trim());
    fetch(url, { credentials: "omit" }).then(function (a) { return a.json(); }).then(function (page) {
      results.textContent = "";
      (page.items || []).filter(function (x) { return x.id !== e.id; }).forEach(function (x) {
        var item = el("li");
        var pick = el("button", "merge-into", "Merge into " + x.name);
        pick.type = "button";
        pick.dataset.id = x.id;
        pick.addEventListener("click", function () {
          act("POST", "/entities/" + enc(e.id) + "/merge", { into: x.id },
              "Merged " + e.name + " into " + x.name + ".");
        });
        item.appendChild(pick);
        item.appendChild(el("span", "kind", x.id));
        results.appendChild(item);
      });
      if (!results.children.length) results.appendChild(el("li", "empty", "No other " + e.type + " found."));
    });
  }

  // --- keys (as in Prodigy: one key per answer) --------------------------------

  var KEYS = { a: "accept", x: "reject", s: "skip", " ": "skip", u: "undo", Backspace: "undo", e: "edit" };

  document.addEventListener("keydown", function (event) {
    var t = event.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "ArrowDown" || event.key === "j") { event.preventDefault(); return move(1); }
    if (event.key === "ArrowUp" || event.key === "k") { event.preventDefault(); return move(-1); }
    var action = KEYS[event.key] || KEYS[event.key.toLowerCase()];
    if (!action) return;
    event.preventDefault();
    run(action);
  });

  showKey();
  render();
  window.collabgraphReview = { get data() { return data; }, get current() { return current; } };
})();
