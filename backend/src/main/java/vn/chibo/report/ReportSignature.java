package vn.chibo.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The signature block of a submitted report as printed: the line on behalf of the body with the signer's post
 * ("T/M ĐẢNG ỦY\nBÍ THƯ") and the signer's name. Taken when the revision is sent and never recomputed.
 */
@Embeddable
public class ReportSignature {
    @Column(name = "signer_role")
    public String role;

    @Column(name = "signer_name")
    public String name;

    public ReportSignature() {}

    public ReportSignature(String role, String name) {
        this.role = role;
        this.name = name;
    }
}
