#!/usr/bin/env python3
"""Validate plan files against Schemas/plan.schema.json.

Usage: python3 scripts/check-schema.py [FILE...]

Without arguments, checks every Plans/*.yaml of the repository. Each file is
loaded with PyYAML (safe_load) and validated with jsonschema's
Draft202012Validator; the schema itself is checked first. Errors are printed as
`FILE: path.to.field: message`, then a line `N passed, M failed`. Exits 1 when
any file failed (2 when the schema itself is invalid).
"""

import glob
import json
import os
import sys

import jsonschema
import yaml

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = os.path.join(REPO, "Schemas", "plan.schema.json")


def display(path):
    """A path relative to the repository root when the file is inside it."""
    path = os.path.abspath(path)
    rel = os.path.relpath(path, REPO)
    return path if rel.startswith("..") else rel


def field_path(error):
    """`tasks.2.lead` for an error's location; `(root)` for the document."""
    parts = [str(p) for p in error.absolute_path]
    return ".".join(parts) if parts else "(root)"


def shorten(text, limit=160):
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def message(error):
    """A one-line message; oneOf/anyOf errors list what each alternative lacks."""
    if error.validator in ("oneOf", "anyOf"):
        alternatives = error.validator_value
        if not error.context:
            shown = ", ".join(shorten(json.dumps(a, ensure_ascii=False), 60) for a in alternatives)
            return f"matches more than one {error.validator} alternative ({shown})"
        by_alternative = {}
        for sub in error.context:
            index = sub.relative_schema_path[0]
            where = ".".join(str(p) for p in sub.relative_path)
            text = shorten(sub.message, 100)
            by_alternative.setdefault(index, []).append(f"{where}: {text}" if where else text)
        parts = [f"{i + 1}) " + "; ".join(by_alternative[i]) for i in sorted(by_alternative)]
        return f"matches no {error.validator} alternative: " + " | ".join(parts)
    text = shorten(error.message)
    expected = error.schema.get("x-expected") if isinstance(error.schema, dict) else None
    if expected and error.validator in ("pattern", "type"):
        text += f" (expected {expected})"
    return text


def duplicate_keys(text):
    """Mapping keys that occur twice in one mapping (safe_load keeps the last)."""
    problems = []

    def walk(node, path):
        if isinstance(node, yaml.MappingNode):
            seen = set()
            for key, value in node.value:
                name = key.value if isinstance(key, yaml.ScalarNode) else str(key)
                if name in seen:
                    where = ".".join(path + [name])
                    problems.append(
                        (where, f"duplicate key {name!r} (line {key.start_mark.line + 1})")
                    )
                seen.add(name)
                walk(value, path + [name])
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, path + [str(index)])

    for document in yaml.compose_all(text, Loader=yaml.SafeLoader):
        walk(document, [])
    return problems


def check(path, validator):
    """The list of (field path, message) problems of one file."""
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as exc:
        return [("(file)", exc.strerror or str(exc))]
    try:
        data = yaml.safe_load(text)
        problems = duplicate_keys(text)
    except yaml.YAMLError as exc:
        return [("(yaml)", " ".join(str(exc).split()))]
    errors = sorted(
        validator.iter_errors(data),
        key=lambda e: ([str(p) for p in e.absolute_path], e.message),
    )
    problems += [(field_path(e), message(e)) for e in errors]
    return problems


def main(argv):
    with open(SCHEMA, encoding="utf-8") as handle:
        schema = json.load(handle)
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as exc:
        print(f"{display(SCHEMA)}: {field_path(exc)}: {exc.message}")
        return 2
    validator = jsonschema.Draft202012Validator(schema)

    if argv:
        files = []
        for arg in argv:
            if not os.path.exists(arg) and os.path.exists(os.path.join(REPO, arg)):
                arg = os.path.join(REPO, arg)
            files.append(arg)
    else:
        files = sorted(glob.glob(os.path.join(REPO, "Plans", "*.yaml")))

    passed = failed = 0
    for path in files:
        problems = check(path, validator)
        if problems:
            failed += 1
            for where, text in problems:
                print(f"{display(path)}: {where}: {text}")
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
