"""The series timeline: every article of a series (or the library) on one chart, a band each."""
