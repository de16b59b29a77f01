/* vaxline site workspace: open-vial sessions. The vaccinator opens vials of a lot (the day's session opens with the
   first), sees the doses left in them, and closes the session at the end of the day: the server writes what is left
   off as opened-vial wastage. While a lot has an open vial with a dose left, a dose of that lot is drawn from it (the
   dose carries the session's id, also when queued offline). Opening and closing need the network: the server checks
   the stock and writes the wastage, so the page does not queue them. */
(function () {
  'use strict';
  var S = window.VxSite, state = S.state, t = S.t, $ = S.$, el = S.el;
  var pendingSession = null;

  function openSession() {
    var sessions = (state.pack && state.pack.sessions) || [];
    return sessions.length ? sessions[0] : null;
  }
  /** Doses queued (not yet synced) against a session's lot: the page counts them off the server's figure. */
  function queuedFrom(sessionId, lotId) {
    return S.waiting().filter(function (i) {
      return i.kind === 'DOSE' && i.dose.sessionId === sessionId && i.dose.lotId === lotId;
    }).length;
  }
  function left(session, line) { return Math.max(0, line.dosesLeft - queuedFrom(session.id, line.lotId)); }

  function sessionFor(lotId) {
    var session = openSession();
    if (!session) { return null; }
    var line = session.lots.filter(function (l) { return l.lotId === lotId; })[0];
    return line && left(session, line) > 0 ? session.id : null;
  }

  function render() {
    var body = $('sessions').tBodies[0], session = openSession(), lines = session ? session.lots : [];
    body.textContent = '';
    if (!lines.length) {
      var tr = el('tr'), td = el('td', t('site.sessions.empty')); td.colSpan = 4; tr.appendChild(td); body.appendChild(tr);
    }
    lines.forEach(function (l) {
      var tr = el('tr'), lot = el('th', l.lotNumber || l.lotId); lot.scope = 'row'; tr.appendChild(lot);
      tr.setAttribute('data-lot', l.lotNumber || l.lotId);
      tr.appendChild(el('td', String(l.vialsOpened), 'num'));
      tr.appendChild(el('td', String(l.administered + queuedFrom(session.id, l.lotId)), 'num'));
      tr.appendChild(el('td', String(left(session, l)), 'num left'));
      body.appendChild(tr);
    });
    $('close-session').hidden = !session;
    var select = $('session-lot'), chosen = select.value;
    select.textContent = '';
    S.stockLines().forEach(function (l) {
      if (l.usable && l.quantity > 0) {
        var option = el('option', l.lotNumber + ' · ' + S.product(l.productId).name + ' · ' + l.quantity);
        option.value = l.lotId;
        select.appendChild(option);
      }
    });
    if (chosen) { select.value = chosen; }
  }

  function post(path, body) {
    return fetch(path, {method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-CSRF-Token': state.csrf, 'Accept-Language': S.lang},
      body: JSON.stringify(body || {})}).then(function (response) {
      return response.json().then(function (answer) { return {ok: response.ok, answer: answer}; });
    });
  }
  function say(text, cls) { var out = $('session-result'); out.textContent = text; out.className = cls; }
  /** The server's answer is said at once: a refresh of the pack that fails afterwards must not leave the form silent. */
  function afterwards(text) {
    say(text, 'ok');
    return S.refreshPack().then(S.render, function () { S.render(); });
  }

  function openVials(event) {
    event.preventDefault();
    var lotId = $('session-lot').value, count = +$('session-vials').value;
    if (!lotId) { say(t('site.needLot'), 'bad'); return Promise.resolve(); }
    var session = openSession();
    pendingSession = session ? session.id : pendingSession || S.uuid7();
    var lot = S.stockLines().filter(function (l) { return l.lotId === lotId; })[0];
    return post('/site/api/sessions', {sessionId: pendingSession, openingId: S.uuid7(), lotId: lotId, count: count})
      .then(function (r) {
        if (!r.ok) { say(S.problemText(r.answer), 'bad'); return null; }
        pendingSession = null;
        return afterwards(t('site.sessions.opened', count, lot ? lot.lotNumber : ''));
      }, function () { say(t('site.sessions.offline'), 'bad'); });
  }

  function close() {
    var session = openSession();
    if (!session) { return Promise.resolve(); }
    // the doses queued against the session go first: once closed, its leftovers are wastage and it takes no dose
    return S.sync().then(function () {
      return post('/site/api/sessions/' + encodeURIComponent(session.id) + '/close').then(function (r) {
      if (!r.ok) { say(S.problemText(r.answer), 'bad'); return null; }
      var wasted = r.answer.lots.reduce(function (sum, l) { return sum + l.wasted; }, 0);
      return afterwards(t('site.sessions.closed', wasted));
    }, function () { say(t('site.sessions.offline'), 'bad'); });
    });
  }

  function wire() {
    $('open-vials').addEventListener('submit', openVials);
    $('close-session').addEventListener('click', close);
  }

  S.part({render: render, wire: wire, sessionFor: sessionFor});
})();
