"""The core: content models and loading, scoring, answers-file checking, errors, wording.

It decides and never draws: nothing here imports a terminal library, the views, the
renderers or the command line (ruff's banned-api rule in core/ruff.toml keeps it so).
"""
