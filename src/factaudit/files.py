"""Files written whole or not at all: a temporary file in the same folder, fsync, then os.replace."""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TextIO


def file_mode(path: Path) -> int:
    """The mode a new file gets: the existing file's, else what the umask allows (mkstemp makes 0600)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that readers see the old or the new content, never half of it."""
    write_atomic_chunks(path, (text,))


def write_atomic_chunks(path: Path, chunks: Iterable[str]) -> None:
    """write_atomic for text made piece by piece (a streamed template): never held whole in memory."""
    with atomic_text(path) as stream:
        stream.writelines(chunks)


@contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    """A text stream to `path` whose content replaces the file's when the block ends without an error,
    so that readers see the old or the new content, never half of it; several can be open at once.

    A link is written through (its target is replaced, the link stays). A device or pipe ("-o /dev/null",
    a named pipe another program reads) is written to as it is: replacing it would put a plain file where
    the device was (run as root, `-o /dev/null` did that to /dev/null)."""
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if _is_special(path):
        with open(path, "w", encoding="utf-8", newline="") as stream:
            yield stream
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="", buffering=1 << 20) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, file_mode(path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _is_special(path: Path) -> bool:
    """Whether `path` names something other than a regular file or a folder: a device, a pipe, a socket."""
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def package_digest(relative_paths: Iterable[str]) -> str:
    """A digest of the package's version and of these files of it ("quantities.py", "data/x.json"):
    what a cache made by that code is valid under."""
    from factaudit import __version__

    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    package = resources.files("factaudit")
    for name in relative_paths:
        digest.update(package.joinpath(*name.split("/")).read_bytes())
    return digest.hexdigest()
