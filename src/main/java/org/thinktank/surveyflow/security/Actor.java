package org.thinktank.surveyflow.security;

/** The signed-in person on whose behalf a request runs. Controllers receive it as a method parameter. */
public record Actor(String username, Role role) {

    public boolean is(Role expected) {
        return role == expected;
    }
}
