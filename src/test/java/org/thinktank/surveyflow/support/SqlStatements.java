package org.thinktank.surveyflow.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The SQL statements that a piece of work runs on the current thread: the application's DataSource is wrapped so that
 * each statement it executes is recorded with its parameters, the engine's included (Camunda uses the same
 * DataSource). A request through MockMvc runs on the test's thread, so its statements are exactly those recorded;
 * work on other threads (the server's, a background export) is not.
 */
@Component
public class SqlStatements implements BeanPostProcessor {

    private static final ThreadLocal<List<Executed>> RECORDED = new ThreadLocal<>();
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    /** A statement as executed: its SQL, and the parameters it was given in their order. */
    public record Executed(String sql, List<Object> parameters) {
    }

    /** Work whose statements are recorded. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** How many statements the work executed on this thread. */
    public int countOf(Work work) throws Exception {
        return executedBy(work).size();
    }

    /** The statements the work executed on this thread, in their order. */
    public List<Executed> executedBy(Work work) throws Exception {
        RECORDED.set(new ArrayList<>());
        try {
            work.run();
            return List.copyOf(RECORDED.get());
        } finally {
            RECORDED.remove();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource)) {
            return bean;
        }
        // a subclass proxy, so that what is typed as the pool (HikariDataSource) still takes it
        ProxyFactory factory = new ProxyFactory(bean);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> {
            Object result = invocation.proceed();
            return result instanceof Connection connection ? recording(connection) : result;
        });
        return factory.getProxy(bean.getClass().getClassLoader());
    }

    /** The connection, whose statements record their executions. */
    private static Connection recording(Connection connection) {
        return (Connection) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                        return recording(statement, method.getReturnType(), sql);
                    }
                    return result;
                });
    }

    private static Object recording(Statement statement, Class<?> type, String preparedSql) {
        TreeMap<Integer, Object> parameters = new TreeMap<>();
        return Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                        parameters.put(index, name.equals("setNull") ? null : args[1]);
                    } else if (name.equals("clearParameters")) {
                        parameters.clear();
                    } else if (EXECUTIONS.contains(name) && RECORDED.get() != null) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
                        RECORDED.get().add(new Executed(sql, Arrays.asList(parameters.values().toArray())));
                    }
                    return invoke(statement, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
