"""Deterministic Vietnamese documents for the search benchmarks (bench/search.py, bench/search_quality.py).

Every document is a plain dict shaped like the shared search fields of DX Connect's indexes:
``title``, ``body``, ``kind``, ``sector`` (slug), ``province`` (2-digit code), ``tags``, ``published``
and, for judging, ``topic`` (the key of the topic it is about, or ``None``) and ``topic_in_title``.

* ``TOPICS``: specific practices ("bệnh án điện tử", "nông nghiệp thông minh"...), each tied to a sector.
  Only documents *about* a topic contain its phrase; every other document is made of generic filler
  that never contains a topic phrase, so relevance is known by construction.
* distractors: documents that contain the syllables of a topic scattered, not as the phrase
  (for phrase-proximity judgements); they are not relevant.

Nothing here needs Django; ``documents(n, seed)`` always returns the same list for the same arguments.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from collections.abc import Iterator
from dataclasses import dataclass

from search.kinds import KINDS

SECTORS = (
    "tai-chinh-ngan-hang",
    "y-te",
    "giao-duc",
    "nong-nghiep",
    "giao-thong-logistics",
    "nang-luong",
    "tai-nguyen-moi-truong",
    "san-xuat-cong-nghiep",
)
SECTOR_NAMES = {
    "tai-chinh-ngan-hang": "Tài chính – Ngân hàng",
    "y-te": "Y tế",
    "giao-duc": "Giáo dục",
    "nong-nghiep": "Nông nghiệp",
    "giao-thong-logistics": "Giao thông vận tải – Logistics",
    "nang-luong": "Năng lượng",
    "tai-nguyen-moi-truong": "Tài nguyên – Môi trường",
    "san-xuat-cong-nghiep": "Sản xuất công nghiệp",
}
PROVINCES = {
    "01": "Hà Nội",
    "79": "TP. Hồ Chí Minh",
    "48": "Đà Nẵng",
    "31": "Hải Phòng",
    "38": "Thanh Hóa",
    "40": "Nghệ An",
    "46": "Huế",
    "92": "Cần Thơ",
    "56": "Khánh Hòa",
    "66": "Đắk Lắk",
    "22": "Quảng Ninh",
    "75": "Đồng Nai",
}


@dataclass(frozen=True)
class Topic:
    key: str
    phrase: str
    sector: str
    extra: tuple[str, ...] = ()  # other words that documents about the topic use


TOPICS = (
    Topic("emr", "bệnh án điện tử", "y-te", ("liên thông", "bệnh viện", "HL7 FHIR")),
    Topic("tele", "khám chữa bệnh từ xa", "y-te", ("bác sĩ", "tuyến xã", "telemedicine")),
    Topic("smartfarm", "nông nghiệp thông minh", "nong-nghiep", ("cảm biến", "tưới nhỏ giọt", "hợp tác xã")),
    Topic("trace", "truy xuất nguồn gốc", "nong-nghiep", ("mã QR", "nông sản", "chuỗi cung ứng")),
    Topic("ekyc", "định danh điện tử", "tai-chinh-ngan-hang", ("eKYC", "mở tài khoản", "sinh trắc học")),
    Topic(
        "cashless",
        "thanh toán không dùng tiền mặt",
        "tai-chinh-ngan-hang",
        ("ví điện tử", "mã QR", "học phí"),
    ),
    Topic("dvc", "dịch vụ công trực tuyến", "giao-thong-logistics", ("hồ sơ", "một cửa", "cổng dịch vụ")),
    Topic("schoolrecord", "học bạ số", "giao-duc", ("học sinh", "chữ ký số", "nhà trường")),
    Topic(
        "its",
        "giao thông thông minh",
        "giao-thong-logistics",
        ("camera", "đèn tín hiệu", "trung tâm điều hành"),
    ),
    Topic("grid", "lưới điện thông minh", "nang-luong", ("công tơ", "đo xa", "điện lực")),
    Topic(
        "envmon",
        "quan trắc môi trường",
        "tai-nguyen-moi-truong",
        ("trạm quan trắc", "nước thải", "không khí"),
    ),
    Topic("factory", "nhà máy thông minh", "san-xuat-cong-nghiep", ("dây chuyền", "IoT", "bảo trì dự đoán")),
    Topic("cds", "chuyển đổi số", "y-te", ("lộ trình", "lãnh đạo", "đánh giá mức độ")),
    Topic(
        "itinfra",
        "hạ tầng công nghệ thông tin",
        "san-xuat-cong-nghiep",
        ("máy chủ", "mạng nội bộ", "an toàn"),
    ),
)
TOPIC_BY_KEY = {t.key: t for t in TOPICS}

# Generic filler: never a topic phrase (checked in `_filler`), but full of everyday programme words.
FILLER = (
    "đơn vị đã triển khai giải pháp trong năm đầu tiên",
    "kế hoạch thí điểm được mở rộng sau sáu tháng",
    "cán bộ được đào tạo về quy trình mới",
    "người dân và doanh nghiệp phản hồi tích cực",
    "chi phí vận hành giảm đáng kể so với trước",
    "dữ liệu được chuẩn hóa và lưu trữ tập trung",
    "nhóm dự án phối hợp với các sở ngành liên quan",
    "bài học kinh nghiệm được chia sẻ tại hội thảo",
    "phần mềm được lựa chọn qua đấu thầu công khai",
    "nền tảng kết nối với các hệ thống sẵn có",
    "khó khăn lớn nhất là thay đổi thói quen làm việc",
    "lãnh đạo đơn vị trực tiếp chỉ đạo triển khai",
    "báo cáo tổng kết nêu rõ các chỉ số đạt được",
    "thiết bị mới được lắp đặt tại các điểm trọng yếu",
    "đội ngũ kỹ thuật hỗ trợ suốt giai đoạn chuyển tiếp",
    "quy trình nghiệp vụ được rà soát và đơn giản hóa",
)
# Scattered syllables of phrase topics, for distractors ("nông nghiệp" ... "thông minh").
DISTRACTORS = {
    "smartfarm": ("nông nghiệp", "điện thoại thông minh"),
    "emr": ("bệnh viện tỉnh", "hồ sơ điện tử"),
    "grid": ("lưới an sinh", "hệ thống điện chiếu sáng thông minh"),
    "its": ("giao thông nông thôn", "bảng thông tin minh bạch"),
}
TITLE_TEMPLATES = (
    "{phrase} tại {place}",
    "Kinh nghiệm triển khai {phrase} ở {place}",
    "{Org} và bài toán {phrase}",
    "Hỏi đáp: {phrase} cho đơn vị nhỏ",
)
ORGS = ("Sở Y tế", "Bệnh viện Đa khoa tỉnh", "Sở Nông nghiệp", "Ngân hàng thương mại", "Trường THPT", "UBND huyện",
        "Công ty Điện lực", "Sở Giao thông vận tải", "Trung tâm Dữ liệu", "Hợp tác xã")  # fmt: skip
GENERIC_TITLES = (
    "Báo cáo tiến độ quý của {org} tại {place}",
    "{Org} chia sẻ kinh nghiệm vận hành",
    "Hội thảo kết nối doanh nghiệp tại {place}",
    "Đào tạo kỹ năng số cho cán bộ {place}",
    "Tin tức hoạt động của {org}",
)


def _filler(rng: random.Random, sentences: int) -> str:
    text = ". ".join(rng.choice(FILLER) for _ in range(sentences)).capitalize() + "."
    return text


def _date(rng: random.Random) -> dt.date:
    return dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(0, 5 * 365))


def _topic_document(rng: random.Random, topic: Topic, *, in_title: bool, province: str | None = None) -> dict:
    province = province or rng.choice(list(PROVINCES))
    place = PROVINCES[province]
    org = rng.choice(ORGS)
    if in_title:
        title = rng.choice(TITLE_TEMPLATES).format(phrase=topic.phrase, place=place, Org=org, org=org.lower())
        title = title[0].upper() + title[1:]
    else:
        title = rng.choice(GENERIC_TITLES).format(org=org.lower(), Org=org, place=place)
    extra = ", ".join(rng.sample(topic.extra, k=min(2, len(topic.extra))))
    body = " ".join(
        [
            _filler(rng, 2),
            f"Trọng tâm là {topic.phrase} ({extra}).",
            _filler(rng, 3),
            f"Lĩnh vực: {SECTOR_NAMES[topic.sector]}.",  # the real indexes put sector names in the text
        ]
    )
    return {
        "title": title,
        "body": body,
        "kind": rng.choice(KINDS),
        "sector": topic.sector,
        "province": province,
        "tags": [topic.phrase, *topic.extra[:1]],
        "published": _date(rng),
        "topic": topic.key,
        "topic_in_title": in_title,
    }


def _generic_document(rng: random.Random) -> dict:
    province = rng.choice(list(PROVINCES))
    org = rng.choice(ORGS)
    sector = rng.choice(SECTORS)
    return {
        "title": rng.choice(GENERIC_TITLES).format(org=org.lower(), Org=org, place=PROVINCES[province]),
        "body": f"{_filler(rng, rng.randint(3, 8))} Lĩnh vực: {SECTOR_NAMES[sector]}.",
        "kind": rng.choice(KINDS),
        "sector": sector,
        "province": province,
        "tags": [],
        "published": _date(rng),
        "topic": None,
        "topic_in_title": False,
    }


def _distractor_document(rng: random.Random, key: str) -> dict:
    first, second = DISTRACTORS[key]
    doc = _generic_document(rng)
    sector = TOPIC_BY_KEY[key].sector
    doc["body"] = (
        f"{_filler(rng, 1)} Về {first}, {_filler(rng, 2).lower()} Ngoài ra {second} được nhắc tới. "
        f"{_filler(rng, 1)} Lĩnh vực: {SECTOR_NAMES[sector]}."
    )
    doc["sector"] = sector
    return doc


def quality_corpus(seed: int = 749) -> list[dict]:
    """About 3,000 documents: per topic 8 on-topic (4 with the phrase in the title), distractors, filler."""
    rng = random.Random(seed)
    docs: list[dict] = []
    for topic in TOPICS:
        for n in range(8):
            # Fixed provinces for the judged filter queries: two per topic in Thanh Hóa, two in TP HCM.
            province = "38" if n in (0, 5) else "79" if n in (1, 6) else None
            docs.append(_topic_document(rng, topic, in_title=n < 4, province=province))
    for key in DISTRACTORS:
        docs.extend(_distractor_document(rng, key) for _ in range(25))
    docs.extend(_generic_document(rng) for _ in range(2_800))
    rng.shuffle(docs)
    return docs


def documents(n: int, seed: int = 2026) -> Iterator[dict]:
    """``n`` documents for the load benchmark: 30 % on a topic, the rest generic."""
    rng = random.Random(seed)
    for _ in range(n):
        roll = rng.random()
        if roll < 0.3:
            yield _topic_document(rng, rng.choice(TOPICS), in_title=rng.random() < 0.5)
        elif roll < 0.32:
            yield _distractor_document(rng, rng.choice(list(DISTRACTORS)))
        else:
            yield _generic_document(rng)


# Queries for the latency benchmark: what visitors type, accented or not, short and long.
LOAD_QUERIES = (
    "bệnh án điện tử",
    "benh an dien tu",
    "chuyển đổi số",
    "CĐS y tế",
    "nông nghiệp thông minh",
    "nong nghiep thong minh",
    "truy xuất nguồn gốc nông sản",
    "eKYC",
    "định danh điện tử ngân hàng",
    "thanh toan khong dung tien mat",
    "dịch vụ công trực tuyến",
    "DVC",
    "CNTT",
    "học bạ số",
    "giao thông thông minh Đà Nẵng",
    "lưới điện thông minh",
    "quan trac moi truong",
    "nhà máy thông minh IoT",
    "telemedicine",
    "hà nội",
    "da nang",
    "TPHCM",
    '"nông nghiệp thông minh"',
    "kinh nghiệm triển khai",
    "đào tạo cán bộ",
    "hop tac xa",
    "camera đèn tín hiệu",
    "bảo trì dự đoán",
    "mã QR",
    "nguon goc",
)


BENCH_ENV: dict[str, str] = {}


def setup_django(prefix: str, var_dir: str | None = None) -> str:
    """Django on the test settings (they add the ``tests.search.testapp`` Note model) with a private
    database and search index in a new temporary directory (or ``var_dir``, kept between runs so a
    benchmark can skip generating and indexing), migrated. Call before importing models; returns the
    directory."""
    import os
    import sys
    import tempfile
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root))
    if var_dir:
        Path(var_dir).mkdir(parents=True, exist_ok=True)
    os.environ["DX_VAR_DIR"] = var_dir or tempfile.mkdtemp(prefix=prefix)
    os.environ.pop("DATABASE_URL", None)
    # The test settings' default engine is the embedded one; bench_engines() adds Elasticsearch.
    BENCH_ENV["ELASTICSEARCH_URL"] = os.environ.pop("ELASTICSEARCH_URL", "")
    os.environ.pop("SEARCH_TEST_ENGINE", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    if var_dir:
        # The test settings put the index in a fresh temporary folder; a kept run keeps it too.
        from django.conf import settings

        settings.HAYSTACK_CONNECTIONS["default"]["PATH"] = str(Path(var_dir) / "search-index")
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    return os.environ["DX_VAR_DIR"]


def create_notes(docs: list[dict], batch: int = 5_000) -> None:
    """Store ``docs`` as rows of the test app's Note model (indexed by its NoteIndex)."""
    from tests.search.testapp.models import Note

    for start in range(0, len(docs), batch):
        Note.objects.bulk_create(
            [
                Note(
                    title=d["title"],
                    body=d["body"],
                    sector=d["sector"],
                    province=d["province"],
                    kind=d["kind"],
                    tags=", ".join(d["tags"]),
                    published=d["published"],
                    is_public=True,
                )
                for d in docs[start : start + batch]
            ]
        )


def bench_engines(index_name: str) -> dict[str, dict]:
    """The engines to measure, by name: the embedded one (the test settings' default) and, when
    ``ELASTICSEARCH_URL`` is set, Elasticsearch on a throw-away index ``index_name``. Call after
    ``setup_django``; switch with ``use_engine``."""
    from django.conf import settings

    engines = {"embedded": dict(settings.HAYSTACK_CONNECTIONS["default"])}
    if BENCH_ENV.get("ELASTICSEARCH_URL"):
        engines["elasticsearch"] = {
            "ENGINE": "search.backends.elasticsearch8.Elasticsearch8SearchEngine",
            "URL": BENCH_ENV["ELASTICSEARCH_URL"],
            "INDEX_NAME": index_name,
            "KWARGS": {"request_timeout": 60},
        }
    return engines


def use_engine(config: dict):
    """Make ``config`` haystack's default connection (what search.api and the site use); returns its backend."""
    from haystack import connections

    connections.connections_info["default"] = config
    connections.reload("default")
    return connections["default"].get_backend()
