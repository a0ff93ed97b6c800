"""Forum test helpers: topics and replies made through the services, as members would post them."""

from community.forum import services
from community.forum.models import Category

QUESTION = (
    "Công ty may 80 lao động ở Hưng Yên nên bắt đầu chuyển đổi số từ đâu? Có công cụ tự đánh giá "
    "miễn phí không?"
)


def category(slug: str = "y-te") -> Category:
    return Category.objects.get(slug=slug)


def topic(author, **overrides):
    data = {
        "category": category(overrides.pop("category_slug", "chung")),
        "title": "Xưởng may 80 lao động nên bắt đầu chuyển đổi số từ đâu?",
        "body": QUESTION,
        "tags": ["dệt may", "tự đánh giá"],
    }
    data.update(overrides)
    return services.topic_create(author=author, **data)


def reply(topic_, author, body="Hãy bắt đầu bằng bài tự đánh giá DBI, rồi số hóa chấm công và tính lương."):
    return services.reply_create(topic=topic_, author=author, body=body)
