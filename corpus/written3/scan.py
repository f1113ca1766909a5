"""A rendered report 'scanned': every page rasterised with pypdfium2 (grey, 200 dpi), turned
by a fraction of a degree, speckled with a little seeded noise and a grey cast, then put back
into an image-only PDF by fpdf2 (fixed creation date). Same input, same seed: same bytes."""
from __future__ import annotations

import io
import random

import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image

from corpus.heldout.markup import need


def scan_page(img: Image.Image, rng: random.Random, angle: float) -> Image.Image:
    grey = img.convert("L").point(lambda v: 232 if v > 232 else v)   # paper is not white
    turned = grey.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=232)
    px = turned.load()
    w, h = turned.size
    for _ in range(w * h // 900):              # dust: dark and light specks
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = rng.choice((40, 90, 150, 255))
    return turned


def scanned(data: bytes, seed: int, created, dpi: int = 200,
            angles: tuple = (0.45, -0.6, 0.3, -0.35)) -> bytes:
    """The image-only PDF of `data`'s pages (page k turned by angles[k])."""
    rng = random.Random(seed)
    src = pdfium.PdfDocument(data)
    out = FPDF(unit="pt")
    out.set_creation_date(created)
    out.set_producer("minutes scan simulator")
    for k in range(len(src)):
        page = src[k]
        w, h = page.get_size()
        img = page.render(scale=dpi / 72, grayscale=True).to_pil()
        img = scan_page(img, rng, angles[k % len(angles)])
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=72, optimize=False)
        out.add_page(format=(w, h))
        out.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=w, h=h)
    src.close()
    result = bytes(out.output())
    check = pdfium.PdfDocument(result)
    need(all(not check[k].get_textpage().get_text_range().strip() for k in range(len(check))),
         "the scanned PDF still has a text layer")
    check.close()
    return result
