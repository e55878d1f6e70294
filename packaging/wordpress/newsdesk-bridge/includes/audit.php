<?php
/**
 * The audit record of an article: an append-only hash chain kept by the app.
 *
 *   GET  /newsdesk/v1/posts/<id>/audit   {"entries": [...]} in the order they were added
 *   POST /newsdesk/v1/posts/<id>/audit   {"entry": {..., "prev_hash": "...", "hash": "..."}}
 *
 * The site does not interpret an entry beyond its two hashes (64 lower-case hex digits;
 * prev_hash is "" for the first entry). It appends an entry only when prev_hash is the hash
 * of the current last entry, so two desks cannot fork the chain: the loser gets 409
 * newsdesk_audit_stale with the last hash, reads the record and appends after it. An entry
 * whose hash is already there is answered with the stored entry (200), so a retried POST is
 * harmless. Entries are kept as sent, one protected meta row each; nothing edits or
 * deletes them.
 */

defined( 'ABSPATH' ) || exit;

const NEWSDESK_BRIDGE_AUDIT_META = '_newsdesk_audit';
const NEWSDESK_BRIDGE_AUDIT_MAX_BYTES = 65536;
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

/**
 * The "entry" object of the request body, decoded from the raw JSON rather than from
 * WordPress's parameters, which turn every object into a PHP array.
 *
 * @return object|WP_Error
 */
function newsdesk_bridge_posted_entry( WP_REST_Request $request ) {
	$body = json_decode( $request->get_body() );
	if ( ! is_object( $body ) || ! isset( $body->entry ) || ! is_object( $body->entry ) ) {
		return newsdesk_bridge_invalid_entry( __( 'Send a JSON body {"entry": {...}}.', 'newsdesk-bridge' ) );
	}
	$entry = $body->entry;
	if ( ! isset( $entry->hash ) || ! is_string( $entry->hash ) || ! preg_match( NEWSDESK_BRIDGE_HASH, $entry->hash ) ) {
		return newsdesk_bridge_invalid_entry( __( 'entry.hash must be 64 lower-case hexadecimal digits.', 'newsdesk-bridge' ) );
	}
	if ( ! isset( $entry->prev_hash ) || ! is_string( $entry->prev_hash ) || ( '' !== $entry->prev_hash && ! preg_match( NEWSDESK_BRIDGE_HASH, $entry->prev_hash ) ) ) {
		return newsdesk_bridge_invalid_entry( __( 'entry.prev_hash must be "" or 64 lower-case hexadecimal digits.', 'newsdesk-bridge' ) );
	}
	$encoded = newsdesk_bridge_encode_json( $entry );
	if ( false === $encoded ) {
		return newsdesk_bridge_invalid_entry( __( 'The entry is not valid UTF-8 JSON.', 'newsdesk-bridge' ) );
	}
	if ( strlen( $encoded ) > NEWSDESK_BRIDGE_AUDIT_MAX_BYTES ) {
		/* translators: %d: size in bytes. */
		return newsdesk_bridge_invalid_entry( sprintf( __( 'An entry may be at most %d bytes long.', 'newsdesk-bridge' ), NEWSDESK_BRIDGE_AUDIT_MAX_BYTES ) );
	}
	return $entry;
}

function newsdesk_bridge_append_audit( WP_REST_Request $request ) {
	$post = newsdesk_bridge_route_post( $request );
	if ( is_wp_error( $post ) ) {
		return $post;
	}
	$entry = newsdesk_bridge_posted_entry( $request );
	if ( is_wp_error( $entry ) ) {
		return $entry;
	}
	return newsdesk_bridge_with_lock(
		'newsdesk_audit_' . $post->ID,
		function () use ( $post, $entry ) {
			$entries = newsdesk_bridge_audit_entries( $post->ID );
			foreach ( $entries as $stored ) {
				if ( isset( $stored->hash ) && $stored->hash === $entry->hash ) {
					return new WP_REST_Response( $stored, 200 );
				}
			}
			$last      = end( $entries );
			$last_hash = ( $last && isset( $last->hash ) ) ? (string) $last->hash : '';
			if ( $entry->prev_hash !== $last_hash ) {
				return new WP_Error(
					'newsdesk_audit_stale',
					__( 'The audit record has grown since your copy; read it and append after its last entry.', 'newsdesk-bridge' ),
					array(
						'status'    => 409,
						'last_hash' => $last_hash,
					)
				);
			}
			if ( ! newsdesk_bridge_add_json_meta( $post->ID, NEWSDESK_BRIDGE_AUDIT_META, $entry ) ) {
				return new WP_Error( 'newsdesk_not_saved', __( 'The site could not save the audit entry.', 'newsdesk-bridge' ), array( 'status' => 500 ) );
			}
			return new WP_REST_Response( $entry, 201 );
		}
	);
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
						'description' => __( 'The entry to append: a JSON object with "prev_hash" and "hash".', 'newsdesk-bridge' ),
						'type'        => 'object',
						'required'    => true,
					),
				),
			),
		)
	);
}
add_action( 'rest_api_init', 'newsdesk_bridge_register_audit_routes' );
