#!/usr/bin/env bash
# The course server behind nginx doing TLS, configured as the README's "HTTPS" section
# shows: a trainee signs in and starts an encounter through the proxy (the cross-site
# check sees the original Host), the cookie is Secure, and the audit log records the
# client's address as the proxy appended it, not what the client wrote itself.
# Needs nginx and openssl (Debian packages nginx-light, openssl) and a built binary.
#
#   TOUCHPOINT=target/release/touchpoint bash tests/proxy_nginx.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${TOUCHPOINT:-target/release/touchpoint}"
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
app_port="$(free_port)"
tls_port="$(free_port)"
store="$work/store.sqlite3"

echo 'proxy test admin password' | "$bin" --store "$store" users add boss --role admin --password-stdin
echo 'proxy test trainee password' | "$bin" --store "$store" users add wang --role trainee --cohort c1 --password-stdin

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
  -keyout "$work/privkey.pem" -out "$work/fullchain.pem" 2>/dev/null

# The README's server block, on a free port, with paths of this test.
mkdir -p "$work/logs"
cat > "$work/nginx.conf" <<EOF
pid $work/nginx.pid;
error_log $work/logs/error.log;
events {}
http {
    access_log $work/logs/access.log;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    server {
        listen 127.0.0.1:$tls_port ssl;
        server_name localhost;
        ssl_certificate     $work/fullchain.pem;
        ssl_certificate_key $work/privkey.pem;
        client_max_body_size 16k;
        location / {
            proxy_pass http://127.0.0.1:$app_port;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
        }
    }
}
EOF
"$nginx_bin" -t -c "$work/nginx.conf" -p "$work" 2>/dev/null
"$nginx_bin" -c "$work/nginx.conf" -p "$work"

"$bin" --store "$store" serve --addr "127.0.0.1:$app_port" --scenarios scenarios \
  --secure-cookies --trust-proxy 127.0.0.1 2> "$work/serve.log" &
server_pid=$!
for _ in $(seq 100); do
  grep -q "serving" "$work/serve.log" 2>/dev/null && break
  sleep 0.1
done

base="https://localhost:$tls_port"
curl_json() { curl -sk -o "$work/body.json" -w '%{http_code}' -H 'Content-Type: application/json' "$@"; }
fail() { echo "proxy test: $*" >&2; cat "$work/body.json" >&2 || true; exit 1; }

# A wrong password, with an address the client made up: refused, and audited under
# the address nginx saw.
code="$(curl_json -H "Origin: $base" -H 'X-Forwarded-For: 203.0.113.9' \
  -d '{"id":"wang","password":"wrong"}' "$base/api/session")"
[ "$code" = 401 ] || fail "a wrong password through the proxy: $code (expected 401)"

# Sign in, Secure cookie, then a state-changing request with the page's Origin.
code="$(curl -sk -D "$work/headers" -o "$work/body.json" -w '%{http_code}' \
  -H 'Content-Type: application/json' -H "Origin: $base" \
  -d '{"id":"wang","password":"proxy test trainee password"}' "$base/api/session")"
[ "$code" = 200 ] || fail "sign-in through the proxy: $code"
cookie_line="$(grep -i '^set-cookie:' "$work/headers")"
case "$cookie_line" in *Secure*HttpOnly*|*HttpOnly*Secure*) ;; *) fail "cookie not Secure and HttpOnly: $cookie_line" ;; esac
cookie="$(echo "$cookie_line" | sed -E 's/^[Ss]et-[Cc]ookie: *([^;]*).*/\1/' | tr -d '\r')"
code="$(curl_json -H "Cookie: $cookie" -H "Origin: $base" \
  -d '{"scenario":"hall_peak_queue","locale":"zh-CN"}' "$base/api/attempts")"
[ "$code" = 201 ] || fail "starting an encounter through the proxy: $code"
# Another site's page: refused.
code="$(curl_json -H "Cookie: $cookie" -H 'Origin: https://evil.example' \
  -d '{"scenario":"hall_peak_queue","locale":"zh-CN"}' "$base/api/attempts")"
[ "$code" = 403 ] || fail "a cross-site request through the proxy: $code (expected 403)"

# The audit log, read by the admin: the failed sign-in is under 127.0.0.1 (the
# client nginx saw), never under the address the client wrote.
code="$(curl -sk -D "$work/h2" -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -H "Origin: $base" -d '{"id":"boss","password":"proxy test admin password"}' "$base/api/session")"
[ "$code" = 200 ] || fail "admin sign-in: $code"
admin="$(grep -i '^set-cookie:' "$work/h2" | sed -E 's/^[Ss]et-[Cc]ookie: *([^;]*).*/\1/' | tr -d '\r')"
code="$(curl_json -H "Cookie: $admin" "$base/api/audit")"
[ "$code" = 200 ] || fail "the audit log: $code"
python3 - "$work/body.json" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
failed = [e for e in log if e["action"] == "signin-failed"]
assert failed and all(e["address"] == "127.0.0.1" for e in failed), failed
assert not any(e["address"] == "203.0.113.9" for e in log), log
PY
echo "proxy test: sign-in, play and the cross-site check through nginx with TLS; the audit log has the address nginx saw"
