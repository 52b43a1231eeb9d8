package org.thinktank.surveyflow.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The rubric (1 to 5 each), the recommendation, and the two comment fields. */
public record ReviewForm(
        @NotNull @Min(1) @Max(5) Integer relevance,
        @NotNull @Min(1) @Max(5) Integer evidence,
        @NotNull @Min(1) @Max(5) Integer feasibility,
        @NotNull @Min(1) @Max(5) Integer clarity,
        @NotNull Recommendation recommendation,
        @NotBlank @Size(max = 20000) String commentsForAuthors,
        @Size(max = 20000) String confidentialComments) {
}
