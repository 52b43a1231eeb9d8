package org.thinktank.surveyflow.schedule.web;

import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thinktank.surveyflow.web.PageController;

/**
 * The flag beside a due date on the launch form, loaded again (htmx) when the date changes: a weekend or a holiday
 * is flagged, a working day or a date not yet complete is not.
 */
@PageController
class DueDayWebController {

    @GetMapping("/due-day/{field:[A-Za-z]{1,40}}")
    String flag(@PathVariable String field, @RequestParam Map<String, String> values, Model model) {
        model.addAttribute("field", field);
        model.addAttribute("date", DayInput.parse(values.get(field)));
        return "day-flags :: flag";
    }
}
