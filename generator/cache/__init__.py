"""The persistent cache, which only ever saves time."""
