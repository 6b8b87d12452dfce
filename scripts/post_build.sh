#!/bin/sh
# Trunk's post_build hook. Trunk runs the hooks of one stage concurrently, so the steps that must
# follow each other are one hook: the CSP goes into index.html first, then every file is precompressed.
set -eu
python3 scripts/csp.py
python3 scripts/compress.py
