<?php
/**
 * Shared by the notes and audit routes: which post a route is about, who may take part in
 * the discussion of it, a named database lock, and the JSON kept in protected post meta.
 */

defined( 'ABSPATH' ) || exit;

/** The route segment naming the post: /newsdesk/v1/posts/<id>/... */
const NEWSDESK_BRIDGE_POST_ROUTE = '/posts/(?P<post_id>\d+)';

/**
 * The post a /posts/<id>/ route is about. Read from the path only, so a query parameter
 * of the same name cannot point the request at another post.
 *
 * @return WP_Post|WP_Error
 */
function newsdesk_bridge_route_post( WP_REST_Request $request ) {
	$params = $request->get_url_params();
	$post   = isset( $params['post_id'] ) ? get_post( (int) $params['post_id'] ) : null;
	if ( ! $post || 'post' !== $post->post_type ) {
		return new WP_Error(
			'rest_post_invalid_id',
			__( 'Invalid post ID.', 'newsdesk-bridge' ),
			array( 'status' => 404 )
		);
	}
	return $post;
}

/**
 * Who may read and add a post's notes and audit entries: its author (also after it is
 * published, when they may no longer edit it) and anyone who may edit others' posts.
 */
function newsdesk_bridge_can_discuss( WP_Post $post, $user_id ) {
	$user_id = (int) $user_id;
	if ( 0 === $user_id ) {
		return false;
	}
	return (int) $post->post_author === $user_id || user_can( $user_id, 'edit_others_posts' );
}

/**
 * Whether the signed-in user sees the post's counters (newsdesk_rev, newsdesk_activity):
 * those who may read its notes and audit record. Anyone else gets null.
 */
function newsdesk_bridge_may_see_counters( $post_id ) {
	$post = get_post( $post_id );
	return $post && newsdesk_bridge_can_discuss( $post, get_current_user_id() );
}

/**
 * permission_callback of the notes and audit routes.
 *
 * @return true|WP_Error
 */
function newsdesk_bridge_check_discussion_access( WP_REST_Request $request ) {
	$post = newsdesk_bridge_route_post( $request );
	if ( is_wp_error( $post ) ) {
		return $post;
	}
	if ( ! is_user_logged_in() ) {
		return new WP_Error(
			'rest_not_logged_in',
			__( 'You are not signed in: check the user name and Application Password.', 'newsdesk-bridge' ),
			array( 'status' => 401 )
		);
	}
	if ( ! newsdesk_bridge_can_discuss( $post, get_current_user_id() ) ) {
		return new WP_Error(
			'newsdesk_forbidden',
			__( 'Only the article\'s author and editors may read or add its notes and audit record.', 'newsdesk-bridge' ),
			array( 'status' => 403 )
		);
	}
	return true;
}

/**
 * Runs $work while holding the database lock $name, so that a check followed by a write
 * cannot interleave with the same check-and-write of another request (PHP workers share
 * nothing but the database).
 *
 * @param string   $name Lock name.
 * @param callable $work Returns the route's answer.
 * @return mixed What $work returned, or a 503 WP_Error when the lock stays taken.
 */
function newsdesk_bridge_with_lock( $name, callable $work ) {
	global $wpdb;
	$locked = $wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, %d)', $name, 5 ) );
	if ( '1' !== (string) $locked ) {
		return new WP_Error(
			'newsdesk_busy',
			__( 'The site is busy with another change to this article; try again.', 'newsdesk-bridge' ),
			array( 'status' => 503 )
		);
	}
	try {
		return $work();
	} finally {
		$wpdb->query( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', $name ) );
	}
}

/**
 * The values of a protected meta key in the order they were added, read from the database
 * rather than the object cache (another request may have added one a moment ago).
 *
 * @return string[]
 */
function newsdesk_bridge_meta_rows( $post_id, $meta_key ) {
	global $wpdb;
	return $wpdb->get_col(
		$wpdb->prepare(
			"SELECT meta_value FROM {$wpdb->postmeta} WHERE post_id = %d AND meta_key = %s ORDER BY meta_id ASC",
			$post_id,
			$meta_key
		)
	);
}

function newsdesk_bridge_encode_json( $value ) {
	return wp_json_encode( $value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION );
}

/** Adds one meta row holding $value as JSON (add_post_meta strips one level of slashes). */
function newsdesk_bridge_add_json_meta( $post_id, $meta_key, $value ) {
	return false !== add_post_meta( $post_id, $meta_key, wp_slash( newsdesk_bridge_encode_json( $value ) ) );
}

/**
 * Answers of this plugin's routes keep a number like 1.0 as it was sent, so an audit entry
 * reads back exactly as the app hashed it.
 */
function newsdesk_bridge_json_options( $options, $request ) {
	if ( 0 === strpos( (string) $request->get_route(), '/' . NEWSDESK_BRIDGE_NAMESPACE . '/' ) ) {
		$options |= JSON_PRESERVE_ZERO_FRACTION;
	}
	return $options;
}
add_filter( 'rest_json_encode_options', 'newsdesk_bridge_json_options', 10, 2 );
