"""Serve the ingest flow as a Prefect deployment.

    PREFECT_API_URL=http://127.0.0.1:4200/api python -m flows.serve [--name minutes]

registers the deployment ``minutes-ingest/<name>`` with the server at PREFECT_API_URL and
runs its flow runs until stopped. The deployment's entrypoint is the module path
``flows.ingest.ingest``, so runs load the flow by importing it (the package must be
importable where the runs execute, e.g. installed or on PYTHONPATH).
"""

from __future__ import annotations

import argparse
import os
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.serve", description=__doc__.splitlines()[0])
    parser.add_argument("--name", default="minutes", help="deployment name (default: minutes)")
    parser.add_argument("--limit", type=int, default=1, help="flow runs at once (default: 1)")
    args = parser.parse_args(argv)
    if not os.environ.get("PREFECT_API_URL"):
        print("error: set PREFECT_API_URL to the server's API (e.g. http://127.0.0.1:4200/api)",
              file=sys.stderr)
        return 1
    from flows import runtime
    runtime.configure(quiet=True)
    from prefect.types.entrypoint import EntrypointType
    from flows.ingest import ingest
    ingest.serve(name=args.name, limit=args.limit, entrypoint_type=EntrypointType.MODULE_PATH,
                 print_starting_message=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
