"""Validates filings against the published JSON Schema.

    python3 check_schema.py [--strict] SCHEMA FILE...

--strict is for files mpdesk wrote itself from a filing without foreign keys: every key it writes must be
documented, so the schema's "keys not listed are kept" allowance is turned off at every level."""
import json
import sys

import jsonschema


def strict(node):
    """The schema with additionalProperties false wherever an object lists its properties."""
    if isinstance(node, dict):
        node = {key: strict(value) for key, value in node.items()}
        if "properties" in node:
            node["additionalProperties"] = False
    elif isinstance(node, list):
        node = [strict(value) for value in node]
    return node


args = sys.argv[1:]
strict_mode = bool(args) and args[0] == "--strict"
if strict_mode:
    args = args[1:]
schema = json.load(open(args[0], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
if strict_mode:
    schema = strict(schema)
validator = jsonschema.Draft202012Validator(schema)
failed = 0
for path in args[1:]:
    errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))
    for error in errors:
        print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    failed += bool(errors)
print(f"{len(args) - 1 - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
