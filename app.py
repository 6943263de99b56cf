"""The Streamlit explorer over the knowledge store: layout only, the data comes from
`kg.explorer` (file access: reads the store's published snapshot, read-only).

Extracted text is untrusted: it is shown only through `st.dataframe` and `st.text`, which
render it as plain text; Markdown elements (titles, captions, `st.table`) carry only our own
words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import streamlit as st

from kg import explorer, settings
from kg.explorer import Table
from kg.store import KnowledgeStore, open_store

PATHS_SHOWN = 5


def show(table: Table, *, empty: str, whole: bool = False) -> None:
    """`table` as plain text cells; `whole`: tall enough for every row, without scrolling."""
    if not table.rows:
        st.info(empty)
        return
    height: Literal["content", "auto"] = "content" if whole else "auto"
    st.dataframe(table.records(), hide_index=True, width="stretch", height=height)
    if table.truncated:
        st.warning(f"Only the first {len(table.rows)} rows are shown (setting explorer_rows).")


def overview(store: KnowledgeStore, cap: int) -> None:
    st.subheader("Instances per class")
    show(explorer.class_counts(store), empty="The ontology declares no classes.", whole=True)
    st.subheader("Documents")
    show(explorer.documents(store, cap=cap), empty="The store holds no documents yet.")
    st.subheader("Coverage by document (RQ13)")
    show(explorer.example(store, explorer.COVERAGE_QUERY, cap=cap), empty="No documents.")


def money(store: KnowledgeStore, cap: int) -> None:
    st.subheader("Who funds domestic AI, how much, to whom and when (RQ1)")
    everything = explorer.subsidies(store, cap=cap)
    funders = sorted(set(everything.column("funder")))
    funder = st.selectbox("Funder", funders, index=None, placeholder="All funders", key="funder")
    table = everything if funder is None else explorer.subsidies(store, funder=funder, cap=cap)
    show(table, empty="No subsidies in the store.")


def actors(store: KnowledgeStore, cap: int) -> None:
    st.subheader("An actor and every fact it takes part in")
    text = st.text_input("Actor name or alias", key="actor_search")
    if not text.strip():
        return
    found = explorer.find_actors(store, text, cap=cap)
    if not found.rows:
        st.info("No actor has that name or alias.")
        return
    by_iri = {row["actor"]: row for row in found.records()}
    iri = st.selectbox(
        "Actor", list(by_iri), format_func=lambda i: by_iri[i]["name"], key="actor_pick"
    )
    actor = by_iri[iri]
    st.text(f"{actor['name']} ({actor['type']})")
    st.text(f"Aliases: {actor['aliases'] or '-'}")
    st.text(f"IRI: {iri}")
    show(explorer.actor_facts(store, iri, cap=cap), empty="No evidenced facts for this actor.")


def connections(store: KnowledgeStore, cap: int) -> None:
    st.subheader("How are two actors connected? (RQ11)")
    net = explorer.network(store, cap=cap)
    if net.truncated:
        st.warning(f"The network holds only the first {cap} facts (setting explorer_rows).")
    names = dict(net.actors())
    if len(names) < 2:
        st.info("The store has fewer than two connected actors.")
        return
    left, right = st.columns(2)
    start = left.selectbox("From", list(names), format_func=names.__getitem__, key="from")
    end = right.selectbox("To", list(names), index=1, format_func=names.__getitem__, key="to")
    paths = net.paths(start, end, most=PATHS_SHOWN)
    if not paths:
        st.info("No path joins these two actors.")
    for n, path in enumerate(paths, 1):
        st.markdown(f"**Path {n}** ({len(path) - 1} steps)")
        st.text(" → ".join(net.name(a) for a in path))
        show(net.evidence(path), empty="No evidence.")


PAGES: dict[str, Callable[[KnowledgeStore, int], None]] = {
    "Overview": overview,
    "Money": money,
    "Actors": actors,
    "Connections": connections,
}

st.set_page_config(page_title="Sovereign AI knowledge graph", layout="wide")
st.title("Sovereign AI knowledge graph")
cap = int(settings.get("explorer_rows"))
with open_store(settings.path("store"), read_only=True) as store:
    for tab, render in zip(st.tabs(list(PAGES)), PAGES.values(), strict=True):
        with tab:
            render(store, cap)
