// Small browser helpers used through JS interop (dependency-free).
window.ip = {
  // Called by the layout once the circuit is interactive; tests and scripts wait for it.
  markInteractive: function () {
    document.documentElement.dataset.circuit = 'up';
  }
};
