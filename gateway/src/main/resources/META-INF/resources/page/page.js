/*
 * Saylau election-night page, live: follows the public results stream (Server-Sent Events) and updates the figures
 * the server rendered. Without this script the page still shows every number as of loading.
 * - EventSource resumes by itself with Last-Event-ID; a "resync" event (the server no longer holds the gap) or a
 *   stream that gave up makes the page fetch itself again and replace its figures.
 * - A number that goes down is never changed silently: it is marked "corrected" with the figure it replaces.
 * - Changes are announced in a polite live region, at most every few seconds.
 */
(function () {
  'use strict';
  var body = document.body;
  var streamUrl = body.getAttribute('data-stream');
  var summaryUrl = body.getAttribute('data-summary');
  var live = document.getElementById('live');
  var announcer = document.getElementById('announce');
  var words = {};
  try { words = JSON.parse(document.getElementById('page-words').textContent); } catch (e) { /* defaults below */ }
  function w(key) { return words[key] || key; }
  function state(s) { live.setAttribute('data-state', s); live.textContent = w('live.' + s); }
  if (!streamUrl || !window.EventSource || !window.fetch) { return; }

  function pct(v) { return v === null || v === undefined ? '\u2014' : v.toFixed(1) + '%'; }
  function num(v) { return v === null || v === undefined ? '\u2014' : String(v); }

  var pending = [];
  var announceTimer = null;
  function announce(text) {
    pending.push(text);
    if (announceTimer) { return; }
    announceTimer = setTimeout(function () {
      announcer.textContent = pending.slice(-3).join('. ');
      pending = [];
      announceTimer = null;
    }, 1500);
  }

  /* Sets one figure; returns true when it went down (a correction), which is then shown as one. */
  function set(el, text, value) {
    if (!el) { return false; }
    var before = el.getAttribute('data-value');
    if (before === null) { before = el.textContent.replace(/[^0-9.]/g, ''); }
    if (el.textContent === text) { return false; }
    var corrected = value !== null && value !== undefined && before !== '' && Number(value) < Number(before);
    el.textContent = text;
    el.setAttribute('data-value', value === null || value === undefined ? '' : String(value));
    el.classList.remove('changed'); void el.offsetWidth; el.classList.add('changed');
    var mark = el.nextElementSibling;
    if (mark && mark.classList.contains('live-mark')) { mark.remove(); }
    if (corrected) {
      mark = document.createElement('span');
      mark.className = 'live-mark';
      var c = document.createElement('span'); c.className = 'corrected'; c.textContent = ' ' + w('corrected');
      var was = document.createElement('span'); was.className = 'was'; was.textContent = w('was') + ' ' + before;
      mark.appendChild(c); mark.appendChild(was);
      el.insertAdjacentElement('afterend', mark);
    }
    return corrected;
  }

  function field(scope, name) { return scope.querySelector('[data-f="' + name + '"]'); }

  function showResult(r) {
    var scopes = document.querySelectorAll('[data-election="' + r.electionId + '"]');
    var reportingChanged = false, corrections = 0;
    Array.prototype.forEach.call(scopes, function (scope) {
      var status = field(scope, 'status');
      if (status && status.getAttribute('data-code') !== r.status) {
        status.setAttribute('data-code', r.status);
        status.className = 'status s-' + r.status;
        set(status, w('resultStatus.' + r.status));
      }
      var reporting = field(scope, 'precinctsReporting');
      if (reporting && reporting.textContent !== String(r.precinctsReporting)) { reportingChanged = true; }
      if (set(reporting, String(r.precinctsReporting), r.precinctsReporting)) { corrections++; }
      set(field(scope, 'precinctsTotal'), String(r.precinctsTotal), r.precinctsTotal);
      set(field(scope, 'turnoutPct'), pct(r.turnoutPct), r.turnoutPct);
      ['ballotsCast', 'votersOnList', 'invalidBallots', 'againstAll'].forEach(function (f) {
        if (set(field(scope, f), num(r[f]), r[f])) { corrections++; }
      });
      var person = field(scope, 'person');
      if (person) {
        set(person, r.winner ? r.winner.displayName : r.failureReason ? w('failureReason.' + r.failureReason)
          : r.leader ? r.leader.displayName : '');
      }
      (r.candidates || []).forEach(function (c) {
        var row = scope.querySelector('[data-candidate="' + c.candidateId + '"]');
        if (!row) { return; }
        if (set(field(row, 'votes'), num(c.votes), c.votes)) { corrections++; }
        set(field(row, 'sharePct'), pct(c.sharePct), c.sharePct);
        var bar = field(row, 'bar');
        if (bar) { bar.setAttribute('width', c.sharePct === null ? '0' : String(Math.max(0, Math.min(100, c.sharePct)))); }
      });
    });
    if (scopes.length && (reportingChanged || corrections)) {
      announce(r.unitName + ': ' + r.precinctsReporting + ' ' + w('of') + ' ' + r.precinctsTotal
        + (corrections ? ' (' + w('corrected') + ')' : ''));
      if (document.querySelector('[data-precincts]')) { refreshSection('prec-h'); }
    }
  }

  /* Aggregate figures (country, region, district) are the API's own summary, fetched again as results change. */
  var summaryTimer = null;
  function refreshSummary() {
    if (!summaryUrl || summaryTimer) { return; }
    summaryTimer = setTimeout(function () {
      summaryTimer = null;
      fetch(summaryUrl, { headers: { Accept: 'application/json' } }).then(function (a) { return a.ok ? a.json() : null; })
        .then(function (s) {
          if (!s) { return; }
          var box = document.querySelector('[data-figures]');
          if (box) {
            var before = box.querySelector('[data-s="precinctsReporting"]');
            var changed = before && before.textContent !== String(s.precinctsReporting);
            ['elections', 'precinctsReporting', 'precinctsTotal', 'ballotsCast', 'votersOnList'].forEach(function (f) {
              set(box.querySelector('[data-s="' + f + '"]'), String(s[f]), s[f]);
            });
            set(box.querySelector('[data-s="turnoutPct"]'), pct(s.turnoutPct), s.turnoutPct);
            if (changed) { announce(w('precincts.reporting') + ': ' + s.precinctsReporting + ' ' + w('of') + ' ' + s.precinctsTotal); }
          }
          (s.byRegion || []).forEach(function (row) {
            var tr = document.querySelector('[data-region="' + row.regionCode + '"]');
            if (!tr) { return; }
            set(field(tr, 'precinctsReporting'), String(row.precinctsReporting), row.precinctsReporting);
            set(field(tr, 'turnoutPct'), pct(row.turnoutPct), row.turnoutPct);
          });
        }).catch(function () { /* the next change tries again */ });
    }, 1000);
  }

  /* Fetches this page again and replaces one section (by its heading's id), or the whole of main. */
  function refreshSection(headingId) {
    fetch(location.href, { headers: { Accept: 'text/html' } }).then(function (a) { return a.ok ? a.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        if (headingId) {
          var now = document.getElementById(headingId), next = fresh.getElementById(headingId);
          if (now && next) { now.parentNode.replaceWith(document.importNode(next.parentNode, true)); }
        } else {
          var main = fresh.getElementById('main');
          if (main) { document.getElementById('main').innerHTML = main.innerHTML; }
        }
      }).catch(function () { /* kept as it is */ });
  }

  var source = null, retry = 1000;
  function connect() {
    source = new EventSource(streamUrl);
    source.onopen = function () { retry = 1000; state('live'); };
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) {
        // the browser gave up (the server answered an error): start again and bring the page up to date
        state('reconnecting');
        setTimeout(function () { refreshSection(null); connect(); }, retry);
        retry = Math.min(retry * 2, 30000);
      } else {
        state('reconnecting'); // the browser reconnects by itself, with Last-Event-ID
      }
    };
    var onResult = function (e) {
      try { showResult(JSON.parse(e.data)); } catch (err) { return; }
      refreshSummary();
    };
    source.addEventListener('result', onResult);
    source.addEventListener('certified', onResult);
    source.addEventListener('turnout', refreshSummary);
    source.addEventListener('resync', function () {
      // the server no longer holds what this page missed: fetch the page again instead of guessing
      refreshSection(null);
      refreshSummary();
      state('resynced');
    });
  }
  connect();
}());
