"""Issuing from the desktop app: the preview before signing, signing and recording off
the GUI thread, what to do with the issued PDF (print at 100 %, save, export), and
issuing many documents from a CSV file."""
