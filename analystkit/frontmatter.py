"""Front matter: metadata a Markdown file carries at its top.

Two forms are read: YAML front matter between ``---`` lines (as Jekyll and
Hugo write it; parsed with PyYAML's safe loader) and a fenced JSON object
(as web clippers such as defuddle write them).
"""

from __future__ import annotations

import json
import re

#: Front-matter keys and the ``articles`` column each one fills.
KEY_COLUMNS = {
    "title": "title", "headline": "title",
    "author": "author", "authors": "author", "byline": "author",
    "date": "published", "published": "published", "published_at": "published",
    "pubdate": "published", "url": "url", "link": "url", "canonical_url": "url",
    "site": "outlet", "sitename": "outlet", "site_name": "outlet", "publisher": "outlet",
    "outlet": "outlet", "source": "outlet", "language": "language", "lang": "language",
    # not a column: read into the tags table
    "tags": "tags", "keywords": "tags", "categories": "tags",
}
_FENCED_JSON = re.compile(r"\s*(```|~~~)\s*json\s*\n(?P<body>.*?)\n\s*\1", re.DOTALL)
_YAML = re.compile(r"---\n(?P<body>.*?)\n---", re.DOTALL)
_YAML_LINE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")


def read_front_matter(block_text: str) -> dict[str, str]:
    """Return the metadata in a front-matter block, keyed by ``articles`` column.

    Parameters
    ----------
    block_text : str
        The first block of a Markdown file.

    Returns
    -------
    dict of str to str
        Only non-empty values of known keys; ``{}`` when the block is not
        front matter or cannot be read.
    """
    fields: dict[str, object] = {}
    fenced = _FENCED_JSON.match(block_text)
    if fenced:
        try:
            loaded = json.loads(fenced.group("body"))
        except ValueError:
            return {}
        fields = loaded if isinstance(loaded, dict) else {}
    else:
        front = _YAML.match(block_text)
        if not front:
            return {}
        try:
            import yaml

            loaded = yaml.safe_load(front.group("body"))
            fields = loaded if isinstance(loaded, dict) else {}
        except Exception:  # noqa: BLE001 - any YAML failure: fall back to key: value lines
            for line in front.group("body").splitlines():
                match = _YAML_LINE.match(line.strip())
                if match:
                    fields[match.group("key")] = match.group("value").strip().strip("\"'")
    result: dict[str, str] = {}
    for key, value in fields.items():
        column = KEY_COLUMNS.get(str(key).lower())
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if column and value not in (None, "") and column not in result:
            result[column] = " ".join(str(value).split())
    return result
