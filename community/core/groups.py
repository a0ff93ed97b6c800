"""The names of the user groups the code relies on, in one place. Editors see them in the admin, so they are
Vietnamese; Wagtail's migrations create "Editors" and "Moderators" in English and cms migration 0004 renames
them. Code looks a group up through these constants, never through a literal."""

EDITORS = "Biên tập viên"  # Wagtail's "Editors": write pages, submit them for review
MODERATORS = "Người kiểm duyệt"  # Wagtail's "Moderators": approve pages in the review workflows
COMMUNITY_MODERATORS = "Người kiểm duyệt cộng đồng"  # work the community's moderation queue
