"""A real server with the page over the bundled lists, and a headless Chromium."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from saring.api import ApiConfig, create_app
from saring.api.server import ThreadedServer
from saring.web import mount

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def site(bundled_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of the API and page, reading the bundled lists, writing in a fresh dir."""
    data = tmp_path_factory.mktemp("web-data")
    config = ApiConfig(data, f"sqlite:///{bundled_dir / 'saring.db'}")
    config.index_path.parent.mkdir(parents=True)
    shutil.copyfile(ApiConfig(bundled_dir, config.database_url).index_path, config.index_path)
    with ThreadedServer(create_app(config, extend=mount)) as server:
        yield server.url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Chromium from the system (never a downloaded build)."""
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, site: str) -> Iterator[object]:
    """A fresh page that fails the test on any script error."""
    context = browser.new_context(base_url=site)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.set_default_timeout(60_000)
    yield tab
    context.close()
    assert not errors, errors
