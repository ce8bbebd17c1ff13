"""Chart declarations, one module per page, in the report's order within each page."""
from charts.declarations import (  # noqa: F401  (each module registers its charts on import)
    globalization, export_geography, firm_morphology, international_sourcing,
)
