"""Helpers that build discussion content through the services, as members would."""

from community.discussion.models import Comment
from community.discussion.services import comment_create


def comment(
    author, target, body="Xin hỏi đơn vị đã có dữ liệu mẫu để chuyên gia tham khảo chưa?", parent=None
):
    return comment_create(author=author, target=target, body=body, parent=parent)


def bulk_comments(challenge, author, n, *, solution=None, replies_every=3):
    """n comments on a thread, every `replies_every`-th one a reply, without notifications (fast)."""
    made = []
    for i in range(n):
        parent = made[-1] if made and i % replies_every == 0 and made[-1].parent_id is None else None
        made.append(
            Comment.objects.create(
                challenge=challenge,
                solution=solution,
                parent=parent,
                author=author,
                body=f"Ý kiến số {i + 1} về lộ trình liên thông.",
                body_html=f"<p>Ý kiến số {i + 1} về lộ trình liên thông.</p>",
            )
        )
    return made
