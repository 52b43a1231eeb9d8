package org.thinktank.surveyflow.security;

import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.Reason;

/** The signed-in person on whose behalf a request runs. Controllers receive it as a method parameter. */
public record Actor(String username, Role role) {

    public boolean is(Role expected) {
        return role == expected;
    }

    /**
     * Refuses with a {@link ForbiddenException} (403) unless the actor has the role. {@code what} completes the
     * message: {@code require(Role.ORGANIZER, "launch investigations")} refuses with "Only organizers launch
     * investigations" (in Chinese, that only organizers may do this).
     */
    public void require(Role role, String what) {
        if (!is(role)) {
            throw new ForbiddenException(Reason.of("refusal.roleOnly", Reason.of("refusal.role." + role.name()), what));
        }
    }
}
