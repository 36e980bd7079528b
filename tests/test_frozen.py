"""Records built by `frozen_from` are the records their classes' own `__init__` builds, and stay frozen."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from factaudit.frozen import frozen_from
from factaudit.quantities import Quantity
from factaudit.sentences import Sentence

QUANTITY = {
    "start": 3, "end": 6, "text": "£5m", "value": 5e6, "low": 5e6, "high": 5e6, "qualifier": "exact",
    "kind": "money", "unit": "GBP", "cmp_low": 4.5e6, "cmp_high": 5.5e6, "direction": "up",
}  # fmt: skip


SENTENCE = {"start": 0, "end": 7, "text": "It £5m."}


@pytest.mark.parametrize(("cls", "values"), [(Quantity, QUANTITY), (Sentence, SENTENCE)])
def test_frozen_from_builds_what_init_builds(cls: type[Any], values: dict[str, Any]) -> None:
    assert [field.name for field in dataclasses.fields(cls)] == list(values)
    assert not hasattr(cls, "__post_init__")  # frozen_from would skip it
    built = frozen_from(cls, dict(values))
    expected = cls(**values)
    assert built == expected
    assert hash(built) == hash(expected)
    assert list(vars(built).items()) == list(vars(expected).items())
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.start = 0
