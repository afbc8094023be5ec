package io.github.springconfluence.test;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every request the fake received, in arrival order, and the distinct client connections they came on.
 */
final class RequestJournal {

	private final List<RecordedRequest> requests = new ArrayList<>();

	private final Set<InetSocketAddress> connections = ConcurrentHashMap.newKeySet();

	synchronized void record(RecordedRequest request) {
		requests.add(request);
		connections.add(request.remoteAddress());
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
		connections.clear();
	}

	int connectionCount() {
		return connections.size();
	}
}
