#!/usr/bin/env bash
# Installs the Debian packages Meppel Archief needs, only those that are missing.
#   scripts/install-system-packages.sh          runtime: libmagic, tesseract (Dutch), Dutch word list, ClamAV,
#                                               PDF fonts (emoji too), pg_dump/pg_restore and age (backups)
#   scripts/install-system-packages.sh --test   also what the tests and CI use: Chromium, docker-compose, curl,
#                                               Node.js and npm (axe-core for the accessibility tests,
#                                               the OpenID provider of the OIDC tests)
#                                               nginx (a private reverse proxy in the network-fault bench and test)
set -euo pipefail

runtime=(libmagic1 tesseract-ocr tesseract-ocr-nld hunspell-nl clamav-daemon clamav
         libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-symbola
         postgresql-client age)
testing=(chromium docker-compose curl nodejs nginx)

wanted=("${runtime[@]}")
if [[ "${1:-}" == "--test" ]]; then
  wanted+=("${testing[@]}")
  # Debian packages npm apart; a NodeSource nodejs brings its own (and conflicts with Debian's).
  command -v npm >/dev/null 2>&1 || wanted+=(npm)
fi

missing=()
for pkg in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
# Debian's npm is a package of its own; NodeSource's nodejs brings npm along, so check the command.
if [[ "${1:-}" == "--test" ]] && ! command -v npm >/dev/null 2>&1; then
  missing+=(npm)
fi

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "Systeempakketten installeren: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "Installeer als beheerder: apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
