package vn.chibo.importing;

import java.util.List;

/** A problem with one cell of an uploaded row, kept as a message key so it reads in any language. */
public record RowProblem(String field, String key, List<String> args) {
    public static RowProblem of(String field, String key, Object... args) {
        return new RowProblem(field, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
