#!/usr/bin/env python3
"""Writes precompressed siblings (FILE.br, FILE.gz) next to every text or wasm file of a build.

    python3 scripts/compress.py [DIR]     (default: $TRUNK_STAGING_DIR, as a trunk post_build hook)

gzip comes from Python's standard library (level 9, no timestamp, so the output is reproducible);
brotli from the `brotli` command (Debian package `brotli`, quality 11). Without that command only
.gz files are written, with a warning. A sibling is written only when it is smaller than the file.
scripts/static_server.py serves these with Content-Encoding; so can any static host (see README).
"""
import gzip
import os
import shutil
import subprocess
import sys

COMPRESSIBLE = (".html", ".js", ".mjs", ".css", ".wasm", ".json", ".svg", ".txt", ".ftl")


def write_if_smaller(path, suffix, data):
    """Writes path+suffix when data is smaller than the file; removes a stale sibling otherwise."""
    target = path + suffix
    if len(data) < os.path.getsize(path):
        with open(target, "wb") as f:
            f.write(data)
        return True
    if os.path.exists(target):
        os.remove(target)
    return False


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.environ["TRUNK_STAGING_DIR"]
    brotli = shutil.which("brotli")
    if not brotli:
        print("compress.py: warning: no `brotli` command (apt-get install brotli); writing .gz only", file=sys.stderr)
    written = 0
    for dirpath, _, names in os.walk(root):
        for name in sorted(names):
            if not name.endswith(COMPRESSIBLE):
                continue
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                raw = f.read()
            written += write_if_smaller(path, ".gz", gzip.compress(raw, compresslevel=9, mtime=0))
            if brotli:
                out = subprocess.run([brotli, "-q", "11", "-c", path], check=True, stdout=subprocess.PIPE).stdout
                written += write_if_smaller(path, ".br", out)
    print("compress.py: %d precompressed file(s) written in %s" % (written, root))


if __name__ == "__main__":
    main()
