"""Layout factories shared by the pages: navbar, chart card, topic page, notices."""
