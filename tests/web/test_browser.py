"""The review page in a real headless Chromium (Debian's chromium and chromium-driver,
driven by Selenium): sign in, open the example, answer a question, see the
recommendation change, draft a French request for justification and download it as DOCX
and PDF. Screenshots are kept in tests/artifacts/ (or $RIPOSTE_ARTIFACTS)."""

from __future__ import annotations

import io
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from docx import Document
from pypdf import PdfReader

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
ARTIFACTS = Path(os.environ.get("RIPOSTE_ARTIFACTS", Path(__file__).parents[1] / "artifacts"))
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--window-size=1280,2000",
)

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="browser test skipped: Debian's chromium and chromium-driver are not installed "
    "(make letter-deps installs them)",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(app):
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.set_page_load_timeout(60)
    driver.execute_cdp_cmd(
        "Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    driver.downloads = downloads
    yield driver
    driver.quit()


def wait_for(predicate, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("timed out")


def downloaded(folder: Path, suffix: str) -> Path:
    """The finished download: Chromium reserves the final name with an empty file
    and writes into a `.crdownload` beside it, renamed over the name at the end."""

    def finished() -> Path | None:
        if any(folder.glob("*.crdownload")):
            return None
        return next((p for p in folder.glob(f"*{suffix}") if p.stat().st_size > 0), None)

    return wait_for(finished)


def shot(driver, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / f"{name}.png"))


def test_review_page_in_chromium(server, browser, client, auth, example_claim):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    assessment = client.post("/v1/assessments", json=example_claim, headers=auth).json()
    key = auth["Authorization"].removeprefix("Bearer ")

    browser.get(f"{server}/app/login")
    browser.find_element(By.ID, "api_key").send_keys(key)
    shot(browser, "01-sign-in")
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait_for(lambda: "/app/assessments" in browser.current_url)
    assert browser.get_cookie("riposte_session")["httpOnly"] is True
    shot(browser, "02-list")

    browser.get(f"{server}/app/assessments/{assessment['id']}")
    badge = browser.find_element(By.ID, "recommendation")
    assert badge.get_attribute("data-code") == "request_justification"
    assert browser.find_elements(By.ID, "f-GEN-MANDATE-01")
    shot(browser, "03-review")

    first = browser.find_element(By.ID, "q-1")
    first.find_element(By.CSS_SELECTOR, "input[type=radio]").click()
    first.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for(lambda: "before=" in browser.current_url)
    badge = browser.find_element(By.ID, "recommendation")
    assert badge.get_attribute("data-code") == "negotiate"
    assert browser.find_element(By.ID, "message").text
    shot(browser, "04-answered")

    Select(browser.find_element(By.ID, "d-kind")).select_by_value("request_for_justification")
    Select(browser.find_element(By.ID, "d-lang")).select_by_value("fr")
    browser.find_element(By.CSS_SELECTOR, "#drafts form button[type=submit]").click()
    link = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "a.dl-docx"))
    browser.execute_script(
        "arguments[0].scrollIntoView()", browser.find_element(By.ID, "h-questions")
    )
    shot(browser, "05-questions-and-drafts")
    link[0].click()
    docx = downloaded(browser.downloads, ".docx")
    text = " ".join(p.text for p in Document(io.BytesIO(docx.read_bytes())).paragraphs)
    assert "7Q2K9X" in text and "Trunk Archive" in text
    browser.find_element(By.CSS_SELECTOR, "a.dl-pdf").click()
    pdf = downloaded(browser.downloads, ".pdf")
    assert "7Q2K9X" in PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text()
