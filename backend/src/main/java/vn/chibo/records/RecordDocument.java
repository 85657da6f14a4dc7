package vn.chibo.records;

import java.util.List;

/**
 * A record (minutes or resolution) as a sequence of blocks, rendered both as plain text (shown in
 * the app) and as a PDF (printed and signed): one structure, two renderings.
 */
public record RecordDocument(RecordHeader header, String title, String subtitle, List<Block> blocks,
                             List<Signature> signatures, List<String> recipients) {
    public static final String RECIPIENTS = "Nơi nhận:";

    /** A heading, a paragraph or a table. */
    public sealed interface Block permits Heading, Paragraph, Table {}

    public record Heading(String text) implements Block {}

    public record Paragraph(String text) implements Block {}

    public record Table(List<String> columns, List<List<String>> rows) implements Block {}

    /** The last signature is the main one, printed bottom right; the others go left of it. */
    public record Signature(String role, String name) {}

    public String asText() {
        StringBuilder out = new StringBuilder();
        out.append(header.upperCommittee()).append('\n').append(header.cell()).append('\n');
        if (header.number() != null) out.append("Số ").append(header.number()).append('\n');
        out.append(RecordHeader.PARTY).append('\n').append(header.placeAndDate()).append("\n\n");
        out.append(title).append('\n');
        if (subtitle != null) out.append(subtitle).append('\n');
        out.append('\n');
        for (Block block : blocks) {
            switch (block) {
                case Heading h -> out.append('\n').append(h.text()).append('\n');
                case Paragraph p -> out.append(p.text()).append('\n');
                case Table t -> {
                    out.append(String.join(" | ", t.columns())).append('\n');
                    t.rows().forEach(r -> out.append(String.join(" | ", r)).append('\n'));
                }
            }
        }
        out.append('\n');
        for (Signature s : signatures) out.append(s.role().replace('\n', ' ')).append(": ").append(s.name()).append('\n');
        if (!recipients.isEmpty()) out.append('\n').append(RECIPIENTS).append('\n');
        recipients.forEach(r -> out.append("- ").append(r).append('\n'));
        return out.toString();
    }
}
