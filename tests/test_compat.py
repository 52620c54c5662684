"""Every reach into a library's internals (therapy_guide/compat.py) still works on the
installed versions: an upgrade that moves one fails here, not in a key binding."""

from __future__ import annotations

import pytest
import questionary
import typer
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from therapy_guide import compat
from therapy_guide.cli.app import app


def test_questionarys_list_control_has_every_attribute_we_use() -> None:
    with create_pipe_input() as keys:
        question = questionary.checkbox(
            "Which?", choices=["one", "two", "three"], input=keys, output=DummyOutput()
        )
        control = compat.list_control(question.application)
    assert control is not None, "no control with a pointer in a checkbox's layout"
    for name in compat.LIST_CONTROL:
        assert hasattr(control, name), f"questionary's list control has no {name!r}"
    assert compat.choice_count(control) == 3
    compat.point_at(control, 2)
    compat.toggle_pointed(control)
    assert control.selected_options == ["three"]
    compat.toggle_pointed(control)
    assert control.selected_options == []


def usage_error(command: str, *args: str) -> typer.TyperException:
    """Click's own error for ARGS to COMMAND, before our error path words it."""
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    with pytest.raises(typer.TyperException) as caught:
        group.commands[command].make_context(command, list(args))
    return caught.value


def test_clicks_usage_errors_have_every_attribute_we_read() -> None:
    unknown = usage_error("compare", "--aspcet", "cost")
    for name in (*compat.USAGE_ERROR, compat.NO_SUCH_OPTION):
        assert name in vars(unknown), f"Click's NoSuchOption has no {name!r}"
    assert compat.option_name(unknown) == "--aspcet"
    assert compat.possibilities(unknown) == ["--aspect"]
    assert compat.error_context(unknown) is not None

    needs_value = usage_error("crisis", "--region")
    assert compat.option_name(needs_value) == "--region"
    assert compat.possibilities(needs_value) is None
    assert compat.error_context(needs_value) is not None  # given by our command class


def test_clicks_help_formatter_is_the_one_typer_uses() -> None:
    assert compat.HelpFormatter is typer.Context.formatter_class
    formatter = compat.HelpFormatter(width=60)
    for name in ("write", "write_text", "write_usage", "write_dl", "current_indent", "width"):
        assert hasattr(formatter, name), f"Click's HelpFormatter has no {name!r}"


def test_prompt_toolkits_default_key_bindings_are_built_once_and_still_work() -> None:
    import prompt_toolkit.application.application as application

    for name in compat.DEFAULT_BINDINGS:
        assert callable(getattr(application, name)), f"prompt_toolkit has no {name!r}"
    compat.share_default_key_bindings()
    compat.share_default_key_bindings()  # twice is the same as once
    load = getattr(application, compat.DEFAULT_BINDINGS[0])
    assert load() is load()
    for _ in range(2):  # two prompts in a row, each answered by its keys
        with create_pipe_input() as keys:
            keys.send_text("\x1b[B\r")  # down, Enter
            picked = questionary.select(
                "Which?", choices=["one", "two"], input=keys, output=DummyOutput()
            ).unsafe_ask()
        assert picked == "two"
