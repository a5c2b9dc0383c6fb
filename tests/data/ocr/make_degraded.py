#!/usr/bin/python3
"""A degraded scan of a sample, reproducibly: the pages rendered in grey at a
low resolution, blurred, speckled with noise from a fixed seed, a few
smudges over the ink, and saved as JPEG at a low quality inside a PDF.

usage: make_degraded.py PAGE.pgm... OUT.pdf [--dpi 150] [--seed 7] [--quality 30]
(render the pages first: pdftoppm -r 150 -gray -f 1 -l 3 SAMPLE.pdf p)
Needs Debian's python3-pil and python3-numpy (run with /usr/bin/python3).
"""
import argparse
import io

import numpy as np
from PIL import Image, ImageFilter


def degrade(img, rng, quality):
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    a = np.asarray(img, dtype=np.float32)
    # Specks: dark and light pixels scattered over the page.
    specks = rng.random(a.shape)
    a[specks < 0.0004] = 40
    a[specks > 0.9996] = 255
    # Smudges: grey blots where the ink is, as a worn copy or a wet thumb leaves.
    h, w = a.shape
    for _ in range(40):
        y, x = rng.integers(0, h - 20), rng.integers(0, w - 40)
        a[y:y + rng.integers(6, 16), x:x + rng.integers(10, 36)] += rng.normal(70, 20)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(a).save(out, "JPEG", quality=quality)
    return Image.open(io.BytesIO(out.getvalue()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pages", nargs="+")
    ap.add_argument("--dpi", type=int, default=150)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--quality", type=int, default=30)
    args = ap.parse_args()
    *pages, out = args.pages
    rng = np.random.default_rng(args.seed)
    images = [degrade(Image.open(p).convert("L"), rng, args.quality) for p in pages]
    images[0].save(out, "PDF", resolution=args.dpi, save_all=True, append_images=images[1:])


if __name__ == "__main__":
    main()
