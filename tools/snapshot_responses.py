"""Fingerprint what readers get, to show that a refactoring changed none of it.

Usage: python tools/snapshot_responses.py OUT.json [BEFORE.json]

Requests, in-process, every declared page, the layout Dash fetches, /charts.json and every
chart's CSV, BibTeX, RIS and embed, and writes one SHA-1 per address to OUT.json. What changes
from run to run without anything having changed is masked first: file-time stamps of assets and
bundles, Dash's per-process `end_id`, dates and request ids. Given BEFORE.json (the same run on
the commit before), prints the addresses whose answers differ and exits 1 if any does.
Run it from the checkout to fingerprint, e.g. `git worktree add /tmp/before HEAD~1` and then
`cd /tmp/before && PYTHONPATH=. python /path/to/tools/snapshot_responses.py before.json`.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sys

VOLATILE = (
    (re.compile(r"(\?m=|m)1[0-9]{9}(\.[0-9]+)?"), "MTIME"),
    (re.compile(r'"end_id":"[^"]+"'), "END_ID"),
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "DATE"),
    (re.compile(r"request id [\w-]+"), "REQUEST_ID"),
)


def fingerprint(body: bytes) -> str:
    text = body.decode("utf-8", "replace")
    for pattern, mask in VOLATILE:
        text = pattern.sub(mask, text)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def addresses() -> list[tuple[str, dict]]:
    """(address, headers) of every answer to fingerprint, from the registries."""
    from charts.spec import all_charts, all_pages
    found = [(page.href("en"), {}) for page in all_pages()]
    found += [("/_dash-layout", {"Referer": f"http://localhost{page.href('en')}"}) for page in all_pages()]
    found.append(("/charts.json", {}))
    for chart in all_charts():
        found += [(f"/charts/{chart.slug}.{fmt}", {}) for fmt in ("csv", "bib", "ris")]
        found.append((f"/embed/{chart.slug}", {}))
    return found


def snapshot() -> dict[str, str]:
    logging.disable(logging.INFO)  # one access log line per request would bury the result
    import app
    client = app.server.test_client()
    return {f"{path} {headers.get('Referer', '')}".strip(): fingerprint(client.get(path, headers=headers).data)
            for path, headers in addresses()}


def main(out: str, before: str | None = None) -> int:
    now = snapshot()
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(now, fh, indent=1, sort_keys=True)
    print(f"{len(now)} answers fingerprinted into {out}")
    if before is None:
        return 0
    with open(before, encoding="utf-8") as fh:
        earlier = json.load(fh)
    changed = sorted(key for key in earlier.keys() | now.keys() if earlier.get(key) != now.get(key))
    print("\n".join(changed) if changed else "no answer changed")
    return 1 if changed else 0


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    if os.environ.get("PYTHONHASHSEED") != "0":
        # Dash writes a component's data-* attributes in set order, which string hashing
        # randomizes per process: one seed for both runs keeps equal layouts equal.
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    sys.exit(main(*sys.argv[1:]))
