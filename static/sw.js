// The app's service worker: a second visit works with no network (an owner in a showroom
// basement), and an update is never held back. Every same-origin GET goes to the network
// first and the answer is kept; only when the network fails is the kept copy served. So an
// online reload always gets the new release (no stale tables), and offline the last one seen.
// BUILD is stamped by src/bin/prerender.rs at each build; a new one drops the old caches.
const BUILD = '__BUILD__';
const CACHE = `su7-upgrade-${BUILD}`;
const SHELL = ['./', 'index.html', 'boot.js', 'restoring.js', 'upgrade-configurator.js', 'upgrade-configurator_bg.wasm', 'style.css', 'manifest.webmanifest', 'icon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(SHELL.map((url) => new Request(url, { cache: 'reload' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('su7-upgrade-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  }).catch(() => caches.match(request, { ignoreSearch: true })
    .then((kept) => kept || (request.mode === 'navigate' ? caches.match('index.html') : undefined))
    .then((kept) => kept || Response.error())));
});
