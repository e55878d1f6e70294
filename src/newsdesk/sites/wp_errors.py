"""WordPress's own error codes, worded for a reporter: what happened and what to do."""

from __future__ import annotations

from newsdesk.sites.errors import RateLimited, SiteError

# code -> (cause, action). The site's own message is kept after the cause.
WORDPRESS_ERRORS: dict[str, tuple[str, str]] = {
    "rest_not_logged_in": (
        "The site did not recognise you: the user name or Application Password is wrong.",
        "Create a new Application Password in your profile on the site and enter it again.",
    ),
    "incorrect_password": (
        "The Application Password is wrong or was revoked.",
        "Create a new Application Password in your profile on the site and enter it again.",
    ),
    "invalid_username": (
        "The site has no user with that name.",
        "Check the user name (the login name, not the display name).",
    ),
    "rest_cannot_create": (
        "Your role on the site may not create this.",
        "Ask an editor to do it, or the administrator to raise your role.",
    ),
    "rest_cannot_publish": (
        "Your role on the site may submit articles but not publish them.",
        "Submit the article for review; an editor will publish it.",
    ),
    "rest_cannot_edit": (
        "Your role on the site may not change this article any more (it may be published).",
        "Ask an editor to make the change.",
    ),
    "rest_cannot_edit_others": (
        "This article belongs to someone else on the site.",
        "Ask an editor to make the change.",
    ),
    "rest_forbidden_context": (
        "Your role on the site may not open this article for editing.",
        "Ask an editor to make the change.",
    ),
    "rest_cannot_assign_term": (
        "Your role on the site may not use this category or tag.",
        "Choose another category, or ask an editor.",
    ),
    "rest_cannot_create_term": (
        "Your role on the site may not create new tags or categories.",
        "Use existing ones, or ask an editor to create it.",
    ),
    "rest_post_invalid_id": (
        "The article no longer exists on the site (it may have been deleted).",
        "Submit it again as a new article, or ask an editor.",
    ),
    "rest_invalid_param": (
        "The site refused a value in the article.",
        "Check the article's metadata (date, category, tags) and send it again.",
    ),
    "rest_upload_sideload_error": (
        "The site does not accept this kind of file.",
        "Save the photo as JPEG or PNG and add it again.",
    ),
    "rest_upload_file_too_big": (
        "The photo is larger than the site accepts.",
        "Make the photo smaller (for example 2000 pixels wide) and add it again.",
    ),
    "rest_upload_no_data": (
        "The photo file was empty.",
        "Choose the photo again.",
    ),
    "rest_no_route": (
        "The site does not offer this function (a plugin may be missing or disabled).",
        "Ask the site administrator to install the Newsdesk Bridge plugin.",
    ),
    "rest_disabled": (
        "The site's REST API is switched off.",
        "Ask the site administrator to enable it for logged-in users.",
    ),
    "newsdesk_stale_write": (
        "Someone changed this article on the site after your copy was made.",
        "Newsdesk will merge their changes with yours; sync again.",
    ),
    "newsdesk_invalid_bylines": (
        "The site refused the bylines.",
        "Check each byline has a name, then send the article again.",
    ),
}


def explained(error: SiteError) -> SiteError:
    """The same kind of error, worded for a reporter when WordPress's code is known."""
    wording = WORDPRESS_ERRORS.get(error.code)
    if wording is None or isinstance(error, RateLimited):
        return error
    said = error.cause.partition(" The site said: ")[2]
    cause, action = wording
    return type(error)(
        cause + (f" (The site said: {said})" if said else ""),
        action,
        code=error.code,
        status=error.status,
    )
