package vn.chibo.meeting.rules;

import java.util.List;

/** A rule broken: the code of its warning message and the values the message names. */
public record Finding(String code, List<Object> args) {
    public static Finding of(String code, Object... args) {
        return new Finding(code, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
