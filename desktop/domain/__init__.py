"""The pure core: items, units, vocabularies and rules. No Qt, no SQL."""

from .domains import OTHER, VILLAGE_CODE, Domain, domain, domain_name, domains
from .errors import GkmlError, InvalidValue, Location
from .model import EDITABLE_FIELDS, ELEMENT_FIELDS, FIELD_LABELS, Item, Unit, new_id

__all__ = [
    "EDITABLE_FIELDS",
    "ELEMENT_FIELDS",
    "FIELD_LABELS",
    "OTHER",
    "VILLAGE_CODE",
    "Domain",
    "GkmlError",
    "InvalidValue",
    "Item",
    "Location",
    "Unit",
    "domain",
    "domain_name",
    "domains",
    "new_id",
]
