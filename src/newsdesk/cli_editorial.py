"""The editorial workflow on the command line: queue, approve, return, schedule, history."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from newsdesk.context import AppContext
from newsdesk.core.audit import write_csv
from newsdesk.core.errors import ValidationError
from newsdesk.core.workflow import Action
from newsdesk.text.count import count_body_words
from newsdesk.text.dates import shown_datetime, shown_utc_text, vietnam_timezone


def _out(line: str = "") -> None:
    print(line)  # noqa: T201


def _vietnam_time(text: str) -> datetime:
    """``2026-12-01 08:00`` (Vietnam time) or an ISO time with its offset."""
    try:
        moment = datetime.fromisoformat(text.strip().replace(" ", "T"))
    except ValueError as exc:
        raise ValidationError(
            f"“{text}” is not a date and time.", "Write it as 2026-12-01 08:00 (Vietnam time)."
        ) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=vietnam_timezone())


def _queue(ctx: AppContext, args: argparse.Namespace) -> int:
    """Every submission on the site, brought into this desk, oldest first."""
    now = datetime.now(UTC)
    for post in ctx.desk.review_queue(args.site):
        article = ctx.desk.open_submission(args.site, post.id)
        submitted = (
            datetime.fromisoformat(post.date_gmt).replace(tzinfo=UTC) if post.date_gmt else now
        )
        waiting = (now - submitted).total_seconds() / 3600
        who = post.author_name or ", ".join(b.name for b in article.bylines)
        _out(
            f"{article.pk}\t{shown_datetime(submitted)}\t{waiting:.1f} h\t"
            f"{who}\t{article.category}\t{count_body_words(article.body)} chữ\t{article.title}"
        )
    return 0


def _move(ctx: AppContext, args: argparse.Namespace) -> int:
    action = Action(args.move)
    at = _vietnam_time(args.at) if getattr(args, "at", None) else None
    ctx.desk.act(args.id, args.site, action, note=getattr(args, "note", "") or "", at=at)
    report = ctx.desk.sync(args.site)
    state, reason = ctx.store.sync_state(args.id)
    article = ctx.store.get_article(args.id)
    _out(f"{args.id}: {article.status} ({state} {reason})".rstrip(") ") + ")")
    for notice in report.notices:
        _out(notice)
    return 1 if state.value == "failed" else 0


def _history(ctx: AppContext, args: argparse.Namespace) -> int:
    entries, broken = ctx.desk.history(args.id)
    if args.csv:
        with open(args.csv, "w", newline="", encoding="utf-8") as stream:  # noqa: PTH123
            write_csv(entries, stream)
    for entry in entries:
        _out(
            f"{shown_utc_text(entry.at)}\t{entry.user_name}\t{entry.action}\t"
            f"{entry.from_status} → {entry.to_status}\t{entry.note}"
        )
    if broken is not None:
        reason = (
            broken.reason
            if broken.position == 0
            else f"the audit record breaks at entry {broken.position}: it {broken.reason}."
        )
        print(f"newsdesk: not verified: {reason}", file=sys.stderr)  # noqa: T201
        return 1
    _out(f"{len(entries)} entries; the chain verifies.")
    return 0


def _note(ctx: AppContext, args: argparse.Namespace) -> int:
    ctx.desk.add_note(args.id, args.site, args.text, paragraph=args.paragraph - 1)
    ctx.desk.sync(args.site)
    return 0


def _notes(ctx: AppContext, args: argparse.Namespace) -> int:
    from newsdesk.core.notes import locate, threads

    body = ctx.store.get_article(args.id).body
    for thread in threads(ctx.store.notes(args.id)):
        where = locate(thread[0].anchor, body) if thread[0].anchor.index >= 0 else None
        place = (
            "whole article"
            if thread[0].anchor.index < 0
            else f"paragraph {where + 1}"
            if where is not None
            else f"a removed paragraph (“{thread[0].anchor.quote[:40]}…”)"
        )
        for depth, note in enumerate(thread):
            _out(f"{'  ' if depth else ''}[{place}] {note.author_name}: {note.text}")
    return 0


def add_editorial_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    queue = commands.add_parser("queue", help="submissions waiting for review (editors)")
    queue.add_argument("--site", required=True)
    queue.set_defaults(handler=_queue)
    for move, text in (
        ("approve", "approve an article (editors)"),
        ("return", "return an article to its reporter with a note (editors)"),
        ("schedule", "schedule publication (editors)"),
        ("unpublish", "take a published article off the site (editors)"),
        ("correct", "publish a correction of a published article (editors)"),
    ):
        sub = commands.add_parser(move, help=text)
        sub.add_argument("id", type=int)
        sub.add_argument("--site", required=True)
        sub.add_argument("--note", required=move == "return", default="")
        if move == "schedule":
            sub.add_argument("--at", required=True, help="2026-12-01 08:00, Vietnam time")
        sub.set_defaults(handler=_move, move=move)
    history = commands.add_parser("history", help="an article's audit record; checks its chain")
    history.add_argument("id", type=int)
    history.add_argument("--csv", help="also write it as CSV to this file")
    history.set_defaults(handler=_history)
    note = commands.add_parser("note", help="add a note on a paragraph")
    note.add_argument("id", type=int)
    note.add_argument("--site", required=True)
    note.add_argument("--paragraph", type=int, required=True, help="1 for the first")
    note.add_argument("--text", required=True)
    note.set_defaults(handler=_note)
    notes = commands.add_parser("notes", help="an article's notes, by thread")
    notes.add_argument("id", type=int)
    notes.set_defaults(handler=_notes)
