"""Pick the connector for a configured site."""

from __future__ import annotations

from newsdesk.core.messages import Message
from newsdesk.core.site import Site, SiteKind
from newsdesk.sites.base import SiteConnector
from newsdesk.sites.credentials import Credentials
from newsdesk.sites.errors import AuthError
from newsdesk.sites.metaweblog import MetaWeblogConnector
from newsdesk.sites.nukeviet import NukeVietConnector
from newsdesk.sites.wordpress import WordPressConnector


def make_connector(site: Site, password: str) -> SiteConnector:
    if site.kind is SiteKind.METAWEBLOG:
        return MetaWeblogConnector(site.api_url, site.username, password, site.blog_id)
    if site.kind is SiteKind.NUKEVIET:
        # The API key is kept as the user name, the API secret as the password.
        return NukeVietConnector(site.url, site.username, password)
    return WordPressConnector(site.url, site.username, password)


class ConnectorFactory:
    """Builds connectors for stored sites with the password from the keyring."""

    def __init__(self, credentials: Credentials) -> None:
        self._credentials = credentials

    def __call__(self, site: Site) -> SiteConnector:
        password = self._credentials.get(site.key)
        if password is None:
            raise AuthError(
                Message(
                    "No password for the site “{site}” is stored on this computer.",
                    site=site.name,
                ),
                Message("Enter the API secret again in the site settings.")
                if site.kind is SiteKind.NUKEVIET
                else Message("Enter the Application Password again in the site settings."),
            )
        return make_connector(site, password)
