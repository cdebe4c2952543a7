"""Running a batch: worker processes, a Dask cluster, and each page's CPU budget."""
