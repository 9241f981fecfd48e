"""The timeline pane: chart and table of events, their captions and image export."""
