"""saring's plain-language reasons reshaped into yente's per-feature explanations.

A hit explains itself as lines: a headline per piece of evidence (``name: …``, ``birth year
1950 agrees (+0.05)``), with indented lines detailing the one above. yente clients expect a
map of feature name to ``{"score", "detail"}``; each headline becomes one feature, its detail
the headline and its indented lines.
"""

from __future__ import annotations

import re
from typing import Any

_FEATURES = (
    ("weak alias", "weak_alias_match"),
    ("name", "name_match"),
    ("birth", "dob_match"),
    ("born", "dob_match"),
    ("country", "country_match"),
    ("gender", "gender_match"),
    ("identifier", "identifier_match"),
)
_SCORES = re.compile(r"scores (\d+(?:\.\d+)?)")
_DELTA = re.compile(r"\(([+-]\d+(?:\.\d+)?)\)\s*$")


def feature_name(headline: str) -> str:
    """The yente-style feature name of one headline."""
    lowered = headline.strip().lower()
    for start, name in _FEATURES:
        if lowered.startswith(start):
            return name
    words = re.findall(r"[a-z]+", lowered)[:2]
    return "_".join(words) or "reason"


def feature_score(headline: str) -> float:
    """The number a headline states: a name score, a fact's adjustment, 1.0 if decisive."""
    if found := _SCORES.search(headline):
        return float(found.group(1))
    if found := _DELTA.search(headline):
        return float(found.group(1))
    return 1.0 if "decisive" in headline else 0.0


def explanations(lines: list[str]) -> dict[str, dict[str, Any]]:
    """``{feature: {"score", "detail"}}`` from a hit's explanation lines."""
    groups: list[list[str]] = []
    for line in lines:
        if line.startswith(" ") and groups:
            groups[-1].append(line.strip())
        else:
            groups.append([line.strip()])
    features: dict[str, dict[str, Any]] = {}
    for group in groups:
        name = feature_name(group[0])
        base, n = name, 2
        while name in features:
            name, n = f"{base}_{n}", n + 1
        features[name] = {"score": feature_score(group[0]), "detail": "; ".join(group)}
    return features
