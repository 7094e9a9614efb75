"""PySide6 desktop user interface. Calls sello.core; never the other way round."""
