package org.thinktank.surveyflow.calendar;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Each person's private calendar feed address: at most one at a time, renewed (the old address stops working) or
 * revoked by its owner. The secret is given once, when made; only its hash is kept.
 */
@Service
public class CalendarFeeds {

    private final CalendarFeedRepository feeds;
    private final WorkCalendar calendar;
    private final SecureRandom random = new SecureRandom();

    CalendarFeeds(CalendarFeedRepository feeds, WorkCalendar calendar) {
        this.feeds = feeds;
        this.calendar = calendar;
    }

    /** A new secret for the actor's feed; the one they had, if any, stops working. */
    @Transactional
    public String renew(Actor actor) {
        FeedSecret secret = FeedSecret.generate(random);
        feeds.replace(actor.username(), secret.hash(), calendar.now());
        return secret.value();
    }

    @Transactional
    public void revoke(Actor actor) {
        feeds.delete(actor.username());
    }

    /** When the actor's current feed address was made; empty when they have none. */
    public Optional<Instant> madeAt(Actor actor) {
        return feeds.createdAt(actor.username());
    }

    /** Who a feed address belongs to, as long as their account is enabled. */
    public Optional<Actor> ownerOf(String secret) {
        return FeedSecret.parse(secret).flatMap(s -> feeds.ownerOf(s.hash()))
                .filter(CalendarFeedRepository.Owner::enabled)
                .map(owner -> new Actor(owner.username(), owner.role()));
    }
}
