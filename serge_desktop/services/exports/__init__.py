"""Writing notes, the timeline and articles out in the formats teachers' tools open."""
