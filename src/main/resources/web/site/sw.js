/* vaxline site workspace: the service worker that keeps the workspace's page, scripts and styles for days without
   network.
   - Scripts, styles, the manifest and the icon: cache first, refreshed behind (stale-while-revalidate), so a reload
     never waits on a weak link.
   - The page: it carries the reader's language and the session's CSRF token, so it is asked of the network first,
     but only for PAGE_WAIT ms: with no answer by then (a dead or crawling link) or a failed fetch (no server), the
     cached page is served at once and the network's answer, when it comes, refreshes the cache for the next time.
     A cached page may carry an older session's token: site.js asks /site/api/csrf for the current one when online.
   The workspace's data calls (/site/api/...) are never answered here: the page's IndexedDB keeps the data and the
   queue. */
'use strict';
var CACHE = 'vaxline-site-v3';
var PAGE = '/site/today';
var PAGE_WAIT = 2500;
var SHELL = [PAGE, '/site/site.js', '/site/site-people.js', '/site/site-scan.js', '/site/site-sessions.js', '/site/gs1.js', '/site/site.css',
  '/vx/app.css', '/site/manifest.webmanifest', '/site/icon.svg'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

function keep(cache, key, response) {
  // only a real answer of ours: never a redirect to the sign-in page, never an error
  if (response && response.ok && !response.redirected && response.type === 'basic') {
    cache.put(key, response.clone());
  }
  return response;
}

/** The network's page within PAGE_WAIT ms, else the cached page (the network's answer still refreshes the cache). */
function page(event, cache) {
  var fresh = fetch(event.request).then(function (response) { return keep(cache, PAGE, response); });
  event.waitUntil(fresh.catch(function () { return null; }));
  var cached = function () { return cache.match(PAGE); };
  var timeout = new Promise(function (resolve) { setTimeout(resolve, PAGE_WAIT, null); });
  return Promise.race([fresh.catch(function () { return null; }), timeout]).then(function (response) {
    if (response) { return response; }
    return cached().then(function (hit) { return hit || fresh; });
  }).catch(function () { return cached().then(function (hit) { return hit || Response.error(); }); });
}

/** The cached copy at once, refreshed behind; the network's when nothing is cached yet. */
function shell(event, cache, key) {
  return cache.match(key).then(function (cached) {
    var fresh = fetch(event.request).then(function (response) { return keep(cache, key, response); });
    if (cached) {
      event.waitUntil(fresh.catch(function () { return null; }));
      return cached;
    }
    return fresh;
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || SHELL.indexOf(url.pathname) < 0) {
    return;
  }
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return url.pathname === PAGE ? page(event, cache) : shell(event, cache, url.pathname);
  }));
});
