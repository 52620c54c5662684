"""Every reach into a library's internals, in one place: questionary's list control,
prompt_toolkit's default key bindings, Click's usage errors and Click's help formatter
(Typer's copy of Click).

These names are not public API and may move in any release. tests/test_compat.py checks
each one on the installed versions, so an upgrade fails there, loudly, rather than in a
key binding or an error message. Imported only where Typer is already loaded (the help,
the options, the prompts), so its Typer import costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    # Only for mypy, which then checks our formatter's overrides against Click's own.
    from typer._click.formatting import HelpFormatter as HelpFormatter  # noqa: TID251
else:
    # Click's formatter, reached through the public Context class at run time.
    HelpFormatter = typer.Context.formatter_class

# questionary's InquirerControl (questionary.prompts.common): the attributes we use.
LIST_CONTROL = ("pointed_at", "choice_count", "selected_options", "get_pointed_at")
# Click's usage errors (Typer's copy of click.exceptions): the attributes we read.
USAGE_ERROR = ("ctx", "option_name")  # option_name: BadOptionUsage, NoSuchOption
NO_SUCH_OPTION = "possibilities"  # NoSuchOption only: Click's guesses, or None


# prompt_toolkit's Application (prompt_toolkit.application.application): the two loaders
# of its default key bindings, which every new Application calls.
DEFAULT_BINDINGS = ("load_key_bindings", "load_page_navigation_bindings")


# --- prompt_toolkit ---------------------------------------------------------------------


def share_default_key_bindings() -> None:
    """Build prompt_toolkit's default key bindings once, not once a prompt.

    questionary makes a new Application for every question, and each builds about 1,800
    default bindings (Emacs, Vi, mouse, page keys): about 30 ms a prompt. The bindings
    hold no state of any one application (their conditions ask the running app), so one
    set can serve every prompt, one after the other, as a PromptSession shares its own.
    """
    from functools import cache

    import prompt_toolkit.application.application as application

    for name in DEFAULT_BINDINGS:
        loader = getattr(application, name)
        if not hasattr(loader, "cache_info"):  # once
            setattr(application, name, cache(loader))


# --- questionary ------------------------------------------------------------------------


def list_control(application: Any) -> Any | None:
    """The control of a select or checkbox prompt's list (the one with a pointer)."""
    windows = application.layout.find_all_windows()
    return next((x.content for x in windows if hasattr(x.content, "pointed_at")), None)


def choice_count(control: Any) -> int:
    return int(control.choice_count)


def point_at(control: Any, index: int) -> None:
    control.pointed_at = index


def toggle_pointed(control: Any) -> None:
    """Tick the option the list points at, or untick it."""
    value = control.get_pointed_at().value
    if value in control.selected_options:
        control.selected_options.remove(value)
    else:
        control.selected_options.append(value)


# --- Click's usage errors ---------------------------------------------------------------


def error_context(error: typer.TyperException) -> Any | None:
    """The Click context of a usage error, or None when it was raised without one."""
    return getattr(error, "ctx", None)


def give_context(error: typer.TyperException, ctx: Any) -> None:
    """Give a usage error raised without a context (by Click's parser) this one."""
    if getattr(error, "ctx", False) is None:
        vars(error)["ctx"] = ctx


def option_name(error: typer.TyperException) -> str | None:
    """The option a usage error is about, or None (a bad value, a stray argument)."""
    return getattr(error, "option_name", None)


def possibilities(error: typer.TyperException) -> list[str] | None:
    """For an unknown option, Click's guesses at what was meant (sorted; maybe none);
    None for any other error."""
    if NO_SUCH_OPTION not in vars(error):
        return None
    return sorted(vars(error)[NO_SUCH_OPTION] or ())
