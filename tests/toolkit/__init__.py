"""The one toolkit of the test suite, by job: what several test modules need, written once.

- `places`: where things are, and the terminal every test starts from;
- `reading`: what the program showed, as a reader or a terminal takes it in, and a JSON
  document against its schema;
- `answers`: answers built from the question bank, the bank as a script reads it, and
  answers files;
- `keys`: keys as a terminal sends them, and what each prompt shows;
- `running`: the program run in-process (`invoke`), in a subprocess, or with keys typed at
  the quiz's real prompts;
- `terminal`: the program in a pseudo-terminal, and the screen a person sees there.

Tests import from the module that does the job (`from toolkit.running import invoke`),
and import the internals they test (an asker, a view, compat) directly. The toolkit
builds on the program's content, wording and scoring, and changes one thing in it: the
check for a terminal (`quiz.steps.is_interactive`), switched on by `running.plain_runner`
and `running.keyboard_runner` so that the quiz runs in-process as at a keyboard.
"""

# Every helper from the package itself too (`from toolkit import invoke`), as before the
# split, so that tests written then keep working; new tests import from the job's module.
from toolkit.answers import *  # noqa: F403
from toolkit.keys import *  # noqa: F403
from toolkit.places import *  # noqa: F403
from toolkit.reading import *  # noqa: F403
from toolkit.running import *  # noqa: F403
from toolkit.terminal import *  # noqa: F403
