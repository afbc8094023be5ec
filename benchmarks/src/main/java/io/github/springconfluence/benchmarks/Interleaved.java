package io.github.springconfluence.benchmarks;

import java.util.Arrays;

/**
 * Compares two operations (a candidate, usually the starter, and a baseline) in one JVM
 * by alternating batches of them (A then B, then B then A, ...), so that machine noise,
 * JIT state and GC pressure hit both alike. Reports the median time of each and the
 * median of the per-round ratios.
 */
final class Interleaved {

	private Interleaved() {
	}

	/**
	 * The outcome.
	 *
	 * @param candidateMedian the starter's median time per operation, in microseconds
	 * @param baselineMedian the baseline's median time per operation, in microseconds
	 * @param roundRatioMedian the median over rounds of (candidate round median /
	 * baseline round median)
	 * @param operations how many operations of each were timed
	 */
	record Result(double candidateMedian, double baselineMedian, double roundRatioMedian, int operations) {
	}

	static Result compare(Runnable candidate, Runnable baseline, int warmupPerSide, int rounds, int perRound) {
		for (int i = 0; i < warmupPerSide; i++) {
			candidate.run();
			baseline.run();
		}
		long[] candidateAll = new long[rounds * perRound];
		long[] baselineAll = new long[rounds * perRound];
		double[] ratios = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			long[] candidateRound = new long[perRound];
			long[] baselineRound = new long[perRound];
			if (round % 2 == 0) {
				time(candidate, candidateRound);
				time(baseline, baselineRound);
			}
			else {
				time(baseline, baselineRound);
				time(candidate, candidateRound);
			}
			System.arraycopy(candidateRound, 0, candidateAll, round * perRound, perRound);
			System.arraycopy(baselineRound, 0, baselineAll, round * perRound, perRound);
			ratios[round] = median(candidateRound) / median(baselineRound);
		}
		return new Result(median(candidateAll) / 1000, median(baselineAll) / 1000, median(ratios), rounds * perRound);
	}

	private static void time(Runnable operation, long[] nanos) {
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			operation.run();
			nanos[i] = System.nanoTime() - start;
		}
	}

	static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
	}

}
