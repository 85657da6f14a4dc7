package vn.chibo.member;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.chibo.common.ApiException;
import vn.chibo.common.ExternalIds;
import vn.chibo.common.TimeSource;

/**
 * BR-D4: no two member records for one person. A party card number, a login and an identifier in each national
 * system name one member; a second is refused naming the holder. The unique keys of the member table catch the
 * writes that pass these checks at the same moment ({@code PersistenceConflicts}).
 */
@ApplicationScoped
class MemberUniqueness {
    private final MemberRepository members;
    private final MembershipRepository memberships;
    private final TimeSource time;

    MemberUniqueness(MemberRepository members, MembershipRepository memberships, TimeSource time) {
        this.members = members;
        this.memberships = memberships;
        this.time = time;
    }

    /** {@code self} is the member being edited, null for a new one. */
    void requireUniqueCard(String cardNumber, Member self) {
        if (cardNumber == null || cardNumber.isBlank()) return;
        Optional<Member> holder = members.byCardNumber(cardNumber.trim());
        if (holder.isEmpty() || holder.get() == self) return;
        Optional<Membership> elsewhere = memberships.activePrimary(holder.get(), time.today());
        if (self == null && elsewhere.isPresent()) {
            throw ApiException.conflictOnField("member-active-elsewhere", "cardNumber", holder.get().fullName,
                    elsewhere.get().organization.name);
        }
        throw ApiException.conflictOnField("duplicate-card-number", "cardNumber", cardNumber, holder.get().fullName);
    }

    void requireUniqueUsername(String username, Member self) {
        if (username == null || username.isBlank()) return;
        Optional<Member> holder = members.byUsername(username.trim());
        if (holder.isPresent() && holder.get() != self) {
            throw ApiException.conflictOnField("duplicate-username", "username", username);
        }
    }

    void requireUniqueExternalIds(ExternalIds ids, Member self) {
        ids.requireFree(self, members::byExternalId, m -> m.fullName);
    }
}
