"""Where pdfium's user space lands on the displayed page: the page view and matrices."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class _PageView:
    """How PDF user space maps to the displayed page (pdfminer's page matrix): the
    page's box moved to the origin, then the page's /Rotate applied. The box is
    pdfium's bounding box (the crop box within the media box, inherited from the page
    tree when the page does not set it; pypdfium2's ``get_mediabox`` is not inherited
    and falls back to US Letter). pdfplumber measures from the media box: the two
    differ only on pages cropped smaller than their media."""
    matrix: tuple[float, float, float, float, float, float]
    width: float
    height: float

    @classmethod
    def of(cls, page) -> "_PageView":
        l, b, r, t = page.get_bbox()
        rotation = page.get_rotation() % 360
        if rotation == 90:
            return cls((0, -1, 1, 0, -b, r), t - b, r - l)
        if rotation == 180:
            return cls((-1, 0, 0, -1, r, t), r - l, t - b)
        if rotation == 270:
            return cls((0, 1, -1, 0, t, -l), t - b, r - l)
        return cls((1, 0, 0, 1, -l, -b), r - l, t - b)


def _compose(inner: tuple, outer: tuple) -> tuple:
    """The matrix applying ``inner`` then ``outer`` (PDF row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)
