"""One credential: build it, sign it (`vc+jwt`, Data Integrity), check it into a `Verdict`."""
