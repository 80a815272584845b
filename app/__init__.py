"""Riposte: explained assessments of image-copyright demand letters."""

__version__ = "0.1.0"
