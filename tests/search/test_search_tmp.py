from haystack.query import SearchQuerySet
def test_x(make_notes):
    make_notes(
        {"title": "Kinh nghiệm", "body": "Nông dân thông thạo nghiệp vụ, minh bạch giá cả"},
        {"title": "Kinh nghiệm", "body": "Mô hình nông nghiệp thông minh ở Lâm Đồng"},
    )
    for q in ["nông nghiệp thông minh", "nông", "thông", "minh", "nghiệp", "thạo"]:
        print(q, [(r.pk, r.score) for r in SearchQuerySet().auto_query(q)])
    print([(r.pk, r.text) for r in SearchQuerySet().all()])
