"""Units: type detection and names, both stores, the comparison's verdicts, C2PA reading
on a manifest signed in the test with a certificate made in the test."""

from __future__ import annotations

import datetime
import io
import uuid

import pytest

from app.services.evidence import sniff
from app.services.evidence.compare import compare
from app.services.evidence.image_facts import read_c2pa, read_metadata
from app.services.evidence.store import FileStore, open_store
from tests.evidence import files
from tests.evidence.conftest import make_s3_store


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (files.encode(files.photo(1, (32, 32)), "JPEG"), "image/jpeg"),
        (files.encode(files.photo(1, (32, 32)), "PNG"), "image/png"),
        (files.encode(files.photo(1, (32, 32)), "WEBP"), "image/webp"),
        (files.encode(files.photo(1, (32, 32)), "TIFF"), "image/tiff"),
        (files.pdf(["x"]), "application/pdf"),
        (b"From: a@b.example\nSubject: s\n\nbody", "message/rfc822"),
        ("Lettre reçue le 5 octobre".encode(), "text/plain"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "__substg1.0_0037001F".encode("utf-16-le"),
            "application/vnd.ms-outlook",
        ),
    ],
)
def test_types_are_decided_by_content(data, media_type):
    assert sniff.detect(data).media_type == media_type


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"MZ\x90\x00",
        b"PK\x03\x04zip",
        b"\x7fELF",
        files.encode(files.photo(1, (16, 16)), "GIF"),
        b"x\x00y",
    ],
)
def test_other_content_is_refused(data):
    with pytest.raises(sniff.NotAllowed):
        sniff.detect(data)


def test_a_name_never_decides_the_type():
    jpeg = files.encode(files.photo(1, (32, 32)))
    assert sniff.safe_filename("invoice.pdf", sniff.detect(jpeg)) == "invoice.jpg"
    assert sniff.safe_filename(None, sniff.PDF) == "evidence.pdf"
    assert sniff.safe_filename("C:\\Users\\x\\..\\secret.exe", sniff.PDF) == "secret.pdf"


@pytest.fixture(params=["file", "s3"])
def bare_store(request, tmp_path):
    if request.param == "file":
        return FileStore(tmp_path)
    return make_s3_store(request.getfixturevalue("s3_endpoint"))


def test_stores_put_read_and_delete(bare_store):
    tenant, other = uuid.uuid4(), uuid.uuid4()
    digest = "ab" * 32
    bare_store.put(tenant, digest, io.BytesIO(b"content" * 20000))
    assert bare_store.exists(tenant, digest) and not bare_store.exists(other, digest)
    assert bare_store.read(tenant, digest) == b"content" * 20000
    assert b"".join(bare_store.open(tenant, digest)) == b"content" * 20000
    bare_store.delete(tenant, digest)
    bare_store.delete(tenant, digest)  # deleting twice is no error
    assert not bare_store.exists(tenant, digest)
    with pytest.raises(ValueError):
        bare_store.exists(tenant, "../../etc/passwd")


def test_store_urls():
    assert open_store("file:///tmp/x").root.as_posix() == "/tmp/x"
    assert open_store("file://./data/evidence").root.as_posix() == "data/evidence"
    s3 = open_store(
        "s3://bucket/some/prefix", endpoint_url="http://127.0.0.1:9", region="eu-west-1"
    )
    assert (s3.bucket, s3.prefix) == ("bucket", "some/prefix")
    with pytest.raises(ValueError):
        open_store("ftp://host/x")


def test_comparison_verdicts():
    original = files.photo(11)
    assert compare(original, original.resize((600, 400))).verdict == "same"
    crop = compare(original, original.crop((0, 0, 600, 400)))
    assert crop.verdict == "crop_or_derivative" and 0.2 < crop.coverage < 0.3
    assert compare(original, files.photo(12)).verdict == "different"
    bigger = compare(original.resize((600, 400)), original)
    assert bigger.scale > 1.9  # the claimant's copy has twice the resolution


def test_metadata_fields_keep_their_tags():
    found = read_metadata(files.trunk_archive_image())
    assert found["copyright_notice"] == {
        "value": "© Trunk Archive",
        "tag": "Iptc.Application2.Copyright",
    }
    assert found["creator"]["value"] == "Jane Doe"
    assert found["web_statement"]["tag"] == "Xmp.xmpRights.WebStatement"
    assert found["plus_licence_id"]["value"] == "TA-2291"
    assert read_metadata(b"not an image") == {}


def _signed_ai_image() -> bytes:
    c2pa = pytest.importorskip("c2pa", reason="c2pa-python is not installed")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    def name(common):
        return x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, common),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Riposte Test"),
            ]
        )

    def usage(**flags):
        names = ("digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
                 "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only")  # fmt: skip
        return x509.KeyUsage(**{n: flags.get(n, False) for n in names})

    now = datetime.datetime.now(datetime.UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())

    def certificate(subject, public_key, is_ca, key_usage):
        builder = (
            x509.CertificateBuilder()
            .subject_name(name(subject))
            .issuer_name(name("Test Root"))
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=is_ca, path_length=None), critical=True)
            .add_extension(key_usage, critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        )
        if not is_ca:
            builder = builder.add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
            ).add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                critical=False,
            )
        return builder.sign(ca_key, hashes.SHA256())

    root = certificate(
        "Test Root", ca_key.public_key(), True, usage(key_cert_sign=True, crl_sign=True)
    )
    leaf = certificate("Test Signer", key.public_key(), False, usage(digital_signature=True))
    pem = serialization.Encoding.PEM
    info = c2pa.C2paSignerInfo(
        alg=b"es256",
        sign_cert=leaf.public_bytes(pem) + root.public_bytes(pem),
        private_key=key.private_bytes(
            pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        ta_url=None,
    )
    manifest = {
        "claim_generator_info": [{"name": "riposte-tests", "version": "1.0"}],
        "title": "generated.jpg",
        "assertions": [
            {
                "label": "c2pa.actions",
                "data": {
                    "actions": [
                        {
                            "action": "c2pa.created",
                            "digitalSourceType": "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
                        }
                    ]
                },
            }
        ],
    }
    source, out = io.BytesIO(files.encode(files.photo(4, (128, 96)))), io.BytesIO()
    with c2pa.Builder(manifest) as builder:
        builder.sign(c2pa.Signer.from_info(info), "image/jpeg", source, out)
    return out.getvalue()


def test_a_c2pa_manifest_gives_issuer_generator_and_ai_assertion():
    found = read_c2pa(_signed_ai_image(), "image/jpeg")
    assert found["issuer"] == "Riposte Test"
    assert found["claim_generator"] == "riposte-tests 1.0"
    assert found["valid"] is True and found["trusted"] is False  # a test root is trusted by none
    assert found["ai_generated"] is True
    assert read_c2pa(files.encode(files.photo(4, (64, 64))), "image/jpeg") is None


def test_an_ai_generated_image_is_flagged_through_the_api(client, auth, assessment, store):
    from tests.evidence.conftest import upload

    body = upload(client, auth, assessment, _signed_ai_image(), "client_image", "ai.jpg").json()
    assert body["facts"]["c2pa"]["ai_generated"] is True
    assert any("AI-generated" in note for note in body["notes"])


def test_heic_is_read_when_pillow_heif_is_installed(client, auth, assessment, store):
    from app.services.evidence.safety import HEIF_READABLE

    if not HEIF_READABLE:
        pytest.skip("pillow-heif is not installed: HEIC files are refused as unreadable")
    data = files.encode(files.photo(6, (320, 240)), "HEIF")
    assert sniff.detect(data) is sniff.HEIC
    from tests.evidence.conftest import upload

    body = upload(client, auth, assessment, data, "claimant_capture", "capture.heic").json()
    assert body["status"] == "analysed" and body["media_type"] == "image/heic"
    assert (body["facts"]["width"], body["facts"]["height"]) == (320, 240)


def test_pdf_reading_stops_at_the_time_limit(client, auth, assessment, store, configured):
    configured(evidence_pdf_seconds=1e-9)
    from tests.evidence.conftest import upload

    body = upload(client, auth, assessment, files.many_pages_pdf(5), "other").json()
    assert body["status"] == "analysed" and body["facts"]["pages"] == 5
    assert any("time limit" in note for note in body["notes"])
