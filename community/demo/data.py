"""Hand-written demo content: accounts, organisations, experts, invitations and the pools generators draw from."""

from community.core import groups

# Every demo account signs in with this password; the README documents it. Never used outside seed_demo.
DEMO_PASSWORD = "demo12345"  # noqa: S105

# Seeded people who are not demo accounts live under these reserved example domains.
EXAMPLE_DOMAIN = "example.vn"
FREELANCE_DOMAIN = "chuyengia.example.vn"
GENERATED_DOMAIN = "demo.dxconnect.vn"

# email, full name, staff, superuser, role shown in the table printed at the end.
DEMO_ACCOUNTS = [
    (
        "admin@dxconnect.vn",
        "Quản trị viên DX Connect",
        True,
        True,
        "Quản trị viên / Administrator (Wagtail /admin/, Django /django-admin/)",
    ),
    ("editor@dxconnect.vn", "Vũ Thanh Hương", True, False, "Biên tập viên / Editor (Wagtail /admin/)"),
    (
        "org@dxconnect.vn",
        "Lê Hoàng Nam",
        False,
        False,
        "Chủ tổ chức / Owner of Sở Khoa học và Công nghệ Đà Nẵng",
    ),
    (
        "expert@dxconnect.vn",
        "Nguyễn Thị Minh Anh",
        False,
        False,
        "Chuyên gia / Expert (ThS. Nguyễn Thị Minh Anh)",
    ),
    (
        "member@dxconnect.vn",
        "Đỗ Thu Trang",
        False,
        False,
        "Thành viên có lời mời / Member with a pending invitation",
    ),
]
EDITORS_GROUP = groups.EDITORS

# How many days before the first run each demo account "joined", so the site does not look born today.
DEMO_ACCOUNT_AGE_DAYS = {
    "admin@dxconnect.vn": 720,
    "editor@dxconnect.vn": 700,
    "org@dxconnect.vn": 420,
    "expert@dxconnect.vn": 380,
    "member@dxconnect.vn": 3,
}

# --- Organisations ------------------------------------------------------------------------------
# slug is the stable key; the website and e-mail domain are <slug>.example.vn. "owner" names a demo
# account; otherwise the owner and 0-4 other members are generated from the name pools.

STAFF_TITLES = {
    "state_agency": [
        "Chuyên viên chính",
        "Phó Trưởng phòng Công nghệ thông tin",
        "Kỹ sư hệ thống",
        "Chuyên viên Văn phòng Cục",
        "Chuyên viên phụ trách dữ liệu",
    ],
    "provincial": [
        "Chuyên viên phòng Chuyển đổi số",
        "Trưởng phòng CNTT",
        "Phó Chánh Văn phòng Sở",
        "Chuyên viên phòng Kế hoạch – Tài chính",
        "Chuyên viên phụ trách dịch vụ công",
    ],
    "public_service": [
        "Trưởng phòng CNTT",
        "Phó Trưởng phòng Kế hoạch tổng hợp",
        "Kỹ sư CNTT",
        "Cán bộ phụ trách dữ liệu",
        "Chuyên viên Hành chính",
    ],
    "enterprise": [
        "Trưởng phòng CNTT",
        "Giám đốc Vận hành",
        "Kế toán trưởng",
        "Trưởng phòng Kinh doanh",
        "Chuyên viên chuyển đổi số",
        "Quản đốc phân xưởng",
    ],
    "association": [
        "Phó Tổng Thư ký",
        "Chánh Văn phòng Hiệp hội",
        "Trưởng ban Hội viên",
        "Chuyên viên truyền thông",
        "Ủy viên Ban Chấp hành",
    ],
    "academic": [
        "Nghiên cứu viên",
        "Trưởng phòng thí nghiệm",
        "Giảng viên",
        "Phó Viện trưởng",
        "Nghiên cứu viên chính",
    ],
    "community_team": [
        "Tổ phó",
        "Tổ viên",
        "Tổ viên – đoàn viên thanh niên",
        "Tổ viên – giáo viên",
        "Tổ viên – trưởng thôn",
    ],
}

SCHOOL_TITLES = ["Phó Hiệu trưởng", "Giáo viên Tin học", "Tổ trưởng chuyên môn", "Thư ký Hội đồng trường"]

ORGANISATIONS = [
    # --- provincial departments and centres ---
    {
        "slug": "so-khcn-da-nang",
        "name": "Sở Khoa học và Công nghệ Đà Nẵng",
        "short_name": "Sở KH&CN Đà Nẵng",
        "kind": "provincial",
        "province": "48",
        "sectors": ["khac", "giao-thong-logistics"],
        "verified": True,
        "owner": "org@dxconnect.vn",
        "owner_title": "Trưởng phòng Chuyển đổi số",
        "description": (
            "Cơ quan chuyên môn của UBND thành phố Đà Nẵng, đầu mối tham mưu về khoa học, công nghệ, đổi mới "
            "sáng tạo và chuyển đổi số. Sở điều phối xây dựng chính quyền số, nền tảng dữ liệu dùng chung và "
            "các chương trình đô thị thông minh của thành phố. Trên DX Connect, Sở chia sẻ kinh nghiệm vận hành "
            "dịch vụ công trực tuyến và tìm chuyên gia đồng hành cùng các xã, phường trong lộ trình chuyển đổi số."
        ),
    },
    {
        "slug": "so-y-te-thanh-hoa",
        "name": "Sở Y tế Thanh Hóa",
        "short_name": "",
        "kind": "provincial",
        "province": "38",
        "sectors": ["y-te"],
        "verified": True,
        "owner_title": "Phó Giám đốc Sở",
        "description": (
            "Cơ quan quản lý nhà nước về y tế của tỉnh Thanh Hóa, chỉ đạo mạng lưới bệnh viện tuyến tỉnh và "
            "trạm y tế xã. Sở đang triển khai bệnh án điện tử và hồ sơ sức khỏe điện tử cho người dân, ưu tiên "
            "liên thông dữ liệu giữa các tuyến. Sở tham gia chương trình với vai trò đề cử đơn vị tiêu biểu "
            "trong lĩnh vực y tế."
        ),
    },
    {
        "slug": "so-gd-dt-nghe-an",
        "name": "Sở Giáo dục và Đào tạo Nghệ An",
        "short_name": "Sở GD&ĐT Nghệ An",
        "kind": "provincial",
        "province": "40",
        "sectors": ["giao-duc"],
        "verified": True,
        "owner_title": "Trưởng phòng Kế hoạch – Tài chính",
        "description": (
            "Quản lý hệ thống giáo dục phổ thông và giáo dục thường xuyên của tỉnh Nghệ An, từ đồng bằng ven "
            "biển đến các xã miền núi. Sở thúc đẩy học bạ số, sổ điểm điện tử và thu học phí không dùng tiền "
            "mặt. Ưu tiên hiện nay là đào tạo kỹ năng số cho giáo viên và bảo đảm đường truyền cho các điểm "
            "trường vùng cao."
        ),
    },
    {
        "slug": "so-nn-mt-lam-dong",
        "name": "Sở Nông nghiệp và Môi trường Lâm Đồng",
        "short_name": "",
        "kind": "provincial",
        "province": "68",
        "sectors": ["nong-nghiep", "tai-nguyen-moi-truong"],
        "verified": True,
        "owner_title": "Chánh Văn phòng Sở",
        "description": (
            "Cơ quan tham mưu của UBND tỉnh Lâm Đồng về nông nghiệp, đất đai, tài nguyên và môi trường. Sở xây "
            "dựng cơ sở dữ liệu vùng trồng và cấp mã số vùng trồng cho cà phê, rau và hoa, đồng thời số hóa hồ "
            "sơ đất đai. Sở tìm giải pháp GIS và ảnh viễn thám để theo dõi biến động rừng và cảnh báo sạt lở."
        ),
    },
    {
        "slug": "so-cong-thuong-bac-ninh",
        "name": "Sở Công Thương Bắc Ninh",
        "short_name": "",
        "kind": "provincial",
        "province": "24",
        "sectors": ["san-xuat-cong-nghiep", "nang-luong"],
        "verified": False,
        "owner_title": "Phó Trưởng phòng Quản lý công nghiệp",
        "description": (
            "Quản lý nhà nước về công nghiệp, thương mại và năng lượng tại Bắc Ninh, nơi tập trung nhiều khu "
            "công nghiệp điện tử. Sở hỗ trợ doanh nghiệp nhỏ và vừa đánh giá mức độ chuyển đổi số và kết nối "
            "với nhà cung cấp giải pháp. Sở cũng thúc đẩy thương mại điện tử cho sản phẩm OCOP của địa phương."
        ),
    },
    {
        "slug": "so-tai-chinh-can-tho",
        "name": "Sở Tài chính Cần Thơ",
        "short_name": "",
        "kind": "provincial",
        "province": "92",
        "sectors": ["tai-chinh-ngan-hang"],
        "verified": True,
        "owner_title": "Trưởng phòng Tin học và Thống kê",
        "description": (
            "Cơ quan tham mưu về tài chính, ngân sách, đầu tư và đăng ký doanh nghiệp của thành phố Cần Thơ. "
            "Sở đẩy mạnh thanh toán không dùng tiền mặt trong thu ngân sách và dịch vụ công. Sở quan tâm các "
            "giải pháp phân tích dữ liệu để theo dõi tiến độ giải ngân vốn đầu tư công."
        ),
    },
    {
        "slug": "so-xay-dung-hai-phong",
        "name": "Sở Xây dựng Hải Phòng",
        "short_name": "",
        "kind": "provincial",
        "province": "31",
        "sectors": ["giao-thong-logistics"],
        "verified": False,
        "owner_title": "Phó Trưởng phòng Quản lý vận tải",
        "description": (
            "Quản lý xây dựng, giao thông vận tải và đô thị của thành phố Hải Phòng. Sở vận hành hệ thống giám "
            "sát giao thông, cấp phép vận tải trực tuyến và dữ liệu kết nối cảng biển với đường bộ. Sở đang tìm "
            "giải pháp giảm ùn tắc trên các tuyến ra vào cảng bằng dữ liệu thời gian thực."
        ),
    },
    {
        "slug": "ttpvhcc-quang-ninh",
        "name": "Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh",
        "short_name": "TTPVHCC Quảng Ninh",
        "kind": "provincial",
        "province": "22",
        "sectors": ["khac"],
        "verified": True,
        "owner_title": "Phó Giám đốc Trung tâm",
        "description": (
            "Đầu mối tiếp nhận và trả kết quả thủ tục hành chính của tỉnh Quảng Ninh, kết nối với Cổng Dịch vụ "
            "công quốc gia. Trung tâm số hóa hồ sơ, kết quả giải quyết thủ tục và hướng dẫn người dân nộp hồ sơ "
            "trực tuyến toàn trình. Kinh nghiệm của Trung tâm: đo mức độ hài lòng sau mỗi giao dịch để cải tiến "
            "quy trình."
        ),
    },
    # --- state agencies ---
    {
        "slug": "cuc-chuyen-doi-so-quoc-gia",
        "name": "Cục Chuyển đổi số quốc gia",
        "short_name": "",
        "kind": "state_agency",
        "province": "01",
        "sectors": ["khac"],
        "verified": True,
        "owner_title": "Trưởng phòng Chính phủ số",
        "description": (
            "Cơ quan thuộc Bộ Khoa học và Công nghệ, giúp Bộ trưởng quản lý nhà nước về chuyển đổi số, chính "
            "phủ số, kinh tế số và xã hội số. Cục hướng dẫn các bộ, ngành và địa phương đánh giá mức độ chuyển "
            "đổi số và theo dõi các chỉ tiêu của Chương trình Chuyển đổi số quốc gia. Cục đồng hành cùng các tổ "
            "công nghệ số cộng đồng trong đợt cao điểm hưởng ứng Ngày Chuyển đổi số quốc gia 10/10."
        ),
    },
    {
        "slug": "trung-tam-du-lieu-moi-truong",
        "name": "Trung tâm Thông tin và Dữ liệu môi trường quốc gia",
        "short_name": "",
        "kind": "state_agency",
        "province": "01",
        "sectors": ["tai-nguyen-moi-truong"],
        "verified": True,
        "owner_title": "Giám đốc Trung tâm",
        "description": (
            "Đơn vị quản lý dữ liệu quan trắc không khí, nước và chất thải trên phạm vi cả nước. Trung tâm xây "
            "dựng kho dữ liệu mở về môi trường và kết nối các trạm quan trắc tự động của địa phương. Trung tâm "
            "cần chuyên gia quản trị dữ liệu và trí tuệ nhân tạo để dự báo chất lượng không khí."
        ),
    },
    {
        "slug": "cang-vu-hang-hai-hai-phong",
        "name": "Cảng vụ Hàng hải Hải Phòng",
        "short_name": "",
        "kind": "state_agency",
        "province": "31",
        "sectors": ["giao-thong-logistics"],
        "verified": False,
        "owner_title": "Trưởng phòng Pháp chế – Công nghệ thông tin",
        "description": (
            "Cơ quan quản lý nhà nước về hàng hải tại khu vực cảng biển Hải Phòng. Cảng vụ làm thủ tục cho tàu "
            "thuyền vào, rời cảng qua Cơ chế một cửa quốc gia và đang số hóa quy trình cấp phép. Cảng vụ quan "
            "tâm giải pháp chia sẻ dữ liệu với doanh nghiệp cảng và logistics để rút ngắn thời gian làm thủ tục."
        ),
    },
    # --- public-service units ---
    {
        "slug": "bvdk-tinh-thanh-hoa",
        "name": "Bệnh viện Đa khoa tỉnh Thanh Hóa",
        "short_name": "BVĐK tỉnh Thanh Hóa",
        "kind": "public_service",
        "province": "38",
        "sectors": ["y-te"],
        "verified": True,
        "owner_title": "Trưởng phòng Công nghệ thông tin",
        "description": (
            "Bệnh viện tuyến tỉnh tiếp nhận người bệnh từ các trung tâm y tế và trạm y tế xã trong tỉnh. Bệnh "
            "viện đã vận hành hệ thống thông tin bệnh viện (HIS), lưu trữ hình ảnh (PACS) và đang hoàn thiện "
            "bệnh án điện tử. Thách thức tiếp theo là liên thông bệnh án điện tử với 45 trạm y tế xã theo chuẩn "
            "HL7 FHIR trong lộ trình 12 tháng."
        ),
    },
    {
        "slug": "cdc-dien-bien",
        "name": "Trung tâm Kiểm soát bệnh tật tỉnh Điện Biên",
        "short_name": "CDC Điện Biên",
        "kind": "public_service",
        "province": "11",
        "sectors": ["y-te"],
        "verified": False,
        "owner_title": "Phó Giám đốc Trung tâm",
        "description": (
            "Đơn vị y tế dự phòng của tỉnh Điện Biên, phụ trách tiêm chủng, giám sát dịch bệnh và chăm sóc sức "
            "khỏe cộng đồng. Trung tâm đang số hóa sổ tiêm chủng và báo cáo giám sát dịch bệnh từ các xã vùng "
            "cao. Trung tâm cần giải pháp nhập liệu khi mất kết nối mạng và đào tạo kỹ năng số cho nhân viên "
            "y tế thôn bản."
        ),
    },
    {
        "slug": "thpt-nguyen-du-dak-lak",
        "name": "Trường THPT Nguyễn Du (Đắk Lắk)",
        "short_name": "THPT Nguyễn Du",
        "kind": "public_service",
        "province": "66",
        "sectors": ["giao-duc"],
        "verified": True,
        "owner_title": "Hiệu trưởng",
        "staff_titles": SCHOOL_TITLES,
        "description": (
            "Trường trung học phổ thông công lập với khoảng 1.500 học sinh. Từ tháng 09/2023 nhà trường số hóa "
            "học bạ và sổ liên lạc, 95% phụ huynh nhận thông báo qua ứng dụng. Bài học lớn nhất của trường: "
            "đào tạo giáo viên trước, rồi mới triển khai cho học sinh và phụ huynh."
        ),
    },
    {
        "slug": "ptdtnt-lai-chau",
        "name": "Trường Phổ thông Dân tộc nội trú tỉnh Lai Châu",
        "short_name": "PTDTNT Lai Châu",
        "kind": "public_service",
        "province": "12",
        "sectors": ["giao-duc"],
        "verified": False,
        "owner_title": "Phó Hiệu trưởng",
        "staff_titles": SCHOOL_TITLES,
        "description": (
            "Trường nội trú dành cho học sinh dân tộc thiểu số của tỉnh Lai Châu. Nhà trường xây dựng thư viện "
            "số và phòng học trực tuyến để học sinh tiếp cận học liệu chất lượng. Trường cần hỗ trợ thiết bị, "
            "đường truyền ổn định và chương trình kỹ năng số phù hợp với học sinh vùng cao."
        ),
    },
    {
        "slug": "dai-khi-tuong-nam-trung-bo",
        "name": "Đài Khí tượng Thủy văn khu vực Nam Trung Bộ",
        "short_name": "",
        "kind": "public_service",
        "province": "56",
        "sectors": ["tai-nguyen-moi-truong"],
        "verified": True,
        "owner_title": "Phó Giám đốc Đài",
        "description": (
            "Đơn vị dự báo khí tượng thủy văn cho các tỉnh ven biển Nam Trung Bộ. Đài vận hành mạng lưới trạm đo "
            "mưa, mực nước tự động và phát bản tin cảnh báo thiên tai. Đài đang thử nghiệm mô hình trí tuệ nhân "
            "tạo dự báo lũ ngắn hạn và chia sẻ dữ liệu mở cho chính quyền các xã."
        ),
    },
    # --- enterprises and cooperatives (invented names) ---
    {
        "slug": "det-may-hung-long",
        "name": "Công ty Cổ phần Dệt may Hưng Long",
        "short_name": "Dệt may Hưng Long",
        "kind": "enterprise",
        "province": "33",
        "sectors": ["san-xuat-cong-nghiep"],
        "verified": True,
        "owner_title": "Giám đốc",
        "description": (
            "Doanh nghiệp may xuất khẩu với khoảng 80 lao động tại Hưng Yên, chuyên gia công áo jacket và đồng "
            "phục. Công ty mới bắt đầu chuyển đổi số: thay sổ sách giấy bằng phần mềm quản lý đơn hàng và chấm "
            "công. Ban giám đốc muốn tự đánh giá mức độ chuyển đổi số và xây dựng lộ trình phù hợp với ngân "
            "sách nhỏ."
        ),
    },
    {
        "slug": "htx-che-tan-cuong",
        "name": "Hợp tác xã Chè Tân Cương",
        "short_name": "HTX Chè Tân Cương",
        "kind": "enterprise",
        "province": "19",
        "sectors": ["nong-nghiep"],
        "verified": True,
        "owner_title": "Giám đốc Hợp tác xã",
        "description": (
            "Hợp tác xã của 120 hộ trồng và chế biến chè tại vùng chè Tân Cương, Thái Nguyên. Sản phẩm chủ lực "
            "là chè búp khô đạt chứng nhận OCOP. Hợp tác xã muốn gắn mã QR truy xuất nguồn gốc cho từng lô chè "
            "và bán hàng trên sàn thương mại điện tử với ngân sách dưới 200.000.000 đ."
        ),
    },
    {
        "slug": "co-khi-tan-phat",
        "name": "Công ty Cổ phần Cơ khí Tân Phát",
        "short_name": "Cơ khí Tân Phát",
        "kind": "enterprise",
        "province": "19",
        "sectors": ["san-xuat-cong-nghiep", "nang-luong"],
        "verified": True,
        "owner_title": "Phó Tổng Giám đốc",
        "description": (
            "Nhà sản xuất linh kiện cơ khí chính xác cho ngành ô tô và xe máy tại Thái Nguyên, hơn 300 lao động. "
            "Công ty đã lắp cảm biến IoT giám sát điện năng trên các dây chuyền dập và đang triển khai hệ thống "
            "MES. Mục tiêu năm tới là giảm 10% chi phí năng lượng nhờ phân tích dữ liệu vận hành."
        ),
    },
    {
        "slug": "logistics-cang-xanh",
        "name": "Công ty Cổ phần Logistics Cảng Xanh",
        "short_name": "Cảng Xanh",
        "kind": "enterprise",
        "province": "31",
        "sectors": ["giao-thong-logistics"],
        "verified": True,
        "owner_title": "Giám đốc Công nghệ",
        "description": (
            "Doanh nghiệp dịch vụ kho bãi, vận tải container và thủ tục hải quan tại Hải Phòng. Công ty số hóa "
            "lệnh giao hàng, theo dõi xe bằng GPS và kết nối dữ liệu với các hãng tàu. Công ty đang tìm đối tác "
            "xây dựng nền tảng đặt lịch xe tải để giảm thời gian chờ tại cổng cảng."
        ),
    },
    {
        "slug": "giai-phap-so-song-han",
        "name": "Công ty TNHH Giải pháp Số Sông Hàn",
        "short_name": "Sông Hàn Digital",
        "kind": "enterprise",
        "province": "48",
        "sectors": ["khac", "y-te"],
        "verified": True,
        "owner_title": "Giám đốc",
        "description": (
            "Doanh nghiệp công nghệ số tại Đà Nẵng, phát triển phần mềm dịch vụ công trực tuyến và ứng dụng đô "
            "thị thông minh cho chính quyền địa phương. Công ty có đội ngũ 60 kỹ sư và cung cấp nền tảng trên "
            "điện toán đám mây trong nước. Công ty tài trợ thiết bị và đào tạo cho một xã thí điểm chuyển đổi số."
        ),
    },
    {
        "slug": "y-te-so-an-khang",
        "name": "Công ty Cổ phần Giải pháp Y tế số An Khang",
        "short_name": "Y tế số An Khang",
        "kind": "enterprise",
        "province": "01",
        "sectors": ["y-te"],
        "verified": True,
        "owner_title": "Tổng Giám đốc",
        "description": (
            "Nhà cung cấp phần mềm quản lý bệnh viện, bệnh án điện tử và kết nối dữ liệu y tế tại Hà Nội. Công "
            "ty triển khai cho các bệnh viện tuyến tỉnh và trung tâm y tế khu vực ở miền Bắc. Đội ngũ tư vấn hỗ "
            "trợ chuẩn hóa dữ liệu theo HL7 FHIR và bảo đảm an toàn thông tin người bệnh."
        ),
    },
    {
        "slug": "nang-luong-tai-tao-ca-na",
        "name": "Công ty Cổ phần Năng lượng Tái tạo Cà Ná",
        "short_name": "",
        "kind": "enterprise",
        "province": "56",
        "sectors": ["nang-luong"],
        "verified": False,
        "owner_title": "Trưởng phòng Vận hành",
        "description": (
            "Doanh nghiệp đầu tư và vận hành nhà máy điện mặt trời và điện gió ven biển tại Khánh Hòa. Công ty "
            "dùng hệ thống SCADA và dữ liệu thời tiết để dự báo sản lượng phát điện. Công ty đang tìm giải pháp "
            "trí tuệ nhân tạo phát hiện sớm hư hỏng tấm pin và tối ưu lịch bảo trì."
        ),
    },
    {
        "slug": "quy-tin-dung-tan-thanh",
        "name": "Quỹ Tín dụng nhân dân Tân Thành",
        "short_name": "QTDND Tân Thành",
        "kind": "enterprise",
        "province": "82",
        "sectors": ["tai-chinh-ngan-hang"],
        "verified": True,
        "owner_title": "Giám đốc Quỹ",
        "description": (
            "Tổ chức tín dụng hợp tác phục vụ hơn 4.000 thành viên là nông dân và hộ kinh doanh ở Đồng Tháp. Quỹ "
            "đang chuyển sang mở tài khoản trực tuyến có xác thực eKYC và thu nợ qua mã QR. Quỹ cần tư vấn an "
            "ninh mạng và đào tạo giao dịch viên sử dụng hệ thống mới."
        ),
    },
    {
        "slug": "fintech-phu-sa",
        "name": "Công ty Cổ phần Công nghệ Tài chính Phù Sa",
        "short_name": "Phù Sa Pay",
        "kind": "enterprise",
        "province": "92",
        "sectors": ["tai-chinh-ngan-hang", "nong-nghiep"],
        "verified": False,
        "owner_title": "Đồng sáng lập kiêm Giám đốc Sản phẩm",
        "description": (
            "Công ty khởi nghiệp công nghệ tài chính tại Cần Thơ, cung cấp cổng thanh toán cho hộ kinh doanh và "
            "hợp tác xã ở Đồng bằng sông Cửu Long. Giải pháp hỗ trợ định danh điện tử, chữ ký số và hóa đơn "
            "điện tử. Công ty muốn hợp tác với các xã thí điểm để đưa nông sản lên kênh bán hàng trực tuyến."
        ),
    },
    {
        "slug": "thuy-san-dat-mui-xanh",
        "name": "Công ty TNHH Thủy sản Đất Mũi Xanh",
        "short_name": "",
        "kind": "enterprise",
        "province": "96",
        "sectors": ["nong-nghiep"],
        "verified": False,
        "owner_title": "Giám đốc",
        "description": (
            "Doanh nghiệp nuôi và chế biến tôm sinh thái dưới tán rừng tại Cà Mau, liên kết với hơn 300 hộ nuôi. "
            "Công ty ghi nhật ký nuôi trồng điện tử để đáp ứng yêu cầu truy xuất nguồn gốc của thị trường châu "
            "Âu. Công ty cần chuyên gia IoT đo chất lượng nước và hệ thống dữ liệu chung cho các hộ liên kết."
        ),
    },
    {
        "slug": "tinh-bot-san-tay-ninh-xanh",
        "name": "Công ty Cổ phần Tinh bột sắn Tây Ninh Xanh",
        "short_name": "",
        "kind": "enterprise",
        "province": "80",
        "sectors": ["san-xuat-cong-nghiep", "nong-nghiep"],
        "verified": True,
        "owner_title": "Phó Giám đốc Nhà máy",
        "description": (
            "Nhà máy chế biến tinh bột sắn thu mua nguyên liệu từ hơn 2.000 hộ nông dân Tây Ninh. Công ty đã số "
            "hóa trạm cân và thanh toán cho nông dân qua tài khoản ngân hàng. Công ty đang thử nghiệm thu hồi "
            "khí biogas từ nước thải để phát điện và cần giải pháp giám sát năng lượng."
        ),
    },
    {
        "slug": "phan-mem-bach-viet",
        "name": "Công ty TNHH Phần mềm Bách Việt",
        "short_name": "Bách Việt Soft",
        "kind": "enterprise",
        "province": "79",
        "sectors": ["khac", "tai-chinh-ngan-hang", "san-xuat-cong-nghiep"],
        "verified": True,
        "owner_title": "Giám đốc Tư vấn",
        "description": (
            "Công ty phần mềm tại Thành phố Hồ Chí Minh, phát triển giải pháp ERP, hóa đơn điện tử và chữ ký số "
            "cho doanh nghiệp nhỏ và vừa. Công ty đã triển khai cho hơn 500 khách hàng trong sản xuất và phân "
            "phối. Đội ngũ tư vấn sẵn sàng đồng hành đánh giá mức độ chuyển đổi số miễn phí cho doanh nghiệp "
            "tham gia chương trình."
        ),
    },
    # --- associations ---
    {
        "slug": "hoi-truyen-thong-so-viet-nam",
        "name": "Hội Truyền thông số Việt Nam",
        "short_name": "VDCA",
        "kind": "association",
        "province": "01",
        "sectors": ["khac"],
        "verified": True,
        "owner_title": "Chánh Văn phòng Hội",
        "description": (
            "Tổ chức xã hội – nghề nghiệp trong lĩnh vực truyền thông số, cùng chỉ đạo Chương trình Thúc đẩy "
            "tiến trình Chuyển đổi số quốc gia. Hội kết nối các viện, trung tâm, hiệp hội và hơn 60 cơ quan báo "
            "chí đồng hành. Hội là đầu mối đề cử và tôn vinh các đơn vị tiêu biểu trong 8 lĩnh vực trọng điểm."
        ),
    },
    {
        "slug": "hiep-hoi-phan-mem-dich-vu-so",
        "name": "Hiệp hội Doanh nghiệp Phần mềm và Dịch vụ số Việt Nam",
        "short_name": "VSDA",
        "kind": "association",
        "province": "01",
        "sectors": ["khac", "tai-chinh-ngan-hang"],
        "verified": True,
        "owner_title": "Phó Tổng Thư ký",
        "description": (
            "Hiệp hội tập hợp các doanh nghiệp phần mềm, dịch vụ công nghệ thông tin và nền tảng số của Việt "
            "Nam. Hiệp hội kết nối nhà cung cấp giải pháp với cơ quan nhà nước và doanh nghiệp có nhu cầu chuyển "
            "đổi số. Hiệp hội tổ chức hội thảo chuyên đề theo từng lĩnh vực và giới thiệu chuyên gia cho các "
            "địa phương."
        ),
    },
    {
        "slug": "hiep-hoi-det-may-hung-yen",
        "name": "Hiệp hội Dệt may Hưng Yên",
        "short_name": "",
        "kind": "association",
        "province": "33",
        "sectors": ["san-xuat-cong-nghiep"],
        "verified": False,
        "owner_title": "Tổng Thư ký",
        "description": (
            "Hiệp hội của các doanh nghiệp dệt, may và phụ liệu trên địa bàn tỉnh Hưng Yên. Hiệp hội phối hợp "
            "với Sở Công Thương khảo sát mức độ chuyển đổi số của hội viên, phần lớn là doanh nghiệp dưới 200 "
            "lao động. Hiệp hội đề cử doanh nghiệp tiêu biểu và tổ chức lớp tập huấn về quản lý sản xuất số."
        ),
    },
    {
        "slug": "hiep-hoi-logistics-hai-phong",
        "name": "Hiệp hội Logistics Hải Phòng",
        "short_name": "",
        "kind": "association",
        "province": "31",
        "sectors": ["giao-thong-logistics"],
        "verified": True,
        "owner_title": "Phó Chủ tịch Hiệp hội",
        "description": (
            "Hiệp hội của các doanh nghiệp giao nhận, vận tải, kho bãi và đại lý hải quan tại Hải Phòng. Hiệp "
            "hội thúc đẩy chuẩn dữ liệu chung cho chứng từ vận tải điện tử giữa các hội viên. Hiệp hội là cầu "
            "nối giữa doanh nghiệp với cơ quan quản lý cảng và chính quyền thành phố trong các sáng kiến "
            "logistics số."
        ),
    },
    # --- universities and research institutes ---
    {
        "slug": "vien-chien-luoc-chuyen-doi-so",
        "name": "Viện Chiến lược Chuyển đổi số",
        "short_name": "DTSI",
        "kind": "academic",
        "province": "01",
        "sectors": ["khac"],
        "verified": True,
        "owner_title": "Phó Viện trưởng",
        "description": (
            "Viện nghiên cứu phối hợp thực hiện Chương trình Thúc đẩy tiến trình Chuyển đổi số quốc gia. Viện "
            "xây dựng bộ công cụ khảo sát – đánh giá mức độ chuyển đổi số, nghiên cứu định chuẩn và lộ trình "
            "chuyển đổi cho từng ngành. Chuyên gia của Viện tham gia Hội đồng thẩm định và tư vấn cho các đơn "
            "vị được đề cử."
        ),
    },
    {
        "slug": "vien-du-lieu-ai-ha-noi",
        "name": "Viện Nghiên cứu Dữ liệu và Trí tuệ nhân tạo Hà Nội",
        "short_name": "",
        "kind": "academic",
        "province": "01",
        "sectors": ["khac", "y-te", "giao-duc"],
        "verified": True,
        "owner_title": "Viện trưởng",
        "description": (
            "Viện nghiên cứu ứng dụng về khoa học dữ liệu, học máy và xử lý tiếng Việt. Viện hợp tác với bệnh "
            "viện, trường học và cơ quan nhà nước trong các dự án dữ liệu lớn và trí tuệ nhân tạo có trách "
            "nhiệm. Viện mở các khóa đào tạo ngắn hạn về quản trị dữ liệu cho cán bộ sở, ngành."
        ),
    },
    {
        "slug": "vien-cong-nghiep-so-thai-nguyen",
        "name": "Viện Công nghiệp số và Tự động hóa Thái Nguyên",
        "short_name": "",
        "kind": "academic",
        "province": "19",
        "sectors": ["san-xuat-cong-nghiep", "nang-luong"],
        "verified": True,
        "owner_title": "Viện trưởng",
        "description": (
            "Viện nghiên cứu và chuyển giao công nghệ tự động hóa, IoT công nghiệp và quản lý năng lượng cho "
            "doanh nghiệp sản xuất vùng trung du và miền núi phía Bắc. Viện có xưởng thực nghiệm dây chuyền "
            "thông minh để doanh nghiệp thử nghiệm trước khi đầu tư. Viện cung cấp dịch vụ đánh giá mức độ "
            "chuyển đổi số doanh nghiệp theo bộ chỉ số DBI."
        ),
    },
    {
        "slug": "trung-tam-nong-nghiep-so-tay-nguyen",
        "name": "Trung tâm Nghiên cứu Nông nghiệp số Tây Nguyên",
        "short_name": "",
        "kind": "academic",
        "province": "66",
        "sectors": ["nong-nghiep"],
        "verified": False,
        "owner_title": "Giám đốc Trung tâm",
        "description": (
            "Trung tâm nghiên cứu ứng dụng cảm biến, ảnh vệ tinh và dữ liệu thời tiết cho cây cà phê, hồ tiêu "
            "và sầu riêng. Trung tâm phát triển ứng dụng khuyến nông trên điện thoại bằng tiếng Việt và tiếng Ê "
            "Đê. Trung tâm tìm hợp tác xã muốn thử nghiệm tưới tiết kiệm nước theo dữ liệu độ ẩm đất."
        ),
    },
    {
        "slug": "vien-chuyen-doi-so-dbscl",
        "name": "Viện Chuyển đổi số Đồng bằng sông Cửu Long",
        "short_name": "",
        "kind": "academic",
        "province": "92",
        "sectors": ["nong-nghiep", "tai-nguyen-moi-truong", "giao-duc"],
        "verified": True,
        "owner_title": "Phó Viện trưởng",
        "description": (
            "Viện nghiên cứu và đào tạo về chuyển đổi số cho các tỉnh, thành vùng Đồng bằng sông Cửu Long. Viện "
            "tập trung vào nông nghiệp thông minh thích ứng xâm nhập mặn, dữ liệu thủy văn và kỹ năng số cho "
            "cán bộ xã. Viện là đối tác chuyên môn của nhiều chương trình xã thí điểm chuyển đổi số trong vùng."
        ),
    },
    {
        "slug": "trung-tam-y-te-so-hue",
        "name": "Trung tâm Y tế số và Đào tạo trực tuyến Huế",
        "short_name": "",
        "kind": "academic",
        "province": "46",
        "sectors": ["y-te", "giao-duc"],
        "verified": True,
        "owner_title": "Giám đốc Trung tâm",
        "description": (
            "Đơn vị nghiên cứu và đào tạo về y tế số tại Huế, hợp tác với các bệnh viện khu vực miền Trung. "
            "Trung tâm phát triển khóa học trực tuyến cho nhân viên y tế và thử nghiệm khám chữa bệnh từ xa cho "
            "vùng sâu, vùng xa. Trung tâm quan tâm chuẩn hóa dữ liệu y tế và bảo vệ dữ liệu cá nhân người bệnh."
        ),
    },
    # --- community digital technology teams ---
    {
        "slug": "to-cong-nghe-so-xa-y-ty",
        "name": "Tổ công nghệ số cộng đồng xã Y Tý (Lào Cai)",
        "short_name": "Tổ CNSCĐ Y Tý",
        "kind": "community_team",
        "province": "15",
        "sectors": ["khac"],
        "verified": True,
        "owner_title": "Tổ trưởng – Phó Chủ tịch UBND xã",
        "description": (
            "Tổ gồm cán bộ xã, đoàn viên thanh niên và trưởng thôn tại xã vùng cao Y Tý, tỉnh Lào Cai. Trong 10 "
            "ngày cao điểm, Tổ đi từng ngõ, gõ từng nhà, hướng dẫn hơn 1.200 người dân nộp hồ sơ trực tuyến và "
            "kích hoạt tài khoản định danh điện tử. Tổ chia sẻ kinh nghiệm hướng dẫn người cao tuổi bằng tiếng "
            "Hà Nhì và tiếng Mông."
        ),
    },
    {
        "slug": "to-cong-nghe-so-phuong-hoi-an",
        "name": "Tổ công nghệ số cộng đồng phường Hội An (Đà Nẵng)",
        "short_name": "Tổ CNSCĐ Hội An",
        "kind": "community_team",
        "province": "48",
        "sectors": ["khac"],
        "verified": False,
        "owner_title": "Tổ trưởng",
        "description": (
            "Tổ công nghệ số cộng đồng của phường Hội An, thành phố Đà Nẵng, hỗ trợ người dân và hộ kinh doanh "
            "du lịch sử dụng dịch vụ số. Tổ hướng dẫn tiểu thương thanh toán bằng mã QR và khai báo lưu trú trực "
            "tuyến cho khách. Tổ đang soạn tài liệu hướng dẫn ngắn bằng tiếng Việt và tiếng Anh."
        ),
    },
    {
        "slug": "to-cong-nghe-so-xa-hoang-su-phi",
        "name": "Tổ công nghệ số cộng đồng xã Hoàng Su Phì (Tuyên Quang)",
        "short_name": "Tổ CNSCĐ Hoàng Su Phì",
        "kind": "community_team",
        "province": "08",
        "sectors": ["nong-nghiep", "khac"],
        "verified": True,
        "owner_title": "Tổ trưởng – Bí thư Đoàn xã",
        "description": (
            "Tổ hỗ trợ đồng bào vùng ruộng bậc thang Hoàng Su Phì, tỉnh Tuyên Quang, sử dụng dịch vụ công trực "
            "tuyến và thanh toán số. Tổ giúp các hộ làm chè Shan tuyết và gạo đặc sản mở gian hàng trên sàn "
            "thương mại điện tử. Tổ cần tài liệu hướng dẫn đơn giản, nhiều hình ảnh cho người ít biết chữ."
        ),
    },
    {
        "slug": "to-cong-nghe-so-xa-muong-phang",
        "name": "Tổ công nghệ số cộng đồng xã Mường Phăng (Điện Biên)",
        "short_name": "Tổ CNSCĐ Mường Phăng",
        "kind": "community_team",
        "province": "11",
        "sectors": ["khac", "y-te"],
        "verified": False,
        "owner_title": "Tổ trưởng",
        "description": (
            "Tổ gồm 12 tổ viên là cán bộ xã, giáo viên và thanh niên tình nguyện của xã Mường Phăng, tỉnh Điện "
            "Biên. Tổ hướng dẫn người dân kích hoạt tài khoản định danh điện tử, tra cứu bảo hiểm y tế và nhận "
            "trợ cấp qua tài khoản ngân hàng. Tổ phối hợp với trạm y tế xã đưa lịch tiêm chủng lên ứng dụng."
        ),
    },
]

# --- Experts -------------------------------------------------------------------------------------
# Specialities give the generator headlines, skills, sectors and bio sentences grounded in the brief.
# {p} is the pronoun ("ông"/"bà"), {P} the same capitalised.

SPECIALTIES = {
    "health-data": {
        "sectors": ["y-te"],
        "skills": [
            "dữ liệu y tế",
            "bệnh án điện tử",
            "HL7 FHIR",
            "hệ thống thông tin bệnh viện",
            "quản trị dữ liệu",
            "bảo vệ dữ liệu cá nhân",
        ],
        "headlines": [
            "Chuyên gia dữ liệu y tế và bệnh án điện tử",
            "Tư vấn liên thông dữ liệu y tế theo chuẩn HL7 FHIR",
            "Kiến trúc sư hệ thống thông tin bệnh viện",
        ],
        "work": [
            "triển khai hệ thống thông tin bệnh viện và bệnh án điện tử",
            "chuẩn hóa và liên thông dữ liệu khám chữa bệnh giữa các tuyến",
            "xây dựng kho dữ liệu y tế phục vụ điều hành của ngành",
        ],
        "results": [
            "{P} đã tham gia đưa bệnh án điện tử vào vận hành tại nhiều bệnh viện tuyến tỉnh.",
            "{P} từng tư vấn liên thông dữ liệu giữa bệnh viện và trạm y tế xã, giúp người bệnh không phải "
            "làm lại xét nghiệm khi chuyển tuyến.",
            "{P} hướng dẫn các đơn vị phân loại và bảo vệ dữ liệu cá nhân người bệnh theo quy định.",
        ],
    },
    "telehealth": {
        "sectors": ["y-te"],
        "skills": [
            "y tế từ xa",
            "dữ liệu y tế",
            "điện toán đám mây",
            "đào tạo kỹ năng số",
            "hồ sơ sức khỏe điện tử",
        ],
        "headlines": [
            "Bác sĩ, chuyên gia khám chữa bệnh từ xa",
            "Tư vấn y tế số cho tuyến xã và vùng sâu, vùng xa",
        ],
        "work": [
            "tổ chức khám chữa bệnh từ xa cho trạm y tế vùng cao",
            "đào tạo nhân viên y tế sử dụng hồ sơ sức khỏe điện tử",
        ],
        "results": [
            "{P} đã kết nối hội chẩn trực tuyến giữa bệnh viện tỉnh và hơn 30 trạm y tế xã.",
            "{P} biên soạn bộ tài liệu hướng dẫn y tế số ngắn gọn cho nhân viên y tế thôn bản.",
        ],
    },
    "banking-ekyc": {
        "sectors": ["tai-chinh-ngan-hang"],
        "skills": [
            "eKYC",
            "định danh điện tử",
            "chữ ký số",
            "ngân hàng số",
            "an ninh mạng",
            "phòng chống gian lận",
        ],
        "headlines": [
            "Chuyên gia định danh điện tử và eKYC cho ngân hàng số",
            "Tư vấn ngân hàng số và phòng chống gian lận giao dịch",
        ],
        "work": [
            "xây dựng quy trình mở tài khoản trực tuyến có xác thực eKYC",
            "triển khai ngân hàng số cho tổ chức tín dụng vừa và nhỏ",
        ],
        "results": [
            "{P} đã giúp một quỹ tín dụng nhân dân rút thời gian mở tài khoản từ hai ngày xuống mười phút.",
            "{P} thiết kế mô hình chấm điểm rủi ro giao dịch giúp giảm đáng kể gian lận thẻ.",
        ],
    },
    "payments": {
        "sectors": ["tai-chinh-ngan-hang"],
        "skills": ["thanh toán không dùng tiền mặt", "hóa đơn điện tử", "chữ ký số", "mã QR", "ERP"],
        "headlines": [
            "Tư vấn thanh toán không dùng tiền mặt và hóa đơn điện tử",
            "Chuyên gia tài chính số cho hộ kinh doanh và hợp tác xã",
        ],
        "work": [
            "đưa thanh toán bằng mã QR đến chợ truyền thống và hộ kinh doanh",
            "triển khai hóa đơn điện tử và chữ ký số cho doanh nghiệp nhỏ",
        ],
        "results": [
            "{P} đã cùng chính quyền địa phương xây dựng mô hình chợ 4.0 không dùng tiền mặt.",
            "{P} hướng dẫn hàng trăm hộ kinh doanh chuyển sang hóa đơn điện tử đúng hạn.",
        ],
    },
    "education": {
        "sectors": ["giao-duc"],
        "skills": ["học bạ số", "học liệu số", "LMS", "đào tạo kỹ năng số", "quản trị dữ liệu"],
        "headlines": [
            "Chuyên gia chuyển đổi số giáo dục phổ thông",
            "Tư vấn học liệu số và lớp học trực tuyến",
        ],
        "work": [
            "triển khai học bạ số và sổ điểm điện tử cho trường phổ thông",
            "xây dựng kho học liệu số và hệ thống quản lý học tập",
        ],
        "results": [
            "{P} đã tập huấn cho hơn 2.000 giáo viên sử dụng hệ thống quản lý học tập.",
            "Kinh nghiệm của {p}: đào tạo giáo viên trước, rồi mới triển khai cho học sinh và phụ huynh.",
        ],
    },
    "agri-trace": {
        "sectors": ["nong-nghiep"],
        "skills": ["truy xuất nguồn gốc", "mã QR", "thương mại điện tử", "OCOP", "mã số vùng trồng"],
        "headlines": [
            "Chuyên gia truy xuất nguồn gốc nông sản",
            "Tư vấn đưa sản phẩm OCOP lên sàn thương mại điện tử",
        ],
        "work": [
            "xây dựng hệ thống truy xuất nguồn gốc bằng mã QR cho hợp tác xã",
            "đưa nông sản chủ lực của các xã lên sàn thương mại điện tử",
        ],
        "results": [
            "{P} đã đồng hành cùng nhiều hợp tác xã chè, cà phê và trái cây gắn mã QR cho từng lô hàng.",
            "{P} giúp các xã thí điểm chọn sản phẩm chủ lực và mở gian hàng trực tuyến với chi phí thấp.",
        ],
    },
    "agri-iot": {
        "sectors": ["nong-nghiep", "tai-nguyen-moi-truong"],
        "skills": ["IoT", "nông nghiệp thông minh", "cảm biến", "ảnh viễn thám", "tưới tiết kiệm"],
        "headlines": [
            "Chuyên gia IoT cho nông nghiệp thông minh",
            "Nghiên cứu nông nghiệp chính xác và dữ liệu thời tiết",
        ],
        "work": [
            "lắp đặt cảm biến độ ẩm đất và trạm thời tiết cho vùng trồng",
            "ứng dụng dữ liệu cảm biến để điều khiển tưới tiết kiệm nước",
        ],
        "results": [
            "{P} đã giúp các hộ trồng cà phê giảm khoảng 30% lượng nước tưới nhờ dữ liệu độ ẩm đất.",
            "{P} thử nghiệm hệ thống cảnh báo xâm nhập mặn bằng cảm biến cho vùng nuôi trồng.",
        ],
    },
    "logistics": {
        "sectors": ["giao-thong-logistics"],
        "skills": ["logistics", "quản lý vận tải", "GPS", "chứng từ điện tử", "tối ưu tuyến đường"],
        "headlines": [
            "Chuyên gia logistics số và quản lý vận tải",
            "Tư vấn số hóa chứng từ vận tải và cảng biển",
        ],
        "work": [
            "số hóa chứng từ giao nhận và kết nối dữ liệu với hãng tàu",
            "xây dựng hệ thống quản lý vận tải và theo dõi đội xe",
        ],
        "results": [
            "{P} đã giúp doanh nghiệp giao nhận giảm một nửa thời gian xe chờ tại cổng cảng.",
            "{P} tư vấn chuẩn dữ liệu chung cho chứng từ vận tải điện tử giữa các doanh nghiệp.",
        ],
    },
    "energy": {
        "sectors": ["nang-luong", "san-xuat-cong-nghiep"],
        "skills": ["IoT", "giám sát năng lượng", "năng lượng tái tạo", "SCADA", "tiết kiệm năng lượng"],
        "headlines": [
            "Chuyên gia giám sát năng lượng và năng lượng tái tạo",
            "Tư vấn IoT giám sát điện năng cho nhà máy",
        ],
        "work": [
            "thiết kế hệ thống IoT giám sát điện năng cho nhà máy",
            "vận hành và dự báo sản lượng cho nhà máy điện mặt trời",
        ],
        "results": [
            "{P} đã giúp nhiều nhà máy giảm 8–15% điện năng tiêu thụ nhờ dữ liệu theo thời gian thực.",
            "{P} xây dựng mô hình dự báo sản lượng điện mặt trời theo dữ liệu thời tiết.",
        ],
    },
    "environment-gis": {
        "sectors": ["tai-nguyen-moi-truong"],
        "skills": ["GIS", "ảnh viễn thám", "quan trắc môi trường", "dữ liệu mở", "cơ sở dữ liệu đất đai"],
        "headlines": [
            "Chuyên gia GIS và dữ liệu tài nguyên – môi trường",
            "Tư vấn quan trắc môi trường tự động và dữ liệu mở",
        ],
        "work": [
            "xây dựng cơ sở dữ liệu đất đai và bản đồ số",
            "kết nối trạm quan trắc môi trường tự động và công bố dữ liệu mở",
        ],
        "results": [
            "{P} đã tham gia số hóa hồ sơ địa chính cho nhiều xã, phường.",
            "{P} phát triển bản đồ cảnh báo sạt lở dựa trên ảnh viễn thám và dữ liệu mưa.",
        ],
    },
    "manufacturing": {
        "sectors": ["san-xuat-cong-nghiep"],
        "skills": [
            "MES",
            "ERP",
            "sản xuất thông minh",
            "IoT",
            "quản lý chất lượng",
            "đánh giá mức độ chuyển đổi số",
        ],
        "headlines": [
            "Chuyên gia chuyển đổi số doanh nghiệp sản xuất",
            "Tư vấn triển khai MES và ERP cho nhà máy",
        ],
        "work": [
            "triển khai MES và ERP cho doanh nghiệp sản xuất vừa và nhỏ",
            "số hóa quy trình sản xuất và quản lý chất lượng",
        ],
        "results": [
            "{P} đã giúp một xưởng may 80 lao động thay sổ sách giấy bằng phần mềm chỉ trong ba tháng.",
            "{P} thường bắt đầu bằng việc đánh giá mức độ chuyển đổi số để chọn đúng điểm khởi đầu.",
        ],
    },
    "cybersecurity": {
        "sectors": ["khac", "tai-chinh-ngan-hang"],
        "skills": ["an ninh mạng", "an toàn thông tin", "bảo vệ dữ liệu cá nhân", "SOC", "kiểm thử xâm nhập"],
        "headlines": [
            "Chuyên gia an ninh mạng và an toàn thông tin",
            "Tư vấn bảo vệ dữ liệu cá nhân cho tổ chức",
        ],
        "work": [
            "đánh giá an toàn thông tin theo cấp độ cho hệ thống của cơ quan nhà nước",
            "vận hành trung tâm giám sát an ninh mạng (SOC)",
        ],
        "results": [
            "{P} đã hướng dẫn nhiều đơn vị lập hồ sơ đề xuất cấp độ an toàn hệ thống thông tin.",
            "{P} tổ chức diễn tập ứng cứu sự cố an ninh mạng cho các sở, ngành.",
        ],
    },
    "cloud": {
        "sectors": ["khac"],
        "skills": ["điện toán đám mây", "hạ tầng số", "DevOps", "nền tảng số", "kiến trúc hệ thống"],
        "headlines": ["Kiến trúc sư điện toán đám mây", "Chuyên gia hạ tầng số và nền tảng dùng chung"],
        "work": [
            "chuyển hệ thống của cơ quan nhà nước lên điện toán đám mây",
            "thiết kế nền tảng dùng chung cho chính quyền số cấp tỉnh",
        ],
        "results": [
            "{P} đã chuyển hàng chục hệ thống nghiệp vụ lên nền tảng đám mây trong nước.",
            "{P} giúp các đơn vị giảm chi phí vận hành nhờ dùng chung hạ tầng.",
        ],
    },
    "ai-data": {
        "sectors": ["khac"],
        "skills": ["AI/trí tuệ nhân tạo", "quản trị dữ liệu", "dữ liệu lớn", "xử lý tiếng Việt", "học máy"],
        "headlines": [
            "Chuyên gia trí tuệ nhân tạo và quản trị dữ liệu",
            "Nhà nghiên cứu xử lý ngôn ngữ tiếng Việt",
        ],
        "work": [
            "nghiên cứu và ứng dụng trí tuệ nhân tạo cho cơ quan nhà nước và doanh nghiệp",
            "xây dựng khung quản trị dữ liệu và kho dữ liệu dùng chung",
        ],
        "results": [
            "{P} đã phát triển trợ lý ảo trả lời câu hỏi về thủ tục hành chính bằng tiếng Việt.",
            "{P} tư vấn các đơn vị lập danh mục dữ liệu và quy định chia sẻ dữ liệu.",
        ],
    },
    "e-government": {
        "sectors": ["khac"],
        "skills": [
            "dịch vụ công trực tuyến",
            "chính quyền số",
            "định danh điện tử",
            "chữ ký số",
            "số hóa hồ sơ",
        ],
        "headlines": [
            "Chuyên gia chính quyền số và dịch vụ công trực tuyến",
            "Tư vấn số hóa hồ sơ, thủ tục hành chính",
        ],
        "work": [
            "cải cách thủ tục hành chính và cung cấp dịch vụ công trực tuyến toàn trình",
            "số hóa hồ sơ và kết quả giải quyết thủ tục hành chính",
        ],
        "results": [
            "{P} đã giúp nhiều xã nâng tỷ lệ hồ sơ trực tuyến lên trên 80%.",
            "{P} thiết kế quy trình đo mức độ hài lòng của người dân sau mỗi giao dịch.",
        ],
    },
    "dx-assessment": {
        "sectors": ["khac", "san-xuat-cong-nghiep"],
        "skills": [
            "đánh giá mức độ chuyển đổi số",
            "chiến lược chuyển đổi số",
            "lộ trình chuyển đổi số",
            "DBI",
            "quản trị thay đổi",
        ],
        "headlines": [
            "Chuyên gia đánh giá mức độ và lộ trình chuyển đổi số",
            "Tư vấn chiến lược chuyển đổi số cho tổ chức",
        ],
        "work": [
            "khảo sát, đánh giá mức độ chuyển đổi số của doanh nghiệp và địa phương",
            "xây dựng chiến lược và lộ trình chuyển đổi số",
        ],
        "results": [
            "{P} là thành viên tổ chuyên gia khảo sát các đơn vị được đề cử của chương trình.",
            "{P} nhấn mạnh chuyển đổi số là chuyển đổi tổ chức, không chỉ là đầu tư dự án công nghệ thông tin.",
        ],
    },
    "digital-skills": {
        "sectors": ["giao-duc", "khac"],
        "skills": [
            "đào tạo kỹ năng số",
            "tổ công nghệ số cộng đồng",
            "dịch vụ công trực tuyến",
            "thanh toán số",
            "truyền thông số",
        ],
        "headlines": [
            "Chuyên gia đào tạo kỹ năng số cho cộng đồng",
            "Tư vấn phổ cập kỹ năng số cho người dân",
        ],
        "work": [
            "đào tạo kỹ năng số cho cán bộ xã và tổ công nghệ số cộng đồng",
            "biên soạn học liệu phổ cập kỹ năng số cho người dân",
        ],
        "results": [
            "{P} đã tập huấn cho hơn 300 tổ công nghệ số cộng đồng ở các tỉnh miền núi.",
            "{P} tin rằng cách hướng dẫn hiệu quả nhất là đi từng ngõ, gõ từng nhà.",
        ],
    },
    "e-commerce": {
        "sectors": ["nong-nghiep", "san-xuat-cong-nghiep"],
        "skills": ["thương mại điện tử", "tiếp thị số", "livestream bán hàng", "OCOP", "logistics"],
        "headlines": [
            "Chuyên gia thương mại điện tử cho doanh nghiệp nhỏ",
            "Tư vấn bán hàng trực tuyến cho sản phẩm OCOP",
        ],
        "work": [
            "đưa sản phẩm của doanh nghiệp nhỏ và hợp tác xã lên sàn thương mại điện tử",
            "xây dựng kênh bán hàng trực tuyến và tiếp thị số",
        ],
        "results": [
            "{P} đã giúp nhiều hợp tác xã tăng doanh thu nhờ bán hàng qua sàn thương mại điện tử.",
            "{P} hướng dẫn hộ sản xuất chụp ảnh, viết mô tả và đóng gói hàng gửi đi xa.",
        ],
    },
}

# Featured experts: written out in full. "org" links to an organisation (membership); "email" overrides.
FEATURED_EXPERTS = [
    {
        "email": "expert@dxconnect.vn",
        "honorific": "ThS.",
        "name": "Nguyễn Thị Minh Anh",
        "gender": "f",
        "org": "y-te-so-an-khang",
        "role": "admin",
        "title": "Trưởng nhóm Tư vấn dữ liệu y tế",
        "headline": "Chuyên gia dữ liệu y tế – 12 năm triển khai hệ thống thông tin bệnh viện",
        "bio": (
            "ThS. Nguyễn Thị Minh Anh có 12 năm triển khai hệ thống thông tin bệnh viện và bệnh án điện tử cho "
            "các bệnh viện ở Hà Nội và Bắc Ninh. Bà tư vấn chuẩn hóa dữ liệu khám chữa bệnh theo HL7 FHIR và "
            "xây dựng lộ trình liên thông với trạm y tế xã. Bà tin rằng chuyển đổi số trong y tế bắt đầu từ dữ "
            "liệu sạch và sự đồng thuận của đội ngũ lâm sàng."
        ),
        "skills": [
            "dữ liệu y tế",
            "bệnh án điện tử",
            "HL7 FHIR",
            "hệ thống thông tin bệnh viện",
            "quản trị dữ liệu",
        ],
        "sectors": ["y-te"],
        "provinces": ["01", "24"],
        "languages": ["vi", "en"],
        "years": 12,
        "available": True,
        "verified": True,
        "age_days": 380,
    },
    {
        "honorific": "TS.",
        "name": "Trần Quốc Bảo",
        "gender": "m",
        "org": "vien-cong-nghiep-so-thai-nguyen",
        "role": "admin",
        "title": "Trưởng phòng Công nghiệp số",
        "headline": "Chuyển đổi số doanh nghiệp sản xuất: IoT giám sát năng lượng, đánh giá mức độ chuyển đổi số",
        "bio": (
            "TS. Trần Quốc Bảo có 18 năm nghiên cứu và triển khai chuyển đổi số cho doanh nghiệp sản xuất vừa "
            "và nhỏ. Ông thiết kế các hệ thống IoT giám sát năng lượng giúp nhà máy cơ khí, dệt may giảm 8–15% "
            "điện năng tiêu thụ. Ông hướng dẫn doanh nghiệp tự đánh giá mức độ chuyển đổi số theo bộ chỉ số DBI "
            "để chọn đúng điểm bắt đầu và lộ trình phù hợp."
        ),
        "skills": [
            "IoT",
            "giám sát năng lượng",
            "đánh giá mức độ chuyển đổi số",
            "MES",
            "sản xuất thông minh",
        ],
        "sectors": ["san-xuat-cong-nghiep", "nang-luong"],
        "provinces": ["19", "24", "33"],
        "languages": ["vi", "en", "ja"],
        "years": 18,
        "available": True,
        "verified": True,
        "age_days": 400,
    },
    {
        "honorific": "PGS.TS.",
        "name": "Lê Văn Khánh",
        "gender": "m",
        "org": "vien-du-lieu-ai-ha-noi",
        "role": "member",
        "title": "Trưởng phòng Xử lý ngôn ngữ tự nhiên",
        "headline": "Trí tuệ nhân tạo và xử lý tiếng Việt cho dịch vụ công",
        "bio": (
            "PGS.TS. Lê Văn Khánh nghiên cứu học máy và xử lý ngôn ngữ tiếng Việt hơn 20 năm. Ông chủ trì phát "
            "triển trợ lý ảo hỏi đáp thủ tục hành chính và công cụ tìm kiếm văn bản pháp luật không phân biệt "
            "dấu. Ông quan tâm đến trí tuệ nhân tạo có trách nhiệm và quản trị dữ liệu trong khu vực công."
        ),
        "skills": [
            "AI/trí tuệ nhân tạo",
            "xử lý tiếng Việt",
            "học máy",
            "quản trị dữ liệu",
            "dịch vụ công trực tuyến",
        ],
        "sectors": ["khac", "giao-duc"],
        "provinces": ["01"],
        "languages": ["vi", "en", "fr"],
        "years": 22,
        "available": False,
        "verified": True,
        "age_days": 610,
    },
    {
        "honorific": "TS.",
        "name": "Phạm Thu Hà",
        "gender": "f",
        "affiliation": "Chuyên gia độc lập",
        "headline": "Định danh điện tử, eKYC và ngân hàng số",
        "bio": (
            "TS. Phạm Thu Hà từng phụ trách khối ngân hàng số của một ngân hàng thương mại trước khi làm tư vấn "
            "độc lập. Bà thiết kế quy trình mở tài khoản trực tuyến có xác thực eKYC và chữ ký số cho các tổ "
            "chức tín dụng vừa và nhỏ. Bà sẵn sàng hỗ trợ quỹ tín dụng nhân dân và hợp tác xã bắt đầu với ngân "
            "sách hợp lý."
        ),
        "skills": ["eKYC", "định danh điện tử", "chữ ký số", "ngân hàng số", "phòng chống gian lận"],
        "sectors": ["tai-chinh-ngan-hang"],
        "provinces": ["79", "82", "92"],
        "languages": ["vi", "en"],
        "years": 15,
        "available": True,
        "verified": True,
        "age_days": 300,
    },
    {
        "honorific": "KS.",
        "name": "Hoàng Đức Thắng",
        "gender": "m",
        "org": "giai-phap-so-song-han",
        "role": "member",
        "title": "Trưởng nhóm An toàn thông tin",
        "headline": "An ninh mạng cho chính quyền số cấp tỉnh và xã",
        "bio": (
            "KS. Hoàng Đức Thắng có 10 năm vận hành trung tâm giám sát an ninh mạng cho các hệ thống của chính "
            "quyền địa phương. Anh hướng dẫn các sở, ngành lập hồ sơ cấp độ an toàn thông tin và tổ chức diễn "
            "tập ứng cứu sự cố. Anh thường nhắc: phần lớn sự cố bắt đầu từ một mật khẩu yếu."
        ),
        "skills": ["an ninh mạng", "an toàn thông tin", "SOC", "kiểm thử xâm nhập", "điện toán đám mây"],
        "sectors": ["khac"],
        "provinces": ["48", "46"],
        "languages": ["vi", "en"],
        "years": 10,
        "available": True,
        "verified": False,
        "age_days": 150,
    },
    {
        "honorific": "ThS.",
        "name": "Võ Thị Ngọc Lan",
        "gender": "f",
        "org": "vien-chuyen-doi-so-dbscl",
        "role": "member",
        "title": "Nghiên cứu viên chính",
        "headline": "Truy xuất nguồn gốc và thương mại điện tử cho nông sản Đồng bằng sông Cửu Long",
        "bio": (
            "ThS. Võ Thị Ngọc Lan đồng hành cùng các hợp tác xã trái cây, lúa gạo và thủy sản trong vùng Đồng "
            "bằng sông Cửu Long suốt 9 năm. Bà xây dựng hệ thống truy xuất nguồn gốc bằng mã QR và hướng dẫn "
            "hộ nông dân bán hàng trên sàn thương mại điện tử. Bà là chuyên gia của nhiều chương trình xã thí "
            "điểm chuyển đổi số trong vùng."
        ),
        "skills": ["truy xuất nguồn gốc", "thương mại điện tử", "mã QR", "OCOP", "mã số vùng trồng"],
        "sectors": ["nong-nghiep"],
        "provinces": ["92", "82", "86"],
        "languages": ["vi", "en"],
        "years": 9,
        "available": True,
        "verified": True,
        "age_days": 260,
    },
    {
        "honorific": "TS.",
        "name": "Đặng Minh Tuấn",
        "gender": "m",
        "org": "so-nn-mt-lam-dong",
        "role": "member",
        "title": "Phó Giám đốc Trung tâm Dữ liệu",
        "headline": "GIS, ảnh viễn thám và cơ sở dữ liệu tài nguyên – môi trường",
        "bio": (
            "TS. Đặng Minh Tuấn chuyên về hệ thông tin địa lý và ảnh viễn thám với 14 năm kinh nghiệm. Ông chủ "
            "trì xây dựng bản đồ số vùng trồng và hệ thống theo dõi biến động rừng của tỉnh Lâm Đồng. Ông sẵn "
            "sàng chia sẻ mô hình cảnh báo sạt lở cho các tỉnh miền núi."
        ),
        "skills": ["GIS", "ảnh viễn thám", "cơ sở dữ liệu đất đai", "dữ liệu mở", "quan trắc môi trường"],
        "sectors": ["tai-nguyen-moi-truong", "nong-nghiep"],
        "provinces": ["68", "56"],
        "languages": ["vi", "en"],
        "years": 14,
        "available": True,
        "verified": True,
        "age_days": 220,
    },
    {
        "honorific": "ThS.",
        "name": "Bùi Thị Hồng Nhung",
        "gender": "f",
        "org": "so-gd-dt-nghe-an",
        "role": "member",
        "title": "Chuyên viên phòng Giáo dục trung học",
        "headline": "Chuyển đổi số trong trường phổ thông: học bạ số, học liệu số",
        "bio": (
            "ThS. Bùi Thị Hồng Nhung là giáo viên Tin học 11 năm trước khi làm công tác quản lý tại Sở. Bà tổ "
            "chức tập huấn học bạ số và sổ điểm điện tử cho giáo viên các trường miền núi. Kinh nghiệm của bà: "
            "đào tạo giáo viên trước rồi mới triển khai cho học sinh và phụ huynh."
        ),
        "skills": ["học bạ số", "học liệu số", "LMS", "đào tạo kỹ năng số"],
        "sectors": ["giao-duc"],
        "provinces": ["40", "38", "42"],
        "languages": ["vi"],
        "years": 16,
        "available": True,
        "verified": False,
        "age_days": 120,
    },
    {
        "honorific": "KS.",
        "name": "Ngô Thanh Sơn",
        "gender": "m",
        "org": "logistics-cang-xanh",
        "role": "member",
        "title": "Trưởng phòng Công nghệ",
        "headline": "Logistics số: chứng từ điện tử, theo dõi đội xe, kết nối cảng",
        "bio": (
            "KS. Ngô Thanh Sơn có 12 năm làm công nghệ cho doanh nghiệp giao nhận và vận tải container tại Hải "
            "Phòng. Anh số hóa lệnh giao hàng và kết nối dữ liệu với hãng tàu, giúp giảm một nửa thời gian xe "
            "chờ tại cổng cảng. Anh quan tâm đến chuẩn dữ liệu chung cho chứng từ vận tải điện tử."
        ),
        "skills": ["logistics", "chứng từ điện tử", "GPS", "quản lý vận tải", "tối ưu tuyến đường"],
        "sectors": ["giao-thong-logistics"],
        "provinces": ["31", "22"],
        "languages": ["vi", "en", "zh"],
        "years": 12,
        "available": False,
        "verified": True,
        "age_days": 330,
    },
    {
        "honorific": "TS.",
        "name": "Huỳnh Văn Lộc",
        "gender": "m",
        "affiliation": "Chuyên gia độc lập",
        "headline": "Năng lượng tái tạo và vận hành nhà máy điện mặt trời",
        "bio": (
            "TS. Huỳnh Văn Lộc có 17 năm trong ngành điện, trong đó 8 năm vận hành nhà máy điện mặt trời và điện "
            "gió. Ông xây dựng mô hình dự báo sản lượng theo dữ liệu thời tiết và quy trình bảo trì dựa trên dữ "
            "liệu SCADA. Ông tư vấn doanh nghiệp sản xuất đầu tư điện mặt trời mái nhà."
        ),
        "skills": ["năng lượng tái tạo", "SCADA", "giám sát năng lượng", "AI/trí tuệ nhân tạo"],
        "sectors": ["nang-luong"],
        "provinces": ["56", "80", "79"],
        "languages": ["vi", "en", "de"],
        "years": 17,
        "available": True,
        "verified": False,
        "age_days": 180,
    },
    {
        "honorific": "",
        "name": "Hồ Thị Thu Trang",
        "gender": "f",
        "org": "to-cong-nghe-so-xa-y-ty",
        "role": "admin",
        "title": "Tổ phó",
        "headline": "Tổ công nghệ số cộng đồng: hướng dẫn người dân dùng dịch vụ công trực tuyến",
        "bio": (
            "Chị Hồ Thị Thu Trang là công chức văn hóa – xã hội của xã Y Tý và tổ phó tổ công nghệ số cộng đồng. "
            "Chị cùng các tổ viên đi từng ngõ, gõ từng nhà hướng dẫn hơn 1.200 người dân nộp hồ sơ trực tuyến "
            "trong 10 ngày. Chị sẵn lòng chia sẻ cách tổ chức đợt cao điểm với các xã vùng cao khác."
        ),
        "skills": [
            "dịch vụ công trực tuyến",
            "tổ công nghệ số cộng đồng",
            "định danh điện tử",
            "đào tạo kỹ năng số",
        ],
        "sectors": ["khac"],
        "provinces": ["15", "08"],
        "languages": ["vi"],
        "years": 6,
        "available": True,
        "verified": True,
        "age_days": 90,
    },
    {
        "honorific": "ThS.",
        "name": "Dương Quang Huy",
        "gender": "m",
        "org": "so-khcn-da-nang",
        "role": "member",
        "title": "Phó Giám đốc Trung tâm Dữ liệu",
        "headline": "Điện toán đám mây và nền tảng dữ liệu dùng chung cho chính quyền số",
        "bio": (
            "ThS. Dương Quang Huy có 13 năm xây dựng hạ tầng số cho chính quyền thành phố Đà Nẵng. Anh tham gia "
            "thiết kế nền tảng dữ liệu dùng chung và đưa các hệ thống nghiệp vụ lên điện toán đám mây. Anh quan "
            "tâm chia sẻ dữ liệu an toàn giữa các sở, ngành và với doanh nghiệp."
        ),
        "skills": [
            "điện toán đám mây",
            "nền tảng số",
            "quản trị dữ liệu",
            "dữ liệu mở",
            "kiến trúc hệ thống",
        ],
        "sectors": ["khac", "giao-thong-logistics"],
        "provinces": ["48"],
        "languages": ["vi", "en"],
        "years": 13,
        "available": True,
        "verified": True,
        "age_days": 410,
    },
]

# The rest of the default experts: honorific, name, gender, speciality, provinces, organisation slug or
# free-text affiliation, job title (when a member of an organisation), years of experience.
EXPERT_ROSTER = [
    (
        "BS.",
        "Lê Thị Thanh Hương",
        "f",
        "telehealth",
        ["38", "40"],
        "bvdk-tinh-thanh-hoa",
        "Phó Trưởng khoa Khám bệnh",
        15,
    ),
    ("KS.", "Trịnh Văn Dũng", "m", "health-data", ["38"], "bvdk-tinh-thanh-hoa", "Kỹ sư hệ thống", 9),
    (
        "ThS.",
        "Nguyễn Hoàng Long",
        "m",
        "health-data",
        ["01", "25"],
        "y-te-so-an-khang",
        "Kiến trúc sư giải pháp",
        11,
    ),
    (
        "BS.",
        "Phan Thị Mai",
        "f",
        "telehealth",
        ["46", "44"],
        "trung-tam-y-te-so-hue",
        "Giảng viên y tế số",
        13,
    ),
    (
        "TS.",
        "Nguyễn Văn Sang",
        "m",
        "health-data",
        ["46", "48"],
        "trung-tam-y-te-so-hue",
        "Nghiên cứu viên chính",
        19,
    ),
    (
        "ThS.",
        "Lò Văn Thành",
        "m",
        "telehealth",
        ["11", "12"],
        "cdc-dien-bien",
        "Trưởng khoa Truyền thông – Giáo dục sức khỏe",
        8,
    ),
    ("ThS.", "Trần Thị Kim Ngân", "f", "banking-ekyc", ["79"], "Chuyên gia độc lập", "", 10),
    ("", "Lâm Quốc Việt", "m", "payments", ["92", "86"], "fintech-phu-sa", "Trưởng nhóm Sản phẩm", 7),
    (
        "CN.",
        "Huỳnh Thị Bích Trâm",
        "f",
        "payments",
        ["82"],
        "quy-tin-dung-tan-thanh",
        "Trưởng phòng Kế toán – Ngân quỹ",
        12,
    ),
    (
        "TS.",
        "Vũ Minh Đức",
        "m",
        "cybersecurity",
        ["01", "79"],
        "hiep-hoi-phan-mem-dich-vu-so",
        "Trưởng ban An toàn thông tin",
        20,
    ),
    ("ThS.", "Đỗ Thị Phương", "f", "education", ["01", "37"], "vien-du-lieu-ai-ha-noi", "Nghiên cứu viên", 8),
    ("", "Y Nguyên Êban", "m", "education", ["66"], "thpt-nguyen-du-dak-lak", "Giáo viên Tin học", 9),
    (
        "ThS.",
        "Nguyễn Thị Hải Yến",
        "f",
        "digital-skills",
        ["12", "11"],
        "ptdtnt-lai-chau",
        "Phó Hiệu trưởng",
        14,
    ),
    (
        "PGS.TS.",
        "Trần Văn Nghĩa",
        "m",
        "agri-iot",
        ["66", "68", "52"],
        "trung-tam-nong-nghiep-so-tay-nguyen",
        "Giám đốc khoa học",
        24,
    ),
    ("KS.", "H'Hen Niê", "f", "agri-iot", ["66"], "trung-tam-nong-nghiep-so-tay-nguyen", "Kỹ sư nông học", 5),
    (
        "",
        "Ma Văn Chiến",
        "m",
        "agri-trace",
        ["08", "04"],
        "to-cong-nghe-so-xa-hoang-su-phi",
        "Tổ viên – cán bộ khuyến nông",
        6,
    ),
    (
        "ThS.",
        "Đinh Thị Thu Hiền",
        "f",
        "agri-trace",
        ["19"],
        "htx-che-tan-cuong",
        "Phó Giám đốc phụ trách kinh doanh",
        8,
    ),
    (
        "KS.",
        "Nguyễn Văn Toàn",
        "m",
        "agri-iot",
        ["96", "91"],
        "thuy-san-dat-mui-xanh",
        "Kỹ sư nuôi trồng thủy sản",
        10,
    ),
    (
        "TS.",
        "Lê Thị Bảo Châu",
        "f",
        "environment-gis",
        ["01", "22"],
        "trung-tam-du-lieu-moi-truong",
        "Trưởng phòng Dữ liệu mở",
        16,
    ),
    (
        "ThS.",
        "Phạm Quang Vinh",
        "m",
        "environment-gis",
        ["56", "51"],
        "dai-khi-tuong-nam-trung-bo",
        "Dự báo viên chính",
        12,
    ),
    (
        "KS.",
        "Hà Văn Cường",
        "m",
        "manufacturing",
        ["33", "31"],
        "det-may-hung-long",
        "Trưởng phòng Kỹ thuật",
        11,
    ),
    (
        "ThS.",
        "Tạ Thị Ngọc Ánh",
        "f",
        "manufacturing",
        ["79", "75"],
        "phan-mem-bach-viet",
        "Trưởng nhóm Tư vấn ERP",
        9,
    ),
    ("KS.", "Lương Đức Trọng", "m", "energy", ["19", "25"], "co-khi-tan-phat", "Trưởng phòng Cơ điện", 14),
    (
        "ThS.",
        "Nguyễn Thị Thanh Tâm",
        "f",
        "energy",
        ["56"],
        "nang-luong-tai-tao-ca-na",
        "Kỹ sư phân tích dữ liệu vận hành",
        7,
    ),
    ("KS.", "Cao Minh Hiếu", "m", "energy", ["80"], "tinh-bot-san-tay-ninh-xanh", "Trưởng ca vận hành", 9),
    (
        "TS.",
        "Mai Xuân Phong",
        "m",
        "logistics",
        ["31", "01"],
        "hiep-hoi-logistics-hai-phong",
        "Ủy viên Ban Chấp hành",
        21,
    ),
    (
        "ThS.",
        "Trương Thị Lan Anh",
        "f",
        "logistics",
        ["31"],
        "so-xay-dung-hai-phong",
        "Chuyên viên phòng Quản lý vận tải",
        8,
    ),
    ("KS.", "Chu Văn An", "m", "logistics", ["31", "22"], "cang-vu-hang-hai-hai-phong", "Kỹ sư hệ thống", 10),
    (
        "TS.",
        "Nguyễn Minh Quân",
        "m",
        "dx-assessment",
        ["01", "24", "33"],
        "vien-chien-luoc-chuyen-doi-so",
        "Trưởng ban Đánh giá",
        18,
    ),
    (
        "ThS.",
        "Lê Thị Diệu Linh",
        "f",
        "dx-assessment",
        ["01", "25"],
        "vien-chien-luoc-chuyen-doi-so",
        "Nghiên cứu viên",
        7,
    ),
    (
        "",
        "Phạm Văn Hiếu",
        "m",
        "e-government",
        ["22"],
        "ttpvhcc-quang-ninh",
        "Trưởng bộ phận Tiếp nhận hồ sơ",
        9,
    ),
    (
        "ThS.",
        "Hoàng Thị Thùy Dung",
        "f",
        "e-government",
        ["01"],
        "cuc-chuyen-doi-so-quoc-gia",
        "Chuyên viên chính",
        12,
    ),
    ("KS.", "Nguyễn Đức Anh", "m", "cloud", ["48", "46"], "giai-phap-so-song-han", "Kỹ sư DevOps", 8),
    ("ThS.", "Bùi Văn Hải", "m", "ai-data", ["01"], "vien-du-lieu-ai-ha-noi", "Trưởng nhóm Dữ liệu lớn", 10),
    ("", "Lý Thị Hoa", "f", "digital-skills", ["15"], "to-cong-nghe-so-xa-y-ty", "Tổ viên – giáo viên", 4),
    (
        "",
        "Quàng Văn Pành",
        "m",
        "digital-skills",
        ["11"],
        "to-cong-nghe-so-xa-muong-phang",
        "Tổ viên – trưởng bản",
        5,
    ),
    (
        "",
        "Nguyễn Thị Thu Thảo",
        "f",
        "e-commerce",
        ["48"],
        "to-cong-nghe-so-phuong-hoi-an",
        "Tổ viên – tiểu thương",
        5,
    ),
    ("ThS.", "Đặng Thị Thanh Xuân", "f", "e-commerce", ["01", "19", "08"], "Chuyên gia độc lập", "", 11),
    ("TS.", "Nguyễn Hữu Thắng", "m", "ai-data", ["79", "92"], "Học viện Công nghệ số phía Nam", "", 15),
    ("KS.", "Trần Đình Khôi", "m", "cloud", ["79"], "Công ty TNHH Tư vấn Hạ tầng số Tây Đô", "", 12),
    ("ThS.", "Vương Thị Hạnh", "f", "cybersecurity", ["31", "33"], "Chuyên gia độc lập", "", 9),
    (
        "TS.",
        "Phan Anh Tú",
        "m",
        "dx-assessment",
        ["79", "80", "75"],
        "Công ty TNHH Tư vấn Chiến lược Phương Nam",
        "",
        19,
    ),
    (
        "GS.TS.",
        "Nguyễn Đình Hòa",
        "m",
        "environment-gis",
        ["92", "91", "96"],
        "vien-chuyen-doi-so-dbscl",
        "Chủ tịch Hội đồng khoa học",
        32,
    ),
    ("ThS.", "Kiều Thị Ngọc Bích", "f", "education", ["40", "42"], "Chuyên gia độc lập", "", 10),
    (
        "KS.",
        "Đoàn Minh Nhật",
        "m",
        "manufacturing",
        ["24", "01"],
        "so-cong-thuong-bac-ninh",
        "Chuyên viên phòng Quản lý công nghiệp",
        8,
    ),
    (
        "ThS.",
        "Lê Hải Đăng",
        "m",
        "payments",
        ["92"],
        "so-tai-chinh-can-tho",
        "Chuyên viên phòng Tin học và Thống kê",
        9,
    ),
    ("", "Hứa Thị Mỹ Duyên", "f", "e-commerce", ["91", "82"], "Chuyên gia độc lập", "", 6),
    (
        "TS.",
        "Nông Văn Tiến",
        "m",
        "agri-trace",
        ["20", "04"],
        "Trung tâm Khuyến nông số miền núi phía Bắc",
        "",
        16,
    ),
    ("KS.", "Phùng Thị Thanh Nga", "f", "health-data", ["24", "01"], "Chuyên gia độc lập", "", 8),
    ("ThS.", "Thái Bá Dương", "m", "e-government", ["42", "44"], "Chuyên gia độc lập", "", 14),
    (
        "",
        "Đinh Công Minh",
        "m",
        "cloud",
        ["01", "31"],
        "hiep-hoi-phan-mem-dich-vu-so",
        "Ủy viên Ban Chấp hành",
        17,
    ),
]

# Pending invitations: organisation slug, invitee e-mail (or "expert:<name>" for a seeded expert), role.
# The owner of the organisation sends them.
INVITATIONS = [
    ("so-khcn-da-nang", "member@dxconnect.vn", "member"),
    ("so-y-te-thanh-hoa", "expert@dxconnect.vn", "member"),
    ("bvdk-tinh-thanh-hoa", "tuvan.fhir@chuyengia.example.vn", "admin"),
    ("det-may-hung-long", "lienhe@tuvan-so.example.vn", "member"),
    ("co-khi-tan-phat", "expert:Trần Quốc Bảo", "member"),
    ("htx-che-tan-cuong", "kythuat@nongsan-so.example.vn", "member"),
    ("to-cong-nghe-so-xa-y-ty", "doanthanhnien@xa-y-ty.example.vn", "member"),
]

# --- Name pools ----------------------------------------------------------------------------------
# Surnames weighted roughly by their share of the population, so generated names look Vietnamese.
SURNAMES = [
    ("Nguyễn", 38),
    ("Trần", 11),
    ("Lê", 9),
    ("Phạm", 7),
    ("Hoàng", 4),
    ("Huỳnh", 3),
    ("Phan", 4),
    ("Vũ", 3),
    ("Võ", 3),
    ("Đặng", 2),
    ("Bùi", 2),
    ("Đỗ", 2),
    ("Hồ", 2),
    ("Ngô", 2),
    ("Dương", 1),
    ("Lý", 1),
    ("Đinh", 1),
    ("Trương", 1),
    ("Mai", 1),
    ("Lương", 1),
    ("Tạ", 1),
    ("Hà", 1),
    ("Lâm", 1),
    ("Cao", 1),
    ("Chu", 1),
    ("Đoàn", 1),
    ("Trịnh", 1),
    ("Vương", 1),
    ("Kiều", 1),
    ("Thái", 1),
]
MIDDLE_NAMES = {
    "m": [
        "Văn",
        "Đức",
        "Quốc",
        "Minh",
        "Hữu",
        "Thanh",
        "Công",
        "Xuân",
        "Quang",
        "Tuấn",
        "Hoàng",
        "Ngọc",
        "Trọng",
        "Duy",
        "Thế",
        "Gia",
        "Anh",
        "Bá",
        "Đình",
        "Mạnh",
    ],
    "f": [
        "Thị",
        "Thị",
        "Ngọc",
        "Thu",
        "Thanh",
        "Minh",
        "Hồng",
        "Phương",
        "Thùy",
        "Kim",
        "Bích",
        "Mai",
        "Diệu",
        "Hải",
        "Khánh",
        "Bảo",
        "Lan",
        "Mỹ",
        "Thúy",
        "Hoài",
    ],
}
GIVEN_NAMES = {
    "m": [
        "Hùng",
        "Dũng",
        "Tuấn",
        "Hải",
        "Long",
        "Nam",
        "Sơn",
        "Thắng",
        "Trung",
        "Khánh",
        "Phong",
        "Bảo",
        "Huy",
        "Hiếu",
        "Toàn",
        "Đạt",
        "Cường",
        "Lộc",
        "Phúc",
        "Tâm",
        "Vinh",
        "Kiên",
        "Thành",
        "Quân",
        "An",
        "Bình",
        "Tùng",
        "Nghĩa",
        "Hưng",
        "Khoa",
        "Lâm",
        "Tài",
        "Thịnh",
        "Việt",
        "Đông",
        "Hậu",
    ],
    "f": [
        "Anh",
        "Hà",
        "Lan",
        "Hoa",
        "Hương",
        "Linh",
        "Trang",
        "Nhung",
        "Thảo",
        "Hạnh",
        "Mai",
        "Ngân",
        "Phương",
        "Yến",
        "Vy",
        "Dung",
        "Hằng",
        "Thủy",
        "Vân",
        "Trâm",
        "Quyên",
        "Giang",
        "Ly",
        "Nga",
        "Tâm",
        "Châu",
        "Huyền",
        "Oanh",
        "Nhi",
        "Uyên",
        "Loan",
        "My",
    ],
}
HONORIFICS = [
    ("", 40),
    ("ThS.", 22),
    ("KS.", 12),
    ("TS.", 12),
    ("CN.", 6),
    ("PGS.TS.", 4),
    ("BS.", 3),
    ("GS.TS.", 1),
]

# Extra languages an expert may speak besides Vietnamese, with rough odds.
LANGUAGE_ODDS = [("en", 0.7), ("ja", 0.05), ("ko", 0.04), ("fr", 0.04), ("zh", 0.04), ("de", 0.03)]

# --- Pools for generated organisations (the --scale path) ------------------------------------------
BRANDS = [
    "Phú Gia",
    "An Phát",
    "Minh Long",
    "Sao Mai",
    "Thành Đạt",
    "Trường Sơn",
    "Nam Phong",
    "Bình Minh",
    "Tân Tiến",
    "Phương Đông",
    "Kim Ngân",
    "Đông Á",
    "Hưng Thịnh",
    "Vạn Xuân",
    "Hồng Lam",
    "Lạc Hồng",
    "Thiên Phúc",
    "Hải Vân",
    "Ngọc Lâm",
    "Tràng An",
    "Cửu Long",
    "Bạch Đằng",
    "Sông Đà",
    "Tây Đô",
    "Hoa Sen",
    "Phước Lộc",
    "Tâm Đức",
    "Việt Hưng",
    "Đại Nam",
    "Kim Sơn",
    "An Khang",
    "Hòa An",
    "Thái Sơn",
    "Gia Bảo",
    "Tiến Phát",
]
INDUSTRIES = [
    # words in the company name, sectors
    ("Dệt may", ["san-xuat-cong-nghiep"]),
    ("Cơ khí", ["san-xuat-cong-nghiep"]),
    ("Điện tử", ["san-xuat-cong-nghiep"]),
    ("Nhựa", ["san-xuat-cong-nghiep"]),
    ("Logistics", ["giao-thong-logistics"]),
    ("Vận tải", ["giao-thong-logistics"]),
    ("Nông sản", ["nong-nghiep"]),
    ("Thủy sản", ["nong-nghiep"]),
    ("Thực phẩm", ["nong-nghiep", "san-xuat-cong-nghiep"]),
    ("Năng lượng", ["nang-luong"]),
    ("Điện mặt trời", ["nang-luong"]),
    ("Môi trường", ["tai-nguyen-moi-truong"]),
    ("Công nghệ", ["khac"]),
    ("Phần mềm", ["khac"]),
    ("Dược phẩm", ["y-te"]),
    ("Thiết bị y tế", ["y-te"]),
    ("Giáo dục", ["giao-duc"]),
    ("Tư vấn Tài chính", ["tai-chinh-ngan-hang"]),
    ("Xây dựng", ["khac"]),
]
COMPANY_FORMS = ["Công ty Cổ phần", "Công ty TNHH", "Công ty TNHH MTV"]
# Commune names that exist almost everywhere, and ones tied to a province (codes as of 1 July 2025),
# so that a generated "Trạm Y tế xã Cô Tô" lands in Quảng Ninh and not in the Mekong delta.
GENERIC_COMMUNES = [
    "Tân Lập",
    "Hòa Bình",
    "Quang Trung",
    "Tân Phú",
    "An Bình",
    "Phú Xuân",
    "Đông Hòa",
    "Thanh Sơn",
    "Hưng Đạo",
    "Yên Lạc",
    "Bình Minh",
    "Tân Hưng",
    "Long Hòa",
    "Mỹ An",
    "Vĩnh Phú",
    "Đức Thắng",
    "Châu Thành",
    "Tân Thành",
]
REGIONAL_COMMUNES = {
    "04": ["Bảo Lạc", "Trùng Khánh"],
    "08": ["Sà Phìn", "Lũng Cú", "Na Hang", "Hoàng Su Phì"],
    "11": ["Mường Nhé", "Mường Phăng"],
    "12": ["Sìn Hồ", "Tân Uyên", "Mường Tè"],
    "14": ["Mộc Châu", "Thuận Châu"],
    "15": ["Bản Lầu", "Tả Van", "Bắc Hà", "Mù Cang Chải", "Y Tý"],
    "19": ["Đồng Hỷ", "Định Hóa"],
    "22": ["Vân Đồn", "Cô Tô", "Tiên Yên"],
    "24": ["Lục Ngạn", "Yên Thế"],
    "25": ["Pà Cò", "Tân Sơn"],
    "31": ["Thủy Nguyên", "Cát Hải"],
    "33": ["Tiên Lữ", "Khoái Châu"],
    "37": ["Kim Sơn", "Nho Quan"],
    "38": ["Ngọc Lặc", "Bá Thước"],
    "40": ["Con Cuông", "Quỳ Châu", "Nghĩa Đàn"],
    "42": ["Kỳ Anh", "Hương Sơn"],
    "44": ["Hướng Hóa", "Gio Linh", "Phong Nha"],
    "51": ["Sơn Tịnh", "Ba Tơ", "Kon Plông"],
    "52": ["Chư Sê"],
    "56": ["Ninh Phước", "Cam Lâm", "Vạn Ninh"],
    "66": ["Krông Pắc", "Ea Kar"],
    "68": ["Đắk Mil", "Lạc Dương", "Di Linh", "Bảo Lộc"],
    "75": ["Xuân Lộc", "Định Quán"],
    "80": ["Dương Minh Châu"],
    "82": ["Tam Nông", "Lấp Vò"],
    "86": ["Trà Cú"],
    "91": ["Tịnh Biên", "Hòn Đất"],
    "92": ["Phong Điền", "Cờ Đỏ"],
    "96": ["Đất Mũi", "Năm Căn", "Cái Nước"],
}
PUBLIC_SERVICE_PATTERNS = [
    ("Trạm Y tế xã {commune}", ["y-te"]),
    ("Trung tâm Y tế khu vực {commune}", ["y-te"]),
    ("Trường THCS {commune}", ["giao-duc"]),
    ("Trường Tiểu học {commune}", ["giao-duc"]),
    ("Trường THPT {commune}", ["giao-duc"]),
    ("Trung tâm Dịch vụ nông nghiệp {commune}", ["nong-nghiep"]),
]
ACADEMIC_PATTERNS = [
    "Viện Nghiên cứu {field} {region}",
    "Trường Cao đẳng {field} {province}",
    "Trung tâm Đổi mới sáng tạo {field} {province}",
]
ACADEMIC_FIELDS = [
    ("Công nghệ thông tin", ["khac"]),
    ("Nông nghiệp công nghệ cao", ["nong-nghiep"]),
    ("Kỹ thuật công nghiệp", ["san-xuat-cong-nghiep"]),
    ("Y tế cộng đồng", ["y-te"]),
    ("Năng lượng", ["nang-luong"]),
    ("Môi trường", ["tai-nguyen-moi-truong"]),
    ("Giao thông vận tải", ["giao-thong-logistics"]),
    ("Kinh tế số", ["tai-chinh-ngan-hang", "khac"]),
]
REGIONS = [
    "miền Bắc",
    "miền Trung",
    "miền Nam",
    "Tây Nguyên",
    "Tây Bắc",
    "Đồng bằng sông Cửu Long",
    "Duyên hải Nam Trung Bộ",
    "Đông Nam Bộ",
]
ASSOCIATION_PATTERNS = [
    "Hiệp hội Doanh nghiệp {province}",
    "Hội Doanh nhân trẻ {province}",
    "Hiệp hội {industry} {province}",
    "Câu lạc bộ Doanh nghiệp số {province}",
]
STATE_PATTERNS = [
    ("Chi cục Thống kê {province}", ["khac"]),
    ("Kho bạc Nhà nước khu vực {province}", ["tai-chinh-ngan-hang"]),
    ("Chi cục Kiểm lâm {province}", ["tai-nguyen-moi-truong"]),
    ("Chi cục Thuế {province}", ["tai-chinh-ngan-hang"]),
]
PROVINCIAL_PATTERNS = [
    ("Ủy ban nhân dân xã {commune}", ["khac"]),
    ("Ủy ban nhân dân phường {commune}", ["khac"]),
    ("Trung tâm Phục vụ hành chính công xã {commune}", ["khac"]),
]
KIND_WEIGHTS = [
    ("enterprise", 45),
    ("public_service", 20),
    ("community_team", 12),
    ("academic", 7),
    ("association", 6),
    ("provincial", 5),
    ("state_agency", 5),
]
OWNER_TITLES = {
    "enterprise": ["Giám đốc", "Tổng Giám đốc", "Phó Giám đốc", "Trưởng phòng CNTT"],
    "public_service": ["Giám đốc", "Hiệu trưởng", "Trưởng trạm", "Phó Giám đốc"],
    "community_team": ["Tổ trưởng"],
    "academic": ["Viện trưởng", "Hiệu trưởng", "Giám đốc Trung tâm"],
    "association": ["Chủ tịch", "Tổng Thư ký", "Phó Chủ tịch"],
    "provincial": ["Phó Chủ tịch", "Công chức Văn phòng – Thống kê", "Công chức phụ trách chuyển đổi số"],
    "state_agency": ["Chi cục trưởng", "Phó Chi cục trưởng", "Giám đốc"],
}
GENERATED_ORG_DESCRIPTIONS = {
    "enterprise": "Doanh nghiệp {industry_lower} tại {province} đang xây dựng lộ trình chuyển đổi số, ưu tiên "
    "{focus}. Đơn vị tìm chuyên gia đồng hành và đối tác cung cấp giải pháp.",
    "public_service": "Đơn vị sự nghiệp công lập tại {province}. Đơn vị đang số hóa hồ sơ và mong muốn kết "
    "nối chuyên gia về {focus}.",
    "community_team": "Tổ công nghệ số cộng đồng tại {province}, hướng dẫn người dân dùng dịch vụ công trực tuyến, "
    "thanh toán số và định danh điện tử. Tổ chia sẻ kinh nghiệm về {focus}.",
    "academic": "Đơn vị nghiên cứu và đào tạo tại {province}, chuyển giao giải pháp về {focus} cho địa phương "
    "và doanh nghiệp.",
    "association": "Tổ chức đại diện cho cộng đồng doanh nghiệp tại {province}, hỗ trợ hội viên khảo sát và "
    "đánh giá mức độ chuyển đổi số, đặc biệt về {focus}.",
    "provincial": "Chính quyền cơ sở tại {province}, đang số hóa hồ sơ thủ tục hành chính và hướng dẫn người "
    "dân nộp hồ sơ trực tuyến. Đơn vị quan tâm đến {focus}.",
    "state_agency": "Cơ quan nhà nước tại {province}, đẩy mạnh số hóa hồ sơ và dịch vụ công trực tuyến. "
    "Đơn vị quan tâm đến {focus}.",
}
FOCUS_BY_SECTOR = {
    "tai-chinh-ngan-hang": "thanh toán không dùng tiền mặt và định danh điện tử",
    "y-te": "bệnh án điện tử và liên thông dữ liệu y tế",
    "giao-duc": "học bạ số và đào tạo kỹ năng số",
    "nong-nghiep": "truy xuất nguồn gốc và thương mại điện tử cho nông sản",
    "giao-thong-logistics": "quản lý vận tải và chứng từ điện tử",
    "nang-luong": "giám sát và tiết kiệm năng lượng",
    "tai-nguyen-moi-truong": "dữ liệu quan trắc và bản đồ số",
    "san-xuat-cong-nghiep": "quản lý sản xuất và đánh giá mức độ chuyển đổi số",
    "khac": "nền tảng dữ liệu dùng chung và kỹ năng số cho cán bộ",
}
# Specialities that fit an organisation's main sector, for the generated experts who own one.
SPECIALTIES_BY_SECTOR = {
    "y-te": ["health-data", "telehealth"],
    "tai-chinh-ngan-hang": ["banking-ekyc", "payments"],
    "giao-duc": ["education", "digital-skills"],
    "nong-nghiep": ["agri-trace", "agri-iot", "e-commerce"],
    "giao-thong-logistics": ["logistics"],
    "nang-luong": ["energy"],
    "tai-nguyen-moi-truong": ["environment-gis"],
    "san-xuat-cong-nghiep": ["manufacturing", "dx-assessment"],
    "khac": ["e-government", "cloud", "ai-data", "cybersecurity", "digital-skills", "dx-assessment"],
}
FREELANCE_AFFILIATIONS = [
    "Chuyên gia độc lập",
    "Chuyên gia độc lập",
    "Công ty TNHH Tư vấn {brand}",
    "Công ty Cổ phần Công nghệ {brand}",
    "Viện Nghiên cứu {field} {region}",
    "Trung tâm Đổi mới sáng tạo {brand}",
]
