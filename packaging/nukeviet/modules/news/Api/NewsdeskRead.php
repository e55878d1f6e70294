<?php

/**
 * Newsdesk API for NukeViet 4.5's news module (packaging/nukeviet/API.md): NewsdeskRead.
 * One article, by id or by client_uuid.
 */

namespace NukeViet\Module\news\Api;

use NukeViet\Module\news\Newsdesk\Action;
use NukeViet\Module\news\Newsdesk\Articles;
use NukeViet\Module\news\Newsdesk\Failure;
use NukeViet\Module\news\Newsdesk\Site;

if (!defined('NV_ADMIN') or !defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

class NewsdeskRead extends Action
{
    protected function run(Site $site)
    {
        $uuid = self::field('client_uuid');
        if ($uuid !== '') {
            if (!preg_match(Articles::UUID, $uuid)) {
                throw Failure::invalid('client_uuid must be a UUID.');
            }
            $id = Articles::idByUuid($site, $uuid);
            if (!$id) {
                throw Failure::notFound('No article with this client UUID on this site.');
            }
        } else {
            $id = self::postId();
        }
        return ['post' => Articles::present($site, Articles::readable($site, $id))];
    }
}
