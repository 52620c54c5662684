"""The terminal, and the only way out to stdout: the Rich consoles (streams.py), every
other write (writing.py), plain ASCII text, the pager, the screen's size and where a line
wraps. Light modules, except streams.py (Rich)."""
