"""Demo discussion and moderation for `seed_demo`: questions from experts and answers from organisations on
the demo challenges and some proposals, a few mentions, one edited and one deleted comment, open flags for the
moderators' queue and one past moderation action. Deterministic (stable keys, seeded choices) and idempotent:
a comment, flag or action that exists (by its key) is left as it is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from community.demo.generator import nfc, rng_for

if TYPE_CHECKING:
    from community.demo.steps import SeedContext

THREADS = 24  # challenges with a discussion
SOLUTION_THREADS = 8  # proposals with a discussion

# (question from an expert, answer from the organisation); {mention} is "@handle " or "".
EXCHANGES = [
    (
        "Xin hỏi {org}: đơn vị đã có bộ dữ liệu nào về **{tag}** để chuyên gia đánh giá hiện trạng trước khi đề xuất "
        "không? Dữ liệu đang ở dạng Excel hay đã nằm trong phần mềm chuyên ngành?",
        "{mention}Cảm ơn chuyên gia đã quan tâm. Dữ liệu hiện lưu chủ yếu trên Excel, một phần trong phần mềm cũ. "
        "Đơn vị sẽ gửi bộ dữ liệu mẫu đã ẩn danh cho các nhóm đề xuất khi có yêu cầu.",
    ),
    (
        "Với bài toán {focus}, sau khi bàn giao ai sẽ vận hành hệ thống? Theo kinh nghiệm của tôi, đào tạo và duy trì "
        "thường chiếm 30–40% tổng chi phí trong 3 năm đầu.",
        "{mention}Sau bàn giao, tổ công nghệ thông tin của đơn vị (3 cán bộ) sẽ vận hành. Vì vậy chúng tôi rất cần "
        "phần đào tạo và tài liệu hướng dẫn chi tiết trong đề xuất.",
    ),
    (
        "Giải pháp có phải kết nối với Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của tỉnh hoặc Cơ sở dữ liệu quốc gia "
        "về dân cư không? Việc này ảnh hưởng nhiều đến lộ trình và dự toán.",
        "{mention}Có. Hệ thống cần kết nối qua LGSP của tỉnh; Sở Khoa học và Công nghệ đã đồng ý cấp tài khoản kết "
        "nối thử nghiệm cho đơn vị trúng chọn.",
    ),
    (
        "Đơn vị đã có quy chế bảo vệ dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP chưa? Tôi hỏi vì giải pháp "
        "{tag} sẽ xử lý dữ liệu của người dân.",
        "{mention}Đơn vị đã ban hành quy chế từ năm ngoái và đang rà soát lại. Đề xuất nên nêu rõ cách phân quyền "
        "truy cập và lưu vết thao tác.",
    ),
    (
        "Ngân sách dự kiến đã gồm chi phí hạ tầng máy chủ hoặc thuê dịch vụ đám mây chưa, hay đơn vị muốn dùng hạ "
        "tầng sẵn có tại Trung tâm dữ liệu của tỉnh?",
        "{mention}Đơn vị ưu tiên dùng hạ tầng của Trung tâm dữ liệu tỉnh; chi phí hạ tầng không nằm trong ngân sách "
        "đã nêu.",
    ),
    (
        "Đơn vị mong có kết quả thí điểm đầu tiên khi nào? Nếu cần trước cuối năm, tôi đề xuất thu hẹp thí điểm "
        "xuống 1–2 đơn vị trực thuộc để kịp đánh giá.",
        "{mention}Chúng tôi mong có kết quả thí điểm trong quý tới và đồng ý thu hẹp phạm vi nếu lộ trình mở rộng "
        "được nêu rõ.",
    ),
]
THANKS = [
    "Cảm ơn đơn vị đã trả lời rõ ràng. Nhóm chúng tôi sẽ bổ sung nội dung này vào đề xuất.",
    "Rất hữu ích, cảm ơn anh chị. Tôi sẽ liên hệ để nhận bộ dữ liệu mẫu.",
    "Đã rõ. Nhóm sẽ tính thêm phương án dự phòng khi đường truyền không ổn định.",
]
EXPERIENCE = (
    "Tôi từng tham gia một dự án tương tự ở {province}. Bài học lớn nhất là chuẩn hóa danh mục dùng chung trước "
    "khi xây phần mềm, và cử một cán bộ đầu mối theo sát từ đầu. Sẵn sàng chia sẻ thêm nếu đơn vị cần."
)
SOLUTION_QUESTION = (
    "Phần {tag} trong đề xuất khá thuyết phục. Nhóm cho biết thêm chi phí vận hành hằng năm sau triển khai và số "
    "cán bộ đơn vị cần bố trí được không?"
)
SOLUTION_ANSWER = (
    "{mention}Chi phí vận hành ước khoảng 10–15% chi phí triển khai mỗi năm, chủ yếu là bảo trì và hỗ trợ người "
    "dùng. Đơn vị cần bố trí 1 cán bộ đầu mối; nhóm sẽ đào tạo trực tiếp trong 2 tháng đầu."
)
EDIT_SUFFIX = "\n\n*Cập nhật:* đơn vị đã gia hạn nhận đề xuất thêm 2 tuần để các nhóm bổ sung dự toán."
DELETED = "Xin lỗi, tôi đăng nhầm câu hỏi của thách thức khác."

SPAMMER = ("quangcao.sonhanh@example.vn", "Quảng Cáo Số Nhanh")
SPAM = (
    "Nhận thiết kế website, chạy quảng cáo giá rẻ, cam kết lên top Google trong 7 ngày! Liên hệ Zalo "
    "0909 000 000 để được giảm 50%."
)
OLD_SPAM = "Bán tài khoản phần mềm bản quyền giá rẻ, inbox ngay để nhận khuyến mãi."
OFF_TOPIC = "Có ai biết lịch hội thảo chuyển đổi số ở Hà Nội tháng này không ạ? Em cần đăng ký cho cơ quan."
PERSONAL = (
    "Anh chị cần thì gọi thẳng anh Tuấn phòng kế toán của đơn vị nhé: 0912 345 678, CCCD "
    "038091000123, nhà ở số 12 ngõ 5 Lê Lợi."
)


@dataclass
class _Seeder:
    ctx: SeedContext
    users: dict
    challenges: dict
    made: int = 0

    def comment(self, key: str, *, author, target, body: str, days: int, parent=None):
        """Create the comment `key` through the service (notifications included, e-mail muted) unless it exists."""
        from community.discussion.models import Comment
        from community.discussion.services import comment_create

        ref = f"demo:{key}"
        existing = Comment.objects.filter(import_ref=ref).first()
        if existing is not None:
            self.ctx.count("comments")
            return existing, False
        comment = comment_create(author=author, target=target, body=nfc(body), parent=parent)
        at = self.ctx.ago(days)
        Comment.objects.filter(pk=comment.pk).update(import_ref=ref, created_at=at, updated_at=at)
        comment.created_at = at
        self.ctx.count("comments", created=True)
        return comment, True


def seed_discussion(ctx: SeedContext) -> None:
    """Discussion on the demo challenges and proposals, then moderators, flags and a past action."""
    from community.demo.challenges import challenge_plan
    from community.models import Challenge, Membership, User
    from community.notifications.services import without_email

    plans = [
        p for p in challenge_plan() if p.status not in ("draft", "withdrawn") and p.visibility == "public"
    ]
    plans = plans[:THREADS]
    challenges = {
        c.slug: c
        for c in Challenge.objects.filter(slug__in=[p.slug for p in plans]).select_related(
            "organisation", "province"
        )
    }
    emails = {p.decider for p in plans} | {s.author for p in plans for s in p.proposals}
    emails |= {"expert@dxconnect.vn", "member@dxconnect.vn", "admin@dxconnect.vn", "editor@dxconnect.vn"}
    users = {u.email: u for u in User.objects.filter(email__in=emails)}
    org_members = set(
        Membership.objects.filter(
            organisation__in=[c.organisation_id for c in challenges.values()]
        ).values_list("organisation_id", "user__email")
    )
    seeder = _Seeder(ctx, users, challenges)
    with without_email():
        _seed_threads(seeder, plans, org_members)
        _seed_moderation(seeder, plans)


def _experts_for(plan, users, org_id, org_members) -> list:
    seen, out = set(), []
    for email in [s.author for s in plan.proposals] + ["expert@dxconnect.vn"]:
        user = users.get(email)
        if user is not None and email not in seen and (org_id, email) not in org_members:
            seen.add(email)
            out.append(user)
    return out


def _seed_threads(seeder: _Seeder, plans, org_members) -> None:
    from community.discussion.models import Comment
    from community.discussion.services import comment_delete, comment_update
    from community.models import Solution

    solution_threads = 0
    for i, plan in enumerate(plans):
        challenge = seeder.challenges.get(plan.slug)
        org_voice = seeder.users.get(plan.decider)
        if challenge is None or org_voice is None:
            continue
        experts = _experts_for(plan, seeder.users, challenge.organisation_id, org_members)
        if not experts:
            continue
        rng = rng_for("discussion", plan.slug)
        question, answer = EXCHANGES[rng.randrange(len(EXCHANGES))]
        fmt = {
            "org": challenge.organisation.short_name or challenge.organisation.name,
            "focus": plan.title.lower(),
            "tag": plan.tags[0] if plan.tags else "chuyển đổi số",
            "province": challenge.province.name,
        }
        day = max(3, plan.created - 2)
        asker = experts[0]
        top, _ = seeder.comment(
            f"{plan.slug}:q", author=asker, target=challenge, body=question.format(**fmt), days=day
        )
        mention = f"@{asker.handle} " if i % 3 == 0 else ""
        reply, created = seeder.comment(
            f"{plan.slug}:a",
            author=org_voice,
            target=challenge,
            parent=top,
            body=answer.format(mention=mention, **fmt),
            days=max(2, day - 1),
        )
        if i == 1 and created:  # one answer edited afterwards: readers see "edited" and the earlier version
            comment_update(comment=reply, actor=org_voice, body=reply.body + EDIT_SUFFIX)
            edited = seeder.ctx.ago(max(1, day - 2))
            Comment.objects.filter(pk=reply.pk).update(edited_at=edited, updated_at=edited)
            reply.revisions.update(written_at=seeder.ctx.ago(max(2, day - 1)))
        if i % 2 == 0:
            seeder.comment(
                f"{plan.slug}:t",
                author=asker,
                target=challenge,
                parent=top,
                body=THANKS[rng.randrange(len(THANKS))],
                days=max(1, day - 2),
            )
        if len(experts) > 1 and i % 3 != 2:
            seeder.comment(
                f"{plan.slug}:x",
                author=experts[1],
                target=challenge,
                body=EXPERIENCE.format(**fmt),
                days=max(1, day - 3),
            )
        if i == 4:  # one comment deleted by its author: the thread shows "Comment deleted"
            wrong, created = seeder.comment(
                f"{plan.slug}:del", author=experts[-1], target=challenge, body=DELETED, days=max(1, day - 3)
            )
            if created:
                comment_delete(comment=wrong, actor=experts[-1])
        if solution_threads < SOLUTION_THREADS and plan.proposals:
            solution = (
                Solution.objects.filter(challenge=challenge, author__email=plan.proposals[0].author)
                .select_related("challenge", "author")
                .first()
            )
            if solution is not None:
                solution_threads += 1
                sday = max(2, min(day, plan.proposals[0].submitted) - 1)
                q, _ = seeder.comment(
                    f"{plan.slug}:sq",
                    author=org_voice,
                    target=solution,
                    body=SOLUTION_QUESTION.format(**fmt),
                    days=sday,
                )
                seeder.comment(
                    f"{plan.slug}:sa",
                    author=solution.author,
                    target=solution,
                    parent=q,
                    body=SOLUTION_ANSWER.format(mention=f"@{org_voice.handle} " if i % 2 else ""),
                    days=max(1, sday - 1),
                )


def _seed_moderation(seeder: _Seeder, plans) -> None:
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType

    from community.demo.steps import ensure_email_address, upsert
    from community.models import User
    from community.moderation import services
    from community.moderation.models import MODERATORS_GROUP, Flag, FlagStatus, ModerationAction

    ctx = seeder.ctx
    group, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    for email in ("admin@dxconnect.vn", "editor@dxconnect.vn"):
        person = seeder.users.get(email)
        if person is not None and not person.groups.filter(pk=group.pk).exists():
            person.groups.add(group)
            ctx.count("moderators", created=True)
        elif person is not None:
            ctx.count("moderators")
    admin = seeder.users.get("admin@dxconnect.vn")
    targets = [seeder.challenges[p.slug] for p in plans if p.slug in seeder.challenges]
    if admin is None or len(targets) < 6:
        ctx.notes.append("Skipped demo flags: the demo challenges or the admin account are missing.")
        return
    spammer, created, _changed = upsert(
        User,
        {"email": SPAMMER[0]},
        {"full_name": SPAMMER[1], "is_active": True},
        on_create={"password": ctx.password_hash, "date_joined": ctx.ago(12)},
    )
    ctx.count("users", created=created)
    ensure_email_address(ctx, spammer)  # a real account that signs in, as every seeded one
    reporters = [u for e, u in sorted(seeder.users.items()) if e.endswith("@dxconnect.vn") is False][:4]
    reporters += [
        seeder.users[e] for e in ("expert@dxconnect.vn", "member@dxconnect.vn") if e in seeder.users
    ]

    def flag(target, reporter, reason, note, days, status=FlagStatus.OPEN):
        if reporter is None or reporter.pk == getattr(target, "author_id", None):
            return
        made, created = Flag.objects.get_or_create(
            content_type=ContentType.objects.get_for_model(target),
            object_id=target.pk,
            reporter=reporter,
            defaults={"reason": reason, "note": nfc(note), "status": status},
        )
        if created:
            Flag.objects.filter(pk=made.pk).update(created_at=ctx.ago(days))
        ctx.count("flags", created=created)

    member = seeder.users.get("member@dxconnect.vn")
    spam, _ = seeder.comment("mod:spam", author=spammer, target=targets[2], body=SPAM, days=2)
    for n, reporter in enumerate(reporters[:3]):
        flag(spam, reporter, "spam", "Quảng cáo, không liên quan đến thách thức." if n == 0 else "", 1)
    if member is not None:
        off, _ = seeder.comment("mod:offtopic", author=member, target=targets[3], body=OFF_TOPIC, days=3)
        flag(off, reporters[0], "off_topic", "Nên hỏi trong diễn đàn.", 2)
    personal, _ = seeder.comment("mod:personal", author=spammer, target=targets[5], body=PERSONAL, days=4)
    flag(
        personal,
        reporters[1] if len(reporters) > 1 else None,
        "personal_data",
        "Bình luận công khai số điện thoại và số CCCD của người khác.",
        3,
    )
    flag(
        targets[4],
        reporters[-1],
        "misinformation",
        "Số liệu trong mô tả khác với báo cáo năm 2024 của tỉnh, đề nghị đơn vị kiểm tra lại.",
        2,
    )

    # One past action: an older spam comment hidden ten days ago, with the warning that followed.
    if not ModerationAction.objects.filter(import_ref="demo:hide-old-spam").exists():
        old, _ = seeder.comment("mod:old-spam", author=spammer, target=targets[1], body=OLD_SPAM, days=11)
        for reporter in reporters[:2]:
            flag(old, reporter, "spam", "", 11)
        hidden = services.hide(moderator=admin, target=old, reason="Quảng cáo bán tài khoản phần mềm.")
        warned = services.warn(
            moderator=admin,
            member=spammer,
            target=old,
            message="Bình luận quảng cáo đã bị ẩn. Vui lòng chỉ đăng nội dung liên quan đến "
            "thách thức; tái phạm sẽ bị tạm khóa tài khoản.",
        )
        ModerationAction.objects.filter(pk=hidden.pk).update(
            import_ref="demo:hide-old-spam", created_at=ctx.ago(10)
        )
        ModerationAction.objects.filter(pk=warned.pk).update(
            import_ref="demo:warn-old-spam", created_at=ctx.ago(10)
        )
        Flag.objects.filter(object_id=old.pk, content_type=ContentType.objects.get_for_model(old)).update(
            resolved_at=ctx.ago(10)
        )
        ctx.count("moderation actions", created=True, n=2)
    else:
        ctx.count("comments")  # the hidden spam comment, made with the action
        ctx.count("moderation actions", n=2)
