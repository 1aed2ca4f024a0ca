"""A real HTTP server on loopback, in a thread, serving real saved pages (tests/data/realnews) the ways web
servers do: plain, gzip, in a legacy charset, behind redirects, slowly, huge, with ETags, with robots.txt.

Routes are registered per test: `server.route(path, handler)`, where a handler gets the request
handler (headers, path) and returns (status, headers, body) or writes the response itself.
`PageServer(tls=context)` serves the same over HTTPS (a server-side ssl.SSLContext; tests make one with trustme).
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REALNEWS = Path(__file__).parent.parent / "data" / "realnews"

Handler = Callable[[BaseHTTPRequestHandler], "tuple[int, dict[str, str], bytes] | None"]


class PageServer:
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Handler] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []  # (path, headers) of every request served
        server = self

        class RequestHandler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the stdlib's name)
                server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                handler = server.routes.get(self.path.split("?")[0])
                if handler is None:
                    self._send(404, {"Content-Type": "text/plain"}, b"not found")
                    return
                result = handler(self)
                if result is not None:
                    self._send(*result)

            def _send(self, status, headers, body):
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    if "Content-Length" not in headers:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (size cap, timeout): that is what some tests check

            def log_message(self, *args):  # keep test output clean
                pass

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                pass  # a client that refused the certificate or hung up: what some tests check

        self.httpd = Server(("127.0.0.1", 0), RequestHandler)
        self.scheme = "https" if tls else "http"
        if tls is not None:
            # The handshake happens in each request's thread (not in accept), so a client that refuses
            # the certificate does not hold up the server.
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True, do_handshake_on_connect=False)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, handler: Handler) -> str:
        self.routes[path] = handler
        return self.url(path)

    def page(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8", **headers: str) -> str:
        return self.route(path, lambda _request: (200, {"Content-Type": content_type, **headers}, body))

    def start(self) -> "PageServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def realnews(name: str) -> bytes:
    return (REALNEWS / name).read_bytes()
