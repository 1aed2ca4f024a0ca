"""Screenshots of the main pages, for looking at the archive as a person would: a loopback server on the
current database, headless Chromium (Debian's chromium + chromedriver, as the browser tests use), PNGs."""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
from django.core.wsgi import get_wsgi_application
from django.db.models import Count, Q

from statements.models import Conflict, ReviewStatus, Speaker, Statement

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
MAX_HEIGHT = 5000  # px: a very long page is cut here rather than making a PNG nobody can open
PHONE_WIDTH = 390


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def loopback_server() -> Iterator[str]:
    """The archive served on 127.0.0.1 (a free port) from a thread; yields its base URL."""
    server = ThreadedWSGIServer(("127.0.0.1", 0), QuietHandler, allow_reuse_address=False)
    server.set_app(StaticFilesHandler(get_wsgi_application()))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium(width: int = 1280, height: int = 1000):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="archive-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in (
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", f"--window-size={width},{height}", f"--user-data-dir={profile}",
        ):
            options.add_argument(flag)
        driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
        driver.set_page_load_timeout(30)
        try:
            yield driver
        finally:
            driver.quit()


def pages_to_visit(query: str) -> list[tuple[str, str]]:
    """(name, path) of the main pages, picked from what the database holds: the busiest speaker and
    conflict, a statement that has a speaker, a date and a conflict when there is one."""
    public = Q(statements__status__in=[s for s in ReviewStatus.values if s != ReviewStatus.REJECTED])
    speakers = list(
        Speaker.objects.annotate(n=Count("statements", filter=public)).filter(n__gt=0).order_by("-n", "name")[:2]
    )
    conflict = Conflict.objects.annotate(n=Count("statements", filter=public)).order_by("-n", "name").first()
    statement = (
        Statement.objects.public().filter(speaker__isnull=False, said_on__isnull=False, conflicts__isnull=False)
        .order_by("-said_on", "-id").first()
        or Statement.objects.public().order_by("-id").first()
    )
    pages = [
        ("home", "/"),
        ("list", "/statements/?" + urlencode({"q": query})),
        ("list-filtered", "/statements/?" + urlencode({"q": query, "sort": "newest"})),
        ("help", "/help/search/"),
    ]
    if statement:
        pages += [("statement", statement.get_absolute_url()), ("article", statement.article.get_absolute_url())]
    if speakers:
        pages.append(("speaker", speakers[0].get_absolute_url()))
    if conflict:
        pages.append(("conflict", conflict.get_absolute_url()))
    if len(speakers) == 2:
        pages.append(("compare", "/compare/?" + urlencode([("speaker", s.slug) for s in speakers])))
    return pages


def take_screenshots(out: Path, query: str, *, phone: bool = True) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    pages = pages_to_visit(query)
    saved = []
    sizes = [("", 1280)] + ([("-phone", PHONE_WIDTH)] if phone else [])
    with loopback_server() as base, chromium() as driver:
        for suffix, width in sizes:
            for name, path in pages:
                _viewport(driver, width, 1000)
                driver.get(base + path)
                height = driver.execute_script("return document.documentElement.scrollHeight")
                _viewport(driver, width, min(max(height, 600), MAX_HEIGHT))
                target = out / f"{name}{suffix}.png"
                driver.save_screenshot(str(target))
                saved.append(target)
    return saved


def _viewport(driver, width: int, height: int) -> None:
    # The page's own viewport, not the window's (whose size includes browser chrome even headless);
    # `mobile` makes a phone-width page lay out as on a phone.
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width <= PHONE_WIDTH},
    )
