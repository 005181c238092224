#!/usr/bin/env bash
# Install the peer runtimes that bench/run.py compares eddy against.
#
# It also installs wrk (Debian package) when missing: the http workloads
# drive their servers with it when it is there.
#
# Today that is Bun, taken from the npm registry (package @oven/bun-linux-x64,
# or @oven/bun-linux-x64-baseline on CPUs without AVX2) and unpacked into
# bench/.peers/ (gitignored). Idempotent: when the requested version is already
# installed it only prints the path. The last line printed is the bun binary.
#
#   bench/install-peers.sh                 # pinned default version
#   BUN_VERSION=latest bench/install-peers.sh
#   BUN_VERSION=1.1.38 bench/install-peers.sh
set -euo pipefail

BUN_VERSION="${BUN_VERSION:-1.4.5}"

# wrk, the HTTP load generator of bench/workloads/http (not fatal: the
# workloads fall back to their own node load generator).
if ! command -v wrk >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "install-peers: installing wrk" >&2
    apt-get install -y wrk >&2 || { apt-get update >&2 && apt-get install -y wrk >&2; } ||
      echo "install-peers: could not install wrk; http workloads use _loadgen.js" >&2
  else
    echo "install-peers: wrk missing and no apt-get; http workloads use _loadgen.js" >&2
  fi
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
peers="$here/.peers"
mkdir -p "$peers/bin"

arch="$(uname -m)"
case "$arch" in
  x86_64)
    if grep -qw avx2 /proc/cpuinfo 2>/dev/null; then
      pkg="@oven/bun-linux-x64"
    else
      pkg="@oven/bun-linux-x64-baseline"
    fi ;;
  aarch64|arm64) pkg="@oven/bun-linux-aarch64" ;;
  *) echo "install-peers: no Bun package for architecture $arch" >&2; exit 1 ;;
esac

if ! command -v npm >/dev/null 2>&1; then
  echo "install-peers: npm is required to fetch Bun from the npm registry" >&2
  exit 1
fi

if [ "$BUN_VERSION" = "latest" ]; then
  BUN_VERSION="$(npm view "$pkg" version)"
fi

dest="$peers/bun-$BUN_VERSION"
link="$peers/bin/bun"

if [ -x "$dest/bin/bun" ] && "$dest/bin/bun" --version >/dev/null 2>&1; then
  ln -sfn "../bun-$BUN_VERSION/bin/bun" "$link"
  echo "install-peers: bun $BUN_VERSION already installed" >&2
  echo "$link"
  exit 0
fi

tmp="$(mktemp -d "$peers/.tmp.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

echo "install-peers: fetching $pkg@$BUN_VERSION" >&2
# npm pack downloads the tarball only: no install scripts run.
tarball="$(cd "$tmp" && npm pack --silent "$pkg@$BUN_VERSION" | tail -n 1)"
tar -xzf "$tmp/$tarball" -C "$tmp"

if [ ! -f "$tmp/package/bin/bun" ]; then
  echo "install-peers: $pkg@$BUN_VERSION has no bin/bun" >&2
  exit 1
fi
chmod +x "$tmp/package/bin/bun"
"$tmp/package/bin/bun" --version >/dev/null

rm -rf "$dest"
mv "$tmp/package" "$dest"
ln -sfn "../bun-$BUN_VERSION/bin/bun" "$link"

echo "install-peers: installed bun $("$link" --version) at $dest" >&2
echo "$link"
