<?php

/**
 * Newsdesk API for NukeViet 4.5's news module.
 * Reading and writing an article the way the module's admin form (modules/news/admin/content.php)
 * does: the row, its detail, the copy in news_<catid> for each of its categories, the source,
 * the tags, the status log, the admin log, the block groups ticked by default, the schedule
 * check and the module's cache. Newsdesk's own data (client UUID, meta, revision, activity)
 * sits beside it in <prefix>_newsdesk_posts.
 */

namespace NukeViet\Module\news\Newsdesk;

use NukeViet\Module\news\Shared\Logs;

if (!defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

class Articles
{
    const UUID = '/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/';
    const PAYLOAD_KEYS = [
        'title', 'hometext', 'bodyhtml', 'status', 'catid', 'tags', 'alias', 'publtime',
        'media_id', 'image_alt', 'imgposition', 'author', 'source', 'meta'
    ];
    const LIST_LIMIT = 200;

    // ------------------------------------------------------------------ reading

    /** The article with its detail and Newsdesk data, or null when there is none. */
    public static function load(Site $site, $id)
    {
        $sth = $site->db->prepare('SELECT r.*, d.bodyhtml, d.sourcetext, d.imgposition,'
            . ' p.client_uuid, p.meta, p.rev, p.activity, p.media_id, p.seen_edittime'
            . ' FROM ' . $site->table('rows') . ' r'
            . ' INNER JOIN ' . $site->table('detail') . ' d ON d.id = r.id'
            . ' LEFT JOIN ' . $site->table('newsdesk_posts') . ' p ON p.id = r.id'
            . ' WHERE r.id = ?');
        $sth->execute([(int) $id]);
        $row = $sth->fetch();
        return $row ? self::reconcile($site, $row) : null;
    }

    /** The article if the admin may read it; 5002 otherwise (others' articles are not named). */
    public static function readable(Site $site, $id)
    {
        $row = self::load($site, $id);
        if (!$row or !Workflow::mayRead($site, $row)) {
            throw Failure::notFound();
        }
        return $row;
    }

    public static function idByUuid(Site $site, $uuid)
    {
        $sth = $site->db->prepare('SELECT id FROM ' . $site->table('newsdesk_posts') . ' WHERE client_uuid = ?');
        $sth->execute([strtolower($uuid)]);
        $id = $sth->fetchColumn();
        return $id === false ? 0 : (int) $id;
    }

    /**
     * An edit made in NukeViet's own admin changes edittime but not Newsdesk's revision:
     * count it as a write, so a stale update from the app is still refused.
     */
    private static function reconcile(Site $site, array $row)
    {
        if ($row['rev'] !== null and (int) $row['seen_edittime'] !== (int) $row['edittime']) {
            $site->db->prepare('UPDATE ' . $site->table('newsdesk_posts') . ' SET rev = rev + 1, seen_edittime = ? WHERE id = ? AND seen_edittime = ?')
                ->execute([(int) $row['edittime'], (int) $row['id'], (int) $row['seen_edittime']]);
            $row['rev'] = (int) $site->db->query('SELECT rev FROM ' . $site->table('newsdesk_posts') . ' WHERE id = ' . (int) $row['id'])->fetchColumn();
            $row['seen_edittime'] = $row['edittime'];
        }
        return $row;
    }

    /** @return array the articles the admin may read in the app status $name, newest first */
    public static function listing(Site $site, $name)
    {
        $readable = [];
        foreach ($site->rights() as $catid => $rights) {
            if ($rights['edit'] or $rights['approve'] or $rights['publish']) {
                $readable[] = (int) $catid;
            }
        }
        $who = 'r.admin_id = ' . $site->adminId;
        if ($readable) {
            $who = '(' . $who . ' OR r.catid IN (' . implode(',', $readable) . '))';
        }
        $ids = $site->db->query('SELECT r.id FROM ' . $site->table('rows') . ' r WHERE ' . Workflow::condition($name)
            . ' AND ' . $who . ' ORDER BY r.addtime DESC, r.id DESC LIMIT ' . self::LIST_LIMIT)->fetchAll(\PDO::FETCH_COLUMN);
        $posts = [];
        foreach ($ids as $id) {
            $row = self::load($site, $id);
            if ($row and Workflow::mayRead($site, $row)) {
                $posts[] = self::present($site, $row);
            }
        }
        return $posts;
    }

    /** The article as the actions answer it (packaging/nukeviet/API.md, "post"). */
    public static function present(Site $site, array $row)
    {
        $id = (int) $row['id'];
        $catids = Workflow::catids($row);
        $tags = $site->db->query('SELECT keyword FROM ' . $site->table('tags_id') . ' WHERE id = ' . $id . ' ORDER BY keyword ASC')->fetchAll(\PDO::FETCH_COLUMN);
        $meta = ($row['meta'] !== null and $row['meta'] !== '') ? json_decode($row['meta'], true) : [];
        if (!is_array($meta)) {
            $meta = [];
        }
        if ($row['client_uuid'] !== null and $row['client_uuid'] !== '') {
            $meta['client_uuid'] = $row['client_uuid'];
        }
        return [
            'id' => $id,
            'status' => Workflow::name($row['status'], (int) $row['publtime']),
            'nv_status' => (int) $row['status'],
            'link' => self::link($site, $row),
            'title' => self::plain($row['title']),
            'hometext' => self::plain(preg_replace('#<br\s*/?>(\r?\n)?#i', "\n", $row['hometext'])),
            'bodyhtml' => self::textAsSent((string) $row['bodyhtml']),
            'alias' => (string) $row['alias'],
            'catids' => $catids,
            'catnames' => array_map([$site, 'categoryTitle'], $catids),
            'tags' => array_map('strval', $tags),
            'author' => self::plain($row['author']),
            'source' => self::plain($row['sourcetext']),
            'image' => self::image($site, $row),
            'admin_id' => (int) $row['admin_id'],
            'admin_name' => $site->displayName((int) $row['admin_id']),
            'date_gmt' => gmdate('Y-m-d\TH:i:s', (int) $row['publtime']),
            'modified_gmt' => gmdate('Y-m-d\TH:i:s', (int) $row['edittime']),
            'rev' => (int) $row['rev'],
            'activity' => (int) $row['activity'],
            'editable' => Workflow::mayUpdate($site, $row),
            'meta' => (object) $meta
        ];
    }

    /** The article's public address, as the module's pages write it. */
    private static function link(Site $site, array $row)
    {
        global $global_config;

        $categories = $site->categories();
        $catid = (int) $row['catid'];
        $catAlias = isset($categories[$catid]) ? $categories[$catid]['alias'] : 'cat-' . $catid;
        $url = NV_BASE_SITEURL . 'index.php?' . NV_LANG_VARIABLE . '=' . NV_LANG_DATA . '&' . NV_NAME_VARIABLE . '=' . $site->module
            . '&' . NV_OP_VARIABLE . '=' . $catAlias . '/' . $row['alias'] . '-' . (int) $row['id'] . $global_config['rewrite_exturl'];
        return NV_MY_DOMAIN . nv_url_rewrite($url, true);
    }

    private static function image(Site $site, array $row)
    {
        $file = (string) $row['homeimgfile'];
        if ($file === '') {
            return null;
        }
        $mediaId = null;
        $sth = $site->db->prepare('SELECT id FROM ' . $site->table('newsdesk_media') . ' WHERE path = ?');
        $sth->execute([$file]);
        $found = $sth->fetchColumn();
        if ($found !== false) {
            $mediaId = (int) $found;
        }
        $url = nv_is_url($file) ? $file : $site->url(NV_UPLOADS_DIR . '/' . $site->moduleUpload . '/' . $file);
        return ['media_id' => $mediaId, 'url' => $url, 'alt' => self::plain($row['homeimgalt'])];
    }

    /**
     * The body as the app sent it where NukeViet's request filter only changed how text is
     * written: it stores " ' [ ] of the text as entities, which mean the same in HTML.
     */
    private static function textAsSent($html)
    {
        $parts = preg_split('/(<[^>]*>)/', $html, -1, PREG_SPLIT_DELIM_CAPTURE);
        foreach ($parts as $i => $part) {
            if ($i % 2 === 0) {
                $parts[$i] = str_replace(['&quot;', '&#039;', '&#91;', '&#93;'], ['"', "'", '[', ']'], $part);
            }
        }
        return implode('', $parts);
    }

    /** Text NukeViet stored with its entities (titles, author, captions) as plain text. */
    private static function plain($text)
    {
        return html_entity_decode((string) $text, ENT_QUOTES | ENT_HTML5, 'UTF-8');
    }

    // ------------------------------------------------------------------ the payload

    /**
     * The payload's fields checked and shaped as the module's admin form stores them. Only the
     * keys present are returned.
     */
    private static function fields(Site $site, array $payload, $creating)
    {
        global $nv_Request, $module_config;

        $unknown = array_diff(array_keys($payload), self::PAYLOAD_KEYS);
        if ($unknown) {
            throw Failure::invalid('payload has fields this site does not know: ' . implode(', ', $unknown) . '.');
        }
        $config = isset($module_config[$site->module]) ? $module_config[$site->module] : [];
        $out = [];
        foreach (['title', 'hometext', 'bodyhtml', 'alias', 'image_alt', 'author', 'source'] as $key) {
            if (array_key_exists($key, $payload) and !is_string($payload[$key])) {
                throw Failure::invalid('payload.' . $key . ' must be a string.');
            }
        }
        if ($creating and (!isset($payload['title']) or trim($payload['title']) === '')) {
            throw Failure::invalid('payload.title is missing: an article needs a title.');
        }
        if (isset($payload['title'])) {
            $out['title'] = self::title($payload['title'], true);
            if ($out['title'] === '') {
                throw Failure::invalid('payload.title is empty: an article needs a title.');
            }
            self::checkLength('title', $out['title'], 250);
        }
        if (isset($payload['hometext'])) {
            if (!empty($config['htmlhometext'])) {
                $out['hometext'] = trim(strip_tags($nv_Request->security_post($payload['hometext']), self::allowedTags()));
            } else {
                $text = strip_tags($nv_Request->security_post(str_replace(["\r\n", "\r"], "\n", $payload['hometext'])), '<br>');
                $out['hometext'] = trim(str_replace("\n", '<br />', $text));
            }
        }
        if (isset($payload['bodyhtml'])) {
            $out['bodyhtml'] = trim(strip_tags($nv_Request->security_post($payload['bodyhtml']), self::allowedTags()));
        }
        if (isset($payload['author'])) {
            $out['author'] = self::title($payload['author'], true);
            self::checkLength('author', $out['author'], 250);
        }
        if (isset($payload['source'])) {
            $out['sourcetext'] = self::title($payload['source'], false);
            self::checkLength('source', $out['sourcetext'], 255);
        }
        if (isset($payload['image_alt'])) {
            $out['homeimgalt'] = self::title($payload['image_alt'], true);
            self::checkLength('image_alt', $out['homeimgalt'], 255);
        }
        if (array_key_exists('status', $payload)) {
            if (!Workflow::isName($payload['status'])) {
                throw Failure::invalid('payload.status must be one of: ' . implode(', ', array_keys(Workflow::CODES)) . '.');
            }
            $out['status'] = $payload['status'];
        }
        if (array_key_exists('catid', $payload)) {
            $catid = $payload['catid'];
            if (!is_int($catid) or !array_key_exists($catid, $site->categories())) {
                throw Failure::invalid('payload.catid must be the number of one of the module\'s categories (NewsdeskCategories lists them).');
            }
            $out['catid'] = $catid;
        }
        if (array_key_exists('tags', $payload)) {
            if (!is_array($payload['tags'])) {
                throw Failure::invalid('payload.tags must be a list of strings.');
            }
            $tags = [];
            foreach ($payload['tags'] as $tag) {
                if (!is_string($tag)) {
                    throw Failure::invalid('payload.tags must be a list of strings.');
                }
                $tag = trim(strip_tags($nv_Request->security_post($tag)));
                if ($tag !== '') {
                    self::checkLength('tags', $tag, 65);
                    $tags[] = $tag;
                }
            }
            $out['tags'] = array_values(array_unique($tags));
        }
        if (isset($payload['alias']) and trim($payload['alias']) !== '') {
            $out['alias'] = self::alias($site, $payload['alias']);
        } elseif ($creating) {
            $out['alias'] = self::alias($site, $out['title']);
        }
        if (array_key_exists('publtime', $payload)) {
            if (!is_int($payload['publtime']) or $payload['publtime'] < 0) {
                throw Failure::invalid('payload.publtime must be a Unix time (seconds).');
            }
            $out['publtime'] = $payload['publtime'];
        }
        if (array_key_exists('imgposition', $payload)) {
            if (!in_array($payload['imgposition'], [0, 1, 2], true)) {
                throw Failure::invalid('payload.imgposition must be 0 (none), 1 (left) or 2 (centre).');
            }
            $out['imgposition'] = $payload['imgposition'];
        }
        if (array_key_exists('media_id', $payload)) {
            $mediaId = $payload['media_id'];
            if ($mediaId === null or $mediaId === 0) {
                $out['media'] = null;
            } elseif (!is_int($mediaId) or $mediaId < 0) {
                throw Failure::invalid('payload.media_id must be the id NewsdeskUpload gave, or null for no image.');
            } else {
                $media = Media::byId($site, $mediaId);
                if (!$media) {
                    throw Failure::invalid('payload.media_id ' . $mediaId . ' is not an image uploaded to this site: upload it first.');
                }
                $out['media'] = $media;
            }
        }
        if (array_key_exists('meta', $payload)) {
            if (!is_array($payload['meta']) or ($payload['meta'] !== [] and array_keys($payload['meta']) === range(0, count($payload['meta']) - 1))) {
                throw Failure::invalid('payload.meta must be a JSON object.');
            }
            $meta = $payload['meta'];
            if (isset($meta['client_uuid']) and (!is_string($meta['client_uuid']) or !preg_match(self::UUID, $meta['client_uuid']))) {
                throw Failure::invalid('payload.meta.client_uuid must be a UUID.');
            }
            unset($meta['client_uuid']);
            $out['meta'] = $meta;
            $out['client_uuid'] = isset($payload['meta']['client_uuid']) ? strtolower($payload['meta']['client_uuid']) : null;
        }
        return $out;
    }

    /** A one-line text as the admin form's get_title() stores it (tags removed, trimmed). */
    private static function title($text, $specialchars)
    {
        global $nv_Request;

        $value = strip_tags($nv_Request->security_post(str_replace(["\r", "\n"], ' ', $text)));
        if ($specialchars) {
            $search = ['&', '\'', '"', '<', '>', '\\', '/', '(', ')', '*', '[', ']', '!', '=', '%', '^', ':', '{', '}', '`', '~'];
            $replace = ['&amp;', '&#039;', '&quot;', '&lt;', '&gt;', '&#x005C;', '&#x002F;', '&#40;', '&#41;', '&#42;', '&#91;', '&#93;', '&#33;', '&#x3D;', '&#x25;', '&#x5E;', '&#x3A;', '&#x7B;', '&#x7D;', '&#x60;', '&#x7E;'];
            $value = str_replace($replace, $search, $value);
            $value = str_replace('&#x23;', '#', $value);
            $value = str_replace($search, $replace, $value);
            $value = preg_replace("/([^\&]+)\#/", '\\1&#x23;', $value);
        }
        return trim($value);
    }

    private static function checkLength($key, $value, $max)
    {
        if (nv_strlen($value) > $max) {
            throw Failure::invalid('payload.' . $key . ' is too long: NukeViet keeps at most ' . $max . ' characters.');
        }
    }

    private static function allowedTags()
    {
        return '<' . implode('><', array_map('trim', explode(',', NV_ALLOWED_HTML_TAGS))) . '>';
    }

    /** The static link part as the admin form makes it (get_mod_alias). */
    private static function alias(Site $site, $text)
    {
        global $module_config;

        $alias = change_alias($text);
        if (!empty($module_config[$site->module]['alias_lower'])) {
            $alias = strtolower($alias);
        }
        if ($alias === '' or !preg_match('/^[a-zA-Z0-9\_\-]+$/', $alias)) {
            $alias = 'post';
        }
        return nv_substr($alias, 0, 250);
    }

    // ------------------------------------------------------------------ writing

    /**
     * Create the article of $payload, or answer the one already made with its client UUID.
     *
     * @return array [post, created]
     */
    public static function create(Site $site, array $payload)
    {
        $uuid = (isset($payload['meta']['client_uuid']) and is_string($payload['meta']['client_uuid'])) ? strtolower($payload['meta']['client_uuid']) : '';
        if (!preg_match(self::UUID, $uuid)) {
            throw Failure::invalid('payload.meta.client_uuid must be the article\'s UUID made by the app: it makes a repeated create harmless.');
        }
        $fields = self::fields($site, $payload, true);
        return $site->withLock('create|' . $uuid, function () use ($site, $uuid, $fields) {
            $existing = self::idByUuid($site, $uuid);
            if ($existing) {
                return [self::present($site, self::readable($site, $existing)), false];
            }
            $catid = isset($fields['catid']) ? $fields['catid'] : self::defaultCategory($site);
            $status = isset($fields['status']) ? $fields['status'] : 'draft';
            Workflow::checkCreate($site, $catid, $status);
            $id = self::insert($site, $catid, $status, $fields);
            $site->db->prepare('INSERT INTO ' . $site->table('newsdesk_posts') . ' (id, client_uuid, meta, rev, activity, media_id, seen_edittime) VALUES (?, ?, ?, 1, 0, ?, ?)')
                ->execute([
                    $id,
                    $uuid,
                    self::encodeMeta(isset($fields['meta']) ? $fields['meta'] : []),
                    isset($fields['media']) ? (int) $fields['media']['id'] : 0,
                    (int) $site->db->query('SELECT edittime FROM ' . $site->table('rows') . ' WHERE id = ' . $id)->fetchColumn()
                ]);
            self::afterWrite($site);
            return [self::present($site, self::load($site, $id)), true];
        });
    }

    /** The first category the admin may add to: the default when the payload names none. */
    private static function defaultCategory(Site $site)
    {
        foreach ($site->rights() as $catid => $rights) {
            if ($rights['add']) {
                return $catid;
            }
        }
        throw Failure::forbidden('You have no right to add articles in any category of this module.');
    }

    private static function insert(Site $site, $catid, $status, array $fields)
    {
        global $module_config, $lang_module;

        $db = $site->db;
        $config = isset($module_config[$site->module]) ? $module_config[$site->module] : [];
        $now = NV_CURRENTTIME;
        $publtime = isset($fields['publtime']) ? $fields['publtime'] : $now;
        list($code, $publtime) = self::codeAndTime($status, $publtime, null);
        $image = self::imageColumns($site, isset($fields['media']) ? $fields['media'] : null);
        $sourceid = isset($fields['sourcetext']) ? self::sourceId($site, $fields['sourcetext']) : 0;
        $weight = (int) $db->query('SELECT MAX(weight) FROM ' . $site->table('rows'))->fetchColumn() + 1;
        $code = self::lockedCode($site, [$catid], $code);

        $sth = $db->prepare('INSERT INTO ' . $site->table('rows') . ' (catid, listcatid, topicid, admin_id, author, sourceid,'
            . ' addtime, edittime, status, weight, publtime, exptime, archive, title, alias, hometext, homeimgfile, homeimgalt,'
            . ' homeimgthumb, inhome, allowed_comm, allowed_rating, external_link, hitstotal, hitscm, total_rating, click_rating,'
            . ' instant_active, instant_template, instant_creatauto)'
            . " VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, 1, ?, 1, 0, 0, 0, 0, 0, 0, '', 0)");
        $sth->execute([
            $catid, (string) $catid, $site->adminId,
            isset($fields['author']) ? $fields['author'] : '',
            $sourceid, $now, $now, $code, $weight, $publtime,
            $fields['title'], $fields['alias'],
            isset($fields['hometext']) ? $fields['hometext'] : '',
            $image['homeimgfile'],
            isset($fields['homeimgalt']) ? $fields['homeimgalt'] : '',
            $image['homeimgthumb'],
            isset($config['setcomm']) ? (string) $config['setcomm'] : ''
        ]);
        $id = (int) $db->lastInsertId();
        if ($id <= 0) {
            throw new Failure(Failure::STORAGE, 'The site could not save the article; try again.');
        }
        nv_insert_logs(NV_LANG_DATA, $site->module, isset($lang_module['content_add']) ? $lang_module['content_add'] : 'Add content', $fields['title'], $site->adminId);

        $imgposition = isset($fields['imgposition']) ? $fields['imgposition'] : (isset($config['imgposition']) ? (int) $config['imgposition'] : 1);
        $db->prepare('INSERT INTO ' . $site->table('detail') . ' (id, titlesite, description, bodyhtml, voicedata, keywords, sourcetext,'
            . " files, imgposition, layout_func, copyright, allowed_send, allowed_print, allowed_save) VALUES (?, '', '', ?, '', '', ?, '', ?, '', 0, 1, 1, 1)")
            ->execute([$id, isset($fields['bodyhtml']) ? $fields['bodyhtml'] : '', isset($fields['sourcetext']) ? $fields['sourcetext'] : '', $imgposition]);

        self::syncCopies($site, $id, []);

        // The block groups the admin form ticks by default for a new article.
        $bids = $db->query('SELECT bid FROM ' . $site->table('block_cat') . ' WHERE adddefault = 1')->fetchAll(\PDO::FETCH_COLUMN);
        foreach ($bids as $bid) {
            $db->exec('INSERT IGNORE INTO ' . $site->table('block') . ' (bid, id, weight) VALUES (' . (int) $bid . ', ' . $id . ', 0)');
            self::fixBlock($site, (int) $bid);
        }
        if (!empty($fields['tags'])) {
            self::writeTags($site, $id, $fields['tags'], []);
        }
        Logs::saveLogStatusPost($id, $code, $site->adminId);
        return $id;
    }

    /**
     * Write the keys of $payload present to the article, refusing (5004) when its revision is
     * no longer $ifRev.
     */
    public static function update(Site $site, $id, array $payload, $ifRev)
    {
        $fields = self::fields($site, $payload, false);
        return $site->withLock('post|' . $id, function () use ($site, $id, $fields, $ifRev) {
            $row = self::readable($site, $id);
            if ($ifRev !== null and $ifRev !== (int) $row['rev']) {
                throw new Failure(Failure::STALE, 'The article changed on the site since revision ' . $ifRev . ' (now ' . (int) $row['rev'] . '): merge with the current version and send again.', ['post' => self::present($site, $row)]);
            }
            if (!Workflow::mayUpdate($site, $row)) {
                throw Failure::forbidden(sprintf('You may not edit this article now: it is "%s" and editing it needs the edit right (edit_content) in "%s".', Workflow::name($row['status'], (int) $row['publtime']), $site->categoryTitle((int) $row['catid'])));
            }
            if (isset($fields['catid']) and $fields['catid'] !== (int) $row['catid'] and !$site->can('edit', $fields['catid']) and !$site->can('add', $fields['catid'])) {
                throw Failure::forbidden(sprintf('You have no right to put articles in the category "%s".', $site->categoryTitle($fields['catid'])));
            }
            if (isset($fields['status'])) {
                Workflow::checkMove($site, isset($fields['catid']) ? ['catid' => $fields['catid']] + $row : $row, $fields['status']);
            }
            $before = History::active($site) ? History::snapshot($site, $id) : null;
            self::rewrite($site, $row, $fields);
            if ($before !== null) {
                History::save($site, $before);
            }
            return self::present($site, self::load($site, $id));
        });
    }

    /** Move the article to the app status $name (publtime: optional new publication time). */
    public static function changeStatus(Site $site, $id, $name, $publtime)
    {
        return $site->withLock('post|' . $id, function () use ($site, $id, $name, $publtime) {
            $row = self::readable($site, $id);
            Workflow::checkMove($site, $row, $name);
            $fields = ['status' => $name];
            if ($publtime !== null) {
                $fields['publtime'] = $publtime;
            }
            self::rewrite($site, $row, $fields);
            return self::present($site, self::load($site, $id));
        });
    }

    /** Write $fields over the stored $row as the admin form's edit does. */
    private static function rewrite(Site $site, array $row, array $fields)
    {
        global $lang_module;

        $db = $site->db;
        $id = (int) $row['id'];
        $now = NV_CURRENTTIME;
        $set = [];
        foreach (['title', 'alias', 'hometext', 'author', 'homeimgalt'] as $column) {
            if (isset($fields[$column])) {
                $set[$column] = $fields[$column];
            }
        }
        $oldCatids = Workflow::catids($row);
        $catid = isset($fields['catid']) ? $fields['catid'] : (int) $row['catid'];
        if (isset($fields['catid'])) {
            $set['catid'] = $catid;
            $set['listcatid'] = (string) $catid;
        }
        if (array_key_exists('sourcetext', $fields)) {
            $set['sourceid'] = self::sourceId($site, $fields['sourcetext']);
        }
        if (array_key_exists('media', $fields)) {
            $set += self::imageColumns($site, $fields['media']);
        }
        $statusName = isset($fields['status']) ? $fields['status'] : null;
        $publtime = isset($fields['publtime']) ? $fields['publtime'] : (int) $row['publtime'];
        $code = Workflow::baseCode($row['status']);
        if ($statusName !== null or isset($fields['publtime'])) {
            $name = $statusName !== null ? $statusName : Workflow::name($row['status'], (int) $row['publtime']);
            list($code, $publtime) = self::codeAndTime($name, $publtime, $row);
            $set['publtime'] = $publtime;
        }
        $newCode = self::lockedCode($site, [$catid], $code);
        $set['status'] = $newCode;
        $set['edittime'] = $now;

        $assign = [];
        foreach (array_keys($set) as $column) {
            $assign[] = $column . ' = :' . $column;
        }
        $sth = $db->prepare('UPDATE ' . $site->table('rows') . ' SET ' . implode(', ', $assign) . ' WHERE id = ' . $id);
        foreach ($set as $column => $value) {
            $sth->bindValue(':' . $column, $value, is_int($value) ? \PDO::PARAM_INT : \PDO::PARAM_STR);
        }
        $sth->execute();
        nv_insert_logs(NV_LANG_DATA, $site->module, isset($lang_module['content_edit']) ? $lang_module['content_edit'] : 'Edit content', isset($fields['title']) ? $fields['title'] : $row['title'], $site->adminId);

        $detail = [];
        if (isset($fields['bodyhtml'])) {
            $detail['bodyhtml'] = $fields['bodyhtml'];
        }
        if (array_key_exists('sourcetext', $fields)) {
            $detail['sourcetext'] = $fields['sourcetext'];
        }
        if (isset($fields['imgposition'])) {
            $detail['imgposition'] = $fields['imgposition'];
        }
        if ($detail) {
            $assign = [];
            foreach (array_keys($detail) as $column) {
                $assign[] = $column . ' = :' . $column;
            }
            $sth = $db->prepare('UPDATE ' . $site->table('detail') . ' SET ' . implode(', ', $assign) . ' WHERE id = ' . $id);
            foreach ($detail as $column => $value) {
                $sth->bindValue(':' . $column, $value, is_int($value) ? \PDO::PARAM_INT : \PDO::PARAM_STR);
            }
            $sth->execute();
        }
        self::syncCopies($site, $id, $oldCatids);
        if (isset($fields['tags'])) {
            $old = [];
            foreach ($db->query('SELECT tid, keyword FROM ' . $site->table('tags_id') . ' WHERE id = ' . $id) as $tag) {
                $old[(int) $tag['tid']] = $tag['keyword'];
            }
            self::writeTags($site, $id, $fields['tags'], $old);
        }
        // The admin form's edit clears the "being edited by" mark.
        $db->exec('DELETE FROM ' . $site->table('tmp') . ' WHERE id = ' . $id);
        if ($newCode !== (int) $row['status']) {
            Logs::saveLogStatusPost($id, $newCode, $site->adminId);
        }

        $meta = null;
        if (isset($fields['meta'])) {
            // Only the meta keys sent are written: what another desk wrote to the others stays.
            $kept = ($row['meta'] !== null and $row['meta'] !== '') ? json_decode($row['meta'], true) : [];
            $meta = self::encodeMeta(array_merge(is_array($kept) ? $kept : [], $fields['meta']));
        }
        $mediaId = array_key_exists('media', $fields) ? ($fields['media'] ? (int) $fields['media']['id'] : 0) : null;
        if ($row['rev'] === null) {
            $db->prepare('INSERT INTO ' . $site->table('newsdesk_posts') . ' (id, client_uuid, meta, rev, activity, media_id, seen_edittime) VALUES (?, NULL, ?, 1, 0, ?, ?)')
                ->execute([$id, $meta !== null ? $meta : '{}', (int) $mediaId, $now]);
        } else {
            $sth = $db->prepare('UPDATE ' . $site->table('newsdesk_posts') . ' SET rev = rev + 1, seen_edittime = ?'
                . ($meta !== null ? ', meta = ?' : '') . ($mediaId !== null ? ', media_id = ?' : '') . ' WHERE id = ?');
            $values = [$now];
            if ($meta !== null) {
                $values[] = $meta;
            }
            if ($mediaId !== null) {
                $values[] = $mediaId;
            }
            $values[] = $id;
            $sth->execute($values);
        }
        self::afterWrite($site);
    }

    /**
     * NukeViet's code and publication time for the app status $name: "publish" goes live now
     * (one second back, since readers see an article only once publtime < now), "future"
     * needs a time ahead, and NukeViet's own rule turns "published in the future" into 2.
     */
    private static function codeAndTime($name, $publtime, $row)
    {
        $now = NV_CURRENTTIME;
        $code = Workflow::CODES[$name];
        if ($name === 'future') {
            if ($publtime <= $now) {
                throw Failure::invalid('Scheduling needs payload.publtime (or publtime) later than the site\'s time (' . $now . ').');
            }
            return [2, $publtime];
        }
        if ($name === 'publish') {
            $wasLive = $row !== null && Workflow::baseCode($row['status']) === 1 && (int) $row['publtime'] < $now;
            if (!$wasLive and $publtime >= $now) {
                $publtime = $now - 1;
            }
            return [$publtime > $now ? 2 : 1, $publtime];
        }
        return [$code, $publtime];
    }

    /** The code of an article in a suspended category carries NukeViet's offset. */
    private static function lockedCode(Site $site, array $catids, $code)
    {
        $categories = $site->categories();
        foreach ($catids as $catid) {
            if (isset($categories[$catid]) and !in_array((int) $categories[$catid]['status'], [1, 2], true)) {
                return $code + Workflow::LOCKED_OFFSET;
            }
        }
        return $code;
    }

    /** Refresh the copy of the row in news_<catid> of each category; drop those it left. */
    private static function syncCopies(Site $site, $id, array $oldCatids)
    {
        $row = $site->db->query('SELECT listcatid FROM ' . $site->table('rows') . ' WHERE id = ' . (int) $id)->fetch();
        $catids = Workflow::catids(['listcatid' => $row['listcatid'], 'catid' => 0]);
        foreach (array_unique(array_merge($oldCatids, $catids)) as $catid) {
            $site->db->exec('DELETE FROM ' . $site->table((string) (int) $catid) . ' WHERE id = ' . (int) $id);
        }
        foreach ($catids as $catid) {
            $site->db->exec('INSERT INTO ' . $site->table((string) (int) $catid) . ' SELECT * FROM ' . $site->table('rows') . ' WHERE id = ' . (int) $id);
        }
    }

    /** The source's id, found or added as the admin form does (by site for a URL, by title else). */
    private static function sourceId(Site $site, $sourcetext)
    {
        if ($sourcetext === '') {
            return 0;
        }
        $db = $site->db;
        $table = $site->table('sources');
        $url = parse_url($sourcetext);
        if (isset($url['scheme']) and isset($url['host'])) {
            $link = $url['scheme'] . '://' . $url['host'];
            $sth = $db->prepare('SELECT sourceid FROM ' . $table . ' WHERE link = ?');
            $sth->execute([$link]);
            $title = $url['host'];
        } else {
            $link = '';
            $sth = $db->prepare('SELECT sourceid FROM ' . $table . ' WHERE title = ?');
            $sth->execute([$sourcetext]);
            $title = $sourcetext;
        }
        $found = $sth->fetchColumn();
        if ($found) {
            return (int) $found;
        }
        $weight = (int) $db->query('SELECT MAX(weight) FROM ' . $table)->fetchColumn() + 1;
        $db->prepare('INSERT INTO ' . $table . " (title, link, logo, weight, add_time, edit_time) VALUES (?, ?, '', ?, ?, ?)")
            ->execute([$title, $link, $weight, NV_CURRENTTIME, NV_CURRENTTIME]);
        return (int) $db->lastInsertId();
    }

    /** Tags and tags_id as the admin form writes them, counting each tag's articles. */
    private static function writeTags(Site $site, $id, array $tags, array $old)
    {
        global $module_config;

        $db = $site->db;
        foreach ($tags as $tag) {
            if (in_array($tag, $old, true)) {
                continue;
            }
            $alias = !empty($module_config[$site->module]['tags_alias']) ? self::alias($site, $tag) : change_alias_tags($tag);
            $alias = nv_strtolower($alias);
            $sth = $db->prepare('SELECT tid, alias, keywords FROM ' . $site->table('tags') . ' WHERE alias = :alias OR FIND_IN_SET(:keyword, keywords) > 0');
            $sth->execute([':alias' => $alias, ':keyword' => $tag]);
            $found = $sth->fetch();
            if (!$found) {
                $db->prepare('INSERT INTO ' . $site->table('tags') . " (numnews, alias, description, image, keywords) VALUES (1, ?, '', '', ?)")
                    ->execute([$alias, $tag]);
                $tid = (int) $db->lastInsertId();
            } else {
                $tid = (int) $found['tid'];
                if ($found['alias'] !== $alias) {
                    $keywords = $found['keywords'] !== '' ? explode(',', $found['keywords']) : [];
                    $keywords[] = $tag;
                    $joined = implode(',', array_unique($keywords));
                    if ($joined !== $found['keywords']) {
                        $db->prepare('UPDATE ' . $site->table('tags') . ' SET keywords = ? WHERE tid = ?')->execute([$joined, $tid]);
                    }
                }
                $db->exec('UPDATE ' . $site->table('tags') . ' SET numnews = numnews + 1 WHERE tid = ' . $tid);
            }
            $db->prepare('INSERT INTO ' . $site->table('tags_id') . ' (id, tid, keyword) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE keyword = VALUES(keyword)')
                ->execute([(int) $id, $tid, $tag]);
        }
        foreach ($old as $tid => $keyword) {
            if (!in_array($keyword, $tags, true)) {
                $db->exec('UPDATE ' . $site->table('tags') . ' SET numnews = numnews - 1 WHERE tid = ' . (int) $tid);
                $db->exec('DELETE FROM ' . $site->table('tags_id') . ' WHERE id = ' . (int) $id . ' AND tid = ' . (int) $tid);
            }
        }
    }

    /** homeimgfile and homeimgthumb for an uploaded image (or none). */
    private static function imageColumns(Site $site, $media)
    {
        if (!$media) {
            return ['homeimgfile' => '', 'homeimgthumb' => 0];
        }
        $thumb = file_exists(NV_ROOTDIR . '/' . NV_FILES_DIR . '/' . $site->moduleUpload . '/' . $media['path']) ? 1 : 2;
        return ['homeimgfile' => $media['path'], 'homeimgthumb' => $thumb];
    }

    private static function fixBlock(Site $site, $bid)
    {
        $ids = $site->db->query('SELECT id FROM ' . $site->table('block') . ' WHERE bid = ' . $bid . ' ORDER BY weight ASC')->fetchAll(\PDO::FETCH_COLUMN);
        $weight = 0;
        foreach ($ids as $id) {
            ++$weight;
            if ($weight <= 100) {
                $site->db->exec('UPDATE ' . $site->table('block') . ' SET weight = ' . $weight . ' WHERE bid = ' . $bid . ' AND id = ' . (int) $id);
            } else {
                $site->db->exec('DELETE FROM ' . $site->table('block') . ' WHERE bid = ' . $bid . ' AND id = ' . (int) $id);
            }
        }
    }

    private static function encodeMeta(array $meta)
    {
        return $meta ? json_encode($meta, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES) : '{}';
    }

    /**
     * After a write: the time the module next switches a scheduled article on (what
     * nv_set_status_module() keeps in the module's "timecheckstatus" setting), and the
     * module's cache cleared so the portal shows the change.
     */
    public static function afterWrite(Site $site)
    {
        global $nv_Cache;

        $now = NV_CURRENTTIME;
        $nextPublish = (int) $site->db->query('SELECT MIN(publtime) FROM ' . $site->table('rows') . ' WHERE status = 2 AND publtime > ' . $now)->fetchColumn();
        $nextExpiry = (int) $site->db->query('SELECT MIN(exptime) FROM ' . $site->table('rows') . ' WHERE status = 1 AND exptime > ' . $now)->fetchColumn();
        $next = min($nextPublish, $nextExpiry) ?: max($nextPublish, $nextExpiry);
        $sth = $site->db->prepare('UPDATE ' . NV_CONFIG_GLOBALTABLE . " SET config_value = ? WHERE lang = ? AND module = ? AND config_name = 'timecheckstatus'");
        $sth->execute([(string) $next, NV_LANG_DATA, $site->module]);
        if ($sth->rowCount() > 0) {
            $nv_Cache->delMod('settings');
        }
        $nv_Cache->delMod($site->module);
    }
}
