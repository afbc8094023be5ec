package io.github.springconfluence.test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The injected faults with their remaining counts, matched in injection order. Claiming
 * is atomic so that a {@code times(1)} fault answers exactly one of several concurrent
 * requests.
 */
final class FaultRegistry {

	private final List<ActiveFault> faults = new ArrayList<>();

	synchronized void add(Fault fault) {
		faults.add(new ActiveFault(fault));
	}

	/**
	 * Returns the first fault matching the request and uses up one of its answers, or
	 * null.
	 */
	synchronized @Nullable Fault claim(String method, String path) {
		Iterator<ActiveFault> iterator = faults.iterator();
		while (iterator.hasNext()) {
			ActiveFault active = iterator.next();
			if (active.fault.matches(method, path)) {
				if (active.remaining != Fault.ALWAYS && --active.remaining == 0) {
					iterator.remove();
				}
				return active.fault;
			}
		}
		return null;
	}

	synchronized void clear() {
		faults.clear();
	}

	/** A fault and how many more requests it answers; guarded by the registry's lock. */
	private static final class ActiveFault {

		private final Fault fault;

		private int remaining;

		ActiveFault(Fault fault) {
			this.fault = fault;
			this.remaining = fault.times();
		}

	}

}
