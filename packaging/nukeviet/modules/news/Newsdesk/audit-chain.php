<?php
// Made from packaging/wordpress/newsdesk-bridge/includes/audit-chain.php by
// packaging/nukeviet/make_audit_chain.py: edit that file and run the script.
/**
 * The rules of the audit chain that do not need WordPress: the canonical form an entry is
 * hashed in, and which workflow moves exist. The app computes the same form
 * (newsdesk.core.audit) and keeps the same table of moves (newsdesk.core.workflow); a test
 * runs this file with the PHP command line and compares both sides on the same input.
 *
 * Canonical form of an entry: a JSON object of every field except "hash", all values
 * strings, keys in byte order, no whitespace, non-ASCII characters, "/" and U+2028/U+2029
 * written as themselves (UTF-8), other characters escaped as JSON requires ("\"", "\\",
 * "\n", "\r", "\t", "\b", "\f", and "\u00XX" in lower-case hex for the rest below U+0020).
 * The keys "id", "user_id" and "role" are left out when they are "": entries recorded
 * before the site sealed them (plugin 1.2) did not have them. The hash is the SHA-256 of
 * that text in lower-case hex; "prev_hash" (the hash of the entry before, "" for the
 * first) is one of the fields, so each hash seals the whole chain before it.
 */

defined( 'NV_MAINFILE' ) || exit;

/** Keys an entry of plugin 1.2 did not have; left out of the canonical form when "". */
const NEWSDESK_BRIDGE_AUDIT_NEW_KEYS = array( 'id', 'user_id', 'role' );

/**
 * @param array<string, string> $fields The entry (a "hash" key is ignored).
 * @return string|false The canonical JSON text, false when a value is not valid UTF-8.
 */
function newsdesk_bridge_audit_canonical( array $fields ) {
	unset( $fields['hash'] );
	foreach ( NEWSDESK_BRIDGE_AUDIT_NEW_KEYS as $key ) {
		if ( isset( $fields[ $key ] ) && '' === $fields[ $key ] ) {
			unset( $fields[ $key ] );
		}
	}
	ksort( $fields, SORT_STRING );
	return json_encode( $fields, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS );
}

/** @param array<string, string> $fields */
function newsdesk_bridge_audit_hash( array $fields ) {
	$canonical = newsdesk_bridge_audit_canonical( $fields );
	return false === $canonical ? false : hash( 'sha256', $canonical );
}

/**
 * Every move of the workflow: [action, from, to, whether only editors may make it].
 * Statuses are the app's names for them.
 *
 * @return array<int, array{0: string, 1: string, 2: string, 3: bool}>
 */
function newsdesk_bridge_audit_moves() {
	return array(
		array( 'submit', 'draft', 'submitted', false ),
		array( 'submit', 'changes_requested', 'submitted', false ),
		array( 'submit', 'unpublished', 'submitted', false ),
		array( 'return', 'submitted', 'changes_requested', true ),
		array( 'return', 'approved', 'changes_requested', true ),
		array( 'return', 'scheduled', 'changes_requested', true ),
		array( 'approve', 'submitted', 'approved', true ),
		array( 'schedule', 'submitted', 'scheduled', true ),
		array( 'schedule', 'approved', 'scheduled', true ),
		array( 'schedule', 'scheduled', 'scheduled', true ),
		array( 'publish', 'draft', 'published', true ),
		array( 'publish', 'submitted', 'published', true ),
		array( 'publish', 'approved', 'published', true ),
		array( 'publish', 'scheduled', 'published', true ),
		array( 'publish', 'unpublished', 'published', true ),
		array( 'unpublish', 'published', 'unpublished', true ),
		array( 'unpublish', 'corrected', 'unpublished', true ),
		array( 'correct', 'published', 'corrected', true ),
		array( 'correct', 'corrected', 'corrected', true ),
	);
}

/** The move (action, from, to) as the table has it, or null when there is no such move. */
function newsdesk_bridge_audit_find_move( $action, $from, $to ) {
	foreach ( newsdesk_bridge_audit_moves() as $move ) {
		if ( $move[0] === $action && $move[1] === $from && $move[2] === $to ) {
			return $move;
		}
	}
	return null;
}

/**
 * The WordPress statuses a post may have once it reached the app's $status: the move the
 * entry records has happened on the site, and an editor may since have taken the post further
 * along the way to publication (an approval and a schedule sent together), but not back.
 *
 * @return string[]
 */
function newsdesk_bridge_audit_statuses_after( $status ) {
	$site = array(
		'draft'             => array( 'draft' ),
		'submitted'         => array( 'pending' ),
		'changes_requested' => array( 'nd-returned', 'draft' ),
		'approved'          => array( 'nd-approved', 'pending' ),
		'scheduled'         => array( 'future', 'publish' ),
		'published'         => array( 'publish', 'private' ),
		'corrected'         => array( 'publish', 'private' ),
		'unpublished'       => array( 'draft' ),
	);
	$reached = array( $status );
	$todo    = array( $status );
	while ( $todo ) {
		$from = array_pop( $todo );
		foreach ( newsdesk_bridge_audit_moves() as $move ) {
			$onward = ! in_array( $move[0], array( 'submit', 'return', 'unpublish' ), true );
			if ( $onward && $move[1] === $from && ! in_array( $move[2], $reached, true ) ) {
				$reached[] = $move[2];
				$todo[]    = $move[2];
			}
		}
	}
	$statuses = array();
	foreach ( $reached as $one ) {
		$statuses = array_merge( $statuses, isset( $site[ $one ] ) ? $site[ $one ] : array() );
	}
	return array_values( array_unique( $statuses ) );
}
