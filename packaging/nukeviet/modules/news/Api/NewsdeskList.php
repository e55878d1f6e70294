<?php

/**
 * Newsdesk API for NukeViet 4.5's news module (packaging/nukeviet/API.md): NewsdeskList.
 * The articles in one status that the admin may read, newest first.
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

class NewsdeskList extends Action
{
    protected function run(Site $site)
    {
        $status = self::field('status');
        if (!Workflow::isName($status)) {
            throw Failure::invalid('status must be one of: ' . implode(', ', array_keys(Workflow::CODES)) . '.');
        }
        return ['posts' => Articles::listing($site, $status)];
    }
}
