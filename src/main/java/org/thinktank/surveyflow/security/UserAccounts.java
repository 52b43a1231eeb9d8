package org.thinktank.surveyflow.security;

import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.problem.ConflictException;

/** Creates sign-in accounts; passwords are stored only as hashes. */
@Service
public class UserAccounts {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;

    UserAccounts(UserRepository users, PasswordEncoder passwordEncoder, AuditTrail audit) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Transactional
    public AppUser create(NewUser request) {
        if (users.exists(request.username())) {
            throw new ConflictException("User '" + request.username() + "' already exists");
        }
        AppUser user = new AppUser(request.username(), request.displayName(), request.email(), request.institution(),
                request.role(), true);
        users.insert(user, passwordEncoder.encode(request.password()));
        audit.record(AuditEntry.of(AuditKind.USER_CREATED, audit.signedInUserOrSystem(), user.username()).after(user));
        return user;
    }

    public List<AppUser> all() {
        return users.all();
    }
}
