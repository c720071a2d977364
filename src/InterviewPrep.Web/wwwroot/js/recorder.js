// Voice recording for rehearsals and mock interviews, loaded as a module where it is needed.
// Everything stays in this browser: clips are kept in IndexedDB under "scope/section" keys and
// leave the machine only when the user presses Download. The microphone is asked for once per
// page: the stream is kept while the page lives, and a refusal is remembered instead of asked again.

let stream = null;
let denied = null;        // the reason recording is off, once known
let audioContext = null;
let analyser = null;
let current = null;       // { key, rec, chunks, startedAt, done }: the clip being recorded
const meters = new Set();
const urls = new Map();

function reasonOf(error) {
  const name = error && error.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'the browser was not allowed to use the microphone. Allow it in the address bar\u2019s site settings, then reload';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no microphone was found on this device';
  if (name === 'NotReadableError' || name === 'AbortError') return 'the microphone is in use by another program or could not be started';
  return 'the microphone could not be started (' + (name || 'unknown error') + ')';
}

/** Whether this browser can record at all, without asking for the microphone. */
export async function support() {
  if (!window.isSecureContext) return { ok: false, reason: 'recording needs a secure (https) page' };
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return { ok: false, reason: 'this browser gives pages no access to a microphone' };
  if (typeof window.MediaRecorder === 'undefined') return { ok: false, reason: 'this browser cannot record audio (no MediaRecorder)' };
  if (!window.indexedDB) return { ok: false, reason: 'this browser cannot keep recordings (no IndexedDB)' };
  if (denied) return { ok: false, reason: denied };
  try {
    if (navigator.permissions && navigator.permissions.query) {
      const p = await navigator.permissions.query({ name: 'microphone' });
      if (p.state === 'denied') return { ok: false, reason: reasonOf({ name: 'NotAllowedError' }) };
    }
  } catch { /* the query is optional */ }
  return { ok: true, reason: null, granted: stream !== null };
}

/** Asks for the microphone (once per page) and starts the level meter's analyser. */
export async function enable() {
  const s = await support();
  if (!s.ok) return s;
  if (stream) return { ok: true, reason: null };
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (e) {
    denied = reasonOf(e);
    return { ok: false, reason: denied };
  }
  try {
    audioContext = new (window.AudioContext || window.webkitAudioContext)();
    const source = audioContext.createMediaStreamSource(stream);
    analyser = audioContext.createAnalyser();
    analyser.fftSize = 1024;
    source.connect(analyser);
  } catch { analyser = null; }
  tick();
  return { ok: true, reason: null };
}

// One animation loop feeds every meter on the page (a bar and its aria-valuenow).
let ticking = false;
function tick() {
  if (ticking) return;
  ticking = true;
  const data = new Uint8Array(1024);
  const frame = () => {
    if (!analyser || meters.size === 0) { ticking = false; return; }
    analyser.getByteTimeDomainData(data);
    let sum = 0;
    for (let i = 0; i < data.length; i++) { const v = (data[i] - 128) / 128; sum += v * v; }
    const level = Math.min(100, Math.round(Math.sqrt(sum / data.length) * 300));
    for (const el of meters) {
      if (!el.isConnected) { meters.delete(el); continue; }
      el.style.setProperty('--level', level + '%');
      el.setAttribute('aria-valuenow', String(level));
      el.dataset.level = String(level);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

export function attachMeter(element) {
  if (!element) return;
  meters.add(element);
  if (audioContext && audioContext.state === 'suspended') audioContext.resume();
  tick();
}

function preferredType() {
  for (const t of ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4']) {
    if (MediaRecorder.isTypeSupported && MediaRecorder.isTypeSupported(t)) return t;
  }
  return '';
}

/** Starts a clip under key (stopping any clip still running). */
export async function start(key) {
  if (!stream) return false;
  if (current) await stop();
  const type = preferredType();
  const rec = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
  const clip = { key, rec, chunks: [], startedAt: performance.now() };
  clip.done = new Promise(resolve => {
    rec.ondataavailable = e => { if (e.data && e.data.size > 0) clip.chunks.push(e.data); };
    rec.onstop = () => resolve();
  });
  current = clip;
  rec.start(250);
  return true;
}

/** Stops the running clip and keeps it in IndexedDB; returns { key, seconds, bytes } or null. */
export async function stop() {
  const clip = current;
  if (!clip) return null;
  current = null;
  if (clip.rec.state !== 'inactive') clip.rec.stop();
  await clip.done;
  const seconds = (performance.now() - clip.startedAt) / 1000;
  const blob = new Blob(clip.chunks, { type: clip.rec.mimeType || 'audio/webm' });
  await put({ key: clip.key, blob, seconds, savedAt: Date.now() });
  forget(clip.key);
  return { key: clip.key, seconds, bytes: blob.size };
}

/** Lets the microphone go (the page is being left). */
export function release() {
  try { if (current && current.rec.state !== 'inactive') current.rec.stop(); } catch { }
  if (stream) stream.getTracks().forEach(t => t.stop());
  stream = null; current = null; analyser = null;
  if (audioContext) { audioContext.close().catch(() => { }); audioContext = null; }
}

function forget(key) {
  const url = urls.get(key);
  if (url) { URL.revokeObjectURL(url); urls.delete(key); }
}

/** Points every <audio data-recording-key> inside root (or the page) at its clip. */
export async function fill(root) {
  const scope = root || document;
  const players = scope.matches && scope.matches('audio[data-recording-key]') ? [scope] : scope.querySelectorAll('audio[data-recording-key]');
  for (const audio of players) {
    const key = audio.dataset.recordingKey;
    if (audio.dataset.filled === key && audio.src) continue;
    const rec = await get(key);
    if (!rec) { audio.dataset.filled = ''; continue; }
    forget(key);
    const url = URL.createObjectURL(rec.blob);
    urls.set(key, url);
    audio.dataset.filled = key;
    audio.dataset.seconds = rec.seconds.toFixed(1);
    // Recorded WebM carries no duration: seek to the end once so the player learns it, then rewind.
    audio.addEventListener('loadedmetadata', function once() {
      audio.removeEventListener('loadedmetadata', once);
      if (audio.duration === Infinity || isNaN(audio.duration)) {
        audio.addEventListener('durationchange', function back() {
          if (audio.duration !== Infinity && !isNaN(audio.duration)) {
            audio.removeEventListener('durationchange', back);
            audio.currentTime = 0;
          }
        });
        audio.currentTime = 1e101;
      }
    });
    audio.src = url;
  }
}

/** Saves a clip to the user's disk, on their request only. */
export async function download(key, fileName) {
  const rec = await get(key);
  if (!rec) return false;
  const url = URL.createObjectURL(rec.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName + (rec.blob.type.includes('ogg') ? '.ogg' : rec.blob.type.includes('mp4') ? '.m4a' : '.webm');
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return true;
}

/** Deletes every clip whose key starts with prefix. */
export async function clear(prefix) {
  const db = await open();
  const keys = await new Promise((resolve, reject) => {
    const req = db.transaction('clips').objectStore('clips').getAllKeys();
    req.onsuccess = () => resolve(req.result); req.onerror = () => reject(req.error);
  });
  const tx = db.transaction('clips', 'readwrite');
  for (const k of keys) if (String(k).startsWith(prefix)) { tx.objectStore('clips').delete(k); forget(k); }
  await new Promise(r => { tx.oncomplete = r; tx.onerror = r; });
}

let dbPromise = null;
function open() {
  if (!dbPromise) {
    dbPromise = new Promise((resolve, reject) => {
      const req = indexedDB.open('ip-recordings', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('clips', { keyPath: 'key' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => { dbPromise = null; reject(req.error); };
    });
  }
  return dbPromise;
}

async function put(record) {
  const db = await open();
  await new Promise((resolve, reject) => {
    const tx = db.transaction('clips', 'readwrite');
    tx.objectStore('clips').put(record);
    tx.oncomplete = () => resolve(); tx.onerror = () => reject(tx.error);
  });
}

async function get(key) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const req = db.transaction('clips').objectStore('clips').get(key);
    req.onsuccess = () => resolve(req.result || null); req.onerror = () => reject(req.error);
  });
}

// Space starts and stops the clock on practice pages, except where space already means something
// (typing, a button or link, a radio). The page registers itself and is called back.
let spaceTarget = null;
document.addEventListener('keydown', e => {
  if (!spaceTarget || e.key !== ' ' || e.repeat || e.ctrlKey || e.altKey || e.metaKey) return;
  const t = e.target;
  if (t && t.closest && t.closest('input, textarea, select, button, a, [contenteditable], [role=radio], [role=button], .mud-input')) return;
  e.preventDefault();
  spaceTarget.invokeMethodAsync('OnSpace');
});

export function onSpace(dotnet) { spaceTarget = dotnet; }

export function offSpace(dotnet) { if (spaceTarget === dotnet) spaceTarget = null; }
