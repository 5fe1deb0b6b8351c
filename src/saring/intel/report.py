"""What changed between two snapshots of a list, in a compliance officer's words.

New designations (a new `Sanction`, or a program added to one) grouped by program with the
listed party's key identifiers; delistings (a `Sanction` gone, or a program dropped from
it); and changed names and identifiers of parties listed in both snapshots.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from followthemoney.proxy import EntityProxy
from followthemoney.types import registry

from saring.store import Snapshot, Store

NAME_PROPS = ("name", "alias", "weakAlias", "previousName", "firstName", "middleName", "lastName")
FACT_PROPS = ("birthDate", "nationality", "citizenship", "jurisdiction", "incorporationDate")
DOCUMENT_SCHEMATA = {"Identification", "Passport"}
NO_PROGRAM = "(no program)"


@dataclass
class Party:
    """A listed person, company, vessel or body and its key identifiers."""

    id: str
    schema: str
    caption: str
    birth_dates: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    identifiers: list[str] = field(default_factory=list)
    listed_on: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return dict(self.__dict__)

    def line(self) -> str:
        """One readable line: caption, kind, id and identifiers."""
        parts = [f"{self.caption} ({self.schema}, {self.id})"]
        if self.birth_dates:
            parts.append("born " + ", ".join(self.birth_dates))
        if self.nationalities:
            parts.append("nationality " + ", ".join(_country(c) for c in self.nationalities))
        if self.identifiers:
            parts.append("; ".join(self.identifiers))
        if self.listed_on:
            parts.append("listed " + ", ".join(self.listed_on))
        return "; ".join(parts)


@dataclass
class Change:
    """Names and identifiers added or removed on a party listed in both snapshots."""

    party: Party
    changes: dict[str, dict[str, list[str]]]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {**self.party.to_dict(), "changes": self.changes}


@dataclass
class ChangeReport:
    """New designations, delistings and changed identities between two snapshots."""

    dataset: str
    old: Snapshot
    new: Snapshot
    designations: dict[str, list[Party]]
    delistings: dict[str, list[Party]]
    changes: list[Change]

    def counts(self) -> dict[str, int]:
        """How many of each kind of change."""
        return {
            "designations": sum(len(v) for v in self.designations.values()),
            "delistings": sum(len(v) for v in self.delistings.values()),
            "changed": len(self.changes),
        }

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "dataset": self.dataset,
            "from": self.old.to_dict(),
            "to": self.new.to_dict(),
            "counts": self.counts(),
            "designations": {p: [x.to_dict() for x in v] for p, v in self.designations.items()},
            "delistings": {p: [x.to_dict() for x in v] for p, v in self.delistings.items()},
            "changes": [c.to_dict() for c in self.changes],
        }

    def _title(self) -> str:
        return (
            f"{self.dataset}: changes from snapshot #{self.old.id} ({_when(self.old)}) "
            f"to #{self.new.id} ({_when(self.new)})"
        )

    def _summary(self) -> str:
        c = self.counts()
        return (
            f"{c['designations']:,} new designations under {len(self.designations)} programs, "
            f"{c['delistings']:,} delistings, {c['changed']:,} listed parties with changed "
            "names or identifiers."
        )

    def to_text(self) -> str:
        """Plain text, one party per line."""
        lines = [self._title(), self._summary(), ""]
        for heading, groups in (
            ("NEW DESIGNATIONS", self.designations),
            ("DELISTINGS", self.delistings),
        ):
            lines.append(heading)
            if not groups:
                lines.append("  none")
            for program, parties in groups.items():
                lines.append(f"  {program} ({len(parties)})")
                lines.extend(f"    - {p.line()}" for p in parties)
            lines.append("")
        lines.append("CHANGED NAMES AND IDENTIFIERS")
        if not self.changes:
            lines.append("  none")
        for change in self.changes:
            lines.append(f"  - {change.party.caption} ({change.party.id})")
            lines.extend(f"      {_change_line(k, v)}" for k, v in change.changes.items())
        return "\n".join(lines) + "\n"

    def to_markdown(self) -> str:
        """Markdown: a section per kind of change, a sub-section per program."""
        lines = [f"# {self._title()}", "", self._summary(), ""]
        for heading, groups in (
            ("New designations", self.designations),
            ("Delistings", self.delistings),
        ):
            lines += [f"## {heading}", ""]
            if not groups:
                lines += ["None.", ""]
            for program, parties in groups.items():
                lines += [f"### {program} ({len(parties)})", ""]
                lines += [f"- {_md(p.line())}" for p in parties]
                lines.append("")
        lines += ["## Changed names and identifiers", ""]
        if not self.changes:
            lines += ["None.", ""]
        for change in self.changes:
            lines.append(f"- **{_md(change.party.caption)}** (`{change.party.id}`)")
            lines += [f"  - {_md(_change_line(k, v))}" for k, v in change.changes.items()]
        return "\n".join(lines).rstrip() + "\n"


def _md(text: str) -> str:
    return text.replace("*", r"\*").replace("_", r"\_")


def _when(snap: Snapshot) -> str:
    if snap.published:
        return f"published {snap.published}"
    return f"{snap.source}, imported {snap.imported_at:%Y-%m-%d}"


def _country(code: str) -> str:
    return registry.country.names.get(code, code)


def _change_line(prop: str, change: dict[str, list[str]]) -> str:
    parts = []
    if change.get("added"):
        parts.append("added " + ", ".join(repr(v) for v in change["added"]))
    if change.get("removed"):
        parts.append("removed " + ", ".join(repr(v) for v in change["removed"]))
    return f"{prop}: " + "; ".join(parts)


class _State:
    """One snapshot's entities with documents grouped by holder."""

    def __init__(self, entities: dict[str, EntityProxy]) -> None:
        self.entities = entities
        self.documents: dict[str, list[EntityProxy]] = defaultdict(list)
        for entity in entities.values():
            if entity.schema.name in DOCUMENT_SCHEMATA:
                for holder in entity.get("holder", quiet=True):
                    self.documents[holder].append(entity)

    def party(self, entity_id: str, sanction: EntityProxy | None = None) -> Party:
        entity = self.entities.get(entity_id)
        if entity is None:
            return Party(entity_id, "?", entity_id)
        identifiers = [
            f"{prop.label}: {value}"
            for prop, value in entity.itervalues()
            if prop.type == registry.identifier
        ]
        for doc in self.documents.get(entity_id, []):
            kind = ", ".join(doc.get("type", quiet=True)) or doc.schema.label
            for number in doc.get("number", quiet=True):
                where = ", ".join(_country(c) for c in doc.get("country", quiet=True))
                identifiers.append(f"{kind}: {number}" + (f" ({where})" if where else ""))
        listed = []
        if sanction is not None:
            listed = sorted(set(sanction.get("listingDate", quiet=True)))
        return Party(
            id=entity_id,
            schema=entity.schema.name,
            caption=entity.caption,
            birth_dates=sorted(set(entity.get("birthDate", quiet=True))),
            nationalities=sorted(
                set(entity.get("nationality", quiet=True))
                | set(entity.get("citizenship", quiet=True))
            ),
            identifiers=sorted(set(identifiers)),
            listed_on=listed,
        )


def _programs(sanction: EntityProxy) -> list[str]:
    return sorted(set(sanction.get("program", quiet=True))) or [NO_PROGRAM]


def _sorted(groups: dict[str, list[Party]]) -> dict[str, list[Party]]:
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return {p: sorted(v, key=lambda x: (x.caption.lower(), x.id)) for p, v in ordered}


def change_report(store: Store, dataset: str, old: Snapshot, new: Snapshot) -> ChangeReport:
    """The change report of ``dataset`` from snapshot ``old`` to ``new``."""
    diff = store.diff(dataset, old, new)
    after = _State({e.id: e for e in store.entities(at=new) if e.id})
    before = _State({**after.entities, **{e.id: e for e in diff.removed if e.id}})
    listed: dict[str, list[Party]] = defaultdict(list)
    delisted: dict[str, list[Party]] = defaultdict(list)
    for sanction in diff.added:
        if sanction.schema.name == "Sanction":
            for target in sanction.get("entity", quiet=True):
                for program in _programs(sanction):
                    listed[program].append(after.party(target, sanction))
    for sanction in diff.removed:
        if sanction.schema.name == "Sanction":
            for target in sanction.get("entity", quiet=True):
                for program in _programs(sanction):
                    delisted[program].append(before.party(target, sanction))
    changes: list[Change] = []
    documents: dict[str, dict[str, dict[str, list[str]]]] = defaultdict(dict)
    for prior, current in diff.changed:
        kind = current.schema.name
        if kind == "Sanction":
            old_programs, new_programs = set(_programs(prior)), set(_programs(current))
            for target in current.get("entity", quiet=True):
                for program in sorted(new_programs - old_programs):
                    listed[program].append(after.party(target, current))
                for program in sorted(old_programs - new_programs):
                    delisted[program].append(after.party(target, current))
        elif kind in DOCUMENT_SCHEMATA:
            _document_change(documents, prior.get("number", quiet=True), current, "removed")
            _document_change(documents, current.get("number", quiet=True), current, "added")
    for entity in diff.added:
        if entity.schema.name in DOCUMENT_SCHEMATA:
            _document_change(documents, entity.get("number", quiet=True), entity, "added")
    for entity in diff.removed:
        if entity.schema.name in DOCUMENT_SCHEMATA:
            _document_change(documents, entity.get("number", quiet=True), entity, "removed")
    new_ids = {e.id for e in diff.added}
    for prior, current in diff.changed:
        if current.schema.matchable and current.id:
            found = _identity_changes(prior, current)
            found.update(_net(documents.pop(current.id, {})))
            if found:
                changes.append(Change(after.party(current.id), found))
    for holder, found in documents.items():
        if holder in after.entities and holder not in new_ids:
            changes.append(Change(after.party(holder), _net(found)))
    changes = [c for c in changes if c.changes]
    changes.sort(key=lambda c: (c.party.caption.lower(), c.party.id))
    return ChangeReport(dataset, old, new, _sorted(listed), _sorted(delisted), changes)


def _document_change(
    documents: dict[str, dict[str, dict[str, list[str]]]],
    numbers: list[str],
    doc: EntityProxy,
    how: str,
) -> None:
    kind = ", ".join(doc.get("type", quiet=True)) or doc.schema.label
    for holder in doc.get("holder", quiet=True):
        slot = documents[holder].setdefault(kind, {"added": [], "removed": []})
        slot[how].extend(numbers)


def _net(found: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    """Drop numbers both added and removed (a document whose other details changed)."""
    result = {}
    for kind, change in found.items():
        added, removed = set(change["added"]), set(change["removed"])
        if added != removed:
            result[kind] = {"added": sorted(added - removed), "removed": sorted(removed - added)}
    return result


def _identity_changes(prior: EntityProxy, current: EntityProxy) -> dict[str, dict[str, list]]:
    """Changed names, facts and identifier properties of a listed party."""
    found: dict[str, dict[str, list]] = {}
    for prop in current.schema.properties.values():
        if not (
            prop.name in NAME_PROPS or prop.name in FACT_PROPS or prop.type == registry.identifier
        ):
            continue
        old = set(prior.get(prop.name, quiet=True))
        new = set(current.get(prop.name, quiet=True))
        if old != new:
            found[prop.name] = {"added": sorted(new - old), "removed": sorted(old - new)}
    return found
