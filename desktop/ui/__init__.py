"""The Qt shell: windows, models and dialogs over the core. The only layer that imports Qt."""
