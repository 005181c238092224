#!/bin/sh
# eddy: installs the Debian 12 packages eddy needs to build and test, only
# those that are missing. Uses sudo when not run as root.
set -eu
PKGS="cmake ninja-build g++ pkg-config python3 libmozjs-102-dev libuv1-dev libgtest-dev\
  libssl-dev zlib1g-dev libbrotli-dev libc-ares-dev libicu-dev clang libclang-rt-14-dev"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
  echo "install-deps: all packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
