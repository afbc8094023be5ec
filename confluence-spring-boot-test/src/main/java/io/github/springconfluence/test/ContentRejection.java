package io.github.springconfluence.test;

/**
 * A write the {@link SiteModel} refuses, with the status and message Confluence answers;
 * endpoints render it in the v1 or v2 error envelope.
 */
final class ContentRejection extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	ContentRejection(int status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	static ContentRejection notFound() {
		return new ContentRejection(404, "Not Found");
	}

	int status() {
		return status;
	}

	Response v2() {
		String code = switch (status) {
			case 404 -> "NOT_FOUND";
			case 409 -> "CONFLICT";
			default -> "INVALID_REQUEST_PARAMETER";
		};
		return ErrorResponses.v2(status, code, getMessage());
	}

	Response v1() {
		return ErrorResponses.v1(status, getMessage());
	}

}
