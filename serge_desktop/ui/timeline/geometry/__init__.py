"""Pure geometry of the timeline: scale, tick marks, lanes and layout (no Qt)."""
