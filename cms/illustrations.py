"""Abstract illustrations for the demo case studies, drawn with Pillow: one motif per sector, varied by a seed.

Generated, not downloaded, so the demo ships no third-party pictures and needs no network."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1600, 840

PALETTES = {
    "tai-chinh-ngan-hang": ("#0a2f5c", "#1560b7", "#f2b705", "#8fc1ff"),
    "y-te": ("#7d0e1c", "#c62839", "#ffffff", "#ffb3bd"),
    "giao-duc": ("#2b1660", "#6a3fb5", "#ffd166", "#c9b6ff"),
    "nong-nghiep": ("#14532d", "#2e7d32", "#f2d94e", "#a8e6a1"),
    "giao-thong-logistics": ("#003c43", "#00838f", "#ff8a3d", "#9ee7ee"),
    "nang-luong": ("#5a3000", "#c77700", "#ffd23f", "#ffe2a8"),
    "tai-nguyen-moi-truong": ("#00332c", "#00796b", "#b8f2e6", "#6fd3c1"),
    "san-xuat-cong-nghiep": ("#1f2a30", "#455a64", "#ffb703", "#b0bec5"),
}


def _rgb(hex_colour: str, alpha: int = 255) -> tuple[int, int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16), alpha


def _gradient(c1: str, c2: str) -> Image.Image:
    a, b = _rgb(c1), _rgb(c2)
    grad = Image.new("RGBA", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(grad)
    for x in range(0, WIDTH, 4):
        t = x / WIDTH
        colour = (*(int(a[i] + (b[i] - a[i]) * t) for i in range(3)), 255)
        draw.rectangle([x, 0, x + 4, HEIGHT], fill=colour)
    return grad


def illustration(sector: str, seed: str, *, variant: int = 0) -> bytes:
    """A JPEG of WIDTH × HEIGHT for `sector`, the same bytes for the same seed."""
    rng = random.Random(f"{sector}:{seed}:{variant}")  # noqa: S311 (shapes, not secrets: must repeat)
    dark, mid, accent, light = PALETTES.get(sector, PALETTES["san-xuat-cong-nghiep"])
    base = _gradient(dark, mid)
    layer = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    # a quiet dot grid shared by every sector
    for x in range(40, WIDTH, 48):
        for y in range(40, HEIGHT, 48):
            d.ellipse([x - 2, y - 2, x + 2, y + 2], fill=_rgb(light, 40))
    motif = _MOTIFS.get(sector, _industry)
    motif(d, rng, accent, light)
    glow = layer.filter(ImageFilter.GaussianBlur(1.2))
    out = Image.alpha_composite(base, glow).convert("RGB")
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=84, optimize=True, progressive=True)
    return buf.getvalue()


def _finance(d, rng, accent, light):
    x0 = rng.randint(760, 860)
    for i in range(7):
        h = 120 + i * rng.randint(60, 80)
        x = x0 + i * 95
        d.rounded_rectangle([x, HEIGHT - 90 - h, x + 64, HEIGHT - 90], 10, fill=_rgb(light, 90 + i * 20))
    cx, cy, r = rng.randint(260, 420), rng.randint(260, 380), rng.randint(130, 170)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=_rgb(accent, 230))
    d.ellipse([cx - r + 28, cy - r + 28, cx + r - 28, cy + r - 28], outline=_rgb("#ffffff", 160), width=8)
    d.line([(80, HEIGHT - 90), (WIDTH - 80, HEIGHT - 90)], fill=_rgb(light, 120), width=4)


def _health(d, rng, accent, light):
    for _ in range(14):
        x, y = rng.randint(700, 1450), rng.randint(80, 680)
        d.rounded_rectangle([x, y, x + 120, y + 80], 12, fill=_rgb(light, rng.randint(40, 110)))
    pts = [(rng.randint(720, 1500), rng.randint(100, 740)) for _ in range(8)]
    d.line(pts, fill=_rgb(light, 140), width=3, joint="curve")
    cx, cy, s = rng.randint(320, 420), 420, 110
    d.rounded_rectangle([cx - s // 3, cy - s, cx + s // 3, cy + s], 18, fill=_rgb(accent, 245))
    d.rounded_rectangle([cx - s, cy - s // 3, cx + s, cy + s // 3], 18, fill=_rgb(accent, 245))
    d.ellipse([cx - 190, cy - 190, cx + 190, cy + 190], outline=_rgb(accent, 120), width=6)


def _education(d, rng, accent, light):
    y = HEIGHT - 120
    for i in range(6):
        w = rng.randint(360, 520)
        x = 180 + rng.randint(-30, 30)
        d.rounded_rectangle([x, y - 58, x + w, y], 8, fill=_rgb(light if i % 2 else accent, 200 - i * 18))
        y -= 66
    for _ in range(10):
        a, b = (rng.randint(820, 1500), rng.randint(80, 760)), (rng.randint(820, 1500), rng.randint(80, 760))
        d.line([a, b], fill=_rgb(light, 90), width=3)
        d.ellipse([a[0] - 10, a[1] - 10, a[0] + 10, a[1] + 10], fill=_rgb(accent, 220))


def _agriculture(d, rng, accent, light):
    sx, sy = rng.randint(1150, 1400), rng.randint(140, 240)
    d.ellipse([sx - 90, sy - 90, sx + 90, sy + 90], fill=_rgb(accent, 240))
    for i in range(5):
        base_y = 420 + i * 90
        amp = rng.randint(40, 90)
        pts = [
            (x, base_y - amp * math.sin((x / WIDTH) * math.pi * (1.2 + i * 0.3) + i))
            for x in range(0, WIDTH + 40, 40)
        ]
        d.polygon([*pts, (WIDTH, HEIGHT), (0, HEIGHT)], fill=_rgb(light, 60 + i * 35))
    qx, qy = rng.randint(160, 260), 120
    for i in range(7):
        for j in range(7):
            if rng.random() > 0.45 or (i in (0, 6) or j in (0, 6)):
                d.rectangle(
                    [qx + i * 22, qy + j * 22, qx + i * 22 + 20, qy + j * 22 + 20], fill=_rgb("#ffffff", 210)
                )


def _transport(d, rng, accent, light):
    for _ in range(4):
        y = rng.randint(120, 720)
        d.line([(0, y), (WIDTH, y + rng.randint(-200, 200))], fill=_rgb(light, 90), width=rng.choice([4, 8]))
    for i in range(3):
        for j in range(4):
            x, y = 820 + j * 170, 250 + i * 130
            colour = accent if (i + j + rng.randint(0, 2)) % 3 == 0 else light
            d.rounded_rectangle([x, y, x + 156, y + 112], 6, fill=_rgb(colour, 210))
            for k in range(1, 6):
                d.line([(x + k * 26, y + 10), (x + k * 26, y + 102)], fill=_rgb("#000000", 40), width=3)


def _energy(d, rng, accent, light):
    sx, sy = rng.randint(260, 380), rng.randint(220, 300)
    d.ellipse([sx - 130, sy - 130, sx + 130, sy + 130], fill=_rgb(accent, 245))
    for k in range(12):
        a = k * math.pi / 6
        d.line(
            [
                (sx + 160 * math.cos(a), sy + 160 * math.sin(a)),
                (sx + 220 * math.cos(a), sy + 220 * math.sin(a)),
            ],
            fill=_rgb(accent, 200),
            width=10,
        )
    for row in range(3):
        for col in range(5):
            x, y = 700 + col * 170 + row * 40, 430 + row * 120
            d.polygon(
                [(x, y), (x + 150, y), (x + 180, y + 95), (x + 30, y + 95)], fill=_rgb(light, 150 + row * 30)
            )


def _environment(d, rng, accent, light):
    for i in range(6):
        base_y = 380 + i * 70
        pts = [(x, base_y + 28 * math.sin(x / (90 + i * 8) + i)) for x in range(0, WIDTH + 20, 20)]
        d.line(pts, fill=_rgb(light if i % 2 else accent, 180 - i * 15), width=10)
    cx, cy = rng.randint(1200, 1350), rng.randint(180, 240)
    d.ellipse([cx - 150, cy - 80, cx + 150, cy + 80], fill=_rgb(accent, 230))
    d.line([(cx - 150, cy + 40), (cx + 150, cy - 40)], fill=_rgb("#00332c", 200), width=6)


def _industry(d, rng, accent, light):
    for _ in range(3):
        cx, cy, r = rng.randint(300, 1300), rng.randint(220, 560), rng.randint(80, 150)
        for k in range(10):
            a = k * math.pi / 5
            d.rectangle(
                [
                    cx + (r + 8) * math.cos(a) - 18,
                    cy + (r + 8) * math.sin(a) - 18,
                    cx + (r + 8) * math.cos(a) + 18,
                    cy + (r + 8) * math.sin(a) + 18,
                ],
                fill=_rgb(light, 200),
            )
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=_rgb(light, 200))
        d.ellipse([cx - r // 3, cy - r // 3, cx + r // 3, cy + r // 3], fill=_rgb("#1f2a30", 255))
    d.rectangle([0, HEIGHT - 120, WIDTH, HEIGHT - 96], fill=_rgb(accent, 220))
    for x in range(40, WIDTH, 120):
        d.rectangle([x, HEIGHT - 170, x + 70, HEIGHT - 120], fill=_rgb(light, 150))


_MOTIFS = {
    "tai-chinh-ngan-hang": _finance,
    "y-te": _health,
    "giao-duc": _education,
    "nong-nghiep": _agriculture,
    "giao-thong-logistics": _transport,
    "nang-luong": _energy,
    "tai-nguyen-moi-truong": _environment,
    "san-xuat-cong-nghiep": _industry,
}
