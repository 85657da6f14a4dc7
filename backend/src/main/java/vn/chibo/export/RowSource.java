package vn.chibo.export;

import java.util.function.Consumer;

/**
 * Hands the rows of an export to the writer one at a time, typically page by page from the
 * database, so the whole list never exists at once.
 */
@FunctionalInterface
public interface RowSource<T> {
    void forEach(Consumer<? super T> sink);
}
