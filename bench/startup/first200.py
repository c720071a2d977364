#!/usr/bin/env python3
"""Time from starting a web app's process to its first 200 on a path, RUNS times each for
several apps, interleaved (so a busy minute hits every app alike); prints each run and medians.

    first200.py RUNS NAME=COMMAND... [--path /] [--port 5491]

Each COMMAND is run with `sh -c` in its own folder (the part before the first space is the
executable, relative to the current folder), with URL set to http://127.0.0.1:PORT.
"""
import http.client, os, signal, statistics, subprocess, sys, time

def first200(cmd, port, path, env):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, shell=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        while True:
            if proc.poll() is not None:
                raise SystemExit(f"exited with {proc.returncode}: {cmd}")
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                c.request("GET", path)
                r = c.getresponse(); r.read()
                if r.status == 200:
                    return time.perf_counter() - start
            except (ConnectionRefusedError, ConnectionResetError, http.client.RemoteDisconnected, OSError):
                pass
            time.sleep(0.005)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)

def main():
    args = sys.argv[1:]
    path, port = "/", 5491
    if "--path" in args:
        i = args.index("--path"); path = args[i + 1]; del args[i:i + 2]
    if "--port" in args:
        i = args.index("--port"); port = int(args[i + 1]); del args[i:i + 2]
    import socket
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            raise SystemExit(f"port {port} is already taken by another process; pass --port")
    runs = int(args[0])
    apps = [a.split("=", 1) for a in args[1:]]
    times = {name: [] for name, _ in apps}
    env = dict(os.environ, URL=f"http://127.0.0.1:{port}")
    for i in range(runs):
        for name, cmd in apps:
            t = first200(cmd, port, path, env)
            times[name].append(t)
            print(f"run {i + 1} {name}: {t * 1000:.0f} ms (load {os.getloadavg()[0]:.1f})", flush=True)
    base = statistics.median(times[apps[0][0]])
    for name, _ in apps:
        m = statistics.median(times[name])
        print(f"median {name}: {m * 1000:.0f} ms ({m / base:.2f}x {apps[0][0]})")

main()
