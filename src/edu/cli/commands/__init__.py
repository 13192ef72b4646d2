"""One module per ``edu`` command: ``HELP``, ``OPTIONS`` and ``run(args) -> int``.

Command modules are imported on the CLI's start-up path, so they import nothing heavy at module
level: the library is imported inside ``run``.
"""
