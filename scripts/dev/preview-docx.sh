#!/usr/bin/env bash
# Turns a .docx into a PDF and one PNG per page, as LibreOffice prints it with free stand-ins for the
# Windows fonts official documents name (scripts/dev/fonts/fonts.conf), so the layout can be looked at
# on a machine without Word. Usage: scripts/dev/preview-docx.sh DOCX [OUTDIR]   (OUTDIR defaults to DOCX's folder)
set -euo pipefail

usage() { echo "usage: $0 DOCX [OUTDIR]" >&2; exit 2; }
[ $# -ge 1 ] && [ $# -le 2 ] || usage
docx=$1
[ -f "$docx" ] || { echo "$0: no such file: $docx" >&2; exit 2; }
outdir=${2:-$(dirname "$docx")}
here=$(cd "$(dirname "$0")" && pwd)

missing=()
command -v soffice >/dev/null 2>&1 || missing+=("soffice (LibreOffice)")
command -v pdftoppm >/dev/null 2>&1 || missing+=("pdftoppm (poppler)")
if [ ${#missing[@]} -gt 0 ]; then
  {
    list=$(IFS=,; echo "${missing[*]}")
    echo "$0: missing ${list//,/, }."
    echo "Install them (Debian/Ubuntu) with:"
    echo "  sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-ukai poppler-utils"
  } >&2
  exit 3
fi
fonts=$(fc-list 2>/dev/null || true)
if [[ $fonts != *"Noto Serif CJK SC"* || $fonts != *"Noto Sans CJK SC"* || $fonts != *"AR PL UKai CN"* ]]; then
  echo "$0: warning: Noto CJK or AR PL UKai fonts missing; pages will not look like print." >&2
  echo "  sudo apt-get install fonts-noto-cjk fonts-arphic-ukai" >&2
fi

mkdir -p "$outdir"
export FONTCONFIG_FILE="$here/fonts/fonts.conf"
# A private LibreOffice profile: no clash with a running office, no first-start dialogs, no stale settings.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$outdir" "$docx" >/dev/null 2>&1
base=$(basename "${docx%.*}")
pdf="$outdir/$base.pdf"
[ -f "$pdf" ] || { echo "$0: LibreOffice wrote no PDF for $docx" >&2; exit 1; }
rm -f "$outdir/$base"-page*.png
pdftoppm -r "${PREVIEW_DPI:-80}" -png "$pdf" "$outdir/$base-page"
echo "$pdf"
ls "$outdir/$base"-page*.png

# Lines of text inside the text area on each page (the page number below it is not counted):
# every full page of a GB/T 9704 document has 22.
pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
for ((p = 1; p <= ${pages:-0}; p++)); do
  pdftotext -f "$p" -l "$p" -bbox-layout "$pdf" - 2>/dev/null |
    awk -v p="$p" '/<page / { match($0, /height="[0-9.]+"/); h = substr($0, RSTART + 8, RLENGTH - 9); bottom = h - 35 * 72 / 25.4 }
      /<line / { match($0, /yMax="[0-9.]+"/); y = substr($0, RSTART + 6, RLENGTH - 7); if (y <= bottom + 1) n++ }
      END { printf "page %d: %d lines\n", p, n }'
done
