"""The command line: the entry point, the Typer app, shared options, help and exit codes.

Empty on purpose: the entry point (launch.py) is imported through this package, and
--version must not load Typer or Rich.
"""
