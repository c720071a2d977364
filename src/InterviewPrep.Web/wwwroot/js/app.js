// Small browser helpers used through JS interop (kept dependency-free).
