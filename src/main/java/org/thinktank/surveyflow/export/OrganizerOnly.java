package org.thinktank.surveyflow.export;

import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;

/** The meeting-wide exports and the import show every investigation, so they are for organizers alone. */
public final class OrganizerOnly {

    private OrganizerOnly() {
    }

    public static void require(Actor actor, String what) {
        if (!actor.is(Role.ORGANIZER)) {
            throw new ForbiddenException("Only organizers may " + what);
        }
    }
}
