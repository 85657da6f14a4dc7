package vn.chibo.export;

import java.util.function.Function;

/** One column of an export: its Vietnamese header, how its cells are typed, and how a row gives its value. */
public record ExportColumn<T>(String header, CellKind kind, Function<? super T, ?> value) {
    public static <T> ExportColumn<T> text(String header, Function<? super T, ?> value) {
        return new ExportColumn<>(header, CellKind.TEXT, value);
    }

    public static <T> ExportColumn<T> integer(String header, Function<? super T, ? extends Number> value) {
        return new ExportColumn<>(header, CellKind.INTEGER, value);
    }

    public static <T> ExportColumn<T> decimal(String header, Function<? super T, ? extends Number> value) {
        return new ExportColumn<>(header, CellKind.DECIMAL, value);
    }

    public static <T> ExportColumn<T> percent(String header, Function<? super T, ? extends Number> value) {
        return new ExportColumn<>(header, CellKind.PERCENT, value);
    }

    public static <T> ExportColumn<T> date(String header, Function<? super T, java.time.LocalDate> value) {
        return new ExportColumn<>(header, CellKind.DATE, value);
    }
}
