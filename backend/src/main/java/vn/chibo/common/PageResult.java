package vn.chibo.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total across all pages: the shape of every list response. */
public record PageResult<T>(List<T> items, int page, int size, long total) {
    /** One page of rows already filtered and sorted in memory; the total is the count of all of them. */
    public static <T> PageResult<T> slice(List<T> rows, int page, int size) {
        int from = (int) Math.min((long) page * size, rows.size());
        int to = Math.min(from + size, rows.size());
        return new PageResult<>(List.copyOf(rows.subList(from, to)), page, size, rows.size());
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
