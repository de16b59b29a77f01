/* vaxline site workspace: GS1 element strings read in the browser, offline, with the same rules as the server's
   org.vaxline.gs1.domain (Gs1Parser): scanner data (raw, GS separators, ]d2 and other symbology prefixes, the usual
   spellings of GS) and the bracketed form. Digital Link URIs are read on the server only. The two are kept in step by
   one list of test vectors (src/test/resources/site/gs1-vectors.json) that a Java test and the browser test both run. */
(function (global) {
  'use strict';
  var GS = '\u001d';
  var SYMBOLOGIES = [']C1', ']e0', ']d2', ']Q3', ']J1'];
  var GS_SPELLINGS = /<GS>|\\u001d|\\x1d|\u241d/gi;
  var CSET82_SYMBOLS = '!"%&\'()*+,-./:;<=>?_';
  // code: [title, minLength, maxLength, numeric, predefinedLength, rule]
  var N = true, X = false, P = true, F = false;
  var TABLE = {};
  function fixed(code, length, predefined, rule) { TABLE[code] = {code: code, min: length, max: length, numeric: N, predefined: predefined, rule: rule}; }
  function variable(code, max, numeric) { TABLE[code] = {code: code, min: 1, max: max, numeric: numeric, predefined: false, rule: 'NONE'}; }
  fixed('00', 18, P, 'CHECK_DIGIT'); fixed('01', 14, P, 'CHECK_DIGIT'); fixed('02', 14, P, 'CHECK_DIGIT');
  variable('10', 20, X); fixed('11', 6, P, 'DATE'); fixed('12', 6, P, 'DATE'); fixed('13', 6, P, 'DATE');
  fixed('15', 6, P, 'DATE0'); fixed('16', 6, P, 'DATE0'); fixed('17', 6, P, 'DATE0'); fixed('20', 2, P, 'NONE');
  variable('21', 20, X); variable('22', 20, X); variable('30', 8, N); variable('37', 8, N);
  ['240', '241', '250', '251', '400', '401', '403'].forEach(function (c) { variable(c, 30, X); });
  fixed('402', 17, F, 'CHECK_DIGIT');
  ['410', '411', '412', '413', '414', '415', '416', '417'].forEach(function (c) { fixed(c, 13, P, 'CHECK_DIGIT'); });

  function Gs1Error(code, message) { this.code = code; this.message = message; }

  function visible(text) { return text.replace(/[\u0000-\u001f\u007f]/g, function (c) { return c === GS ? '<GS>' : '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }); }
  function fail(code, ai, value, reason) { throw new Gs1Error(code, 'AI (' + ai + ')' + (value ? ' ' + visible(value) : '') + ': ' + reason); }
  function failAt(code, part, reason) { throw new Gs1Error(code, 'at "' + visible(part) + '": ' + reason); }

  function checkDigit(digits) {
    var sum = 0;
    for (var i = 0; i < digits.length; i++) {
      var d = digits.charCodeAt(digits.length - 1 - i) - 48;
      sum += i % 2 === 0 ? 3 * d : d;
    }
    return (10 - sum % 10) % 10;
  }

  function fullYear(yy, reference) {
    var year = reference - ((reference % 100) + 100) % 100 + yy;
    var diff = year - reference;
    if (diff > 50) { year -= 100; } else if (diff < -49) { year += 100; }
    return year;
  }

  function daysIn(year, month) { return new Date(Date.UTC(year, month, 0)).getUTCDate(); }
  function pad(n, w) { var s = String(n); while (s.length < w) { s = '0' + s; } return s; }

  /** YYMMDD → 'YYYY-MM-DD'; DD=00 is the month's last day where allowed. */
  function resolveDate(value, reference, dayZeroIsMonthEnd) {
    var yy = +value.substring(0, 2), month = +value.substring(2, 4), day = +value.substring(4, 6);
    if (month < 1 || month > 12) { throw new RangeError('month ' + value.substring(2, 4) + ' is not 01–12'); }
    var year = fullYear(yy, reference), length = daysIn(year, month);
    if (day === 0 && dayZeroIsMonthEnd) { day = length; }
    else if (day < 1 || day > length) {
      throw new RangeError('day ' + value.substring(4, 6) + ' is not 01–' + length + ' in ' + year + '-' + pad(month, 2)
        + (day === 0 ? ' (DD=00 is allowed only in best-before, sell-by and expiry dates)' : ''));
    }
    return pad(year, 4) + '-' + pad(month, 2) + '-' + pad(day, 2);
  }

  function allows(numeric, c) {
    var digit = c >= '0' && c <= '9';
    if (numeric) { return digit; }
    return digit || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || CSET82_SYMBOLS.indexOf(c) >= 0;
  }

  function check(ai, value, reference) {
    if (value === '') { fail('GS1_MISSING_DATA', ai.code, value, 'no data after the AI'); }
    for (var i = 0; i < value.length; i++) {
      var c = value.charAt(i);
      if (!allows(ai.numeric, c)) {
        if (ai.numeric && allows(false, c)) { fail('GS1_NOT_NUMERIC', ai.code, value, "'" + c + "' at position " + (i + 1) + ' is not a digit'); }
        fail('GS1_BAD_CHARACTER', ai.code, value, 'character U+' + pad(c.charCodeAt(0).toString(16).toUpperCase(), 4) + ' at position ' + (i + 1) + ' is outside the GS1 character set');
      }
    }
    var spec = (ai.numeric ? 'N' : 'X') + (ai.min === ai.max ? ai.max : '..' + ai.max);
    if (ai.min === ai.max && value.length !== ai.max) { fail('GS1_BAD_LENGTH', ai.code, value, value.length + ' characters, expected ' + ai.max + ' (' + spec + ')'); }
    if (value.length > ai.max) { fail('GS1_BAD_LENGTH', ai.code, value, value.length + ' characters, at most ' + ai.max + ' (' + spec + ')'); }
    if (ai.rule === 'CHECK_DIGIT') {
      var expected = checkDigit(value.substring(0, value.length - 1));
      if (+value.charAt(value.length - 1) !== expected) { fail('GS1_CHECK_DIGIT', ai.code, value, 'check digit is ' + value.charAt(value.length - 1) + ', expected ' + expected); }
    } else if (ai.rule === 'DATE' || ai.rule === 'DATE0') {
      try { resolveDate(value, reference, ai.rule === 'DATE0'); } catch (e) { fail('GS1_BAD_DATE', ai.code, value, e.message); }
    }
  }

  function unwrap(scanned) {
    var data = scanned;
    if (data.charAt(0) === ']') {
      var id = data.substring(0, 3);
      if (SYMBOLOGIES.indexOf(id) < 0) { failAt('GS1_MALFORMED', id, 'symbology identifier does not mark GS1 data (expected ]d2, ]C1, ]Q3, ]e0 or ]J1)'); }
      data = data.substring(3);
    }
    return data.replace(GS_SPELLINGS, GS);
  }

  function startingAt(data, position) {
    for (var length = 2; length <= 4 && position + length <= data.length; length++) {
      var ai = TABLE[data.substring(position, position + length)];
      if (ai) { return ai; }
    }
    return null;
  }

  function rest(data, position) { var r = data.substring(position); return r.length <= 24 ? r : r.substring(0, 24) + '…'; }

  function parseRaw(data) {
    var position = data.charAt(0) === GS ? 1 : 0;
    if (position === data.length) { throw new Gs1Error('GS1_MALFORMED', 'no element string data'); }
    var elements = [];
    while (position < data.length) {
      if (data.charAt(position) === GS) { failAt('GS1_MALFORMED', rest(data, position), 'separator where an AI was expected'); }
      var ai = startingAt(data, position);
      if (!ai) { failAt('GS1_UNKNOWN_AI', rest(data, position), 'no known Application Identifier starts here'); }
      position += ai.code.length;
      var separator = data.indexOf(GS, position);
      var end = separator < 0 ? data.length : separator;
      if (ai.predefined && end - position >= ai.max) { end = position + ai.max; }
      var value = data.substring(position, end);
      if (!ai.predefined && value.length > ai.max) { fail('GS1_BAD_LENGTH', ai.code, value, value.length + ' characters, at most ' + ai.max + ' (is the GS separator after it missing?)'); }
      elements.push([ai, value]);
      position = end < data.length && data.charAt(end) === GS ? end + 1 : end;
    }
    return elements;
  }

  function parseBracketed(text) {
    // a "(" starts an element only around 2-4 digits, and never after a backslash (the server's rule)
    var group = /(?<!\\)\(([0-9]{2,4})\)/g, found = [], m;
    while ((m = group.exec(text)) !== null) {
      found.push({code: m[1], start: m.index, end: m.index + m[0].length});
    }
    if (!found.length || found[0].start !== 0) { failAt('GS1_MALFORMED', text.substring(0, 12), 'expected an AI in brackets, e.g. (01)'); }
    return found.map(function (g, i) {
      var value = text.substring(g.end, i + 1 < found.length ? found[i + 1].start : text.length).split('\\(').join('(').trim();
      var ai = TABLE[g.code];
      if (!ai) { fail('GS1_UNKNOWN_AI', g.code, value, 'unknown Application Identifier'); }
      return [ai, value];
    });
  }

  /**
   * Parses scanner or typed text. Returns {elements: {ai: value}, gtin, lot, serial, expiry, productionDate}, dates as
   * YYYY-MM-DD read around referenceYear; throws {code, message} with the server's GS1_… codes.
   */
  function parse(text, referenceYear) {
    var input = (text == null ? '' : String(text)).replace(/^[\s\r\n]+|[\s\r\n]+$/g, '');
    if (!input) { throw new Gs1Error('GS1_MALFORMED', 'empty element string'); }
    if (/^https?:\/\//i.test(input)) { throw new Gs1Error('GS1_DIGITAL_LINK_ONLINE', 'a GS1 Digital Link is read by the server'); }
    var pairs = input.charAt(0) === '(' ? parseBracketed(input) : parseRaw(unwrap(input));
    var values = {};
    pairs.forEach(function (p) {
      check(p[0], p[1], referenceYear);
      if (Object.prototype.hasOwnProperty.call(values, p[0].code) && values[p[0].code] !== p[1]) {
        fail('GS1_DUPLICATE_AI', p[0].code, p[1], 'AI (' + p[0].code + ') already given as ' + visible(values[p[0].code]));
      }
      values[p[0].code] = p[1];
    });
    function date(ai, zero) { return values[ai] ? resolveDate(values[ai], referenceYear, zero) : null; }
    return {elements: values, gtin: values['01'] || null, lot: values['10'] || null, serial: values['21'] || null,
      expiry: date('17', true), productionDate: date('11', false)};
  }

  global.VxGs1 = {parse: parse, GS: GS, checkDigit: checkDigit};
})(this);
