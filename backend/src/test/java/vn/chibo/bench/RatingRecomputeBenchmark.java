package vn.chibo.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chibo.evaluation.Rating;
import vn.chibo.evaluation.RatingCalculator;
import vn.chibo.evaluation.TemplateRules;

/**
 * Benchmark (run by bench/ratings.sh, not a test): recomputes the totals and ratings of a year of
 * meetings for a 3,000-cell province, 36,000 evaluations, on the shipped HD 42 sheet read from its
 * migration: the timed part reads every score row back from a database table (embedded H2) and
 * recomputes, and prints the time against the 10 s budget. Scores are random but valid per leaf.
 */
public final class RatingRecomputeBenchmark {
    private static final Pattern ROW = Pattern.compile(
            "\\('([0-9a-f-]{36})', '([0-9a-f-]{36})', (NULL|'[0-9a-f-]{36}'), \\d+, '([^']+)', '(?:[^']|'')*', ([0-9.]+), .*?, (TRUE|FALSE)\\)");

    private RatingRecomputeBenchmark() {}

    public static void main(String[] args) throws IOException, SQLException {
        int cells = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int months = 12;
        TemplateRules rules = hd42();
        List<String> leaves = new ArrayList<>();
        Map<String, BigDecimal> max = new HashMap<>();
        rules.walk(n -> {
            if (n.isLeaf()) {
                leaves.add(n.code());
                max.put(n.code(), n.max());
            }
        });
        Random random = new Random(42);
        List<Map<String, BigDecimal>> evaluations = new ArrayList<>(cells * months);
        for (int i = 0; i < cells * months; i++) {
            Map<String, BigDecimal> scores = new HashMap<>();
            for (String code : leaves) {
                int top = max.get(code).intValue();
                scores.put(code, BigDecimal.valueOf(random.nextInt(100) < 80 ? top : random.nextInt(top + 1)));
            }
            evaluations.add(scores);
        }
        // The scores go into a database table shaped like evaluation_score (not timed) ...
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:ratings;DB_CLOSE_DELAY=-1")) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("CREATE TABLE evaluation_score (evaluation_id INT NOT NULL, code VARCHAR(20) NOT NULL,"
                        + " self_points NUMERIC(6,2) NOT NULL)");
                ddl.execute("CREATE INDEX ix_score_evaluation ON evaluation_score (evaluation_id)");
            }
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO evaluation_score VALUES (?, ?, ?)")) {
                for (int i = 0; i < evaluations.size(); i++) {
                    for (Map.Entry<String, BigDecimal> score : evaluations.get(i).entrySet()) {
                        insert.setInt(1, i);
                        insert.setString(2, score.getKey());
                        insert.setBigDecimal(3, score.getValue());
                        insert.addBatch();
                    }
                    if (i % 500 == 499) insert.executeBatch();
                }
                insert.executeBatch();
            }
            db.commit();
            for (int i = 0; i < 2000; i++) RatingCalculator.compute(rules, evaluations.get(i % evaluations.size()));
            // ... and the measured pass reads them back and recomputes every total and rating.
            Map<Rating, Integer> counts = new LinkedHashMap<>();
            long start = System.nanoTime();
            int recomputed = 0;
            try (Statement query = db.createStatement();
                 ResultSet rows = query.executeQuery("SELECT evaluation_id, code, self_points FROM evaluation_score"
                         + " ORDER BY evaluation_id")) {
                int current = -1;
                Map<String, BigDecimal> scores = new HashMap<>();
                while (rows.next()) {
                    int id = rows.getInt(1);
                    if (id != current && current >= 0) {
                        counts.merge(RatingCalculator.compute(rules, scores).rating(), 1, Integer::sum);
                        recomputed++;
                        scores = new HashMap<>();
                    }
                    current = id;
                    scores.put(rows.getString(2), rows.getBigDecimal(3));
                }
                if (current >= 0) {
                    counts.merge(RatingCalculator.compute(rules, scores).rating(), 1, Integer::sum);
                    recomputed++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Recomputed %d evaluations (%d cells x %d months, %d criteria each, %d score rows read"
                    + " from the database) in %.3f s%n", recomputed, cells, months, leaves.size(),
                    recomputed * leaves.size(), seconds);
            System.out.println("Ratings: " + counts);
            System.out.printf("Budget < 10 s: %s%n", seconds < 10 ? "PASS" : "FAIL");
            if (seconds >= 10) System.exit(1);
        }
    }

    /** The shipped HD 42 (version B) sheet, read from the migration that installs it. */
    private static TemplateRules hd42() throws IOException {
        String sql;
        try (var in = RatingRecomputeBenchmark.class.getClassLoader()
                .getResourceAsStream("db/migration/V5__scoring_templates.sql")) {
            if (in == null) throw new IllegalStateException("V5 migration not on the classpath");
            sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String templateId = null;
        Matcher t = Pattern.compile("\\('([0-9a-f-]{36})', NULL, 'Bảng chấm điểm 100 điểm").matcher(sql);
        if (t.find()) templateId = t.group(1);
        if (templateId == null) throw new IllegalStateException("HD 42 sheet not found in V5");
        Map<String, String> parentOf = new LinkedHashMap<>();
        Map<String, String[]> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(sql);
        while (m.find()) {
            if (!m.group(2).equals(templateId)) continue;
            rows.put(m.group(1), new String[] {m.group(4), m.group(5), m.group(6)});
            parentOf.put(m.group(1), m.group(3).equals("NULL") ? null : m.group(3).replace("'", ""));
        }
        return new TemplateRules(new BigDecimal("100"), new BigDecimal("90"), new BigDecimal("70"), new BigDecimal("50"),
                nodes(rows, parentOf, null));
    }

    private static List<TemplateRules.Node> nodes(Map<String, String[]> rows, Map<String, String> parentOf, String parent) {
        List<TemplateRules.Node> out = new ArrayList<>();
        rows.forEach((id, row) -> {
            if (java.util.Objects.equals(parentOf.get(id), parent)) {
                out.add(new TemplateRules.Node(row[0], new BigDecimal(row[1]), Boolean.parseBoolean(row[2].toLowerCase()),
                        nodes(rows, parentOf, id)));
            }
        });
        return out;
    }
}
