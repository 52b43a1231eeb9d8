package org.thinktank.surveyflow.audit.web;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.audit.AuditEvent;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditQuery;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.security.Actor;

/**
 * {@code GET /api/audit}: the audit trail, newest first, a page at a time, for organizers. There is deliberately no
 * route that changes or deletes an event.
 */
@RestController
class AuditController {

    private final AuditReading reading;

    AuditController(AuditReading reading) {
        this.reading = reading;
    }

    @GetMapping("/api/audit")
    Page<AuditEvent> events(Actor actor, @RequestParam(required = false) Long surveyId,
                            @RequestParam(name = "actor", required = false) String person,
                            @RequestParam(required = false) AuditKind kind,
                            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                            PageRequest page) {
        return reading.search(actor, new AuditQuery(surveyId, person, kind, from, to), page);
    }
}
