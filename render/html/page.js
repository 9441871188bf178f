"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const data = JSON.parse($("roadmap-data").textContent);
  const storeKey = "roadmap-progress:" + data.key;
  const statuses = ["done", "doing", "skip"];
  const panel = $("panel"), search = $("search");
  const nodes = {}; // item id -> its node groups, in both pictures
  let open = null, lastFocus = null;

  const safeLink = (u) => /^(https?:|mailto:)/i.test(u) || (!/^[a-z][a-z0-9+.-]*:/i.test(u) && !u.startsWith("//"));

  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey)) || {}; } catch (e) { return {}; }
  }
  let ticks = load();
  function save() {
    try { localStorage.setItem(storeKey, JSON.stringify(ticks)); } catch (e) { $("status").textContent = "(progress not saved: storage unavailable)"; }
  }

  for (const g of document.querySelectorAll("g.node")) {
    const id = data.doc[g.id];
    if (!id || !data.items[id]) continue;
    (nodes[id] = nodes[id] || []).push(g);
    g.classList.add("item");
    g.setAttribute("tabindex", "0");
    g.setAttribute("role", "button");
    g.setAttribute("aria-label", data.items[id].title);
    g.dataset.item = id;
    const link = g.parentNode;
    if (link && link.nodeName.toLowerCase() === "a") link.setAttribute("tabindex", "-1");
  }

  function paintTicks() {
    for (const id of data.order) {
      const st = ticks[data.items[id].progress] || "";
      for (const g of nodes[id] || []) {
        for (const s of statuses) g.classList.toggle("tick-" + s, st === s);
      }
    }
    if (open) showTicks(open);
  }
  function showTicks(id) {
    const st = ticks[data.items[id].progress] || "";
    for (const b of $("ticks").querySelectorAll("button")) b.setAttribute("aria-pressed", String(b.dataset.status === st));
  }

  function text(id, s) { $(id).textContent = s || ""; }
  function anchor(url, label) {
    const a = document.createElement("a");
    a.textContent = label;
    if (url && safeLink(url)) { a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer"; }
    return a;
  }

  function openItem(id, focusPanel) {
    const it = data.items[id];
    if (!it) return false;
    if (open) for (const g of nodes[open] || []) g.classList.remove("open");
    open = id;
    for (const g of nodes[id] || []) g.classList.add("open");
    text("panel-kind", it.label + (it.optional ? " · optional" : ""));
    text("panel-title", it.title);
    text("panel-desc", it.description);
    const url = $("panel-url");
    url.replaceChildren();
    if (it.url) url.append(anchor(it.url, it.url));
    const list = $("panel-res");
    list.replaceChildren();
    for (const r of it.resources || []) {
      const li = document.createElement("li");
      li.append(r.url ? anchor(r.url, r.title) : document.createTextNode(r.title));
      if (r.author) li.append(document.createTextNode(" — " + r.author));
      if (r.note) { const n = document.createElement("div"); n.textContent = r.note; li.append(n); }
      list.append(li);
    }
    $("panel-res-title").hidden = list.children.length === 0;
    showTicks(id);
    panel.hidden = false;
    if (location.hash.slice(1) !== id) history.replaceState(null, "", "#" + encodeURIComponent(id));
    if (focusPanel) panel.focus();
    return true;
  }
  function closePanel() {
    if (!open) return;
    for (const g of nodes[open] || []) g.classList.remove("open");
    const back = visibleNode(open);
    open = null;
    panel.hidden = true;
    history.replaceState(null, "", location.pathname + location.search);
    if (back) back.focus();
  }
  function visibleNode(id) {
    return (nodes[id] || []).find((g) => g.getClientRects().length > 0) || null;
  }

  document.addEventListener("click", (ev) => {
    const g = ev.target.closest && ev.target.closest("g.node.item");
    if (!g) return;
    ev.preventDefault();
    lastFocus = g;
    openItem(g.dataset.item, false);
  });
  document.addEventListener("keydown", (ev) => {
    const g = ev.target.closest && ev.target.closest("g.node.item");
    if (g && (ev.key === "Enter" || ev.key === " ")) {
      ev.preventDefault();
      lastFocus = g;
      openItem(g.dataset.item, true);
    } else if (g && (ev.key === "ArrowDown" || ev.key === "ArrowUp" || ev.key === "ArrowRight" || ev.key === "ArrowLeft")) {
      ev.preventDefault();
      const i = data.order.indexOf(g.dataset.item) + (ev.key === "ArrowDown" || ev.key === "ArrowRight" ? 1 : -1);
      const next = data.order[Math.max(0, Math.min(data.order.length - 1, i))];
      const n = visibleNode(next);
      if (n) { n.focus(); n.scrollIntoView({block: "nearest", inline: "nearest"}); }
    } else if (ev.key === "Escape") {
      if (document.activeElement === search && search.value) { search.value = ""; find(""); } else closePanel();
    } else if (ev.key === "/" && document.activeElement !== search && !ev.target.closest("textarea")) {
      ev.preventDefault();
      search.focus();
    }
  });
  $("close").addEventListener("click", closePanel);
  for (const b of $("ticks").querySelectorAll("button")) {
    b.addEventListener("click", () => {
      if (!open) return;
      const key = data.items[open].progress;
      if (ticks[key] === b.dataset.status) delete ticks[key]; else ticks[key] = b.dataset.status;
      save();
      paintTicks();
    });
  }

  function find(q) {
    q = q.trim().toLowerCase();
    let n = 0;
    document.body.classList.toggle("searching", q !== "");
    for (const id of data.order) {
      const it = data.items[id];
      const hay = [it.title, it.description || ""].concat((it.resources || []).map((r) => r.title + " " + (r.author || ""))).join("\n").toLowerCase();
      const hit = q !== "" && hay.includes(q);
      if (hit) n++;
      for (const g of nodes[id] || []) g.classList.toggle("match", hit);
    }
    text("count", q === "" ? "" : n === 1 ? "1 match" : n + " matches");
    return n;
  }
  search.addEventListener("input", () => find(search.value));
  search.addEventListener("keydown", (ev) => {
    if (ev.key !== "Enter") return;
    const first = data.order.find((id) => (nodes[id] || []).some((g) => g.classList.contains("match")));
    if (first) { const g = visibleNode(first); if (g) { g.focus(); g.scrollIntoView({block: "center"}); } openItem(first, false); }
  });

  function progressYAML() {
    const lines = ["# Progress through " + data.key + ", for roadmap render --progress FILE"];
    for (const id of data.order) {
      const key = data.items[id].progress, st = ticks[key];
      if (st) lines.push(JSON.stringify(key) + ": " + st);
    }
    return lines.join("\n") + "\n";
  }
  $("export").addEventListener("click", () => {
    const yaml = progressYAML();
    $("export-text").value = yaml;
    $("export-download").href = "data:text/yaml;charset=utf-8," + encodeURIComponent(yaml);
    const d = $("export-dialog");
    if (d.showModal) d.showModal(); else d.setAttribute("open", "");
  });
  $("export-close").addEventListener("click", () => $("export-dialog").close());

  function fromHash() {
    const h = decodeURIComponent(location.hash.slice(1));
    if (!h) return;
    const id = data.items[h] ? h : data.doc[h];
    if (id && openItem(id, false)) {
      const g = visibleNode(id);
      if (g) g.scrollIntoView({block: "center"});
    }
  }
  window.addEventListener("hashchange", fromHash);
  window.addEventListener("storage", (ev) => { if (ev.key === storeKey) { ticks = load(); paintTicks(); } });
  window.roadmapPage = {find, openItem, progressYAML};
  paintTicks();
  fromHash();

  const liveData = $("roadmap-live");
  if (!liveData) return;
  const live = JSON.parse(liveData.textContent);
  const body = document.body, errors = $("errors"), status = $("status");
  let busy = Promise.resolve();
  async function refresh(version) {
    if (version <= Number(body.dataset.version)) return;
    const st = await (await fetch(live.base + "state", {cache: "no-store"})).json();
    if (st.svgVersion !== Number(body.dataset.svgVersion)) { location.reload(); return; }
    errors.textContent = st.errors ? st.errors.join("\n") : "";
    errors.hidden = !st.errors || st.errors.length === 0;
    body.dataset.version = st.version;
  }
  const events = new EventSource(live.base + "events");
  window.roadmapPage.events = events;
  events.addEventListener("update", (ev) => {
    busy = busy.then(() => refresh(Number(ev.data))).catch((err) => { status.textContent = String(err); });
  });
  events.onopen = () => { status.textContent = ""; };
  events.onerror = () => { status.textContent = "(disconnected: is roadmap serve running?)"; };
})();
