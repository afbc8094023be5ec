package io.github.springconfluence.sample;

import java.util.List;

import io.github.springconfluence.space.ConfluenceSpaceService;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /spaces} and {@code GET /spaces/{key}}, served from
 * {@link ConfluenceSpaceService}.
 */
@RestController
class SpacesController {

	private final ConfluenceSpaceService spaces;

	SpacesController(ConfluenceSpaceService spaces) {
		this.spaces = spaces;
	}

	@GetMapping("/spaces")
	List<SpaceView> spaces() {
		return this.spaces.spaces().map(SpaceView::of).toList();
	}

	@GetMapping("/spaces/{key}")
	ResponseEntity<SpaceView> space(@PathVariable String key) {
		return ResponseEntity.of(this.spaces.findByKey(key).map(SpaceView::of));
	}

}
