<?php
/**
 * One post per client UUID, and a counter of notes and audit entries.
 *
 * A create whose answer never reached the app is retried; the retry looks the UUID up first,
 * but a first create that arrives late (after the app gave up waiting) could still land next
 * to the retry. Creates carrying a client UUID therefore take a lock on that UUID for the
 * rest of the request and are refused with 409 `newsdesk_duplicate_post` (naming the
 * existing post) when a post with the UUID already exists.
 *
 * @package NewsdeskBridge
 */

defined( 'ABSPATH' ) || exit;

function newsdesk_bridge_uuid_lock_name( $uuid ) {
	return 'newsdesk_uuid_' . $uuid;
}

function newsdesk_bridge_refuse_duplicate_create( $prepared_post, $request ) {
	if ( is_wp_error( $prepared_post ) || ! empty( $prepared_post->ID ) ) {
		return $prepared_post;
	}
	$meta = $request->get_param( 'meta' );
	$uuid = ( is_array( $meta ) && isset( $meta['newsdesk_client_uuid'] ) )
		? strtolower( trim( (string) $meta['newsdesk_client_uuid'] ) )
		: '';
	if ( '' === $uuid || ! wp_is_uuid( $uuid ) ) {
		return $prepared_post;
	}
	global $wpdb;
	// Released at the end of the request (or when the database connection closes), after the
	// new post's meta has been saved, so a second create with this UUID sees the first.
	$wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, 10)', newsdesk_bridge_uuid_lock_name( $uuid ) ) );
	$existing = get_posts(
		array(
			'post_type'        => 'post',
			'post_status'      => array_keys( get_post_stati() ),
			'meta_key'         => 'newsdesk_client_uuid', // phpcs:ignore WordPress.DB.SlowDBQuery
			'meta_value'       => $uuid, // phpcs:ignore WordPress.DB.SlowDBQuery
			'fields'           => 'ids',
			'numberposts'      => 1,
			'suppress_filters' => true,
		)
	);
	if ( $existing ) {
		return new WP_Error(
			'newsdesk_duplicate_post',
			__( 'A post with this client UUID already exists.', 'newsdesk-bridge' ),
			array(
				'status'  => 409,
				'post_id' => (int) $existing[0],
			)
		);
	}
	return $prepared_post;
}
add_filter( 'rest_pre_insert_post', 'newsdesk_bridge_refuse_duplicate_create', 5, 2 );

function newsdesk_bridge_release_uuid_lock( $post, $request, $creating ) {
	$meta = $request->get_param( 'meta' );
	if ( $creating && is_array( $meta ) && ! empty( $meta['newsdesk_client_uuid'] ) ) {
		global $wpdb;
		$uuid = strtolower( trim( (string) $meta['newsdesk_client_uuid'] ) );
		$wpdb->get_var( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', newsdesk_bridge_uuid_lock_name( $uuid ) ) );
	}
}
add_action( 'rest_after_insert_post', 'newsdesk_bridge_release_uuid_lock', 10, 3 );

/*
 * `newsdesk_activity` on every post: how many notes and audit entries it has, so the app
 * fetches them only when the number changes.
 */
function newsdesk_bridge_register_activity_field() {
	register_rest_field(
		'post',
		'newsdesk_activity',
		array(
			'get_callback' => function ( $post ) {
				if ( ! newsdesk_bridge_may_see_counters( $post['id'] ) ) {
					return null;
				}
				return count( get_post_meta( $post['id'], '_newsdesk_note' ) )
					+ count( get_post_meta( $post['id'], '_newsdesk_audit' ) );
			},
			'schema'       => array(
				'description' => __( 'Number of notes and audit entries on the post.', 'newsdesk-bridge' ),
				'type'        => array( 'integer', 'null' ),
				'context'     => array( 'view', 'edit' ),
				'readonly'    => true,
			),
		)
	);
}
add_action( 'rest_api_init', 'newsdesk_bridge_register_activity_field' );
