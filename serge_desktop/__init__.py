"""Serge Desktop: study an article beside a timeline of its events and your own notes."""

__version__ = "0.1.0"
APP_NAME = "Serge Desktop"
ORGANIZATION_NAME = "SergeDesktop"
APP_ID = "org.sergedesktop.SergeDesktop"
