"""From any input (QR text, scanner keystrokes, file, photo, PDF) to one verdict, and what a desk keeps of it."""
