<?php

/**
 * Newsdesk API for NukeViet 4.5's news module.
 * The edit history the module keeps when its setting "active_history" is on: an edit saved
 * from Newsdesk leaves the version before it in <prefix>_row_histories with the fields that
 * changed, as the admin form's nv_save_history() does, so NukeViet's history page can show
 * and restore it.
 */

namespace NukeViet\Module\news\Newsdesk;

if (!defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

class History
{
    /** Compared as values (nv_save_history's $key_text). */
    const FIELDS = [
        'catid', 'topicid', 'author', 'sourceid', 'publtime', 'exptime', 'archive', 'title', 'alias',
        'hometext', 'homeimgfile', 'homeimgalt', 'inhome', 'allowed_comm', 'allowed_rating',
        'external_link', 'instant_active', 'instant_template', 'instant_creatauto', 'titlesite',
        'description', 'bodyhtml', 'sourcetext', 'imgposition', 'layout_func', 'copyright',
        'allowed_send', 'allowed_print', 'allowed_save'
    ];

    /** Compared as comma-separated sets ($key_textlist), and the internal authors. */
    const LISTS = ['listcatid', 'keywords', 'tags', 'files', 'internal_authors'];

    public static function active(Site $site)
    {
        global $module_config;

        return !empty($module_config[$site->module]['active_history']);
    }

    /** The article as the history keeps it. */
    public static function snapshot(Site $site, $id)
    {
        $id = (int) $id;
        $row = $site->db->query('SELECT r.*, d.titlesite, d.description, d.bodyhtml, d.voicedata, d.keywords, d.sourcetext,'
            . ' d.files, d.imgposition, d.layout_func, d.copyright, d.allowed_send, d.allowed_print, d.allowed_save'
            . ' FROM ' . $site->table('rows') . ' r INNER JOIN ' . $site->table('detail') . ' d ON d.id = r.id WHERE r.id = ' . $id)->fetch();
        $tags = $site->db->query('SELECT keyword FROM ' . $site->table('tags_id') . ' WHERE id = ' . $id . ' ORDER BY keyword ASC')->fetchAll(\PDO::FETCH_COLUMN);
        $row['tags'] = implode(', ', $tags);
        $authors = $site->db->query('SELECT aid FROM ' . $site->table('authorlist') . ' WHERE id = ' . $id . ' ORDER BY alias ASC')->fetchAll(\PDO::FETCH_COLUMN);
        $row['internal_authors'] = implode(',', $authors);
        return $row;
    }

    /** Keep $old when the article now differs from it; returns the fields that changed. */
    public static function save(Site $site, array $old)
    {
        $new = self::snapshot($site, $old['id']);
        $changed = [];
        foreach (self::FIELDS as $field) {
            if ((string) $old[$field] !== (string) $new[$field]) {
                $changed[] = $field;
            }
        }
        foreach (self::LISTS as $field) {
            $before = array_map('trim', explode(',', (string) $old[$field]));
            $after = array_map('trim', explode(',', (string) $new[$field]));
            if (array_diff($before, $after) or array_diff($after, $before)) {
                $changed[] = $field;
            }
        }
        if ((string) $old['voicedata'] !== (string) $new['voicedata']) {
            $changed[] = 'voicedata';
        }
        if (!$changed) {
            return [];
        }
        $columns = array_merge(self::FIELDS, ['listcatid', 'keywords', 'tags', 'files', 'internal_authors', 'voicedata']);
        $values = [];
        foreach ($columns as $column) {
            $values[$column] = (string) $old[$column];
        }
        $voicedata = json_decode((string) $old['voicedata'], true);
        $values['voicedata'] = json_encode(is_array($voicedata) ? $voicedata : []);
        $values['new_id'] = (int) $old['id'];
        $values['historytime'] = empty($old['edittime']) ? (int) $old['addtime'] : (int) $old['edittime'];
        $values['admin_id'] = $site->adminId;
        $values['changed_fields'] = implode(',', $changed);
        $sth = $site->db->prepare('INSERT INTO ' . $site->table('row_histories') . ' (' . implode(', ', array_keys($values)) . ')'
            . ' VALUES (:' . implode(', :', array_keys($values)) . ')');
        $sth->execute($values);
        return $changed;
    }
}
