#!/usr/bin/env bash
# Installs the Debian 12 packages Newsdesk needs. Groups: app (Qt runtime libraries and fonts),
# test (a virtual screen), wordpress (the throw-away test site). Skips what is already there.
# Usage: scripts/install-debian-packages.sh app [test] [wordpress]
set -euo pipefail

declare -A GROUPS_PKGS=(
  [app]="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 libnss3
         libxcomposite1 libxdamage1 libxrandr2 libxtst6 libasound2 libxkbfile1 libxcb-cursor0
         libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
         libxcb-xkb1 libxkbcommon-x11-0 fonts-dejavu-core fonts-noto-core python3-venv"
  [test]="xvfb xauth"
  [wordpress]="wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql
               php-gd php-xml php-mbstring php-curl"
)

wanted=()
for group in "$@"; do
  [[ -n "${GROUPS_PKGS[$group]:-}" ]] || { echo "unknown group: $group" >&2; exit 2; }
  for pkg in ${GROUPS_PKGS[$group]}; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || wanted+=("$pkg")
  done
done
[[ ${#wanted[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then sudo=(); else sudo=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
echo "Installing Debian packages: ${wanted[*]}"
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null
