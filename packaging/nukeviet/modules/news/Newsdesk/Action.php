<?php

/**
 * Newsdesk API for NukeViet 4.5's news module.
 * What every Newsdesk action shares: NukeViet's IApi plumbing, the site context, and turning
 * a Failure or a database error into the JSON answer of packaging/nukeviet/API.md.
 */

namespace NukeViet\Module\news\Newsdesk;

use NukeViet\Api\Api;
use NukeViet\Api\ApiResult;
use NukeViet\Api\IApi;

if (!defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

abstract class Action implements IApi
{
    /** @var ApiResult */
    protected $result;

    /** Module admins (level 3) may call the actions; their rights are checked per category. */
    public static function getAdminLev()
    {
        return Api::ADMIN_LEV_MOD;
    }

    public static function getCat()
    {
        return '';
    }

    public function setResultHander(ApiResult $result)
    {
        $this->result = $result;
    }

    public function execute()
    {
        try {
            try {
                $data = $this->run(Site::current());
            } catch (\PDOException $e) {
                // Newsdesk's tables dropped after the site made them: make them again, once.
                if ($e->getCode() !== '42S02' or !Site::forgetSchema()) {
                    throw $e;
                }
                $data = $this->run(Site::current());
            }
            $answer = ['status' => 'success', 'code' => '0000', 'message' => ''] + $data;
        } catch (Failure $failure) {
            $answer = [
                'status' => 'error',
                'code' => $failure->apiCode,
                'message' => $failure->getMessage()
            ] + $failure->data;
        } catch (\PDOException $e) {
            $answer = [
                'status' => 'error',
                'code' => Failure::STORAGE,
                'message' => 'The site\'s database failed; try again later (' . $e->getMessage() . ').'
            ];
        } catch (\Throwable $e) {
            error_log('Newsdesk API: ' . $e->getMessage() . ' at ' . $e->getFile() . ':' . $e->getLine());
            $answer = [
                'status' => 'error',
                'code' => Failure::STORAGE,
                'message' => 'The Newsdesk API failed on the site (' . $e->getMessage() . '); the site\'s error log has the details.'
            ];
        }
        return json_encode($answer, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE);
    }

    /**
     * The action's own answer fields.
     *
     * @return array
     */
    abstract protected function run(Site $site);

    /** A posted field as sent (NukeViet's request filter would rewrite "[" in JSON). */
    protected static function field($name, $default = '')
    {
        return (isset($_POST[$name]) and is_string($_POST[$name])) ? $_POST[$name] : $default;
    }

    /** A posted field holding a JSON object, decoded to an array. */
    protected static function jsonField($name, $required = true)
    {
        $text = self::field($name, null);
        if ($text === null or $text === '') {
            if ($required) {
                throw Failure::invalid($name . ' is missing: send it as a JSON object.');
            }
            return null;
        }
        $value = json_decode($text, true, 64);
        if (!is_array($value) or ($value !== [] and array_keys($value) === range(0, count($value) - 1))) {
            throw Failure::invalid($name . ' must be a JSON object (UTF-8).');
        }
        return $value;
    }

    /** The article id of the request ("id"), a positive integer. */
    protected static function postId()
    {
        $id = self::field('id');
        if (!preg_match('/^[1-9][0-9]{0,9}$/', $id)) {
            throw Failure::invalid('id must be the article\'s number.');
        }
        return (int) $id;
    }
}
