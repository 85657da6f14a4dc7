package vn.chibo.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Bodies of the identity endpoints (schemas in openapi.yaml). */
public final class AppointmentApi {
    private AppointmentApi() {}

    public record View(UUID id, String username, UUID organizationId, String organizationName, Role role,
                       LocalDate validFrom, LocalDate validTo) {
        static View of(Appointment a) {
            return new View(a.id, a.username, a.organization.id, a.organization.name, a.role, a.validFrom, a.validTo);
        }
    }

    public record Create(@NotBlank @Size(max = 200) String username,
                         @NotNull UUID organizationId,
                         @NotNull Role role,
                         @NotNull LocalDate validFrom,
                         LocalDate validTo) {}

    public record Me(String username, String displayName, List<Role> roles, UUID memberId, List<View> appointments) {}
}
