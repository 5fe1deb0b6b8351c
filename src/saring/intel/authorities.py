"""Short labels for the authorities named on `Sanction` entities."""

from __future__ import annotations

#: Full authority name (lower case) as the importers write it → short label.
LABELS: dict[str, str] = {
    "office of foreign assets control": "US OFAC",
    "united nations security council": "UN SC",
    "hm treasury office of financial sanctions implementation": "UK",
    "office of financial sanctions implementation": "UK",
    "foreign, commonwealth & development office": "UK",
    "european union": "EU",
}

#: Sanction ``country`` (the authority's country) → label, when the authority is unnamed.
COUNTRY_LABELS: dict[str, str] = {"us": "US", "gb": "UK", "eu": "EU"}


def authority_label(names: list[str], countries: list[str], dataset: str) -> str:
    """The short label of a sanction's authority: known name, else its own words or country."""
    for name in names:
        label = LABELS.get(name.strip().lower())
        if label is not None:
            return label
    if names:
        return sorted(names)[0].strip()
    for country in countries:
        if country in COUNTRY_LABELS:
            return COUNTRY_LABELS[country]
    return dataset


def matches_authority(wanted: str, label: str, names: list[str], dataset: str) -> bool:
    """Whether a designation fits an ``--authority`` filter: its label, dataset, or part of
    its full name (case-insensitive)."""
    needle = wanted.strip().lower()
    if needle in (label.lower(), dataset.lower()):
        return True
    return any(needle in name.lower() for name in names)
