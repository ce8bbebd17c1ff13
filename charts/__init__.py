"""Chart declarations (the spine), pure figure functions, the theme and value formatting."""
