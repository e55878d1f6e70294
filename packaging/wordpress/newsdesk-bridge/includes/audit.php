<?php
/**
 * The audit record of an article: an append-only hash chain that the site seals.
 *
 *   GET  /newsdesk/v1/posts/<id>/audit   {"entries": [...]} in the order they were added
 *   POST /newsdesk/v1/posts/<id>/audit   {"entry": {"id", "action", "from_status",
 *                                         "to_status", "content_sha", "note", "prev_hash"}}
 *   GET  /newsdesk/v1/deleted/<id>/audit the record of a post that was deleted (editors)
 *
 * The site does not take the app's word for who did what: it records the signed-in user
 * (id, login, display name, role) and the time itself, appends the entry only when it is a
 * move that user may make on the post as the post now is, and computes the hash over the
 * previous entry's hash and the canonical form of the entry (includes/audit-chain.php).
 * Whatever "user", "at" or "hash" the request carries is ignored. "prev_hash", when sent,
 * is the last hash the app knows: an entry after another head is refused (409
 * newsdesk_audit_stale), so two desks recording the same move at once do not both get in.
 * An entry whose "id" is already there is answered with the stored entry (200), so a
 * retried POST is harmless. Nothing edits or deletes an entry; deleting the post keeps its
 * record in an option.
 */

defined( 'ABSPATH' ) || exit;

require_once __DIR__ . '/audit-chain.php';

const NEWSDESK_BRIDGE_AUDIT_META = '_newsdesk_audit';
const NEWSDESK_BRIDGE_HASH = '/^[0-9a-f]{64}$/';

/**
 * The post's entries in order, decoded with JSON objects kept as objects so that {} and []
 * read back as they were sent.
 *
 * @return object[]
 */
function newsdesk_bridge_audit_entries( $post_id ) {
	$entries = array();
	foreach ( newsdesk_bridge_meta_rows( $post_id, NEWSDESK_BRIDGE_AUDIT_META ) as $row ) {
		$entry = json_decode( $row );
		if ( is_object( $entry ) ) {
			$entries[] = $entry;
		}
	}
	return $entries;
}

function newsdesk_bridge_list_audit( WP_REST_Request $request ) {
	$post = newsdesk_bridge_route_post( $request );
	if ( is_wp_error( $post ) ) {
		return $post;
	}
	return rest_ensure_response( array( 'entries' => newsdesk_bridge_audit_entries( $post->ID ) ) );
}

function newsdesk_bridge_invalid_entry( $message ) {
	return new WP_Error(
		'rest_invalid_param',
		/* translators: %s: parameter name. */
		sprintf( __( 'Invalid parameter(s): %s', 'newsdesk-bridge' ), 'entry' ),
		array(
			'status' => 400,
			'params' => array( 'entry' => $message ),
		)
	);
}

const NEWSDESK_BRIDGE_AUDIT_NOTE_MAX = 5000;
const NEWSDESK_BRIDGE_AUDIT_KEPT_OPTION = 'newsdesk_audit_kept_';

/**
 * The "entry" object of the request body, decoded from the raw JSON rather than from
 * WordPress's parameters, which turn every object into a PHP array. Only the fields the
 * app decides are read; each must be a string of the expected shape.
 *
 * @return array<string, string>|WP_Error
 */
function newsdesk_bridge_posted_entry( WP_REST_Request $request ) {
	$body = json_decode( $request->get_body() );
	if ( ! is_object( $body ) || ! isset( $body->entry ) || ! is_object( $body->entry ) ) {
		return newsdesk_bridge_invalid_entry( __( 'Send a JSON body {"entry": {...}}.', 'newsdesk-bridge' ) );
	}
	$sent   = $body->entry;
	$fields = array();
	foreach ( array( 'id', 'action', 'from_status', 'to_status', 'content_sha', 'note', 'article_uuid' ) as $key ) {
		$value = isset( $sent->$key ) ? $sent->$key : '';
		if ( ! is_string( $value ) ) {
			/* translators: %s: field name. */
			return newsdesk_bridge_invalid_entry( sprintf( __( 'entry.%s must be a string.', 'newsdesk-bridge' ), $key ) );
		}
		$fields[ $key ] = $value;
	}
	if ( ! preg_match( '/^' . NEWSDESK_BRIDGE_UUID . '$/', $fields['id'] ) ) {
		return newsdesk_bridge_invalid_entry( __( 'entry.id must be a UUID made by the app for this entry.', 'newsdesk-bridge' ) );
	}
	$fields['id'] = strtolower( $fields['id'] );
	if ( '' !== $fields['content_sha'] && ! preg_match( NEWSDESK_BRIDGE_HASH, $fields['content_sha'] ) ) {
		return newsdesk_bridge_invalid_entry( __( 'entry.content_sha must be "" or 64 lower-case hexadecimal digits.', 'newsdesk-bridge' ) );
	}
	if ( mb_strlen( $fields['note'], 'UTF-8' ) > NEWSDESK_BRIDGE_AUDIT_NOTE_MAX ) {
		/* translators: %d: number of characters. */
		return newsdesk_bridge_invalid_entry( sprintf( __( 'entry.note may be at most %d characters long.', 'newsdesk-bridge' ), NEWSDESK_BRIDGE_AUDIT_NOTE_MAX ) );
	}
	$expected = null;
	if ( isset( $sent->prev_hash ) ) {
		if ( ! is_string( $sent->prev_hash ) || ( '' !== $sent->prev_hash && ! preg_match( NEWSDESK_BRIDGE_HASH, $sent->prev_hash ) ) ) {
			return newsdesk_bridge_invalid_entry( __( 'entry.prev_hash must be "" or 64 lower-case hexadecimal digits.', 'newsdesk-bridge' ) );
		}
		$expected = $sent->prev_hash;
	}
	$fields['expected_prev_hash'] = $expected;
	return $fields;
}

/** The role the user has on the site, as WordPress names it ("contributor", "editor"...). */
function newsdesk_bridge_audit_role( WP_User $user ) {
	$roles = array_values( (array) $user->roles );
	return $roles ? (string) $roles[0] : '';
}

/**
 * Whether $user may record $fields' move on $post as it now is.
 *
 * @return true|WP_Error
 */
function newsdesk_bridge_audit_check_move( array $fields, WP_Post $post, WP_User $user ) {
	$move = newsdesk_bridge_audit_find_move( $fields['action'], $fields['from_status'], $fields['to_status'] );
	if ( null === $move ) {
		return new WP_Error(
			'newsdesk_audit_unknown_move',
			__( 'The workflow has no such move: check the entry\'s action, from_status and to_status.', 'newsdesk-bridge' ),
			array( 'status' => 400 )
		);
	}
	$editor = user_can( $user, 'edit_others_posts' );
	if ( ( $move[3] && ! $editor ) || ( ! $editor && (int) $post->post_author !== (int) $user->ID ) ) {
		return new WP_Error(
			'newsdesk_audit_not_allowed',
			/* translators: %s: the move, e.g. "approve". */
			sprintf( __( 'You may not record "%s" on this article: only editors may make that move.', 'newsdesk-bridge' ), $fields['action'] ),
			array(
				'status' => 403,
				'action' => $fields['action'],
				'role'   => newsdesk_bridge_audit_role( $user ),
			)
		);
	}
	$status = get_post_status( $post );
	if ( ! in_array( $status, newsdesk_bridge_audit_statuses_after( $fields['to_status'] ), true ) ) {
		return new WP_Error(
			'newsdesk_audit_not_on_site',
			/* translators: 1: the move, 2: the post's status on the site. */
			sprintf( __( 'The article is "%2$s" on the site, so "%1$s" has not happened there: send the article first.', 'newsdesk-bridge' ), $fields['action'], $status ),
			array(
				'status'      => 409,
				'post_status' => $status,
			)
		);
	}
	return true;
}

/**
 * The entry as the site records it: the app's fields, the signed-in user, the site's time,
 * the previous hash and the hash the site computed.
 *
 * @return array<string, string>
 */
function newsdesk_bridge_audit_sealed( array $fields, WP_Post $post, WP_User $user, $prev_hash ) {
	// The post's own client UUID; the app's only for a post that has none (made on the site).
	$uuid = (string) get_post_meta( $post->ID, 'newsdesk_client_uuid', true );
	if ( '' === $uuid && preg_match( '/^' . NEWSDESK_BRIDGE_UUID . '$/', $fields['article_uuid'] ) ) {
		$uuid = strtolower( $fields['article_uuid'] );
	}
	$entry = array(
		'id'           => $fields['id'],
		'article_uuid' => $uuid,
		'action'       => $fields['action'],
		'from_status'  => $fields['from_status'],
		'to_status'    => $fields['to_status'],
		'user'         => (string) $user->user_login,
		'user_id'      => (string) $user->ID,
		'user_name'    => (string) $user->display_name,
		'role'         => newsdesk_bridge_audit_role( $user ),
		'at'           => gmdate( 'Y-m-d\TH:i:s\Z' ),
		'content_sha'  => $fields['content_sha'],
		'note'         => $fields['note'],
		'prev_hash'    => $prev_hash,
	);
	$entry['hash'] = newsdesk_bridge_audit_hash( $entry );
	return $entry;
}

function newsdesk_bridge_append_audit( WP_REST_Request $request ) {
	$post = newsdesk_bridge_route_post( $request );
	if ( is_wp_error( $post ) ) {
		return $post;
	}
	$fields = newsdesk_bridge_posted_entry( $request );
	if ( is_wp_error( $fields ) ) {
		return $fields;
	}
	$user = wp_get_current_user();
	return newsdesk_bridge_with_lock(
		'newsdesk_audit_' . $post->ID,
		function () use ( $post, $fields, $user ) {
			$entries = newsdesk_bridge_audit_entries( $post->ID );
			foreach ( $entries as $stored ) {
				if ( isset( $stored->id ) && $stored->id === $fields['id'] ) {
					return new WP_REST_Response( $stored, 200 );
				}
			}
			$last      = end( $entries );
			$last_hash = ( $last && isset( $last->hash ) ) ? (string) $last->hash : '';
			if ( null !== $fields['expected_prev_hash'] && $fields['expected_prev_hash'] !== $last_hash ) {
				return new WP_Error(
					'newsdesk_audit_stale',
					__( 'The audit record has grown since your copy; read it and append after its last entry.', 'newsdesk-bridge' ),
					array(
						'status'    => 409,
						'last_hash' => $last_hash,
					)
				);
			}
			$allowed = newsdesk_bridge_audit_check_move( $fields, get_post( $post->ID ), $user );
			if ( is_wp_error( $allowed ) ) {
				return $allowed;
			}
			$entry = newsdesk_bridge_audit_sealed( $fields, $post, $user, $last_hash );
			if ( false === $entry['hash'] || ! newsdesk_bridge_add_json_meta( $post->ID, NEWSDESK_BRIDGE_AUDIT_META, (object) $entry ) ) {
				return new WP_Error( 'newsdesk_not_saved', __( 'The site could not save the audit entry.', 'newsdesk-bridge' ), array( 'status' => 500 ) );
			}
			return new WP_REST_Response( (object) $entry, 201 );
		}
	);
}

/**
 * Deleting a post (by anyone, from anywhere: the REST API, wp-admin, XML-RPC, emptying the
 * trash) keeps its audit record in an option, so a reporter cannot erase the record of their
 * own article by deleting it.
 */
function newsdesk_bridge_keep_audit_of_deleted_post( $post_id ) {
	$rows = newsdesk_bridge_meta_rows( $post_id, NEWSDESK_BRIDGE_AUDIT_META );
	if ( ! $rows ) {
		return;
	}
	$user = wp_get_current_user();
	$kept = array(
		'post_id'      => (int) $post_id,
		'client_uuid'  => (string) get_post_meta( $post_id, 'newsdesk_client_uuid', true ),
		'title'        => (string) get_the_title( $post_id ),
		'deleted_by'   => $user->ID ? (string) $user->user_login : '',
		'deleted_gmt'  => gmdate( 'Y-m-d\TH:i:s\Z' ),
		'entries_json' => '[' . implode( ',', $rows ) . ']',
	);
	update_option( NEWSDESK_BRIDGE_AUDIT_KEPT_OPTION . (int) $post_id, newsdesk_bridge_encode_json( $kept ), false );
}
add_action( 'before_delete_post', 'newsdesk_bridge_keep_audit_of_deleted_post' );

function newsdesk_bridge_deleted_audit( WP_REST_Request $request ) {
	$params = $request->get_url_params();
	$stored = get_option( NEWSDESK_BRIDGE_AUDIT_KEPT_OPTION . (int) $params['post_id'], '' );
	$kept   = is_string( $stored ) ? json_decode( $stored ) : null;
	if ( ! is_object( $kept ) ) {
		return new WP_Error( 'newsdesk_no_record', __( 'No deleted post with this ID left an audit record.', 'newsdesk-bridge' ), array( 'status' => 404 ) );
	}
	$kept->entries = json_decode( $kept->entries_json );
	unset( $kept->entries_json );
	return rest_ensure_response( $kept );
}

function newsdesk_bridge_check_deleted_audit_access() {
	if ( ! is_user_logged_in() ) {
		return new WP_Error( 'rest_not_logged_in', __( 'You are not signed in: check the user name and Application Password.', 'newsdesk-bridge' ), array( 'status' => 401 ) );
	}
	if ( ! current_user_can( 'edit_others_posts' ) ) {
		return new WP_Error( 'newsdesk_forbidden', __( 'Only editors may read the record of a deleted article.', 'newsdesk-bridge' ), array( 'status' => 403 ) );
	}
	return true;
}

function newsdesk_bridge_register_audit_routes() {
	register_rest_route(
		NEWSDESK_BRIDGE_NAMESPACE,
		NEWSDESK_BRIDGE_POST_ROUTE . '/audit',
		array(
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => 'newsdesk_bridge_list_audit',
				'permission_callback' => 'newsdesk_bridge_check_discussion_access',
			),
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => 'newsdesk_bridge_append_audit',
				'permission_callback' => 'newsdesk_bridge_check_discussion_access',
				'args'                => array(
					'entry' => array(
						'description' => __( 'The move to record: a JSON object with "id", "action", "from_status", "to_status", "content_sha", "note" and optionally "prev_hash".', 'newsdesk-bridge' ),
						'type'        => 'object',
						'required'    => true,
					),
				),
			),
		)
	);
	register_rest_route(
		NEWSDESK_BRIDGE_NAMESPACE,
		'/deleted/(?P<post_id>\d+)/audit',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'newsdesk_bridge_deleted_audit',
			'permission_callback' => 'newsdesk_bridge_check_deleted_audit_access',
		)
	);
}
add_action( 'rest_api_init', 'newsdesk_bridge_register_audit_routes' );
