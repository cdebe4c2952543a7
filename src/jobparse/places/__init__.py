"""Places: the gazetteer of countries, regions and cities, its tables and their SQLite cache."""
