package org.thinktank.surveyflow.export.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Background exports are kept for {@code surveyflow.export.retention} after they finish, then their files and
 * records are deleted: a meeting package holds every approved report and should not lie on a server for ever.
 */
@Component
@EnableScheduling
class ExportRetention {

    private static final Logger log = LoggerFactory.getLogger(ExportRetention.class);

    private final ExportJobRepository jobs;
    private final ExportFiles files;
    private final WorkCalendar calendar;
    private final Duration retention;

    ExportRetention(ExportJobRepository jobs, ExportFiles files, WorkCalendar calendar,
                    @Value("${surveyflow.export.retention:P7D}") Duration retention) {
        this.jobs = jobs;
        this.files = files;
        this.calendar = calendar;
        this.retention = retention;
    }

    /** Deletes the exports that finished longer ago than the retention period; returns how many. */
    @Scheduled(fixedDelayString = "${surveyflow.export.sweep-interval:PT1H}", initialDelayString = "PT1M")
    int deleteExpired() {
        Instant before = calendar.now().minus(retention);
        List<UUID> expired = jobs.finishedBefore(before);
        expired.forEach(job -> {
            files.delete(job);
            jobs.delete(job);
        });
        if (!expired.isEmpty()) {
            log.info("Deleted {} export(s) older than {}", expired.size(), retention);
        }
        return expired.size();
    }
}
