<?php

/**
 * Newsdesk API for NukeViet 4.5's news module (packaging/nukeviet/API.md): NewsdeskWhoami.
 * Who the signed-in admin is and what the module lets them do in each category.
 */

namespace NukeViet\Module\news\Api;

use NukeViet\Module\news\Newsdesk\Action;
use NukeViet\Module\news\Newsdesk\Site;

if (!defined('NV_ADMIN') or !defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

class NewsdeskWhoami extends Action
{
    protected function run(Site $site)
    {
        $rights = [];
        foreach ($site->rights() as $catid => $can) {
            $rights[] = ['catid' => $catid, 'title' => $site->categoryTitle($catid)] + $can;
        }
        return [
            'user' => [
                'id' => $site->adminId,
                'username' => $site->username,
                'display_name' => $site->displayName($site->adminId),
                'admin_lev' => $site->adminLev
            ],
            'rights' => $rights,
            'role' => $site->role(),
            'features' => ['workflow_statuses', 'notes', 'audit'],
            'api_version' => '1.0',
            'time' => NV_CURRENTTIME
        ];
    }
}
