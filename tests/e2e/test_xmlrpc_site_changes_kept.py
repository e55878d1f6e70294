"""What someone else changed on the real site survives an approval and a publication from a
desk that has not seen it, on a site reached over XML-RPC (its REST API switched off)."""

from __future__ import annotations

import xmlrpc.client
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsdesk.context import AppContext
from newsdesk.core import Byline, WorkflowStatus, new_article
from newsdesk.core.site import SiteKind
from newsdesk.core.workflow import Action
from newsdesk.paths import Paths
from tests.text.samples import sample_markdown
from tests.wpsite_fixture import wpsite

pytestmark = pytest.mark.wordpress

S = WorkflowStatus
SAPO = (
    "QTO - Ngày 25/12/2020, Hội nghị giao ban công tác Mặt trận và các đoàn thể chính trị - "
    "xã hội cấp tỉnh quý IV đã triển khai nhiệm vụ trọng tâm năm 2021."
)
# The sample article's two long paragraphs.
BODY = "\n\n".join(p for p in sample_markdown().split("\n\n")[1:3])


@pytest.fixture
def xmlrpc_only(wp_site: Any) -> Iterator[Any]:
    """The test site with its REST API switched off, as older portals run."""
    wpsite.set_rest_api(wp_site.dir, enabled=False)
    try:
        yield wp_site
    finally:
        wpsite.set_rest_api(wp_site.dir, enabled=True)


def _desk(root: Path, who: str, site: Any) -> AppContext:
    ctx = AppContext.open(Paths.resolve(root / who))
    user = site.users[who]
    added = ctx.desk.add_site("portal", site.url, user["user"], user["app_password"])
    assert added.kind is SiteKind.METAWEBLOG
    return ctx


class _Admin:
    """The site's administrator at work in wp-admin, here through XML-RPC."""

    def __init__(self, site: Any) -> None:
        self._server = xmlrpc.client.ServerProxy(site.url + "/xmlrpc.php")
        admin = site.users["admin"]
        self._auth = (1, admin.user, admin.app_password)

    def post(self, post_id: int) -> dict[str, Any]:
        post: dict[str, Any] = self._server.wp.getPost(*self._auth, post_id)
        return post

    def terms(self, post_id: int) -> tuple[list[str], set[str]]:
        terms = self.post(post_id)["terms"]
        categories = [t["name"] for t in terms if t["taxonomy"] == "category"]
        return categories, {t["name"] for t in terms if t["taxonomy"] == "post_tag"}

    def tag(self, name: str) -> None:
        """Add the tag unless the site has it."""
        tags = self._server.wp.getTerms(*self._auth, "post_tag")
        if name not in {tag["name"] for tag in tags}:
            self._server.wp.newTerm(*self._auth, {"taxonomy": "post_tag", "name": name})

    def edit(self, post_id: int, **struct: Any) -> None:
        assert self._server.wp.editPost(*self._auth, post_id, struct)


def test_an_approval_and_publication_over_xmlrpc_keep_fields_changed_on_the_site(
    tmp_path: Path, xmlrpc_only: Any
) -> None:
    site, admin = xmlrpc_only, _Admin(xmlrpc_only)
    admin.tag("Mặt trận")  # over XML-RPC a reporter may only use tags the site has
    reporter, editor = _desk(tmp_path, "reporter", site), _desk(tmp_path, "editor", site)
    try:
        mine = reporter.store.create_article(
            new_article(
                title="Giao ban qua XML-RPC",
                sapo=SAPO,
                body=BODY,
                bylines=(Byline("Thủy Phương"),),
                category="Tin tức",
                tags=("Mặt trận",),
            )
        )
        reporter.desk.submit(mine.pk, "portal")
        report = reporter.desk.sync("portal")
        assert report.ok, report.problems
        ref = reporter.store.get_remote(mine.pk, reporter.desk.site("portal").pk)
        assert ref is not None
        assert ref.remote_id is not None
        remote_id = ref.remote_id
        theirs = editor.desk.open_submission("portal", remote_id).pk
        copy = editor.store.get_article(theirs)
        assert (copy.category, copy.tags) == ("Tin tức", ("Mặt trận",))

        # In wp-admin someone moves it to another category and adds a tag.
        admin.tag("Quý IV")
        admin.edit(
            remote_id,
            terms={"category": [site.categories["Hoạt động Mặt trận"]]},
            terms_names={"post_tag": ["Mặt trận", "Quý IV"]},
        )
        assert admin.terms(remote_id) == (["Hoạt động Mặt trận"], {"Mặt trận", "Quý IV"})

        # The editor, whose copy still says "Tin tức", shortens the sapo, approves, publishes.
        short_sapo = "QTO - Hội nghị giao ban quý IV năm 2020."
        editor.store.save_article(copy.edited(sapo=short_sapo))
        editor.desk.act(theirs, "portal", Action.APPROVE)
        report = editor.desk.sync("portal")
        assert report.ok, report.problems
        assert admin.terms(remote_id) == (["Hoạt động Mặt trận"], {"Mặt trận", "Quý IV"})
        editor.desk.act(theirs, "portal", Action.PUBLISH)
        report = editor.desk.sync("portal")
        assert report.ok, report.problems

        post = admin.post(remote_id)
        assert admin.terms(remote_id) == (["Hoạt động Mặt trận"], {"Mặt trận", "Quý IV"})
        assert post["post_excerpt"] == short_sapo
        assert post["post_status"] == "publish"
        published = editor.store.get_article(theirs)
        assert published.category == "Hoạt động Mặt trận"
        assert set(published.tags) == {"Mặt trận", "Quý IV"}
        assert published.sapo == short_sapo
        assert published.status is S.PUBLISHED
    finally:
        reporter.close()
        editor.close()
