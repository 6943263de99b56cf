"""The Streamlit explorer (grown by later issues)."""

from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="Sovereign AI knowledge graph")
st.title("Sovereign AI knowledge graph")
