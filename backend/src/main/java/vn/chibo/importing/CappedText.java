package vn.chibo.importing;

/** Text that keeps at most a given number of characters but knows how many it was offered. */
final class CappedText {
    private final StringBuilder kept = new StringBuilder();
    private final int cap;
    private long length;

    CappedText(int cap) {
        this.cap = cap;
    }

    void append(char[] chars, int start, int count) {
        length += count;
        int room = cap - kept.length();
        if (room > 0) kept.append(chars, start, Math.min(room, count));
    }

    /** Characters offered so far, kept or not. */
    long length() {
        return length;
    }

    @Override
    public String toString() {
        return kept.toString();
    }
}
