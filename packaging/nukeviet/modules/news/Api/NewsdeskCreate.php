<?php

/**
 * Newsdesk API for NukeViet 4.5's news module (packaging/nukeviet/API.md): NewsdeskCreate.
 * A new article, idempotent on payload.meta.client_uuid.
 */

namespace NukeViet\Module\news\Api;

use NukeViet\Module\news\Newsdesk\Action;
use NukeViet\Module\news\Newsdesk\Articles;
use NukeViet\Module\news\Newsdesk\Site;

if (!defined('NV_ADMIN') or !defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

class NewsdeskCreate extends Action
{
    protected function run(Site $site)
    {
        ignore_user_abort(true);
        list($post, $created) = Articles::create($site, self::jsonField('payload'));
        return ['post' => $post, 'created' => $created];
    }
}
