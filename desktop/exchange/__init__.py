"""Files in and out of a workspace: xlsx/csv import, export profiles, print rows."""
