"""Trunk post-build hook: an immutable, versioned copy of the dealer embed beside the stable
loader. `embed/<version>/` holds loader.js, widget.js, widget_bg.wasm, style.css and
loader.d.ts, where <version> is the first 12 hex digits of the SHA-256 of those files: a new
release is a new folder, so a host may cache one forever (deploy/nginx.conf says `immutable`)
and pin the loader with Subresource Integrity. `embed/release.json` names the newest folder
and the loader's integrity hash, the snippet a dealer copies (docs/embed.md).

The stable `embed/loader.js` finds the widget's files one folder up; the versioned copy finds
them beside itself, so that one line is rewritten.

Trunk runs this with TRUNK_STAGING_DIR set (after it wrote the build, before dist/ is replaced).
"""
import base64
import hashlib
import json
import os
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook")

STABLE_BASE = "const base = new URL('../', import.meta.url);"
VERSIONED_BASE = "const base = new URL('./', import.meta.url);"


def read(name):
    with open(os.path.join(staging, name), "rb") as f:
        return f.read()


loader = read("embed/loader.js").decode("utf-8")
if loader.count(STABLE_BASE) != 1:
    sys.exit("embed/loader.js: expected its one line that finds the widget's files one folder up")
files = {
    "loader.js": loader.replace(STABLE_BASE, VERSIONED_BASE).encode("utf-8"),
    "widget.js": read("widget.js"),
    "widget_bg.wasm": read("widget_bg.wasm"),
    "style.css": read("style.css"),
    "loader.d.ts": read("embed/loader.d.ts"),
}
digest = hashlib.sha256()
for name in sorted(files):
    digest.update(name.encode("utf-8") + b"\0" + files[name])
version = digest.hexdigest()[:12]
folder = os.path.join(staging, "embed", version)
os.makedirs(folder, exist_ok=True)
for name, body in files.items():
    with open(os.path.join(folder, name), "wb") as f:
        f.write(body)
# The folder is also an npm package (`npm pack` takes it): a bundler's project can install it
# for the types and serve its files. Its version is the app's, with the folder's hash.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Cargo.toml"), encoding="utf-8") as f:
    app_version = next(line.split('"')[1] for line in f if line.startswith("version = "))
package = {
    "name": "su7-upgrade-embed",
    "version": f"{app_version}-h{version}",
    "description": "The SU7 upgrade cost configurator as a dealer widget: <su7-upgrade>, its JS API and types.",
    "license": "MIT",
    "type": "module",
    "main": "loader.js",
    "types": "loader.d.ts",
    "exports": {".": {"types": "./loader.d.ts", "default": "./loader.js"}},
    "files": sorted(files),
}
with open(os.path.join(folder, "package.json"), "w", encoding="utf-8") as f:
    json.dump(package, f, indent=2)
    f.write("\n")
integrity = "sha384-" + base64.b64encode(hashlib.sha384(files["loader.js"]).digest()).decode("ascii")
release = {"version": version, "loader": f"embed/{version}/loader.js", "integrity": integrity}
with open(os.path.join(staging, "embed", "release.json"), "w", encoding="utf-8") as f:
    json.dump(release, f, indent=2)
    f.write("\n")
