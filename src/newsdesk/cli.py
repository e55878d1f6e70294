"""``newsdesk``: the app with no arguments, the same store and connectors without a window
with a subcommand. Exit 0 on success, 1 with a one-line reason on stderr otherwise."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import getpass
import io
import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from newsdesk import __version__
from newsdesk.cli_editorial import add_editorial_commands
from newsdesk.context import AppContext
from newsdesk.core.article import Article, WorkflowStatus
from newsdesk.core.errors import NewsdeskError, ValidationError
from newsdesk.core.merge import Choice
from newsdesk.core.site import SiteKind
from newsdesk.logs import hide_secrets, start_logging
from newsdesk.paths import Paths
from newsdesk.render import render_portal_page
from newsdesk.sites.nukeviet import CategoryRights
from newsdesk.sites.nv_discovery import nukeviet_root
from newsdesk.sites.origin import plain_http_warning
from newsdesk.sites.wp_discovery import normalise_site_url
from newsdesk.store.file_import import import_article_file
from newsdesk.text.normalize import terminal_safe

Handler = Callable[[AppContext, argparse.Namespace], int]

log = logging.getLogger(__name__)


def _out(line: str = "") -> None:
    print(line)


class _TerminalSafe(io.TextIOBase):
    """What is written passed on to ``target`` with control characters (escape codes, carriage
    returns, text-direction overrides) replaced: a title can never drive the terminal."""

    def __init__(self, target: TextIO) -> None:
        super().__init__()
        self._target = target

    def write(self, text: str) -> int:
        self._target.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self._target.flush()

    def isatty(self) -> bool:
        return self._target.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]  # a property on TextIOBase too
        return self._target.encoding


@contextlib.contextmanager
def _terminal_safe_output() -> Iterator[None]:
    """Everything a command prints goes through :func:`terminal_safe`, whichever module
    prints it: stored text is cleaned on its way in, and this is the second line of defence."""
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _TerminalSafe(stdout), _TerminalSafe(stderr)
    try:
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdout, sys.stderr = stdout, stderr


def _read_password(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def _warn_if_plain_http(url: str) -> None:
    warning = plain_http_warning(url)
    if warning is not None:
        print(f"Warning: {warning}", file=sys.stderr)


def _secret_prompt(args: argparse.Namespace) -> str:
    if args.kind == SiteKind.NUKEVIET:
        return f"API secret for the API key {args.user}: "
    if args.kind == SiteKind.WORDPRESS:
        return f"Application Password for {args.user}: "
    return f"Application Password (NukeViet: API secret) for {args.user}: "


def _site_add(ctx: AppContext, args: argparse.Namespace) -> int:
    kind = SiteKind(args.kind) if args.kind else None
    url = nukeviet_root(args.url) if kind is SiteKind.NUKEVIET else normalise_site_url(args.url)
    _warn_if_plain_http(url)
    password = _read_password(_secret_prompt(args))
    site = ctx.desk.add_site(args.name, args.url, args.user, password, kind=kind)
    if site.kind is SiteKind.NUKEVIET:
        _out(
            f"Added “{site.name}”: the NukeViet portal {site.url} as {site.display_name}; "
            f"desk role: {site.desk_role}. `newsdesk site test {site.name}` lists your rights "
            "per category."
        )
    else:
        _out(f"Added “{site.name}”: {site.url} as {site.display_name} ({', '.join(site.roles)})")
    if site.kind is SiteKind.METAWEBLOG:
        _out(
            f"The site's WordPress REST API did not answer; Newsdesk uses its XML-RPC "
            f"(MetaWeblog) address {site.api_url}. Notes and the audit record need the REST "
            "API with the Newsdesk Bridge plugin."
        )
    if not ctx.credentials.persistent:
        print(
            "Warning: this computer has no keyring service; the password was not saved and "
            "will be asked for again.",
            file=sys.stderr,
        )
    return 0


_RIGHT_NAMES = ("add", "edit", "approve", "publish", "delete")


def _rights_line(rights: CategoryRights) -> str:
    held = [name for name in _RIGHT_NAMES if getattr(rights, name)]
    return f"  {rights.title} ({rights.catid}): {', '.join(held) or 'none'}"


def _site_test(ctx: AppContext, args: argparse.Namespace) -> int:
    access = ctx.desk.test_site(args.name)
    site, user = access.site, access.user
    _warn_if_plain_http(site.url)
    if site.kind is SiteKind.NUKEVIET:
        _out(f"{site.name}: connected to NukeViet as {user.display_name} ({user.username})")
    else:
        _out(f"{site.name}: connected as {user.display_name} ({', '.join(user.roles)})")
    _out(f"desk role: {site.desk_role}; {len(site.categories)} categories, {len(site.tags)} tags")
    if access.rights:
        _out("your rights in the news module, per category:")
        for rights in access.rights:
            _out(_rights_line(rights))
    elif site.kind is SiteKind.NUKEVIET:
        _out("you have no rights in the news module's categories")
    return 0


def _site_list(ctx: AppContext, _args: argparse.Namespace) -> int:
    for site in ctx.store.list_sites():
        _out(f"{site.name}\t{site.kind}\t{site.url}\t{site.username}\t{','.join(site.roles)}")
    return 0


def _site_remove(ctx: AppContext, args: argparse.Namespace) -> int:
    ctx.desk.remove_site(args.name)
    return 0


def _import(ctx: AppContext, args: argparse.Namespace) -> int:
    source = Path(args.file)
    imported = import_article_file(ctx.store, source)
    for skipped in imported.skipped:
        print(f"newsdesk: {source.name}: {skipped.message()}", file=sys.stderr)
    cleaned = imported.cleaned.message()
    if cleaned:
        print(f"newsdesk: {source.name}: {cleaned}", file=sys.stderr)
    _out(str(imported.article.id))
    return 0


def _list(ctx: AppContext, args: argparse.Namespace) -> int:
    status = WorkflowStatus(args.status) if args.status else None
    for item in ctx.store.list_articles(status=status):
        _out(f"{item.id}\t{item.status}\t{item.sync_state}\t{item.title}")
    return 0


def _search(ctx: AppContext, args: argparse.Namespace) -> int:
    for item in ctx.store.search(args.query):
        _out(f"{item.id}\t{item.status}\t{item.title}")
    return 0


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def _show(ctx: AppContext, args: argparse.Namespace) -> int:
    article = ctx.store.get_article(args.id)
    state, reason = ctx.store.sync_state(args.id)
    remotes = ctx.store.remotes(args.id)
    if args.json:
        data = _jsonable(article)
        data["sync_state"] = str(state)
        data["sync_reason"] = reason
        data["remotes"] = [
            {k: v for k, v in _jsonable(ref).items() if k != "base"} for ref in remotes
        ]
        data["conflicts"] = len(ctx.store.conflicts(args.id))
        _out(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    _out(article.title)
    _out(f"status: {article.status}; sync: {state} {reason}".rstrip())
    for conflict in ctx.store.conflicts(args.id):
        _out(f"conflict with site {conflict.site_id}: `newsdesk resolve {args.id} --take ...`")
    for ref in remotes:
        _out(f"on site {ref.site_id}: post {ref.remote_id} ({ref.remote_status}) {ref.link}")
    _out()
    _out(article.sapo)
    _out()
    _out(article.body)
    return 0


def _report_sync(ctx: AppContext, site: str | None) -> int:
    report = ctx.desk.sync(site)
    _out(report.summary())
    for problem in report.problems:
        print(f"article {problem.article_id}: {problem.message}", file=sys.stderr)
    return 0 if report.ok else 1


def _submit(ctx: AppContext, args: argparse.Namespace) -> int:
    ctx.desk.submit(args.id, args.site)
    return _send_now(ctx, args)


def _publish(ctx: AppContext, args: argparse.Namespace) -> int:
    ctx.desk.publish(args.id, args.site)
    return _send_now(ctx, args)


def _send_now(ctx: AppContext, args: argparse.Namespace) -> int:
    """Queued work goes out at once when the site answers; otherwise it waits in the outbox."""
    ctx.desk.sync(args.site)
    state, reason = ctx.store.sync_state(args.id)
    _out(f"{args.id}: {state} {reason}".rstrip())
    return 1 if state.value == "failed" else 0


def _sync(ctx: AppContext, args: argparse.Namespace) -> int:
    return _report_sync(ctx, args.site)


def _review(ctx: AppContext, args: argparse.Namespace) -> int:
    for post in ctx.desk.review_queue(args.site):
        _out(f"{post.id}\t{post.date_gmt}\t{post.author_name}\t{post.title}")
    return 0


def _fetch(ctx: AppContext, args: argparse.Namespace) -> int:
    article = ctx.desk.open_submission(args.site, args.remote_id)
    _out(str(article.id))
    return 0


def _resolve(ctx: AppContext, args: argparse.Namespace) -> int:
    choice = {"mine": Choice.OURS, "theirs": Choice.THEIRS, "both": Choice.BOTH}[args.take]
    if not ctx.desk.resolve_all(args.id, choice):
        raise ValidationError(f"Article {args.id} has no conflict to resolve.", "")
    return _report_sync(ctx, None)


def _retry(ctx: AppContext, args: argparse.Namespace) -> int:
    if not ctx.desk.retry(args.id):
        raise ValidationError(f"Nothing failed for article {args.id}.", "")
    return _report_sync(ctx, None)


def _export(ctx: AppContext, args: argparse.Namespace) -> int:
    article: Article = ctx.store.get_article(args.id)
    html = render_portal_page(article)
    if args.output:
        Path(args.output).write_text(html, encoding="utf-8")
    else:
        sys.stdout.write(html)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsdesk", description="Newsdesk editorial desk.")
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    parser.add_argument("--data-dir", help="folder for the database and settings")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_site_commands(commands)
    _add_article_commands(commands)
    _add_sync_commands(commands)
    add_editorial_commands(commands)
    return parser


def _add_site_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    site = commands.add_parser("site", help="manage sites").add_subparsers(
        dest="site_command", metavar="ACTION", required=True
    )
    add = site.add_parser(
        "add",
        help="add a site: WordPress with the user name and the Application Password on stdin, "
        "NukeViet with the API key and the API secret on stdin",
    )
    add.add_argument("name")
    add.add_argument("--url", required=True)
    add.add_argument("--user", required=True, help="user name (NukeViet: the API key)")
    add.add_argument(
        "--kind",
        choices=[SiteKind.WORDPRESS.value, SiteKind.NUKEVIET.value],
        help="what the site runs (found from its home page when not given)",
    )
    add.set_defaults(handler=_site_add)
    for name, handler, text in (
        (
            "test",
            _site_test,
            (
                "check the connection and refresh roles, categories, tags (NukeViet: and list "
                "your rights per category)"
            ),
        ),
        ("remove", _site_remove, "forget a site and its password"),
    ):
        sub = site.add_parser(name, help=text)
        sub.add_argument("name")
        sub.set_defaults(handler=handler)
    site.add_parser("list", help="list sites").set_defaults(handler=_site_list)


def _add_article_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = commands.add_parser("import", help="import a Markdown or text file; prints the id")
    imp.add_argument("file")
    imp.set_defaults(handler=_import)
    lst = commands.add_parser("list", help="list articles")
    lst.add_argument("--status", choices=[s.value for s in WorkflowStatus])
    lst.set_defaults(handler=_list)
    show = commands.add_parser("show", help="show an article")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)
    search = commands.add_parser("search", help="search title, sapo and body")
    search.add_argument("query")
    search.set_defaults(handler=_search)
    export = commands.add_parser("export", help="export an article")
    export.add_argument("id", type=int)
    export.add_argument("--format", choices=["html"], default="html")
    export.add_argument("--output", "-o")
    export.set_defaults(handler=_export)


def _add_sync_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name, handler, text in (
        ("submit", _submit, "submit an article for review"),
        ("publish", _publish, "publish an article (editors)"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("id", type=int)
        sub.add_argument("--site", required=True)
        sub.set_defaults(handler=handler)
    sync = commands.add_parser("sync", help="send the outbox and fetch changes")
    sync.add_argument("--site")
    sync.set_defaults(handler=_sync)
    review = commands.add_parser("review", help="list articles waiting for review (editors)")
    review.add_argument("--site", required=True)
    review.set_defaults(handler=_review)
    fetch = commands.add_parser("fetch", help="open a submitted post locally; prints the id")
    fetch.add_argument("remote_id", type=int)
    fetch.add_argument("--site", required=True)
    fetch.set_defaults(handler=_fetch)
    res = commands.add_parser("resolve", help="settle a sync conflict and send the result")
    res.add_argument("id", type=int)
    res.add_argument("--take", choices=["mine", "theirs", "both"], required=True)
    res.set_defaults(handler=_resolve)
    again = commands.add_parser("retry", help="send again what failed for an article")
    again.add_argument("id", type=int)
    again.set_defaults(handler=_retry)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from newsdesk.app import run_gui

        exit_code: int = run_gui(args.data_dir)
        return exit_code
    with _terminal_safe_output():
        return _run_command(args)


def _run_command(args: argparse.Namespace) -> int:
    paths = Paths.resolve(args.data_dir)
    log_file = start_logging(paths.data_dir)
    try:
        ctx = AppContext.open(paths)
    except NewsdeskError as exc:
        print(f"newsdesk: {exc}", file=sys.stderr)
        return 1
    try:
        handler: Handler = args.handler
        return handler(ctx, args)
    except NewsdeskError as exc:
        log.warning("%s", exc)
        print(f"newsdesk: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        log.exception("unexpected error in `newsdesk %s`", args.command)
        print(
            f"newsdesk: something went wrong inside Newsdesk ({type(exc).__name__}: "
            f"{hide_secrets(str(exc))}). Details are in the log file: {log_file}",
            file=sys.stderr,
        )
        return 2
    finally:
        ctx.close()
