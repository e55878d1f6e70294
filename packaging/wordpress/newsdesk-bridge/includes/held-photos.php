<?php
/**
 * Photos held for the editor's approval. A contributor may not upload media, so the photo of
 * their article is kept aside, outside the media library and unpublished, until an editor
 * approves, schedules or publishes the article: then it goes into the media library as the
 * article's featured image, with its caption and alt text. Editors see and fetch the held
 * photo before that, to review it with the article.
 *
 * The photos of the article's body wait the same way, several per post. They are not placed
 * by the site: the editor's Newsdesk fetches them, and uploads them into the article when the
 * editor approves it there. They are forgotten once the article is published.
 *
 * @package NewsdeskBridge
 */

defined( 'ABSPATH' ) || exit;

const NEWSDESK_BRIDGE_HELD_META    = '_newsdesk_held_photo';
const NEWSDESK_BRIDGE_HELD_BODY    = '_newsdesk_held_body_photos';
const NEWSDESK_BRIDGE_PHOTO_SHA    = '_newsdesk_sha256';
const NEWSDESK_BRIDGE_HELD_TYPES   = array( 'image/jpeg', 'image/png', 'image/gif', 'image/webp' );
const NEWSDESK_BRIDGE_APPROVED_SET = array( 'nd-approved', 'future', 'publish' );

/** The folder of held photos, made on first use and closed to web visitors. */
function newsdesk_bridge_held_dir() {
	$dir = trailingslashit( wp_upload_dir( null, false )['basedir'] ) . 'newsdesk-held';
	if ( ! is_dir( $dir ) ) {
		wp_mkdir_p( $dir );
		file_put_contents( $dir . '/.htaccess', "Require all denied\nDeny from all\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		file_put_contents( $dir . '/index.php', "<?php\n// Silence.\n" ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	}
	return $dir;
}

/** @return array<string, string>|null The held photo of a post: file, filename, mime, sha256, alt, caption. */
function newsdesk_bridge_held_photo( $post_id ) {
	$held = json_decode( (string) get_post_meta( $post_id, NEWSDESK_BRIDGE_HELD_META, true ), true );
	if ( ! is_array( $held ) || empty( $held['file'] ) || ! is_file( newsdesk_bridge_held_dir() . '/' . $held['file'] ) ) {
		return null;
	}
	return $held;
}

function newsdesk_bridge_forget_held_photo( $post_id ) {
	$held = json_decode( (string) get_post_meta( $post_id, NEWSDESK_BRIDGE_HELD_META, true ), true );
	if ( is_array( $held ) && ! empty( $held['file'] ) ) {
		wp_delete_file( newsdesk_bridge_held_dir() . '/' . basename( $held['file'] ) );
	}
	delete_post_meta( $post_id, NEWSDESK_BRIDGE_HELD_META );
}

/** @return array<int, array<string, string>> The body photos waiting: file, filename, mime, sha256. */
function newsdesk_bridge_held_body_photos( $post_id ) {
	$list = json_decode( (string) get_post_meta( $post_id, NEWSDESK_BRIDGE_HELD_BODY, true ), true );
	$dir  = newsdesk_bridge_held_dir();
	$kept = array();
	foreach ( is_array( $list ) ? $list : array() as $held ) {
		if ( is_array( $held ) && ! empty( $held['file'] ) && is_file( $dir . '/' . basename( $held['file'] ) ) ) {
			$kept[] = $held;
		}
	}
	return $kept;
}

/** Forget the body photo with this hash (all of them when null); true when one went. */
function newsdesk_bridge_forget_held_body_photos( $post_id, $sha256 = null ) {
	$kept    = array();
	$dropped = false;
	foreach ( newsdesk_bridge_held_body_photos( $post_id ) as $held ) {
		if ( null === $sha256 || $held['sha256'] === $sha256 ) {
			wp_delete_file( newsdesk_bridge_held_dir() . '/' . basename( $held['file'] ) );
			$dropped = true;
		} else {
			$kept[] = $held;
		}
	}
	if ( $kept ) {
		update_post_meta( $post_id, NEWSDESK_BRIDGE_HELD_BODY, wp_slash( wp_json_encode( $kept ) ) );
	} else {
		delete_post_meta( $post_id, NEWSDESK_BRIDGE_HELD_BODY );
	}
	return $dropped;
}

/** The held photo (featured or of the body) with this hash, or null. */
function newsdesk_bridge_find_held_photo( $post_id, $sha256 ) {
	$held = newsdesk_bridge_held_photo( $post_id );
	if ( null !== $held && $held['sha256'] === $sha256 ) {
		return $held;
	}
	foreach ( newsdesk_bridge_held_body_photos( $post_id ) as $body_photo ) {
		if ( $body_photo['sha256'] === $sha256 ) {
			return $body_photo;
		}
	}
	return null;
}

/** Whether the post's featured image already is the photo with this content hash. */
function newsdesk_bridge_is_featured( $post_id, $sha256 ) {
	$thumbnail = (int) get_post_thumbnail_id( $post_id );
	return $thumbnail && get_post_meta( $thumbnail, NEWSDESK_BRIDGE_PHOTO_SHA, true ) === $sha256;
}

/**
 * permission_callback of the held-photo route: whoever may edit the post.
 *
 * @return true|WP_Error
 */
function newsdesk_bridge_check_photo_access( WP_REST_Request $request ) {
	$post = newsdesk_bridge_route_post( $request );
	if ( is_wp_error( $post ) ) {
		return $post;
	}
	if ( ! current_user_can( 'edit_post', $post->ID ) ) {
		return new WP_Error(
			'newsdesk_forbidden',
			__( 'Only someone who may edit this article may hold or fetch its photo.', 'newsdesk-bridge' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}
	return true;
}

function newsdesk_bridge_photo_error( $code, $message ) {
	return new WP_Error( $code, $message, array( 'status' => 400 ) );
}

/**
 * POST: keep the request's body (an image) as the post's held photo, replacing an earlier
 * one; with in_body, as one more photo of the article's body (kept once per content).
 */
function newsdesk_bridge_hold_photo( WP_REST_Request $request ) {
	$post   = newsdesk_bridge_route_post( $request );
	$sha256 = strtolower( (string) $request->get_param( 'sha256' ) );
	$data   = $request->get_body();
	if ( '' === $data ) {
		return newsdesk_bridge_photo_error( 'newsdesk_photo_empty', __( 'The photo was empty.', 'newsdesk-bridge' ) );
	}
	if ( strlen( $data ) > wp_max_upload_size() ) {
		return newsdesk_bridge_photo_error( 'newsdesk_photo_too_big', __( 'The photo is larger than this site accepts.', 'newsdesk-bridge' ) );
	}
	if ( hash( 'sha256', $data ) !== $sha256 ) {
		return newsdesk_bridge_photo_error( 'newsdesk_photo_damaged', __( 'The photo arrived damaged; send it again.', 'newsdesk-bridge' ) );
	}
	$in_body = rest_sanitize_boolean( $request->get_param( 'in_body' ) );
	if ( ! $in_body && newsdesk_bridge_is_featured( $post->ID, $sha256 ) ) {
		return rest_ensure_response( array( 'state' => 'featured' ) );
	}
	$body_photos = $in_body ? newsdesk_bridge_held_body_photos( $post->ID ) : array();
	if ( in_array( $sha256, array_column( $body_photos, 'sha256' ), true ) ) {
		return rest_ensure_response( array( 'state' => 'held' ) );
	}
	$info = getimagesizefromstring( $data );
	$mime = is_array( $info ) ? $info['mime'] : '';
	if ( ! in_array( $mime, NEWSDESK_BRIDGE_HELD_TYPES, true ) ) {
		return newsdesk_bridge_photo_error( 'newsdesk_photo_not_image', __( 'The file is not a JPEG, PNG, GIF or WebP photo.', 'newsdesk-bridge' ) );
	}
	$file = wp_generate_password( 32, false ) . '.' . wp_get_default_extension_for_mime_type( $mime );
	if ( false === file_put_contents( newsdesk_bridge_held_dir() . '/' . $file, $data ) ) { // phpcs:ignore WordPress.WP.AlternativeFunctions
		return new WP_Error( 'newsdesk_photo_not_saved', __( 'The site could not save the photo.', 'newsdesk-bridge' ), array( 'status' => 500 ) );
	}
	if ( $in_body ) {
		$body_photos[] = array(
			'file'     => $file,
			'filename' => sanitize_file_name( (string) $request->get_param( 'filename' ) ),
			'mime'     => $mime,
			'sha256'   => $sha256,
		);
		update_post_meta( $post->ID, NEWSDESK_BRIDGE_HELD_BODY, wp_slash( wp_json_encode( $body_photos ) ) );
		$response = rest_ensure_response( array( 'state' => 'held' ) );
		$response->set_status( 201 );
		return $response;
	}
	newsdesk_bridge_forget_held_photo( $post->ID );
	$held = array(
		'file'     => $file,
		'filename' => sanitize_file_name( (string) $request->get_param( 'filename' ) ),
		'mime'     => $mime,
		'sha256'   => $sha256,
		'alt'      => sanitize_text_field( (string) $request->get_param( 'alt' ) ),
		'caption'  => sanitize_text_field( (string) $request->get_param( 'caption' ) ),
	);
	update_post_meta( $post->ID, NEWSDESK_BRIDGE_HELD_META, wp_slash( wp_json_encode( $held ) ) );
	$response = rest_ensure_response( array( 'state' => 'held' ) );
	$response->set_status( 201 );
	return $response;
}

/**
 * GET: the held photo itself (base64) with its description, for the editor's review: the
 * featured one, or with sha256 the one (featured or of the body) with that hash.
 */
function newsdesk_bridge_get_held_photo( WP_REST_Request $request ) {
	$post   = newsdesk_bridge_route_post( $request );
	$sha256 = strtolower( (string) $request->get_param( 'sha256' ) );
	$held   = '' === $sha256 ? newsdesk_bridge_held_photo( $post->ID ) : newsdesk_bridge_find_held_photo( $post->ID, $sha256 );
	if ( null === $held ) {
		return new WP_Error( 'newsdesk_no_held_photo', __( 'This article has no photo waiting.', 'newsdesk-bridge' ), array( 'status' => 404 ) );
	}
	$data = file_get_contents( newsdesk_bridge_held_dir() . '/' . $held['file'] ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	unset( $held['file'] );
	$held['data'] = base64_encode( $data ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions
	return rest_ensure_response( $held );
}

/**
 * DELETE: the photo the author or editor took off the article no longer waits. Only the photo
 * with the given hash goes, so a newer one sent meanwhile by someone else stays.
 */
function newsdesk_bridge_drop_held_photo( WP_REST_Request $request ) {
	$post   = newsdesk_bridge_route_post( $request );
	$sha256 = strtolower( (string) $request->get_param( 'sha256' ) );
	$held   = newsdesk_bridge_held_photo( $post->ID );
	if ( null !== $held && $held['sha256'] === $sha256 ) {
		newsdesk_bridge_forget_held_photo( $post->ID );
		return rest_ensure_response( array( 'state' => 'dropped' ) );
	}
	if ( newsdesk_bridge_forget_held_body_photos( $post->ID, $sha256 ) ) {
		return rest_ensure_response( array( 'state' => 'dropped' ) );
	}
	$waiting = null !== $held || newsdesk_bridge_held_body_photos( $post->ID );
	return rest_ensure_response( array( 'state' => $waiting ? 'kept' : 'none' ) );
}

function newsdesk_bridge_register_photo_routes() {
	register_rest_route(
		NEWSDESK_BRIDGE_NAMESPACE,
		NEWSDESK_BRIDGE_POST_ROUTE . '/held-photo',
		array(
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => 'newsdesk_bridge_get_held_photo',
				'permission_callback' => 'newsdesk_bridge_check_photo_access',
				'args'                => array(
					'sha256' => array(
						'type'    => 'string',
						'pattern' => '^([0-9a-fA-F]{64})?$',
					),
				),
			),
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => 'newsdesk_bridge_hold_photo',
				'permission_callback' => 'newsdesk_bridge_check_photo_access',
				'args'                => array(
					'sha256'   => array(
						'type'     => 'string',
						'pattern'  => '^[0-9a-fA-F]{64}$',
						'required' => true,
					),
					'filename' => array( 'type' => 'string' ),
					'alt'      => array( 'type' => 'string' ),
					'caption'  => array( 'type' => 'string' ),
					'in_body'  => array( 'type' => 'boolean' ),
				),
			),
			array(
				'methods'             => WP_REST_Server::DELETABLE,
				'callback'            => 'newsdesk_bridge_drop_held_photo',
				'permission_callback' => 'newsdesk_bridge_check_photo_access',
				'args'                => array(
					'sha256' => array(
						'type'     => 'string',
						'pattern'  => '^[0-9a-fA-F]{64}$',
						'required' => true,
					),
				),
			),
		)
	);
	register_rest_field(
		'post',
		'newsdesk_held_photo',
		array(
			'get_callback' => function ( $post ) {
				if ( ! current_user_can( 'edit_post', $post['id'] ) ) {
					return null;
				}
				$held = newsdesk_bridge_held_photo( $post['id'] );
				return $held ? array_intersect_key( $held, array_flip( array( 'filename', 'sha256', 'alt', 'caption' ) ) ) : null;
			},
			'schema'       => array(
				'description' => __( 'The photo waiting for the editor\'s approval, if any.', 'newsdesk-bridge' ),
				'type'        => array( 'object', 'null' ),
				'context'     => array( 'view', 'edit' ),
				'readonly'    => true,
			),
		)
	);
}
add_action( 'rest_api_init', 'newsdesk_bridge_register_photo_routes' );

function newsdesk_bridge_register_body_photos_field() {
	register_rest_field(
		'post',
		'newsdesk_held_body_photos',
		array(
			'get_callback' => function ( $post ) {
				if ( ! current_user_can( 'edit_post', $post['id'] ) ) {
					return null;
				}
				$fields = array_flip( array( 'filename', 'sha256' ) );
				return array_map(
					function ( $held ) use ( $fields ) {
						return array_intersect_key( $held, $fields );
					},
					newsdesk_bridge_held_body_photos( $post['id'] )
				);
			},
			'schema'       => array(
				'description' => __( 'The photos of the article\'s body waiting for the editor\'s approval.', 'newsdesk-bridge' ),
				'type'        => array( 'array', 'null' ),
				'context'     => array( 'view', 'edit' ),
				'readonly'    => true,
			),
		)
	);
}
add_action( 'rest_api_init', 'newsdesk_bridge_register_body_photos_field' );

/**
 * When an editor approves, schedules or publishes the article (in the app or in wp-admin),
 * its held photo becomes the featured image, unless the request already set one.
 */
function newsdesk_bridge_release_held_photo( $post_id, $post ) {
	if ( 'post' !== $post->post_type || ! in_array( $post->post_status, NEWSDESK_BRIDGE_APPROVED_SET, true ) ) {
		return;
	}
	$held = newsdesk_bridge_held_photo( $post_id );
	if ( null === $held || ! current_user_can( 'upload_files' ) ) {
		return;
	}
	if ( ! has_post_thumbnail( $post_id ) ) {
		require_once ABSPATH . 'wp-admin/includes/file.php';
		require_once ABSPATH . 'wp-admin/includes/media.php';
		require_once ABSPATH . 'wp-admin/includes/image.php';
		$tmp = wp_tempnam( $held['filename'] );
		copy( newsdesk_bridge_held_dir() . '/' . $held['file'], $tmp );
		$name  = $held['filename'] ? $held['filename'] : $held['file'];
		$media = media_handle_sideload( array( 'name' => $name, 'tmp_name' => $tmp ), $post_id, $held['caption'] );
		if ( is_wp_error( $media ) ) {
			wp_delete_file( $tmp );
			return; // Kept: the next approval, or an editor uploading it, tries again.
		}
		wp_update_post( array( 'ID' => $media, 'post_excerpt' => $held['caption'] ) );
		update_post_meta( $media, '_wp_attachment_image_alt', wp_slash( $held['alt'] ) );
		update_post_meta( $media, NEWSDESK_BRIDGE_PHOTO_SHA, $held['sha256'] );
		set_post_thumbnail( $post_id, $media );
	}
	newsdesk_bridge_forget_held_photo( $post_id );
}
add_action( 'wp_after_insert_post', 'newsdesk_bridge_release_held_photo', 10, 2 );

/** A published article's body photos are in it, or were left out: none waits any more. */
function newsdesk_bridge_forget_published_body_photos( $post_id, $post ) {
	if ( 'post' === $post->post_type && 'publish' === $post->post_status ) {
		newsdesk_bridge_forget_held_body_photos( $post_id );
	}
}
add_action( 'wp_after_insert_post', 'newsdesk_bridge_forget_published_body_photos', 10, 2 );
