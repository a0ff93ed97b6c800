"""Queue the day-before reminders of forums and seminars (cron runs this; see platform/RUNBOOK.md)."""

from django.core.management.base import BaseCommand

from cms.events.tasks import send_event_reminders


class Command(BaseCommand):
    help = (
        "Queue the reminder e-mails for events starting before the end of tomorrow (Vietnam time). "
        "Each registered person gets one reminder per event, however often this runs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", action="store_true", help="Send in this process instead of queueing for the task worker."
        )

    def handle(self, *args, **options):
        if options["now"]:
            sent = send_event_reminders.call()
            self.stdout.write(f"Sent {sent} reminder(s).")
            return
        result = send_event_reminders.enqueue()
        self.stdout.write(f"Queued the event reminders (task {result.id}).")
