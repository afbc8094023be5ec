package io.github.springconfluence.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

/**
 * The heap a side of a comparison uses, from the collector's own figures: every
 * collection reports the heap used just before it (the heap only grows between
 * collections, so these are its peaks) and just after it (what was still live).
 * Collections are attributed to the operation that was running when they started, by
 * their start time; the heap used at the end of each operation counts as a peak too.
 */
final class HeapWatch {

	private record Collection(long startMillis, long usedBefore, long usedAfter) {
	}

	private record Operation(String side, long startMillis, long endMillis, long usedAtEnd, long allocated) {
	}

	/**
	 * A side's figures.
	 *
	 * @param peakUsed the largest heap used while its operations ran (before a
	 * collection, or at the end of an operation), in bytes; the heap is the JVM's, so
	 * without a collection this includes what earlier operations left
	 * @param peakLive the largest heap still used after a collection during its
	 * operations, in bytes (0 when none ran)
	 * @param collectionsPerOperation collections started during its operations, per
	 * operation
	 * @param allocatedPerOperation the median of the bytes allocated by all threads
	 * during one operation
	 */
	record Figures(long peakUsed, long peakLive, double collectionsPerOperation, double allocatedPerOperation) {
	}

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter((pool) -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	private final List<Collection> collections = new ArrayList<>();

	private final List<Operation> operations = new ArrayList<>();

	HeapWatch() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
				if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
						.getGcInfo();
					synchronized (this.collections) {
						this.collections.add(new Collection(info.getStartTime(), heap(info.getMemoryUsageBeforeGc()),
								heap(info.getMemoryUsageAfterGc())));
					}
				}
			}, null, null);
		}
	}

	/**
	 * Wraps an operation so that it is recorded as one of a side's.
	 * @param side the side's name
	 * @param operation the operation
	 * @return the recording operation
	 */
	Runnable watch(String side, Runnable operation) {
		return () -> {
			long allocatedBefore = THREADS.getTotalThreadAllocatedBytes();
			long start = ManagementFactory.getRuntimeMXBean().getUptime();
			operation.run();
			long end = ManagementFactory.getRuntimeMXBean().getUptime();
			long allocated = THREADS.getTotalThreadAllocatedBytes() - allocatedBefore;
			long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			synchronized (this.operations) {
				this.operations.add(new Operation(side, start, end, used, allocated));
			}
		};
	}

	/**
	 * The figures of a side so far. Collection notifications arrive a moment after the
	 * collection, so call this after a short pause.
	 * @param side the side's name
	 * @return its figures
	 */
	Figures figures(String side) {
		List<Operation> mine;
		synchronized (this.operations) {
			mine = this.operations.stream().filter((operation) -> operation.side().equals(side)).toList();
		}
		List<Collection> all;
		synchronized (this.collections) {
			all = List.copyOf(this.collections);
		}
		long peakUsed = 0;
		long peakLive = 0;
		long count = 0;
		for (Operation operation : mine) {
			peakUsed = Math.max(peakUsed, operation.usedAtEnd());
			for (Collection collection : all) {
				if (collection.startMillis() >= operation.startMillis()
						&& collection.startMillis() <= operation.endMillis()) {
					peakUsed = Math.max(peakUsed, collection.usedBefore());
					peakLive = Math.max(peakLive, collection.usedAfter());
					count++;
				}
			}
		}
		long[] allocated = mine.stream().mapToLong(Operation::allocated).toArray();
		return new Figures(peakUsed, peakLive, mine.isEmpty() ? 0 : (double) count / mine.size(),
				mine.isEmpty() ? 0 : Interleaved.median(allocated));
	}

	private long heap(Map<String, MemoryUsage> pools) {
		long used = 0;
		for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
			if (this.heapPools.contains(pool.getKey())) {
				used += pool.getValue().getUsed();
			}
		}
		return used;
	}

}
