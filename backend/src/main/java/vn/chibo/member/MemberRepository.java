package vn.chibo.member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import vn.chibo.common.ApiException;
import vn.chibo.common.ExternalIds;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    public Member require(UUID id) {
        Member member = id == null ? null : findById(id);
        if (member == null) throw ApiException.notFound("entity.member");
        return member;
    }

    public Optional<Member> byCardNumber(String cardNumber) {
        return find("cardNumber", cardNumber).firstResultOptional();
    }

    /** BR-D4: the member holding an identifier of a national system. */
    public Optional<Member> byExternalId(ExternalIds.ExternalSystem system, String value) {
        return find(system.field, value).firstResultOptional();
    }

    public Optional<Member> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
