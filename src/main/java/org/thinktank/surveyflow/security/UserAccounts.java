package org.thinktank.surveyflow.security;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.paging.Page;
import org.thinktank.surveyflow.paging.PageRequest;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.Reason;

/** Creates sign-in accounts; passwords must satisfy the {@link PasswordPolicy} and are stored only as hashes. */
@Service
public class UserAccounts {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final PasswordPolicy passwordPolicy;
    private final boolean demo;

    UserAccounts(UserRepository users, PasswordEncoder passwordEncoder, AuditTrail audit, PasswordPolicy passwordPolicy,
                 @Value("${surveyflow.demo.enabled:false}") boolean demo) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.passwordPolicy = passwordPolicy;
        this.demo = demo;
    }

    @Transactional
    public AppUser create(NewUser request) {
        List<InputProblem> problems = passwordPolicy.reasons(request.username(), request.password()).stream()
                .map(reason -> new InputProblem(null, "password", reason)).toList();
        if (!problems.isEmpty()) {
            throw InvalidRequestException.of(problems);
        }
        return insert(request);
    }

    /**
     * Creates one of the demo's accounts, whose password ({@code demo}) the policy would refuse. Only while the demo
     * is on ({@code surveyflow.demo.enabled}).
     */
    @Transactional
    public AppUser createDemoAccount(NewUser request) {
        if (!demo) {
            throw new IllegalStateException("Demo accounts are created only while the demo is on");
        }
        return insert(request);
    }

    private AppUser insert(NewUser request) {
        if (users.exists(request.username())) {
            throw new ConflictException(Reason.of("refusal.userExists", request.username()));
        }
        AppUser user = new AppUser(request.username(), request.displayName(), request.email(), request.institution(),
                request.role(), true);
        users.insert(user, passwordEncoder.encode(request.password()));
        audit.record(AuditEntry.of(AuditKind.USER_CREATED, audit.signedInUserOrSystem(), user.username()).after(user));
        return user;
    }

    /**
     * A page of the accounts, by user name: those with the role if one is given, and whose user name or display name
     * holds the text, in any case, if one is given.
     */
    public Page<AppUser> search(Role role, String text, PageRequest page) {
        return users.search(role, text == null || text.isBlank() ? null : text.strip(), page);
    }
}
