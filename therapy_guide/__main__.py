"""`python -m therapy_guide` is the same program as `therapy-guide`."""

from therapy_guide.launch import main

main()
