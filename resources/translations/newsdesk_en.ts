<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About Newsdesk</source>
        <translation>About Newsdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Newsdesk {version}&lt;/h3&gt;&lt;p&gt;Write articles offline, see them as the portal shows them, and send them to the site for review and publication.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Newsdesk {version}&lt;/h3&gt;&lt;p&gt;Write articles offline, see them as the portal shows them, and send them to the site for review and publication.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ArticleCommands</name>
    <message>
        <source>Delete article</source>
        <translation>Delete article</translation>
    </message>
    <message>
        <source>Delete “{title}” from this computer? Copies already sent to a site stay there.</source>
        <translation>Delete “{title}” from this computer? Copies already sent to a site stay there.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Queued again; it goes out when you work online again.</source>
        <translation>Queued again; it goes out when you work online again.</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <source>Search title, sapo and text</source>
        <translation>Search title, sapo and text</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>{title}
Last change: {when}</source>
        <translation>{title}
Last change: {when}</translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
        <translation>{state}: {reason}</translation>
    </message>
</context>
<context>
    <name>BylineRow</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>What this person did: Bài (text), Ảnh (photos)…</source>
        <translation>What this person did: Bài (text), Ảnh (photos)…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove this byline</source>
        <translation>Remove this byline</translation>
    </message>
</context>
<context>
    <name>BylinesEditor</name>
    <message>
        <source>&amp;Add byline</source>
        <translation>&amp;Add byline</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Checklist before approval</source>
        <translation>Checklist before approval</translation>
    </message>
    <message>
        <source>Approving, scheduling and publishing are blocked until these are met</source>
        <translation>Approving, scheduling and publishing are blocked until these are met</translation>
    </message>
    <message>
        <source>A category is chosen</source>
        <translation>A category is chosen</translation>
    </message>
    <message>
        <source>A featured photo is set</source>
        <translation>A featured photo is set</translation>
    </message>
    <message>
        <source>The featured photo has a caption and a credit</source>
        <translation>The featured photo has a caption and a credit</translation>
    </message>
    <message>
        <source>A sapo is written</source>
        <translation>A sapo is written</translation>
    </message>
    <message>
        <source>Sapo at most:</source>
        <translation>Sapo at most:</translation>
    </message>
    <message>
        <source>Bylines at least:</source>
        <translation>Bylines at least:</translation>
    </message>
    <message>
        <source>Title at most:</source>
        <translation>Title at most:</translation>
    </message>
    <message>
        <source> words</source>
        <translation> words</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
</context>
<context>
    <name>ChecklistMessage</name>
    <message>
        <source>Not ready for approval</source>
        <translation>Not ready for approval</translation>
    </message>
    <message>
        <source>“{title}” cannot be approved yet. The site&apos;s checklist asks for:</source>
        <translation>“{title}” cannot be approved yet. The site&apos;s checklist asks for:</translation>
    </message>
    <message>
        <source>Fix these points (or return the article to the reporter), then try again.</source>
        <translation>Fix these points (or return the article to the reporter), then try again.</translation>
    </message>
</context>
<context>
    <name>ClashView</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>The site&apos;s version</source>
        <translation>The site&apos;s version</translation>
    </message>
    <message>
        <source>The version before both changes</source>
        <translation>The version before both changes</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take the site&apos;s</source>
        <translation>Take the site&apos;s</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Yours first, then the site&apos;s</source>
        <translation>Yours first, then the site&apos;s</translation>
    </message>
    <message>
        <source>Only text can keep both versions</source>
        <translation>Only text can keep both versions</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions: {title}</source>
        <translation>Compare versions: {title}</translation>
    </message>
    <message>
        <source>Words only in the older version are marked red on the left; words only in the newer one green on the right.</source>
        <translation>Words only in the older version are marked red on the left; words only in the newer one green on the right.</translation>
    </message>
    <message>
        <source>&amp;Older version:</source>
        <translation>&amp;Older version:</translation>
    </message>
    <message>
        <source>&amp;Newer version:</source>
        <translation>&amp;Newer version:</translation>
    </message>
    <message>
        <source>Version {n}, {time}, {status}</source>
        <translation>Version {n}, {time}, {status}</translation>
    </message>
    <message>
        <source> (as submitted)</source>
        <translation> (as submitted)</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (current)</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>This article was also changed on the site, in the same places as here. Nothing is lost: choose which version to keep where they differ.</source>
        <translation>This article was also changed on the site, in the same places as here. Nothing is lost: choose which version to keep where they differ.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take the site&apos;s</source>
        <translation>Take the site&apos;s</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Where they differ, both versions stay, one after the other</source>
        <translation>Where they differ, both versions stay, one after the other</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <source>See both versions side by side and choose place by place</source>
        <translation>See both versions side by side and choose place by place</translation>
    </message>
</context>
<context>
    <name>ConflictCommands</name>
    <message>
        <source>Your choice is saved; it goes to the site when you work online again.</source>
        <translation>Your choice is saved; it goes to the site when you work online again.</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Paste as plain &amp;text</source>
        <translation>Paste as plain &amp;text</translation>
    </message>
    <message>
        <source>Paste the copied text without its bold, italic, lists or links</source>
        <translation>Paste the copied text without its bold, italic, lists or links</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Find words in the title, sapo and body</source>
        <translation>Find words in the title, sapo and body</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Replace…</translation>
    </message>
    <message>
        <source>Find words in the title, sapo and body and replace them</source>
        <translation>Find words in the title, sapo and body and replace them</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>T&amp;able</translation>
    </message>
    <message>
        <source>&amp;Insert a table…</source>
        <translation>&amp;Insert a table…</translation>
    </message>
    <message>
        <source>Insert a table (rows, columns, header row) at the cursor</source>
        <translation>Insert a table (rows, columns, header row) at the cursor</translation>
    </message>
    <message>
        <source>Add a &amp;row below</source>
        <translation>Add a &amp;row below</translation>
    </message>
    <message>
        <source>Remove this r&amp;ow</source>
        <translation>Remove this r&amp;ow</translation>
    </message>
    <message>
        <source>Add a &amp;column to the right</source>
        <translation>Add a &amp;column to the right</translation>
    </message>
    <message>
        <source>Remove this co&amp;lumn</source>
        <translation>Remove this co&amp;lumn</translation>
    </message>
    <message>
        <source>&amp;Tidy this table</source>
        <translation>&amp;Tidy this table</translation>
    </message>
    <message>
        <source>Line up the columns of the table under the cursor</source>
        <translation>Line up the columns of the table under the cursor</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>bold text</source>
        <translation>bold text</translation>
    </message>
    <message>
        <source>italic text</source>
        <translation>italic text</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Sapo (lead paragraph)</source>
        <translation>&amp;Sapo (lead paragraph)</translation>
    </message>
    <message>
        <source>Sapo: two or three sentences that sum it up</source>
        <translation>Sapo: two or three sentences that sum it up</translation>
    </message>
    <message>
        <source>Write the article here. Select words and use the buttons above (or Ctrl+B, Ctrl+I, Ctrl+K) for bold, italic and links; Help lists every key.</source>
        <translation>Write the article here. Select words and use the buttons above (or Ctrl+B, Ctrl+I, Ctrl+K) for bold, italic and links; Help lists every key.</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatting</translation>
    </message>
    <message>
        <source>The text you pasted is too long: {length} characters, and at most {limit} can be pasted at once.</source>
        <translation>The text you pasted is too long: {length} characters, and at most {limit} can be pasted at once.</translation>
    </message>
    <message>
        <source>Nothing was changed and the text is still on the clipboard: paste it in smaller parts, or shorten it first.</source>
        <translation>Nothing was changed and the text is still on the clipboard: paste it in smaller parts, or shorten it first.</translation>
    </message>
    <message>
        <source>Words: title {title}, sapo {sapo}, body {body}</source>
        <translation>Words: title {title}, sapo {sapo}, body {body}</translation>
    </message>
    <message>
        <source>A news title is usually at most {title} words and a sapo at most {sapo}; longer ones are shown in red.</source>
        <translation>A news title is usually at most {title} words and a sapo at most {sapo}; longer ones are shown in red.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Address the selected words link to:</source>
        <translation>Address the selected words link to:</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>link text</translation>
    </message>
</context>
<context>
    <name>EditorialWatch</name>
    <message>
        <source>After the sync</source>
        <translation>After the sync</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>“{title}” was approved.</source>
        <translation>“{title}” was approved.</translation>
    </message>
    <message>
        <source>“{title}” will be published at {time} (Vietnam time).</source>
        <translation>“{title}” will be published at {time} (Vietnam time).</translation>
    </message>
    <message>
        <source>“{title}” is scheduled; the site has not said when.</source>
        <translation>“{title}” is scheduled; the site has not said when.</translation>
    </message>
    <message>
        <source>“{title}” was returned: {note}</source>
        <translation>“{title}” was returned: {note}</translation>
    </message>
    <message>
        <source>“{title}” was returned to you.</source>
        <translation>“{title}” was returned to you.</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>“{title}” is on the site now.</source>
        <translation>“{title}” is on the site now.</translation>
    </message>
    <message>
        <source>“{title}” was returned to the reporter: {note}</source>
        <translation>“{title}” was returned to the reporter: {note}</translation>
    </message>
    <message>
        <source>“{title}” was returned to the reporter.</source>
        <translation>“{title}” was returned to the reporter.</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>{n} articles wait for review on “{site}”.</source>
        <translation>{n} articles wait for review on “{site}”.</translation>
    </message>
    <message>
        <source>New submission</source>
        <translation>New submission</translation>
    </message>
    <message>
        <source>“{title}” by {who}, on “{site}”.</source>
        <translation>“{title}” by {who}, on “{site}”.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The site cannot be reached now. Your work is kept.</source>
        <translation>The site cannot be reached now. Your work is kept.</translation>
    </message>
    <message>
        <source>The site did not accept your user name or password.</source>
        <translation>The site did not accept your user name or password.</translation>
    </message>
    <message>
        <source>Your role on the site does not allow this.</source>
        <translation>Your role on the site does not allow this.</translation>
    </message>
    <message>
        <source>Someone on the site changed the same part of this article.</source>
        <translation>Someone on the site changed the same part of this article.</translation>
    </message>
    <message>
        <source>Someone on the site changed this article too.</source>
        <translation>Someone on the site changed this article too.</translation>
    </message>
    <message>
        <source>Newsdesk cannot publish to this address.</source>
        <translation>Newsdesk cannot publish to this address.</translation>
    </message>
    <message>
        <source>The site had a problem. Newsdesk will try again.</source>
        <translation>The site had a problem. Newsdesk will try again.</translation>
    </message>
    <message>
        <source>The site asked Newsdesk to slow down.</source>
        <translation>The site asked Newsdesk to slow down.</translation>
    </message>
    <message>
        <source>The site refused the article as it is.</source>
        <translation>The site refused the article as it is.</translation>
    </message>
    <message>
        <source>The article is not ready for this.</source>
        <translation>The article is not ready for this.</translation>
    </message>
    <message>
        <source>That is no longer there.</source>
        <translation>That is no longer there.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>Something went wrong inside Newsdesk ({error}).</source>
        <translation>Something went wrong inside Newsdesk ({error}).</translation>
    </message>
    <message>
        <source>Your work is saved. Try again; if it happens again, report this message.</source>
        <translation>Your work is saved. Try again; if it happens again, report this message.</translation>
    </message>
    <message>
        <source>Your work is saved. Try again; if it happens again, report this message and send the log file: {path}</source>
        <translation>Your work is saved. Try again; if it happens again, report this message and send the log file: {path}</translation>
    </message>
    <message>
        <source>Newsdesk: a problem</source>
        <translation>Newsdesk: a problem</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>F&amp;ind:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <source>Re&amp;place with:</source>
        <translation>Re&amp;place with:</translation>
    </message>
    <message>
        <source>Words in the title, sapo and body</source>
        <translation>Words in the title, sapo and body</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Match &amp;case</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Whole words</translation>
    </message>
    <message>
        <source>Ignore acce&amp;nts</source>
        <translation>Ignore acce&amp;nts</translation>
    </message>
    <message>
        <source>“Quang Tri” also finds “Quảng Trị”</source>
        <translation>“Quang Tri” also finds “Quảng Trị”</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Replace a&amp;ll</source>
        <translation>Replace a&amp;ll</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <source>{total} found</source>
        <translation>{total} found</translation>
    </message>
    <message>
        <source>{n} replaced</source>
        <translation>{n} replaced</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>&amp;Focus mode</source>
        <translation>&amp;Focus mode</translation>
    </message>
    <message>
        <source>Only the article&apos;s text, centred; Esc leaves</source>
        <translation>Only the article&apos;s text, centred; Esc leaves</translation>
    </message>
    <message>
        <source>Leave focus mode</source>
        <translation>Leave focus mode</translation>
    </message>
    <message>
        <source>Focus mode: Esc or F11 leaves it</source>
        <translation>Focus mode: Esc or F11 leaves it</translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <source>B</source>
        <comment>toolbar face for bold</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>I</source>
        <comment>toolbar face for italic</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Make the line a subheading</source>
        <translation>Make the line a subheading</translation>
    </message>
    <message>
        <source>1. List</source>
        <comment>toolbar face for a numbered list</comment>
        <translation>1. List</translation>
    </message>
    <message>
        <source>Make the lines a numbered list</source>
        <translation>Make the lines a numbered list</translation>
    </message>
    <message>
        <source>• List</source>
        <comment>toolbar face for a bulleted list</comment>
        <translation>• List</translation>
    </message>
    <message>
        <source>Make the lines a bulleted list</source>
        <translation>Make the lines a bulleted list</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Make the lines a quotation</source>
        <translation>Make the lines a quotation</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Link the selected words</source>
        <translation>Link the selected words</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Insert a picture into the text</source>
        <translation>Insert a picture into the text</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: {title}</source>
        <translation>History: {title}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Not verified: {where} It may have been tampered with; tell the site administrator.</source>
        <translation>Not verified: {where} It may have been tampered with; tell the site administrator.</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this article yet.</source>
        <translation>Nothing has been recorded for this article yet.</translation>
    </message>
    <message>
        <source>The record holds together: each of its {n} entries is sealed to the one before.</source>
        <translation>The record holds together: each of its {n} entries is sealed to the one before.</translation>
    </message>
    <message>
        <source>Export the record as CSV</source>
        <translation>Export the record as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export the record as PDF</source>
        <translation>Export the record as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>“{path}” could not be written ({error}). Choose another folder.</source>
        <translation>“{path}” could not be written ({error}). Choose another folder.</translation>
    </message>
</context>
<context>
    <name>ImageChooser</name>
    <message>
        <source>Featured image</source>
        <translation>Featured image</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Caption:</translation>
    </message>
    <message>
        <source>Photo credit:</source>
        <translation>Photo credit:</translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation>Alt text:</translation>
    </message>
    <message>
        <source>What the picture shows</source>
        <translation>What the picture shows</translation>
    </message>
    <message>
        <source>e.g. Thủy Phương</source>
        <translation>e.g. Thủy Phương</translation>
    </message>
    <message>
        <source>For readers who cannot see the picture</source>
        <translation>For readers who cannot see the picture</translation>
    </message>
    <message>
        <source>“{name}” cannot be the featured image: {problem}. Choose a JPEG, PNG, GIF or WebP photo.</source>
        <translation>“{name}” cannot be the featured image: {problem}. Choose a JPEG, PNG, GIF or WebP photo.</translation>
    </message>
    <message>
        <source>Choose the featured image</source>
        <translation>Choose the featured image</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>No picture chosen.</source>
        <translation>No picture chosen.</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <source>Missing file</source>
        <translation>Missing file</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New article</source>
        <translation>&amp;New article</translation>
    </message>
    <message>
        <source>Start a new article</source>
        <translation>Start a new article</translation>
    </message>
    <message>
        <source>&amp;Delete article</source>
        <translation>&amp;Delete article</translation>
    </message>
    <message>
        <source>Delete the article</source>
        <translation>Delete the article</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>Su&amp;bmit for review</translation>
    </message>
    <message>
        <source>Send the article to the site for an editor to review</source>
        <translation>Send the article to the site for an editor to review</translation>
    </message>
    <message>
        <source>&amp;Return to reporter…</source>
        <translation>&amp;Return to reporter…</translation>
    </message>
    <message>
        <source>Send the article back to the reporter with a note saying what to change</source>
        <translation>Send the article back to the reporter with a note saying what to change</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Approve the article (the site&apos;s checklist must pass)</source>
        <translation>Approve the article (the site&apos;s checklist must pass)</translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>Sc&amp;hedule…</translation>
    </message>
    <message>
        <source>Publish the article at a chosen time (Vietnam time)</source>
        <translation>Publish the article at a chosen time (Vietnam time)</translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation>&amp;Publish now</translation>
    </message>
    <message>
        <source>Publish the article on the site now</source>
        <translation>Publish the article on the site now</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>&amp;Unpublish</translation>
    </message>
    <message>
        <source>Take the published article off the site</source>
        <translation>Take the published article off the site</translation>
    </message>
    <message>
        <source>Publish the corrected article; the earlier version is kept</source>
        <translation>Publish the corrected article; the earlier version is kept</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>&amp;Compare versions…</translation>
    </message>
    <message>
        <source>Two versions of the article side by side, the changed words marked</source>
        <translation>Two versions of the article side by side, the changed words marked</translation>
    </message>
    <message>
        <source>Publish c&amp;orrection…</source>
        <translation>Publish c&amp;orrection…</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>Hi&amp;story…</translation>
    </message>
    <message>
        <source>Who moved the article when, and why; export for the records</source>
        <translation>Who moved the article when, and why; export for the records</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Send waiting articles and fetch changes from the sites</source>
        <translation>Send waiting articles and fetch changes from the sites</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Work &amp;offline</translation>
    </message>
    <message>
        <source>Keep everything on this computer until you turn this off</source>
        <translation>Keep everything on this computer until you turn this off</translation>
    </message>
    <message>
        <source>S&amp;ites…</source>
        <translation>S&amp;ites…</translation>
    </message>
    <message>
        <source>Add, test and remove sites</source>
        <translation>Add, test and remove sites</translation>
    </message>
    <message>
        <source>&amp;Review queue…</source>
        <translation>&amp;Review queue…</translation>
    </message>
    <message>
        <source>Articles reporters have submitted for review</source>
        <translation>Articles reporters have submitted for review</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problems</translation>
    </message>
    <message>
        <source>Sync problems and conflicts, with what to do about each</source>
        <translation>Sync problems and conflicts, with what to do about each</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Notes on the article&apos;s paragraphs, for everyone working on it</source>
        <translation>Notes on the article&apos;s paragraphs, for everyone working on it</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>Language and sync settings</source>
        <translation>Language and sync settings</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>The keys for formatting, lists and the window&apos;s commands</source>
        <translation>The keys for formatting, lists and the window&apos;s commands</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;About Newsdesk</translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation>About Newsdesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close Newsdesk</source>
        <translation>Close Newsdesk</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Details and bylines</source>
        <translation>Details and bylines</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Nothing is sent or fetched until you turn off Work offline</source>
        <translation>Nothing is sent or fetched until you turn off Work offline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>MarkdownPaster</name>
    <message>
        <source>Some pictures in the pasted text could not be kept: {names}</source>
        <translation>Some pictures in the pasted text could not be kept: {names}</translation>
    </message>
    <message>
        <source>The text was pasted without them. Save the pictures as files and insert them with Image in the toolbar.</source>
        <translation>The text was pasted without them. Save the pictures as files and insert them with Image in the toolbar.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Body, paragraph {n}</source>
        <translation>Body, paragraph {n}</translation>
    </message>
    <message>
        <source>Body, paragraphs {first}–{last}</source>
        <translation>Body, paragraphs {first}–{last}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Compare versions: {title}</source>
        <translation>Compare versions: {title}</translation>
    </message>
    <message>
        <source>“{title}” was changed here and on “{site}” in the same places. For each place, choose the version to keep; the words that differ are highlighted. Changes made on only one side are already in the result.</source>
        <translation>“{title}” was changed here and on “{site}” in the same places. For each place, choose the version to keep; the words that differ are highlighted. Changes made on only one side are already in the result.</translation>
    </message>
    <message>
        <source>The versions no longer clash: the changes made here and on “{site}” fit together. Apply keeps both and sends the result.</source>
        <translation>The versions no longer clash: the changes made here and on “{site}” fit together. Apply keeps both and sends the result.</translation>
    </message>
    <message>
        <source>The article after your choices</source>
        <translation>The article after your choices</translation>
    </message>
    <message>
        <source>&amp;Apply and send</source>
        <translation>&amp;Apply and send</translation>
    </message>
    <message>
        <source>Keep the chosen versions and send the article to the site</source>
        <translation>Keep the chosen versions and send the article to the site</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>does not follow the entry before it</source>
        <translation>does not follow the entry before it</translation>
    </message>
    <message>
        <source>was changed after it was recorded</source>
        <translation>was changed after it was recorded</translation>
    </message>
    <message>
        <source>The article is not ready for approval: {missing}</source>
        <translation>The article is not ready for approval: {missing}</translation>
    </message>
    <message>
        <source>Fix these points (or ask the reporter to), then approve again.</source>
        <translation>Fix these points (or ask the reporter to), then approve again.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>Add a featured photo.</source>
        <translation>Add a featured photo.</translation>
    </message>
    <message>
        <source>Write a sapo (the lead).</source>
        <translation>Write a sapo (the lead).</translation>
    </message>
    <message>
        <source>Shorten the sapo to {limit} words (now {now}).</source>
        <translation>Shorten the sapo to {limit} words (now {now}).</translation>
    </message>
    <message>
        <source>Add a byline.</source>
        <translation>Add a byline.</translation>
    </message>
    <message>
        <source>Shorten the title to {limit} words (now {now}).</source>
        <translation>Shorten the title to {limit} words (now {now}).</translation>
    </message>
    <message>
        <source>Write a caption for the featured photo.</source>
        <translation>Write a caption for the featured photo.</translation>
    </message>
    <message>
        <source>Credit the featured photo (who took it).</source>
        <translation>Credit the featured photo (who took it).</translation>
    </message>
    <message>
        <source>Choose the photo again.</source>
        <translation>Choose the photo again.</translation>
    </message>
    <message>
        <source>Save it as JPEG or PNG and choose it again.</source>
        <translation>Save it as JPEG or PNG and choose it again.</translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG, GIF or WebP photo.</source>
        <translation>Choose a JPEG, PNG, GIF or WebP photo.</translation>
    </message>
    <message>
        <source>the picture has more than {limit} million pixels</source>
        <translation>the picture has more than {limit} million pixels</translation>
    </message>
    <message>
        <source>Save a smaller copy of the photo and choose that.</source>
        <translation>Save a smaller copy of the photo and choose that.</translation>
    </message>
    <message>
        <source>its content is not a picture, or the file is damaged</source>
        <translation>its content is not a picture, or the file is damaged</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a photo: {reason}.</source>
        <translation>“{name}” cannot be used as a photo: {reason}.</translation>
    </message>
    <message>
        <source>it is a folder or a device, not a file</source>
        <translation>it is a folder or a device, not a file</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB</source>
        <translation>the file is larger than {limit} MB</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>it is a {format} picture, which web pages cannot show</source>
        <translation>it is a {format} picture, which web pages cannot show</translation>
    </message>
    <message>
        <source>The note is {count} characters long; a note may have at most {limit}.</source>
        <translation>The note is {count} characters long; a note may have at most {limit}.</translation>
    </message>
    <message>
        <source>Shorten it, or split it into two notes.</source>
        <translation>Shorten it, or split it into two notes.</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>submit</translation>
    </message>
    <message>
        <source>return to the reporter</source>
        <translation>return to the reporter</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>schedule</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>publish</translation>
    </message>
    <message>
        <source>unpublish</source>
        <translation>unpublish</translation>
    </message>
    <message>
        <source>publish a correction of</source>
        <translation>publish a correction of</translation>
    </message>
    <message>
        <source>the submission</source>
        <translation>the submission</translation>
    </message>
    <message>
        <source>returning it to the reporter</source>
        <translation>returning it to the reporter</translation>
    </message>
    <message>
        <source>the approval</source>
        <translation>the approval</translation>
    </message>
    <message>
        <source>scheduling it</source>
        <translation>scheduling it</translation>
    </message>
    <message>
        <source>publishing it</source>
        <translation>publishing it</translation>
    </message>
    <message>
        <source>unpublishing it</source>
        <translation>unpublishing it</translation>
    </message>
    <message>
        <source>the correction</source>
        <translation>the correction</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>a draft</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>submitted for review</translation>
    </message>
    <message>
        <source>returned for changes</source>
        <translation>returned for changes</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation>unpublished</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>reporter</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>An article that is {state} cannot be submitted.</source>
        <translation>An article that is {state} cannot be submitted.</translation>
    </message>
    <message>
        <source>An article that is {state} cannot be returned.</source>
        <translation>An article that is {state} cannot be returned.</translation>
    </message>
    <message>
        <source>An article that is {state} cannot be approved.</source>
        <translation>An article that is {state} cannot be approved.</translation>
    </message>
    <message>
        <source>An article that is {state} cannot be scheduled.</source>
        <translation>An article that is {state} cannot be scheduled.</translation>
    </message>
    <message>
        <source>An article that is {state} cannot be published.</source>
        <translation>An article that is {state} cannot be published.</translation>
    </message>
    <message>
        <source>An article that is {state} cannot be unpublished.</source>
        <translation>An article that is {state} cannot be unpublished.</translation>
    </message>
    <message>
        <source>An article that is {state} cannot be corrected.</source>
        <translation>An article that is {state} cannot be corrected.</translation>
    </message>
    <message>
        <source>Refresh the article: someone may have moved it on.</source>
        <translation>Refresh the article: someone may have moved it on.</translation>
    </message>
    <message>
        <source>Only editors may {action} an article; your role on the site is {role}.</source>
        <translation>Only editors may {action} an article; your role on the site is {role}.</translation>
    </message>
    <message>
        <source>Ask an editor to do it.</source>
        <translation>Ask an editor to do it.</translation>
    </message>
    <message>
        <source>a number or true/false</source>
        <translation>a number or true/false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object was expected, not {kind}</source>
        <translation>an object was expected, not {kind}</translation>
    </message>
    <message>
        <source>a list was expected, not {kind}</source>
        <translation>a list was expected, not {kind}</translation>
    </message>
    <message>
        <source>a field is missing or of the wrong kind: {field}</source>
        <translation>a field is missing or of the wrong kind: {field}</translation>
    </message>
    <message>
        <source>Newsdesk found no publishing API at {url}: {why}</source>
        <translation>Newsdesk found no publishing API at {url}: {why}</translation>
    </message>
    <message>
        <source>Enter the API address by hand: for WordPress it is usually the home page followed by /xmlrpc.php; other systems (mojoPortal and the like) show their MetaWeblog address in their settings, or the site administrator can give it to you.</source>
        <translation>Enter the API address by hand: for WordPress it is usually the home page followed by /xmlrpc.php; other systems (mojoPortal and the like) show their MetaWeblog address in their settings, or the site administrator can give it to you.</translation>
    </message>
    <message>
        <source>The site at {typed} says it lives at {claimed}, another address without encryption. Newsdesk sent nothing there.</source>
        <translation>The site at {typed} says it lives at {claimed}, another address without encryption. Newsdesk sent nothing there.</translation>
    </message>
    <message>
        <source>The site at {typed} says it lives at {claimed}. Newsdesk sent nothing there.</source>
        <translation>The site at {typed} says it lives at {claimed}. Newsdesk sent nothing there.</translation>
    </message>
    <message>
        <source>If you trust that address, add the site with it: your user name and password will be sent there.</source>
        <translation>If you trust that address, add the site with it: your user name and password will be sent there.</translation>
    </message>
    <message>
        <source>the home page links neither a WordPress REST API nor an RSD file.</source>
        <translation>the home page links neither a WordPress REST API nor an RSD file.</translation>
    </message>
    <message>
        <source>the home page links a WordPress REST API ({url}), but it does not answer (it may be switched off or blocked), and there is no XML-RPC address.</source>
        <translation>the home page links a WordPress REST API ({url}), but it does not answer (it may be switched off or blocked), and there is no XML-RPC address.</translation>
    </message>
    <message>
        <source>the address answered HTTP {status}.</source>
        <translation>the address answered HTTP {status}.</translation>
    </message>
    <message>
        <source>{cause} The site said: {said}</source>
        <translation>{cause} The site said: {said}</translation>
    </message>
    <message>
        <source>The site at {url} did not finish answering within {seconds} seconds.</source>
        <translation>The site at {url} did not finish answering within {seconds} seconds.</translation>
    </message>
    <message>
        <source>The site at {here} sent the request on to {there}; Newsdesk did not follow it, so nothing was sent there.</source>
        <translation>The site at {here} sent the request on to {there}; Newsdesk did not follow it, so nothing was sent there.</translation>
    </message>
    <message>
        <source>If the site has really moved, add it again with the address {there}; otherwise tell the site administrator.</source>
        <translation>If the site has really moved, add it again with the address {there}; otherwise tell the site administrator.</translation>
    </message>
    <message>
        <source>The site&apos;s answer from {url} is not what Newsdesk expected ({problem}).</source>
        <translation>The site&apos;s answer from {url} is not what Newsdesk expected ({problem}).</translation>
    </message>
    <message>
        <source>Check that the address is the site&apos;s own; if it is, tell the site administrator.</source>
        <translation>Check that the address is the site&apos;s own; if it is, tell the site administrator.</translation>
    </message>
    <message>
        <source>The site refused the request (HTTP {status}).</source>
        <translation>The site refused the request (HTTP {status}).</translation>
    </message>
    <message>
        <source>Correct the article as the message says and send it again.</source>
        <translation>Correct the article as the message says and send it again.</translation>
    </message>
    <message>
        <source>The site did not accept the user name or application password.</source>
        <translation>The site did not accept the user name or application password.</translation>
    </message>
    <message>
        <source>Check the user name and create a new Application Password in the site&apos;s profile page.</source>
        <translation>Check the user name and create a new Application Password in the site&apos;s profile page.</translation>
    </message>
    <message>
        <source>Your role on the site does not allow this.</source>
        <translation>Your role on the site does not allow this.</translation>
    </message>
    <message>
        <source>Ask an editor or the site administrator to do it or to change your role.</source>
        <translation>Ask an editor or the site administrator to do it or to change your role.</translation>
    </message>
    <message>
        <source>The site has no such item ({url}).</source>
        <translation>The site has no such item ({url}).</translation>
    </message>
    <message>
        <source>It may have been deleted on the site; refresh the list.</source>
        <translation>It may have been deleted on the site; refresh the list.</translation>
    </message>
    <message>
        <source>Someone changed this article on the site after you last synced it.</source>
        <translation>Someone changed this article on the site after you last synced it.</translation>
    </message>
    <message>
        <source>Sync to get their version, then send yours again.</source>
        <translation>Sync to get their version, then send yours again.</translation>
    </message>
    <message>
        <source>The site asked Newsdesk to slow down.</source>
        <translation>The site asked Newsdesk to slow down.</translation>
    </message>
    <message>
        <source>Newsdesk will try again shortly.</source>
        <translation>Newsdesk will try again shortly.</translation>
    </message>
    <message>
        <source>The site had an internal error (HTTP {status}).</source>
        <translation>The site had an internal error (HTTP {status}).</translation>
    </message>
    <message>
        <source>Newsdesk will try again; if it keeps failing, tell the site administrator.</source>
        <translation>Newsdesk will try again; if it keeps failing, tell the site administrator.</translation>
    </message>
    <message>
        <source>The site at {url} redirected the request too many times.</source>
        <translation>The site at {url} redirected the request too many times.</translation>
    </message>
    <message>
        <source>Tell the site administrator: its addresses lead in a circle.</source>
        <translation>Tell the site administrator: its addresses lead in a circle.</translation>
    </message>
    <message>
        <source>The site at {here} sent the request on to {there} without encryption; Newsdesk did not follow it.</source>
        <translation>The site at {here} sent the request on to {there} without encryption; Newsdesk did not follow it.</translation>
    </message>
    <message>
        <source>Keep the https:// address and ask the site administrator to stop redirecting to plain http.</source>
        <translation>Keep the https:// address and ask the site administrator to stop redirecting to plain http.</translation>
    </message>
    <message>
        <source>The photo at {url} is not on the site {site}.</source>
        <translation>The photo at {url} is not on the site {site}.</translation>
    </message>
    <message>
        <source>Newsdesk fetches photos only from the site itself.</source>
        <translation>Newsdesk fetches photos only from the site itself.</translation>
    </message>
    <message>
        <source>it nests too deeply</source>
        <translation>it nests too deeply</translation>
    </message>
    <message>
        <source>The secure connection to {url} could not be verified ({problem}).</source>
        <translation>The secure connection to {url} could not be verified ({problem}).</translation>
    </message>
    <message>
        <source>Check the address and the site&apos;s certificate with your administrator.</source>
        <translation>Check the address and the site&apos;s certificate with your administrator.</translation>
    </message>
    <message>
        <source>The site at {url} did not answer.</source>
        <translation>The site at {url} did not answer.</translation>
    </message>
    <message>
        <source>Check the network connection; Newsdesk will try again by itself.</source>
        <translation>Check the network connection; Newsdesk will try again by itself.</translation>
    </message>
    <message>
        <source>The address {url} cannot be used ({problem}).</source>
        <translation>The address {url} cannot be used ({problem}).</translation>
    </message>
    <message>
        <source>Check the site address: it should look like https://example.org.</source>
        <translation>Check the site address: it should look like https://example.org.</translation>
    </message>
    <message>
        <source>The site&apos;s answer from {url} was cut off or garbled.</source>
        <translation>The site&apos;s answer from {url} was cut off or garbled.</translation>
    </message>
    <message>
        <source>Newsdesk will try again; if it keeps happening, tell the site administrator.</source>
        <translation>Newsdesk will try again; if it keeps happening, tell the site administrator.</translation>
    </message>
    <message>
        <source>Someone changed this article on the site (post {id}) after you last synced it.</source>
        <translation>Someone changed this article on the site (post {id}) after you last synced it.</translation>
    </message>
    <message>
        <source>Editors&apos; notes and the audit record cannot be kept on a site reached over XML-RPC.</source>
        <translation>Editors&apos; notes and the audit record cannot be kept on a site reached over XML-RPC.</translation>
    </message>
    <message>
        <source>Connect to the site&apos;s WordPress REST API with the Newsdesk Bridge plugin installed.</source>
        <translation>Connect to the site&apos;s WordPress REST API with the Newsdesk Bridge plugin installed.</translation>
    </message>
    <message>
        <source>A photo cannot wait for the editor&apos;s approval on a site reached over XML-RPC.</source>
        <translation>A photo cannot wait for the editor&apos;s approval on a site reached over XML-RPC.</translation>
    </message>
    <message>
        <source>Send the photo to your editor, who adds it when approving the article.</source>
        <translation>Send the photo to your editor, who adds it when approving the article.</translation>
    </message>
    <message>
        <source>The site has no category “{name}”.</source>
        <translation>The site has no category “{name}”.</translation>
    </message>
    <message>
        <source>Choose one of the site&apos;s categories (refresh them in the site settings).</source>
        <translation>Choose one of the site&apos;s categories (refresh them in the site settings).</translation>
    </message>
    <message>
        <source>The site names its posts with ids Newsdesk cannot keep ({id}).</source>
        <translation>The site names its posts with ids Newsdesk cannot keep ({id}).</translation>
    </message>
    <message>
        <source>Use the site&apos;s WordPress REST API or WordPress XML-RPC address instead.</source>
        <translation>Use the site&apos;s WordPress REST API or WordPress XML-RPC address instead.</translation>
    </message>
    <message>
        <source>The site made the move ({move}), but a step after it failed: {reason}</source>
        <translation>The site made the move ({move}), but a step after it failed: {reason}</translation>
    </message>
    <message>
        <source>The article&apos;s notes and audit record could not be sent: {reason}</source>
        <translation>The article&apos;s notes and audit record could not be sent: {reason}</translation>
    </message>
    <message>
        <source>The site refused the note “{note}”: {reason} The note stays on this desk only; write it again if the site should have it.</source>
        <translation>The site refused the note “{note}”: {reason} The note stays on this desk only; write it again if the site should have it.</translation>
    </message>
    <message>
        <source>Removed from the text: {removed}.</source>
        <translation>Removed from the text: {removed}.</translation>
    </message>
    <message>
        <source>control characters (such as NUL or terminal escapes): {count}</source>
        <translation>control characters (such as NUL or terminal escapes): {count}</translation>
    </message>
    <message>
        <source>text-direction controls: {count}</source>
        <translation>text-direction controls: {count}</translation>
    </message>
    <message>
        <source>zero-width characters: {count}</source>
        <translation>zero-width characters: {count}</translation>
    </message>
    <message>
        <source>broken characters (unpaired surrogates): {count}</source>
        <translation>broken characters (unpaired surrogates): {count}</translation>
    </message>
    <message>
        <source>The site has no tag {tags}, and your role may not add tags.</source>
        <translation>The site has no tag {tags}, and your role may not add tags.</translation>
    </message>
    <message>
        <source>Choose tags the site already has, or ask an editor to add these.</source>
        <translation>Choose tags the site already has, or ask an editor to add these.</translation>
    </message>
    <message>
        <source>The site answered post {id} with something that is not a post.</source>
        <translation>The site answered post {id} with something that is not a post.</translation>
    </message>
    <message>
        <source>Check that the address is the site&apos;s XML-RPC address.</source>
        <translation>Check that the address is the site&apos;s XML-RPC address.</translation>
    </message>
    <message>
        <source>The site stored {name} but did not say which media item it became.</source>
        <translation>The site stored {name} but did not say which media item it became.</translation>
    </message>
    <message>
        <source>Insert the image into the article by its address instead of as featured image.</source>
        <translation>Insert the image into the article by its address instead of as featured image.</translation>
    </message>
    <message>
        <source>No password for the site “{site}” is stored on this computer.</source>
        <translation>No password for the site “{site}” is stored on this computer.</translation>
    </message>
    <message>
        <source>Enter the Application Password again in the site settings.</source>
        <translation>Enter the Application Password again in the site settings.</translation>
    </message>
    <message>
        <source>The photo {name} changed while it was being sent.</source>
        <translation>The photo {name} changed while it was being sent.</translation>
    </message>
    <message>
        <source>Sync again.</source>
        <translation>Sync again.</translation>
    </message>
    <message>
        <source>The photo waiting with the article came back damaged.</source>
        <translation>The photo waiting with the article came back damaged.</translation>
    </message>
    <message>
        <source>Newsdesk will try again.</source>
        <translation>Newsdesk will try again.</translation>
    </message>
    <message>
        <source>The site at {url} runs WordPress, but its REST API is switched off or blocked.</source>
        <translation>The site at {url} runs WordPress, but its REST API is switched off or blocked.</translation>
    </message>
    <message>
        <source>Ask the site administrator to enable the WordPress REST API (wp/v2) for logged-in users, or use the site&apos;s XML-RPC address.</source>
        <translation>Ask the site administrator to enable the WordPress REST API (wp/v2) for logged-in users, or use the site&apos;s XML-RPC address.</translation>
    </message>
    <message>
        <source>No WordPress REST API answered at {url}.</source>
        <translation>No WordPress REST API answered at {url}.</translation>
    </message>
    <message>
        <source>Check the address (the site&apos;s home page) and that the site runs WordPress 5.6 or newer with its REST API enabled.</source>
        <translation>Check the address (the site&apos;s home page) and that the site runs WordPress 5.6 or newer with its REST API enabled.</translation>
    </message>
    <message>
        <source>No site address was given.</source>
        <translation>No site address was given.</translation>
    </message>
    <message>
        <source>Type the site&apos;s home page address.</source>
        <translation>Type the site&apos;s home page address.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address.</source>
        <translation>“{url}” is not a web address.</translation>
    </message>
    <message>
        <source>Type the site&apos;s home page address, for example https://mattran.quangtri.gov.vn.</source>
        <translation>Type the site&apos;s home page address, for example https://mattran.quangtri.gov.vn.</translation>
    </message>
    <message>
        <source>The site did not recognise you: the user name or Application Password is wrong.</source>
        <translation>The site did not recognise you: the user name or Application Password is wrong.</translation>
    </message>
    <message>
        <source>Create a new Application Password in your profile on the site and enter it again.</source>
        <translation>Create a new Application Password in your profile on the site and enter it again.</translation>
    </message>
    <message>
        <source>The Application Password is wrong or was revoked.</source>
        <translation>The Application Password is wrong or was revoked.</translation>
    </message>
    <message>
        <source>The site has no user with that name.</source>
        <translation>The site has no user with that name.</translation>
    </message>
    <message>
        <source>Check the user name (the login name, not the display name).</source>
        <translation>Check the user name (the login name, not the display name).</translation>
    </message>
    <message>
        <source>Your role on the site may not create this.</source>
        <translation>Your role on the site may not create this.</translation>
    </message>
    <message>
        <source>Ask an editor to do it, or the administrator to raise your role.</source>
        <translation>Ask an editor to do it, or the administrator to raise your role.</translation>
    </message>
    <message>
        <source>Your role on the site may submit articles but not publish them.</source>
        <translation>Your role on the site may submit articles but not publish them.</translation>
    </message>
    <message>
        <source>Submit the article for review; an editor will publish it.</source>
        <translation>Submit the article for review; an editor will publish it.</translation>
    </message>
    <message>
        <source>Your role on the site may not change this article any more (it may be published).</source>
        <translation>Your role on the site may not change this article any more (it may be published).</translation>
    </message>
    <message>
        <source>Ask an editor to make the change.</source>
        <translation>Ask an editor to make the change.</translation>
    </message>
    <message>
        <source>This article belongs to someone else on the site.</source>
        <translation>This article belongs to someone else on the site.</translation>
    </message>
    <message>
        <source>Your role on the site may not open this article for editing.</source>
        <translation>Your role on the site may not open this article for editing.</translation>
    </message>
    <message>
        <source>Your role on the site may not use this category or tag.</source>
        <translation>Your role on the site may not use this category or tag.</translation>
    </message>
    <message>
        <source>Choose another category, or ask an editor.</source>
        <translation>Choose another category, or ask an editor.</translation>
    </message>
    <message>
        <source>Your role on the site may not create new tags or categories.</source>
        <translation>Your role on the site may not create new tags or categories.</translation>
    </message>
    <message>
        <source>Use existing ones, or ask an editor to create it.</source>
        <translation>Use existing ones, or ask an editor to create it.</translation>
    </message>
    <message>
        <source>The article no longer exists on the site (it may have been deleted).</source>
        <translation>The article no longer exists on the site (it may have been deleted).</translation>
    </message>
    <message>
        <source>Submit it again as a new article, or ask an editor.</source>
        <translation>Submit it again as a new article, or ask an editor.</translation>
    </message>
    <message>
        <source>The site refused a value in the article.</source>
        <translation>The site refused a value in the article.</translation>
    </message>
    <message>
        <source>Check the article&apos;s metadata (date, category, tags) and send it again.</source>
        <translation>Check the article&apos;s metadata (date, category, tags) and send it again.</translation>
    </message>
    <message>
        <source>The site does not accept this kind of file.</source>
        <translation>The site does not accept this kind of file.</translation>
    </message>
    <message>
        <source>Save the photo as JPEG or PNG and add it again.</source>
        <translation>Save the photo as JPEG or PNG and add it again.</translation>
    </message>
    <message>
        <source>The photo is larger than the site accepts.</source>
        <translation>The photo is larger than the site accepts.</translation>
    </message>
    <message>
        <source>Make the photo smaller (for example 2000 pixels wide) and add it again.</source>
        <translation>Make the photo smaller (for example 2000 pixels wide) and add it again.</translation>
    </message>
    <message>
        <source>The photo file was empty.</source>
        <translation>The photo file was empty.</translation>
    </message>
    <message>
        <source>The site does not offer this function (a plugin may be missing or disabled).</source>
        <translation>The site does not offer this function (a plugin may be missing or disabled).</translation>
    </message>
    <message>
        <source>Ask the site administrator to install the Newsdesk Bridge plugin.</source>
        <translation>Ask the site administrator to install the Newsdesk Bridge plugin.</translation>
    </message>
    <message>
        <source>The site&apos;s REST API is switched off.</source>
        <translation>The site&apos;s REST API is switched off.</translation>
    </message>
    <message>
        <source>Ask the site administrator to enable it for logged-in users.</source>
        <translation>Ask the site administrator to enable it for logged-in users.</translation>
    </message>
    <message>
        <source>Someone changed this article on the site after your copy was made.</source>
        <translation>Someone changed this article on the site after your copy was made.</translation>
    </message>
    <message>
        <source>Newsdesk will merge their changes with yours; sync again.</source>
        <translation>Newsdesk will merge their changes with yours; sync again.</translation>
    </message>
    <message>
        <source>The site refused the bylines.</source>
        <translation>The site refused the bylines.</translation>
    </message>
    <message>
        <source>Check each byline has a name, then send the article again.</source>
        <translation>Check each byline has a name, then send the article again.</translation>
    </message>
    <message>
        <source>The address {url} does not answer XML-RPC ({why}).</source>
        <translation>The address {url} does not answer XML-RPC ({why}).</translation>
    </message>
    <message>
        <source>Check the address: it is usually the site&apos;s home page followed by /xmlrpc.php, or the MetaWeblog address the site&apos;s administrator gave you.</source>
        <translation>Check the address: it is usually the site&apos;s home page followed by /xmlrpc.php, or the MetaWeblog address the site&apos;s administrator gave you.</translation>
    </message>
    <message>
        <source>The site refused the request (XML-RPC fault {code}).</source>
        <translation>The site refused the request (XML-RPC fault {code}).</translation>
    </message>
    <message>
        <source>The site did not accept the user name or password.</source>
        <translation>The site did not accept the user name or password.</translation>
    </message>
    <message>
        <source>Check the user name and the password (or Application Password) in the site settings.</source>
        <translation>Check the user name and the password (or Application Password) in the site settings.</translation>
    </message>
    <message>
        <source>The site has no such item.</source>
        <translation>The site has no such item.</translation>
    </message>
    <message>
        <source>XML-RPC is switched off on this site.</source>
        <translation>XML-RPC is switched off on this site.</translation>
    </message>
    <message>
        <source>Ask the site administrator to switch XML-RPC on, or use the site&apos;s REST API.</source>
        <translation>Ask the site administrator to switch XML-RPC on, or use the site&apos;s REST API.</translation>
    </message>
    <message>
        <source>The site&apos;s XML-RPC service does not offer {method}.</source>
        <translation>The site&apos;s XML-RPC service does not offer {method}.</translation>
    </message>
    <message>
        <source>Check that the address is the site&apos;s MetaWeblog or WordPress XML-RPC address.</source>
        <translation>Check that the address is the site&apos;s MetaWeblog or WordPress XML-RPC address.</translation>
    </message>
    <message>
        <source>The site had an internal error.</source>
        <translation>The site had an internal error.</translation>
    </message>
    <message>
        <source>the answer is a web page or carries a DTD</source>
        <translation>the answer is a web page or carries a DTD</translation>
    </message>
    <message>
        <source>the answer is not an XML-RPC document</source>
        <translation>the answer is not an XML-RPC document</translation>
    </message>
    <message>
        <source>the answer cannot be read: {problem}</source>
        <translation>the answer cannot be read: {problem}</translation>
    </message>
    <message>
        <source>The answer from {url} was cut off.</source>
        <translation>The answer from {url} was cut off.</translation>
    </message>
    <message>
        <source>The audit record from the site breaks at entry {position}: it {reason}.</source>
        <translation>The audit record from the site breaks at entry {position}: it {reason}.</translation>
    </message>
    <message>
        <source>Tell the site administrator: the record may have been tampered with.</source>
        <translation>Tell the site administrator: the record may have been tampered with.</translation>
    </message>
    <message>
        <source>The audit entry does not follow the article&apos;s last entry.</source>
        <translation>The audit entry does not follow the article&apos;s last entry.</translation>
    </message>
    <message>
        <source>is missing: the record was cut short (this desk has seen {seen} entries)</source>
        <translation>is missing: the record was cut short (this desk has seen {seen} entries)</translation>
    </message>
    <message>
        <source>is not the entry this desk saw before: the record was rewritten</source>
        <translation>is not the entry this desk saw before: the record was rewritten</translation>
    </message>
    <message>
        <source>Newsdesk finds a MetaWeblog site&apos;s address from its home page.</source>
        <translation>Newsdesk finds a MetaWeblog site&apos;s address from its home page.</translation>
    </message>
    <message>
        <source>Add the site without choosing what it runs.</source>
        <translation>Add the site without choosing what it runs.</translation>
    </message>
    <message>
        <source>There is no site named “{name}”.</source>
        <translation>There is no site named “{name}”.</translation>
    </message>
    <message>
        <source>Add it first (`newsdesk site add`).</source>
        <translation>Add it first (`newsdesk site add`).</translation>
    </message>
    <message>
        <source>The site needs a name.</source>
        <translation>The site needs a name.</translation>
    </message>
    <message>
        <source>Give it a short name, e.g. “portal”.</source>
        <translation>Give it a short name, e.g. “portal”.</translation>
    </message>
    <message>
        <source>Choose another name or remove it.</source>
        <translation>Choose another name or remove it.</translation>
    </message>
    <message>
        <source>the reporter</source>
        <translation>the reporter</translation>
    </message>
    <message>
        <source>“{title}” was returned to {person} to revise; only their desk can submit it again.</source>
        <translation>“{title}” was returned to {person} to revise; only their desk can submit it again.</translation>
    </message>
    <message>
        <source>Leave it to them: once they resubmit it, it comes back for review.</source>
        <translation>Leave it to them: once they resubmit it, it comes back for review.</translation>
    </message>
    <message>
        <source>Only editors can {action} articles on “{site}”; your role there is {roles}.</source>
        <translation>Only editors can {action} articles on “{site}”; your role there is {roles}.</translation>
    </message>
    <message>
        <source>Submit the article for review instead; an editor will take it from there.</source>
        <translation>Submit the article for review instead; an editor will take it from there.</translation>
    </message>
    <message>
        <source>Returning an article needs a note saying what to change.</source>
        <translation>Returning an article needs a note saying what to change.</translation>
    </message>
    <message>
        <source>Write the note for the reporter, then return the article.</source>
        <translation>Write the note for the reporter, then return the article.</translation>
    </message>
    <message>
        <source>Choose a time at least two minutes from now (Vietnam time).</source>
        <translation>Choose a time at least two minutes from now (Vietnam time).</translation>
    </message>
    <message>
        <source>Your account on “{site}” may not write articles.</source>
        <translation>Your account on “{site}” may not write articles.</translation>
    </message>
    <message>
        <source>Ask the site administrator to make you a contributor or author.</source>
        <translation>Ask the site administrator to make you a contributor or author.</translation>
    </message>
    <message>
        <source>The answer from {url} is larger than Newsdesk reads ({limit} MB); it stopped reading.</source>
        <translation>The answer from {url} is larger than Newsdesk reads ({limit} MB); it stopped reading.</translation>
    </message>
    <message>
        <source>The address {url} does not answer as NukeViet&apos;s API.</source>
        <translation>The address {url} does not answer as NukeViet&apos;s API.</translation>
    </message>
    <message>
        <source>Check the site address: it should be the portal&apos;s home page, on which NukeViet runs.</source>
        <translation>Check the site address: it should be the portal&apos;s home page, on which NukeViet runs.</translation>
    </message>
    <message>
        <source>no media in the answer</source>
        <translation>no media in the answer</translation>
    </message>
    <message>
        <source>A photo cannot wait for the editor&apos;s approval on a NukeViet site.</source>
        <translation>A photo cannot wait for the editor&apos;s approval on a NukeViet site.</translation>
    </message>
    <message>
        <source>The site refused Newsdesk before its API saw the request (HTTP 401).</source>
        <translation>The site refused Newsdesk before its API saw the request (HTTP 401).</translation>
    </message>
    <message>
        <source>Check the site address and the API key and secret in the site settings.</source>
        <translation>Check the site address and the API key and secret in the site settings.</translation>
    </message>
    <message>
        <source>The site&apos;s web server does not let requests reach its API (HTTP 403).</source>
        <translation>The site&apos;s web server does not let requests reach its API (HTTP 403).</translation>
    </message>
    <message>
        <source>Ask the site administrator to allow requests to api.php.</source>
        <translation>Ask the site administrator to allow requests to api.php.</translation>
    </message>
    <message>
        <source>The site at {url} runs NukeViet, but its remote API ({api}) does not answer.</source>
        <translation>The site at {url} runs NukeViet, but its remote API ({api}) does not answer.</translation>
    </message>
    <message>
        <source>Ask the site administrator to let api.php through to the network and to install the Newsdesk API for NukeViet.</source>
        <translation>Ask the site administrator to let api.php through to the network and to install the Newsdesk API for NukeViet.</translation>
    </message>
    <message>
        <source>Tell the site administrator; Newsdesk will try again meanwhile.</source>
        <translation>Tell the site administrator; Newsdesk will try again meanwhile.</translation>
    </message>
    <message>
        <source>Check the API key and secret in the site settings.</source>
        <translation>Check the API key and secret in the site settings.</translation>
    </message>
    <message>
        <source>Tell the site administrator.</source>
        <translation>Tell the site administrator.</translation>
    </message>
    <message>
        <source>The site&apos;s API needs the key of a site administrator, and this key is none.</source>
        <translation>The site&apos;s API needs the key of a site administrator, and this key is none.</translation>
    </message>
    <message>
        <source>The site&apos;s API failed while writing its own answer.</source>
        <translation>The site&apos;s API failed while writing its own answer.</translation>
    </message>
    <message>
        <source>The site&apos;s NukeViet is missing a part its API needs.</source>
        <translation>The site&apos;s NukeViet is missing a part its API needs.</translation>
    </message>
    <message>
        <source>The site does not let your API key use the action {action}: the Newsdesk API is not installed on the portal, or your API role does not include it.</source>
        <translation>The site does not let your API key use the action {action}: the Newsdesk API is not installed on the portal, or your API role does not include it.</translation>
    </message>
    <message>
        <source>Ask the site administrator to install the Newsdesk API and to give your API role its actions, as {readme} describes.</source>
        <translation>Ask the site administrator to install the Newsdesk API and to give your API role its actions, as {readme} describes.</translation>
    </message>
    <message>
        <source>The site has no module “{module}” for its API, or your API role does not cover it.</source>
        <translation>The site has no module “{module}” for its API, or your API role does not cover it.</translation>
    </message>
    <message>
        <source>Check the module name in the site settings, and ask the site administrator to give your API role the Newsdesk actions of that module.</source>
        <translation>Check the module name in the site settings, and ask the site administrator to give your API role the Newsdesk actions of that module.</translation>
    </message>
    <message>
        <source>The site&apos;s module “{module}” cannot be used through its API.</source>
        <translation>The site&apos;s module “{module}” cannot be used through its API.</translation>
    </message>
    <message>
        <source>Check the module name in the site settings, or tell the site administrator.</source>
        <translation>Check the module name in the site settings, or tell the site administrator.</translation>
    </message>
    <message>
        <source>The site found no administrator account for this API key.</source>
        <translation>The site found no administrator account for this API key.</translation>
    </message>
    <message>
        <source>The administrator account of this API key is suspended or no longer exists.</source>
        <translation>The administrator account of this API key is suspended or no longer exists.</translation>
    </message>
    <message>
        <source>Ask the site administrator to restore your account or give you a new API key.</source>
        <translation>Ask the site administrator to restore your account or give you a new API key.</translation>
    </message>
    <message>
        <source>You are not an administrator of the site&apos;s module “{module}”.</source>
        <translation>You are not an administrator of the site&apos;s module “{module}”.</translation>
    </message>
    <message>
        <source>Ask the site administrator to add you as an administrator of the module “{module}” with the right to add articles.</source>
        <translation>Ask the site administrator to add you as an administrator of the module “{module}” with the right to add articles.</translation>
    </message>
    <message>
        <source>Your administrator level on the site may not use the action {action}.</source>
        <translation>Your administrator level on the site may not use the action {action}.</translation>
    </message>
    <message>
        <source>Ask the site administrator to raise your administrator level.</source>
        <translation>Ask the site administrator to raise your administrator level.</translation>
    </message>
    <message>
        <source>The site&apos;s remote API is switched off.</source>
        <translation>The site&apos;s remote API is switched off.</translation>
    </message>
    <message>
        <source>Ask the site administrator to switch it on: NukeViet admin, “Cấu hình” → “Cấu hình chung” → “Bật Remote API”.</source>
        <translation>Ask the site administrator to switch it on: NukeViet admin, “Cấu hình” → “Cấu hình chung” → “Bật Remote API”.</translation>
    </message>
    <message>
        <source>The site&apos;s database failed while checking the API key.</source>
        <translation>The site&apos;s database failed while checking the API key.</translation>
    </message>
    <message>
        <source>The site knows no API key like the one stored for it.</source>
        <translation>The site knows no API key like the one stored for it.</translation>
    </message>
    <message>
        <source>The site did not accept the API secret.</source>
        <translation>The site did not accept the API secret.</translation>
    </message>
    <message>
        <source>The site&apos;s API received no action name.</source>
        <translation>The site&apos;s API received no action name.</translation>
    </message>
    <message>
        <source>Your API role has no actions for the site&apos;s language “{language}”.</source>
        <translation>Your API role has no actions for the site&apos;s language “{language}”.</translation>
    </message>
    <message>
        <source>Ask the site administrator to give your API role the Newsdesk actions of the news module.</source>
        <translation>Ask the site administrator to give your API role the Newsdesk actions of the news module.</translation>
    </message>
    <message>
        <source>The site&apos;s content is not in the language “{language}” Newsdesk asked for.</source>
        <translation>The site&apos;s content is not in the language “{language}” Newsdesk asked for.</translation>
    </message>
    <message>
        <source>Check the site&apos;s language in the site settings.</source>
        <translation>Check the site&apos;s language in the site settings.</translation>
    </message>
    <message>
        <source>The site has several languages and needs to be told which one.</source>
        <translation>The site has several languages and needs to be told which one.</translation>
    </message>
    <message>
        <source>Set the site&apos;s language in the site settings.</source>
        <translation>Set the site&apos;s language in the site settings.</translation>
    </message>
    <message>
        <source>Your API key may only be used from other computers (by their IP address).</source>
        <translation>Your API key may only be used from other computers (by their IP address).</translation>
    </message>
    <message>
        <source>Ask the site administrator to allow this computer&apos;s address for your API key.</source>
        <translation>Ask the site administrator to allow this computer&apos;s address for your API key.</translation>
    </message>
    <message>
        <source>The site refused the request&apos;s time, even after Newsdesk corrected for the site&apos;s clock.</source>
        <translation>The site refused the request&apos;s time, even after Newsdesk corrected for the site&apos;s clock.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s clock and time zone are set automatically, then try again.</source>
        <translation>Check that this computer&apos;s clock and time zone are set automatically, then try again.</translation>
    </message>
    <message>
        <source>Correct the field the site names and send the article again.</source>
        <translation>Correct the field the site names and send the article again.</translation>
    </message>
    <message>
        <source>The article is no longer on the site, or you may not see it.</source>
        <translation>The article is no longer on the site, or you may not see it.</translation>
    </message>
    <message>
        <source>It may have been deleted on the site; refresh the list or ask an editor.</source>
        <translation>It may have been deleted on the site; refresh the list or ask an editor.</translation>
    </message>
    <message>
        <source>Your rights in the site&apos;s news module do not allow this.</source>
        <translation>Your rights in the site&apos;s news module do not allow this.</translation>
    </message>
    <message>
        <source>Ask an editor to do it, or the site administrator to give you the right in that category.</source>
        <translation>Ask an editor to do it, or the site administrator to give you the right in that category.</translation>
    </message>
    <message>
        <source>The article&apos;s record on the site has new entries since Newsdesk last read it.</source>
        <translation>The article&apos;s record on the site has new entries since Newsdesk last read it.</translation>
    </message>
    <message>
        <source>Sync again; Newsdesk adds its entry after theirs.</source>
        <translation>Sync again; Newsdesk adds its entry after theirs.</translation>
    </message>
    <message>
        <source>The site does not accept this photo (not an image it takes, or too large).</source>
        <translation>The site does not accept this photo (not an image it takes, or too large).</translation>
    </message>
    <message>
        <source>Save the photo as JPEG or PNG, at most 2000 pixels wide, and add it again.</source>
        <translation>Save the photo as JPEG or PNG, at most 2000 pixels wide, and add it again.</translation>
    </message>
    <message>
        <source>The site&apos;s database or file system failed.</source>
        <translation>The site&apos;s database or file system failed.</translation>
    </message>
    <message>
        <source>The site&apos;s API refused the request (code {code}).</source>
        <translation>The site&apos;s API refused the request (code {code}).</translation>
    </message>
    <message>
        <source>The site {url} is not encrypted (http://): your password and unpublished articles can be read by anyone on the network between you and the site. Use its https:// address if it has one.</source>
        <translation>The site {url} is not encrypted (http://): your password and unpublished articles can be read by anyone on the network between you and the site. Use its https:// address if it has one.</translation>
    </message>
    <message>
        <source>The site {url} is not encrypted (http://). It is on this computer, so the password does not cross the network; use https:// for any other site.</source>
        <translation>The site {url} is not encrypted (http://). It is on this computer, so the password does not cross the network; use https:// for any other site.</translation>
    </message>
    <message>
        <source>Enter the API secret again in the site settings.</source>
        <translation>Enter the API secret again in the site settings.</translation>
    </message>
    <message>
        <source>its list of APIs is not a list</source>
        <translation>its list of APIs is not a list</translation>
    </message>
    <message>
        <source>Sync the article, then try again.</source>
        <translation>Sync the article, then try again.</translation>
    </message>
    <message>
        <source>{path} is not a file but a folder, a device or a pipe.</source>
        <translation>{path} is not a file but a folder, a device or a pipe.</translation>
    </message>
    <message>
        <source>Import a Markdown or text file.</source>
        <translation>Import a Markdown or text file.</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} MB: too large for one article.</source>
        <translation>{path} is larger than {limit} MB: too large for one article.</translation>
    </message>
    <message>
        <source>Check that it is the right file, or split it into several articles.</source>
        <translation>Check that it is the right file, or split it into several articles.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}.</source>
        <translation>Cannot read {path}: {error}.</translation>
    </message>
    <message>
        <source>Check the file name.</source>
        <translation>Check the file name.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} is not UTF-8 text.</translation>
    </message>
    <message>
        <source>Save it as UTF-8 (Unicode) text or Markdown, then import it again.</source>
        <translation>Save it as UTF-8 (Unicode) text or Markdown, then import it again.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database, but not one made by Newsdesk.</source>
        <translation>{path} is an SQLite database, but not one made by Newsdesk.</translation>
    </message>
    <message>
        <source>Choose another file for the Newsdesk database.</source>
        <translation>Choose another file for the Newsdesk database.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Newsdesk (schema {schema}).</source>
        <translation>{path} was made by a newer version of Newsdesk (schema {schema}).</translation>
    </message>
    <message>
        <source>Update Newsdesk to open it.</source>
        <translation>Update Newsdesk to open it.</translation>
    </message>
    <message>
        <source>Put the photo in the article&apos;s folder (or a folder inside it), name it there, and import again.</source>
        <translation>Put the photo in the article&apos;s folder (or a folder inside it), name it there, and import again.</translation>
    </message>
    <message>
        <source>The photo “{target}” was not imported: {reason}. {action}</source>
        <translation>The photo “{target}” was not imported: {reason}. {action}</translation>
    </message>
    <message>
        <source>“{scheme}:” addresses are not read; photos come only from the article&apos;s folder</source>
        <translation>“{scheme}:” addresses are not read; photos come only from the article&apos;s folder</translation>
    </message>
    <message>
        <source>its name holds a NUL character</source>
        <translation>its name holds a NUL character</translation>
    </message>
    <message>
        <source>it is an absolute path; photos come only from the article&apos;s folder</source>
        <translation>it is an absolute path; photos come only from the article&apos;s folder</translation>
    </message>
    <message>
        <source>it is outside the article&apos;s folder</source>
        <translation>it is outside the article&apos;s folder</translation>
    </message>
    <message>
        <source>there is no such file beside the article</source>
        <translation>there is no such file beside the article</translation>
    </message>
    <message>
        <source>Insert it in the window (Image in the toolbar) before sending the article.</source>
        <translation>Insert it in the window (Image in the toolbar) before sending the article.</translation>
    </message>
    <message>
        <source>its path cannot be followed ({error})</source>
        <translation>its path cannot be followed ({error})</translation>
    </message>
    <message>
        <source>The photo {name} could not be copied into Newsdesk&apos;s photo folder: {error}</source>
        <translation>The photo {name} could not be copied into Newsdesk&apos;s photo folder: {error}</translation>
    </message>
    <message>
        <source>Check that the file can be read and the disk has room, then try again.</source>
        <translation>Check that the file can be read and the disk has room, then try again.</translation>
    </message>
    <message>
        <source>Article {id} does not exist.</source>
        <translation>Article {id} does not exist.</translation>
    </message>
    <message>
        <source>Run `newsdesk list` to see the articles.</source>
        <translation>Run `newsdesk list` to see the articles.</translation>
    </message>
    <message>
        <source>Site {id} does not exist.</source>
        <translation>Site {id} does not exist.</translation>
    </message>
    <message>
        <source>Run `newsdesk site list` to see the sites.</source>
        <translation>Run `newsdesk site list` to see the sites.</translation>
    </message>
    <message>
        <source>Outbox item {id} does not exist.</source>
        <translation>Outbox item {id} does not exist.</translation>
    </message>
    <message>
        <source>It was removed with its article or site; queue the article again.</source>
        <translation>It was removed with its article or site; queue the article again.</translation>
    </message>
    <message>
        <source>A site named “{name}” already exists.</source>
        <translation>A site named “{name}” already exists.</translation>
    </message>
    <message>
        <source>Choose another name for this site.</source>
        <translation>Choose another name for this site.</translation>
    </message>
    <message>
        <source>An article with UUID {uuid} already exists.</source>
        <translation>An article with UUID {uuid} already exists.</translation>
    </message>
    <message>
        <source>Save the existing article instead of creating it again.</source>
        <translation>Save the existing article instead of creating it again.</translation>
    </message>
    <message>
        <source>changed since last sent</source>
        <translation>changed since last sent</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
    <message>
        <source>The article has no paragraph {number}.</source>
        <translation>The article has no paragraph {number}.</translation>
    </message>
    <message>
        <source>Choose a paragraph that is in the article.</source>
        <translation>Choose a paragraph that is in the article.</translation>
    </message>
    <message>
        <source>The publication time is missing or already past.</source>
        <translation>The publication time is missing or already past.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>sapo</source>
        <translation>sapo</translation>
    </message>
    <message>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>slug</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>publication time</source>
        <translation>publication time</translation>
    </message>
    <message>
        <source>bylines</source>
        <translation>bylines</translation>
    </message>
    <message>
        <source>featured photo</source>
        <translation>featured photo</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>You and someone on the site both changed the same part of this article ({parts}).</source>
        <translation>You and someone on the site both changed the same part of this article ({parts}).</translation>
    </message>
    <message>
        <source>Open the article and choose which version to keep; both are kept until you do.</source>
        <translation>Open the article and choose which version to keep; both are kept until you do.</translation>
    </message>
    <message>
        <source>The article kept changing on the site while Newsdesk was sending it.</source>
        <translation>The article kept changing on the site while Newsdesk was sending it.</translation>
    </message>
    <message>
        <source>Newsdesk will try again at the next sync.</source>
        <translation>Newsdesk will try again at the next sync.</translation>
    </message>
    <message>
        <source>The photo {name} waits on “{site}” for an editor: your role may not upload photos, so it becomes the article&apos;s featured image when an editor approves the article.</source>
        <translation>The photo {name} waits on “{site}” for an editor: your role may not upload photos, so it becomes the article&apos;s featured image when an editor approves the article.</translation>
    </message>
    <message>
        <source>The photos {names} of the article&apos;s body wait on “{site}” for an editor: your role may not upload photos, so they go into the article when an editor approves it in Newsdesk.</source>
        <translation>The photos {names} of the article&apos;s body wait on “{site}” for an editor: your role may not upload photos, so they go into the article when an editor approves it in Newsdesk.</translation>
    </message>
    <message>
        <source>The featured photo {path} is no longer on this computer.</source>
        <translation>The featured photo {path} is no longer on this computer.</translation>
    </message>
    <message>
        <source>Choose the photo again or remove it from the article.</source>
        <translation>Choose the photo again or remove it from the article.</translation>
    </message>
    <message>
        <source>Your role on “{site}” may not upload photos: the article went without its featured photo. Send the photo to your editor, who adds it when approving; or ask the site administrator to tick “Newsdesk reporters may upload photos” (Settings → Media, with the Newsdesk Bridge plugin), then submit the article again.</source>
        <translation>Your role on “{site}” may not upload photos: the article went without its featured photo. Send the photo to your editor, who adds it when approving; or ask the site administrator to tick “Newsdesk reporters may upload photos” (Settings → Media, with the Newsdesk Bridge plugin), then submit the article again.</translation>
    </message>
    <message>
        <source>Your role on “{site}” may not upload photos: the article went without the photos in its body ({names}). Send them to your editor, or ask the site administrator to tick “Newsdesk reporters may upload photos” (Settings → Media, with the Newsdesk Bridge plugin), then submit the article again.</source>
        <translation>Your role on “{site}” may not upload photos: the article went without the photos in its body ({names}). Send them to your editor, or ask the site administrator to tick “Newsdesk reporters may upload photos” (Settings → Media, with the Newsdesk Bridge plugin), then submit the article again.</translation>
    </message>
    <message>
        <source>“{title}” went without the photos {names} in its body: they are not on this computer. Insert them again (Image in the toolbar) and send the article again.</source>
        <translation>“{title}” went without the photos {names} in its body: they are not on this computer. Insert them again (Image in the toolbar) and send the article again.</translation>
    </message>
    <message>
        <source>Choose a time at least two minutes from now and schedule it again.</source>
        <translation>Choose a time at least two minutes from now and schedule it again.</translation>
    </message>
    <message>
        <source>The article&apos;s audit record kept changing on the site.</source>
        <translation>The article&apos;s audit record kept changing on the site.</translation>
    </message>
    <message>
        <source>{user}: {move} was already recorded by someone else first; the article is as they left it.</source>
        <translation>{user}: {move} was already recorded by someone else first; the article is as they left it.</translation>
    </message>
    <message>
        <source>The site would not record {move} in the article&apos;s history: {cause}</source>
        <translation>The site would not record {move} in the article&apos;s history: {cause}</translation>
    </message>
    <message>
        <source>The article has no title.</source>
        <translation>The article has no title.</translation>
    </message>
    <message>
        <source>Write a title, then submit the article again.</source>
        <translation>Write a title, then submit the article again.</translation>
    </message>
    <message>
        <source>The article has no body text.</source>
        <translation>The article has no body text.</translation>
    </message>
    <message>
        <source>Write the article, then submit it again.</source>
        <translation>Write the article, then submit it again.</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation>Slug:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Publish time:</source>
        <translation>Publish time:</translation>
    </message>
    <message>
        <source>The site the article goes to; its categories are offered</source>
        <translation>The site the article goes to; its categories are offered</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <source>web address of the article</source>
        <translation>web address of the article</translation>
    </message>
    <message>
        <source>From title</source>
        <translation>From title</translation>
    </message>
    <message>
        <source>Make the slug from the title</source>
        <translation>Make the slug from the title</translation>
    </message>
    <message>
        <source>e.g. Theo TTXVN</source>
        <translation>e.g. Theo TTXVN</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>Bylines</translation>
    </message>
    <message>
        <source>(no site yet: add one under Sites…)</source>
        <translation>(no site yet: add one under Sites…)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>A note is needed: say what to change and why.</source>
        <translation>A note is needed: say what to change and why.</translation>
    </message>
    <message>
        <source>The note is optional.</source>
        <translation>The note is optional.</translation>
    </message>
</context>
<context>
    <name>NotesCommands</name>
    <message>
        <source>Note kept; it goes out when you work online again.</source>
        <translation>Note kept; it goes out when you work online again.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Add &amp;note on this paragraph</source>
        <translation>Add &amp;note on this paragraph</translation>
    </message>
    <message>
        <source>A note on the paragraph where the cursor is</source>
        <translation>A note on the paragraph where the cursor is</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>Re&amp;ply</translation>
    </message>
    <message>
        <source>Answer the note chosen with its Reply link</source>
        <translation>Answer the note chosen with its Reply link</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Write a note…</translation>
    </message>
    <message>
        <source>No notes yet. Put the cursor in a paragraph, write a note below and add it. Notes go to everyone working on the article, never to readers.</source>
        <translation>No notes yet. Put the cursor in a paragraph, write a note below and add it. Notes go to everyone working on the article, never to readers.</translation>
    </message>
    <message>
        <source>The whole article</source>
        <translation>The whole article</translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>Paragraph {n}</translation>
    </message>
    <message>
        <source>On removed text</source>
        <translation>On removed text</translation>
    </message>
    <message>
        <source>Was: “{quote}”</source>
        <translation>Was: “{quote}”</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Reply to {who}: “{quote}”</source>
        <translation>Reply to {who}: “{quote}”</translation>
    </message>
    <message>
        <source>The article has no paragraph to note yet.</source>
        <translation>The article has no paragraph to note yet.</translation>
    </message>
    <message>
        <source>New note on paragraph {n}: “{quote}”</source>
        <translation>New note on paragraph {n}: “{quote}”</translation>
    </message>
</context>
<context>
    <name>NotificationsButton</name>
    <message>
        <source>What happened to your articles and the review queue</source>
        <translation>What happened to your articles and the review queue</translation>
    </message>
    <message>
        <source>{n} new</source>
        <translation>{n} new</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>No subheadings yet. Lines that start with # or ## are listed here.</source>
        <translation>No subheadings yet. Lines that start with # or ## are listed here.</translation>
    </message>
</context>
<context>
    <name>ParagraphCounts</name>
    <message>
        <source>Paragraph: {words} words, {characters} characters</source>
        <translation>Paragraph: {words} words, {characters} characters</translation>
    </message>
    <message>
        <source>Counts of the paragraph the cursor is in</source>
        <translation>Counts of the paragraph the cursor is in</translation>
    </message>
</context>
<context>
    <name>PhotoCaptionDialog</name>
    <message>
        <source>Insert a photo</source>
        <translation>Insert a photo</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Caption:</translation>
    </message>
    <message>
        <source>Photo credit:</source>
        <translation>Photo credit:</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation>What the photo shows</translation>
    </message>
    <message>
        <source>e.g. Thủy Phương</source>
        <translation>e.g. Thủy Phương</translation>
    </message>
</context>
<context>
    <name>PhotoInserter</name>
    <message>
        <source>Insert a picture</source>
        <translation>Insert a picture</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>The pasted picture could not be kept: {error}</source>
        <translation>The pasted picture could not be kept: {error}</translation>
    </message>
    <message>
        <source>Check that the disk has room, then paste again.</source>
        <translation>Check that the disk has room, then paste again.</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>“{name}” is not a picture Newsdesk can read ({problem}).</source>
        <translation>“{name}” is not a picture Newsdesk can read ({problem}).</translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG, GIF or WebP file.</source>
        <translation>Choose a JPEG, PNG, GIF or WebP file.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Choose an article, or start a new one, to see it as the portal shows it.</source>
        <translation>Choose an article, or start a new one, to see it as the portal shows it.</translation>
    </message>
    <message>
        <source>This photo is not on this computer</source>
        <translation>This photo is not on this computer</translation>
    </message>
</context>
<context>
    <name>ProblemsIndicator</name>
    <message>
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <source>{n} problems</source>
        <translation>{n} problems</translation>
    </message>
    <message>
        <source>Show what went wrong with the sync and what to do</source>
        <translation>Show what went wrong with the sync and what to do</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Queue the article again and sync now</source>
        <translation>Queue the article again and sync now</translation>
    </message>
    <message>
        <source>&amp;Open article</source>
        <translation>&amp;Open article</translation>
    </message>
    <message>
        <source>Show the article in the editor</source>
        <translation>Show the article in the editor</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <source>See your version and the site&apos;s side by side and choose what to keep</source>
        <translation>See your version and the site&apos;s side by side and choose what to keep</translation>
    </message>
    <message>
        <source>Changed here and on the site in the same places. Compare the two versions and choose what to keep.</source>
        <translation>Changed here and on the site in the same places. Compare the two versions and choose what to keep.</translation>
    </message>
    <message>
        <source>Will retry at the next sync. Last error: {error}</source>
        <translation>Will retry at the next sync. Last error: {error}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>ReturnedBanner</name>
    <message>
        <source>{editor} returned this article on {time}:</source>
        <translation>{editor} returned this article on {time}:</translation>
    </message>
    <message>
        <source>This article was returned to you:</source>
        <translation>This article was returned to you:</translation>
    </message>
    <message>
        <source>Revise it, then send it back to the editors.</source>
        <translation>Revise it, then send it back to the editors.</translation>
    </message>
    <message>
        <source>The reporter revises it and sends it back; it then waits for review.</source>
        <translation>The reporter revises it and sends it back; it then waits for review.</translation>
    </message>
    <message>
        <source>Revise and &amp;resubmit…</source>
        <translation>Revise and &amp;resubmit…</translation>
    </message>
    <message>
        <source>You returned this article to the reporter on {time}:</source>
        <translation>You returned this article to the reporter on {time}:</translation>
    </message>
    <message>
        <source>{editor} returned this article to the reporter on {time}:</source>
        <translation>{editor} returned this article to the reporter on {time}:</translation>
    </message>
    <message>
        <source>This article was returned to the reporter:</source>
        <translation>This article was returned to the reporter:</translation>
    </message>
    <message>
        <source>(The editor left no note.)</source>
        <translation>(The editor left no note.)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Length of the text in words (chữ: syllables, as the newsroom counts)</source>
        <translation>Length of the text in words (chữ: syllables, as the newsroom counts)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>None of your sites lets you review: only editors see the queue.</source>
        <translation>None of your sites lets you review: only editors see the queue.</translation>
    </message>
    <message>
        <source>Reading the queue from “{site}”…</source>
        <translation>Reading the queue from “{site}”…</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation>{n} words</translation>
    </message>
    <message>
        <source>{n} articles wait for review.</source>
        <translation>{n} articles wait for review.</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Nothing waits for review.</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Filter by title or reporter</source>
        <translation>Filter by title or reporter</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>When it was submitted, in Vietnam time</source>
        <translation>When it was submitted, in Vietnam time</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Bring the article here to edit and review it</source>
        <translation>Bring the article here to edit and review it</translation>
    </message>
    <message>
        <source>{title}
{n} photo(s) from the reporter wait for your approval: open the article to see them; approving it here puts them in.</source>
        <translation>{title}
{n} photo(s) from the reporter wait for your approval: open the article to see them; approving it here puts them in.</translation>
    </message>
    <message>
        <source>{shown} of {n} articles waiting for review are shown.</source>
        <translation>{shown} of {n} articles waiting for review are shown.</translation>
    </message>
    <message>
        <source>Opening “{title}”…</source>
        <translation>Opening “{title}”…</translation>
    </message>
    <message>
        <source>Opened “{title}”.</source>
        <translation>Opened “{title}”.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule publication</source>
        <translation>Schedule publication</translation>
    </message>
    <message>
        <source>When should “{title}” appear on the site?</source>
        <translation>When should “{title}” appear on the site?</translation>
    </message>
    <message>
        <source>Vietnam time (Asia/Ho_Chi_Minh, UTC+7)</source>
        <translation>Vietnam time (Asia/Ho_Chi_Minh, UTC+7)</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <source>{time} is already past or too close (it is now {now} in Vietnam). Choose a time at least two minutes from now, or use Publish now.</source>
        <translation>{time} is already past or too close (it is now {now} in Vietnam). Choose a time at least two minutes from now, or use Publish now.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Sync every:</source>
        <translation>&amp;Sync every:</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>Editor &amp;font:</translation>
    </message>
    <message>
        <source>Default size</source>
        <translation>Default size</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Typography as you type (Ctrl+Z takes one back)</source>
        <translation>Typography as you type (Ctrl+Z takes one back)</translation>
    </message>
    <message>
        <source>Curly quotes “…” ‘…’ and the apostrophe ’</source>
        <translation>Curly quotes “…” ‘…’ and the apostrophe ’</translation>
    </message>
    <message>
        <source>An en dash between words ( - becomes – )</source>
        <translation>An en dash between words ( - becomes – )</translation>
    </message>
    <message>
        <source>Three dots become an ellipsis (…)</source>
        <translation>Three dots become an ellipsis (…)</translation>
    </message>
    <message>
        <source>No-break space before units (15 km, 20 %)</source>
        <translation>No-break space before units (15 km, 20 %)</translation>
    </message>
    <message>
        <source>No-break space in dates (ngày 25/12)</source>
        <translation>No-break space in dates (ngày 25/12)</translation>
    </message>
    <message>
        <source>A new language takes effect at once, no restart needed.</source>
        <translation>A new language takes effect at once, no restart needed.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Formatting the text</source>
        <translation>Formatting the text</translation>
    </message>
    <message>
        <source>Lists, quotes and undo</source>
        <translation>Lists, quotes and undo</translation>
    </message>
    <message>
        <source>In a list or a quote: start the next item (1. is followed by 2.) or quoted line</source>
        <translation>In a list or a quote: start the next item (1. is followed by 2.) or quoted line</translation>
    </message>
    <message>
        <source>On an empty item: end the list and start a new paragraph</source>
        <translation>On an empty item: end the list and start a new paragraph</translation>
    </message>
    <message>
        <source>In a list: move the item one level in</source>
        <translation>In a list: move the item one level in</translation>
    </message>
    <message>
        <source>In a list: move the item one level out</source>
        <translation>In a list: move the item one level out</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Redo what was undone</translation>
    </message>
    <message>
        <source>Articles and the window</source>
        <translation>Articles and the window</translation>
    </message>
</context>
<context>
    <name>SiteRights</name>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>publish</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>You have no rights in any category of the news module.</source>
        <translation>You have no rights in any category of the news module.</translation>
    </message>
    <message>
        <source>no rights</source>
        <translation>no rights</translation>
    </message>
    <message>
        <source>Your rights in the news module, per category:</source>
        <translation>Your rights in the news module, per category:</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Your sites</source>
        <translation>Your sites</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Test the connection and read the site&apos;s roles and categories again</source>
        <translation>Test the connection and read the site&apos;s roles and categories again</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Add a site</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Application &amp;Password:</source>
        <translation>Application &amp;Password:</translation>
    </message>
    <message>
        <source>a short name, e.g. portal</source>
        <translation>a short name, e.g. portal</translation>
    </message>
    <message>
        <source>Made in WordPress under Users → Profile → Application Passwords</source>
        <translation>Made in WordPress under Users → Profile → Application Passwords</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Find out from the address</source>
        <translation>Find out from the address</translation>
    </message>
    <message>
        <source>A&amp;dd site</source>
        <translation>A&amp;dd site</translation>
    </message>
    <message>
        <source>No keyring service: the password is kept only until Newsdesk closes.</source>
        <translation>No keyring service: the password is kept only until Newsdesk closes.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation>API s&amp;ecret:</translation>
    </message>
    <message>
        <source>The API key the portal&apos;s administrator made for you in NukeViet&apos;s administration (Administrators → API Credential)</source>
        <translation>The API key the portal&apos;s administrator made for you in NukeViet&apos;s administration (Administrators → API Credential)</translation>
    </message>
    <message>
        <source>Given with the API key; Newsdesk keeps it in the keyring only</source>
        <translation>Given with the API key; Newsdesk keeps it in the keyring only</translation>
    </message>
    <message>
        <source>&amp;Software:</source>
        <translation>&amp;Software:</translation>
    </message>
    <message>
        <source>found: {kind}</source>
        <translation>found: {kind}</translation>
    </message>
    <message>
        <source>{user} (NukeViet): {desk_role}; {count} categories</source>
        <translation>{user} (NukeViet): {desk_role}; {count} categories</translation>
    </message>
    <message>
        <source>{user} ({roles}): {desk_role}; {count} categories</source>
        <translation>{user} ({roles}): {desk_role}; {count} categories</translation>
    </message>
    <message>
        <source>The connection failed: {error}</source>
        <translation>The connection failed: {error}</translation>
    </message>
    <message>
        <source>The site gives another address</source>
        <translation>The site gives another address</translation>
    </message>
    <message>
        <source>Send your API key and secret to {address}?</source>
        <translation>Send your API key and secret to {address}?</translation>
    </message>
    <message>
        <source>Send your user name and password to {address}?</source>
        <translation>Send your user name and password to {address}?</translation>
    </message>
    <message>
        <source>That address is not encrypted: you typed an https:// address, and the password would travel in clear text.</source>
        <translation>That address is not encrypted: you typed an https:// address, and the password would travel in clear text.</translation>
    </message>
    <message>
        <source>Connected to NukeViet as &lt;b&gt;{name}&lt;/b&gt;: {desk_role}; {count} categories.</source>
        <translation>Connected to NukeViet as &lt;b&gt;{name}&lt;/b&gt;: {desk_role}; {count} categories.</translation>
    </message>
    <message>
        <source>Connected as &lt;b&gt;{name}&lt;/b&gt; ({roles}): {desk_role}; {count} categories.</source>
        <translation>Connected as &lt;b&gt;{name}&lt;/b&gt; ({roles}): {desk_role}; {count} categories.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>Added “{name}”.</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Remove site</translation>
    </message>
    <message>
        <source>Forget the site “{name}” and its password on this computer? Nothing is deleted on the site.</source>
        <translation>Forget the site “{name}” and its password on this computer? Nothing is deleted on the site.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synced at {time}: {sent} sent, {updated} updated from the site</source>
        <translation>Synced at {time}: {sent} sent, {updated} updated from the site</translation>
    </message>
    <message>
        <source>, {n} waiting for the site</source>
        <translation>, {n} waiting for the site</translation>
    </message>
    <message>
        <source>, {n} failed (see the list)</source>
        <translation>, {n} failed (see the list)</translation>
    </message>
    <message>
        <source>, stopped</source>
        <translation>, stopped</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the sync; what is not sent yet stays queued for the next one</source>
        <translation>Stop the sync; what is not sent yet stays queued for the next one</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Insert a table</source>
        <translation>Insert a table</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Columns:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Rows:</translation>
    </message>
    <message>
        <source>First row is a &amp;header (column names)</source>
        <translation>First row is a &amp;header (column names)</translation>
    </message>
    <message>
        <source>Rows under the header row</source>
        <translation>Rows under the header row</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Column {n}</translation>
    </message>
</context>
<context>
    <name>VietnamTimeEdit</name>
    <message>
        <source>Vietnam time (Asia/Ho_Chi_Minh, UTC+7)</source>
        <translation>Vietnam time (Asia/Ho_Chi_Minh, UTC+7)</translation>
    </message>
</context>
<context>
    <name>WebPhotoFetcher</name>
    <message>
        <source>Some pictures pasted from the web could not be downloaded; the article still shows them from their web address:</source>
        <translation>Some pictures pasted from the web could not be downloaded; the article still shows them from their web address:</translation>
    </message>
    <message>
        <source>Download each picture from the web page, then drop it into the article (or insert it with Image in the toolbar) in place of its address.</source>
        <translation>Download each picture from the web page, then drop it into the article (or insert it with Image in the toolbar) in place of its address.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Unpublished</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Local only</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>editor (can publish)</source>
        <translation>editor (can publish)</translation>
    </message>
    <message>
        <source>reporter (submits for review)</source>
        <translation>reporter (submits for review)</translation>
    </message>
    <message>
        <source>no writing rights</source>
        <translation>no writing rights</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation>Publish time</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>Bylines</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>Featured image</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <source>Returned to the reporter</source>
        <translation>Returned to the reporter</translation>
    </message>
    <message>
        <source>Correction published</source>
        <translation>Correction published</translation>
    </message>
    <message>
        <source>Entry {n} does not follow the entry before it: an entry was removed or moved.</source>
        <translation>Entry {n} does not follow the entry before it: an entry was removed or moved.</translation>
    </message>
    <message>
        <source>Entry {n} was changed after it was recorded.</source>
        <translation>Entry {n} was changed after it was recorded.</translation>
    </message>
    <message>
        <source>Entry {n} {reason}.</source>
        <translation>Entry {n} {reason}.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>There is no site to send the article to.</source>
        <translation>There is no site to send the article to.</translation>
    </message>
    <message>
        <source>Add your site under Sites…, then try again.</source>
        <translation>Add your site under Sites…, then try again.</translation>
    </message>
    <message>
        <source>Choose the site</source>
        <translation>Choose the site</translation>
    </message>
    <message>
        <source>Send the article to:</source>
        <translation>Send the article to:</translation>
    </message>
</context>
<context>
    <name>WorkflowCommands</name>
    <message>
        <source>Submit again</source>
        <translation>Submit again</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>“{title}” goes to the editors of “{site}”. A note for them (optional), e.g. what you changed:</source>
        <translation>“{title}” goes to the editors of “{site}”. A note for them (optional), e.g. what you changed:</translation>
    </message>
    <message>
        <source>“{title}” goes to the editors of “{site}”. A note for them (optional):</source>
        <translation>“{title}” goes to the editors of “{site}”. A note for them (optional):</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>“{title}” is on no site yet.</source>
        <translation>“{title}” is on no site yet.</translation>
    </message>
    <message>
        <source>Add your site under Sites…, then try again.</source>
        <translation>Add your site under Sites…, then try again.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Return to the reporter</source>
        <translation>Return to the reporter</translation>
    </message>
    <message>
        <source>Why is “{title}” going back? The reporter sees this note:</source>
        <translation>Why is “{title}” going back? The reporter sees this note:</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Return</translation>
    </message>
    <message>
        <source>Publish a correction</source>
        <translation>Publish a correction</translation>
    </message>
    <message>
        <source>The corrected “{title}” replaces the published one; the earlier version is kept. What was corrected (kept in the record):</source>
        <translation>The corrected “{title}” replaces the published one; the earlier version is kept. What was corrected (kept in the record):</translation>
    </message>
    <message>
        <source>&amp;Publish correction</source>
        <translation>&amp;Publish correction</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Publish now</translation>
    </message>
    <message>
        <source>Publish “{title}” on “{site}” now? Readers see it at once.</source>
        <translation>Publish “{title}” on “{site}” now? Readers see it at once.</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Unpublish</translation>
    </message>
    <message>
        <source>Take “{title}” off “{site}”? Readers no longer see it; it stays here and in the record.</source>
        <translation>Take “{title}” off “{site}”? Readers no longer see it; it stays here and in the record.</translation>
    </message>
    <message>
        <source>Done here; it goes to “{site}” when you work online again.</source>
        <translation>Done here; it goes to “{site}” when you work online again.</translation>
    </message>
    <message>
        <source>Sending to “{site}”…</source>
        <translation>Sending to “{site}”…</translation>
    </message>
    <message>
        <source>The site did not accept “{title}”: {move} was refused.</source>
        <translation>The site did not accept “{title}”: {move} was refused.</translation>
    </message>
    <message>
        <source>the submission</source>
        <translation>the submission</translation>
    </message>
    <message>
        <source>returning it</source>
        <translation>returning it</translation>
    </message>
    <message>
        <source>the approval</source>
        <translation>the approval</translation>
    </message>
    <message>
        <source>scheduling it</source>
        <translation>scheduling it</translation>
    </message>
    <message>
        <source>publishing it</source>
        <translation>publishing it</translation>
    </message>
    <message>
        <source>unpublishing it</source>
        <translation>unpublishing it</translation>
    </message>
    <message>
        <source>the correction</source>
        <translation>the correction</translation>
    </message>
</context>
</TS>
