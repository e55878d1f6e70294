<?php

/**
 * Newsdesk API for NukeViet 4.5's news module (packaging/nukeviet/API.md): NewsdeskUpdate.
 * The fields of payload written to an article, refused when it changed since if_rev.
 */

namespace NukeViet\Module\news\Api;

use NukeViet\Module\news\Newsdesk\Action;
use NukeViet\Module\news\Newsdesk\Articles;
use NukeViet\Module\news\Newsdesk\Failure;
use NukeViet\Module\news\Newsdesk\Site;

if (!defined('NV_ADMIN') or !defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

class NewsdeskUpdate extends Action
{
    protected function run(Site $site)
    {
        ignore_user_abort(true);
        $id = self::postId();
        $payload = self::jsonField('payload');
        $ifRev = self::field('if_rev');
        if ($ifRev !== '' and !preg_match('/^[0-9]{1,10}$/', $ifRev)) {
            throw Failure::invalid('if_rev must be the revision number the app last saw.');
        }
        return ['post' => Articles::update($site, $id, $payload, $ifRev === '' ? null : (int) $ifRev)];
    }
}
