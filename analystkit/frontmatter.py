"""Front matter: metadata a Markdown file carries at its top.

Three forms are read: YAML front matter between ``---`` lines (as Jekyll and
Hugo write it; parsed with PyYAML's safe loader), TOML front matter between
``+++`` lines (Hugo, Zola; parsed with ``tomllib``) and a fenced JSON object
(as web clippers such as defuddle write them).
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import tomllib

from .structure import printed_date

#: Front-matter keys and the ``articles`` column each one fills.
KEY_COLUMNS = {
    "title": "title", "headline": "title",
    "author": "author", "authors": "author", "byline": "author",
    "date": "published", "published": "published", "published_at": "published",
    "pubdate": "published", "publishdate": "published", "publish_date": "published",
    "date_published": "published", "datepublished": "published",  # Hugo, schema.org
    "url": "url", "link": "url", "canonical_url": "url",
    "site": "outlet", "sitename": "outlet", "site_name": "outlet", "publisher": "outlet",
    "publication": "outlet", "outlet": "outlet", "source": "outlet",
    "language": "language", "lang": "language",
    # not a column: read into the tags table
    "tags": "tags", "keywords": "tags", "categories": "tags",
}
_FENCED_JSON = re.compile(r"\s*(```|~~~)\s*json\s*\n(?P<body>.*?)\n\s*\1", re.DOTALL)
_YAML = re.compile(r"---\n(?P<body>.*?)\n---", re.DOTALL)
_TOML = re.compile(r"\+\+\+\n(?P<body>.*?)\n\+\+\+", re.DOTALL)
_YAML_LINE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
_TOML_LINE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)\s*=\s*(?P<value>.*)$")
#: What joins the items of a list value, by column: authors as the ``author``
#: column writes them ("Ann Lee; Bo Kim"), anything else with commas.
LIST_SEPARATORS = {"author": "; "}


#: Most lines a front-matter block is looked for in when no format is given; a
#: block longer than this is read only in a file named as Markdown.
MAX_SNIFFED_LINES = 60


def opens_with_front_matter(text: str) -> bool:
    r"""Whether a text given with no format opens with YAML or TOML front matter.

    The opening ``---`` (or ``+++``) line, then only ``key: value`` (``key = value``)
    lines, YAML's list items, indented continuations, comments and blank lines, at
    least one key that fills an ``articles`` column (``KEY_COLUMNS``), and the
    closing fence. A plain text's opening rule over prose ("---" over "The storm hit
    the coast on Monday.") or over a line with no known key is none.

    Examples
    --------
    >>> opens_with_front_matter("---\ntitle: Floods\ndate: 2025-06-04\n---\n\nRain fell.")
    True
    >>> opens_with_front_matter("---\nThe storm hit the coast on Monday.\n---\n")
    False
    """
    fence = text[:3]
    if fence not in ("---", "+++"):
        return False
    lines = text.split("\n", MAX_SNIFFED_LINES)
    if lines[0].rstrip() != fence:
        return False
    line_pattern = _YAML_LINE if fence == "---" else _TOML_LINE
    known_key = False
    for line in lines[1:MAX_SNIFFED_LINES]:
        line = line.rstrip()
        if line == fence:
            return known_key
        if not line or line.startswith((" ", "\t", "#")) or (fence == "---" and line[:2] == "- "):
            continue  # blank, continued, a comment, a YAML list's item
        match = line_pattern.match(line)
        if match is None:
            return False
        known_key = known_key or match.group("key").lower() in KEY_COLUMNS
    return False


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
    fields = _fields(block_text)
    result: dict[str, str] = {}
    for key, value in fields.items():
        column = KEY_COLUMNS.get(str(key).lower())
        if column is None or column in result:
            continue
        if isinstance(value, list):
            value = LIST_SEPARATORS.get(column, ", ").join(str(v) for v in value if v)
        if column == "published":
            value = iso_date(value)
        if value not in (None, ""):
            result[column] = " ".join(str(value).split())
    return result


def _fields(block_text: str) -> dict[str, object]:
    """Return the keys and values of a JSON, YAML or TOML front-matter block ({} if none)."""
    fenced = _FENCED_JSON.match(block_text)
    if fenced:
        try:
            loaded = json.loads(fenced.group("body"))
        except (ValueError, RecursionError):  # also JSON nested too deep to read
            return {}
        return loaded if isinstance(loaded, dict) else {}
    toml = _TOML.match(block_text)
    if toml:
        try:
            return tomllib.loads(toml.group("body"))
        except tomllib.TOMLDecodeError:
            return _key_value_lines(toml.group("body"), _TOML_LINE)
    front = _YAML.match(block_text)
    if not front:
        return {}
    try:
        loaded = _load_yaml(front.group("body"))
        return loaded if isinstance(loaded, dict) else {}
    except Exception:  # noqa: BLE001 - any YAML failure: fall back to key: value lines
        return _key_value_lines(front.group("body"), _YAML_LINE)


def _load_yaml(body: str) -> object:
    """Load YAML front matter with the safe loader, refusing aliases.

    Front matter names a title and a date; it has no use for anchors and aliases,
    and aliases of aliases ("billion laughs") would grow a few lines into gigabytes.
    """
    import yaml

    class NoAliasLoader(yaml.SafeLoader):
        def compose_node(self, parent: object, index: object) -> object:
            if self.check_event(yaml.AliasEvent):
                raise yaml.YAMLError("front matter with aliases is not read")
            return super().compose_node(parent, index)

    return yaml.load(body, Loader=NoAliasLoader)  # noqa: S506 - a safe loader


def _key_value_lines(body: str, line_pattern: re.Pattern[str]) -> dict[str, object]:
    """Read ``key: value`` (or ``key = value``) lines of front matter a parser rejects."""
    fields: dict[str, object] = {}
    for line in body.splitlines():
        match = line_pattern.match(line.strip())
        if match:
            fields[match.group("key")] = match.group("value").strip().strip("\"'")
    return fields


def iso_date(value: object) -> object:
    """Return a front matter's publication date in ISO form where it can be read.

    A date or a date and time the parser read ("date: 2025-05-08",
    "published: 2025-06-06T10:15:00Z") is written out in ISO 8601, a printed
    date ("8 May 2025", "May 8, 2025") as an ISO date, as the other sources of
    ``published`` give it; anything else is kept as written.

    Examples
    --------
    >>> iso_date("8 May 2025")
    '2025-05-08'
    >>> iso_date(_dt.datetime(2025, 6, 6, 10, 15, tzinfo=_dt.UTC))
    '2025-06-06T10:15:00+00:00'
    """
    if isinstance(value, _dt.date | _dt.time):
        return value.isoformat()
    if isinstance(value, str) and not _ISO_START.match(value):
        return printed_date(value) or value
    return value


#: A value that opens with an ISO date ("2025-05-08", "2025-05-08T09:00:00+01:00").
_ISO_START = re.compile(r"\s*\d{4}-\d{2}-\d{2}")
