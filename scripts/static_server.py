#!/usr/bin/env python3
"""A tiny static file server for the release build, with the headers a production host should send.

    python3 scripts/static_server.py [--port 8080] [--bind 127.0.0.1] [--quiet] DIR [PREFIX=DIR ...]

DIR is served at /; each PREFIX=DIR mounts another directory (the browser benchmark mounts its page
and node_modules this way). For every file it sends:

* the precompressed sibling `FILE.br` or `FILE.gz` with `Content-Encoding` when the request's
  `Accept-Encoding` allows it (brotli first), and `Vary: Accept-Encoding` whenever a sibling exists;
* the right `Content-Type`, notably `application/wasm`, which `WebAssembly.instantiateStreaming` requires;
* `Cache-Control: public, max-age=31536000, immutable` for trunk's content-hashed file names, which
  change whenever their content does, and `no-cache` for everything else (index.html above all, so a
  new release is picked up at once), with an ETag so revalidation is a cheap 304.

Python standard library only; GET and HEAD only; nothing outside the mounted directories is served.
"""
import argparse
import email.utils
import os
import posixpath
import re
import sys
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Trunk names its outputs NAME-<hash>[_bg].EXT, the hash being a 64-bit seahash of the content written
# with `{:x}`: 16 hex digits, fewer when it starts with zeros (1 build in 16 has 15). Eight or more
# digits are taken as a hash (a hash with 9 leading zeros comes once in 2^36 builds).
HASHED = re.compile(r"-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$")
IMMUTABLE = "public, max-age=31536000, immutable"
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".map": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
    ".pem": "text/plain; charset=utf-8",
    ".md": "text/plain; charset=utf-8",
}
# The order in which precompressed siblings are preferred.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


def accepted_encodings(header):
    """The content codings an Accept-Encoding header allows (a coding with q=0 is refused)."""
    allowed = set()
    for part in (header or "").split(","):
        fields = [f.strip() for f in part.split(";")]
        coding = fields[0].lower()
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if coding and q > 0:
            allowed.add(coding)
    return allowed


def cache_control(name):
    """Long, immutable caching for content-hashed names; revalidation for everything else."""
    return IMMUTABLE if HASHED.search(name) else "no-cache"


class Handler(BaseHTTPRequestHandler):
    """Serves GET and HEAD from the mounts given on the command line."""

    server_version = "forcetls-static"
    mounts = []  # (URL prefix ending in "/", directory), longest prefix first
    quiet = False
    isolate = False

    def do_GET(self):
        self.respond(body=True)

    def do_HEAD(self):
        self.respond(body=False)

    def resolve(self):
        """The file a request path names, or None; `..` segments never leave a mount."""
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        for prefix, root in self.mounts:
            if path.startswith(prefix) or path + "/" == prefix:
                rest = path[len(prefix):]
                parts = [p for p in posixpath.normpath("/" + rest).split("/") if p]
                if any(p in (".", "..") or "\\" in p or "\0" in p for p in parts):
                    return None
                file = os.path.join(root, *parts)
                if os.path.isdir(file):
                    if not path.endswith("/"):
                        return ("redirect", path + "/")
                    file = os.path.join(file, "index.html")
                return file if os.path.isfile(file) else None
        return None

    def respond(self, body):
        found = self.resolve()
        if isinstance(found, tuple):
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", found[1])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if found is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        name = os.path.basename(found)
        content_type = TYPES.get(os.path.splitext(name)[1].lower(), "application/octet-stream")
        accepted = accepted_encodings(self.headers.get("Accept-Encoding"))
        siblings = [(coding, found + suffix) for coding, suffix in ENCODINGS if os.path.isfile(found + suffix)]
        coding, file = next(((c, f) for c, f in siblings if c in accepted), (None, found))
        stat = os.stat(file)
        etag = '"%x-%x%s"' % (int(stat.st_mtime_ns // 1000), stat.st_size, "-" + coding if coding else "")
        if etag in [t.strip() for t in (self.headers.get("If-None-Match") or "").split(",")]:
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.common_headers(name, etag, siblings)
            self.end_headers()
            return
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        if coding:
            self.send_header("Content-Encoding", coding)
        self.send_header("Content-Length", str(stat.st_size))
        self.send_header("Last-Modified", email.utils.formatdate(stat.st_mtime, usegmt=True))
        self.common_headers(name, etag, siblings)
        self.end_headers()
        if body:
            with open(file, "rb") as f:
                while chunk := f.read(1 << 16):
                    self.wfile.write(chunk)

    def common_headers(self, name, etag, siblings):
        self.send_header("Cache-Control", cache_control(name))
        self.send_header("ETag", etag)
        self.send_header("X-Content-Type-Options", "nosniff")
        if self.isolate:
            # Cross-origin isolation (HTML Standard §7.1.3): performance.now() then has 5 µs
            # resolution instead of 100 µs, which the browser benchmark needs for millisecond spans.
            self.send_header("Cross-Origin-Opener-Policy", "same-origin")
            self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        if siblings:
            self.send_header("Vary", "Accept-Encoding")

    def log_message(self, format, *args):
        if not self.quiet:
            super().log_message(format, *args)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    parser.add_argument("--isolate", action="store_true", help="send COOP and COEP, so pages are cross-origin isolated (finer timers)")
    parser.add_argument("root", help="directory served at /")
    parser.add_argument("mounts", nargs="*", metavar="PREFIX=DIR", help="more directories, e.g. /bench/=bench/browser")
    args = parser.parse_args()
    mounts = [("/", os.path.abspath(args.root))]
    for mount in args.mounts:
        prefix, sep, directory = mount.partition("=")
        if not sep or not prefix.startswith("/"):
            parser.error("a mount is PREFIX=DIR with PREFIX starting with /: %r" % mount)
        mounts.append((prefix.rstrip("/") + "/", os.path.abspath(directory)))
    for _, directory in mounts:
        if not os.path.isdir(directory):
            parser.error("not a directory: " + directory)
    Handler.mounts = sorted(mounts, key=lambda m: len(m[0]), reverse=True)
    Handler.quiet = args.quiet
    Handler.isolate = args.isolate
    server = ThreadingHTTPServer((args.bind, args.port), Handler)
    print("static_server: serving %s at http://%s:%d/" % (args.root, args.bind, args.port), file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
