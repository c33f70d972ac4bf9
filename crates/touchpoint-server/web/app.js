// Touchpoint's pages: sign-in, the course, play and the debrief. Every text from data
// goes into the page as text (textContent, never HTML); the server scores.
(() => {
  'use strict';
  const T = JSON.parse(document.getElementById('texts').textContent);
  const say = (key, args) => {
    let s = T[key] || key;
    for (const [k, v] of Object.entries(args || {})) s = s.split('@@' + k + '@@').join(String(v));
    return s;
  };
  const el = (tag, attrs, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c != null) e.append(c);
    return e;
  };
  const svg = (tag, attrs) => {
    const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  };
  async function api(method, path, body) {
    const init = { method, credentials: 'same-origin', headers: {} };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const res = await fetch(path, init);
    let data = null;
    try { data = await res.json(); } catch (_) { data = null; }
    return { status: res.status, body: data };
  }
  const locale = document.documentElement.lang;

  const signout = document.getElementById('signout');
  if (signout) {
    signout.addEventListener('click', async () => {
      await api('DELETE', '/api/session');
      location.href = '/signin';
    });
  }

  // Sign-in.
  const form = document.getElementById('signin-form');
  if (form) {
    const error = document.getElementById('signin-error');
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const button = form.querySelector('button');
      button.disabled = true;
      error.textContent = '';
      const r = await api('POST', '/api/session', {
        id: form.elements.id.value.trim(),
        password: form.elements.password.value,
      });
      button.disabled = false;
      if (r.status === 200) { location.href = '/'; return; }
      error.textContent = r.status === 401 ? T['web-signin-failed']
        : say('web-error', { error: (r.body && r.body.error) || r.status });
      form.elements.password.select();
    });
    form.elements.id.focus();
  }

  // The course: start an encounter.
  for (const b of document.querySelectorAll('button.start')) {
    b.addEventListener('click', async () => {
      b.disabled = true;
      const r = await api('POST', '/api/attempts', { scenario: b.dataset.scenario, locale });
      if (r.status === 201) { location.href = '/attempt/' + r.body.attempt_id; return; }
      b.disabled = false;
      document.getElementById('course-error').textContent =
        say('web-error', { error: (r.body && r.body.error) || r.status });
    });
  }

  // The cohort page: reloaded every 20 s while its box is ticked (the watcher may
  // untick it to read at leisure; the choice is remembered).
  const auto = document.getElementById('auto-refresh');
  if (auto) {
    const key = 'touchpoint-auto-refresh';
    auto.checked = localStorage.getItem(key) !== 'off';
    auto.addEventListener('change', () => localStorage.setItem(key, auto.checked ? 'on' : 'off'));
    setInterval(() => { if (auto.checked && !document.hidden) location.reload(); }, 20000);
  }

  // Accounts (admins): add one, change a role, disable or enable, a new password.
  // A generated password is shown once, in the status line.
  const admin = document.getElementById('accounts-admin');
  if (admin) {
    const result = document.getElementById('admin-result');
    const show = (r, ok) => {
      result.className = ok ? 'notice' : 'bad';
      result.textContent = ok || (r.body && r.body.error) || String(r.status);
    };
    const account = (id) => `/api/accounts/${encodeURIComponent(id)}`;
    const form = document.getElementById('add-account');
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const f = new FormData(form);
      const body = {
        id: String(f.get('id')).trim(),
        role: String(f.get('role')),
        cohorts: String(f.get('cohorts')).split(/[,，、]/).map((c) => c.trim()).filter(Boolean),
      };
      const name = String(f.get('name')).trim();
      if (name) body.name = name;
      const r = await api('POST', '/api/accounts', body);
      if (r.status === 201) {
        form.reset();
        show(r, `${r.body.id}: ${say('web-password-once', { password: r.body.password })}`);
      } else show(r);
    });
    admin.addEventListener('click', async (ev) => {
      const b = ev.target.closest('button[data-action]');
      if (!b) return;
      const id = b.dataset.id;
      if (b.dataset.action === 'password') {
        const r = await api('POST', `${account(id)}/password`);
        if (r.status === 200) show(r, `${id}: ${say('web-password-once', { password: r.body.password })}`);
        else show(r);
      } else {
        const r = await api('PATCH', account(id), { disabled: b.dataset.action === 'disable' });
        if (r.status === 200) location.reload();
        else show(r);
      }
    });
    admin.addEventListener('change', async (ev) => {
      const s = ev.target.closest('select[data-id]');
      if (!s) return;
      const r = await api('PATCH', account(s.dataset.id), { role: s.value });
      if (r.status === 200) show(r, `${s.dataset.id}: ${T['web-saved']}`);
      else {
        show(r);
        s.value = s.querySelector('option[selected]').value;
      }
    });
  }

  // Play and debrief.
  const play = document.getElementById('play');
  if (!play) return;
  const id = play.dataset.attempt;
  let view = null;
  let ticking = null;
  let busy = false;

  function face(mood) {
    // Red as anger rises, a smile as trust outweighs anger.
    const s = svg('svg', { viewBox: '0 0 100 100', class: 'face', role: 'img', 'aria-hidden': 'true' });
    const hue = Math.round(120 - 1.2 * mood.anger);
    s.append(svg('circle', { cx: 50, cy: 50, r: 46, fill: `hsl(${hue}, 70%, 62%)`, stroke: '#333', 'stroke-width': 2 }));
    s.append(svg('circle', { cx: 35, cy: 40, r: 5, fill: '#222' }));
    s.append(svg('circle', { cx: 65, cy: 40, r: 5, fill: '#222' }));
    const curve = Math.max(-18, Math.min(18, (mood.trust - mood.anger) / 4));
    s.append(svg('path', { d: `M30 68 Q50 ${68 + curve} 70 68`, stroke: '#222', 'stroke-width': 4, fill: 'none', 'stroke-linecap': 'round' }));
    return s;
  }

  function meters(mood) {
    const box = el('div', { class: 'meters', role: 'group', 'aria-label': T['web-mood'] });
    for (const k of ['anger', 'trust', 'patience']) {
      // Anger is best low, trust and patience high: the meter's colour says which.
      const good = k === 'anger' ? { low: 35, high: 65, optimum: 0 } : { low: 35, high: 65, optimum: 100 };
      const m = el('meter', { min: 0, max: 100, value: mood[k], 'aria-label': T['ui-' + k], class: k, ...good });
      box.append(el('div', { class: 'meter' }, el('span', { text: T['ui-' + k] }), m, el('span', { class: 'num', text: String(mood[k]) })));
    }
    return box;
  }

  function lines(events) {
    const log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite' });
    for (const e of events) {
      if (e.event === 'reaction') log.append(el('p', { class: 'reaction', text: e.text }));
      else if (e.event === 'node_entered') log.append(el('p', { class: 'line' }, el('strong', { text: T['web-customer'] + T.colon }), e.text));
      else if (e.event === 'late') log.append(el('p', { class: 'notice', text: T['web-late'] }));
      else if (e.event === 'escalated') log.append(el('p', { class: 'notice bad', text: T['web-escalated'] }));
      else if (e.event === 'ended') log.append(el('p', { class: 'notice', text: T['web-ended'] }));
    }
    return log;
  }

  function timer(v) {
    if (v.time_left_ms == null) return null;
    const shown = el('div', { class: 'timer', role: 'timer', 'aria-live': 'off' });
    const spoken = el('div', { class: 'sr-only', 'aria-live': 'assertive' });
    const deadline = performance.now() + v.time_left_ms;
    let announced = null;
    const tick = () => {
      const left = Math.max(0, Math.ceil((deadline - performance.now()) / 1000));
      shown.textContent = left > 0 ? say('web-time-left', { seconds: left }) : T['web-time-up'];
      shown.classList.toggle('urgent', left <= 5);
      // Told to a screen reader at the start, then at 10 s, 5 s and 0.
      if (left !== announced && (announced === null || left === 10 || left === 5 || left === 0)) {
        announced = left;
        spoken.textContent = shown.textContent;
      }
      if (left === 0 && v.clock_takes_reply && !busy) {
        // The clock took the node's reply: the server records it on the next request.
        clearInterval(ticking);
        reply(v.choices[0].id);
      }
    };
    tick();
    ticking = setInterval(tick, 250);
    return el('div', {}, shown, spoken);
  }

  async function reply(choice) {
    if (busy) return;
    busy = true;
    for (const b of play.querySelectorAll('button.reply')) b.disabled = true;
    const r = await api('POST', `/api/attempts/${id}/replies`, { choice });
    busy = false;
    if (r.status === 200) render(r.body);
    else if (r.status === 409 && r.body && r.body.on_offer) load();
    else error(r);
  }

  function error(r) {
    play.append(el('p', { class: 'error', role: 'alert', text: say('web-error', { error: (r.body && r.body.error) || r.status }) }));
  }

  function radar(competencies, names) {
    const ids = Object.keys(competencies);
    if (ids.length < 3) return null;
    // Wide enough for the labels left and right of the chart (a long one is wrapped).
    const s = svg('svg', { viewBox: '-290 -140 580 280', class: 'radar', role: 'img', 'aria-label': T['web-competencies'] });
    const at = (i, r) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / ids.length;
      return [Math.cos(a) * r, Math.sin(a) * r];
    };
    for (const ring of [25, 50, 75, 100]) {
      s.append(svg('polygon', { points: ids.map((_, i) => at(i, ring).join(',')).join(' '), fill: 'none', stroke: '#ccd', 'stroke-width': 1 }));
    }
    s.append(svg('polygon', {
      points: ids.map((c, i) => at(i, competencies[c]).join(',')).join(' '),
      fill: 'rgba(40, 110, 200, 0.35)', stroke: '#2866c8', 'stroke-width': 2,
    }));
    ids.forEach((c, i) => {
      const [x, y] = at(i, 118);
      const label = svg('text', { x, y, 'text-anchor': x > 5 ? 'start' : x < -5 ? 'end' : 'middle', 'dominant-baseline': 'middle', class: 'axis' });
      // At most 24 characters a line (words kept whole), the lines centred on the point.
      const lines = [];
      for (const w of `${names[c] || c} ${competencies[c]}`.split(' ')) {
        const last = lines.length - 1;
        if (last >= 0 && (lines[last] + ' ' + w).length <= 24) lines[last] += ' ' + w;
        else lines.push(w);
      }
      lines.forEach((line, n) => {
        const span = svg('tspan', { x, dy: n === 0 ? `${-0.6 * (lines.length - 1)}em` : '1.2em' });
        span.textContent = line;
        label.append(span);
      });
      s.append(label);
    });
    return s;
  }

  function debrief(v) {
    const r = v.result;
    const box = el('section', { class: 'card debrief' });
    box.append(el('h2', { text: T['web-debrief'] }));
    const verdict = el('p', { class: 'verdict ' + (r.passed ? 'good' : 'bad') },
      el('span', { class: 'score', text: String(r.score) }),
      ` ${T['web-score']} · ${say('web-pass-mark', { mark: r.pass_mark })} · `,
      el('strong', { text: r.passed ? T['web-passed'] : T['web-failed'] }));
    box.append(verdict);
    if (r.critical && r.critical.length) box.append(el('p', { class: 'critical', role: 'alert', text: T['web-critical'] }));
    box.append(el('p', { class: 'muted', text: T['web-scored-by-server'] }));
    const chart = radar(r.competencies || {}, v.competency_names || {});
    if (chart) box.append(el('h3', { text: T['web-competencies'] }), chart);
    box.append(el('h3', { text: T['web-feedback'] }));
    if (!r.feedback.length) box.append(el('p', { text: T['web-no-feedback'] }));
    const list = el('ol', { class: 'feedback' });
    for (const f of r.feedback) {
      const item = el('li', { class: f.critical ? 'critical-item' : '' });
      item.append(el('div', { class: 'technique', text: (f.critical ? '✗✗ ' : '✗ ') + f.technique_name + (f.step_name ? ` · ${f.step_name}` : '') }));
      if (f.teaching) item.append(el('div', { class: 'teaching', text: f.teaching }));
      if (f.choice_text) item.append(el('div', { class: 'said' }, el('strong', { text: T['web-you-said'] + T.colon }), f.choice_text));
      if (f.better_text) item.append(el('div', { class: 'better' }, el('strong', { text: T['web-better'] + T.colon }), f.better_text));
      if (f.note) item.append(el('div', { class: 'note', text: f.note }));
      list.append(item);
    }
    box.append(list);
    const again = el('button', { type: 'button', class: 'primary', text: T['web-again'] });
    again.addEventListener('click', async () => {
      const s = await api('POST', '/api/attempts', { scenario: v.scenario, locale: v.locale });
      if (s.status === 201) location.href = '/attempt/' + s.body.attempt_id;
      else error(s);
    });
    if ('return_url' in v) {
      // Opened from an LMS: back to it (the session reaches this attempt only).
      const actions = el('p', { class: 'actions' });
      if (v.return_url) actions.append(el('a', { class: 'button primary', href: v.return_url, text: T['web-back-to-lms'] }));
      box.append(actions);
    } else {
      box.append(el('p', { class: 'actions' }, el('a', { class: 'button', href: '/', text: T['web-back'] }), ' ', again));
    }
    return box;
  }

  let step = 0;
  function render(v) {
    view = v;
    // Counts what has been drawn (tests wait on it).
    play.dataset.step = String(++step);
    clearInterval(ticking);
    play.replaceChildren();
    const head = el('section', { class: 'card scene' },
      el('h1', { text: v.title }),
      el('p', { class: 'muted', text: v.setting }),
      el('p', {}, el('span', { class: 'badge', text: v.assessed ? T['web-assessed'] : T['web-practice'] })));
    play.append(head);
    const stage = el('section', { class: 'card stage' });
    stage.append(el('div', { class: 'customer' }, face(v.mood), meters(v.mood)));
    stage.append(lines(v.events));
    if (v.timed_out) stage.append(el('p', { class: 'notice bad', text: T['web-timed-out'] }));
    play.append(stage);
    if (v.ended) {
      if (v.result) play.append(debrief(v));
      return;
    }
    if (v.yours === false) {
      play.append(el('p', { class: 'card muted', text: T['web-watching'] }));
      return;
    }
    const t = timer(v);
    const replies = el('section', { class: 'card replies', 'aria-label': T['web-your-reply'] });
    replies.append(el('h2', { text: T['web-your-reply'] }));
    if (t) replies.append(t);
    v.choices.forEach((c, i) => {
      const b = el('button', { type: 'button', class: 'reply', 'data-choice': c.id },
        el('span', { class: 'key', text: String(i + 1) }), el('span', { text: c.text }));
      b.addEventListener('click', () => reply(c.id));
      replies.append(b);
    });
    replies.append(el('p', { class: 'muted hint', text: T['web-keys-hint'] }));
    play.append(replies);
    const first = replies.querySelector('button.reply');
    if (first) first.focus({ preventScroll: true });
  }

  document.addEventListener('keydown', (ev) => {
    if (!view || view.ended || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const n = Number(ev.key);
    if (Number.isInteger(n) && n >= 1 && n <= view.choices.length) {
      ev.preventDefault();
      reply(view.choices[n - 1].id);
    }
  });

  async function load() {
    const r = await api('GET', `/api/attempts/${id}`);
    if (r.status === 200) render(r.body);
    else if (r.status === 401) location.href = '/signin';
    else { play.replaceChildren(); error(r); }
  }
  load();
})();
