package vn.chibo.idempotency;

/**
 * A retry of a POST already carried out: answered with the first response as it was sent (thrown by
 * the interceptor, whose operation's declared type cannot carry raw JSON; mapped by
 * {@link IdempotentReplayMapper}).
 */
public class IdempotentReplay extends RuntimeException {
    private final int status;
    private final transient String body;

    public IdempotentReplay(int status, String body) {
        super("replay", null, false, false);
        this.status = status;
        this.body = body;
    }

    public int status() { return status; }
    public String body() { return body; }
}
