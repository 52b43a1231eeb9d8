package org.thinktank.surveyflow.security;

public record AppUser(String username, String displayName, String email, String institution, Role role,
                      boolean enabled) {
}
