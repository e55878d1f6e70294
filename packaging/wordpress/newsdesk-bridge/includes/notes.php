<?php
/**
 * Editor notes on an article: short plain-text remarks anchored to a paragraph, with replies.
 *
 *   GET  /newsdesk/v1/posts/<id>/notes   the post's notes, oldest first
 *   POST /newsdesk/v1/posts/<id>/notes   {"id": uuid, "parent": uuid or "", "anchor": "...", "text": "..."}
 *
 * A note's id is made by the app, so a POST that is retried after a lost answer finds the
 * note it already added (200) instead of adding it twice (201). Each note is one row of
 * protected post meta, never shown by /wp/v2 or on the site.
 */

defined( 'ABSPATH' ) || exit;

const NEWSDESK_BRIDGE_NOTE_META = '_newsdesk_note';
const NEWSDESK_BRIDGE_NOTE_MAX_CHARS = 5000; // newsdesk.core.notes.NOTE_TEXT_MAX_CHARS
/*
 * The app's anchor is JSON: the paragraph's position, its first words (at most 120
 * characters) and a fingerprint of the whole paragraph. The app bounds it to this many
 * characters (newsdesk.core.notes.ANCHOR_MAX_CHARS); a test keeps the two equal.
 */
const NEWSDESK_BRIDGE_ANCHOR_MAX_CHARS = 400;

function newsdesk_bridge_note_text( $value ) {
	return wp_strip_all_tags( wp_check_invalid_utf8( (string) $value ) );
}

/**
 * validate_callback for "text" and "anchor": a string whose plain text fits the limit.
 *
 * @return true|WP_Error
 */
function newsdesk_bridge_validate_note_string( $value, $request, $param ) {
	if ( ! is_string( $value ) ) {
		/* translators: %s: parameter name. */
		return new WP_Error( 'rest_invalid_type', sprintf( __( '%s is not of type string.', 'newsdesk-bridge' ), $param ) );
	}
	$text = newsdesk_bridge_note_text( $value );
	if ( 'text' === $param && '' === $text ) {
		return new WP_Error( 'newsdesk_note_empty', __( 'A note needs some text.', 'newsdesk-bridge' ) );
	}
	$limit = 'text' === $param ? NEWSDESK_BRIDGE_NOTE_MAX_CHARS : NEWSDESK_BRIDGE_ANCHOR_MAX_CHARS;
	if ( mb_strlen( $text ) > $limit ) {
		/* translators: 1: parameter name, 2: number of characters. */
		return new WP_Error( 'newsdesk_note_too_long', sprintf( __( '%1$s must be at most %2$d characters long.', 'newsdesk-bridge' ), $param, $limit ) );
	}
	return true;
}

/**
 * The post's notes as stored, oldest first, keyed by id.
 *
 * @return array<string, array>
 */
function newsdesk_bridge_stored_notes( $post_id ) {
	$notes = array();
	foreach ( newsdesk_bridge_meta_rows( $post_id, NEWSDESK_BRIDGE_NOTE_META ) as $row ) {
		$note = json_decode( $row, true );
		if ( is_array( $note ) && isset( $note['id'] ) && is_string( $note['id'] ) ) {
			$notes[ $note['id'] ] = $note;
		}
	}
	return $notes;
}

/** A stored note as the API shows it, with the author's current display name. */
function newsdesk_bridge_present_note( array $note ) {
	$author = get_userdata( (int) $note['author'] );
	return array(
		'id'          => (string) $note['id'],
		'parent'      => (string) $note['parent'],
		'anchor'      => (string) $note['anchor'],
		'author'      => (int) $note['author'],
		'author_name' => $author ? $author->display_name : (string) ( $note['author_name'] ?? '' ),
		'created_gmt' => (string) $note['created_gmt'],
		'text'        => (string) $note['text'],
	);
}

function newsdesk_bridge_list_notes( WP_REST_Request $request ) {
	$post = newsdesk_bridge_route_post( $request );
	if ( is_wp_error( $post ) ) {
		return $post;
	}
	$notes = array_map( 'newsdesk_bridge_present_note', array_values( newsdesk_bridge_stored_notes( $post->ID ) ) );
	return rest_ensure_response( $notes );
}

function newsdesk_bridge_add_note( WP_REST_Request $request ) {
	$post = newsdesk_bridge_route_post( $request );
	if ( is_wp_error( $post ) ) {
		return $post;
	}
	$id     = strtolower( $request->get_param( 'id' ) );
	$parent = strtolower( (string) $request->get_param( 'parent' ) );
	$user   = wp_get_current_user();
	$note   = array(
		'id'          => $id,
		'parent'      => $parent,
		'anchor'      => newsdesk_bridge_note_text( $request->get_param( 'anchor' ) ),
		'author'      => (int) $user->ID,
		'author_name' => $user->display_name,
		'created_gmt' => gmdate( 'Y-m-d\TH:i:s' ),
		'text'        => newsdesk_bridge_note_text( $request->get_param( 'text' ) ),
	);
	return newsdesk_bridge_with_lock(
		'newsdesk_notes_' . $post->ID,
		function () use ( $post, $note ) {
			$notes = newsdesk_bridge_stored_notes( $post->ID );
			if ( isset( $notes[ $note['id'] ] ) ) {
				return new WP_REST_Response( newsdesk_bridge_present_note( $notes[ $note['id'] ] ), 200 );
			}
			if ( '' !== $note['parent'] && ! isset( $notes[ $note['parent'] ] ) ) {
				return new WP_Error(
					'newsdesk_note_parent_unknown',
					__( 'The note this one replies to is not on the article (send it first).', 'newsdesk-bridge' ),
					array(
						'status' => 400,
						'parent' => $note['parent'],
					)
				);
			}
			if ( ! newsdesk_bridge_add_json_meta( $post->ID, NEWSDESK_BRIDGE_NOTE_META, $note ) ) {
				return new WP_Error( 'newsdesk_not_saved', __( 'The site could not save the note.', 'newsdesk-bridge' ), array( 'status' => 500 ) );
			}
			return new WP_REST_Response( newsdesk_bridge_present_note( $note ), 201 );
		}
	);
}

function newsdesk_bridge_note_args() {
	$uuid = '^' . NEWSDESK_BRIDGE_UUID . '$';
	return array(
		'id'     => array(
			'description' => __( 'The note\'s UUID, made by the app.', 'newsdesk-bridge' ),
			'type'        => 'string',
			'pattern'     => $uuid,
			'required'    => true,
		),
		'parent' => array(
			'description' => __( 'The UUID of the note this one replies to, or "".', 'newsdesk-bridge' ),
			'type'        => 'string',
			'pattern'     => '^(' . NEWSDESK_BRIDGE_UUID . ')?$',
			'default'     => '',
		),
		'anchor' => array(
			'description'       => __( 'Which paragraph the note is about, as the app names it.', 'newsdesk-bridge' ),
			'type'              => 'string',
			'default'           => '',
			'validate_callback' => 'newsdesk_bridge_validate_note_string',
		),
		'text'   => array(
			'description'       => __( 'The note, as plain text (tags are removed).', 'newsdesk-bridge' ),
			'type'              => 'string',
			'required'          => true,
			'validate_callback' => 'newsdesk_bridge_validate_note_string',
		),
	);
}

function newsdesk_bridge_register_note_routes() {
	register_rest_route(
		NEWSDESK_BRIDGE_NAMESPACE,
		NEWSDESK_BRIDGE_POST_ROUTE . '/notes',
		array(
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => 'newsdesk_bridge_list_notes',
				'permission_callback' => 'newsdesk_bridge_check_discussion_access',
			),
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => 'newsdesk_bridge_add_note',
				'permission_callback' => 'newsdesk_bridge_check_discussion_access',
				'args'                => newsdesk_bridge_note_args(),
			),
		)
	);
}
add_action( 'rest_api_init', 'newsdesk_bridge_register_note_routes' );
