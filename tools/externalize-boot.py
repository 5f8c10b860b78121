"""Trunk post-build hook: moves Trunk's inline module script out of index.html into boot.js,
so the page runs under a Content-Security-Policy with no 'unsafe-inline'
(script-src 'self' 'wasm-unsafe-eval'). The script is referenced with an integrity hash.

Trunk runs this with TRUNK_STAGING_DIR set (after it wrote index.html, before dist/ is replaced).
"""
import base64
import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook")
html_path = os.path.join(staging, "index.html")
with open(html_path, encoding="utf-8") as f:
    html = f.read()

inline = re.findall(r"<script type=\"module\">(.*?)</script>", html, flags=re.S)
if len(inline) != 1:
    sys.exit(f"expected exactly one inline module script in index.html, found {len(inline)}")
body = inline[0].strip() + "\n"
with open(os.path.join(staging, "boot.js"), "w", encoding="utf-8") as f:
    f.write(body)
digest = base64.b64encode(hashlib.sha384(body.encode("utf-8")).digest()).decode("ascii")
public_url = os.environ.get("TRUNK_PUBLIC_URL", "/")
if not public_url.endswith("/"):
    public_url += "/"
tag = f'<script type="module" src="{public_url}boot.js" integrity="sha384-{digest}" crossorigin="anonymous"></script>'
html = re.sub(r"<script type=\"module\">.*?</script>", lambda _: tag, html, count=1, flags=re.S)
if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html):
    sys.exit("index.html still has an inline script after externalising Trunk's")
with open(html_path, "w", encoding="utf-8") as f:
    f.write(html)
