"""Complete the English catalogue: English is the source language, so every
msgstr equals its msgid (plural: msgstr[0] = msgid, msgstr[1] = msgid_plural).

Re-run after makemessages:  .venv/bin/python locale/fill_english.py
"""

from datetime import datetime
from pathlib import Path

import polib

PO = Path(__file__).resolve().parent / "en" / "LC_MESSAGES" / "django.po"


def main():
    po = polib.pofile(str(PO), wrapwidth=79)
    po.metadata["Language"] = "en"
    po.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    if po.metadata.get("Project-Id-Version", "").startswith("PACKAGE"):
        po.metadata["Project-Id-Version"] = "DX Connect"
    if po.metadata.get("Language-Team", "").startswith("LANGUAGE"):
        po.metadata["Language-Team"] = "English"
    if po.metadata.get("Last-Translator", "").startswith("FULL NAME"):
        po.metadata["Last-Translator"] = "DX Connect team"
    po.metadata["PO-Revision-Date"] = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M%z")
    po.metadata_is_fuzzy = False
    changed = 0
    for entry in po:
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            wanted = {0: entry.msgid, 1: entry.msgid_plural}
            if entry.msgstr_plural != wanted:
                entry.msgstr_plural = wanted
                changed += 1
        elif entry.msgstr != entry.msgid:
            entry.msgstr = entry.msgid
            changed += 1
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
    po.save()
    print(
        f"{PO}: {changed} entries set, {len(po.untranslated_entries())} untranslated, "
        f"{len(po.fuzzy_entries())} fuzzy"
    )


if __name__ == "__main__":
    main()
