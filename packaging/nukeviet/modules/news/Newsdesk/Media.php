<?php

/**
 * Newsdesk API for NukeViet 4.5's news module.
 * Featured images: stored once per SHA-256 in the module's upload folder
 * (uploads/<module>/<YYYY_MM>/, the folder layout of the module's default "structure_upload"),
 * so an upload retried after a lost answer finds the first one.
 */

namespace NukeViet\Module\news\Newsdesk;

if (!defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

class Media
{
    const SHA256 = '/^[0-9a-f]{64}$/';
    const TYPES = [IMAGETYPE_JPEG => 'jpg', IMAGETYPE_PNG => 'png', IMAGETYPE_GIF => 'gif', IMAGETYPE_WEBP => 'webp'];

    public static function byId(Site $site, $id)
    {
        $sth = $site->db->prepare('SELECT * FROM ' . $site->table('newsdesk_media') . ' WHERE id = ?');
        $sth->execute([(int) $id]);
        $row = $sth->fetch();
        return $row ?: null;
    }

    public static function bySha(Site $site, $sha)
    {
        $sth = $site->db->prepare('SELECT * FROM ' . $site->table('newsdesk_media') . ' WHERE sha256 = ?');
        $sth->execute([$sha]);
        $row = $sth->fetch();
        return $row ?: null;
    }

    public static function present(Site $site, array $row)
    {
        return [
            'id' => (int) $row['id'],
            'url' => $site->url(NV_UPLOADS_DIR . '/' . $site->moduleUpload . '/' . $row['path']),
            'path' => $row['path'],
            'sha256' => $row['sha256'],
            'alt' => $row['alt']
        ];
    }

    public static function checkSha($sha, $field)
    {
        if (!is_string($sha) or !preg_match(self::SHA256, $sha)) {
            throw Failure::invalid($field . ' must be the file\'s SHA-256 in 64 lower-case hexadecimal digits.');
        }
    }

    /**
     * Store the image (base64 $data) unless its SHA-256 is here already.
     *
     * @return array the media row
     */
    public static function upload(Site $site, $sha, $filename, $data, $alt)
    {
        global $global_config;

        self::checkSha($sha, 'sha256');
        if (!self::mayUpload($site)) {
            throw Failure::forbidden('You have no right to add articles in any category, so you may not upload images.');
        }
        $bytes = base64_decode($data, true);
        if ($bytes === false or $bytes === '') {
            throw Failure::invalid('data must be the file in base64.');
        }
        if (hash('sha256', $bytes) !== $sha) {
            throw Failure::invalid('sha256 is not the SHA-256 of data: the file was damaged on the way; send it again.');
        }
        $max = !empty($global_config['nv_max_size']) ? (int) $global_config['nv_max_size'] : 10 * 1024 * 1024;
        if (strlen($bytes) > $max) {
            throw new Failure(Failure::BAD_FILE, sprintf('The image is %d bytes; this site takes at most %d.', strlen($bytes), $max));
        }
        $info = @getimagesizefromstring($bytes);
        if (!$info or !isset(self::TYPES[$info[2]])) {
            throw new Failure(Failure::BAD_FILE, 'The file is not a JPEG, PNG, GIF or WebP image.');
        }
        $ext = self::TYPES[$info[2]];
        $stem = strtolower(change_alias(pathinfo((string) $filename, PATHINFO_FILENAME)));
        $stem = $stem === '' ? 'image' : nv_substr($stem, 0, 80);

        return $site->withLock('media|' . $sha, function () use ($site, $sha, $bytes, $stem, $ext, $alt) {
            $row = self::bySha($site, $sha);
            if ($row) {
                $file = NV_UPLOADS_REAL_DIR . '/' . $site->moduleUpload . '/' . $row['path'];
                if (!is_file($file)) {
                    self::write($file, $bytes);
                }
                return $row;
            }
            $folder = date('Y_m');
            self::ensureFolder($site, $folder);
            $path = $folder . '/' . substr($sha, 0, 16) . '-' . $stem . '.' . $ext;
            self::write(NV_UPLOADS_REAL_DIR . '/' . $site->moduleUpload . '/' . $path, $bytes);
            self::markFolderChanged($site, $folder);
            $site->db->prepare('INSERT INTO ' . $site->table('newsdesk_media') . ' (sha256, path, filename, alt, admin_id, add_time) VALUES (?, ?, ?, ?, ?, ?)')
                ->execute([$sha, $path, $stem . '.' . $ext, (string) $alt, $site->adminId, NV_CURRENTTIME]);
            return self::bySha($site, $sha);
        });
    }

    private static function mayUpload(Site $site)
    {
        foreach ($site->rights() as $rights) {
            if ($rights['add'] or $rights['edit']) {
                return true;
            }
        }
        return false;
    }

    private static function write($file, $bytes)
    {
        $temp = $file . '.part' . getmypid();
        if (file_put_contents($temp, $bytes) !== strlen($bytes) or !rename($temp, $file)) {
            @unlink($temp);
            throw new Failure(Failure::STORAGE, 'The site could not save the image in its upload folder; try again later.');
        }
    }

    /** uploads/<module>/<folder>, made as the admin form makes it. */
    private static function ensureFolder(Site $site, $folder)
    {
        $base = NV_UPLOADS_REAL_DIR . '/' . $site->moduleUpload;
        if (is_dir($base . '/' . $folder)) {
            return;
        }
        if (!is_dir($base)) {
            throw new Failure(Failure::STORAGE, 'The module\'s upload folder ' . NV_UPLOADS_DIR . '/' . $site->moduleUpload . ' is missing.');
        }
        $made = nv_mkdir($base, $folder);
        if ($made[0] <= 0 and !is_dir($base . '/' . $folder)) {
            throw new Failure(Failure::STORAGE, 'The site could not make the folder ' . NV_UPLOADS_DIR . '/' . $site->moduleUpload . '/' . $folder . ': ' . $made[1]);
        }
    }

    /** NukeViet's file manager lists a folder again from the disk when its time is 0. */
    private static function markFolderChanged(Site $site, $folder)
    {
        $dirname = NV_UPLOADS_DIR . '/' . $site->moduleUpload . '/' . $folder;
        $site->db->prepare('INSERT INTO ' . NV_UPLOAD_GLOBALTABLE . '_dir (dirname, time) VALUES (?, 0) ON DUPLICATE KEY UPDATE time = 0')
            ->execute([$dirname]);
    }
}
