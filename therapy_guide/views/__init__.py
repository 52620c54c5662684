"""View models by subject: what each command shows, built from content as plain data.

Each module builds a `document.View` for one subject; `render.emit` draws it in any
format. No terminal library is imported here.
"""
