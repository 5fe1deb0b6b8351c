"""Names quoted inside an organisation's full name."""

from __future__ import annotations

from saring.names.quoted import quoted_names


def test_quoted_names() -> None:
    assert quoted_names("ООО «Ромашка»") == ["Ромашка"]
    assert quoted_names('STATE CORPORATION "ROSTEC"') == ["ROSTEC"]
    assert quoted_names("АО „Концерн“") == ["Концерн"]
    # the innermost of nested quotes
    assert quoted_names("АО «Концерн ВКО «Алмаз – Антей»»") == ["Алмаз – Антей"]


def test_not_the_whole_name_nor_a_letter() -> None:
    assert quoted_names("«Ромашка»") == []
    assert quoted_names("ООО «А»") == []
    assert quoted_names("Romashka LLC") == []
