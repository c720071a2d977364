// Small browser helpers used through JS interop (dependency-free).
window.ip = {
  // Called by the layout once the circuit is interactive; tests and scripts wait for it.
  markInteractive: function () {
    document.documentElement.dataset.circuit = 'up';
  },

  focus: function (id) {
    const el = document.getElementById(id);
    if (el) el.focus();
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
    // connection or a crash never loses typed words. The server clears the copy once saved.
    attach: function (dotnet) {
      ip.editor._dotnet = dotnet;
    },
    loadDraft: function (key) {
      try { return localStorage.getItem('ip-draft:' + key); } catch { return null; }
    },
    clearDraft: function (key) {
      try { localStorage.removeItem('ip-draft:' + key); } catch { }
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
  const data = { savedAt: Date.now() };
  form.querySelectorAll('[data-draft-field]').forEach(function (el) { data[el.dataset.draftField] = el.value; });
  try { localStorage.setItem('ip-draft:' + form.dataset.draftKey, JSON.stringify(data)); } catch { }
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
