"""Hand-written demo questions and answers for the forum (natural Vietnamese, real sectors and provinces).

People are named by short aliases (see PEOPLE); `@{alias}` in a text becomes that person's @mention.
Each topic: key (stable; a rerun skips existing keys), category slug, asker, age in days, title, body,
tags, replies as (alias, days ago, text), the index of the accepted reply (or None), and how many people
up-vote the question and each reply (voters are drawn deterministically, never the author).
"""

PEOPLE = {
    "expert": "expert@dxconnect.vn",
    "member": "member@dxconnect.vn",
    "org": "org@dxconnect.vn",
    "editor": "editor@dxconnect.vn",
    "bao": "baotq@vien-cong-nghiep-so-thai-nguyen.example.vn",
    "khanh": "khanhlv@vien-du-lieu-ai-ha-noi.example.vn",
    "ha": "hapt@chuyengia.example.vn",
    "thang": "thanghd@giai-phap-so-song-han.example.vn",
    "lan": "lanvtn@vien-chuyen-doi-so-dbscl.example.vn",
    "tuan": "tuandm@so-nn-mt-lam-dong.example.vn",
    "nhung": "nhungbth@so-gd-dt-nghe-an.example.vn",
    "son": "sonnt@logistics-cang-xanh.example.vn",
    "loc": "lochv@chuyengia.example.vn",
    "trang": "tranghtt@to-cong-nghe-so-xa-y-ty.example.vn",
    "huy": "huydq@so-khcn-da-nang.example.vn",
    "cuong": "cuonghv@det-may-hung-long.example.vn",
    "hien": "hiendtt@htx-che-tan-cuong.example.vn",
    "vinh": "vinhpq@dai-khi-tuong-nam-trung-bo.example.vn",
    "tam": "tamntt@nang-luong-tai-tao-ca-na.example.vn",
    "ly": "lynt@so-y-te-thanh-hoa.example.vn",
    "trung": "trungnc@so-gd-dt-nghe-an.example.vn",
    "hieu": "hieunt@so-tai-chinh-can-tho.example.vn",
    "phong": "phonghq@cang-vu-hang-hai-hai-phong.example.vn",
    "dat": "datnq@ttpvhcc-quang-ninh.example.vn",
    "hung": "hungng@bvdk-tinh-thanh-hoa.example.vn",
    "quan": "quannm@vien-chien-luoc-chuyen-doi-so.example.vn",
    "tram": "tramhtb@quy-tin-dung-tan-thanh.example.vn",
    "viet": "vietlq@fintech-phu-sa.example.vn",
    "chau": "chaultb@trung-tam-du-lieu-moi-truong.example.vn",
    "trong": "trongld@co-khi-tan-phat.example.vn",
    "cuongnc": "cuongnc@so-cong-thuong-bac-ninh.example.vn",
}

# (key, category, asker, age, title, body, tags, replies, accepted, question votes, reply votes)
TOPICS = [
    # --- Thảo luận chung ------------------------------------------------------------------------
    (
        "bat-dau-tu-dau-cong-ty-may-80-lao-dong",
        "chung",
        "member",
        64,
        "Công ty may 80 lao động ở Hưng Yên nên bắt đầu chuyển đổi số từ đâu?",
        "Gia đình tôi có một xưởng may gia công khoảng 80 lao động ở Hưng Yên. Hiện mọi thứ vẫn ghi sổ tay và "
        "Excel: chấm công, tính lương theo sản phẩm, theo dõi đơn hàng.\n\n"
        "Tôi đọc nhiều về chuyển đổi số nhưng không biết nên bắt đầu từ phần nào, và **có công cụ tự đánh giá "
        "miễn phí không**? Ngân sách năm đầu khoảng 150 triệu đồng.",
        ["doanh nghiệp nhỏ và vừa", "dệt may", "tự đánh giá"],
        [
            (
                "bao",
                63,
                "Chị nên bắt đầu bằng việc **tự đánh giá mức độ chuyển đổi số** theo bộ chỉ số DBI (Quyết định "
                "1970/QĐ-BTTTT): 6 trụ cột, làm trực tuyến miễn phí, mất khoảng 30 phút. Kết quả cho biết doanh "
                "nghiệp đang ở mức nào (thường là mức 1 – Khởi động) và trụ cột nào yếu nhất.\n\n"
                "Với xưởng may gia công, tôi thường khuyên thứ tự:\n\n"
                "1. Chấm công và tính lương theo sản phẩm trên phần mềm (tiết kiệm ngay 2–3 ngày công kế toán mỗi "
                "tháng);\n2. Theo dõi tiến độ đơn hàng theo chuyền;\n3. Sau đó mới tính đến ERP.\n\n"
                "150 triệu là đủ cho bước 1 và 2 nếu dùng phần mềm dịch vụ (SaaS) trả theo tháng.",
            ),
            (
                "cuong",
                61,
                "Công ty tôi (dệt may, 300 lao động) đi đúng lộ trình anh Bảo nói. Bài học lớn nhất: **chọn một "
                "chuyền làm thí điểm** trong 2 tháng, để tổ trưởng chuyền quen rồi mới nhân rộng. Làm cả xưởng một "
                "lúc là công nhân phản đối vì sợ bị trừ lương oan.",
            ),
            (
                "quan",
                58,
                "Bổ sung: chị có thể đăng ký nhận tư vấn miễn phí trong chương trình hỗ trợ doanh nghiệp nhỏ và vừa "
                "chuyển đổi số của Bộ. Hồ sơ đơn giản, có chuyên gia đến tận xưởng khảo sát.",
            ),
            (
                "member",
                40,
                "Cảm ơn mọi người. Tôi đã làm bài tự đánh giá: mức 1, yếu nhất là trụ cột dữ liệu. Tháng này "
                "xưởng bắt đầu chấm công bằng vân tay và phần mềm tính lương, thí điểm ở chuyền 3 như anh @{cuong} "
                "gợi ý.",
            ),
        ],
        0,
        9,
        [7, 5, 3, 1],
    ),
    (
        "ho-so-de-cu-don-vi-tieu-bieu-can-gi",
        "chung",
        "ly",
        120,
        "Hồ sơ đề cử đơn vị tiêu biểu cần những gì? Sáng kiến có bắt buộc không?",
        "Sở Y tế chúng tôi muốn đề cử một bệnh viện tuyến tỉnh vào chương trình tôn vinh đơn vị chuyển đổi số "
        "tiêu biểu. Xin hỏi hồ sơ có cần **kế hoạch chuyển đổi số** đã phê duyệt không? Mục sáng kiến có bắt "
        "buộc không, hay chỉ là điểm cộng?",
        ["đề cử", "hồ sơ", "tiêu chí"],
        [
            (
                "editor",
                119,
                "Theo thể lệ, hồ sơ cần thể hiện đủ các tiêu chí: (a) thuộc lĩnh vực trọng điểm và được UBND tỉnh, "
                "Sở hoặc Hiệp hội đề cử; (b) có nhu cầu được hỗ trợ; (c) có **chiến lược hoặc kế hoạch chuyển đổi "
                "số cụ thể, rõ ràng, hiệu quả**; (d) có quy mô, tiềm lực để trở thành điển hình.\n\n"
                "Sáng kiến tiêu biểu là tiêu chí (e) và ghi rõ **“nếu có”**: không bắt buộc, nhưng giúp Hội đồng "
                "thẩm định thấy rõ điểm khác biệt.",
            ),
            (
                "hung",
                110,
                "Kinh nghiệm của bệnh viện chúng tôi năm ngoái: kế hoạch không cần dày, nhưng phải có mốc thời gian "
                "và chỉ số đo được (ví dụ tỷ lệ bệnh án điện tử, thời gian chờ khám). Hội đồng hỏi kỹ phần số liệu.",
            ),
        ],
        0,
        6,
        [8, 4],
    ),
    (
        "cong-cu-danh-gia-dbi-hay-edih",
        "chung",
        "huy",
        45,
        "Nên dùng bộ chỉ số DBI hay công cụ đánh giá mức độ trưởng thành số của châu Âu?",
        "Sở KH&CN Đà Nẵng đang xây dựng chương trình khảo sát cho 200 doanh nghiệp. Chúng tôi phân vân giữa bộ "
        "chỉ số DBI trong nước và công cụ Digital Maturity Assessment của mạng lưới EDIH châu Âu. Có ai đã dùng "
        "cả hai chưa?",
        ["DBI", "đánh giá mức độ chuyển đổi số", "khảo sát"],
        [
            (
                "quan",
                44,
                "Chúng tôi đã thử cả hai. DBI có lợi thế là quen thuộc với cơ quan quản lý, kết quả so sánh được "
                "với số liệu quốc gia. Công cụ EDIH có thêm chiều **số hóa xanh** và **lấy con người làm trung tâm**, "
                "thang 0–100 và được thiết kế để đánh giá lại theo thời gian.\n\n"
                "Gợi ý: dùng DBI làm chuẩn chính, bổ sung vài câu hỏi về số hóa xanh; lưu kết quả theo từng đợt để "
                "thấy doanh nghiệp tiến bộ.",
            ),
            (
                "bao",
                40,
                "Đồng ý với anh Quân. Quan trọng hơn công cụ là **đánh giá lại sau 12 tháng** với cùng bộ câu hỏi; "
                "nhiều chương trình chỉ khảo sát một lần nên không đo được hiệu quả hỗ trợ.",
            ),
        ],
        0,
        5,
        [6, 4],
    ),
    (
        "ngay-chuyen-doi-so-10-10-hoat-dong-cap-xa",
        "chung",
        "trang",
        30,
        "Gợi ý hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 10/10 ở cấp xã?",
        "Tổ công nghệ số cộng đồng xã chúng tôi (Y Tý, Lào Cai) muốn tổ chức đợt cao điểm 10 ngày “đi từng ngõ, "
        "gõ từng nhà”. Các xã khác đã làm những hoạt động gì hiệu quả?",
        ["tổ công nghệ số cộng đồng", "10/10", "kỹ năng số"],
        [
            (
                "dat",
                29,
                "Ở Quảng Ninh, mỗi tổ viên nhận 15 hộ, hướng dẫn ba việc: cài ứng dụng định danh điện tử, nộp một "
                "hồ sơ dịch vụ công trực tuyến thật, thanh toán một hóa đơn điện nước không dùng tiền mặt. Có mục "
                "tiêu cụ thể thì dễ báo cáo.",
            ),
            (
                "org",
                27,
                "Chúng tôi in sẵn một tờ hướng dẫn một trang, chữ to, có ảnh chụp màn hình từng bước. Người cao "
                "tuổi giữ lại để tự làm lần sau. Chị có thể xin mẫu của Sở KH&CN Đà Nẵng.",
            ),
        ],
        None,
        4,
        [5, 3],
    ),
    # --- Y tế ----------------------------------------------------------------------------------
    (
        "hl7-fhir-cho-benh-vien-tuyen-tinh",
        "y-te",
        "hung",
        95,
        "Bệnh viện tuyến tỉnh có nên chuẩn hóa dữ liệu theo HL7 FHIR ngay từ đầu?",
        "Bệnh viện Đa khoa tỉnh Thanh Hóa đang hoàn thiện bệnh án điện tử và chuẩn bị liên thông với 45 trạm y "
        "tế xã. Nhà cung cấp HIS khuyên dùng định dạng riêng cho nhanh. Có nên đầu tư HL7 FHIR từ đầu không, "
        "hay để giai đoạn sau?",
        ["HL7 FHIR", "bệnh án điện tử", "liên thông dữ liệu"],
        [
            (
                "expert",
                94,
                "Nên, nhưng **làm từng phần**. Không cần toàn bộ FHIR ngay: bắt đầu với vài tài nguyên cốt lõi "
                "(Patient, Encounter, Observation, MedicationRequest) cho đúng luồng chuyển tuyến. Định dạng riêng "
                "của nhà cung cấp sẽ khóa bệnh viện vào một hãng, và chi phí chuyển đổi sau này luôn lớn hơn.\n\n"
                "Điều kiện bắt buộc trong hợp đồng: nhà cung cấp HIS phải xuất và nhận dữ liệu theo FHIR qua API.",
            ),
            (
                "ly",
                90,
                "Sở Y tế Thanh Hóa ủng hộ hướng này: các bệnh viện trong tỉnh sẽ dùng chung một hồ sơ tối thiểu để "
                "trạm y tế xã chỉ cần một phần mềm nhận dữ liệu.",
            ),
            (
                "khanh",
                85,
                "Lưu ý thêm về mã hóa danh mục: dùng mã ICD-10 và danh mục dùng chung của Bộ Y tế, nếu không thì "
                "liên thông được nhưng không thống kê được.",
            ),
        ],
        0,
        8,
        [9, 4, 3],
    ),
    (
        "ho-so-suc-khoe-dien-tu-nguoi-cao-tuoi",
        "y-te",
        "expert",
        52,
        "Làm sao để người cao tuổi kích hoạt và dùng hồ sơ sức khỏe điện tử?",
        "Tôi đang hỗ trợ một trung tâm y tế ở Bắc Ninh. Tỷ lệ người dân trên 60 tuổi kích hoạt hồ sơ sức khỏe "
        "điện tử chỉ khoảng 12%. Các anh chị đã thử cách nào hiệu quả? Tôi đặc biệt quan tâm kinh nghiệm của "
        "@{trang} và các tổ công nghệ số cộng đồng.",
        ["hồ sơ sức khỏe điện tử", "người cao tuổi", "kỹ năng số"],
        [
            (
                "trang",
                50,
                "Ở xã tôi, cách hiệu quả nhất là **gắn với việc người dân đang cần**: khi người cao tuổi đến trạm "
                "khám định kỳ, tổ viên ngồi ngay tại trạm, kích hoạt giúp và cho xem kết quả xét nghiệm của chính "
                "họ trên điện thoại. Thấy có ích là họ nhớ.",
            ),
            (
                "hung",
                47,
                "Bệnh viện chúng tôi cho con cháu được quản lý hồ sơ thay ông bà (có ủy quyền). Tỷ lệ sử dụng tăng "
                "rõ vì người trẻ làm thay.",
            ),
            (
                "expert",
                20,
                "Cập nhật: sau 2 tháng làm theo cách của chị Trang, tỷ lệ kích hoạt ở nhóm trên 60 tuổi tăng từ 12% "
                "lên 31%. Cảm ơn mọi người!",
            ),
        ],
        0,
        7,
        [10, 6, 2],
    ),
    (
        "kham-tu-xa-tram-y-te-vung-cao",
        "y-te",
        "ly",
        33,
        "Khám chữa bệnh từ xa cho trạm y tế vùng cao: đường truyền yếu thì làm thế nào?",
        "Nhiều trạm y tế xã ở miền núi Thanh Hóa chỉ có 4G chập chờn. Có giải pháp hội chẩn từ xa nào chạy được "
        "với băng thông thấp không?",
        ["y tế từ xa", "hạ tầng số", "vùng cao"],
        [
            (
                "expert",
                31,
                "Đừng bắt đầu bằng video. Với băng thông thấp, hội chẩn **không đồng bộ** hiệu quả hơn: trạm gửi ảnh, "
                "kết quả đo và mô tả, bác sĩ tuyến trên trả lời trong ngày. Video chỉ dùng cho ca cấp cứu, và nên "
                "có phương án gọi điện thoại thường làm dự phòng.",
            ),
            (
                "thang",
                30,
                "Nhớ mã hóa dữ liệu khi gửi và không dùng ứng dụng nhắn tin cá nhân để gửi ảnh bệnh nhân; đó là dữ "
                "liệu cá nhân nhạy cảm theo Nghị định 13.",
            ),
        ],
        0,
        5,
        [6, 5],
    ),
    # --- Tài chính - Ngân hàng ------------------------------------------------------------------
    (
        "ekyc-quy-tin-dung-nhan-dan",
        "tai-chinh-ngan-hang",
        "tram",
        88,
        "Quỹ tín dụng nhân dân có nên triển khai eKYC mở tài khoản trực tuyến?",
        "Quỹ tín dụng nhân dân Tân Thạnh có khoảng 4.000 thành viên, chủ yếu là nông dân. Chi phí eKYC của các "
        "nhà cung cấp khá cao so với quy mô của quỹ. Có mô hình dùng chung nào không?",
        ["eKYC", "quỹ tín dụng nhân dân", "ngân hàng số"],
        [
            (
                "ha",
                86,
                "Có. Nhiều quỹ tín dụng nhỏ dùng eKYC **theo lượt** qua ngân hàng hợp tác xã hoặc nhà cung cấp "
                "dịch vụ dùng chung, không cần mua trọn gói. Với 4.000 thành viên, chi phí theo lượt thường thấp "
                "hơn nhiều.\n\nQuan trọng hơn: quy trình phải có bước xác thực bằng căn cước gắn chip và đối chiếu "
                "dữ liệu dân cư, để đáp ứng quy định về mở tài khoản trực tuyến.",
            ),
            (
                "viet",
                80,
                "Bên tôi (fintech ở Cần Thơ) đang cung cấp đúng mô hình này cho 6 quỹ tín dụng. Nếu chị cần, tôi "
                "chia sẻ biểu phí và quy trình mẫu.",
            ),
            (
                "hieu",
                70,
                "Sở Tài chính Cần Thơ có chương trình hỗ trợ một phần chi phí cho tổ chức tín dụng nhỏ thí điểm. "
                "Chị liên hệ phòng Tài chính doanh nghiệp nhé.",
            ),
        ],
        0,
        6,
        [7, 3, 2],
    ),
    (
        "thanh-toan-khong-dung-tien-mat-cho-nong-san",
        "tai-chinh-ngan-hang",
        "hien",
        41,
        "Thu tiền bán chè qua mã QR: làm sao đối soát khi có 120 hộ cùng bán?",
        "Hợp tác xã chè Tân Cương bán chung sản phẩm của 120 hộ. Khách chuyển khoản qua mã QR vào tài khoản "
        "hợp tác xã, cuối tháng rất khó biết tiền của hộ nào.",
        ["mã QR", "thanh toán không dùng tiền mặt", "hợp tác xã"],
        [
            (
                "ha",
                40,
                "Dùng **mã QR động** cho từng đơn hàng, nội dung chuyển khoản tự sinh theo mã đơn (có mã hộ trong "
                "đó). Ngân hàng trả về thông báo giao dịch qua API, phần mềm bán hàng tự đối soát. Hầu hết ngân hàng "
                "lớn đều có gói này cho hợp tác xã, phí thấp.",
            ),
            (
                "lan",
                38,
                "Các hợp tác xã trái cây ở Đồng Tháp làm tương tự và in mã QR ngay trên tem truy xuất nguồn gốc. "
                "Khách quét một mã vừa xem nguồn gốc vừa thanh toán.",
            ),
        ],
        0,
        4,
        [6, 4],
    ),
    (
        "cham-diem-tin-dung-ho-kinh-doanh",
        "tai-chinh-ngan-hang",
        "viet",
        19,
        "Chấm điểm tín dụng hộ kinh doanh từ dữ liệu bán hàng: có vướng quy định dữ liệu cá nhân?",
        "Chúng tôi muốn dùng lịch sử giao dịch trên sàn thương mại điện tử để chấm điểm tín dụng cho hộ kinh "
        "doanh nhỏ. Cần lưu ý gì về Nghị định 13/2023 về bảo vệ dữ liệu cá nhân?",
        ["chấm điểm tín dụng", "dữ liệu cá nhân", "fintech"],
        [
            (
                "ha",
                18,
                "Ba điều bắt buộc: (1) **sự đồng ý rõ ràng** của chủ thể dữ liệu cho đúng mục đích chấm điểm; (2) "
                "đánh giá tác động xử lý dữ liệu cá nhân và lưu hồ sơ; (3) cho người vay biết các yếu tố chính ảnh "
                "hưởng đến điểm của họ. @{khanh} có thể bổ sung về mô hình học máy giải thích được.",
            ),
            (
                "khanh",
                15,
                "Về mô hình: tránh dùng các biến gián tiếp phản ánh giới tính, dân tộc, nơi ở; kiểm tra độ lệch "
                "giữa các nhóm trước khi đưa vào dùng thật.",
            ),
        ],
        None,
        3,
        [5, 3],
    ),
    # --- Giáo dục ------------------------------------------------------------------------------
    (
        "hoc-ba-so-dao-tao-giao-vien-truoc",
        "giao-duc",
        "trung",
        76,
        "Triển khai học bạ số: nên đào tạo giáo viên hay phụ huynh trước?",
        "Sở GD&ĐT Nghệ An chuẩn bị triển khai học bạ số cho 120 trường THPT. Thời gian tập huấn có hạn. Nên "
        "ưu tiên nhóm nào trước?",
        ["học bạ số", "đào tạo kỹ năng số", "giáo viên"],
        [
            (
                "nhung",
                75,
                "**Giáo viên trước.** Trường THPT chuyên của tỉnh số hóa học bạ từ 09/2023, 95% phụ huynh nhận "
                "thông báo qua ứng dụng, nhưng chỉ vì giáo viên chủ nhiệm đã thành thạo và tự hướng dẫn phụ huynh "
                "trong buổi họp đầu năm. Nếu giáo viên lúng túng, phụ huynh sẽ gọi điện hỏi giáo viên và mọi thứ "
                "quay về giấy.",
            ),
            (
                "trung",
                60,
                "Cảm ơn chị Nhung. Sở đã đổi kế hoạch: mỗi trường cử 2 giáo viên nòng cốt tập huấn trước, rồi các "
                "giáo viên này hướng dẫn lại trong trường.",
            ),
        ],
        0,
        6,
        [9, 2],
    ),
    (
        "lms-cho-truong-mien-nui",
        "giao-duc",
        "member",
        28,
        "Hệ thống quản lý học tập (LMS) nào phù hợp trường miền núi, ít máy tính?",
        "Em gái tôi dạy ở một trường PTDT nội trú ở Lai Châu. Học sinh chủ yếu dùng điện thoại, phòng máy chỉ "
        "20 máy. Có LMS nào nhẹ, dùng tốt trên điện thoại và có thể tải bài về học khi không có mạng?",
        ["LMS", "học liệu số", "vùng cao"],
        [
            (
                "nhung",
                27,
                "Nên chọn LMS có ứng dụng di động hỗ trợ **tải khóa học để học ngoại tuyến** (Moodle có tính năng "
                "này). Bài giảng dạng video ngắn dưới 5 phút, nén ở 480p. Quan trọng là giáo viên có thời gian soạn "
                "học liệu; nhà trường nên dùng chung kho học liệu của Sở thay vì tự làm từ đầu.",
            ),
            (
                "khanh",
                25,
                "Bổ sung: phần chấm bài trắc nghiệm tự động giúp giáo viên tiết kiệm nhiều thời gian, nhưng bài tự "
                "luận vẫn nên chấm tay để nhận xét cho học sinh.",
            ),
        ],
        None,
        3,
        [4, 2],
    ),
    (
        "an-toan-du-lieu-hoc-sinh",
        "giao-duc",
        "thang",
        12,
        "Checklist an toàn dữ liệu học sinh khi nhà trường dùng phần mềm đám mây",
        "Nhiều trường đang dùng phần mềm quản lý trường học trên điện toán đám mây. Tôi soạn một checklist ngắn "
        "để các trường tự kiểm tra, mời mọi người góp ý:\n\n"
        "- Tài khoản quản trị có xác thực hai lớp;\n- Phân quyền theo vai trò, giáo viên chỉ xem lớp mình;\n"
        "- Sao lưu định kỳ và thử khôi phục;\n- Hợp đồng ghi rõ dữ liệu lưu ở đâu và xóa khi chấm dứt.",
        ["an toàn thông tin", "dữ liệu cá nhân", "điện toán đám mây"],
        [
            (
                "nhung",
                11,
                "Rất thiết thực. Đề nghị thêm: **thu hồi tài khoản** ngay khi giáo viên chuyển trường. Đây là lỗ "
                "hổng phổ biến nhất chúng tôi gặp.",
            ),
        ],
        None,
        5,
        [4],
    ),
    # --- Nông nghiệp ---------------------------------------------------------------------------
    (
        "truy-xuat-nguon-goc-che-ma-qr",
        "nong-nghiep",
        "hien",
        110,
        "Truy xuất nguồn gốc chè bằng mã QR: bắt đầu thế nào với ngân sách dưới 200 triệu?",
        "Hợp tác xã chè Tân Cương (Thái Nguyên) có 120 hộ. Chúng tôi muốn mỗi gói chè có mã QR cho biết vùng "
        "trồng, ngày hái, ngày sao, và bán sản phẩm chủ lực trên sàn thương mại điện tử. Ngân sách dưới "
        "200.000.000 đ.",
        ["truy xuất nguồn gốc", "mã QR", "OCOP", "thương mại điện tử"],
        [
            (
                "lan",
                108,
                "Làm được trong ngân sách đó. Kinh nghiệm từ các hợp tác xã ở Đồng bằng sông Cửu Long:\n\n"
                "1. **Nhật ký canh tác điện tử** trên điện thoại cho từng hộ (ghi bón phân, phun thuốc, ngày hái) – "
                "đây là phần khó nhất vì phải thay đổi thói quen;\n2. Mã QR theo **lô sản phẩm**, không cần theo "
                "từng gói;\n3. Dùng nền tảng truy xuất nguồn gốc có sẵn, kết nối cổng truy xuất quốc gia.\n\n"
                "Chi phí phần mềm khoảng 30–50 triệu/năm, phần còn lại dành cho tem, tập huấn và chụp ảnh sản phẩm.",
            ),
            (
                "tuan",
                100,
                "Nếu hợp tác xã đã có **mã số vùng trồng**, hãy gắn vào dữ liệu truy xuất: đó là điều các sàn và nhà "
                "nhập khẩu hỏi đầu tiên.",
            ),
            (
                "hien",
                60,
                "Sau 3 tháng: 40 hộ đã ghi nhật ký đều đặn, lô chè đầu tiên có mã QR đã lên sàn. Cảm ơn chị @{lan}!",
            ),
        ],
        0,
        10,
        [12, 5, 2],
    ),
    (
        "ban-hang-tren-san-tmdt-cho-xa-thi-diem",
        "nong-nghiep",
        "trang",
        70,
        "Xã thí điểm: làm sao để bà con tự đăng bán sản phẩm chủ lực trên sàn thương mại điện tử?",
        "Xã chúng tôi chọn gạo Séng Cù là sản phẩm chủ lực. Đã có gian hàng trên sàn nhưng chỉ tổ công nghệ số "
        "đăng bài, bà con chưa tự làm được. Có cách nào đào tạo hiệu quả?",
        ["xã thí điểm", "sản phẩm chủ lực", "thương mại điện tử"],
        [
            (
                "lan",
                69,
                "Chọn 5–7 hộ trẻ làm **“hộ dẫn đường”**, kèm cặp 1-1 trong một tháng: chụp ảnh, viết mô tả, trả lời "
                "khách, đóng gói. Sau đó mỗi hộ dẫn đường kèm 3 hộ khác. Đào tạo lớp đông người thường không hiệu "
                "quả với bán hàng trực tuyến.",
            ),
            (
                "dat",
                66,
                "Nên thống nhất một bộ ảnh và mô tả chuẩn của sản phẩm chủ lực, các hộ dùng chung, chỉ thay giá và "
                "số lượng. Khách tin hơn khi thấy thông tin đồng nhất.",
            ),
        ],
        0,
        5,
        [7, 4],
    ),
    (
        "cam-bien-do-am-dat-ca-phe",
        "nong-nghiep",
        "member",
        16,
        "Cảm biến độ ẩm đất cho vườn cà phê 3 ha có đáng đầu tư không?",
        "Nhà tôi có 3 ha cà phê ở Đắk Lắk. Nhiều công ty chào hệ thống tưới tự động theo cảm biến độ ẩm, giá từ "
        "60 triệu. Có ai dùng thực tế chưa, tiết kiệm được bao nhiêu nước và điện?",
        ["nông nghiệp chính xác", "IoT", "tưới tiêu"],
        [
            (
                "tuan",
                15,
                "Với 3 ha, thường tiết kiệm 20–30% nước tưới trong mùa khô, điện bơm giảm tương ứng. Thời gian hoàn "
                "vốn khoảng 2–3 vụ. Anh/chị nên thí điểm 1 ha trước, đặt cảm biến ở 2 độ sâu (20 và 40 cm).",
            ),
        ],
        None,
        2,
        [3],
    ),
    # --- Giao thông - Logistics ----------------------------------------------------------------
    (
        "lenh-giao-hang-dien-tu-cang-hai-phong",
        "giao-thong-logistics",
        "phong",
        84,
        "Số hóa lệnh giao hàng điện tử (eDO) ở cảng: doanh nghiệp nhỏ cần chuẩn bị gì?",
        "Cảng vụ Hải Phòng khuyến khích các doanh nghiệp giao nhận dùng lệnh giao hàng điện tử. Nhiều doanh "
        "nghiệp nhỏ vẫn ngại vì không có phần mềm riêng. Họ cần chuẩn bị gì tối thiểu?",
        ["chứng từ điện tử", "cảng biển", "logistics"],
        [
            (
                "son",
                83,
                "Tối thiểu chỉ cần: **chữ ký số** của doanh nghiệp, tài khoản trên cổng eDO của hãng tàu và thanh "
                "toán phí trực tuyến. Không cần phần mềm riêng. Ở công ty tôi, thời gian xe chờ tại cổng cảng giảm "
                "một nửa sau khi dùng eDO, vì không còn phải đi lấy lệnh giấy.",
            ),
            (
                "phong",
                70,
                "Cảm ơn anh Sơn. Cảng vụ sẽ tổ chức buổi hướng dẫn theo đúng ba bước này cho hiệp hội.",
            ),
        ],
        0,
        6,
        [8, 2],
    ),
    (
        "gps-doi-xe-tai-nho",
        "giao-thong-logistics",
        "org",
        37,
        "Quản lý đội 15 xe tải nhỏ: thiết bị giám sát hành trình có đủ, hay cần phần mềm điều vận?",
        "Một doanh nghiệp vận tải ở Đà Nẵng hỏi Sở chúng tôi: xe đã có thiết bị giám sát hành trình theo quy "
        "định, có nên mua thêm phần mềm điều vận không? Tôi chuyển câu hỏi lên đây để các chuyên gia góp ý. "
        "@{son} anh có kinh nghiệm không?",
        ["GPS", "quản lý vận tải", "tối ưu tuyến đường"],
        [
            (
                "son",
                36,
                "Thiết bị giám sát hành trình chỉ cho biết xe **đã** đi đâu. Phần mềm điều vận giúp quyết định xe "
                "**sẽ** đi đâu: ghép đơn, tối ưu tuyến, báo khách giờ đến. Với 15 xe, phần mềm dạng thuê bao khoảng "
                "150–200 nghìn đồng/xe/tháng, thường tiết kiệm 8–12% nhiên liệu.",
            ),
            (
                "huy",
                30,
                "Nên chọn phần mềm đọc được dữ liệu từ thiết bị giám sát hành trình sẵn có, tránh lắp thêm thiết bị.",
            ),
        ],
        0,
        4,
        [6, 3],
    ),
    # --- Năng lượng ----------------------------------------------------------------------------
    (
        "iot-giam-sat-nang-luong-nha-may-co-khi",
        "nang-luong",
        "trong",
        100,
        "IoT giám sát năng lượng cho nhà máy cơ khí: nên đo ở đâu trước?",
        "Nhà máy cơ khí Tân Phát có hóa đơn điện khoảng 600 triệu/tháng. Chúng tôi muốn lắp hệ thống giám sát "
        "năng lượng nhưng không biết nên đặt đồng hồ đo ở đâu trước để thấy hiệu quả nhanh.",
        ["giám sát năng lượng", "IoT", "tiết kiệm năng lượng"],
        [
            (
                "bao",
                99,
                "Đo theo thứ tự **tiêu thụ lớn nhất**: máy nén khí, lò nhiệt luyện, hệ thống chiếu sáng và điều hòa "
                "nhà xưởng. Riêng máy nén khí thường chiếm 20–30% điện năng, và rò rỉ khí nén là nguồn lãng phí dễ "
                "sửa nhất. Các nhà máy tôi đã làm giảm 8–15% điện năng trong năm đầu.",
            ),
            (
                "loc",
                95,
                "Thêm một điểm: đo **công suất phản kháng** ở tủ tổng. Nhiều nhà máy bị phạt tiền công suất phản "
                "kháng hàng tháng mà không biết, chỉ cần bổ sung tụ bù.",
            ),
            (
                "trong",
                50,
                "Đã lắp đo cho 4 máy nén khí: phát hiện rò rỉ chiếm khoảng 18% lượng khí nén. Sửa xong, hóa đơn "
                "giảm 7% ngay tháng đầu. Cảm ơn @{bao} và @{loc}.",
            ),
        ],
        0,
        8,
        [11, 7, 3],
    ),
    (
        "dien-mat-troi-mai-nha-tu-dung",
        "nang-luong",
        "tam",
        25,
        "Điện mặt trời mái nhà tự sản tự tiêu: giám sát và báo cáo thế nào cho đúng?",
        "Doanh nghiệp tôi lắp 500 kWp điện mặt trời mái nhà tự dùng. Cần hệ thống giám sát sản lượng và báo cáo "
        "theo quy định mới. Có ai đã làm chưa?",
        ["điện mặt trời", "năng lượng tái tạo", "báo cáo"],
        [
            (
                "loc",
                24,
                "Biến tần (inverter) của các hãng lớn đều có nền tảng giám sát đám mây; chị nên xuất dữ liệu theo "
                "giờ về hệ thống của doanh nghiệp để tự lập báo cáo, không phụ thuộc ứng dụng của hãng. Kết hợp với "
                "đồng hồ đo tải để biết tỷ lệ tự tiêu thụ thực tế.",
            ),
        ],
        None,
        3,
        [4],
    ),
    # --- Tài nguyên - Môi trường ---------------------------------------------------------------
    (
        "quan-trac-moi-truong-tu-dong-du-lieu-mo",
        "tai-nguyen-moi-truong",
        "chau",
        90,
        "Công khai dữ liệu quan trắc môi trường tự động: định dạng nào cho dữ liệu mở?",
        "Trung tâm chúng tôi có 30 trạm quan trắc không khí và nước tự động. Muốn công bố dữ liệu mở cho người "
        "dân và nhà nghiên cứu. Nên dùng định dạng và giấy phép nào?",
        ["dữ liệu mở", "quan trắc môi trường", "API"],
        [
            (
                "tuan",
                88,
                "Gợi ý: API trả JSON theo chuẩn **OGC SensorThings** (phù hợp dữ liệu cảm biến theo thời gian), kèm "
                "tệp CSV theo ngày để tải về. Giấy phép: dữ liệu mở có ghi nguồn. Quan trọng nhất là mô tả rõ đơn "
                "vị đo, tần suất và cờ chất lượng dữ liệu (dữ liệu đã kiểm định hay chưa).",
            ),
            (
                "vinh",
                80,
                "Đài khí tượng chúng tôi đang dùng đúng chuẩn đó. Nên công bố cả dữ liệu lỗi kèm cờ chất lượng, "
                "đừng xóa: nhà nghiên cứu cần biết thiết bị hỏng khi nào.",
            ),
        ],
        0,
        5,
        [8, 5],
    ),
    (
        "canh-bao-sat-lo-mien-nui",
        "tai-nguyen-moi-truong",
        "vinh",
        58,
        "Mô hình cảnh báo sạt lở đất cho tỉnh miền núi: dữ liệu tối thiểu cần có?",
        "Chúng tôi muốn xây dựng cảnh báo sớm sạt lở cho các xã miền núi Khánh Hòa. Dữ liệu mưa có, bản đồ địa "
        "hình chưa chi tiết. Cần tối thiểu những lớp dữ liệu nào?",
        ["cảnh báo sớm", "GIS", "ảnh viễn thám"],
        [
            (
                "tuan",
                57,
                "Tối thiểu: mô hình số độ cao (DEM) 12,5 m hoặc tốt hơn, bản đồ địa chất, lớp phủ thực vật từ ảnh "
                "viễn thám, và dữ liệu mưa theo giờ. Ngưỡng cảnh báo xây dựng từ các vụ sạt lở đã ghi nhận. Lâm "
                "Đồng đã làm mô hình này, tôi sẵn sàng chia sẻ.",
            ),
        ],
        0,
        4,
        [7],
    ),
    (
        "so-hoa-ho-so-dat-dai",
        "tai-nguyen-moi-truong",
        "expert",
        8,
        "Số hóa hồ sơ địa chính giấy: kinh nghiệm kiểm tra chất lượng dữ liệu?",
        "Tôi được mời góp ý cho dự án số hóa hồ sơ địa chính của một huyện cũ (nay thuộc xã mới sau sắp xếp). "
        "Lĩnh vực này không phải chuyên môn chính của tôi, nhưng bài học từ bệnh án điện tử có lẽ tương tự: "
        "kiểm tra chất lượng dữ liệu thế nào khi nhập liệu hàng trăm nghìn trang? @{tuan} anh có kinh nghiệm không?",
        ["cơ sở dữ liệu đất đai", "số hóa", "chất lượng dữ liệu"],
        [],
        None,
        2,
        [],
    ),
    # --- Sản xuất - Công nghiệp ----------------------------------------------------------------
    (
        "erp-hay-mes-truoc",
        "san-xuat-cong-nghiep",
        "cuongnc",
        80,
        "Doanh nghiệp sản xuất vừa: triển khai ERP hay MES trước?",
        "Sở Công Thương Bắc Ninh nhận nhiều câu hỏi từ doanh nghiệp linh kiện điện tử 200–500 lao động: nên đầu "
        "tư ERP hay MES trước? Xin ý kiến các chuyên gia để chúng tôi tư vấn thống nhất.",
        ["ERP", "MES", "sản xuất thông minh"],
        [
            (
                "bao",
                79,
                "Phụ thuộc vào **nỗi đau lớn nhất**. Nếu vấn đề là tồn kho, mua hàng, công nợ: ERP trước. Nếu vấn đề "
                "là tỷ lệ lỗi, năng suất chuyền, truy vết lô: MES trước. Doanh nghiệp linh kiện điện tử làm gia công "
                "cho tập đoàn nước ngoài thường bị khách hàng yêu cầu truy vết, nên MES hay được ưu tiên.\n\n"
                "Dù chọn gì, hãy yêu cầu hai hệ thống trao đổi dữ liệu qua API ngay từ hợp đồng.",
            ),
            (
                "trong",
                75,
                "Chúng tôi làm ERP trước và hối hận một phần: dữ liệu sản xuất nhập tay vào ERP luôn trễ 1–2 ngày. "
                "Nếu làm lại sẽ làm thu thập dữ liệu máy trước.",
            ),
            (
                "cuong",
                72,
                "Dệt may thì ngược lại: ERP trước vì đơn hàng, nguyên phụ liệu là phần phức tạp nhất.",
            ),
        ],
        0,
        7,
        [10, 6, 4],
    ),
    (
        "thu-thap-du-lieu-may-cu",
        "san-xuat-cong-nghiep",
        "trong",
        35,
        "Thu thập dữ liệu từ máy CNC đời cũ không có cổng kết nối?",
        "Xưởng có 12 máy CNC đời 2008, không có cổng Ethernet. Muốn biết thời gian chạy máy thực tế (OEE). Có "
        "cách nào rẻ mà không can thiệp vào bộ điều khiển?",
        ["OEE", "IoT", "máy CNC"],
        [
            (
                "bao",
                34,
                "Cách rẻ và an toàn: gắn **cảm biến dòng điện** (kẹp dòng) vào dây nguồn trục chính, kết hợp đèn "
                "tháp tín hiệu. Từ dòng điện suy ra máy chạy, chờ hay dừng. Khoảng 3–5 triệu đồng/máy, không đụng "
                "vào bộ điều khiển, đủ để tính OEE sơ bộ.",
            ),
            (
                "member",
                30,
                "Mình không làm cơ khí nhưng thấy ý tưởng kẹp dòng này áp dụng được cho máy may công nghiệp ở xưởng "
                "nhà mình để đo thời gian chạy máy. Anh @{bao} thấy có khả thi không?",
            ),
            (
                "bao",
                29,
                "Khả thi, chị Trang. Máy may dùng mô-tơ servo nên tín hiệu rõ. Chị thử với 5 máy trước nhé.",
            ),
        ],
        0,
        5,
        [8, 2, 3],
    ),
    (
        "an-ninh-mang-nha-may",
        "san-xuat-cong-nghiep",
        "thang",
        22,
        "Kết nối máy móc nhà máy lên mạng: tối thiểu cần làm gì về an ninh mạng?",
        "Nhiều nhà máy bắt đầu kết nối máy móc (OT) với mạng văn phòng (IT) để thu thập dữ liệu. Tôi muốn tổng "
        "hợp các biện pháp tối thiểu để doanh nghiệp vừa và nhỏ tự làm.",
        ["an ninh mạng", "OT", "IoT"],
        [
            (
                "bao",
                21,
                "Ba việc đầu tiên: **tách mạng máy móc** khỏi mạng văn phòng (VLAN, tường lửa), chỉ cho dữ liệu đi "
                "một chiều lên; đổi mật khẩu mặc định của mọi thiết bị; không cho truy cập từ xa trực tiếp vào máy, "
                "phải qua VPN có xác thực hai lớp.",
            ),
        ],
        0,
        4,
        [6],
    ),
    # --- Lĩnh vực khác -------------------------------------------------------------------------
    (
        "dich-vu-cong-truc-tuyen-toan-trinh-ty-le-thap",
        "khac",
        "dat",
        73,
        "Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình còn thấp: nguyên nhân và cách cải thiện?",
        "Trung tâm Phục vụ hành chính công Quảng Ninh có nhiều thủ tục đã cung cấp trực tuyến toàn trình, nhưng "
        "người dân vẫn đến nộp trực tiếp. Các địa phương khác làm gì để tăng tỷ lệ?",
        ["dịch vụ công trực tuyến", "chính quyền số", "trải nghiệm người dùng"],
        [
            (
                "khanh",
                72,
                "Nguyên nhân thường gặp: biểu mẫu dài, phải tải lên bản scan giấy tờ mà nhà nước đã có. Giải pháp "
                "hiệu quả nhất là **tái sử dụng dữ liệu** từ cơ sở dữ liệu dân cư và kho hồ sơ điện tử, để người dân "
                "không phải nhập lại. Trợ lý ảo hỏi đáp thủ tục cũng giảm số cuộc gọi hỏi cách làm.",
            ),
            (
                "huy",
                68,
                "Đà Nẵng đặt **quầy hướng dẫn nộp trực tuyến** ngay tại bộ phận một cửa: người dân đến nộp trực tiếp "
                "được hướng dẫn nộp trên điện thoại của chính họ. Lần sau họ tự làm.",
            ),
            (
                "trang",
                60,
                "Ở xã vùng cao, tổ công nghệ số cộng đồng đã hướng dẫn hơn 1.200 người dân nộp hồ sơ trực tuyến "
                "trong 10 ngày. Gắn với việc người dân đang cần làm thì hiệu quả nhất.",
            ),
        ],
        0,
        9,
        [10, 8, 6],
    ),
    (
        "tro-ly-ao-hoi-dap-thu-tuc",
        "khac",
        "huy",
        47,
        "Trợ lý ảo trả lời thủ tục hành chính: làm sao tránh trả lời sai?",
        "Thành phố muốn thí điểm trợ lý ảo dùng mô hình ngôn ngữ lớn để trả lời câu hỏi về thủ tục hành chính. "
        "Lo ngại lớn nhất là trả lời sai quy định. @{khanh} anh có khuyến nghị gì?",
        ["AI/trí tuệ nhân tạo", "trợ lý ảo", "dịch vụ công trực tuyến"],
        [
            (
                "khanh",
                46,
                "Ba nguyên tắc: (1) chỉ trả lời dựa trên **văn bản thủ tục chính thức** được truy xuất (RAG), kèm "
                "đường dẫn đến nguồn; (2) khi không tìm thấy nguồn thì nói “không biết” và chuyển cho cán bộ; (3) "
                "có bộ câu hỏi kiểm thử vài trăm câu, chạy lại mỗi khi cập nhật văn bản. Và ghi rõ cho người dân "
                "đây là trợ lý tự động.",
            ),
            (
                "thang",
                40,
                "Đừng quên an toàn thông tin: không cho trợ lý truy cập hồ sơ cá nhân của người dân ở giai đoạn thí "
                "điểm.",
            ),
        ],
        0,
        6,
        [9, 4],
    ),
    (
        "mat-khau-yeu-so-nganh",
        "khac",
        "thang",
        15,
        "Diễn tập ứng cứu sự cố cho các sở, ngành: kịch bản nào nên làm đầu tiên?",
        "Tôi đang hỗ trợ một số sở, ngành lập kế hoạch diễn tập ứng cứu sự cố an toàn thông tin. Theo kinh "
        "nghiệm, phần lớn sự cố bắt đầu từ một mật khẩu yếu hoặc một email lừa đảo. Mọi người đã diễn tập kịch "
        "bản nào?",
        ["an ninh mạng", "ứng cứu sự cố", "chính quyền số"],
        [
            (
                "huy",
                14,
                "Đà Nẵng bắt đầu với kịch bản **email lừa đảo giả mạo** gửi cho toàn bộ cán bộ, không báo trước. "
                "Lần đầu 23% người bấm vào đường dẫn; sau hai lần tập huấn còn 6%.",
            ),
            (
                "org",
                10,
                "Sở chúng tôi sẽ tham gia đợt diễn tập tới. Đề nghị anh chia sẻ mẫu báo cáo sau diễn tập.",
            ),
        ],
        None,
        4,
        [7, 2],
    ),
    (
        "du-lich-so-le-hoi",
        "khac",
        "member",
        5,
        "Vé điện tử cho lễ hội địa phương: có giải pháp dùng chung nào không?",
        "Quê tôi có lễ hội hằng năm thu hút vài chục nghìn khách. Ban tổ chức vẫn bán vé giấy. Có địa phương nào "
        "đã dùng vé điện tử cho lễ hội chưa, chi phí thế nào?",
        ["du lịch thông minh", "vé điện tử", "thanh toán không dùng tiền mặt"],
        [],
        None,
        1,
        [],
    ),
    (
        "chia-se-du-lieu-giua-so-nganh",
        "chung",
        "org",
        55,
        "Chia sẻ dữ liệu giữa các sở, ngành trong tỉnh: bắt đầu từ danh mục dữ liệu dùng chung?",
        "Đà Nẵng đang xây dựng kho dữ liệu dùng chung. Các sở đều đồng ý chia sẻ nhưng mỗi nơi một định dạng. "
        "Kinh nghiệm của các tỉnh khác: nên bắt đầu từ đâu để không mất hai năm chỉ để thống nhất?",
        ["dữ liệu dùng chung", "quản trị dữ liệu", "chính quyền số"],
        [
            (
                "khanh",
                54,
                "Bắt đầu từ **5–10 bộ dữ liệu được hỏi nhiều nhất** (doanh nghiệp, hộ kinh doanh, cơ sở y tế, "
                "trường học, dự án đầu tư...), mỗi bộ có một sở làm chủ dữ liệu và chịu trách nhiệm chất lượng. "
                "Chuẩn hóa mã định danh trước, định dạng sau.",
            ),
            (
                "expert",
                50,
                "Từ kinh nghiệm y tế: ghi rõ trong quy chế **ai được dùng dữ liệu vào việc gì**; thiếu điều này thì "
                "các sở sẽ chia sẻ rất dè dặt, nhất là dữ liệu có thông tin cá nhân.",
            ),
        ],
        0,
        6,
        [8, 6],
    ),
    (
        "chon-nha-cung-cap-dam-may",
        "chung",
        "hieu",
        10,
        "Tiêu chí chọn nhà cung cấp điện toán đám mây cho cơ quan nhà nước?",
        "Sở Tài chính Cần Thơ chuẩn bị chuyển một số hệ thống lên đám mây. Ngoài giá, cần so sánh những tiêu "
        "chí nào? Có yêu cầu bắt buộc về nơi lưu trữ dữ liệu không?",
        ["điện toán đám mây", "an toàn thông tin", "mua sắm"],
        [
            (
                "thang",
                9,
                "Tối thiểu: dữ liệu lưu tại Việt Nam với hệ thống thông tin cấp độ 3 trở lên; nền tảng đã được "
                "đánh giá theo bộ tiêu chí đám mây cho chính phủ số; cam kết mức dịch vụ (SLA) có bồi thường; và "
                "điều khoản lấy lại toàn bộ dữ liệu khi chấm dứt hợp đồng.",
            ),
        ],
        None,
        3,
        [5],
    ),
]

# Who follows which category (alias, category slug): they are told of new topics and answers there.
CATEGORY_SUBSCRIPTIONS = [
    ("expert", "y-te"),
    ("bao", "san-xuat-cong-nghiep"),
    ("bao", "nang-luong"),
    ("lan", "nong-nghiep"),
    ("ha", "tai-chinh-ngan-hang"),
    ("nhung", "giao-duc"),
    ("son", "giao-thong-logistics"),
    ("tuan", "tai-nguyen-moi-truong"),
    ("khanh", "khac"),
    ("member", "chung"),
    ("org", "khac"),
]
