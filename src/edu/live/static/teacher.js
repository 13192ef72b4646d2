// A minimal teacher's page (the notebook 07-class is the full one): the token comes from the
// URL fragment (#token=…, never sent to the server) or is typed in; kept in sessionStorage.
"use strict";
(function () {
  var token = null;
  function $(id) { return document.getElementById(id); }
  function call(method, path) {
    return fetch(path, { method: method, cache: "no-store",
                         headers: { Authorization: "Bearer " + token } })
      .then(function (r) { return r.json().then(function (d) { return { status: r.status, data: d }; }); });
  }
  function show(r) {
    if (r.status === 401 || r.status === 403) { $("auth").hidden = false; $("panel").hidden = true; return; }
    if (r.status !== 200) { $("live").textContent = r.data.error || String(r.status); return; }
    var s = r.data;
    $("auth").hidden = true; $("panel").hidden = false;
    $("code").textContent = s.code; $("students").textContent = s.students;
    $("answered").textContent = s.answered; $("status").textContent = s.status;
    $("stem").textContent = s.question ? s.question.stem.zh + " / " + s.question.stem.en : "";
    var bars = $("bars"); bars.textContent = "";
    (s.distribution || []).forEach(function (b) {
      var li = document.createElement("li");
      li.textContent = (b.correct ? "✓ " : "") + (b.label.zh || b.key) + ": " + b.count;
      bars.appendChild(li);
    });
  }
  function poll() { if (token) call("GET", "/api/teacher/state").then(show); }
  document.addEventListener("DOMContentLoaded", function () {
    var m = /token=([^&]+)/.exec(location.hash);
    token = m ? decodeURIComponent(m[1]) : sessionStorage.getItem("edu-teacher");
    if (m) history.replaceState(null, "", location.pathname);
    if (token) sessionStorage.setItem("edu-teacher", token);
    $("auth").addEventListener("submit", function (ev) {
      ev.preventDefault(); token = $("token").value.trim();
      sessionStorage.setItem("edu-teacher", token); poll();
    });
    ["open", "reveal", "end"].forEach(function (a) {
      $(a).addEventListener("click", function () { call("POST", "/api/teacher/" + a).then(show); });
    });
    if (!token) $("auth").hidden = false;
    poll(); setInterval(poll, 1500);
  });
})();
