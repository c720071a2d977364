"""Compares what the load run typed with what the database holds; prints one table row's cells."""
import json
import os
import sqlite3
import subprocess
import sys

kind, path = sys.argv[1], sys.argv[2]
run = json.load(open(path))


def stored(story_id):
    if kind == "sqlite":
        con = sqlite3.connect(sys.argv[3])
        row = con.execute('SELECT "Reflection" FROM "Stories" WHERE "Id" = ?', (story_id,)).fetchone()
        con.close()
        return row[0] if row else None
    host, port = sys.argv[3], sys.argv[4]
    out = subprocess.run(["psql", "-h", host, "-p", port, "-U", "interviewprep", "-d", "interviewprep", "-tA", "-c",
                          f'SELECT "Reflection" FROM "Stories" WHERE "Id" = {int(story_id)}'],
                         check=True, capture_output=True, text=True, env=os.environ).stdout
    return out[:-1] if out.endswith("\n") else out


lost = sum(1 for s in run["stories"] if stored(s["id"]) != s["text"])
lat = run["latencyMs"]
print(f'{run["users"]} | {run["seconds"]} | {run["saves"]} | {run["savesPerSecond"]} | {lat["p50"]} | {lat["p95"]} | '
      f'{run["errors"]} | {lost} of {len(run["stories"])}')
