/* vaxline site workspace: the service worker that keeps the workspace's page, scripts and styles for days without
   network. The page is asked of the network first (a new language or a fresh sign-in shows at once) and served from
   the cache when the network fails; scripts and styles come from the cache and are refreshed behind. The workspace's
   data calls (/site/api/...) are never answered here: the page's IndexedDB keeps the data and the queue. */
'use strict';
var CACHE = 'vaxline-site-v1';
var PAGE = '/site/today';
var SHELL = [PAGE, '/site/site.js', '/site/gs1.js', '/site/site.css', '/vx/app.css', '/site/manifest.webmanifest', '/site/icon.svg'];

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

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || SHELL.indexOf(url.pathname) < 0) {
    return;
  }
  var key = url.pathname;
  if (key === PAGE) {
    event.respondWith(caches.open(CACHE).then(function (cache) {
      return fetch(request).then(function (response) { return keep(cache, key, response); })
        .catch(function () { return cache.match(key).then(function (cached) { return cached || Response.error(); }); });
    }));
    return;
  }
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(key).then(function (cached) {
      var fresh = fetch(request).then(function (response) { return keep(cache, key, response); });
      if (cached) {
        event.waitUntil(fresh.catch(function () { return null; }));
        return cached;
      }
      return fresh;
    });
  }));
});
