"""The index of names room: the Index pane, an entity's page, the graph of names, the map."""
