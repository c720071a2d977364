// Small browser helpers used through JS interop (dependency-free).
window.ip = {
  // Called by the layout once the circuit is interactive; tests and scripts wait for it.
  markInteractive: function () {
    document.documentElement.dataset.circuit = 'up';
  },
  // ...and when that interactive part goes away (enhanced navigation to a static page).
  unmarkInteractive: function () {
    delete document.documentElement.dataset.circuit;
  },

  // The light/dark choice: a cookie the server reads to render the right theme from the first
  // byte, and the attribute the page's own CSS follows.
  theme: {
    set: function (value) {
      document.cookie = 'ip-theme=' + value + '; path=/; max-age=31536000; samesite=lax';
      document.documentElement.dataset.mode = value;
      // The header is static HTML: its switch says what it will do next.
      document.querySelectorAll('[data-theme-toggle]').forEach(function (b) {
        const next = value === 'dark' ? 'light' : 'dark';
        const label = 'Switch to ' + next + ' mode';
        b.value = next;
        b.setAttribute('aria-label', label);
        b.title = label;
      });
    },
    // No choice made yet: start from the system's preference, once, and remember it.
    adopt: function () {
      if (/(^|;\s*)ip-theme=/.test(document.cookie)) return;
      const dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
      ip.theme.set(dark ? 'dark' : 'light');
    }
  },

  // The IANA zone the user's clock is in (e.g. "Europe/Berlin"), or null when the browser won't say.
  timeZone: function () {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || null; } catch { return null; }
  },

  // A new story got its id: the address says so without navigating (which would reload the page).
  replaceAddress: function (path) {
    history.replaceState(history.state, '', path);
  },

  focus: function (id) {
    const el = document.getElementById(id);
    if (el) el.focus();
  },

  // Moves to a part of the page: its top at the top of the screen (below the app bar, by its
  // scroll-margin), and focus there, so the keyboard and screen readers carry on from it.
  reveal: function (id) {
    const el = document.getElementById(id);
    if (!el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'start' });
  },

  // An unfinished quiz run, kept in the browser so a reload can resume it with the same attempt key.
  quiz: {
    save: function (slug, json) { try { localStorage.setItem('ip-quiz:' + slug, json); } catch { } },
    load: function (slug) { try { return localStorage.getItem('ip-quiz:' + slug); } catch { return null; } },
    clear: function (slug) { try { localStorage.removeItem('ip-quiz:' + slug); } catch { } }
  },

  editor: {
    // Every keystroke in the story editor is copied to localStorage right here in the browser,
    // before (and independently of) the round trip to the server, so a reload, a dropped
    // connection or a crash never loses typed words. Each tab keeps its own copy, under the
    // signed-in account's key: one tab's save never clears another tab's unsaved words, and
    // another account never sees them. The server removes a copy once it holds those words.
    fields: ['title', 'company', 'situation', 'task', 'action', 'result', 'reflection'],
    attach: function (dotnet) {
      ip.editor._dotnet = dotnet;
    },
    tabId: function () {
      try {
        let id = sessionStorage.getItem('ip-tab');
        if (!id) {
          id = Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
          sessionStorage.setItem('ip-tab', id);
        }
        return id;
      } catch { return 'tab'; }
    },
    keyOf: function (userKey) { return 'ip-draft:' + userKey + ':' + ip.editor.tabId(); },
    // FNV-1a over the typed fields; StoryEditorPage computes the same over what it saved.
    hash: function (entry) {
      let h = 0x811c9dc5;
      const text = ip.editor.fields.map(function (f) { return entry[f] || ''; }).join('\u0001');
      for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
      }
      return h >>> 0;
    },
    record: function (form) {
      const userKey = form.dataset.userKey;
      if (!userKey) return;
      const key = ip.editor.keyOf(userKey);
      let entry = {};
      try { entry = JSON.parse(localStorage.getItem(key) || '{}') || {}; } catch { entry = {}; }
      const story = form.dataset.draftKey;
      const base = parseInt(form.dataset.baseVersion || '0', 10);
      // The same tab moving on to another story starts a new copy.
      if (entry.story !== story) entry = { story: story, base: base };
      entry.base = Math.max(entry.base || 0, base);
      entry.savedAt = Date.now();
      form.querySelectorAll('[data-draft-field]').forEach(function (el) { entry[el.dataset.draftField] = el.value; });
      try { localStorage.setItem(key, JSON.stringify(entry)); } catch { }
    },
    // After a save: this tab's copy now sits on the saved version, and is dropped when it holds
    // exactly what was saved (typing that went on during the save keeps it).
    saved: function (userKey, oldStory, newStory, version, hash) {
      const key = ip.editor.keyOf(userKey);
      let entry;
      try { entry = JSON.parse(localStorage.getItem(key) || 'null'); } catch { entry = null; }
      if (!entry || (entry.story !== oldStory && entry.story !== newStory)) return;
      if (ip.editor.hash(entry) === hash) {
        try { localStorage.removeItem(key); } catch { }
        return;
      }
      entry.story = newStory;
      entry.base = Math.max(entry.base || 0, version);
      try { localStorage.setItem(key, JSON.stringify(entry)); } catch { }
    },
    // Every copy of this story kept by any tab of this account, newest first.
    findDrafts: function (userKey, story) {
      const own = ip.editor.keyOf(userKey);
      const found = [];
      try {
        for (let i = 0; i < localStorage.length; i++) {
          const key = localStorage.key(i);
          if (!key || key.indexOf('ip-draft:' + userKey + ':') !== 0) continue;
          let entry;
          try { entry = JSON.parse(localStorage.getItem(key)); } catch { entry = null; }
          if (!entry || entry.story !== story) continue;
          entry.key = key;
          entry.own = key === own;
          entry.savedAtText = new Date(entry.savedAt || 0).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
          found.push(entry);
        }
      } catch { }
      found.sort(function (a, b) { return (b.savedAt || 0) - (a.savedAt || 0); });
      return JSON.stringify(found);
    },
    // The server put new words into the boxes on purpose (a drill's rewrite): copy them as typed.
    recordAll: function () {
      document.querySelectorAll('form[data-draft-key]').forEach(ip.editor.record);
    },
    dropOwn: function (userKey) {
      try { localStorage.removeItem(ip.editor.keyOf(userKey)); } catch { }
    },
    dropDraft: function (key) {
      try { localStorage.removeItem(key); } catch { }
    },
    dropStory: function (userKey, story) {
      JSON.parse(ip.editor.findDrafts(userKey, story)).forEach(function (e) { ip.editor.dropDraft(e.key); });
    },
    // Logging out leaves nothing typed behind for the next person at this browser.
    forgetAll: function () {
      try {
        const keys = [];
        for (let i = 0; i < localStorage.length; i++) {
          const key = localStorage.key(i);
          if (key && (key.indexOf('ip-draft:') === 0 || key.indexOf('ip-quiz:') === 0)) keys.push(key);
        }
        keys.forEach(function (k) { localStorage.removeItem(k); });
      } catch { }
    },
    select: function (id, start, length) {
      const el = document.getElementById(id);
      if (!el) return;
      el.focus();
      el.setSelectionRange(start, start + length);
    }
  }
};

document.addEventListener('input', function (e) {
  const form = e.target.closest && e.target.closest('[data-draft-key]');
  if (!form) return;
  ip.editor.record(form);
  // A paste far past the section limit would not fit in one message to the server and would
  // break the connection: it stays here (in the box and in the browser copy), the server is
  // only told its length, and the editor says what to do.
  const hardMax = parseInt(e.target.dataset.hardMax || '0', 10);
  if (hardMax > 0 && e.target.value.length > hardMax) {
    e.stopPropagation();
    e.target.dataset.oversized = 'true';
    if (ip.editor._dotnet) ip.editor._dotnet.invokeMethodAsync('ReportOversizedAsync', e.target.dataset.draftField, e.target.value.length);
  } else if (e.target.dataset.oversized) {
    delete e.target.dataset.oversized;
  }
}, true);

document.addEventListener('submit', function (e) {
  if (e.target.classList && e.target.classList.contains('logout-form')) ip.editor.forgetAll();
}, true);

document.addEventListener('keydown', function (e) {
  if ((e.ctrlKey || e.metaKey) && e.key === 's' && document.querySelector('[data-draft-key]') && ip.editor._dotnet) {
    e.preventDefault();
    ip.editor._dotnet.invokeMethodAsync('SaveFromKeyboardAsync');
  }
});

// Quiz: arrow keys move between the answer options (from the card, the first or last one), and
// Enter or Space on an option answers it as a click does. Kept in the browser: no round trip.
document.addEventListener('keydown', function (e) {
  const forward = e.key === 'ArrowDown' || e.key === 'ArrowRight';
  const back = e.key === 'ArrowUp' || e.key === 'ArrowLeft';
  if ((!forward && !back) || !e.target.closest) return;
  const card = e.target.closest('.quiz-card');
  if (!card) return;
  const options = Array.from(card.querySelectorAll('.quiz-options button:not([disabled])'));
  if (options.length === 0) return;
  e.preventDefault();
  const i = options.indexOf(e.target);
  const next = i < 0 ? (forward ? 0 : options.length - 1) : (i + (forward ? 1 : -1) + options.length) % options.length;
  options[next].focus();
});

// The theme switch is a form (it works without script); with script it flips in place.
document.addEventListener('click', function (e) {
  const button = e.target.closest && e.target.closest('[data-theme-toggle]');
  if (!button) return;
  e.preventDefault();
  ip.theme.set(button.value === 'dark' ? 'dark' : 'light');
});

// The phone menu is a <details>: Escape closes it, and so does following one of its links.
document.addEventListener('keydown', function (e) {
  if (e.key !== 'Escape') return;
  document.querySelectorAll('details[data-phone-menu][open]').forEach(function (d) {
    d.open = false;
    d.querySelector('summary').focus();
  });
});
document.addEventListener('click', function (e) {
  const link = e.target.closest && e.target.closest('details[data-phone-menu] a');
  if (link) link.closest('details').open = false;
});

ip.theme.adopt();

// Enhanced navigation swaps the page without reloading; an open phone menu closes.
if (window.Blazor && window.Blazor.addEventListener) {
  window.Blazor.addEventListener('enhancedload', function () {
    document.querySelectorAll('details[data-phone-menu][open]').forEach(function (d) { d.open = false; });
  });
}

// A filter form (the walkthrough list) applies as soon as a choice changes; without script its
// Show button does the same.
document.addEventListener('change', function (e) {
  const form = e.target.closest && e.target.closest('form[data-autosubmit]');
  if (form && e.target.tagName === 'SELECT') form.requestSubmit();
});
