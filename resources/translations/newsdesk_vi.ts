<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ArticleCommands</name>
    <message>
        <source>Delete article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” from this computer? Copies already sent to a site stay there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for “{site}”; it goes out when you work online again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to “{site}”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <source>Search title, sapo and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}
Last change: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BylineRow</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this person did: Bài (text), Ảnh (photos)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this byline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BylinesEditor</name>
    <message>
        <source>&amp;Add byline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>bold text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>italic text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sapo (lead paragraph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sapo: two or three sentences that sum it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text. Markdown: **bold**, *italic*, ## subheading, - list, &gt; quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: title {title}, sapo {sapo}, body {body}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the selected words link to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a picture Newsdesk can read ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG, GIF or WebP file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong inside Newsdesk ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is saved. Try again; if it happens again, report this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsdesk: a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <source>B</source>
        <comment>toolbar face for bold</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <comment>toolbar face for italic</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the line a subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the lines a bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the lines a quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the selected words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a picture into the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageCheck</name>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content is not a picture, or the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageChooser</name>
    <message>
        <source>Featured image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the picture shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ảnh: Thủy Phương</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For readers who cannot see the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be the featured image: {problem}. Choose a JPEG, PNG, GIF or WebP photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the featured image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the article to the site for an editor to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the article on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send waiting articles and fetch changes from the sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep everything on this computer until you turn this off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, test and remove sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles reporters have submitted for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and bylines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsdesk {version}&lt;/h3&gt;&lt;p&gt;Write articles offline, see them as the portal shows them, and send them to the site for review and publication.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site the article goes to; its categories are offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web address of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the slug from the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Theo TTXVN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no site yet: add one under Sites…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Choose an article, or start a new one, to see it as the portal shows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your sites lets you review: only editors see the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the queue from “{site}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} articles wait for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “{title}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect at once, no restart needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection and read the site&apos;s roles and categories again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short name, e.g. portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made in WordPress under Users → Profile → Application Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring service: the password is kept only until Newsdesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} ({roles}): {desk_role}; {count} categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as &lt;b&gt;{name}&lt;/b&gt; ({roles}): {desk_role}; {count} categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the site “{name}” and its password on this computer? Nothing is deleted on the site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synced at {time}: {sent} sent, {updated} updated from the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} waiting for the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} failed (see the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor (can publish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporter (submits for review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no writing rights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>None of your sites lets you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the article for review instead; an editor will publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site to send the article to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your site under Sites…, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the article to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
