"""The program's own words: every heading and sentence that is not content from data/.

One table, so that each sentence is written once and the views, the quiz and the error
messages all say it the same way. Content (the article, the questions, crisis lines,
providers) lives in data/; these are the words around it.
"""

from __future__ import annotations

# --- compare ---------------------------------------------------------------------------
CONSIDER_THERAPY = "You might consider therapy if you:"
CONSIDER_PSYCHOTHERAPY = "You might consider psychotherapy if you:"
EXAMPLE = "An example: {situation}"
WITH_THERAPY = "With therapy"
WITH_PSYCHOTHERAPY = "With psychotherapy"
GOOD_TO_KNOW = "Good to know"
DEFINITIONS = "What the words mean"
DEFINITIONS_HINT = "The article's definitions: therapy-guide compare --full"
SOURCE = "Source: “{title}”, {publisher}. {note}"
ASPECT = "Aspect"
THERAPY = "Therapy"
PSYCHOTHERAPY = "Psychotherapy"

# --- myths -----------------------------------------------------------------------------
MYTH = "Myth"
FACT = "Fact"
OURS = "(Added by therapy-guide for balance; not from the article.)"

# --- questions -------------------------------------------------------------------------
QUESTIONS_TITLE = "The quiz's questions and how each answer is scored"
QUESTIONS_INTRO = (
    "Each answer adds points toward therapy and toward psychotherapy. When one total is "
    "ahead by {margin} or more, that approach is suggested; otherwise either can fit. The "
    "safety question ends the quiz with crisis help when the answer is yes."
)
ENDS_WITH_CRISIS_HELP = "ends the quiz with crisis help"
DEFAULT = "default"
ASKED_IF = "asked if {question} = {option}"
REQUIRED = "required"
OPTIONAL = "optional"

# --- crisis ----------------------------------------------------------------------------
CRISIS_TITLE = "Crisis help: {name} ({code})"
CONTACT = "Contact"
CHAT = "Chat"
HOURS = "Hours"
WHEN = "When"
WHO_ANSWERS = "Who answers"
CHECKED = "Numbers checked {checked}. Other regions: {codes} (therapy-guide crisis --region CODE)."
CHECKED_SHORT = "Numbers checked {checked}."
SOMEONE_IN_DANGER = "Someone in danger now"
ANYWHERE_ELSE = "Anywhere else"
CRISIS_MORE = "More: therapy-guide crisis --details, or --region CODE for another country."
NOT_A_REGION = "{value!r} is not a region we have crisis lines for. Known: {codes}."

# --- providers -------------------------------------------------------------------------
TRAINING = "Training"
OFFERS = "Offers"
PRESCRIBES = "Can prescribe medication."
IN_TRAINING = "In training"
CHECK_A_LICENSE = "How to check a license"
FIRST_APPOINTMENT = "Questions to ask at a first appointment"

# --- about -----------------------------------------------------------------------------
ABOUT_TITLE = "therapy-guide {version}"
IS_NOT = "What it is not"
SOURCES = "Where the content comes from"
REVIEWED = "Content last reviewed"
PRIVACY = "Your privacy"
REPORT = "Report a problem"

# --- welcome ---------------------------------------------------------------------------
WELCOME_TITLE = "therapy-guide"
WELCOME = (
    "Should you look for general therapy (counseling) or for psychotherapy? This guide "
    "helps you think it through, privately and offline. It suggests; it never diagnoses."
)
IN_CRISIS = "In crisis right now"
IN_CRISIS_WHAT = "run therapy-guide crisis, or call your local emergency number."
MORE_HELP = "More: therapy-guide --help"

# --- the quiz --------------------------------------------------------------------------
INTRO = (
    "The quiz takes about 3 minutes. Press Enter to accept a default, Ctrl-C to stop at "
    "any time. Nothing is saved unless you ask."
)
CANCELLED = "Quiz cancelled; nothing was saved."
NEEDS_TERMINAL = "the quiz asks its questions at an interactive terminal ({why})."
NEEDS_TERMINAL_DUMB = "TERM=dumb"
NEEDS_TERMINAL_PIPE = "input or output is not one"
NO_INPUT_NEEDS_ANSWERS = "--no-input means no question is asked, so it needs --answers FILE."
ANSWER_FROM_A_FILE = (
    "To answer from a file instead: therapy-guide quiz --answers answers.json --no-input\n"
    "See the question and option ids with: therapy-guide questions"
)
QUESTION_OF = "Question {number} of {total}"
CHECKBOX_HINT = "(Space or a number to select, Enter when done; none is fine)"
SELECT_HINT = "(arrow keys or a number, then Enter)"
YES_NO_HINT_NO = "(y/N, then Enter)"
YES_NO_HINT_YES = "(Y/n, then Enter)"
PATH_HINT = "(Enter to accept)"
YES = "Yes"
NO = "No"
PICKED = "You picked: {picked}."
PICKED_NONE = "You picked none of these."
REVIEW = "Review your answers. Change any, or see your result."
REVIEW_DONE = "Looks right: show my result"
REVIEW_CHANGE = "{label}: {answer}"
REVIEW_HELP_NOW = "I need help right now: show the crisis lines"
NO_ANSWER = "(none)"
DECISION_SKIPPED = "Skipped the decision check."
MENU = "What next?"
MENU_REASONS = "See every reason ({count})"
MENU_REASONS_AND_CHECK = "See every reason ({count}) and the symptom check"
MENU_COMPARE = "Compare therapy and psychotherapy"
MENU_SURE = "Check how sure I feel (4 yes/no questions)"
MENU_SAVE = "Save a summary for my appointment"
MENU_DONE = "Done"
SUMMARY_NAME = "therapy-guide-result-{day}.md"
SAVE_WHERE = "Save the summary as (.md, .html or .json):"
SAVE_NAME_EMPTY = "Type a file name, such as my-result.md."
SAVE_CANCELLED = "Not saved."

# --- the result ------------------------------------------------------------------------
RESULT_TITLE = "therapy-guide: your result"
SENSITIVE = "This summary holds sensitive information: keep it private."
DATED = "{day}. {sensitive}"
EVEN = "Your answers are evenly balanced: {totals}."
LEAN = (
    "Your answers lean {strength} toward {toward}: {totals}. "
    "A lead of {margin} points or more suggests one approach."
)
TOTALS = "therapy {therapy} points, psychotherapy {psychotherapy}"
WHY = "Why: the answers that moved the result"
NO_REASONS = "None of your answers leaned either way."
YOU_SAID = "You said"
SYMPTOM_CHECK = "Symptom check (a screen, not a diagnosis)"
SCREEN_SCORE = "{total} of {maximum} ({band})"
CRISIS_LINES = "Crisis lines: {name} ({code})"
REGION_HINT = (
    "These are the lines for {name}. Somewhere else? Run: therapy-guide crisis --region CODE"
)
NEXT_STEPS = "Next steps"
NEXT_STEP = "Next step"
HELP_NOW = "If you need help now"
TOP_REASONS = "Why: the {shown} strongest of {total} reasons"
REASON_LINE = "{label}: {answer}. {because}"
YOUR_ANSWERS = "Your answers"
HOW_SURE = "How sure you feel"
DECISION_SCORE = "{score} of {maximum}"
PLEASE_NOTE = "Please note"

# --- saving ----------------------------------------------------------------------------
SAVED = (
    "Saved your result to {path}. Only you can read it (mode 0600); it holds sensitive "
    "information, so keep it somewhere private."
)
SAVE_NAMES = "cannot save to {path}: the name must end in .md, .html or .json."
SAVE_NAMES_HINT = "For example: --save my-result.md"
SAVE_NO_FOLDER = "cannot save to {path}: the folder {folder} does not exist."
SAVE_NO_FOLDER_HINT = "Create the folder first, or choose another path."
SAVE_IS_FOLDER = "cannot save to {path}: it is a folder."
SAVE_NOT_WRITABLE = "cannot save to {path}: the folder {folder} is not writable."
SAVE_NOT_WRITABLE_HINT = "Choose a folder you can write to, such as your home folder."
SAVE_FAILED = "cannot save to {path}: {why}."
ALREADY_EXISTS = "{path} already exists; it was left as it is."
ALREADY_EXISTS_HINT = "Choose another name, or add --force to replace it."

# --- errors ----------------------------------------------------------------------------
ERROR = "Error: {message}"
NO_ASPECT = "there is no aspect {aspect!r}. Choose one of: {choices}."
INTERNAL = (
    "therapy-guide hit an internal error ({kind}). Nothing was saved. Please report it to "
    "the project (see: therapy-guide about) with the command you ran, leaving out your "
    "answers."
)
STOPPED = "Stopped."
# Click's complaints about the command line, said our way: one line, then a hint.
BAD_CHOICE = "{option} must be one of: {choices} (not {value!r})."
NO_SUCH_OPTION = "no such option {option}."
NO_SUCH_OPTION_MEANT = "no such option {option}; did you mean {suggestions}?"
NEEDS_VALUE = "{option} needs a value."
NEEDS_ONE_OF = "{option} needs a value: one of {choices}."
TAKES_NO_VALUE = "{option} takes no value."
OR = " or "
FROM_ENVIRONMENT = "{name} (from the environment): {message}"
SEE_HELP = "See: {command} --help"

# --- the saved summary (views/summary.py) -----------------------------------------------
# Written in the person's voice, for them and for the professional they show it to.
SUMMARY_TITLE = "My summary for a first appointment"
SUMMARY_ABOUT = (
    "I made this on {day} with therapy-guide. It asked me a few short questions about "
    "the help I want, based on an article about therapy and psychotherapy. It gives a "
    "suggestion to talk about. It is not a diagnosis."
)
SUMMARY_PRIVATE = "This holds private details. Please keep it safe."
SUMMARY_HELP_WITH = "What I want help with"
SUMMARY_SUGGESTION = "What the guide suggests"
SUMMARY_WHY = "Why: the answers that moved the suggestion"
SUMMARY_ANSWERS = "My answers"
SUMMARY_QUESTION = "Question"
SUMMARY_ANSWER = "My answer"
SUMMARY_SYMPTOM_CHECK = "Symptom check (a screen, not a diagnosis)"
SUMMARY_SCORE = "{score} of {maximum}"
SUMMARY_SURE = "How sure I feel"
SUMMARY_ASK = "Questions I want to ask"
SUMMARY_QUESTIONS = (
    "Is counseling, psychotherapy or a mix a good fit for what I want help with?",
    "How do you work, and what would we focus on?",
    "Have you helped people with concerns like mine?",
    "About how many sessions might I need, and how often?",
    "What does a session cost? Do you take my insurance, or have a sliding scale?",
    "Can we meet online, in person, or both?",
    "What is your training, and what license do you hold?",
)
SUMMARY_START = "How to start where I live"
SUMMARY_CRISIS = "If I need help right away: {name}"
SUMMARY_CRISIS_INTRO = "If I feel unsafe at any time, I can reach one of these now."
SUMMARY_WEBSITE = "Website"
SUMMARY_SOURCES = "Sources"
SUMMARY_ARTICLE = "“{title}”, {publisher}. {note}"
SUMMARY_CRISIS_CHECKED = "Crisis lines checked against each service’s own pages on {checked}."
SUMMARY_MADE_WITH = "Made with therapy-guide {version}. It runs offline and sends nothing."
