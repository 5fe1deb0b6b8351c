"""The lists saring knows by name: their format, bundled copy and official download URLs."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

OFAC_EXPORTS = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/"


@dataclass(frozen=True)
class DatasetSource:
    """A published list: dataset name, format, publisher's files and bundled copy."""

    name: str
    title: str
    format: str
    #: local file name → official URL; several files form one set (imported as a folder).
    urls: dict[str, str] = field(default_factory=dict)

    @property
    def bundled(self) -> Path:
        """The copy shipped with the package (a file, or a folder for file sets)."""
        folder = Path(str(files("saring") / "data" / "lists" / self.name))
        entries = sorted(folder.iterdir())
        return folder if len(entries) > 1 else entries[0]


CATALOG: dict[str, DatasetSource] = {
    src.name: src
    for src in [
        DatasetSource(
            "us_ofac_sdn",
            "US OFAC Specially Designated Nationals (SDN) list",
            "ofac-csv",
            {
                name: OFAC_EXPORTS + name.upper()
                for name in ("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv")
            },
        ),
        DatasetSource(
            "us_ofac_cons",
            "US OFAC consolidated non-SDN lists",
            "ofac-cons-csv",
            {
                name: OFAC_EXPORTS + name.upper()
                for name in ("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv")
            },
        ),
        DatasetSource(
            "un_sc_sanctions",
            "UN Security Council consolidated sanctions list",
            "un-sc-xml",
            {"UN_consolidated.xml": "https://scsanctions.un.org/resources/xml/en/consolidated.xml"},
        ),
        DatasetSource(
            "gb_hmt_sanctions",
            "UK HM Treasury OFSI consolidated list",
            "uk-ofsi",
            {
                "ConList.xlsx": (
                    "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.xlsx"
                )
            },
        ),
    ]
}
