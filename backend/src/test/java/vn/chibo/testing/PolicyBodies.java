package vn.chibo.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The required fields of a policy profile, for tests that issue one. */
public final class PolicyBodies {
    private PolicyBodies() {}

    public static Map<String, Object> basic(UUID issuer, String validFrom) {
        Map<String, Object> body = new HashMap<>();
        body.put("issuerOrganizationId", issuer.toString());
        body.put("validFrom", validFrom);
        body.put("attendanceTargetPercent", 85);
        body.put("maxConsecutiveExcusedAbsences", 3);
        body.put("speakingTargetPercent", 30);
        body.put("minDurationMinutes", 90);
        body.put("combinedMinDurationMinutes", 120);
        body.put("documentLeadDays", 1);
        body.put("maxDocumentBytes", 10485760);
        body.put("voteRule", "MAJORITY_OF_ELIGIBLE_PRESENT");
        body.put("secondRegularInMonth", "WARN");
        return body;
    }
}
