<?php

/**
 * Newsdesk API for NukeViet 4.5's news module (packaging/nukeviet/API.md): NewsdeskStatus.
 * An article moved to another status, with the rights NukeViet gives the admin.
 */

namespace NukeViet\Module\news\Api;

use NukeViet\Module\news\Newsdesk\Action;
use NukeViet\Module\news\Newsdesk\Articles;
use NukeViet\Module\news\Newsdesk\Failure;
use NukeViet\Module\news\Newsdesk\Site;
use NukeViet\Module\news\Newsdesk\Workflow;

if (!defined('NV_ADMIN') or !defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

class NewsdeskStatus extends Action
{
    protected function run(Site $site)
    {
        ignore_user_abort(true);
        $id = self::postId();
        $status = self::field('status');
        if (!Workflow::isName($status)) {
            throw Failure::invalid('status must be one of: ' . implode(', ', array_keys(Workflow::CODES)) . '.');
        }
        $publtime = self::field('publtime');
        if ($publtime !== '' and !preg_match('/^[0-9]{1,10}$/', $publtime)) {
            throw Failure::invalid('publtime must be a Unix time (seconds).');
        }
        return ['post' => Articles::changeStatus($site, $id, $status, $publtime === '' ? null : (int) $publtime)];
    }
}
