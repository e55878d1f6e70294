<?php

/**
 * Newsdesk API for NukeViet 4.5's news module.
 * An answer that is an error: the code of packaging/nukeviet/API.md, an English message that
 * names the cause, and data the app may use (the current article of a stale write...).
 */

namespace NukeViet\Module\news\Newsdesk;

if (!defined('NV_MAINFILE')) {
    exit('Stop!!!');
}

class Failure extends \Exception
{
    const INVALID = '5001';
    const NOT_FOUND = '5002';
    const FORBIDDEN = '5003';
    const STALE = '5004';
    const AUDIT_STALE = '5005';
    const BAD_FILE = '5006';
    const STORAGE = '5007';

    /** @var string */
    public $apiCode;

    /** @var array */
    public $data;

    public function __construct($apiCode, $message, array $data = [])
    {
        parent::__construct($message);
        $this->apiCode = $apiCode;
        $this->data = $data;
    }

    public static function invalid($message)
    {
        return new self(self::INVALID, $message);
    }

    public static function notFound($message = 'No such article on this site, or you may not see it.')
    {
        return new self(self::NOT_FOUND, $message);
    }

    public static function forbidden($message)
    {
        return new self(self::FORBIDDEN, $message);
    }
}
