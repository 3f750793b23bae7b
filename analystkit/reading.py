"""Read an article: path or bytes → checked, decoded, normalised text.

This is the first step of the pipeline. It knows nothing about articles; it
makes sure what comes next gets clean Unicode text or a clear error. Text
formats (plain text, Markdown, HTML) are decoded here; documents (Word .docx,
PDF) are turned into text by their own readers, ``docxtext`` and ``pdftext``.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import unicodedata
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .errors import (
    AnalystkitError,
    ArticleNotFoundError,
    ArticleTooLargeError,
    DecodingError,
    DocumentReadError,
    EmptyArticleError,
    NotTextError,
    UnsupportedFormatError,
)
from .rtftext import RTF_SIGNATURE

#: Default largest input, in bytes. Long-form articles with their HTML page
#: weigh well under 2 MB; 20 MiB leaves room for the heaviest pages while
#: keeping a mistaken multi-gigabyte file from filling memory. Override per
#: call with ``max_bytes=`` or for a whole session with ANALYSTKIT_MAX_BYTES.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

#: File suffixes and the format each one is read as.
SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    "": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".odt": "odt",
    ".rtf": "rtf",
    ".pdf": "pdf",
    ".eml": "email",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".json": "json",
}
#: Formats read from decoded text.
TEXT_FORMATS = ("text", "markdown", "html")
#: Formats read from a document's bytes by a reader of their own (a Word file, an
#: OpenDocument text, an RTF file, a PDF, an e-mail message, a web archive, a JSON
#: article record).
DOCUMENT_FORMATS = ("docx", "odt", "rtf", "pdf", "email", "mhtml", "json")
FORMATS = TEXT_FORMATS + DOCUMENT_FORMATS

#: Leading bytes of common binary formats that arrive with a text suffix by
#: mistake (a PDF saved as .txt, an image renamed .html). Under their own
#: suffixes (.pdf, .docx) PDF and Word files are read by their own readers.
BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"BZh": "a bzip2 archive",
    b"\x7fELF": "an executable",
    b"RIFF": "a RIFF media file",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"SQLite format 3": "an SQLite database",
}

#: Legacy encoding preferred when charset-normalizer finds several equally good
#: fits: its guesses tie on short Western text (cp1250 reads French "à" as "ŕ",
#: iso8859-14 reads "«" as "ḋ"), and cp1252 is by far the commonest legacy
#: encoding of English and Western European news text.
PREFERRED_LEGACY_ENCODING = "cp1252"

#: How a whole HTML document starts (after any blank space or comment): such a
#: file is read as HTML whatever its suffix, since pages are often saved as .txt.
_HTML_ROOT = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
#: Comments looked past before a page's doctype ("<!-- saved from url=… -->"): a page
#: opens with a few; text that opens with more is no page.
MAX_LEADING_COMMENTS = 20
MAX_COMMENT_CHARS = 2000


def is_html_document(text: str) -> bool:
    """Whether ``text`` opens as a whole HTML page: ``<!DOCTYPE html>`` or ``<html>``.

    Whitespace and up to MAX_LEADING_COMMENTS comments of MAX_COMMENT_CHARS each may
    come first. The comments are skipped one by one with ``str.find``: a pattern
    with a repeated lazy comment backtracks exponentially on text of many comments.
    """
    position = 0
    for _ in range(MAX_LEADING_COMMENTS + 1):
        while position < len(text) and text[position].isspace():
            position += 1
        if not text.startswith("<!--", position):
            return _HTML_ROOT.match(text, position) is not None
        close = text.find("-->", position + 4, position + 4 + MAX_COMMENT_CHARS + 3)
        if close == -1:
            return False
        position = close + 3
    return False

#: Share of control characters above which decoded text is taken as binary.
MAX_CONTROL_SHARE = 0.01

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Zero-width characters that only hide inside words and numbers in news text.
#: Characters that hold no text: zero-width spaces, soft hyphens, bidirectional
#: embedding and isolate controls (the text's order is its logical order already),
#: and control characters other than tab and line feed (a terminal would act on
#: "\x1b[2J" when a table is printed); vertical tab and form feed break a line.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\u200e\u200f\u061c"), None) | {
    **dict.fromkeys(range(0x202A, 0x202F), None),
    **dict.fromkeys(range(0x2066, 0x206A), None),
    **dict.fromkeys((c for c in range(0x20) if c not in (0x09, 0x0A, 0x0B, 0x0C)), None),
    **dict.fromkeys(range(0x7F, 0xA0), None),
    0x0B: "\n", 0x0C: "\n",
}
# (and between Latin letters, where no script joins with them: "sa\u200did"; in emoji
# sequences and in Persian or Indic words they join and stay)
_ZERO_WIDTH_IN_NUMBER = re.compile(r"(?<=[\d,.A-Za-z])[\u200c\u200d]+(?=[\d,.A-Za-z])")
#: A UTF-16 surrogate on its own: text decoded with "surrogateescape" keeps its
#: undecodable bytes so; it cannot be written as UTF-8 and becomes U+FFFD.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_FULL_WIDTH_DIGITS = {0xFF10 + i: ord("0") + i for i in range(10)} | {
    0xFF05: ord("%"),
    0xFF0C: ord(","),
    0xFF0E: ord("."),
    0xFF04: ord("$"),  # the full-width and the small dollar sign ("＄3 million", "﹩3")
    0xFE69: ord("$"),
}
_NEEDS_TRANSLATION = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad\uff04\uff05\uff0c\uff0e"
                                "\uff10-\uff19\ufe69"
                                "\u061c\u202a-\u202e\u2066-\u2069\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class RawArticle:
    """Decoded text of one input and where it came from.

    ``encoding`` is None for a document (.docx, .pdf), whose text is not
    decoded from bytes; ``meta`` holds a document's own title, author,
    date and language (empty for text formats, whose metadata is read later).
    """

    text: str
    fmt: str
    source: str
    path: str | None
    encoding: str | None
    meta: Mapping[str, str | None] = field(default_factory=dict)


def max_bytes_default() -> int:
    """Return the size limit in force: ANALYSTKIT_MAX_BYTES, else the default."""
    value = os.environ.get("ANALYSTKIT_MAX_BYTES")
    if value is None or not value.strip():
        return DEFAULT_MAX_BYTES
    if not value.strip().isdigit() or int(value) <= 0:
        raise AnalystkitError("ANALYSTKIT_MAX_BYTES", "must be a positive whole number of "
                              f"bytes, got {value!r} (unset it for the default "
                              f"{DEFAULT_MAX_BYTES:,})")
    return int(value)


def format_for_path(path: Path) -> str:
    """Return the format a path's suffix is read as, or raise."""
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(s for s in SUFFIX_FORMATS if s))
        raise UnsupportedFormatError(
            path, f"unsupported format {path.suffix!r}; analystkit reads {known}"
        )
    return fmt


def check_format(fmt: str, source: str) -> str:
    """Validate a ``fmt`` argument, accepting a few common aliases."""
    aliases = {"txt": "text", "plain": "text", "md": "markdown", "htm": "html"}
    fmt = aliases.get(fmt.lower(), fmt.lower()) if isinstance(fmt, str) else fmt
    if fmt not in FORMATS:
        raise UnsupportedFormatError(
            source, f"unsupported format {fmt!r}; use one of {', '.join(FORMATS)}"
        )
    return fmt


def check_max_bytes(max_bytes: object, source: str) -> int:
    """Return ``max_bytes`` if it is a positive whole number, else raise AnalystkitError."""
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise AnalystkitError(source, f"max_bytes must be a positive whole number of bytes, "
                                      f"got {max_bytes!r}")
    return max_bytes


#: A web address given where a file path is expected.
_URL_PATH = re.compile(r"(?:https?|ftp|file)://", re.IGNORECASE)


def _check_path_text(written: str) -> None:
    """Raise AnalystkitError for a path that can name no file: empty, a URL, a NUL byte."""
    if not written.strip():
        raise ArticleNotFoundError(repr(written), "an empty path names no file")
    if "\x00" in written:
        raise ArticleNotFoundError(repr(written)[:80], "a path cannot hold a NUL byte")
    if _URL_PATH.match(written.strip()):
        raise ArticleNotFoundError(written[:120], "is a web address: analystkit reads saved "
                                   "files; save the page (or download it) and load the file")


def read_path(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> RawArticle:
    """Read and decode an article file.

    Parameters
    ----------
    path : str or path-like
        A ``.txt``, ``.md``, ``.html``, ``.docx``, ``.odt``, ``.rtf``, ``.pdf``, ``.eml``, ``.json``
        or ``.mhtml`` file.
    max_bytes : int, optional
        Largest file accepted; defaults to :func:`max_bytes_default`.

    Returns
    -------
    RawArticle
        The normalised text with its format and encoding.

    Raises
    ------
    AnalystkitError
        Not found, a folder, too large, unsupported suffix, binary, empty or
        undecodable; a damaged, encrypted or text-less document; the message
        names the path.
    """
    if not isinstance(path, (str, os.PathLike)):
        kind = type(path).__name__
        hint = " (for an article's content use parse_article)" if isinstance(
            path, (bytes, bytearray)) else ""
        raise AnalystkitError(repr(path)[:60], f"expected a file path, got {kind}{hint}")
    written = os.fspath(path)
    if isinstance(written, str):
        _check_path_text(written)
    p = Path(path)
    limit = check_max_bytes(max_bytes_default() if max_bytes is None else max_bytes, str(p))
    try:
        info = p.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ArticleNotFoundError(p, "is a symbolic link that loops") from exc
        if exc.errno == errno.ENAMETOOLONG:
            raise ArticleNotFoundError(str(p)[:80] + "…", "the path is too long for a file "
                                       "name (for an article's content use parse_article)"
                                       ) from exc
        raise ArticleNotFoundError(p, "no such file" if isinstance(exc, FileNotFoundError)
                                   else f"cannot be read ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(info.st_mode):
        raise ArticleNotFoundError(p, "is a folder, not an article file (use load_corpus)")
    if not stat.S_ISREG(info.st_mode):
        # a named pipe, a device or a socket: reading could block for ever or never end
        raise ArticleNotFoundError(p, "is not a regular file (a pipe, device or socket)")
    fmt = format_for_path(p)
    if info.st_size > limit:
        raise ArticleTooLargeError(
            p, f"file is {info.st_size:,} bytes, over the {limit:,}-byte limit (max_bytes=)"
        )
    try:
        with p.open("rb") as handle:
            data = handle.read(limit + 1)  # a file that grew since: no more than the limit
    except OSError as exc:
        raise ArticleNotFoundError(p, f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise ArticleTooLargeError(p, f"file is over the {limit:,}-byte limit (max_bytes=)")
    if fmt == "text" and data[:64].lstrip().startswith(RTF_SIGNATURE):
        fmt = "rtf"  # an RTF document under another name ("story.txt", no suffix)
    if fmt in DOCUMENT_FORMATS:
        text, meta = document_to_text(data, fmt, str(p))
        return RawArticle(text=text, fmt=fmt, source=str(p), path=str(p), encoding=None,
                          meta=meta)
    text, encoding = decode_bytes(data, str(p))
    if fmt != "html" and is_html_document(text):
        fmt = "html"  # a saved web page under another name ("page.txt")
    return RawArticle(text=text, fmt=fmt, source=str(p), path=str(p), encoding=encoding)


def document_to_text(data: bytes, fmt: str, source: str) -> tuple[str, dict[str, str | None]]:
    """Turn a Word, OpenDocument, RTF, PDF, e-mail, web archive or JSON file's bytes into text.

    Parameters
    ----------
    data : bytes
        The file's bytes.
    fmt : {"docx", "odt", "rtf", "pdf", "email", "mhtml", "json"}
        The document's format.
    source : str
        Path or id, for error messages.

    Returns
    -------
    tuple of (str, dict)
        The text (light Markdown for Word, OpenDocument and RTF documents, paragraphs one per
        line for PDFs, a message's body as ``mimetext`` reads it, a JSON record's
        article text as ``jsontext`` reads it) and the document's metadata:
        ``title``, ``author``, ``published``, ``language`` (None where it gives
        none), and for a message or a JSON record ``url`` and ``text_format``
        (how its text is laid out: ``"html"``, ``"markdown"`` or ``"text"``).

    Raises
    ------
    AnalystkitError
        Empty, damaged, encrypted, not the format named, or without text.
    """
    if not data.strip():
        raise EmptyArticleError(source, "file is empty")
    try:
        text, meta = _read_document(data, fmt, source)
    except AnalystkitError:
        raise
    except (RecursionError, OverflowError, MemoryError, zlib.error, UnicodeError) as exc:
        # what the libraries a reader calls raise on a document built to break them: one
        # clear error naming the file, never a traceback from deep inside
        raise DocumentReadError(source, f"the {fmt} document cannot be read "
                                        f"({type(exc).__name__}: {str(exc)[:200]})") from exc
    text = normalise_text(text)
    if not text.strip():
        raise EmptyArticleError(source, "holds no text")
    return text, meta


def _read_document(data: bytes, fmt: str, source: str) -> tuple[str, dict[str, str | None]]:
    """Run the reader of ``fmt`` on a document's bytes."""
    if fmt == "docx":
        from .docxtext import docx_to_text

        text, meta = docx_to_text(data, source)
    elif fmt == "odt":
        from .odttext import odt_to_text

        text, meta = odt_to_text(data, source)
    elif fmt == "rtf":
        from .rtftext import rtf_to_text

        text, meta = rtf_to_text(data, source)
    elif fmt == "pdf":
        from .pdftext import pdf_to_text

        text, meta = pdf_to_text(data, source)
    elif fmt in ("email", "mhtml"):
        from .mimetext import mime_to_text

        text, meta = mime_to_text(data, fmt, source)
    elif fmt == "json":
        from .jsontext import json_to_text

        text, meta = json_to_text(data, source)
    else:
        raise UnsupportedFormatError(source, f"{fmt!r} is not a document format")
    return text, meta


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode article bytes and normalise the text.

    Byte-order marks decide first; then strict UTF-8; then charset-normalizer's
    best guess (cp1252, latin-1, UTF-16 without BOM, …).

    Returns
    -------
    tuple of (str, str)
        The normalised text and the encoding used.
    """
    if not data.strip():
        raise EmptyArticleError(source, "file is empty")
    for signature, description in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise NotTextError(source, f"not text: looks like {description}")
    text, encoding = _decode(data, source)
    encoding = _codec_name(encoding)
    text = normalise_text(text)
    if not text.strip():
        raise EmptyArticleError(source, "holds only whitespace")
    controls = len(_CONTROL.findall(text[:100_000]))
    if controls > MAX_CONTROL_SHARE * min(len(text), 100_000):
        raise NotTextError(source, "not text: binary data (control characters)")
    return text, encoding


def _codec_name(encoding: str) -> str:
    """Return an encoding's standard name ("utf_8" → "utf-8", "utf_16_le" → "utf-16-le")."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding  # "utf-8 (stray bytes replaced)": already a name and a note


#: Bytes of a file the encoding is guessed from.
DETECTION_SAMPLE_BYTES = 200_000
#: UTF-8 text with a few stray bytes (a byte of another encoding pasted in, a cut
#: sequence) stays UTF-8, the stray bytes shown as U+FFFD, when its well-formed
#: characters beyond ASCII outnumber the stray bytes this many times: a legacy
#: encoding read as UTF-8 forms almost no well-formed sequences.
MIN_UTF8_SHARE = 4


def _mostly_utf8(data: bytes) -> str | None:
    """Decode ``data`` as UTF-8 with stray bytes replaced, if it is UTF-8 but for a few.

    The well-formed characters beyond ASCII must outnumber the stray bytes
    MIN_UTF8_SHARE times; where some of them take three bytes or more ("€", "—"),
    which a legacy encoding's text almost never forms, they need only be a
    1/MIN_UTF8_SHARE share of them (a file cut inside its last "€", a few bytes of
    another encoding pasted into a UTF-8 page).
    """
    text = data.decode("utf-8", errors="replace")
    stray = text.count("\ufffd") - data.count("\ufffd".encode())
    if stray <= 0:
        return None
    beyond_ascii = sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")
    if beyond_ascii >= MIN_UTF8_SHARE * stray:
        return text
    wide = any(ord(c) >= 0x800 and c != "\ufffd" for c in text)
    return text if wide and MIN_UTF8_SHARE * beyond_ascii >= stray else None


def _first_non_ascii(data: bytes) -> int | None:
    """Offset of the first byte beyond ASCII, or None."""
    match = re.search(rb"[\x80-\xff]", data)
    return match.start() if match else None


def _decode(data: bytes, source: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodingError(source, f"undecodable {encoding} text ({exc.reason})") from exc
    if b"\x00" not in data:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            mended = _mostly_utf8(data)
            if mended is not None:
                return mended, "utf-8 (stray bytes replaced)"
    from charset_normalizer import from_bytes

    # The sample holds the first bytes beyond ASCII: a file whose first 200 KB are
    # plain ASCII would otherwise be judged by them alone.
    first = next((i for i, byte in enumerate(data[:DETECTION_SAMPLE_BYTES]) if byte >= 0x80),
                 None)
    if first is None:
        first = _first_non_ascii(data)
    start = max(0, first - 1000) if first is not None else 0
    matches = from_bytes(data[start:start + DETECTION_SAMPLE_BYTES])
    best = matches.best()
    if best is None or best.encoding is None:
        if b"\x00" in data:
            raise NotTextError(source, "not text: binary data (NUL bytes)")
        raise DecodingError(source, "undecodable: not UTF-8 and no other encoding fits")
    if any(match.chaos <= best.chaos and PREFERRED_LEGACY_ENCODING in match.could_be_from_charset
           for match in matches):
        try:
            return data.decode(PREFERRED_LEGACY_ENCODING), PREFERRED_LEGACY_ENCODING
        except UnicodeDecodeError:
            pass  # the sample fit, the whole file does not: keep the best guess
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodingError(source, f"undecodable as {best.encoding}") from exc


def normalise_text(text: str) -> str:
    """Normalise line endings and Unicode the way every later step expects.

    CRLF and CR become LF; text is NFC-composed; zero-width characters, soft
    hyphens, bidirectional controls and control characters other than tab and
    line feed are removed (zero-width joiners inside numbers and Latin words too); a
    surrogate pair given as two code units becomes its character, a lone surrogate
    U+FFFD; full-width digits and dollar signs become ASCII.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _LONE_SURROGATE.search(text):
        # a pair of surrogates given as two code units is the one character they encode
        # ("\ud83d\ude00" → 😀); a surrogate left alone becomes U+FFFD
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
        text = _LONE_SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    if _NEEDS_TRANSLATION.search(text):
        text = text.translate(_ZERO_WIDTH)
        text = _ZERO_WIDTH_IN_NUMBER.sub("", text)
        text = text.translate(_FULL_WIDTH_DIGITS)
    return text
