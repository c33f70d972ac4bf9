#!/usr/bin/env bash
# Renders the HTML results report in headless Chromium and screenshots it:
# 300 simulated attempts are written as result files, imported into a fresh store, and
# reported in both locales. Writes OUTDIR/report-en.html, OUTDIR/report-zh.html,
# OUTDIR/report-en.png, OUTDIR/report-zh.png, and, for one trainee (a single trainee's
# page opens their details), OUTDIR/report-trainee-en.html and .png.
# Builds nothing and installs nothing: the binary is $TOUCHPOINT or
# target/release/touchpoint (cargo build --release), and Chromium is $CHROMIUM or
# /usr/bin/chromium (Debian package chromium). Chinese text renders with the font the
# desktop app ships (assets/fonts), so no CJK font package is needed.
#
#   bash tests/report_screenshot.sh OUTDIR
set -euo pipefail
out="${1:?usage: tests/report_screenshot.sh OUTDIR}"
cd "$(dirname "$0")/.."
root="$(pwd)"
bin="${TOUCHPOINT:-$root/target/release/touchpoint}"
chromium="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$bin" ] || { echo "no touchpoint binary at $bin (cargo build --release, or set TOUCHPOINT)"; exit 2; }
[ -x "$chromium" ] || { echo "no Chromium at $chromium (apt-get install chromium, or set CHROMIUM)"; exit 2; }
mkdir -p "$out"
out="$(cd "$out" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
store="$tmp/store.sqlite3"

"$bin" results synth --attempts 300 --out "$tmp/files" >/dev/null 2>&1
"$bin" --store "$store" results import "$tmp/files" --quiet
"$bin" --store "$store" results report --out "$out/report-en.html" --locale en-US
"$bin" --store "$store" results report --out "$out/report-zh.html" --locale zh-CN
"$bin" --store "$store" results report --out "$out/report-trainee-en.html" --locale en-US --trainee t0001

# The system's fonts plus the one in assets/fonts (Latin and CJK).
mkdir -p "$tmp/fc-cache"
cat >"$tmp/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>$root/assets/fonts</dir>
  <cachedir>$tmp/fc-cache</cachedir>
</fontconfig>
EOF

shot() { # HTML PNG HEIGHT
  local profile
  profile="$(mktemp -d -p "$tmp")"
  FONTCONFIG_FILE="$tmp/fonts.conf" timeout 120 "$chromium" --headless --no-sandbox \
    --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$profile" --screenshot="$2" --window-size="1280,$3" \
    "file://$1" >"$tmp/chromium.log" 2>&1 || { cat "$tmp/chromium.log"; exit 1; }
}
start=$(date +%s%N)
shot "$out/report-en.html" "$out/report-en.png" 2400
end=$(date +%s%N)
shot "$out/report-zh.html" "$out/report-zh.png" 2400
shot "$out/report-trainee-en.html" "$out/report-trainee-en.png" 2000
for f in report-en report-zh report-trainee-en; do
  [ -s "$out/$f.html" ] && [ -s "$out/$f.png" ] || { echo "missing $out/$f.png"; exit 1; }
  # Self-contained: nothing to fetch, nothing to run.
  if grep -qE '<script|<link|src=|https?://' "$out/$f.html"; then
    echo "$out/$f.html refers to something outside the page"; exit 1
  fi
done
grep -q 'lang="zh-CN"' "$out/report-zh.html" && grep -q '培训成绩报告' "$out/report-zh.html"
echo "report screenshots in $out ($(wc -c <"$out/report-en.html") bytes of HTML for 300 attempts; first screenshot $(( (end - start) / 1000000 )) ms)"
