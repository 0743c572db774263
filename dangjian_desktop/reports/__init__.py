"""Printed documents with ReportLab (the only package that imports it). No Qt here.

Every document uses the house style in ``styles.py`` and the fonts in ``fonts.py``: A4, Chinese fonts embedded and
subset, 第 N 页 共 M 页 footer with the branch name.
"""
