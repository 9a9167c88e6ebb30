#!/usr/bin/python3
"""Translation checks for CI.

check_translations.py sources SRC_DIR LUPDATE TS...
    Runs lupdate over the sources into copies of the .ts files and fails when the sources hold
    strings that the committed .ts files lack (someone added a tr() and did not run
    `cmake --build build --target update_translations`).
check_translations.py complete TS
    Fails when any message of TS is unfinished or has an empty translation, or when a translation
    lacks a placeholder of its source (%1, %L2, %n) or adds one.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(ts_path, include_obsolete=False):
    result = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished") and not include_obsolete:
                continue
            source = message.findtext("source")
            text = ""
            if translation is not None:
                # Plural messages keep their text in <numerusform>s: every form must be filled.
                forms = [f.text or "" for f in translation.iter("numerusform")]
                text = (translation.text or "") if not forms else ("" if not all(f.strip() for f in forms)
                                                                   else "\n".join(forms))
            result[(name, source)] = (kind, text, translation)
    return result


def check_sources(src_dir, lupdate, ts_files):
    dirs = [os.path.join(src_dir, d) for d in ("core", "ui", "app")]
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copy(ts, copy)
            run = subprocess.run([lupdate, "-silent", "-locations", "none", *dirs, "-ts", copy],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print(run.stdout, run.stderr, file=sys.stderr)
                return 1
            before = messages(ts)
            after = messages(copy)
            missing = sorted(set(after) - set(before))
            if missing:
                failed = True
                print(f"{os.path.basename(ts)} lacks {len(missing)} string(s) the sources use:", file=sys.stderr)
                for context, source in missing[:40]:
                    print(f"  [{context}] {source!r}", file=sys.stderr)
            else:
                print(f"{os.path.basename(ts)}: all {len(after)} source strings present")
    if failed:
        print("run: cmake --build build --target update_translations, then translate", file=sys.stderr)
    return 1 if failed else 0


PLACEHOLDER = re.compile(r"%L?\d|%n")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def check_complete(ts):
    all_messages = messages(ts)
    todo = [(c, s) for (c, s), (kind, text, _) in all_messages.items()
            if kind == "unfinished" or not text.strip()]
    wrong = []
    for (context, source), (kind, text, translation) in all_messages.items():
        if not text.strip():
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [text]
        for form in forms:
            # A plural's singular form may say "one" instead of %n.
            expected = [p for p in placeholders(source) if not (p == "%n" and len(forms) > 1 and form is forms[0])]
            got = [p for p in placeholders(form) if not (p == "%n" and len(forms) > 1 and form is forms[0])]
            if expected != got:
                wrong.append((context, source, form))
    if wrong:
        print(f"{os.path.basename(ts)}: {len(wrong)} translation(s) with other placeholders than the source:",
              file=sys.stderr)
        for context, source, form in wrong[:40]:
            print(f"  [{context}] {source!r} -> {form!r}", file=sys.stderr)
        return 1
    if todo:
        print(f"{os.path.basename(ts)}: {len(todo)} message(s) untranslated:", file=sys.stderr)
        for context, source in todo[:40]:
            print(f"  [{context}] {source!r}", file=sys.stderr)
        return 1
    print(f"{os.path.basename(ts)}: all {len(messages(ts))} messages translated")
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "sources":
        sys.exit(check_sources(sys.argv[2], sys.argv[3], sys.argv[4:]))
    if len(sys.argv) == 3 and sys.argv[1] == "complete":
        sys.exit(check_complete(sys.argv[2]))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
