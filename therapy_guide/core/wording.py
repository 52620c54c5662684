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
ARTICLE_SOURCE = "Source: “{title}”, {publisher}. {note}"
ASPECT = "Aspect"
THERAPY = "Therapy"
PSYCHOTHERAPY = "Psychotherapy"

# --- myths -----------------------------------------------------------------------------
MYTH = "Myth"
ARTICLE_SAYS = "The article says"
OUR_ANSWER = "Our answer"
OURS = "(Added by therapy-guide for balance; not from the article.)"

# --- the article in another language (views/translated.py) -----------------------------
# Said only when the guide speaks another language than the article's, English: the
# article's words are then our translation, and a view says so once, not after each one.
# "(our translation)": after the first of the article's words in a section.
OUR_TRANSLATION = "(our translation)"
# A line under the title of the comparison, all of it the article's words.
WHAT_THE_ARTICLE_SAYS = "What the article says"
# After the article's title among a saved summary's sources.
ARTICLE_IN_ENGLISH = "The article is in English. Its words quoted here are our translation."

# --- questions -------------------------------------------------------------------------
QUESTIONS_TITLE = "The quiz's questions and how each answer is scored"
QUESTIONS_INTRO = (
    "Each answer adds points toward therapy and toward psychotherapy. When one total is "
    "ahead by {margin} or more, that approach is suggested; otherwise either can fit. The "
    "safety question ends the quiz with crisis help when the answer is yes. The question "
    "about the past few weeks, the one about what else is part of it, and the optional "
    "symptom check (PHQ-4) add no points: they say how soon to see someone, and who to see "
    "first. A high answer opens the result with a warm message and a crisis line."
)
ENDS_WITH_CRISIS_HELP = "ends the quiz with crisis help"
SEE_FIRST_OPTION = "no points; who to see first: {who}"
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
CHECKED = (
    "Each line says when it was last checked. "
    "Other regions: {codes} (therapy-guide crisis --region CODE)."
)
# Each entry's source and the day it was checked against it (crisis lines, routes, approaches).
# Each entry's source: a citation, and our note on what it confirmed, in English (a
# translation says so: "Fuente (en inglés)").
SOURCE = "Source"
SOURCE_CHECKED = "{source} (checked {checked})"
# A country's emergency numbers: "Call 911", or, where the services' numbers differ,
# "Call 119 for an ambulance or fire, or 110 for the police".
EMERGENCY_CALL = "Call {numbers}"
EMERGENCY_FOR = "{number} for {services}"
EMERGENCY_OR = " or "
EMERGENCY_OR_LAST = ", or "
SERVICE_NAMES = {"ambulance": "an ambulance", "police": "the police", "fire": "fire"}
# The buttons on a saved page, one for each way to reach a line.
LINK_CALL = "Call {number}"
LINK_TEXT = "Text {number}"
LINK_TEXT_WORD = "Text {word} to {number}"
LINK_WHATSAPP = "WhatsApp {number}"
SOMEONE_IN_DANGER = "Someone in danger now"
ANYWHERE_ELSE = "Anywhere else"

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
FIRST_STEP_SOURCES = "What the quiz's first steps and notes rest on"
CRISIS_ADVICE = "What to do in a crisis: means, and thoughts of hurting others"

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
NEEDS_TERMINAL = (
    "the quiz asks its questions at an interactive terminal, and its input or output is not one."
)
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
PATH_HINT = "(Enter to accept, Ctrl-C to go back)"
YES = "Yes"
NO = "No"
PICKED = "You picked: {picked}."
PICKED_NONE = "You picked none of these."
REVIEW = "Review your answers. Change any, or see your result."
REVIEW_DONE = "Looks right: show my result"
REVIEW_CHANGE = "{label}: {answer}"
REVIEW_HELP_NOW = "I need help right now: show the crisis lines"
REVIEW_MORE = "Show more of my answers (page {page} of {pages})"
NO_ANSWER = "(none)"
DECISION_SKIPPED = "Skipped the decision check."
MENU = "What next?"
MENU_REASONS = "See every reason ({count})"
MENU_REASONS_AND_CHECK = "See every reason ({count}) and the symptom check"
MENU_CHECK = "See the symptom check"
MENU_COMPARE = "Compare therapy and psychotherapy"
MENU_SURE = "Check how sure I feel (4 yes/no questions)"
MENU_SAVE = "Save a summary for my appointment"
MENU_DONE = "Done"
SUMMARY_NAME = "therapy-guide-result-{day}{again}.md"
SUMMARY_AGAIN = "-{number}"
SAVE_WHERE = "Save the summary as (.md, .html or .json):"
SAVE_CANCELLED = "Not saved."

# --- the result ------------------------------------------------------------------------
RESULT_TITLE = "therapy-guide: your result"
SENSITIVE = "This summary holds sensitive information: keep it private."
DATED = "{day}. {sensitive}"
EVEN = "Your answers are evenly balanced: {totals}."
LEAN = (
    "Your answers lean {strength} toward {toward}: {totals}. "
    "A lead of {margin} or more suggests one approach."
)
LEAN_PLAIN = "On the article's criteria, your answers point toward {toward}: {totals}."
CLOSE = "Your answers are close: {totals}."
TOTALS = "therapy {therapy}, psychotherapy {psychotherapy}"
# What an answer leans toward, as LEAN and LEAN_PLAIN say it ("toward {toward}").
TOWARD = {"therapy": "therapy", "psychotherapy": "psychotherapy"}
# An option's points, in the questions view.
OPTION_POINTS = "therapy +{therapy}, psychotherapy +{psychotherapy}"
# The kind of a question, in the questions view.
KINDS = {"single": "single", "multiple": "multiple"}
ONE_POINT = "{number} point"
POINTS = "{number} points"
WHY = "Why: the answers that moved the result"
NO_REASONS = "None of your answers leaned either way."
YOU_SAID = "You said"
SYMPTOM_CHECK = "Symptom check (a screen, not a diagnosis)"
SYMPTOM_CHECK_SHORT = "Symptom check"
SCREEN_SCORE = "{total} of {maximum} ({band})"
CRISIS_LINES = "Crisis lines: {name} ({code})"
NEXT_STEPS = "Next steps"
NEXT_STEP = "Next step"
HELP_NOW = "If you need help now"
IF_UNSAFE = "If you feel unsafe at any time: {contact} ({name})."
START_WITH_STEP = "Start with {who}, {when}."
# How soon, when someone comes first (core/urgency.py): WHO is that first door's.
HOW_SOON_FIRST = "Please see {who} {when}."
HOW_SOON = "How soon"
START_WITH = "Who to see first"
START_WITH_SHORT = "See first"
ALONGSIDE = "Talk therapy can help alongside. From your answers:"
GOOD_TO_KNOW_RESULT = "Good to know"
ALL_REASONS = "All {count} reasons: add --format markdown, or take the quiz at a terminal."
TOP_REASONS = "Why: the {shown} strongest of {total} reasons"
TOP_REASON = "Why: the strongest of {total} reasons"
REASON_LINE = "{label}: {answer}. {because}"
YOUR_ANSWERS = "Your answers"
HOW_SURE = "How sure you feel"
# A score out of its maximum: the SURE test's, and in a summary each symptom-check part's.
SCORE = "{score} of {maximum}"
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
NO_ASPECT = "there is no aspect {id!r}. Choose one of: {choices}."
PICKED_WITH_OTHERS = "{question}: {option} cannot be given with another option. {choices}"
INTERNAL = (
    "therapy-guide hit an internal error ({kind}). Nothing was saved. Please report it to "
    "the project (see: therapy-guide about) with the command you ran, leaving out your "
    "answers."
)
STOPPED = "Stopped."
# An answers file (--answers) that is not a small regular file: said before reading it.
ANSWERS_NOT_A_FILE = "{name} is not a regular file (it is {kind})."
ANSWERS_GIVE_A_FILE = "Give a .json or .toml file."
ANSWERS_TOO_LARGE = "{name} is larger than 1 MiB; an answers file is a few hundred bytes."
# What a path names instead of a regular file, by stat.S_IS* test.
FILE_KINDS = {
    "S_ISDIR": "a folder",
    "S_ISCHR": "a character device",
    "S_ISBLK": "a block device",
    "S_ISFIFO": "a FIFO, a named pipe",
    "S_ISSOCK": "a socket",
}
FILE_KIND_OTHER = "a special file"
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

# --- find-care and approaches ----------------------------------------------------------
CARE_TITLE = "How to start: {name} ({code})"
COST = "Cost"
HOW = "How"
# How long a route to care tends to take before a first appointment (the wait). Not
# LENGTH: the same English, another meaning, so a language may need two words.
HOW_LONG = "How long"
LINK = "Link"
SAY_WHEN_YOU_CALL = "What to say when you call"
QUESTIONS_TO_ASK = "Questions to ask a therapist"
CARE_CHECKED = (
    "Each way says when it was last checked. "
    "Other regions: {codes} (therapy-guide find-care --region CODE). "
    "Kinds of therapy: therapy-guide approaches."
)
SESSION = "What a session is like"
USED_FOR = "Often used for"
# How long a kind of therapy usually lasts (its course). See HOW_LONG.
LENGTH = "How long"
SIDE = "Which side"
# What an approach rests on: its guideline or review, cited in English (as SOURCE).
BASED_ON = "Based on"
SIDES = {
    "therapy": "solution-oriented therapy",
    "psychotherapy": "insight-driven psychotherapy",
    "both": "both therapy and psychotherapy",
}
SIDE_LINE = "{side}. {why}"
APPROACHES_CHECKED = (
    "Each source says when it was last checked. One in full: therapy-guide approaches --id ID."
)
ASK_IF_IT_FITS = "Ask a licensed professional whether it fits you."
NO_APPROACH = "there is no approach {id!r}. Choose one of: {choices}."

# --- the plain quiz (--plain, TERM=dumb, THERAPY_GUIDE_PLAIN=1) ------------------------
PLAIN_INTRO = (
    "The quiz takes about 3 minutes. Answer each question by typing, then press Enter. "
    "Enter alone takes the default. Type ? to hear a question again, b to go back one "
    "question, q to quit. Nothing is saved unless you ask."
)
PLAIN_PICK = "Type a number and press Enter (Enter alone: {default}):"
PLAIN_PICK_MANY = (
    "Type the numbers you choose, separated by commas or spaces, and press Enter "
    "(Enter alone: {default}):"
)
PLAIN_YES_NO = "Type y or n and press Enter (Enter alone: {default}):"
PLAIN_PATH = "Type a file name and press Enter (Enter alone: {default}; q or Ctrl-C to go back):"
PLAIN_NONE = "none"
# Words a person may type for none, yes and no: each list is split on spaces.
PLAIN_NONE_WORDS = "none 0"
# Words a person may type for yes (split on spaces); the first, the short one, also picks an
# option whose label starts with one of the others ("Yes, ...").
PLAIN_YES_WORDS = "y yes"
# Words a person may type for no, the same way ("No, ...").
PLAIN_NO_WORDS = "n no"
PLAIN_REPEAT = "?"
PLAIN_BACK = "b"
PLAIN_QUIT = "q"
PLAIN_ANSWER = "Your answer: {answer}"
PLAIN_NOT_A_NUMBER = "{typed} is not one of the numbers 1 to {count}."
PLAIN_NOT_A_CHOICE = '"{typed}" is not one of the choices.'
PLAIN_WHICH = '"{typed}" could mean {choices}. Type the number of the one you mean.'
PLAIN_CHOICE = "{number} ({label})"
PLAIN_TRY_AGAIN = "Type a number from 1 to {count}, or ? to hear the question again."
PLAIN_TRY_AGAIN_MANY = (
    "Type numbers from 1 to {count} separated by commas, none for none, or ? to hear the "
    "question again."
)
PLAIN_NOT_YES_NO = '"{typed}" is not yes or no. Type y or n, or ? to hear the question again.'
PLAIN_NO_BACK = "There is no earlier question to go back to from here."
PLAIN_NO_ANSWER = "That answer was not taken: {why}"

# --- regions: where the crisis lines are for ---------------------------------------------
# Why these lines are shown, by where the region came from (CrisisDirectory.choose).
REGION_WHY = {
    "option": "as you chose with --region",
    "environment": "from THERAPY_GUIDE_REGION",
    "locale": "from your language settings",
    "default": "the default",
}
SHOWING = "Lines for {name}, {why}. Another country: --region CODE."
# After a crisis line in a translation, when its sources say it is not answered in the
# guide's language (its language_codes): the languages it is answered in, "(en inglés)".
ANSWERED_IN = "(in {languages})"
# In a translation, when the locale chose a country other than the US (views/crisis.py):
# the US lines, in the language's own way in (988's Spanish: press 2, or text AYUDA;
# data/crisis.toml's ways_in and their sources).
IF_IN_THE_US = (
    "If you are in the United States: call 988 and press 2 for Spanish, or text AYUDA "
    "to 988. In danger now: call 911."
)
MORE_DETAILS = "More: therapy-guide crisis --details."
FIND_A_LINE = "Helplines where you are"
NO_LINES_FOR = (
    "We have no crisis lines for {name} ({code}) yet. Showing the emergency number and "
    "findahelpline.com."
)
NOT_A_COUNTRY = "{value!r} is not a country code. Codes with their own lines: {codes}."
NOT_A_COUNTRY_GOING_ON = (
    "{value!r} is not a country code, so the help shown works anywhere. Codes with their own "
    "lines: {codes}."
)
NOT_A_COUNTRY_HINT = "A country code has two letters: FR for France, IN for India."
LANGUAGES = "Languages"
SHOWING_NO_LINES = (
    "We have no lines of our own for {name} yet; these work anywhere. "
    "Another country: --region CODE."
)
SHOWING_NO_COUNTRY = "These work anywhere. Your country: --region CODE (two letters, like FR)."

# --- the saved summary (views/summary.py) -----------------------------------------------
# Written in the person's voice, for them and for the professional they show it to.
SUMMARY_TITLE = "My summary for a first appointment"
SUMMARY_ABOUT = (
    "I made this on {day} with therapy-guide. It asked me a few short questions about "
    "the help I want, based on an article about therapy and psychotherapy. It gives a "
    "suggestion to talk about, not a diagnosis."
)
SUMMARY_PRIVATE = "This holds private details. Please keep it safe."
# A summary saved in another language than the guide spoke: LANGUAGE is the guide's.
SUMMARY_SPOKEN_IN = (
    "I used this guide in {language}. If you can, please offer a clinician who speaks "
    "{language}, or a trained medical interpreter."
)
SUMMARY_HELP_WITH = "What I want help with"
SUMMARY_SUGGESTION = "What the guide suggests"
SUMMARY_WHY = "Why: the answers that moved the suggestion most"
SUMMARY_ANSWERS = "My answers"
SUMMARY_QUESTION = "Question"
SUMMARY_ANSWER = "My answer"
SUMMARY_SURE = "How sure I feel"
SUMMARY_ASK = "Questions I want to ask"
SUMMARY_START = "How to start where I live"
SUMMARY_CRISIS = "If I need help right away: {name}"
SUMMARY_WEBSITE = "Website"
SUMMARY_SOURCES = "Sources"
SUMMARY_ARTICLE = "“{title}”, {publisher}. {note}"
# One line for each crisis line and way to start the summary names: where its facts come from.
SUMMARY_CHECKED = (
    "Each crisis line and way to start here was checked against a public source named in "
    "the guide’s data, some only through government, partner or news pages ({entries})."
)
SUMMARY_ENTRY_CHECKED = "checked {checked}: {names}"
SUMMARY_MADE_WITH = "Made with therapy-guide {version}. It runs offline and sends nothing."

# --- answers files (core/answers.py, quiz/interview.py) -----------------------------------
ANSWERS_HINT = "See the question and option ids with: therapy-guide questions"
STANDARD_INPUT = "standard input"
THE_ANSWERS_FILE = "the answers file"
ANSWERS_EMPTY = "it is empty: pipe in a JSON object of answers"
ANSWERS_SUFFIX = "the file name must end in .json or .toml (got {suffix})"
NO_EXTENSION = "no extension"
ANSWERS_SUFFIX_HINT = "Use a .json or .toml file, or - to read JSON from standard input."
ANSWERS_MISSING = "the file does not exist"
ANSWERS_UNREADABLE = "it cannot be read ({why})"
ANSWERS_NOT_UTF8 = "it is not UTF-8 text (a bad byte at offset {offset})"
ANSWERS_NOT_UTF8_HINT = "Save the file as UTF-8."
ANSWERS_NOT_JSON = "it is not valid JSON: {problem} at line {line}, column {column}"
ANSWERS_NOT_TOML = "it is not valid TOML: {problem}"
ANSWERS_TOO_DEEP = "it is nested too deeply to be an answers file"
ANSWERS_NOT_AN_OBJECT = (
    'it must be one object mapping question ids to option ids, like {"safety": "no", '
    '"focus": "present"}'
)
# A value's type in the words of JSON (and TOML), not Python's.
JSON_KINDS = {
    "bool": "true or false",
    "number": "a number",
    "null": "null",
    "list": "a list",
    "object": "an object",
    "string": "a string",
    "date": "a date or time",
}
ANSWER_CHOICES = "Choices: {choices}"
TAKES_ONE_ID = "{question}: takes one option id as a string, not {kind}. {choices}"
NOT_AN_OPTION = "{question}: the answer given is not one of its options. {choices}"
TAKES_A_LIST = '{question}: takes a list of option ids, like ["{example}"], not {kind}. {choices}'
ONE_ID_UNKNOWN = "1 of the ids given is"
IDS_UNKNOWN = "{count} ids given are"
NOT_AMONG_OPTIONS = "{question}: {which} not among its options. {choices}"
NO_SUCH_QUESTION = "{question}: there is no such question. Questions: {known}"
ASKED_ONLY_WHEN = (
    "{question}: is asked only when {other} is {option!r}; answer {other} = {option!r} or remove it"
)
NOT_ANSWERED = "{question}: is not answered. Choices: {choices}"
NOT_ANSWERED_HINT = "Add it to the file, or run at a terminal without --no-input to be asked."

# --- content files (core/content/__init__.py) -------------------------------------------
CONTENT_MISSING = "content file {path} is missing"
CONTENT_MISSING_HINT = "reinstall therapy-guide, or check ${env}"
CONTENT_UNREADABLE = "content file {path} cannot be read: {why}"
CONTENT_NOT_TOML = "content file {path} is not valid TOML: {problem}"
CONTENT_SHAPE = "content file {path} does not fit the expected shape:\n{lines}"

# Printed with any content or internal error: when the crisis lines cannot be read from
# data/, a person must still learn where to turn. Kept in code for that reason.
FALLBACK_HELP = (
    "If you need help now: call or text 988 in the US or Canada, call your local "
    "emergency number, or find a helpline at findahelpline.com."
)

# --- languages -------------------------------------------------------------------------
TRANSLATION_BROKEN = "Note: {path} cannot be used ({problem}), so that content is in English."
LANGUAGE = "Language"
# Each language's name, as a sentence says it ("This guide is in English").
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
# about: NAME is the language showing, OTHER_NAME the other; OTHER is its code.
LANGUAGE_SHOWN = (
    "This guide is in {name}. For {other_name}, add --lang {other} to any command, "
    "or set THERAPY_GUIDE_LANG={other}."
)
SAVE_LANG_NEEDS_SAVE = "--save-lang is the language of a summary saved with --save."
SAVE_LANG_NEEDS_SAVE_HINT = "Try: therapy-guide quiz --save summary.md --save-lang en"
# The save menu's question, when the guide is not in English.
SAVE_LANGUAGE = "In which language?"
NO_SUCH_LANGUAGE = (
    "Note: therapy-guide has no words in {language} yet, so it is in English. Español: --lang es."
)

# --- the command line's help: Click's and Typer's own words, as they print them ----------
# (cli/help.py shows them in the command's language; the English is theirs, not ours.)
HELP_USAGE = "Usage:"
HELP_OPTIONS = "Options"
HELP_COMMANDS = "Commands"
HELP_ARGUMENTS = "Arguments"
HELP_HELP = "Show this message and exit."
HELP_DEFAULT = "default: {default}"
HELP_ENV_VAR = "env var: {var}"
HELP_REQUIRED = "required"
HELP_INSTALL_COMPLETION = "Install completion for the current shell."
HELP_SHOW_COMPLETION = (
    "Show completion for the current shell, to copy it or customize the installation."
)
# The last line of the program's own help.
HELP_START_WITH = "Start with: therapy-guide quiz"
# The heading of a command's examples (cli/options.examples).
HELP_EXAMPLES = "Examples:"

# --- answers files -----------------------------------------------------------------------
# "answers.json has 2 problems:", then one line each.
HAS_PROBLEMS = "{source} has {count}:"
ONE_PROBLEM = "1 problem"
PROBLEMS = "{number} problems"
