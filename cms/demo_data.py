"""The demo case studies: 24 (3 per key sector), drawn from the programme's announcements and the community's
seeded organisations and experts. Figures are (label, before, after, unit)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class English:
    title: str
    summary: str
    context: str
    solution: str
    lessons: str
    quote: str
    figures: tuple[tuple[str, str, str, str], ...]
    heading: str = "Results after twelve months"


@dataclass(frozen=True)
class CaseStudySpec:
    ref: str
    sector: str
    province: str
    org: str
    title: str
    summary: str
    context: str
    solution: str
    lessons: str
    quote: str
    quote_by: str
    figures: tuple[tuple[str, str, str, str], ...]
    technologies: tuple[str, ...]
    tags: tuple[str, ...]
    year: int
    days_ago: int
    providers: tuple[str, ...] = ()
    experts: tuple[str, ...] = ()
    featured: bool = False
    en: English | None = None
    extra: dict = field(default_factory=dict)


CASE_STUDIES: tuple[CaseStudySpec, ...] = (
    # --- Tài chính - Ngân hàng ---------------------------------------------------------------------------
    CaseStudySpec(
        ref="demo-cs-ekyc-tan-thanh",
        sector="tai-chinh-ngan-hang",
        province="82",
        org="quy-tin-dung-tan-thanh",
        title="Mở tài khoản bằng eKYC tại Quỹ Tín dụng nhân dân Tân Thành: từ 3 ngày còn 15 phút",
        summary=(
            "Một quỹ tín dụng nhân dân ở Đồng Tháp đưa định danh điện tử eKYC và ứng dụng di động vào phục vụ "
            "12.000 thành viên; thời gian mở tài khoản giảm từ 3 ngày xuống 15 phút, giao dịch qua ứng dụng "
            "tăng gần sáu lần."
        ),
        context=(
            "Thành viên của quỹ phần lớn là nông hộ ở các xã ven sông, phải đến trụ sở ít nhất hai lần để mở "
            "tài khoản và ký hồ sơ vay. Mỗi tháng quỹ lưu trữ hơn 1.200 bộ hồ sơ giấy, cán bộ tín dụng dành "
            "phần lớn thời gian cho nhập liệu thay vì tư vấn."
        ),
        solution=(
            "Quỹ phối hợp với nhà cung cấp phần mềm triển khai eKYC đối chiếu căn cước gắn chip qua NFC, "
            "nhận diện khuôn mặt và chữ ký số cho hợp đồng. Tổ công nghệ số cộng đồng của xã hướng dẫn "
            "người cao tuổi cài đặt ứng dụng ngay tại nhà văn hóa ấp."
        ),
        lessons=(
            "Bắt đầu bằng một nghiệp vụ đơn giản (mở tài khoản) để người dân tin tưởng, rồi mới mở rộng sang "
            "vay vốn; đào tạo cán bộ tín dụng thành người hướng dẫn số trước khi truyền thông rộng rãi."
        ),
        quote="Bà con giờ mở tài khoản ngay tại ruộng, cán bộ chúng tôi có thời gian ngồi tư vấn vốn cho từng hộ.",
        quote_by="Huỳnh Thị Bích Trâm, Phó Giám đốc Quỹ Tín dụng nhân dân Tân Thành",
        figures=(
            ("Thời gian mở tài khoản", "3 ngày", "15", "phút"),
            ("Giao dịch qua ứng dụng", "8", "46", "%"),
            ("Hồ sơ giấy mỗi tháng", "1.200", "180", "bộ"),
        ),
        technologies=("eKYC", "Chữ ký số", "Ứng dụng di động"),
        tags=("tài chính toàn diện", "nông thôn"),
        year=2024,
        days_ago=40,
        providers=("phan-mem-bach-viet",),
        experts=("huynh-thi-bich-tram", "pham-thu-ha"),
        featured=True,
        en=English(
            title="eKYC account opening at Tân Thành People's Credit Fund: from 3 days to 15 minutes",
            summary=(
                "A people's credit fund in Đồng Tháp brought eKYC identity checks and a mobile app to its "
                "12,000 members; opening an account went from 3 days to 15 minutes and app transactions grew "
                "almost six-fold."
            ),
            context=(
                "Most members are farming households in riverside communes who had to visit the office at "
                "least twice to open an account and sign loan papers. The fund filed over 1,200 paper "
                "dossiers a month, and loan officers spent their days typing rather than advising."
            ),
            solution=(
                "With a software provider, the fund deployed eKYC that reads chip-based ID cards over NFC, "
                "face matching and digital signatures for contracts. The commune's community digital "
                "technology team helped older members install the app at the village hall."
            ),
            lessons=(
                "Start with one simple service (opening an account) to earn trust, then extend to loans; "
                "train loan officers as digital guides before any public campaign."
            ),
            quote="People now open an account from the rice field, and our officers have time to advise each family.",
            figures=(
                ("Time to open an account", "3 days", "15", "minutes"),
                ("Transactions through the app", "8", "46", "%"),
                ("Paper dossiers per month", "1,200", "180", "sets"),
            ),
        ),
    ),
    CaseStudySpec(
        ref="demo-cs-tin-dung-nong-ho-phu-sa",
        sector="tai-chinh-ngan-hang",
        province="92",
        org="fintech-phu-sa",
        title="Chấm điểm tín dụng nông hộ bằng dữ liệu thay thế ở Cần Thơ",
        summary=(
            "Công ty Fintech Phù Sa dùng dữ liệu mùa vụ, thanh toán điện nước và lịch sử bán nông sản để chấm "
            "điểm tín dụng cho nông hộ chưa có lịch sử vay; thời gian thẩm định giảm từ 10 ngày còn 2 ngày."
        ),
        context=(
            "Nhiều nông hộ trồng lúa và cây ăn trái không có tài sản thế chấp hay lịch sử tín dụng, nên phải "
            "vay ngoài với lãi suất cao vào đầu vụ."
        ),
        solution=(
            "Mô hình chấm điểm kết hợp dữ liệu do hợp tác xã cung cấp (diện tích, sản lượng), hóa đơn điện "
            "nước và giao dịch bán hàng qua ví điện tử, với sự đồng ý rõ ràng của người vay. Quỹ tín dụng "
            "đối tác dùng điểm số để duyệt khoản vay nhỏ."
        ),
        lessons=(
            "Sự đồng ý của người dân và giải thích được mô hình là điều kiện tiên quyết; làm việc với hợp tác "
            "xã giúp có dữ liệu sạch ngay từ đầu."
        ),
        quote="Điểm tín dụng không thay thế cán bộ, nhưng giúp chúng tôi nói “có” nhanh hơn với những hộ làm ăn tốt.",
        quote_by="Lâm Quốc Việt, Giám đốc sản phẩm, Fintech Phù Sa",
        figures=(
            ("Thời gian thẩm định khoản vay", "10", "2", "ngày"),
            ("Tỷ lệ nợ xấu", "3,1", "1,8", "%"),
            ("Nông hộ tiếp cận vốn", "1.500", "6.200", "hộ"),
        ),
        technologies=("Phân tích dữ liệu", "Học máy", "Ví điện tử"),
        tags=("tín dụng", "nông hộ"),
        year=2024,
        days_ago=95,
        providers=("fintech-phu-sa",),
        experts=("lam-quoc-viet", "tran-thi-kim-ngan"),
    ),
    CaseStudySpec(
        ref="demo-cs-ngan-sach-so-can-tho",
        sector="tai-chinh-ngan-hang",
        province="92",
        org="so-tai-chinh-can-tho",
        title="Sở Tài chính Cần Thơ số hóa quyết toán ngân sách và thu phí không dùng tiền mặt",
        summary=(
            "Quyết toán ngân sách của 80 đơn vị được xử lý trực tuyến, đối chiếu với Kho bạc tự động; các "
            "khoản phí dịch vụ công thu qua mã QR, thời gian đối chiếu giảm từ 15 ngày còn 3 ngày."
        ),
        context=(
            "Cuối mỗi năm ngân sách, cán bộ sở phải đối chiếu hàng nghìn chứng từ giấy với Kho bạc, dễ sai sót "
            "và chậm công khai số liệu."
        ),
        solution=(
            "Sở triển khai phân hệ quyết toán trực tuyến kết nối Kho bạc Nhà nước, chuẩn hóa biểu mẫu và ký "
            "số; các đơn vị thu phí dùng mã QR động gắn với từng hồ sơ dịch vụ công."
        ),
        lessons=("Chuẩn hóa biểu mẫu trước khi số hóa; ký số cho cả kế toán đơn vị, không chỉ lãnh đạo."),
        quote="Số liệu quyết toán giờ sẵn sàng để công khai sớm hơn hai tuần so với trước.",
        quote_by="Lãnh đạo Phòng Quản lý ngân sách, Sở Tài chính Cần Thơ",
        figures=(
            ("Hồ sơ quyết toán xử lý trực tuyến", "20", "92", "%"),
            ("Thời gian đối chiếu với Kho bạc", "15", "3", "ngày"),
            ("Phí dịch vụ công thu không dùng tiền mặt", "12", "68", "%"),
        ),
        technologies=("Chữ ký số", "Thanh toán QR", "Kết nối liên thông"),
        tags=("chính quyền số", "ngân sách"),
        year=2025,
        days_ago=20,
        providers=("phan-mem-bach-viet",),
        experts=("pham-thu-ha",),
    ),
    # --- Y tế ----------------------------------------------------------------------------------------------
    CaseStudySpec(
        ref="demo-cs-benh-an-dien-tu-thanh-hoa",
        sector="y-te",
        province="38",
        org="bvdk-tinh-thanh-hoa",
        title="Bệnh án điện tử liên thông 45 trạm y tế xã tại Bệnh viện Đa khoa tỉnh Thanh Hóa",
        summary=(
            "Bệnh viện triển khai bệnh án điện tử theo Thông tư 46/2018/TT-BYT, bỏ phim X-quang in và liên thông "
            "hồ sơ với 45 trạm y tế xã; thời gian chờ khám trung bình giảm từ 95 xuống 35 phút."
        ),
        context=(
            "Với hơn 2.000 lượt khám mỗi ngày, người bệnh phải chờ lâu ở các khâu đăng ký, chờ kết quả và "
            "nhận phim. Hồ sơ chuyển tuyến từ trạm y tế xã đến bằng giấy, thường thiếu tiền sử và kết quả xét "
            "nghiệm."
        ),
        solution=(
            "Bệnh viện chuẩn hóa danh mục theo HL7 FHIR, triển khai PACS lưu trữ hình ảnh, ký số cho bác sĩ và "
            "kết nối với phần mềm của trạm y tế xã. Lộ trình 12 tháng chia ba giai đoạn: khoa khám bệnh, khoa "
            "nội trú, rồi liên thông tuyến xã."
        ),
        lessons=(
            "Đào tạo theo từng khoa và có “người dẫn đường số” trong mỗi khoa; đo thời gian chờ trước khi bắt "
            "đầu để chứng minh hiệu quả với lãnh đạo."
        ),
        quote="Người bệnh từ trạm y tế xã lên đã có sẵn hồ sơ, bác sĩ không phải hỏi lại từ đầu.",
        quote_by="Lê Thị Thanh Hương, Trưởng phòng Công nghệ thông tin, BVĐK tỉnh Thanh Hóa",
        figures=(
            ("Thời gian chờ khám trung bình", "95", "35", "phút"),
            ("Phim X-quang in mỗi tháng", "18.000", "1.200", "tấm"),
            ("Trạm y tế xã liên thông hồ sơ", "0", "45", "trạm"),
        ),
        technologies=("Bệnh án điện tử", "PACS", "HL7 FHIR", "Chữ ký số"),
        tags=("liên thông", "tuyến xã"),
        year=2024,
        days_ago=12,
        providers=("y-te-so-an-khang",),
        experts=("nguyen-thi-minh-anh", "le-thi-thanh-huong", "trinh-van-dung"),
        featured=True,
        en=English(
            title="Electronic medical records linked with 45 commune clinics at Thanh Hóa General Hospital",
            summary=(
                "The provincial hospital rolled out electronic medical records under Circular 46/2018/TT-BYT, "
                "stopped printing X-ray films and linked records with 45 commune health stations; the average "
                "wait for a consultation fell from 95 to 35 minutes."
            ),
            context=(
                "With over 2,000 consultations a day, patients waited at registration, for results and for "
                "films. Referrals from commune stations arrived on paper, often without history or test "
                "results."
            ),
            solution=(
                "The hospital standardised its code lists on HL7 FHIR, deployed PACS for imaging, gave doctors "
                "digital signatures and connected the commune stations' software. The 12-month roadmap had "
                "three phases: outpatients, inpatients, then the commune link."
            ),
            lessons=(
                "Train ward by ward with a “digital guide” in each; measure waiting times before starting so "
                "you can show the leadership what changed."
            ),
            quote="Patients referred from the commune now arrive with their records; doctors no longer start from zero.",
            figures=(
                ("Average wait for a consultation", "95", "35", "minutes"),
                ("X-ray films printed per month", "18,000", "1,200", "films"),
                ("Commune stations sharing records", "0", "45", "stations"),
            ),
        ),
    ),
    CaseStudySpec(
        ref="demo-cs-giam-sat-dich-dien-bien",
        sector="y-te",
        province="11",
        org="cdc-dien-bien",
        title="CDC Điện Biên giám sát dịch bệnh bằng ứng dụng di động ở các xã vùng cao",
        summary=(
            "Cán bộ y tế thôn bản báo cáo ca bệnh truyền nhiễm qua ứng dụng hoạt động cả khi mất sóng; thời "
            "gian từ khi phát hiện đến khi CDC tỉnh nhận báo cáo giảm từ 7 ngày còn 24 giờ."
        ),
        context=(
            "Nhiều bản ở vùng cao cách trạm y tế hàng chục cây số, báo cáo ca bệnh gửi bằng giấy theo tuần, "
            "khiến việc khoanh vùng dịch sởi và sốt xuất huyết thường chậm."
        ),
        solution=(
            "Ứng dụng di động cho phép nhập ca bệnh ngoại tuyến, tự đồng bộ khi có sóng, kèm vị trí và ảnh; "
            "bảng điều khiển của CDC hiển thị bản đồ ca bệnh theo xã và cảnh báo khi vượt ngưỡng."
        ),
        lessons=(
            "Giao diện bằng tiếng Việt đơn giản, có hình minh họa cho nhân viên y tế thôn bản người dân tộc; "
            "điện thoại được cấp kèm gói dữ liệu."
        ),
        quote="Lần đầu tiên chúng tôi nhìn thấy ổ dịch trên bản đồ ngay trong ngày.",
        quote_by="Lò Văn Thành, Khoa Kiểm soát bệnh truyền nhiễm, CDC Điện Biên",
        figures=(
            ("Thời gian nhận báo cáo ca bệnh", "7 ngày", "24", "giờ"),
            ("Xã báo cáo đúng hạn", "40", "97", "%"),
        ),
        technologies=("Ứng dụng di động", "Bản đồ số", "Đồng bộ ngoại tuyến"),
        tags=("y tế dự phòng", "vùng cao"),
        year=2023,
        days_ago=300,
        providers=("giai-phap-so-song-han",),
        experts=("lo-van-thanh",),
    ),
    CaseStudySpec(
        ref="demo-cs-kham-tu-xa-hue",
        sector="y-te",
        province="46",
        org="trung-tam-y-te-so-hue",
        title="Khám, hội chẩn từ xa hỗ trợ y tế tuyến xã tại Huế",
        summary=(
            "Trung tâm Y tế số và Đào tạo trực tuyến Huế kết nối 60 trạm y tế xã với bác sĩ chuyên khoa qua "
            "hội chẩn từ xa; mỗi tháng có hơn 300 ca được tư vấn mà không phải chuyển tuyến."
        ),
        context=(
            "Người dân ở xã miền núi phải đi hơn 60 km để gặp bác sĩ chuyên khoa, nhiều ca chuyển tuyến có "
            "thể xử lý tại chỗ nếu được tư vấn kịp thời."
        ),
        solution=(
            "Mỗi trạm y tế được trang bị bộ thiết bị khám từ xa (máy nội soi tai mũi họng, điện tim, camera "
            "da liễu) và nền tảng hội chẩn có lưu hồ sơ; bác sĩ trẻ được đào tạo trực tuyến theo ca thực tế."
        ),
        lessons=("Lịch trực hội chẩn cố định mỗi ngày quan trọng hơn thiết bị đắt tiền."),
        quote="Trạm y tế xã giờ có thêm một bác sĩ chuyên khoa, chỉ cách một cuộc gọi.",
        quote_by="Phan Thị Mai, Giám đốc Trung tâm Y tế số và Đào tạo trực tuyến Huế",
        figures=(("Ca hội chẩn từ xa mỗi tháng", "0", "320", "ca"), ("Tỷ lệ chuyển tuyến", "22", "14", "%")),
        technologies=("Khám từ xa", "Điện toán đám mây"),
        tags=("telehealth", "tuyến xã", "đào tạo trực tuyến"),
        year=2025,
        days_ago=60,
        providers=("vien-du-lieu-ai-ha-noi",),
        experts=("phan-thi-mai", "nguyen-hoang-long"),
    ),
    # --- Giáo dục -----------------------------------------------------------------------------------------
    CaseStudySpec(
        ref="demo-cs-hoc-ba-so-nguyen-du",
        sector="giao-duc",
        province="66",
        org="thpt-nguyen-du-dak-lak",
        title="Trường THPT Nguyễn Du số hóa học bạ: 95% phụ huynh nhận thông báo qua ứng dụng",
        summary=(
            "Từ tháng 9/2023, học bạ và sổ điểm của trường được số hóa, có chữ ký số của giáo viên; 95% phụ "
            "huynh nhận kết quả học tập qua ứng dụng. Bài học lớn nhất: đào tạo giáo viên trước."
        ),
        context=(
            "Giáo viên mất trung bình năm ngày cuối mỗi học kỳ để ghi điểm vào sổ giấy và học bạ; phụ huynh "
            "ở xa, nhiều người là đồng bào Ê Đê, hầu như chỉ biết kết quả khi họp cuối năm."
        ),
        solution=(
            "Nhà trường dùng phần mềm quản lý trường học kết nối cơ sở dữ liệu ngành, cấp chữ ký số cho giáo "
            "viên và gửi thông báo qua ứng dụng có hỗ trợ đọc thành tiếng. Mỗi tổ chuyên môn có một giáo "
            "viên cốt cán hướng dẫn đồng nghiệp."
        ),
        lessons=(
            "Đào tạo giáo viên trước, phụ huynh sau; gửi thông báo ngắn, đúng lúc thay vì nhiều tin nhắn."
        ),
        quote="Phụ huynh ở nương rẫy vẫn biết con mình học thế nào mỗi tuần.",
        quote_by="Y Nguyên Êban, giáo viên cốt cán, Trường THPT Nguyễn Du",
        figures=(
            ("Phụ huynh nhận thông báo qua ứng dụng", "20", "95", "%"),
            ("Thời gian nhập điểm cuối kỳ", "5", "1", "ngày"),
        ),
        technologies=("Học bạ số", "Chữ ký số", "Ứng dụng di động"),
        tags=("trường học", "phụ huynh"),
        year=2023,
        days_ago=210,
        providers=("phan-mem-bach-viet",),
        experts=("y-nguyen-eban", "do-thi-phuong"),
        featured=True,
        en=English(
            title="Nguyễn Du High School digitised report cards: 95% of parents get updates in the app",
            summary=(
                "Since September 2023 the school's report cards and grade books are digital and signed by "
                "teachers; 95% of parents receive results through an app. The main lesson: train the "
                "teachers first."
            ),
            context=(
                "Teachers spent about five days at the end of each term copying grades into paper books; "
                "parents living far away, many of them Ê Đê, learnt the results only at the end of the year."
            ),
            solution=(
                "The school uses management software connected to the education database, gave teachers "
                "digital signatures and sends notices through an app that can read them aloud. Each subject "
                "group has a lead teacher who coaches colleagues."
            ),
            lessons="Train teachers first and parents second; send short, timely notices rather than many messages.",
            quote="Parents working in the fields still know how their child is doing every week.",
            figures=(
                ("Parents notified through the app", "20", "95", "%"),
                ("Time to enter end-of-term grades", "5", "1", "days"),
            ),
        ),
    ),
    CaseStudySpec(
        ref="demo-cs-tuyen-sinh-nghe-an",
        sector="giao-duc",
        province="40",
        org="so-gd-dt-nghe-an",
        title="Tuyển sinh đầu cấp trực tuyến trên toàn tỉnh Nghệ An",
        summary=(
            "Sở Giáo dục và Đào tạo Nghệ An đưa tuyển sinh lớp 1, lớp 6 và lớp 10 lên cổng trực tuyến dùng "
            "dữ liệu dân cư; 87% hồ sơ nộp trực tuyến, thời gian xử lý giảm từ 10 ngày còn 3 ngày."
        ),
        context=(
            "Mỗi mùa tuyển sinh, phụ huynh xếp hàng nộp bản sao giấy khai sinh, sổ hộ khẩu; nhà trường nhập "
            "lại toàn bộ thông tin bằng tay."
        ),
        solution=(
            "Cổng tuyển sinh kết nối Cơ sở dữ liệu quốc gia về dân cư để tự điền thông tin, phân tuyến theo "
            "địa bàn và gửi kết quả qua tin nhắn; điểm hỗ trợ đặt tại bưu điện xã cho gia đình không có "
            "điện thoại thông minh."
        ),
        lessons="Luôn giữ một kênh hỗ trợ trực tiếp; công bố sớm lịch và hướng dẫn bằng video ngắn.",
        quote="Không còn cảnh phụ huynh thức đêm xếp hàng trước cổng trường.",
        quote_by="Bùi Thị Hồng Nhung, Phòng Kế hoạch - Tài chính, Sở GD&ĐT Nghệ An",
        figures=(
            ("Hồ sơ tuyển sinh nộp trực tuyến", "0", "87", "%"),
            ("Thời gian xử lý hồ sơ", "10", "3", "ngày"),
        ),
        technologies=("Dịch vụ công trực tuyến", "Cơ sở dữ liệu dân cư"),
        tags=("tuyển sinh", "chính quyền số"),
        year=2024,
        days_ago=150,
        providers=("vien-du-lieu-ai-ha-noi",),
        experts=("bui-thi-hong-nhung",),
    ),
    CaseStudySpec(
        ref="demo-cs-thu-vien-so-lai-chau",
        sector="giao-duc",
        province="12",
        org="ptdtnt-lai-chau",
        title="Thư viện số và lớp học số cho học sinh dân tộc nội trú Lai Châu",
        summary=(
            "Trường Phổ thông Dân tộc nội trú tỉnh Lai Châu xây dựng thư viện số 4.500 đầu sách và học liệu "
            "song ngữ; 78% học sinh dùng học liệu số hằng tuần."
        ),
        context=(
            "Thư viện giấy của trường chỉ có khoảng 300 đầu sách tham khảo, học sinh ở nội trú ít có cơ hội "
            "tiếp cận tài liệu cập nhật."
        ),
        solution=(
            "Trường dùng nền tảng thư viện số miễn phí, mạng Wi-Fi ký túc xá có lọc nội dung và máy tính bảng "
            "do doanh nghiệp tài trợ; giáo viên biên soạn học liệu có phụ đề tiếng Mông và tiếng Thái."
        ),
        lessons="Xã hội hóa thiết bị nhưng nhà trường giữ quyền quản lý nội dung và thời gian sử dụng.",
        quote="Các em đọc nhiều hơn khi sách ở ngay trong túi.",
        quote_by="Nguyễn Thị Hải Yến, giáo viên, Trường PTDTNT tỉnh Lai Châu",
        figures=(
            ("Học sinh dùng học liệu số hằng tuần", "15", "78", "%"),
            ("Đầu sách tham khảo", "300", "4.500", "đầu sách"),
        ),
        technologies=("Thư viện số", "Học liệu số"),
        tags=("dân tộc thiểu số", "xã hội hóa"),
        year=2025,
        days_ago=75,
        providers=("phan-mem-bach-viet",),
        experts=("nguyen-thi-hai-yen", "le-van-khanh"),
    ),
    # --- Nông nghiệp --------------------------------------------------------------------------------------
    CaseStudySpec(
        ref="demo-cs-che-tan-cuong-qr",
        sector="nong-nghiep",
        province="19",
        org="htx-che-tan-cuong",
        title="Hợp tác xã Chè Tân Cương: truy xuất nguồn gốc bằng mã QR và bán chè trên sàn thương mại điện tử",
        summary=(
            "Hợp tác xã 120 hộ gắn mã QR truy xuất nguồn gốc cho sản phẩm chủ lực và mở gian hàng trên sàn "
            "thương mại điện tử với ngân sách dưới 200 triệu đồng; doanh thu trực tuyến đạt 180 triệu "
            "đồng mỗi tháng."
        ),
        context=(
            "Chè Tân Cương nổi tiếng nhưng bị làm giả nhiều; hợp tác xã bán qua thương lái với giá thấp và "
            "không biết người mua cuối cùng là ai."
        ),
        solution=(
            "Mỗi lô chè có nhật ký canh tác điện tử ghi trên điện thoại; mã QR trên bao bì cho biết đồi chè, "
            "ngày hái và hộ sản xuất. Thanh niên của hợp tác xã được đào tạo chụp ảnh, livestream và vận "
            "hành gian hàng."
        ),
        lessons="Chọn một sản phẩm chủ lực; để người trẻ trong hợp tác xã dẫn dắt phần bán hàng trực tuyến.",
        quote="Khách quét mã là thấy đồi chè nhà tôi, họ tin và quay lại mua.",
        quote_by="Đinh Thị Thu Hiền, Giám đốc Hợp tác xã Chè Tân Cương",
        figures=(
            ("Doanh thu trực tuyến mỗi tháng", "0", "180", "triệu đồng"),
            ("Giá bán bình quân", "250.000", "320.000", "đ/kg"),
            ("Hộ tham gia truy xuất", "40", "120", "hộ"),
        ),
        technologies=("Truy xuất nguồn gốc", "Mã QR", "Thương mại điện tử"),
        tags=("sản phẩm chủ lực", "hợp tác xã", "OCOP"),
        year=2024,
        days_ago=30,
        providers=("trung-tam-nong-nghiep-so-tay-nguyen",),
        experts=("dinh-thi-thu-hien", "vo-thi-ngoc-lan"),
        featured=True,
        en=English(
            title="Tân Cương Tea Cooperative: QR traceability and online sales of its flagship tea",
            summary=(
                "A 120-household cooperative put traceability QR codes on its flagship product and opened a "
                "shop on an e-commerce platform for under VND 200 million; online sales now reach VND 180 "
                "million a month."
            ),
            context=(
                "Tân Cương tea is famous but widely counterfeited; the cooperative sold through middlemen at "
                "low prices and never knew its final customers."
            ),
            solution=(
                "Each batch has an electronic farming diary kept on a phone; the QR code on the pack shows the "
                "hill, the picking date and the household. The cooperative's young members learnt product "
                "photography, live-streaming and running the shop."
            ),
            lessons="Pick one flagship product; let the cooperative's young people lead online sales.",
            quote="Customers scan the code, see my family's tea hill, trust it and come back.",
            figures=(
                ("Online sales per month", "0", "180", "million VND"),
                ("Average price", "250,000", "320,000", "VND/kg"),
                ("Households tracing their tea", "40", "120", "households"),
            ),
        ),
    ),
    CaseStudySpec(
        ref="demo-cs-iot-ao-tom-ca-mau",
        sector="nong-nghiep",
        province="96",
        org="thuy-san-dat-mui-xanh",
        title="IoT giám sát ao nuôi tôm ở Cà Mau: hao hụt giảm gần một nửa",
        summary=(
            "Công ty Thủy sản Đất Mũi Xanh lắp cảm biến oxy hòa tan, pH và nhiệt độ cho 60 ao nuôi, tự động "
            "bật quạt nước khi cần; tỷ lệ hao hụt giảm từ 35% còn 18%, điện năng mỗi vụ giảm một phần tư."
        ),
        context=(
            "Người nuôi kiểm tra nước bằng tay vài lần mỗi ngày; tôm chết hàng loạt thường xảy ra vào ban đêm "
            "khi oxy xuống thấp."
        ),
        solution=(
            "Cảm biến gửi dữ liệu qua mạng LoRa về bộ điều khiển, cảnh báo qua điện thoại và bật quạt nước "
            "theo ngưỡng; dữ liệu từng vụ được dùng để điều chỉnh mật độ thả giống."
        ),
        lessons="Bắt đầu với 5 ao thí điểm, so sánh với ao đối chứng trong cùng vụ trước khi nhân rộng.",
        quote="Đêm nay tôi ngủ được, điện thoại sẽ báo nếu ao thiếu oxy.",
        quote_by="Nguyễn Văn Toàn, kỹ sư nuôi trồng, Thủy sản Đất Mũi Xanh",
        figures=(("Tỷ lệ hao hụt", "35", "18", "%"), ("Điện năng mỗi vụ", "42.000", "31.000", "kWh")),
        technologies=("IoT", "LoRa", "Cảm biến"),
        tags=("nuôi trồng thủy sản", "nông nghiệp thông minh"),
        year=2024,
        days_ago=120,
        providers=("vien-chuyen-doi-so-dbscl",),
        experts=("nguyen-van-toan",),
    ),
    CaseStudySpec(
        ref="demo-cs-ma-so-vung-trong-lam-dong",
        sector="nong-nghiep",
        province="68",
        org="so-nn-mt-lam-dong",
        title="Bản đồ số vùng trồng cà phê và cấp mã số vùng trồng trực tuyến ở Lâm Đồng",
        summary=(
            "Sở Nông nghiệp và Môi trường Lâm Đồng số hóa bản đồ vùng trồng cà phê và sầu riêng, cấp mã số vùng "
            "trồng phục vụ xuất khẩu trực tuyến; số mã được cấp tăng từ 120 lên 610, thời gian cấp giảm từ 30 "
            "còn 7 ngày."
        ),
        context=(
            "Doanh nghiệp xuất khẩu cần mã số vùng trồng để đáp ứng yêu cầu của thị trường nhập khẩu, nhưng hồ "
            "sơ giấy và khảo sát thực địa kéo dài hàng tháng."
        ),
        solution=(
            "Ảnh vệ tinh và thiết bị bay không người lái lập bản đồ ranh giới vườn; nông dân khai báo nhật ký "
            "canh tác trên ứng dụng; hồ sơ cấp mã được nộp và theo dõi trực tuyến."
        ),
        lessons="Làm chung một bản đồ cho nông nghiệp và đất đai, tránh mỗi cơ quan một bộ dữ liệu.",
        quote="Bản đồ số giúp chúng tôi trả lời nhà nhập khẩu trong một ngày thay vì một tháng.",
        quote_by="Đặng Minh Tuấn, Chi cục Trồng trọt và Bảo vệ thực vật Lâm Đồng",
        figures=(("Mã số vùng trồng được cấp", "120", "610", "mã"), ("Thời gian cấp mã", "30", "7", "ngày")),
        technologies=("GIS", "Ảnh vệ tinh", "Thiết bị bay không người lái"),
        tags=("xuất khẩu", "cà phê"),
        year=2025,
        days_ago=8,
        providers=("trung-tam-nong-nghiep-so-tay-nguyen",),
        experts=("dang-minh-tuan", "hhen-nie", "tran-van-nghia"),
    ),
    # --- Giao thông - Logistics ---------------------------------------------------------------------------
    CaseStudySpec(
        ref="demo-cs-thu-tuc-tau-bien-hai-phong",
        sector="giao-thong-logistics",
        province="31",
        org="cang-vu-hang-hai-hai-phong",
        title="Cảng vụ Hàng hải Hải Phòng: thủ tục tàu biển điện tử từ 4 giờ còn 30 phút",
        summary=(
            "Toàn bộ thủ tục tàu vào, rời cảng được thực hiện qua Cổng thông tin một cửa quốc gia, kết nối "
            "với hải quan, biên phòng và kiểm dịch; 97% hồ sơ không còn giấy."
        ),
        context=(
            "Mỗi ngày cảng vụ tiếp nhận hàng trăm lượt tàu; đại lý phải nộp nhiều bộ giấy tờ giống nhau cho "
            "từng cơ quan, tàu chờ làm thủ tục làm tắc nghẽn luồng."
        ),
        solution=(
            "Cảng vụ chuẩn hóa 12 loại chứng từ điện tử, ký số và chia sẻ dữ liệu một lần cho mọi cơ quan "
            "liên quan; lịch cầu bến và lệnh điều động hiển thị trực tuyến cho đại lý."
        ),
        lessons="Dữ liệu nộp một lần, dùng nhiều lần; ngồi cùng bàn với các cơ quan kiểm tra chuyên ngành từ đầu.",
        quote="Thủ tục điện tử giúp tàu vào cầu sớm hơn, doanh nghiệp tiết kiệm chi phí neo chờ.",
        quote_by="Chu Văn An, Phòng Pháp chế, Cảng vụ Hàng hải Hải Phòng",
        figures=(
            ("Thời gian làm thủ tục tàu", "4 giờ", "30", "phút"),
            ("Hồ sơ còn dùng giấy", "100", "3", "%"),
        ),
        technologies=("Cơ chế một cửa quốc gia", "Chữ ký số", "Kết nối liên thông"),
        tags=("cảng thông minh", "thủ tục hành chính"),
        year=2023,
        days_ago=260,
        experts=("chu-van-an", "mai-xuan-phong"),
        featured=True,
        en=English(
            title="Hải Phòng Maritime Administration: electronic ship clearance in 30 minutes instead of 4 hours",
            summary=(
                "Every arrival and departure is now cleared through the National Single Window, connected "
                "with customs, border guards and quarantine; 97% of dossiers are paperless."
            ),
            context=(
                "The port authority handles hundreds of ship movements a day; agents filed the same papers "
                "with every agency, and ships waiting for clearance congested the channel."
            ),
            solution=(
                "The authority standardised 12 electronic documents, signed them digitally and shares the "
                "data once with every agency concerned; berth schedules and movement orders are online for "
                "agents."
            ),
            lessons="Submit data once, use it many times; sit at one table with the inspection agencies from day one.",
            quote="Electronic clearance lets ships berth sooner and saves companies anchorage costs.",
            figures=(
                ("Time to clear a ship", "4 hours", "30", "minutes"),
                ("Dossiers still on paper", "100", "3", "%"),
            ),
        ),
    ),
    CaseStudySpec(
        ref="demo-cs-edo-cang-xanh",
        sector="giao-thong-logistics",
        province="31",
        org="logistics-cang-xanh",
        title="Lệnh giao hàng điện tử và đặt lịch xe tại cảng cạn của Logistics Cảng Xanh",
        summary=(
            "Doanh nghiệp logistics thay lệnh giao hàng giấy bằng eDO và cho xe đầu kéo đặt lịch lấy "
            "container; thời gian xe chờ giảm từ 4,5 giờ còn 1,2 giờ."
        ),
        context=(
            "Tài xế phải đến văn phòng hãng tàu lấy lệnh giấy rồi xếp hàng chờ ở cổng cảng, gây ùn tắc trên "
            "quốc lộ 5 vào giờ cao điểm."
        ),
        solution=(
            "Nền tảng eDO kết nối hãng tàu, chủ hàng và cảng; ứng dụng cho tài xế chọn khung giờ, cổng tự "
            "động nhận diện biển số và số container bằng camera."
        ),
        lessons="Đàm phán với hãng tàu về chuẩn dữ liệu sớm; mời hiệp hội ngành cùng truyền thông cho tài xế.",
        quote="Xe của chúng tôi chạy được ba chuyến rưỡi một ngày thay vì hai.",
        quote_by="Ngô Thanh Sơn, Giám đốc vận hành, Logistics Cảng Xanh",
        figures=(
            ("Thời gian xe chờ lấy container", "4,5", "1,2", "giờ"),
            ("Chuyến xe mỗi ngày", "2", "3,5", "chuyến"),
        ),
        technologies=("eDO", "Nhận diện biển số", "Camera AI"),
        tags=("cảng thông minh", "logistics"),
        year=2024,
        days_ago=180,
        providers=("phan-mem-bach-viet",),
        experts=("ngo-thanh-son",),
    ),
    CaseStudySpec(
        ref="demo-cs-xe-buyt-da-nang",
        sector="giao-thong-logistics",
        province="48",
        org="so-khcn-da-nang",
        title="Dữ liệu mở về xe buýt và camera AI giảm thời gian chờ xe ở Đà Nẵng",
        summary=(
            "Đà Nẵng công bố dữ liệu mở vị trí xe buýt theo thời gian thực và dùng camera AI điều chỉnh "
            "đèn tín hiệu ưu tiên; thời gian chờ xe trung bình giảm từ 18 xuống 9 phút."
        ),
        context=(
            "Người dân ít dùng xe buýt vì không biết xe bao giờ đến; xe buýt bị kẹt ở các nút giao đông."
        ),
        solution=(
            "Thiết bị định vị trên 160 xe gửi dữ liệu về trung tâm điều hành đô thị thông minh; dữ liệu mở "
            "theo chuẩn GTFS cho các ứng dụng bản đồ; camera AI đếm phương tiện để kéo dài pha đèn xanh cho "
            "xe buýt."
        ),
        lessons="Mở dữ liệu theo chuẩn quốc tế để các ứng dụng sẵn có dùng ngay, không cần tự làm ứng dụng riêng.",
        quote="Khi biết chính xác xe đến lúc nào, người dân sẵn lòng đi xe buýt hơn.",
        quote_by="Dương Quang Huy, Sở Khoa học và Công nghệ Đà Nẵng",
        figures=(
            ("Thời gian chờ xe buýt trung bình", "18", "9", "phút"),
            ("Lượt tra cứu lộ trình mỗi tháng", "0", "150.000", "lượt"),
        ),
        technologies=("Dữ liệu mở", "Camera AI", "GTFS"),
        tags=("đô thị thông minh", "giao thông công cộng"),
        year=2025,
        days_ago=45,
        providers=("giai-phap-so-song-han",),
        experts=("duong-quang-huy",),
    ),
    # --- Năng lượng ---------------------------------------------------------------------------------------
    CaseStudySpec(
        ref="demo-cs-du-bao-dien-mat-troi-ca-na",
        sector="nang-luong",
        province="56",
        org="nang-luong-tai-tao-ca-na",
        title="Dự báo công suất điện mặt trời bằng AI tại Năng lượng Tái tạo Cà Ná",
        summary=(
            "Nhà máy điện mặt trời 50 MWp kết hợp SCADA với mô hình học máy dùng dữ liệu thời tiết; sai số "
            "dự báo công suất ngày tới giảm từ 18% xuống 6%, sự cố được phát hiện trong 15 phút."
        ),
        context=(
            "Sai số dự báo lớn khiến nhà máy bị điều độ cắt giảm công suất; sự cố tấm pin chỉ được phát hiện "
            "khi kỹ thuật viên đi kiểm tra định kỳ."
        ),
        solution=(
            "Dữ liệu SCADA từng chuỗi pin được lưu trên nền tảng dữ liệu; mô hình học máy dự báo công suất "
            "theo ảnh mây vệ tinh và trạm khí tượng tại chỗ; cảnh báo bất thường gửi tới tổ vận hành."
        ),
        lessons="Làm sạch dữ liệu SCADA mất nhiều thời gian hơn xây mô hình: hãy bắt đầu từ đó.",
        quote="Dự báo tốt hơn giúp chúng tôi chủ động với điều độ và giảm điện năng bị cắt.",
        quote_by="Nguyễn Thị Thanh Tâm, Trưởng ca vận hành, Năng lượng Tái tạo Cà Ná",
        figures=(
            ("Sai số dự báo công suất ngày tới", "18", "6", "%"),
            ("Thời gian phát hiện sự cố", "6 giờ", "15", "phút"),
        ),
        technologies=("SCADA", "Học máy", "Ảnh vệ tinh"),
        tags=("năng lượng tái tạo", "điện mặt trời"),
        year=2024,
        days_ago=70,
        providers=("vien-cong-nghiep-so-thai-nguyen",),
        experts=("nguyen-thi-thanh-tam", "huynh-van-loc"),
        featured=True,
        en=English(
            title="AI forecasts of solar output at Cà Ná Renewable Energy",
            summary=(
                "A 50 MWp solar plant combined its SCADA with a machine-learning model fed by weather data; "
                "the error of day-ahead output forecasts fell from 18% to 6%, and faults are spotted within "
                "15 minutes."
            ),
            context=(
                "Large forecast errors led the dispatcher to curtail the plant; faulty panels were found only "
                "during periodic inspections."
            ),
            solution=(
                "SCADA data for every string is stored on a data platform; a machine-learning model "
                "forecasts output from satellite cloud images and an on-site weather station; anomaly alerts "
                "go to the operations team."
            ),
            lessons="Cleaning SCADA data takes longer than building the model: start there.",
            quote="Better forecasts let us work with the dispatcher and lose less energy to curtailment.",
            figures=(
                ("Day-ahead forecast error", "18", "6", "%"),
                ("Time to detect a fault", "6 hours", "15", "minutes"),
            ),
        ),
    ),
    CaseStudySpec(
        ref="demo-cs-iot-nang-luong-tan-phat",
        sector="nang-luong",
        province="19",
        org="co-khi-tan-phat",
        title="IoT giám sát năng lượng nhà xưởng giúp Cơ khí Tân Phát tiết kiệm 1,9 tỷ đồng mỗi năm",
        summary=(
            "Đồng hồ điện thông minh trên 40 máy và dây chuyền cho thấy nơi lãng phí điện; điện năng cho mỗi "
            "sản phẩm giảm từ 12,4 xuống 9,8 kWh."
        ),
        context=(
            "Hóa đơn điện chiếm gần 9% giá thành, nhưng doanh nghiệp chỉ có một công tơ tổng nên không biết "
            "máy nào tiêu thụ nhiều."
        ),
        solution=(
            "Công tơ thông minh và cảm biến dòng gửi dữ liệu mỗi phút về bảng điều khiển; máy nén khí và lò "
            "nhiệt được lập lịch lại theo giờ thấp điểm; rò rỉ khí nén được sửa theo cảnh báo."
        ),
        lessons="Đo trước, đầu tư sau: ba tháng dữ liệu đã chỉ ra 70% khoản tiết kiệm mà không cần mua máy mới.",
        quote="Nhìn thấy từng máy tiêu thụ bao nhiêu, anh em tự biết tắt máy khi nghỉ ca.",
        quote_by="Lương Đức Trọng, Phó Giám đốc kỹ thuật, Cơ khí Tân Phát",
        figures=(
            ("Điện năng mỗi sản phẩm", "12,4", "9,8", "kWh"),
            ("Chi phí điện mỗi năm", "14,6", "12,7", "tỷ đồng"),
        ),
        technologies=("IoT", "Công tơ thông minh", "Bảng điều khiển dữ liệu"),
        tags=("tiết kiệm năng lượng",),
        year=2023,
        days_ago=330,
        providers=("vien-cong-nghiep-so-thai-nguyen",),
        experts=("tran-quoc-bao", "luong-duc-trong"),
    ),
    CaseStudySpec(
        ref="demo-cs-giam-sat-nang-luong-bac-ninh",
        sector="nang-luong",
        province="24",
        org="so-cong-thuong-bac-ninh",
        title="Sở Công Thương Bắc Ninh giám sát tiêu thụ năng lượng của doanh nghiệp trọng điểm",
        summary=(
            "Nền tảng báo cáo trực tuyến thay bảng tính gửi qua thư; 90% cơ sở sử dụng năng lượng trọng điểm "
            "báo cáo đúng hạn và được gợi ý giải pháp tiết kiệm."
        ),
        context=(
            "Hơn 300 cơ sở sử dụng năng lượng trọng điểm phải báo cáo hằng năm nhưng chỉ 15% gửi đúng hạn, "
            "số liệu không so sánh được."
        ),
        solution=(
            "Biểu mẫu trực tuyến kiểm tra số liệu ngay khi nhập, so sánh với doanh nghiệp cùng ngành và "
            "gửi báo cáo tóm tắt kèm khuyến nghị; doanh nghiệp lớn kết nối trực tiếp từ hệ thống đo đếm."
        ),
        lessons="Trả lại giá trị cho doanh nghiệp (so sánh cùng ngành) thì họ báo cáo đầy đủ hơn.",
        quote="Doanh nghiệp báo cáo vì thấy có ích cho mình, không chỉ vì quy định.",
        quote_by="Tạ Thị Ngọc Anh, chuyên gia tư vấn chuyển đổi số",
        figures=(("Cơ sở báo cáo trực tuyến đúng hạn", "15", "90", "%"),),
        technologies=("Dịch vụ công trực tuyến", "Phân tích dữ liệu"),
        tags=("quản lý nhà nước", "KCN"),
        year=2025,
        days_ago=100,
        providers=("phan-mem-bach-viet",),
        experts=("ta-thi-ngoc-anh", "cao-minh-hieu"),
    ),
    # --- Tài nguyên - Môi trường --------------------------------------------------------------------------
    CaseStudySpec(
        ref="demo-cs-quan-trac-khong-khi",
        sector="tai-nguyen-moi-truong",
        province="01",
        org="trung-tam-du-lieu-moi-truong",
        title="Quan trắc không khí tự động và dữ liệu mở về chất lượng môi trường",
        summary=(
            "Trung tâm Thông tin và Dữ liệu môi trường quốc gia kết nối 120 trạm quan trắc tự động, cập nhật "
            "chỉ số chất lượng không khí mỗi giờ và công bố dưới dạng dữ liệu mở."
        ),
        context=(
            "Dữ liệu quan trắc nằm rải rác ở các địa phương, cập nhật theo ngày và định dạng khác nhau; người "
            "dân khó biết không khí nơi mình ở ra sao."
        ),
        solution=(
            "Chuẩn truyền dữ liệu chung cho mọi trạm, kiểm tra chất lượng dữ liệu tự động, cổng dữ liệu mở "
            "có API và ứng dụng cảnh báo cho nhóm dễ bị tổn thương."
        ),
        lessons="Công bố dữ liệu cùng hướng dẫn diễn giải, để báo chí và trường học dùng đúng.",
        quote="Dữ liệu mở khiến các địa phương cùng nhìn vào một con số.",
        quote_by="Lê Thị Bảo Châu, Trung tâm Thông tin và Dữ liệu môi trường quốc gia",
        figures=(
            ("Trạm truyền dữ liệu tự động", "35", "120", "trạm"),
            ("Tần suất cập nhật chỉ số", "24", "1", "giờ"),
        ),
        technologies=("Dữ liệu mở", "IoT", "API"),
        tags=("chất lượng không khí", "quan trắc"),
        year=2024,
        days_ago=55,
        providers=("vien-du-lieu-ai-ha-noi",),
        experts=("le-thi-bao-chau",),
        featured=True,
        en=English(
            title="Automatic air monitoring and open environmental data",
            summary=(
                "The National Environmental Information and Data Centre connected 120 automatic monitoring "
                "stations, updates the air quality index every hour and publishes it as open data."
            ),
            context=(
                "Monitoring data sat with each province, updated daily in different formats; people could "
                "hardly tell what the air was like where they lived."
            ),
            solution=(
                "One transmission standard for every station, automatic data-quality checks, an open data "
                "portal with an API, and an alert app for vulnerable groups."
            ),
            lessons="Publish the data with a guide to reading it, so newsrooms and schools use it correctly.",
            quote="Open data has every province looking at the same number.",
            figures=(
                ("Stations sending data automatically", "35", "120", "stations"),
                ("Index update interval", "24", "1", "hours"),
            ),
        ),
    ),
    CaseStudySpec(
        ref="demo-cs-canh-bao-lu-nam-trung-bo",
        sector="tai-nguyen-moi-truong",
        province="56",
        org="dai-khi-tuong-nam-trung-bo",
        title="Cảnh báo lũ sớm bằng dữ liệu radar và tin nhắn ở Nam Trung Bộ",
        summary=(
            "Đài Khí tượng Thủy văn khu vực Nam Trung Bộ kết hợp radar thời tiết với mô hình thủy văn; cảnh "
            "báo lũ được gửi trước 24 giờ thay vì 6 giờ, tới 380.000 người dân vùng hạ du."
        ),
        context=(
            "Lũ trên các sông ngắn, dốc của Khánh Hòa lên rất nhanh; bản tin cảnh báo trước đây đến người dân "
            "chủ yếu qua loa phát thanh xã."
        ),
        solution=(
            "Dữ liệu radar và trạm đo mưa tự động đưa vào mô hình dự báo lũ chạy mỗi giờ; cảnh báo theo "
            "vị trí được gửi qua tin nhắn và ứng dụng, kèm bản đồ vùng ngập dự kiến."
        ),
        lessons="Cảnh báo phải nói rõ làm gì, ở đâu; thử nghiệm cùng chính quyền xã trước mùa mưa.",
        quote="Có thêm một ngày, bà con kịp đưa người già và tài sản lên chỗ cao.",
        quote_by="Phạm Quang Vinh, Phòng Dự báo, Đài KTTV khu vực Nam Trung Bộ",
        figures=(
            ("Thời gian cảnh báo trước lũ", "6", "24", "giờ"),
            ("Người dân nhận cảnh báo", "20.000", "380.000", "người"),
        ),
        technologies=("Radar thời tiết", "Mô hình thủy văn", "Tin nhắn cảnh báo"),
        tags=("phòng chống thiên tai",),
        year=2023,
        days_ago=400,
        providers=("vien-chuyen-doi-so-dbscl",),
        experts=("pham-quang-vinh",),
    ),
    CaseStudySpec(
        ref="demo-cs-du-lieu-dat-dai-lam-dong",
        sector="tai-nguyen-moi-truong",
        province="68",
        org="so-nn-mt-lam-dong",
        title="Số hóa hồ sơ địa chính và cơ sở dữ liệu đất đai Lâm Đồng",
        summary=(
            "100% hồ sơ địa chính được số hóa và đưa vào cơ sở dữ liệu đất đai dùng chung; thời gian cấp giấy "
            "chứng nhận giảm từ 30 ngày còn 10 ngày."
        ),
        context=(
            "Hồ sơ địa chính giấy lưu ở nhiều nơi, thất lạc và sai lệch giữa bản đồ và sổ sách khiến thủ tục "
            "đất đai kéo dài."
        ),
        solution=(
            "Quét và chuẩn hóa hơn 1,2 triệu trang hồ sơ, đối soát với bản đồ số, liên thông với thuế và "
            "dịch vụ công trực tuyến để người dân theo dõi hồ sơ."
        ),
        lessons="Đối soát dữ liệu ngay khi số hóa; công khai tiến độ xử lý hồ sơ để giảm khiếu nại.",
        quote="Người dân tra cứu tiến độ hồ sơ trên điện thoại, không phải đến hỏi nhiều lần.",
        quote_by="Đặng Minh Tuấn, Sở Nông nghiệp và Môi trường Lâm Đồng",
        figures=(
            ("Thời gian cấp giấy chứng nhận", "30", "10", "ngày"),
            ("Hồ sơ địa chính được số hóa", "40", "100", "%"),
        ),
        technologies=("Cơ sở dữ liệu đất đai", "GIS", "Dịch vụ công trực tuyến"),
        tags=("địa chính", "chính quyền số"),
        year=2025,
        days_ago=25,
        experts=("dang-minh-tuan",),
    ),
    # --- Sản xuất - Công nghiệp ---------------------------------------------------------------------------
    CaseStudySpec(
        ref="demo-cs-mes-det-may-hung-long",
        sector="san-xuat-cong-nghiep",
        province="33",
        org="det-may-hung-long",
        title="Dệt may Hưng Long theo dõi năng suất chuyền may theo thời gian thực",
        summary=(
            "Hệ thống điều hành sản xuất (MES) với thẻ RFID trên từng bó hàng cho thấy năng suất mỗi chuyền từng "
            "giờ; hiệu suất chuyền tăng từ 62% lên 78%, hàng lỗi giảm một nửa."
        ),
        context=(
            "Tổ trưởng ghi sản lượng trên bảng giấy cuối ca; lỗi chất lượng chỉ được phát hiện ở khâu kiểm cuối "
            "khi đã muộn."
        ),
        solution=(
            "Mỗi bó hàng gắn thẻ RFID, công nhân quét khi hoàn thành công đoạn; màn hình tại chuyền hiển thị "
            "sản lượng và điểm nghẽn; kiểm tra chất lượng ghi trên máy tính bảng ngay tại chuyền."
        ),
        lessons="Công khai số liệu cho công nhân và thưởng theo nhóm; triển khai thí điểm ở một chuyền trước.",
        quote="Tổ trưởng biết ngay chuyền tắc ở đâu để điều người, không phải đợi hết ca.",
        quote_by="Hà Văn Cường, Giám đốc sản xuất, Dệt may Hưng Long",
        figures=(("Hiệu suất chuyền may", "62", "78", "%"), ("Tỷ lệ hàng lỗi", "4,5", "2,1", "%")),
        technologies=("MES", "RFID", "Máy tính bảng"),
        tags=("dệt may", "nhà máy thông minh"),
        year=2024,
        days_ago=90,
        providers=("phan-mem-bach-viet",),
        experts=("ha-van-cuong", "tran-quoc-bao"),
        featured=True,
        en=English(
            title="Hưng Long Garment tracks sewing-line productivity in real time",
            summary=(
                "A manufacturing execution system with an RFID tag on every bundle shows each line's output "
                "hour by hour; line efficiency rose from 62% to 78% and defects halved."
            ),
            context=(
                "Team leaders wrote output on a paper board at the end of each shift; quality problems "
                "surfaced only at final inspection, too late."
            ),
            solution=(
                "Every bundle carries an RFID tag that workers scan when they finish an operation; a screen "
                "at each line shows output and bottlenecks; quality checks are recorded on tablets on the "
                "line."
            ),
            lessons="Share the figures with workers and reward teams; pilot on one line first.",
            quote="Team leaders see at once where the line is stuck and move people, instead of waiting for the shift to end.",
            figures=(("Sewing-line efficiency", "62", "78", "%"), ("Defect rate", "4.5", "2.1", "%")),
        ),
    ),
    CaseStudySpec(
        ref="demo-cs-erp-tinh-bot-san",
        sector="san-xuat-cong-nghiep",
        province="80",
        org="tinh-bot-san-tay-ninh-xanh",
        title="ERP và truy xuất lô nguyên liệu tại Tinh bột sắn Tây Ninh Xanh",
        summary=(
            "Doanh nghiệp chế biến tinh bột sắn triển khai ERP kết nối cân điện tử và phòng thí nghiệm; số ngày "
            "tồn kho giảm từ 45 xuống 28, báo cáo quản trị có trong một ngày thay vì một tuần."
        ),
        context=(
            "Nguyên liệu sắn từ hàng nghìn hộ được cân và ghi sổ tay; kế toán, kho và sản xuất dùng ba bảng "
            "tính riêng, số liệu không khớp."
        ),
        solution=(
            "ERP quản lý mua hàng, kho, sản xuất và bán hàng; cân điện tử gửi số liệu trực tiếp, mỗi lô thành "
            "phẩm truy được về các hộ cung cấp và chỉ tiêu chất lượng."
        ),
        lessons="Làm sạch danh mục nhà cung cấp và mã hàng trước khi chuyển dữ liệu.",
        quote="Khách hàng xuất khẩu hỏi lô hàng nào, chúng tôi trả lời ngay bằng dữ liệu.",
        quote_by="Cao Minh Hiếu, Trưởng phòng Kỹ thuật, Tinh bột sắn Tây Ninh Xanh",
        figures=(
            ("Số ngày tồn kho", "45", "28", "ngày"),
            ("Thời gian lập báo cáo quản trị", "7", "1", "ngày"),
        ),
        technologies=("ERP", "Cân điện tử", "Truy xuất nguồn gốc"),
        tags=("chế biến nông sản", "xuất khẩu"),
        year=2024,
        days_ago=140,
        providers=("phan-mem-bach-viet",),
        experts=("cao-minh-hieu",),
    ),
    CaseStudySpec(
        ref="demo-cs-tu-danh-gia-det-may-hung-yen",
        sector="san-xuat-cong-nghiep",
        province="33",
        org="hiep-hoi-det-may-hung-yen",
        title="Hiệp hội Dệt may Hưng Yên giúp 80 doanh nghiệp tự đánh giá mức độ chuyển đổi số",
        summary=(
            "Hiệp hội hướng dẫn 80 doanh nghiệp may dùng bộ chỉ số DBI để tự đánh giá, rồi ghép cặp với chuyên "
            "gia theo lộ trình; số doanh nghiệp đạt mức 3 “Hình thành” trở lên tăng từ 6 lên 21."
        ),
        context=(
            "Nhiều doanh nghiệp may nhỏ hỏi “nên bắt đầu chuyển đổi số từ đâu” nhưng không có ngân sách thuê "
            "tư vấn."
        ),
        solution=(
            "Hội thảo chuyên đề, bộ công cụ tự đánh giá trực tuyến miễn phí theo 6 trụ cột, và buổi tư vấn "
            "1-1 với chuyên gia để chọn ba việc làm trước trong 12 tháng."
        ),
        lessons="Tự đánh giá chỉ có ích khi đi kèm một lộ trình ngắn, cụ thể và người đồng hành.",
        quote="Doanh nghiệp nhỏ cần biết bước tiếp theo, không cần một bản chiến lược dày.",
        quote_by="Đại diện Hiệp hội Dệt may Hưng Yên",
        figures=(
            ("Doanh nghiệp đã tự đánh giá", "0", "80", "doanh nghiệp"),
            ("Doanh nghiệp đạt mức 3 trở lên", "6", "21", "doanh nghiệp"),
        ),
        technologies=("Công cụ tự đánh giá DBI",),
        tags=("doanh nghiệp nhỏ và vừa", "hiệp hội", "lộ trình"),
        year=2025,
        days_ago=15,
        experts=("ha-van-cuong", "ta-thi-ngoc-anh"),
    ),
)

SECTOR_IMAGE_ALT = {
    "tai-chinh-ngan-hang": "Minh họa trừu tượng lĩnh vực tài chính - ngân hàng: các cột tăng dần màu xanh lam và vòng tròn đồng xu",
    "y-te": "Minh họa trừu tượng lĩnh vực y tế: chữ thập đỏ trên nền các ô hồ sơ điện tử kết nối với nhau",
    "giao-duc": "Minh họa trừu tượng lĩnh vực giáo dục: các khối sách tím xếp tầng và đường kết nối",
    "nong-nghiep": "Minh họa trừu tượng lĩnh vực nông nghiệp: đồi xanh nhiều lớp dưới mặt trời và mã QR",
    "giao-thong-logistics": "Minh họa trừu tượng lĩnh vực giao thông - logistics: các khối container và tuyến đường giao nhau",
    "nang-luong": "Minh họa trừu tượng lĩnh vực năng lượng: mặt trời vàng cam và các tấm pin xếp hàng",
    "tai-nguyen-moi-truong": "Minh họa trừu tượng lĩnh vực tài nguyên - môi trường: sóng nước xanh ngọc và lá cây",
    "san-xuat-cong-nghiep": "Minh họa trừu tượng lĩnh vực sản xuất - công nghiệp: bánh răng xám và dây chuyền",
}

SECTOR_IMAGE_ALT_EN = {
    "tai-chinh-ngan-hang": "Abstract illustration of finance and banking: rising blue bars and a coin",
    "y-te": "Abstract illustration of health: a red cross over connected electronic record tiles",
    "giao-duc": "Abstract illustration of education: stacked purple books and connecting lines",
    "nong-nghiep": "Abstract illustration of agriculture: layered green hills under a sun, and a QR code",
    "giao-thong-logistics": "Abstract illustration of transport and logistics: container blocks and crossing routes",
    "nang-luong": "Abstract illustration of energy: an orange sun and rows of solar panels",
    "tai-nguyen-moi-truong": "Abstract illustration of natural resources and environment: teal waves and a leaf",
    "san-xuat-cong-nghiep": "Abstract illustration of manufacturing: grey gears and a production line",
}
