"""Class packs: .sergepack files that carry articles, events and notes between readers."""
