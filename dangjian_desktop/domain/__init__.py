"""Plain data and rules of the domain. Imports nothing else from the app, nor Qt, peewee or reportlab."""
