"""Fill the Vietnamese catalogue from translation files written beside new work.

People adding strings in parallel write their Vietnamese into `locale/pending/<area>.po` instead of
editing `vi/LC_MESSAGES/django.po` (which `makemessages` rewrites). After `makemessages`, run
    .venv/bin/python locale/fill_pending.py
to copy every translation whose msgid (and context) is in the catalogue but untranslated or fuzzy,
then list what is still missing. Pending files whose entries have all landed can be deleted.
"""

import sys
from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent
PO = HERE / "vi" / "LC_MESSAGES" / "django.po"


def main() -> int:
    known: dict[tuple[str | None, str], polib.POEntry] = {}
    for path in sorted((HERE / "pending").glob("*.po")):
        for entry in polib.pofile(str(path)):
            if entry.msgstr or any(entry.msgstr_plural.values()):
                known[(entry.msgctxt, entry.msgid)] = entry
    po = polib.pofile(str(PO), wrapwidth=79)
    filled, missing = 0, []
    for entry in po:
        if entry.obsolete:
            continue
        done = all(entry.msgstr_plural.values()) if entry.msgid_plural else bool(entry.msgstr)
        if done and "fuzzy" not in entry.flags:
            continue
        source = known.get((entry.msgctxt, entry.msgid))
        if source is None:
            missing.append(entry.msgid)
            continue
        if entry.msgid_plural:
            entry.msgstr_plural = {0: source.msgstr_plural.get(0) or source.msgstr}
        else:
            entry.msgstr = source.msgstr
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        filled += 1
    po.save(str(PO))
    print(f"filled {filled} Vietnamese translations; {len(missing)} still missing")
    for msgid in missing:
        print("  missing:", msgid[:100])
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
