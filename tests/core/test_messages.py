"""Messages: English text for code and logs, template and values for the window's language."""

from __future__ import annotations

import copy
import pickle

import pytest

from newsdesk.core.article import WorkflowStatus, new_article
from newsdesk.core.checklist import Checklist, ChecklistError
from newsdesk.core.errors import NewsdeskError, ValidationError
from newsdesk.core.messages import STORED_PREFIX, Message, from_stored, in_language, to_stored
from newsdesk.core.site import DeskRole
from newsdesk.core.workflow import Action, WorkflowError, transition

VIETNAMESE = {
    "The site has no category “{name}”.": "Trang không có chuyên mục “{name}”.",
    "Choose another one.": "Hãy chọn chuyên mục khác.",
    "Shorten the sapo to {limit} words (now {now}).": "Rút sa-pô xuống còn {limit} chữ ({now}).",
    "{cause} The site said: {said}": "{cause} Trang phản hồi: {said}",
    "published": "đã xuất bản",
}


def translate(template: str) -> str:
    return VIETNAMESE.get(template, template)


def test_a_message_is_its_english_sentence():
    message = Message("The site has no category “{name}”.", name="Thời sự")
    assert message == "The site has no category “Thời sự”."
    assert isinstance(message, str)
    assert message.template == "The site has no category “{name}”."
    assert dict(message.params) == {"name": "Thời sự"}
    assert f"{message}" == "The site has no category “Thời sự”."
    assert repr(message) == "Message('The site has no category “{name}”.', name='Thời sự')"


def test_render_translates_the_template_and_keeps_outside_values_as_they_are():
    message = Message("Shorten the sapo to {limit} words (now {now}).", limit=50, now=63)
    assert message.render(translate) == "Rút sa-pô xuống còn 50 chữ (63)."
    # The site's own words are a plain string: they stay English even inside a translation.
    said = Message(
        "{cause} The site said: {said}",
        cause=Message("The site has no category “{name}”.", name="Sport"),
        said="Invalid parameter(s): categories",
    )
    assert said.render(translate) == (
        "Trang không có chuyên mục “Sport”. Trang phản hồi: Invalid parameter(s): categories"
    )
    assert (
        said == "The site has no category “Sport”. The site said: Invalid parameter(s): categories"
    )


def test_a_faulty_translation_falls_back_to_english():
    message = Message("Choose another one.")
    assert message.render(lambda _t: "Hãy chọn {wrong}.") == "Choose another one."


def test_joined_messages_are_translated_one_by_one():
    both = Message.joined([Message("The site has no category “{name}”.", name="X"), "", "raw"])
    assert both == "The site has no category “X”. raw"
    assert both.render(translate) == "Trang không có chuyên mục “X”. raw"
    assert Message.joined(["a", "b"], " {or} ") == "a {or} b"


def test_an_error_str_is_cause_and_action_as_one_message():
    error = ValidationError(
        Message("The site has no category “{name}”.", name="X"), Message("Choose another one.")
    )
    text = str(error)
    assert text == "The site has no category “X”. Choose another one."
    assert isinstance(text, Message)
    assert (
        in_language(text, translate) == "Trang không có chuyên mục “X”. Hãy chọn chuyên mục khác."
    )
    assert str(NewsdeskError("Only a cause.")) == "Only a cause."


def test_stored_and_read_back_it_is_the_same_message():
    message = Message(
        "{cause} The site said: {said}",
        cause=Message("Shorten the sapo to {limit} words (now {now}).", limit=50, now=63.5),
        said="“quoted” {braces}",
    )
    stored = to_stored(message)
    assert stored.startswith(STORED_PREFIX)
    back = from_stored(stored)
    assert isinstance(back, Message)
    assert back == message
    assert back.template == message.template
    assert back.render(translate) == message.render(translate)
    assert back.params["cause"].params == {"limit": 50, "now": 63.5}


def test_plain_text_is_stored_as_it_is_and_read_back_untranslated():
    assert to_stored("The site said no.") == "The site said no."
    back = from_stored("The site said no.")
    assert not isinstance(back, Message)
    assert in_language(back, translate) == "The site said no."
    assert in_language("", translate) == ""


@pytest.mark.parametrize(
    "damaged",
    [
        STORED_PREFIX + "{not json",
        STORED_PREFIX + '{"template": "A {x}.", "params": {}}',  # a value missing
        STORED_PREFIX + '{"template": 3, "params": {}}',
        STORED_PREFIX + '{"template": "A {x}.", "params": {"x": [1]}}',
        STORED_PREFIX + '{"template": "A {x}.", "params": {"x": true}}',
        STORED_PREFIX + "[]",
    ],
)
def test_a_damaged_record_reads_back_as_the_text_it_holds(damaged):
    back = from_stored(damaged)
    assert back == damaged
    assert not isinstance(back, Message)


def test_a_stored_message_is_translated_when_shown():
    stored = to_stored(Message("The site has no category “{name}”.", name="Y"))
    assert in_language(stored, translate) == "Trang không có chuyên mục “Y”."


def test_messages_survive_pickling_and_copying():
    message = Message("Shorten the sapo to {limit} words (now {now}).", limit=5, now=6)
    for twin in (pickle.loads(pickle.dumps(message)), copy.deepcopy(message)):  # noqa: S301 (ours)
        assert twin == message
        assert twin.template == message.template
        assert dict(twin.params) == {"limit": 5, "now": 6}


def test_checklist_items_and_their_error_are_messages():
    missing = Checklist(max_sapo_words=2).missing(new_article(title="Tin", sapo="một hai ba"))
    assert "Shorten the sapo to 2 words (now 3)." in missing
    assert all(isinstance(item, Message) for item in missing)
    error = ChecklistError(missing)
    assert isinstance(error.cause, Message)
    assert "Rút sa-pô xuống còn 2 chữ (3)." in in_language(error.cause, translate)


def test_workflow_refusals_translate_their_parts():
    with pytest.raises(WorkflowError) as caught:
        transition(WorkflowStatus.PUBLISHED, Action.APPROVE, DeskRole.EDITOR)
    cause = caught.value.cause
    assert cause == "An article that is published cannot be approved."
    assert isinstance(cause, Message)
    assert cause.params["state"].template == "published"
    # Each part is looked up on its own: here only the state has a translation.
    assert in_language(cause, translate) == "An article that is đã xuất bản cannot be approved."
