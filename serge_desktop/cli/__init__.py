"""The command line: importing and listing articles without opening a window."""
