package vn.chibo.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles an operation accepts: a signed-in caller that is not the realm administrator needs an active
 * appointment in one of them, or the operation answers 403 before anything else is read
 * ({@link AcceptedRolesFilter}). This is the coarse gate only; which organisation the appointment must cover
 * stays with {@link AccessPolicy} in the services. Every resource method carries it (or {@code @PermitAll}),
 * and ContractDriftTest holds the contract's {@code x-roles} equal to it, so an integrator can tell beforehand
 * which calls its role may make.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AcceptedRoles {
    /** Roles whose appointment lets the caller in; the values are those the service's AccessPolicy rule allows. */
    Role[] value() default {};

    /**
     * When not empty, any signed-in caller is let in as well, appointment or not, for what this names (for
     * example "their own tasks"): the service decides by the person, not by a role. Shown as SIGNED_IN.
     */
    String signedIn() default "";
}
