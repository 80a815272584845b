"""The firm's letterhead and its own templates: sandboxed, validated on upload."""

from __future__ import annotations

import pytest

from tests.drafts.conftest import create, draft

SLOT = "/v1/firm/templates/contestation/fr"


def put(client, auth, source: str, *, as_text: bool = False):
    if as_text:
        headers = {**auth, "Content-Type": "text/plain; charset=utf-8"}
        return client.put(SLOT, content=source.encode(), headers=headers)
    return client.put(SLOT, json={"source": source}, headers=auth)


def test_letterhead_and_signature_appear_in_letters(client, auth, example_claim):
    settings = {
        "letterhead": {"name": "Cabinet Exemple", "lines": ["20 avenue de l'Opéra", "75001 Paris"]},
        "signature": {"name": "Maître Jeanne Exemple", "title": "Avocate", "lines": []},
    }
    assert client.put("/v1/firm/letter-settings", json=settings, headers=auth).status_code == 200
    assert client.get("/v1/firm/letter-settings", headers=auth).json() == settings
    assessment = create(client, auth, example_claim)
    created = draft(client, auth, assessment["id"], "contestation", "fr").json()
    markdown = client.get(created["links"]["md"], headers=auth).text
    assert "Cabinet Exemple" in markdown and "Maître Jeanne Exemple" in markdown
    bad = {"letterhead": {"name": "x", "colour": "red"}}
    assert client.put("/v1/firm/letter-settings", json=bad, headers=auth).status_code == 422


def test_a_valid_template_is_used_for_its_kind_and_language(client, auth, example_claim):
    source = (
        "# {{ letterhead.name }}\n\n{{ draft.subject }}\n\n"
        "{% for p in draft.paragraphs %}{{ p.text }}\n\n{% endfor %}"
        "Réf. {{ draft.references.theirs }}\n"
    )
    response = put(client, auth, source, as_text=True)
    assert response.status_code == 200, response.text
    assert client.get(SLOT, headers=auth).json()["source"] == source
    assessment = create(client, auth, example_claim)
    mine = draft(client, auth, assessment["id"], "contestation", "fr").json()
    assert mine["template"] == "firm"
    assert "Réf. 7Q2K9X" in client.get(mine["links"]["md"], headers=auth).text
    english = draft(client, auth, assessment["id"], "contestation", "en").json()
    assert english["template"] == "builtin"
    assert client.delete(SLOT, headers=auth).status_code == 204
    assert client.get(SLOT, headers=auth).status_code == 404


@pytest.mark.parametrize(
    ("source", "line", "words"),
    [
        ("Bonjour\n\n{{ client_name }}\n", 3, "undefined variable 'client_name'"),
        ("a\n{{ ''.__class__.__mro__ }}\n", 2, "is not allowed"),
        ("a\nb\n{% for p in draft.paragraphs %}\n{{ p.text }}\n", 4, "end of template"),
        ("{% include 'other.md' %}\n", 1, "cannot load other templates"),
        ("ok\n\n\n{{ draft.nothing_here }}\n", 4, "nothing_here"),
        ("{{ draft.offer.text }}\n", 1, "text"),
        ("{{ draft.paragraphs.append(1) }}\n", 1, "unsafe"),
    ],
)
def test_an_invalid_template_is_refused_at_its_line(client, auth, source, line, words):
    response = put(client, auth, source)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    errors = response.json()["errors"]
    assert errors[0]["line"] == line, errors
    assert words in errors[0]["detail"]
    assert client.get(SLOT, headers=auth).status_code == 404


def test_template_slots_and_bodies_are_checked(client, auth, other_auth):
    assert (
        client.put("/v1/firm/templates/apology/fr", json={"source": "x"}, headers=auth).status_code
        == 422
    )
    assert (
        client.put(SLOT, content=b"x", headers={**auth, "Content-Type": "image/png"}).status_code
        == 415
    )
    assert client.put(SLOT, json={"source": ""}, headers=auth).status_code == 422
    assert client.put(SLOT, json={"template": "x"}, headers=auth).status_code == 422
    assert put(client, auth, "{{ draft.subject }}\n").status_code == 200
    assert client.get(SLOT, headers=other_auth).status_code == 404
    builtin = client.get("/v1/firm/templates/builtin", headers=auth).json()
    assert "draft.paragraphs" in builtin["source"]


def test_rendering_a_pdf_leaves_pillow_strict():
    """WeasyPrint's import loosens Pillow for the whole process; evidence needs it strict."""
    from PIL import ImageFile

    from app.services.drafts.render import to_pdf

    assert to_pdf("<p>x</p>").startswith(b"%PDF")
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
