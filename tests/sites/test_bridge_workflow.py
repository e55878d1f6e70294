"""The Newsdesk Bridge review workflow on the real site: statuses, editor notes, audit record."""

from __future__ import annotations

import re
import threading
import time
import uuid
import xmlrpc.client
from pathlib import Path
from typing import Any

import pytest
import requests
from babel.messages.mofile import read_mo

from newsdesk.core.audit import AuditEntry, entry_hash, verify
from newsdesk.core.notes import ANCHOR_MAX_CHARS
from tests.wpsite_fixture import wpsite

TIMEOUT = 10
RACE_ROUNDS = 6
PLUGIN = Path(__file__).resolve().parents[2] / "packaging/wordpress/newsdesk-bridge"
wordpress = pytest.mark.wordpress


def api(site: Any, path: str) -> str:
    return f"{site.url}/wp-json{path}"


def auth(site: Any, login: str | None) -> tuple[str, str] | None:
    return site.auth(login) if login else None


def new_post(site: Any, login: str, status: str = "pending", **fields: Any) -> dict[str, Any]:
    body = {"title": f"Bài {uuid.uuid4().hex[:8]}", "content": "<p>Nội dung</p>", "status": status}
    response = requests.post(
        api(site, "/wp/v2/posts"), json={**body, **fields}, auth=site.auth(login), timeout=TIMEOUT
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def update(site: Any, login: str, post_id: int, **fields: Any) -> requests.Response:
    return requests.post(
        api(site, f"/wp/v2/posts/{post_id}"), json=fields, auth=site.auth(login), timeout=TIMEOUT
    )


def status_of(site: Any, post_id: int) -> str:
    response = requests.get(
        api(site, f"/wp/v2/posts/{post_id}"),
        params={"context": "edit"},
        auth=site.auth("editor"),
        timeout=TIMEOUT,
    )
    assert response.status_code == 200, response.text
    return str(response.json()["status"])


def refused(response: requests.Response, status: int, code: str) -> None:
    assert (response.status_code, response.json()["code"]) == (status, code), response.text


# ------------------------------------------------------------------ statuses


@wordpress
def test_review_statuses_are_known_to_the_rest_api(wp_site):
    schema = requests.options(
        api(wp_site, "/wp/v2/posts"), auth=wp_site.auth("editor"), timeout=TIMEOUT
    ).json()
    assert {"nd-returned", "nd-approved"} <= set(schema["schema"]["properties"]["status"]["enum"])

    statuses = requests.get(
        api(wp_site, "/wp/v2/statuses"),
        params={"context": "edit"},
        auth=wp_site.auth("reporter"),
        timeout=TIMEOUT,
    ).json()
    assert statuses["nd-returned"]["name"] == "Returned to reporter"
    assert statuses["nd-approved"]["name"] == "Approved"
    assert not statuses["nd-returned"]["public"]
    assert not statuses["nd-approved"]["public"]
    anonymous = requests.get(api(wp_site, "/wp/v2/statuses"), timeout=TIMEOUT).json()
    assert "nd-approved" not in anonymous


@wordpress
def test_returned_post_is_revised_and_resubmitted_by_its_author(wp_site):
    post = new_post(wp_site, "reporter")
    returned = update(wp_site, "editor", post["id"], status="nd-returned")
    assert returned.status_code == 200, returned.text
    assert returned.json()["status"] == "nd-returned"

    mine = requests.get(
        api(wp_site, "/wp/v2/posts"),
        params={"status": "nd-returned", "context": "edit", "author": wp_site.users["reporter"].id},
        auth=wp_site.auth("reporter"),
        timeout=TIMEOUT,
    )
    assert post["id"] in [p["id"] for p in mine.json()]

    # Still in the returned status, the reporter may revise but not decide.
    revised = update(wp_site, "reporter", post["id"], title="Bài đã sửa")
    assert revised.status_code == 200, revised.text
    assert revised.json()["status"] == "nd-returned"
    refused(
        update(wp_site, "reporter", post["id"], status="nd-approved"),
        403,
        "newsdesk_cannot_review",
    )
    resubmitted = update(wp_site, "reporter", post["id"], status="pending", content="<p>Mới</p>")
    assert resubmitted.status_code == 200, resubmitted.text
    assert resubmitted.json()["status"] == "pending"
    assert resubmitted.json()["title"]["raw"] == "Bài đã sửa"


@wordpress
def test_only_editors_return_approve_or_publish(wp_site):
    post = new_post(wp_site, "reporter")
    for status in ("nd-approved", "nd-returned"):
        refused(
            update(wp_site, "reporter", post["id"], status=status), 403, "newsdesk_cannot_review"
        )
    # WordPress's own check comes first for publishing.
    refused(update(wp_site, "reporter", post["id"], status="publish"), 403, "rest_cannot_publish")
    assert status_of(wp_site, post["id"]) == "pending"

    title = f"Tự duyệt {uuid.uuid4()}"
    created = requests.post(
        api(wp_site, "/wp/v2/posts"),
        json={"title": title, "status": "nd-approved"},
        auth=wp_site.auth("reporter"),
        timeout=TIMEOUT,
    )
    refused(created, 403, "newsdesk_cannot_review")
    assert "from" in created.json()["data"]
    found = requests.get(
        api(wp_site, "/wp/v2/posts"),
        params={"search": title, "status": "any", "context": "edit"},
        auth=wp_site.auth("editor"),
        timeout=TIMEOUT,
    )
    assert found.json() == []

    # An author may publish on a plain WordPress, not on a site with a review step.
    draft = new_post(wp_site, "author1", status="draft")
    refused(
        update(wp_site, "author1", draft["id"], status="publish"), 403, "newsdesk_cannot_review"
    )
    assert status_of(wp_site, draft["id"]) == "draft"


def find_by_uuid(site: Any, login: str, client_uuid: str) -> list[int]:
    response = requests.get(
        api(site, "/wp/v2/posts"),
        params={"newsdesk_client_uuid": client_uuid, "status": "any", "context": "edit"},
        auth=site.auth(login),
        timeout=TIMEOUT,
    )
    assert response.status_code == 200, response.text
    return [post["id"] for post in response.json()]


@wordpress
def test_posts_under_review_are_found_by_client_uuid(wp_site):
    returned_uuid, approved_uuid = str(uuid.uuid4()), str(uuid.uuid4())
    returned = new_post(wp_site, "reporter", meta={"newsdesk_client_uuid": returned_uuid})
    approved = new_post(wp_site, "reporter", meta={"newsdesk_client_uuid": approved_uuid})
    assert update(wp_site, "editor", returned["id"], status="nd-returned").status_code == 200
    assert update(wp_site, "editor", approved["id"], status="nd-approved").status_code == 200

    assert find_by_uuid(wp_site, "editor", returned_uuid) == [returned["id"]]
    assert find_by_uuid(wp_site, "editor", approved_uuid) == [approved["id"]]
    assert find_by_uuid(wp_site, "reporter", returned_uuid) == [returned["id"]]
    assert find_by_uuid(wp_site, "author1", approved_uuid) == []


@wordpress
def test_approved_post_is_locked_hidden_and_dated_when_published(wp_site):
    # Searched for by a word of the body, so that the title is not in the search page anyway.
    title, word = f"Bài đã duyệt {uuid.uuid4().hex}", uuid.uuid4().hex
    post = new_post(wp_site, "reporter", title=title, content=f"<p>Nội dung {word}</p>")
    approved = update(wp_site, "editor", post["id"], status="nd-approved")
    assert approved.status_code == 200, approved.text
    assert approved.json()["status"] == "nd-approved"

    listed = requests.get(
        api(wp_site, "/wp/v2/posts"),
        params={"status": "nd-approved", "context": "edit", "per_page": 100},
        auth=wp_site.auth("editor"),
        timeout=TIMEOUT,
    )
    assert listed.status_code == 200, listed.text
    assert post["id"] in [p["id"] for p in listed.json()]
    assert {p["status"] for p in listed.json()} == {"nd-approved"}

    refused(update(wp_site, "reporter", post["id"], title="Sửa lén"), 403, "rest_cannot_edit")
    refused(update(wp_site, "reporter", post["id"], status="pending"), 403, "rest_cannot_edit")
    deleted = requests.delete(
        api(wp_site, f"/wp/v2/posts/{post['id']}"), auth=wp_site.auth("reporter"), timeout=TIMEOUT
    )
    refused(deleted, 403, "rest_cannot_delete")

    assert requests.get(f"{wp_site.url}/?p={post['id']}", timeout=TIMEOUT).status_code == 404
    anonymous = requests.get(api(wp_site, f"/wp/v2/posts/{post['id']}"), timeout=TIMEOUT)
    assert anonymous.status_code == 401
    public = requests.get(
        api(wp_site, "/wp/v2/posts"), params={"include": post["id"]}, timeout=TIMEOUT
    )
    assert public.json() == []
    searched = requests.get(
        api(wp_site, "/wp/v2/posts"),
        params={"search": word, "status": "any"},
        auth=wp_site.auth("author1"),
        timeout=TIMEOUT,
    )
    assert searched.json() == []
    search_page = requests.get(wp_site.url, params={"s": word}, timeout=TIMEOUT)
    assert search_page.status_code == 200
    assert title not in search_page.text

    time.sleep(1.1)  # the site's clock has one-second steps
    published = update(wp_site, "editor", post["id"], status="publish")
    assert published.status_code == 200, published.text
    body = published.json()
    assert body["status"] == "publish"
    # Dated when published, not when approved.
    assert body["date_gmt"] == body["modified_gmt"]
    assert body["date_gmt"] > approved.json()["modified_gmt"]
    assert requests.get(f"{wp_site.url}/?p={post['id']}", timeout=TIMEOUT).status_code == 200
    assert title in requests.get(wp_site.url, params={"s": word}, timeout=TIMEOUT).text


@wordpress
def test_xmlrpc_gets_the_same_review_rule(wp_site):
    post = new_post(wp_site, "reporter")
    server = xmlrpc.client.ServerProxy(wp_site.url + "/xmlrpc.php")
    reporter = wp_site.users["reporter"]
    with pytest.raises(xmlrpc.client.Fault) as caught:
        server.wp.editPost(
            1, reporter.user, reporter.app_password, post["id"], {"post_status": "nd-approved"}
        )
    assert caught.value.faultCode == 401
    assert "Only an editor" in caught.value.faultString
    assert status_of(wp_site, post["id"]) == "pending"


# ------------------------------------------------------------------ notes


def notes_url(site: Any, post_id: int) -> str:
    return api(site, f"/newsdesk/v1/posts/{post_id}/notes")


def get_notes(site: Any, login: str | None, post_id: int) -> requests.Response:
    return requests.get(notes_url(site, post_id), auth=auth(site, login), timeout=TIMEOUT)


def add_note(
    site: Any, login: str | None, post_id: int, text: str, parent: str = "", **extra: Any
) -> requests.Response:
    body = {"id": str(uuid.uuid4()), "parent": parent, "anchor": "p-2", "text": text, **extra}
    return requests.post(
        notes_url(site, post_id), json=body, auth=auth(site, login), timeout=TIMEOUT
    )


@wordpress
def test_editor_and_author_discuss_an_article_in_notes(wp_site):
    post = new_post(wp_site, "reporter")
    assert get_notes(wp_site, "reporter", post["id"]).json() == []

    first = add_note(wp_site, "editor", post["id"], "<b>Kiểm tra</b> lại số liệu đoạn này.")
    assert first.status_code == 201, first.text
    note = first.json()
    assert note["text"] == "Kiểm tra lại số liệu đoạn này."
    assert (note["parent"], note["anchor"]) == ("", "p-2")
    assert (note["author"], note["author_name"]) == (wp_site.users["editor"].id, "Biên tập viên")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", note["created_gmt"])

    assert get_notes(wp_site, "reporter", post["id"]).json() == [note]
    reply = add_note(wp_site, "reporter", post["id"], "Đã sửa.\nXin xem lại.", parent=note["id"])
    assert reply.status_code == 201, reply.text
    assert reply.json()["author"] == wp_site.users["reporter"].id
    assert reply.json()["text"] == "Đã sửa.\nXin xem lại."

    # A retried POST finds the note it already added.
    again = requests.post(
        notes_url(wp_site, post["id"]),
        json={"id": note["id"], "parent": "", "anchor": "p-9", "text": "khác"},
        auth=wp_site.auth("editor"),
        timeout=TIMEOUT,
    )
    assert again.status_code == 200, again.text
    assert again.json() == note
    assert get_notes(wp_site, "editor", post["id"]).json() == [note, reply.json()]

    # Published: the reporter may no longer edit the post but still reads and answers notes.
    assert update(wp_site, "editor", post["id"], status="publish").status_code == 200
    assert get_notes(wp_site, "reporter", post["id"]).json() == [note, reply.json()]
    late = add_note(wp_site, "reporter", post["id"], "Cảm ơn.", parent=note["id"])
    assert late.status_code == 201, late.text
    assert len(get_notes(wp_site, "editor", post["id"]).json()) == 3


@wordpress
def test_notes_are_private_to_author_and_editors(wp_site):
    post = new_post(wp_site, "reporter", status="pending")
    secret = f"ghi chú riêng {uuid.uuid4()}"
    assert add_note(wp_site, "editor", post["id"], secret).status_code == 201
    assert update(wp_site, "editor", post["id"], status="publish").status_code == 200

    refused(get_notes(wp_site, "author1", post["id"]), 403, "newsdesk_forbidden")
    refused(add_note(wp_site, "author1", post["id"], "xen vào"), 403, "newsdesk_forbidden")
    refused(get_notes(wp_site, None, post["id"]), 401, "rest_not_logged_in")
    refused(add_note(wp_site, None, post["id"], "ẩn danh"), 401, "rest_not_logged_in")
    assert get_notes(wp_site, "admin", post["id"]).status_code == 200

    as_editor = requests.get(
        api(wp_site, f"/wp/v2/posts/{post['id']}"),
        params={"context": "edit"},
        auth=wp_site.auth("editor"),
        timeout=TIMEOUT,
    )
    assert secret not in as_editor.text
    assert "_newsdesk_note" not in as_editor.json()["meta"]
    page = requests.get(as_editor.json()["link"], timeout=TIMEOUT)
    assert page.status_code == 200
    assert secret not in page.text


@wordpress
def test_note_input_is_checked(wp_site):
    post = new_post(wp_site, "reporter")
    refused(add_note(wp_site, "editor", post["id"], "x" * 5001), 400, "rest_invalid_param")
    longest = add_note(wp_site, "editor", post["id"], "ư" * 5000)
    assert longest.status_code == 201, longest.text
    refused(add_note(wp_site, "editor", post["id"], "<p> </p>"), 400, "rest_invalid_param")
    refused(
        add_note(wp_site, "editor", post["id"], "x", id="not-a-uuid"), 400, "rest_invalid_param"
    )
    too_long = "ư" * (ANCHOR_MAX_CHARS + 1)
    refused(
        add_note(wp_site, "editor", post["id"], "x", anchor=too_long), 400, "rest_invalid_param"
    )
    longest_anchor = add_note(wp_site, "editor", post["id"], "x", anchor=too_long[1:])
    assert longest_anchor.status_code == 201, longest_anchor.text
    unknown_parent = add_note(wp_site, "editor", post["id"], "x", parent=str(uuid.uuid4()))
    refused(unknown_parent, 400, "newsdesk_note_parent_unknown")
    refused(add_note(wp_site, "editor", 987654, "x"), 404, "rest_post_invalid_id")

    upper = str(uuid.uuid4()).upper()
    stored = add_note(wp_site, "editor", post["id"], "hoa", id=upper)
    assert stored.status_code == 201, stored.text
    assert stored.json()["id"] == upper.lower()
    assert len(get_notes(wp_site, "editor", post["id"]).json()) == 3


# ------------------------------------------------------------------ audit


def audit_url(site: Any, post_id: int) -> str:
    return api(site, f"/newsdesk/v1/posts/{post_id}/audit")


def entry(
    prev_hash: str | None = None,
    action: str = "submit",
    from_status: str = "draft",
    to_status: str = "submitted",
    **fields: Any,
) -> dict[str, Any]:
    """A move as a desk sends it; ``prev_hash`` is the last hash the desk knows, if any."""
    body: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "action": action,
        "from_status": from_status,
        "to_status": to_status,
        "content_sha": "ab" * 32,
        "note": "",
        **fields,
    }
    if prev_hash is not None:
        body["prev_hash"] = prev_hash
    return body


def sealed_by_site(item: dict[str, Any], login: str, site: Any) -> None:
    """The entry names the signed-in user and carries the hash the desk computes too."""
    user = site.users[login]
    assert (item["user"], item["user_id"], item["role"]) == (login, str(user.id), user.role)
    assert item["user_name"] == wpsite.USERS[login][1]
    assert item["hash"] == entry_hash(AuditEntry.from_dict(item))


def append(site: Any, login: str | None, post_id: int, item: Any) -> requests.Response:
    return requests.post(
        audit_url(site, post_id), json={"entry": item}, auth=auth(site, login), timeout=TIMEOUT
    )


def read_audit(site: Any, login: str | None, post_id: int) -> requests.Response:
    return requests.get(audit_url(site, post_id), auth=auth(site, login), timeout=TIMEOUT)


def site_chain(site: Any, post_id: int) -> list[dict[str, Any]]:
    answer = read_audit(site, "editor", post_id)
    assert answer.status_code == 200, answer.text
    return list(answer.json()["entries"])


@wordpress
def test_audit_chain_appends_in_order_and_refuses_a_fork(wp_site):
    post = new_post(wp_site, "reporter")
    assert read_audit(wp_site, "reporter", post["id"]).json() == {"entries": []}

    sent = entry("", note="Nhờ anh xem giúp.")
    first = append(wp_site, "reporter", post["id"], sent)
    assert first.status_code == 201, first.text
    first_entry = first.json()
    sealed_by_site(first_entry, "reporter", wp_site)
    assert (first_entry["id"], first_entry["note"], first_entry["prev_hash"]) == (
        sent["id"],
        "Nhờ anh xem giúp.",
        "",
    )

    assert update(wp_site, "editor", post["id"], status="nd-approved").status_code == 200
    approval = entry(first_entry["hash"], "approve", "submitted", "approved")
    second = append(wp_site, "editor", post["id"], approval)
    assert second.status_code == 201, second.text
    sealed_by_site(second.json(), "editor", wp_site)
    assert second.json()["prev_hash"] == first_entry["hash"]

    fork = append(
        wp_site,
        "editor",
        post["id"],
        entry(first_entry["hash"], "schedule", "approved", "scheduled"),
    )
    refused(fork, 409, "newsdesk_audit_stale")
    assert fork.json()["data"] == {"status": 409, "last_hash": second.json()["hash"]}

    retried = append(wp_site, "editor", post["id"], {**approval, "note": "khác"})
    assert retried.status_code == 200, retried.text
    assert retried.json() == second.json()
    chain = site_chain(wp_site, post["id"])
    assert chain == [first_entry, second.json()]
    assert verify([AuditEntry.from_dict(item) for item in chain]) is None


@wordpress
def test_a_contributor_cannot_record_an_editors_move_signed_as_the_editor(wp_site):
    post = new_post(wp_site, "reporter")
    editor = wp_site.users["editor"]
    forged = entry(
        "",
        "approve",
        "submitted",
        "approved",
        article_uuid="",
        user="editor",
        user_id=str(editor.id),
        user_name="Biên tập viên",
        role="editor",
        at="2026-12-01T08:00:00Z",
    )
    forged["hash"] = entry_hash(AuditEntry.from_dict(forged))  # sealed by the public algorithm
    answer = append(wp_site, "reporter", post["id"], forged)
    refused(answer, 403, "newsdesk_audit_not_allowed")
    assert answer.json()["data"]["role"] == "contributor"
    assert site_chain(wp_site, post["id"]) == []

    # Nor a submission that has not happened on the site.
    draft = new_post(wp_site, "reporter", status="draft")
    refused(append(wp_site, "reporter", draft["id"], entry("")), 409, "newsdesk_audit_not_on_site")
    # Nor a move the workflow does not have.
    refused(
        append(wp_site, "editor", post["id"], entry("", "approve", "draft", "published")),
        400,
        "newsdesk_audit_unknown_move",
    )
    assert site_chain(wp_site, post["id"]) == []


@wordpress
def test_the_site_ignores_the_hash_user_and_time_a_client_sends(wp_site):
    post = new_post(wp_site, "reporter")
    sent = entry(
        "",
        hash="0" * 64,
        user="editor",
        user_id="1",
        user_name="Quản trị",
        role="administrator",
        at="2000-01-01T00:00:00Z",
    )
    answer = append(wp_site, "reporter", post["id"], sent)
    assert answer.status_code == 201, answer.text
    stored = site_chain(wp_site, post["id"])[0]
    sealed_by_site(stored, "reporter", wp_site)
    assert stored["hash"] != "0" * 64
    assert stored["at"] > "2026-01-01"


@wordpress
def test_a_contributor_deleting_their_post_leaves_its_record(wp_site):
    post = new_post(wp_site, "reporter")
    assert append(wp_site, "reporter", post["id"], entry("")).status_code == 201
    chain = site_chain(wp_site, post["id"])
    gone = requests.delete(
        api(wp_site, f"/wp/v2/posts/{post['id']}"),
        params={"force": "true"},
        auth=wp_site.auth("reporter"),
        timeout=TIMEOUT,
    )
    assert gone.status_code == 200, gone.text
    refused(read_audit(wp_site, "editor", post["id"]), 404, "rest_post_invalid_id")

    kept_url = api(wp_site, f"/newsdesk/v1/deleted/{post['id']}/audit")
    kept = requests.get(kept_url, auth=wp_site.auth("editor"), timeout=TIMEOUT)
    assert kept.status_code == 200, kept.text
    assert kept.json()["entries"] == chain
    assert kept.json()["deleted_by"] == "reporter"
    refused(
        requests.get(kept_url, auth=wp_site.auth("reporter"), timeout=TIMEOUT),
        403,
        "newsdesk_forbidden",
    )
    refused(
        requests.get(
            api(wp_site, "/newsdesk/v1/deleted/987654/audit"),
            auth=wp_site.auth("editor"),
            timeout=TIMEOUT,
        ),
        404,
        "newsdesk_no_record",
    )


@wordpress
def test_audit_access_and_input(wp_site):
    post = new_post(wp_site, "reporter")
    refused(read_audit(wp_site, "author1", post["id"]), 403, "newsdesk_forbidden")
    refused(append(wp_site, "author1", post["id"], entry("")), 403, "newsdesk_forbidden")
    refused(read_audit(wp_site, None, post["id"]), 401, "rest_not_logged_in")
    refused(read_audit(wp_site, "editor", 987654), 404, "rest_post_invalid_id")

    for bad in (
        entry("", id="not-a-uuid"),
        {key: value for key, value in entry("").items() if key != "id"},
        entry("", content_sha="ABC"),
        entry("", note="x" * 5001),
        entry("x"),
        entry("", action=["submit"]),
        ["not", "an", "object"],
        "text",
    ):
        refused(append(wp_site, "editor", post["id"], bad), 400, "rest_invalid_param")
    assert read_audit(wp_site, "editor", post["id"]).json() == {"entries": []}

    # No route changes or removes an entry.
    assert append(wp_site, "editor", post["id"], entry("")).status_code == 201
    for method in ("PUT", "PATCH", "DELETE"):
        response = requests.request(
            method, audit_url(wp_site, post["id"]), auth=wp_site.auth("admin"), timeout=TIMEOUT
        )
        assert response.status_code == 404, (method, response.text)
        assert response.json()["code"] == "rest_no_route"


def race(
    site: Any, post_id: int, rivals: list[tuple[str, dict[str, Any]]]
) -> list[requests.Response]:
    """POST each (login, entry) from its own thread, all released at the same moment."""
    start = threading.Barrier(len(rivals))
    answers: list[requests.Response] = []

    def send(login: str, item: dict[str, Any]) -> None:
        start.wait()
        answers.append(append(site, login, post_id, item))

    threads = [threading.Thread(target=send, args=rival) for rival in rivals]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


@wordpress
def test_simultaneous_appends_after_the_same_entry_let_exactly_one_in(wp_site):
    post = new_post(wp_site, "reporter")
    desks = ("reporter", "editor", "admin", "editor")  # as many as the site has PHP workers
    last = ""
    for round_number in range(RACE_ROUNDS):
        rivals = [(login, entry(last, note=f"{n}/{round_number}")) for n, login in enumerate(desks)]
        answers = race(wp_site, post["id"], rivals)
        codes = sorted(answer.status_code for answer in answers)
        assert codes == [201] + [409] * (len(desks) - 1), [answer.text for answer in answers]
        winner = next(a.json() for a in answers if a.status_code == 201)
        for loser in (a.json() for a in answers if a.status_code == 409):
            assert loser["data"]["last_hash"] == winner["hash"]
        last = winner["hash"]

    entries = read_audit(wp_site, "editor", post["id"]).json()["entries"]
    assert len(entries) == RACE_ROUNDS
    assert [e["prev_hash"] for e in entries] == ["", *[e["hash"] for e in entries[:-1]]]


# ------------------------------------------------------------------ the plugin on the site


@wordpress
def test_info_names_the_workflow_features(wp_site):
    info = requests.get(api(wp_site, "/newsdesk/v1/info"), timeout=TIMEOUT).json()
    assert {"workflow_statuses", "notes", "audit"} <= set(info["features"])


@wordpress
def test_site_without_the_plugin_knows_no_review_statuses(wp_site):
    info_url = api(wp_site, "/newsdesk/v1/info")
    post = new_post(wp_site, "editor", status="draft")
    try:
        wpsite.set_plugin(wp_site.dir, active=False)
        refused(requests.get(info_url, timeout=TIMEOUT), 404, "rest_no_route")
        refused(
            update(wp_site, "editor", post["id"], status="nd-approved"), 400, "rest_invalid_param"
        )
        refused(get_notes(wp_site, "editor", post["id"]), 404, "rest_no_route")
    finally:
        wpsite.set_plugin(wp_site.dir, active=True)
    assert requests.get(info_url, timeout=TIMEOUT).status_code == 200
    assert update(wp_site, "editor", post["id"], status="nd-approved").status_code == 200


@wordpress
def test_start_puts_the_current_plugin_on_a_running_site(wp_site):
    site_dir = Path(wp_site.dir)
    installed = site_dir / "www/wp-content/plugins/newsdesk-bridge"
    main_file = installed / "newsdesk-bridge.php"
    leftover = installed / "includes/left-over.php"
    try:
        main_file.write_text(main_file.read_text() + "\n// an older copy\n")
        leftover.write_text("<?php\n")
        wpsite.set_plugin(site_dir, active=False)
        again = wpsite.start(site_dir, wp_site.port)
    finally:
        leftover.unlink(missing_ok=True)
        wpsite.set_plugin(site_dir, active=True)
    assert again.url == wp_site.url
    packaged = {p.relative_to(PLUGIN): p.read_bytes() for p in PLUGIN.rglob("*") if p.is_file()}
    copied = {p.relative_to(installed): p.read_bytes() for p in installed.rglob("*") if p.is_file()}
    assert copied == packaged
    assert requests.get(api(wp_site, "/newsdesk/v1/info"), timeout=TIMEOUT).status_code == 200


# ------------------------------------------------------------------ translations


def plugin_strings() -> set[tuple[str, str | None]]:
    """Every translatable string of the plugin's PHP, as (message, context)."""
    quoted = r"'([^']*)'"
    found: set[tuple[str, str | None]] = set()
    for source in PLUGIN.rglob("*.php"):
        text = source.read_text(encoding="utf-8").replace("\\'", "\x00")
        for message in re.findall(r"\b(?:__|esc_html__|_n_noop)\(\s*" + quoted, text):
            found.add((message.replace("\x00", "'"), None))
        for message, context in re.findall(r"\b_x\(\s*" + quoted + r",\s*" + quoted, text):
            found.add((message.replace("\x00", "'"), context))
    return found


def test_plugin_ships_a_complete_vietnamese_translation():
    with (PLUGIN / "languages/newsdesk-bridge-vi.mo").open("rb") as compiled:
        catalog = read_mo(compiled)

    def translated(message: str, context: str | None) -> str:
        found = catalog.get(message, context=context)
        if found is None:
            return ""
        return found.string if isinstance(found.string, str) else found.string[0]

    strings = plugin_strings()
    assert len(strings) > 30
    assert [s for s in strings if not translated(*s)] == []
    assert translated("Returned to reporter", "post status") == "Trả lại"
    assert translated("Approved", "post status") == "Đã duyệt"
