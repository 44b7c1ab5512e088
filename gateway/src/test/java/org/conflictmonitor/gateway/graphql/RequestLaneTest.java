package org.conflictmonitor.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestLaneTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void answersArrivingOnManyThreadsAreHandedBackOneAtATime() throws InterruptedException {
        RequestLane lane = new RequestLane(pool);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(4 * 500);
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread sender = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    lane.execute(() -> {
                        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                        long until = System.nanoTime() + 20_000;
                        while (System.nanoTime() < until) {
                            Thread.onSpinWait();
                        }
                        running.decrementAndGet();
                        done.countDown();
                    });
                }
            });
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).as("every answer handed back").isTrue();
        assertThat(mostAtOnce.get()).as("answers handed back at the same time").isEqualTo(1);
    }

    @Test
    void answersFromOneThreadKeepTheirOrder() throws InterruptedException {
        RequestLane lane = new RequestLane(pool);
        List<Integer> order = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(100);
        for (int i = 0; i < 100; i++) {
            int n = i;
            lane.execute(() -> {
                order.add(n);
                done.countDown();
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).isEqualTo(java.util.stream.IntStream.range(0, 100).boxed().toList());
    }

    @Test
    void aFailingAnswerDoesNotStopTheOnesAfterIt() throws InterruptedException {
        RequestLane lane = new RequestLane(pool);
        CountDownLatch after = new CountDownLatch(1);
        lane.execute(() -> {
            throw new IllegalStateException("one field's values could not be completed");
        });
        lane.execute(after::countDown);
        assertThat(after.await(10, TimeUnit.SECONDS)).as("the answer after a failing one handed back").isTrue();
    }

    @Test
    void outsideARequestTheAnswersGoStraightToThePool() {
        assertThat(RequestLane.ofCurrentRequest(pool)).isSameAs(pool);
    }
}
