#!/usr/bin/env python3
"""The page-weight budget: what the first view loads must stay within BUDGET bytes of brotli.

    python3 scripts/page_weight.py [DIST]      (default: dist; run after `trunk build --release`)

The first view is index.html and every file index.html names (trunk's loader script, the page's
wasm, the stylesheet). The diagnosis worker (forcetls-worker*.js / _bg.wasm, started by the page
after it has rendered) and anything else in DIST are listed as loaded later. Sizes are brotli at
quality 11 (`brotli` command, Debian package `brotli`), as scripts/compress.py serves them.
Exits 1 when the first view is over the budget, 2 when it cannot measure.
"""
import os
import re
import shutil
import subprocess
import sys

# Issue 12: "Page weight <= 250 KB brotli for everything the first view loads (html + js + css + wasm)".
BUDGET = 250_000
MEASURED = (".html", ".js", ".css", ".wasm")


def brotli_size(path):
    return len(subprocess.run(["brotli", "-q", "11", "-c", path], check=True, stdout=subprocess.PIPE).stdout)


def main():
    dist = sys.argv[1] if len(sys.argv) > 1 else "dist"
    index = os.path.join(dist, "index.html")
    if not os.path.exists(index) or not shutil.which("brotli"):
        print("page_weight: needs %s (trunk build --release) and the brotli command" % index, file=sys.stderr)
        sys.exit(2)
    html = open(index, encoding="utf-8").read()
    files = sorted(n for n in os.listdir(dist) if n.endswith(MEASURED))
    named = {n for n in files if re.search(r"[\"'/]" + re.escape(n) + r"[\"'?#]", html)}
    first = ["index.html"] + [n for n in files if n in named]
    later = [n for n in files if n not in named and n != "index.html"]
    print("%-40s %10s %10s  %s" % ("file", "raw", "brotli", "loaded"))
    total = 0
    for group, names in (("first view", first), ("later", later)):
        for n in names:
            path = os.path.join(dist, n)
            br = brotli_size(path)
            if group == "first view":
                total += br
            print("%-40s %10d %10d  %s" % (n, os.path.getsize(path), br, group))
    print("first view: %d bytes brotli (budget %d, %.0f %%)" % (total, BUDGET, 100.0 * total / BUDGET))
    if not any(n.endswith(".wasm") for n in first):
        print("page_weight: index.html names no .wasm; the first view cannot have been measured", file=sys.stderr)
        sys.exit(2)
    if total > BUDGET:
        print("page_weight: the first view is %d bytes over the %d-byte budget" % (total - BUDGET, BUDGET), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
