<?php

/**
 * Newsdesk API for NukeViet 4.5's news module (packaging/nukeviet/API.md): NewsdeskAudit.
 * The audit record of an article; with "entry", one more move, sealed by the site.
 */

namespace NukeViet\Module\news\Api;

use NukeViet\Module\news\Newsdesk\Action;
use NukeViet\Module\news\Newsdesk\Articles;
use NukeViet\Module\news\Newsdesk\Discussion;
use NukeViet\Module\news\Newsdesk\Site;

if (!defined('NV_ADMIN') or !defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

class NewsdeskAudit extends Action
{
    protected function run(Site $site)
    {
        $row = Articles::readable($site, self::postId());
        $sent = self::jsonField('entry', false);
        if ($sent === null) {
            return ['entries' => Discussion::entries($site, (int) $row['id'])];
        }
        ignore_user_abort(true);
        list($entry, $created) = Discussion::append($site, $row, $sent);
        return ['entry' => $entry, 'created' => $created, 'entries' => Discussion::entries($site, (int) $row['id'])];
    }
}
