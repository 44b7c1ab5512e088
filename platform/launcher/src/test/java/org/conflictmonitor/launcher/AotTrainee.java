package org.conflictmonitor.launcher;

import java.util.concurrent.ConcurrentHashMap;

/** The application AotCacheTest runs: loads a few classes beyond its own, then ends normally. */
public final class AotTrainee {

    private AotTrainee() {
    }

    public static void main(String[] args) {
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        for (String word : "the cache the JVM wrote".split(" ")) {
            counts.merge(word, 1, Integer::sum);
        }
        System.out.println(counts);
    }
}
