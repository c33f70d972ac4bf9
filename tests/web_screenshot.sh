#!/usr/bin/env bash
# Plays the course server in headless Chromium over the DevTools protocol (the
# touchpoint-browser-tests crate) and keeps its screenshots: OUTDIR/web-signin.png,
# web-course.png, web-encounter.png, web-debrief.png (desktop, English, by keyboard),
# web-encounter-zh.png and web-phone.png (390×844, Chinese, by touch), and
# web-instructor.png (the cohort page an instructor watches), web-trainee.png (one
# trainee's attempts, as the instructor drills in), web-admin.png (an account added
# from the accounts page, its password shown once), and runs axe-core's
# WCAG 2.1 AA rules on each page.
# Installs nothing: it needs Chromium (Debian package chromium, or $CHROMIUM), a CJK
# font for the Chinese pages to show as text (e.g. Debian's fonts-wqy-microhei) and
# axe-core (target/axe/node_modules/axe-core/axe.min.js, or $AXE_CORE; install it with
# npm install --prefix target/axe axe-core@4.14.1).
#
#   bash tests/web_screenshot.sh OUTDIR
set -euo pipefail
out="${1:?usage: tests/web_screenshot.sh OUTDIR}"
cd "$(dirname "$0")/.."
mkdir -p "$out"
out="$(cd "$out" && pwd)"
TOUCHPOINT_WEB_SHOTS="$out" cargo test --locked -p touchpoint-browser-tests -- --nocapture
for f in web-signin.png web-course.png web-encounter.png web-debrief.png web-encounter-zh.png web-phone.png web-instructor.png web-trainee.png web-admin.png; do
  [ -s "$out/$f" ] || { echo "missing $out/$f"; exit 1; }
done
echo "screenshots in $out"
