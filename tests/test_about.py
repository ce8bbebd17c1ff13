"""The About page: every data set with its source, register records and chart CSV links."""
from __future__ import annotations


def test_about_lists_every_data_set_with_source_records_and_csv_links(client, store):
    from charts.spec import all_charts
    from components.chart_card import record_range
    from tests.conftest import page_view
    markup = page_view("about").children.html
    for dataset in store.datasets.values():
        assert f"<td>{record_range(dataset.record_ids, 'en')}</td>" in markup, dataset.id
    for spec in all_charts():
        assert f'href="/charts/{spec.slug}.csv"' in markup
        assert client.get(f"/charts/{spec.slug}.csv").status_code == 200
