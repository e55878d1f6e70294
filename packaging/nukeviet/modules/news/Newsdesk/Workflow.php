<?php

/**
 * Newsdesk API for NukeViet 4.5's news module.
 * The app's status names and NukeViet's status codes (modules/news/Shared/Posts.php), and who
 * may move an article to which status, from the admin's rights in its category.
 */

namespace NukeViet\Module\news\Newsdesk;

if (!defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

class Workflow
{
    /** NukeViet's code written for each app status. */
    const CODES = [
        'draft' => 4,
        'pending' => 5,
        'nd-returned' => 6,
        'nd-approved' => 8,
        'future' => 2,
        'publish' => 1,
        'private' => 0
    ];

    /** Right needed to move any article to the status (besides the author's own moves). */
    const RIGHT_FOR = [
        'draft' => 'edit',
        'pending' => 'edit',
        'nd-returned' => 'approve',
        'nd-approved' => 'approve',
        'future' => 'publish',
        'publish' => 'publish',
        'private' => 'publish'
    ];

    /** NukeViet codes at which the author may still change their own article. */
    const AUTHOR_EDITABLE = [4, 5, 6];

    /** Offset NukeViet adds to the status of an article in a suspended category. */
    const LOCKED_OFFSET = 21;

    public static function isName($name)
    {
        return is_string($name) && array_key_exists($name, self::CODES);
    }

    /** The code with a suspended category's offset taken off. */
    public static function baseCode($code)
    {
        $code = (int) $code;
        return $code >= self::LOCKED_OFFSET ? $code - self::LOCKED_OFFSET : $code;
    }

    /** The app's name for NukeViet's status code of an article published at $publtime. */
    public static function name($code, $publtime)
    {
        switch (self::baseCode($code)) {
            case 1:
                return $publtime > NV_CURRENTTIME ? 'future' : 'publish';
            case 2:
                return 'future';
            case 4:
                return 'draft';
            case 5:
            case 7:
                return 'pending';
            case 6:
            case 9:
                return 'nd-returned';
            case 8:
            case 10:
                return 'nd-approved';
            default:
                return 'private';
        }
    }

    /** SQL condition selecting the articles the app calls $name (table alias r). */
    public static function condition($name)
    {
        $now = (int) NV_CURRENTTIME;
        switch ($name) {
            case 'future':
                return "(r.status = 2 OR (r.status = 1 AND r.publtime > $now))";
            case 'publish':
                return "(r.status = 1 AND r.publtime <= $now)";
            case 'pending':
                return 'r.status IN (5, 7)';
            case 'nd-returned':
                return 'r.status IN (6, 9)';
            case 'nd-approved':
                return 'r.status IN (8, 10)';
            case 'private':
                return 'r.status IN (0, 3)';
            default:
                return 'r.status = 4';
        }
    }

    /**
     * Refuse (5003) unless the admin may give a new article of catid the status $name:
     * adding a draft or sending it for review needs the add right, the rest the right of
     * the move.
     */
    public static function checkCreate(Site $site, $catid, $name)
    {
        if (!$site->can('add', $catid)) {
            throw Failure::forbidden(sprintf('You have no right to add articles in the category "%s" (add right).', $site->categoryTitle($catid)));
        }
        if ($name !== 'draft' and $name !== 'pending') {
            self::checkRight($site, $catid, self::RIGHT_FOR[$name], $name);
        }
    }

    /** Refuse (5003) unless the admin may move $row (an article row) to the status $name. */
    public static function checkMove(Site $site, array $row, $name)
    {
        $catid = (int) $row['catid'];
        $own = (int) $row['admin_id'] === $site->adminId;
        $code = self::baseCode($row['status']);
        if (($name === 'draft' or $name === 'pending') and $own and in_array($code, self::AUTHOR_EDITABLE, true) and $site->can('add', $catid)) {
            return;
        }
        $right = self::RIGHT_FOR[$name];
        if (($name === 'draft' or $name === 'pending') and $site->can('approve', $catid)) {
            return;
        }
        self::checkRight($site, $catid, $right, $name);
    }

    private static function checkRight(Site $site, $catid, $right, $name)
    {
        if (!$site->can($right, $catid)) {
            $labels = [
                'edit' => 'edit right (edit_content)',
                'approve' => 'approve right (app_content)',
                'publish' => 'publish right (pub_content)'
            ];
            throw Failure::forbidden(sprintf(
                'You may not set an article to "%s" in the category "%s": that needs the %s.',
                $name,
                $site->categoryTitle($catid),
                $labels[$right]
            ));
        }
    }

    /** Whether the admin may read the article (and its notes and audit record). */
    public static function mayRead(Site $site, array $row)
    {
        if ((int) $row['admin_id'] === $site->adminId) {
            return true;
        }
        foreach (self::catids($row) as $catid) {
            if ($site->can('edit', $catid) or $site->can('approve', $catid) or $site->can('publish', $catid)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the admin may update the article's fields now. */
    public static function mayUpdate(Site $site, array $row)
    {
        $catid = (int) $row['catid'];
        if ($site->can('edit', $catid)) {
            return true;
        }
        return (int) $row['admin_id'] === $site->adminId
            && in_array(self::baseCode($row['status']), self::AUTHOR_EDITABLE, true)
            && $site->can('add', $catid);
    }

    /** Whether the admin counts as an editor for the article (approve or publish in its category). */
    public static function isEditorOf(Site $site, array $row)
    {
        $catid = (int) $row['catid'];
        return $site->can('approve', $catid) || $site->can('publish', $catid);
    }

    /** @return int[] the article's categories */
    public static function catids(array $row)
    {
        $ids = array_map('intval', explode(',', (string) $row['listcatid']));
        $ids = array_values(array_unique(array_filter($ids)));
        return $ids ?: [(int) $row['catid']];
    }
}
