package org.thinktank.surveyflow.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements that a piece of work runs on the current thread: the application's DataSource is wrapped
 * so that each statement it executes is counted, the engine's included (Camunda uses the same DataSource). A request
 * through MockMvc runs on the test's thread, so its statements are exactly those counted; work on other threads (the
 * server's, a background export) is not.
 */
@Component
public class SqlStatements implements BeanPostProcessor {

    private static final ThreadLocal<int[]> COUNTED = new ThreadLocal<>();
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    /** Work whose statements are counted. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** How many statements the work executed on this thread. */
    public int countOf(Work work) throws Exception {
        COUNTED.set(new int[1]);
        try {
            work.run();
            return COUNTED.get()[0];
        } finally {
            COUNTED.remove();
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
            return result instanceof Connection connection ? counting(connection, Connection.class) : result;
        });
        return factory.getProxy(bean.getClass().getClassLoader());
    }

    /** The object behind an interface of JDBC, with the statements it makes counting their executions. */
    private static <T> T counting(T target, Class<T> type) {
        return type.cast(Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    int[] counted = COUNTED.get();
                    if (counted != null && target instanceof Statement && EXECUTIONS.contains(method.getName())) {
                        counted[0]++;
                    }
                    Object result;
                    try {
                        result = method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                        return counting(statement, statementType(method.getReturnType()));
                    }
                    return result;
                }));
    }

    @SuppressWarnings("unchecked")
    private static Class<Statement> statementType(Class<?> returned) {
        return (Class<Statement>) returned;
    }
}
