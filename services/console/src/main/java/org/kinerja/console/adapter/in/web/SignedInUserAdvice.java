package org.kinerja.console.adapter.in.web;

import org.kinerja.console.application.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header shows who is signed in and the links of their roles: the user, or null on the sign-in page. */
@ControllerAdvice
class SignedInUserAdvice {

    @ModelAttribute("user")
    SignedInUser user(@AuthenticationPrincipal SignedInUser user) {
        return user;
    }

    /** The same for a page made by an exception handler, where no model attribute method runs. */
    static SignedInUser current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }
}
