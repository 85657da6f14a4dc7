package vn.chibo.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * N requests released at the same instant from N threads, as eight users pressing "save" together (or any N
 * pieces of work: two replicas' threads spending one budget).
 */
public final class Race {
    private Race() {}

    public static <T> List<T> run(int writers, IntFunction<T> request) {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch ready = new CountDownLatch(writers);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int writer = i;
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(writer);
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> answer : answers) out.add(answer.get(60, TimeUnit.SECONDS));
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("The race did not finish", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
