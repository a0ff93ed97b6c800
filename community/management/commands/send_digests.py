"""`manage.py send_digests --frequency daily|weekly`: e-mail the digest of the period that just ended.

Schedule it once a day (daily) and once a week (weekly), e.g. from cron or the platform's scheduler;
running it twice for the same period sends nothing the second time.
"""

from django.core.management.base import BaseCommand

from community.models import DigestFrequency
from community.notifications import tasks
from community.notifications.digests import send_digests


class Command(BaseCommand):
    help = "E-mail the daily or weekly digest of new matched challenges and followed activity."

    def add_arguments(self, parser):
        parser.add_argument(
            "--frequency", required=True, choices=[DigestFrequency.DAILY, DigestFrequency.WEEKLY]
        )
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Hand the work to the task worker instead of sending from this process.",
        )

    def handle(self, *args, frequency, enqueue, **options):
        if enqueue:
            tasks.send_digests.enqueue(frequency)
            self.stdout.write(f"Enqueued the {frequency} digest.")
            return
        sent = send_digests(frequency=frequency)
        self.stdout.write(self.style.SUCCESS(f"Sent {sent} {frequency} digest(s)."))
