"""`make bench` (`python -m scripts.bench`): newsparse's speed, memory and cold start, measured
on a generated corpus and written into BENCHMARKS.md; see `__main__.py`."""
