// Drives the reconnect dialog from the state blazor.web.js reports: open while a circuit is
// down, buttons to retry, resume a paused page or reload one the server has forgotten.
const dialog = document.getElementById('components-reconnect-modal');
const states = ['retrying', 'failed', 'paused', 'rejected'];

function show(state) {
  states.forEach(s => dialog.classList.toggle('reconnect-' + s, s === state));
  if (!dialog.open) dialog.showModal();
}

dialog.addEventListener('components-reconnect-state-changed', e => {
  const state = e.detail.state;
  if (state === 'show' || state === 'retrying') {
    const countdown = dialog.querySelector('.reconnect-countdown');
    countdown.textContent = state === 'retrying' && e.detail.secondsToNextAttempt
      ? ' in ' + e.detail.secondsToNextAttempt + ' s' : '';
    show('retrying');
  } else if (state === 'failed' || state === 'resume-failed') {
    show('failed');
  } else if (state === 'paused') {
    show('paused');
  } else if (state === 'rejected') {
    // The server no longer knows this circuit (it restarted, or the proxy moved this browser to
    // another instance): reload at once, as .NET's own template does. The editor offers the
    // words kept in this browser back on the fresh page, so waiting for a click only delays that.
    show('rejected');
    location.reload();
  } else if (state === 'hide') {
    dialog.close();
  }
});

dialog.addEventListener('click', async e => {
  const action = e.target.closest && e.target.closest('[data-reconnect]');
  if (!action) return;
  const kind = action.dataset.reconnect;
  if (kind === 'reload') {
    location.reload();
    return;
  }
  show('retrying');
  try {
    const ok = kind === 'resume' ? await Blazor.resumeCircuit() : await Blazor.reconnect();
    if (!ok) {
      // The server answered but has no such circuit: only a reload helps.
      if (kind === 'resume') show('rejected'); else location.reload();
    }
  } catch {
    show('failed');
  }
});
