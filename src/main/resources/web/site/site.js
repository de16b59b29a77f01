/* vaxline site workspace: the due list, the queue and its sync, and the doses of one vaccination site, working offline.
   Plain JavaScript, no build step. The site's pack (stock, due list, people) and the queue of records not yet synced
   live in IndexedDB, so nothing is lost when the tab closes; each queued record carries its client id (a UUIDv7),
   so sending it again is harmless: the server answers "already recorded". */
(function () {
  'use strict';
  var main = document.getElementById('main');
  var LANG = main.getAttribute('data-lang') || 'vi';
  var USER = main.getAttribute('data-user') || 'user';
  var TEXTS = JSON.parse(document.getElementById('site-texts').textContent || '{}');
  var CHUNK = 200;
  /** The page's other parts (site-people.js, site-scan.js, site-sessions.js): each may render with the page and wire its controls. */
  var parts = [];

  var state = {pack: null, queue: [], person: null, lot: null, scanExpiry: null, lastDose: null, online: navigator.onLine,
    signedOut: false, db: null, csrf: main.getAttribute('data-csrf')};

  // ---- texts ------------------------------------------------------------------------------------------------------
  function t(key) {
    var pattern = TEXTS[key];
    if (pattern === undefined) { return key; }
    var args = Array.prototype.slice.call(arguments, 1);
    return pattern.replace(/\{(\d+)\}/g, function (m, i) { return args[+i] === undefined ? m : String(args[+i]); }).replace(/''/g, "'");
  }
  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) { var e = document.createElement(tag); if (text != null) { e.textContent = text; } if (cls) { e.className = cls; } return e; }
  function button(text, onClick, cls) { var b = el('button', text, cls); b.type = 'button'; b.addEventListener('click', onClick); return b; }
  var dateFormat = new Intl.DateTimeFormat(LANG === 'en' ? 'en-GB' : LANG === 'es' ? 'es-ES' : 'vi-VN', {timeZone: 'UTC'});
  function showDate(iso) { return iso ? dateFormat.format(new Date(iso + 'T00:00:00Z')) : ''; }

  // ---- ids and days -----------------------------------------------------------------------------------------------
  /** A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, version 7, random bits, the variant. */
  function uuid7() {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    var ms = Date.now();
    for (var i = 5; i >= 0; i--) { b[i] = ms % 256; ms = Math.floor(ms / 256); }
    b[6] = (b[6] & 0x0f) | 0x70;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  var seqCounter = 0;
  function nextSeq() { seqCounter = (seqCounter + 1) % 1000; return Date.now() * 1000 + seqCounter; }
  /** Today in the programme's time zone (the pack names it), as YYYY-MM-DD. */
  function today() {
    var zone = state.pack && state.pack.timeZone;
    try {
      return new Intl.DateTimeFormat('en-CA', {timeZone: zone && zone !== 'Z' ? zone : 'UTC', year: 'numeric', month: '2-digit', day: '2-digit'}).format(new Date());
    } catch (e) {
      return new Date().toISOString().substring(0, 10);
    }
  }
  function age(dob) {
    if (!dob) { return ''; }
    var now = today(), years = +now.substring(0, 4) - +dob.substring(0, 4);
    return now.substring(5) < dob.substring(5) ? years - 1 : years;
  }

  // ---- IndexedDB: one database per user, the pack in 'meta', the records not yet synced in 'queue' ------------------
  function openDb() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open('vaxline-site-' + USER, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore('meta');
        request.result.createObjectStore('queue', {keyPath: 'id'});
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }
  function store(name, mode, work) {
    return new Promise(function (resolve, reject) {
      var tx = state.db.transaction(name, mode), result;
      var request = work(tx.objectStore(name));
      if (request) { request.onsuccess = function () { result = request.result; }; }
      tx.oncomplete = function () { resolve(result); };
      tx.onerror = function () { reject(tx.error); };
      tx.onabort = function () { reject(tx.error); };
    });
  }
  function loadQueue() {
    return store('queue', 'readonly', function (s) { return s.getAll(); }).then(function (items) {
      state.queue = (items || []).sort(function (a, b) { return a.seq - b.seq; });
    });
  }
  function putItem(item) { return store('queue', 'readwrite', function (s) { return s.put(item); }); }
  function deleteItem(id) { return store('queue', 'readwrite', function (s) { return s.delete(id); }); }

  // ---- what the page shows: the pack, with the queue applied ----------------------------------------------------------
  function waiting() { return state.queue.filter(function (i) { return i.status === 'waiting'; }); }
  function refused() { return state.queue.filter(function (i) { return i.status === 'refused'; }); }
  function people() {
    var byId = {};
    ((state.pack && state.pack.people) || []).forEach(function (p) { byId[p.id] = p; });
    state.queue.forEach(function (i) {
      if (i.kind === 'PERSON' && !byId[i.id]) {
        var p = i.person;
        byId[i.id] = {id: i.id, fullName: p.fullName, searchName: normalize(p.fullName), identityType: p.identityType,
          identityNumber: p.identityNumber, phone: phoneNumber(p.phone), dateOfBirth: p.dateOfBirth, sex: p.sex, nextDose: 1, queued: true};
      }
    });
    return byId;
  }
  function nextDose(personId) {
    var p = people()[personId];
    var base = p ? p.nextDose || 1 : 1;
    return base + waiting().filter(function (i) { return i.kind === 'DOSE' && i.dose.personId === personId; }).length;
  }
  function stockLines() {
    var taken = {};
    waiting().forEach(function (i) { if (i.kind === 'DOSE') { taken[i.dose.lotId] = (taken[i.dose.lotId] || 0) + 1; } });
    return ((state.pack && state.pack.stock) || []).map(function (l) {
      return Object.assign({}, l, {quantity: l.quantity - (taken[l.lotId] || 0)});
    });
  }
  function product(id) {
    return ((state.pack && state.pack.products) || []).filter(function (p) { return p.id === id; })[0] || {code: '?', name: '?', gtins: []};
  }

  // ---- names and phones as the registry compares them ------------------------------------------------------------------
  function normalize(text) {
    return (text || '').toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/\p{M}+/gu, '').replace(/\s+/g, ' ').trim();
  }
  /** +84… as the registry stores it, or null (the server's PhoneNumber.normalize). */
  function phoneNumber(text) {
    if (!text) { return null; }
    var digits = text.trim().replace(/[\s.()-]/g, ''), national;
    if (digits.indexOf('+84') === 0) { national = digits.substring(3); }
    else if (digits.indexOf('84') === 0 && digits.length >= 11) { national = digits.substring(2); }
    else if (digits.indexOf('0') === 0) { national = digits.substring(1); }
    else { return null; }
    return /^[1-9][0-9]{8,9}$/.test(national) ? '+84' + national : null;
  }

  // ---- rendering ---------------------------------------------------------------------------------------------------
  function render() {
    renderBanner();
    renderSite();
    renderDue();
    renderStock();
    renderRefused();
    renderChosen();
    parts.forEach(function (part) { if (part.render) { part.render(); } });
  }
  function renderBanner() {
    var banner = $('sync-banner'), n = waiting().length, r = refused().length, parts = [];
    if (!state.online) { parts.push(t('site.banner.offline')); }
    if (state.signedOut) { parts.push(t('site.banner.signin')); }
    parts.push(n > 0 ? t('site.banner.waiting', n) : t('site.banner.none'));
    if (r > 0) { parts.push(t('site.banner.refused', r)); }
    $('banner-text').textContent = parts.join(' · ');
    banner.setAttribute('data-waiting', String(n));
    banner.setAttribute('data-refused', String(r));
    banner.className = 'banner' + (!state.online ? ' offline' : n === 0 && r === 0 ? ' synced' : '');
  }
  function renderSite() {
    if (state.pack) { $('site-name').textContent = state.pack.site.name + ' (' + state.pack.site.code + ') · ' + showDate(today()); }
  }
  function renderDue() {
    var body = $('due').tBodies[0], all = people();
    body.textContent = '';
    var served = {};
    waiting().forEach(function (i) { if (i.kind === 'DOSE') { served[i.dose.personId] = true; } });
    var rows = ((state.pack && state.pack.due) || []).filter(function (d) { return !served[d.personId] && all[d.personId]; });
    if (!rows.length) {
      var tr = el('tr'), td = el('td', t('site.due.empty'));
      td.colSpan = 6; tr.appendChild(td); body.appendChild(tr);
      return;
    }
    rows.forEach(function (d) {
      var p = all[d.personId], tr = el('tr');
      tr.setAttribute('data-person', p.id);
      var name = el('th', p.fullName); name.scope = 'row'; tr.appendChild(name);
      tr.appendChild(el('td', String(age(p.dateOfBirth)), 'num'));
      tr.appendChild(el('td', p.phone || ''));
      tr.appendChild(el('td', t('site.dose.n', d.doseNumber)));
      var due = el('td', showDate(d.dueOn));
      if (d.overdue) { due.appendChild(document.createTextNode(' ')); due.appendChild(el('span', t('site.due.overdue'), 'overdue')); }
      tr.appendChild(due);
      var cell = el('td');
      var choose = button(t('site.choose'), function () { choosePerson(p.id); }, 'choose');
      choose.setAttribute('aria-label', t('site.choose') + ': ' + p.fullName);
      cell.appendChild(choose); tr.appendChild(cell);
      body.appendChild(tr);
    });
  }
  function renderStock() {
    var body = $('stock').tBodies[0], select = $('lot'), chosen = state.lot && state.lot.lotId;
    body.textContent = '';
    select.textContent = '';
    var none = el('option', t('site.lot.none')); none.value = ''; select.appendChild(none);
    stockLines().forEach(function (l) {
      var p = product(l.productId), tr = el('tr');
      tr.setAttribute('data-lot', l.lotNumber);
      var lot = el('th', l.lotNumber); lot.scope = 'row'; tr.appendChild(lot);
      tr.appendChild(el('td', p.name));
      tr.appendChild(el('td', showDate(l.expiresOn)));
      tr.appendChild(el('td', String(l.quantity), 'num doses'));
      tr.appendChild(el('td', l.usable ? t('site.stock.usable') : t('site.stock.notUsable')));
      body.appendChild(tr);
      if (l.usable && l.quantity > 0) {
        var option = el('option', l.lotNumber + ' · ' + p.name + ' · ' + showDate(l.expiresOn) + ' · ' + l.quantity);
        option.value = l.lotId;
        select.appendChild(option);
      }
    });
    select.value = chosen || '';
  }
  function problemText(problem) {
    if (!problem) { return ''; }
    var hint = TEXTS['site.hint.' + problem.code] ? t('site.hint.' + problem.code) : t('site.hint.GENERIC');
    return problem.title + (problem.detail ? ': ' + problem.detail : '') + ' — ' + t('site.whatToDo', hint);
  }
  function renderRefused() {
    var list = $('refused'), all = people();
    list.textContent = '';
    var items = refused();
    if (!items.length) { list.appendChild(el('li', t('site.refused.empty'))); return; }
    items.forEach(function (item) {
      var li = el('li');
      li.setAttribute('data-id', item.id);
      li.setAttribute('data-code', item.problem && item.problem.code || '');
      var who = item.kind === 'PERSON' ? item.person.fullName : (all[item.dose.personId] || {}).fullName || item.label || '';
      li.appendChild(el('strong', item.kind === 'PERSON' ? t('site.refused.person', who) : t('site.refused.dose', item.doseNumber || '', who)));
      li.appendChild(el('span', problemText(item.problem), 'problem'));
      var actions = el('div', null, 'actions');
      var existing = item.problem && (item.problem.existingPersonId || (item.problem.candidateIds || [])[0]);
      if (item.kind === 'PERSON' && existing) {
        actions.appendChild(button(t('site.refused.same'), function () { samePerson(item, existing); }));
      }
      if (item.kind === 'PERSON' && item.problem && item.problem.code === 'PERSON_LIKELY_DUPLICATE') {
        actions.appendChild(button(t('site.refused.other'), function () {
          item.person.confirmNotDuplicate = true; resend(item);
        }));
      }
      if (item.kind === 'DOSE') { actions.appendChild(button(t('site.refused.retry'), function () { resend(item); })); }
      actions.appendChild(button(t('site.refused.discard'), function () { discard(item); }, 'discard'));
      li.appendChild(actions);
      list.appendChild(li);
    });
  }
  function renderChosen() {
    var p = state.person && people()[state.person];
    $('chosen').textContent = p ? t('site.dose.chosen', p.fullName, nextDose(p.id)) : t('site.dose.nobody');
    $('person').hidden = !p;
    $('person-none').hidden = !!p;
    if (p) {
      $('person-facts').textContent = [p.fullName, showDate(p.dateOfBirth) + ' (' + age(p.dateOfBirth) + ')', p.phone || '',
        p.identityNumber || ''].filter(Boolean).join(' · ');
    }
    var dose = state.lastDose && p && state.lastDose.personId === p.id ? state.lastDose : null;
    $('aefi').hidden = !dose;
  }

  // ---- choosing a person -------------------------------------------------------------------------------------------
  function choosePerson(id) {
    state.person = id;
    $('certificate').hidden = true;
    $('certificate-note').textContent = '';
    renderChosen();
    // the scanner types where the focus is: straight into the scan field
    $('scan').focus();
  }

  /** The open-vial session a dose of the lot is drawn from, when the sessions part has one open with a dose left. */
  function sessionFor(lotId) {
    var found = null;
    parts.forEach(function (part) { if (!found && part.sessionFor) { found = part.sessionFor(lotId); } });
    return found;
  }

  // ---- recording a dose: queued first, sent at once when online ---------------------------------------------------------
  function recordDose() {
    var started = performance.now(), result = $('dose-result'), p = state.person && people()[state.person];
    result.className = '';
    if (!p) { result.textContent = t('site.dose.nobody'); result.className = 'bad'; return Promise.resolve(); }
    var lot = state.lot || stockLines().filter(function (l) { return l.lotId === $('lot').value; })[0];
    if (!lot) { result.textContent = t('site.needLot'); result.className = 'bad'; return Promise.resolve(); }
    var number = nextDose(p.id);
    var item = {kind: 'DOSE', id: uuid7(), seq: nextSeq(), status: 'waiting', label: p.fullName, doseNumber: number,
      dose: {personId: p.id, productId: lot.productId, lotId: lot.lotId, givenOn: today(), sessionId: sessionFor(lot.lotId)}};
    state.timing = {id: item.id, answeredAt: null, started: started, marks: {}};
    var kept = false;
    return putItem(item).then(function () {
      kept = true;
      state.timing.marks.queued = performance.now() - started;
      state.queue.push(item);
      state.person = null;
      render();
      state.timing.marks.rendered = performance.now() - started;
      return state.online ? syncAgain() : null;
    }).then(function () {
      var after = state.queue.filter(function (i) { return i.id === item.id; })[0];
      if (!after) {
        result.textContent = t('site.recorded', number, p.fullName);
        result.className = 'ok';
        state.lastDose = {id: item.id, personId: p.id};
        state.person = p.id;
        renderChosen();
      } else if (after.status === 'refused') {
        result.textContent = t('site.refusedNow', problemText(after.problem));
        result.className = 'bad';
      } else {
        result.textContent = t('site.queued', number, p.fullName);
        result.className = 'queued';
      }
      result.setAttribute('data-dose', item.id);
      // the dose's own time: from the click to the server's answer for it (the pack's refresh after it not counted)
      var answered = state.timing && state.timing.id === item.id && state.timing.answeredAt;
      result.setAttribute('data-ms', String(Math.round((answered || performance.now()) - started)));
      result.setAttribute('data-ms-shown', String(Math.round(performance.now() - started)));
    }, function (failed) {
      console.error('recording a dose failed', failed);
      if (kept) {                                   // queued on the device: it goes with the next sync
        result.textContent = t('site.queued', number, p.fullName);
        result.className = 'queued';
        result.setAttribute('data-dose', item.id);
        return;
      }
      // the device's storage refused the dose: say so, so it is written down rather than lost
      result.textContent = t('site.dose.notKept', p.fullName, String((failed && (failed.name || failed.message)) || failed));
      result.className = 'bad';
      result.setAttribute('data-dose-failed', item.id);
    });
  }

  // ---- resolving what the server refused -------------------------------------------------------------------------------
  function resend(item) { item.status = 'waiting'; delete item.problem; return putItem(item).then(function () { render(); return sync(); }); }
  function discard(item) {
    return deleteItem(item.id).then(function () {
      state.queue = state.queue.filter(function (i) { return i.id !== item.id; });
      render();
    });
  }
  /** The registration was someone already registered: their queued doses go to that record, the registration goes. */
  function samePerson(item, existingId) {
    var moved = state.queue.filter(function (i) { return i.kind === 'DOSE' && i.dose.personId === item.id; });
    return Promise.all(moved.map(function (i) { i.dose.personId = existingId; i.status = 'waiting'; delete i.problem; return putItem(i); }))
      .then(function () { return discard(item); })
      .then(function () { return sync(); });
  }

  // ---- sync: the queue in batches, then a fresh pack ------------------------------------------------------------------------
  var running = null;
  function sync() {
    if (running) { return running; }
    // the pack is fetched after sending also when sending failed (a refusal of the whole batch, a stale form token):
    // the server is reachable, and the page must not go on showing stock and due lists from before
    var work = function () {
      return loadQueue().then(sendWaiting).then(refreshPack, function (failed) {
        return refreshPack().then(function () { throw failed; });
      });
    };
    running = (navigator.locks ? navigator.locks.request('vaxline-site-sync-' + USER, work) : work())
      .catch(function () { return null; })
      .then(function () { running = null; return loadQueue(); })
      .then(render);
    return running;
  }
  /** A sync that sees the records queued now, also while another sync (which read the queue before) is running. */
  function syncAgain() { return running ? running.then(sync) : sync(); }
  function sendWaiting() {
    var items = waiting();
    if (!items.length) { return Promise.resolve(); }
    $('banner-text').textContent = t('site.banner.syncing');
    var chunks = [];
    for (var i = 0; i < items.length; i += CHUNK) { chunks.push(items.slice(i, i + CHUNK)); }
    return chunks.reduce(function (previous, chunk) {
      return previous.then(function () { return sendChunk(chunk); });
    }, Promise.resolve());
  }
  function sendChunk(chunk) {
    if (state.timing) { state.timing.marks.sent = performance.now() - state.timing.started; }
    return fetch('/site/api/batch', {
      method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-CSRF-Token': state.csrf, 'Accept-Language': LANG},
      body: JSON.stringify({items: chunk.map(function (i) { return {kind: i.kind, id: i.id, person: i.person, dose: i.dose}; })})
    }).then(function (response) {
      state.online = true;
      if (response.status === 401 || response.status === 403) { state.signedOut = true; throw new Error('signed out'); }
      if (!response.ok) { throw new Error('sync answered ' + response.status); }
      state.signedOut = false;
      return response.json();
    }, function (offline) {
      state.online = false;
      throw offline;
    }).then(function (answer) {
      var byId = {};
      chunk.forEach(function (i) { byId[i.id] = i; });
      return Promise.all(answer.items.map(function (outcome) {
        var item = byId[outcome.id];
        if (!item) { return null; }
        if (state.timing && state.timing.id === item.id) { state.timing.answeredAt = performance.now(); state.timing.marks.answered = state.timing.answeredAt - state.timing.started; }
        if (outcome.status === 200 || outcome.status === 201) {
          if (item.kind === 'DOSE') { state.lastDose = {id: item.id, personId: outcome.body.personId}; }
          return deleteItem(item.id);
        }
        item.status = 'refused';
        item.problem = outcome.problem;
        return putItem(item);
      }));
    });
  }
  function refreshPack() {
    return fetch('/site/api/pack', {credentials: 'same-origin', headers: {'Accept-Language': LANG}}).then(function (response) {
      if (!response.ok) { if (response.status === 401) { state.signedOut = true; } return null; }
      state.online = true;
      return response.json().then(function (pack) {
        state.pack = pack;
        return store('meta', 'readwrite', function (s) { return s.put(pack, 'pack'); });
      });
    }, function () { state.online = false; return null; });
  }

  // ---- the certificate and adverse events (online: they are the server's to sign and record) -----------------------------
  function showCertificate() {
    var p = state.person && people()[state.person], note = $('certificate-note'), img = $('certificate');
    if (!p) { return; }
    if (!state.online || p.queued) { note.textContent = t('site.person.certificate.offline'); return; }
    fetch('/site/api/persons/' + encodeURIComponent(p.id) + '/certificate.png', {credentials: 'same-origin', headers: {'Accept-Language': LANG}})
      .then(function (response) {
        if (!response.ok) { return response.json().then(function (problem) { note.textContent = problemText(problem); }); }
        return response.blob().then(function (blob) {
          var reader = new FileReader();
          reader.onload = function () {
            img.src = reader.result; img.alt = t('site.person.certificate.alt', p.fullName); img.hidden = false; note.textContent = '';
          };
          reader.readAsDataURL(blob);
        });
      }, function () { note.textContent = t('site.person.certificate.offline'); });
  }
  function reportAefi(event) {
    event.preventDefault();
    var out = $('aefi-result'), dose = state.lastDose;
    if (!dose) { out.textContent = t('site.aefi.none'); return; }
    if (!state.online) { out.textContent = t('site.aefi.offline'); return; }
    var seriousness = $('aefi-seriousness').value, onset = $('aefi-onset').value;
    var body = {id: uuid7(), doseId: dose.id, onsetAt: onset ? new Date(onset).toISOString() : null,
      seriousness: seriousness === 'NON_SERIOUS' ? 'NON_SERIOUS' : 'SERIOUS',
      seriousCriteria: seriousness === 'NON_SERIOUS' ? [] : [seriousness], outcome: $('aefi-outcome').value,
      description: $('aefi-description').value.trim() || null};
    fetch('/site/api/aefi', {method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-CSRF-Token': state.csrf, 'Accept-Language': LANG}, body: JSON.stringify(body)})
      .then(function (response) {
        return response.json().then(function (answer) {
          out.textContent = response.ok ? t('site.aefi.saved') : problemText(answer);
          out.className = response.ok ? 'ok' : 'bad';
          if (response.ok) { $('aefi').reset(); }
        });
      }, function () { out.textContent = t('site.aefi.offline'); });
  }

  // ---- start ---------------------------------------------------------------------------------------------------------
  function wire() {
    wired = true;
    $('record').addEventListener('click', recordDose);
    $('aefi').addEventListener('submit', reportAefi);
    $('show-certificate').addEventListener('click', showCertificate);
    $('sync-now').addEventListener('click', function () { sync(); });
    parts.forEach(function (part) { if (part.wire) { part.wire(); } });
    window.addEventListener('online', function () { state.online = true; sync(); });
    window.addEventListener('offline', function () { state.online = false; renderBanner(); });
    // a sync now and then: a network that came back without telling, another tab's records
    setInterval(function () { if (navigator.onLine) { sync(); } }, 15000);
  }

  function start() {
  var csrfReady = refreshCsrf();
  openDb().then(function (db) {
    state.db = db;
    return Promise.all([loadQueue(), store('meta', 'readonly', function (s) { return s.get('pack'); })]);
  }).then(function (loaded) {
    state.pack = loaded[1] || null;
    wire();
    render();
    if (navigator.storage && navigator.storage.persist) { navigator.storage.persist().catch(function () { return false; }); }
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/site/sw.js', {scope: '/site/'}).catch(function () { return null; });
    }
    return csrfReady.then(sync);
  }).then(function () {
    main.setAttribute('data-ready', 'true');
  });
  }

  /** A page the service worker served from its cache may carry an older sign-in's CSRF token (take the current one) or
      an older language (load it again). */
  function refreshCsrf() {
    return fetch('/site/api/csrf', {credentials: 'same-origin'}).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (answer) {
        if (answer && answer.csrf) { state.csrf = answer.csrf; }
        // a cached page in another language (the link was slow right after a switch): the cache is fresh by now
        if (answer && answer.language && answer.language !== LANG && !sessionStorage.getItem('vaxline-site-relang')) {
          sessionStorage.setItem('vaxline-site-relang', '1');
          location.reload();
        } else if (answer) {
          sessionStorage.removeItem('vaxline-site-relang');
        }
      }, function () { return null; });
  }

  // What the page's other parts share. They are loaded (deferred) after this one, and a deferred script runs once the
  // page is parsed (readyState already 'interactive'): start waits for DOMContentLoaded, which comes after all of them.
  // A part that comes later still (loaded some other way) is wired and drawn as it arrives.
  var wired = false;
  function addPart(part) {
    parts.push(part);
    if (wired && part.wire) { part.wire(); }
    if (wired && part.render) { part.render(); }
  }
  window.VxSite = {state: state, t: t, $: $, el: el, button: button, today: today, showDate: showDate, uuid7: uuid7,
    stockLines: stockLines, product: product, people: people, waiting: waiting, render: render, problemText: problemText,
    refreshPack: refreshPack, refreshCsrf: refreshCsrf, sync: sync, syncAgain: syncAgain, store: store, putItem: putItem,
    nextSeq: nextSeq, normalize: normalize, phoneNumber: phoneNumber, choosePerson: choosePerson, lang: LANG, part: addPart};
  window.vxSite = {sync: sync, state: state, uuid7: uuid7};
  if (document.readyState === 'complete') { start(); } else { document.addEventListener('DOMContentLoaded', start); }
})();
