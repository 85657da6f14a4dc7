package vn.chibo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;

/**
 * The rule audit (docs/RULES.md) against the code: every rule of DOMAIN.md §19 has exactly one row, a DONE row names
 * the classes that implement it and tests that exist and carry its id, and an unfinished row says what is missing.
 * A plain test: it reads the file and the compiled classes, nothing runs.
 */
class RuleAuditTest {
    static final Path RULES = Path.of("..", "docs", "RULES.md");

    /** The rule ids of DOMAIN.md §19, kept here so that a row deleted from the file fails the audit. */
    static final Set<String> EXPECTED = new LinkedHashSet<>(Stream.of(
            ids("P", 7), ids("M", 5), ids("H", 11), ids("R", 6), ids("E", 8), ids("S", 5), ids("D", 6))
            .flatMap(List::stream).toList());

    static final Set<String> STATUSES = Set.of("DONE", "PARTIAL", "PENDING");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BACKEND_TEST = Pattern.compile("(vn\\.chibo(?:\\.\\w+)*\\.[A-Z]\\w*)#(\\w+)");
    private static final Pattern CLASS_NAME = Pattern.compile("vn\\.chibo(?:\\.\\w+)*\\.[A-Z][\\w$]*");

    /** One row of the audit's tables. */
    record Row(int line, String id, String rule, String severity, String source, List<String> classes, List<String> tests,
               String status, String missing) {}

    private static List<String> ids(String group, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) out.add("BR-" + group + i);
        return out;
    }

    static List<Row> rows(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("| BR-")) continue;
            String[] cells = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("\\|", -1);
            if (cells.length != 8) {
                rows.add(new Row(i + 1, cells[0].strip(), "", "", "", List.of(), List.of(), "<" + cells.length + " columns>", ""));
                continue;
            }
            rows.add(new Row(i + 1, cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(), codes(cells[4]),
                    codes(cells[5]), cells[6].strip(), cells[7].strip()));
        }
        return rows;
    }

    private static List<String> codes(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) out.add(m.group(1).strip());
        return out;
    }

    /** "BR-H9" in any of the accepted spellings (BR-H9, brH9, BrH9), not followed by another digit (BR-H1 is not BR-H11). */
    static boolean mentions(String text, String id) {
        String rule = id.substring(3);
        return Pattern.compile("(?:BR-|br|Br)" + Pattern.quote(rule) + "(?![0-9])").matcher(text).find();
    }

    /** Everything wrong with the audit, one line each; empty when it holds. */
    static List<String> problems(List<Row> rows) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Row r : rows) {
            String at = "RULES.md:" + r.line() + " " + r.id() + ": ";
            if (!EXPECTED.contains(r.id())) problems.add(at + "not a rule id of DOMAIN.md §19");
            Integer first = seen.putIfAbsent(r.id(), r.line());
            if (first != null) problems.add(at + "duplicate of the row on line " + first);
            if (!STATUSES.contains(r.status())) {
                problems.add(at + "status '" + r.status() + "' is not one of " + new TreeSet<>(STATUSES));
                continue;
            }
            if (r.rule().isEmpty()) problems.add(at + "no rule statement");
            if (r.severity().isEmpty()) problems.add(at + "no severity");
            if (r.source().isEmpty()) problems.add(at + "no source of values (write 'none')");
            if (r.status().equals("DONE")) {
                if (r.classes().isEmpty()) problems.add(at + "DONE but names no implementing class");
                if (r.tests().stream().noneMatch(t -> BACKEND_TEST.matcher(t).matches())) {
                    problems.add(at + "DONE but names no backend test");
                }
            } else if (r.missing().isEmpty()) {
                problems.add(at + r.status() + " but does not say what is missing");
            }
            for (String name : r.classes()) {
                if (!CLASS_NAME.matcher(name).matches()) problems.add(at + "'" + name + "' is not a fully qualified class name");
                else if (load(name).isEmpty()) problems.add(at + "class " + name + " does not exist");
            }
            for (String test : r.tests()) problems.addAll(testProblems(at, r.id(), test));
        }
        for (String id : EXPECTED) if (!seen.containsKey(id)) problems.add("RULES.md: no row for " + id);
        return problems;
    }

    private static List<String> testProblems(String at, String id, String test) {
        if (test.startsWith("frontend/") || test.startsWith("e2e/")) return List.of();
        Matcher m = BACKEND_TEST.matcher(test);
        if (!m.matches()) {
            return List.of(at + "'" + test + "' is neither fully.qualified.Class#method nor a frontend/ or e2e/ test");
        }
        Optional<Class<?>> type = load(m.group(1));
        if (type.isEmpty()) return List.of(at + "test class " + m.group(1) + " does not exist");
        List<Method> methods = Arrays.stream(type.get().getDeclaredMethods()).filter(x -> x.getName().equals(m.group(2))).toList();
        if (methods.isEmpty()) return List.of(at + "test method " + test + " does not exist");
        Method method = methods.get(0);
        List<String> out = new ArrayList<>();
        if (Arrays.stream(method.getAnnotations()).noneMatch(RuleAuditTest::isTestAnnotation)) {
            out.add(at + test + " is not a test method");
        }
        DisplayName shown = method.getAnnotation(DisplayName.class);
        if (!mentions(method.getName(), id) && (shown == null || !mentions(shown.value(), id))) {
            out.add(at + test + ": neither its name nor its @DisplayName contains " + id);
        }
        return out;
    }

    /** @Test, @ParameterizedTest and the like: JUnit marks them all @Testable. */
    private static boolean isTestAnnotation(Annotation a) {
        return a.annotationType().isAnnotationPresent(Testable.class);
    }

    /** Loaded without running static initialisers: an API test's would read the contract. */
    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, RuleAuditTest.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    @Test
    void everyRuleOfSection19HasOneRowWhoseClassesAndTestsExistAndWhoseTestsNameTheRule() throws IOException {
        List<Row> rows = rows(Files.readAllLines(RULES, StandardCharsets.UTF_8));
        List<String> problems = problems(rows);
        assertTrue(problems.isEmpty(), problems.size() + " problem(s) in " + RULES.toAbsolutePath().normalize() + ":\n"
                + String.join("\n", problems));
        assertEquals(EXPECTED.size(), rows.size());
    }

    @Test
    void theAuditItselfCatchesAMissingRowAnUnknownTestAndATestThatDoesNotNameTheRule() {
        String header = "| ID | Rule | Sev | Source | Impl | Tests | Status | Missing |";
        List<String> lines = new ArrayList<>(List.of(header));
        for (String id : EXPECTED) {
            if (id.equals("BR-D6")) continue;
            lines.add("| " + id + " | r | WARN | none | | | PENDING | all of it |");
        }
        lines.add("| BR-P1 | r | WARN | none | | | PENDING | again |");
        lines.add("| BR-D6 | r | design | none | `vn.chibo.NoSuchClass` | `vn.chibo.RuleAuditTest#noSuchTest`,"
                + " `vn.chibo.RuleAuditTest#theAuditItselfCatchesAMissingRowAnUnknownTestAndATestThatDoesNotNameTheRule`,"
                + " `RuleAuditTest#x` | DONE | |");
        List<String> problems = problems(rows(lines));
        String all = String.join("\n", problems);
        assertTrue(all.contains("BR-P1: duplicate"), all);
        assertTrue(all.contains("class vn.chibo.NoSuchClass does not exist"), all);
        assertTrue(all.contains("test method vn.chibo.RuleAuditTest#noSuchTest does not exist"), all);
        assertTrue(all.contains("neither its name nor its @DisplayName contains BR-D6"), all);
        assertTrue(all.contains("'RuleAuditTest#x' is neither"), all);

        List<String> withoutH9 = lines.stream().filter(l -> !l.startsWith("| BR-H9 ")).collect(Collectors.toList());
        assertTrue(problems(rows(withoutH9)).contains("RULES.md: no row for BR-H9"));
        assertTrue(mentions("brH9_onlineAttendance", "BR-H9") && mentions("BrH9", "BR-H9") && mentions("BR-H9: x", "BR-H9"));
        assertTrue(!mentions("brH11_speaking", "BR-H1") && !mentions("brP10", "BR-P1"));
    }
}
