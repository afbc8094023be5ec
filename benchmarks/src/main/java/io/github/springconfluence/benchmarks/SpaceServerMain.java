package io.github.springconfluence.benchmarks;

import java.io.IOException;

import io.github.springconfluence.test.FakeConfluence;

/**
 * Runs a FakeConfluence with many spaces in a process of its own, so that the client
 * under test can run in a small heap. Prints the base URL on one line, then serves until
 * its standard input closes.
 */
public final class SpaceServerMain {

	private SpaceServerMain() {
	}

	public static void main(String[] args) throws IOException {
		try (FakeConfluence fake = FakeConfluence.builder()
			.validateRequests(false)
			.spaces(Integer.parseInt(args[0]))
			.start()) {
			System.out.println(fake.baseUrl());
			System.out.flush();
			while (System.in.read() != -1) {
				// serve until the parent closes our input
			}
		}
	}

}
