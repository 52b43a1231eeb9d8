package org.thinktank.surveyflow.audit.web;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.audit.AuditEvent;
import org.thinktank.surveyflow.audit.AuditQuery;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;

/**
 * Who may read the audit trail: organizers, and nobody else (admins run the engine and see no investigation
 * content). The check lives here, beside the API and the page that share it, because the {@code audit} module sits
 * below {@code security}: accounts record into it, so it cannot know the actor's role itself.
 */
@Component
class AuditReading {

    private final AuditTrail trail;

    AuditReading(AuditTrail trail) {
        this.trail = trail;
    }

    Page<AuditEvent> search(Actor actor, AuditQuery query, PageRequest page) {
        actor.require(Role.ORGANIZER, "read the audit trail");
        return trail.searchUnchecked(query, page);
    }
}
