<?php
/**
 * Plugin Name:       Newsdesk Bridge
 * Description:       Lets the Newsdesk desktop app keep an article's metadata on its post, find a post again by the client UUID it was created with, and run the newsroom's review workflow (returned and approved statuses, editor notes, an audit record).
 * Version:           1.3
 * Requires at least: 5.8
 * Requires PHP:      7.4
 * License:           GPL-2.0-or-later
 * Text Domain:       newsdesk-bridge
 * Domain Path:       /languages
 */

defined( 'ABSPATH' ) || exit;

const NEWSDESK_BRIDGE_VERSION = '1.3';
const NEWSDESK_BRIDGE_UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const NEWSDESK_BRIDGE_NAMESPACE = 'newsdesk/v1';

require_once __DIR__ . '/includes/post-access.php';
require_once __DIR__ . '/includes/workflow.php';
require_once __DIR__ . '/includes/notes.php';
require_once __DIR__ . '/includes/audit.php';
require_once __DIR__ . '/includes/uniqueness.php';
require_once __DIR__ . '/includes/uploads.php';
require_once __DIR__ . '/includes/held-photos.php';

function newsdesk_bridge_load_translations() {
	load_plugin_textdomain( 'newsdesk-bridge', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
// Before the post statuses are registered (init, priority 10) so their labels are translated.
add_action( 'init', 'newsdesk_bridge_load_translations', 1 );

/**
 * The post meta the app reads and writes, with the sanitiser for each key.
 *
 * @return array<string, callable>
 */
function newsdesk_bridge_meta_fields() {
	return array(
		'newsdesk_client_uuid'   => 'newsdesk_bridge_sanitize_uuid',
		'newsdesk_markdown'      => 'newsdesk_bridge_sanitize_markdown',
		'newsdesk_sapo'          => 'newsdesk_bridge_sanitize_plain_text',
		'newsdesk_bylines'       => 'newsdesk_bridge_sanitize_bylines',
		'newsdesk_source'        => 'newsdesk_bridge_sanitize_plain_text',
		'newsdesk_image_caption' => 'newsdesk_bridge_sanitize_plain_text',
		'newsdesk_image_credit'  => 'newsdesk_bridge_sanitize_plain_text',
		'newsdesk_version'       => 'newsdesk_bridge_sanitize_plain_text',
	);
}

function newsdesk_bridge_sanitize_uuid( $value ) {
	$value = strtolower( trim( (string) $value ) );
	return ( '' === $value || wp_is_uuid( $value ) ) ? $value : '';
}

/**
 * Markdown is the article's source: kept byte for byte (valid UTF-8 only).
 * WordPress never renders it; the app sanitises the HTML it makes from it.
 */
function newsdesk_bridge_sanitize_markdown( $value ) {
	return wp_check_invalid_utf8( (string) $value );
}

function newsdesk_bridge_sanitize_plain_text( $value ) {
	return wp_strip_all_tags( wp_check_invalid_utf8( (string) $value ) );
}

/**
 * Whether a value is a JSON list of {"name": string, "role": string}; "" means no bylines.
 */
function newsdesk_bridge_bylines_are_valid( $value ) {
	if ( ! is_string( $value ) ) {
		return false;
	}
	if ( '' === $value ) {
		return true;
	}
	$decoded = json_decode( $value, true );
	if ( ! is_array( $decoded ) || ! wp_is_numeric_array( $decoded ) ) {
		return false;
	}
	foreach ( $decoded as $byline ) {
		if ( ! is_array( $byline ) || ! isset( $byline['name'] ) || ! is_string( $byline['name'] ) ) {
			return false;
		}
		if ( isset( $byline['role'] ) && ! is_string( $byline['role'] ) ) {
			return false;
		}
	}
	return true;
}

/** Valid bylines are kept exactly as sent, so the app reads back what it wrote. */
function newsdesk_bridge_sanitize_bylines( $value ) {
	$value = wp_check_invalid_utf8( (string) $value );
	return newsdesk_bridge_bylines_are_valid( $value ) ? $value : '';
}

function newsdesk_bridge_can_edit_meta( $allowed, $meta_key, $post_id, $user_id ) {
	return user_can( $user_id, 'edit_post', $post_id );
}

/**
 * The meta is the desk's working copy (the Markdown as sent, even text an editor has since
 * taken out of the post, the client UUID, the app's version): shown only with context=edit,
 * which WordPress gives only to users who may edit the post. Visitors and other users reading
 * a published post never see it.
 */
function newsdesk_bridge_register_meta() {
	foreach ( newsdesk_bridge_meta_fields() as $key => $sanitize ) {
		$schema = array( 'context' => array( 'edit' ) );
		if ( 'newsdesk_client_uuid' === $key ) {
			// "" is allowed so a client can send back the default it read.
			$schema['pattern'] = '^(' . NEWSDESK_BRIDGE_UUID . ')?$';
		}
		$rest = array( 'schema' => $schema );
		register_post_meta(
			'post',
			$key,
			array(
				'type'              => 'string',
				'single'            => true,
				'show_in_rest'      => $rest,
				'sanitize_callback' => $sanitize,
				'auth_callback'     => 'newsdesk_bridge_can_edit_meta',
			)
		);
	}
}
add_action( 'init', 'newsdesk_bridge_register_meta' );

/**
 * Refuses a post write whose bylines are not a JSON list of {"name","role"},
 * so the app hears about it instead of the value being dropped.
 */
function newsdesk_bridge_check_bylines( $prepared_post, $request ) {
	$meta = $request->get_param( 'meta' );
	if ( is_array( $meta ) && isset( $meta['newsdesk_bylines'] ) ) {
		if ( ! newsdesk_bridge_bylines_are_valid( $meta['newsdesk_bylines'] ) ) {
			return new WP_Error(
				'newsdesk_invalid_bylines',
				__( 'newsdesk_bylines must be a JSON list of objects with "name" and "role".', 'newsdesk-bridge' ),
				array( 'status' => 400 )
			);
		}
	}
	return $prepared_post;
}
add_filter( 'rest_pre_insert_post', 'newsdesk_bridge_check_bylines', 10, 2 );

function newsdesk_bridge_collection_params( $params ) {
	$params['newsdesk_client_uuid'] = array(
		'description' => __( 'Limit results to posts created with this Newsdesk client UUID.', 'newsdesk-bridge' ),
		'type'        => 'string',
		'pattern'     => '^' . NEWSDESK_BRIDGE_UUID . '$',
	);
	return $params;
}
add_filter( 'rest_post_collection_params', 'newsdesk_bridge_collection_params' );

/**
 * Narrows GET /wp/v2/posts to the client UUID. Visibility stays WordPress's own:
 * the controller drops every post the user may not read (a contributor asking
 * with status=any sees only their own unpublished posts).
 */
function newsdesk_bridge_filter_query( $args, $request ) {
	$uuid = $request->get_param( 'newsdesk_client_uuid' );
	if ( ! is_string( $uuid ) || '' === $uuid ) {
		return $args;
	}
	$clause = array(
		'key'   => 'newsdesk_client_uuid',
		'value' => strtolower( $uuid ),
	);
	$args['meta_query'] = empty( $args['meta_query'] )
		? array( $clause )
		: array( 'relation' => 'AND', $clause, $args['meta_query'] );
	return $args;
}
add_filter( 'rest_post_query', 'newsdesk_bridge_filter_query', 10, 2 );

function newsdesk_bridge_info() {
	$features = array(
		'client_uuid_lookup',
		'markdown_meta',
		'sapo_on_page',
		'stale_write_check',
		'workflow_statuses',
		'notes',
		'audit',
		'held_photos',
	);
	if ( newsdesk_bridge_reporter_uploads() ) {
		$features[] = 'reporter_uploads';
	}
	return rest_ensure_response(
		array(
			'plugin_version' => NEWSDESK_BRIDGE_VERSION,
			'features'       => $features,
		)
	);
}

function newsdesk_bridge_register_routes() {
	register_rest_route(
		NEWSDESK_BRIDGE_NAMESPACE,
		'/info',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'newsdesk_bridge_info',
			'permission_callback' => '__return_true',
		)
	);
}
add_action( 'rest_api_init', 'newsdesk_bridge_register_routes' );

/**
 * Shows the sapo (the post's excerpt) in bold above the body on a Newsdesk article's own
 * page, as Vietnamese news portals lay out an article. Themes that already print the excerpt
 * on single posts can turn this off with the `newsdesk_bridge_show_sapo` filter.
 */
function newsdesk_bridge_prepend_sapo( $content ) {
	if ( ! is_singular( 'post' ) || ! in_the_loop() || ! is_main_query() ) {
		return $content;
	}
	$post = get_post();
	if ( ! $post || '' === get_post_meta( $post->ID, 'newsdesk_client_uuid', true ) ) {
		return $content;
	}
	if ( ! apply_filters( 'newsdesk_bridge_show_sapo', true, $post ) || '' === $post->post_excerpt ) {
		return $content;
	}
	$sapo = '<p class="newsdesk-sapo"><strong>' . esc_html( $post->post_excerpt ) . '</strong></p>';
	return $sapo . $content;
}
add_filter( 'the_content', 'newsdesk_bridge_prepend_sapo', 5 );

/*
 * Stale-write refusal. Every save of a post bumps a revision counter (protected meta
 * `_newsdesk_rev`, shown read-only as `newsdesk_rev` in the REST API). A client that sends
 * `newsdesk_if_rev` with an update is refused with 409 when the post has been saved since
 * that revision, instead of silently overwriting someone else's edit. Saves from wp-admin
 * count too.
 */

function newsdesk_bridge_revision_of( $post_id ) {
	return (int) get_post_meta( $post_id, '_newsdesk_rev', true );
}

function newsdesk_bridge_bump_revision( $post_id, $post ) {
	if ( wp_is_post_revision( $post_id ) || wp_is_post_autosave( $post_id ) ) {
		return;
	}
	update_post_meta( $post_id, '_newsdesk_rev', newsdesk_bridge_revision_of( $post_id ) + 1 );
}
add_action( 'save_post_post', 'newsdesk_bridge_bump_revision', 10, 2 );

function newsdesk_bridge_register_revision_field() {
	register_rest_field(
		'post',
		'newsdesk_rev',
		array(
			'get_callback' => function ( $post ) {
				return newsdesk_bridge_may_see_counters( $post['id'] ) ? newsdesk_bridge_revision_of( $post['id'] ) : null;
			},
			'schema'       => array(
				'description' => __( 'Counts saves of the post; send it back as newsdesk_if_rev.', 'newsdesk-bridge' ),
				'type'        => array( 'integer', 'null' ),
				'context'     => array( 'view', 'edit' ),
				'readonly'    => true,
			),
		)
	);
}
add_action( 'rest_api_init', 'newsdesk_bridge_register_revision_field' );

function newsdesk_bridge_refuse_stale_write( $prepared_post, $request ) {
	$expected = $request->get_param( 'newsdesk_if_rev' );
	if ( is_wp_error( $prepared_post ) || null === $expected || empty( $prepared_post->ID ) ) {
		return $prepared_post;
	}
	$current = newsdesk_bridge_revision_of( $prepared_post->ID );
	if ( (int) $expected !== $current ) {
		return new WP_Error(
			'newsdesk_stale_write',
			__( 'This post was changed on the site after your copy was made.', 'newsdesk-bridge' ),
			array(
				'status'       => 409,
				'newsdesk_rev' => $current,
			)
		);
	}
	return $prepared_post;
}
add_filter( 'rest_pre_insert_post', 'newsdesk_bridge_refuse_stale_write', 20, 2 );
