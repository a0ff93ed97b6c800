"""Demo content of the publications app: sector introductions, reports, news and standard pages.

Written for the demo from the programme's public announcements (rewritten, not copied). Each entry has a
stable slug (the key a rerun looks up) and, for some, an English version (`en`)."""

from __future__ import annotations

from datetime import date

SECTOR_INDEX = {
    "slug": "sectors",
    "title": "8 lĩnh vực trọng điểm",
    "intro": (
        "<p>Quyết định 749/QĐ-TTg xác định 8 lĩnh vực cần ưu tiên chuyển đổi số trước. Mỗi trang lĩnh vực "
        "tập hợp kinh nghiệm điển hình, thách thức đang mở, chuyên gia, hội thảo chuyên đề và báo cáo của "
        "lĩnh vực đó, lấy trực tiếp từ dữ liệu của cộng đồng.</p>"
    ),
    "en": {
        "title": "The 8 key sectors",
        "intro": (
            "<p>Decision 749/QĐ-TTg names 8 sectors where digital transformation comes first. Each sector page "
            "gathers that sector's case studies, open challenges, experts, thematic seminars and reports, read "
            "straight from the community's data.</p>"
        ),
    },
}

# slug of community.Sector -> page content. `lead` is one sentence; `intro` the editor's introduction.
SECTORS: dict[str, dict] = {
    "tai-chinh-ngan-hang": {
        "title": "Tài chính - Ngân hàng",
        "lead": "Thanh toán không dùng tiền mặt, định danh điện tử và tín dụng số đưa dịch vụ tài chính đến gần "
        "người dân và doanh nghiệp nhỏ.",
        "intro": (
            "<p>Tài chính - Ngân hàng là lĩnh vực đi đầu về chuyển đổi số: phần lớn giao dịch cá nhân nay đã "
            "diễn ra trên ứng dụng di động, mở tài khoản trực tuyến bằng eKYC trở thành chuẩn mực. Thách thức "
            "còn lại nằm ở phía sau quầy giao dịch: dữ liệu khách hàng phân tán giữa nhiều hệ thống, quy trình "
            "thẩm định tín dụng cho hộ kinh doanh và hợp tác xã vẫn dựa nhiều vào giấy tờ.</p>"
            "<h3>Các đơn vị trong lĩnh vực đang quan tâm</h3>"
            "<ul><li>Kết nối dữ liệu dân cư để định danh và chấm điểm tín dụng minh bạch;</li>"
            "<li>Thanh toán bằng mã QR cho bệnh viện, trường học và dịch vụ công;</li>"
            "<li>An ninh mạng và phòng chống lừa đảo trực tuyến.</li></ul>"
            "<p>Nếu đơn vị của bạn đang gặp một bài toán tương tự, hãy đăng thách thức để được kết nối với "
            "chuyên gia và nhà cung cấp giải pháp đã làm được việc đó.</p>"
        ),
    },
    "y-te": {
        "title": "Y tế",
        "lead": "Từ bệnh án điện tử đến liên thông dữ liệu với trạm y tế xã: chuyển đổi số để người bệnh không "
        "phải mang theo giấy tờ.",
        "intro": (
            "<p>Bệnh viện tuyến tỉnh phần lớn đã có hệ thống thông tin bệnh viện (HIS), nhiều nơi triển khai "
            "bệnh án điện tử và hệ thống lưu trữ hình ảnh (PACS). Khoảng cách lớn nhất hiện nay là tuyến cơ sở: "
            "trạm y tế xã thiếu đường truyền, thiếu nhân lực công nghệ thông tin, và dữ liệu chưa liên thông "
            "lên tuyến trên theo chuẩn chung.</p>"
            "<p>Kinh nghiệm từ các đơn vị tiêu biểu cho thấy nên bắt đầu từ chuẩn dữ liệu (HL7 FHIR) và một "
            "lộ trình 12 – 18 tháng, thí điểm ở một số trạm trước khi nhân rộng; đào tạo nhân viên y tế song "
            "song với triển khai phần mềm.</p>"
            "<h3>Chủ đề nổi bật</h3>"
            "<ul><li>Liên thông bệnh án điện tử giữa các tuyến;</li><li>Đặt lịch khám và thanh toán viện phí "
            "không dùng tiền mặt;</li><li>Khám chữa bệnh từ xa cho vùng sâu, vùng xa.</li></ul>"
        ),
        "en": {
            "title": "Health",
            "lead": "From electronic medical records to data shared with commune clinics: digital transformation "
            "so that patients no longer carry paper.",
            "intro": (
                "<p>Most provincial hospitals already run a hospital information system (HIS), and many have "
                "electronic medical records and image archives (PACS). The biggest gap today is at the grassroots: "
                "commune clinics lack connectivity and IT staff, and their data does not yet flow up to the "
                "hospitals in a common standard.</p>"
                "<p>Exemplary units show that it pays to start with a data standard (HL7 FHIR) and a 12 to "
                "18-month roadmap, piloting in a few clinics before scaling, and training health workers while the "
                "software is rolled out.</p>"
                "<h3>Topics in focus</h3>"
                "<ul><li>Sharing medical records between levels of care;</li><li>Online appointments and cashless "
                "hospital payments;</li><li>Telemedicine for remote areas.</li></ul>"
            ),
        },
    },
    "giao-duc": {
        "title": "Giáo dục",
        "lead": "Số hóa học bạ, học liệu số và kết nối nhà trường với phụ huynh: bài học đầu tiên là đào tạo "
        "giáo viên.",
        "intro": (
            "<p>Chuyển đổi số trong giáo dục không chỉ là phòng học có máy chiếu. Các trường đi trước đã số hóa "
            "học bạ, sổ điểm và thông báo cho phụ huynh qua ứng dụng; nhiều sở giáo dục xây dựng kho học liệu số "
            "dùng chung cho cả tỉnh.</p>"
            "<p>Điểm chung của những nơi thành công là đầu tư cho con người trước: giáo viên được đào tạo, có "
            "thời gian làm quen, và được hỗ trợ khi gặp khó khăn. Dữ liệu học sinh là dữ liệu cá nhân, cần "
            "được bảo vệ ngay từ khâu thiết kế.</p>"
        ),
        "en": {
            "title": "Education",
            "lead": "Digital report cards, digital learning materials and a direct line between school and "
            "parents: the first lesson is to train teachers.",
            "intro": (
                "<p>Digital transformation in education is more than classrooms with projectors. Schools ahead of "
                "the curve have digitised report cards and grade books and send notices to parents through an app; "
                "many provincial departments run a shared library of digital learning materials.</p>"
                "<p>What the successful ones have in common is investing in people first: teachers are trained, "
                "given time to adapt and supported when they struggle. Pupils' data is personal data and must be "
                "protected by design.</p>"
            ),
        },
    },
    "nong-nghiep": {
        "title": "Nông nghiệp",
        "lead": "Truy xuất nguồn gốc, sàn thương mại điện tử và xã thí điểm chuyển đổi số: đưa sản phẩm chủ lực "
        "của địa phương đi xa hơn.",
        "intro": (
            "<p>Với nông nghiệp, chuyển đổi số bắt đầu từ sản phẩm: mỗi xã thí điểm chọn ít nhất một sản phẩm "
            "chủ lực, đặc trưng của địa phương, rồi số hóa từ khâu sản xuất, truy xuất nguồn gốc bằng mã QR "
            "đến bán hàng trên sàn thương mại điện tử.</p>"
            "<p>Hợp tác xã và hộ sản xuất cần những giải pháp rẻ, dễ dùng trên điện thoại và có người hướng dẫn "
            "tận nơi. Tổ công nghệ số cộng đồng đóng vai trò cầu nối quan trọng giữa nền tảng số và người nông "
            "dân.</p>"
            "<h3>Chủ đề nổi bật</h3><ul><li>Truy xuất nguồn gốc nông sản;</li><li>Nhật ký canh tác điện tử;</li>"
            "<li>Cảm biến IoT cho tưới tiêu và nuôi trồng thủy sản.</li></ul>"
        ),
        "en": {
            "title": "Agriculture",
            "lead": "Traceability, e-commerce platforms and pilot communes: taking each locality's key product "
            "further.",
            "intro": (
                "<p>In agriculture, digital transformation starts with a product: each pilot commune chooses at "
                "least one key local product and digitises it from the field, through QR-code traceability, to "
                "sales on e-commerce platforms.</p>"
                "<p>Cooperatives and farming households need solutions that are cheap, work on a phone and come "
                "with someone to show them how. Community digital technology teams are the bridge between digital "
                "platforms and farmers.</p>"
                "<h3>Topics in focus</h3><ul><li>Traceability of farm produce;</li><li>Electronic farming "
                "logs;</li><li>IoT sensors for irrigation and aquaculture.</li></ul>"
            ),
        },
    },
    "giao-thong-logistics": {
        "title": "Giao thông - Logistics",
        "lead": "Cảng biển, kho bãi và vận tải đường bộ số hóa chứng từ để hàng hóa thông quan nhanh hơn.",
        "intro": (
            "<p>Chi phí logistics của Việt Nam vẫn cao so với khu vực, một phần vì chứng từ giấy và dữ liệu "
            "không liên thông giữa chủ hàng, hãng vận tải, cảng và cơ quan hải quan. Các doanh nghiệp tiêu biểu "
            "đã chuyển sang lệnh giao hàng điện tử, theo dõi đội xe bằng GPS và quản lý kho bằng mã vạch.</p>"
            "<p>Trang này tập hợp kinh nghiệm số hóa chuỗi cung ứng, các thách thức về kết nối dữ liệu và "
            "chuyên gia có thể đồng hành cùng doanh nghiệp vận tải vừa và nhỏ.</p>"
        ),
    },
    "nang-luong": {
        "title": "Năng lượng",
        "lead": "Đo đếm thông minh và giám sát năng lượng bằng IoT giúp doanh nghiệp tiết kiệm và giảm phát thải.",
        "intro": (
            "<p>Trong lĩnh vực năng lượng, chuyển đổi số gắn liền với chuyển đổi xanh. Công tơ điện tử đo xa, "
            "hệ thống SCADA cho lưới điện phân phối và nền tảng giám sát tiêu thụ năng lượng giúp cả đơn vị "
            "cung cấp lẫn khách hàng công nghiệp nhìn thấy số liệu theo thời gian thực.</p>"
            "<p>Các nhà máy đã triển khai cho biết chỉ riêng việc đo đúng, đo đủ đã tiết kiệm 5 – 10% điện năng "
            "trong năm đầu tiên.</p>"
        ),
    },
    "tai-nguyen-moi-truong": {
        "title": "Tài nguyên - Môi trường",
        "lead": "Dữ liệu đất đai, quan trắc môi trường tự động và bản đồ số phục vụ quản lý minh bạch.",
        "intro": (
            "<p>Cơ sở dữ liệu đất đai, quan trắc môi trường tự động và bản đồ số là nền móng của chính quyền "
            "số ở địa phương. Nhiều tỉnh đã công khai dữ liệu quan trắc không khí, nước theo thời gian thực và "
            "cho phép người dân phản ánh vi phạm môi trường qua ứng dụng.</p>"
            "<p>Thách thức chung là chuẩn hóa dữ liệu tích lũy nhiều năm trên giấy và chia sẻ dữ liệu giữa các "
            "sở, ngành theo đúng quy định.</p>"
        ),
    },
    "san-xuat-cong-nghiep": {
        "title": "Sản xuất - Công nghiệp",
        "lead": "Doanh nghiệp sản xuất vừa và nhỏ nên bắt đầu từ đâu? Tự đánh giá mức độ chuyển đổi số, rồi đi "
        "từng bước.",
        "intro": (
            "<p>Doanh nghiệp sản xuất vừa và nhỏ thường hỏi: nên bắt đầu chuyển đổi số từ đâu? Câu trả lời "
            "của các chuyên gia khá thống nhất: tự đánh giá mức độ chuyển đổi số (theo bộ chỉ số DBI với 6 trụ "
            "cột), chọn một khâu gây lãng phí nhất, số hóa nó, đo kết quả rồi mới mở rộng.</p>"
            "<p>Những khâu được chọn nhiều nhất là quản lý đơn hàng và kho, giám sát máy móc bằng IoT và quản "
            "lý chất lượng. Trang này tập hợp kinh nghiệm của các nhà máy đã đi trước.</p>"
        ),
    },
}

REPORT_INDEX = {
    "slug": "reports",
    "title": "Báo cáo và ấn phẩm",
    "intro": (
        "<p>Báo cáo nghiên cứu, kỷ yếu và tài liệu hướng dẫn của Chương trình Thúc đẩy Tiến trình Chuyển đổi số "
        "Quốc gia, tải về miễn phí dưới dạng PDF.</p>"
    ),
    "en": {
        "title": "Reports and publications",
        "intro": (
            "<p>Research reports, yearbooks and guides of the programme Promoting the National Digital "
            "Transformation Process, free to download as PDF.</p>"
        ),
    },
}

REPORTS: list[dict] = [
    {
        "slug": "bao-cao-thuc-tien-chuyen-doi-so-8-linh-vuc-2023",
        "title": "Báo cáo thực tiễn chuyển đổi số 8 lĩnh vực trọng điểm năm 2023",
        "summary": (
            "Tổng hợp kết quả khảo sát, thẩm định hồ sơ các đơn vị được đề cử trong năm đầu tiên của Chương "
            "trình: đơn vị đã làm được gì, còn vướng ở đâu và những đề xuất cho lộ trình đến năm 2025."
        ),
        "publication_date": date(2023, 12, 15),
        "publisher": "Ban tổ chức Chương trình Thúc đẩy Tiến trình Chuyển đổi số Quốc gia",
        "sector": None,
        "body": (
            "<ul><li>Đa số đơn vị được đề cử đã có kế hoạch chuyển đổi số, nhưng chưa đến một nửa gắn kế hoạch với "
            "chỉ tiêu đo được.</li><li>Thiếu nhân lực số là khó khăn được nêu nhiều nhất, trước cả kinh phí.</li>"
            "<li>Các đơn vị thành công đều bắt đầu từ thay đổi quy trình và tổ chức, không chỉ đầu tư dự án "
            "công nghệ thông tin.</li></ul>"
        ),
        "pages": [
            (
                "Tóm tắt",
                [
                    "Năm 2023, Chương trình tiếp nhận hồ sơ đề cử từ các tỉnh, thành phố, sở ngành và hiệp hội trong "
                    "8 lĩnh vực trọng điểm. Hội đồng thẩm định nghiên cứu hồ sơ, khảo sát thực tế và thảo luận dân "
                    "chủ trước khi kết luận.",
                    "Báo cáo này tổng hợp những gì các đơn vị đã làm được, những vướng mắc phổ biến và đề xuất giải "
                    "pháp cho giai đoạn tiếp theo.",
                ],
            ),
            (
                "Phát hiện chính",
                [
                    "1. Chuyển đổi số thành công bắt đầu từ tổ chức, không phải từ phần mềm.",
                    "2. Nhân lực số là điểm nghẽn lớn nhất ở cấp xã và doanh nghiệp nhỏ.",
                    "3. Dữ liệu dùng chung giữa các cơ quan còn hạn chế; cần định chuẩn và lộ trình rõ ràng.",
                ],
            ),
        ],
        "en": {
            "slug": "digital-transformation-practice-8-key-sectors-2023",
            "publisher": "Organising committee of the programme Promoting the National Digital Transformation Process",
            "title": "Digital transformation in practice: the 8 key sectors in 2023",
            "summary": (
                "The findings of the surveys and appraisals of nominated units in the programme's first year: what "
                "they achieved, where they are stuck, and recommendations for the roadmap to 2025."
            ),
            "body": (
                "<ul><li>Most nominated units have a digital transformation plan, but fewer than half tie it to "
                "measurable targets.</li><li>A shortage of digital skills is the most cited difficulty, ahead of "
                "funding.</li><li>Successful units all started by changing processes and organisation, not just by "
                "investing in IT projects.</li></ul>"
            ),
        },
    },
    {
        "slug": "lien-thong-du-lieu-y-te-tu-benh-vien-tinh-den-tram-y-te-xa",
        "title": "Liên thông dữ liệu y tế từ bệnh viện tỉnh đến trạm y tế xã",
        "summary": (
            "Báo cáo chuyên đề lĩnh vực Y tế: hiện trạng bệnh án điện tử, chuẩn dữ liệu HL7 FHIR và lộ trình "
            "12 tháng để liên thông dữ liệu giữa bệnh viện tuyến tỉnh và các trạm y tế xã."
        ),
        "publication_date": date(2024, 3, 20),
        "publisher": "Hội thảo chuyên đề Chuyển đổi số ngành Y tế",
        "sector": "y-te",
        "body": (
            "<ul><li>Bắt đầu bằng bộ dữ liệu tóm tắt bệnh án tối thiểu, không cố liên thông toàn bộ hồ sơ.</li>"
            "<li>Thí điểm ở 10 trạm y tế có đường truyền tốt, sau đó nhân rộng theo cụm.</li>"
            "<li>Đào tạo nhân viên trạm y tế là hạng mục không thể cắt giảm.</li></ul>"
        ),
        "pages": [
            (
                "Hiện trạng",
                [
                    "Bệnh viện tuyến tỉnh đã vận hành HIS và PACS; bệnh án điện tử đang được hoàn thiện theo quy định.",
                    "Trạm y tế xã chủ yếu dùng phần mềm quản lý khám chữa bệnh bảo hiểm y tế, dữ liệu chưa liên thông "
                    "lên tuyến trên.",
                ],
            ),
            (
                "Lộ trình đề xuất",
                [
                    "Tháng 1 – 3: thống nhất chuẩn dữ liệu và danh mục dùng chung.",
                    "Tháng 4 – 8: thí điểm gửi, nhận tóm tắt bệnh án tại 10 trạm y tế.",
                    "Tháng 9 – 12: đánh giá, hoàn thiện và nhân rộng ra toàn tỉnh.",
                ],
            ),
        ],
        "en": {
            "slug": "sharing-health-data-from-provincial-hospitals-to-commune-clinics",
            "publisher": "Thematic seminar on digital transformation in health",
            "title": "Sharing health data from provincial hospitals to commune clinics",
            "summary": (
                "A health-sector report: where electronic medical records stand, the HL7 FHIR data standard, and "
                "a 12-month roadmap for sharing data between provincial hospitals and commune clinics."
            ),
            "body": (
                "<ul><li>Start with a minimal summary record rather than trying to share the whole file.</li>"
                "<li>Pilot in 10 clinics with good connectivity, then scale cluster by cluster.</li>"
                "<li>Training clinic staff is the one item that cannot be cut.</li></ul>"
            ),
        },
    },
    {
        "slug": "thi-diem-chuyen-doi-so-cap-xa-san-pham-chu-luc",
        "title": "Thí điểm chuyển đổi số cấp xã: đưa sản phẩm chủ lực lên sàn thương mại điện tử",
        "summary": (
            "Kinh nghiệm từ các xã thí điểm: chọn sản phẩm chủ lực, hỗ trợ trang thiết bị, tập huấn người dân "
            "và bán hàng trực tuyến, toàn bộ bằng nguồn xã hội hóa."
        ),
        "publication_date": date(2024, 6, 28),
        "publisher": "Ban tổ chức Chương trình Thúc đẩy Tiến trình Chuyển đổi số Quốc gia",
        "sector": "nong-nghiep",
        "body": (
            "<ul><li>Mỗi xã chọn ít nhất một sản phẩm chủ lực, đặc trưng của địa phương.</li>"
            "<li>Tổ công nghệ số cộng đồng là lực lượng quyết định việc người dân có dùng nền tảng số hay "
            "không.</li><li>Mô hình thành công được nhân rộng sang các xã lân cận sau 12 tháng.</li></ul>"
        ),
        "pages": [
            (
                "Mô hình xã thí điểm",
                [
                    "Mỗi xã có một chương trình chuyển đổi số riêng: mục tiêu, giải pháp, các bước thực hiện và "
                    "nền tảng số được sử dụng.",
                    "Doanh nghiệp đồng hành hỗ trợ trang thiết bị, tập huấn và quảng bá sản phẩm.",
                ],
            ),
            (
                "Bài học",
                [
                    "Người dân cần được hướng dẫn tận nơi, nhiều lần.",
                    "Sản phẩm phải đạt chuẩn chất lượng trước khi lên sàn thương mại điện tử.",
                ],
            ),
        ],
    },
    {
        "slug": "huong-dan-tu-danh-gia-muc-do-chuyen-doi-so-doanh-nghiep",
        "title": "Hướng dẫn tự đánh giá mức độ chuyển đổi số doanh nghiệp sản xuất",
        "summary": (
            "Cách dùng bộ chỉ số đánh giá mức độ chuyển đổi số doanh nghiệp (DBI) với 6 trụ cột và 6 mức, kèm "
            "ví dụ từ ba nhà máy vừa và nhỏ đã tự đánh giá và lập lộ trình."
        ),
        "publication_date": date(2025, 2, 10),
        "publisher": "Viện Chiến lược Chuyển đổi số",
        "sector": "san-xuat-cong-nghiep",
        "body": (
            "<ul><li>6 trụ cột: trải nghiệm khách hàng, chiến lược, hạ tầng và công nghệ số, vận hành, văn hóa "
            "tổ chức, dữ liệu và tài sản thông tin.</li><li>6 mức: từ 0 (chưa chuyển đổi số) đến 5 (dẫn "
            "dắt).</li><li>Đánh giá lại sau mỗi 6 – 12 tháng để đo tiến bộ.</li></ul>"
        ),
        "pages": [
            (
                "Vì sao cần tự đánh giá",
                [
                    "Biết mình đang ở đâu là bước đầu tiên của mọi lộ trình chuyển đổi số.",
                    "Kết quả đánh giá giúp doanh nghiệp chọn đúng khâu cần ưu tiên và trao đổi hiệu quả với chuyên gia.",
                ],
            ),
            (
                "Các bước thực hiện",
                [
                    "1. Thành lập nhóm đánh giá gồm lãnh đạo và các bộ phận chính.",
                    "2. Trả lời bộ câu hỏi theo 6 trụ cột, kèm bằng chứng.",
                    "3. Xác định mức hiện tại, mức mục tiêu và lộ trình 12 tháng.",
                ],
            ),
        ],
    },
]

NEWS_INDEX = {
    "slug": "news",
    "title": "Tin tức",
    "intro": "<p>Tin tức của Chương trình Chuyển đổi số Quốc gia và cộng đồng DX Connect.</p>",
    "en": {
        "title": "News",
        "intro": "<p>News of the National Digital Transformation programme and the DX Connect community.</p>",
    },
}

NEWS: list[dict] = [
    {
        "slug": "khoi-dong-chuong-trinh-thuc-day-tien-trinh-chuyen-doi-so-quoc-gia",
        "title": "Khởi động Chương trình Thúc đẩy Tiến trình Chuyển đổi số Quốc gia",
        "date": date(2023, 2, 28),
        "sector": None,
        "tags": ["chương trình", "hệ sinh thái chuyển đổi số"],
        "summary": (
            "Chương trình mở cổng nhận hồ sơ đề cử từ 28/02 đến 30/05/2023 cho các đơn vị, doanh nghiệp thuộc "
            "8 lĩnh vực trọng điểm, với mục tiêu hình thành hệ sinh thái chuyển đổi số."
        ),
        "body": [
            (
                "paragraph",
                "<p>Chương trình Thúc đẩy Tiến trình Chuyển đổi số Quốc gia do Bộ Thông tin và Truyền "
                "thông và Hội Truyền thông số Việt Nam chỉ đạo, Trung tâm Thông tin Truyền thông Số Việt "
                "Nam (6TS) tổ chức thực hiện, cùng các viện nghiên cứu, địa phương và hơn 60 cơ quan báo "
                "chí đồng hành.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Chuyển đổi số trước hết là chuyển đổi tổ chức, không chỉ là đầu tư các dự án "
                    "công nghệ thông tin.",
                    "attribution": "Ban tổ chức Chương trình",
                },
            ),
            ("heading", "Ai có thể tham gia"),
            (
                "paragraph",
                "<p>Đơn vị, doanh nghiệp thuộc 8 lĩnh vực trọng điểm, mỗi lĩnh vực một đơn vị tại mỗi "
                "địa phương; cơ quan nhà nước có sáng kiến, giải pháp hiệu quả; và lãnh đạo tiêu biểu đã "
                "đưa đơn vị mình trở thành điển hình chuyển đổi số.</p>",
            ),
            (
                "paragraph",
                "<p>UBND tỉnh, các sở và hiệp hội đề cử đơn vị; đơn vị cũng có thể tự đăng ký và hoàn "
                "thiện thủ tục với Ban tổ chức.</p>",
            ),
        ],
    },
    {
        "slug": "hoi-dong-tham-dinh-nghien-cuu-ho-so-de-cu",
        "title": "Hội đồng thẩm định bắt đầu nghiên cứu hồ sơ các đơn vị được đề cử",
        "date": date(2023, 6, 15),
        "sector": None,
        "tags": ["thẩm định", "hồ sơ đề cử"],
        "summary": (
            "Ban thư ký đã tập hợp hồ sơ đề cử và chuyển Hội đồng thẩm định. Mỗi đơn vị sẽ được khảo sát, đánh "
            "giá và nhận đề xuất giải pháp trước khi Hội đồng kết luận."
        ),
        "body": [
            (
                "paragraph",
                "<p>Từ 15/03 đến 30/06/2023, Ban thư ký tập hợp các đơn vị được đề cử và chuyển Hội đồng "
                "thẩm định. Hội đồng gồm đại diện Ủy ban Quốc gia về Chuyển đổi số, các bộ, ngành, viện "
                "nghiên cứu và chuyên gia đầu ngành.</p>",
            ),
            ("heading", "Quy trình thẩm định"),
            (
                "paragraph",
                "<ol><li>Nghiên cứu hồ sơ;</li><li>Khảo sát thực tế;</li><li>Phân tích, đánh giá, thẩm "
                "định;</li><li>Thảo luận dân chủ;</li><li>Kết luận.</li></ol>",
            ),
            (
                "paragraph",
                "<p>Với mỗi đơn vị, Hội đồng kiến tạo giải pháp và đề xuất các hình thức hỗ trợ: đào "
                "tạo, ứng dụng, nền tảng số phù hợp.</p>",
            ),
        ],
    },
    {
        "slug": "ngay-chuyen-doi-so-quoc-gia-2024",
        "title": "Ngày Chuyển đổi số quốc gia 2024: phổ cập hạ tầng số, sáng tạo ứng dụng số",
        "date": date(2024, 9, 10),
        "sector": None,
        "tags": ["Ngày Chuyển đổi số quốc gia", "10/10", "kinh tế số"],
        "summary": (
            "Kế hoạch hưởng ứng ngày 10/10/2024 gồm chiến dịch truyền thông từ 15/9 đến 31/10, tôn vinh ứng dụng "
            "số xuất sắc và 10 ngày Tổ công nghệ số cộng đồng ra quân hướng dẫn người dân."
        ),
        "body": [
            (
                "paragraph",
                "<p>Bộ Thông tin và Truyền thông đã phê duyệt kế hoạch hưởng ứng Ngày Chuyển đổi số "
                "quốc gia năm 2024 với chủ đề phổ cập hạ tầng số, sáng tạo ứng dụng số để phát triển kinh "
                "tế số.</p>",
            ),
            ("heading", "Những hoạt động chính"),
            (
                "paragraph",
                "<ul><li>Chiến dịch truyền thông trên báo chí, trang tin điện tử và mạng xã hội từ 15/9 "
                "đến 31/10/2024;</li><li>Tôn vinh các ứng dụng số phát triển kinh tế số xuất sắc trước "
                "ngày 10/10;</li><li>Chiến dịch “đi từng ngõ, gõ từng nhà” của Tổ công nghệ số cộng đồng "
                "từ 01/10 đến 10/10;</li><li>Tọa đàm của Thủ tướng Chính phủ với doanh nghiệp và tổ viên "
                "tiêu biểu vào ngày 10/10.</li></ul>",
            ),
        ],
        "en": {
            "slug": "national-digital-transformation-day-2024",
            "tags": ["National Digital Transformation Day", "10/10", "digital economy"],
            "title": "National Digital Transformation Day 2024: digital infrastructure for all, creative digital apps",
            "summary": (
                "The plan for 10 October 2024: a media campaign from 15 September to 31 October, awards for the best "
                "digital apps, and ten days in which community digital technology teams guide residents door to door."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>The Ministry of Information and Communications approved the plan for National "
                    "Digital Transformation Day 2024, themed on universal digital infrastructure and "
                    "creative digital applications for the digital economy.</p>",
                ),
                ("heading", "Main activities"),
                (
                    "paragraph",
                    "<ul><li>A media campaign in the press, news sites and social networks from 15 "
                    "September to 31 October 2024;</li><li>Awards for outstanding digital applications "
                    "before 10 October;</li><li>The “every alley, every door” drive of community digital "
                    "technology teams from 1 to 10 October;</li><li>The Prime Minister's roundtable with "
                    "enterprises and exemplary team members on 10 October.</li></ul>",
                ),
            ],
        },
    },
    {
        "slug": "giai-thuong-chuyen-doi-so-viet-nam-2024-nhan-ho-so",
        "title": "Giải thưởng Chuyển đổi số Việt Nam 2024 nhận hồ sơ đến 30/6",
        "date": date(2024, 4, 2),
        "sector": None,
        "tags": ["giải thưởng", "VDA"],
        "summary": (
            "Giải thưởng năm nay có 5 hạng mục, từ cơ quan nhà nước đến giải pháp công nghệ nước ngoài. Sau 6 "
            "mùa, giải đã tiếp cận hơn 16.000 tổ chức và tôn vinh khoảng 400 đơn vị."
        ),
        "body": [
            (
                "paragraph",
                "<p>Giải thưởng Chuyển đổi số Việt Nam (VDA) 2024 nhận hồ sơ trực tuyến đến hết ngày "
                "30/6/2024. Sau 6 mùa, giải đã tiếp cận hơn 16.000 tổ chức, nhận khoảng 1.800 hồ sơ và "
                "tôn vinh gần 400 đơn vị.</p>",
            ),
            ("heading", "5 hạng mục năm 2024"),
            (
                "paragraph",
                "<ol><li>Cơ quan nhà nước chuyển đổi số xuất sắc;</li><li>Doanh nghiệp, đơn vị sự nghiệp "
                "chuyển đổi số xuất sắc;</li><li>Sản phẩm, dịch vụ, giải pháp công nghệ số xuất sắc;</li>"
                "<li>Giải pháp chuyển đổi số vì cộng đồng;</li><li>Giải pháp công nghệ nước ngoài tiêu "
                "biểu tại Việt Nam.</li></ol>",
            ),
        ],
        "en": {
            "slug": "vietnam-digital-awards-2024-open-for-entries",
            "tags": ["awards", "VDA"],
            "title": "Vietnam Digital Awards 2024 open for entries until 30 June",
            "summary": (
                "This year's awards have 5 categories, from state agencies to foreign technology solutions. In six "
                "seasons the awards reached more than 16,000 organisations and honoured about 400."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>The Vietnam Digital Awards (VDA) 2024 accept online entries until 30 June 2024. "
                    "In six seasons the awards reached more than 16,000 organisations, received about "
                    "1,800 entries and honoured nearly 400.</p>",
                ),
                ("heading", "The 5 categories of 2024"),
                (
                    "paragraph",
                    "<ol><li>Outstanding state agency;</li><li>Outstanding enterprise or public-service "
                    "unit;</li><li>Outstanding digital product, service or solution;</li><li>Digital "
                    "solution for the community;</li><li>Outstanding foreign technology solution in "
                    "Vietnam.</li></ol>",
                ),
            ],
        },
    },
    {
        "slug": "thi-diem-chuyen-doi-so-tai-mot-so-xa",
        "title": "Thí điểm chuyển đổi số tại một số xã: mỗi xã ít nhất một sản phẩm chủ lực",
        "date": date(2024, 7, 18),
        "sector": "nong-nghiep",
        "tags": ["xã thí điểm", "sản phẩm chủ lực", "thương mại điện tử"],
        "summary": (
            "Các xã thí điểm được hỗ trợ xây dựng chương trình chuyển đổi số, trang thiết bị, tập huấn người dân "
            "và bán hàng trực tuyến, với toàn bộ kinh phí từ nguồn xã hội hóa."
        ),
        "body": [
            (
                "paragraph",
                "<p>Để triển khai Chương trình Chuyển đổi số quốc gia đồng bộ trên cả nước, Bộ phối hợp "
                "với các tổ chức, doanh nghiệp hỗ trợ thí điểm chuyển đổi số tại một số xã, rút kinh "
                "nghiệm rồi nhân rộng mô hình.</p>",
            ),
            (
                "paragraph",
                "<p>Mỗi xã xây dựng một chương trình chuyển đổi số với mục tiêu, giải pháp và các bước "
                "thực hiện; được hỗ trợ trang thiết bị và chọn tối thiểu một sản phẩm hoặc dịch vụ chủ "
                "lực, đặc trưng của địa phương.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Người dân được hướng dẫn kỹ năng số, sản phẩm địa phương được quảng bá và bán "
                    "trên nền tảng trực tuyến.",
                    "attribution": "",
                },
            ),
        ],
    },
    {
        "slug": "phong-trao-thi-dua-chuyen-doi-so-muc-tieu-kep",
        "title": "Phong trào thi đua chuyển đổi số 2021 – 2025 hướng tới mục tiêu kép",
        "date": date(2024, 11, 5),
        "sector": None,
        "tags": ["phong trào thi đua", "Quyết định 749/QĐ-TTg"],
        "summary": (
            "Phong trào thi đua thực hiện Chương trình Chuyển đổi số quốc gia đặt mục tiêu kép: phát triển chính "
            "phủ số, kinh tế số, xã hội số và hình thành doanh nghiệp công nghệ số đủ sức vươn ra toàn cầu."
        ),
        "body": [
            (
                "paragraph",
                "<p>Quyết định 749/QĐ-TTg ngày 03/6/2020 phê duyệt Chương trình Chuyển đổi số quốc gia "
                "đến năm 2025, định hướng đến năm 2030. Phong trào thi đua giai đoạn 2021 – 2025 là nhiệm "
                "vụ trọng tâm của các bộ, ngành, địa phương.</p>",
            ),
            (
                "paragraph",
                "<p>Phong trào hướng tới phát hiện, bồi dưỡng, biểu dương và nhân rộng các điển hình "
                "tiên tiến, sáng kiến và kinh nghiệm hay trong chuyển đổi số.</p>",
            ),
        ],
    },
]

# Standard pages: slug -> content. `footer_order` sorts them in the footer.
STANDARD_PAGES: list[dict] = [
    {
        "slug": "gioi-thieu",
        "title": "Giới thiệu",
        "footer_order": 1,
        "intro": "DX Connect là nền tảng cộng đồng chia sẻ tri thức của Chương trình Thúc đẩy Tiến trình Chuyển "
        "đổi số Quốc gia.",
        "body": [
            (
                "paragraph",
                "<p>Cơ quan nhà nước, tỉnh thành, doanh nghiệp và hiệp hội đăng các vấn đề và thách "
                "thức chuyển đổi số của mình; chuyên gia và nhà cung cấp giải pháp được kết nối để cùng "
                "kiến tạo giải pháp; biên tập viên xuất bản kinh nghiệm điển hình, diễn đàn, hội thảo và "
                "báo cáo.</p>",
            ),
            ("heading", "Vì sao có DX Connect"),
            (
                "paragraph",
                "<p>Chuyển đổi số trước hết là chuyển đổi tổ chức. Các đơn vị cần biết vì sao phải "
                "chuyển đổi, bắt đầu từ đâu, đi theo lộ trình nào và công nghệ nào quan trọng nhất. DX "
                "Connect giúp các giải pháp được chia sẻ và nhân rộng một cách hệ thống, thay vì mỗi nơi "
                "tự làm riêng lẻ.</p>",
            ),
            ("heading", "Đơn vị chỉ đạo và tổ chức"),
            (
                "paragraph",
                "<p>Chương trình do Bộ Thông tin và Truyền thông (nay là Bộ Khoa học và Công nghệ) và Hội "
                "Truyền thông số Việt Nam chỉ đạo; Trung tâm Thông tin Truyền thông Số Việt Nam (6TS) tổ "
                "chức thực hiện, phối hợp với các viện nghiên cứu, địa phương và hiệp hội.</p>",
            ),
        ],
        "en": {
            "slug": "about",
            "title": "About",
            "intro": "DX Connect is the knowledge-sharing community platform of the programme Promoting the "
            "National Digital Transformation Process.",
            "body": [
                (
                    "paragraph",
                    "<p>State agencies, provinces, enterprises and associations post their digital "
                    "transformation challenges; experts and solution providers are matched to them to "
                    "co-create solutions; editors publish case studies, forums, seminars and reports.</p>",
                ),
                ("heading", "Why DX Connect"),
                (
                    "paragraph",
                    "<p>Digital transformation is first of all a transformation of the organisation. "
                    "Units need to know why to transform, where to start, which roadmap to follow and "
                    "which technologies matter most. DX Connect helps solutions to be shared and "
                    "replicated systematically rather than each unit working alone.</p>",
                ),
                ("heading", "Direction and organisation"),
                (
                    "paragraph",
                    "<p>The programme is directed by the Ministry of Information and Communications (now "
                    "the Ministry of Science and Technology) and the Vietnam Digital Communications "
                    "Association, and run by the 6TS centre with research institutes, provinces and "
                    "associations.</p>",
                ),
            ],
        },
    },
    {
        "slug": "dieu-khoan-su-dung",
        "title": "Điều khoản sử dụng",
        "footer_order": 2,
        "intro": "Những điều bạn đồng ý khi tham gia cộng đồng DX Connect.",
        "body": [
            ("heading", "1. Tài khoản"),
            (
                "paragraph",
                "<p>Bạn chịu trách nhiệm về thông tin tài khoản và mọi hoạt động dưới tài khoản của "
                "mình. Mỗi tổ chức chỉ được đăng ký bởi người có thẩm quyền đại diện.</p>",
            ),
            ("heading", "2. Nội dung bạn đăng"),
            (
                "paragraph",
                "<p>Mỗi tổ chức sở hữu nội dung mình đăng và cho phép DX Connect hiển thị nội dung đó "
                "để phục vụ mục đích chia sẻ tri thức. Không đăng thông tin mật, dữ liệu cá nhân của người "
                "khác hoặc nội dung vi phạm pháp luật.</p>",
            ),
            ("heading", "3. Kiểm duyệt"),
            (
                "paragraph",
                "<p>Ban tổ chức có thể ẩn nội dung vi phạm điều khoản và tạm khóa tài khoản vi phạm "
                "nhiều lần, sau khi thông báo lý do.</p>",
            ),
        ],
        "en": {
            "slug": "terms",
            "title": "Terms of use",
            "intro": "What you agree to when you join the DX Connect community.",
            "body": [
                ("heading", "1. Accounts"),
                (
                    "paragraph",
                    "<p>You are responsible for your account details and everything done with your "
                    "account. An organisation may only be registered by someone entitled to represent "
                    "it.</p>",
                ),
                ("heading", "2. What you post"),
                (
                    "paragraph",
                    "<p>Each organisation owns what it posts and allows DX Connect to show it for the "
                    "purpose of sharing knowledge. Do not post confidential information, other people's "
                    "personal data or unlawful content.</p>",
                ),
                ("heading", "3. Moderation"),
                (
                    "paragraph",
                    "<p>The organisers may hide content that breaks these terms and suspend accounts "
                    "that do so repeatedly, after giving the reason.</p>",
                ),
            ],
        },
    },
    {
        "slug": "quyen-rieng-tu",
        "title": "Chính sách quyền riêng tư",
        "footer_order": 3,
        "intro": "Chúng tôi thu thập những dữ liệu nào, vì sao, và bạn kiểm soát chúng ra sao.",
        "body": [
            ("heading", "Dữ liệu chúng tôi lưu"),
            (
                "paragraph",
                "<p>Địa chỉ e-mail, họ tên, thông tin hồ sơ chuyên gia và tổ chức mà bạn tự nhập, cùng "
                "nội dung bạn đăng. Chúng tôi không bán dữ liệu và không dùng dịch vụ theo dõi của bên "
                "thứ ba.</p>",
            ),
            ("heading", "Quyền của bạn"),
            (
                "paragraph",
                "<p>Bạn có thể tải về toàn bộ dữ liệu của mình, ẩn hồ sơ chuyên gia khỏi danh bạ hoặc "
                "xóa tài khoản bất cứ lúc nào trong phần cài đặt tài khoản, theo Nghị định 13/2023/NĐ-CP "
                "về bảo vệ dữ liệu cá nhân.</p>",
            ),
        ],
        "en": {
            "slug": "privacy",
            "title": "Privacy policy",
            "intro": "What data we collect, why, and how you control it.",
            "body": [
                ("heading", "What we store"),
                (
                    "paragraph",
                    "<p>Your e-mail address, name, the expert and organisation profile details you enter, "
                    "and what you post. We do not sell data and use no third-party tracking.</p>",
                ),
                ("heading", "Your rights"),
                (
                    "paragraph",
                    "<p>You can download all your data, hide your expert profile from the directory or "
                    "delete your account at any time in your account settings, in line with Decree "
                    "13/2023/ND-CP on personal data protection.</p>",
                ),
            ],
        },
    },
    {
        "slug": "lien-he",
        "title": "Liên hệ",
        "footer_order": 4,
        "intro": "Ban thư ký Chương trình sẵn sàng giải đáp về hồ sơ đề cử, hội thảo và cách sử dụng nền tảng.",
        "body": [
            (
                "contact",
                {
                    "name": "Ban thư ký Chương trình",
                    "role": "Hồ sơ đề cử, thẩm định và tôn vinh",
                    "email": "bantochuc@dxconnect.vn",
                    "phone": "024 3200 6868",
                    "address": "Tầng 5, 18 Nguyễn Du, phường Hai Bà Trưng, Hà Nội",
                },
            ),
            (
                "contact",
                {
                    "name": "Hỗ trợ kỹ thuật DX Connect",
                    "role": "Tài khoản, tổ chức và lỗi trên nền tảng",
                    "email": "hotro@dxconnect.vn",
                    "phone": "",
                    "address": "",
                },
            ),
            (
                "paragraph",
                "<p>Thời gian làm việc: 8:00 – 17:00, thứ Hai đến thứ Sáu. Chúng tôi trả lời e-mail "
                "trong vòng 2 ngày làm việc.</p>",
            ),
        ],
        "en": {
            "slug": "contact",
            "title": "Contact",
            "intro": "The programme's secretariat answers questions about nominations, seminars and using the "
            "platform.",
            "body": [
                (
                    "contact",
                    {
                        "name": "Programme secretariat",
                        "role": "Nominations, appraisal and honouring",
                        "email": "bantochuc@dxconnect.vn",
                        "phone": "024 3200 6868",
                        "address": "5th floor, 18 Nguyen Du, Hai Ba Trung ward, Hanoi",
                    },
                ),
                (
                    "contact",
                    {
                        "name": "DX Connect technical support",
                        "role": "Accounts, organisations and bugs",
                        "email": "hotro@dxconnect.vn",
                        "phone": "",
                        "address": "",
                    },
                ),
                (
                    "paragraph",
                    "<p>Office hours: 8:00 to 17:00, Monday to Friday. We answer e-mails within 2 "
                    "working days.</p>",
                ),
            ],
        },
    },
]
