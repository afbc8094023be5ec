package io.github.springconfluence.test;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every request the fake received, in arrival order (uploads, whose bodies are streamed,
 * once their body is read), the distinct client connections they came on, and the
 * requests that failed validation.
 */
final class RequestJournal {

	private final List<RecordedRequest> requests = new ArrayList<>();

	private final Set<InetSocketAddress> connections = ConcurrentHashMap.newKeySet();

	private final List<RejectedRequest> rejections = new ArrayList<>();

	synchronized void record(RecordedRequest request) {
		requests.add(request);
		connections.add(request.remoteAddress());
	}

	synchronized void rejected(RejectedRequest rejection) {
		rejections.add(rejection);
	}

	synchronized List<RejectedRequest> rejections() {
		return List.copyOf(rejections);
	}

	synchronized List<RecordedRequest> all() {
		return List.copyOf(requests);
	}

	synchronized List<RecordedRequest> matching(String method, String path) {
		return requests.stream()
			.filter(request -> request.method().equalsIgnoreCase(method) && request.path().equals(path))
			.toList();
	}

	synchronized RecordedRequest last() {
		if (requests.isEmpty()) {
			throw new IllegalStateException("FakeConfluence has not received any request");
		}
		return requests.get(requests.size() - 1);
	}

	synchronized void clear() {
		requests.clear();
		rejections.clear();
		connections.clear();
	}

	int connectionCount() {
		return connections.size();
	}

}
