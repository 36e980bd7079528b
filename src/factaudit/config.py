"""Project settings from `factaudit.toml` or pyproject's `[tool.factaudit]`; CLI options override them."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from factaudit.baseline import DEFAULT_BASELINE
from factaudit.errors import FactauditError
from factaudit.formats import CHECK_FORMATS
from factaudit.gate import DEFAULT_FAIL_ON, FAIL_LEVELS

CONFIG_FILE: Final = "factaudit.toml"
PYPROJECT: Final = "pyproject.toml"


class ConfigError(FactauditError):
    """A configuration file that cannot be parsed, or names an unknown key or a bad value."""

    reason = "bad_config"


@dataclass(frozen=True)
class Settings:
    """What a project configures once instead of on every command line. `origin` names the file read."""

    sources: tuple[str, ...] | None = None
    baseline: Path = DEFAULT_BASELINE
    fail_on: str = DEFAULT_FAIL_ON
    format: str = "text"
    claimreview_author: str | None = None  # the organisation publishing ClaimReview exports
    claimreview_author_url: str | None = None
    origin: str | None = None


_KEYS: Final = ("sources", "baseline", "fail_on", "format", "claimreview_author", "claimreview_author_url")


def _choice(value: Any, key: str, choices: tuple[str, ...], origin: str) -> str:
    if not isinstance(value, str) or value not in choices:
        raise ConfigError(f"{key} = {value!r}: expected one of {', '.join(choices)}", path=origin)
    return value


def settings_from(table: Mapping[str, Any], origin: str) -> Settings:
    """Settings from a parsed `[tool.factaudit]` table or `factaudit.toml` document (keys with - or _)."""
    values = {str(key).replace("-", "_"): value for key, value in table.items()}
    unknown = sorted(set(values) - set(_KEYS))
    if unknown:
        raise ConfigError(f"unknown key(s) {', '.join(unknown)}; known: {', '.join(_KEYS)}", path=origin)
    settings = Settings(origin=origin)
    if "sources" in values:
        sources = values["sources"]
        if not isinstance(sources, list) or not sources or not all(isinstance(s, str) and s for s in sources):
            raise ConfigError("sources must be a non-empty list of paths", path=origin)
        settings = replace(settings, sources=tuple(sources))
    if "baseline" in values:
        if not isinstance(values["baseline"], str) or not values["baseline"]:
            raise ConfigError("baseline must be a path", path=origin)
        settings = replace(settings, baseline=Path(values["baseline"]))
    if "fail_on" in values:
        settings = replace(settings, fail_on=_choice(values["fail_on"], "fail_on", FAIL_LEVELS, origin))
    if "format" in values:
        settings = replace(settings, format=_choice(values["format"], "format", CHECK_FORMATS, origin))
    for key in ("claimreview_author", "claimreview_author_url"):
        if key in values:
            if not isinstance(values[key], str) or not values[key].strip():
                raise ConfigError(f"{key} must be a non-empty string", path=origin)
            settings = replace(settings, **{key: values[key].strip()})
    return settings


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot be read ({error})", path=str(path)) from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"is not valid TOML ({error})", path=str(path)) from error


def load_settings(folder: Path) -> Settings:
    """The settings of the project in `folder`: `factaudit.toml`, else pyproject's table, else defaults."""
    own = folder / CONFIG_FILE
    if own.is_file():
        return settings_from(_read_toml(own), str(own))
    pyproject = folder / PYPROJECT
    if pyproject.is_file():
        tool = _read_toml(pyproject).get("tool", {})
        table = tool.get("factaudit") if isinstance(tool, dict) else None
        if table is not None:
            if not isinstance(table, dict):
                raise ConfigError("[tool.factaudit] must be a table", path=str(pyproject))
            return settings_from(table, f"{pyproject} [tool.factaudit]")
    return Settings()
