"""The report's charts as inline SVG, drawn with matplotlib when it is installed.

matplotlib is the `report` extra, not a main dependency: `extract` itself never draws, and the pages
build without it (each chart's place then says how to get it). It is imported on first use only.
"""
from __future__ import annotations

import io
import re

import pandas as pd
from markupsafe import Markup

MISSING = ("Charts need matplotlib, which is not installed: "
           "pip install -e '.[report]' in the checkout (or pip install 'frpolnews-pipeline[report]', "
           "or matplotlib), then build the report again.")


def matplotlib_pyplot():
    """pyplot with the file-only Agg backend, or None when matplotlib is not installed."""
    try:
        import matplotlib
    except ImportError:
        return None
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.fonttype": "none", "font.size": 9, "svg.hashsalt": "report"})
    return plt


def svg(figure) -> Markup:
    """A figure as an SVG element, without the XML prolog, sized by the page (viewBox kept)."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buffer.getvalue()
    text = text[text.index("<svg"):]
    text = re.sub(r'<svg([^>]*?) width="[^"]+" height="[^"]+"', r'<svg\1 role="img"', text, count=1)
    return Markup(text)


def top_speakers_chart(names: list[str], counts: list[int]) -> Markup | None:
    plt = matplotlib_pyplot()
    if plt is None or not names:
        return None
    figure, axes = plt.subplots(figsize=(7, 0.25 * len(names) + 0.8))
    axes.barh(range(len(names)), counts, color="#4a6fa5")
    axes.set_yticks(range(len(names)), labels=names)
    axes.invert_yaxis()
    axes.set_xlabel("quotes")
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.set_title(f"Quotes per speaker (top {len(names)})")
    axes.spines[["top", "right"]].set_visible(False)
    try:
        return svg(figure)
    finally:
        plt.close(figure)


def monthly_chart(series: dict[str, pd.Series]) -> Markup | None:
    """One line per series of counts indexed by month (a monthly `Period` index)."""
    plt = matplotlib_pyplot()
    series = {name: s for name, s in series.items() if len(s)}
    if plt is None or not series:
        return None
    seen = set().union(*(s.index for s in series.values()))
    months = pd.period_range(min(seen), max(seen), freq="M")  # a month without records is a zero
    figure, axes = plt.subplots(figsize=(7, 2.8))
    for name, counts in series.items():
        counts = counts.reindex(months, fill_value=0)
        axes.plot([m.to_timestamp() for m in months], counts.values, marker="o", markersize=3, label=name)
    axes.set_ylabel("per month (document date)")
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_title("Facts and quotes per month")
    axes.legend(frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    figure.autofmt_xdate()
    try:
        return svg(figure)
    finally:
        plt.close(figure)


def parity_monthly_chart(months: pd.DataFrame) -> Markup | None:
    """Share of women per month (document date) among the people quoted and among the quotes, the
    share of unknown gender dashed beside them; `months` is `parity.parity(..., "month")`."""
    plt = matplotlib_pyplot()
    months = months[months["month"].notna()] if len(months) else months
    if plt is None or not len(months):
        return None
    x = [pd.Period(m, freq="M").to_timestamp() for m in months["month"]]
    figure, axes = plt.subplots(figsize=(7, 2.8))
    for column, label, style in (("share_women_people", "women among people quoted", "-"),
                                 ("share_women_quotes", "women among quotes", "-"),
                                 ("unknown_share_quotes", "quotes of unknown gender", "--")):
        values = pd.to_numeric(months[column], errors="coerce") * 100
        axes.plot(x, values, style, marker="o", markersize=3, label=label)
    axes.set_ylim(0, 100)
    axes.set_ylabel("% per month (document date)")
    axes.set_title("Who is quoted: share of women per month")
    axes.legend(frameon=False, fontsize=7)
    axes.spines[["top", "right"]].set_visible(False)
    figure.autofmt_xdate()
    try:
        return svg(figure)
    finally:
        plt.close(figure)


def parity_groups_chart(groups: pd.DataFrame, by: str, top: int = 15) -> Markup | None:
    """Quotes by women, men and people of unknown gender per source or section (the `top` largest)."""
    plt = matplotlib_pyplot()
    if plt is None or not len(groups):
        return None
    groups = groups.sort_values("n_quotes", ascending=False).head(top)
    names = [str(n) if isinstance(n, str) else "(none)" for n in groups[by]]
    figure, axes = plt.subplots(figsize=(7, 0.3 * len(names) + 0.9))
    left = [0] * len(names)
    for column, label, color in (("women_quotes", "women", "#b5446e"), ("men_quotes", "men", "#4a6fa5"),
                                 ("unknown_quotes", "unknown", "#bbbbbb")):
        values = list(groups[column])
        axes.barh(range(len(names)), values, left=left, color=color, label=label)
        left = [a + b for a, b in zip(left, values)]
    axes.set_yticks(range(len(names)), labels=names)
    axes.invert_yaxis()
    axes.set_xlabel("quotes by person speakers")
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.set_title(f"Quotes by gender per {by}")
    axes.legend(frameon=False, fontsize=7)
    axes.spines[["top", "right"]].set_visible(False)
    try:
        return svg(figure)
    finally:
        plt.close(figure)
