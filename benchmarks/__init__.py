"""Speed and accuracy benchmarks that print numbers; run each from the project root as
`python -m benchmarks.NAME` (see the README's Benchmarks section)."""
