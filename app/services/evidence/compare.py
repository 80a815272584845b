"""Is the image in the claimant's capture the client's image? Perceptual hashes (imagehash)
for whole copies, and ORB keypoints with a RANSAC homography (OpenCV) for crops, resizes,
re-compressions and screenshots of a page that shows the image.

The verdict is ``same`` (the whole image, possibly resized or re-compressed),
``crop_or_derivative`` (a part of it, or a version placed in a larger picture), or
``different``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import cv2
import imagehash
import numpy as np
from PIL import Image

WORKING_SIDE = 1600  # images are compared at most this large (keeps the work bounded)
MIN_INLIERS = 25
MIN_INLIER_SHARE = 0.3  # of the ratio-test matches
MIN_COVERAGE = 0.02
SAME_HASH_DISTANCE = 8
SAME_COVERAGE = 0.9


@dataclass(slots=True)
class Match:
    verdict: str
    score: float
    phash_distance: int
    inliers: int
    region_in_client: dict[str, float] | None = None  # the part of the client's image shown
    region_in_capture: dict[str, float] | None = None  # where it is in the capture
    coverage: float | None = None  # share of the client's image the capture shows
    scale: float | None = None  # capture pixels per client pixel (linear)
    overlay: bytes | None = field(default=None, repr=False)

    def as_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "score": self.score,
            "phash_distance": self.phash_distance,
            "inliers": self.inliers,
            "region_in_client": self.region_in_client,
            "region_in_capture": self.region_in_capture,
            "coverage": self.coverage,
            "scale": self.scale,
        }


def _working(image: Image.Image) -> tuple[np.ndarray, float]:
    """Grey pixels at most WORKING_SIDE wide or high, and the factor applied."""
    grey = image.convert("L")
    factor = min(1.0, WORKING_SIDE / max(grey.size))
    if factor < 1.0:
        grey = grey.resize((round(grey.width * factor), round(grey.height * factor)))
    return np.asarray(grey), factor


def _box(points: np.ndarray, width: int, height: int, factor: float) -> dict[str, float]:
    xs = np.clip(points[:, 0], 0, width)
    ys = np.clip(points[:, 1], 0, height)
    return {
        "x": round(float(xs.min()) / factor, 1),
        "y": round(float(ys.min()) / factor, 1),
        "width": round(float(xs.max() - xs.min()) / factor, 1),
        "height": round(float(ys.max() - ys.min()) / factor, 1),
    }


def compare(client: Image.Image, capture: Image.Image) -> Match:
    distance = int(imagehash.phash(client) - imagehash.phash(capture))
    a, fa = _working(client)
    b, fb = _working(capture)
    orb = cv2.ORB_create(nfeatures=3000)
    ka, da = orb.detectAndCompute(a, None)
    kb, db = orb.detectAndCompute(b, None)
    good = []
    if da is not None and db is not None and len(ka) >= 2 and len(kb) >= 2:
        pairs = cv2.BFMatcher(cv2.NORM_HAMMING).knnMatch(da, db, k=2)
        good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < 0.75 * p[1].distance]
    homography, mask = None, None
    if len(good) >= MIN_INLIERS:
        src = np.float32([ka[m.queryIdx].pt for m in good]).reshape(-1, 1, 2)
        dst = np.float32([kb[m.trainIdx].pt for m in good]).reshape(-1, 1, 2)
        homography, mask = cv2.findHomography(src, dst, cv2.RANSAC, 5.0)
    inliers = int(mask.sum()) if mask is not None else 0
    if not _plausible(homography, inliers, len(good)):
        verdict = "same" if distance <= SAME_HASH_DISTANCE else "different"
        score = round(max(0.0, 1 - distance / 32), 3)
        return Match(verdict, score, distance, inliers)
    ha, wa = a.shape
    hb, wb = b.shape
    client_corners = np.float32([[0, 0], [wa, 0], [wa, ha], [0, ha]]).reshape(-1, 1, 2)
    capture_corners = np.float32([[0, 0], [wb, 0], [wb, hb], [0, hb]]).reshape(-1, 1, 2)
    in_capture = cv2.perspectiveTransform(client_corners, homography).reshape(-1, 2)
    in_client = cv2.perspectiveTransform(capture_corners, np.linalg.inv(homography)).reshape(-1, 2)
    shown = _box(in_client, wa, ha, fa)
    coverage = round(
        min(1.0, (shown["width"] * shown["height"]) / (client.width * client.height)), 3
    )
    scale = round(float(np.sqrt(abs(np.linalg.det(homography[:2, :2])))) * fa / fb, 3)
    if coverage < MIN_COVERAGE or not cv2.isContourConvex(np.int32(in_capture)):
        return Match("different", 0.0, distance, inliers)
    verdict = "same" if coverage >= SAME_COVERAGE else "crop_or_derivative"
    overlay = _overlay(
        a, ka, b, kb, [m for m, keep in zip(good, mask.ravel(), strict=True) if keep], in_capture
    )
    return Match(
        verdict,
        round(min(1.0, inliers / 60), 3),
        distance,
        inliers,
        region_in_client=shown,
        region_in_capture=_box(in_capture, wb, hb, fb),
        coverage=coverage,
        scale=scale,
        overlay=overlay,
    )


def _plausible(homography, inliers: int, candidates: int) -> bool:
    """A transform RANSAC found from enough agreeing points, and not a degenerate one."""
    if homography is None or inliers < MIN_INLIERS or inliers < MIN_INLIER_SHARE * candidates:
        return False
    return abs(float(np.linalg.det(homography[:2, :2]))) > 1e-3


def _overlay(a, ka, b, kb, matches, outline: np.ndarray) -> bytes:
    """The two images side by side, inlier matches drawn and the client's image outlined
    where it lies in the capture: a PNG kept as derived evidence."""
    b_colour = cv2.cvtColor(b, cv2.COLOR_GRAY2BGR)
    cv2.polylines(b_colour, [np.int32(outline)], True, (0, 0, 255), 3, cv2.LINE_AA)
    picture = cv2.drawMatches(
        cv2.cvtColor(a, cv2.COLOR_GRAY2BGR),
        ka,
        b_colour,
        kb,
        matches[:80],
        None,
        matchColor=(0, 200, 0),
        flags=cv2.DrawMatchesFlags_NOT_DRAW_SINGLE_POINTS,
    )
    ok, encoded = cv2.imencode(".png", picture)
    return encoded.tobytes() if ok else b""
