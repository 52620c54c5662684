"""The quiz: its steps, the interview, the two ways of asking a person, the result menu
and saving a summary. Loaded only when the quiz runs."""
