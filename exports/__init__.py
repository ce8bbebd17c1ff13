"""Slide-ready exports: chart images with title and source inside, data files, page bundles."""
