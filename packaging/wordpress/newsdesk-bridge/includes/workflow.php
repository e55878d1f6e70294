<?php
/**
 * The review workflow: two post statuses between "pending" and "publish".
 *
 *   pending --(editor)--> nd-returned --(author revises)--> pending
 *   pending --(editor)--> nd-approved --(editor)--> publish / future
 *
 * Only someone who may edit others' posts (an editor) moves a post into or out of these
 * statuses, or publishes, schedules or privately publishes it. The author of a returned post
 * may revise it and send it back (pending or draft) or withdraw it (trash); an approved,
 * scheduled or published post is locked for everyone but editors: its author (an author
 * role included) asks for a correction in a note instead. Neither status is ever shown on
 * the public site.
 */

defined( 'ABSPATH' ) || exit;

const NEWSDESK_BRIDGE_RETURNED = 'nd-returned';
const NEWSDESK_BRIDGE_APPROVED = 'nd-approved';

/** @return string[] */
function newsdesk_bridge_review_statuses() {
	return array( NEWSDESK_BRIDGE_RETURNED, NEWSDESK_BRIDGE_APPROVED );
}

/** @return string[] The statuses only an editor gives: the article is out of review. */
function newsdesk_bridge_released_statuses() {
	return array( 'publish', 'future', 'private' );
}

/** @return string[] The statuses in which only editors may change or delete a post. */
function newsdesk_bridge_locked_statuses() {
	return array_merge( array( NEWSDESK_BRIDGE_APPROVED ), newsdesk_bridge_released_statuses() );
}

function newsdesk_bridge_register_statuses() {
	register_post_status(
		NEWSDESK_BRIDGE_RETURNED,
		array(
			'label'                     => _x( 'Returned to reporter', 'post status', 'newsdesk-bridge' ),
			/* translators: %s: number of posts. */
			'label_count'               => _n_noop( 'Returned to reporter <span class="count">(%s)</span>', 'Returned to reporter <span class="count">(%s)</span>', 'newsdesk-bridge' ),
			'public'                    => false,
			'protected'                 => true,
			// As for "pending": status=any finds it (the client UUID lookup asks with that);
			// lists and searches on the site never show protected statuses anyway.
			'exclude_from_search'       => false,
			'show_in_admin_all_list'    => true,
			'show_in_admin_status_list' => true,
			// As for "pending": the post is dated when it is published, not when it was returned.
			'date_floating'             => true,
		)
	);
	register_post_status(
		NEWSDESK_BRIDGE_APPROVED,
		array(
			'label'                     => _x( 'Approved', 'post status', 'newsdesk-bridge' ),
			/* translators: %s: number of posts. */
			'label_count'               => _n_noop( 'Approved <span class="count">(%s)</span>', 'Approved <span class="count">(%s)</span>', 'newsdesk-bridge' ),
			'public'                    => false,
			'protected'                 => true,
			'exclude_from_search'       => false,
			'show_in_admin_all_list'    => true,
			'show_in_admin_status_list' => true,
			'date_floating'             => true,
		)
	);
}
add_action( 'init', 'newsdesk_bridge_register_statuses' );

/**
 * Whether $user_id may move a post from $old to $new. $old is "new" for a post being created.
 * Moving between "publish" and "future" (a scheduled post coming due, or a date changed on a
 * post an editor already released) is not a review decision.
 */
function newsdesk_bridge_may_change_status( $old, $new, $user_id ) {
	if ( $old === $new || user_can( $user_id, 'edit_others_posts' ) ) {
		return true;
	}
	$released = newsdesk_bridge_released_statuses();
	if ( in_array( $old, array( 'publish', 'future' ), true ) && in_array( $new, array( 'publish', 'future' ), true ) ) {
		return true;
	}
	if ( in_array( $new, array_merge( newsdesk_bridge_review_statuses(), $released ), true ) ) {
		return false;
	}
	if ( NEWSDESK_BRIDGE_RETURNED === $old ) {
		return in_array( $new, array( 'pending', 'draft', 'trash' ), true );
	}
	return NEWSDESK_BRIDGE_APPROVED !== $old;
}

function newsdesk_bridge_review_refusal_message() {
	return __( 'Only an editor may return, approve, schedule or publish an article. Submit it for review instead.', 'newsdesk-bridge' );
}

/**
 * REST: refuses a status change the user may not make with 403 newsdesk_cannot_review.
 * Runs after WordPress's own check, which already answers rest_cannot_publish to a
 * contributor who asks for publish, future or private.
 */
function newsdesk_bridge_check_review_status( $prepared_post, $request ) {
	if ( is_wp_error( $prepared_post ) || ! isset( $prepared_post->post_status ) ) {
		return $prepared_post;
	}
	$old = empty( $prepared_post->ID ) ? 'new' : get_post_status( $prepared_post->ID );
	if ( ! newsdesk_bridge_may_change_status( $old, $prepared_post->post_status, get_current_user_id() ) ) {
		return new WP_Error(
			'newsdesk_cannot_review',
			newsdesk_bridge_review_refusal_message(),
			array(
				'status' => 403,
				'from'   => $old,
				'to'     => $prepared_post->post_status,
			)
		);
	}
	return $prepared_post;
}
add_filter( 'rest_pre_insert_post', 'newsdesk_bridge_check_review_status', 15, 2 );

/**
 * Every other way of saving a post (wp-admin, XML-RPC) gets the same rule. wp_die() is how
 * WordPress refuses there: an error page in wp-admin, a fault for XML-RPC (whose code for
 * "not allowed" is 401). Saves without a signed-in user (cron, WP-CLI) are not reviews.
 */
function newsdesk_bridge_guard_status_change( $data, $postarr ) {
	$user_id = get_current_user_id();
	if ( 0 === $user_id || 'post' !== $data['post_type'] ) {
		return $data;
	}
	$old = empty( $postarr['ID'] ) ? 'new' : get_post_status( (int) $postarr['ID'] );
	if ( ! newsdesk_bridge_may_change_status( $old, $data['post_status'], $user_id ) ) {
		wp_die(
			esc_html( newsdesk_bridge_review_refusal_message() ),
			esc_html__( 'Not allowed', 'newsdesk-bridge' ),
			array(
				'response'  => ( defined( 'XMLRPC_REQUEST' ) && XMLRPC_REQUEST ) ? 401 : 403,
				'back_link' => true,
			)
		);
	}
	return $data;
}
add_filter( 'wp_insert_post_data', 'newsdesk_bridge_guard_status_change', 5, 2 );

/**
 * WordPress dates a pending post when it is published, but does that for its own statuses
 * only; this makes a returned or approved post behave the same, so an article approved on
 * Monday and published on Tuesday is dated Tuesday. A date the user gives is kept.
 */
function newsdesk_bridge_float_review_dates( $data, $postarr ) {
	if ( 'post' !== $data['post_type'] || empty( $postarr['ID'] ) || ! empty( $postarr['edit_date'] ) ) {
		return $data;
	}
	$old = get_post( (int) $postarr['ID'] );
	if ( ! $old || ! in_array( $old->post_status, newsdesk_bridge_review_statuses(), true ) || '0000-00-00 00:00:00' !== $old->post_date_gmt ) {
		return $data;
	}
	// The same instant WordPress stamps as the modification time, even across a second's end.
	$data['post_date']     = $data['post_modified'];
	$data['post_date_gmt'] = in_array( $data['post_status'], get_post_stati( array( 'date_floating' => true ) ), true )
		? '0000-00-00 00:00:00'
		: $data['post_modified_gmt'];
	return $data;
}
add_filter( 'wp_insert_post_data', 'newsdesk_bridge_float_review_dates', 10, 2 );

/**
 * The author of an approved, scheduled or published post may no longer edit, unpublish or
 * delete it (WordPress lets an author do all three, and a contributor the first two while it
 * is approved): approval is of that text, and a change to a published article goes through an
 * editor. This holds in the REST API, wp-admin and XML-RPC alike.
 */
function newsdesk_bridge_lock_reviewed( $caps, $cap, $user_id, $args ) {
	if ( ! in_array( $cap, array( 'edit_post', 'delete_post' ), true ) || empty( $args[0] ) ) {
		return $caps;
	}
	$post = get_post( $args[0] );
	if ( $post && 'post' === $post->post_type && in_array( $post->post_status, newsdesk_bridge_locked_statuses(), true ) ) {
		$caps[] = 'edit_post' === $cap ? 'edit_others_posts' : 'delete_others_posts';
	}
	return $caps;
}
add_filter( 'map_meta_cap', 'newsdesk_bridge_lock_reviewed', 10, 4 );

/**
 * REST: a refused change or deletion of a locked post says why and what to do instead (the
 * code stays WordPress's rest_cannot_edit / rest_cannot_delete).
 */
function newsdesk_bridge_explain_locked_post( $response, $handler, $request ) {
	if ( ! is_wp_error( $response ) || ! in_array( $response->get_error_code(), array( 'rest_cannot_edit', 'rest_cannot_delete' ), true ) ) {
		return $response;
	}
	if ( ! preg_match( '#^/wp/v2/posts/(\d+)$#', (string) $request->get_route(), $found ) ) {
		return $response;
	}
	$post = get_post( (int) $found[1] );
	if ( ! $post || 'post' !== $post->post_type || ! in_array( $post->post_status, newsdesk_bridge_locked_statuses(), true ) ) {
		return $response;
	}
	if ( ! is_user_logged_in() || current_user_can( 'edit_others_posts' ) ) {
		return $response; // Not signed in: WordPress's own 401 says what to do.
	}
	return new WP_Error(
		$response->get_error_code(),
		__( 'This article is approved or published: only an editor may change, unpublish or delete it. Send the correction to the editors as a note on the article.', 'newsdesk-bridge' ),
		array(
			'status'      => 403,
			'post_status' => $post->post_status,
		)
	);
}
add_filter( 'rest_request_after_callbacks', 'newsdesk_bridge_explain_locked_post', 10, 3 );

/** Shows "Returned to reporter" / "Approved" after the title in wp-admin's post list. */
function newsdesk_bridge_post_states( $states, $post ) {
	if ( in_array( $post->post_status, newsdesk_bridge_review_statuses(), true ) && 'post' === $post->post_type ) {
		$states[ $post->post_status ] = get_post_status_object( $post->post_status )->label;
	}
	return $states;
}
add_filter( 'display_post_states', 'newsdesk_bridge_post_states', 10, 2 );
