package org.thinktank.surveyflow.web;

import java.net.InetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the application which address to open, once it answers there. */
@Component
class ReadyAddress {

    private static final Logger log = LoggerFactory.getLogger(ReadyAddress.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        log.info("Think Tank Survey Workflow is ready: open {}", address(web, event.getApplicationContext().getEnvironment()));
    }

    static String address(WebServerApplicationContext web, Environment environment) {
        String host = host(environment.getProperty("server.address"));
        String contextPath = web instanceof ServletWebServerApplicationContext servlet && servlet.getServletContext() != null
                ? servlet.getServletContext().getContextPath() : "";
        boolean secure = environment.getProperty("server.ssl.enabled", Boolean.class, true)
                && (environment.containsProperty("server.ssl.key-store") || environment.containsProperty("server.ssl.bundle"));
        return (secure ? "https" : "http") + "://" + host + ":" + web.getWebServer().getPort() + contextPath + "/";
    }

    /** A server listening on every address is opened at localhost; one bound to an address, there. */
    private static String host(String address) {
        if (address == null || address.isBlank()) {
            return "localhost";
        }
        try {
            InetAddress bound = InetAddress.getByName(address);
            if (bound.isAnyLocalAddress()) {
                return "localhost";
            }
            return bound.getHostAddress().contains(":") ? "[" + bound.getHostAddress() + "]" : bound.getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return address;
        }
    }
}
