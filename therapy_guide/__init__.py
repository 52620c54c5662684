"""therapy-guide: choose between general therapy (counseling) and psychotherapy, privately."""

__version__ = "0.1.0"


def version_line() -> str:
    """What --version prints, on the fast path and through the app alike."""
    return f"therapy-guide {__version__}"


# Below this many columns, help and content turn into stacked blocks so nothing is cut.
# Here, the lightest module, because both the help (Typer) and the renderers (Rich) use it.
STACK_BELOW = 60
