<?php

/**
 * Newsdesk API for NukeViet 4.5's news module (packaging/nukeviet/API.md): NewsdeskUpload.
 * A featured image stored once per SHA-256; with only find, the one stored for a hash.
 */

namespace NukeViet\Module\news\Api;

use NukeViet\Module\news\Newsdesk\Action;
use NukeViet\Module\news\Newsdesk\Media;
use NukeViet\Module\news\Newsdesk\Site;

if (!defined('NV_ADMIN') or !defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

class NewsdeskUpload extends Action
{
    protected function run(Site $site)
    {
        $find = self::field('find');
        if ($find !== '') {
            Media::checkSha($find, 'find');
            $row = Media::bySha($site, $find);
            return ['media' => $row ? Media::present($site, $row) : null];
        }
        ignore_user_abort(true);
        $row = Media::upload($site, self::field('sha256'), self::field('filename'), self::field('data'), self::field('alt'));
        return ['media' => Media::present($site, $row)];
    }
}
