"""Loads the programme's 8 key sectors (Decision 749/QĐ-TTg) and the 34 provincial-level units
with their official codes, in force since 1 July 2025 (Resolution 202/2025/QH15)."""

from django.db import migrations

SECTORS = [
    # slug, Vietnamese, English, icon, key sector
    ("tai-chinh-ngan-hang", "Tài chính - Ngân hàng", "Finance and banking", "bank", True),
    ("y-te", "Y tế", "Health", "health", True),
    ("giao-duc", "Giáo dục", "Education", "education", True),
    ("nong-nghiep", "Nông nghiệp", "Agriculture", "agriculture", True),
    ("giao-thong-logistics", "Giao thông - Logistics", "Transport and logistics", "transport", True),
    ("nang-luong", "Năng lượng", "Energy", "energy", True),
    ("tai-nguyen-moi-truong", "Tài nguyên - Môi trường", "Natural resources and environment", "environment", True),
    ("san-xuat-cong-nghiep", "Sản xuất - Công nghiệp", "Manufacturing and industry", "industry", True),
    ("khac", "Lĩnh vực khác", "Other sectors", "other", False),
]

PROVINCES = [
    # code, Vietnamese, English, slug, centrally-run city
    ("01", "Hà Nội", "Hanoi", "ha-noi", True),
    ("04", "Cao Bằng", "Cao Bang", "cao-bang", False),
    ("08", "Tuyên Quang", "Tuyen Quang", "tuyen-quang", False),
    ("11", "Điện Biên", "Dien Bien", "dien-bien", False),
    ("12", "Lai Châu", "Lai Chau", "lai-chau", False),
    ("14", "Sơn La", "Son La", "son-la", False),
    ("15", "Lào Cai", "Lao Cai", "lao-cai", False),
    ("19", "Thái Nguyên", "Thai Nguyen", "thai-nguyen", False),
    ("20", "Lạng Sơn", "Lang Son", "lang-son", False),
    ("22", "Quảng Ninh", "Quang Ninh", "quang-ninh", False),
    ("24", "Bắc Ninh", "Bac Ninh", "bac-ninh", False),
    ("25", "Phú Thọ", "Phu Tho", "phu-tho", False),
    ("31", "Hải Phòng", "Hai Phong", "hai-phong", True),
    ("33", "Hưng Yên", "Hung Yen", "hung-yen", False),
    ("37", "Ninh Bình", "Ninh Binh", "ninh-binh", False),
    ("38", "Thanh Hóa", "Thanh Hoa", "thanh-hoa", False),
    ("40", "Nghệ An", "Nghe An", "nghe-an", False),
    ("42", "Hà Tĩnh", "Ha Tinh", "ha-tinh", False),
    ("44", "Quảng Trị", "Quang Tri", "quang-tri", False),
    ("46", "Huế", "Hue", "hue", True),
    ("48", "Đà Nẵng", "Da Nang", "da-nang", True),
    ("51", "Quảng Ngãi", "Quang Ngai", "quang-ngai", False),
    ("52", "Gia Lai", "Gia Lai", "gia-lai", False),
    ("56", "Khánh Hòa", "Khanh Hoa", "khanh-hoa", False),
    ("66", "Đắk Lắk", "Dak Lak", "dak-lak", False),
    ("68", "Lâm Đồng", "Lam Dong", "lam-dong", False),
    ("75", "Đồng Nai", "Dong Nai", "dong-nai", True),
    ("79", "Hồ Chí Minh", "Ho Chi Minh City", "ho-chi-minh", True),
    ("80", "Tây Ninh", "Tay Ninh", "tay-ninh", False),
    ("82", "Đồng Tháp", "Dong Thap", "dong-thap", False),
    ("86", "Vĩnh Long", "Vinh Long", "vinh-long", False),
    ("91", "An Giang", "An Giang", "an-giang", False),
    ("92", "Cần Thơ", "Can Tho", "can-tho", True),
    ("96", "Cà Mau", "Ca Mau", "ca-mau", False),
]


def load(apps, schema_editor):
    Sector = apps.get_model("community", "Sector")
    Province = apps.get_model("community", "Province")
    for position, (slug, vi, en, icon, key) in enumerate(SECTORS):
        Sector.objects.update_or_create(
            slug=slug, defaults={"name_vi": vi, "name_en": en, "icon": icon, "position": position, "is_key_sector": key}
        )
    for code, vi, en, slug, city in PROVINCES:
        Province.objects.update_or_create(
            code=code, defaults={"name_vi": vi, "name_en": en, "slug": slug, "is_city": city}
        )


class Migration(migrations.Migration):
    dependencies = [("community", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
