package vn.chibo.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Every application setting under the {@code chibo.} prefix. */
@ConfigMapping(prefix = "chibo")
public interface ChiboConfig {
    /** Where dates are presented and "today" is computed. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /** Load the demo organisation tree, members and appointments on first start. */
    @WithName("demo-data")
    @WithDefault("false")
    boolean demoData();

    /**
     * With the demo data, also a year of meetings, evaluations, plans and visits up to today. Off in
     * tests, whose fixtures expect the bare tree; the demo tests load the history themselves.
     */
    @WithName("demo-history")
    @WithDefault("true")
    boolean demoHistory();

    /**
     * The build's AOT training run only ({@link AotTrainingRun}): stop as soon as the application has
     * started. Off everywhere else.
     */
    @WithName("aot-training")
    @WithDefault("false")
    boolean aotTraining();

    /** The seed of the demo history: the same seed and day give the same demo. */
    @WithName("demo-seed")
    @WithDefault("2025")
    long demoSeed();

    /**
     * Benchmarks only: with the demo history, this many more cells (about 20 members each, 30 a
     * commune) are added to the demo province, each with its year of history, so the committee reads
     * can be measured at province size. 0 (the default) adds none.
     */
    @WithName("demo-province-cells")
    @WithDefault("0")
    int demoProvinceCells();

    /** The folder of the embedded database and the uploaded files (relative to the working directory). */
    @WithName("data-dir")
    @WithDefault("data")
    String dataDir();

    /** When set, the application's clock starts at this instant instead of the real time (tests). */
    @WithName("clock-start")
    Optional<Instant> clockStart();

    RateLimit rateLimit();

    Json json();

    @WithName("import")
    Import importing();

    Sync sync();

    Storage storage();

    Alerts alerts();

    MeetingFacts meetingFacts();

    MeetingViews meetingViews();

    Notices notices();

    Webhooks webhooks();

    Events events();

    Idempotency idempotency();

    /** Safe retries of POSTs with an Idempotency-Key (vn.chibo.idempotency). */
    interface Idempotency {
        /** How long a key and its response are kept: a retry after that is carried out as a new request. */
        @WithDefault("PT24H")
        java.time.Duration retention();

        /** How often the keys older than the retention are removed ("off": never, tests). */
        @WithDefault("1h")
        String purgeEvery();

        /**
         * The purge's lease across replicas ({@code vn.chibo.scheduling.ClusterJobs}): one DELETE of a day's keys
         * takes seconds; a replica that dies in it holds the purge back this long at most.
         */
        @WithDefault("PT10M")
        java.time.Duration purgeLease();
    }

    /** The change feed of domain events. */
    interface Events {
        /**
         * How old an event must be before the feed lists it: a transaction that took its number earlier may still be
         * committing, and a client's cursor must not move past it. Longer than any write transaction takes.
         */
        @WithDefault("PT5S")
        java.time.Duration feedSettle();
    }

    /** Delivery of signed webhooks to other systems (the retry policy and the allowed targets are settings). */
    interface Webhooks {
        /** How often due deliveries are sent ("off": never in the background, tests call the job). */
        @WithDefault("5s")
        String deliverEvery();

        /** Deliveries one run of the job looks at, at most. */
        @WithDefault("200")
        int batchSize();

        /** Attempts before a delivery stays FAILED (with the waits below, about a day). */
        @WithDefault("14")
        int maxAttempts();

        @WithDefault("PT30S")
        java.time.Duration firstRetryDelay();

        @WithDefault("PT6H")
        java.time.Duration maxRetryDelay();

        /** How long a receiver may take to answer one delivery. */
        @WithDefault("PT10S")
        java.time.Duration timeout();

        /** After a secret is rotated, how long the previous one still signs deliveries beside the new one. */
        @WithDefault("PT24H")
        java.time.Duration secretOverlap();

        /** Plain http receivers (development only; production receivers use https). */
        @WithDefault("false")
        boolean allowInsecureHttp();

        /** Receivers on loopback or private addresses (development only). */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /**
         * The delivery job's lease across replicas ({@code vn.chibo.scheduling.ClusterJobs}): a run starts no
         * attempt after half of it, so its last attempt (one {@link #timeout()} to connect, one to answer) ends
         * long before the lease does and no other replica sends the same delivery. A replica that dies mid-run
         * holds the deliveries back this long at most.
         */
        @WithDefault("PT10M")
        java.time.Duration lease();
    }

    interface Notices {
        /** The address of the single-page app: links in notices are this plus the screen's path. */
        @WithDefault("http://localhost:3000")
        String appUrl();

        Mail mail();

        /** Delivery of notices by e-mail (the retry policy: attempts and backoff are settings, not code). */
        interface Mail {
            /** How often queued and due e-mails are sent ("off": never in the background, tests call the job). */
            @WithDefault("30s")
            String sendEvery();

            /** E-mails one run of the job sends at most (the rest wait for the next run). */
            @WithDefault("50")
            int batchSize();

            /** Attempts to deliver one e-mail before it stays FAILED for good. */
            @WithDefault("8")
            int maxAttempts();

            /** The wait after the first failure; each later failure doubles it, up to {@link #maxRetryDelay()}. */
            @WithDefault("PT1M")
            java.time.Duration firstRetryDelay();

            @WithDefault("PT2H")
            java.time.Duration maxRetryDelay();

            /**
             * The sender's lease across replicas ({@code vn.chibo.scheduling.ClusterJobs}): a run starts no e-mail
             * after half of it, so its last SMTP exchange (seconds) ends long before the lease does and no other
             * replica sends the same e-mail. A replica that dies mid-run holds the e-mails back this long at most.
             */
            @WithDefault("PT10M")
            java.time.Duration lease();
        }
    }

    interface MeetingViews {
        /**
         * Meeting screens kept assembled in memory (a few tens of kB each), reused while nothing they show
         * has changed; 0 turns the reuse off.
         */
        @WithDefault("500")
        int cacheSize();
    }

    interface MeetingFacts {
        /**
         * How often stale stored meeting facts are recomputed in the background ("off": only the reads that
         * need them refresh them).
         */
        @WithDefault("10m")
        String refreshEvery();

        /**
         * The refresh's lease across replicas ({@code vn.chibo.scheduling.ClusterJobs}): a refresh of every stale
         * fact takes seconds; the lease leaves a wide margin for a recompute over a whole province (a policy issued
         * over it).
         */
        @WithDefault("PT30M")
        java.time.Duration lease();
    }

    interface Alerts {
        /** When the daily alert computation runs (Quartz cron, in {@link #zone()}). */
        @WithDefault("0 30 0 * * ?")
        String cron();

        /**
         * How often a missing run of the day is looked for and made up (after a start when the server was off
         * at the cron's hour; "off": never).
         */
        @WithDefault("1h")
        String catchUpEvery();

        /**
         * The daily run's lease across replicas, shared with the catch-up ({@code vn.chibo.scheduling.ClusterJobs}):
         * the whole tree's computation took 0.2-2.3 s on the province benchmark (budget 30 s); a replica that dies
         * in it holds the day's run back this long at most, and the catch-up makes it up after.
         */
        @WithDefault("PT30M")
        java.time.Duration lease();
    }

    /** The document store (vn.chibo.storage): uploaded meeting documents and printed records, under their SHA-256. */
    interface Storage {
        /** Which store: "shared-directory" (the default; "s3" is planned, see application.properties). */
        @WithDefault("shared-directory")
        String kind();

        /** The directory of the shared-directory store; the same directory for every replica. */
        @WithDefault("data/files")
        String dir();
    }

    /**
     * Limits on a JSON request body, checked while it is read, so that no body can make the server
     * allocate without bound. Each is above what any valid request needs (the longest text field
     * allows 100,000 characters; no request nests deeper than a few levels). The values live in
     * application.properties, not here: the JSON parser is set up before this mapping is readable.
     */
    interface Json {
        /** The largest JSON body in bytes: larger ones get 413 before or while they are read. */
        @WithName("max-body-bytes")
        int maxBodyBytes();

        /** The deepest nesting of objects and arrays: deeper ones get 400. */
        @WithName("max-nesting-depth")
        int maxNestingDepth();

        /** The longest single string value in characters: longer ones get 400. */
        @WithName("max-string-chars")
        int maxStringChars();
    }

    interface RateLimit {
        /** Requests one signed-in caller (the verified user or client) may make per minute before getting 429. */
        @WithDefault("1200")
        int perMinute();

        /** Requests without a valid token (none, or one that fails) one network address may make per minute. */
        @WithDefault("300")
        int anonymousPerMinute();

        /** Callers tracked at once; beyond it the least used budgets are evicted one by one (a Caffeine cache). */
        @WithDefault("100000")
        int maxCallers();

        /**
         * Whether the budgets are shared by every replica through the database (table rate_window, fixed
         * minutes of the application's clock) on top of each replica's own bucket; off, each replica counts alone.
         */
        @WithDefault("true")
        boolean shared();

        /**
         * Tokens a replica reserves from a caller's shared minute at a time: one statement per chunk instead of
         * one per request. Another replica may be refused while this one still holds up to chunk - 1 of them.
         */
        @WithDefault("20")
        int sharedChunk();

        /** How often the shared windows older than two minutes are deleted ("off": never, tests). */
        @WithDefault("1m")
        String purgeEvery();
    }

    /**
     * Limits on one spreadsheet upload. The upload size alone says little (a 5 MB XLSX can unpack to
     * gigabytes), so reading stops, and the upload is refused, as soon as any of these is passed.
     */
    interface Import {
        /** Bytes of the uploaded file as sent (compressed, for XLSX). */
        @WithDefault("5242880")
        long maxBytes();

        /** Bytes all the XLSX parts that are read may inflate to, together. */
        @WithDefault("20971520")
        long maxUnpackedBytes();

        /** Entries in the XLSX zip (a normal workbook has a dozen or two). */
        @WithDefault("1000")
        int maxZipEntries();

        /** How many times larger than its compressed size one XLSX part may inflate. */
        @WithDefault("100")
        int maxCompressionRatio();

        /** Data rows (non-blank rows after the header). */
        @WithDefault("20000")
        int maxRows();

        /** Columns a row may have data in. */
        @WithDefault("100")
        int maxColumns();

        /** Characters in one cell. */
        @WithDefault("2000")
        int maxCellChars();

        /** Entries in the XLSX shared-strings table. */
        @WithDefault("200000")
        int maxSharedStrings();

        /**
         * Characters of text held in memory: counted once for the shared-strings table and once for
         * the cell values kept from the sheet.
         */
        @WithDefault("5000000")
        long maxTextChars();
    }

    /** The bulk upsert from the national systems (issue 13): how much one call may carry. */
    interface Sync {
        /** Items in one call; a province's nightly sync (about 60,000 members) is sent in calls of this size. */
        @WithDefault("5000")
        int maxItems();

        /** How long the one transaction of an ALL_OR_NOTHING call may run. */
        @WithDefault("600")
        int transactionTimeoutSeconds();
    }
}
