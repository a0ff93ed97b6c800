"""Flags, the moderators' queue, their actions and the audit log."""
