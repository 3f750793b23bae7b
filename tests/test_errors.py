"""Bad input gives one clear AnalystkitError naming the input and the problem."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import analystkit as ak
from analystkit import errors

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _error(path, **kwargs) -> errors.AnalystkitError:
    with pytest.raises(ak.AnalystkitError) as info:
        ak.load_article(path, **kwargs)
    assert str(path) in str(info.value)
    return info.value


def test_missing_path(tmp_path):
    err = _error(tmp_path / "nope.txt")
    assert isinstance(err, errors.ArticleNotFoundError)
    assert "no such file" in str(err)


def test_folder(tmp_path):
    err = _error(tmp_path)
    assert "folder" in str(err)


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  "])
def test_empty_and_whitespace(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert isinstance(_error(path), errors.EmptyArticleError)


@pytest.mark.parametrize(("content", "what"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
])
def test_binary_with_text_suffix(tmp_path, content, what):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    err = _error(path)
    assert isinstance(err, errors.NotTextError)
    assert what in str(err)


def test_random_binary(tmp_path):
    import random

    rng = random.Random(7)
    path = tmp_path / "noise.html"
    path.write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    err = _error(path)
    assert isinstance(err, (errors.NotTextError, errors.DecodingError))


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "article.pages"
    path.write_text("hello")
    err = _error(path)
    assert isinstance(err, errors.UnsupportedFormatError)
    assert ".pages" in str(err)
    assert ".docx" in str(err) and ".odt" in str(err) and ".pdf" in str(err)  # what it reads


def test_too_large_names_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    err = _error(path, max_bytes=1000)
    assert isinstance(err, errors.ArticleTooLargeError)
    assert "1,000-byte limit" in str(err)


def test_size_limit_from_environment(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    monkeypatch.setenv("ANALYSTKIT_MAX_BYTES", "2000")
    assert "2,000-byte limit" in str(_error(path))


def test_parse_article_errors():
    with pytest.raises(errors.EmptyArticleError, match="my-id"):
        ak.parse_article("  \n ", "my-id")
    with pytest.raises(errors.UnsupportedFormatError, match="pdf"):
        ak.parse_article("text", "my-id", fmt="pdf")
    with pytest.raises(errors.ArticleTooLargeError, match="my-id"):
        ak.parse_article("x" * 5000, "my-id", max_bytes=100)
    with pytest.raises(ak.AnalystkitError, match="expected the article as str or bytes"):
        ak.parse_article(3.5, "my-id")
    with pytest.raises(errors.ArticleTooLargeError, match="my-id"):
        ak.parse_article(b"x" * 5000, "my-id", max_bytes=100)


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"), ("cp1252", b""),
])
def test_encodings_decode_to_same_tables(tmp_path, seed, encoding, bom):
    text = seed.text.replace("🇰🇵🇷🇺", "") if encoding == "cp1252" else seed.text
    text = text.replace("•", "-") if encoding == "cp1252" else text
    path = tmp_path / "seed.txt"
    path.write_bytes(bom + text.encode(encoding))
    article = ak.load_article(path)
    assert article.text == text
    assert len(article.claims) == 14
    assert len(article.citations) == 19


def test_crlf_and_zero_width_and_full_width_digits():
    article = ak.parse_article(
        "Officials said 1\u200b,200 people left.\r\nThey counted \uff12\uff15 boats in all.\r\n", "x")
    assert "\r" not in article.text
    values = article.figures["value"].tolist()
    assert values == [1200.0, 25.0]


def test_import_is_light():
    code = ("import sys, analystkit; heavy = [m for m in ('pandas', 'matplotlib', 'ipywidgets', "
            "'trafilatura', 'lxml', 'rapidfuzz', 'charset_normalizer', 'pypdf', 'docx', "
            "'cryptography') if m in sys.modules]; "
            "print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_errors_are_one_family():
    for name in ("ArticleNotFoundError", "EmptyArticleError", "NotTextError", "DecodingError",
                 "ArticleTooLargeError", "UnsupportedFormatError", "UnknownArticleError",
                 "DocumentReadError", "EncryptedDocumentError"):
        assert issubclass(getattr(ak, name), ak.AnalystkitError)


def test_errors_survive_pickling():
    import pickle

    err = errors.EmptyArticleError("a.txt", "file is empty")
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is errors.EmptyArticleError
    assert (again.source, again.problem, str(again)) == ("a.txt", "file is empty",
                                                         "a.txt: file is empty")


@pytest.mark.parametrize("text", [
    "Café owners in München say the «new» tax starts in 2025.",
    "Les prix ont augmenté de 5 % à Paris, selon l’Insee.",
])
def test_short_western_legacy_text_decodes_as_cp1252(tmp_path, text):
    # charset-normalizer ties cp1252 with cp1250/iso8859-14 on short text and may pick either
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    article = ak.load_article(path)
    assert article.text == text
    assert article.articles["encoding"][0] == "cp1252"


@pytest.mark.parametrize(("value", "kind"), [(b"Officials said 300 left.", "bytes"), (42, "int"),
                                             (None, "NoneType")])
def test_a_path_that_is_no_path_is_named_with_its_type(value, kind):
    with pytest.raises(ak.AnalystkitError, match=f"expected a file path, got {kind}"):
        ak.load_article(value)


def test_article_bytes_are_decoded_like_a_file():
    data = ("Café owners said 12 people left.\n\n"
            "The mayor said 300 homes flooded on Monday.\n").encode("cp1252")
    art = ak.parse_article(data)
    assert art.claims["text"].tolist() == ["Café owners said 12 people left.",
                                           "The mayor said 300 homes flooded on Monday."]
    assert art.articles["encoding"].tolist() == ["cp1252"]


@pytest.mark.parametrize(("data", "error"), [(b"%PDF-1.4 ...", errors.NotTextError),
                                             (b"   \n", errors.EmptyArticleError)])
def test_bad_article_bytes_give_the_readers_errors(data, error):
    with pytest.raises(error, match="brief"):
        ak.parse_article(data, article_id="brief")


def test_pipes_and_devices_are_refused_not_read(tmp_path):
    import os

    fifo = tmp_path / "stuck.txt"
    os.mkfifo(fifo)
    with pytest.raises(ak.ArticleNotFoundError, match="not a regular file"):
        ak.load_article(fifo)  # would block for ever waiting for a writer
    with pytest.raises(ak.ArticleNotFoundError, match="not a regular file"):
        ak.load_article("/dev/zero")  # would never end


def test_a_folder_with_a_pipe_loads_the_other_files(tmp_path):
    import os

    (tmp_path / "good.txt").write_text("Storm floods the valley\n\nThe river rose 3 metres "
                                       "overnight, officials said.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "stuck.txt")
    with pytest.warns(UserWarning, match="1 of 2 inputs could not be read"):
        corpus = ak.load_corpus([tmp_path / "good.txt", tmp_path / "stuck.txt"], progress=False)
    assert corpus.articles["article_id"].tolist() == ["good"]
    assert "not a regular file" in corpus.errors["message"].iloc[0]


def test_a_symbolic_link_loop_and_a_name_too_long_are_named(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(ak.ArticleNotFoundError, match="loops"):
        ak.load_article(loop)
    with pytest.raises(ak.ArticleNotFoundError, match="too long"):
        ak.load_article("The ministry said 35 people were hurt. " * 200)


@pytest.mark.parametrize(("call", "message"), [
    (lambda: ak.load_corpus(None, progress=False), "expected a folder"),
    (lambda: ak.load_corpus("", progress=False), "empty path"),
    (lambda: ak.load_corpus(".", metadata=[{"title": "x"}], progress=False), "metadata"),
    (lambda: ak.parse_article("The ministry said 35 people were hurt.", max_bytes="10"),
     "max_bytes"),
    (lambda: ak.parse_article("The ministry said 35 people were hurt.", article_id=None),
     "article_id"),
])
def test_misused_calls_raise_analystkit_errors(call, message):
    with pytest.raises(ak.AnalystkitError, match=message):
        call()


def test_control_bidi_and_surrogate_characters_do_not_reach_the_tables():
    art = ak.parse_article("Flood \x1b]0;title\x07\x1b[2Jwarning issued\n\nThe ministry said "
                           "1\u200b,\u200d200 people \u202bfled\u202c the valley \udcff on Monday.\n")
    text = " ".join(art.claims["text"])
    assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or 0x202A <= ord(c) <= 0x202E
                   for c in text)
    assert "\ufffd" in text and 1200.0 in art.figures["value"].tolist()
    art.tables()  # every table can be built (pyarrow encodes each string)


def test_utf8_with_a_stray_byte_stays_utf8(tmp_path):
    text = ("Café owners in Zürich\n\nThe café in Zürich served 300 guests on Monday, the owner "
            "said. Crème brûlée sold out.\n").encode()
    path = tmp_path / "stray.txt"
    path.write_bytes(text[:60] + b"\xff" + text[60:])
    art = ak.load_article(path)
    assert art.articles["encoding"].iloc[0].startswith("utf-8")
    assert "Crème brûlée sold out." in art.claims["text"].tolist()


def test_legacy_text_after_a_long_ascii_start_is_decoded(tmp_path):
    path = tmp_path / "late.txt"
    path.write_bytes(("Budget talks\n\n" + "The council met on Monday to discuss the budget. "
                      * 6000 + "\n\nThe café reopened, the mayor said on Tuesday.\n")
                     .encode("cp1252"))
    assert ak.load_article(path).claims["text"].iloc[-1] == \
        "The café reopened, the mayor said on Tuesday."


@pytest.mark.parametrize(("path", "message"), [
    ("", "an empty path names no file"),
    ("/tmp/a\x00b.txt", "NUL byte"),
    ("https://example.com/news/article.html", "is a web address"),
])
def test_paths_that_can_name_no_file_are_clear_errors(path, message):
    with pytest.raises(ak.AnalystkitError, match=message):
        ak.load_article(path)


@pytest.mark.parametrize("value", ["abc", "-1", "1MB", "1e9"])
def test_a_bad_size_limit_in_the_environment_is_one_clear_error(monkeypatch, value):
    monkeypatch.setenv("ANALYSTKIT_MAX_BYTES", value)
    with pytest.raises(ak.AnalystkitError, match="ANALYSTKIT_MAX_BYTES"):
        ak.load_article(SEEDS / "000_bb73dd05cbc6060c.txt")
    with pytest.raises(ak.AnalystkitError, match="ANALYSTKIT_MAX_BYTES"):
        ak.load_corpus(SEEDS / "examples")


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials sa\u200did that 1200 people died.", "Officials said that 1200 people died."),
    ("It reported \uff043 million in losses.", "It reported $3 million in losses."),
    ("Hi \ud83d\ude00 and \ud800 here.", "Hi \U0001f600 and \ufffd here."),
])
def test_invisible_joiners_wide_dollars_and_surrogate_pairs_are_read_as_text(text, expected):
    assert ak.parse_article(text).text == expected
