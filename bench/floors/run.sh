#!/bin/sh
# Builds and runs the floor programs (see README.md). Not part of the tests.
set -e
cd "$(dirname "$0")"
out=${TMPDIR:-/tmp}/eddy-floors
mkdir -p "$out"
cc -O2 -Wall -o "$out/stat_floor" stat_floor.c
cc -O2 -Wall -o "$out/echo_floor" echo_floor.c
c++ -std=c++17 -O2 $(pkg-config --cflags mozjs-102) min_embedding.cc -o "$out/min_embedding" \
  $(pkg-config --libs mozjs-102)
"$out/stat_floor"
for kib in 64 128; do "$out/echo_floor" "$kib"; done
"$out/min_embedding"
eddy=../../build/eddy
if [ -x "$eddy" ]; then echo "eddy: $("$eddy" json_engine.js)"; fi
if command -v node >/dev/null; then echo "node: $(node json_engine.js)"; fi
