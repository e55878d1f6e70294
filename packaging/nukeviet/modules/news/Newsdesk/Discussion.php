<?php

/**
 * Newsdesk API for NukeViet 4.5's news module.
 * Editor notes and the audit record of an article, kept on the site with the same rules as the
 * WordPress plugin (packaging/wordpress/newsdesk-bridge/includes/notes.php and audit.php):
 * the site records who wrote a note or made a move (the signed-in admin, never what the
 * request says), the time, and seals each audit entry into the chain itself (audit-chain.php,
 * made from the plugin's copy). A note or entry sent again with the same id is answered with
 * the stored one. Nothing edits or deletes them.
 */

namespace NukeViet\Module\news\Newsdesk;

if (!defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

require_once __DIR__ . '/audit-chain.php';

class Discussion
{
    const NOTE_MAX_CHARS = 5000; // newsdesk.core.notes.NOTE_TEXT_MAX_CHARS
    const ANCHOR_MAX_CHARS = 400; // newsdesk.core.notes.ANCHOR_MAX_CHARS
    const AUDIT_NOTE_MAX = 5000;
    const HASH = '/^[0-9a-f]{64}$/';

    // ------------------------------------------------------------------ notes

    /** @return array the article's notes, oldest first */
    public static function notes(Site $site, array $row)
    {
        $notes = [];
        $sth = $site->db->prepare('SELECT note FROM ' . $site->table('newsdesk_notes') . ' WHERE post_id = ? ORDER BY seq ASC');
        $sth->execute([(int) $row['id']]);
        foreach ($sth->fetchAll(\PDO::FETCH_COLUMN) as $json) {
            $note = json_decode($json, true);
            if (is_array($note)) {
                $notes[] = self::presentNote($site, $note);
            }
        }
        return $notes;
    }

    private static function presentNote(Site $site, array $note)
    {
        $name = $site->displayName((int) $note['author']);
        return [
            'id' => (string) $note['id'],
            'parent' => (string) $note['parent'],
            'anchor' => (string) $note['anchor'],
            'author' => (int) $note['author'],
            'author_name' => $name !== '' ? $name : (string) $note['author_name'],
            'created_gmt' => (string) $note['created_gmt'],
            'text' => (string) $note['text']
        ];
    }

    private static function noteText($value, $key, $limit, $required)
    {
        if (!is_string($value)) {
            throw Failure::invalid('note.' . $key . ' must be a string.');
        }
        $text = trim(strip_tags(self::validUtf8($value)));
        if ($required and $text === '') {
            throw Failure::invalid('A note needs some text.');
        }
        if (nv_strlen($text) > $limit) {
            throw Failure::invalid(sprintf('note.%s must be at most %d characters long.', $key, $limit));
        }
        return $text;
    }

    private static function validUtf8($text)
    {
        return mb_check_encoding($text, 'UTF-8') ? $text : mb_convert_encoding($text, 'UTF-8', 'UTF-8');
    }

    /**
     * Add the note $sent ({"id", "parent", "anchor", "text"}) as the signed-in admin's.
     *
     * @return array [note, created]
     */
    public static function addNote(Site $site, array $row, array $sent)
    {
        $id = isset($sent['id']) ? $sent['id'] : null;
        if (!is_string($id) or !preg_match(Articles::UUID, $id)) {
            throw Failure::invalid('note.id must be a UUID made by the app for this note.');
        }
        $parent = isset($sent['parent']) ? $sent['parent'] : '';
        if (!is_string($parent) or ($parent !== '' and !preg_match(Articles::UUID, $parent))) {
            throw Failure::invalid('note.parent must be "" or the UUID of the note this one replies to.');
        }
        $note = [
            'id' => strtolower($id),
            'parent' => strtolower($parent),
            'anchor' => self::noteText(isset($sent['anchor']) ? $sent['anchor'] : '', 'anchor', self::ANCHOR_MAX_CHARS, false),
            'author' => $site->adminId,
            'author_name' => $site->displayName($site->adminId),
            'created_gmt' => gmdate('Y-m-d\TH:i:s'),
            'text' => self::noteText(isset($sent['text']) ? $sent['text'] : null, 'text', self::NOTE_MAX_CHARS, true)
        ];
        $postId = (int) $row['id'];
        return $site->withLock('notes|' . $postId, function () use ($site, $postId, $note) {
            $table = $site->table('newsdesk_notes');
            $find = $site->db->prepare('SELECT note FROM ' . $table . ' WHERE post_id = ? AND note_id = ?');
            $find->execute([$postId, $note['id']]);
            $stored = $find->fetchColumn();
            if ($stored !== false) {
                return [self::presentNote($site, json_decode($stored, true)), false];
            }
            if ($note['parent'] !== '') {
                $find->execute([$postId, $note['parent']]);
                if ($find->fetchColumn() === false) {
                    throw Failure::invalid('The note this one replies to is not on the article (send it first).');
                }
            }
            $site->db->prepare('INSERT INTO ' . $table . ' (post_id, note_id, note) VALUES (?, ?, ?)')
                ->execute([$postId, $note['id'], json_encode($note, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES)]);
            self::countActivity($site, $postId);
            return [self::presentNote($site, $note), true];
        });
    }

    // ------------------------------------------------------------------ audit

    /** @return array the article's audit entries in the order they were added */
    public static function entries(Site $site, $postId)
    {
        $sth = $site->db->prepare('SELECT entry FROM ' . $site->table('newsdesk_audit') . ' WHERE post_id = ? ORDER BY seq ASC');
        $sth->execute([(int) $postId]);
        $entries = [];
        foreach ($sth->fetchAll(\PDO::FETCH_COLUMN) as $json) {
            $entry = json_decode($json, true);
            if (is_array($entry)) {
                $entries[] = $entry;
            }
        }
        return $entries;
    }

    /**
     * Append the move $sent to the article's chain, sealed by the site.
     *
     * @return array [entry, created]
     */
    public static function append(Site $site, array $row, array $sent)
    {
        $fields = [];
        foreach (['id', 'action', 'from_status', 'to_status', 'content_sha', 'note', 'article_uuid'] as $key) {
            $value = isset($sent[$key]) ? $sent[$key] : '';
            if (!is_string($value)) {
                throw Failure::invalid('entry.' . $key . ' must be a string.');
            }
            $fields[$key] = $value;
        }
        if (!preg_match(Articles::UUID, $fields['id'])) {
            throw Failure::invalid('entry.id must be a UUID made by the app for this entry.');
        }
        $fields['id'] = strtolower($fields['id']);
        if ($fields['content_sha'] !== '' and !preg_match(self::HASH, $fields['content_sha'])) {
            throw Failure::invalid('entry.content_sha must be "" or 64 lower-case hexadecimal digits.');
        }
        if (nv_strlen($fields['note']) > self::AUDIT_NOTE_MAX) {
            throw Failure::invalid(sprintf('entry.note may be at most %d characters long.', self::AUDIT_NOTE_MAX));
        }
        $expected = null;
        if (array_key_exists('prev_hash', $sent)) {
            if (!is_string($sent['prev_hash']) or ($sent['prev_hash'] !== '' and !preg_match(self::HASH, $sent['prev_hash']))) {
                throw Failure::invalid('entry.prev_hash must be "" or 64 lower-case hexadecimal digits.');
            }
            $expected = $sent['prev_hash'];
        }
        $postId = (int) $row['id'];
        return $site->withLock('audit|' . $postId, function () use ($site, $postId, $fields, $expected) {
            $entries = self::entries($site, $postId);
            foreach ($entries as $stored) {
                if (isset($stored['id']) and $stored['id'] === $fields['id']) {
                    return [$stored, false];
                }
            }
            $last = end($entries);
            $lastHash = ($last and isset($last['hash'])) ? (string) $last['hash'] : '';
            if ($expected !== null and $expected !== $lastHash) {
                throw new Failure(
                    Failure::AUDIT_STALE,
                    'The audit record has grown since your copy; read it and append after its last entry.',
                    ['head' => ['length' => count($entries), 'hash' => $lastHash]]
                );
            }
            $row = Articles::readable($site, $postId);
            self::checkMove($site, $row, $fields);
            $entry = self::sealed($site, $row, $fields, $lastHash);
            if ($entry['hash'] === false) {
                throw Failure::invalid('The entry is not valid UTF-8 text.');
            }
            $site->db->prepare('INSERT INTO ' . $site->table('newsdesk_audit') . ' (post_id, entry_id, entry, hash) VALUES (?, ?, ?, ?)')
                ->execute([$postId, $entry['id'], json_encode($entry, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), $entry['hash']]);
            self::countActivity($site, $postId);
            return [$entry, true];
        });
    }

    /** Refuse a move the workflow does not have, one only editors make, or one not made on the site. */
    private static function checkMove(Site $site, array $row, array $fields)
    {
        $move = newsdesk_bridge_audit_find_move($fields['action'], $fields['from_status'], $fields['to_status']);
        if ($move === null) {
            throw Failure::invalid('The workflow has no such move: check the entry\'s action, from_status and to_status.');
        }
        $editor = Workflow::isEditorOf($site, $row);
        if (($move[3] and !$editor) or (!$editor and (int) $row['admin_id'] !== $site->adminId)) {
            throw Failure::forbidden(sprintf('You may not record "%s" on this article: only editors (approve or publish right in its category) may make that move.', $fields['action']));
        }
        $status = Workflow::name($row['status'], (int) $row['publtime']);
        if (!in_array($status, newsdesk_bridge_audit_statuses_after($fields['to_status']), true)) {
            throw Failure::invalid(sprintf('The article is "%2$s" on the site, so "%1$s" has not happened there: send the article first.', $fields['action'], $status));
        }
    }

    /** The entry as the site records it: the app's fields, the admin, the time and the hashes. */
    private static function sealed(Site $site, array $row, array $fields, $prevHash)
    {
        $uuid = (string) $row['client_uuid'];
        if ($uuid === '' and preg_match(Articles::UUID, $fields['article_uuid'])) {
            $uuid = strtolower($fields['article_uuid']);
        }
        $entry = [
            'id' => $fields['id'],
            'article_uuid' => $uuid,
            'action' => $fields['action'],
            'from_status' => $fields['from_status'],
            'to_status' => $fields['to_status'],
            'user' => $site->username,
            'user_id' => (string) $site->adminId,
            'user_name' => $site->displayName($site->adminId),
            'role' => Workflow::isEditorOf($site, $row) ? 'editor' : 'reporter',
            'at' => gmdate('Y-m-d\TH:i:s\Z'),
            'content_sha' => $fields['content_sha'],
            'note' => $fields['note'],
            'prev_hash' => $prevHash
        ];
        $entry['hash'] = newsdesk_bridge_audit_hash($entry);
        return $entry;
    }

    /** One more note or audit entry on the article (the "activity" of the post). */
    private static function countActivity(Site $site, $postId)
    {
        $site->db->prepare('INSERT INTO ' . $site->table('newsdesk_posts') . " (id, client_uuid, meta, rev, activity, media_id, seen_edittime)"
            . " SELECT id, NULL, '{}', 0, 1, 0, edittime FROM " . $site->table('rows') . ' WHERE id = ?'
            . ' ON DUPLICATE KEY UPDATE activity = activity + 1')
            ->execute([(int) $postId]);
    }
}
