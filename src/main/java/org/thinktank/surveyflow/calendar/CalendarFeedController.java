package org.thinktank.surveyflow.calendar;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * A person's due dates as an iCalendar feed, for calendar applications that cannot sign in: the secret in the
 * address is the credential (SecurityConfiguration lets a GET of it through without a session). An address that
 * is not, or no longer, someone's is a bare 404 that says nothing of why.
 */
@Hidden // a calendar document for calendar applications, not an operation of the JSON API
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final DeadlineCalendar deadlines;
    private final UserDirectory users;
    private final MessageSource messages;
    private final WorkCalendar calendar;

    CalendarFeedController(CalendarFeeds feeds, DeadlineCalendar deadlines, UserDirectory users,
                           MessageSource messages, WorkCalendar calendar) {
        this.feeds = feeds;
        this.deadlines = deadlines;
        this.users = users;
        this.messages = messages;
        this.calendar = calendar;
    }

    @GetMapping(CalendarPaths.FEED + "/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret, Locale locale) {
        return feeds.ownerOf(secret)
                .map(owner -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .body(document(owner, locale)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private String document(Actor owner, Locale locale) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String name = users.find(owner.username()).map(AppUser::displayName).orElse(owner.username());
        List<ICalendar.Event> events = deadlines.of(owner).stream().map(entry -> {
            String link = base + entry.path();
            String summary = summary(entry, locale);
            return new ICalendar.Event(entry.uid(), entry.day(), summary,
                    messages.getMessage("calendar.feed.description", new Object[] {summary, link}, locale), link);
        }).toList();
        return ICalendar.of(messages.getMessage("calendar.feed.name", new Object[] {name}, locale), calendar.now(),
                events);
    }

    private String summary(CalendarEntry entry, Locale locale) {
        if (entry.isMeeting()) {
            return messages.getMessage("calendar.meetingOpens", new Object[] {entry.title()}, locale);
        }
        String task = messages.getMessage("task." + entry.taskKey(), null, locale);
        return messages.getMessage("calendar.taskDue", new Object[] {task, entry.title()}, locale);
    }
}
