"""Errors raised by analystkit.

Every failure a user can cause raises a subclass of :class:`AnalystkitError`
whose message names the input (a path or an ``article_id``) and what is wrong,
so a notebook shows one clear line instead of a traceback from deep inside.
"""

from __future__ import annotations


class AnalystkitError(Exception):
    """Base class of every error analystkit raises on purpose.

    Parameters
    ----------
    source : str
        The input the error is about: a path or an ``article_id``.
    problem : str
        What is wrong with it, in words a user can act on.
    """

    def __init__(self, source: object, problem: str) -> None:
        self.source = str(source)
        self.problem = problem
        super().__init__(f"{self.source}: {problem}")

    def __reduce__(self):
        # Rebuild from (source, problem) so errors cross process boundaries intact.
        return (type(self), (self.source, self.problem))


class ArticleNotFoundError(AnalystkitError, FileNotFoundError):
    """The path does not exist, or is a folder where a file was expected."""


class EmptyArticleError(AnalystkitError, ValueError):
    """The input holds no text (empty or whitespace only)."""


class NotTextError(AnalystkitError, ValueError):
    """The input is binary (an image, a PDF, an archive …), not text."""


class DecodingError(AnalystkitError, UnicodeError):
    """The bytes could not be decoded to text in any known encoding."""


class ArticleTooLargeError(AnalystkitError, ValueError):
    """The input is larger than the configured size limit."""


class UnsupportedFormatError(AnalystkitError, ValueError):
    """The format (file suffix or ``fmt`` argument) is not one analystkit reads."""


class DocumentReadError(AnalystkitError, ValueError):
    """A Word (.docx) or PDF file could not be read: damaged, truncated, or another kind."""


class EncryptedDocumentError(DocumentReadError):
    """The PDF is encrypted with a password analystkit does not have."""


class UnknownArticleError(AnalystkitError, KeyError):
    """A corpus was asked for an ``article_id`` it does not hold."""

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return f"{self.source}: {self.problem}"
