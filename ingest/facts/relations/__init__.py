"""Relations: DEVELOPS, HEADQUARTERED_IN, OPERATES_IN, SUPPLIES, INVESTS_IN, MEMBER_OF.

Each rule reads one sentence's parse; the definitions are those of the shared SCHEMA.md.
"""

from ingest.facts.relations.develops import develops, develops_by_name
from ingest.facts.relations.invests import invests
from ingest.facts.relations.membership import member_of
from ingest.facts.relations.places import headquartered, operates_in
from ingest.facts.relations.supplies import supplies

__all__ = [
    "develops",
    "develops_by_name",
    "headquartered",
    "invests",
    "member_of",
    "operates_in",
    "supplies",
]
