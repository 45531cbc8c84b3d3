// The review desk's one script (served by the desk itself; CSP script-src 'self').
// Every text it shows is set with textContent, never as HTML.
(function () {
  'use strict';
  var token = document.querySelector('meta[name=token]').content;
  var pair = document.body.dataset.pair;
  var statusLine = document.getElementById('status');

  function say(m) { if (statusLine) statusLine.textContent = m; }

  function api(action, body) {
    return fetch('/api/pair/' + encodeURIComponent(pair) + '/' + action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': token },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.text().then(function (t) {
        if (!r.ok) throw new Error(t.trim() || ('HTTP ' + r.status));
        return JSON.parse(t);
      });
    });
  }

  // ---- corpus page: sortable table
  var corpus = document.getElementById('corpus');
  if (corpus) {
    corpus.querySelectorAll('th[data-sort]').forEach(function (th, col) {
      th.addEventListener('click', function () {
        var body = corpus.tBodies[0];
        var rows = [].slice.call(body.rows);
        var idx = [].indexOf.call(th.parentNode.children, th);
        var down = th.dataset.dir !== 'desc';
        corpus.querySelectorAll('th[data-sort]').forEach(function (x) { delete x.dataset.dir; x.removeAttribute('aria-sort'); });
        th.dataset.dir = down ? 'desc' : 'asc';
        th.setAttribute('aria-sort', down ? 'descending' : 'ascending');
        rows.sort(function (a, b) {
          var x = a.cells[idx], y = b.cells[idx];
          var vx = x ? x.dataset.v : undefined, vy = y ? y.dataset.v : undefined;
          var c;
          if (th.dataset.sort === 'num') {
            var nx = vx === undefined || vx === '' ? -Infinity : parseFloat(vx);
            var ny = vy === undefined || vy === '' ? -Infinity : parseFloat(vy);
            c = nx - ny;
          } else {
            c = String(vx || (x && x.textContent) || '').localeCompare(String(vy || (y && y.textContent) || ''));
          }
          return down ? -c : c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }
  if (!pair) return;

  // ---- pair page
  var items = [].slice.call(document.querySelectorAll('#queue .flag'));
  var i = -1;
  var undoKey = 'workbench-undo:' + pair;

  function undoStack() {
    try { return JSON.parse(sessionStorage.getItem(undoKey) || '[]'); } catch (e) { return []; }
  }
  function pushUndo(entry) {
    var s = undoStack(); s.push(entry); sessionStorage.setItem(undoKey, JSON.stringify(s.slice(-50)));
  }

  function indexOfHash() {
    var h = decodeURIComponent(location.hash.slice(1));
    for (var k = 0; k < items.length; k++) if ('fp-' + items[k].dataset.fp === h) return k;
    return -1;
  }
  function firstOpen(from) {
    for (var k = from; k < items.length; k++) if (items[k].dataset.state === 'open') return k;
    for (var m = 0; m < from && m < items.length; m++) if (items[m].dataset.state === 'open') return m;
    return -1;
  }
  function select(k, scroll) {
    if (!items.length) return;
    i = Math.max(0, Math.min(items.length - 1, k));
    items.forEach(function (e) { e.classList.remove('sel'); e.removeAttribute('aria-current'); });
    var e = items[i];
    e.classList.add('sel'); e.setAttribute('aria-current', 'true');
    if (history.replaceState) history.replaceState(null, '', '#fp-' + e.dataset.fp);
    if (scroll !== false) e.scrollIntoView({ block: 'nearest' });
    document.querySelectorAll('mark.cur').forEach(function (m) { m.classList.remove('cur'); });
    document.querySelectorAll('mark[data-fps]').forEach(function (m) {
      if ((' ' + m.dataset.fps + ' ').indexOf(' ' + e.dataset.fp + ' ') >= 0) m.classList.add('cur');
    });
  }
  // after a change, come back to the next open flag after this one
  function reloadAt(fp) {
    location.hash = 'fp-' + fp;
    location.reload();
  }
  function nextOpenAfter(k) {
    for (var m = k + 1; m < items.length; m++) if (items[m].dataset.state === 'open') return items[m].dataset.fp;
    for (var n = 0; n < k; n++) if (items[n].dataset.state === 'open') return items[n].dataset.fp;
    return items[k] ? items[k].dataset.fp : '';
  }

  function decide(e, decision, note) {
    var prev = { fp: e.dataset.fp, decision: e.dataset.decision || null, note: e.dataset.note || '' };
    var k = items.indexOf(e);
    return api('decision', { fingerprint: e.dataset.fp, decision: decision, note: note || '' })
      .then(function () {
        pushUndo({ what: decision + ' ' + e.dataset.rule, prev: [prev] });
        reloadAt(decision === 'clear' ? e.dataset.fp : nextOpenAfter(k));
      })
      .catch(function (err) { say(err.message); });
  }

  function undo() {
    var s = undoStack();
    var entry = s.pop();
    if (!entry) { say('Nothing to undo.'); return; }
    sessionStorage.setItem(undoKey, JSON.stringify(s));
    var chain = Promise.resolve();
    entry.prev.forEach(function (p) {
      chain = chain.then(function () {
        return api('decision', { fingerprint: p.fp, decision: p.decision || 'clear', note: p.note || '' });
      });
    });
    chain.then(function () { reloadAt(entry.prev[0].fp); })
      .catch(function (err) { say('undo failed: ' + err.message); });
  }

  // a one-line input inside the selected flag; Enter submits, Escape cancels
  function ask(e, cls, label, value, done) {
    var old = e.querySelector('.ask'); if (old) old.remove();
    var box = document.createElement('div'); box.className = 'ask';
    var l = document.createElement('label'); l.textContent = label + ' ';
    var input = document.createElement('input'); input.type = 'text'; input.className = cls; input.value = value || '';
    input.size = 50; l.appendChild(input); box.appendChild(l);
    var hint = document.createElement('span'); hint.className = 'muted'; hint.textContent = ' Enter to save, Esc to cancel';
    box.appendChild(hint); e.appendChild(box); input.focus();
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') { ev.preventDefault(); done(input.value); }
      if (ev.key === 'Escape') { ev.preventDefault(); box.remove(); }
      ev.stopPropagation();
    });
  }

  function dismiss(e) { ask(e, 'reason', 'Reason for dismissing:', '', function (v) { decide(e, 'dismissed', v); }); }
  function note(e) {
    if (!e.dataset.decision) { say('Confirm or dismiss this flag first: a note goes with a decision.'); return; }
    ask(e, 'note', 'Note:', e.dataset.note || '', function (v) {
      var prev = { fp: e.dataset.fp, decision: e.dataset.decision, note: e.dataset.note || '' };
      api('decision', { fingerprint: e.dataset.fp, decision: e.dataset.decision, note: v })
        .then(function () { pushUndo({ what: 'note', prev: [prev] }); reloadAt(e.dataset.fp); })
        .catch(function (err) { say(err.message); });
    });
  }
  function bulk(rule) {
    var e = items[i];
    var host = e || document.getElementById('queue');
    ask(host, 'reason', 'Reason for dismissing every open flag of ' + rule + ':', '', function (v) {
      api('dismiss-rule', { rule: rule, note: v }).then(function (a) {
        if (a.fingerprints.length) {
          pushUndo({ what: 'dismiss rule ' + rule, prev: a.fingerprints.map(function (fp) { return { fp: fp, decision: null, note: '' }; }) });
        }
        location.reload();
      }).catch(function (err) { say(err.message); });
    });
  }
  function glossary(e) {
    var word = e.dataset.word;
    if (!word) { say('This flag is not about one word.'); return; }
    api('glossary', { word: word }).then(function (a) {
      say(a.added ? 'Added ' + word + ' to ' + a.file + '.' : word + ' is already in ' + a.file + '.');
      setTimeout(function () { location.reload(); }, 400);
    }).catch(function (err) { say(err.message); });
  }

  // ---- corrections: typed, re-checked at once, saved with the decisions
  function editor(e) {
    var sid = e.dataset.sentence;
    if (!sid) { say('This flag has no machine sentence to correct.'); return; }
    var old = e.querySelector('.editor'); if (old) { old.querySelector('textarea').focus(); return; }
    var box = document.createElement('div'); box.className = 'editor';
    var ta = document.createElement('textarea'); ta.className = 'correction'; ta.rows = 3; ta.cols = 80;
    ta.value = e.dataset.corrected || e.dataset.sentenceText || '';
    var out = document.createElement('div'); out.className = 'recheck'; out.setAttribute('aria-live', 'polite');
    var save = document.createElement('button'); save.textContent = 'save correction'; save.className = 'save';
    var drop = document.createElement('button'); drop.textContent = 'remove correction'; drop.className = 'drop';
    var hint = document.createElement('span'); hint.className = 'muted';
    hint.textContent = ' Enter saves, Esc closes; re-checked as you type.';
    box.appendChild(ta); box.appendChild(out); box.appendChild(save); box.appendChild(drop); box.appendChild(hint);
    e.appendChild(box); ta.focus();
    var timer = null, seq = 0;
    function show(a, n) {
      if (n !== seq) return; // an older answer
      out.textContent = '';
      var head = document.createElement('div'); head.className = 'recheck-head';
      head.textContent = a.findings.length === 0 ? 'No findings.' : a.findings.length + (a.findings.length === 1 ? ' finding:' : ' findings:');
      out.appendChild(head);
      var ul = document.createElement('ul');
      a.findings.forEach(function (f) {
        var li = document.createElement('li'); li.dataset.rule = f.ruleId; li.className = f.severity;
        li.textContent = f.severity + ' · ' + f.ruleId + ' · “' + f.covered + '”: ' + f.message;
        ul.appendChild(li);
      });
      out.appendChild(ul);
      out.dataset.count = String(a.findings.length);
      out.dataset.text = a.text;
    }
    function recheck() {
      var n = ++seq;
      api('recheck', { sentence: sid, text: ta.value }).then(function (a) { show(a, n); })
        .catch(function (err) { if (n === seq) { out.textContent = err.message; delete out.dataset.count; } });
    }
    ta.addEventListener('input', function () { clearTimeout(timer); delete out.dataset.count; timer = setTimeout(recheck, 120); });
    ta.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' && !ev.shiftKey) { ev.preventDefault(); store(ta.value); }
      if (ev.key === 'Escape') { ev.preventDefault(); box.remove(); }
      ev.stopPropagation();
    });
    function store(text) {
      api('correction', { sentence: sid, text: text }).then(function () { reloadAt(e.dataset.fp); })
        .catch(function (err) { say(err.message); });
    }
    save.addEventListener('click', function () { store(ta.value); });
    drop.addEventListener('click', function () { store(''); });
    recheck();
  }

  // ---- queue filters: the search box
  var q = document.getElementById('q');
  if (q) {
    q.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') {
        ev.preventDefault();
        var u = new URL(location.href);
        if (q.value) u.searchParams.set('q', q.value); else u.searchParams.delete('q');
        u.hash = '';
        location.href = u.toString();
      }
      if (ev.key === 'Escape') { q.blur(); }
      ev.stopPropagation();
    });
  }

  // ---- the two articles: a sentence and its partners light up
  var sents = [].slice.call(document.querySelectorAll('.sent'));
  function partners() {
    sents.forEach(function (x) { x.classList.remove('partner'); });
    sents.forEach(function (e) {
      if (!e.classList.contains('hover') && !e.classList.contains('picked')) return;
      (e.dataset.partner || '').split(' ').forEach(function (p) {
        var x = p && document.getElementById('s-' + p);
        if (x) x.classList.add('partner');
      });
    });
  }
  sents.forEach(function (e) {
    e.addEventListener('mouseenter', function () { e.classList.add('hover'); partners(); });
    e.addEventListener('mouseleave', function () { e.classList.remove('hover'); partners(); });
  });

  document.addEventListener('click', function (ev) {
    var b = ev.target.closest('button');
    if (!b) {
      var f = ev.target.closest('#queue .flag');
      if (f) { select(items.indexOf(f), false); return; }
      var s = ev.target.closest('.sent');
      if (s && !ev.target.closest('a')) {
        var was = s.classList.contains('picked');
        sents.forEach(function (x) { x.classList.remove('picked'); });
        if (!was) s.classList.add('picked');
        partners();
      }
      return;
    }
    if (b.dataset.rule) { bulk(b.dataset.rule); return; }
    var e = b.closest('.flag');
    if (!e || !b.dataset.action) return;
    select(items.indexOf(e), false);
    switch (b.dataset.action) {
      case 'confirmed': decide(e, 'confirmed', e.dataset.note); break;
      case 'dismissed': dismiss(e); break;
      case 'undo': undo(); break;
      case 'note': note(e); break;
      case 'correct': editor(e); break;
      case 'glossary': glossary(e); break;
    }
  });

  var help = document.getElementById('help');
  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA')) return;
    var e = items[i];
    switch (ev.key) {
      case 'j': select(i + 1); break;
      case 'k': select(i - 1); break;
      case 'c': if (e) decide(e, 'confirmed', e.dataset.note); break;
      case 'd': if (e) { ev.preventDefault(); dismiss(e); } break;
      case 'n': if (e) { ev.preventDefault(); note(e); } break;
      case 'e': if (e) { ev.preventDefault(); editor(e); } break;
      case 'g': if (e) glossary(e); break;
      case 'u': undo(); break;
      case '/': if (q) { ev.preventDefault(); q.focus(); q.select(); } break;
      case '?': if (help) help.hidden = !help.hidden; break;
      case 'Escape': if (help) help.hidden = true; break;
      default: return;
    }
  });
  window.addEventListener('hashchange', function () { var k = indexOfHash(); if (k >= 0) select(k); });

  var start = indexOfHash();
  select(start >= 0 ? start : Math.max(0, firstOpen(0)));
  document.body.dataset.ready = 'true';
})();
