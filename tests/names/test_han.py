"""Chinese names: family name length."""

from __future__ import annotations

from saring.names import analyze, joined_runs
from saring.names.han import han_family_length


def test_family_name_length() -> None:
    assert han_family_length("习近平") == 1
    assert han_family_length("欧阳修") == 2
    assert han_family_length("习") == 0
    assert han_family_length("中华人民共和国") == 0


def test_xi_jinping() -> None:
    name = analyze("习近平", "Person")
    assert [t.latin for t in name.tokens] == ["xi", "jin", "ping"]
    assert [t.kind.value for t in name.tokens] == ["family", "given", "given"]
    joined = {run.latin for _, _, run in joined_runs(name.tokens)}
    assert "jinping" in joined


def test_a_family_name_reads_as_family_names_do() -> None:
    # Chinese readings first; three characters are also read as a Korean name (单: 단 Tan)
    assert analyze("单雄信", "Person").tokens[0].readings[:3] == ("shan", "dan", "tan")
    assert analyze("曾国藩", "Person").tokens[0].readings[:2] == ("zeng", "ceng")
    assert analyze("习近平", "Person").tokens[0].readings[0] == "xi"
    assert analyze("曾国", "Person").tokens[0].readings == ("zeng", "ceng")
    assert analyze("单位", "Company").tokens[0].readings == ("dan",)  # not a family name there
