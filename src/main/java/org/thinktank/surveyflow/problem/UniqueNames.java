package org.thinktank.surveyflow.problem;

import org.springframework.dao.DuplicateKeyException;

/**
 * The unique indexes that make names equal whatever their case ({@code V4__case_insensitive_names.sql}), and what to
 * tell someone who ran into one.
 */
final class UniqueNames {

    private UniqueNames() {
    }

    /** Whether the duplicate broke one of these indexes. */
    static boolean broken(DuplicateKeyException e) {
        String cause = String.valueOf(e.getMostSpecificCause().getMessage());
        return cause.contains("app_user_username_lower") || cause.contains("meeting_code_lower");
    }

    static String describe(DuplicateKeyException e) {
        String cause = String.valueOf(e.getMostSpecificCause().getMessage());
        if (cause.contains("app_user_username_lower")) {
            return "username: that user already exists; user names are the same whatever their case";
        }
        if (cause.contains("meeting_code_lower")) {
            return "code: that meeting already exists; meeting codes are the same whatever their case";
        }
        return "That already exists";
    }
}
