"""The terminal: the output streams, plain ASCII text, the pager, the screen's size and
where a line wraps. Light modules, except streams.py (Rich)."""
