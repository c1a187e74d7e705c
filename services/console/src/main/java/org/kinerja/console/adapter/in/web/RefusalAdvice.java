package org.kinerja.console.adapter.in.web;

import org.kinerja.console.application.PlatformRefusal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.RestClientException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page the platform refused (403, 404...) says what the service said, with the same status; a platform that does
 * not answer is a 503 page saying so. Forms catch their own refusals to show them beside the fields.
 */
@ControllerAdvice
class RefusalAdvice {

    @ExceptionHandler(PlatformRefusal.class)
    ModelAndView refused(PlatformRefusal refusal) {
        ModelAndView page = new ModelAndView("refused");
        page.addObject("refusal", refusal);
        page.addObject("user", SignedInUserAdvice.current());
        page.setStatus(HttpStatus.valueOf(refusal.status()));
        return page;
    }

    @ExceptionHandler(RestClientException.class)
    ModelAndView unavailable(RestClientException failure) {
        ModelAndView page = new ModelAndView("unavailable");
        page.addObject("user", SignedInUserAdvice.current());
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }
}
