#!/usr/bin/env bash
# Times `mpdesk export` of the sample filing (whole process) against LibreOffice converting one equivalent
# letter (the same text, font, size, spacing and A4 margins, as HTML) to PDF, side by side: each run of one
# is followed by a run of the other, so that both meet the same load. Not part of the suite or CI (it
# needs LibreOffice Writer: Debian `libreoffice-writer-nogui`). Prints the medians and their ratio.
#
#   bash tests/letters/compare-libreoffice.sh [BUILD_DIR] [RUNS]
set -euo pipefail

here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build}
runs=${2:-10}
mpdesk=$build/mpdesk
sample=$here/resources/samples/sample-filing.json

command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-writer-nogui" >&2; exit 2; }
[ -x "$mpdesk" ] || { echo "$mpdesk not found: build mpdesk first" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
profile="file://$work/lo-profile"

# The equivalent letter: the text mpdesk printed in the pre-approval commitment letter, one paragraph per line.
"$mpdesk" export --today 2026-11-27 "$sample" -o "$work/mpdesk" >/dev/null 2>&1
letter=$(ls "$work"/mpdesk/*.pdf | head -n 1)
python3 - "$letter" "$work/letter.html" <<'PY'
import html, subprocess, sys
text = subprocess.run(["pdftotext", "-enc", "UTF-8", sys.argv[1], "-"], capture_output=True, text=True).stdout
lines = [line.strip() for line in text.replace("\f", "\n").split("\n") if line.strip()]
body = "\n".join(
    ('<h1>%s</h1>' if i == 0 else '<p>%s</p>') % html.escape(line) for i, line in enumerate(lines))
style = ("@page { size: 210mm 297mm; margin: 30mm 26mm 25mm 28mm; } "
         "body { font-family: 'Noto Serif CJK SC'; font-size: 14pt; line-height: 150%; } "
         "h1 { font-size: 20pt; text-align: center; } p { text-indent: 2em; margin: 0; }")
open(sys.argv[2], "w", encoding="utf-8").write(
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>'
    % (style, body))
PY

elapsed() { # whole-process wall time of a command, in milliseconds
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

mpdesk_run() { rm -rf "$work/out"; "$mpdesk" export --today 2026-11-27 "$sample" -o "$work/out"; }
soffice_run() {
    rm -rf "$work/lo-out"
    soffice -env:UserInstallation="$profile" --headless --convert-to pdf:writer_web_pdf_Export \
        --outdir "$work/lo-out" "$work/letter.html"
}

# Warm-up: LibreOffice creates its profile on the first start, both read their fonts into the page cache.
mpdesk_run >/dev/null 2>&1
soffice_run >/dev/null 2>&1
[ -s "$work/lo-out/letter.pdf" ] || { echo "LibreOffice wrote no PDF" >&2; exit 1; }

mpdesk_times=()
soffice_times=()
for _ in $(seq "$runs"); do
    mpdesk_times+=("$(elapsed mpdesk_run)")
    soffice_times+=("$(elapsed soffice_run)")
done

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
m=$(median "${mpdesk_times[@]}")
s=$(median "${soffice_times[@]}")
echo "mpdesk export of the sample (2 letters), whole process: median $m ms of $runs (${mpdesk_times[*]})"
echo "LibreOffice converting one equivalent letter, whole process: median $s ms of $runs (${soffice_times[*]})"
awk -v m="$m" -v s="$s" 'BEGIN { printf "ratio mpdesk / LibreOffice: %.3f (goal 0.05)\n", m / s }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
