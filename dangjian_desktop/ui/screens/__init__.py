"""One module per page of the main window; each holds its compiled form from forms/<name>.ui."""
