"""The dashboard in a real headless browser: Debian's chromium driven by Selenium through
Debian's chromedriver (never a downloaded browser or driver).

Open the review page, click Approve on a draft, see it leave the waiting list; search the
talent pool through the form. Skipped locally without chromium, chromedriver or selenium;
a failure under CI (env CI set), so a CI image without them cannot pass silently.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from servers import free_port
from test_web import ACME_DRAFT, ANA_DRAFT, seed, write_config

from mailbot.store import Store
from mailbot.web import Dashboard, build_server

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
)


def _missing() -> str | None:
    if shutil.which("chromium") is None:
        return "chromium not found: apt-get install -y chromium chromium-driver"
    if shutil.which("chromedriver") is None:
        return "chromedriver not found: apt-get install -y chromium-driver"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium not installed: pip install selenium (the test extra)"
    return None


def require_browser() -> None:
    missing = _missing()
    if missing is None:
        return
    if os.environ.get("CI"):
        pytest.fail(missing + " (CI is set, so this is a failure, not a skip)")
    pytest.skip(missing)


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    # Selenium Manager must never fetch a driver or a browser: both paths are given.
    monkeypatch.setenv("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = str(shutil.which("chromium"))
    profile = tempfile.mkdtemp(prefix="mailbot-chromium-")
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    service = Service(executable_path=str(shutil.which("chromedriver")), port=free_port())
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def dashboard(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    config = write_config(tmp_path, imap_port=free_port(), smtp_port=free_port())
    seed(config)
    server = build_server(Dashboard(config), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", config.state_dir
    finally:
        server.shutdown()
        server.server_close()


def waiting_ids(driver: Any) -> list[str]:
    from selenium.webdriver.common.by import By

    rows = driver.find_elements(By.CSS_SELECTOR, "#waiting tr.draft")
    return [str(row.get_attribute("data-id")) for row in rows]


def test_approve_a_draft_and_see_it_leave_the_waiting_list(
    browser: Any, dashboard: tuple[str, Path]
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    url, state_dir = dashboard
    browser.get(url + "/review")
    assert sorted(waiting_ids(browser)) == ["aaaa1111", "bbbb2222"]
    approve = browser.find_element(
        By.CSS_SELECTOR, '#waiting tr.draft[data-id="aaaa1111"] button.approve'
    )
    # The stylesheet loaded under the page's Content-Security-Policy.
    assert approve.value_of_css_property("color") in ("rgba(47, 158, 68, 1)", "rgb(47, 158, 68)")
    approve.click()
    WebDriverWait(browser, 15).until(ec.staleness_of(approve))
    flash = WebDriverWait(browser, 15).until(
        ec.visibility_of_element_located((By.CSS_SELECTOR, ".flash.ok"))
    )
    assert "approved aaaa1111" in flash.text
    assert waiting_ids(browser) == ["bbbb2222"]
    assert browser.find_element(By.ID, "waiting-count").text == "1"
    approved = browser.find_elements(By.CSS_SELECTOR, "#approved tr.draft")
    assert [row.get_attribute("data-id") for row in approved] == ["aaaa1111"]
    with Store(state_dir, readonly=True) as store:
        assert store.get("drafts", ANA_DRAFT)["status"] == "approved"
        assert store.get("drafts", ACME_DRAFT)["status"] == "in_drafts"
    # A reload does not approve it twice or bring it back.
    browser.refresh()
    assert waiting_ids(browser) == ["bbbb2222"]


def test_search_the_talent_pool_through_the_form(browser: Any, dashboard: tuple[str, Path]) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    url, _ = dashboard
    browser.get(url + "/people")
    everyone = browser.find_elements(By.CSS_SELECTOR, "tr.person")
    assert len(everyone) == 3
    browser.find_element(By.NAME, "skill").send_keys("react")
    browser.find_element(By.CSS_SELECTOR, "form.search button[type=submit]").click()
    # click() can return before the browser has left the page: the rows read then were
    # none (a CI run under load), neither the old page's nor the new one's.
    WebDriverWait(browser, 15).until(ec.staleness_of(everyone[0]))
    WebDriverWait(browser, 15).until(
        lambda driver: driver.execute_script("return document.readyState") == "complete"
    )
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.person")
    assert [row.get_attribute("data-email") for row in rows] == ["bo@tokyo.example"]
    # The name that came in by email shows as text, never as markup.
    assert "<script>alert(1)</script>" in rows[0].text
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert  # noqa: B018 (the markup would have opened one)
