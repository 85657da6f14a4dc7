package vn.chibo.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The arithmetic of a scoring template, free of persistence so it can be tested alone: a total,
 * three band thresholds (Tốt at least goodMin, Khá at least fairMin, Trung bình at least
 * averageMin, else Kém) and a tree of criteria, some of them gates.
 */
public record TemplateRules(BigDecimal total, BigDecimal goodMin, BigDecimal fairMin, BigDecimal averageMin,
                            List<Node> criteria) {

    /** A criterion; a leaf is scored, a parent's points are the sum of its children's. */
    public record Node(String code, BigDecimal max, boolean gate, List<Node> children) {
        public boolean isLeaf() {
            return children.isEmpty();
        }
    }

    /** Problems that make the template unusable, as message keys with arguments. */
    public record Problem(String key, Object... args) {}

    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        if (!(averageMin.signum() > 0 && averageMin.compareTo(fairMin) < 0 && fairMin.compareTo(goodMin) < 0
                && goodMin.compareTo(total) <= 0)) {
            problems.add(new Problem("template-bands", averageMin, fairMin, goodMin, total));
        }
        BigDecimal sum = criteria.stream().map(Node::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0) problems.add(new Problem("template-total", sum, total));
        if (criteria.isEmpty()) problems.add(new Problem("template-empty"));
        walk(node -> {
            if (node.max().signum() <= 0) problems.add(new Problem("criterion-max", node.code()));
            if (!node.isLeaf()) {
                BigDecimal children = node.children().stream().map(Node::max).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (children.compareTo(node.max()) != 0) {
                    problems.add(new Problem("criterion-children", node.code(), children, node.max()));
                }
            }
        });
        return problems;
    }

    public void walk(Consumer<Node> visitor) {
        criteria.forEach(node -> walk(node, visitor));
    }

    private static void walk(Node node, Consumer<Node> visitor) {
        visitor.accept(node);
        node.children().forEach(child -> walk(child, visitor));
    }
}
