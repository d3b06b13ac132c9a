/**
 * The browser client: one self-contained page (no scripts, styles or fonts from anywhere
 * else), so a classroom network without the internet serves it whole. It speaks the same
 * protocol as the terminal client. Every text from the game is set with textContent,
 * never parsed as HTML: a scenario's labels and groups' names are data.
 */
export const BROWSER_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>wargame classroom</title>
<style>
body { font: 16px/1.4 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #111; background: #fafafa; }
h1 { font-size: 1.3rem; margin: 0 0 .3rem; }
h2 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
.muted { color: #555; }
#status { min-height: 1.4em; font-weight: 600; }
#status.bad { color: #a00; }
#banner { background: #fff3c4; padding: .4rem .6rem; display: none; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
@media (max-width: 45rem) { .grid { grid-template-columns: 1fr; } }
table { border-collapse: collapse; width: 100%; }
td { padding: .1rem .4rem; border-bottom: 1px solid #ddd; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
ol { padding-left: 1.6rem; margin: .2rem 0; }
.option { border: 1px solid #bbb; background: #fff; padding: .5rem; margin: .4rem 0; }
.option button { font-size: 1rem; }
.option ul { margin: .3rem 0 0; padding-left: 1.2rem; color: #333; font-size: .9rem; }
.human { font-weight: 600; }
form label { display: block; margin: .5rem 0; }
input { font-size: 1rem; padding: .3rem; }
#console button { margin-right: .4rem; }
</style>
</head>
<body>
<h1 id="title">wargame classroom</h1>
<div id="who" class="muted"></div>
<div id="status" role="status" aria-live="polite"></div>
<div id="banner"></div>
<form id="join">
  <label>Join code <input id="code" autocomplete="off" placeholder="ABCD-EFGH" required></label>
  <label>Group name (optional) <input id="group" maxlength="60" placeholder="Table 4"></label>
  <button type="submit">Join</button>
</form>
<main id="game" hidden>
  <section id="console" hidden>
    <h2>Instructor</h2>
    <button id="pause" type="button">Pause</button>
    <button id="model" type="button">Open model view</button>
    <button id="end" type="button">End game</button>
    <label>Turn timer (s, 0 off) <input id="timer" type="number" min="0" max="3600" value="0" style="width:5rem"></label>
    <label>Inject at the next turn, whatever its chance <select id="inject"></select> <button id="inject-go" type="button">Inject</button></label>
    <label>Decide a chance result instead of the dice <select id="decide"></select> <button id="decide-go" type="button">Decide</button></label>
  </section>
  <section id="move" hidden><h2 id="move-heading">Your move</h2><div id="options"></div></section>
  <div class="grid">
    <section><h2>News</h2><ol id="news"></ol></section>
    <section><h2>World</h2><table id="world"></table></section>
  </div>
  <section><h2>Seats</h2><ul id="seats"></ul></section>
  <section><h2 id="history-heading">Your history</h2><ol id="history"></ol></section>
  <section id="outcomes" hidden><h2>Outcomes</h2><ul id="outcome-list"></ul></section>
</main>
<script>
"use strict";
const $ = (id) => document.getElementById(id);
let socket, game, view, role, seat, joined = false, retry = 0, stopped = false;
const saved = JSON.parse(sessionStorage.getItem('wargame-join') || 'null');

function el(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
function say(text, bad) { $('status').textContent = text; $('status').className = bad ? 'bad' : ''; }
function actor(id) { return game.actors.find((a) => a.id === id); }
function moveText(t) {
  const a = actor(t.actor); const x = a && a.actions.find((y) => y.id === t.choice);
  let s = (a ? a.name : t.actor) + ' → ' + (t.choice === null ? 'passes' : (x ? x.label : t.choice));
  if (t.chance) { const o = x && x.outcomes.find((y) => y.id === t.chance.outcome); s += ': ' + (o ? o.label : t.chance.outcome); }
  const decided = (t.instructor && t.instructor.events) || [];
  for (const e of t.events) { if (decided.some((d) => d.event === e)) continue; const ev = game.events.find((y) => y.id === e); s += ' · ' + (ev ? ev.label : e); }
  // What the instructor decided is said as the instructor's doing, with the model's chance.
  if (t.chance && t.chance.decidedBy === 'instructor') { const o = x && x.outcomes.find((y) => y.id === t.chance.outcome); s += ' · the instructor decided: ' + (o ? o.label : t.chance.outcome) + " (the model's chance was " + pct(t.chance.probability) + ')'; }
  for (const d of decided) { const ev = game.events.find((y) => y.id === d.event); s += ' · the instructor ' + (d.fires ? 'injected' : 'held back') + ': ' + (ev ? ev.label : d.event) + " (the model's chance was " + pct(d.probability) + ')'; }
  for (const id of (t.instructor && t.instructor.injects) || []) { const ev = game.injects.find((y) => y.id === id); s += ' · the instructor injected: ' + (ev ? ev.label : id); }
  return s;
}
function pct(p) { return p > 0 && p < 0.005 ? '<1%' : p < 1 && p > 0.995 ? '>99%' : Math.round(p * 100) + '%'; }
// The instructor's orders, as the console lists them: each value is the order's JSON.
function orderChoices() {
  const option = (label, order) => { const o = el('option', label); o.value = JSON.stringify(order); return o; };
  $('inject').replaceChildren(...game.events.map((e) => option(e.label + ' (random event)', { kind: 'event', event: e.id, fires: true })), ...game.injects.map((e) => option(e.label + ' (inject)', { kind: 'inject', inject: e.id })));
  const decide = [];
  for (const a of game.actors) for (const x of a.actions) if (x.outcomes.length > 1) for (const o of x.outcomes) decide.push(option(a.name + ' · ' + x.label + ' → ' + o.label, { kind: 'outcome', actor: a.id, action: x.id, outcome: o.id }));
  for (const e of game.events) decide.push(option(e.label + ' does not happen', { kind: 'event', event: e.id, fires: false }));
  $('decide').replaceChildren(...decide);
}
function fmt(n) { return Math.abs(n) >= 100 ? n.toFixed(0) : String(Math.round(n * 100) / 100); }

function connect(code, group) {
  socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/play');
  socket.onopen = () => { retry = 0; const hello = { type: 'hello', code }; if (group) hello.group = group; socket.send(JSON.stringify(hello)); };
  socket.onmessage = (event) => receive(JSON.parse(event.data), code, group);
  socket.onclose = () => {
    if (stopped || !joined) return;
    // The host may have restarted from its journal: come back by ourselves.
    retry = Math.min(retry + 1, 5);
    say('connection lost; reconnecting…', true);
    setTimeout(() => connect(code, group), 300 * retry);
  };
}

function receive(m, code, group) {
  if (m.type === 'welcome') {
    joined = true; game = m.game; role = m.role; seat = m.seat;
    sessionStorage.setItem('wargame-join', JSON.stringify({ code, group }));
    $('join').hidden = true; $('game').hidden = false; $('console').hidden = role !== 'instructor';
    if (role === 'instructor') orderChoices();
    $('title').textContent = game.scenario.title;
    $('who').textContent = (role === 'seat' ? 'You play ' + actor(seat).name + (group ? ' · ' + group : '') : role === 'instructor' ? 'Instructor' : 'Watching') + ' · seed ' + game.seed;
    $('history-heading').hidden = $('history').hidden = role !== 'seat';
    say('joined');
    render(m.view);
  } else if (m.type === 'update') {
    // An update brings only the turns not yet had.
    const v = m.view;
    if (view && v.from > 0) v.turns = view.turns.slice(0, v.from).concat(v.turns);
    render(v);
  } else if (m.type === 'accepted') {
    say('turn ' + m.turn + ' played');
  } else if (m.type === 'refused') {
    say(m.message, true);
    if (!joined && (m.reason === 'wrong-code' || m.reason === 'slow-down' || m.reason === 'seat-taken')) { sessionStorage.removeItem('wargame-join'); socket.close(); }
  } else if (m.type === 'ended') {
    say('the game has ended' + (m.records.length ? '; the instructor has the records' : ''));
  }
}

function render(v) {
  view = v;
  const turn = v.turns.length;
  const banner = v.ended ? 'The game has ended.' : v.paused ? 'Paused by the instructor.' : v.toMove ? 'Turn ' + (turn + 1) + ' of ' + game.horizon + ': ' + actor(v.toMove).name + ' to move' + (v.secondsLeft !== undefined ? ' · ' + v.secondsLeft + ' s left' : '') : '';
  $('banner').textContent = banner; $('banner').style.display = banner ? 'block' : 'none';
  $('pause').textContent = v.paused ? 'Resume' : 'Pause';
  $('model').textContent = v.modelView ? 'Close model view' : 'Open model view';
  const news = $('news'); news.replaceChildren(el('li', game.trigger, 'muted'));
  news.firstChild.value = 0;
  for (const t of v.turns) { const li = el('li', moveText(t), t.decidedBy === 'human' ? 'human' : ''); li.value = t.turn; news.append(li); }
  const state = turn > 0 ? v.turns[turn - 1].state : v.triggerState;
  const world = $('world'); world.replaceChildren();
  for (const q of game.quantities) {
    const tr = el('tr'); tr.append(el('td', q.label), el('td', fmt(state[q.id]), 'num'), el('td', q.unit, 'muted')); world.append(tr);
  }
  const seats = $('seats'); seats.replaceChildren();
  for (const s of v.seats) seats.append(el('li', actor(s.actor).name + (s.group ? ' (' + s.group + ')' : '') + ' · ' + (s.connected ? 'connected' : 'not connected') + (s.toMove ? ' · to move' : '')));
  const history = $('history'); history.replaceChildren();
  for (const t of v.turns.filter((t) => t.actor === seat)) { const li = el('li', moveText(t) + (t.decidedBy === 'model' ? ' (played by the model)' : '')); li.value = t.turn; history.append(li); }
  const options = $('options'); options.replaceChildren();
  $('move').hidden = !v.yours;
  if (v.yours) {
    $('move-heading').textContent = 'Your move, ' + actor(seat).name + ' (turn ' + (turn + 1) + ')';
    for (const o of v.yours) {
      const box = el('div', undefined, 'option');
      const button = el('button', o.label); button.type = 'button'; button.dataset.action = o.action;
      button.onclick = () => { socket.send(JSON.stringify({ type: 'move', turn: turn + 1, action: o.action })); say('sending…'); };
      box.append(button);
      if (o.expectedUtility !== undefined) box.append(el('span', '  model: score ' + o.expectedUtility.toFixed(2) + ' · chance ' + Math.round(o.probability * 100) + '%', 'muted'));
      const ul = el('ul'); for (const e of o.effects) ul.append(el('li', e)); if (o.effects.length) box.append(ul);
      options.append(box);
    }
  }
  $('outcomes').hidden = !v.outcomes;
  const list = $('outcome-list'); list.replaceChildren();
  for (const o of v.outcomes || []) list.append(el('li', (o.held ? '✔ ' : '✘ ') + o.label));
}

$('join').onsubmit = (event) => { event.preventDefault(); joined = false; say('joining…'); connect($('code').value.trim(), $('group').value.trim()); };
$('pause').onclick = () => socket.send(JSON.stringify({ type: view && view.paused ? 'resume' : 'pause' }));
$('model').onclick = () => socket.send(JSON.stringify({ type: 'model-view', open: !(view && view.modelView) }));
$('end').onclick = () => { if (confirm('End the game for everyone? The model plays any turns left.')) socket.send(JSON.stringify({ type: 'end' })); };
$('inject-go').onclick = () => socket.send(JSON.stringify({ type: 'order', order: JSON.parse($('inject').value) }));
$('decide-go').onclick = () => socket.send(JSON.stringify({ type: 'order', order: JSON.parse($('decide').value) }));
$('timer').onchange = () => socket.send(JSON.stringify({ type: 'timer', seconds: Number($('timer').value) || 0 }));
if (saved) { $('code').value = saved.code; $('group').value = saved.group || ''; connect(saved.code, saved.group); }
</script>
</body>
</html>
`;
