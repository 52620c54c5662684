"""`python -m therapy_guide` is the same program as `therapy-guide`."""

from therapy_guide.cli.launch import main

main()
