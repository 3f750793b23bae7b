"""E-mail (.eml) and web archive (.mhtml) → article text, plus the message's metadata.

Both are MIME messages (RFC 5322, RFC 2557), parsed with the standard library's
``email`` package. An e-mail's body is its HTML part where it has one, read as a
web page is (``htmltext``: the main text as light Markdown), and its plain-text
part otherwise, without the signature under the "-- " line; attachments are left
out. A web archive's body is the page it saved (its HTML part); the images and
style sheets saved beside it are left out. The headers give the title (Subject,
without "Re:" or "Fwd:"), the author (From), the date sent (Date), the language
(Content-Language) and, for a web archive, the page's address
(Snapshot-Content-Location). A web archive's Date is when the page was saved, not
when it was published, so its published date comes from the page alone.
"""

from __future__ import annotations

import codecs
import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from .errors import DocumentReadError, EmptyArticleError, NotTextError

#: Headers at least one of which every e-mail and web archive carries: a file with
#: none of them is no MIME message.
MESSAGE_HEADERS = ("from", "date", "subject", "mime-version", "content-type", "to",
                   "message-id", "snapshot-content-location")
#: Replies and forwards that a subject line opens with, in the languages of most
#: mail clients ("Re:", "Fwd:", "FW:", "AW:", "WG:", "TR:", "RV:", "SV:").
_SUBJECT_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?|aw|wg|tr|rv|sv|vs)\s*(?:\[\d+\])?\s*:)+\s*",
                             re.IGNORECASE)
#: The line that opens a plain-text e-mail's signature (RFC 3676, section 4.3).
_SIGNATURE_LINE = re.compile(r"^-- ?$", re.MULTILINE)
#: Shortest body, in characters, before a signature delimiter for the text after it
#: to be cut as a signature (a delimiter at the top opens no signature).
MIN_BODY_BEFORE_SIGNATURE = 40
#: Most lines with text after a signature delimiter: a longer run is more of the
#: body, after a "--" line that divides it (signatures are a few lines: RFC 3676
#: and mail etiquette ask for four at most).
MAX_SIGNATURE_LINES = 10
#: What each format is called in messages.
_NAMES = {"email": "e-mail message", "mhtml": "MHTML web archive"}
#: Latin-1 as a declared charset is read as windows-1252, its superset, as the
#: WHATWG Encoding Standard has browsers do: mail and pages that declare it mostly
#: hold Windows text, whose curly quotes and dashes Latin-1 reads as control codes.
LATIN1_READ_AS = "cp1252"


def mime_to_text(data: bytes, fmt: str, source: str) -> tuple[str, dict[str, str | None]]:
    """Read an e-mail or a web archive's body and metadata.

    Parameters
    ----------
    data : bytes
        The file's bytes.
    fmt : {"email", "mhtml"}
        An e-mail message (.eml) or a web archive (.mhtml, .mht).
    source : str
        Path or id, for error messages.

    Returns
    -------
    tuple of (str, dict)
        The body's text and a dict with ``title``, ``author``, ``published``,
        ``url``, ``language`` (None where the message has none) and
        ``text_format``: ``"html"`` when the text was written from an HTML body
        (light Markdown, one line per paragraph), ``"text"`` for a plain body.

    Raises
    ------
    NotTextError
        The file is binary, or no MIME message.
    DocumentReadError
        The message cannot be parsed, or holds no body of the kind needed (a
        web archive without its page).
    EmptyArticleError
        The body holds no text.
    """
    if b"\x00" in data[:4096]:
        raise NotTextError(source, f"not text: binary data where an {_NAMES[fmt]} was expected")
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        if not any(name in message for name in MESSAGE_HEADERS):
            raise NotTextError(source, f"not an {_NAMES[fmt]}: it opens with no message "
                                       "headers (From, Date, Subject, Content-Type)")
        body = message.get_body(preferencelist=("html",) if fmt == "mhtml"
                                else ("html", "plain"))
        if body is None:
            kinds = sorted({part.get_content_type() for part in message.walk()
                            if not part.is_multipart()})
            wanted = "saved page (an HTML part)" if fmt == "mhtml" else "text body"
            raise DocumentReadError(source, f"the {_NAMES[fmt]} holds no {wanted}; "
                                            f"its parts are {', '.join(kinds) or 'none'}")
        content = _decoded(body, source)
        meta = _header_meta(message, fmt)
    except RecursionError as exc:
        raise DocumentReadError(source, f"the {_NAMES[fmt]} nests its parts too deeply") from exc
    if body.get_content_type() == "text/html":
        from .htmltext import html_to_text

        text, page_meta = html_to_text(content, source)
        # an e-mail's headers say who sent it and when; a saved page says it itself
        first, second = (page_meta, meta) if fmt == "mhtml" else (meta, page_meta)
        merged = {key: first.get(key) or second.get(key) for key in {*meta, *page_meta}}
        if fmt == "mhtml":
            merged["published"] = page_meta.get("published")
        return text, {**merged, "text_format": "html"}
    text = _without_signature(content)
    if not text.strip():
        raise EmptyArticleError(source, f"the {_NAMES[fmt]}'s body holds no text")
    return text, {**meta, "text_format": "text"}



def _decoded(part: EmailMessage, source: str) -> str:
    """Return a text part's content, decoded by its declared charset or, failing that, guessed.

    Latin-1 is read as windows-1252 (LATIN1_READ_AS). A charset that Python does
    not know or that the bytes do not fit (mail may declare one charset over text
    in another) is set aside for the guess the text formats get
    (``reading.decode_bytes``).
    """
    from .reading import decode_bytes

    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise EmptyArticleError(source, "the message's body is empty")
    charset = part.get_content_charset()
    if charset:
        try:
            if codecs.lookup(charset).name == "iso8859-1":
                charset = LATIN1_READ_AS
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(payload, source)[0]


def _header_meta(message: EmailMessage, fmt: str) -> dict[str, str | None]:
    """Title, author, date, address and language from a message's headers."""
    subject = _header(message, "subject")
    title = _SUBJECT_PREFIX.sub("", subject).strip() if subject else None
    author = None
    sender = _header(message, "from")
    if sender:
        addresses = [(name.strip(), address.strip()) for name, address in getaddresses([sender])]
        author = "; ".join(name or address for name, address in addresses
                           if name or address) or None
    published = None
    sent = _header(message, "date")
    if sent and fmt == "email":
        try:
            published = parsedate_to_datetime(sent).isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            published = None
    language = _header(message, "content-language")
    url = _header(message, "snapshot-content-location") if fmt == "mhtml" else None
    return {"title": title or None, "author": author, "published": published,
            "url": url, "language": (language.split(",")[0].strip()[:2].lower()
                                     if language else None)}


def _header(message: EmailMessage, name: str) -> str | None:
    """Return a header's decoded value, or None (also for one too malformed to read)."""
    try:
        value = message.get(name)
    except (ValueError, TypeError, IndexError, AttributeError):
        return None
    if value is None:
        return None
    return " ".join(str(value).split()) or None


def _without_signature(text: str) -> str:
    """Cut a plain-text e-mail's signature: from its last "-- " line on, if short."""
    ends = [m.start() for m in _SIGNATURE_LINE.finditer(text)]
    if not ends or len(text[:ends[-1]].strip()) < MIN_BODY_BEFORE_SIGNATURE:
        return text
    signature = [line for line in text[ends[-1]:].splitlines()[1:] if line.strip()]
    if len(signature) > MAX_SIGNATURE_LINES:
        return text
    return text[:ends[-1]].rstrip() + "\n"
