"""Where pages come from: files, standard input, URLs fetched politely; their bytes decoded."""
