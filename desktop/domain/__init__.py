"""The pure core: items, units, vocabularies and rules. No Qt, no SQL."""

from .domains import ALL_DOMAINS, OTHER, PILOT_DOMAINS, VILLAGE, Domain, domain_name
from .errors import GkmlError, InvalidValue, Location
from .model import EDITABLE_FIELDS, ELEMENT_FIELDS, FIELD_LABELS, Item, Unit, new_id

__all__ = [
    "ALL_DOMAINS",
    "EDITABLE_FIELDS",
    "ELEMENT_FIELDS",
    "FIELD_LABELS",
    "OTHER",
    "PILOT_DOMAINS",
    "VILLAGE",
    "Domain",
    "GkmlError",
    "InvalidValue",
    "Item",
    "Location",
    "Unit",
    "domain_name",
    "new_id",
]
