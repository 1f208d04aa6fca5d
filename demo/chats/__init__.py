"""Fictitious example chats that `load_demo` submits and processes like real uploads."""
