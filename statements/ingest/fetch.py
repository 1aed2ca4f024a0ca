"""The one HTTP client of the archive: fetch a URL from the internet, safely.

A curator types URLs (sources, `ingest https://…`), so a URL must not reach the host's own services:
every hop's host name is resolved here, every address it resolves to must be public (not private,
loopback, link-local, reserved or multicast), and the connection goes to the address that was checked,
not to a second lookup an attacker's DNS could answer differently. Redirects are followed by hand so
each hop is checked; their number is limited. Bodies are read in chunks up to a size cap (counted after
gzip/brotli decoding, so a compression bomb stops there too) within an overall deadline.
ARCHIVE_FETCH_ALLOW_PRIVATE lets private addresses through (tests serving pages on loopback; an
intranet deployment): True for all, or a list of networks ("127.0.0.1/32"). Certificates are checked
against the system's authorities and, when ARCHIVE_FETCH_CA_BUNDLE names a PEM file, those in it too (a
corporate proxy that re-signs https, a private CA).
"""

from __future__ import annotations

import ipaddress
import re
import socket
import ssl
import time
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import urllib3

from statements.extraction.decode import charset_of

USER_AGENT = "statement-archive/0.1 (research archive of public statements; fetches single pages, honours robots.txt)"
REDIRECT_STATUSES = {301, 302, 303, 307, 308}


class FetchError(Exception):
    """The URL could not be fetched; the message says why in a curator's words."""


@dataclass(frozen=True)
class FetchPolicy:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0  # whole fetch, all hops, slow-dripping servers included
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    allow_private: bool | tuple[str, ...] = False  # True, or networks allowed despite being non-public
    ca_bundle: str = ""  # a PEM file of authorities trusted besides the system's


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    body: bytes  # decoded from gzip/brotli; empty for 304
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    fetched_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    redirects: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str:
        return charset_of(self.headers.get("content-type", ""))


def policy_from_settings() -> FetchPolicy:
    from django.conf import settings

    allow = getattr(settings, "ARCHIVE_FETCH_ALLOW_PRIVATE", False)
    return FetchPolicy(
        allow_private=tuple(allow) if isinstance(allow, (list, tuple)) else bool(allow),
        max_bytes=getattr(settings, "ARCHIVE_FETCH_MAX_BYTES", FetchPolicy.max_bytes),
        user_agent=getattr(settings, "ARCHIVE_FETCH_USER_AGENT", USER_AGENT),
        ca_bundle=str(getattr(settings, "ARCHIVE_FETCH_CA_BUNDLE", "") or ""),
    )


def fetch(url: str, policy: FetchPolicy | None = None, *, headers: dict[str, str] | None = None) -> Fetched:
    """GET `url`, following up to policy.max_redirects redirects; raises FetchError with the reason.

    `headers` are sent on the first hop only (conditional GET: If-None-Match / If-Modified-Since); a 304
    comes back as a Fetched with status 304 and no body."""
    policy = policy or policy_from_settings()
    started = time.monotonic()
    current, hops = url, []
    extra = dict(headers or {})
    for _ in range(policy.max_redirects + 1):
        response = _get_one(current, policy, extra, started)
        if response.status not in REDIRECT_STATUSES:
            return Fetched(url, current, response.status, response.body, response.headers, redirects=tuple(hops))
        location = response.headers.get("location", "")
        if not location:
            raise FetchError(f"{current}: redirect ({response.status}) without a Location")
        hops.append(current)
        current = urljoin(current, location)
        extra = {}
    raise FetchError(f"{url}: more than {policy.max_redirects} redirects")


@dataclass(frozen=True)
class _Response:
    status: int
    body: bytes
    headers: dict[str, str]


def _get_one(url: str, policy: FetchPolicy, extra: dict[str, str], started: float) -> _Response:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise FetchError(f"{url}: not a valid URL ({error})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: only http:// and https:// URLs are fetched")
    host = parts.hostname
    port = port or (443 if parts.scheme == "https" else 80)
    address = resolve_allowed(host, port, policy)
    request_headers = {
        "Host": parts.netloc.rpartition("@")[2],
        "User-Agent": policy.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Encoding": "gzip, deflate, br",
        **extra,
    }
    timeout = urllib3.Timeout(connect=policy.connect_timeout, read=policy.read_timeout)
    if parts.scheme == "https":
        # Connect to the checked address; the certificate and SNI are still checked against the host name.
        pool = urllib3.HTTPSConnectionPool(
            address, port, timeout=timeout, retries=False, maxsize=1, server_hostname=host, assert_hostname=host,
            ssl_context=tls_context(policy.ca_bundle),
        )
    else:
        pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False, maxsize=1)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        response = pool.urlopen(
            "GET", path, headers=request_headers, redirect=False, preload_content=False, decode_content=True
        )
        try:
            body = _read_capped(response, url, policy, started)
            headers = {name.lower(): value for name, value in response.headers.items()}
            return _Response(response.status, body, headers)
        finally:
            response.release_conn()
    except urllib3.exceptions.TimeoutError:
        raise FetchError(f"{url}: timed out") from None
    except urllib3.exceptions.SSLError as error:
        raise FetchError(f"{url}: {_tls_reason(error)}") from None
    except urllib3.exceptions.DecodeError:
        raise FetchError(f"{url}: the body's Content-Encoding could not be decoded") from None
    except (urllib3.exceptions.HTTPError, OSError) as error:
        raise FetchError(f"{url}: connection failed ({type(error).__name__})") from None
    finally:
        pool.close()


@lru_cache(maxsize=4)
def tls_context(ca_bundle: str = "") -> ssl.SSLContext:
    """Certificates required and checked against the system's authorities, plus those of `ca_bundle`."""
    context = ssl.create_default_context()
    if ca_bundle:
        try:
            context.load_verify_locations(cafile=ca_bundle)
        except (OSError, ssl.SSLError) as error:
            raise FetchError(f"ARCHIVE_FETCH_CA_BUNDLE {ca_bundle}: not a readable PEM file of certificates "
                             f"({error})") from None
    return context


def _tls_reason(error: Exception) -> str:
    """A refused certificate in a curator's words, not urllib3's chain of wrapped exceptions."""
    text = str(error)
    mismatch = (r"(?:hostname|IP address) '[^']*' doesn't match [^()]*"
                r"|\w+ mismatch, certificate is not valid for '[^']*'")
    if found := re.search(mismatch, text):
        return f"the server's TLS certificate is for another name ({found.group(0).strip()})"
    if found := re.search(r"certificate verify failed: ([^(']+)", text):
        return (f"the server's TLS certificate is not trusted ({found.group(1).strip()}); an authority of your "
                "own or of a proxy can be named in ARCHIVE_FETCH_CA_BUNDLE")
    return f"TLS error ({text})"


def _read_capped(response, url: str, policy: FetchPolicy, started: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > policy.max_bytes and "content-encoding" not in response.headers:
        raise FetchError(f"{url}: {int(declared):,} bytes is over the fetch size cap of {policy.max_bytes:,}")
    chunks, size = [], 0
    for chunk in response.stream(65536):
        size += len(chunk)
        if size > policy.max_bytes:
            raise FetchError(f"{url}: more than the fetch size cap of {policy.max_bytes:,} bytes")
        if time.monotonic() - started > policy.deadline:
            raise FetchError(f"{url}: timed out (still reading after {policy.deadline:.0f} s)")
        chunks.append(chunk)
    return b"".join(chunks)


def resolve_allowed(host: str, port: int, policy: FetchPolicy) -> str:
    """The address to connect to for `host`: every address it resolves to must be allowed, so a name
    with one public and one private address is refused (a client could be steered to either)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"{host}: the host name does not resolve ({error})") from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for address in addresses:
        if not address_allowed(address, policy.allow_private):
            raise FetchError(
                f"{host} resolves to {address}, a private, loopback or link-local address: refused "
                "(ARCHIVE_FETCH_ALLOW_PRIVATE allows it)"
            )
    if not addresses:
        raise FetchError(f"{host}: the host name does not resolve")
    return addresses[0]


def address_allowed(address: str, allow_private: bool | tuple[str, ...]) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_global and not ip.is_multicast:
        return True
    if allow_private is True:
        return True
    return any(ip in ipaddress.ip_network(network, strict=False) for network in allow_private or ())
