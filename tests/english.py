"""The pure figure and formatting functions in English, the study's language: most tests check
what they draw against the report's own words (tests/test_i18n.py checks the other languages)."""
from functools import partial

from charts import figures, formatting, narrow

bar_chart = partial(figures.bar_chart, language="en")
heatmap = partial(figures.heatmap, language="en")
endpoints_chart = partial(figures.endpoints_chart, language="en")
rank_chart = partial(figures.rank_chart, language="en")
europe_map = partial(figures.europe_map, language="en")
message_figure = partial(figures.message_figure, "en")
format_value = partial(formatting.format_value, language="en")
format_number = partial(formatting.format_number, language="en")
with_narrow_layout = partial(narrow.with_narrow_layout, language="en")
