package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockServletContext;

/** The address the application logs when it is ready is the one to open: its real port and context path. */
class ReadyAddressTests {

    private static WebServerApplicationContext listeningOn(int port) {
        return listeningOn(port, "");
    }

    private static WebServerApplicationContext listeningOn(int port, String contextPath) {
        WebServer server = new WebServer() {
            @Override
            public void start() {
            }

            @Override
            public void stop() {
            }

            @Override
            public int getPort() {
                return port;
            }
        };
        return new AnnotationConfigServletWebServerApplicationContext() {
            @Override
            public WebServer getWebServer() {
                return server;
            }

            @Override
            public ServletContext getServletContext() {
                MockServletContext context = new MockServletContext();
                context.setContextPath(contextPath);
                return context;
            }
        };
    }

    @Test
    void aServerOnEveryAddressIsOpenedAtLocalhostOnItsPort() {
        assertThat(ReadyAddress.address(listeningOn(8081), new MockEnvironment())).isEqualTo("http://localhost:8081/");
    }

    @Test
    void theContextPathIsPartOfTheAddress() {
        assertThat(ReadyAddress.address(listeningOn(8080, "/survey"), new MockEnvironment()))
                .isEqualTo("http://localhost:8080/survey/");
    }

    @Test
    void aServerBoundToOneAddressIsOpenedThere() {
        assertThat(ReadyAddress.address(listeningOn(9000), new MockEnvironment().withProperty("server.address", "127.0.0.2")))
                .isEqualTo("http://127.0.0.2:9000/");
    }

    @Test
    void aServerWithAKeyStoreIsOpenedOverHttps() {
        assertThat(ReadyAddress.address(listeningOn(8443), new MockEnvironment()
                .withProperty("server.ssl.key-store", "classpath:keystore.p12"))).isEqualTo("https://localhost:8443/");
    }
}
