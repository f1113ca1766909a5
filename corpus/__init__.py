"""The sample corpus: invented meeting reports, the builders that render them with their gold
files, and the text-to-PDF renderer that tests and benchmarks share."""
