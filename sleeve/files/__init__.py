"""Stored files: cover images and uploaded audio, behind one small interface."""
