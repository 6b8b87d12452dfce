#!/usr/bin/env python3
"""Makes the fuzzers' seed corpora from the test fixtures (run by scripts/fuzz.sh when a corpus
is missing; the corpora are not committed): fuzz/corpus/<target>/<fixture name>.

* diagnose_bytes: every fixture up to 256 KiB, as it is (PEM, DER, PKCS#7, transcripts,
  connector exports, the hostile inputs);
* connector_parsers: the connector exports, hostile ones included;
* share_decode: share links of small fixtures (made as forcetls makes them: `v1.` and Base64url of
  raw-deflated JSON), plus the hostile links;
* der_certificate: every certificate as DER (PEM blocks decoded) and the PKCS#7 files.
"""

import base64
import json
import os
import re
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
CORPUS = os.path.join(ROOT, "fuzz", "corpus")
MAX_SEED = 256 * 1024
# Fixtures left out of the seeds (none today: the connector-pairs meter bounds the largest).
SKIP: set = set()


def fixtures():
    for folder, _, files in os.walk(FIXTURES):
        for name in sorted(files):
            path = os.path.join(folder, name)
            seed = os.path.relpath(path, FIXTURES).replace(os.sep, "_")
            if os.path.getsize(path) <= MAX_SEED and not name.endswith((".py", ".sh", ".md", ".cnf", ".key")) and seed not in SKIP:
                yield seed, open(path, "rb").read()


def put(target, name, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def link(text):
    shared = {"text": text, "files": [], "date": "2026-06-01", "store": "microsoft", "roots": "", "public_roots": "", "next": ""}
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = packer.compress(json.dumps(shared).encode()) + packer.flush()
    return ("v1." + base64.urlsafe_b64encode(packed).decode().rstrip("=")).encode()


def main():
    pem = re.compile(rb"-----BEGIN ([A-Z0-9 #]+)-----(.*?)-----END \1-----", re.S)
    for name, data in fixtures():
        put("diagnose_bytes", name, data)
        if "connector" in name or name.endswith((".json", ".xml")):
            put("connector_parsers", name, data)
        if name.endswith(".link"):
            put("share_decode", name, data)
        elif len(data) <= 16 * 1024:
            put("share_decode", name + ".link", link(data.decode("utf-8", "replace")))
        if name.endswith((".cer", ".der", ".p7b", ".p7c", ".crt")) and not data.startswith(b"-----"):
            put("der_certificate", name, data)
        for i, block in enumerate(pem.finditer(data)):
            if b"CERTIFICATE" in block.group(1) or b"PKCS7" in block.group(1):
                body = b"".join(line.strip() for line in block.group(2).splitlines() if b":" not in line)
                try:
                    put("der_certificate", f"{name}.{i}.der", base64.b64decode(body))
                except ValueError:
                    pass
    for target in sorted(os.listdir(CORPUS)):
        print(f"{target}: {len(os.listdir(os.path.join(CORPUS, target)))} seeds")


if __name__ == "__main__":
    main()
