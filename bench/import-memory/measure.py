#!/usr/bin/env python3
"""Peak memory of the server during hostile imports (issue 8: no input takes the server down).

Builds (unless --no-build) and starts the Release app on a free port with a throw-away database,
registers an account, warms the import path with one real story, measures idle RSS, then posts
each hostile file to POST /stories/import while sampling VmRSS of the server process from
/proc/PID/status every few milliseconds. The hostile files are generated here, at run time.

    python3 bench/import-memory/measure.py [--no-build]

Goal: every peak stays within 200 MB of idle.
"""
import html.parser, http.cookiejar, io, os, re, shutil, socket, subprocess, sys, tempfile, threading, time, urllib.request, uuid, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUDGET_MB = 200


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Sampler(threading.Thread):
    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0, threading.Event()

    def run(self):
        while not self.stop.is_set():
            self.peak = max(self.peak, rss_kb(self.pid))
            time.sleep(0.003)


class Form(html.parser.HTMLParser):
    """The first POST form: its hidden inputs, and each label's text -> its input's name."""
    def __init__(self):
        super().__init__()
        self.hidden, self.ids, self.labels, self._label, self._in_form, self._done = {}, {}, {}, None, False, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "").lower() == "post" and not self._done:
            self._in_form = True
        if not self._in_form:
            return
        if tag == "input" and a.get("type") == "hidden":
            self.hidden[a["name"]] = a.get("value") or ""
        elif tag in ("input", "textarea") and a.get("id"):
            self.ids[a["id"]] = a.get("name")
        elif tag == "label":
            self._label = [a.get("for"), ""]

    def handle_data(self, data):
        if self._label is not None:
            self._label[1] += data

    def handle_endtag(self, tag):
        if tag == "label" and self._label is not None:
            self.labels[self._label[1].strip()] = self._label[0]
            self._label = None
        if tag == "form" and self._in_form:
            self._in_form, self._done = False, True


def zip_of(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, size_or_text in entries:
            if isinstance(size_or_text, int):
                chunk = bytes(1024 * 1024)
                with z.open(name, "w", force_zip64=True) as f:
                    for _ in range(size_or_text // len(chunk)):
                        f.write(chunk)
            else:
                z.writestr(name, size_or_text)
    return buffer.getvalue()


def multipart(token, name, data):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def main():
    if "--no-build" not in sys.argv:
        subprocess.run(["dotnet", "build", "-c", "Release", "-v", "q", os.path.join(ROOT, "src", "InterviewPrep.Web")], check=True)
    exe = next(os.path.join(d, "InterviewPrep.Web") for d, _, files in os.walk(os.path.join(ROOT, "src", "InterviewPrep.Web", "bin", "Release")) if "InterviewPrep.Web" in files)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    tmp = tempfile.mkdtemp(prefix="ip-import-memory-")
    env = dict(os.environ, Content__Path=os.path.join(ROOT, "content"), ConnectionStrings__Default=f"Data Source={tmp}/bench.db",
               ASPNETCORE_ENVIRONMENT="Production", Logging__LogLevel__Default="Warning")
    server = subprocess.Popen([exe, "--urls", base], cwd=os.path.join(ROOT, "src", "InterviewPrep.Web"), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        jar = http.cookiejar.CookieJar()
        web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        for _ in range(300):
            try:
                web.open(base + "/", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        form = Form()
        form.feed(web.open(base + "/Account/Register").read().decode())
        fields = dict(form.hidden)
        for label, value in (("Email", f"bench-{uuid.uuid4().hex}@example.com"), ("Password", "Passw0rd!"), ("Confirm password", "Passw0rd!")):
            fields[form.ids[form.labels[label]]] = value
        web.open(base + "/Account/Register", urllib.parse.urlencode(fields).encode()).read()
        page = web.open(base + "/stories").read().decode()
        token = re.search(r'name="__RequestVerificationToken" value="([^"]+)"', page).group(1)

        def post(name, data):
            body, content_type = multipart(token, name, data)
            request = urllib.request.Request(base + "/stories/import", body, {"Content-Type": content_type})
            started = time.monotonic()
            text = web.open(request, timeout=600).read().decode()
            return text, time.monotonic() - started

        story = "---\ntitle: Warm-up\n---\n## Situation\nA job had no owner.\n\n## Action\nI rebuilt it.\n\n## Result\nFixed in 2 days.\n"
        for _ in range(3):
            post("warm.md", story.encode())
            post("warm.zip", zip_of([("a.md", story)]))
        time.sleep(2)
        samples = []
        for _ in range(40):
            samples.append(rss_kb(server.pid))
            time.sleep(0.05)
        idle = sorted(samples)[len(samples) // 2]
        print(f"idle RSS: {idle / 1024:.0f} MB (pid {server.pid})")

        cases = [
            ("zip, one 300 MB entry", "bomb-300mb.zip", lambda: zip_of([("bomb.md", 300 * 1024 * 1024)])),
            ("zip, one 1.5 GB entry", "bomb-1.5gb.zip", lambda: zip_of([("bomb.md", 1536 * 1024 * 1024)])),
            ("zip, 10,000 story entries", "many.zip", lambda: zip_of([(f"{i}.md", "## Action\nI did it.\n") for i in range(10_000)])),
            ("md, title of 100,000 nested [ ] (200 KB)", "deep-100k.md", lambda: ("---\ntitle: " + "[" * 100_000 + "]" * 100_000 + "\n---\n## Action\nI did it.\n").encode()),
            ("md, title of 50,000 nested [ ]", "deep-50k.md", lambda: ("---\ntitle: " + "[" * 50_000 + "]" * 50_000 + "\n---\n## Action\nI did it.\n").encode()),
            ("md, 3 KB front matter nested 1,000 deep", "deep-small.md", lambda: ("---\ntitle: " + "[" * 1000 + "]" * 1000 + "\n---\n## Action\nI did it.\n").encode()),
        ]
        worst = 0
        for label, name, make in cases:
            data = make()
            sampler = Sampler(server.pid)
            sampler.start()
            text, seconds = post(name, data)
            time.sleep(0.2)
            sampler.stop.set()
            sampler.join()
            worst = max(worst, sampler.peak - idle)
            first = text.strip().splitlines()[0] if text.strip() else "(empty)"
            print(f"{label:45} upload {len(data) / 1024:8.0f} KB  peak {sampler.peak / 1024:5.0f} MB (+{(sampler.peak - idle) / 1024:4.0f})  {seconds:5.2f} s  {first[:110]}")
        # A full account (the 500-story cap) through three imports, then the story list's cost.
        for batch in range(3):
            post(f"full-{batch}.zip", zip_of([(f"{batch}-{i:03}.md", story.replace("Warm-up", f"Story {batch}-{i:03}")) for i in range(200)]))
        started = time.monotonic()
        page = web.open(base + "/stories").read()
        seconds = time.monotonic() - started
        cards = page.count(b'class="story-card"')
        print(f"/stories of a full account ({cards} cards on page 1): {len(page) / 1024:.0f} KB of HTML in {seconds:.2f} s")
        if server.poll() is not None:
            print("the server died:", server.stderr.read().decode()[-2000:])
            return 1
        print(f"worst: +{worst / 1024:.0f} MB over idle (budget {BUDGET_MB} MB): {'OK' if worst / 1024 <= BUDGET_MB else 'OVER BUDGET'}")
        return 0 if worst / 1024 <= BUDGET_MB else 1
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
