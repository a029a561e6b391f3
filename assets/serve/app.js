// xfill serve: the form page's script. Plain browser JavaScript, no build step and nothing loaded from
// elsewhere. Every check and every rendering happens on the server, by the same code as `xfill check` and
// `xfill render`; this script only sends the form's values and shows what comes back.
"use strict";
(function () {
  const stateEl = document.getElementById("xfill-state");
  if (!stateEl) return;
  const state = JSON.parse(stateEl.textContent);
  const words = state.words;
  const say = (code, params) => (words[code] || code).replace(/\{(\w+)\}/g, (_, k) => (params && params[k] !== undefined ? String(params[k]) : ""));
  const $ = (id) => document.getElementById(id);
  const form = $("form");
  const inputs = form ? Array.from(form.querySelectorAll("input[name]")) : [];
  const byKey = new Map(inputs.map((i) => [i.name, i]));
  /** Fields whose message is shown: left once, or wrong when the page loaded. */
  const touched = new Set(inputs.filter((i) => i.getAttribute("aria-invalid") === "true").map((i) => i.name));
  let version = state.version;
  let edits = 0;
  let savedEdits = 0;
  let lastEval = null;
  let complete = document.querySelectorAll("#open-items li").length === 0;

  function values() {
    const out = {};
    for (const i of inputs) out[i.name] = i.value;
    return out;
  }
  const dirty = () => edits !== savedEdits || (state.exists === false && edits > 0);

  async function post(path, body) {
    const res = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Xfill-Token": state.token },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
    let json = null;
    try {
      json = await res.json();
    } catch (e) {
      json = null;
    }
    return { status: res.status, json };
  }

  // --- checking and preview: one request in flight at a time, the latest values always sent last ---
  let evalBusy = false;
  let evalAgain = false;
  async function evaluate() {
    if (evalBusy) {
      evalAgain = true;
      return;
    }
    evalBusy = true;
    try {
      const r = await post(`/api/f/${state.file}/evaluate`, { values: values() });
      if (r.status === 200 && r.json) show(r.json);
    } finally {
      evalBusy = false;
      if (evalAgain) {
        evalAgain = false;
        void evaluate();
      }
    }
  }

  let shownPreview = "";
  function show(ev) {
    lastEval = ev;
    complete = ev.complete;
    $("progress").textContent = say("serve-progress", { filled: ev.filled, total: ev.total });
    for (const f of ev.fields) {
      const input = byKey.get(f.key);
      if (!input) continue;
      const box = input.closest(".field");
      box.classList.remove("filled", "unfilled", "invalid");
      box.classList.add(f.status);
      const shown = document.getElementById(`${input.id}-shown`);
      if (shown) shown.textContent = f.status === "filled" && f.shown ? `→ ${f.shown}` : "";
      const msg = document.getElementById(`${input.id}-msg`);
      const visible = touched.has(f.key) && f.status === "invalid";
      msg.textContent = visible ? f.message || "" : "";
      if (visible) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
    renderOpenList(ev);
    // Re-render the preview only when it changed: a link being clicked must not be replaced under the mouse.
    const preview = JSON.stringify(ev.preview);
    if (preview !== shownPreview) {
      shownPreview = preview;
      renderPreview(ev.preview);
      // How long the last keystroke took to reach the preview (shown to tests and the curious).
      if (typedAt) $("preview").dataset.ms = String(Math.round(performance.now() - typedAt));
    }
  }

  let shownOpen = "";
  function renderOpenList(ev) {
    const box = $("open-items");
    const open = ev.fields.filter((f) => f.status !== "filled");
    const signature = JSON.stringify(open.map((f) => [f.key, f.status, f.message]));
    if (signature === shownOpen) return;
    shownOpen = signature;
    $("open-list").querySelector("summary").textContent = say("serve-open-list", { n: open.length });
    box.replaceChildren();
    if (open.length === 0) {
      const p = document.createElement("p");
      p.textContent = say("serve-all-done");
      box.append(p);
      return;
    }
    const ul = document.createElement("ul");
    for (const f of open) {
      const li = document.createElement("li");
      li.className = f.status;
      const a = document.createElement("a");
      a.href = `#${state.ids[f.key]}`;
      a.dataset.key = f.key;
      a.textContent = state.labels[f.key];
      const why = document.createElement("span");
      why.className = "why";
      why.textContent = ` ${say(`serve-status-${f.status}`)}${f.status === "invalid" && f.message ? `：${f.message}` : ""}`;
      li.append(a, why);
      ul.append(li);
    }
    box.append(ul);
  }

  function renderPreview(parts) {
    const root = $("preview");
    const frag = document.createDocumentFragment();
    let p = document.createElement("p");
    const flush = () => {
      if (p.childNodes.length) frag.append(p);
      p = document.createElement("p");
    };
    for (const part of parts) {
      if (typeof part === "string") {
        const lines = part.split(/\r?\n/);
        lines.forEach((line, i) => {
          if (i > 0) flush();
          if (line) p.append(document.createTextNode(line));
        });
        continue;
      }
      let el;
      if (part.status === "filled") el = document.createElement("mark");
      else {
        el = document.createElement("a");
        el.href = `#${state.ids[part.key]}`;
      }
      el.className = part.status === "filled" ? "filled" : `blank ${part.status}`;
      el.dataset.key = part.key;
      el.textContent = part.text;
      p.append(el);
    }
    flush();
    root.replaceChildren(frag);
  }

  // --- saving ---
  let saveTimer = 0;
  let saving = null;
  const saveState = $("save-state");
  function setSaveState(text) {
    if (saveState) saveState.textContent = text;
  }

  async function save(force, base) {
    if (!form || state.broken) return true;
    if (saving) await saving;
    if (!dirty() && !force) return true;
    const at = edits;
    setSaveState(say("serve-saving"));
    const run = post(`/api/f/${state.file}/save`, { values: values(), base: base || version, force: Boolean(force) });
    saving = run;
    let r;
    try {
      r = await run;
    } catch (e) {
      setSaveState(say("serve-save-failed", { detail: String(e) }));
      return false;
    } finally {
      saving = null;
    }
    if (r.status === 200) {
      version = r.json.version;
      state.exists = true;
      savedEdits = at;
      setSaveState(dirty() ? say("serve-unsaved") : say("serve-saved", { time: new Date().toLocaleTimeString() }));
      return true;
    }
    if (r.status === 409) {
      showConflict(r.json);
      return false;
    }
    setSaveState(say("serve-save-failed", { detail: (r.json && r.json.error) || r.status }));
    return false;
  }

  function showConflict(disk) {
    clearTimeout(saveTimer);
    const box = $("conflict");
    box.hidden = false;
    setSaveState(say("serve-unsaved"));
    $("conflict-reload").onclick = () => {
      for (const [k, v] of Object.entries(disk.values)) if (byKey.has(k)) byKey.get(k).value = v;
      version = disk.version;
      savedEdits = edits;
      box.hidden = true;
      setSaveState("");
      void evaluate();
    };
    $("conflict-keep").onclick = async () => {
      box.hidden = true;
      await save(true, disk.version);
    };
    $("conflict-reload").focus();
  }

  /**
   * Puts what was typed into the preview at once, for kinds printed as typed; the server's answer, a few
   * milliseconds later, replaces it with the checked text (and a Chinese numeral or a date where needed).
   */
  function showTyped(input) {
    const kind = input.closest(".field").dataset.kind;
    if (kind === "ordinal" || kind === "date" || input.value.trim() === "") return;
    for (const el of document.querySelectorAll(`#preview mark[data-key="${CSS.escape(input.name)}"]`)) el.textContent = input.value;
  }

  let typedAt = 0;
  function edited() {
    typedAt = performance.now();
    edits++;
    setSaveState(say("serve-unsaved"));
    void evaluate();
    clearTimeout(saveTimer);
    // Autosave after a few seconds of quiet.
    saveTimer = setTimeout(() => void save(false), 3000);
  }

  if (form) {
    form.addEventListener("input", (e) => {
      const t = e.target;
      if (!t.name) return;
      showTyped(t);
      edited();
    });
    form.addEventListener("focusout", (e) => {
      const t = e.target;
      if (!t.name) return;
      touched.add(t.name);
      if (lastEval) show(lastEval);
      void evaluate();
    });
    form.addEventListener("change", (e) => {
      const t = e.target;
      if (!t.classList.contains("picker") || !t.value) return;
      const input = $(t.dataset.for);
      input.value = t.value;
      touched.add(input.name);
      edited();
    });
    form.addEventListener("submit", (e) => e.preventDefault());
    $("save").addEventListener("click", () => void save(false));
    document.addEventListener("keydown", (e) => {
      if ((e.ctrlKey || e.metaKey) && (e.key === "s" || e.key === "S")) {
        e.preventDefault();
        void save(false);
      }
    });
    window.addEventListener("beforeunload", (e) => {
      if (dirty()) e.preventDefault();
    });
  }

  // Links to a field (open list, preview blanks): go there and put the cursor in it.
  document.addEventListener("click", (e) => {
    const a = e.target.closest && e.target.closest("a[data-key]");
    if (!a || !byKey.has(a.dataset.key)) return;
    e.preventDefault();
    const input = byKey.get(a.dataset.key);
    input.scrollIntoView({ block: "center" });
    input.focus();
  });

  // Leaving the page (review, another file, download): save first.
  async function leave(href) {
    if (await save(false)) window.location.href = href;
  }
  const review = $("review-link");
  if (review && form) review.addEventListener("click", (e) => {
    e.preventDefault();
    void leave(review.href);
  });
  const picker = $("file-picker");
  if (picker) picker.addEventListener("change", () => void leave(picker.value));
  const download = $("download");
  if (download) {
    download.addEventListener("click", async () => {
      const draft = $("draft").checked;
      const format = $("format").value;
      const refusal = $("refusal");
      refusal.hidden = true;
      if (form && !(await save(false))) return;
      if (!complete && !draft) {
        // Refused, as render refuses: say what is still open.
        const open = document.querySelectorAll("#open-items li");
        refusal.replaceChildren();
        const p = document.createElement("p");
        p.textContent = say("serve-refused", { n: open.length });
        const list = $("open-items").cloneNode(true);
        list.removeAttribute("id");
        refusal.append(p, list);
        refusal.hidden = false;
        return;
      }
      window.location.href = `/f/${state.file}/download.${format}${draft ? "?draft=1" : ""}`;
    });
  }
  if (location.hash) {
    const target = document.getElementById(location.hash.slice(1));
    if (target) target.focus();
  }
})();
