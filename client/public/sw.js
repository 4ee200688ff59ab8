/*
 * Rapporteur's service worker: keeps the app shell (index.html and its hashed /assets/ files)
 * so a meeting page reloads while offline; the text itself comes from IndexedDB.
 * The API and the collaboration socket are never cached: they must be live or fail.
 */
const CACHE = "rapporteur-shell-v2";
const SHELL = "/";

self.addEventListener("install", (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/") || url.pathname.startsWith("/collab")) return;
  if (request.mode === "navigate") event.respondWith(networkFirstShell(request));
  else if (url.pathname.startsWith("/assets/")) event.respondWith(cacheFirst(request));
});

/**
 * Fetches the shell and every file of the build (the pages are separate chunks, loaded later:
 * the build lists them all in shell-assets.json), and keeps them together.
 */
async function cacheShell() {
  const response = await fetch(SHELL, { cache: "no-store" });
  if (!response.ok) throw new Error(`app shell: HTTP ${response.status}`);
  const listed = await fetch("/shell-assets.json", { cache: "no-store" });
  if (!listed.ok) throw new Error(`shell-assets.json: HTTP ${listed.status}`);
  const assets = (await listed.json()).map((file) => `/${file}`);
  const cache = await caches.open(CACHE);
  await cache.addAll(assets);
  await cache.put(SHELL, response);
}

/** A network that answers nothing (hotel wifi) is treated as offline after this long. */
const NAVIGATION_TIMEOUT_MS = 6000;

/** Every page is the same index.html: a fresh one when online, the cached one when not. */
async function networkFirstShell(request) {
  const network = fetch(request).then(async (response) => {
    if (response.ok && (response.headers.get("content-type") ?? "").includes("text/html")) {
      const cache = await caches.open(CACHE);
      await cache.put(SHELL, response.clone());
    }
    return response;
  });
  const cached = await caches.match(SHELL);
  if (!cached) return network;
  const slow = new Promise((resolve) => setTimeout(() => resolve(cached), NAVIGATION_TIMEOUT_MS));
  return Promise.race([network.catch(() => cached), slow]);
}

/** Hashed asset names never change content, so a cached copy is always right. */
async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}
