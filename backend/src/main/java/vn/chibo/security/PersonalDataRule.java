package vn.chibo.security;

import java.util.Collection;

/**
 * BR-D5 (QĐ 339, DOMAIN.md 18): who reads a member's personal data (the e-mail address, the national identifiers).
 * Least privilege: the committee of the member's own cell (its secretary) and the organisation department, that is
 * committee staff (and their systems) of a level at or above the cell. Supervisors and other members read the
 * member's record without it. A plain rule: the caller's appointments in, a yes or no out.
 */
public final class PersonalDataRule {
    private PersonalDataRule() {}

    /** An appointment as the rule sees it: the role and the path of the organisation it is held in. */
    public record Held(Role role, String organizationPath) {}

    /** Whether the appointments let their holder read the personal data of a member of the cell at {@code cellPath}. */
    public static boolean mayRead(Collection<Held> appointments, String cellPath) {
        return appointments.stream().anyMatch(a -> switch (a.role()) {
            // the organisation department: the whole subtree
            case ADMIN, STAFF, INTEGRATION -> cellPath.startsWith(a.organizationPath());
            // the cell committee: its own cell only, not the cells below a committee it may lead
            case SECRETARY -> cellPath.equals(a.organizationPath());
            case SUPERVISOR, MEMBER -> false;
        });
    }
}
