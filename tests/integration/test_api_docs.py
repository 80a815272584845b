"""The API documentation pages load their scripts from the app itself, never from a CDN."""

from __future__ import annotations

import re

import pytest

ASSET = re.compile(r'(?:src|href)="([^"]+)"')


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_documentation_pages_use_local_assets(client, page):
    html = client.get(page)
    assert html.status_code == 200
    assets = ASSET.findall(html.text)
    assert assets, "the page loads no script or style"
    for url in assets:
        assert url.startswith("/"), f"{page} loads {url} from elsewhere"
        assert client.get(url).status_code == 200, url
    assert "cdn." not in html.text and "fonts.googleapis" not in html.text
    assert "/openapi.json" in html.text
