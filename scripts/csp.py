#!/usr/bin/env python3
"""Adds a strict Content-Security-Policy <meta> to the built index.html.

Trunk's loader is an inline <script type="module">, so the policy allows exactly that script by
its SHA-256 hash, plus same-origin files and WebAssembly compilation ('wasm-unsafe-eval').
Run by Trunk as a post_build hook (TRUNK_STAGING_DIR), or by hand with a path to index.html.
"""
import base64
import hashlib
import os
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.environ["TRUNK_STAGING_DIR"], "index.html")
html = open(path, encoding="utf-8").read()
hashes = [
    "'sha256-%s'" % base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
    for body in re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
]
policy = "; ".join([
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval' " + " ".join(hashes),
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    # The diagnosis runs in a dedicated worker loaded from the origin (forcetls-worker_loader.js); no blob: workers.
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
])
meta = '<meta http-equiv="Content-Security-Policy" content="%s" />' % policy
html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\s*', "", html)
html = html.replace('<meta charset="utf-8" />', '<meta charset="utf-8" />\n    ' + meta, 1)
if meta not in html:
    sys.exit("csp.py: no <meta charset> found in " + path)
open(path, "w", encoding="utf-8").write(html)
print("csp.py: %d inline script(s) hashed into the Content-Security-Policy" % len(hashes))
