"""The forum's starting categories: one per sector of community.Sector, plus a general one.

Plain data (no model import) so that the data migration and the demo seeding share it. Editors rename,
reorder and describe categories afterwards in the Wagtail admin; seeding never overwrites their edits.
"""

GENERAL_SLUG = "chung"

# slug (the sector's slug, or GENERAL_SLUG), Vietnamese description, English description
CATEGORY_DESCRIPTIONS = {
    GENERAL_SLUG: (
        "Hỏi đáp chung về chuyển đổi số: bắt đầu từ đâu, lộ trình, định chuẩn, công cụ tự đánh giá và chương trình.",
        "General questions on digital transformation: where to start, roadmaps, standards, self-assessment tools "
        "and the programme.",
    ),
    "tai-chinh-ngan-hang": (
        "Ngân hàng số, thanh toán không dùng tiền mặt, eKYC, chấm điểm tín dụng và quản trị rủi ro.",
        "Digital banking, cashless payments, eKYC, credit scoring and risk management.",
    ),
    "y-te": (
        "Bệnh án điện tử, liên thông dữ liệu y tế, khám chữa bệnh từ xa và hồ sơ sức khỏe điện tử.",
        "Electronic medical records, health data exchange, telemedicine and personal health records.",
    ),
    "giao-duc": (
        "Học bạ số, học trực tuyến, quản lý trường học và kỹ năng số cho giáo viên, học sinh.",
        "Digital report cards, online learning, school management and digital skills for teachers and pupils.",
    ),
    "nong-nghiep": (
        "Truy xuất nguồn gốc, nông nghiệp chính xác, sàn thương mại điện tử cho sản phẩm chủ lực.",
        "Traceability, precision farming and e-commerce for key local products.",
    ),
    "giao-thong-logistics": (
        "Quản lý đội xe, cảng và kho bãi thông minh, vé điện tử và dữ liệu giao thông.",
        "Fleet management, smart ports and warehouses, e-ticketing and traffic data.",
    ),
    "nang-luong": (
        "Giám sát năng lượng bằng IoT, lưới điện thông minh, điện mặt trời mái nhà và tiết kiệm năng lượng.",
        "IoT energy monitoring, smart grids, rooftop solar and energy efficiency.",
    ),
    "tai-nguyen-moi-truong": (
        "Dữ liệu đất đai, quan trắc môi trường tự động, quản lý chất thải và bản đồ số.",
        "Land data, automatic environmental monitoring, waste management and digital maps.",
    ),
    "san-xuat-cong-nghiep": (
        "Nhà máy thông minh, ERP, MES, đánh giá mức độ chuyển đổi số doanh nghiệp sản xuất.",
        "Smart factories, ERP, MES and digital maturity assessment of manufacturers.",
    ),
    "khac": (
        "Chính quyền số, dịch vụ công trực tuyến, du lịch, văn hóa và các lĩnh vực khác.",
        "Digital government, online public services, tourism, culture and other sectors.",
    ),
}

GENERAL_NAMES = ("Thảo luận chung", "General discussion")
