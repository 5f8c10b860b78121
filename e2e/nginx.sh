#!/bin/sh
# nginx in the foreground serving DIR on 127.0.0.1:PORT with deploy/nginx.conf as written:
# only its `listen` and `root` lines are changed. The rest of nginx.conf is the least a
# server needs (Debian's mime.types, no access log, files under a temporary prefix).
#   sh nginx.sh PORT DIR
set -eu
port=$1
root=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
mkdir -p "$dir/logs"
sed -e "s|^\( *listen\) .*;|\1 127.0.0.1:$port;|" -e "s|^\( *root\) .*;|\1 $root;|" "$here/../deploy/nginx.conf" > "$dir/site.conf"
grep -q "listen 127.0.0.1:$port;" "$dir/site.conf" && grep -q "root $root;" "$dir/site.conf" || {
  echo "nginx.sh: deploy/nginx.conf has no listen or root line to set" >&2; exit 2; }
{
  # As root (CI), workers would run as nobody; they read the checkout, so keep them as is.
  [ "$(id -u)" = 0 ] && echo "user root;"
  # Debian's brotli_static module, as its package's modules-enabled file loads it for the system
  # nginx (with the full path: this nginx runs under its own prefix).
  echo "load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;"
  cat <<CONF
pid $dir/nginx.pid;
error_log stderr warn;
events {}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    log_not_found off;
    client_body_temp_path $dir/body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    include $dir/site.conf;
}
CONF
} > "$dir/nginx.conf"
exec nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;'
