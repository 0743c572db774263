"""The PySide6 window. Only this package (and app.py) imports Qt.

Screens hold their compiled Designer form (``self.ui = Ui_X(); self.ui.setupUi(self)``) and receive only the
services they need. Slow work goes through ``workers.run_in_background``.
"""
