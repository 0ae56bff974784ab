// collabgraph map: the details panel's "Correct" action, for people with the API key.
// It adds a section to window.collabgraphPanel (see map-panel.js) on maps the API
// serves (config.links.edit). The key is asked for once and kept for this tab only
// (sessionStorage, shared with the review page) and sent as the X-API-Key header,
// never as a cookie, so no other site can write through it. Names go in as text.
(function () {
  "use strict";

  var Panel = window.collabgraphPanel;
  var raw = JSON.parse(document.getElementById("map-data").textContent);
  if (!Panel || !raw.links || !raw.links.edit) return;
  var KEY = "collabgraph.key";
  var WHO = "collabgraph.who";
  var text = Panel.text;

  function input(type, value, label) {
    var wrap = text("label", label, "field");
    var box = document.createElement(type === "select" ? "select" : "input");
    if (type !== "select") { box.type = type; box.value = value || ""; box.spellcheck = false; }
    wrap.appendChild(box);
    return { wrap: wrap, box: box };
  }

  function send(method, url, body, status) {
    var key = sessionStorage.getItem(KEY);
    var init = { method: method, credentials: "omit", headers: { "X-API-Key": key } };
    if (body) {
      body.who = sessionStorage.getItem(WHO) || undefined;
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    status.textContent = "Saving…";
    return fetch(url, init).then(function (answer) {
      return answer.json().catch(function () { return {}; }).then(function (json) {
        if (!answer.ok) {
          if (answer.status === 401) sessionStorage.removeItem(KEY);
          var detail = json.detail || answer.statusText;
          throw new Error(typeof detail === "string" ? detail : JSON.stringify(detail));
        }
        status.textContent = "Saved as " + json.decision.id + "; redrawing…";
        window.location.reload();
      });
    }).catch(function (error) { status.textContent = error.message; status.className = "edit-status bad"; });
  }

  function form(n, holder) {
    holder.replaceChildren();
    var f = document.createElement("form");
    f.className = "edit-form";
    var key = null;
    if (!sessionStorage.getItem(KEY)) {
      key = input("password", "", "API key (kept for this tab)");
      f.appendChild(key.wrap);
      var who = input("text", sessionStorage.getItem(WHO), "Your name (for the history)");
      who.box.dataset.role = "who";
      f.appendChild(who.wrap);
    }
    var type = input("select", "", "Type");
    raw.entityTypes.forEach(function (t) {
      var o = text("option", t);
      o.value = t;
      if (t === n.type) o.selected = true;
      type.box.appendChild(o);
    });
    var name = input("text", n.name, "Name");
    var note = input("text", "", "Why (optional)");
    [type, name, note].forEach(function (x) { f.appendChild(x.wrap); });
    var save = text("button", "Save", "edit-save");
    save.type = "submit";
    var remove = text("button", "Delete from the graph", "edit-delete");
    remove.type = "button";
    var status = text("output", "", "edit-status");
    f.appendChild(save);
    f.appendChild(remove);
    f.appendChild(status);
    var url = raw.links.edit.split("{id}").join(encodeURIComponent(n.id));
    function keep() {
      if (!key) return true;
      if (!key.box.value.trim()) { status.textContent = "Enter the API key first."; return false; }
      sessionStorage.setItem(KEY, key.box.value.trim());
      var who = f.querySelector("input[data-role=who]");
      if (who) sessionStorage.setItem(WHO, who.value.trim());
      return true;
    }
    f.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!keep()) return;
      var change = { note: note.box.value || undefined };
      if (type.box.value !== n.type) change.type = type.box.value;
      if (name.box.value.trim() && name.box.value.trim() !== n.name) change.name = name.box.value.trim();
      send("PATCH", url, change, status);
    });
    remove.addEventListener("click", function () {
      if (!keep()) return;
      var q = [];
      if (note.box.value) q.push("note=" + encodeURIComponent(note.box.value));
      if (sessionStorage.getItem(WHO)) q.push("who=" + encodeURIComponent(sessionStorage.getItem(WHO)));
      send("DELETE", url + (q.length ? "?" + q.join("&") : ""), null, status);
    });
    holder.appendChild(f);
    name.box.focus();
  }

  function correct(n) {
    var s = Panel.section("Correct", "edit");
    var holder = document.createElement("div");
    holder.className = "edit";
    var open = text("button", "Edit " + n.name, "edit-open");
    open.type = "button";
    open.addEventListener("click", function () { form(n, holder); });
    holder.appendChild(open);
    if (raw.links.review) {
      var a = text("a", "Review what was read from write-ups", "edit-review");
      a.href = raw.links.review;
      holder.appendChild(a);
    }
    s.appendChild(holder);
    return s;
  }

  Panel.sections.push(correct);
})();
