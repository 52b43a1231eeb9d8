package org.thinktank.surveyflow.calendar.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thinktank.surveyflow.calendar.CalendarFeeds;
import org.thinktank.surveyflow.calendar.CalendarPaths;
import org.thinktank.surveyflow.calendar.DeadlineCalendar;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.web.PageController;

/**
 * My calendar: a month of my due dates and meeting days, and the private address calendar applications subscribe to
 * (made, renewed, revoked here; shown once, in the answer to the form that made it).
 */
@PageController
class CalendarWebController {

    private final DeadlineCalendar deadlines;
    private final CalendarFeeds feeds;

    CalendarWebController(DeadlineCalendar deadlines, CalendarFeeds feeds) {
        this.deadlines = deadlines;
        this.feeds = feeds;
    }

    @GetMapping("/calendar")
    String page(Actor actor, @RequestParam(required = false) String month, Locale locale, Model model,
                HttpServletResponse response) {
        YearMonth shown = deadlines.thisMonth();
        if (month != null && !month.isBlank()) {
            try {
                shown = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("monthError", month);
            }
        }
        return show(actor, shown, locale, model);
    }

    /** This month's grid alone, which the dashboard loads into itself. */
    @GetMapping("/calendar/month")
    String thisMonth(Actor actor, Locale locale, Model model) {
        model.addAttribute("grid", deadlines.month(actor, deadlines.thisMonth(), locale));
        return "calendar :: month";
    }

    @PostMapping("/calendar/feed")
    String renew(Actor actor, Locale locale, Model model) {
        String path = CalendarPaths.feed(feeds.renew(actor));
        String address = ServletUriComponentsBuilder.fromCurrentContextPath().path(path)
                .queryParam("lang", locale.toLanguageTag()).toUriString();
        model.addAttribute("feedAddress", address);
        model.addAttribute("webcalAddress", address.replaceFirst("^https?:", "webcal:"));
        return show(actor, deadlines.thisMonth(), locale, model);
    }

    @PostMapping("/calendar/feed/revoke")
    String revoke(Actor actor, RedirectAttributes redirect) {
        feeds.revoke(actor);
        redirect.addFlashAttribute("feedRevoked", true);
        return "redirect:/calendar";
    }

    private String show(Actor actor, YearMonth month, Locale locale, Model model) {
        model.addAttribute("grid", deadlines.month(actor, month, locale));
        model.addAttribute("feedMadeAt", feeds.madeAt(actor).orElse(null));
        return "calendar";
    }
}
