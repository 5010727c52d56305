"""seedcompat reference server: runs cases against the real NumPy/PyTorch (see README.md).

Deliberately empty: `python -m seedcompat_ref` must reach __main__ before numpy is imported.
"""
