"""Operating the archive: backups and restores, planner statistics."""
