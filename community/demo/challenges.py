"""Demo challenges: hand-written problems that seeded organisations post, a pure builder that turns them into
plans (who proposes what, when, and how each challenge moved), and the step that writes them through
community.challenges.services, creating only what is missing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING

from community.demo import generator
from community.demo.generator import nfc, rng_for

if TYPE_CHECKING:
    from community.demo.steps import SeedContext

M = 1_000_000  # one million đồng

# --- Hand-written challenges ----------------------------------------------------------------------
# slug: stable key (a rerun creates only missing slugs). org: posting organisation. age: days since it was
# posted. focus: a noun phrase used in the proposals. tags double as the skills proposers are matched on.
# lead: the expert whose proposal is selected (in progress / solved) or who proposes first.
# deadline: days from the run (open challenges) or after publication (others).

CHALLENGES: list[dict] = [
    # --- Y tế -------------------------------------------------------------------------------------
    {
        "slug": "lien-thong-benh-an-dien-tu-45-tram-y-te-xa",
        "org": "bvdk-tinh-thanh-hoa",
        "sector": "y-te",
        "title": "Liên thông bệnh án điện tử với 45 trạm y tế xã",
        "description": (
            "Bệnh viện Đa khoa tỉnh đã vận hành **HIS** và **PACS**, bệnh án điện tử đang được hoàn thiện. "
            "Người bệnh chuyển tuyến từ 45 trạm y tế xã vẫn mang theo giấy tờ, nhiều xét nghiệm phải làm lại. "
            "Chúng tôi cần chuyên gia tư vấn chuẩn dữ liệu (HL7 FHIR) và lộ trình liên thông 12 tháng, phù hợp "
            "với đường truyền và nhân lực còn mỏng ở tuyến xã."
        ),
        "outcome": "Lộ trình 12 tháng được phê duyệt; 10 trạm y tế xã thí điểm gửi và nhận tóm tắt bệnh án điện tử.",
        "focus": "liên thông bệnh án điện tử với các trạm y tế xã",
        "tags": ["bệnh án điện tử", "HL7 FHIR", "dữ liệu y tế", "hệ thống thông tin bệnh viện", "y tế cơ sở"],
        "budget": (800 * M, 1500 * M),
        "deadline": 45,
        "status": "in_progress",
        "age": 140,
        "lead": "Nguyễn Thị Minh Anh",
    },
    {
        "slug": "dat-lich-kham-va-thanh-toan-vien-phi-khong-dung-tien-mat",
        "org": "bvdk-tinh-thanh-hoa",
        "sector": "y-te",
        "title": "Đặt lịch khám trực tuyến và thanh toán viện phí không dùng tiền mặt",
        "description": (
            "Mỗi sáng khu khám bệnh đón hơn 2.000 lượt người, nhiều người phải xếp hàng từ 5 giờ để lấy số. "
            "Bệnh viện muốn cho người bệnh đặt lịch qua ứng dụng và thanh toán viện phí bằng mã QR, thẻ ngân hàng. "
            "Giải pháp cần kết nối với HIS hiện có và đối soát tự động với ngân hàng."
        ),
        "outcome": "Giảm thời gian chờ làm thủ tục xuống dưới 20 phút; ít nhất 30% viện phí thu không dùng tiền mặt.",
        "focus": "đặt lịch khám trực tuyến và thanh toán viện phí bằng mã QR",
        "tags": ["hệ thống thông tin bệnh viện", "thanh toán không dùng tiền mặt", "mã QR", "dữ liệu y tế"],
        "budget": (300 * M, 600 * M),
        "deadline": 30,
        "status": "solved",
        "age": 250,
        "lead": "Phùng Thị Thanh Nga",
        "solved": (
            "Từ tháng thứ ba, người bệnh đặt lịch qua ứng dụng và nhận số thứ tự trước khi đến viện. Quầy thu "
            "viện phí đối soát tự động với hai ngân hàng, cuối ngày không còn chênh lệch sổ quỹ. Bài học: cử "
            "nhân viên hướng dẫn tại sảnh trong tháng đầu quan trọng không kém phần mềm.",
            [
                ("Thời gian chờ làm thủ tục khám", "45", "15", "phút"),
                ("Viện phí thanh toán không dùng tiền mặt", "8", "41", "%"),
            ],
        ),
    },
    {
        "slug": "so-tiem-chung-dien-tu-khi-mat-ket-noi",
        "org": "cdc-dien-bien",
        "sector": "y-te",
        "title": "Số hóa sổ tiêm chủng ở xã vùng cao khi thường xuyên mất kết nối mạng",
        "description": (
            "Nhân viên y tế thôn bản ở nhiều xã vùng cao Điện Biên vẫn ghi sổ tiêm chủng bằng giấy rồi nhập lại "
            "vào hệ thống khi về trạm. Sóng điện thoại chập chờn, có điểm tiêm không có mạng cả ngày.\n\n"
            "Chúng tôi cần một cách **nhập liệu ngoại tuyến**, tự đồng bộ khi có mạng, kèm tài liệu hướng dẫn "
            "đơn giản cho người ít dùng điện thoại thông minh."
        ),
        "outcome": "Ứng dụng nhập liệu ngoại tuyến chạy thử tại 5 xã; không còn nhập lại sổ giấy.",
        "focus": "nhập liệu tiêm chủng ngoại tuyến cho xã vùng cao",
        "tags": ["y tế từ xa", "dữ liệu y tế", "đào tạo kỹ năng số", "hồ sơ sức khỏe điện tử"],
        "budget": (100 * M, 250 * M),
        "deadline": 40,
        "status": "open",
        "age": 26,
    },
    {
        "slug": "tang-ty-le-kich-hoat-ho-so-suc-khoe-dien-tu",
        "org": "so-y-te-thanh-hoa",
        "sector": "y-te",
        "title": "Tăng tỷ lệ người dân sử dụng hồ sơ sức khỏe điện tử",
        "description": (
            "Tỉnh đã tạo hồ sơ sức khỏe điện tử cho hơn 80% dân số nhưng mới khoảng 12% người dân từng mở xem. "
            "Sở Y tế cần chuyên gia phân tích vì sao người dân chưa dùng và đề xuất cách phối hợp với tổ công "
            "nghệ số cộng đồng để hướng dẫn. Ưu tiên giải pháp không phát sinh thêm ứng dụng mới."
        ),
        "outcome": "Kế hoạch truyền thông và hướng dẫn theo xã; tỷ lệ người dân mở hồ sơ đạt 30% sau 6 tháng.",
        "focus": "đưa hồ sơ sức khỏe điện tử đến gần người dân",
        "tags": ["hồ sơ sức khỏe điện tử", "dữ liệu y tế", "đào tạo kỹ năng số", "tổ công nghệ số cộng đồng"],
        "deadline": 60,
        "status": "open",
        "age": 18,
    },
    {
        "slug": "kham-chua-benh-tu-xa-tram-y-te-mien-nui-quang-tri",
        "org": "trung-tam-y-te-so-hue",
        "sector": "y-te",
        "province": "44",
        "title": "Khám chữa bệnh từ xa cho trạm y tế miền núi Quảng Trị",
        "description": (
            "Trung tâm đang thử nghiệm hội chẩn trực tuyến với 6 trạm y tế xã miền núi Quảng Trị. Thiết bị có "
            "nhưng ca hội chẩn hay gián đoạn, hình ảnh siêu âm truyền lên chậm và chưa có quy trình ghi nhận kết "
            "quả vào hồ sơ người bệnh. Chúng tôi tìm chuyên gia về hạ tầng đường truyền và quy trình y tế từ xa."
        ),
        "outcome": "Quy trình hội chẩn từ xa chuẩn hóa; 90% ca hội chẩn không bị gián đoạn.",
        "focus": "hội chẩn từ xa giữa bệnh viện và trạm y tế miền núi",
        "tags": ["y tế từ xa", "hạ tầng số", "hồ sơ sức khỏe điện tử", "điện toán đám mây"],
        "deadline": 35,
        "status": "open",
        "age": 12,
        "visibility": "members",
    },
    {
        "slug": "nhac-lich-tiem-chung-bang-tieng-thai-muong-phang",
        "org": "to-cong-nghe-so-xa-muong-phang",
        "sector": "y-te",
        "title": "Nhắc lịch tiêm chủng cho bà con Mường Phăng bằng tiếng Thái",
        "description": (
            "Tổ đã cùng trạm y tế xã đưa lịch tiêm chủng lên ứng dụng, nhưng nhiều bà mẹ người Thái không đọc "
            "được thông báo tiếng Việt. Chúng tôi muốn gửi lời nhắc bằng **giọng nói tiếng Thái** qua điện thoại "
            "hoặc loa thôn. Tổ cần người hướng dẫn cách làm với chi phí thấp."
        ),
        "outcome": "Lời nhắc bằng giọng nói tiếng Thái cho 4 thôn; tỷ lệ trẻ tiêm đúng lịch tăng rõ.",
        "focus": "nhắc lịch tiêm chủng bằng giọng nói tiếng dân tộc",
        "tags": ["y tế từ xa", "xử lý tiếng Việt", "đào tạo kỹ năng số", "tổ công nghệ số cộng đồng"],
        "budget": (None, 50 * M),
        "deadline": 50,
        "status": "open",
        "age": 9,
    },
    # --- Tài chính - Ngân hàng ---------------------------------------------------------------------
    {
        "slug": "mo-tai-khoan-truc-tuyen-ekyc-quy-tin-dung-tan-thanh",
        "org": "quy-tin-dung-tan-thanh",
        "sector": "tai-chinh-ngan-hang",
        "title": "Mở tài khoản trực tuyến có xác thực eKYC cho quỹ tín dụng nhân dân",
        "description": (
            "Thành viên của Quỹ phần lớn là nông dân, mỗi lần mở tài khoản phải lên trụ sở và chờ đến hai ngày. "
            "Quỹ muốn mở tài khoản trực tuyến có **eKYC** bằng căn cước gắn chip, ký hợp đồng bằng chữ ký số. "
            "Giải pháp phải đáp ứng quy định của Ngân hàng Nhà nước và chạy được trên điện thoại phổ thông."
        ),
        "outcome": "Thành viên tự mở tài khoản trong 10 phút; quy trình được Ngân hàng Nhà nước chi nhánh chấp thuận.",
        "focus": "mở tài khoản trực tuyến có xác thực eKYC",
        "tags": ["eKYC", "định danh điện tử", "chữ ký số", "ngân hàng số"],
        "budget": (400 * M, 900 * M),
        "deadline": 30,
        "status": "solved",
        "age": 280,
        "lead": "Phạm Thu Hà",
        "solved": (
            "Quỹ đưa quy trình mở tài khoản có eKYC vào vận hành sau bốn tháng thí điểm. Thành viên chụp căn cước "
            "gắn chip, xác thực khuôn mặt và ký hợp đồng số ngay trên điện thoại. Giao dịch viên chuyển sang tư "
            "vấn sản phẩm thay vì nhập hồ sơ.",
            [
                ("Thời gian mở một tài khoản", "2 ngày", "10 phút", ""),
                ("Thành viên mở tài khoản trực tuyến", "0", "1.150", "người"),
            ],
        ),
    },
    {
        "slug": "an-ninh-mang-va-dao-tao-giao-dich-vien-qtdnd",
        "org": "quy-tin-dung-tan-thanh",
        "sector": "tai-chinh-ngan-hang",
        "title": "Bảo đảm an ninh mạng và đào tạo giao dịch viên cho hệ thống ngân hàng số",
        "description": (
            "Sau khi mở tài khoản trực tuyến, Quỹ nhận được nhiều cuộc gọi giả danh nhân viên để lừa thành viên "
            "cung cấp mã OTP. Quỹ cần:\n\n- đánh giá an toàn thông tin cho hệ thống ngân hàng lõi và ứng dụng;\n"
            "- kịch bản đào tạo 25 giao dịch viên nhận diện gian lận;\n- tài liệu cảnh báo ngắn cho thành viên."
        ),
        "outcome": "Báo cáo đánh giá an toàn thông tin, kế hoạch khắc phục và một khóa đào tạo giao dịch viên.",
        "focus": "an ninh mạng và phòng chống gian lận cho quỹ tín dụng",
        "tags": ["an ninh mạng", "phòng chống gian lận", "an toàn thông tin", "đào tạo kỹ năng số"],
        "budget": (80 * M, 200 * M),
        "deadline": 28,
        "status": "open",
        "age": 21,
    },
    {
        "slug": "theo-doi-giai-ngan-von-dau-tu-cong-can-tho",
        "org": "so-tai-chinh-can-tho",
        "sector": "tai-chinh-ngan-hang",
        "title": "Bảng điều hành theo dõi tiến độ giải ngân vốn đầu tư công",
        "description": (
            "Số liệu giải ngân của hơn 300 dự án đang được tổng hợp thủ công từ Kho bạc, chủ đầu tư và các sở "
            "bằng bảng tính, mỗi kỳ báo cáo mất khoảng một tuần. Sở Tài chính cần một **bảng điều hành** cập "
            "nhật hằng ngày, cảnh báo dự án chậm giải ngân để lãnh đạo thành phố kịp chỉ đạo."
        ),
        "outcome": "Bảng điều hành cập nhật hằng ngày cho lãnh đạo thành phố; báo cáo kỳ rút xuống một ngày.",
        "focus": "bảng điều hành giải ngân vốn đầu tư công",
        "tags": ["quản trị dữ liệu", "dữ liệu lớn", "điện toán đám mây", "chính quyền số"],
        "budget": (500 * M, 1200 * M),
        "deadline": 40,
        "status": "in_progress",
        "age": 120,
        "lead": "Bùi Văn Hải",
    },
    {
        "slug": "thu-phi-le-phi-khong-dung-tien-mat-bo-phan-mot-cua",
        "org": "so-tai-chinh-can-tho",
        "sector": "tai-chinh-ngan-hang",
        "title": "Thu phí, lệ phí không dùng tiền mặt tại bộ phận một cửa cấp xã",
        "description": (
            "Sau sắp xếp đơn vị hành chính, bộ phận một cửa của các xã, phường ở Cần Thơ vẫn thu phí, lệ phí chủ "
            "yếu bằng tiền mặt. Sở muốn triển khai thống nhất thanh toán bằng mã QR và qua Cổng Dịch vụ công, "
            "có biên lai điện tử và đối soát tự động với Kho bạc."
        ),
        "outcome": "100% bộ phận một cửa cấp xã nhận thanh toán mã QR, có biên lai điện tử.",
        "focus": "thu phí, lệ phí bằng mã QR và biên lai điện tử",
        "tags": ["thanh toán không dùng tiền mặt", "hóa đơn điện tử", "mã QR", "dịch vụ công trực tuyến"],
        "deadline": 55,
        "status": "open",
        "age": 15,
    },
    {
        "slug": "cham-diem-tin-dung-nong-ho-tu-du-lieu-canh-tac",
        "org": "fintech-phu-sa",
        "sector": "tai-chinh-ngan-hang",
        "title": "Chấm điểm tín dụng nông hộ từ dữ liệu canh tác và bán hàng",
        "description": (
            "Phù Sa Pay muốn giúp nông hộ trồng lúa và cây ăn trái vay vốn nhỏ mà không cần tài sản bảo đảm. "
            "Chúng tôi có dữ liệu giao dịch ví và nhật ký canh tác (có sự đồng ý của người dùng) nhưng chưa có "
            "mô hình chấm điểm đáng tin cậy. Cần chuyên gia học máy hiểu nông nghiệp và quy định bảo vệ dữ liệu "
            "cá nhân."
        ),
        "outcome": "Mô hình chấm điểm thử nghiệm trên 2.000 hồ sơ, có giải thích được cho cán bộ tín dụng.",
        "focus": "chấm điểm tín dụng nông hộ bằng học máy",
        "tags": ["AI/trí tuệ nhân tạo", "học máy", "bảo vệ dữ liệu cá nhân", "ngân hàng số"],
        "budget": (300 * M, 700 * M),
        "deadline": 70,
        "status": "open",
        "age": 33,
        "visibility": "members",
    },
    {
        "slug": "phat-hien-gian-lan-giao-dich-ma-qr",
        "org": "fintech-phu-sa",
        "sector": "tai-chinh-ngan-hang",
        "title": "Phát hiện gian lận giao dịch mã QR tại điểm bán",
        "description": (
            "Một số điểm bán bị dán đè mã QR giả, tiền của khách chuyển sang tài khoản lạ. Phù Sa Pay cần giải "
            "pháp phát hiện bất thường theo thời gian thực và quy trình xử lý khiếu nại nhanh cho tiểu thương."
        ),
        "outcome": "Cảnh báo giao dịch nghi ngờ trong vòng một phút; quy trình hoàn tiền rõ ràng.",
        "focus": "phát hiện gian lận giao dịch mã QR",
        "tags": ["phòng chống gian lận", "mã QR", "an ninh mạng", "học máy"],
        "budget": (200 * M, 500 * M),
        "deadline": 30,
        "status": "closed",
        "age": 210,
        "note": "Đơn vị đã tích hợp dịch vụ cảnh báo gian lận của ngân hàng đối tác, tạm dừng tìm giải pháp riêng.",
    },
    # --- Giáo dục ----------------------------------------------------------------------------------
    {
        "slug": "hoc-ba-so-va-chu-ky-so-truong-thpt-nghe-an",
        "org": "so-gd-dt-nghe-an",
        "sector": "giao-duc",
        "title": "Triển khai học bạ số có chữ ký số cho toàn bộ trường THPT",
        "description": (
            "Sở GD&ĐT Nghệ An đặt mục tiêu toàn bộ trường THPT dùng học bạ số từ năm học tới. Nhiều giáo viên "
            "chưa có chữ ký số, các trường dùng ba phần mềm quản lý khác nhau. Sở cần tư vấn lộ trình, chuẩn dữ "
            "liệu chung và kế hoạch tập huấn giáo viên, **ưu tiên các trường miền núi**."
        ),
        "outcome": "Lộ trình một năm học; 100% giáo viên chủ nhiệm có chữ ký số; học bạ số kết nối cơ sở dữ liệu ngành.",
        "focus": "học bạ số có chữ ký số cho trường THPT",
        "tags": ["học bạ số", "chữ ký số", "đào tạo kỹ năng số", "quản trị dữ liệu"],
        "budget": (600 * M, 1000 * M),
        "deadline": 45,
        "status": "in_progress",
        "age": 150,
        "lead": "Đỗ Thị Phương",
    },
    {
        "slug": "thu-hoc-phi-khong-dung-tien-mat-truong-mien-nui",
        "org": "so-gd-dt-nghe-an",
        "sector": "giao-duc",
        "title": "Thu học phí không dùng tiền mặt ở các điểm trường miền núi",
        "description": (
            "Ở các huyện cũ miền núi phía Tây Nghệ An, nhiều phụ huynh chưa có tài khoản ngân hàng, giáo viên vẫn "
            "thu học phí và các khoản bằng tiền mặt. Sở tìm giải pháp thanh toán phù hợp, có thể qua đại lý ngân "
            "hàng hoặc bưu điện xã, kèm cách hướng dẫn phụ huynh."
        ),
        "outcome": "Mô hình thu không dùng tiền mặt áp dụng thử ở 20 trường miền núi.",
        "focus": "thu học phí không dùng tiền mặt ở vùng miền núi",
        "tags": ["thanh toán không dùng tiền mặt", "mã QR", "đào tạo kỹ năng số"],
        "deadline": 40,
        "status": "open",
        "age": 24,
    },
    {
        "slug": "so-hoa-hoc-ba-va-so-lien-lac-thpt-nguyen-du",
        "org": "thpt-nguyen-du-dak-lak",
        "sector": "giao-duc",
        "title": "Số hóa học bạ và sổ liên lạc cho 1.500 học sinh",
        "description": (
            "Nhà trường muốn bỏ sổ liên lạc giấy và học bạ viết tay, gửi điểm và thông báo cho phụ huynh qua ứng "
            "dụng. Khó khăn lớn nhất là giáo viên lớn tuổi ngại dùng phần mềm và nhiều phụ huynh ở xa trường."
        ),
        "outcome": "Ít nhất 90% phụ huynh nhận thông báo qua ứng dụng; học bạ số thay học bạ giấy.",
        "focus": "học bạ số và sổ liên lạc điện tử",
        "tags": ["học bạ số", "đào tạo kỹ năng số", "LMS"],
        "budget": (50 * M, 150 * M),
        "deadline": 30,
        "status": "solved",
        "age": 240,
        "lead": "Kiều Thị Ngọc Bích",
        "solved": (
            "Từ đầu năm học, nhà trường dùng học bạ số và sổ liên lạc điện tử. Trường tập huấn giáo viên theo "
            "tổ chuyên môn trước, sau đó mới mở cho phụ huynh; 95% phụ huynh nhận thông báo qua ứng dụng. Bài "
            "học: đào tạo giáo viên trước.",
            [
                ("Phụ huynh nhận thông báo qua ứng dụng", "0", "95", "%"),
                ("Thời gian tổng hợp học bạ cuối năm", "10", "2", "ngày"),
            ],
        ),
    },
    {
        "slug": "phan-tich-du-lieu-hoc-tap-phat-hien-som-hoc-sinh-can-ho-tro",
        "org": "thpt-nguyen-du-dak-lak",
        "sector": "giao-duc",
        "title": "Phân tích dữ liệu học tập để phát hiện sớm học sinh cần hỗ trợ",
        "description": (
            "Sau hai năm dùng học bạ số, nhà trường có dữ liệu điểm, chuyên cần và nhận xét của giáo viên. Chúng "
            "tôi muốn có bảng theo dõi giúp giáo viên chủ nhiệm phát hiện sớm học sinh có nguy cơ bỏ học hoặc sa "
            "sút. Dữ liệu học sinh phải được bảo vệ chặt chẽ."
        ),
        "outcome": "Bảng theo dõi cho giáo viên chủ nhiệm, cảnh báo sớm trước mỗi kỳ kiểm tra.",
        "focus": "cảnh báo sớm học sinh cần hỗ trợ từ dữ liệu học tập",
        "tags": ["học bạ số", "quản trị dữ liệu", "AI/trí tuệ nhân tạo", "bảo vệ dữ liệu cá nhân"],
        "budget": (60 * M, 150 * M),
        "deadline": 65,
        "status": "open",
        "age": 14,
    },
    {
        "slug": "thu-vien-so-va-duong-truyen-ptdtnt-lai-chau",
        "org": "ptdtnt-lai-chau",
        "sector": "giao-duc",
        "title": "Thư viện số và đường truyền ổn định cho trường nội trú vùng cao",
        "description": (
            "Nhà trường có 480 học sinh dân tộc thiểu số ở nội trú. Phòng máy có 40 máy tính nhưng đường truyền "
            "yếu vào buổi tối, khi học sinh cần học liệu nhất. Chúng tôi cần tư vấn hạ tầng mạng, thư viện số "
            "dùng được cả khi mất mạng và nguồn học liệu miễn phí phù hợp."
        ),
        "outcome": "Thư viện số hoạt động ngoại tuyến trong mạng nội bộ; đường truyền đủ cho 40 máy buổi tối.",
        "focus": "thư viện số và hạ tầng mạng cho trường nội trú",
        "tags": ["học liệu số", "hạ tầng số", "đào tạo kỹ năng số"],
        "budget": (100 * M, 300 * M),
        "deadline": 45,
        "status": "open",
        "age": 31,
    },
    {
        "slug": "chuong-trinh-ky-nang-so-cho-hoc-sinh-noi-tru",
        "org": "ptdtnt-lai-chau",
        "sector": "giao-duc",
        "title": "Chương trình kỹ năng số cho học sinh dân tộc nội trú",
        "description": (
            "Nhà trường đang soạn chương trình ngoại khóa về kỹ năng số: an toàn trên mạng, tìm kiếm thông tin, "
            "dùng dịch vụ công trực tuyến cho gia đình. Bản nháp này sẽ được hoàn thiện sau khi tổ chuyên môn "
            "góp ý."
        ),
        "outcome": "Chương trình 12 buổi và tài liệu song ngữ cho học sinh.",
        "focus": "chương trình kỹ năng số cho học sinh nội trú",
        "tags": ["đào tạo kỹ năng số", "học liệu số", "an ninh mạng"],
        "status": "draft",
        "age": 6,
    },
    # --- Nông nghiệp -------------------------------------------------------------------------------
    {
        "slug": "truy-xuat-nguon-goc-ma-qr-va-ban-che-tren-san-tmdt",
        "org": "htx-che-tan-cuong",
        "sector": "nong-nghiep",
        "title": "Truy xuất nguồn gốc chè bằng mã QR và bán hàng trên sàn thương mại điện tử",
        "description": (
            "Hợp tác xã chè (120 hộ) muốn truy xuất nguồn gốc bằng mã QR cho từng lô chè búp khô OCOP và bán sản "
            "phẩm chủ lực trên sàn thương mại điện tử. **Ngân sách dưới 200.000.000 đ**, ưu tiên giải pháp thuê "
            "bao hằng tháng. Xã viên cần được hướng dẫn ghi nhật ký canh tác trên điện thoại."
        ),
        "outcome": "100% lô chè có mã QR; gian hàng trên hai sàn thương mại điện tử có đơn hằng tuần.",
        "focus": "truy xuất nguồn gốc bằng mã QR và gian hàng trực tuyến cho chè OCOP",
        "tags": ["truy xuất nguồn gốc", "mã QR", "thương mại điện tử", "OCOP"],
        "budget": (100 * M, 200 * M),
        "deadline": 30,
        "status": "solved",
        "age": 300,
        "lead": "Nông Văn Tiến",
        "solved": (
            "Mỗi lô chè xuất xưởng đều có mã QR dẫn tới nhật ký canh tác của hộ trồng và chứng nhận OCOP. Hợp "
            "tác xã mở gian hàng trên hai sàn thương mại điện tử, ba xã viên trẻ được đào tạo làm video và trả "
            "lời khách. Tổng chi phí năm đầu khoảng 160.000.000 đ.",
            [
                ("Lô chè có mã QR truy xuất", "0", "100", "%"),
                ("Doanh thu bán trực tuyến mỗi tháng", "0", "85", "triệu đồng"),
                ("Hộ ghi nhật ký canh tác điện tử", "0", "96", "hộ"),
            ],
        ),
    },
    {
        "slug": "iot-do-chat-luong-nuoc-ao-tom-rung",
        "org": "thuy-san-dat-mui-xanh",
        "sector": "nong-nghiep",
        "title": "Cảm biến IoT đo chất lượng nước cho 300 hộ nuôi tôm dưới tán rừng",
        "description": (
            "Các hộ liên kết nuôi tôm sinh thái dưới tán rừng đước, ao nằm rải rác, đi lại bằng xuồng. Độ mặn "
            "và oxy hòa tan thay đổi nhanh khi triều lên xuống, tôm chết hàng loạt nếu phát hiện muộn. Công ty "
            "cần giải pháp cảm biến chịu được môi trường nước lợ, cảnh báo qua điện thoại và dữ liệu chung cho "
            "các hộ."
        ),
        "outcome": "50 ao thí điểm có cảm biến; cảnh báo qua điện thoại trong 5 phút khi chỉ số vượt ngưỡng.",
        "focus": "giám sát chất lượng nước ao tôm bằng cảm biến IoT",
        "tags": ["IoT", "cảm biến", "nông nghiệp thông minh", "truy xuất nguồn gốc"],
        "budget": (500 * M, 1000 * M),
        "deadline": 45,
        "status": "in_progress",
        "age": 110,
        "lead": "H'Hen Niê",
    },
    {
        "slug": "nhat-ky-nuoi-trong-dien-tu-dap-ung-thi-truong-eu",
        "org": "thuy-san-dat-mui-xanh",
        "sector": "nong-nghiep",
        "title": "Nhật ký nuôi trồng điện tử đáp ứng yêu cầu truy xuất của thị trường EU",
        "description": (
            "Nhà nhập khẩu châu Âu yêu cầu truy xuất đến từng ao nuôi và từng lần cho ăn, dùng thuốc. Hộ nuôi "
            "phần lớn lớn tuổi, ghi chép bằng tay. Công ty cần ứng dụng nhật ký thật đơn giản, dùng giọng nói "
            "hoặc chụp ảnh, và xuất dữ liệu theo mẫu của nhà nhập khẩu."
        ),
        "outcome": "Hồ sơ truy xuất từng lô tôm xuất khẩu được lập tự động.",
        "focus": "nhật ký nuôi trồng điện tử và truy xuất theo lô",
        "tags": ["truy xuất nguồn gốc", "mã số vùng trồng", "thương mại điện tử", "mã QR"],
        "budget": (150 * M, 400 * M),
        "deadline": 50,
        "status": "open",
        "age": 19,
    },
    {
        "slug": "co-so-du-lieu-ma-so-vung-trong-lam-dong",
        "org": "so-nn-mt-lam-dong",
        "sector": "nong-nghiep",
        "title": "Cơ sở dữ liệu mã số vùng trồng cà phê, rau và hoa",
        "description": (
            "Lâm Đồng đã cấp hàng trăm mã số vùng trồng nhưng hồ sơ nằm trong nhiều tệp bảng tính, ranh giới vùng "
            "trồng chưa được số hóa. Sở cần cơ sở dữ liệu có bản đồ số, cho doanh nghiệp xuất khẩu tra cứu và "
            "cập nhật nhật ký kiểm tra vùng trồng."
        ),
        "outcome": "Bản đồ số và cơ sở dữ liệu mã số vùng trồng tra cứu trực tuyến.",
        "focus": "cơ sở dữ liệu và bản đồ số mã số vùng trồng",
        "tags": ["mã số vùng trồng", "GIS", "truy xuất nguồn gốc", "dữ liệu mở"],
        "budget": (400 * M, 900 * M),
        "deadline": 60,
        "status": "open",
        "age": 27,
    },
    {
        "slug": "gian-hang-truc-tuyen-che-shan-tuyet-hoang-su-phi",
        "org": "to-cong-nghe-so-xa-hoang-su-phi",
        "sector": "nong-nghiep",
        "title": "Gian hàng trực tuyến cho chè Shan tuyết và gạo đặc sản Hoàng Su Phì",
        "description": (
            "Xã chọn chè Shan tuyết làm sản phẩm chủ lực trong kế hoạch xã thí điểm chuyển đổi số. Tổ đã giúp 15 "
            "hộ mở gian hàng nhưng đơn hàng ít, ảnh sản phẩm chưa đẹp, vận chuyển lên vùng cao tốn kém. Tổ cần "
            "người hướng dẫn chụp ảnh, viết mô tả và chọn đơn vị vận chuyển."
        ),
        "outcome": "30 hộ có gian hàng hoạt động; đơn hàng đều đặn mỗi tuần.",
        "focus": "bán chè Shan tuyết trên sàn thương mại điện tử",
        "tags": ["thương mại điện tử", "OCOP", "đào tạo kỹ năng số", "truy xuất nguồn gốc"],
        "budget": (None, 60 * M),
        "deadline": 40,
        "status": "open",
        "age": 11,
    },
    {
        "slug": "quan-ly-vung-nguyen-lieu-san-2000-ho",
        "org": "tinh-bot-san-tay-ninh-xanh",
        "sector": "nong-nghiep",
        "title": "Quản lý vùng nguyên liệu sắn của 2.000 hộ nông dân",
        "description": (
            "Nhà máy muốn theo dõi diện tích, giống và thời điểm thu hoạch của các hộ cung cấp sắn để chủ động "
            "kế hoạch sản xuất. Hiện cán bộ vùng nguyên liệu ghi chép trên giấy."
        ),
        "outcome": "Bản đồ vùng nguyên liệu và dự báo sản lượng theo tháng.",
        "focus": "quản lý vùng nguyên liệu sắn",
        "tags": ["GIS", "nông nghiệp thông minh", "ảnh viễn thám"],
        "budget": (200 * M, 500 * M),
        "deadline": 30,
        "status": "withdrawn",
        "age": 95,
        "note": "Rút lại để gộp vào dự án chuyển đổi số tổng thể của nhà máy trong năm tới.",
    },
    # --- Giao thông - Logistics ---------------------------------------------------------------------
    {
        "slug": "nen-tang-dat-lich-xe-tai-vao-cang",
        "org": "logistics-cang-xanh",
        "sector": "giao-thong-logistics",
        "title": "Nền tảng đặt lịch xe tải giảm thời gian chờ tại cổng cảng",
        "description": (
            "Giờ cao điểm, xe container của Cảng Xanh chờ 2–3 giờ tại cổng cảng, tài xế không biết khi nào hàng "
            "sẵn sàng. Công ty cần nền tảng đặt lịch theo khung giờ, kết nối dữ liệu với hãng tàu và cảng, báo "
            "cho tài xế qua điện thoại."
        ),
        "outcome": "Thời gian chờ trung bình dưới 45 phút; 80% chuyến xe đặt lịch trước.",
        "focus": "đặt lịch xe tải theo khung giờ vào cảng",
        "tags": ["logistics", "quản lý vận tải", "tối ưu tuyến đường", "chứng từ điện tử"],
        "budget": (700 * M, 1500 * M),
        "deadline": 40,
        "status": "in_progress",
        "age": 170,
        "lead": "Mai Xuân Phong",
    },
    {
        "slug": "so-hoa-thu-tuc-tau-vao-roi-cang-hai-phong",
        "org": "cang-vu-hang-hai-hai-phong",
        "sector": "giao-thong-logistics",
        "title": "Rút ngắn thủ tục giấy tờ cho tàu vào, rời cảng Hải Phòng",
        "description": (
            "Thủ tục tàu thuyền đã qua Cơ chế một cửa quốc gia nhưng đại lý vẫn phải nộp bản giấy một số chứng "
            "từ và nhập lại cùng dữ liệu nhiều lần. Cảng vụ muốn rà soát quy trình, bỏ bước trùng lặp và chia sẻ "
            "dữ liệu tàu với doanh nghiệp cảng theo thời gian thực."
        ),
        "outcome": "Bỏ toàn bộ bản giấy; thời gian làm thủ tục cho một tàu giảm một nửa.",
        "focus": "số hóa thủ tục tàu vào, rời cảng và chia sẻ dữ liệu",
        "tags": ["chứng từ điện tử", "logistics", "dịch vụ công trực tuyến", "quản trị dữ liệu"],
        "deadline": 50,
        "status": "open",
        "age": 22,
    },
    {
        "slug": "giam-un-tac-tuyen-ra-vao-cang-bang-du-lieu-thoi-gian-thuc",
        "org": "so-xay-dung-hai-phong",
        "sector": "giao-thong-logistics",
        "title": "Giảm ùn tắc trên các tuyến ra vào cảng bằng dữ liệu thời gian thực",
        "description": (
            "Các tuyến đường nối cảng Đình Vũ và Lạch Huyện thường ùn tắc khi nhiều tàu cập cảng cùng lúc. Sở "
            "có dữ liệu camera giao thông, doanh nghiệp có dữ liệu GPS xe, nhưng chưa được kết hợp. Sở tìm giải "
            "pháp dự báo lưu lượng và điều tiết đèn tín hiệu."
        ),
        "outcome": "Dự báo lưu lượng trước 2 giờ; thời gian thông qua giờ cao điểm giảm 20%.",
        "focus": "dự báo và điều tiết giao thông ra vào cảng",
        "tags": ["GPS", "tối ưu tuyến đường", "dữ liệu lớn", "AI/trí tuệ nhân tạo"],
        "budget": (1000 * M, 2500 * M),
        "deadline": 75,
        "status": "open",
        "age": 40,
    },
    {
        "slug": "chuan-du-lieu-chung-cho-chung-tu-van-tai-dien-tu",
        "org": "hiep-hoi-logistics-hai-phong",
        "sector": "giao-thong-logistics",
        "title": "Chuẩn dữ liệu chung cho chứng từ vận tải điện tử giữa các hội viên",
        "description": (
            "Mỗi doanh nghiệp giao nhận dùng mẫu lệnh giao hàng và phiếu vận chuyển riêng, dữ liệu phải nhập lại "
            "khi chuyển cho đối tác. Hiệp hội cần chuyên gia soạn chuẩn dữ liệu chung, thí điểm với 10 hội viên "
            "và hướng dẫn tích hợp vào phần mềm hiện có."
        ),
        "outcome": "Bộ chuẩn dữ liệu được hội viên thông qua và áp dụng thử.",
        "focus": "chuẩn dữ liệu chung cho chứng từ vận tải điện tử",
        "tags": ["chứng từ điện tử", "logistics", "quản trị dữ liệu"],
        "budget": (150 * M, 300 * M),
        "deadline": 35,
        "status": "solved",
        "age": 90,
        "lead": "Ngô Thanh Sơn",
        "solved": (
            "Hiệp hội ban hành bộ chuẩn dữ liệu chung cho lệnh giao hàng và phiếu vận chuyển sau ba vòng góp ý "
            "của hội viên. Mười doanh nghiệp thí điểm gửi chứng từ điện tử cho nhau không cần nhập lại; các nhà "
            "cung cấp phần mềm đã cập nhật mẫu kết nối.",
            [
                ("Thời gian xử lý một bộ chứng từ giao nhận", "4", "1", "giờ"),
                ("Hội viên dùng chuẩn dữ liệu chung", "0", "27", "doanh nghiệp"),
            ],
        ),
    },
    {
        "slug": "du-lieu-bai-do-xe-thong-minh-da-nang",
        "org": "so-khcn-da-nang",
        "sector": "giao-thong-logistics",
        "title": "Dữ liệu mở về bãi đỗ xe cho ứng dụng đô thị thông minh Đà Nẵng",
        "description": (
            "Thành phố có hơn 120 bãi đỗ xe công cộng và tư nhân nhưng người dân không biết chỗ nào còn trống. "
            "Sở muốn xây dựng bộ dữ liệu mở về bãi đỗ xe, cập nhật theo thời gian thực từ cảm biến và phần mềm "
            "của chủ bãi, để doanh nghiệp phát triển ứng dụng."
        ),
        "outcome": "Bộ dữ liệu mở và API cho ít nhất 60 bãi đỗ xe; hai ứng dụng sử dụng.",
        "focus": "dữ liệu mở thời gian thực về bãi đỗ xe",
        "tags": ["dữ liệu mở", "IoT", "nền tảng số", "đô thị thông minh"],
        "budget": (300 * M, 800 * M),
        "deadline": 45,
        "status": "open",
        "age": 36,
    },
    {
        "slug": "so-hoa-chung-tu-kho-cfs-cang-xanh",
        "org": "logistics-cang-xanh",
        "sector": "giao-thong-logistics",
        "title": "Số hóa chứng từ nhập xuất kho CFS",
        "description": (
            "Kho hàng lẻ (CFS) của công ty vẫn dùng phiếu nhập xuất giấy, đối chiếu với hải quan mất nhiều thời "
            "gian. Công ty tìm giải pháp quét mã vạch và chứng từ điện tử kết nối hệ thống quản lý kho."
        ),
        "outcome": "Phiếu nhập xuất điện tử; đối chiếu với tờ khai hải quan tự động.",
        "focus": "chứng từ điện tử cho kho CFS",
        "tags": ["chứng từ điện tử", "logistics", "ERP"],
        "budget": (150 * M, 350 * M),
        "deadline": 30,
        "status": "closed",
        "age": 240,
        "note": "Đã giải quyết bằng phân hệ kho mới của phần mềm ERP công ty đang dùng.",
    },
    {
        "slug": "ve-dien-tu-lien-thong-xe-buyt-da-nang",
        "org": "so-khcn-da-nang",
        "sector": "giao-thong-logistics",
        "title": "Vé điện tử liên thông cho xe buýt Đà Nẵng",
        "description": (
            "Bản nháp: Sở đang cùng đơn vị vận hành xe buýt làm rõ yêu cầu về vé điện tử dùng chung thẻ ngân "
            "hàng, mã QR và tài khoản định danh điện tử."
        ),
        "outcome": "Hành khách dùng một phương thức thanh toán cho mọi tuyến xe buýt.",
        "focus": "vé điện tử liên thông cho xe buýt",
        "tags": ["thanh toán không dùng tiền mặt", "mã QR", "đô thị thông minh"],
        "status": "draft",
        "age": 3,
    },
    # --- Năng lượng ---------------------------------------------------------------------------------
    {
        "slug": "du-bao-san-luong-dien-mat-troi-ngay-toi",
        "org": "nang-luong-tai-tao-ca-na",
        "sector": "nang-luong",
        "title": "Dự báo sản lượng điện mặt trời cho ngày tới",
        "description": (
            "Nhà máy điện mặt trời 50 MWp phải đăng ký sản lượng ngày tới với đơn vị điều độ, sai số lớn bị phạt. "
            "Mô hình hiện tại dựa trên bảng tính và bản tin thời tiết, sai số khoảng 18% vào mùa mưa. Chúng tôi "
            "cần mô hình dự báo dùng dữ liệu **SCADA** và dự báo thời tiết số."
        ),
        "outcome": "Sai số dự báo ngày tới dưới 8%; mô hình chạy tự động mỗi sáng.",
        "focus": "dự báo sản lượng điện mặt trời ngày tới",
        "tags": ["năng lượng tái tạo", "SCADA", "AI/trí tuệ nhân tạo", "học máy"],
        "budget": (400 * M, 800 * M),
        "deadline": 40,
        "status": "in_progress",
        "age": 130,
        "lead": "Huỳnh Văn Lộc",
    },
    {
        "slug": "phat-hien-hu-hong-tam-pin-bang-anh-nhiet",
        "org": "nang-luong-tai-tao-ca-na",
        "sector": "nang-luong",
        "title": "Phát hiện sớm hư hỏng tấm pin bằng ảnh nhiệt từ thiết bị bay",
        "description": (
            "Nhà máy có hơn 120.000 tấm pin, kiểm tra thủ công mất nhiều tuần. Công ty đã thử bay chụp ảnh nhiệt "
            "nhưng chưa có công cụ tự động nhận diện điểm nóng và lập lệnh bảo trì."
        ),
        "outcome": "Nhận diện tự động điểm nóng; lệnh bảo trì sinh ra trong ngày bay chụp.",
        "focus": "nhận diện hư hỏng tấm pin từ ảnh nhiệt",
        "tags": ["AI/trí tuệ nhân tạo", "năng lượng tái tạo", "học máy", "giám sát năng lượng"],
        "budget": (250 * M, 600 * M),
        "deadline": 55,
        "status": "open",
        "age": 20,
    },
    {
        "slug": "giam-10-phan-tram-chi-phi-nang-luong-nha-may-co-khi",
        "org": "co-khi-tan-phat",
        "sector": "nang-luong",
        "title": "Giảm 10% chi phí năng lượng nhờ phân tích dữ liệu IoT",
        "description": (
            "Công ty đã lắp cảm biến IoT giám sát điện năng trên các dây chuyền dập nhưng dữ liệu chưa được khai "
            "thác. Chúng tôi cần chuyên gia phân tích dữ liệu vận hành, chỉ ra máy và ca làm việc lãng phí điện, "
            "đề xuất thay đổi lịch sản xuất theo giờ cao điểm."
        ),
        "outcome": "Chi phí điện giảm ít nhất 10% sau 6 tháng, có báo cáo đo lường trước – sau.",
        "focus": "phân tích dữ liệu IoT để giảm chi phí năng lượng",
        "tags": ["IoT", "giám sát năng lượng", "tiết kiệm năng lượng", "sản xuất thông minh"],
        "budget": (150 * M, 400 * M),
        "deadline": 30,
        "status": "solved",
        "age": 360,
        "lead": "Trần Quốc Bảo",
        "solved": (
            "Phân tích dữ liệu cho thấy máy nén khí chạy không tải cả giờ nghỉ và hai máy dập lớn khởi động cùng "
            "lúc vào giờ cao điểm. Công ty dời lịch khởi động, lắp biến tần cho máy nén khí và theo dõi chỉ số "
            "điện năng trên mỗi sản phẩm hằng ngày.",
            [
                ("Điện năng trên 1.000 sản phẩm", "1.250", "1.110", "kWh"),
                ("Chi phí điện hằng tháng", "1,9", "1,7", "tỷ đồng"),
            ],
        ),
    },
    {
        "slug": "iot-giam-sat-nang-luong-cho-doanh-nghiep-nho-khu-cong-nghiep",
        "org": "so-cong-thuong-bac-ninh",
        "sector": "nang-luong",
        "title": "Gói IoT giám sát năng lượng giá rẻ cho doanh nghiệp nhỏ trong khu công nghiệp",
        "description": (
            "Nhiều doanh nghiệp nhỏ và vừa ở Bắc Ninh thuộc diện sử dụng năng lượng trọng điểm nhưng chưa đo được "
            "điện năng theo từng máy. Sở Công Thương muốn giới thiệu một gói giám sát năng lượng chuẩn, chi phí "
            "dưới 100.000.000 đ mỗi doanh nghiệp, kèm hướng dẫn kiểm toán năng lượng."
        ),
        "outcome": "Gói giải pháp mẫu thử nghiệm tại 10 doanh nghiệp; tài liệu hướng dẫn công khai.",
        "focus": "giám sát năng lượng bằng IoT cho doanh nghiệp nhỏ và vừa",
        "tags": ["IoT", "giám sát năng lượng", "tiết kiệm năng lượng", "đánh giá mức độ chuyển đổi số"],
        "deadline": 60,
        "status": "open",
        "age": 29,
    },
    {
        "slug": "giam-sat-he-thong-biogas-phat-dien-nha-may-san",
        "org": "tinh-bot-san-tay-ninh-xanh",
        "sector": "nang-luong",
        "title": "Giám sát hệ thống thu hồi biogas phát điện từ nước thải",
        "description": (
            "Nhà máy đang thử nghiệm thu hồi khí biogas từ hồ xử lý nước thải để chạy máy phát điện. Lưu lượng và "
            "chất lượng khí biến động, vận hành viên chưa có số liệu để điều chỉnh. Công ty cần hệ thống đo và "
            "bảng theo dõi trực tuyến."
        ),
        "outcome": "Đo liên tục lưu lượng khí và sản lượng điện; cảnh báo khi nồng độ khí bất thường.",
        "focus": "giám sát thu hồi biogas và phát điện",
        "tags": ["giám sát năng lượng", "SCADA", "năng lượng tái tạo", "IoT"],
        "budget": (200 * M, 450 * M),
        "deadline": 35,
        "status": "open",
        "age": 16,
    },
    {
        "slug": "quan-ly-dang-ky-dien-mat-troi-mai-nha-tu-dung",
        "org": "so-cong-thuong-bac-ninh",
        "sector": "nang-luong",
        "title": "Quản lý đăng ký điện mặt trời mái nhà tự sản xuất, tự tiêu thụ",
        "description": (
            "Sở cần phần mềm tiếp nhận đăng ký, theo dõi công suất lắp đặt điện mặt trời mái nhà tự sản xuất, tự "
            "tiêu thụ của doanh nghiệp và hộ gia đình trên địa bàn."
        ),
        "outcome": "Tiếp nhận đăng ký trực tuyến và bản đồ công suất lắp đặt.",
        "focus": "quản lý đăng ký điện mặt trời mái nhà",
        "tags": ["năng lượng tái tạo", "dịch vụ công trực tuyến", "GIS"],
        "budget": (100 * M, 250 * M),
        "deadline": 30,
        "status": "closed",
        "age": 200,
        "note": "Chức năng đã có trên hệ thống dùng chung của ngành, Sở không đầu tư riêng.",
    },
    # --- Tài nguyên - Môi trường --------------------------------------------------------------------
    {
        "slug": "so-hoa-ho-so-dia-chinh-lam-dong",
        "org": "so-nn-mt-lam-dong",
        "sector": "tai-nguyen-moi-truong",
        "title": "Số hóa hồ sơ địa chính và đồng bộ cơ sở dữ liệu đất đai",
        "description": (
            "Khoảng 1,2 triệu trang hồ sơ địa chính của các xã, phường còn lưu bản giấy, nhiều trang đã ố mờ. "
            "Sở cần đơn vị tư vấn quy trình quét, nhận dạng, kiểm tra chất lượng và đồng bộ vào cơ sở dữ liệu "
            "đất đai quốc gia, bảo đảm không gián đoạn việc giải quyết thủ tục cho người dân."
        ),
        "outcome": "Quy trình số hóa được duyệt; 30% hồ sơ đã số hóa và đồng bộ trong năm đầu.",
        "focus": "số hóa hồ sơ địa chính và đồng bộ cơ sở dữ liệu đất đai",
        "tags": ["cơ sở dữ liệu đất đai", "số hóa hồ sơ", "GIS", "quản trị dữ liệu"],
        "budget": (2000 * M, 5000 * M),
        "deadline": 45,
        "status": "in_progress",
        "age": 160,
        "lead": "Phạm Quang Vinh",
    },
    {
        "slug": "theo-doi-bien-dong-rung-bang-anh-ve-tinh",
        "org": "so-nn-mt-lam-dong",
        "sector": "tai-nguyen-moi-truong",
        "title": "Theo dõi biến động rừng hằng tuần bằng ảnh vệ tinh",
        "description": (
            "Lực lượng kiểm lâm phát hiện phá rừng chủ yếu qua tuần tra, thường đã muộn. Sở muốn tự động so sánh "
            "ảnh vệ tinh hằng tuần, gửi cảnh báo kèm tọa độ cho hạt kiểm lâm và UBND xã qua điện thoại."
        ),
        "outcome": "Cảnh báo biến động rừng hằng tuần; 80% cảnh báo được xác minh trong 3 ngày.",
        "focus": "cảnh báo biến động rừng từ ảnh vệ tinh",
        "tags": ["ảnh viễn thám", "GIS", "AI/trí tuệ nhân tạo", "dữ liệu mở"],
        "budget": (300 * M, 700 * M),
        "deadline": 50,
        "status": "open",
        "age": 34,
    },
    {
        "slug": "du-bao-chat-luong-khong-khi-72-gio",
        "org": "trung-tam-du-lieu-moi-truong",
        "sector": "tai-nguyen-moi-truong",
        "title": "Dự báo chất lượng không khí 72 giờ cho các đô thị lớn",
        "description": (
            "Trung tâm có dữ liệu từ các trạm quan trắc tự động và dữ liệu khí tượng nhiều năm. Chúng tôi cần mô "
            "hình trí tuệ nhân tạo dự báo chỉ số chất lượng không khí (AQI) 72 giờ cho Hà Nội và Hồ Chí Minh, công "
            "bố công khai cho người dân."
        ),
        "outcome": "Bản tin dự báo AQI hằng ngày; độ chính xác theo mức cảnh báo trên 75%.",
        "focus": "dự báo chất lượng không khí bằng trí tuệ nhân tạo",
        "tags": ["AI/trí tuệ nhân tạo", "quan trắc môi trường", "dữ liệu mở", "dữ liệu lớn"],
        "budget": (800 * M, 1500 * M),
        "deadline": 70,
        "status": "open",
        "age": 45,
    },
    {
        "slug": "chuan-hoa-du-lieu-tram-quan-trac-tu-dong-dia-phuong",
        "org": "trung-tam-du-lieu-moi-truong",
        "sector": "tai-nguyen-moi-truong",
        "title": "Chuẩn hóa dữ liệu từ trạm quan trắc tự động của các địa phương",
        "description": (
            "Dữ liệu từ trạm quan trắc của các tỉnh, thành và doanh nghiệp gửi về theo nhiều định dạng, thiếu "
            "thông tin hiệu chuẩn thiết bị. Trung tâm cần bộ chuẩn trao đổi dữ liệu, công cụ kiểm tra tự động và "
            "hướng dẫn cho địa phương."
        ),
        "outcome": "Bộ chuẩn và công cụ kiểm tra; 20 tỉnh, thành gửi dữ liệu đúng chuẩn.",
        "focus": "chuẩn hóa dữ liệu quan trắc môi trường tự động",
        "tags": ["quan trắc môi trường", "quản trị dữ liệu", "dữ liệu mở"],
        "deadline": 42,
        "status": "open",
        "age": 17,
        "visibility": "members",
    },
    {
        "slug": "canh-bao-lu-ngan-han-den-ubnd-xa",
        "org": "dai-khi-tuong-nam-trung-bo",
        "sector": "tai-nguyen-moi-truong",
        "title": "Đưa cảnh báo lũ ngắn hạn đến tận UBND xã",
        "description": (
            "Bản tin cảnh báo lũ được gửi qua văn bản và thư điện tử, có xã nhận muộn 2 giờ. Đài cần kênh gửi tự "
            "động tới chủ tịch UBND xã và trưởng thôn, có xác nhận đã nhận, kèm bản đồ vùng có nguy cơ ngập."
        ),
        "outcome": "Cảnh báo đến UBND xã trong 15 phút, có xác nhận đã nhận.",
        "focus": "gửi cảnh báo lũ tự động tới chính quyền xã",
        "tags": ["dữ liệu mở", "GIS", "quan trắc môi trường", "nền tảng số"],
        "budget": (200 * M, 500 * M),
        "deadline": 30,
        "status": "solved",
        "age": 215,
        "lead": "Nguyễn Đình Hòa",
        "solved": (
            "Đài kết nối hệ thống dự báo với kênh nhắn tin và ứng dụng điều hành của tỉnh. Mỗi bản tin lũ tự "
            "động tạo bản đồ vùng nguy cơ và gửi tới chủ tịch UBND xã, trưởng thôn; người nhận bấm xác nhận. "
            "Mùa mưa vừa qua không còn xã nào nhận cảnh báo muộn.",
            [
                ("Thời gian đưa cảnh báo lũ tới UBND xã", "120", "15", "phút"),
                ("Xã nhận cảnh báo tự động", "0", "146", "xã"),
            ],
        ),
    },
    {
        "slug": "canh-bao-xam-nhap-man-cho-nong-dan-dbscl",
        "org": "vien-chuyen-doi-so-dbscl",
        "sector": "tai-nguyen-moi-truong",
        "province": "86",
        "title": "Cảnh báo xâm nhập mặn cho nông dân qua điện thoại",
        "description": (
            "Viện đã có mạng cảm biến độ mặn trên các kênh chính ở Vĩnh Long. Nông dân cần biết khi nào được lấy "
            "nước tưới, nhưng dữ liệu mới chỉ hiển thị trên trang web. Chúng tôi tìm đối tác đưa cảnh báo đến "
            "từng hộ bằng tin nhắn, ứng dụng nhắn tin và loa truyền thanh xã."
        ),
        "outcome": "Cảnh báo độ mặn theo từng kênh đến 5.000 hộ; lịch lấy nước khuyến nghị hằng ngày.",
        "focus": "cảnh báo xâm nhập mặn đến từng hộ nông dân",
        "tags": ["quan trắc môi trường", "cảm biến", "IoT", "dữ liệu mở"],
        "budget": (150 * M, 350 * M),
        "deadline": 38,
        "status": "open",
        "age": 13,
    },
    # --- Sản xuất - Công nghiệp ---------------------------------------------------------------------
    {
        "slug": "cong-ty-may-80-lao-dong-bat-dau-chuyen-doi-so-tu-dau",
        "org": "det-may-hung-long",
        "sector": "san-xuat-cong-nghiep",
        "title": "Công ty may 80 lao động nên bắt đầu chuyển đổi số từ đâu?",
        "description": (
            "Chúng tôi là công ty may gia công áo jacket ở Hưng Yên, 80 lao động, đơn hàng và chấm công vẫn ghi sổ. "
            "Ban giám đốc muốn chuyển đổi số nhưng không biết bắt đầu từ đâu và sợ đầu tư sai. Chúng tôi cần "
            "chuyên gia tự đánh giá mức độ chuyển đổi số cùng công ty (có công cụ miễn phí càng tốt) và đề xuất "
            "lộ trình vừa sức."
        ),
        "outcome": "Kết quả đánh giá theo bộ chỉ số DBI và lộ trình 18 tháng với ba việc ưu tiên.",
        "focus": "đánh giá mức độ và lộ trình chuyển đổi số cho xưởng may nhỏ",
        "tags": ["đánh giá mức độ chuyển đổi số", "lộ trình chuyển đổi số", "DBI", "ERP"],
        "budget": (None, 100 * M),
        "deadline": 30,
        "status": "in_progress",
        "age": 100,
        "lead": "Trần Quốc Bảo",
    },
    {
        "slug": "cham-cong-va-tinh-luong-theo-san-pham-xuong-may",
        "org": "det-may-hung-long",
        "sector": "san-xuat-cong-nghiep",
        "title": "Chấm công và tính lương theo sản phẩm cho công nhân may",
        "description": (
            "Lương công nhân tính theo số sản phẩm từng công đoạn, tổ trưởng ghi tay rồi kế toán nhập lại, cuối "
            "tháng thường có khiếu nại. Công ty cần cách ghi nhận sản lượng tại chuyền bằng mã vạch hoặc máy tính "
            "bảng, tự tính lương và cho công nhân xem trên điện thoại."
        ),
        "outcome": "Không còn bảng ghi tay; công nhân xem sản lượng và lương tạm tính mỗi ngày.",
        "focus": "ghi nhận sản lượng theo công đoạn và tính lương tự động",
        "tags": ["MES", "ERP", "quản lý chất lượng", "sản xuất thông minh"],
        "budget": (80 * M, 200 * M),
        "deadline": 45,
        "status": "open",
        "age": 25,
    },
    {
        "slug": "khao-sat-muc-do-chuyen-doi-so-hoi-vien-det-may-hung-yen",
        "org": "hiep-hoi-det-may-hung-yen",
        "sector": "san-xuat-cong-nghiep",
        "title": "Khảo sát mức độ chuyển đổi số của 60 doanh nghiệp hội viên",
        "description": (
            "Hiệp hội cần bức tranh chung về mức độ chuyển đổi số của hội viên, phần lớn dưới 200 lao động, để "
            "đề xuất hỗ trợ với tỉnh. Chúng tôi tìm chuyên gia khảo sát theo bộ chỉ số **DBI**, trả kết quả riêng "
            "cho từng doanh nghiệp và báo cáo tổng hợp."
        ),
        "outcome": "Mỗi hội viên nhận báo cáo mức độ và ba khuyến nghị; báo cáo tổng hợp gửi UBND tỉnh.",
        "focus": "khảo sát mức độ chuyển đổi số theo bộ chỉ số DBI",
        "tags": [
            "đánh giá mức độ chuyển đổi số",
            "DBI",
            "lộ trình chuyển đổi số",
            "chiến lược chuyển đổi số",
        ],
        "budget": (100 * M, 250 * M),
        "deadline": 30,
        "status": "solved",
        "age": 250,
        "lead": "Nguyễn Minh Quân",
        "solved": (
            "Tổ chuyên gia khảo sát 58 hội viên theo bộ chỉ số DBI: phần lớn ở mức Khởi động và Bắt đầu, yếu nhất "
            "là trụ cột dữ liệu. Mỗi doanh nghiệp nhận báo cáo riêng và ba việc nên làm trước; báo cáo tổng hợp "
            "đã được gửi UBND tỉnh để đưa vào chương trình hỗ trợ.",
            [
                ("Hội viên được đánh giá mức độ chuyển đổi số", "0", "58", "doanh nghiệp"),
                ("Hội viên có lộ trình chuyển đổi số", "3", "21", "doanh nghiệp"),
            ],
        ),
    },
    {
        "slug": "mes-ket-noi-may-dap-va-theo-doi-oee",
        "org": "co-khi-tan-phat",
        "sector": "san-xuat-cong-nghiep",
        "title": "Kết nối máy dập với MES để theo dõi hiệu suất thiết bị (OEE)",
        "description": (
            "Công ty đang triển khai MES nhưng 40 máy dập đời cũ chưa có cổng kết nối. Chúng tôi cần giải pháp "
            "thu thập trạng thái chạy, dừng và số nhát dập, tính OEE theo ca và hiển thị trên màn hình tại xưởng."
        ),
        "outcome": "40 máy dập kết nối MES; OEE theo ca hiển thị tại xưởng.",
        "focus": "kết nối máy dập đời cũ với MES và tính OEE",
        "tags": ["MES", "IoT", "sản xuất thông minh", "quản lý chất lượng"],
        "budget": (300 * M, 700 * M),
        "deadline": 50,
        "status": "open",
        "age": 38,
    },
    {
        "slug": "quan-ly-chat-luong-lo-tinh-bot-san-xuat-khau",
        "org": "tinh-bot-san-tay-ninh-xanh",
        "sector": "san-xuat-cong-nghiep",
        "title": "Quản lý chất lượng và truy xuất từng lô tinh bột sắn xuất khẩu",
        "description": (
            "Khách hàng nhập khẩu yêu cầu hồ sơ chất lượng từng lô, từ nguyên liệu đến kết quả kiểm nghiệm. Số "
            "liệu đang nằm ở trạm cân, phòng thí nghiệm và kho, mỗi nơi một phần mềm. Công ty cần hệ thống quản "
            "lý chất lượng liên thông, xuất hồ sơ lô hàng tự động."
        ),
        "outcome": "Hồ sơ chất lượng từng lô xuất tự động trong 5 phút.",
        "focus": "quản lý chất lượng và truy xuất theo lô sản phẩm",
        "tags": ["quản lý chất lượng", "ERP", "truy xuất nguồn gốc", "MES"],
        "budget": (250 * M, 600 * M),
        "deadline": 55,
        "status": "open",
        "age": 23,
    },
    {
        "slug": "ket-noi-doanh-nghiep-nho-voi-nha-cung-cap-giai-phap-bac-ninh",
        "org": "so-cong-thuong-bac-ninh",
        "sector": "san-xuat-cong-nghiep",
        "title": "Kết nối doanh nghiệp nhỏ với nhà cung cấp giải pháp chuyển đổi số",
        "description": (
            "Nhiều doanh nghiệp nhỏ và vừa ở Bắc Ninh hỏi Sở nên chọn phần mềm nào, giá bao nhiêu là hợp lý. Sở "
            "muốn xây dựng danh mục giải pháp đã được kiểm chứng theo từng ngành, kèm công cụ tự đánh giá và "
            "buổi kết nối định kỳ."
        ),
        "outcome": "Danh mục giải pháp theo ngành và bốn buổi kết nối cung – cầu mỗi năm.",
        "focus": "kết nối doanh nghiệp nhỏ và vừa với nhà cung cấp giải pháp",
        "tags": ["đánh giá mức độ chuyển đổi số", "chiến lược chuyển đổi số", "ERP", "nền tảng số"],
        "deadline": 60,
        "status": "open",
        "age": 30,
        "visibility": "members",
    },
]

# --- Proposal wording -----------------------------------------------------------------------------
# A proposal's style follows the proposer's skills; {focus} is the challenge's focus (the title starts with it,
# capitalised), {org} the organisation,
# {skill} the proposer's skill that best fits the challenge.

STYLE_SKILLS: list[tuple[str, set[str]]] = [
    (
        "roadmap",
        {
            "đánh giá mức độ chuyển đổi số",
            "chiến lược chuyển đổi số",
            "lộ trình chuyển đổi số",
            "DBI",
            "quản trị thay đổi",
        },
    ),
    ("trace", {"truy xuất nguồn gốc", "thương mại điện tử", "OCOP", "mã số vùng trồng"}),
    ("ai", {"AI/trí tuệ nhân tạo", "học máy", "dữ liệu lớn", "xử lý tiếng Việt", "ảnh viễn thám"}),
    (
        "iot",
        {"IoT", "cảm biến", "SCADA", "giám sát năng lượng", "tiết kiệm năng lượng", "nông nghiệp thông minh"},
    ),
    (
        "security",
        {"an ninh mạng", "an toàn thông tin", "phòng chống gian lận", "bảo vệ dữ liệu cá nhân", "SOC"},
    ),
    ("training", {"đào tạo kỹ năng số", "học liệu số", "tổ công nghệ số cộng đồng", "học bạ số", "LMS"}),
    (
        "data",
        {
            "quản trị dữ liệu",
            "HL7 FHIR",
            "dữ liệu mở",
            "cơ sở dữ liệu đất đai",
            "GIS",
            "chứng từ điện tử",
            "dữ liệu y tế",
            "bệnh án điện tử",
            "quan trắc môi trường",
            "số hóa hồ sơ",
        },
    ),
]

STYLES: dict[str, dict] = {
    "roadmap": {
        "title": "{focus}: khảo sát trước, lộ trình ba giai đoạn",
        "summary": "Bắt đầu bằng ba tuần khảo sát, đánh giá mức độ chuyển đổi số của {org}, sau đó đề xuất lộ "
        "trình {focus} theo từng giai đoạn, ưu tiên việc làm được ngay với nguồn lực hiện có.",
        "approach": "1. **Khảo sát – đánh giá** hiện trạng quy trình, dữ liệu và hạ tầng; phỏng vấn lãnh đạo và "
        "bộ phận nghiệp vụ.\n2. **Chọn bài toán ưu tiên** và thống nhất chỉ số đo kết quả trước – "
        "sau.\n3. **Lộ trình ba giai đoạn**: thí điểm, hoàn thiện, nhân rộng; dự toán cho từng giai "
        "đoạn.\n4. **Đồng hành** trong giai đoạn thí điểm và đào tạo đội ngũ nòng cốt.",
        "timeline": ["3 tuần khảo sát, 4 tháng thí điểm", "2 tháng khảo sát và lập lộ trình", "6 tháng"],
    },
    "trace": {
        "title": "{focus}: nền tảng thuê bao và kèm cặp bán hàng",
        "summary": "Dùng nền tảng truy xuất nguồn gốc thuê bao theo tháng và gian hàng có sẵn trên sàn, tập "
        "trung ngân sách cho đào tạo người làm thật; {org} sở hữu toàn bộ dữ liệu.",
        "approach": "1. Chuẩn hóa thông tin sản phẩm, vùng trồng và quy trình sản xuất.\n2. Thiết lập **nhật ký "
        "điện tử** trên điện thoại và in tem mã QR cho từng lô.\n3. Mở gian hàng, chụp ảnh, viết mô "
        "tả sản phẩm; chọn đơn vị vận chuyển.\n4. Kèm cặp nhóm nòng cốt trong ba tháng đầu bán hàng.",
        "timeline": ["3 tháng", "4 tháng, kèm cặp thêm 3 tháng", "10 tuần"],
    },
    "ai": {
        "title": "{focus}: thí điểm mô hình học máy trên dữ liệu sẵn có",
        "summary": "Xây dựng mô hình học máy trên dữ liệu sẵn có của {org}, đo độ chính xác trên dữ liệu thật "
        "trước khi mở rộng, và bàn giao để đội ngũ của đơn vị tự vận hành.",
        "approach": "1. Đánh giá chất lượng và độ đầy đủ của dữ liệu lịch sử.\n2. Xây dựng mô hình cơ sở, so "
        "sánh với cách làm hiện tại bằng **chỉ số đo rõ ràng**.\n3. Chạy song song 8 tuần, điều "
        "chỉnh theo phản hồi của người dùng.\n4. Tự động hóa, giám sát sai số và đào tạo người vận "
        "hành.",
        "timeline": ["4 tháng thí điểm", "5 tháng", "3 tháng thí điểm, 3 tháng hoàn thiện"],
    },
    "iot": {
        "title": "{focus}: cảm biến chuẩn mở, cảnh báo qua điện thoại",
        "summary": "Lắp cảm biến và bộ thu thập dữ liệu theo từng khu vực, đưa dữ liệu lên bảng theo dõi và "
        "cảnh báo qua điện thoại; thiết bị dùng chuẩn mở để {org} không phụ thuộc một nhà cung cấp.",
        "approach": "1. Khảo sát hiện trường, chọn điểm đo và loại cảm biến.\n2. Lắp đặt thí điểm, kết nối qua "
        "4G/LoRa về **nền tảng đám mây trong nước**.\n3. Thiết lập ngưỡng cảnh báo và bảng theo dõi "
        "cho người vận hành.\n4. Phân tích dữ liệu sau 3 tháng, đề xuất mở rộng.",
        "timeline": ["3 tháng thí điểm", "6 tháng", "4 tháng lắp đặt và vận hành thử"],
    },
    "security": {
        "title": "{focus}: đánh giá rủi ro và quy trình ứng phó",
        "summary": "Đánh giá rủi ro, kiểm thử và xây dựng quy trình ứng phó trước khi mở rộng, để {focus} vận "
        "hành an toàn và tuân thủ quy định về bảo vệ dữ liệu cá nhân.",
        "approach": "1. Đánh giá an toàn thông tin theo cấp độ và **kiểm thử xâm nhập** hệ thống.\n2. Lập kế "
        "hoạch khắc phục theo mức độ rủi ro.\n3. Xây dựng quy trình ứng phó sự cố và diễn tập.\n4. "
        "Đào tạo người dùng nhận diện lừa đảo và tấn công phi kỹ thuật.",
        "timeline": ["6 tuần", "2 tháng", "3 tháng"],
    },
    "training": {
        "title": "{focus}: đào tạo nhóm nòng cốt trước",
        "summary": "Đào tạo người dùng trước khi triển khai: nhóm nòng cốt của {org} được kèm cặp, sau đó tự "
        "hướng dẫn người khác bằng tài liệu ngắn, nhiều hình ảnh.",
        "approach": "1. Khảo sát kỹ năng số của người dùng.\n2. Soạn **tài liệu hướng dẫn ngắn**, video và "
        "phiếu cầm tay.\n3. Tập huấn nhóm nòng cốt, sau đó họ hướng dẫn lại theo từng nhóm nhỏ.\n4. "
        "Theo dõi tỷ lệ sử dụng hằng tuần và hỗ trợ trực tuyến.",
        "timeline": ["2 tháng", "1 học kỳ", "10 tuần"],
    },
    "data": {
        "title": "{focus}: chuẩn hóa dữ liệu trước, kết nối sau",
        "summary": "Thống nhất danh mục dữ liệu, chuẩn trao đổi và quy tắc chia sẻ trước khi chọn phần mềm, để "
        "{focus} không phải làm lại khi mở rộng.",
        "approach": "1. Rà soát nguồn dữ liệu hiện có và chất lượng dữ liệu.\n2. Thống nhất **danh mục dữ liệu "
        "dùng chung** và chuẩn kết nối ({skill}).\n3. Xây dựng lớp kết nối (API) và bảng theo dõi "
        "chất lượng dữ liệu.\n4. Ban hành quy trình cập nhật, phân quyền và bảo vệ dữ liệu cá nhân.",
        "timeline": ["4 tháng", "6 tháng, chia hai giai đoạn", "12 tháng theo lộ trình"],
    },
    "platform": {
        "title": "{focus}: nền tảng có sẵn, thuê dịch vụ theo năm",
        "summary": "Dùng nền tảng đã vận hành ở các đơn vị tương tự, cấu hình theo quy trình của {org} và thuê "
        "dịch vụ theo năm để giảm chi phí đầu tư ban đầu.",
        "approach": "1. Làm rõ yêu cầu và quy trình nghiệp vụ cùng các bộ phận.\n2. Cấu hình nền tảng, kết nối "
        "với hệ thống hiện có qua API.\n3. **Thí điểm** tại một bộ phận, đo kết quả trước – sau.\n4. "
        "Mở rộng toàn đơn vị và bàn giao tài liệu vận hành.",
        "timeline": ["3 tháng", "4 tháng", "5 tháng, thí điểm 6 tuần"],
    },
}

FEEDBACK = {
    "selected": [
        "Đề xuất bám sát nhu cầu, lộ trình rõ ràng và chi phí phù hợp. Mời nhóm trao đổi để ký thỏa thuận triển khai.",
        "Hội đồng của đơn vị đánh giá cao kinh nghiệm thực tế và cách làm thí điểm trước. Chúng tôi chọn đề xuất "
        "này.",
        "Phương án khả thi với nguồn lực của đơn vị, có chỉ số đo kết quả cụ thể. Đề nghị bắt đầu từ tháng tới.",
    ],
    "shortlisted": [
        "Đề xuất được đưa vào danh sách rút gọn. Mời nhóm trình bày trực tuyến và bổ sung dự toán chi tiết.",
        "Cách tiếp cận phù hợp; đơn vị cần thêm thông tin về chi phí vận hành hằng năm trước khi quyết định.",
        "Đơn vị quan tâm đề xuất này, mong nhóm gửi thêm ví dụ đã triển khai ở đơn vị tương tự.",
    ],
    "declined": [
        "Cảm ơn đề xuất. Chi phí vượt khả năng ngân sách năm nay của đơn vị; mong tiếp tục kết nối ở giai đoạn sau.",
        "Giải pháp tốt nhưng đòi hỏi hạ tầng máy chủ riêng, chưa phù hợp với điều kiện hiện tại của đơn vị.",
        "Thời gian triển khai dài hơn yêu cầu của đơn vị. Cảm ơn nhóm đã dành thời gian chuẩn bị.",
    ],
    "other_chosen": [
        "Đơn vị đã chọn một phương án khác phù hợp hơn với lộ trình hiện tại. Cảm ơn nhóm đã tham gia.",
        "Cảm ơn đề xuất chất lượng. Đơn vị đã chọn đối tác khác cho giai đoạn này và sẽ liên hệ khi mở rộng.",
    ],
}

INVITATION_MESSAGE = (
    "Kính mời {expert} tham khảo thách thức của {org} và cân nhắc đề xuất giải pháp. Đơn vị đánh giá cao kinh "
    "nghiệm của chuyên gia về {skill}."
)
SELECTED_NOTE = "Đã chọn đề xuất: {title}"


# --- Plans -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProposalPlan:
    author: str  # e-mail
    co_authors: tuple[str, ...]
    on_behalf_of: str  # organisation slug, or ""
    title: str
    summary: str
    approach: str
    timeline: str
    cost_estimate: int
    status: str  # submitted, shortlisted, selected or declined
    feedback: str
    submitted: int  # days before the run
    decided: int | None  # when selected, declined or shortlisted


@dataclass(frozen=True)
class InvitationPlan:
    expert: str  # e-mail
    status: str  # pending, accepted or declined
    message: str
    sent: int
    responded: int | None


@dataclass(frozen=True)
class ChallengePlan:
    slug: str
    org_slug: str
    author: str
    decider: str  # an owner of the organisation: decides proposals and changes the status
    sector: str
    province: str
    title: str
    description: str
    expected_outcome: str
    tags: tuple[str, ...]
    budget_min: int | None
    budget_max: int | None
    deadline: int | None  # days after the run (negative: in the past)
    visibility: str
    status: str
    created: int  # days before the run
    # (from, to, days before the run, note); the first row is the creation.
    history: tuple[tuple[str, str, int, str], ...]
    outcome_summary: str
    outcome_figures: tuple[tuple[str, str, str, str], ...]
    proposals: tuple[ProposalPlan, ...]
    invitations: tuple[InvitationPlan, ...]


def _style(skills: tuple[str, ...], wanted: set[str]) -> tuple[str, str]:
    matched = [s for s in skills if s in wanted]
    for pool in (matched, list(skills)):
        for style, keys in STYLE_SKILLS:
            hits = [s for s in pool if s in keys]
            if hits:
                return style, hits[0]
    return "platform", (matched or list(skills) or ["chuyển đổi số"])[0]


def _round(value: float, step: int = 5 * M) -> int:
    return max(step, round(value / step) * step)


def _cost(rng, spec: dict) -> int:
    low, high = spec.get("budget") or (None, None)
    if high is None:
        return _round(rng.uniform(60, 450) * M)
    low = low if low is not None else high * 0.4
    return _round(rng.uniform(low * 0.8, high * 1.05))


def _display(expert, people) -> str:
    name = people[expert.email].full_name
    return f"{expert.honorific} {name}" if expert.honorific else name


def _org_name(org) -> str:
    return org.short_name or org.name


@cache
def challenge_plan() -> tuple[ChallengePlan, ...]:
    """Every demo challenge with its history, proposals and invitations, in days before the run."""
    plan = generator.lively_plan()
    orgs = {o.slug: o for o in plan.organisations}
    members: dict[str, list] = {}
    memberships_of: dict[str, list[str]] = {}
    for m in plan.memberships:
        members.setdefault(m.org_slug, []).append(m)
        memberships_of.setdefault(m.email, []).append(m.org_slug)
    by_name = {plan.people[e.email].full_name: e for e in plan.experts}
    return tuple(_build(spec, plan, orgs, members, memberships_of, by_name) for spec in CHALLENGES)


def _build(spec, plan, orgs, members, memberships_of, by_name) -> ChallengePlan:
    slug, status = spec["slug"], spec["status"]
    rng = rng_for("challenge", slug)
    org = orgs[spec["org"]]
    created = min(spec["age"], org.age_days - 3)
    owner = plan.owners[org.slug]
    staff = sorted((m for m in members[org.slug] if m.age_days > created), key=lambda m: m.email)
    author = rng.choice(staff).email if staff else owner

    # When the challenge stopped taking proposals, and the dates of the later status changes.
    history = [("", "draft" if status == "draft" else "open", created, "")]
    stop = 0
    selected_day = solved_day = None
    if status in ("in_progress", "solved"):
        selected_day = created - rng.randint(20, 45)
        if status == "solved":
            solved_day = max(7, selected_day - rng.randint(60, 150))
        stop = selected_day
        history.append(("open", "in_progress", selected_day, ""))  # note filled in with the selected title
        if solved_day:
            history.append(("in_progress", "solved", solved_day, ""))
    elif status in ("closed", "withdrawn"):
        stop = created - rng.randint(15, 45)
        history.append(("open", status, stop, spec["note"]))

    proposals, invitations = [], []
    if status != "draft":
        proposals, invitations = _proposals(
            spec, rng, org, created, stop, selected_day, plan, members, memberships_of, by_name
        )
    if selected_day is not None:
        chosen = next(p for p in proposals if p.status == "selected")
        history[1] = ("open", "in_progress", selected_day, SELECTED_NOTE.format(title=chosen.title))

    deadline = spec.get("deadline")
    if deadline is not None and status not in ("open", "draft"):
        deadline = -(created - deadline)  # counted from publication, so now in the past
    low, high = spec.get("budget") or (None, None)
    outcome_summary, figures = spec.get("solved", ("", []))
    return ChallengePlan(
        slug=slug,
        org_slug=org.slug,
        author=author,
        decider=owner,
        sector=spec["sector"],
        province=spec.get("province", org.province),
        title=nfc(spec["title"]),
        description=nfc(spec["description"]),
        expected_outcome=nfc(spec["outcome"]),
        tags=tuple(nfc(t) for t in spec["tags"]),
        budget_min=low,
        budget_max=high,
        deadline=deadline,
        visibility=spec.get("visibility", "public"),
        status=status,
        created=created,
        history=tuple((a, b, d, nfc(n)) for a, b, d, n in history),
        outcome_summary=nfc(outcome_summary),
        outcome_figures=tuple(tuple(map(nfc, f)) for f in figures),
        proposals=tuple(proposals),
        invitations=tuple(invitations),
    )


def _candidates(spec, org, created, stop, plan, memberships_of):
    wanted = set(spec["tags"])
    scored = []
    for expert in plan.experts:
        if org.slug in memberships_of.get(expert.email, []):
            continue  # never from the organisation that posted the challenge
        if min(created - 2, expert.age_days - 1) <= stop + 1:
            continue  # joined too late to propose before the challenge stopped taking proposals
        skills = len(wanted & set(expert.skills))
        sector = spec["sector"] in expert.sectors
        if not sector and skills < 2:
            continue
        score = 4 * sector + 2 * skills + (spec.get("province", org.province) in expert.provinces)
        scored.append((-score, expert.email, expert))
    scored.sort(key=lambda row: row[:2])
    return [row[2] for row in scored]


def _proposals(spec, rng, org, created, stop, selected_day, plan, members, memberships_of, by_name):
    status = spec["status"]
    candidates = _candidates(spec, org, created, stop, plan, memberships_of)
    want = {
        "open": rng.choice([1, 2, 2, 3, 3, 4]),
        "in_progress": rng.randint(2, 4),
        "solved": rng.randint(2, 4),
        "closed": rng.randint(1, 3),
        "withdrawn": 1,
    }[status]
    lead = by_name.get(nfc(spec.get("lead", "")))
    pool = candidates[:8]
    chosen = []
    if lead is not None and lead in candidates:
        chosen.append(lead)
    rest = [c for c in pool if c not in chosen]
    rng.shuffle(rest)
    chosen += rest[: max(0, want - len(chosen))]
    if lead is None:  # the best-matched proposer leads, and is the one selected
        chosen.sort(key=candidates.index)
    wanted = set(spec["tags"])
    experts = {e.email: e for e in plan.experts}

    # Who is selected, and what happens to the others.
    statuses = ["submitted"] * len(chosen)
    if status in ("in_progress", "solved"):
        statuses[0] = "selected"
        for i in range(1, len(chosen)):
            statuses[i] = rng.choice(["declined", "declined", "shortlisted"])
    elif status == "open" and len(chosen) >= 2:
        if rng.random() < 0.5:
            statuses[rng.randrange(len(chosen))] = "shortlisted"
        if rng.random() < 0.35:
            statuses[-1] = "declined"
    elif status == "closed":
        statuses = ["declined" if rng.random() < 0.5 else "submitted" for _ in chosen]

    invited = {c.email for c in chosen[:2] if rng.random() < 0.45}
    invitations = []
    proposals = []
    for i, expert in enumerate(chosen):
        upper = min(created - 2, expert.age_days - 1)
        lower = stop + 1 if stop else 1
        if expert.email in invited:
            sent = upper + 1
            responded = rng.randint(max(lower, sent - 4), sent - 1) if sent - 1 >= lower else None
            if responded is not None:
                invitations.append(
                    InvitationPlan(
                        expert.email,
                        "accepted",
                        _invitation_message(expert, org, wanted, plan),
                        sent,
                        responded,
                    )
                )
                upper = responded
        submitted = (
            rng.randint(lower, max(lower, upper))
            if status != "open"
            else rng.randint(lower, max(lower, min(upper, lower + 25)))
        )
        style, skill = _style(expert.skills, wanted)
        words = STYLES[style]
        fmt = {"focus": spec["focus"], "org": _org_name(org), "skill": skill}
        decided = None
        feedback = ""
        state = statuses[i]
        if state == "selected":
            decided = selected_day
            feedback = rng.choice(FEEDBACK["selected"])
        elif state == "declined":
            decided = selected_day if selected_day is not None else rng.randint(max(1, stop), submitted)
            feedback = rng.choice(FEEDBACK["other_chosen" if selected_day is not None else "declined"])
        elif state == "shortlisted":  # no decision date; the day only dates the last update
            decided = selected_day if selected_day is not None else rng.randint(max(1, stop), submitted)
            feedback = rng.choice(FEEDBACK["shortlisted"])
        team_org = next(iter(memberships_of.get(expert.email, [])), "")
        colleagues = sorted(
            e.email
            for e in plan.experts
            if team_org
            and team_org in memberships_of.get(e.email, [])
            and e.email != expert.email
            and org.slug not in memberships_of.get(e.email, [])
        )
        co_authors = (rng.choice(colleagues),) if colleagues and rng.random() < 0.45 else ()
        proposals.append(
            ProposalPlan(
                author=expert.email,
                co_authors=co_authors,
                on_behalf_of=team_org,
                title=nfc(_cap(words["title"].format(**fmt))),
                summary=nfc(words["summary"].format(**fmt)),
                approach=nfc(words["approach"].format(**fmt)),
                timeline=rng.choice(words["timeline"]),
                cost_estimate=_cost(rng, spec),
                status=state,
                feedback=feedback,
                submitted=submitted,
                decided=decided,
            )
        )

    # Open challenges also invite a matched expert who has not answered yet, or who declined.
    if status == "open":
        others = [c for c in candidates if c not in chosen and experts[c.email].available]
        if others and rng.random() < 0.6:
            expert = others[0] if rng.random() < 0.5 else rng.choice(others[:4])
            sent = rng.randint(1, max(1, min(created - 1, expert.age_days - 1)))
            declined = rng.random() < 0.3 and sent > 1
            invitations.append(
                InvitationPlan(
                    expert.email,
                    "declined" if declined else "pending",
                    _invitation_message(expert, org, wanted, plan),
                    sent,
                    rng.randint(max(0, sent - 3), sent - 1) if declined else None,
                )
            )
    proposals.sort(key=lambda p: -p.submitted)
    return proposals, invitations


def _invitation_message(expert, org, wanted, plan) -> str:
    _style_name, skill = _style(expert.skills, wanted)
    return nfc(
        INVITATION_MESSAGE.format(expert=_display(expert, plan.people), org=_org_name(org), skill=skill)
    )


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- The seeding step ------------------------------------------------------------------------------


def seed_challenges(ctx: SeedContext) -> None:
    """Create the demo challenges that are missing (keyed by slug), through the challenge services so that
    Markdown is sanitised and history recorded, then back-date what they stamped with "now". A challenge
    that exists is left exactly as it is, with its proposals, invitations and history."""
    from django.utils import translation

    from community.models import Challenge, ChallengeStatusChange, ExpertInvitation, Solution

    plans = challenge_plan()
    slugs = [p.slug for p in plans]
    existing = set(Challenge.objects.filter(slug__in=slugs).values_list("slug", flat=True))
    if existing:
        ctx.count("challenges", n=len(existing))
        ctx.count("challenge proposals", n=Solution.objects.filter(challenge__slug__in=existing).count())
        ctx.count(
            "challenge status changes",
            n=ChallengeStatusChange.objects.filter(challenge__slug__in=existing).count(),
        )
        ctx.count(
            "challenge expert invitations",
            n=ExpertInvitation.objects.filter(challenge__slug__in=existing).count(),
        )
    todo = [p for p in plans if p.slug not in existing]
    if not todo:
        return
    world = _World.load(ctx, todo)
    with translation.override("vi"):
        for plan in todo:
            _create_challenge(ctx, world, plan)


@dataclass
class _World:
    users: dict
    profiles: dict
    orgs: dict
    roles: dict  # (organisation slug, e-mail) -> role

    @classmethod
    def load(cls, ctx: SeedContext, plans) -> _World:
        from community.core.text import vn_slugify
        from community.models import ChallengeTag, ExpertProfile, Membership, Organisation, User

        emails = set()
        for p in plans:
            emails |= {
                p.author,
                p.decider,
                *(s.author for s in p.proposals),
                *(i.expert for i in p.invitations),
            }
            emails |= {a for s in p.proposals for a in s.co_authors}
        org_slugs = {p.org_slug for p in plans} | {s.on_behalf_of for p in plans for s in p.proposals}
        # Tags get slugs that keep the d of đ, as ensure_skills does for skills; taggit reuses them by name.
        names = sorted({t for p in plans for t in p.tags})
        have = set(ChallengeTag.objects.filter(name__in=names).values_list("name", flat=True))
        for name in names:
            if name not in have:
                slug = vn_slugify(name.replace("/", " "))
                ChallengeTag(
                    name=name, slug="" if ChallengeTag.objects.filter(slug=slug).exists() else slug
                ).save()
        return cls(
            users={u.email: u for u in User.objects.filter(email__in=emails)},
            profiles={
                p.user.email: p
                for p in ExpertProfile.objects.filter(user__email__in=emails).select_related("user")
            },
            orgs={o.slug: o for o in Organisation.objects.filter(slug__in=org_slugs)},
            roles={
                (org, email): role
                for org, email, role in Membership.objects.filter(
                    organisation__slug__in=org_slugs
                ).values_list("organisation__slug", "user__email", "role")
            },
        )

    def admin_of(self, org_slug: str, preferred: str):
        if self.roles.get((org_slug, preferred)) in ("owner", "admin") and preferred in self.users:
            return self.users[preferred]
        for (slug, email), role in sorted(self.roles.items()):
            if slug == org_slug and role in ("owner", "admin") and email in self.users:
                return self.users[email]
        return None


def _create_challenge(ctx: SeedContext, world: _World, plan: ChallengePlan) -> None:
    from django.utils import timezone

    from community.challenges import services as svc
    from community.models import (
        Challenge,
        ChallengeFollow,
        ChallengeStatusChange,
        ExpertInvitation,
        Solution,
    )

    org = world.orgs.get(plan.org_slug)
    decider = world.admin_of(plan.org_slug, plan.decider)
    if org is None or decider is None:
        ctx.notes.append(f"Skipped challenge {plan.slug}: its organisation or an admin of it is missing.")
        return
    author = world.users.get(plan.author) if (plan.org_slug, plan.author) in world.roles else None
    author = author or decider
    challenge = svc.challenge_create(
        organisation=org,
        author=author,
        title=plan.title,
        description=plan.description,
        sector=ctx.sectors[plan.sector],
        province=ctx.provinces[plan.province],
        tags=plan.tags,
        expected_outcome=plan.expected_outcome,
        budget_min=plan.budget_min,
        budget_max=plan.budget_max,
        deadline=None,
        visibility=plan.visibility,
        publish=plan.status != "draft",
    )
    Challenge.objects.filter(pk=challenge.pk).update(slug=plan.slug)
    challenge.slug = plan.slug

    def member(email: str) -> bool:
        return (plan.org_slug, email) in world.roles

    invitations = {}
    for inv in plan.invitations:
        profile = world.profiles.get(inv.expert)
        if profile and profile.is_public and profile.user.is_active and not member(inv.expert):
            invitations[inv.expert] = (
                svc.expert_invite(challenge=challenge, actor=decider, expert=profile, message=inv.message),
                inv,
            )
    solutions = []
    for prop in plan.proposals:
        user = world.users.get(prop.author)
        if user is None or member(prop.author):
            continue
        team = [world.users[e] for e in prop.co_authors if e in world.users and not member(e)]
        on_behalf = (
            world.orgs.get(prop.on_behalf_of) if (prop.on_behalf_of, prop.author) in world.roles else None
        )
        solution = svc.solution_create(
            challenge=challenge,
            author=user,
            title=prop.title,
            summary=prop.summary,
            approach=prop.approach,
            timeline=prop.timeline,
            cost_estimate=prop.cost_estimate,
            organisation=on_behalf,
            co_authors=team,
        )
        solutions.append((solution, prop))
    for invitation, inv in invitations.values():
        if inv.status != "pending":
            svc.expert_invitation_respond(
                invitation=invitation, actor=invitation.expert.user, accept=inv.status == "accepted"
            )
    # Decide the others first: selecting one moves an open challenge to "in progress".
    for solution, prop in sorted(solutions, key=lambda sp: sp[1].status == "selected"):
        if prop.status != "submitted":
            svc.solution_decide(
                solution=solution, actor=decider, decision=prop.status, feedback=prop.feedback
            )
    if plan.status in ("closed", "withdrawn"):
        svc.challenge_set_status(
            challenge=challenge, actor=decider, status=plan.status, note=plan.history[-1][3]
        )
    elif plan.status == "solved":
        svc.challenge_mark_solved(
            challenge=challenge,
            actor=decider,
            outcome_summary=plan.outcome_summary,
            outcome_figures=[
                {"label": a, "before": b, "after": c, "unit": d} for a, b, c, d in plan.outcome_figures
            ],
        )

    # Back-date what the services stamped with "now".
    at = ctx.ago
    last = plan.history[-1][2]
    Challenge.objects.filter(pk=challenge.pk).update(
        created_at=at(plan.created),
        updated_at=at(last),
        published_at=None if plan.status == "draft" else at(plan.created),
        deadline=None
        if plan.deadline is None
        else timezone.localdate(ctx.now) + timedelta(days=plan.deadline),
    )
    changes = list(ChallengeStatusChange.objects.filter(challenge=challenge).order_by("pk"))
    for change, (_from, _to, day, note) in zip(changes, plan.history, strict=False):
        ChallengeStatusChange.objects.filter(pk=change.pk).update(
            created_at=at(day), note=note or change.note
        )
    ChallengeFollow.objects.filter(challenge=challenge, user=author).update(created_at=at(plan.created))
    for solution, prop in solutions:
        decided = at(prop.decided) if prop.decided is not None else None
        Solution.objects.filter(pk=solution.pk).update(
            created_at=at(prop.submitted),
            updated_at=decided or at(prop.submitted),
            decided_at=decided if prop.status in ("selected", "declined") else None,
        )
        ChallengeFollow.objects.filter(challenge=challenge, user=solution.author).update(
            created_at=at(prop.submitted)
        )
    for invitation, inv in invitations.values():
        ExpertInvitation.objects.filter(pk=invitation.pk).update(
            created_at=at(inv.sent), responded_at=None if inv.responded is None else at(inv.responded)
        )

    ctx.count("challenges", created=True)
    ctx.count("challenge proposals", created=True, n=len(solutions))
    ctx.count("challenge status changes", created=True, n=len(changes))
    ctx.count("challenge expert invitations", created=True, n=len(invitations))
