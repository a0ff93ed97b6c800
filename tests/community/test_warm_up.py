"""`manage.py warm_up`, which `make run` calls before it prints where the site is."""

import socket

import pytest
from django.core.management import CommandError, call_command

from community.management.commands.warm_up import PATHS


@pytest.mark.django_db(transaction=True)
def test_warm_up_opens_every_main_page_of_a_running_server(live_server, capsys):
    call_command("warm_up", url=live_server.url, verbosity=2)
    printed = capsys.readouterr().out
    assert {line.split("ms", 1)[1].strip() for line in printed.splitlines()} == {"/" + p for p in PATHS}


def test_warm_up_gives_up_clearly_when_nothing_answers():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(CommandError, match="did not answer"):
        call_command("warm_up", url=f"http://127.0.0.1:{port}/", timeout=0.5)
