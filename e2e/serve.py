"""Static server on loopback that sends CORS headers, as a CDN hosting the widget would: the demo
host page on another origin imports the module and fetches the wasm from it.

    python3 serve.py PORT DIR [CSP] [--brotli]
CSP, when given, is sent as Content-Security-Policy. --brotli sends text and wasm files
brotli -q 11 compressed to a browser that accepts it, as a CDN serves precompressed files, so a
throttled benchmark pays the bytes an owner's phone would (the size budgets' bytes); files are
compressed when the server starts and again when one changes."""
import functools
import http.server
import io
import os
import subprocess
import sys

COMPRESSIBLE = (".html", ".js", ".css", ".wasm", ".json", ".svg", ".webmanifest")


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm", ".js": "text/javascript"}

    csp = None
    brotli = False
    compressed = {}  # path -> (mtime_ns, size, bytes)

    def end_headers(self):
        if self.csp:
            self.send_header("Content-Security-Policy", self.csp)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        accepts = any(c.split(";")[0].strip() == "br" and "q=0" not in c.replace(" ", "").split(";")[1:]
                      for c in self.headers.get("Accept-Encoding", "").split(","))
        if not (self.brotli and accepts and path.endswith(COMPRESSIBLE) and os.path.isfile(path)):
            return super().send_head()
        body = brotli_of(path)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "br")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that drops a response it no longer needs (a closed page) is not an error.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def brotli_of(path):
    st = os.stat(path)
    kept = Handler.compressed.get(path)
    if kept and kept[:2] == (st.st_mtime_ns, st.st_size):
        return kept[2]
    body = subprocess.run(["brotli", "-q", "11", "-c", path], check=True, capture_output=True).stdout
    Handler.compressed[path] = (st.st_mtime_ns, st.st_size, body)
    return body


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--brotli"]
    port, directory = int(args[0]), args[1]
    Handler.csp = args[2] if len(args) > 2 else None
    Handler.brotli = "--brotli" in sys.argv
    server = Server(("127.0.0.1", port), functools.partial(Handler, directory=directory))
    if Handler.brotli:
        # Before the first request is answered (it waits in the listen queue meanwhile), so no
        # measured load pays for compression.
        for root, _, files in os.walk(directory):
            for name in files:
                if name.endswith(COMPRESSIBLE):
                    brotli_of(os.path.join(root, name))
    server.serve_forever()
