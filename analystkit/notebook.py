"""Small helpers for the workbook notebooks.

Notebooks run with different working directories: JupyterLab opened on
``notebooks/`` by ``make workbook``, nbval from the notebook's own folder,
a user's own notebook anywhere inside the repository. :func:`find_repo_file`
finds a file of the repository (e.g. ``seeds/…``) from any of them, and
returns it relative to the working directory so no machine path ends up in
a notebook's stored output.

>>> from analystkit.notebook import find_repo_file
>>> find_repo_file("seeds/000_bb73dd05cbc6060c.txt")  # doctest: +SKIP
PosixPath('../seeds/000_bb73dd05cbc6060c.txt')
"""

from __future__ import annotations

import os
from pathlib import Path

#: A file that marks the repository root.
ROOT_MARKER = "pyproject.toml"


def repo_root(start: str | os.PathLike[str] | None = None) -> Path:
    """Return the nearest folder at or above ``start`` that holds ``pyproject.toml``.

    Parameters
    ----------
    start : path-like, optional
        Where to start looking; the current working directory by default.

    Returns
    -------
    pathlib.Path
        The repository root, absolute.

    Raises
    ------
    FileNotFoundError
        No folder above ``start`` holds ``pyproject.toml``.
    """
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / ROOT_MARKER).is_file():
            return folder
    raise FileNotFoundError(
        f"{here}: no {ROOT_MARKER} here or above; open the notebook from inside the "
        "analystkit repository (e.g. with `make workbook`)")


def find_repo_file(name: str | os.PathLike[str], start: str | os.PathLike[str] | None = None
                   ) -> Path:
    """Return a repository file's path, relative to the working directory.

    Parameters
    ----------
    name : path-like
        Path inside the repository, e.g. ``"seeds/000_bb73dd05cbc6060c.txt"``.
    start : path-like, optional
        Where to start looking for the repository root (default: the working
        directory).

    Returns
    -------
    pathlib.Path
        The file's path relative to the working directory (``../seeds/…``
        from ``notebooks/``), so it is the same on every machine.

    Raises
    ------
    FileNotFoundError
        The repository root or the file is not found.
    """
    path = repo_root(start) / name
    if not path.exists():
        raise FileNotFoundError(f"{name}: not found in the repository at {path.parent}")
    return Path(os.path.relpath(path, Path.cwd()))
