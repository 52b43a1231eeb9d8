package org.thinktank.surveyflow.review;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.thinktank.surveyflow.security.Actor;

@RestController
class ReviewController {

    private final ReviewDesk desk;

    ReviewController(ReviewDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/surveys/{surveyId}/reviews")
    List<Review> reviews(Actor actor, @PathVariable long surveyId) {
        return desk.visibleIn(surveyId, actor);
    }
}
