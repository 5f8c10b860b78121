#!/usr/bin/env python3
"""Validates table files against the JSON Schema each names (`$schema`), as an author's editor
does: every problem with its file and JSON path. With no arguments, every static/tables/*.json.

The schemas are generated from the Rust table types (`./x tables schema`); the loader's own
checks (`./x tables`) go further (cross-references, ranges), so this is the editor's view,
checked in the suite so that view stays true.
"""
import glob
import json
import os
import sys

import jsonschema

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
TABLES = os.path.join(ROOT, 'static', 'tables')


def json_path(parts):
    out = ''
    for p in parts:
        out += f'[{p}]' if isinstance(p, int) else (f'.{p}' if out else str(p))
    return out or '.'


def problems(path):
    name = os.path.basename(path)
    try:
        table = json.load(open(path, encoding='utf-8'))
    except (OSError, ValueError) as e:
        return [f'{name}: not readable JSON ({e})']
    kind = table.get('kind') if isinstance(table, dict) else None
    want = f'schema/{kind}.schema.json'
    if not isinstance(table, dict) or table.get('$schema') != want:
        return [f'{name}: at $schema: name the schema of its kind: "$schema": "{want}"']
    schema_path = os.path.join(TABLES, want)
    if not os.path.isfile(schema_path):
        return [f'{name}: at kind: no schema for kind {kind!r} ({want})']
    schema = json.load(open(schema_path, encoding='utf-8'))
    found = sorted(jsonschema.Draft7Validator(schema).iter_errors(table), key=lambda e: list(map(str, e.path)))
    return [f'{name}: at {json_path(e.path)}: {e.message}' for e in found]


def main(args):
    files = args or sorted(glob.glob(os.path.join(TABLES, '*.json')))
    said = [p for f in files for p in problems(f)]
    for p in said:
        print(p)
    print(f'{len(files)} tables against their schemas: ' + (f'{len(said)} problem(s)' if said else 'all valid'))
    return 1 if said else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
