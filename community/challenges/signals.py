"""Events the community app announces; notifications and the CMS subscribe without being imported here.

Each is sent after the transaction that caused it commits.
"""

from django.dispatch import Signal

challenge_published = Signal()  # challenge
challenge_status_changed = Signal()  # challenge, from_status, to_status, actor
challenge_solved = Signal()  # challenge, solution (the selected one or None), actor
solution_submitted = Signal()  # solution
solution_decided = Signal()  # solution, actor
expert_invited = Signal()  # invitation
expert_invitation_answered = Signal()  # invitation
