// The student page of a live class session. Plain JS, no library, nothing from outside.
// Text from the server (names, questions) is only ever set with textContent.
"use strict";
(function () {
  var KEY = "edu-class:" + location.host;
  var S = { strings: {}, lang: "zh", token: null, state: null, shown: "", streaming: false,
            pollTimer: null, streamCtl: null, busy: false };

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function t(key, vars) {
    var entry = S.strings[key];
    var s = entry ? (entry[S.lang] || entry.zh) : key;
    Object.keys(vars || {}).forEach(function (k) { s = s.split("{" + k + "}").join(vars[k]); });
    return s;
  }
  function tx(text) { return text ? (text[S.lang] || text.zh || "") : ""; }
  function say(message, offline) {
    var live = $("live");
    live.textContent = message || "";
    live.className = offline ? "live offline" : "live";
  }
  function saved() {
    try { return JSON.parse(localStorage.getItem(KEY) || "{}"); } catch (e) { return {}; }
  }
  function save(data) {
    try { localStorage.setItem(KEY, JSON.stringify(Object.assign(saved(), data))); } catch (e) {}
  }

  function api(method, path, body) {
    var headers = { "Content-Type": "application/json" };
    if (S.token) headers.Authorization = "Bearer " + S.token;
    return fetch(path, { method: method, headers: headers, cache: "no-store",
                         body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (data) {
          return { status: r.status, data: data };
        });
      });
  }

  function applyLang() {
    document.documentElement.lang = S.lang === "zh" ? "zh-CN" : "en";
    document.querySelectorAll("[data-s]").forEach(function (e) {
      e.textContent = t(e.getAttribute("data-s"));
    });
    document.title = t("title");
    if (S.state) { S.shown = ""; render(S.state); }
  }

  // -- joining ---------------------------------------------------------------------------
  function showJoin(message) {
    $("play").hidden = true;
    $("join").hidden = false;
    var code = new URLSearchParams(location.search).get("code");
    if (code && !$("code").value) $("code").value = code;
    var name = saved().name;
    if (name && !$("name").value) $("name").value = name;
    $("join-error").textContent = message || "";
  }

  function join(ev) {
    ev.preventDefault();
    var name = $("name").value.trim(), code = $("code").value.trim();
    if (!name || name.length > 40) { $("join-error").textContent = t("name_hint"); return; }
    S.token = null;
    api("POST", "/api/join", { code: code, name: name }).then(function (r) {
      if (r.status === 403) { $("join-error").textContent = t("bad_code"); return; }
      if (r.status !== 200) {
        $("join-error").textContent = t("error") + (r.data.error || r.status); return;
      }
      S.token = r.data.student_token;
      save({ token: S.token, name: name });
      play();
    }).catch(function () { $("join-error").textContent = t("offline"); });
  }

  function leave() {
    stopStream();
    S.token = null; S.state = null; S.shown = "";
    save({ token: null });
    $("view").textContent = "";
    showJoin();
  }

  // -- staying in touch: an event stream, polling while it is down -------------------------
  function play() {
    $("join").hidden = true;
    $("play").hidden = false;
    refresh();
    connect();
  }

  function refresh() {
    return api("GET", "/api/state").then(function (r) {
      if (r.status === 401 || r.status === 403) { leave(); return; }
      if (r.status === 200) { render(r.data); if (!S.streaming) say(""); }
    }).catch(function () { say(t("offline"), true); });
  }

  function startPolling() {
    if (S.pollTimer === null) S.pollTimer = setInterval(refresh, 3000);
  }
  function stopPolling() {
    if (S.pollTimer !== null) { clearInterval(S.pollTimer); S.pollTimer = null; }
  }
  function stopStream() {
    stopPolling();
    if (S.streamCtl) { S.streamCtl.abort(); S.streamCtl = null; }
    S.streaming = false;
  }

  function connect() {
    if (!S.token || !window.fetch || !window.ReadableStream || !window.AbortController) {
      startPolling(); return;
    }
    var ctl = new AbortController();
    S.streamCtl = ctl;
    fetch("/api/events", { headers: { Authorization: "Bearer " + S.token }, cache: "no-store",
                           signal: ctl.signal }).then(function (r) {
      if (r.status === 401 || r.status === 403) { leave(); return; }
      if (r.status !== 200 || !r.body) throw new Error("stream " + r.status);
      S.streaming = true;
      stopPolling();
      say("");
      var reader = r.body.getReader(), decoder = new TextDecoder(), buffer = "";
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) throw new Error("stream closed");
          buffer += decoder.decode(chunk.value, { stream: true });
          var parts = buffer.split("\n\n");
          buffer = parts.pop();
          parts.forEach(function (block) {
            var data = block.split("\n").filter(function (line) {
              return line.indexOf("data:") === 0;
            }).map(function (line) { return line.slice(5).trim(); }).join("\n");
            if (data) render(JSON.parse(data));
          });
          return pump();
        });
      }
      return pump();
    }).catch(function () {
      if (ctl.signal.aborted) return;
      S.streaming = false;
      if (S.token) {
        say(t("offline"), true);
        startPolling();
        setTimeout(function () { if (S.token && S.streamCtl === ctl) connect(); }, 3000);
      }
    });
  }

  // -- the question, the answer, the reveal ------------------------------------------------
  function render(state) {
    S.state = state;
    var key = JSON.stringify(state) + S.lang;
    if (key === S.shown) return;
    S.shown = key;
    $("who").textContent = state.name || "";
    if (state.title) $("title").textContent = state.title;
    var view = $("view");
    view.textContent = "";
    if (state.status === "waiting") {
      view.appendChild(el("p", { "class": "done" }, t("waiting")));
    } else if (state.status === "ended") {
      view.appendChild(el("p", { "class": "done" }, t("ended")));
      var sum = state.summary || {};
      if (sum.revealed) view.appendChild(el("p", {}, t("summary", sum)));
    } else if (state.question) {
      question(view, state);
    }
  }

  function question(view, state) {
    var q = state.question, open = state.status === "open";
    view.appendChild(el("p", { "class": "pos" }, t("question", { n: q.position, total: q.total })));
    var stemId = "stem-" + q.id;
    view.appendChild(el("p", { "class": "stem", id: stemId }, tx(q.stem)));
    var given = open ? state.response : (state.result ? state.result.response : null);
    var locked = !open || state.answered;
    var answer = q.answer || null;
    if (q.shape === "choice" || q.shape === "true_false") {
      var items = q.shape === "choice" ? q.options.map(function (o) {
        return { value: o.id, label: tx(o.text) };
      }) : [{ value: true, label: t("true") }, { value: false, label: t("false") }];
      var list = el("ul", { "class": "options", role: "list", "aria-labelledby": stemId });
      items.forEach(function (item) {
        var b = el("button", { type: "button", "class": "opt" }, item.label);
        b.setAttribute("aria-pressed", given === item.value ? "true" : "false");
        if (answer) {
          var right = q.shape === "choice" ? answer.option === item.value
                                           : answer.value === item.value;
          if (right) b.classList.add("right");
          else if (given === item.value) b.classList.add("wrong");
        }
        if (locked) b.disabled = true;
        else b.addEventListener("click", function () { send(q.id, item.value); });
        var li = el("li"); li.appendChild(b); list.appendChild(li);
      });
      view.appendChild(list);
    } else if (q.shape === "numeric" || q.shape === "text") {
      var form = el("form", { novalidate: "" });
      var inputId = "in-" + q.id;
      form.appendChild(el("label", { "for": inputId }, t(q.shape === "numeric" ? "number" : "text")));
      var row = el("div", { "class": "row" });
      var input = el("input", { id: inputId, autocomplete: "off",
                                inputmode: q.shape === "numeric" ? "decimal" : "text" });
      if (given !== null && given !== undefined) input.value = String(given);
      input.disabled = locked;
      row.appendChild(input);
      if (q.unit) row.appendChild(el("span", { "class": "unit" }, q.unit));
      form.appendChild(row);
      if (!locked) form.appendChild(el("button", { type: "submit", "class": "primary" }, t("submit")));
      form.addEventListener("submit", function (ev) {
        ev.preventDefault();
        if (input.value.trim()) send(q.id, input.value.trim());
      });
      view.appendChild(form);
    } else if (q.shape === "matching") {
      var mform = el("form", { novalidate: "" });
      var selects = {};
      q.prompts.forEach(function (p) {
        var id = "m-" + p.id;
        mform.appendChild(el("label", { "for": id }, tx(p.text)));
        var s = el("select", { id: id });
        s.appendChild(el("option", { value: "" }, t("choose")));
        q.options.forEach(function (o) {
          var opt = el("option", { value: o.id }, tx(o.text));
          if (given && given[p.id] === o.id) opt.selected = true;
          s.appendChild(opt);
        });
        s.disabled = locked;
        selects[p.id] = s;
        mform.appendChild(s);
      });
      if (!locked) mform.appendChild(el("button", { type: "submit", "class": "primary" }, t("submit")));
      mform.addEventListener("submit", function (ev) {
        ev.preventDefault();
        var out = {}, full = true;
        Object.keys(selects).forEach(function (k) {
          if (!selects[k].value) full = false; out[k] = selects[k].value;
        });
        if (full) send(q.id, out);
      });
      view.appendChild(mform);
    } else if (q.shape === "ordering") {
      var order = Array.isArray(given) ? given.slice() : q.options.map(function (o) { return o.id; });
      var names = {};
      q.options.forEach(function (o) { names[o.id] = tx(o.text); });
      var ol = el("ol", { "class": "options order", "aria-labelledby": stemId });
      var draw = function () {
        ol.textContent = "";
        order.forEach(function (id, i) {
          var li = el("li");
          li.appendChild(el("span", {}, names[id]));
          if (!locked) {
            [["up", -1], ["down", 1]].forEach(function (m) {
              var b = el("button", { type: "button", "aria-label": t(m[0]) + ": " + names[id] },
                         m[1] < 0 ? "↑" : "↓");
              var j = i + m[1];
              if (j < 0 || j >= order.length) b.disabled = true;
              b.addEventListener("click", function () {
                var x = order[i]; order[i] = order[j]; order[j] = x; draw();
                ol.querySelectorAll("li")[j].querySelector("button:not([disabled])").focus();
              });
              li.appendChild(b);
            });
          }
          ol.appendChild(li);
        });
      };
      draw();
      view.appendChild(ol);
      if (!locked) {
        var ob = el("button", { type: "button", "class": "primary" }, t("submit"));
        ob.addEventListener("click", function () { send(q.id, order.slice()); });
        view.appendChild(ob);
      }
    }
    if (open && state.answered) say(t("received"));
    if (!open) reveal(view, state);
  }

  function reveal(view, state) {
    var q = state.question, r = state.result;
    var key = !r ? "no_answer" : r.correct ? "right" : r.score > 0 ? "partly" : "wrong";
    var msg = t(key);
    view.appendChild(el("p", { "class": "result " + (r ? key : "wrong") }, msg));
    say(msg);
    var box = function (title, text, source) {
      if (!text) return;
      var b = el("div", { "class": "box" + (source ? " source" : "") });
      b.appendChild(el("h2", {}, title));
      b.appendChild(el("p", source ? { lang: "zh-CN" } : {}, text));
      view.appendChild(b);
    };
    box(t("answer"), tx(q.answer_text));
    box(t("explanation"), tx(q.explanation));
    box(t("source"), (q.source || []).map(function (s) { return "「" + s + "」"; }).join(""), true);
  }

  function send(qid, response) {
    if (S.busy) return;
    S.busy = true;
    api("POST", "/api/answer", { question: qid, response: response }).then(function (r) {
      S.busy = false;
      if (r.status === 200) {
        var st = Object.assign({}, S.state, { answered: true, response: response });
        render(st);
        say(t("received"));
      } else if (r.status === 401 || r.status === 403) {
        leave();
      } else {
        if (r.status !== 409) say(t("error") + (r.data.error || r.status), true);
        var told = r.status === 409 && r.data.key && S.strings[r.data.key] ? r.data.key : null;
        refresh().then(function () { if (told) say(t(told)); });
      }
    }).catch(function () { S.busy = false; say(t("offline"), true); });
  }

  // -- start ---------------------------------------------------------------------------------
  document.addEventListener("DOMContentLoaded", function () {
    var stored = saved();
    S.lang = stored.lang || ((navigator.language || "zh").toLowerCase().indexOf("zh") === 0
                             ? "zh" : "en");
    $("join-form").addEventListener("submit", join);
    $("leave").addEventListener("click", leave);
    $("lang").addEventListener("click", function () {
      S.lang = S.lang === "zh" ? "en" : "zh"; save({ lang: S.lang }); applyLang();
    });
    fetch("/strings.json").then(function (r) { return r.json(); }).then(function (strings) {
      S.strings = strings;
      applyLang();
      S.token = stored.token || null;
      if (S.token) play(); else showJoin();
    });
  });
})();
