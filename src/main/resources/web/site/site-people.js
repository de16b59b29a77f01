/* vaxline site workspace: people. Finding a person (the site's people at once, the province's on the server when
   online) and registering one in one form, the citizen ID checked as the registry checks it and likely duplicates
   offered as "same person"; a registration is queued with its client id like a dose. */
(function () {
  'use strict';
  var S = window.VxSite, state = S.state, t = S.t, $ = S.$, el = S.el, button = S.button, today = S.today;
  var showDate = S.showDate, people = S.people, normalize = S.normalize, phoneNumber = S.phoneNumber;
  var choosePerson = S.choosePerson, store = S.store, render = S.render, LANG = S.lang;

  // ---- search: the site's people here and now, the province's on the server when online -------------------------------
  function matches(p, q) {
    var compact = q.replace(/[\s.-]/g, '');
    if (/^[0-9]{12}$/.test(compact) || (/^[A-Za-z0-9]{6,9}$/.test(compact) && /[A-Za-z]/.test(compact) && /[0-9]/.test(compact))) {
      return (p.identityNumber || '').toUpperCase() === compact.toUpperCase();
    }
    var phone = phoneNumber(q);
    if (phone) { return p.phone === phone; }
    var words = normalize(q).replace(/[^\p{L}\p{N} ]/gu, ' ').split(/\s+/).filter(Boolean);
    var name = p.searchName || normalize(p.fullName);
    return words.length > 0 && words.every(function (w) { return name.indexOf(w) >= 0; });
  }
  var searchTimer = null;
  function search() {
    var q = $('search').value.trim(), list = $('results');
    list.textContent = '';
    if (!q) { return; }
    var all = people(), found = {};
    Object.keys(all).forEach(function (id) { if (matches(all[id], q)) { found[id] = all[id]; } });
    showResults(found);
    clearTimeout(searchTimer);
    if (state.online) {
      searchTimer = setTimeout(function () {
        fetch('/site/api/persons?q=' + encodeURIComponent(q), {credentials: 'same-origin', headers: {'Accept-Language': LANG}})
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (page) {
            if (!page || $('search').value.trim() !== q) { return; }
            page.items.forEach(function (record) {
              var p = record.person || record;
              if (!found[p.id]) {
                found[p.id] = {id: p.id, fullName: p.fullName, searchName: p.normalizedName, identityType: p.identityType,
                  identityNumber: p.identityNumber, phone: p.phone, dateOfBirth: p.dateOfBirth, sex: p.sex, nextDose: null, remote: true};
              }
            });
            showResults(found);
          }).catch(function () { return null; });
      }, 250);
    }
  }
  function showResults(found) {
    var list = $('results'), ids = Object.keys(found);
    list.textContent = '';
    if (!ids.length) { list.appendChild(el('li', t('site.find.none'))); return; }
    ids.slice(0, 20).forEach(function (id) {
      var p = found[id], li = el('li');
      li.setAttribute('data-person', id);
      li.appendChild(el('span', [p.fullName, showDate(p.dateOfBirth), p.phone || '', p.identityNumber || ''].filter(Boolean).join(' · ')));
      var choose = button(t('site.choose'), function () {
        if (p.remote) { remember(p); }
        choosePerson(id);
      }, 'choose');
      choose.setAttribute('aria-label', t('site.choose') + ': ' + p.fullName);
      li.appendChild(choose);
      list.appendChild(li);
    });
  }
  /** A person found on the server joins the site's cached people (their next dose is the server's to infer). */
  function remember(p) {
    if (!state.pack) { return; }
    if (!state.pack.people.some(function (x) { return x.id === p.id; })) {
      p.nextDose = p.nextDose || 1;
      state.pack.people.push(p);
      store('meta', 'readwrite', function (s) { return s.put(state.pack, 'pack'); });
    }
  }

  // ---- registering a person ------------------------------------------------------------------------------------------
  function field(id) { return $(id).value.trim(); }
  function faultsOf(form) {
    var faults = {}, today_ = today();
    if (!form.identityNumber) { faults['r-idNumber'] = t('site.register.required'); }
    else if (form.identityType === 'CCCD') {
      var n = form.identityNumber.replace(/[\s.-]/g, ''), codes = (state.pack && state.pack.citizenIdProvinceCodes) || [];
      if (!/^[0-9]{12}$/.test(n)) { faults['r-idNumber'] = t('site.register.cccd.digits'); }
      else {
        var digit = +n.charAt(3), century = 1900 + Math.floor(digit / 2) * 100, female = digit % 2 === 1, list = [];
        if (codes.length && codes.indexOf(n.substring(0, 3)) < 0) { list.push(t('site.register.cccd.province')); }
        if (form.dateOfBirth) {
          var year = +form.dateOfBirth.substring(0, 4);
          if (year < century || year > century + 99) { list.push(t('site.register.cccd.century')); }
          if (+n.substring(4, 6) !== year % 100) { list.push(t('site.register.cccd.year')); }
        }
        if (form.sex === 'MALE' && female || form.sex === 'FEMALE' && !female) { list.push(t('site.register.cccd.sex')); }
        if (list.length) { faults['r-idNumber'] = list.join(' '); }
      }
    } else if (form.identityType === 'PASSPORT' && !/^[A-Z0-9]{6,9}$/.test(form.identityNumber.replace(/\s/g, '').toUpperCase())) {
      faults['r-idNumber'] = t('site.register.passport');
    } else if (form.identityType === 'OTHER' && (form.identityNumber.length < 3 || form.identityNumber.length > 32)) {
      faults['r-idNumber'] = t('site.register.other.length');
    }
    if (!form.fullName || !/\p{L}/u.test(form.fullName)) { faults['r-fullName'] = t('site.register.required'); }
    if (!form.dateOfBirth) { faults['r-dob'] = t('site.register.required'); }
    else if (form.dateOfBirth > today_) { faults['r-dob'] = t('site.register.dobFuture'); }
    if (form.phone && !phoneNumber(form.phone)) { faults['r-phone'] = t('site.register.phoneBad'); }
    return faults;
  }
  function duplicatesOf(form) {
    var all = people(), number = form.identityType === 'CCCD' ? form.identityNumber.replace(/[\s.-]/g, '') : form.identityNumber.toUpperCase();
    var name = normalize(form.fullName), phone = phoneNumber(form.phone);
    return Object.keys(all).map(function (id) { return all[id]; }).filter(function (p) {
      return (p.identityNumber && p.identityType === form.identityType && p.identityNumber.toUpperCase() === number.toUpperCase())
        || (phone && p.phone === phone && p.dateOfBirth === form.dateOfBirth && (p.searchName || normalize(p.fullName)) === name);
    });
  }
  function register(event, confirmNotDuplicate) {
    if (event) { event.preventDefault(); }
    var form = {identityType: $('r-idType').value, identityNumber: field('r-idNumber'), fullName: field('r-fullName'),
      dateOfBirth: $('r-dob').value, sex: $('r-sex').value, phone: field('r-phone')};
    var faults = faultsOf(form);
    ['r-idNumber', 'r-fullName', 'r-dob', 'r-phone'].forEach(function (id) {
      $(id + '-error').textContent = faults[id] || '';
      if (faults[id]) { $(id).setAttribute('aria-invalid', 'true'); } else { $(id).removeAttribute('aria-invalid'); }
    });
    var first = Object.keys(faults)[0];
    if (first) { $(first).focus(); return; }
    var duplicates = confirmNotDuplicate ? [] : duplicatesOf(form);
    var box = $('duplicates');
    box.textContent = '';
    if (duplicates.length) {
      box.hidden = false;
      box.appendChild(el('p', t('site.register.duplicates')));
      var list = el('ul', null, 'results');
      duplicates.forEach(function (p) {
        var li = el('li');
        li.appendChild(el('span', [p.fullName, showDate(p.dateOfBirth), p.phone || '', p.identityNumber || ''].join(' · ')));
        li.appendChild(button(t('site.register.same'), function () { resetRegistration(); choosePerson(p.id); }, 'same'));
        list.appendChild(li);
      });
      box.appendChild(list);
      var identityTaken = duplicates.some(function (p) { return p.identityType === form.identityType && p.identityNumber; })
        && duplicates.every(function (p) { return (p.identityNumber || '').toUpperCase() === form.identityNumber.replace(/[\s.-]/g, '').toUpperCase(); });
      if (!identityTaken) { box.appendChild(button(t('site.register.other'), function () { register(null, true); }, 'other')); }
      return;
    }
    var item = {kind: 'PERSON', id: S.uuid7(), seq: S.nextSeq(), status: 'waiting', label: form.fullName,
      person: {identityType: form.identityType, identityNumber: form.identityNumber, fullName: form.fullName,
        dateOfBirth: form.dateOfBirth, sex: form.sex, phone: form.phone || null,
        provinceCode: state.pack ? state.pack.site.provinceCode : null, registeredAt: state.pack ? state.pack.site.id : null,
        confirmNotDuplicate: !!confirmNotDuplicate}};
    S.putItem(item).then(function () {
      state.queue.push(item);
      resetRegistration();
      $('register-result').textContent = t('site.register.saved', form.fullName);
      render();
      choosePerson(item.id);
      if (state.online) { S.syncAgain(); }
    });
  }
  function resetRegistration() {
    $('register').reset();
    $('duplicates').hidden = true;
    $('duplicates').textContent = '';
    $('register-result').textContent = '';
  }

  function wire() {
    $('search').addEventListener('input', search);
    $('register').addEventListener('submit', register);
  }

  S.part({wire: wire});
})();
