<?php
/**
 * Reporters' photos. WordPress contributors may not upload media, so an article's photos
 * would wait for an editor. A site that trusts its reporters turns on the option
 * `newsdesk_bridge_reporter_uploads` (Settings → Media, "Newsdesk reporters may upload
 * photos"); contributors may then upload, and the app sends their photos with the article.
 *
 * @package NewsdeskBridge
 */

defined( 'ABSPATH' ) || exit;

const NEWSDESK_BRIDGE_UPLOADS_OPTION = 'newsdesk_bridge_reporter_uploads';

function newsdesk_bridge_reporter_uploads() {
	return (bool) get_option( NEWSDESK_BRIDGE_UPLOADS_OPTION, false );
}

function newsdesk_bridge_grant_uploads( $allcaps, $caps, $args, $user ) {
	if ( newsdesk_bridge_reporter_uploads() && in_array( 'contributor', (array) $user->roles, true ) ) {
		$allcaps['upload_files'] = true;
	}
	return $allcaps;
}
add_filter( 'user_has_cap', 'newsdesk_bridge_grant_uploads', 10, 4 );

function newsdesk_bridge_register_upload_setting() {
	register_setting(
		'media',
		NEWSDESK_BRIDGE_UPLOADS_OPTION,
		array(
			'type'              => 'boolean',
			'default'           => false,
			'sanitize_callback' => 'rest_sanitize_boolean',
		)
	);
	add_settings_field(
		NEWSDESK_BRIDGE_UPLOADS_OPTION,
		__( 'Newsdesk reporters may upload photos', 'newsdesk-bridge' ),
		function () {
			printf(
				'<input type="checkbox" name="%1$s" value="1" %2$s />',
				esc_attr( NEWSDESK_BRIDGE_UPLOADS_OPTION ),
				checked( newsdesk_bridge_reporter_uploads(), true, false )
			);
		},
		'media'
	);
}
add_action( 'admin_init', 'newsdesk_bridge_register_upload_setting' );
