#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a user-visible string of the window has no translation.

Runs lupdate on the same sources and include paths as the build's update_translations target (read from
the lupdate project file qt_add_translations writes) into a temporary copy of each .ts, then names every
string that is new or unfinished (no translation yet), every entry that vanished from the sources (a stale
translation), every translation that lost a placeholder (%1, %n) and every one that dropped the source's
keyboard accelerator (&F). Usage:
  check_translations.py LUPDATE PROJECT.cmake [LUPDATE OPTIONS...]
(the options qt_add_translations gives lupdate beyond the project file, e.g. the core's -tr-function-alias).
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def cmake_lists(project):
    values = {}
    for name, value in re.findall(r'set\((\w+) "(.*?)"\)', pathlib.Path(project).read_text(encoding="utf-8")):
        values[name] = [v for v in value.split(";") if v]
    return values


def accelerator(text):
    text = re.sub(r"&(amp|lt|gt|nbsp|quot);", "", text).replace("&&", "")
    m = re.search(r"&(\w)", text)
    return m.group(1).upper() if m else None


def main():
    lupdate, project, options = sys.argv[1], sys.argv[2], sys.argv[3:]
    values = cmake_lists(project)
    problems = []
    for ts in values["lupdate_translations"]:
        with tempfile.TemporaryDirectory() as tmp:
            copy = pathlib.Path(tmp) / pathlib.Path(ts).name
            shutil.copy(ts, copy)
            args = [lupdate, "-locations", "none", "-silent", *options]
            for include in values.get("lupdate_include_paths", []):
                args += ["-I", include]
            args += [s for s in values["lupdate_sources"] if pathlib.Path(s).exists()]
            args += ["-ts", str(copy)]
            run = subprocess.run(args, capture_output=True, text=True)
            if run.returncode != 0:
                print(f"lupdate failed on {ts}:\n{run.stderr}")
                return 1
            root = ET.parse(copy).getroot()
        for context in root.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                kind = translation.get("type")
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                where = f"{pathlib.Path(ts).name}: [{name}] {source!r}"
                if kind in ("vanished", "obsolete"):
                    problems.append(f"{where}: no longer in the sources (run the update_translations target)")
                elif kind == "unfinished" or not any(forms):
                    problems.append(f"{where}: not translated")
                else:
                    wanted = sorted(set(re.findall(r"%(?:\d+|n)", source)))
                    for form in forms:
                        if sorted(set(re.findall(r"%(?:\d+|n)", form))) != wanted:
                            problems.append(f"{where}: the translation {form!r} does not keep {' '.join(wanted)}")
                        key = accelerator(source)
                        if key and accelerator(form) != key:
                            problems.append(f"{where}: the translation {form!r} has no accelerator (&{key})")
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)" if problems else "every string is translated")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
