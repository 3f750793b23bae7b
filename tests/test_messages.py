"""E-mail messages (.eml) and MHTML web archives (.mhtml, .mht) read into the same tables."""

from __future__ import annotations

import quopri
from email.message import EmailMessage
from email.policy import default

import pandas as pd
import pytest

import analystkit as ak
from analystkit import errors
from analystkit.mimetext import _without_signature

PLAIN_BODY = (
    "HARBOURTON - The council said 40 homes were flooded on Monday, and officials\n"
    "estimate damage of $5 million.\n"
    "\n"
    "\u201cWe expect the water to recede by Friday,\u201d said Mayor Ana Ruiz.\n"
    "\n"
    "Sales at harbour shops rose 6% last year, according to the chamber of commerce.\n"
)
SIGNATURE = "-- \nPress Office\nHarbour Council\n+44 20 7946 0000\n"
PAGE = """<!DOCTYPE html><html lang="en"><head><title>Flood waters recede in Harbourton</title>
<meta name="author" content="Lena Marsh">
<meta property="article:published_time" content="2025-03-04T08:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Flood waters recede in Harbourton</h1>
<p>The council said 40 homes were flooded on Monday, and officials estimate the damage
at about $5 million, the highest bill the town has faced in a decade of storms.</p>
<p>\u201cWe expect the water to recede by Friday,\u201d said Mayor Ana Ruiz, who toured the
flooded streets with engineers from the regional water board on Tuesday morning.</p>
<p>Sales at harbour shops rose 6% last year, according to the chamber of commerce, which
fears that the floods will undo the recovery of the old quarter this spring.</p>
</article><footer>Contact us | Privacy</footer></body></html>"""


def _email(*, plain: str | None = PLAIN_BODY + SIGNATURE, html: str | None = None,
           charset: str = "utf-8", subject: str = "Fwd: Flood update",
           sender: str = "Harbour Council Press Office <press@harbour.example>") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "desk@news.example"
    message["Subject"] = subject
    message["Date"] = "Mon, 03 Mar 2025 10:00:00 +0000"
    if plain is not None:
        message.set_content(plain.encode(charset), maintype="text", subtype="plain",
                            cte="quoted-printable")
        message.replace_header("Content-Type", f'text/plain; charset="{charset}"')
    if html is not None:
        if plain is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    return message.as_bytes(policy=default)


def _mhtml(page: str = PAGE, *, location: str = "https://news.example/harbourton-floods"
           ) -> bytes:
    """A web archive as Chromium saves one: the page, quoted-printable, and an image."""
    boundary = "----MultipartBoundary--abc123"
    encoded = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    return (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {location}\r\n"
        "Subject: Flood waters recede in Harbourton\r\n"
        "Date: Thu, 20 Nov 2025 09:30:00 -0000\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n'
        "\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {location}\r\n"
        "\r\n"
        f"{encoded}\r\n"
        f"--{boundary}\r\n"
        "Content-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Location: https://news.example/logo.png\r\n"
        "\r\n"
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r\n"
        f"--{boundary}--\r\n"
    ).encode("ascii")


def _rows(article: ak.Article) -> dict[str, list]:
    return {
        "claims": list(zip(article.claims["text"], article.claims["attribution"].fillna(""),
                           strict=True)),
        "figures": list(zip(article.figures["text"], article.figures["subject"].fillna(""),
                            strict=True)),
    }


def test_a_plain_email_gives_its_body_and_header_metadata(tmp_path):
    path = tmp_path / "flood update.eml"
    path.write_bytes(_email())
    article = ak.load_article(path)
    meta = article.articles.iloc[0]
    assert meta["format"] == "email"
    assert meta["title"] == "Flood update"  # "Fwd:" dropped
    assert meta["author"] == "Harbour Council Press Office"
    assert meta["published"] == "2025-03-03T10:00:00+00:00"
    assert meta["dateline"] == "HARBOURTON"
    assert _rows(article) == {
        "claims": [
            ("The council said 40 homes were flooded on Monday, and officials estimate damage "
             "of $5 million.", "officials"),
            ("\u201cWe expect the water to recede by Friday,\u201d said Mayor Ana Ruiz.",
             "Mayor Ana Ruiz"),
            ("Sales at harbour shops rose 6% last year, according to the chamber of commerce.",
             "chamber of commerce"),
        ],
        "figures": [("40", "homes"), ("$5 million", "damage"),
                    ("6%", "Sales at harbour shops")],
    }
    # the signature under "-- " is no part of the article: its phone number is no figure
    assert "Press Office" not in " ".join(article.blocks["text"])


def test_an_email_in_a_legacy_charset_is_decoded_by_its_header(tmp_path):
    path = tmp_path / "legacy.eml"
    path.write_bytes(_email(charset="windows-1252"))
    claims = ak.load_article(path).claims["text"].tolist()
    assert claims[1] == "\u201cWe expect the water to recede by Friday,\u201d said Mayor Ana Ruiz."


def test_windows_text_declared_latin1_keeps_its_curly_quotes(tmp_path):
    # mail clients label windows-1252 text "iso-8859-1"; Latin-1 would read its
    # curly quotes as control codes, which are then dropped
    data = _email(charset="windows-1252").replace(b'charset="windows-1252"',
                                                  b'charset="iso-8859-1"')
    path = tmp_path / "latin1.eml"
    path.write_bytes(data)
    claims = ak.load_article(path).claims["text"].tolist()
    assert claims[1] == "\u201cWe expect the water to recede by Friday,\u201d said Mayor Ana Ruiz."


def test_an_email_with_an_html_part_is_read_as_its_page(tmp_path):
    path = tmp_path / "newsletter.eml"
    path.write_bytes(_email(html=PAGE, subject="Re: Harbourton floods"))
    article = ak.load_article(path)
    meta = article.articles.iloc[0]
    assert (meta["format"], meta["title"], meta["published"]) == (
        "email", "Harbourton floods", "2025-03-03T10:00:00+00:00")  # the headers speak first
    assert meta["headline"] == "Flood waters recede in Harbourton"
    assert article.figures["text"].tolist() == ["40", "about $5 million", "6%"]
    assert "Privacy" not in " ".join(article.blocks["text"])  # the page's furniture is left out


def test_an_mhtml_archive_is_read_as_the_page_it_saved(tmp_path):
    path = tmp_path / "harbourton.mhtml"
    path.write_bytes(_mhtml())
    article = ak.load_article(path)
    meta = article.articles.iloc[0]
    assert meta["format"] == "mhtml"
    assert meta["url"] == "https://news.example/harbourton-floods"
    assert meta["title"] == "Flood waters recede in Harbourton"
    assert meta["author"] == "Lena Marsh"  # the page's, not "Saved by Blink"
    assert meta["published"].startswith("2025-03-04")  # the page's date, not when it was saved
    assert article.claims["attribution"].fillna("").tolist() == [
        "", "council", "Mayor Ana Ruiz", "chamber of commerce"]  # the headline, then the text
    # the same page read from HTML gives the same claims and figures
    page = tmp_path / "harbourton.html"
    page.write_text(PAGE, encoding="utf-8")
    from_html = ak.load_article(page)
    pd.testing.assert_frame_equal(article.claims.drop(columns="article_id"),
                                  from_html.claims.drop(columns="article_id"))
    pd.testing.assert_frame_equal(article.figures.drop(columns="article_id"),
                                  from_html.figures.drop(columns="article_id"))


def test_messages_are_found_in_folders_and_given_as_text_or_bytes(tmp_path):
    (tmp_path / "a.eml").write_bytes(_email())
    (tmp_path / "b.mht").write_bytes(_mhtml())
    corpus = ak.load_corpus(tmp_path, progress=False)
    assert corpus.articles[["article_id", "format"]].values.tolist() == [
        ["a", "email"], ["b", "mhtml"]]
    as_text = ak.parse_article(_email().decode("ascii"), fmt="email")
    as_bytes = ak.parse_article(_email(), fmt="email")
    assert as_text.claims["text"].tolist() == as_bytes.claims["text"].tolist()
    assert len(as_bytes.claims) == 3


@pytest.mark.parametrize(("name", "data", "error", "says"), [
    ("empty.eml", b"", errors.EmptyArticleError, "empty"),
    ("note.eml", b"Just some words, no headers at all.\n", errors.NotTextError,
     "no message headers"),
    ("binary.eml", b"\x00\x01\x02" * 100, errors.NotTextError, "binary"),
    ("attachment.eml", None, errors.DocumentReadError, "no text body"),
    ("page.mhtml", _email(), errors.DocumentReadError, "no saved page"),
    ("blank.eml", _email(plain=" \n\n"), errors.EmptyArticleError, "empty"),
])
def test_bad_messages_raise_one_clear_error(tmp_path, name, data, error, says):
    if data is None:  # only an attachment: a PDF and no body
        message = EmailMessage()
        message["From"] = "a@example.org"
        message["Subject"] = "Report"
        message.add_attachment(b"%PDF-1.4 ...", maintype="application", subtype="pdf",
                               filename="report.pdf")
        data = message.as_bytes(policy=default)
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error) as caught:
        ak.load_article(path)
    assert str(path) in str(caught.value)
    assert says in str(caught.value)


def _nested(depth: int) -> bytes:
    head = "From: a@example.org\nSubject: Nested\nMIME-Version: 1.0\n"
    opening = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n'
                      for i in range(depth))
    closing = "".join(f"--b{i}--\n" for i in reversed(range(depth)))
    return (head + opening + "Content-Type: text/plain\n\nThe council said 40 homes were "
            "flooded.\n" + closing).encode()


def test_hostile_messages_are_read_or_refused_clearly(tmp_path):
    deep = tmp_path / "deep.eml"
    deep.write_bytes(_nested(3000))
    with pytest.raises(errors.DocumentReadError, match="nests its parts too deeply"):
        ak.load_article(deep)
    # an unreadable date, an encoded subject with markup, a charset nobody knows
    odd = tmp_path / "odd.eml"
    odd.write_bytes(b"From: x\nDate: not a date\nSubject: =?utf-8?q?Caf=C3=A9_<b>news</b>?=\n"
                    b"Content-Type: text/plain; charset=x-unknown-9\n\n"
                    b"The council said 40 homes were flooded on Monday. Caf\xe9 owners agree.\n")
    article = ak.load_article(odd)
    meta = article.articles.iloc[0]
    assert meta["title"] == "Caf\u00e9 <b>news</b>"  # kept as text; escaped wherever shown
    assert pd.isna(meta["published"])
    assert article.claims["text"].tolist() == [
        "The council said 40 homes were flooded on Monday.", "Caf\u00e9 owners agree."]


@pytest.mark.parametrize(("text", "kept"), [
    # a short signature under "-- " is cut
    ("Council officials said 40 homes were flooded on Monday.\n-- \nPress Office\n",
     "Council officials said 40 homes were flooded on Monday.\n"),
    # a "--" line with a long text after it divides the body, it opens no signature
    ("Council officials said 40 homes were flooded on Monday.\n--\n"
     + "".join(f"Line {n} of the body.\n" for n in range(12)), None),
    # a delimiter at the top opens no signature
    ("-- \nFlooded.\n", None),
])
def test_only_a_short_signature_is_cut(text, kept):
    assert _without_signature(text) == (kept if kept is not None else text)
