#!/usr/bin/env bash
# Renders the desktop app with no GPU (Xvfb + Mesa's software Vulkan), plays a scripted
# path and writes OUTDIR/settings.png, OUTDIR/picker.png, OUTDIR/encounter.png,
# OUTDIR/debrief.png, OUTDIR/picker-zh.png, OUTDIR/encounter-zh.png and
# OUTDIR/debrief-zh.png; then, on a course server it starts on 127.0.0.1 with a
# temporary store and account, the app as its client (`gui --server`):
# OUTDIR/server-signin.png, OUTDIR/server-picker.png, OUTDIR/server-encounter.png and
# OUTDIR/server-debrief.png.
# Installs nothing: it needs xvfb-run (Debian packages xvfb, xauth, libvulkan1,
# mesa-vulkan-drivers) and builds the `gui` feature if needed.
#
#   bash tests/screenshot.sh OUTDIR
set -euo pipefail
out="${1:?usage: tests/screenshot.sh OUTDIR}"
cd "$(dirname "$0")/.."
command -v xvfb-run >/dev/null || { echo "xvfb-run not found (apt-get install xvfb xauth libvulkan1 mesa-vulkan-drivers)"; exit 2; }
cargo build --locked --features gui -q
mkdir -p "$out"
out="$(cd "$out" && pwd)"
cfg="$(mktemp -d)"
bin="${CARGO_TARGET_DIR:-target}/debug/touchpoint"
expert=open_soothe,vent_listen,susp_check_record,record_explain_admit,need_recap_notes,offer_two_ways,comp_principle,method_full,teach_handson,close_callback,lesson_confirm
run() {
  TOUCHPOINT_CONFIG_DIR="$cfg" xvfb-run -a -s "-screen 0 1280x720x24" \
    "$bin" gui --trainee demo --name "王小明" --seed 1 --out "$cfg/results" --shots "$out" "$@"
}
start=$(date +%s%N)
# English: the expert path through the ringback complaint (encounter.png, debrief.png).
run --locale en-US --encounter ringback_complaint --choices "$expert"
end=$(date +%s%N)
# Chinese: the first decision of the hall dispute (encounter-zh.png) and, after a
# careless path, its debrief (debrief-zh.png).
mkdir -p "$cfg/zh"
TOUCHPOINT_CONFIG_DIR="$cfg" xvfb-run -a -s "-screen 0 1280x720x24" \
  "$bin" gui --trainee demo --seed 1 --out "$cfg/results" --shots "$cfg/zh" \
  --locale zh-CN --encounter hall_dispute_escalation --choices open_number,vent_rebut
cp "$cfg/zh/encounter-zh.png" "$cfg/zh/picker-zh.png" "$out/"
cp "$cfg/zh/debrief.png" "$out/debrief-zh.png"
# On a course server: sign in, the course it offers, its encounter, its debrief.
srv="$cfg/server"
mkdir -p "$srv/shots"
export TOUCHPOINT_STORE="$srv/store.sqlite3"
echo "correct horse battery" | "$bin" users add wang --role trainee --name "王小明" --cohort c1 --password-stdin
# (The server needs an administrator.)
echo "another horse battery" | "$bin" users add admin --role admin --password-stdin
"$bin" serve --addr 127.0.0.1:0 >"$srv/serve.log" 2>&1 &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true' EXIT
url=""
for _ in $(seq 1 200); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$srv/serve.log" | head -n 1 || true)"
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "the course server did not start:"; cat "$srv/serve.log"; exit 1; }
hall=open_take_charge,vent_listen,crowd_room,handover_brief,urgent_reopen,record_admit,colleague_own,comp_principle,method_sheet,thanks_gift,callback_named,farewell_warm
echo "correct horse battery" | TOUCHPOINT_CONFIG_DIR="$srv" xvfb-run -a -s "-screen 0 1280x720x24" \
  "$bin" gui --server "$url" --trainee wang --password-stdin --locale en-US \
  --shots "$srv/shots" --encounter hall_dispute_escalation --choices "$hall"
for f in signin picker encounter debrief; do
  cp "$srv/shots/$f.png" "$out/server-$f.png"
done
kill $server_pid
unset TOUCHPOINT_STORE
for f in settings.png picker.png encounter.png debrief.png picker-zh.png encounter-zh.png debrief-zh.png \
  server-signin.png server-picker.png server-encounter.png server-debrief.png; do
  [ -s "$out/$f" ] || { echo "missing $out/$f"; exit 1; }
done
echo "screenshots in $out (scripted English run: $(( (end - start) / 1000000 )) ms, start-up and software rendering included)"
rm -rf "$cfg"
