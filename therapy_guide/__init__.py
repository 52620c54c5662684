"""therapy-guide: choose between general therapy (counseling) and psychotherapy, privately."""

__version__ = "0.1.0"
