<?php

/**
 * Newsdesk API for NukeViet 4.5's news module.
 * The request's context: the database, the module's tables, the signed-in admin and the
 * rights NukeViet gives them per category (the module admin page "Phân quyền quản lý").
 * Creates the few tables of its own on first use.
 */

namespace NukeViet\Module\news\Newsdesk;

use NukeViet\Api\Api;

if (!defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

class Site
{
    /** @var \PDO NukeViet's database (NukeViet\Core\Database) */
    public $db;
    /** @var string the module's name on the portal ("news", or a copy of the module) */
    public $module;
    /** @var string the module's table name part (module_data) */
    public $moduleData;
    /** @var string the module's upload folder (module_upload) */
    public $moduleUpload;
    /** @var string prefix of the module's tables: nv4_vi_news */
    public $prefix;
    /** @var int */
    public $adminId;
    /** @var int 1 and 2: site administrators; 3: module admin */
    public $adminLev;
    /** @var string */
    public $username;

    private $rights;
    private $categories;

    const SCHEMA_VERSION = 1;

    public static function current()
    {
        global $db, $sys_mods;

        $site = new self();
        $site->db = $db;
        $site->module = Api::getModuleName();
        $info = Api::getModuleInfo();
        if (empty($info) and isset($sys_mods[$site->module])) {
            $info = $sys_mods[$site->module];
        }
        $site->moduleData = $info['module_data'];
        $site->moduleUpload = isset($info['module_upload']) ? $info['module_upload'] : $site->module;
        $site->prefix = NV_PREFIXLANG . '_' . $site->moduleData;
        $site->adminId = (int) Api::getAdminId();
        $site->adminLev = (int) Api::getAdminLev();
        $site->username = (string) Api::getAdminName();
        // NukeViet's own helpers of the module (the status log) read these globals.
        $GLOBALS['module_name'] = $site->module;
        $GLOBALS['module_data'] = $site->moduleData;
        $GLOBALS['module_upload'] = $site->moduleUpload;
        $site->ensureSchema();
        return $site;
    }

    /** A table of the module: table('rows') is nv4_vi_news_rows. */
    public function table($name)
    {
        return $this->prefix . '_' . $name;
    }

    /**
     * The tables Newsdesk keeps beside the module's own, made on first use. A marker file in
     * NukeViet's data folder saves the CREATE statements on later requests.
     */
    private function ensureSchema()
    {
        $marker = NV_ROOTDIR . '/' . NV_DATADIR . '/newsdesk-schema-' . md5($this->prefix . '|' . self::SCHEMA_VERSION) . '.txt';
        if (file_exists($marker)) {
            return;
        }
        $options = ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
        $this->db->exec('CREATE TABLE IF NOT EXISTS ' . $this->table('newsdesk_posts') . " (
            id int(11) unsigned NOT NULL,
            client_uuid char(36) NULL DEFAULT NULL,
            meta longtext NOT NULL,
            rev int(11) unsigned NOT NULL DEFAULT '1',
            activity int(11) unsigned NOT NULL DEFAULT '0',
            media_id int(11) unsigned NOT NULL DEFAULT '0',
            seen_edittime int(11) unsigned NOT NULL DEFAULT '0',
            PRIMARY KEY (id),
            UNIQUE KEY client_uuid (client_uuid)
        )" . $options);
        $this->db->exec('CREATE TABLE IF NOT EXISTS ' . $this->table('newsdesk_media') . " (
            id int(11) unsigned NOT NULL AUTO_INCREMENT,
            sha256 char(64) NOT NULL,
            path varchar(255) NOT NULL,
            filename varchar(255) NOT NULL DEFAULT '',
            alt varchar(255) NOT NULL DEFAULT '',
            admin_id int(11) unsigned NOT NULL DEFAULT '0',
            add_time int(11) unsigned NOT NULL DEFAULT '0',
            PRIMARY KEY (id),
            UNIQUE KEY sha256 (sha256)
        )" . $options);
        $this->db->exec('CREATE TABLE IF NOT EXISTS ' . $this->table('newsdesk_notes') . " (
            seq int(11) unsigned NOT NULL AUTO_INCREMENT,
            post_id int(11) unsigned NOT NULL,
            note_id char(36) NOT NULL,
            note longtext NOT NULL,
            PRIMARY KEY (seq),
            UNIQUE KEY post_note (post_id, note_id)
        )" . $options);
        $this->db->exec('CREATE TABLE IF NOT EXISTS ' . $this->table('newsdesk_audit') . " (
            seq int(11) unsigned NOT NULL AUTO_INCREMENT,
            post_id int(11) unsigned NOT NULL,
            entry_id char(36) NOT NULL,
            entry longtext NOT NULL,
            hash char(64) NOT NULL,
            PRIMARY KEY (seq),
            UNIQUE KEY post_entry (post_id, entry_id)
        )" . $options);
        @file_put_contents($marker, (string) NV_CURRENTTIME);
    }

    /**
     * Run $work while holding a named MariaDB lock, so that two requests for the same thing
     * (one article, one client UUID, one image) take turns.
     */
    public function withLock($name, callable $work)
    {
        $lock = 'newsdesk_' . md5($this->prefix . '|' . $name);
        $got = $this->db->query('SELECT GET_LOCK(' . $this->db->quote($lock) . ', 20)')->fetchColumn();
        if ((int) $got !== 1) {
            throw new Failure(Failure::STORAGE, 'The site is busy with this article; try again in a moment.');
        }
        try {
            return $work();
        } finally {
            $this->db->query('SELECT RELEASE_LOCK(' . $this->db->quote($lock) . ')');
        }
    }

    /** @return array catid => row of the module's categories, in the admin's order */
    public function categories()
    {
        if ($this->categories === null) {
            $this->categories = [];
            $result = $this->db->query('SELECT catid, parentid, title, alias, status FROM ' . $this->table('cat') . ' ORDER BY sort ASC');
            while ($row = $result->fetch()) {
                $this->categories[(int) $row['catid']] = $row;
            }
        }
        return $this->categories;
    }

    /**
     * What the admin may do in each category, as the news module's admin pages decide it
     * (modules/news/admin.menu.php and admin/content.php): site administrators and module-wide
     * admins everything, a category admin everything in it, others their ticked rights.
     *
     * @return array catid => ['add' => bool, 'edit' => bool, 'publish' => bool, 'delete' => bool, 'approve' => bool]
     */
    public function rights()
    {
        if ($this->rights !== null) {
            return $this->rights;
        }
        $rows = [];
        $sth = $this->db->prepare('SELECT * FROM ' . $this->table('admins') . ' WHERE userid = ?');
        $sth->execute([$this->adminId]);
        while ($row = $sth->fetch()) {
            $rows[(int) $row['catid']] = $row;
        }
        // The module's admin page makes an admin with no row a module-wide admin on first visit.
        $everything = $this->adminLev <= 2 || empty($rows) || isset($rows[0]);
        $this->rights = [];
        foreach ($this->categories() as $catid => $cat) {
            $row = isset($rows[$catid]) ? $rows[$catid] : null;
            $all = $everything || ($row !== null && (int) $row['admin'] === 1);
            $this->rights[$catid] = [
                'add' => $all || ($row !== null && (int) $row['add_content'] === 1),
                'edit' => $all || ($row !== null && (int) $row['edit_content'] === 1),
                'publish' => $all || ($row !== null && (int) $row['pub_content'] === 1),
                'delete' => $all || ($row !== null && (int) $row['del_content'] === 1),
                'approve' => $all || ($row !== null && (int) $row['app_content'] === 1)
            ];
        }
        return $this->rights;
    }

    /** Whether the admin has $right ("add", "edit", "publish", "approve"...) in catid. */
    public function can($right, $catid)
    {
        $rights = $this->rights();
        return isset($rights[$catid]) && $rights[$catid][$right];
    }

    /** "editor" when the admin may approve or publish somewhere, "reporter" when only add. */
    public function role()
    {
        $role = 'none';
        foreach ($this->rights() as $rights) {
            if ($rights['approve'] or $rights['publish']) {
                return 'editor';
            }
            if ($rights['add'] or $rights['edit']) {
                $role = 'reporter';
            }
        }
        return $role;
    }

    public function categoryTitle($catid)
    {
        $categories = $this->categories();
        return isset($categories[$catid]) ? $categories[$catid]['title'] : ('#' . $catid);
    }

    /** An admin's name as NukeViet shows it (first and last name, else the login). */
    public function displayName($userid)
    {
        static $names = [];
        if (!isset($names[$userid])) {
            $sth = $this->db->prepare('SELECT username, first_name, last_name FROM ' . NV_USERS_GLOBALTABLE . ' WHERE userid = ?');
            $sth->execute([(int) $userid]);
            $row = $sth->fetch();
            $names[$userid] = $row ? nv_show_name_user($row['first_name'], $row['last_name'], $row['username']) : '';
        }
        return $names[$userid];
    }

    /** Absolute address of a path of the site ("uploads/news/..."). */
    public function url($path)
    {
        return NV_MY_DOMAIN . NV_BASE_SITEURL . ltrim($path, '/');
    }
}
