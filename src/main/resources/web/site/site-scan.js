/* vaxline site workspace: choosing the vial. A keyboard-wedge scanner types the vial's GS1 DataMatrix into the scan
   field (GS as Ctrl+]), the camera reads it where the browser has BarcodeDetector, or the lot is chosen from the stock;
   gs1.js reads product, lot and expiry with the server's rules. */
(function () {
  'use strict';
  var S = window.VxSite, state = S.state, t = S.t, $ = S.$, today = S.today, showDate = S.showDate;
  var stockLines = S.stockLines, product = S.product;

  function handleScan(text) {
    var result = $('vial');
    result.className = '';
    if (!text || !text.trim()) { return; }
    var scan;
    try {
      scan = VxGs1.parse(text, +today().substring(0, 4));
    } catch (e) {
      result.textContent = t('site.scan.bad', e.message || e.code);
      result.className = 'bad';
      return;
    }
    var lines = stockLines(), lot = null;
    lines.forEach(function (l) {
      var p = product(l.productId);
      var gtinOk = !scan.gtin || !p.gtins || !p.gtins.length || p.gtins.indexOf(scan.gtin) >= 0;
      if (!lot && scan.lot && l.lotNumber.toUpperCase() === scan.lot.toUpperCase() && gtinOk) { lot = l; }
    });
    if (!lot) { result.textContent = t('site.scan.unknownLot', scan.lot || '?'); result.className = 'bad'; return; }
    var expiry = scan.expiry || lot.expiresOn;
    if (expiry && expiry < today()) { result.textContent = t('site.scan.expired', showDate(expiry)); result.className = 'bad'; return; }
    if (!lot.usable || lot.quantity <= 0) { result.textContent = t('site.scan.unusable', lot.lotNumber); result.className = 'bad'; return; }
    chooseLot(lot, expiry);
    $('scan').value = '';
    $('record').focus();
  }
  function chooseLot(lot, expiry) {
    state.lot = lot;
    $('lot').value = lot.lotId;
    $('vial').className = '';
    $('vial').textContent = t('site.vial', product(lot.productId).name, lot.lotNumber, showDate(expiry || lot.expiresOn));
  }
  function startCamera() {
    var video = $('camera-view'), detector = new window.BarcodeDetector({formats: ['data_matrix', 'qr_code']});
    if (video.srcObject) { stopCamera(); return; }
    navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}}).then(function (stream) {
      video.srcObject = stream; video.hidden = false; video.play();
      $('camera').textContent = t('site.camera.stop');
      var look = function () {
        if (!video.srcObject) { return; }
        detector.detect(video).then(function (codes) {
          if (codes.length) { stopCamera(); handleScan(codes[0].rawValue); } else { setTimeout(look, 250); }
        }).catch(function () { setTimeout(look, 500); });
      };
      look();
    }).catch(function (e) { $('vial').textContent = t('site.scan.bad', e.name); });
  }
  function stopCamera() {
    var video = $('camera-view');
    if (video.srcObject) { video.srcObject.getTracks().forEach(function (track) { track.stop(); }); }
    video.srcObject = null; video.hidden = true;
    $('camera').textContent = t('site.camera');
  }


  function wire() {
    $('scan').addEventListener('keydown', function (event) {
      if (event.key === 'Enter') { event.preventDefault(); handleScan($('scan').value); return; }
      // A keyboard-wedge scanner types FNC1/GS as Ctrl+] (ASCII 29), which inserts no character by itself: put it in.
      if (event.ctrlKey && (event.key === ']' || event.code === 'BracketRight') || event.key === 'GroupSeparator') {
        event.preventDefault();
        var field = $('scan'), at = field.selectionStart || field.value.length;
        field.value = field.value.substring(0, at) + VxGs1.GS + field.value.substring(field.selectionEnd || at);
        field.setSelectionRange(at + 1, at + 1);
      }
    });
    $('lot').addEventListener('change', function () {
      var lot = stockLines().filter(function (l) { return l.lotId === $('lot').value; })[0];
      if (lot) { chooseLot(lot, null); } else { state.lot = null; $('vial').textContent = ''; }
    });
    if ('BarcodeDetector' in window && navigator.mediaDevices) {
      $('camera').hidden = false;
      $('camera').addEventListener('click', startCamera);
    }
  }

  S.part({wire: wire});
})();
