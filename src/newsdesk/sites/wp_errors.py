"""WordPress's own error codes, worded for a reporter: what happened and what to do."""

from __future__ import annotations

from newsdesk.core.messages import Message
from newsdesk.sites.errors import RateLimited, SiteError

# code -> (cause, action). The site's own message is kept after the cause.
WORDPRESS_ERRORS: dict[str, tuple[Message, Message]] = {
    "rest_not_logged_in": (
        Message("The site did not recognise you: the user name or Application Password is wrong."),
        Message(
            "Create a new Application Password in your profile on the site and enter it again."
        ),
    ),
    "incorrect_password": (
        Message("The Application Password is wrong or was revoked."),
        Message(
            "Create a new Application Password in your profile on the site and enter it again."
        ),
    ),
    "invalid_username": (
        Message("The site has no user with that name."),
        Message("Check the user name (the login name, not the display name)."),
    ),
    "rest_cannot_create": (
        Message("Your role on the site may not create this."),
        Message("Ask an editor to do it, or the administrator to raise your role."),
    ),
    "rest_cannot_publish": (
        Message("Your role on the site may submit articles but not publish them."),
        Message("Submit the article for review; an editor will publish it."),
    ),
    "rest_cannot_edit": (
        Message(
            "Your role on the site may not change this article any more (it may be published)."
        ),
        Message("Ask an editor to make the change."),
    ),
    "rest_cannot_edit_others": (
        Message("This article belongs to someone else on the site."),
        Message("Ask an editor to make the change."),
    ),
    "rest_forbidden_context": (
        Message("Your role on the site may not open this article for editing."),
        Message("Ask an editor to make the change."),
    ),
    "rest_cannot_assign_term": (
        Message("Your role on the site may not use this category or tag."),
        Message("Choose another category, or ask an editor."),
    ),
    "rest_cannot_create_term": (
        Message("Your role on the site may not create new tags or categories."),
        Message("Use existing ones, or ask an editor to create it."),
    ),
    "rest_post_invalid_id": (
        Message("The article no longer exists on the site (it may have been deleted)."),
        Message("Submit it again as a new article, or ask an editor."),
    ),
    "rest_invalid_param": (
        Message("The site refused a value in the article."),
        Message("Check the article's metadata (date, category, tags) and send it again."),
    ),
    "rest_upload_sideload_error": (
        Message("The site does not accept this kind of file."),
        Message("Save the photo as JPEG or PNG and add it again."),
    ),
    "rest_upload_file_too_big": (
        Message("The photo is larger than the site accepts."),
        Message("Make the photo smaller (for example 2000 pixels wide) and add it again."),
    ),
    "rest_upload_no_data": (
        Message("The photo file was empty."),
        Message("Choose the photo again."),
    ),
    "rest_no_route": (
        Message("The site does not offer this function (a plugin may be missing or disabled)."),
        Message("Ask the site administrator to install the Newsdesk Bridge plugin."),
    ),
    "rest_disabled": (
        Message("The site's REST API is switched off."),
        Message("Ask the site administrator to enable it for logged-in users."),
    ),
    "newsdesk_stale_write": (
        Message("Someone changed this article on the site after your copy was made."),
        Message("Newsdesk will merge their changes with yours; sync again."),
    ),
    "newsdesk_invalid_bylines": (
        Message("The site refused the bylines."),
        Message("Check each byline has a name, then send the article again."),
    ),
}


def explained(error: SiteError) -> SiteError:
    """The same kind of error, worded for a reporter when WordPress's code is known."""
    wording = WORDPRESS_ERRORS.get(error.code)
    if wording is None or isinstance(error, RateLimited):
        return error
    cause, action = wording
    return type(error)(cause, action, code=error.code, status=error.status, said=error.said)
