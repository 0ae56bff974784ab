"""Fetching a seed by its address (http and https only), within size and time limits.

With `allow_private=False` (what the API uses) every address a host name
resolves to must be public: loopback, private, link-local, shared, reserved,
multicast and unspecified addresses are refused, and the request then goes to
the address that was checked (the name is not resolved twice), so neither a
redirect nor a DNS answer that changes between check and connection can reach
an inside address. Redirects are followed by hand, each hop checked the same way.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from collabgraph.errors import SeedError

SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
USER_AGENT = "collabgraph (seed import; +https://pypi.org/project/collabgraph/)"
REDIRECTS = {301, 302, 303, 307, 308}
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


@dataclass
class Fetched:
    """What an address answered: the address asked, the last one redirected to, the
    media type (without parameters; "" when not given) and the body."""

    url: str
    final_url: str
    content_type: str
    data: bytes


def is_url(text: object) -> bool:
    """Whether `text` is an address (`scheme://...`) rather than a file path; only
    http and https ones can be fetched, `fetch` refuses the others."""
    return isinstance(text, str) and bool(_SCHEME.match(text))


def fetch(
    url: str,
    *,
    max_bytes: int,
    timeout: float = 20.0,
    allow_private: bool = True,
) -> Fetched:
    """GET `url`, following up to MAX_REDIRECTS redirects.

    Raises SeedError (naming the address) for another scheme, a refused or
    unknown host, no answer within `timeout` seconds (overall), an HTTP error
    status, or a body larger than `max_bytes`.
    """
    deadline = time.monotonic() + timeout
    current = url
    with httpx.Client(
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        trust_env=allow_private,  # no proxy may stand between the check and the connection
        headers={"User-Agent": USER_AGENT},
    ) as client:
        for _ in range(MAX_REDIRECTS + 1):
            request = _request(client, current, allow_private)
            try:
                response = client.send(request, stream=True)
            except httpx.TimeoutException as exc:
                raise _error(url, f"{_hop(url, current)}no answer within {timeout:g} s") from exc
            except httpx.HTTPError as exc:
                raise _error(url, f"{_hop(url, current)}no answer ({_reason(exc)})") from exc
            try:
                if response.status_code in REDIRECTS and "location" in response.headers:
                    current = urljoin(current, response.headers["location"])
                    continue
                if response.status_code >= 400:
                    status = f"{response.status_code} {response.reason_phrase}"
                    raise _error(url, f"{_hop(url, current)}the server answered {status}")
                data = _read(response, url, max_bytes=max_bytes, deadline=deadline)
                media = response.headers.get("content-type", "").split(";")[0].strip().lower()
                return Fetched(url, current, media, data)
            finally:
                response.close()
    raise _error(url, f"more than {MAX_REDIRECTS} redirects")


def check_address(address: str) -> str | None:
    """Why an IP address is refused to a server that fetches only public addresses
    (e.g. "a loopback address"), or None when it is public."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for test, what in (
        ("is_loopback", "a loopback"),
        ("is_link_local", "a link-local"),
        ("is_private", "a private-network"),
        ("is_multicast", "a multicast"),
        ("is_unspecified", "an unspecified"),
        ("is_reserved", "a reserved"),
    ):
        if getattr(ip, test):
            return f"{what} address"
    if not ip.is_global:
        return "a non-public address"
    return None


def _request(client: httpx.Client, url: str, allow_private: bool) -> httpx.Request:
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES or not parts.hostname:
        raise _error(url, "only http:// and https:// addresses can be imported")
    if allow_private:
        return client.build_request("GET", url)
    target = httpx.URL(url)
    address = _public_address(
        url, parts.hostname, target.port or (443 if target.scheme == "https" else 80)
    )
    # Connect to the address just checked; the Host header and TLS name stay the host's.
    pinned = target.copy_with(host=address)
    return client.build_request(
        "GET", pinned, headers={"Host": target.netloc.decode("ascii")},
        extensions={"sni_hostname": parts.hostname},
    )  # fmt: skip


def _public_address(url: str, host: str, port: int) -> str:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise _error(url, f"could not find the host {host!r}") from exc
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for address in addresses:
        reason = check_address(address)
        if reason:
            raise _error(
                url,
                f"refused: {host} is {reason} ({address}); this server fetches only public"
                " addresses (COLLABGRAPH_FETCH_PRIVATE_URLS allows others)",
            )
    return addresses[0]


def _read(response: httpx.Response, url: str, *, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(url, max_bytes)
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(url, max_bytes)
        if time.monotonic() > deadline:
            raise _error(url, "the download took too long")
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(url: str, max_bytes: int) -> SeedError:
    return _error(
        url,
        f"larger than {max_bytes / 1e6:.1f} MB, the limit for a seed"
        " (COLLABGRAPH_MAX_SEED_BYTES changes it)",
    )


def _hop(url: str, current: str) -> str:
    return "" if current == url else f"redirected to {current}: "


def _reason(exc: httpx.HTTPError) -> str:
    text = str(exc).strip()
    return text.split("] ")[-1] if text else type(exc).__name__


def _error(url: str, message: str) -> SeedError:
    return SeedError.single(url, None, message)
