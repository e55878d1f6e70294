<?php

/**
 * Newsdesk API for NukeViet 4.5's news module (packaging/nukeviet/API.md): NewsdeskNotes.
 * The editor notes of an article; with "note", one more, written as the signed-in admin's.
 */

namespace NukeViet\Module\news\Api;

use NukeViet\Module\news\Newsdesk\Action;
use NukeViet\Module\news\Newsdesk\Articles;
use NukeViet\Module\news\Newsdesk\Discussion;
use NukeViet\Module\news\Newsdesk\Site;

if (!defined('NV_ADMIN') or !defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

class NewsdeskNotes extends Action
{
    protected function run(Site $site)
    {
        $row = Articles::readable($site, self::postId());
        $sent = self::jsonField('note', false);
        if ($sent === null) {
            return ['notes' => Discussion::notes($site, $row)];
        }
        ignore_user_abort(true);
        list($note, $created) = Discussion::addNote($site, $row, $sent);
        return ['note' => $note, 'created' => $created];
    }
}
