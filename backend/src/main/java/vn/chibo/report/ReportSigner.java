package vn.chibo.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.chibo.member.Position;

/**
 * Who signs a report for its organisation, as a plain rule. A party report is signed on behalf of the leading body
 * ("T/M CHI ỦY" in a cell with a committee, "T/M CHI BỘ" in one without, "T/M ĐẢNG ỦY" in a grassroots committee,
 * "T/M BAN THƯỜNG VỤ" above the grassroots) by the holder of its post: the secretary ("BÍ THƯ"), or a deputy
 * secretary ("PHÓ BÍ THƯ") when the deputy is the one who sends it. The person who pressed "send" is often the
 * office's staff, who may not sign on the body's behalf, so the sender's name is printed only when the organisation
 * has no post holder on record (the product keeps posts for cells only): with "BÍ THƯ" when the sender is appointed
 * the organisation's secretary, else under the body's line alone rather than above a post nobody holds.
 */
public final class ReportSigner {
    private ReportSigner() {}

    /** The organisation's shape, as far as the layout needs it. */
    public record Body(boolean holdsMeetings, boolean hasCommittee, boolean grassroots) {}

    /** A post held in the organisation on the day of sending. */
    public record Holder(String username, String name, Position position) {}

    /** @param senderIsSecretary the sender holds the secretary's appointment for the organisation that day */
    public static ReportSignature sign(Body body, List<Holder> holders, String senderUsername, String senderName,
                                       boolean senderIsSecretary) {
        Optional<Holder> signer = holders.stream()
                .filter(h -> h.position() == Position.SECRETARY || h.position() == Position.DEPUTY_SECRETARY)
                .filter(h -> h.username() != null && h.username().equals(senderUsername)).findFirst()
                .or(() -> holders.stream().filter(h -> h.position() == Position.SECRETARY).findFirst())
                .or(() -> holders.stream().filter(h -> h.position() == Position.DEPUTY_SECRETARY)
                        .min(Comparator.comparing(Holder::name)));
        String onBehalf = onBehalfOf(body);
        return signer.map(h -> new ReportSignature(onBehalf + "\n" + post(h.position()), h.name()))
                .orElseGet(() -> new ReportSignature(senderIsSecretary ? onBehalf + "\n" + post(Position.SECRETARY)
                        : onBehalf, senderName));
    }

    static String onBehalfOf(Body body) {
        if (body.holdsMeetings()) return body.hasCommittee() ? "T/M CHI ỦY" : "T/M CHI BỘ";
        return body.grassroots() ? "T/M ĐẢNG ỦY" : "T/M BAN THƯỜNG VỤ";
    }

    private static String post(Position position) {
        return position == Position.SECRETARY ? "BÍ THƯ" : "PHÓ BÍ THƯ";
    }

    /**
     * The post a signature block was signed in, read back from its printed line (the block is kept as printed);
     * null when it is signed under the body's line alone.
     */
    public static Position postOf(ReportSignature signature) {
        String role = signature.role == null ? "" : signature.role;
        String last = role.substring(role.lastIndexOf('\n') + 1);
        for (Position p : List.of(Position.SECRETARY, Position.DEPUTY_SECRETARY)) {
            if (last.equals(post(p))) return p;
        }
        return null;
    }
}
