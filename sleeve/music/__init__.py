"""Music tasks: the songs covers are made for."""
