"""The ``parley`` command line: a thin shell over :mod:`pipeline.runner`."""

from __future__ import annotations

import errno
import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import io, nlp as nlp_mod, runner, schemas

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Parley: who met whom, where, when and how, from news articles.")

OutOpt = Annotated[Path, typer.Option("--out", "-o", help="Output folder (one sub-folder per table).")]


class UserError(Exception):
    """An error reported as one line, with no traceback."""


@app.command()
def extract(
    input: Annotated[Path, typer.Argument(help="A folder of *.txt articles, or a JSONL/CSV/Parquet file.")],
    out: OutOpt = Path("outputs"),
    meta: Annotated[Optional[Path], typer.Option(help="JSONL/CSV keyed by doc_id: url, published, source, title.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Parallel processes.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per partition.")] = runner.DEFAULT_BATCH,
    model: Annotated[Optional[str], typer.Option(help="spaCy model (default en_core_web_sm, else its re-upload).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the one-line summary: no progress, no table.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 if any document failed.")] = False,
    executor: Annotated[str, typer.Option(help="local (a process pool) or dask (dask.distributed).")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(
        help="Address of a running Dask scheduler, e.g. tcp://host:8786 (implies --executor dask).")] = None,
    actors: Annotated[Optional[Path], typer.Option(
        help="A TSV of your own actors (the columns of models/actors/*.tsv): added, or replacing rows "
             "of the same actor_id.")] = None,
) -> None:
    """Run every stage on INPUT and write the tables to OUT."""
    if not input.exists():
        raise UserError(f"{input}: no such file or folder")
    if actors is not None:
        from . import knowledge

        try:
            knowledge.read_rows(actors)
        except knowledge.ActorsError as exc:
            raise UserError(str(exc)) from None
        os.environ[knowledge.ENV_EXTRA] = str(actors.resolve())     # worker processes inherit it
    source = io.Source(input, meta)
    io.skip_pandas_probe()
    with ProgressDisplay(quiet) as progress:
        summary = runner.run(source, out, model=model, workers=workers, batch_size=batch_size, progress=progress,
                             executor=executor, scheduler=scheduler)
    counts = ", ".join(f"{k} {v}" for k, v in summary.status.items()) or "none"
    reused = f", {summary.reused} unchanged and reused" if summary.reused else ""
    typer.echo(f"{summary.documents} documents ({counts}{reused}); {summary.events} events -> {out}/")
    if not quiet:
        _summary_table(summary, progress.seconds)
    if strict and summary.status.get("failed"):
        typer.echo(f"error: {summary.status['failed']} documents failed (see documents.error)", err=True)
        raise typer.Exit(1)


class ProgressDisplay:
    """Progress of a run on stderr: a rich progress bar (documents/s, ETA) on a terminal,
    plain lines when stderr is a pipe or a file, nothing with ``quiet``. Used as a context
    manager whose value is the runner's ``progress(done, total)`` callback."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.bar = None
        self.task = None
        self.start = time.monotonic()
        self.seconds = 0.0
        self.last_line = 0.0

    def __enter__(self) -> "ProgressDisplay":
        if not self.quiet and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)

            self.bar = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TextColumn("docs"),
                                TaskProgressColumn(), TextColumn("{task.fields[rate]} docs/s"),
                                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                                console=Console(stderr=True), transient=False)
            self.bar.__enter__()
        return self

    def __call__(self, done: int, total: int) -> None:
        if self.quiet:
            return
        elapsed = time.monotonic() - self.start
        rate = done / elapsed if elapsed > 0 else 0.0
        if self.bar is not None:
            if self.task is None:
                self.task = self.bar.add_task("extract", total=total, rate="-")
            self.bar.update(self.task, completed=done, rate=f"{rate:.1f}")
            return
        now = time.monotonic()
        if done < total and now - self.last_line < 1.0:    # at most a line a second in logs
            return
        self.last_line = now
        eta = (total - done) / rate if rate > 0 else 0.0
        typer.echo(f"  {done}/{total} documents, {rate:.1f} docs/s, ETA {eta:.0f} s", err=True)

    def __exit__(self, *exc) -> None:
        self.seconds = time.monotonic() - self.start
        if self.bar is not None:
            self.bar.__exit__(*exc)


def _summary_table(summary: runner.RunSummary, seconds: float) -> None:
    """The run in numbers: documents by status, rows per table, time."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="run summary", title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    for status, n in summary.status.items():
        table.add_row(f"documents {status}", str(n))
    if summary.reused:
        table.add_row("documents reused unchanged", str(summary.reused))
    for name in ("sentences", "entities", "relations", "events", "interactions"):
        table.add_row(f"{name} rows", str(summary.tables.get(name, 0)))
    rate = summary.documents / seconds if seconds > 0 else 0.0
    table.add_row("seconds", f"{seconds:.1f}")
    table.add_row("documents/s", f"{rate:.1f}")
    Console(highlight=False, width=None if sys.stdout.isatty() else 100).print(table)


@app.command()
def report(
    out: Annotated[Path, typer.Argument(help="An output folder.")] = Path("outputs"),
    html: Annotated[Optional[Path], typer.Option("--html", help="Where to write the page (default OUT/report.html).")] = None,
) -> None:
    """Write one self-contained HTML page: summary, network, timeline, events, documents."""
    from .report import write_report

    if not out.is_dir():
        raise UserError(f"{out}: no such output folder")
    typer.echo(str(write_report(out, html)))


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="An output folder.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="gdelt, plover, jsonl or csv.")],
    to: Annotated[Path, typer.Option("--to", help="The file to write.")],
) -> None:
    """Write OUT's events as GDELT event columns, PLOVER JSON, JSON Lines or CSV."""
    from .export import export as export_events

    n = export_events(out, fmt, to)
    typer.echo(f"{n} {'rows' if fmt in ('gdelt', 'csv') else 'records'} -> {to}")


@app.command()
def query(
    out: Annotated[Path, typer.Argument(help="An output folder.")],
    sql: Annotated[str, typer.Argument(help="DuckDB SQL; every table is a view of its name.")],
    to: Annotated[Optional[Path], typer.Option("--to", help="Write the result to a .csv or .parquet file.")] = None,
) -> None:
    """Run SQL over OUT's tables with DuckDB; print the result or write it with --to."""
    from rich.console import Console
    from rich.table import Table

    from .query import query as run_query, query_to

    if to is not None:
        typer.echo(f"{query_to(out, sql, to)} rows -> {to}")
        return
    result = run_query(out, sql)
    table = Table(title=f"{result.num_rows} rows", title_justify="left")
    for name in result.column_names:
        table.add_column(_terminal_safe(name))
    for row in result.to_pylist():
        table.add_row(*(_terminal_safe("" if v is None else v) for v in row.values()))
    Console(highlight=False, width=None if sys.stdout.isatty() else 100_000).print(table)


@app.command()
def stage(
    name: Annotated[str, typer.Argument(help=f"One of: {', '.join(runner.STAGE_NAMES[1:])}.")],
    out: OutOpt = Path("outputs"),
    model: Annotated[Optional[str], typer.Option(help="spaCy model for the sentences stage.")] = None,
) -> None:
    """Rerun one stage from the tables the stage before it wrote in OUT."""
    try:
        runner.get_stage(name)
    except KeyError as exc:
        raise UserError(exc.args[0]) from exc
    rows = runner.run_stage(name, out, model=model)
    typer.echo(", ".join(f"{t}: {n} rows" for t, n in rows.items()))


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (see the devset SCHEMA.md).")],
    out: OutOpt = Path("outputs"),
    show_errors: Annotated[bool, typer.Option("--show-errors", help="List every missed and spurious event.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score OUT's events table against gold annotations."""
    from . import evaluate

    if not gold.exists():
        raise UserError(f"{gold}: no such file")
    events = io.read_table(out, "events").to_pandas()
    report = evaluate.score(evaluate.load_gold(gold), events)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2, sort_keys=True, default=str))
    else:
        typer.echo(evaluate.format_report(report))
    if show_errors:
        typer.echo(evaluate.format_errors(report))


@app.command()
def show(
    out: Annotated[Path, typer.Argument(help="An output folder.")] = Path("outputs"),
    doc: Annotated[Optional[str], typer.Option(help="Only this doc_id.")] = None,
    person: Annotated[Optional[str], typer.Option(help="Only events with a party whose name contains this.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Only events dated on or after this ISO date.")] = None,
) -> None:
    """Print the events table."""
    from rich.console import Console
    from rich.table import Table

    events = io.read_table(out, "events").to_pylist()
    if doc:
        events = [e for e in events if e["doc_id"] == doc]
    if person:
        events = [e for e in events if any(person.lower() in (p["name"] or "").lower() for p in e["participants"])]
    if since:
        # ISO strings compare in date order; a month or year counts from its start.
        events = [e for e in events if e["date"] and e["date"] + "-01-01"[len(e["date"]) - 4:] >= since]
    table = Table(title=f"{len(events)} events in {out}")
    for col in ("doc", "type", "status", "date", "place", "participants", "cameo", "conf"):
        table.add_column(col)
    for e in events:
        people = "; ".join(
            " ".join(x for x in (p["title"], p["name"], f"({p['country'] or p['org'] or '-'})") if x)
            for p in e["participants"])
        place = ", ".join(x for x in (e["location_city"], e["location_country"]) if x)
        table.add_row(*(_terminal_safe(v) for v in (e["doc_id"], e["type"], e["status"], e["date"] or "-",
                                                  place or "-", people, e["cameo_code"],
                                                  f"{e['confidence']:.2f}")))
    # Piped or redirected output is not cut to 80 columns (rich's default off a terminal),
    # so no value is shortened to "…".
    Console(highlight=False, width=None if sys.stdout.isatty() else 100_000).print(table)


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def _terminal_safe(value) -> str:
    """Text from an article (or its file name) as inert text for rich: markup escaped, and
    control, zero-width and bidi characters shown as ``\\x1b``-style escapes, so nothing in
    an article can colour, move or rewrite the terminal."""
    from rich.markup import escape

    return escape(_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                               else f"\\u{ord(m.group()):04x}", str(value)))


def _os_error(exc: OSError) -> str:
    """One line for a failed read or write, naming the file when it is known (pyarrow's
    errors name none and wrap the OS's text in their own)."""
    what = os.strerror(exc.errno) if exc.errno else str(exc)
    if exc.errno == errno.ENOSPC:
        what += " (the output's disk is full; the previous tables are unchanged)"
    return f"{exc.filename}: {what}" if exc.filename else what


def main() -> None:
    """Console entry point: known errors become one line on stderr and exit status 2; an
    internal error is one line too (exit 3), with the traceback under ``--debug`` (or
    PARLEY_DEBUG=1)."""
    debug = "--debug" in sys.argv[1:]
    if debug:                   # `--debug` anywhere on the line: show the traceback of an internal error
        sys.argv = [a for a in sys.argv if a != "--debug"]
    try:
        rc = app(standalone_mode=False)
        if isinstance(rc, int) and rc:
            sys.exit(rc)
    except (UserError, io.InputError, nlp_mod.ModelError, schemas.ContractError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except OSError as exc:
        typer.echo(f"error: {_os_error(exc)}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        sys.exit(1)
    except typer.TyperException as exc:  # typer's usage errors: bad or missing arguments, bare `parley`
        show = getattr(exc, "show", None)
        if show is not None:
            show()
        else:
            typer.echo(f"error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:  # noqa: BLE001 - a bug: one line for the user, the traceback on request
        if debug or os.environ.get("PARLEY_DEBUG"):
            raise
        typer.echo(f"error: internal error ({type(exc).__name__}: {exc}); "
                   "rerun with --debug for a traceback", err=True)
        sys.exit(3)


if __name__ == "__main__":
    main()
