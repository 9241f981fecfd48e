"""Finds every package of serge_desktop, so a new subpackage is never left out of the wheel.

Everything else is in pyproject.toml. Discovery lives here because pyproject's
``[tool.setuptools.packages.find]`` cannot also take seeds/ and resources/, which the repository
keeps at its top level and ``package-dir`` maps into the package.
"""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["serge_desktop", "serge_desktop.*"]),
        "serge_desktop.seeds",
        "serge_desktop.resources",
    ]
)
