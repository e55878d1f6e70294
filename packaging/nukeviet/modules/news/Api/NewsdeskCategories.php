<?php

/**
 * Newsdesk API for NukeViet 4.5's news module (packaging/nukeviet/API.md): NewsdeskCategories.
 * The module's categories and the tags in use.
 */

namespace NukeViet\Module\news\Api;

use NukeViet\Module\news\Newsdesk\Action;
use NukeViet\Module\news\Newsdesk\Site;

if (!defined('NV_ADMIN') or !defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

class NewsdeskCategories extends Action
{
    protected function run(Site $site)
    {
        $categories = [];
        foreach ($site->categories() as $catid => $cat) {
            $categories[] = ['id' => $catid, 'title' => $cat['title'], 'alias' => $cat['alias'], 'parentid' => (int) $cat['parentid']];
        }
        $tags = [];
        foreach ($site->db->query('SELECT tid, keywords FROM ' . $site->table('tags') . ' WHERE numnews > 0 ORDER BY keywords ASC') as $tag) {
            $tags[] = ['id' => (int) $tag['tid'], 'name' => (string) $tag['keywords']];
        }
        return ['categories' => $categories, 'tags' => $tags];
    }
}
