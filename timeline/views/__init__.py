"""Thin views, one module per area: the timeline pages, the exports."""
